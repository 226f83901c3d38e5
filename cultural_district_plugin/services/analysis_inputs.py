"""What the analysis algorithms work on: units, points and areas from the open store by default, or from any
layers given as parameters, read into shapely arrays in one projected CRS (docs/methods.md, "CRS and measures").

The CRS: the given layer's own when it is projected; else the store's; else the RDN2008 / UTM zone of the
data (RDN2008 / Italy zone when it spans zones). Never degrees.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import shapely
from qgis.core import QgsCoordinateReferenceSystem

from ..core.store_crs import store_epsg_for_longitudes
from ..translation import tr
from .district_store import StoreError
from .layer_reader import FID_FILTER_MAX, fid_filters, read_layer

if TYPE_CHECKING:
    from qgis.core import QgsVectorLayer

    from .district_store import DistrictStore

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


@dataclass
class Features:
    """Features read for an analysis: attributes, geometries in :attr:`crs`, and where they came from."""

    table: pd.DataFrame  # fid plus the requested fields
    geometries: np.ndarray
    crs: QgsCoordinateReferenceSystem
    source: str  # a layer name, or "store:<table>"


def analysis_crs(layers: list, store: DistrictStore | None) -> QgsCoordinateReferenceSystem:
    """The projected CRS to measure in (see the module docstring)."""
    given = [layer for layer in layers if layer is not None]
    for layer in given:
        if layer.crs().isValid() and not layer.crs().isGeographic():
            return layer.crs()
    if store is not None:
        return store.crs
    for layer in given:
        if not layer.crs().isValid():
            raise StoreError(
                tr(
                    "layer {0!r} has no coordinate reference system; state it (Layer Properties ▸ "
                    "Source) before measuring"
                ).format(layer.name())
            )
    if not given:
        raise StoreError(tr("Give a district project store or the layers to analyse"))
    _, geometries = read_layer(given[0], WGS84, fields=[])
    xmin, _, xmax, _ = shapely.total_bounds(geometries)
    return QgsCoordinateReferenceSystem(f"EPSG:{store_epsg_for_longitudes(xmin, xmax)}")


def read_features(
    layer: QgsVectorLayer | None,
    store: DistrictStore | None,
    table: str,
    crs: QgsCoordinateReferenceSystem,
    fields: list[str],
    store_fields: list[str] | None = None,
) -> Features:
    """The given layer's features, or else the store's ``table``, in ``crs``."""
    if layer is not None:
        frame, geometries = read_layer(layer, crs, fields)
        return Features(frame, geometries, crs, layer.name())
    if store is None:
        raise StoreError(tr("Give a district project store, or the {0} layer").format(table))
    frame, geometries = store.read_table(table, store_fields if store_fields is not None else fields)
    if store.crs.authid() != crs.authid():
        from .coordinate_arrays import transform_geometries

        geometries = transform_geometries(geometries, store.crs, crs)
    return Features(frame, geometries, crs, f"store:{table}")


def read_attributes(
    layer: QgsVectorLayer | None,
    store: DistrictStore | None,
    table: str,
    fids: np.ndarray,
    fields: list[str] | None,
    store_fields: list[str] | None = None,
) -> pd.DataFrame:
    """The attributes (``fid`` and ``fields``; all a layer has when None) of the features ``fids`` of the given
    layer, or else of the store's ``table``, one row per id in the order given (an id given twice, twice): what
    an output carries of a few of a million features is read for those only."""
    from ..core.frame_rows import rows_of, sorted_by, stacked

    fids = np.asarray(fids, dtype=np.int64)
    wanted = np.unique(fids)
    if layer is not None:
        frame, _ = read_layer(layer, None, fields, fids=wanted)
        frame = sorted_by(frame, "fid")  # QGIS gives a provider's own order
    else:
        columns = store_fields if store_fields is not None else fields
        if len(wanted) > FID_FILTER_MAX:  # most of a large table: one read of every row, then the rows wanted
            frame, _ = store.read_table(table, columns, geometry=False)
            frame = rows_of(frame, np.isin(frame["fid"].to_numpy(), wanted))
        else:
            parts = [store.read_table(table, columns, geometry=False, where=w)[0] for w in fid_filters(wanted)]
            frame = sorted_by(stacked(parts), "fid")
    found = frame["fid"].to_numpy(dtype=np.int64)
    positions = np.searchsorted(found, fids)
    if len(fids) and ((positions >= len(found)).any() or not np.array_equal(found[positions], fids)):
        source = layer.name() if layer is not None else f"store:{table}"
        raise StoreError(tr("{0}: features read a moment ago are gone; run the step again").format(source))
    return rows_of(frame, positions)


def valid_points(points: Features) -> np.ndarray:
    """Mask of the features with a non-empty point (polygons are not points: they are refused)."""
    geometries = points.geometries
    present = ~(shapely.is_missing(geometries) | shapely.is_empty(geometries))
    kinds = shapely.get_type_id(geometries[present])
    if len(kinds) and not np.isin(kinds, (0, 4)).all():  # Point, MultiPoint
        raise StoreError(tr("{0}: the points must be a point layer (found other geometries)").format(points.source))
    return present


def point_coordinates(points: Features, mask: np.ndarray | None = None) -> np.ndarray:
    """``(n, 2)`` coordinates of the points (the first point of a multipoint)."""
    return shapely.get_coordinates(single_points(points, mask))


def single_points(points: Features, mask: np.ndarray | None = None) -> np.ndarray:
    """The points as single points (the first point of a multipoint): the geometries themselves when they are all
    points already (no copy of a million geometries)."""
    geometries = points.geometries if mask is None else points.geometries[mask]
    if (shapely.get_type_id(geometries) == shapely.GeometryType.POINT).all():
        return geometries
    return shapely.get_geometry(geometries, 0)


def polygons_dissolved(features: Features) -> shapely.Geometry:
    """The union of the features' polygons (invalid ones repaired)."""
    from ..core.district_geometry import dissolve

    present = ~(shapely.is_missing(features.geometries) | shapely.is_empty(features.geometries))
    return dissolve(features.geometries[present])


def name_column(features: Features, name_field: str | None, default_field: str | None = None) -> pd.Series:
    """Names of the features: the given field, else a default field, else the feature ids."""
    field = name_field or default_field
    if field and field in features.table:
        return features.table[field].astype(str)
    return features.table["fid"].astype(str)
