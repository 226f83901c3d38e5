"""The grid that settles most points' side of a district without testing them: the same answer as GEOS for every
point (border inside), whatever the shape; the coarse sift never drops a point within reach."""

import numpy as np
import pytest
import shapely

from cultural_district_plugin.core import district_cells
from cultural_district_plugin.core.boundary_distance import boundary_samples
from cultural_district_plugin.core.district_cells import (
    INSIDE,
    NEAR_BOUNDARY,
    OUTSIDE,
    covered_points,
    district_sides,
    within_reach,
)


def crinkled(cx, cy, radius, seed=3):
    rng = np.random.default_rng(seed)
    angles = np.linspace(0, 2 * np.pi, 720, endpoint=False)
    r = radius * (1 + 0.15 * np.sin(7 * angles) + 0.05 * rng.random(len(angles)))
    return shapely.Polygon(np.column_stack([cx + r * np.cos(angles), cy + r * np.sin(angles)]))


SHAPES = {
    "holed": shapely.difference(crinkled(0, 0, 5000), crinkled(0, 0, 1500)),
    "two parts": shapely.MultiPolygon([crinkled(12000, 0, 2500), crinkled(12000, 8000, 2000, seed=4)]),
    "square": shapely.box(-9000, -9000, -4000, -4000),
    # a hole far smaller than a cell, a sliver two metres wide, an inlet one metre wide
    "pinholed": shapely.difference(shapely.box(0, 0, 10000, 10000), shapely.box(5000, 5000, 5001, 5001)),
    "sliver": shapely.box(0, 0, 20000, 2),
    "inlet": shapely.difference(shapely.box(0, 0, 10000, 10000), shapely.box(5000, 0, 5001, 9000)),
}


def probe_points(shape, rng):
    """Random points over the shape's box and beyond, its vertices, the middles of its edges, points a hair
    either side of them."""
    minx, miny, maxx, maxy = shape.bounds
    pad = 3000
    spread = rng.uniform([minx - pad, miny - pad], [maxx + pad, maxy + pad], (20000, 2))
    vertices = shapely.get_coordinates(shape.boundary)
    middles = (vertices[:-1] + vertices[1:]) / 2
    hair = np.concatenate([middles + 1e-7, middles - 1e-7, vertices + [1e-9, 0]])
    return np.concatenate([spread, vertices, middles, hair])


@pytest.mark.parametrize("name", sorted(SHAPES))
@pytest.mark.parametrize("near", [2000.0, 0.0])
def test_covered_points_are_exactly_those_geos_finds(name, near):
    shape = SHAPES[name]
    coordinates = probe_points(shape, np.random.default_rng(5))
    samples = boundary_samples(shape, near)
    sides = district_sides(shape, samples.points, samples.spacing)
    got = covered_points(shape, coordinates, sides)
    expected = shapely.intersects_xy(shape, coordinates[:, 0], coordinates[:, 1])
    assert np.array_equal(got, expected)
    # and most points are settled by their cell, not tested
    side = sides.sides_of(coordinates[:20000])
    assert np.isin(side, [INSIDE, OUTSIDE, NEAR_BOUNDARY]).all()
    assert (side != NEAR_BOUNDARY).mean() > 0.7
    settled = side != NEAR_BOUNDARY
    assert np.array_equal(side[settled] == INSIDE, expected[:20000][settled])


def test_points_on_the_cells_edges_and_corners():
    """Points exactly on the grid's lines (where rounding may put them in either cell): still GEOS's answer."""
    shape = SHAPES["holed"]
    samples = boundary_samples(shape, 2000.0)
    sides = district_sides(shape, samples.points, samples.spacing)
    grid = sides.grid
    rows, columns = grid.shape
    xs = grid.origin[0] + np.arange(columns + 1) * grid.size
    ys = grid.origin[1] + np.arange(rows + 1) * grid.size
    corners = np.column_stack([g.ravel() for g in np.meshgrid(xs, ys)])
    got = covered_points(shape, corners, sides)
    assert np.array_equal(got, shapely.intersects_xy(shape, corners[:, 0], corners[:, 1]))
    assert got.any() and not got.all()


def test_a_large_district_gets_larger_cells_and_the_same_answer(monkeypatch):
    monkeypatch.setattr(district_cells, "MAX_CELLS", 400)
    shape = SHAPES["holed"]
    samples = boundary_samples(shape, 2000.0)
    sides = district_sides(shape, samples.points, samples.spacing)
    assert sides.grid.size > samples.spacing and sides.side.size <= 900
    coordinates = probe_points(shape, np.random.default_rng(8))
    assert np.array_equal(
        covered_points(shape, coordinates, sides), shapely.intersects_xy(shape, coordinates[:, 0], coordinates[:, 1])
    )


def test_without_samples_every_point_is_tested():
    empty = shapely.Polygon()
    assert district_sides(empty, np.empty((0, 2)), 200.0) is None
    coordinates = np.array([[0.0, 0.0], [1.0, 1.0]])
    square = shapely.box(0, 0, 1, 1)
    assert covered_points(square, coordinates, None).tolist() == [True, True]


@pytest.mark.parametrize("reach", [2200.0, 300.0, 25.0])
def test_the_sift_keeps_every_point_within_reach(reach):
    shape = SHAPES["two parts"]
    samples = boundary_samples(shape, reach)
    rng = np.random.default_rng(9)
    minx, miny, maxx, maxy = shape.bounds
    coordinates = rng.uniform([minx - 3 * reach, miny - 3 * reach], [maxx + 3 * reach, maxy + 3 * reach], (30000, 2))
    from scipy.spatial import cKDTree

    nearest, _ = cKDTree(samples.points).query(coordinates)
    kept = within_reach(samples.points, coordinates, reach, shape.bounds)
    assert kept[nearest <= reach].all()
    assert (~kept).sum() > 0.3 * len(coordinates)  # it does sift
    # points exactly at reach from a sample, along both axes
    sample = samples.points[17]
    ring = sample + np.array([[reach, 0], [-reach, 0], [0, reach], [0, -reach]])
    assert within_reach(samples.points, ring, reach, shape.bounds).all()
