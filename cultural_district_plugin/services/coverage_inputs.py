"""Inputs the coverage algorithms share: population units with their residents, and points such as hubs."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import shapely

from ..translation import tr
from .analysis_inputs import read_features, valid_points
from .district_store import StoreError

if TYPE_CHECKING:
    from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer

    from .district_store import DistrictStore

DEFAULT_POPULATION_FIELD = "population"


def population_units(
    layer: QgsVectorLayer | None,
    store: DistrictStore | None,
    crs: QgsCoordinateReferenceSystem,
    field: str | None,
    warn,
) -> tuple[np.ndarray, np.ndarray] | tuple[None, None]:
    """``(polygons, residents)`` of the population layer, else of the store's municipalities; ``(None,
    None)`` when there is neither. Units without a figure count as 0 residents (``warn`` says how many)."""
    if layer is None and store is None:
        return None, None
    field = field or DEFAULT_POPULATION_FIELD
    units = read_features(layer, store, "municipalities", crs, [field] if layer is not None else None, ["population"])
    if field not in units.table:
        raise StoreError(tr("{0}: no population field {1!r}").format(units.source, field))
    residents = pd.to_numeric(units.table[field], errors="coerce").to_numpy(dtype=float)
    if np.isnan(residents).any():
        warn(
            tr("{0} population unit(s) have no figure and count as 0 residents").format(int(np.isnan(residents).sum()))
        )
    return units.geometries, np.nan_to_num(residents)


def points_of(layer: QgsVectorLayer | None, crs: QgsCoordinateReferenceSystem) -> np.ndarray | None:
    """The points of a layer (first point of multipoints) in ``crs``; None without a layer."""
    if layer is None:
        return None
    features = read_features(layer, None, "", crs, [])
    return shapely.get_geometry(features.geometries[valid_points(features)], 0)
