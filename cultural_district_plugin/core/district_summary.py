"""Per-district figures: members, population, area, parts, holes, assets inside."""

from dataclasses import dataclass

import shapely

from .asset_location import covered_mask
from .district_geometry import hole_count, part_count


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


PLANAR_METHOD = "planar (projected CRS)"


def summarise_district(district_id, name, geometry, member_codes, municipalities, asset_points):
    """Summary of one district.

    ``municipalities`` is a DataFrame indexed by ISTAT code with a ``population`` column (NaN where
    unknown); ``asset_points`` a shapely array in the same projected CRS as ``geometry``. The area is
    planar here; the QGIS services replace it with the ellipsoidal area they report to users.
    """
    member_codes = list(member_codes)
    population = municipalities["population"].reindex(member_codes)
    return DistrictSummary(
        district_id=int(district_id),
        name=name,
        members=len(member_codes),
        population=int(population.fillna(0).sum()),
        members_without_population=int(population.isna().sum()),
        parts=part_count(geometry),
        holes=hole_count(geometry),
        area_km2=float(shapely.area(geometry)) / 1e6,
        area_method=PLANAR_METHOD,
        assets_inside=int(covered_mask(geometry, asset_points).sum()),
    )
