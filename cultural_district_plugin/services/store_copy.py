"""Copy a district project store between backends (GeoPackage ⇄ PostGIS, also GeoPackage → GeoPackage and
PostGIS → PostGIS), preserving every table's ids, so links (members, stakeholder assets, commitments, findings) and
batches stay as they were; ``cultural_district:copystore``.

The target is created empty from the schema declarations (:func:`district_store.create_store`,
:func:`postgis_store.create_postgis_store`), then each table is copied by OGR in C (PostgreSQL's COPY, the
GeoPackage in large transactions), tables in the order of their foreign keys. The copy is then checked: the row
count and a checksum of each table (:mod:`table_checksum`), read back from both sides. A copy that fails or
differs is removed again (the GeoPackage is written under a temporary name and moved into place at the end;
the PostgreSQL schema is dropped), so nothing half-written remains.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from osgeo import gdal, ogr

from ..core.store_address import StoreAddress
from ..translation import tr
from .cancellation import raise_if_cancelled
from .district_store import StoreError, create_store
from .ogr_bulk_read import read_ogr_layer
from .postgis_bulk_insert import copy_rows
from .postgis_store import PostgisStore, create_postgis_store, drop_postgis_store, ensure_new_schema
from .postgres_connection import ogr_name
from .store_opening import open_store
from .store_schema import TABLES
from .table_checksum import table_checksum

if TYPE_CHECKING:
    from collections.abc import Callable

gdal.UseExceptions()

PROMOTED = {"MULTIPOLYGON": "PROMOTE_TO_MULTI"}  # a single polygon in a GeoPackage's multipolygon column


@dataclass(frozen=True)
class TableCopy:
    table: str
    source_rows: int
    target_rows: int
    source_checksum: str
    target_checksum: str

    @property
    def equal(self) -> bool:
        return self.source_rows == self.target_rows and self.source_checksum == self.target_checksum


def _data_source_name(address: StoreAddress) -> str:
    return ogr_name(address) if address.is_postgres else str(address.geopackage)


def copy_store(
    source: StoreAddress, target: StoreAddress, progress: Callable[[float], None] | None = None
) -> list[TableCopy]:
    """Copy the store at ``source`` into a new store at ``target``; the per-table check, all equal."""
    source_store = open_store(source)
    epsg = source_store.srs_id
    if target.is_postgres:
        ensure_new_schema(target)
        create_postgis_store(target, epsg)
        written = target
    else:
        if target.geopackage.exists():
            raise StoreError(
                tr("{0}: a file already exists there; choose another name or remove it first").format(target.shown())
            )
        if not target.geopackage.parent.is_dir():
            raise StoreError(tr("{0}: folder {1} does not exist").format(target.shown(), target.geopackage.parent))
        handle, temporary = tempfile.mkstemp(suffix=".gpkg", dir=target.geopackage.parent)
        os.close(handle)
        os.unlink(temporary)
        create_store(temporary, epsg)
        written = StoreAddress(geopackage=Path(temporary))
    try:
        report = _copy_tables(source, written, progress)
        different = [copy.table for copy in report if not copy.equal]
        if different:
            raise StoreError(
                tr("{0}: the copy differs from {1} in {2}; nothing was kept").format(
                    target.shown(), source.shown(), ", ".join(different)
                )
            )
        if not target.is_postgres:
            os.replace(written.geopackage, target.geopackage)
    except BaseException:
        if target.is_postgres:
            drop_postgis_store(target)
        else:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(written.geopackage)
        raise
    return report


def _copy_tables(source: StoreAddress, target: StoreAddress, progress) -> list[TableCopy]:
    source_ds = ogr.Open(_data_source_name(source))
    if target.is_postgres:
        _copy_into_postgis(source_ds, source, target, progress)
    else:
        _copy_into_geopackage(source_ds, source, target, progress)
    target_ds = ogr.Open(_data_source_name(target))
    report = []
    for index, table in enumerate(TABLES):
        raise_if_cancelled()
        source_rows, source_sum = table_checksum(source_ds.GetLayerByName(table.name), table)
        target_rows, target_sum = table_checksum(target_ds.GetLayerByName(table.name), table)
        report.append(TableCopy(table.name, source_rows, target_rows, source_sum, target_sum))
        if progress:
            progress(50 + 50 * (index + 1) / len(TABLES))
    return report


def _source_layer(source_ds, source: StoreAddress, table: str):
    layer = source_ds.GetLayerByName(table)
    if layer is None:
        raise StoreError(tr("{0}: table {1!r} cannot be opened").format(source.shown(), table))
    return layer


def _copy_into_geopackage(source_ds, source: StoreAddress, target: StoreAddress, progress) -> None:
    """OGR in C, ids kept; SQLite stores doubles exactly, the R-trees are kept by the GeoPackage's triggers."""
    target_ds = gdal.OpenEx(str(target.geopackage), gdal.OF_VECTOR | gdal.OF_UPDATE)
    target_ds.ExecuteSQL("DELETE FROM store_info")  # the source's facts (creation time, version) replace the new ones
    wrapped_source = gdal.OpenEx(_data_source_name(source), gdal.OF_VECTOR)
    for index, table in enumerate(TABLES):
        raise_if_cancelled()
        if _source_layer(source_ds, source, table.name).GetFeatureCount() > 0:
            options = gdal.VectorTranslateOptions(
                options=["-preserve_fid", "-gt", "100000"],  # GDAL 3.6 has no keywords for these
                accessMode="append",
                layers=[table.name],
                layerName=table.name,
                geometryType=PROMOTED.get(table.geometry_type or ""),
            )
            gdal.VectorTranslate(target_ds, wrapped_source, options=options)
        if progress:
            progress(50 * (index + 1) / len(TABLES))
    target_ds = None  # closes (commits) the target before it is read back


def _copy_into_postgis(source_ds, source: StoreAddress, target: StoreAddress, progress) -> None:
    """Every table in one transaction, each by one COPY (:mod:`postgis_bulk_insert`); then the id sequences
    continue after the copied ids."""
    import psycopg2

    store = PostgisStore(target)
    connection = store.connect()
    try:
        with connection, connection.cursor() as cursor:
            cursor.execute(f'DELETE FROM "{target.schema}".store_info')  # noqa: S608 # nosec B608
            for index, table in enumerate(TABLES):
                raise_if_cancelled()
                layer = _source_layer(source_ds, source, table.name)
                frame, geometries = read_ogr_layer(layer, list(table.column_names), geometry=bool(table.geometry_type))
                copy_rows(cursor, target.schema, table, frame, geometries, store.srs_id)
                name = f'"{target.schema}"."{table.name}"'
                cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence(%s, 'fid'), "  # noqa: S608
                    f"(SELECT COALESCE(max(fid), 0) + 1 FROM {name}), false)",  # nosec B608
                    (name,),
                )
                if progress:
                    progress(50 * (index + 1) / len(TABLES))
    except (psycopg2.Error, ValueError) as error:
        message = tr("{0}: could not copy into the store: {1}")
        raise StoreError(message.format(target.shown(), str(error).strip())) from error
    finally:
        connection.close()
