"""Distances on a grid, tile by tile: the same cells as scipy's distance transform over the whole grid."""

import numpy as np
import pytest
from scipy import ndimage

from cultural_district_plugin.core.grid_distance import within_distance


@pytest.mark.parametrize(
    ("shape", "marked_share", "tile"),
    [((700, 530), 0.002, 64), ((300, 300), 0.3, 256), ((50, 1000), 0.01, 16), ((5, 5), 1.0, 2), ((9, 7), 0.0, 4)],
)
@pytest.mark.parametrize("radius", [0.0, 1.0, 1.5, 2.0, 4.6, 7.4, 10.3])
def test_within_distance_equals_the_whole_grid_transform(shape, marked_share, tile, radius):
    unmarked = np.random.default_rng(1).random(shape) >= marked_share
    expected = ndimage.distance_transform_edt(unmarked) <= radius if not unmarked.all() else np.zeros(shape, bool)
    assert np.array_equal(within_distance(unmarked, radius, tile), expected)


def test_a_radius_of_one_and_a_half_is_the_3_by_3_dilation():
    marked = np.random.default_rng(2).random((400, 400)) < 0.01
    dilated = ndimage.binary_dilation(marked, structure=np.ones((3, 3), dtype=bool))
    assert np.array_equal(within_distance(~marked, 1.5, 64), dilated)
