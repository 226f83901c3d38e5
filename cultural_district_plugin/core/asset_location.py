"""Where assets lie: one municipality per asset, districts covering assets (border counts as inside)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import shapely

from .label_order import label_order
from .worker_threads import map_in_threads, thread_count

if TYPE_CHECKING:
    from collections.abc import Sequence


PARALLEL_FROM = 50_000  # points from which the tests are shared among the cores


def point_polygon_pairs(points: np.ndarray, polygons: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(point index, polygon index)`` of every polygon covering a point (border included): candidates by
    bounding box from an STRtree, then one vectorised test of each candidate against its prepared polygon —
    several times faster than the tree's own predicate on large polygons (provinces, regions).

    Many points are shared among the cores (:func:`.worker_threads.map_in_threads`): the tree queries by runs of
    points, each thread with a tree of its own; the tests by runs of polygons, so no prepared polygon is used by
    two threads. The pairs are the same, in the same order, as one thread gives (point order, then the tree's)."""
    points = np.asarray(points, dtype=object)
    polygons = np.asarray(polygons, dtype=object)
    if len(points) == 0 or len(polygons) == 0:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    runs = thread_count(len(points) // PARALLEL_FROM)
    trees = [shapely.STRtree(polygons) for _ in range(runs)]  # built here, each queried by one thread
    starts = np.linspace(0, len(points), runs + 1).astype(np.int64)

    def query(run):
        point_idx, polygon_idx = trees[run].query(points[starts[run] : starts[run + 1]])
        return point_idx + starts[run], polygon_idx

    found = map_in_threads(query, range(runs))
    point_idx = np.concatenate([p for p, _ in found]).astype(np.int64)
    polygon_idx = np.concatenate([q for _, q in found]).astype(np.int64)
    if len(point_idx) == 0:
        return point_idx, polygon_idx
    shapely.prepare(polygons)
    x, y = shapely.get_x(points), shapely.get_y(points)
    # tested polygon by polygon: each prepared polygon's index stays in the processor's cache (4x faster for a
    # million points in the municipalities of Italy)
    by_polygon = label_order(polygon_idx, len(polygons))
    in_order = polygon_idx[by_polygon]
    # as many pairs per run as can be, each polygon's pairs in one run
    cuts = np.searchsorted(in_order, in_order[np.linspace(0, len(in_order), runs + 1).astype(np.int64)[1:-1]])
    groups = np.split(by_polygon, cuts)

    def test(group):
        return group[shapely.intersects_xy(polygons[polygon_idx[group]], x[point_idx[group]], y[point_idx[group]])]

    kept = np.sort(np.concatenate(map_in_threads(test, groups)))
    return point_idx[kept], polygon_idx[kept]


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
