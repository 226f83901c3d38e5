"""A Processing output that is a GeoPackage layer, filled in bulk through SQLite.

QGIS's feature sink writes one feature at a time (a ``QgsFeature`` built per row in Python, then GDAL's writer);
writing the coverage's 136,411 near misses that way took 2 s and each asset's distance to its hub, a million rows,
33 s. Here QGIS's sink still creates the layer — its fields, CRS, R-tree and the project it goes to, exactly as
for any other output — and is closed empty; the rows then go into the layer's table in one SQLite transaction
(``executemany`` per chunk, geometries encoded by :func:`geopackage_sql.geometry_blobs`, the R-tree filled in one
pass). Outputs in any other format keep the sink.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

from ..translation import tr
from .district_store import WRITE_CACHE_KB
from .geopackage_sql import extend_contents, geometry_blobs, insert_rows, next_fid, register_functions
from .store_batch import now_text, plain_column

BULK_ROWS = 1000  # outputs with fewer rows keep QGIS's sink: the bulk path's set-up is not worth it


def geopackage_destination(destination: str) -> tuple[Path, str] | None:
    """``(file, layer name)`` when a sink's destination is a GeoPackage layer (``path.gpkg``: the layer named by
    the sink, "" here; ``path.gpkg|layername=name``), else None. The file may not exist until the sink closes."""
    path, _, options = str(destination).partition("|")
    if not path.lower().endswith(".gpkg"):
        return None
    layer = ""
    for option in options.split("|"):
        key, _, value = option.partition("=")
        if key.strip() == "layername":
            layer = value.strip()
    if '"' in layer:  # not a name the SQL below quotes safely: the sink writes it
        return None
    return Path(path), layer


def _only_layer(path: Path) -> str:
    """The one table of a GeoPackage the sink wrote without a layer name (it replaces the whole file)."""
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        tables = [row[0] for row in connection.execute("SELECT table_name FROM gpkg_contents")]
    if len(tables) != 1:
        raise ValueError(tr("{0}: expected one layer, found {1}").format(path, len(tables)))
    return tables[0]


def column_values(column: pd.Series) -> list:
    """A frame's column as plain Python values for SQLite: NaN, None and pandas' NA as NULL."""
    if pd.api.types.is_float_dtype(column.dtype):
        values = column.to_numpy(dtype=np.float64)
        missing = np.isnan(values)
        if not missing.any():
            return values.tolist()
        plain = values.astype(object)
        plain[missing] = None
        return plain.tolist()
    plain = column.astype(object)
    present = pd.notna(plain).to_numpy()
    if not present.all():
        plain = plain.where(present, None)
    return plain_column(plain.tolist())


def fill_geopackage_layer(path: Path, layer: str, frame: pd.DataFrame, geometries=None) -> None:
    """Append the rows of ``frame`` (its columns in the order of the layer's fields) and ``geometries`` (shapely,
    None or empty for none) to the empty ``layer`` (""; the file's only one) QGIS's sink created and closed in the
    GeoPackage ``path``, in one transaction: all rows or none."""
    layer = layer or _only_layer(path)
    connection = sqlite3.connect(str(path), isolation_level=None)
    try:
        register_functions(connection)
        connection.execute(f"PRAGMA cache_size = -{WRITE_CACHE_KB}")
        connection.execute("BEGIN IMMEDIATE")
        try:
            _insert(connection, layer, frame, geometries)
            connection.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                connection.execute("ROLLBACK")
            raise
    finally:
        connection.close()


def _insert(connection: sqlite3.Connection, layer: str, frame: pd.DataFrame, geometries) -> None:
    described = connection.execute(
        "SELECT column_name, geometry_type_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?", (layer,)
    ).fetchone()
    geometry_column = described[0] if described else None
    table_columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{layer}")')]  # nosec B608
    fields = [c for c in table_columns if c not in ("fid", geometry_column)]
    count = len(frame)
    if "fid" in frame.columns:  # GDAL makes a field named fid the features' ids, as it does through the sink
        fids = column_values(frame["fid"])
        frame = frame.drop(columns=["fid"])
    else:
        first = next_fid(connection, layer)
        fids = list(range(first, first + count))
    if len(fields) != len(frame.columns):  # the sink made the layer from the frame's columns: never expected
        raise ValueError(
            tr("layer {0!r} has the fields {1}; the output has {2}").format(
                layer, ", ".join(fields), ", ".join(map(str, frame.columns))
            )
        )
    names, values = ["fid", *fields], [fids]
    values += [column_values(frame[column]) for column in frame.columns]
    envelopes = None
    if geometry_column and geometries is not None:
        geometries = np.asarray(geometries, dtype=object)
        geometries = np.where(shapely.is_missing(geometries) | shapely.is_empty(geometries), None, geometries)
        envelopes = shapely.bounds(geometries)
        names.append(geometry_column)
        values.append(geometry_blobs(geometries, described[2], described[1], envelopes))
    with _feature_count_trigger_aside(connection, layer):
        insert_rows(connection, layer, names, values, geometry_column if envelopes is not None else None, envelopes)
    if envelopes is not None:
        extend_contents(connection, layer, envelopes, now_text())


@contextlib.contextmanager
def _feature_count_trigger_aside(connection: sqlite3.Connection, layer: str):
    """GDAL keeps a layer's feature count in ``gpkg_ogr_contents`` with a trigger that runs per inserted row: set
    it aside for the bulk insert, then store the count once and put the trigger back."""
    has_counts = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'gpkg_ogr_contents'"
    ).fetchone()
    name = f"trigger_insert_feature_count_{layer}"
    found = connection.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)).fetchone()
    if found:
        connection.execute(f'DROP TRIGGER "{name}"')
    yield
    if found:
        connection.execute(found[0])
    if has_counts:
        connection.execute(
            f'UPDATE gpkg_ogr_contents SET feature_count = (SELECT count(*) FROM "{layer}") '  # noqa: S608  # nosec B608
            "WHERE lower(table_name) = lower(?)",
            (layer,),
        )
