"""District geometry derived from member units: repair, dissolve, parts and holes (shapely 2, vectorised)."""

from __future__ import annotations

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon

from .worker_threads import map_in_threads


def polygonal_part(geometry: shapely.Geometry | None) -> MultiPolygon:
    """The polygonal part of ``geometry`` as a MultiPolygon (empty when it has none).

    ``make_valid`` may return a GeometryCollection holding lines or points beside the polygons; those
    have no area and are dropped.
    """
    if geometry is None or geometry.is_empty:
        return MultiPolygon()
    if isinstance(geometry, Polygon):
        return MultiPolygon([geometry])
    if isinstance(geometry, MultiPolygon):
        return geometry
    polygons = []
    for part in shapely.get_parts(geometry):
        if isinstance(part, (Polygon, MultiPolygon)):
            polygons.extend(shapely.get_parts(part))
    return MultiPolygon(polygons)


def repaired(geometries: np.ndarray) -> np.ndarray:
    """Copy of the geometry array with invalid members made valid (polygonal part kept)."""
    geometries = np.asarray(geometries, dtype=object)
    result = geometries.copy()
    invalid = ~shapely.is_valid(geometries)
    if invalid.any():
        result[invalid] = [polygonal_part(g) for g in shapely.make_valid(geometries[invalid])]
    return result


STRIPS = 4  # a large union is taken as this many west-to-east strips, side by side on the cores, then joined
# units from which the strips pay, on 2 cores: Italy's 7,899 municipalities 2.2 -> 1.4 s, Piedmont's 1,179
# 0.28 -> 0.18 s, a province's 300 0.065 -> 0.046 s
STRIPS_FROM = 200


def dissolve(geometries: np.ndarray) -> MultiPolygon:
    """Union of the unit geometries as one MultiPolygon (invalid inputs are repaired first)."""
    geometries = repaired(geometries)
    if len(geometries) == 0:
        return MultiPolygon()
    return polygonal_part(_union(geometries))


def _union(geometries: np.ndarray) -> shapely.Geometry:
    """The union; of many units, by strips (sorted by the middle of their extent from west to east) unioned in
    worker threads, then the strips' unions joined: the same set as one union of everything."""
    if len(geometries) < STRIPS_FROM:
        return shapely.union_all(geometries)
    bounds = shapely.bounds(geometries)
    strips = np.array_split(np.argsort(bounds[:, 0] + bounds[:, 2], kind="stable"), STRIPS)
    return shapely.union_all(map_in_threads(lambda strip: shapely.union_all(geometries[strip]), strips))


def boundary_segments_xy(area: shapely.Geometry) -> tuple[np.ndarray, np.ndarray]:
    """``(starts, ends)``: the ``(n, 2)`` end points of the straight segments of ``area``'s rings."""
    starts, ends = [], []
    if area is not None and not area.is_empty:
        for ring in shapely.get_rings(shapely.get_parts(area)):
            coordinates = shapely.get_coordinates(ring)
            if len(coordinates) > 1:
                starts.append(coordinates[:-1])
                ends.append(coordinates[1:])
    if not starts:
        return np.empty((0, 2)), np.empty((0, 2))
    return np.concatenate(starts), np.concatenate(ends)


def boundary_segments(area: shapely.Geometry) -> np.ndarray:
    """The straight segments of ``area``'s rings, as two-point linestrings."""
    starts, ends = boundary_segments_xy(area)
    if not len(starts):
        return np.empty(0, dtype=object)
    return shapely.linestrings(np.stack([starts, ends], axis=1))


def distance_to_boundary(area: shapely.Geometry, coordinates: np.ndarray) -> np.ndarray:
    """Distance from each point (``(n, 2)`` coordinates, inside or outside ``area``) to ``area``'s boundary: to its
    nearest segment, found through an STRtree of the segments (GEOS's distance to a whole boundary visits every
    vertex for every point)."""
    coordinates = np.asarray(coordinates, dtype=float).reshape(-1, 2)
    segments = boundary_segments(area)
    if not len(coordinates) or not len(segments):
        return np.full(len(coordinates), np.inf)
    (found, _), distance = shapely.STRtree(segments).query_nearest(
        shapely.points(coordinates), return_distance=True, all_matches=False
    )
    result = np.full(len(coordinates), np.inf)
    result[found] = distance
    return result


def part_count(geometry: shapely.Geometry) -> int:
    """Number of polygons in a (multi)polygon."""
    return 0 if geometry.is_empty else int(shapely.get_num_geometries(geometry))


def hole_count(geometry: shapely.Geometry) -> int:
    """Number of interior rings over all parts."""
    if geometry.is_empty:
        return 0
    return int(shapely.get_num_interior_rings(shapely.get_parts(geometry)).sum())
