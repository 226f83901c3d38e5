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
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import shapely
from osgeo import ogr, osr
from qgis.core import QgsCoordinateReferenceSystem

from ..plugin_resources import plugin_version
from ..translation import tr
from .geopackage_sql import (
    extend_contents,
    geometry_blobs,
    insert_rows,
    next_fid,
    register_functions,
    wkb_of_blob,
)
from .store_base import StoreBase, StoreError
from .store_batch import WRITES, Batch, now_text, plain_column
from .store_schema import (
    GEOMETRY_COLUMN,
    SCHEMA_VERSION,
    TABLES,
    TABLES_BY_NAME,
    Table,
    create_table_sql,
    index_sql,
    trigger_sql,
)
from .store_styles import save_default_styles

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

ogr.UseExceptions()
osr.UseExceptions()

STORE_APPLICATION = "cultural_district_plugin"


__all__ = ["WRITES", "DistrictStore", "GeoPackageBatch", "StoreError", "create_store"]


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
                for statement in trigger_sql(table) + index_sql(table):
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
                    ("created_at", now_text()),
                    ("created_by", plugin_version()),
                ],
            )
    finally:
        con.close()


def _roll_back(connection) -> None:
    """Roll back the open transaction; SQLite may have rolled it back itself (a full disk does), and the error
    that caused it is the one to report."""
    with contextlib.suppress(sqlite3.Error):
        connection.execute("ROLLBACK")


WRITE_CACHE_KB = 262144  # SQLite's page cache for a write connection (its default, 2 MB, thrashes on bulk writes)
BUSY_TIMEOUT_MS = 5000  # how long a write waits for another connection's lock on the store


class GeoPackageBatch(Batch):
    """A batch's writes through SQLite in bulk (:mod:`geopackage_sql`): an insert of a million rows is a few
    ``executemany`` calls, not a call per field; the R-tree and the contents' extent kept."""

    def _new_fids(self, table: str, count: int) -> list[int]:
        first = next_fid(self._con, table)
        return list(range(first, first + count))

    def _insert(self, declaration: Table, fids: list[int], columns: dict[str, list], geometries) -> None:
        for statement in index_sql(declaration):  # a store older than the index gains it here
            self._con.execute(statement)
        names, values = ["fid", *columns], [fids, *columns.values()]
        envelopes = None
        if geometries is not None:
            geometries = np.asarray(geometries, dtype=object)
            envelopes = shapely.bounds(geometries)
            names.append(GEOMETRY_COLUMN)
            values.append(geometry_blobs(geometries, self._store.srs_id, declaration.geometry_type, envelopes))
        insert_rows(
            self._con, declaration.name, names, values, GEOMETRY_COLUMN if envelopes is not None else None, envelopes
        )
        if envelopes is not None:
            extend_contents(self._con, declaration.name, envelopes, now_text())

    def _geometry_value(self, declaration: Table, geometry: shapely.Geometry) -> tuple[str, object]:
        return "?", geometry_blobs([geometry], self._store.srs_id, declaration.geometry_type)[0]

    def _execute(self, sql: str, parameters: list) -> int:
        return self._con.execute(sql, parameters).rowcount

    def _geometry_written(self, table: str, geometry: shapely.Geometry) -> None:
        extend_contents(self._con, table, shapely.bounds(np.array([geometry], dtype=object)), now_text())

    def update_column(self, table: str, column: str, fids: Sequence[int], values: Sequence) -> None:
        self._declaration(table, [column])
        self._con.executemany(
            f'UPDATE "{table}" SET "{column}" = ? WHERE fid = ?',  # noqa: S608  # nosec B608
            zip(plain_column(list(values)), (int(f) for f in fids)),
        )
        WRITES["rows"] += len(fids)


class DistrictStore(StoreBase):
    """An existing GeoPackage store: its facts, its tables as QGIS layers, batch writes and batch removal."""

    def __init__(self, path):
        self.path = Path(path)
        self.migration = None  # (from version, backup path) when opening upgraded the store
        self.info = self._read_info()

    def ogr_name(self) -> str:
        return str(self.path)

    @property
    def geopackage_path(self) -> Path:
        return self.path

    @property
    def location(self) -> str:
        return str(self.path)

    @property
    def saved_location(self) -> str:
        return str(self.path)

    @property
    def name(self) -> str:
        return self.path.name

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

    def select(self, sql: str, parameters: tuple = ()) -> list[tuple]:
        """Rows of a read-only SQL query on the store (the caller's SQL, with ``?`` parameters for values)."""
        con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            return con.execute(sql, parameters).fetchall()
        finally:
            con.close()

    def geometry_wkb(self, table: str) -> dict[int, bytes | None]:
        sql = f'SELECT fid, "{GEOMETRY_COLUMN}" FROM "{TABLES_BY_NAME[table].name}"'  # noqa: S608  # nosec B608
        rows = self.select(sql)  # the table's name is the schema's
        return {int(fid): wkb_of_blob(blob) for fid, blob in rows}

    def layer_uri(self, table: str) -> str:
        return f"{self.path}|layername={table}"

    def _batch(self, handle, batch_id: str) -> GeoPackageBatch:
        return GeoPackageBatch(handle, batch_id, self)

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

    def _delete_batch(self, batch_id: str) -> None:
        """The feature tables' R-tree triggers call the GeoPackage SQL functions the connection registers."""
        with self._write_transaction(foreign_keys=True) as connection:
            connection.execute("DELETE FROM batches WHERE batch_id = ?", (batch_id,))
