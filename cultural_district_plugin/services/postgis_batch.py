"""A batch's writes into a PostGIS store, inside the transaction :meth:`PostgisStore.batch` opened: ids reserved
from the table's sequence in one query, rows inserted by one ``COPY`` per call (:mod:`postgis_bulk_insert`),
columns updated in bulk by key (``UPDATE … FROM unnest(ids, values)``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import shapely

from .postgis_bulk_insert import copy_rows
from .postgis_schema import SQL_TYPES, qualified
from .store_batch import WRITES, Batch, plain_column
from .store_schema import Table

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

    MARK = "%s"

    def _table_name(self, table: str) -> str:
        return qualified(self._schema, table)

    def _geometry_value(self, declaration: Table, geometry: shapely.Geometry) -> tuple[str, object]:
        expression = f"ST_GeomFromWKB(%s, {int(self._store.srs_id)})"
        if declaration.geometry_type.startswith("MULTI"):
            expression = f"ST_Multi({expression})"
        return expression, shapely.to_wkb(geometry, output_dimension=2)

    def _execute(self, sql: str, parameters: list) -> int:
        self._con.execute(sql, parameters)
        return self._con.rowcount

    def update_column(self, table: str, column: str, fids: Sequence[int], values: Sequence) -> None:
        declaration = self._declaration(table, [column])
        sql_type = SQL_TYPES[next(c.sql_type for c in declaration.columns if c.name == column)]
        self._con.execute(
            f'UPDATE {qualified(self._schema, table)} AS t SET "{column}" = v.value '  # noqa: S608 # nosec B608
            f"FROM unnest(%s::bigint[], %s::{sql_type}[]) AS v(fid, value) WHERE t.fid = v.fid",
            (np.asarray(fids, dtype=np.int64).tolist(), plain_column(list(values))),
        )
        WRITES["rows"] += len(fids)
