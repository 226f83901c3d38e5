"""Read a QGIS vector layer into core inputs: a shapely array in a target CRS and a pandas table."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsProject,
    QgsProviderRegistry,
)
from qgis.PyQt.QtCore import QVariant

from ..translation import tr

if TYPE_CHECKING:
    from qgis.core import QgsVectorLayer


BULK_DRIVERS = ("GPKG", "GeoJSON", "FlatGeobuf", "SQLite")  # text is UTF-8 by definition (a shapefile's .cpg may lie)
# text in the encoding the layer declares (QGIS's default for them is UTF-8): read in bulk when it is UTF-8
DECLARED_ENCODING_DRIVERS = ("CSV",)


class LayerReadError(ValueError):
    """The layer cannot be read as asked (missing CRS, missing field, invalid source)."""


def _plain(value):
    """QGIS returns NULL as an invalid QVariant; the core wants None."""
    return None if isinstance(value, QVariant) else value


def read_layer(
    layer: QgsVectorLayer,
    target_crs: QgsCoordinateReferenceSystem | str | None,
    fields: list[str] | None = None,
    request: QgsFeatureRequest | None = None,
    assumed_crs: QgsCoordinateReferenceSystem | None = None,
    fids: np.ndarray | None = None,
) -> tuple[pd.DataFrame, np.ndarray]:
    """Features of ``layer`` as ``(table, geometries)``.

    ``table`` is a DataFrame with one row per feature (``fid`` plus the requested ``fields``, all fields
    when None); ``geometries`` a shapely array, transformed to ``target_crs`` by the data provider
    (all None for a table without geometry). ``target_crs=None`` reads coordinates as they are, which
    is the only way to read a layer without CRS, unless the user states it: ``assumed_crs`` is used for a
    layer without CRS (the layer itself is not changed). A layer without CRS is otherwise refused, never
    guessed. ``fids``: only those features (in the layer's order), without their geometries (all None).
    """
    if not layer.isValid():
        raise LayerReadError(tr("layer {0!r} is not valid: {1}").format(layer.name(), layer.source()))
    if isinstance(target_crs, str):
        target_crs = QgsCoordinateReferenceSystem(target_crs)
    own_transform = None
    if target_crs is not None and layer.isSpatial() and not layer.crs().isValid():
        if assumed_crs is None or not assumed_crs.isValid():
            raise LayerReadError(tr("layer {0!r} has no coordinate reference system; state it").format(layer.name()))
        own_transform = QgsCoordinateTransform(assumed_crs, target_crs, QgsProject.instance().transformContext())
    # a GeoPackage's own "fid" field is the feature id, which the table carries anyway
    names = [f.name() for f in layer.fields() if f.name() != "fid"] if fields is None else list(fields)
    missing = [n for n in names if layer.fields().indexOf(n) < 0]
    if missing:
        raise LayerReadError(tr("layer {0!r} has no field(s) {1}").format(layer.name(), ", ".join(missing)))
    if request is None and own_transform is None:
        bulk = _read_ogr_source(layer, names, target_crs, fids)
        if bulk is not None:
            return bulk
    request = QgsFeatureRequest(request) if request is not None else QgsFeatureRequest()
    request.setSubsetOfAttributes(names, layer.fields())
    if fids is not None:
        request.setFilterFids([int(f) for f in fids])
        request.setFlags(request.flags() | QgsFeatureRequest.Flag.NoGeometry)
    if layer.isSpatial() and target_crs is not None and own_transform is None:
        request.setDestinationCrs(target_crs, QgsProject.instance().transformContext())
    fids, rows, wkbs = [], [], []
    for feature in layer.getFeatures(request):
        fids.append(feature.id())
        rows.append([_plain(feature[n]) for n in names])
        geometry = feature.geometry()
        if own_transform is not None and not geometry.isNull():
            geometry.transform(own_transform)
        wkbs.append(None if geometry.isNull() else bytes(geometry.asWkb()))
    table = pd.DataFrame(rows, columns=names)
    table.insert(0, "fid", fids)
    return table, shapely.from_wkb(wkbs)


FID_FILTER_CHUNK = 50_000  # feature ids per attribute filter when only some features are read
FID_FILTER_MAX = 200_000  # more ids than this: every row is read and the wanted ones kept


def _read_ogr_source(
    layer: QgsVectorLayer, names: list[str], target_crs, fids: np.ndarray | None = None
) -> tuple[pd.DataFrame, np.ndarray] | None:
    """The layer read straight from its OGR source in bulk (then reprojected as arrays), or None when it cannot
    be (another provider, a field QGIS adds, a filter OGR would not understand). With ``fids``, only those
    features and no geometries: OGR's attribute filter ``FID IN (…)``, a chunk of ids at a time."""
    from osgeo import ogr

    from .coordinate_arrays import transform_geometries
    from .geopackage_table_read import read_rows

    if layer.providerType() != "ogr" or layer.isModified():  # unsaved edits live in QGIS's edit buffer only
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path")
    if not path:
        return None
    try:
        ds = ogr.Open(path)
    except RuntimeError:
        return None
    if ds is None or not _bulk_readable(layer, ds.GetDriver().GetName(), parts):
        return None
    source = ds.GetLayerByName(parts["layerName"]) if parts.get("layerName") else ds.GetLayer(parts.get("layerId") or 0)
    if source is None:
        return None
    definition = source.GetLayerDefn()
    if any(definition.GetFieldIndex(n) < 0 for n in names):
        return None
    subset = parts.get("subset")
    if subset and source.SetAttributeFilter(subset) != 0:
        return None
    geopackage = path if ds.GetDriver().GetName() == "GPKG" else None  # SQLite may read it (read_rows)
    if fids is not None:
        table, geometries = _read_fids(source, names, subset, fids, geopackage)
        ds = None
        return table, geometries
    table, geometries = read_rows(source, names, True, subset, geopackage)
    ds = None
    if layer.isSpatial() and target_crs is not None and target_crs.isValid() and target_crs != layer.crs():
        present = ~(shapely.is_missing(geometries) | shapely.is_empty(geometries))
        if present.any():
            geometries = geometries.copy()
            geometries[present] = transform_geometries(geometries[present], layer.crs(), target_crs)
    return table, geometries


def fid_filters(wanted: np.ndarray, subset: str | None = None) -> list[str]:
    """OGR attribute filters selecting the features ``wanted`` (unique ids), :data:`FID_FILTER_CHUNK` ids each
    (within ``subset``); none wanted: one filter nothing passes."""
    wanted = np.asarray(wanted, dtype=np.int64)
    chunks = [wanted[start : start + FID_FILTER_CHUNK] for start in range(0, len(wanted), FID_FILTER_CHUNK)]
    filters = [f"FID IN ({','.join(map(str, chunk.tolist()))})" for chunk in chunks] or ["FID < 0"]
    return [f"({subset}) AND {where}" for where in filters] if subset else filters


def _read_fids(
    source, names: list[str], subset: str | None, fids: np.ndarray, geopackage: str | None = None
) -> tuple[pd.DataFrame, np.ndarray]:
    """The features ``fids`` of the OGR layer ``source`` (within its ``subset``), attributes only, in fid order
    (``geopackage``: the layer's file, which SQLite may read, :func:`geopackage_table_read.read_rows`)."""
    from ..core.frame_rows import rows_of, sorted_by, stacked
    from .geopackage_table_read import read_rows

    def read(where):
        result = read_rows(source, names, False, where, geopackage)
        if result is None:
            raise LayerReadError(tr("layer {0!r} cannot be filtered by feature id").format(source.GetName()))
        return result[0]

    wanted = np.unique(np.asarray(fids, dtype=np.int64))
    if len(wanted) > FID_FILTER_MAX:  # most of a large layer: one read of every row, then the rows wanted
        table = read(subset)
        table = sorted_by(rows_of(table, np.isin(table["fid"].to_numpy(), wanted)), "fid")
        return table, np.full(len(table), None, dtype=object)
    parts = [read(where) for where in fid_filters(wanted, subset)]
    source.SetAttributeFilter(subset or None)
    table = sorted_by(stacked(parts), "fid") if parts else pd.DataFrame(columns=["fid", *names])
    return table, np.full(len(table), None, dtype=object)


def _bulk_readable(layer: QgsVectorLayer, driver: str, parts: dict) -> bool:
    """Whether OGR reads the source as QGIS does: text in UTF-8, and no open options QGIS would pass."""
    if parts.get("openOptions"):
        return False
    if driver in BULK_DRIVERS:
        return True
    encoding = layer.dataProvider().encoding().replace("-", "").replace("_", "").lower()
    return driver in DECLARED_ENCODING_DRIVERS and encoding == "utf8"
