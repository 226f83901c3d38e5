"""Hot spots and spatial autocorrelation over units: Getis–Ord Gi*, Moran's I (global and local).

Conventions (docs/methods.md, "Hot spots and autocorrelation"), chosen to equal PySAL esda:

* **Gi\\*** with binary weights and the unit itself included (esda ``G_Local(star=True, transform="B")``, equal to
  the ArcGIS Gi* z-score): ``G_i = Σ_j w_ij x_j / Σ_k x_k``; ``E = W_i / n``;
  ``Var = W_i (n − W_i) / (n − 1) · s² / (n² x̄²)`` with x̄ and s² (population variance, divisor n) over all units;
  ``z = (G_i − E) / √Var``; p **two-sided** ``2(1 − Φ(|z|))`` (esda's ``p_norm`` is one-sided).
* **Moran's I**, row-standardised weights (esda's default): ``I = (n / S0) Σ_ij w_ij z_i z_j / Σ z_i²``,
  ``E[I] = −1/(n − 1)``, variance under **normality**, p two-sided (esda ``p_norm``).
* **Local Moran** (esda ``Moran_Local``): ``I_i = (n − 1) z_i Σ_j w_ij z_j / Σ_k z_k²`` with z standardised by the
  population standard deviation; its z-score uses the analytical moments under **conditional randomisation**
  (Sokal et al. 1998, eqs. A7–A8, as esda's ``EIc``/``VIc``) of ``I_i' = z_i Σ_j w_ij z_j / m2``
  (m2 = Σz²/n; the same statistic scaled by n/(n − 1)); p two-sided. Quadrants: HH, LH, LL, HL (esda 1–4).
* Units without neighbours get no local statistics (NaN) and are named in a warning; they are kept in the
  global statistics' n, as esda keeps islands.
* Optional permutation p-values (conditional randomisation, seeded) for Gi* and local Moran.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.stats import norm

from .input_error import InputError
from .spatial_weights import Weights
from .translatable import translatable

QUADRANTS = ("HH", "LH", "LL", "HL")  # esda's q = 1..4
# hot spot classes (ArcGIS "Gi_Bin"): ±3 at 99 %, ±2 at 95 %, ±1 at 90 % confidence (two-sided)
CONFIDENCE_Z = ((3, norm.ppf(0.995)), (2, norm.ppf(0.975)), (1, norm.ppf(0.95)))


class ConstantValuesError(InputError):
    """All units have the same value: there is no variation to test."""


@dataclass(frozen=True)
class GlobalMoran:
    i: float
    expected: float
    variance: float
    z: float
    p: float  # two-sided, normality


@dataclass(frozen=True)
class LocalStatistics:
    """One value per unit (NaN for units without neighbours)."""

    gi_star_z: np.ndarray
    gi_star_p: np.ndarray
    hotspot: np.ndarray  # -3..3
    local_i: np.ndarray
    local_z: np.ndarray
    local_p: np.ndarray
    quadrant: np.ndarray  # "HH", "LH", "LL", "HL", "" for islands
    gi_star: np.ndarray
    gi_star_p_sim: np.ndarray | None = None
    local_p_sim: np.ndarray | None = None


def two_sided_p(z: np.ndarray) -> np.ndarray:
    return 2.0 * norm.sf(np.abs(z))


def _check_values(values: np.ndarray) -> np.ndarray:
    values = np.asarray(values, dtype=float)
    if not np.isfinite(values).all():
        raise InputError(
            translatable(
                "{count} unit(s) have no value (NULL or not a number): give every unit a "
                "value, or leave those units out"
            ),
            count=int((~np.isfinite(values)).sum()),
        )
    if len(values) < 3:
        raise InputError(translatable("at least 3 units are needed (got {n})"), n=len(values))
    if np.ptp(values) == 0:
        raise ConstantValuesError(
            translatable(
                "every unit has the same value ({value:g}): there is no variation to "
                "test for hot spots or autocorrelation"
            ),
            value=float(values[0]),
        )
    return values


def gi_star(values: np.ndarray, weights: Weights) -> tuple[np.ndarray, np.ndarray]:
    """``(G_i*, z)`` per unit (binary weights with self, esda ``G_Local(star=True, transform="B")``)."""
    x = _check_values(values)
    n = len(x)
    w = weights.with_self()
    statistic = (w @ x) / x.sum()
    mean = x.sum() / n
    variance = (x**2).sum() / n - mean**2
    cardinality = np.asarray(w.sum(axis=1)).ravel()
    expected = cardinality / n
    expected_variance = cardinality * (n - cardinality) / (n - 1) / n**2 * variance / mean**2
    with np.errstate(divide="ignore", invalid="ignore"):
        z = (statistic - expected) / np.sqrt(expected_variance)
    return statistic, z


def hotspot_class(z: np.ndarray) -> np.ndarray:
    """-3..3: cold/hot spot at 99/95/90 % confidence (two-sided), 0 otherwise (and for NaN)."""
    z = np.asarray(z, dtype=float)
    result = np.zeros(len(z), dtype=int)
    for level, threshold in reversed(CONFIDENCE_Z):  # 1 first, then overwritten by 2 and 3
        result[z >= threshold] = level
        result[z <= -threshold] = -level
    return result


def global_moran(values: np.ndarray, weights: Weights) -> GlobalMoran:
    """Moran's I with row-standardised weights; inference under normality (esda ``Moran``, ``p_norm``)."""
    y = _check_values(values)
    n = len(y)
    w = weights.row_standardised().tocsr()
    z = y - y.mean()
    s0 = w.sum()
    i = n / s0 * (z @ (w @ z)) / (z @ z)
    expected = -1.0 / (n - 1)
    wt = w + w.T
    s1 = 0.5 * wt.multiply(wt).sum()
    s2 = float(
        (np.asarray(w.sum(axis=1)).ravel() + np.asarray(w.sum(axis=0)).ravel())
        @ (np.asarray(w.sum(axis=1)).ravel() + np.asarray(w.sum(axis=0)).ravel())
    )
    variance = (n * n * s1 - n * s2 + 3 * s0 * s0) / ((n - 1) * (n + 1) * s0 * s0) - expected**2
    zi = (i - expected) / np.sqrt(variance)
    return GlobalMoran(float(i), expected, float(variance), float(zi), float(two_sided_p(np.array([zi]))[0]))


def local_moran(values: np.ndarray, weights: Weights) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(I_i, z_i, quadrant index 0..3)`` with row-standardised weights (esda ``Moran_Local`` scaling, analytical
    conditional-randomisation z)."""
    y = _check_values(values)
    n = len(y)
    w = weights.row_standardised().tocsr()
    z = (y - y.mean()) / y.std()
    lag = w @ z
    local = (n - 1) * z * lag / (z @ z)
    m2 = (z @ z) / n
    wi = np.asarray(w.sum(axis=1)).ravel()
    wi2 = np.asarray(w.multiply(w).sum(axis=1)).ravel()
    sokal = z * lag / m2  # = local · n / (n − 1)
    expected = -(z**2 * wi) / ((n - 1) * m2)
    variance = (z / m2) ** 2 * (n / (n - 2)) * (wi2 - wi**2 / (n - 1)) * (m2 - z**2 / (n - 1))
    with np.errstate(divide="ignore", invalid="ignore"):
        zscore = (sokal - expected) / np.sqrt(variance)
    quadrant = np.where(z > 0, np.where(lag > 0, 0, 3), np.where(lag > 0, 1, 2))
    return local, zscore, quadrant


def _conditional_p(observed: np.ndarray, simulated_count_at_least: np.ndarray, permutations: int) -> np.ndarray:
    """Pseudo p-value with esda's "directed" folding: (min(#≥, #<) + 1) / (permutations + 1)."""
    larger = simulated_count_at_least.astype(float)
    low = (permutations - larger) < larger
    larger[low] = permutations - larger[low]
    return (larger + 1.0) / (permutations + 1.0)


def _permutation_tests(
    x: np.ndarray, gs: np.ndarray, li: np.ndarray, weights: Weights, permutations: int, seed: int | None
) -> tuple[np.ndarray, np.ndarray]:
    """Conditional randomisation (each unit keeps its value; its neighbours' values are drawn without
    replacement from the other units), vectorised: in each permutation one random set of positions is drawn,
    and unit i reads them through its own random cyclic offset over the other n − 1 units."""
    rng = np.random.default_rng(seed)
    n = len(x)
    cardinality = weights.cardinalities
    k_max = int(cardinality.max())
    z = (x - x.mean()) / x.std()
    scale = (n - 1) / (z @ z)
    mask = np.arange(k_max)[None, :] < cardinality[:, None]
    offsets = rng.integers(0, n - 1, size=n)
    units = np.arange(n)[:, None]
    gi_larger = np.zeros(n)
    local_larger = np.zeros(n)
    for _ in range(permutations):
        positions = rng.choice(n - 1, size=k_max, replace=False)
        others = (positions[None, :] + offsets[:, None]) % (n - 1)
        others = others + (others >= units)  # skip the unit itself
        gi = ((x[others] * mask).sum(axis=1) + x) / x.sum()
        with np.errstate(invalid="ignore", divide="ignore"):
            local = scale * z * (z[others] * mask).sum(axis=1) / cardinality
        gi_larger += gi >= gs
        local_larger += local >= li
    return _conditional_p(gs, gi_larger, permutations), _conditional_p(li, local_larger, permutations)


def local_statistics(
    values: np.ndarray, weights: Weights, permutations: int = 0, seed: int | None = None
) -> LocalStatistics:
    """Gi* and local Moran for every unit; islands (no neighbour) get NaN and quadrant ""."""
    gs, gz = gi_star(values, weights)
    li, lz, quadrant = local_moran(values, weights)
    islands = weights.islands
    for array in (gs, gz, li, lz):
        array[islands] = np.nan
    labels = np.array(QUADRANTS, dtype=object)[quadrant]
    labels[islands] = ""
    gi_p_sim = local_p_sim = None
    if permutations and weights.cardinalities.max() > 0:
        gi_p_sim, local_p_sim = _permutation_tests(
            np.asarray(values, dtype=float), gs, li, weights, int(permutations), seed
        )
        gi_p_sim[islands] = np.nan
        local_p_sim[islands] = np.nan
    return LocalStatistics(
        gi_star_z=gz,
        gi_star_p=two_sided_p(gz),
        hotspot=hotspot_class(gz),
        local_i=li,
        local_z=lz,
        local_p=two_sided_p(lz),
        quadrant=labels,
        gi_star=gs,
        gi_star_p_sim=gi_p_sim,
        local_p_sim=local_p_sim,
    )
