"""A district project store in a PostgreSQL/PostGIS schema (issue #17): create it from the same declarations as
the GeoPackage (:mod:`postgis_schema`), open it after checking it is a store of this schema version, and give its
tables as QGIS layers styled from the database's ``layer_styles`` (QGIS's own table, so a colleague's plain QGIS
opens them styled). Creation runs in one transaction: a failure leaves no schema behind."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from qgis.core import QgsCoordinateReferenceSystem

from ..plugin_resources import plugin_version
from ..translation import tr
from .district_store import STORE_APPLICATION
from .edit_versions import EditVersionGuard
from .postgis_batch import PostgisBatch
from .postgis_schema import schema_sql
from .postgres_connection import DatabaseConnectionError, connect, layer_uri, ogr_name
from .store_base import StoreBase, StoreError
from .store_batch import now_text
from .store_schema import GEOMETRY_COLUMN, SCHEMA_VERSION, TABLES, TABLES_BY_NAME
from .store_styles import save_default_styles

if TYPE_CHECKING:
    from collections.abc import Iterator

    from ..core.store_address import StoreAddress

LOCK_TIMEOUT_S = 5  # how long a write waits for rows a colleague's write holds


def _connect(address: StoreAddress):
    try:
        return connect(address)
    except DatabaseConnectionError as error:
        raise StoreError(str(error)) from error


def schema_exists(address: StoreAddress) -> bool:
    connection = _connect(address)
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (address.schema,))
            return cursor.fetchone() is not None
    finally:
        connection.close()


def _schema_taken(address: StoreAddress) -> StoreError:
    return StoreError(
        tr("{0}: the schema already exists; choose another schema or remove it first").format(address.shown())
    )


def ensure_new_schema(address: StoreAddress) -> None:
    """Refuse a target schema that exists (a store is never overwritten)."""
    if schema_exists(address):
        raise _schema_taken(address)


def create_postgis_store(address: StoreAddress, epsg: int) -> PostgisStore:
    """Create an empty store in the schema ``address.schema`` (refused if the schema exists) in ``EPSG:epsg``."""
    import psycopg2

    crs = QgsCoordinateReferenceSystem(f"EPSG:{epsg}")
    if not crs.isValid() or crs.isGeographic():
        raise StoreError(tr("EPSG:{0} is not a projected CRS; a store needs metric coordinates").format(epsg))
    connection = _connect(address)
    try:
        with connection, connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (address.schema,))
            if cursor.fetchone():
                raise _schema_taken(address)
            cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")
            if not cursor.fetchone():
                message = tr(
                    "{0}: the database has no PostGIS; its administrator can add it with CREATE EXTENSION postgis"
                )
                raise StoreError(message.format(address.shown()))
            cursor.execute("SELECT 1 FROM spatial_ref_sys WHERE srid = %s", (epsg,))
            if not cursor.fetchone():
                raise StoreError(tr("{0}: PostGIS does not know EPSG:{1}").format(address.shown(), epsg))
            for statement in schema_sql(address.schema, epsg):
                cursor.execute(statement)
            cursor.executemany(
                f'INSERT INTO "{address.schema}".store_info (key, value) VALUES (%s, %s)',  # noqa: S608 # nosec B608
                [
                    ("application", STORE_APPLICATION),
                    ("schema_version", str(SCHEMA_VERSION)),
                    ("crs", f"EPSG:{epsg}"),
                    ("created_at", now_text()),
                    ("created_by", plugin_version()),
                ],
            )
    except psycopg2.Error as error:
        message = tr("{0}: could not create the store: {1}")
        raise StoreError(message.format(address.shown(), str(error).strip())) from error
    finally:
        connection.close()
    try:
        store = PostgisStore(address)
        save_default_styles(store)
    except Exception:
        drop_postgis_store(address)
        raise
    return store


def drop_postgis_store(address: StoreAddress) -> None:
    """Remove a store's schema and its saved styles (undoing a creation or copy that failed)."""
    connection = _connect(address)
    try:
        with connection, connection.cursor() as cursor:
            cursor.execute(f'DROP SCHEMA IF EXISTS "{address.schema}" CASCADE')
            cursor.execute("SELECT to_regclass('public.layer_styles') IS NOT NULL")
            if cursor.fetchone()[0]:
                cursor.execute("DELETE FROM public.layer_styles WHERE f_table_schema = %s", (address.schema,))
    finally:
        connection.close()


class PostgisStore(StoreBase):
    """An existing store in a PostgreSQL schema: its facts, its tables as QGIS layers (``postgres`` provider),
    batch writes in one PostgreSQL transaction each and batch removal."""

    provider = "postgres"

    def __init__(self, address: StoreAddress):
        self.address = address
        self.path = address.shown()  # how messages name it (never a password)
        self.info = self._read_info()

    def connect(self):
        return _connect(self.address)

    def ogr_name(self) -> str:
        return ogr_name(self.address)

    @property
    def location(self) -> str:
        return self.address.given or self.address.saved()

    @property
    def saved_location(self) -> str:
        return self.address.saved()

    @property
    def name(self) -> str:
        return self.address.schema

    def _read_info(self) -> dict[str, str]:
        import psycopg2

        connection = self.connect()
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (self.address.schema,))
                if not cursor.fetchone():
                    raise StoreError(tr("{0}: no such schema").format(self.path))
                cursor.execute("SELECT to_regclass(%s)", (f'"{self.address.schema}".store_info',))
                if cursor.fetchone()[0] is None:
                    raise StoreError(tr("{0}: this schema was not created as a district store").format(self.path))
                cursor.execute(f'SELECT key, value FROM "{self.address.schema}".store_info')  # noqa: S608 # nosec B608
                info = dict(cursor.fetchall())
        except psycopg2.Error as error:
            raise StoreError(tr("{0}: cannot read the store: {1}").format(self.path, str(error).strip())) from error
        finally:
            connection.close()
        if info.get("application") != STORE_APPLICATION:
            raise StoreError(tr("{0}: this schema was not created as a district store").format(self.path))
        version = int(info.get("schema_version", 0))
        if version != SCHEMA_VERSION:
            raise StoreError(
                tr(
                    "{0}: the store has schema version {1} and this plugin reads version {2}; copy it to a "
                    "GeoPackage with the plugin that wrote it, or update the plugin"
                ).format(self.path, version, SCHEMA_VERSION)
            )
        return info

    def layer_uri(self, table: str) -> str:
        geometry_type = TABLES_BY_NAME[table].geometry_type
        return layer_uri(self.address, table, geometry_type, self.srs_id)

    def layer(self, table: str, name: str | None = None):
        """As :meth:`StoreBase.layer`; a table with a version column refuses an edit of a row a colleague changed
        since it was read (:class:`edit_versions.EditVersionGuard`)."""
        layer = super().layer(table, name)
        column = TABLES_BY_NAME[table].updated_column
        if column:
            EditVersionGuard(layer, column)
        return layer

    def geometry_wkb(self, table: str) -> dict[int, bytes | None]:
        sql = f'SELECT fid, ST_AsBinary("{GEOMETRY_COLUMN}") FROM "{TABLES_BY_NAME[table].name}"'  # noqa: S608  # nosec B608
        rows = self.select(sql)  # the table's name is the schema's
        return {int(fid): None if wkb is None else bytes(wkb) for fid, wkb in rows}

    def select(self, sql: str, parameters: tuple = ()) -> list[tuple]:
        import psycopg2

        connection = self.connect()
        try:
            connection.set_session(readonly=True)
            with connection, connection.cursor() as cursor:
                cursor.execute(f'SET LOCAL search_path TO "{self.address.schema}", public')
                cursor.execute(sql.replace("?", "%s"), tuple(parameters))
                return cursor.fetchall()
        except psycopg2.Error as error:
            raise StoreError(tr("{0}: cannot read the store: {1}").format(self.path, str(error).strip())) from error
        finally:
            connection.close()

    @contextlib.contextmanager
    def _write_transaction(self) -> Iterator:
        """A cursor in one transaction: committed when the block ends, rolled back on any exception; a write that
        waits more than :data:`LOCK_TIMEOUT_S` for a colleague's, or that the role may not make, is reported as
        such."""
        import psycopg2

        connection = self.connect()
        try:
            with connection, connection.cursor() as cursor:
                cursor.execute(f'SET LOCAL search_path TO "{self.address.schema}", public')
                cursor.execute(f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT_S}s'")
                yield cursor
        except psycopg2.errors.LockNotAvailable as error:
            raise StoreError(self.locked_message()) from error
        except psycopg2.errors.InsufficientPrivilege as error:
            raise StoreError(
                tr("{0}: your database role may only read this store; nothing was written ({1})").format(
                    self.path, str(error).strip()
                )
            ) from error
        except psycopg2.Error as error:
            raise StoreError(
                tr("{0}: the store refused the write ({1}); nothing was written").format(self.path, str(error).strip())
            ) from error
        finally:
            connection.close()

    def _batch(self, handle, batch_id: str) -> PostgisBatch:
        return PostgisBatch(handle, batch_id, self)

    def _delete_batch(self, batch_id: str) -> None:
        with self._write_transaction() as cursor:
            cursor.execute("DELETE FROM batches WHERE batch_id = %s", (batch_id,))

    def writable(self) -> bool:
        """Whether the connecting role may add rows (a viewer's role of resources/postgis/roles.sql may not)."""
        qualified_name = f'"{self.address.schema}".batches'
        return bool(self.select("SELECT has_table_privilege(current_user, ?, 'INSERT')", (qualified_name,))[0][0])

    def locked_message(self) -> str:
        return tr(
            "{0}: a colleague's work is writing the same records (waited {1} s); try again when it has finished"
        ).format(self.path, LOCK_TIMEOUT_S)

    def row_counts(self) -> dict[str, int]:
        return {table.name: self.select(f'SELECT count(*) FROM "{table.name}"')[0][0] for table in TABLES}  # noqa: S608 # nosec B608
