"""Distance from many points to one polygon's boundary, for the points within a distance of it (near misses).

Points are sampled along every segment of the boundary, at most *s* apart and both ends included; a KD-tree of
the samples answers "how far is the nearest sample" for a million points in a fraction of a second. Since every
point of a segment lies within *s* / 2 of one of that segment's samples:

* a point farther than ``max_distance`` + *s* from every sample is farther than ``max_distance`` from the
  boundary (sifted out);
* for the others, the exact distance to the segments of their *k* nearest samples is computed (numpy, GEOS's
  point-to-segment formula); when the *k*-th sample is farther than that distance + *s* / 2, the nearest segment
  is certainly among them; otherwise (a boundary folding on itself near the point) the same with the
  segments of its :data:`MORE_SAMPLES` nearest samples, and for the few points still unsure GEOS's own
  distance, through an STRtree of the segments.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np
import shapely
from scipy.spatial import cKDTree

from .district_geometry import boundary_segments_xy, distance_to_boundary

SAMPLES_PER_DISTANCE = 10  # samples per max_distance along the boundary, at least
MIN_SPACING = 25.0  # metres (or the CRS's unit) between samples at least
MAX_SAMPLES = 2_000_000  # along one boundary at most (a longer one gets sparser samples, same result)
NEAREST_SAMPLES = 16  # k: the samples whose segments are measured exactly
MORE_SAMPLES = 64  # k for the points those leave unsure, before GEOS measures the few left


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


@dataclass
class BoundarySamples:
    """Points along every segment of a boundary, at most :attr:`spacing` apart, both ends of each included."""

    starts: np.ndarray  # (segments, 2)
    ends: np.ndarray  # (segments, 2)
    spacing: float
    points: np.ndarray  # (samples, 2)
    segment_of: np.ndarray  # the segment of each sample

    @cached_property
    def tree(self) -> cKDTree:
        return cKDTree(self.points)


def boundary_samples(area: shapely.Geometry, max_distance: float) -> BoundarySamples:
    """The samples of ``area``'s boundary that measure distances up to ``max_distance`` (spacing: a tenth of it,
    at least :data:`MIN_SPACING`, sparser along a boundary longer than :data:`MAX_SAMPLES` spacings)."""
    starts, ends = boundary_segments_xy(area)
    lengths = np.sqrt(((ends - starts) ** 2).sum(axis=1))
    spacing = max(max_distance / SAMPLES_PER_DISTANCE, MIN_SPACING, float(lengths.sum()) / MAX_SAMPLES)
    intervals = np.maximum(1, np.ceil(lengths / spacing)).astype(np.int64)
    segment_of = np.repeat(np.arange(len(starts)), intervals + 1)  # both ends of every segment are samples
    first = np.repeat(np.cumsum(intervals + 1) - (intervals + 1), intervals + 1)
    t = ((np.arange(len(segment_of)) - first) / intervals[segment_of])[:, None]
    points = starts[segment_of] + t * (ends[segment_of] - starts[segment_of])
    return BoundarySamples(starts, ends, spacing, points.reshape(-1, 2), segment_of)


def distances_within(
    area: shapely.Geometry, coordinates: np.ndarray, max_distance: float, samples: BoundarySamples | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """``(indices, distances)`` of the points (``(n, 2)``, finite) within ``max_distance`` of ``area``'s boundary
    (inclusive), in the points' order; distances exact (GEOS's point-to-segment distance). ``samples``: the
    boundary's, when the caller has them (:func:`boundary_samples` with the same ``max_distance``)."""
    coordinates = np.asarray(coordinates, dtype=float).reshape(-1, 2)
    samples = boundary_samples(area, max_distance) if samples is None else samples
    starts, ends, spacing, segment_of = samples.starts, samples.ends, samples.spacing, samples.segment_of
    if not len(coordinates) or not len(starts):
        return np.empty(0, dtype=np.int64), np.empty(0)
    tree = samples.tree

    reach = max_distance + spacing
    nearest, _ = tree.query(coordinates, distance_upper_bound=reach)
    kept = np.flatnonzero(nearest <= reach)
    if not len(kept):
        return kept.astype(np.int64), np.empty(0)
    distance = np.empty(len(kept))
    unsure = np.arange(len(kept))
    for wanted in (NEAREST_SAMPLES, MORE_SAMPLES):
        k = min(wanted, len(samples.points))
        measured_points = coordinates[kept[unsure]]
        sample_distance, sample = tree.query(measured_points, k=k)
        sample_distance, sample = sample_distance.reshape(len(unsure), k), sample.reshape(len(unsure), k)
        segment = segment_of[sample]
        measured = point_segment_distance(measured_points[:, None, :], starts[segment], ends[segment]).min(axis=1)
        distance[unsure] = measured
        if k == len(samples.points):  # every segment measured
            return _within(kept, distance, max_distance)
        unsure = unsure[~(sample_distance[:, -1] > measured + spacing / 2)]
        if not len(unsure):
            return _within(kept, distance, max_distance)
    distance[unsure] = distance_to_boundary(area, coordinates[kept[unsure]])
    return _within(kept, distance, max_distance)


def _within(kept: np.ndarray, distance: np.ndarray, max_distance: float) -> tuple[np.ndarray, np.ndarray]:
    within = distance <= max_distance
    return kept[within].astype(np.int64), distance[within]
