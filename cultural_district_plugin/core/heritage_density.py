"""Heritage density of a district against its territory's: one definition for the district summaries (panel,
dossier, `summarisedistricts`) and the `heritage_density` check (docs/methods.md, "Heritage density").

* Only assets with a location of their own count, on both sides: an asset placed approximately (at a point of its
  municipality, for want of coordinates) might fall either side of a drawn boundary.
* The **territory** is the store's municipalities (or the units a check is given). Its density is those assets
  located in them — each asset once, whatever borders it lies on — over the sum of their planar areas (ISTAT
  municipalities do not overlap: that is the area of their union, without dissolving 7,899 polygons).
* A **district's** density is those assets it covers (border included) over its planar area.
* Their ratio is a location quotient of heritage against land: above 1 the district concentrates heritage.
"""

from __future__ import annotations

import numpy as np
import shapely

from .asset_location import points_in_areas


def territory_km2(units: np.ndarray) -> float:
    """Planar area of the territory (km²): the sum of its units' areas (valid polygons: ``district_geometry.repaired``
    first when they may not be)."""
    units = np.asarray(units, dtype=object)
    return float(np.nansum(shapely.area(units))) / 1e6 if len(units) else 0.0


def located_in_units(points: np.ndarray, units: np.ndarray) -> int:
    """How many of ``points`` some unit covers (each point counted once; valid units, as above)."""
    point_index, _ = points_in_areas(points, np.asarray(units, dtype=object))
    return int(len(np.unique(point_index)))


def reference_density(located: int, area_km2: float) -> float:
    """Assets per km² of the territory; NaN when it has no area or no asset."""
    return located / area_km2 if area_km2 > 0 and located > 0 else float("nan")


def density_ratio(inside: int, area_m2: float, reference: float) -> float:
    """The district's assets per km² over the territory's (NaN without an area or a reference)."""
    if not area_m2 or not np.isfinite(reference) or reference <= 0:
        return float("nan")
    return (inside / (area_m2 / 1e6)) / reference
