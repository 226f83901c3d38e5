"""Write an export's tables (:mod:`export_tables`) in the formats offices ask for, all or nothing.

* ``gpkg``: one GeoPackage, every table a layer, styled (default styles saved inside) with layer metadata;
* ``shp``: a Shapefile per layer with geometry (``.prj``, UTF-8 ``.cpg``), field names cut to 10 characters
  predictably (:mod:`core.field_names`) with the mapping in ``<file>_fields.csv``;
* ``geojson``: RFC 7946 (WGS84 longitude/latitude, whatever the CRS chosen), a file per layer with geometry;
* ``kml``: WGS84, a file per layer with geometry;
* ``dxf``: one drawing, districts and assets on named layers, for CAD offices;
* ``csv``: a file per table, in the Italian dialect (``;``, decimal comma) or the international one (``,``, ``.``);
  points get their coordinates in the chosen CRS;
* ``xlsx``: one workbook, a sheet per table.

Text a spreadsheet would run as a formula is neutralised in CSV and XLSX (:mod:`core.spreadsheet_safety`). Areas
are recomputed in the chosen CRS (planar for a projected CRS, ellipsoidal for a geographic one). Everything is
written in a temporary folder beside the destination and moved into place at the end: a failed or cancelled export
leaves nothing behind, and nothing is overwritten unless asked.
"""

from __future__ import annotations

import contextlib
import csv
import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import shapely
from osgeo import ogr, osr
from qgis.core import QgsCoordinateReferenceSystem, QgsDistanceArea, QgsProject

from ..core.field_names import truncated_names
from ..core.spreadsheet_safety import neutralised
from ..core.store_crs import store_epsg_for_longitudes
from ..core.text_keys import text_key
from ..qgis_enums import crs_wkt_for_gdal
from ..translation import tr
from .coordinate_arrays import WGS84 as WGS84_AUTHID
from .coordinate_arrays import transform_geometries
from .district_store import StoreError
from .measures import to_qgs_geometry

if TYPE_CHECKING:
    from collections.abc import Callable

    from .district_store import DistrictStore
    from .export_tables import ExportTable

FORMATS = ("gpkg", "shp", "geojson", "kml", "dxf", "csv", "xlsx")
CSV_DIALECTS = ("it", "international")
GAUSS_BOAGA = ("EPSG:3003", "EPSG:3004")
WGS84 = QgsCoordinateReferenceSystem(WGS84_AUTHID)
DXF_LAYERS = {"districts": "DISTRETTI", "assets": "BENI_CULTURALI"}
OGR_GEOMETRY = {"MultiPolygon": ogr.wkbMultiPolygon, "Point": ogr.wkbPoint, None: ogr.wkbNone}


class ExportCancelledError(StoreError):
    """The user cancelled: nothing was written."""


def base_name(names: list[str]) -> str:
    """``val_di_noto`` for one district, ``districts`` for several or all."""
    return text_key(names[0]).replace(" ", "_") if len(names) == 1 else "districts"


def default_crs(geometries: np.ndarray, source: QgsCoordinateReferenceSystem) -> QgsCoordinateReferenceSystem:
    """RDN2008 / UTM 32N, 33N or 34N (EPSG 7791–7793) for the districts' longitude (their centre)."""
    lonlat = transform_geometries(np.asarray(geometries, dtype=object), source, WGS84)
    minx, _, maxx, _ = shapely.total_bounds(lonlat)
    centre = (minx + maxx) / 2
    return QgsCoordinateReferenceSystem(f"EPSG:{store_epsg_for_longitudes(centre, centre)}")


def planned_files(formats: list[str], base: str, tables: list[ExportTable]) -> list[str]:
    """The files (names) an export will write, to refuse overwriting before anything is written."""
    spatial = [t.name for t in tables if t.geometries is not None]
    files = []
    for fmt in formats:
        if fmt in ("gpkg", "xlsx", "dxf"):
            files.append(f"{base}.{fmt}")
        elif fmt == "shp":
            for name in spatial:
                stem = f"{base}_{name}"
                files += [f"{stem}{ext}" for ext in (".shp", ".shx", ".dbf", ".prj", ".cpg")] + [f"{stem}_fields.csv"]
        elif fmt in ("geojson", "kml"):
            files += [f"{base}_{name}.{fmt}" for name in spatial]
        elif fmt == "csv":
            files += [f"{base}_{t.name}.csv" for t in tables]
    return files


def _srs(crs: QgsCoordinateReferenceSystem) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromWkt(crs.toWkt(crs_wkt_for_gdal()))
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _areas_km2(geometries: np.ndarray, crs: QgsCoordinateReferenceSystem) -> list[float | None]:
    """Areas in the chosen CRS: planar when projected, ellipsoidal when geographic."""
    if not crs.isGeographic():
        return [None if g is None or g.is_empty else g.area / 1e6 for g in geometries]
    measure = QgsDistanceArea()
    measure.setSourceCrs(crs, QgsProject.instance().transformContext())
    measure.setEllipsoid(crs.ellipsoidAcronym() or "EPSG:7019")
    return [None if g is None or g.is_empty else measure.measureArea(to_qgs_geometry(g)) / 1e6 for g in geometries]


def _in_crs(table: ExportTable, source, target) -> tuple[pd.DataFrame, np.ndarray | None]:
    """The table's frame (with ``area_km2`` for polygons, x/y for points) and its geometries in ``target``."""
    if table.geometries is None:
        return table.frame, None
    present = np.array([g is not None and not g.is_empty for g in table.geometries], dtype=bool)
    geometries = np.full(len(table.geometries), None, dtype=object)
    if present.any():
        geometries[present] = transform_geometries(np.asarray(table.geometries[present], dtype=object), source, target)
    frame = table.frame.copy()
    if table.geometry_type == "MultiPolygon":
        frame["area_km2"] = _areas_km2(geometries, target)
    return frame, geometries


def _field_type(series: pd.Series) -> int:
    if pd.api.types.is_bool_dtype(series) or pd.api.types.is_integer_dtype(series):
        return ogr.OFTInteger64
    if pd.api.types.is_float_dtype(series):
        return ogr.OFTReal
    return ogr.OFTString


def _plain(value):
    if isinstance(value, np.generic):
        value = value.item()
    if value is None or (isinstance(value, float) and value != value):
        return None
    return value


def _write_layer(ds, name, frame, geometries, geometry_type, srs, options=(), rename=None, safe=False, extra=None):
    """One OGR layer in one transaction; ``rename`` maps columns to field names; ``safe`` neutralises text;
    ``extra`` (field -> value) adds constant fields (the DXF's ``Layer``)."""
    layer = ds.CreateLayer(name, srs if geometry_type else None, OGR_GEOMETRY[geometry_type], options=list(options))
    if layer is None:
        raise StoreError(tr("{0}: layer {1} could not be created").format(ds.GetDescription(), name))
    rename = rename or {c: c for c in frame.columns}
    for column in frame.columns:
        layer.CreateField(ogr.FieldDefn(rename[column], _field_type(frame[column])))
    definition = layer.GetLayerDefn()
    indexes = [definition.GetFieldIndex(rename[c]) for c in frame.columns]
    wkbs = shapely.to_wkb(geometries) if geometries is not None else None
    layer.StartTransaction()
    for position, values in enumerate(frame.itertuples(index=False, name=None)):
        feature = ogr.Feature(definition)
        for index, value in zip(indexes, values):
            value = _plain(value)
            if value is None:
                continue
            feature.SetField(index, neutralised(value) if safe else value)
        for field, value in (extra or {}).items():
            feature.SetField(field, value)
        if wkbs is not None and wkbs[position] is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkb(wkbs[position]))
        layer.CreateFeature(feature)
    layer.CommitTransaction()


def _csv_value(value, decimal_comma):
    value = _plain(value)
    if value is None:
        return ""
    if isinstance(value, float):
        text = repr(value) if value != int(value) or abs(value) >= 1e15 else f"{value:.1f}"
        text = f"{value:.10g}" if "e" in text else text.rstrip("0").rstrip(".") if "." in text else text
        return text.replace(".", ",") if decimal_comma else text
    return neutralised(str(value))


def _write_csv(path, frame, geometries, geometry_type, dialect):
    columns = list(frame.columns)
    points = geometry_type == "Point" and geometries is not None
    if points:
        columns += ["x", "y"]
    decimal_comma = dialect == "it"
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";" if decimal_comma else ",")
        writer.writerow(columns)
        for position, values in enumerate(frame.itertuples(index=False, name=None)):
            row = [_csv_value(v, decimal_comma) for v in values]
            if points:
                point = geometries[position]
                located = point is not None and not point.is_empty
                row += [
                    _csv_value(point.x if located else None, decimal_comma),
                    _csv_value(point.y if located else None, decimal_comma),
                ]
            writer.writerow(row)


def write_export(
    store: DistrictStore,
    tables: list[ExportTable],
    formats: list[str],
    crs: QgsCoordinateReferenceSystem,
    folder: str | Path,
    base: str,
    dialect: str = "it",
    overwrite: bool = False,
    cancelled: Callable[[], bool] = lambda: False,
    progress: Callable[[float], None] = lambda percent: None,
) -> list[Path]:
    """Write the export; returns the files written. Refuses (StoreError) an unknown format, a missing or read-only
    folder and, without ``overwrite``, files that exist; raises ExportCancelledError when ``cancelled()`` turns true."""
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise StoreError(tr("Unknown export format(s) {0} (known: {1})").format(", ".join(unknown), ", ".join(FORMATS)))
    folder = Path(folder)
    if not folder.exists() and folder.parent.is_dir():
        folder.mkdir()
    if not folder.is_dir():
        raise StoreError(tr("{0}: no such folder").format(folder))
    if not os.access(folder, os.W_OK):
        raise StoreError(tr("{0}: the folder is read-only; choose another one").format(folder))
    files = planned_files(formats, base, tables)
    existing = [f for f in files if (folder / f).exists()]
    if existing and not overwrite:
        raise StoreError(
            tr("{0}: {1} already exist; allow overwriting or choose another folder").format(folder, ", ".join(existing))
        )
    work = Path(tempfile.mkdtemp(prefix=".cdp-export-", dir=folder))
    try:
        _write_all(store, tables, formats, crs, work, base, dialect, cancelled, progress)
        written = []
        for name in sorted(os.listdir(work)):
            os.replace(work / name, folder / name)
            written.append(folder / name)
        return written
    except OSError as error:
        raise StoreError(
            tr("{0}: the export could not be written ({1}); nothing was left behind").format(folder, error)
        ) from error
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _write_all(store, tables, formats, crs, work, base, dialect, cancelled, progress):
    source = store.crs
    in_target = {t.name: _in_crs(t, source, crs) for t in tables}
    wgs84 = {}
    for step, fmt in enumerate(formats):
        if cancelled():
            raise ExportCancelledError(tr("Export cancelled: nothing was written"))
        if fmt in ("geojson", "kml") and not wgs84:
            wgs84 = {t.name: _in_crs(t, source, WGS84) for t in tables}
        writer = {
            "gpkg": _gpkg,
            "shp": _shapefiles,
            "geojson": _geojson,
            "kml": _kml,
            "dxf": _dxf,
            "csv": _csvs,
            "xlsx": _xlsx,
        }[fmt]
        writer(tables, in_target if fmt not in ("geojson", "kml") else wgs84, crs, work, base, dialect)
        progress(100.0 * (step + 1) / len(formats))


def _dataset(driver, path):
    ds = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    if ds is None:
        raise StoreError(tr("{0}: could not be created").format(path))
    return ds


def _gpkg(tables, data, crs, work, base, dialect):
    path = work / f"{base}.gpkg"
    ds = _dataset("GPKG", path)
    srs = _srs(crs)
    for table in tables:
        frame, geometries = data[table.name]
        description = TABLE_DESCRIPTIONS.get(table.name, "")
        _write_layer(ds, table.name, frame, geometries, table.geometry_type, srs, [f"DESCRIPTION={description}"])
    ds = None
    from .export_styles import style_export_gpkg

    style_export_gpkg(path, [t.name for t in tables])


def _shapefiles(tables, data, crs, work, base, dialect):
    srs = _srs(crs)
    for table in tables:
        frame, geometries = data[table.name]
        if geometries is None:
            continue
        stem = f"{base}_{table.name}"
        columns = [str(c) for c in frame.columns]
        rename = truncated_names(columns)
        ds = _dataset("ESRI Shapefile", work / f"{stem}.shp")
        _write_layer(ds, stem, frame, geometries, table.geometry_type, srs, ["ENCODING=UTF-8"], rename)
        ds = None
        with open(work / f"{stem}_fields.csv", "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(["field", "shapefile_field"])
            writer.writerows(rename.items())


def _geojson(tables, data, crs, work, base, dialect):
    for table in tables:
        frame, geometries = data[table.name]
        if geometries is None:
            continue
        ds = _dataset("GeoJSON", work / f"{base}_{table.name}.geojson")
        _write_layer(ds, table.name, frame, geometries, table.geometry_type, _srs(WGS84), ["RFC7946=YES"])
        ds = None


def _kml(tables, data, crs, work, base, dialect):
    for table in tables:
        frame, geometries = data[table.name]
        if geometries is None:
            continue
        ds = _dataset("KML", work / f"{base}_{table.name}.kml")
        name_field = "name" if "name" in frame.columns else "district" if "district" in frame.columns else None
        options = [f"NameField={name_field}"] if name_field else []
        _write_layer(ds, table.name, frame, geometries, table.geometry_type, _srs(WGS84), options)
        ds = None


def _dxf(tables, data, crs, work, base, dialect):
    """Districts and assets in one drawing, each on its named layer (DXF keeps geometry, not attributes)."""
    ds = _dataset("DXF", work / f"{base}.dxf")
    layer = ds.CreateLayer("entities", _srs(crs), ogr.wkbUnknown)
    definition = layer.GetLayerDefn()
    for table in tables:
        if table.name not in DXF_LAYERS:
            continue
        _, geometries = data[table.name]
        for geometry in shapely.to_wkb(geometries):
            if geometry is None:
                continue
            feature = ogr.Feature(definition)
            feature.SetField("Layer", DXF_LAYERS[table.name])
            feature.SetGeometry(ogr.CreateGeometryFromWkb(geometry))
            layer.CreateFeature(feature)
    ds = None


def _csvs(tables, data, crs, work, base, dialect):
    for table in tables:
        frame, geometries = data[table.name]
        _write_csv(work / f"{base}_{table.name}.csv", frame, geometries, table.geometry_type, dialect)


def _xlsx(tables, data, crs, work, base, dialect):
    ds = _dataset("XLSX", work / f"{base}.xlsx")
    for table in tables:
        frame, _ = data[table.name]
        _write_layer(ds, table.name, frame, None, None, None, safe=True)
    ds = None
    with contextlib.suppress(FileNotFoundError):  # OGR leaves no side files, but be sure nothing else is moved
        os.unlink(work / f"{base}.xlsx.aux.xml")


TABLE_DESCRIPTIONS = {
    "districts": "Cultural districts",
    "members": "Member municipalities of the districts (ISTAT)",
    "assets": "Heritage assets inside the districts",
    "stakeholders": "Stakeholders of the districts",
    "commitments": "Funding commitments to the districts",
    "findings": "Findings of the latest check run",
}
