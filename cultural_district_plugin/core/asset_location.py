"""Where assets lie: one municipality per asset, districts covering assets (border counts as inside)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import shapely

if TYPE_CHECKING:
    from collections.abc import Sequence


def unit_of_points(points: np.ndarray, unit_geometries: np.ndarray, unit_keys: Sequence) -> np.ndarray:
    """Index of the unit holding each point, -1 when no unit holds it.

    A point on a shared border (or in an overlap) goes to the unit with the lowest key (the ISTAT code), so
    every point belongs to exactly one unit. Vectorised through an STRtree query.
    """
    points = np.asarray(points, dtype=object)
    result = np.full(len(points), -1, dtype=np.int64)
    if len(points) == 0 or len(unit_keys) == 0:
        return result
    tree = shapely.STRtree(np.asarray(unit_geometries, dtype=object))
    point_idx, unit_idx = tree.query(points, predicate="intersects")
    if len(point_idx) == 0:
        return result
    keys = np.asarray(unit_keys, dtype=object)[unit_idx].astype(str)
    order = np.lexsort((keys, point_idx))  # by point, then by key ascending
    first = np.unique(point_idx[order], return_index=True)[1]
    chosen = order[first]
    result[point_idx[chosen]] = unit_idx[chosen]
    return result


def assign_to_units(points: np.ndarray, unit_geometries: np.ndarray, unit_codes: Sequence[str]) -> np.ndarray:
    """ISTAT code of the unit holding each point, or ``None`` when no unit holds it (lowest code on borders)."""
    codes = np.asarray(unit_codes, dtype=object)
    index = unit_of_points(points, unit_geometries, codes)
    result = np.full(len(index), None, dtype=object)
    found = index >= 0
    result[found] = codes[index[found]].astype(str)
    return result


def points_in_areas(points: np.ndarray, areas: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(point index, area index)`` pairs: each area covers its points, border included (areas may overlap)."""
    points = np.asarray(points, dtype=object)
    areas = np.asarray(areas, dtype=object)
    if len(points) == 0 or len(areas) == 0:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    point_idx, area_idx = shapely.STRtree(areas).query(points, predicate="intersects")
    return point_idx.astype(np.int64), area_idx.astype(np.int64)


def covered_mask(area: shapely.Geometry, points: np.ndarray) -> np.ndarray:
    """Boolean mask of the points covered by ``area`` (interior or boundary)."""
    points = np.asarray(points, dtype=object)
    if len(points) == 0 or area.is_empty:
        return np.zeros(len(points), dtype=bool)
    shapely.prepare(area)
    return shapely.covers(area, points)
