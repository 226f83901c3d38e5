"""Which side of a district's boundary points lie on, settled for most of them without testing each point.

A grid is laid over the district. A cell is *near the boundary* when a sample of the boundary (points at most one
cell apart along every segment, :func:`.boundary_distance.boundary_samples`) lies in it or in a cell up to two
cells away. Any other cell is at least half a cell from the boundary: every point of a segment is within half a
spacing of one of its samples, and a sample in a cell one cell away or nearer would have been found (the second
ring absorbs a sample or point put into the neighbouring cell by rounding at a cell's edge). Edge-adjacent cells
that are not near the boundary therefore lie on the same side of it, and so does each connected group of them:
one test of one cell's centre (GEOS) settles the group. Only the points in cells near the boundary are tested one
by one — exactly, border counting as inside.

Reach: a coarser grid (cells a quarter of a distance wide) tells the points that are certainly farther than that
distance from every sample — no sample within as many cells as the distance spans, plus one ring for rounding —
sifted out before a KD-tree is asked.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely
from scipy import ndimage

MAX_CELLS = 65_536  # per district at most (a larger district gets larger cells: more points tested, same result)
REACH_CELLS = 4  # cells across a reach (within_reach)
RING = 2  # cells around a sample's cell counted as near it (see the module docstring)

NEAR_BOUNDARY, OUTSIDE, INSIDE = -1, 0, 1


@dataclass
class CellGrid:
    """Square cells of side :attr:`size` from :attr:`origin` (the lower left corner), :attr:`shape` (rows, columns)."""

    origin: tuple[float, float]
    size: float
    shape: tuple[int, int]

    def cells_of(self, coordinates: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``(flat cell index, on the grid)`` of each of the points ``(n, 2)`` (index 0 off the grid)."""
        rows, columns = self.shape
        column = np.floor((coordinates[:, 0] - self.origin[0]) * (1.0 / self.size))
        row = np.floor((coordinates[:, 1] - self.origin[1]) * (1.0 / self.size))
        on_grid = (column >= 0) & (column < columns) & (row >= 0) & (row < rows)
        index = row * columns + column
        index[~on_grid] = 0
        return index.astype(np.int64), on_grid

    def marked(self, coordinates: np.ndarray, ring: int = RING) -> np.ndarray:
        """The cells holding some of the points (those on the grid), grown by ``ring`` cells each way."""
        index, on_grid = self.cells_of(coordinates)
        cells = np.zeros(self.shape[0] * self.shape[1], dtype=bool)
        cells[index[on_grid]] = True
        return _grown(cells.reshape(self.shape), ring)


def _grown(cells: np.ndarray, ring: int) -> np.ndarray:
    """``cells`` (a boolean grid) with every cell within ``ring`` cells (rows and columns apart) of a true one
    true: a square grown one axis at a time."""
    grown = cells.copy()
    for step in range(1, ring + 1):
        grown[step:, :] |= cells[:-step, :]
        grown[:-step, :] |= cells[step:, :]
    cells = grown.copy()
    for step in range(1, ring + 1):
        grown[:, step:] |= cells[:, :-step]
        grown[:, :-step] |= cells[:, step:]
    return grown


def grid_over(bounds: tuple[float, float, float, float], size: float, margin: float) -> CellGrid:
    """A grid of cells of ``size`` (at least) covering ``bounds`` grown by ``margin`` and by :data:`RING` + 1 cells;
    cells larger than ``size`` when there would be more than :data:`MAX_CELLS`."""
    minx, miny, maxx, maxy = bounds
    width, height = maxx - minx + 2 * margin, maxy - miny + 2 * margin
    size = max(float(size), float(np.sqrt(width * height / MAX_CELLS)), 1e-9)
    pad = margin + (RING + 1) * size
    columns = int(np.ceil((maxx - minx + 2 * pad) / size)) + 1
    rows = int(np.ceil((maxy - miny + 2 * pad) / size)) + 1
    return CellGrid((minx - pad, miny - pad), size, (rows, columns))


@dataclass
class DistrictSides:
    """Each cell's side of a district's boundary: :data:`INSIDE`, :data:`OUTSIDE` or :data:`NEAR_BOUNDARY`."""

    grid: CellGrid
    side: np.ndarray  # (rows, columns) int8

    def sides_of(self, coordinates: np.ndarray) -> np.ndarray:
        """The side of each point's cell; :data:`OUTSIDE` off the grid (beyond the district's bounds)."""
        index, on_grid = self.grid.cells_of(coordinates)
        side = self.side.ravel()[index]
        side[~on_grid] = OUTSIDE
        return side


def district_sides(district: shapely.Geometry, samples: np.ndarray, spacing: float) -> DistrictSides | None:
    """The sides of the cells of a grid over ``district`` (prepared by the caller or here), from its boundary's
    ``samples`` at most ``spacing`` apart; None without samples (an empty district)."""
    if not len(samples):
        return None
    grid = grid_over(district.bounds, spacing, 0.0)
    near = grid.marked(samples)
    groups, count = ndimage.label(~near)  # edge-adjacent cells not near the boundary
    side = np.full(grid.shape, NEAR_BOUNDARY, dtype=np.int8)
    if count:
        cells = groups.ravel()
        one = np.empty(count + 1, dtype=np.int64)
        one[cells] = np.arange(len(cells))  # a cell of each group (whichever: a group is all on one side)
        row, column = np.divmod(one[1:], grid.shape[1])
        x = grid.origin[0] + (column + 0.5) * grid.size
        y = grid.origin[1] + (row + 0.5) * grid.size
        shapely.prepare(district)
        group_side = np.zeros(count + 1, dtype=np.int8)
        group_side[1:] = np.where(shapely.intersects_xy(district, x, y), INSIDE, OUTSIDE)
        side = np.where(near, np.int8(NEAR_BOUNDARY), group_side[groups]).astype(np.int8)
    return DistrictSides(grid, side)


def covered_points(district: shapely.Geometry, coordinates: np.ndarray, sides: DistrictSides | None) -> np.ndarray:
    """Mask of the points ``(n, 2)`` (finite) that ``district`` covers, border included: by their cell's side,
    those near the boundary (or all, without ``sides``) tested exactly."""
    if sides is None:
        inside = np.zeros(len(coordinates), dtype=bool)
        unsure = np.arange(len(coordinates))
    else:
        side = sides.sides_of(coordinates)
        inside = side == INSIDE
        unsure = np.flatnonzero(side == NEAR_BOUNDARY)
    if len(unsure):
        shapely.prepare(district)
        inside[unsure] = shapely.intersects_xy(district, coordinates[unsure, 0], coordinates[unsure, 1])
    return inside


def within_reach(samples: np.ndarray, coordinates: np.ndarray, reach: float, bounds) -> np.ndarray:
    """Mask of the points ``(n, 2)`` that may lie within ``reach`` of a sample (the others certainly do not): a grid
    of cells a quarter of ``reach`` wide over ``bounds`` (the samples' own) grown by ``reach``, whose cells within
    ``reach`` of a sample's cell are marked (and one ring more, for rounding)."""
    if not len(samples) or not len(coordinates):
        return np.zeros(len(coordinates), dtype=bool)
    grid = grid_over(bounds, reach / REACH_CELLS, reach)
    index, on_grid = grid.cells_of(coordinates)
    return on_grid & grid.marked(samples, int(np.ceil(reach / grid.size)) + 1).ravel()[index]
