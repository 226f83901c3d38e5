"""Distances on a grid of cells, tile by tile: which cells lie within a radius of a marked cell.

scipy's Euclidean distance transform holds Python's lock for the whole grid (a region-sized district at a sixth
of the catchment distance is millions of cells: a quarter of a second in which the QGIS window cannot repaint when
a check runs in a task). Only "within *r* cells" is ever asked, so each tile is transformed with a margin of *r*
cells around it: a marked cell within *r* of a cell of the tile lies in the margin, so the answer is exact, and
the lock is let go between tiles.
"""

from __future__ import annotations

import math

import numpy as np
from scipy import ndimage

TILE_CELLS = 256  # side of a tile (a few milliseconds of distance transform each)


def within_distance(unmarked: np.ndarray, radius: float, tile: int = TILE_CELLS) -> np.ndarray:
    """``distance_transform_edt(unmarked) <= radius``: True for the cells whose centre lies within ``radius``
    cells of a cell where ``unmarked`` is False (those cells themselves included), computed tile by tile."""
    unmarked = np.asarray(unmarked, dtype=bool)
    result = np.zeros(unmarked.shape, dtype=bool)
    if radius < 0:
        return result
    margin = math.floor(radius) + 1
    rows, columns = unmarked.shape
    for top in range(0, rows, tile):
        for left in range(0, columns, tile):
            r0, r1 = max(0, top - margin), min(rows, top + tile + margin)
            c0, c1 = max(0, left - margin), min(columns, left + tile + margin)
            block = unmarked[r0:r1, c0:c1]
            core = (
                slice(top - r0, min(tile, rows - top) + top - r0),
                slice(left - c0, min(tile, columns - left) + left - c0),
            )
            if block.all():  # no marked cell within reach of this tile
                continue
            if not block[core].any():  # every cell of the tile is marked
                result[top : top + tile, left : left + tile] = True
                continue
            result[top : top + tile, left : left + tile] = ndimage.distance_transform_edt(block)[core] <= radius
    return result
