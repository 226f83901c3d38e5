"""Distances from points to a polygon's boundary within a distance (the near misses' measure) equal GEOS's."""

import numpy as np
import pytest
import shapely

from cultural_district_plugin.core import boundary_distance
from cultural_district_plugin.core.boundary_distance import distances_within, point_segment_distance


def expected(area, coordinates, limit):
    """The points within ``limit`` of ``area``'s boundary and their distance, by GEOS's own distance."""
    distance = shapely.distance(shapely.boundary(area), shapely.points(coordinates))
    found = np.flatnonzero(distance <= limit)
    return found, distance[found]


def crinkled(cx, cy, radius, vertices, seed=3):
    """A dense, wiggly ring: vertices a few metres apart, as municipal boundaries are."""
    rng = np.random.default_rng(seed)
    angles = np.linspace(0, 2 * np.pi, vertices, endpoint=False)
    r = radius * (1 + 0.15 * np.sin(7 * angles) + 0.01 * rng.random(vertices))
    return shapely.Polygon(np.column_stack([cx + r * np.cos(angles), cy + r * np.sin(angles)]))


def test_point_segment_distance_is_geos():
    rng = np.random.default_rng(7)
    starts, ends, points = (rng.uniform(-100, 100, (2000, 2)) for _ in range(3))
    ends[:50] = starts[:50]  # degenerate segments: a point
    got = point_segment_distance(points, starts, ends)
    lines = shapely.linestrings(np.stack([starts, ends], axis=1))
    lines[:50] = shapely.points(starts[:50])
    assert np.allclose(got, shapely.distance(lines, shapely.points(points)), rtol=0, atol=1e-12)


@pytest.mark.parametrize(
    "area",
    [
        shapely.box(0, 0, 5000, 3000),  # long straight edges: samples between the vertices
        shapely.difference(crinkled(0, 0, 5000, 4000), crinkled(0, 0, 1500, 1500)),  # dense, with a hole
        shapely.MultiPolygon([shapely.box(0, 0, 1000, 1000), shapely.box(1500, 0, 2500, 1000)]),  # two parts
    ],
)
def test_distances_within_equal_geos(area):
    rng = np.random.default_rng(11)
    minx, miny, maxx, maxy = area.bounds
    coordinates = rng.uniform([minx - 3000, miny - 3000], [maxx + 3000, maxy + 3000], (20000, 2))
    found, distance = distances_within(area, coordinates, 2000.0)
    want, want_distance = expected(area, coordinates, 2000.0)
    assert len(want) > 1000 and len(want) < len(coordinates)
    assert np.array_equal(found, want)
    assert np.allclose(distance, want_distance, rtol=0, atol=1e-9)


def test_the_bound_is_inclusive_and_exact():
    """A point exactly at the distance is within it; one a micrometre beyond is not; one on the boundary is at 0;
    points just beyond the samples' reach (the sifting) stay out."""
    area = shapely.box(0, 0, 10000, 10000)
    coordinates = np.array([[12000.0, 5000.0], [12000.000001, 5000.0], [10000.0, 5000.0], [12200.0, 5000.0]])
    found, distance = distances_within(area, coordinates, 2000.0)
    assert found.tolist() == [0, 2] and distance.tolist() == [2000.0, 0.0]


def counting_fallback(monkeypatch):
    """The points measured by GEOS's tree rather than by their nearest samples, as they are asked."""
    asked = []
    exact = boundary_distance.distance_to_boundary
    monkeypatch.setattr(
        boundary_distance,
        "distance_to_boundary",
        lambda area, points: asked.extend(map(tuple, points)) or exact(area, points),
    )
    return asked


def test_a_folded_boundary_is_measured_by_geos(monkeypatch):
    """Where the nearest samples may all belong to farther segments (a narrow inlet of a dense boundary), the
    distance is GEOS's through the segments' tree: same answers either way."""
    asked = counting_fallback(monkeypatch)
    inlet = shapely.difference(crinkled(0, 0, 5000, 6000), shapely.box(-20, -6000, 20, 0))
    coordinates = np.random.default_rng(5).uniform(-7000, 7000, (20000, 2))
    found, distance = distances_within(inlet, coordinates, 2000.0)
    want, want_distance = expected(inlet, coordinates, 2000.0)
    assert len(asked) > 100  # the exact fallback was taken for many points
    assert np.array_equal(found, want)
    assert np.allclose(distance, want_distance, rtol=0, atol=1e-9)


def test_sampled_edges_settle_most_points(monkeypatch):
    """A square's edges are sampled; their nearest samples settle the distance of all but a few points (near the
    corners, where two edges are about as near)."""
    asked = counting_fallback(monkeypatch)
    square = shapely.box(0, 0, 10000, 10000)
    coordinates = np.random.default_rng(2).uniform(-3000, 13000, (5000, 2))
    found, distance = distances_within(square, coordinates, 2000.0)
    want, want_distance = expected(square, coordinates, 2000.0)
    assert np.array_equal(found, want) and np.allclose(distance, want_distance, rtol=0, atol=1e-9)
    assert len(asked) < 0.02 * len(want)


def test_nothing_to_measure():
    assert [len(a) for a in distances_within(shapely.Polygon(), np.array([[0.0, 0.0]]), 10.0)] == [0, 0]
    assert [len(a) for a in distances_within(shapely.box(0, 0, 1, 1), np.empty((0, 2)), 10.0)] == [0, 0]
    far = distances_within(shapely.box(0, 0, 1, 1), np.array([[1e6, 1e6]]), 10.0)
    assert [len(a) for a in far] == [0, 0]
