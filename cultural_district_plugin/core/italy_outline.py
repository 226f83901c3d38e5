"""Italy's territory, for telling whether a longitude/latitude can be an Italian place at all.

The outline (``resources/reference/italy_outline.geojson``, built by ``scripts/build_italy_outline.py``
from the ISTAT 2023 regions) is Italy with its territorial sea (12 nautical miles, where underwater heritage
lies), San Marino and the Vatican City included: a point in Malta, Ajaccio or Paris lies outside, a wreck
off Syracuse or a lighthouse on an Italian islet inside. Foreign places within 22 km of the land border pass
this test; the store's municipalities then flag them.
"""

from __future__ import annotations

import json
from functools import lru_cache

import numpy as np
import shapely

# Italy with its islands (lon, lat), generous by a few km: a quick first test
ITALY_BOUNDS = (6.55, 35.45, 18.6, 47.1)


@lru_cache(maxsize=4)
def load_outline(path: str) -> shapely.Geometry:
    """The outline polygon (lon/lat) of a GeoJSON file, prepared for repeated point tests."""
    with open(path, encoding="utf-8") as handle:
        collection = json.load(handle)
    geometry = shapely.union_all([shapely.from_geojson(json.dumps(f["geometry"])) for f in collection["features"]])
    shapely.prepare(geometry)
    return geometry


def in_italy(lon, lat, outline=None) -> np.ndarray:
    """Boolean array: which longitude/latitude pairs lie in Italy (within its bounding box when no outline is
    given; NaN is never inside)."""
    lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    west, south, east, north = ITALY_BOUNDS
    inside = (lon >= west) & (lon <= east) & (lat >= south) & (lat <= north)
    if outline is not None and inside.any():
        inside[inside] = shapely.intersects_xy(outline, lon[inside], lat[inside])  # the outline's edge counts
    return inside
