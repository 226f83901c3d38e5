"""A batch's writes into a PostGIS store, inside the transaction :meth:`PostgisStore.batch` opened: ids reserved
from the table's sequence in one query, rows inserted by one ``COPY`` per call (:mod:`postgis_bulk_insert`),
columns updated in bulk by key (``UPDATE … FROM unnest(ids, values)``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import shapely

from ..translation import tr
from .postgis_bulk_insert import copy_rows
from .postgis_schema import SQL_TYPES, qualified
from .store_base import StoreError
from .store_batch import WRITES, Batch, plain_column, plain_value
from .store_schema import GEOMETRY_COLUMN, Table

if TYPE_CHECKING:
    from collections.abc import Sequence


class PostgisBatch(Batch):
    """``handle`` is a psycopg2 cursor in the batch's transaction."""

    @property
    def _schema(self) -> str:
        return self._store.address.schema

    def _new_fids(self, table: str, count: int) -> list[int]:
        self._con.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, 'fid')) FROM generate_series(1, %s)",
            (qualified(self._schema, table), count),
        )
        return [row[0] for row in self._con.fetchall()]

    def _insert(self, declaration: Table, fids: list[int], columns: dict[str, list], geometries) -> None:
        frame = pd.DataFrame({"fid": fids, **columns})
        copy_rows(self._con, self._schema, declaration, frame, geometries, self._store.srs_id)

    def _geometry_sql(self, declaration: Table) -> str:
        expression = f"ST_GeomFromWKB(%s, {int(self._store.srs_id)})"
        return f"ST_Multi({expression})" if declaration.geometry_type.startswith("MULTI") else expression

    def update(self, table: str, fid: int, record: dict, geometry: shapely.Geometry | None = None) -> None:
        declaration = self._declaration(table, record)
        assignments = [f'"{c}" = %s' for c in record]  # names checked against the declaration
        parameters = [plain_value(v) for v in record.values()]
        if geometry is not None:
            assignments.append(f'"{GEOMETRY_COLUMN}" = {self._geometry_sql(declaration)}')
            parameters.append(shapely.to_wkb(geometry, output_dimension=2))
        if not assignments:
            return
        self._con.execute(
            f"UPDATE {qualified(self._schema, table)} SET {', '.join(assignments)} WHERE fid = %s",  # noqa: S608 # nosec B608
            [*parameters, int(fid)],
        )
        if self._con.rowcount == 0:
            raise StoreError(tr("table {0!r} has no row {1}").format(table, fid))

    def update_column(self, table: str, column: str, fids: Sequence[int], values: Sequence) -> None:
        declaration = self._declaration(table, [column])
        sql_type = SQL_TYPES[next(c.sql_type for c in declaration.columns if c.name == column)]
        self._con.execute(
            f'UPDATE {qualified(self._schema, table)} AS t SET "{column}" = v.value '  # noqa: S608 # nosec B608
            f"FROM unnest(%s::bigint[], %s::{sql_type}[]) AS v(fid, value) WHERE t.fid = v.fid",
            (np.asarray(fids, dtype=np.int64).tolist(), plain_column(list(values))),
        )
        WRITES["rows"] += len(fids)
