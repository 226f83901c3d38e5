"""What one check run computes once and several checks share: the repaired districts, the heritage assets inside
each district, each district's catchment.

Held per :class:`~.district_checks.DistrictCheckData` (the run's data) and dropped when those data go away; checks
of another run (another data object, e.g. a Processing run beside the panel's) compute their own. Finding the
assets of 107 districts among a million by one STRtree pass, instead of testing all the points against each district
in each check, is most of why the national check run went from 70 s to 40 s.
"""

from __future__ import annotations

import threading
import weakref
from typing import TYPE_CHECKING

import numpy as np
import shapely

from .asset_location import point_polygon_pairs
from .district_finding import present_districts
from .district_geometry import repaired

if TYPE_CHECKING:
    from collections.abc import Callable, Hashable

_HELD: dict[int, tuple[weakref.ref, dict]] = {}  # id(data) -> (weak reference to data, {key: value})
_LOCK = threading.Lock()


def _forget(key: int):
    def forget(_reference):
        with _LOCK:
            _HELD.pop(key, None)

    return forget


def shared(data, key: Hashable, compute: Callable[[], object]):
    """``compute()`` the first time a check of this run asks for ``key``, the same value afterwards."""
    with _LOCK:
        entry = _HELD.get(id(data))
        if entry is None or entry[0]() is not data:
            entry = (weakref.ref(data, _forget(id(data))), {})
            _HELD[id(data)] = entry
        values = entry[1]
        if key in values:
            return values[key]
    value = compute()  # outside the lock: two threads asking at once both compute, the same value
    with _LOCK:
        return values.setdefault(key, value)


def repaired_districts(data) -> np.ndarray:
    """The districts' geometries, invalid ones made valid (None where a district has no geometry)."""

    def compute():
        result = np.full(len(data.geometries), None, dtype=object)
        present = present_districts(data)
        if present:
            result[present] = repaired(np.asarray([data.geometries[i] for i in present], dtype=object))
        return result

    return shared(data, "repaired_districts", compute)


def assets_inside(data) -> dict[int, np.ndarray]:
    """``{district index: indexes of data.asset_points it covers, ascending}`` for every district with a geometry
    (border included: as :func:`.asset_location.covered_mask`). One STRtree pass over all the districts."""

    def compute():
        present = np.asarray(present_districts(data), dtype=np.int64)
        inside = {int(i): np.empty(0, dtype=np.int64) for i in present}
        if data.asset_points is None or not len(present):
            return inside
        points = np.asarray(data.asset_points, dtype=object)
        located = np.flatnonzero(~(shapely.is_missing(points) | shapely.is_empty(points)))
        point_idx, district_idx = point_polygon_pairs(points[located], repaired_districts(data)[present])
        order = np.lexsort((point_idx, district_idx))
        point_idx, district_idx = located[point_idx[order]], district_idx[order]
        starts = np.flatnonzero(np.r_[True, district_idx[1:] != district_idx[:-1]]) if len(order) else []
        for group in np.split(np.arange(len(order)), starts[1:] if len(starts) else []):
            if len(group):
                inside[int(present[district_idx[group[0]]])] = point_idx[group]
        return inside

    return shared(data, "assets_inside", compute)
