"""Read a QGIS vector layer into core inputs: a shapely array in a target CRS and a pandas table."""

import pandas as pd
import shapely
from qgis.core import QgsCoordinateReferenceSystem, QgsFeatureRequest, QgsProject
from qgis.PyQt.QtCore import QVariant


class LayerReadError(ValueError):
    """The layer cannot be read as asked (missing CRS, missing field, invalid source)."""


def _plain(value):
    """QGIS returns NULL as an invalid QVariant; the core wants None."""
    return None if isinstance(value, QVariant) else value


def read_layer(layer, target_crs, fields=None, request=None):
    """Features of ``layer`` as ``(table, geometries)``.

    ``table`` is a DataFrame with one row per feature (``fid`` plus the requested ``fields``, all fields
    when None); ``geometries`` a shapely array, transformed to ``target_crs`` by the data provider
    (all None for a table without geometry). ``target_crs=None`` reads coordinates as they are, which
    is the only way to read a layer without CRS.
    A layer without a valid CRS is refused rather than guessed.
    """
    if not layer.isValid():
        raise LayerReadError(f"layer {layer.name()!r} is not valid: {layer.source()}")
    if target_crs is not None and layer.isSpatial() and not layer.crs().isValid():
        raise LayerReadError(f"layer {layer.name()!r} has no coordinate reference system")
    # a GeoPackage's own "fid" field is the feature id, which the table carries anyway
    names = [f.name() for f in layer.fields() if f.name() != "fid"] if fields is None else list(fields)
    missing = [n for n in names if layer.fields().indexOf(n) < 0]
    if missing:
        raise LayerReadError(f"layer {layer.name()!r} has no field(s) {', '.join(missing)}")
    request = QgsFeatureRequest(request) if request is not None else QgsFeatureRequest()
    request.setSubsetOfAttributes(names, layer.fields())
    if layer.isSpatial() and target_crs is not None:
        if isinstance(target_crs, str):
            target_crs = QgsCoordinateReferenceSystem(target_crs)
        request.setDestinationCrs(target_crs, QgsProject.instance().transformContext())
    fids, rows, wkbs = [], [], []
    for feature in layer.getFeatures(request):
        fids.append(feature.id())
        rows.append([_plain(feature[n]) for n in names])
        geometry = feature.geometry()
        wkbs.append(None if geometry.isNull() else bytes(geometry.asWkb()))
    table = pd.DataFrame(rows, columns=names)
    table.insert(0, "fid", fids)
    return table, shapely.from_wkb(wkbs)
