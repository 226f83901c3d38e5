"""Where would p new hubs cover the most uncovered demand? The maximal covering location problem (Church &
ReVelle 1974; docs/methods.md, "Improving coverage").

``maximise Σ_i w_i x_i  subject to  x_i ≤ Σ_{j ∈ N_i} y_j,  Σ_j y_j = p,  x, y ∈ {0, 1}`` where N_i are the
candidate sites within the service distance of demand point i (an asset, or residents at a point).

* **Greedy**: p rounds, each adds the site covering the most weight not yet covered (ties: the lowest
  candidate index). Coverage is a monotone submodular function, so the greedy total is at least
  ``1 − (1 − 1/p)^p`` (≥ 1 − 1/e ≈ 63.2 %) of the optimum (Nemhauser, Wolsey & Fisher 1978); the bound on
  the optimum it implies is reported.
* **Exact**: the integer programme above with PuLP (CBC or HiGHS) when PuLP is installed; never required.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse
from scipy.spatial import cKDTree

GREEDY = "greedy"
EXACT = "exact"


@dataclass(frozen=True)
class CoveringSolution:
    sites: np.ndarray  # candidate indexes, in the order chosen (greedy) or by gain (exact)
    gains: np.ndarray  # weight each site adds to those before it
    covered: float  # total weight covered by the chosen sites
    demand: float  # total weight of the demand
    method: str
    optimum_bound: float  # an upper bound on the best possible coverage with p sites

    @property
    def covered_share(self) -> float:
        return self.covered / self.demand if self.demand else float("nan")


def coverage_matrix(candidates: np.ndarray, demand: np.ndarray, distance: float) -> sparse.csr_matrix:
    """Boolean candidates × demand matrix: candidate j covers demand i when within ``distance`` (metres;
    coordinates as (n, 2) arrays), boundary included."""
    n_candidates, n_demand = len(candidates), len(demand)
    if not n_candidates or not n_demand:
        return sparse.csr_matrix((n_candidates, n_demand), dtype=bool)
    neighbours = cKDTree(np.asarray(demand, dtype=float)).query_ball_point(
        np.asarray(candidates, dtype=float), distance
    )
    lengths = np.fromiter((len(n) for n in neighbours), dtype=np.int64, count=n_candidates)
    indices = np.concatenate([np.asarray(n, dtype=np.int64) for n in neighbours]) if lengths.sum() else np.empty(0)
    indptr = np.concatenate([[0], np.cumsum(lengths)])
    data = np.ones(len(indices), dtype=bool)
    return sparse.csr_matrix((data, indices, indptr), shape=(n_candidates, n_demand))


def greedy_guarantee(p: int) -> float:
    """The share of the optimum the greedy answer is guaranteed to reach with ``p`` sites."""
    return 1.0 - (1.0 - 1.0 / p) ** p if p > 0 else 1.0


def greedy_covering(matrix: sparse.csr_matrix, weights: np.ndarray, p: int) -> CoveringSolution:
    """The greedy solution: ``p`` sites (fewer when nothing more can be covered)."""
    weights = np.asarray(weights, dtype=float)
    uncovered = np.ones(matrix.shape[1], dtype=bool)
    matrix = matrix.astype(float).tocsr()
    sites, gains = [], []
    for _ in range(min(p, matrix.shape[0])):
        gain = matrix @ (weights * uncovered)
        gain[sites] = -1.0
        best = int(np.argmax(gain))
        if gain[best] <= 0:
            break
        sites.append(best)
        gains.append(float(gain[best]))
        uncovered[matrix[best].indices] = False
    covered = float(np.sum(gains))
    bound = covered / greedy_guarantee(p) if p > 0 else covered
    return CoveringSolution(
        np.array(sites, dtype=np.int64),
        np.array(gains),
        covered,
        float(weights.sum()),
        GREEDY,
        min(bound, weights.sum()),
    )


def milp_solver(time_limit: float = 60.0):
    """A PuLP solver that is really there, or None: the CBC that PuLP 2.x/3.x bundles, else one installed on
    the system (CBC through COIN_CMD, HiGHS): PuLP 4 bundles no solver."""
    try:
        import pulp
    except ImportError:
        return None
    for name in ("PULP_CBC_CMD", "COIN_CMD", "HiGHS", "HiGHS_CMD"):
        solver_class = getattr(pulp, name, None)
        if solver_class is None:
            continue
        solver = solver_class(msg=False, timeLimit=time_limit)
        if solver.available():
            return solver
    return None


def exact_available() -> bool:
    return milp_solver() is not None


def exact_covering(
    matrix: sparse.csr_matrix, weights: np.ndarray, p: int, time_limit: float = 60.0
) -> CoveringSolution:
    """The optimal sites by integer programming (PuLP with CBC or HiGHS); raises ImportError without them
    and RuntimeError when the solver finds no optimum within ``time_limit`` seconds."""
    import pulp

    weights = np.asarray(weights, dtype=float)
    matrix = matrix.tocsc()
    n_candidates, n_demand = matrix.shape
    p = min(p, n_candidates)
    problem = pulp.LpProblem("maximal_covering", pulp.LpMaximize)
    # PuLP 4 creates variables through the problem (LpVariable is no longer constructed directly); 2.x and 3.x
    # construct them (3.x has both)
    binary = getattr(problem, "add_variable", None) or pulp.LpVariable
    y = [binary(f"y{j}", cat="Binary") for j in range(n_candidates)]
    reachable = [i for i in range(n_demand) if matrix.indptr[i + 1] > matrix.indptr[i] and weights[i] > 0]
    x = {i: binary(f"x{i}", cat="Binary") for i in reachable}
    problem += pulp.lpSum(weights[i] * x[i] for i in reachable)
    for i in reachable:
        problem += x[i] <= pulp.lpSum(y[j] for j in matrix.indices[matrix.indptr[i] : matrix.indptr[i + 1]])
    problem += pulp.lpSum(y) == p
    solver = milp_solver(time_limit)
    if solver is None:
        raise ImportError("no MILP solver for PuLP")
    status = problem.solve(solver)
    if pulp.LpStatus[status] != "Optimal":
        raise RuntimeError(f"the solver stopped with status {pulp.LpStatus[status]}")
    chosen = [j for j in range(n_candidates) if (y[j].value() or 0) > 0.5]
    # gains in the order a greedy pass over the chosen sites would add them
    rows = matrix.tocsr()
    uncovered = np.ones(n_demand, dtype=bool)
    order, gains, remaining = [], [], list(chosen)
    while remaining:
        values = [float(weights[rows[j].indices][uncovered[rows[j].indices]].sum()) for j in remaining]
        k = int(np.argmax(values))
        order.append(remaining.pop(k))
        gains.append(values[k])
        uncovered[rows[order[-1]].indices] = False
    covered = float(np.sum(gains))
    return CoveringSolution(
        np.array(order, dtype=np.int64), np.array(gains), covered, float(weights.sum()), EXACT, covered
    )


def candidate_grid(bounds: tuple[float, float, float, float], spacing: float) -> np.ndarray:
    """Cell centres of a square grid of ``spacing`` over ``bounds`` (minx, miny, maxx, maxy), as (n, 2)."""
    minx, miny, maxx, maxy = bounds
    xs = np.arange(minx + spacing / 2, maxx, spacing)
    ys = np.arange(miny + spacing / 2, maxy, spacing)
    if not len(xs) or not len(ys):
        return np.array([[(minx + maxx) / 2, (miny + maxy) / 2]])
    grid_x, grid_y = np.meshgrid(xs, ys)
    return np.column_stack([grid_x.ravel(), grid_y.ravel()])
