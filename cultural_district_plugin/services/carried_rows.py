"""The fields of a source's features that an output carries, one output row per feature: the near misses with
their fields, each asset with its distance to the nearest hub.

Read and written through Python, a near-miss layer of a national inventory spent two seconds on its 136,411 rows'
fields (read by feature id, then inserted). When the source is a GeoPackage table and the output a GeoPackage
layer filled in bulk (``services.geopackage_output``), SQLite copies them from one file to the other instead
(``INSERT … SELECT`` joining the source's rows by feature id): the fields never pass through Python. Any other
source or output reads them (``services.analysis_inputs.read_attributes``) and writes them with the output's other
columns. Either way the output's fields are typed from the source's columns when it is a GeoPackage table
(an integer column stays integer, NULLs included), else from the values read.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from .geopackage_sql import read_only

if TYPE_CHECKING:
    from collections.abc import Callable

    from qgis.core import QgsVectorLayer

    from .store_base import StoreBase

INTEGER_TYPES = ("BOOLEAN", "TINYINT", "SMALLINT", "MEDIUMINT", "INT")  # GeoPackage's 32-bit (or narrower) ones
REAL_TYPES = ("FLOAT", "DOUBLE", "REAL")
TEXT_TYPES = ("TEXT", "DATE", "DATETIME")


@dataclass(frozen=True)
class GeoPackageTable:
    """A GeoPackage table whose columns an output can copy by SQL."""

    path: Path
    table: str
    key: str  # its integer primary key: the features' ids
    declared: dict[str, str]  # column -> declared type (upper case, without a length)


@dataclass
class CarriedRows:
    """The ``fields`` of the features ``fids`` (one output row each, in that order; an id may come twice), named
    ``names`` in the output. ``read(fids)``: those fields of those features as a DataFrame (source names, one
    row per id, no fid column). ``table``: the GeoPackage table they can be copied from, when there is one."""

    fids: np.ndarray
    fields: list[str]
    names: list[str]
    read: Callable[[np.ndarray], pd.DataFrame]
    table: GeoPackageTable | None = None
    _frame: pd.DataFrame | None = field(default=None, repr=False)

    def columns(self) -> list[tuple[str, str]]:
        """The output fields ``(name, kind)`` they make: from the source's declared types, else from the values."""
        if self.table is not None:
            return [(n, declared_kind(self.table.declared[f])) for n, f in zip(self.names, self.fields)]
        from .frame_field_kinds import frame_kinds

        return list(zip(self.names, frame_kinds(self.frame())))

    def frame(self) -> pd.DataFrame:
        """The fields read (once), named as in the output; integer columns of a GeoPackage as integers (NULL as
        pandas' NA), where a read gives numbers with NULLs as floats."""
        if self._frame is None:
            frame = self.read(self.fids).reset_index(drop=True)
            frame = frame[self.fields].set_axis(self.names, axis=1)
            if self.table is not None:
                for name, kind in self.columns():
                    if kind in ("int", "int64") and not pd.api.types.is_integer_dtype(frame[name].dtype):
                        with contextlib.suppress(TypeError, ValueError):  # text in an integer column: as it is
                            frame[name] = frame[name].astype("Int64")
            self._frame = frame
        return self._frame


def declared_kind(declared: str) -> str:
    """The output field kind for a GeoPackage column's declared type."""
    if declared == "INTEGER":
        return "int64"
    if declared in INTEGER_TYPES:
        return "int"
    if declared in REAL_TYPES:
        return "double"
    return "string"


def geopackage_table_of(
    layer: QgsVectorLayer | None, store: StoreBase | None, store_table: str, fields: list[str]
) -> GeoPackageTable | None:
    """The GeoPackage table under ``layer`` (else the store's ``store_table``) holding ``fields`` as its own
    columns, or None: another format or provider, a filter, unsaved edits, a field QGIS adds (a join, an
    expression), a column SQL cannot copy as it is (a BLOB)."""
    if layer is not None:
        found = _layer_table(layer)
        if found is None:
            return None
        path, table = found
    else:
        from .district_store import DistrictStore

        if not isinstance(store, DistrictStore):
            return None
        path, table = Path(store.path), store_table
    return _described(path, table, fields)


def _layer_table(layer: QgsVectorLayer) -> tuple[Path, str] | None:
    from qgis.core import QgsProviderRegistry

    if layer.providerType() != "ogr" or layer.isModified() or layer.subsetString():
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path") or ""
    if not path.lower().endswith(".gpkg") or parts.get("openOptions") or parts.get("subset"):
        return None
    table = parts.get("layerName") or ""
    if not table:
        with contextlib.suppress(sqlite3.Error), contextlib.closing(read_only(Path(path))) as connection:
            tables = [row[0] for row in connection.execute("SELECT table_name FROM gpkg_contents")]
            table = tables[0] if len(tables) == 1 and parts.get("layerId") in (None, 0, "0") else ""
    return (Path(path), table) if table else None


def _described(path: Path, table: str, fields: list[str]) -> GeoPackageTable | None:
    if '"' in table or any('"' in f for f in fields) or not path.is_file():
        return None
    try:
        with contextlib.closing(read_only(path)) as connection:
            info = connection.execute(f'PRAGMA table_info("{table}")').fetchall()  # nosec B608
    except sqlite3.Error:
        return None
    declared = {row[1]: str(row[2] or "").upper().split("(")[0].strip() for row in info}
    keys = [row[1] for row in info if row[5] == 1]
    if len(keys) != 1 or declared[keys[0]] != "INTEGER":
        return None
    if any(
        f not in declared or declared[f] not in (*INTEGER_TYPES, "INTEGER", *REAL_TYPES, *TEXT_TYPES) for f in fields
    ):
        return None
    return GeoPackageTable(path, table, keys[0], declared)
