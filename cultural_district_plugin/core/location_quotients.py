"""Location quotients with confidence intervals, and specialisation indices (EconGeo's definitions).

For an area i (a district) and a category j, with counts (or weights, e.g. employees) E:
``LQ_ij = (E_ij / E_i.) / (E_.j / E)``, where E_.j and E are the reference's (every point inside the reference
territory). docs/methods.md, "Location quotients", states the conventions:

* **Confidence interval**: delta method on ln LQ, with the covariance of a district **nested** in its reference
  (its points are also the reference's): ``Var(ln LQ) = 1/E_ij − 1/E_i. + 1/E_.j − 1/E − 2 (E_i. − E_ij) /
  (E_i. E_.j)``, which is 0 when the district is the whole reference; for an area outside the reference the
  covariance term is dropped (independent samples). ``CI = LQ · exp(± z_{1−α/2} √Var)``. With E_ij = 0 the
  interval is [0, upper] from the rule of three (E_ij ≤ 3 at 95 %). Weighted counts (employees) use the counts
  of units for the variance.
* **specialised**: LQ above the threshold and the lower bound of the interval above 1.
* Specialisation of each area's structure (shares s_ij = E_ij / E_i., reference shares s_j = E_.j / E):
  Herfindahl ``Σ s_ij²``; Krugman ``Σ |s_ij − s_j|`` (0–2); Hoover ``Krugman / 2``; Shannon entropy
  ``−Σ s_ij ln s_ij`` (natural log, 0 ln 0 = 0); Hachman ``1 / Σ_j LQ_ij s_ij``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy.stats import norm

from .input_error import InputError
from .translatable import translatable

UNCLASSIFIED = "(unclassified)"


def _confidence_z(confidence: float) -> float:
    if not 0 < confidence < 1:
        raise InputError(translatable("the confidence level must lie between 0 and 1 (got {value})"), value=confidence)
    return float(norm.ppf(0.5 + confidence / 2.0))


def log_lq_variance(a, b, c, d, nested=True):
    """Delta-method variance of ln LQ from unweighted counts: ``a`` of the category in the area, ``b`` all in the
    area, ``c`` of the category in the reference, ``d`` all in the reference (arrays broadcast). ``nested``: the
    area's points are part of the reference (covariance term)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        variance = 1.0 / a - 1.0 / b + 1.0 / c - 1.0 / d - np.where(nested, 2.0 * (b - a) / (b * c), 0.0)
    return np.maximum(variance, 0.0)


def location_quotients(
    area_counts: pd.DataFrame,
    reference_counts: pd.Series,
    confidence: float = 0.95,
    threshold: float = 1.0,
    nested: pd.Series | None = None,
    unit_counts: pd.DataFrame | None = None,
    reference_units: pd.Series | None = None,
) -> pd.DataFrame:
    """One row per area and category of the reference (vectorised over areas and categories).

    ``area_counts``: areas × categories (weighted counts); ``reference_counts``: per category, over the reference.
    ``nested`` (per area, default True): the area's points are part of the reference. ``unit_counts`` and
    ``reference_units`` (the same without weights) give the variance when the counts are weighted.
    """
    z = _confidence_z(confidence)
    categories = reference_counts.index
    areas = area_counts.index
    values = area_counts.reindex(columns=categories, fill_value=0).to_numpy(dtype=float)
    a = (
        (unit_counts if unit_counts is not None else area_counts)
        .reindex(index=areas, columns=categories, fill_value=0)
        .to_numpy(dtype=float)
    )
    reference = reference_counts.to_numpy(dtype=float)
    c = (reference_units if reference_units is not None else reference_counts).reindex(categories).to_numpy(dtype=float)
    total, d = reference.sum(), c.sum()
    if total <= 0:
        raise InputError(translatable("the reference holds no point: nothing to compare with"))
    n_area = values.sum(axis=1, keepdims=True)
    b = a.sum(axis=1, keepdims=True)
    is_nested = (nested.reindex(areas).fillna(True) if nested is not None else pd.Series(True, index=areas)).to_numpy(
        dtype=bool
    )[:, None]
    with np.errstate(divide="ignore", invalid="ignore"):
        lq = (values / n_area) / (reference / total)
        spread = np.sqrt(log_lq_variance(a, b, c, d, is_nested))
        low, high = lq * np.exp(-z * spread), lq * np.exp(z * spread)
        # no point of the category in the area: [0, upper] by the rule of three (-ln(1 - confidence) ≈ 3 at 95 %)
        zero = (a == 0) & (b > 0) & (c > 0)
        high = np.where(zero, (-np.log(1.0 - confidence) / b) / (c / d), high)
        low = np.where(zero, 0.0, low)
    shape = values.shape
    return pd.DataFrame(
        {
            "area": np.repeat(areas.to_numpy(), shape[1]),
            "category": np.tile(categories.to_numpy(), shape[0]),
            "n_area_category": values.ravel(),
            "n_area": np.repeat(n_area.ravel(), shape[1]),
            "n_category": np.tile(reference, shape[0]),
            "n": np.full(values.size, total),
            "lq": lq.ravel(),
            "ci_low": low.ravel(),
            "ci_high": high.ravel(),
            "specialised": ((lq > threshold) & (low > 1.0)).ravel(),
        }
    )


def specialisation(area_counts: pd.DataFrame, reference_counts: pd.Series) -> pd.DataFrame:
    """Per area: hhi, krugman, hoover, shannon, hachman (shares of the area's own total)."""
    categories = reference_counts.index
    matrix = area_counts.reindex(columns=categories, fill_value=0).astype(float).to_numpy()
    totals = matrix.sum(axis=1, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        shares = np.where(totals > 0, matrix / totals, np.nan)
        reference_shares = (reference_counts / reference_counts.sum()).to_numpy(dtype=float)
        krugman = np.abs(shares - reference_shares).sum(axis=1)
        logs = np.where(shares > 0, np.log(np.where(shares > 0, shares, 1.0)), 0.0)
        shannon = -(shares * logs).sum(axis=1)
        lq = shares / reference_shares
        hachman = 1.0 / np.nansum(np.where(reference_shares > 0, lq * shares, 0.0), axis=1)
    frame = pd.DataFrame(
        {
            "hhi": (shares**2).sum(axis=1),
            "krugman": krugman,
            "hoover": krugman / 2.0,
            "shannon": shannon,
            "hachman": hachman,
        },
        index=area_counts.index,
    )
    frame[totals.ravel() == 0] = np.nan
    return frame


def category_counts(area_of_point: pd.Series, categories: pd.Series, weights: pd.Series | None = None) -> pd.DataFrame:
    """Areas × categories (weighted) from one row per (point, area) pair; missing categories become
    :data:`UNCLASSIFIED`."""
    values = weights if weights is not None else pd.Series(1.0, index=categories.index)
    frame = pd.DataFrame(
        {
            "area": area_of_point.to_numpy(),
            "category": categories.fillna(UNCLASSIFIED).replace("", UNCLASSIFIED).to_numpy(),
            "value": values.astype(float).to_numpy(),
        }
    )
    return frame.pivot_table(index="area", columns="category", values="value", aggfunc="sum", fill_value=0.0)
