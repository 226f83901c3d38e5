"""Rows written inside one store transaction (:meth:`StoreBase.batch`), whichever backend: the records checked
against the schema's declarations and turned into whole columns once, tagged with the batch id and their creation
time; the backend (:class:`GeoPackageBatch` in :mod:`district_store`, :class:`PostgisBatch` in :mod:`postgis_batch`)
reserves the ids and inserts the columns in bulk."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timezone
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from ..translation import tr
from .store_schema import GEOMETRY_COLUMN, TABLES_BY_NAME, Table

if TYPE_CHECKING:
    from collections.abc import Sequence

    import shapely

WRITES: Counter = Counter()  # rows written and inserts made (the regression guard reads them)


def now_text() -> str:
    """The current time as the store writes it: ISO 8601, UTC, milliseconds (as the schema's triggers)."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def plain_value(value):
    """numpy scalars, NaN and whole floats (pandas turns integer columns with NULLs into floats) as plain Python
    values for the database; None stays NULL."""
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float):
        if value != value:
            return None
        if value.is_integer():
            return int(value)
    return value


PLAIN_TYPES = frozenset({str, int, type(None)})


def plain_column(values: list) -> list:
    """:func:`plain_value` over a column, skipped when the column holds only text, integers and NULLs."""
    if set(map(type, values)) <= PLAIN_TYPES:
        return values
    return [plain_value(v) for v in values]


class Batch:
    """One batch's writes; ``handle`` is the backend's open transaction (a connection or a cursor)."""

    def __init__(self, handle, batch_id: str, store):
        self._con = handle
        self.batch_id = batch_id
        self._store = store

    def close(self) -> None:
        self._con = None

    def _declaration(self, table: str, columns) -> Table:
        from .store_base import StoreError

        declaration = TABLES_BY_NAME.get(table)
        if declaration is None:
            raise StoreError(tr("the store has no table {0!r}").format(table))
        unknown = set(columns) - set(declaration.column_names)
        if unknown:
            raise StoreError(
                tr("{0}: table {1!r} has no column(s) {2}").format(self._store.path, table, ", ".join(sorted(unknown)))
            )
        return declaration

    def add(self, table: str, records: list[dict] | pd.DataFrame, geometries: Sequence | None = None) -> list[int]:
        """Insert ``records`` (dicts of column → value, or a DataFrame with one column per store column) into
        ``table``; returns the new fids.

        ``geometries``: shapely geometries in the store's CRS, one per record (None for no geometry).
        """
        frame = isinstance(records, pd.DataFrame)
        present = set(records.columns) if frame else {c for record in records for c in record}
        declaration = self._declaration(table, present)
        if not len(records):
            return []
        count = len(records)
        columns = {
            c: plain_column(records[c].tolist() if frame else [r.get(c) for r in records])
            for c in declaration.column_names
            if c in present
        }
        # a column that is NULL in every row and NULL by default need not be bound a million times
        defaults = {c.name: c.default for c in declaration.columns}
        columns = {c: v for c, v in columns.items() if defaults.get(c) is not None or v.count(None) < len(v)}
        if table != "batches" and "batch_id" in declaration.column_names:
            columns["batch_id"] = [self.batch_id] * count
        created = declaration.created_column
        if created:
            now = now_text()
            columns[created] = [now if v is None else v for v in columns.get(created, [None] * count)]
        fids = self._new_fids(table, count)
        if not (declaration.geometry_type and geometries is not None):
            geometries = None
        self._insert(declaration, fids, columns, geometries)
        WRITES["rows"] += count
        WRITES["inserts"] += 1
        return fids

    # The backend's part ---------------------------------------------------------------------------------------
    def _new_fids(self, table: str, count: int) -> list[int]:
        raise NotImplementedError

    def _insert(self, declaration: Table, fids: list[int], columns: dict[str, list], geometries) -> None:
        raise NotImplementedError

    MARK = "?"  # the backend's placeholder for a bound value

    def _table_name(self, table: str) -> str:
        return f'"{table}"'

    def _geometry_value(self, declaration: Table, geometry: shapely.Geometry) -> tuple[str, object]:
        """The SQL expression and bound value that write ``geometry`` into the table's geometry column."""
        raise NotImplementedError

    def _execute(self, sql: str, parameters: list) -> int:
        """Run one statement in the batch's transaction; the rows it changed."""
        raise NotImplementedError

    def _geometry_written(self, table: str, geometry: shapely.Geometry) -> None:
        """After a row's geometry changed (the GeoPackage widens its contents' extent)."""

    def update(self, table: str, fid: int, record: dict, geometry: shapely.Geometry | None = None) -> None:
        """Change columns of an existing row (its batch id stays: it still belongs to the operation that
        created it); ``geometry`` replaces the geometry when given."""
        from .store_base import StoreError

        declaration = self._declaration(table, record)
        assignments = [f'"{c}" = {self.MARK}' for c in record]  # names checked against the declaration
        parameters = [plain_value(v) for v in record.values()]
        if geometry is not None:
            expression, value = self._geometry_value(declaration, geometry)
            assignments.append(f'"{GEOMETRY_COLUMN}" = {expression}')
            parameters.append(value)
        if not assignments:
            return
        changed = self._execute(
            f"UPDATE {self._table_name(table)} SET {', '.join(assignments)} WHERE fid = {self.MARK}",  # noqa: S608 # nosec B608
            [*parameters, int(fid)],
        )
        if changed == 0:
            raise StoreError(tr("table {0!r} has no row {1}").format(table, fid))
        if geometry is not None:
            self._geometry_written(table, geometry)

    def update_column(self, table: str, column: str, fids: Sequence[int], values: Sequence) -> None:
        """Set ``column`` of the rows ``fids`` to ``values`` (one per fid), in one statement."""
        raise NotImplementedError
