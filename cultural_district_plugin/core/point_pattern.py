"""Point-pattern statistics of heritage assets in a window (a district): Clark–Evans and Ripley's K / L.

Definitions follow spatstat (docs/methods.md, "Point patterns"):

* **Clark–Evans**: λ = n / |W|; mean nearest-neighbour distance D̄; under complete spatial randomness
  ``D_pois = 1 / (2 √λ)``; ``R = D̄ / D_pois`` (R < 1 clustered, R > 1 regular);
  ``SE(D̄) = √((4 − π) |W| / (4π)) / n`` (= 0.26136 / √(n λ)); ``Z = (R − 1) / (SE / D_pois)``; p **two-sided**.
  *Naive*: every point, no edge correction (spatstat ``correction="none"``).
  *Guard* edge correction, valid for any window shape (Donnelly's is for rectangles only): only the points at
  least ``guard`` metres inside the window contribute their nearest-neighbour distance (their neighbours may be
  any point), λ from all points; SE with the number of inner points (spatstat ``correction="guard"`` with
  ``clipregion`` = the window eroded by ``guard``).
* **Ripley's K**: ``K(r) = |W| / (n (n − 1)) Σ_i Σ_{j≠i} 1(d_ij ≤ r)`` uncorrected (spatstat ``"none"``, distances
  inclusive); border-corrected (spatstat ``"border"``): only points i whose distance to the window's boundary is
  at least r count, ``K(r) = Σ_i 1(b_i ≥ r) Σ_{j≠i} 1(d_ij ≤ r) / (λ Σ_i 1(b_i ≥ r))``; ``L(r) = √(K(r) / π)``;
  under randomness L(r) = r.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely
from scipy.spatial import cKDTree

from .district_geometry import distance_to_boundary
from .input_error import InputError
from .translatable import translatable
from .worker_threads import map_in_threads, thread_count

SE_CONSTANT = np.sqrt((4.0 - np.pi) / (4.0 * np.pi))  # 0.26136…


@dataclass(frozen=True)
class ClarkEvans:
    n: int
    area_m2: float
    mean_nn_m: float
    expected_nn_m: float
    r: float
    z: float
    p: float  # two-sided


@dataclass(frozen=True)
class RipleyRow:
    r: float
    k: float  # border-corrected
    l: float  # noqa: E741 (Ripley's L)
    l_minus_r: float
    k_uncorrected: float
    points_counted: int  # points at least r from the boundary (border correction)


def _points_in(window, coordinates: np.ndarray) -> np.ndarray:
    coordinates = np.asarray(coordinates, dtype=float).reshape(-1, 2)
    inside = shapely.intersects_xy(window, coordinates[:, 0], coordinates[:, 1])
    return coordinates[inside]


def _check(window, coordinates: np.ndarray) -> np.ndarray:
    if window is None or window.is_empty or window.area <= 0:
        raise InputError(translatable("the window (district) has no area"))
    points = _points_in(window, coordinates)
    if len(points) < 2:
        raise InputError(
            translatable("{n} point(s) in the window: at least 2 are needed for nearest-neighbour " "statistics"),
            n=len(points),
        )
    return points


def nearest_neighbour_distances(points: np.ndarray) -> np.ndarray:
    distance, _ = cKDTree(points).query(points, k=2)
    return distance[:, 1]


def _clark_evans(mean_nn: float, n_used: int, n_all: int, area: float) -> tuple[float, float, float, float]:
    intensity = n_all / area
    expected = 0.5 / np.sqrt(intensity)
    r = mean_nn / expected
    se = SE_CONSTANT / np.sqrt(n_used * intensity) / expected
    z = (r - 1.0) / se
    return expected, float(r), float(z), float(2.0 * _norm_sf(abs(z)))


def _norm_sf(z: float) -> float:
    from scipy.stats import norm

    return float(norm.sf(z))


def clark_evans(window, coordinates: np.ndarray) -> ClarkEvans:
    """Naive Clark–Evans of the points inside ``window`` (projected, metres)."""
    points = _check(window, coordinates)
    distances = nearest_neighbour_distances(points)
    expected, r, z, p = _clark_evans(distances.mean(), len(points), len(points), window.area)
    return ClarkEvans(len(points), float(window.area), float(distances.mean()), float(expected), r, z, p)


def clark_evans_guard(window, coordinates: np.ndarray, guard: float) -> ClarkEvans:
    """Clark–Evans with a guard zone of ``guard`` metres inside the window's edge (``n`` = inner points)."""
    points = _check(window, coordinates)
    inner_region = shapely.buffer(window, -guard)
    distances = nearest_neighbour_distances(points)
    inner = (
        shapely.intersects_xy(inner_region, points[:, 0], points[:, 1])
        if not inner_region.is_empty
        else np.zeros(len(points), dtype=bool)
    )
    if inner.sum() < 1:
        raise InputError(
            translatable("no point lies more than {guard:.0f} m inside the window: make the guard zone " "narrower"),
            guard=guard,
        )
    mean_nn = distances[inner].mean()
    expected, r, z, p = _clark_evans(mean_nn, int(inner.sum()), len(points), window.area)
    return ClarkEvans(int(inner.sum()), float(window.area), float(mean_nn), float(expected), r, z, p)


def default_guard(window, coordinates: np.ndarray) -> float:
    """The observed mean nearest-neighbour distance: a point closer than that to the edge may have its true
    nearest neighbour outside the window."""
    points = _check(window, coordinates)
    return float(nearest_neighbour_distances(points).mean())


def default_distances(window, count: int = 10) -> list[float]:
    """``count`` distances up to a quarter of the side of a square of the window's area."""
    top = 0.25 * np.sqrt(window.area)
    return [float(top * (i + 1) / count) for i in range(count)]


def ripley(window, coordinates: np.ndarray, distances: list[float]) -> list[RipleyRow]:
    """Ripley's K and L at ``distances`` (metres), border-corrected and uncorrected."""
    points = _check(window, coordinates)
    distances = sorted(float(d) for d in distances)
    if not distances or distances[0] <= 0:
        raise InputError(translatable("Ripley's K needs distances greater than 0 m"))
    n = len(points)
    area = window.area
    intensity = n / area
    tree = cKDTree(points)
    to_edge = distance_to_boundary(window, points)
    # pairs within r (inclusive), the point itself excluded, counted by scipy's dual-tree traversal: whole groups of
    # points within r of each other are counted at once, where asking point by point walks every neighbour (seconds
    # for a province's clustered assets); all points for every r in one pass per core, the points at least r from
    # the boundary (border correction) one r per core at a time
    parts = np.array_split(np.asarray(distances), thread_count(len(distances)))
    all_pairs = np.concatenate(map_in_threads(lambda part: tree.count_neighbors(tree, part) - n, parts))

    def border_pairs(r):
        counted = (to_edge >= r).astype(float)
        return round(tree.count_neighbors(tree, r, weights=(counted, None)) - counted.sum()), int(counted.sum())

    rows = []
    for r, total, (border, used) in zip(distances, all_pairs, map_in_threads(border_pairs, distances)):
        k_un = area / (n * (n - 1)) * total
        k_border = border / (intensity * used) if used else float("nan")
        l_value = np.sqrt(k_border / np.pi) if used else float("nan")
        rows.append(RipleyRow(r, float(k_border), float(l_value), float(l_value - r), float(k_un), used))
    return rows
