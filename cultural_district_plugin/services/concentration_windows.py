"""Windows and areas for the concentration statistics: a named district of the store, or polygon layers."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shapely

from ..core.district_geometry import dissolve
from ..core.text_keys import text_key
from ..translation import tr
from .district_store import StoreError

if TYPE_CHECKING:
    from qgis.core import QgsCoordinateReferenceSystem

    from .analysis_inputs import Features
    from .district_store import DistrictStore


def window_of(features: Features) -> shapely.Geometry:
    """The polygons of ``features`` dissolved into one window."""
    present = ~(shapely.is_missing(features.geometries) | shapely.is_empty(features.geometries))
    window = dissolve(features.geometries[present])
    if window.is_empty:
        raise StoreError(tr("{0}: the window has no polygon").format(features.source))
    return window


def district_window(store: DistrictStore, name: str, crs: QgsCoordinateReferenceSystem) -> shapely.Geometry:
    """The geometry of the store's district named ``name`` (case and accents ignored), in ``crs``."""
    from .analysis_inputs import read_features

    districts = read_features(None, store, "districts", crs, ["name"])
    keys = districts.table["name"].map(text_key)
    chosen = (keys == text_key(name)).to_numpy()
    if not chosen.any():
        raise StoreError(
            tr("No district named {0!r} in {1} (districts: {2})").format(
                name, store.path, ", ".join(districts.table["name"])
            )
        )
    geometry = districts.geometries[chosen][0]
    if geometry is None or geometry.is_empty:
        raise StoreError(tr("District {0!r} has no geometry").format(name))
    return dissolve([geometry])
