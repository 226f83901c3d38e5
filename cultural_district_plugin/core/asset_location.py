"""Where assets lie: one municipality per asset, districts covering assets (border counts as inside)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import shapely

if TYPE_CHECKING:
    from collections.abc import Sequence


def assign_to_units(points: np.ndarray, unit_geometries: np.ndarray, unit_codes: Sequence[str]) -> np.ndarray:
    """ISTAT code of the unit holding each point, or ``None`` when no unit holds it.

    A point on a shared border (or in an overlap) goes to the lowest code, so every asset belongs to
    exactly one municipality. Vectorised through an STRtree query.
    """
    points = np.asarray(points, dtype=object)
    codes = np.asarray(unit_codes, dtype=object)
    result = np.full(len(points), None, dtype=object)
    if len(points) == 0 or len(codes) == 0:
        return result
    tree = shapely.STRtree(np.asarray(unit_geometries, dtype=object))
    point_idx, unit_idx = tree.query(points, predicate="intersects")
    if len(point_idx) == 0:
        return result
    pair_codes = codes[unit_idx].astype(str)
    order = np.lexsort((pair_codes, point_idx))  # by point, then by code ascending
    first = np.unique(point_idx[order], return_index=True)[1]
    chosen = order[first]
    result[point_idx[chosen]] = pair_codes[chosen]
    return result


def covered_mask(area: shapely.Geometry, points: np.ndarray) -> np.ndarray:
    """Boolean mask of the points covered by ``area`` (interior or boundary)."""
    points = np.asarray(points, dtype=object)
    if len(points) == 0 or area.is_empty:
        return np.zeros(len(points), dtype=bool)
    shapely.prepare(area)
    return shapely.covers(area, points)
