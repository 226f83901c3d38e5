"""Spatial weights between areal units, sparse (scipy.sparse CSR), built with spatial indexes: never an n×n
dense matrix, never a Python loop over units.

Kinds (the ``WEIGHTS`` parameter of ``hotspots``; docs/methods.md, "Spatial weights"):

* ``distance_band``: units whose centroids lie within ``distance`` metres, **inclusive** (d ≤ distance), as
  esda/libpysal ``DistanceBand``; centroid = the geometric centroid in the projected CRS;
* ``queen``: units sharing at least one boundary point; ``rook``: sharing a boundary of positive length;
* ``knn``: the ``k`` nearest centroids (ties broken by index order, as a KD-tree returns them).

A unit is never its own neighbour here; Gi* adds the self weight itself. Units without any neighbour are
reported by :attr:`Weights.islands`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely
from scipy import sparse
from scipy.spatial import cKDTree

from .input_error import InputError
from .translatable import translatable

DISTANCE_BAND, QUEEN, ROOK, KNN = "distance_band", "queen", "rook", "knn"
WEIGHT_KINDS = (DISTANCE_BAND, QUEEN, ROOK, KNN)  # the index is the Processing enum value


class WeightsError(InputError):
    """Weights that cannot be built as asked (no distance, k too large…)."""


@dataclass(frozen=True)
class Weights:
    """Binary neighbour structure: ``matrix[i, j] = 1`` when j is a neighbour of i (no self pairs)."""

    matrix: sparse.csr_matrix
    kind: str

    @property
    def n(self) -> int:
        return self.matrix.shape[0]

    @property
    def cardinalities(self) -> np.ndarray:
        """Number of neighbours of each unit."""
        return np.diff(self.matrix.indptr)

    @property
    def islands(self) -> np.ndarray:
        """Indexes of the units without any neighbour."""
        return np.flatnonzero(self.cardinalities == 0)

    def row_standardised(self) -> sparse.csr_matrix:
        """Each row divided by its sum (rows of islands stay zero), as esda's transform ``r``."""
        sums = np.asarray(self.matrix.sum(axis=1)).ravel()
        scale = np.divide(1.0, sums, out=np.zeros_like(sums, dtype=float), where=sums > 0)
        return sparse.diags(scale) @ self.matrix

    def with_self(self) -> sparse.csr_matrix:
        """Binary weights with each unit its own neighbour (Gi*)."""
        return (self.matrix + sparse.identity(self.n, format="csr")).tocsr()


def _binary(rows: np.ndarray, cols: np.ndarray, n: int) -> sparse.csr_matrix:
    keep = rows != cols
    rows, cols = rows[keep], cols[keep]
    matrix = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n))
    matrix.sum_duplicates()
    matrix.data[:] = 1.0
    return matrix


def centroids(geometries: np.ndarray) -> np.ndarray:
    """``(n, 2)`` coordinates of the geometric centroids."""
    return shapely.get_coordinates(shapely.centroid(np.asarray(geometries, dtype=object)))


def distance_band(points: np.ndarray, distance: float) -> Weights:
    """Neighbours within ``distance`` (inclusive) of each point (``(n, 2)`` coordinates)."""
    if not distance or distance <= 0:
        raise WeightsError(
            translatable("a distance band needs a distance greater than 0 m (got {distance})"), distance=distance
        )
    tree = cKDTree(points)
    # cKDTree's pairs are within r inclusive (d <= r), as libpysal's DistanceBand
    pairs = tree.query_pairs(distance, output_type="ndarray")
    rows = np.concatenate([pairs[:, 0], pairs[:, 1]]) if len(pairs) else np.empty(0, dtype=int)
    cols = np.concatenate([pairs[:, 1], pairs[:, 0]]) if len(pairs) else np.empty(0, dtype=int)
    return Weights(_binary(rows, cols, len(points)), DISTANCE_BAND)


def k_nearest(points: np.ndarray, k: int) -> Weights:
    """The ``k`` nearest other points of each point."""
    n = len(points)
    if k < 1 or k >= n:
        raise WeightsError(
            translatable("k nearest neighbours needs 1 ≤ k < the number of units ({n}); got {k}"), n=n, k=k
        )
    _, index = cKDTree(points).query(points, k=k + 1)
    rows = np.repeat(np.arange(n), k + 1)
    cols = index.ravel()
    # drop each point itself (usually the first hit; coincident points may come first in another order)
    keep = rows != cols
    rows, cols = rows[keep], cols[keep]
    # with coincident points a row may have k + 1 others: keep the k first
    order = np.lexsort((np.arange(len(rows)), rows))
    rows, cols = rows[order], cols[order]
    rank = np.arange(len(rows)) - np.searchsorted(rows, rows)
    return Weights(_binary(rows[rank < k], cols[rank < k], n), KNN)


def contiguity(geometries: np.ndarray, rook: bool = False) -> Weights:
    """Queen (a shared point) or rook (a shared boundary of positive length) contiguity of polygons."""
    geometries = np.asarray(geometries, dtype=object)
    n = len(geometries)
    tree = shapely.STRtree(geometries)
    left, right = tree.query(geometries, predicate="intersects")
    keep = left < right
    left, right = left[keep], right[keep]
    if rook and len(left):
        shared = shapely.intersection(shapely.boundary(geometries[left]), shapely.boundary(geometries[right]))
        touching = shapely.length(shared) > 0
        left, right = left[touching], right[touching]
    rows = np.concatenate([left, right])
    cols = np.concatenate([right, left])
    return Weights(_binary(rows, cols, n), ROOK if rook else QUEEN)


def build_weights(kind: str, geometries: np.ndarray, distance: float | None = None, k: int | None = None) -> Weights:
    """Weights of ``kind`` (:data:`WEIGHT_KINDS`) between the unit ``geometries`` (projected, metres)."""
    if kind == DISTANCE_BAND:
        return distance_band(centroids(geometries), distance)
    if kind == KNN:
        return k_nearest(centroids(geometries), int(k or 0))
    if kind in (QUEEN, ROOK):
        return contiguity(geometries, rook=kind == ROOK)
    raise WeightsError(translatable("unknown kind of weights {kind!r}"), kind=kind)


def from_neighbour_lists(neighbours: list[list[int]]) -> Weights:
    """Binary weights from lists of neighbour indexes (e.g. a reference's GAL file)."""
    rows = np.repeat(np.arange(len(neighbours)), [len(x) for x in neighbours])
    cols = np.concatenate([np.asarray(x, dtype=int) for x in neighbours]) if rows.size else np.empty(0, dtype=int)
    return Weights(_binary(rows, cols, len(neighbours)), "given")
