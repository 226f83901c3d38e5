"""Distance from many points to one polygon's boundary, for the points within a distance of it (near misses).

Points are sampled along every segment of the boundary, at most *s* apart and both ends included; a KD-tree of
the samples answers "how far is the nearest sample" for a million points in a fraction of a second. Since every
point of a segment lies within *s* / 2 of one of that segment's samples:

* a point farther than ``max_distance`` + *s* from every sample is farther than ``max_distance`` from the
  boundary (sifted out);
* for the others, the exact distance to the segments of their *k* nearest samples is computed (numpy, GEOS's
  point-to-segment formula); when the *k*-th sample is farther than that distance + *s* / 2, the nearest segment
  is certainly among them; otherwise (a boundary folding on itself near the point) the distance is GEOS's own,
  through an STRtree of the segments.
"""

from __future__ import annotations

import numpy as np
import shapely
from scipy.spatial import cKDTree

from .district_geometry import boundary_segments_xy, distance_to_boundary

SAMPLES_PER_DISTANCE = 10  # samples per max_distance along the boundary, at least
MIN_SPACING = 25.0  # metres (or the CRS's unit) between samples at least
MAX_SAMPLES = 2_000_000  # along one boundary at most (a longer one gets sparser samples, same result)
NEAREST_SAMPLES = 16  # k: the samples whose segments are measured exactly


def point_segment_distance(points: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Distance from each point to its segment (arrays of ``(..., 2)``), by GEOS's formula
    (``Distance::pointToSegment``): to an end when the projection falls outside the segment, else to the line."""
    px, py = points[..., 0], points[..., 1]
    ax, ay, bx, by = starts[..., 0], starts[..., 1], ends[..., 0], ends[..., 1]
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    with np.errstate(divide="ignore", invalid="ignore"):
        r = ((px - ax) * dx + (py - ay) * dy) / length2
        across = np.abs(((ay - py) * dx - (ax - px) * dy) / length2) * np.sqrt(length2)
    to_start = np.sqrt((px - ax) ** 2 + (py - ay) ** 2)
    to_end = np.sqrt((px - bx) ** 2 + (py - by) ** 2)
    degenerate = length2 == 0
    return np.where(degenerate | (r <= 0), to_start, np.where(r >= 1, to_end, across))


def distances_within(
    area: shapely.Geometry, coordinates: np.ndarray, max_distance: float
) -> tuple[np.ndarray, np.ndarray]:
    """``(indices, distances)`` of the points (``(n, 2)``, finite) within ``max_distance`` of ``area``'s boundary
    (inclusive), in the points' order; distances exact (GEOS's point-to-segment distance)."""
    coordinates = np.asarray(coordinates, dtype=float).reshape(-1, 2)
    starts, ends = boundary_segments_xy(area)
    if not len(coordinates) or not len(starts):
        return np.empty(0, dtype=np.int64), np.empty(0)
    lengths = np.sqrt(((ends - starts) ** 2).sum(axis=1))
    spacing = max(max_distance / SAMPLES_PER_DISTANCE, MIN_SPACING, float(lengths.sum()) / MAX_SAMPLES)
    intervals = np.maximum(1, np.ceil(lengths / spacing)).astype(np.int64)
    segment_of = np.repeat(np.arange(len(starts)), intervals + 1)  # both ends of every segment are samples
    first = np.repeat(np.cumsum(intervals + 1) - (intervals + 1), intervals + 1)
    t = ((np.arange(len(segment_of)) - first) / intervals[segment_of])[:, None]
    samples = starts[segment_of] + t * (ends[segment_of] - starts[segment_of])
    tree = cKDTree(samples)

    reach = max_distance + spacing
    nearest, _ = tree.query(coordinates, distance_upper_bound=reach)
    kept = np.flatnonzero(nearest <= reach)
    if not len(kept):
        return kept.astype(np.int64), np.empty(0)
    k = min(NEAREST_SAMPLES, len(samples))
    sample_distance, sample = tree.query(coordinates[kept], k=k)
    sample_distance, sample = sample_distance.reshape(len(kept), k), sample.reshape(len(kept), k)
    segment = segment_of[sample]
    distance = point_segment_distance(coordinates[kept][:, None, :], starts[segment], ends[segment]).min(axis=1)
    unsure = np.flatnonzero(~(sample_distance[:, -1] > distance + spacing / 2))
    if len(unsure) and k < len(samples):
        distance[unsure] = distance_to_boundary(area, coordinates[kept[unsure]])
    within = distance <= max_distance
    return kept[within].astype(np.int64), distance[within]
