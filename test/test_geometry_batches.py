"""Geometries made in batches are the geometries one call makes (same order, same shapes)."""

import numpy as np
import shapely

from cultural_district_plugin.core.geometry_batches import in_batches


def test_batches_give_what_one_call_gives():
    xy = np.random.default_rng(3).uniform(0, 1000, (53, 2))
    points = in_batches(shapely.points, xy, size=10)  # a 2D array is sliced by rows
    assert shapely.equals_exact(points, shapely.points(xy), tolerance=0).all()
    buffers = in_batches(shapely.buffer, points, 25.0, size=7, quad_segs=4)  # scalars and keywords passed whole
    assert len(buffers) == 53
    assert shapely.equals_exact(buffers, shapely.buffer(points, 25.0, quad_segs=4), tolerance=0).all()
    x0, y0 = xy[:, 0], xy[:, 1]
    boxes = in_batches(shapely.box, x0, y0, x0 + 1, y0 + 2, size=20)
    assert shapely.equals_exact(boxes, shapely.box(x0, y0, x0 + 1, y0 + 2), tolerance=0).all()
    assert len(in_batches(shapely.points, np.empty((0, 2)), size=5)) == 0
