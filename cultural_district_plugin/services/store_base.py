"""What every district project store offers, whichever backend holds it (a GeoPackage: :class:`DistrictStore`;
a PostgreSQL/PostGIS schema: :class:`PostgisStore`): its facts, its tables read in bulk through OGR, QGIS layers on
them, batch writes in one transaction and batch removal. The services and algorithms use only this; the backends
supply how to reach the data (:meth:`ogr_name`, :meth:`layer_uri`, the write transaction and its :class:`Batch`).
"""

from __future__ import annotations

import contextlib
import uuid
from typing import TYPE_CHECKING

import numpy as np
from osgeo import ogr
from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer

from ..core.frame_rows import rows_of
from ..definitions import TABLE_PROPERTY, table_titles
from ..translation import tr
from .cancellation import raise_if_cancelled
from .geopackage_table_read import read_rows
from .store_batch import now_text
from .store_schema import TABLES_BY_NAME
from .store_styles import set_field_aliases

if TYPE_CHECKING:
    from collections.abc import Iterator

    import pandas as pd

    from .store_batch import Batch


class StoreError(Exception):
    """A store cannot be created, opened or written; the message says which store and why."""


class StoreBase:
    """A store's shared behaviour; subclasses set :attr:`path` (how messages name it), :attr:`info` (its
    ``store_info``) and :attr:`provider` (QGIS's data provider for its layers)."""

    provider = "ogr"
    migration = None  # (from version, backup path) when opening upgraded the store
    geopackage_path = None  # the file, when the store is a GeoPackage SQLite may read directly

    # What the backend supplies ---------------------------------------------------------------------------------
    def ogr_name(self) -> str:
        raise NotImplementedError

    def layer_uri(self, table: str) -> str:
        raise NotImplementedError

    @property
    def location(self) -> str:
        """The text that names this store in a ``STORE`` parameter (a password given with it included)."""
        raise NotImplementedError

    @property
    def saved_location(self) -> str:
        """The location a project remembers: as :attr:`location`, without a password."""
        raise NotImplementedError

    @property
    def name(self) -> str:
        """A short name for documents: the file's name or the schema's."""
        raise NotImplementedError

    def select(self, sql: str, parameters: tuple = ()) -> list[tuple]:
        """Rows of a read-only SQL query on the store (standard SQL, ``?`` marks the bound values)."""
        raise NotImplementedError

    def geometry_wkb(self, table: str) -> dict[int, bytes | None]:
        """``{fid: WKB}`` of a store table's geometries as stored, without making geometries of them (one SQL
        query; ``table`` a name of the schema)."""
        raise NotImplementedError

    def _write_transaction(self) -> contextlib.AbstractContextManager:
        raise NotImplementedError

    def _batch(self, handle, batch_id: str) -> Batch:
        raise NotImplementedError

    def _delete_batch(self, batch_id: str) -> None:
        raise NotImplementedError

    def locked_message(self) -> str:
        raise NotImplementedError

    def writable(self) -> bool:
        """Whether this user may write the store (a read-only GeoPackage is refused when opened)."""
        return True

    # Shared ------------------------------------------------------------------------------------------------------
    @property
    def crs(self) -> QgsCoordinateReferenceSystem:
        return QgsCoordinateReferenceSystem(self.info["crs"])

    @property
    def srs_id(self) -> int:
        """The store's CRS as the SRS id of its geometry columns (the EPSG code)."""
        return int(self.info["crs"].split(":")[1])

    def read_table(
        self, table: str, columns: list[str] | None = None, geometry: bool = True, where: str | None = None
    ) -> tuple[pd.DataFrame, np.ndarray]:
        """Rows of one store table as ``(DataFrame with fid and columns, shapely geometry array)``.

        ``geometry=False`` skips reading the geometries (all None); ``where`` is an OGR attribute filter built by
        the caller from the schema's names and numbers (never from user text). Rows come in id order, whichever
        backend.

        Read with GDAL, not through QGIS layers, so it is safe from worker threads (``QgsTask``):
        QGIS layers must not be created outside the main thread.
        """
        try:
            ds = ogr.Open(self.ogr_name())
        except RuntimeError as error:  # GDAL's exceptions are on: e.g. the database went away
            raise StoreError(tr("{0}: cannot be read ({1})").format(self.path, str(error).strip())) from error
        if ds is None:
            raise StoreError(tr("{0}: cannot be read").format(self.path))
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
        read = read_rows(layer, names, geometry, where, self.geopackage_path)  # in bulk, never feature by feature
        if read is None:  # a filter GDAL refuses: built by the plugin, never expected
            raise StoreError(tr("{0}: cannot be read").format(self.path))
        frame, geometries = read
        ds = None
        fids = frame["fid"].to_numpy()
        if len(fids) > 1 and not (fids[1:] > fids[:-1]).all():  # PostgreSQL returns rows in storage order
            order = np.argsort(fids, kind="stable")
            frame = rows_of(frame, order)
            geometries = np.asarray(geometries, dtype=object)[order]
        return frame, geometries

    def layer(self, table: str, name: str | None = None) -> QgsVectorLayer:
        """A QGIS layer on one of the store's tables (main thread only; tasks use :meth:`read_table`),
        named in the user's language and tagged with its table name (:data:`TABLE_PROPERTY`)."""
        layer = QgsVectorLayer(self.layer_uri(table), name or table_titles().get(table, table), self.provider)
        if not layer.isValid():
            raise StoreError(tr("{0}: table {1!r} cannot be opened").format(self.path, table))
        layer.setCustomProperty(TABLE_PROPERTY, table)
        set_field_aliases(layer)  # in today's language, whatever the language of the style saved in the store
        return layer

    @contextlib.contextmanager
    def batch(self, operation: str, description: str = "") -> Iterator[Batch]:
        """One transaction over all tables; commits on success, rolls back on any exception."""
        with self._write_transaction() as handle:
            batch = self._batch(handle, uuid.uuid4().hex)
            batch.add(
                "batches",
                [
                    {
                        "batch_id": batch.batch_id,
                        "operation": operation,
                        "description": description,
                        "created_at": now_text(),
                    }
                ],
            )
            try:
                yield batch
                raise_if_cancelled()  # the last moment a cancel can still leave everything as it was
            finally:
                batch.close()

    def latest_batch(self) -> tuple[str, str, str] | None:
        """``(batch id, operation, description)`` of the newest batch, or None."""
        batches, _ = self.read_table("batches", ["batch_id", "operation", "description"])
        if batches.empty:
            return None
        row = batches.sort_values("fid").iloc[-1]
        return row["batch_id"], row["operation"], row["description"]

    def remove_batch(self, batch_id: str) -> None:
        """Delete a batch and every row it wrote (cascading FOREIGN KEYs; findings about a removed district keep
        existing without it)."""
        batches, _ = self.read_table("batches", ["batch_id"])
        if batch_id not in set(batches["batch_id"]):
            raise StoreError(tr("{0}: no batch {1}").format(self.path, batch_id))
        self._delete_batch(batch_id)
