"""Where assets lie: one municipality per asset, districts covering assets (border counts as inside)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import shapely

if TYPE_CHECKING:
    from collections.abc import Sequence


def point_polygon_pairs(points: np.ndarray, polygons: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(point index, polygon index)`` of every polygon covering a point (border included): candidates by
    bounding box from an STRtree, then one vectorised test of each candidate against its prepared polygon —
    several times faster than the tree's own predicate on large polygons (provinces, regions)."""
    points = np.asarray(points, dtype=object)
    polygons = np.asarray(polygons, dtype=object)
    if len(points) == 0 or len(polygons) == 0:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    point_idx, polygon_idx = shapely.STRtree(polygons).query(points)
    if len(point_idx) == 0:
        return point_idx.astype(np.int64), polygon_idx.astype(np.int64)
    shapely.prepare(polygons)
    x, y = shapely.get_x(points), shapely.get_y(points)
    # tested polygon by polygon: each prepared polygon's index stays in the processor's cache (4x faster for a
    # million points in the municipalities of Italy); the pairs are returned in the tree's order
    by_polygon = np.argsort(polygon_idx, kind="stable")
    hit = shapely.intersects_xy(polygons[polygon_idx[by_polygon]], x[point_idx[by_polygon]], y[point_idx[by_polygon]])
    kept = np.sort(by_polygon[hit])
    return point_idx[kept].astype(np.int64), polygon_idx[kept].astype(np.int64)


def unit_of_points(points: np.ndarray, unit_geometries: np.ndarray, unit_keys: Sequence) -> np.ndarray:
    """Index of the unit holding each point, -1 when no unit holds it.

    A point on a shared border (or in an overlap) goes to the unit with the lowest key (the ISTAT code), so
    every point belongs to exactly one unit. Vectorised through an STRtree query.
    """
    points = np.asarray(points, dtype=object)
    result = np.full(len(points), -1, dtype=np.int64)
    if len(points) == 0 or len(unit_keys) == 0:
        return result
    point_idx, unit_idx = point_polygon_pairs(points, unit_geometries)
    if len(point_idx) == 0:
        return result
    rank = np.empty(len(unit_keys), dtype=np.int64)  # each unit's place in key order, to sort pairs by integers
    rank[np.argsort(np.asarray(unit_keys, dtype=object).astype(str), kind="stable")] = np.arange(len(unit_keys))
    order = np.lexsort((rank[unit_idx], point_idx))  # by point, then by key ascending
    by_point = point_idx[order]
    chosen = order[np.flatnonzero(np.r_[True, by_point[1:] != by_point[:-1]])]  # the first pair of each point
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
    return point_polygon_pairs(points, areas)


def covered_mask(area: shapely.Geometry, points: np.ndarray) -> np.ndarray:
    """Boolean mask of the points covered by ``area`` (interior or boundary)."""
    points = np.asarray(points, dtype=object)
    if len(points) == 0 or area.is_empty:
        return np.zeros(len(points), dtype=bool)
    shapely.prepare(area)
    return shapely.covers(area, points)
