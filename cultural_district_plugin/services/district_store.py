"""The district project store: one GeoPackage per district project (docs/architecture.md, The store).

Creation writes the whole schema of :mod:`store_schema` into a temporary file and moves it into place,
so a failed creation leaves nothing behind. Bulk writes go through :meth:`DistrictStore.batch`: one
SQLite transaction spanning every table (rows inserted in bulk, :mod:`geopackage_sql`), tagged with a batch
id that :meth:`DistrictStore.remove_batch` removes again (FOREIGN KEY ... ON DELETE CASCADE).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import tempfile
import uuid
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import shapely
from osgeo import ogr, osr
from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer

from ..definitions import TABLE_PROPERTY, table_titles
from ..plugin_resources import plugin_version
from ..translation import tr
from .cancellation import raise_if_cancelled
from .geopackage_sql import extend_contents, geometry_blobs, insert_rows, next_fid, register_functions
from .ogr_bulk_read import read_ogr_layer
from .store_schema import (
    GEOMETRY_COLUMN,
    SCHEMA_VERSION,
    TABLES,
    TABLES_BY_NAME,
    Table,
    create_table_sql,
    trigger_sql,
)
from .store_styles import save_default_styles, set_field_aliases

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

ogr.UseExceptions()
osr.UseExceptions()

STORE_APPLICATION = "cultural_district_plugin"


class StoreError(Exception):
    """A store cannot be created, opened or written; the message says which file and why."""


def _now():
    """The current time as the store writes it: ISO 8601, UTC, milliseconds (as the schema's triggers)."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _srs_row(epsg):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    return (srs.GetName(), epsg, "EPSG", epsg, srs.ExportToWkt())


def create_store(path: str | Path, epsg: int) -> DistrictStore:
    """Create an empty store at ``path`` in CRS ``EPSG:epsg``; refuses to overwrite an existing file."""
    path = Path(path)
    if path.exists():
        raise StoreError(tr("{0}: a file already exists there; choose another name or remove it first").format(path))
    crs = QgsCoordinateReferenceSystem(f"EPSG:{epsg}")
    if not crs.isValid() or crs.isGeographic():
        raise StoreError(tr("EPSG:{0} is not a projected CRS; a store needs metric coordinates").format(epsg))
    if not path.parent.is_dir():
        raise StoreError(tr("{0}: folder {1} does not exist").format(path, path.parent))
    handle, tmp = tempfile.mkstemp(suffix=".gpkg", dir=path.parent)
    os.close(handle)
    os.unlink(tmp)
    try:
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(tmp)
        ds = None  # GDAL < 3.8 has no Close(): releasing the last reference closes the file
        _write_schema(tmp, epsg)
        ds = ogr.Open(tmp, update=1)
        for table in TABLES:
            if table.geometry_type:
                # names come from the schema declarations, not from users
                ds.ExecuteSQL(f"SELECT CreateSpatialIndex('{table.name}', '{GEOMETRY_COLUMN}')")  # nosec B608
        ds = None
        save_default_styles(DistrictStore(tmp))
        os.replace(tmp, path)
    except Exception as error:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if isinstance(error, StoreError):
            raise
        raise StoreError(tr("{0}: could not create the store: {1}").format(path, error)) from error
    return DistrictStore(path)


def _write_schema(gpkg, epsg):
    con = sqlite3.connect(gpkg)
    try:
        with con:
            if not con.execute("SELECT 1 FROM gpkg_spatial_ref_sys WHERE srs_id = ?", (epsg,)).fetchone():
                con.execute(
                    "INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, "
                    "organization_coordsys_id, definition) VALUES (?, ?, ?, ?, ?)",
                    _srs_row(epsg),
                )
            for table in TABLES:
                con.execute(create_table_sql(table))
                for statement in trigger_sql(table):
                    con.execute(statement)
                con.execute(
                    "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (
                        table.name,
                        "features" if table.geometry_type else "attributes",
                        table.name,
                        table.description,
                        epsg if table.geometry_type else None,
                    ),
                )
                if table.geometry_type:
                    con.execute(
                        "INSERT INTO gpkg_geometry_columns (table_name, column_name, "
                        "geometry_type_name, srs_id, z, m) VALUES (?, ?, ?, ?, 0, 0)",
                        (table.name, GEOMETRY_COLUMN, table.geometry_type, epsg),
                    )
            con.executemany(
                "INSERT INTO store_info (key, value) VALUES (?, ?)",
                [
                    ("application", STORE_APPLICATION),
                    ("schema_version", str(SCHEMA_VERSION)),
                    ("crs", f"EPSG:{epsg}"),
                    ("created_at", _now()),
                    ("created_by", plugin_version()),
                ],
            )
    finally:
        con.close()


def _plain_value(value):
    """numpy scalars, NaN and whole floats (pandas turns integer columns with NULLs into floats) as plain Python
    values for SQLite; None stays NULL."""
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float):
        if value != value:
            return None
        if value.is_integer():
            return int(value)
    return value


PLAIN_TYPES = frozenset({str, int, type(None)})


def _plain_column(values: list) -> list:
    """:func:`_plain_value` over a column, skipped when the column holds only text, integers and NULLs."""
    if set(map(type, values)) <= PLAIN_TYPES:
        return values
    return [_plain_value(v) for v in values]


def _roll_back(connection) -> None:
    """Roll back the open transaction; SQLite may have rolled it back itself (a full disk does), and the error
    that caused it is the one to report."""
    with contextlib.suppress(sqlite3.Error):
        connection.execute("ROLLBACK")


WRITE_CACHE_KB = 262144  # SQLite's page cache for a write connection (its default, 2 MB, thrashes on bulk writes)
BUSY_TIMEOUT_MS = 5000  # how long a write waits for another connection's lock on the store


WRITES: Counter = Counter()  # rows written and inserts made (the regression guard reads them)


class Batch:
    """Rows written inside one :meth:`DistrictStore.batch` transaction, through SQLite in bulk
    (:mod:`geopackage_sql`): an insert of a million rows is a few ``executemany`` calls, not a call per field."""

    def __init__(self, connection: sqlite3.Connection, batch_id: str, store: DistrictStore):
        self._con = connection
        self.batch_id = batch_id
        self._store = store

    def _declaration(self, table: str, columns) -> Table:
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
            c: _plain_column(records[c].tolist() if frame else [r.get(c) for r in records])
            for c in declaration.column_names
            if c in present
        }
        # a column that is NULL in every row and NULL by default need not be bound a million times
        defaults = {c.name: c.default for c in declaration.columns}
        columns = {c: v for c, v in columns.items() if defaults.get(c) is not None or any(x is not None for x in v)}
        if table != "batches" and "batch_id" in declaration.column_names:
            columns["batch_id"] = [self.batch_id] * count
        created = declaration.created_column
        now = _now()
        if created:
            columns[created] = [now if v is None else v for v in columns.get(created, [None] * count)]
        first = next_fid(self._con, table)
        fids = list(range(first, first + count))
        names, values = ["fid", *columns], [fids, *columns.values()]
        envelopes = None
        if declaration.geometry_type and geometries is not None:
            geometries = np.asarray(geometries, dtype=object)
            envelopes = shapely.bounds(geometries)
            names.append(GEOMETRY_COLUMN)
            values.append(geometry_blobs(geometries, self._store.srs_id, declaration.geometry_type, envelopes))
        insert_rows(self._con, table, names, values, GEOMETRY_COLUMN if envelopes is not None else None, envelopes)
        if envelopes is not None:
            extend_contents(self._con, table, envelopes, now)
        WRITES["rows"] += count
        WRITES["inserts"] += 1
        return fids

    def update(self, table: str, fid: int, record: dict, geometry: shapely.Geometry | None = None) -> None:
        """Change columns of an existing row (its batch id stays: it still belongs to the operation that
        created it); ``geometry`` replaces the geometry when given."""
        declaration = self._declaration(table, record)
        assignments = [f'"{c}" = ?' for c in record]  # names checked against the declaration
        parameters = [_plain_value(v) for v in record.values()]
        if geometry is not None:
            assignments.append(f'"{GEOMETRY_COLUMN}" = ?')
            parameters.append(geometry_blobs([geometry], self._store.srs_id, declaration.geometry_type)[0])
        if not assignments:
            return
        cursor = self._con.execute(
            f'UPDATE "{table}" SET {", ".join(assignments)} WHERE fid = ?',  # noqa: S608  # nosec B608
            [*parameters, int(fid)],
        )
        if cursor.rowcount == 0:
            raise StoreError(tr("table {0!r} has no row {1}").format(table, fid))
        if geometry is not None:
            extend_contents(self._con, table, shapely.bounds(np.array([geometry], dtype=object)), _now())

    def update_column(self, table: str, column: str, fids: Sequence[int], values: Sequence) -> None:
        """Set ``column`` of the rows ``fids`` to ``values`` (one per fid), in one statement."""
        self._declaration(table, [column])
        self._con.executemany(
            f'UPDATE "{table}" SET "{column}" = ? WHERE fid = ?',  # noqa: S608  # nosec B608
            zip(_plain_column(list(values)), (int(f) for f in fids)),
        )
        WRITES["rows"] += len(fids)


class DistrictStore:
    """An existing store: its facts, its tables as QGIS layers, batch writes and batch removal."""

    def __init__(self, path):
        self.path = Path(path)
        self.migration = None  # (from version, backup path) when opening upgraded the store
        self.info = self._read_info()

    def _read_info(self):
        """Facts of the store, after making sure it is one this plugin can use. Nothing is written."""
        if not self.path.is_file():
            raise StoreError(tr("{0}: no such file").format(self.path))
        if not self.path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
            raise StoreError(
                tr("{0}: the file is read-only; copy it to a writable folder to work on it").format(self.path)
            )
        try:
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=1.0)
            try:
                rows = con.execute("SELECT key, value FROM store_info").fetchall()
            finally:
                con.close()
        except sqlite3.OperationalError as error:
            if "locked" in str(error):
                raise StoreError(
                    tr("{0}: the file is locked by another program; close it there and try again").format(self.path)
                ) from error
            raise StoreError(tr("{0}: not a district store GeoPackage ({1})").format(self.path, error)) from error
        except sqlite3.DatabaseError as error:
            raise StoreError(tr("{0}: not a district store GeoPackage ({1})").format(self.path, error)) from error
        info = dict(rows)
        if info.get("application") != STORE_APPLICATION:
            raise StoreError(tr("{0}: this GeoPackage was not created as a district store").format(self.path))
        version = int(info.get("schema_version", 0))
        if version > SCHEMA_VERSION:
            raise StoreError(
                tr(
                    "{0}: the store was written by a newer version of the plugin (schema {1}); update the "
                    "plugin to open it"
                ).format(self.path, version)
            )
        if version < SCHEMA_VERSION:
            from .store_migration import migrate_store

            self.migration = migrate_store(self.path, version)
            return self._read_info()
        return info

    @property
    def crs(self) -> QgsCoordinateReferenceSystem:
        return QgsCoordinateReferenceSystem(self.info["crs"])

    def read_table(
        self, table: str, columns: list[str] | None = None, geometry: bool = True, where: str | None = None
    ) -> tuple[pd.DataFrame, np.ndarray]:
        """Rows of one store table as ``(DataFrame with fid and columns, shapely geometry array)``.

        ``geometry=False`` skips reading the geometries (all None); ``where`` is an OGR attribute filter built by
        the caller from the schema's names and numbers (never from user text).

        Read with GDAL, not through QGIS layers, so it is safe from worker threads (``QgsTask``):
        QGIS layers must not be created outside the main thread.
        """
        ds = ogr.Open(str(self.path))
        layer = ds.GetLayerByName(table)
        if layer is None:
            raise StoreError(tr("{0}: the store has no table {1!r}").format(self.path, table))
        definition = layer.GetLayerDefn()
        names = list(TABLES_BY_NAME[table].column_names) if columns is None else list(columns)
        indexes = [definition.GetFieldIndex(n) for n in names]
        if -1 in indexes:
            raise StoreError(
                tr("{0}: table {1!r} has no column {2!r}").format(self.path, table, names[indexes.index(-1)])
            )
        if where:
            layer.SetAttributeFilter(where)
        frame, geometries = read_ogr_layer(layer, names, geometry)  # in bulk (Arrow) where GDAL can
        ds = None
        return frame, geometries

    def select(self, sql: str, parameters: tuple = ()) -> list[tuple]:
        """Rows of a read-only SQL query on the store (the caller's SQL, with ``?`` parameters for values)."""
        con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            return con.execute(sql, parameters).fetchall()
        finally:
            con.close()

    def layer_uri(self, table: str) -> str:
        return f"{self.path}|layername={table}"

    def layer(self, table: str, name: str | None = None) -> QgsVectorLayer:
        """A QGIS layer on one of the store's tables (main thread only; tasks use :meth:`read_table`),
        named in the user's language and tagged with its table name (:data:`TABLE_PROPERTY`)."""
        layer = QgsVectorLayer(self.layer_uri(table), name or table_titles().get(table, table), "ogr")
        if not layer.isValid():
            raise StoreError(tr("{0}: table {1!r} cannot be opened").format(self.path, table))
        layer.setCustomProperty(TABLE_PROPERTY, table)
        set_field_aliases(layer)  # in today's language, whatever the language of the style saved in the store
        return layer

    @property
    def srs_id(self) -> int:
        """The store's CRS as the SRS id of its geometry columns (the EPSG code)."""
        return int(self.info["crs"].split(":")[1])

    @contextlib.contextmanager
    def batch(self, operation: str, description: str = "") -> Iterator[Batch]:
        """One transaction over all tables; commits on success, rolls back on any exception."""
        with self._write_transaction() as connection:
            batch = Batch(connection, uuid.uuid4().hex, self)
            batch.add(
                "batches",
                [
                    {
                        "batch_id": batch.batch_id,
                        "operation": operation,
                        "description": description,
                        "created_at": _now(),
                    }
                ],
            )
            try:
                yield batch
                raise_if_cancelled()  # the last moment a cancel can still leave everything as it was
            finally:
                batch._con = None

    @contextlib.contextmanager
    def _write_transaction(self, foreign_keys: bool = False) -> Iterator[sqlite3.Connection]:
        """A write transaction on the store: committed when the block ends, rolled back on any exception (a locked
        store, a full disk and a refused write reported as such); the connection closed either way."""
        connection = self._connect_for_writing(foreign_keys)
        try:
            yield connection
            connection.execute("COMMIT")
        except BaseException as error:
            _roll_back(connection)
            reported = self._write_error(error)
            if reported is error:
                raise
            raise reported from error
        finally:
            connection.close()

    def _write_error(self, error: BaseException) -> BaseException:
        """The error to report for a failed write: locked and full-disk errors say what to do."""
        if "database is locked" in str(error):
            return StoreError(self.locked_message())
        if "disk is full" in str(error) or "No space left" in str(error):
            return StoreError(
                tr(
                    "{0}: the disk holding the store is full; nothing was written. Free some space and try again"
                ).format(self.path)
            )
        if isinstance(error, sqlite3.Error):
            return StoreError(
                tr("{0}: the store refused the write ({1}); nothing was written").format(self.path, error)
            )
        return error

    def _connect_for_writing(self, foreign_keys: bool = False) -> sqlite3.Connection:
        """A SQLite connection to the store inside a write transaction (``BEGIN IMMEDIATE``), with the GeoPackage
        functions its triggers call; waits up to :data:`BUSY_TIMEOUT_MS` for another connection's lock."""
        try:
            connection = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        except sqlite3.Error as error:
            raise StoreError(tr("{0}: cannot be opened for writing ({1})").format(self.path, error)) from error
        register_functions(connection)
        try:
            if foreign_keys:
                connection.execute("PRAGMA foreign_keys = ON")  # only outside a transaction
            connection.execute(f"PRAGMA cache_size = -{WRITE_CACHE_KB}")  # bulk writes touch many pages
            connection.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            connection.close()
            if "locked" in str(error):
                raise StoreError(self.locked_message()) from error
            raise StoreError(tr("{0}: cannot be opened for writing ({1})").format(self.path, error)) from error
        return connection

    def locked_message(self) -> str:
        """Why a write found the store locked, naming this QGIS's layers of it that are being edited."""
        from .editing_layers import layers_in_editing

        editing = layers_in_editing(self.path)
        if editing:
            return tr(
                "{0}: the store is locked by layers being edited in this QGIS ({1}): save or stop editing them, "
                "then try again"
            ).format(self.path, ", ".join(editing))
        return tr(
            "{0}: another program is writing to the store (waited {1:g} s): a layer of it in editing mode in another "
            "QGIS, or a program holding the file open. Finish there and try again"
        ).format(self.path, BUSY_TIMEOUT_MS / 1000)

    def latest_batch(self) -> tuple[str, str, str] | None:
        """``(batch id, operation, description)`` of the newest batch, or None."""
        batches, _ = self.read_table("batches", ["batch_id", "operation", "description"])
        if batches.empty:
            return None
        row = batches.sort_values("fid").iloc[-1]
        return row["batch_id"], row["operation"], row["description"]

    def remove_batch(self, batch_id: str) -> None:
        """Delete a batch and every row it wrote (cascading FOREIGN KEYs; findings about a removed district keep
        existing without it). The feature tables' R-tree triggers call the GeoPackage SQL functions the connection
        registers."""
        batches, _ = self.read_table("batches", ["batch_id"])
        if batch_id not in set(batches["batch_id"]):
            raise StoreError(tr("{0}: no batch {1}").format(self.path, batch_id))
        with self._write_transaction(foreign_keys=True) as connection:
            connection.execute("DELETE FROM batches WHERE batch_id = ?", (batch_id,))
