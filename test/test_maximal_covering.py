"""Maximal covering: greedy and exact answers against brute force on small instances (#11)."""

import itertools

import numpy as np
import pytest
from scipy import sparse

from cultural_district_plugin.core.maximal_covering import (
    EXACT,
    candidate_grid,
    coverage_matrix,
    exact_available,
    exact_covering,
    greedy_covering,
    greedy_guarantee,
)


def brute_force(matrix, weights, p):
    dense = matrix.toarray()
    return max(weights[dense[list(c)].any(axis=0)].sum() for c in itertools.combinations(range(len(dense)), p))


def test_coverage_matrix_includes_the_boundary():
    candidates = np.array([[0.0, 0.0], [10.0, 0.0]])
    demand = np.array([[3.0, 4.0], [10.0, 5.0], [100.0, 0.0]])
    matrix = coverage_matrix(candidates, demand, 5.0)
    assert matrix.toarray().tolist() == [[True, False, False], [False, True, False]]
    assert coverage_matrix(np.empty((0, 2)), demand, 5.0).shape == (0, 3)


def test_greedy_is_not_always_optimal_but_keeps_its_guarantee():
    """The textbook trap: one site covers the two middle clusters (weight 6), two others each cover one of
    the outer pairs (5 + 5). With p = 2, greedy takes the big one first (6 + 2), the optimum is 10."""
    matrix = sparse.csr_matrix(
        np.array(
            [
                [0, 1, 1, 0],  # covers the middle demands
                [1, 1, 0, 0],  # covers west outer + middle west
                [0, 0, 1, 1],  # covers east outer + middle east
            ],
            dtype=bool,
        )
    )
    weights = np.array([2.0, 3.0, 3.0, 2.0])
    greedy = greedy_covering(matrix, weights, 2)
    assert greedy.sites.tolist() == [0, 1] and greedy.gains.tolist() == [6.0, 2.0] and greedy.covered == 8.0
    assert greedy_guarantee(2) == pytest.approx(0.75)
    assert greedy.covered >= greedy_guarantee(2) * brute_force(matrix, weights, 2)
    assert greedy.optimum_bound == pytest.approx(min(8.0 / 0.75, 10.0)) and greedy.optimum_bound >= 10.0
    if exact_available():
        exact = exact_covering(matrix, weights, 2)
        assert exact.method == EXACT and exact.covered == 10.0 and sorted(exact.sites.tolist()) == [1, 2]


@pytest.mark.parametrize("seed", range(5))
def test_random_instances_against_brute_force(seed):
    rng = np.random.default_rng(seed)
    demand = rng.uniform(0, 10000, size=(60, 2))
    weights = rng.integers(1, 100, size=60).astype(float)
    candidates = candidate_grid((0, 0, 10000, 10000), 2500)
    matrix = coverage_matrix(candidates, demand, 2000)
    best = brute_force(matrix, weights, 3)
    greedy = greedy_covering(matrix, weights, 3)
    assert greedy_guarantee(3) * best <= greedy.covered <= best
    assert greedy.optimum_bound >= best - 1e-9
    assert greedy.covered == pytest.approx(weights[matrix[greedy.sites].toarray().any(axis=0)].sum())
    if exact_available():
        assert exact_covering(matrix, weights, 3).covered == pytest.approx(best)


def test_greedy_stops_when_nothing_more_can_be_covered():
    matrix = coverage_matrix(np.array([[0.0, 0.0], [1.0, 0.0], [50.0, 50.0]]), np.array([[0.0, 0.5]]), 2.0)
    solution = greedy_covering(matrix, np.array([7.0]), 3)
    assert solution.sites.tolist() == [0] and solution.covered == 7.0 and solution.covered_share == 1.0


def test_candidate_grid_centres_cells():
    grid = candidate_grid((0, 0, 1000, 500), 250)
    assert len(grid) == 8 and grid[0].tolist() == [125.0, 125.0] and grid[-1].tolist() == [875.0, 375.0]
