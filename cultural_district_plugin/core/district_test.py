"""The DM 21 April 1993 district test, transposed to the cultural perimeter (docs/methods.md, "DM 1993 test").

For an area a (a municipality, or a candidate district as a whole) and the benchmark N (Italy: every unit of the
register; or the area's region), with M = employees of the cultural perimeter, T = employees of every activity,
U = cultural local units, P = residents, and s the cultural domain of specialisation (the one with the highest I3):

1. industrialisation ``I1 = (M_a / T_a) / (M_N / T_N)`` > 1.30 — against the regional index when it is lower than
   the national one (the decree's clause for weakly industrialised regions);
2. entrepreneurial density ``I2 = (U_a / P_a) / (U_N / P_N)`` > 1;
3. specialisation ``I3_s = (M_s,a / M_a) / (M_s,N / M_N)`` > 1.30;
4. weight of the specialisation ``I4_s = M_s,a / M_a`` > 0.30;
5. small firms ``I5_s = M_s,a(small) / M_s,a`` > 0.50, small = fewer than 200 employees (the decree's figure,
   unverified; a parameter).

An area passes when all five hold. Thresholds are parameters with these defaults.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .ateco_perimeter import DOMAINS


@dataclass(frozen=True)
class DistrictTestThresholds:
    industrialisation: float = 1.30
    density: float = 1.0
    specialisation: float = 1.30
    specialisation_share: float = 0.30
    small_firm_share: float = 0.50
    small_firm_employees: int = 200


def _ratio(numerator, denominator):
    numerator, denominator = np.asarray(numerator, dtype=float), np.asarray(denominator, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(denominator > 0, numerator / denominator, np.nan)


def district_test(
    units: pd.DataFrame,
    area_of_unit: np.ndarray,
    areas: pd.DataFrame,
    thresholds: DistrictTestThresholds | None = None,
    benchmark_of_unit: np.ndarray | None = None,
    benchmark_of_area: np.ndarray | None = None,
    national_of_unit: np.ndarray | None = None,
) -> pd.DataFrame:
    """The five indicators for each area.

    ``units``: one row per local unit with ``employees`` (weighted by the perimeter's weight for cultural
    units), ``domain`` ("" outside the perimeter) and ``small`` (bool); ``area_of_unit``: the area index of each
    unit (−1: none); ``areas``: one row per area with ``population``. ``benchmark_of_unit`` / ``_of_area`` (e.g.
    region codes) compare each area with the units of its own benchmark; by default every unit is the benchmark.
    """
    thresholds = thresholds or DistrictTestThresholds()
    n_areas = len(areas)
    cultural = units["domain"].to_numpy() != ""
    employees = units["employees"].to_numpy(dtype=float)
    weight = units["weight"].to_numpy(dtype=float) if "weight" in units else np.ones(len(units))
    cultural_employees = employees * weight * cultural
    small = units["small"].to_numpy(dtype=bool)
    inside = area_of_unit >= 0

    def per_area(values, mask=None):
        keep = inside if mask is None else inside & mask
        return np.bincount(area_of_unit[keep], weights=np.asarray(values, dtype=float)[keep], minlength=n_areas)

    m_a, t_a, u_a = per_area(cultural_employees), per_area(employees), per_area(cultural.astype(float) * weight)
    p_a = areas["population"].to_numpy(dtype=float)
    by_domain = np.column_stack([per_area(cultural_employees, units["domain"].to_numpy() == d) for d in DOMAINS])
    small_by_domain = np.column_stack(
        [per_area(cultural_employees, (units["domain"].to_numpy() == d) & small) for d in DOMAINS]
    )
    # benchmarks: per benchmark group (one group by default)
    unit_group = np.zeros(len(units), dtype=object) if benchmark_of_unit is None else np.asarray(benchmark_of_unit)
    area_group = np.zeros(n_areas, dtype=object) if benchmark_of_area is None else np.asarray(benchmark_of_area)
    groups = pd.Index(pd.unique(np.concatenate([unit_group.astype(str), area_group.astype(str)])))
    g_unit, g_area = groups.get_indexer(unit_group.astype(str)), groups.get_indexer(area_group.astype(str))

    def per_group(values, mask=None):
        keep = np.ones(len(units), dtype=bool) if mask is None else mask
        return np.bincount(g_unit[keep], weights=np.asarray(values, dtype=float)[keep], minlength=len(groups))

    m_n, t_n = per_group(cultural_employees)[g_area], per_group(employees)[g_area]
    u_n = per_group(cultural.astype(float) * weight)[g_area]
    population_groups = pd.Series(p_a).groupby(area_group.astype(str)).sum()
    p_n = population_groups.reindex(area_group.astype(str)).to_numpy(dtype=float)
    by_domain_n = np.column_stack(
        [per_group(cultural_employees, units["domain"].to_numpy() == d)[g_area] for d in DOMAINS]
    )
    industrialisation_benchmark = _ratio(m_n, t_n)
    if national_of_unit is not None:  # the decree's clause: the regional index when lower than the national one
        national = _ratio(cultural_employees.sum(), employees.sum())
        industrialisation_benchmark = np.fmin(industrialisation_benchmark, national)
    i1 = _ratio(_ratio(m_a, t_a), industrialisation_benchmark)
    i2 = _ratio(_ratio(u_a, p_a), _ratio(u_n, p_n))
    with np.errstate(divide="ignore", invalid="ignore"):
        i3_all = (by_domain / m_a[:, None]) / (by_domain_n / m_n[:, None])
    best = np.nanargmax(np.where(np.isnan(i3_all), -np.inf, i3_all), axis=1)
    rows = np.arange(n_areas)
    i3 = i3_all[rows, best]
    i4 = _ratio(by_domain[rows, best], m_a)
    i5 = _ratio(small_by_domain[rows, best], by_domain[rows, best])
    t = thresholds
    passes = {
        "i1_pass": i1 > t.industrialisation,
        "i2_pass": i2 > t.density,
        "i3_pass": i3 > t.specialisation,
        "i4_pass": i4 > t.specialisation_share,
        "i5_pass": i5 > t.small_firm_share,
    }
    frame = pd.DataFrame(
        {
            "cultural_employees": m_a,
            "employees": t_a,
            "cultural_units": u_a,
            "population": p_a,
            "i1_industrialisation": i1,
            "i2_density": i2,
            "specialisation": np.where(m_a > 0, np.array(DOMAINS, dtype=object)[best], ""),
            "i3_specialisation": i3,
            "i4_share": i4,
            "i5_small_firms": i5,
        }
    )
    for key, value in passes.items():
        frame[key] = np.nan_to_num(value.astype(float), nan=0.0).astype(bool)
    frame["passed"] = frame[list(passes)].sum(axis=1).astype(int)
    frame["district_test"] = frame["passed"] == 5
    return frame
