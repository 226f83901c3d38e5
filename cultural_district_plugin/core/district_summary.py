"""Per-district figures: members, population, area, parts, holes, and the heritage inventory inside
(counts by category, protected, UNESCO components, visitors with their years, densities)."""

import dataclasses
from dataclasses import dataclass

import numpy as np
import pandas as pd
import shapely

from .asset_location import covered_mask
from .district_geometry import hole_count, part_count

ASSET_COLUMNS = ["category", "protection", "unesco_component", "visitors", "visitors_year"]


@dataclass(frozen=True)
class DistrictSummary:
    district_id: int
    name: str
    members: int
    population: int
    members_without_population: int
    parts: int
    holes: int
    area_km2: float
    area_method: str
    assets_inside: int
    categories: str  # "Edificio di culto 12; Centro per la cultura 3", most frequent first, then by name
    protected: int
    unesco: int
    visitors: int
    visitors_years: str  # "2019-2022" when the figures mix years
    mixed_visitor_years: int  # 1 when the visitors total adds up different years
    assets_per_km2: float
    assets_per_10k_residents: float
    heritage_density_ratio: float  # assets per km² over the store territory's (a location quotient of assets)
    clark_evans_r: float  # of the assets inside (naive; NaN below 2 assets)


PLANAR_METHOD = "planar (projected CRS)"


def _non_empty(series):
    """Mask of the cells holding something (not NULL, not blank), decided once per distinct value."""
    codes, uniques = pd.factorize(series.to_numpy(dtype=object))  # NULL: code -1, the last entry below
    filled = np.array([str(value).strip() != "" for value in uniques] + [False], dtype=bool)
    return filled[codes]


def summarise_district(
    district_id, name, geometry, member_codes, municipalities, assets, asset_points, all_inside=False
):
    """Summary of one district.

    ``municipalities`` is a DataFrame indexed by ISTAT code with a ``population`` column (NaN where
    unknown); ``assets`` a DataFrame with :data:`ASSET_COLUMNS`, row-aligned with ``asset_points`` (a
    shapely array in the same projected CRS as ``geometry``); assets on the border count as inside
    (``all_inside``: the caller has already kept only those). The area is planar here; the services replace it
    through :func:`with_area` with the ellipsoidal area.
    """
    member_codes = list(member_codes)
    population = municipalities["population"].reindex(member_codes)
    if all_inside or not len(assets):
        inside = assets
    else:
        inside = assets[covered_mask(geometry, asset_points)]
    counts = inside["category"].fillna("—").value_counts() if len(inside) else pd.Series(dtype=int)
    with_visitors = inside[inside["visitors"].notna()] if len(inside) else inside
    years = sorted({int(y) for y in with_visitors["visitors_year"].dropna()}) if len(with_visitors) else []
    summary = DistrictSummary(
        district_id=int(district_id),
        name=name,
        members=len(member_codes),
        population=int(population.fillna(0).sum()),
        members_without_population=int(population.isna().sum()),
        parts=part_count(geometry),
        holes=hole_count(geometry),
        area_km2=float(shapely.area(geometry)) / 1e6,
        area_method=PLANAR_METHOD,
        assets_inside=len(inside),
        categories="; ".join(
            f"{category} {count}" for category, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        ),
        protected=int(_non_empty(inside["protection"]).sum()) if len(inside) else 0,
        unesco=int(_non_empty(inside["unesco_component"]).sum()) if len(inside) else 0,
        visitors=int(with_visitors["visitors"].sum()) if len(with_visitors) else 0,
        visitors_years=f"{years[0]}-{years[-1]}" if len(years) > 1 else (str(years[0]) if years else ""),
        mixed_visitor_years=int(len(years) > 1),
        assets_per_km2=np.nan,
        assets_per_10k_residents=np.nan,
        heritage_density_ratio=np.nan,
        clark_evans_r=np.nan,
    )
    return with_area(summary, summary.area_km2, PLANAR_METHOD)


def with_concentration(
    summary: DistrictSummary, geometry, exact_points: np.ndarray, reference_density: float
) -> DistrictSummary:
    """The summary with its concentration indicators, from ``exact_points``, the assets inside with a location of
    their own: their density (per planar km²) over the reference territory's (``core.heritage_density``) and
    their Clark–Evans R."""
    from .heritage_density import density_ratio
    from .input_error import InputError
    from .point_pattern import clark_evans

    ratio = density_ratio(len(exact_points), float(shapely.area(geometry)), reference_density)
    try:
        r = clark_evans(geometry, shapely.get_coordinates(exact_points)).r if len(exact_points) else float("nan")
    except InputError:
        r = float("nan")
    return dataclasses.replace(summary, heritage_density_ratio=float(ratio), clark_evans_r=float(r))


def with_area(summary, area_km2, method):
    """The summary with another area (and the densities that depend on it)."""
    return dataclasses.replace(
        summary,
        area_km2=area_km2,
        area_method=method,
        assets_per_km2=summary.assets_inside / area_km2 if area_km2 else float("nan"),
        assets_per_10k_residents=1e4 * summary.assets_inside / summary.population
        if summary.population
        else float("nan"),
    )
