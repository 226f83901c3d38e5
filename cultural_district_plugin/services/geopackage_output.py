"""A Processing output that is a GeoPackage layer, filled in bulk through SQLite.

QGIS's feature sink writes one feature at a time (a ``QgsFeature`` built per row in Python, then GDAL's writer);
writing the coverage's 136,411 near misses that way took 2 s and each asset's distance to its hub, a million rows,
33 s. Here QGIS's sink still creates the layer — its fields, CRS, R-tree and the project it goes to, exactly as
for any other output — and is closed empty; the rows then go into the layer's table in one SQLite transaction
(``executemany`` per chunk, geometries encoded by :func:`geopackage_sql.geometry_blobs`, the R-tree filled in one
pass). Outputs in any other format keep the sink. The fields of a GeoPackage table an output carries row by row
(``services.carried_rows``) are copied by SQLite from that file, joined by feature id, never read into Python.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import shapely

from ..translation import tr
from .district_store import WRITE_CACHE_KB, StoreError
from .geopackage_sql import (
    extend_contents,
    geometry_blobs,
    insert_rows,
    next_fid,
    read_only,
    register_functions,
    rtree_filled_at_once,
)
from .store_batch import now_text, plain_column

if TYPE_CHECKING:
    from .carried_rows import CarriedRows

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
    with contextlib.closing(read_only(path)) as connection:
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


def fill_geopackage_layer(
    path: Path, layer: str, frame: pd.DataFrame, geometries=None, carried: CarriedRows | None = None
) -> None:
    """Append the rows of ``frame`` (its columns in the order of the layer's fields, after those ``carried``
    brings: ``services.carried_rows``) and ``geometries`` (shapely, None or empty for none) to the empty ``layer``
    (""; the file's only one) QGIS's sink created and closed in the GeoPackage ``path``, in one transaction: all
    rows or none. Carried fields of a GeoPackage table are copied by SQLite, file to file."""
    layer = layer or _only_layer(path)
    source = carried.table if carried is not None else None
    if source is None and carried is not None:
        frame = pd.concat([carried.frame(), frame.reset_index(drop=True)], axis=1)
    connection = sqlite3.connect(str(path), isolation_level=None)
    try:
        register_functions(connection)
        connection.execute(f"PRAGMA cache_size = -{WRITE_CACHE_KB}")
        schema = "main"
        if source is not None and not _same_file(source.path, path):
            connection.execute(f"ATTACH DATABASE ? AS {SOURCE_SCHEMA}", (str(source.path),))  # outside a transaction
            schema = SOURCE_SCHEMA
        connection.execute("BEGIN IMMEDIATE")
        try:
            if source is None:
                _insert(connection, layer, frame, geometries)
            else:
                _insert_carried(connection, layer, frame, geometries, carried, schema)
            connection.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                connection.execute("ROLLBACK")
            raise
    finally:
        connection.close()


SOURCE_SCHEMA = "cdp_source"  # the carried fields' GeoPackage, attached to the output's connection
CARRIED_TABLE = "cdp_carried_rows"  # a temporary table: the output's own columns, keyed by the source's ids


def _same_file(one: Path, other: Path) -> bool:
    try:
        return Path(one).samefile(other)
    except OSError:
        return False


def _layer_shape(connection: sqlite3.Connection, layer: str) -> tuple[str | None, int, str, list[str]]:
    """``(geometry column or None, its srs_id, its geometry type, the other fields but fid)`` of ``layer``."""
    described = connection.execute(
        "SELECT column_name, geometry_type_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?", (layer,)
    ).fetchone()
    geometry_column = described[0] if described else None
    table_columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{layer}")')]  # nosec B608
    fields = [c for c in table_columns if c not in ("fid", geometry_column)]
    return geometry_column, described[2] if described else 0, described[1] if described else "", fields


def _check_fields(layer: str, fields: list[str], wanted: list[str]) -> None:
    if len(fields) != len(wanted):  # the sink made the layer from these columns: never expected
        raise ValueError(
            tr("layer {0!r} has the fields {1}; the output has {2}").format(
                layer, ", ".join(fields), ", ".join(map(str, wanted))
            )
        )


def _insert(connection: sqlite3.Connection, layer: str, frame: pd.DataFrame, geometries) -> None:
    geometry_column, srs_id, geometry_type, fields = _layer_shape(connection, layer)
    count = len(frame)
    if "fid" in frame.columns:  # GDAL makes a field named fid the features' ids, as it does through the sink
        fids = column_values(frame["fid"])
        frame = frame.drop(columns=["fid"])
    else:
        first = next_fid(connection, layer)
        fids = list(range(first, first + count))
    _check_fields(layer, fields, list(frame.columns))
    names, values = ["fid", *fields], [fids]
    values += [column_values(frame[column]) for column in frame.columns]
    envelopes = None
    if geometry_column and geometries is not None:
        geometries = _present(geometries)
        envelopes = shapely.bounds(geometries)
        names.append(geometry_column)
        values.append(geometry_blobs(geometries, srs_id, geometry_type, envelopes))
    with _feature_count_trigger_aside(connection, layer):
        insert_rows(connection, layer, names, values, geometry_column if envelopes is not None else None, envelopes)
    if envelopes is not None:
        extend_contents(connection, layer, envelopes, now_text())


def _insert_carried(
    connection: sqlite3.Connection,
    layer: str,
    frame: pd.DataFrame,
    geometries,
    carried: CarriedRows,
    schema: str,
) -> None:
    """The rows: the carried fields copied from the source table (joined by feature id), the frame's columns and
    the geometries from a temporary table filled from Python."""
    geometry_column, srs_id, geometry_type, fields = _layer_shape(connection, layer)
    _check_fields(layer, fields, [*carried.names, *frame.columns])
    count = len(carried.fids)
    first = next_fid(connection, layer)
    fids = np.arange(first, first + count, dtype=np.int64)
    own = [f"c{i}" for i in range(len(frame.columns))]
    values = [fids.tolist(), np.asarray(carried.fids, dtype=np.int64).tolist()]
    values += [column_values(frame[column]) for column in frame.columns]
    envelopes = None
    if geometry_column and geometries is not None:
        geometries = _present(geometries)
        envelopes = shapely.bounds(geometries)
        values.append(geometry_blobs(geometries, srs_id, geometry_type, envelopes))
    blob = ["geom"] if envelopes is not None else []
    connection.execute(f"DROP TABLE IF EXISTS temp.{CARRIED_TABLE}")
    declared = ", ".join(["fid INTEGER PRIMARY KEY", "source_fid INTEGER", *own, *blob])
    connection.execute(f"CREATE TEMP TABLE {CARRIED_TABLE} ({declared})")
    insert_rows(connection, CARRIED_TABLE, ["fid", "source_fid", *own, *blob], values)
    source = carried.table
    targets = ", ".join(f'"{t}"' for t in ["fid", *fields, *([geometry_column] if envelopes is not None else [])])
    picked = ["r.fid", *(f's."{f}"' for f in carried.fields), *(f"r.{c}" for c in own), *(["r.geom"] if blob else [])]
    copy = (
        f'INSERT INTO "{layer}" ({targets}) SELECT {", ".join(picked)} FROM temp.{CARRIED_TABLE} AS r '  # noqa: S608  # nosec B608
        f'JOIN {schema}."{source.table}" AS s ON s."{source.key}" = r.source_fid ORDER BY r.fid'
    )
    rtree_column = geometry_column if envelopes is not None else None
    with contextlib.ExitStack() as stack:  # two contexts: Python 3.9 (QGIS 3.22 on Windows) has no with (…, …)
        stack.enter_context(_feature_count_trigger_aside(connection, layer))
        index = stack.enter_context(rtree_filled_at_once(connection, layer, rtree_column))
        if connection.execute(copy).rowcount != count:
            raise StoreError(tr("{0}: features read a moment ago are gone; run the step again").format(source.table))
        if envelopes is not None:
            index(fids, envelopes)
    connection.execute(f"DROP TABLE temp.{CARRIED_TABLE}")
    if envelopes is not None:
        extend_contents(connection, layer, envelopes, now_text())


def _present(geometries) -> np.ndarray:
    """The geometries, None for a missing or empty one."""
    geometries = np.asarray(geometries, dtype=object)
    return np.where(shapely.is_missing(geometries) | shapely.is_empty(geometries), None, geometries)


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
