"""The checks on districts, declared (docs/methods.md, District checks): geometry validity, empty or
degenerate geometry, parts, holes, overlaps between districts, area sanity against the region, and the CRS
measures need.

Declarations only (ids, titles, severities, parameters): they load without shapely, so the plugin can
list its checks when the analysis packages are missing. The rules live in :mod:`district_check_rules`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .check_framework import Check, CheckRegistry, Parameter, Severity
from .translatable import translatable

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

    from .funding_records import FundingRecords

CRS_PROJECTED = "projected"
CRS_GEOGRAPHIC = "geographic"  # measured after projecting to a metric CRS
CRS_MISSING = "missing"  # nothing can be measured

# The fields a record needs before a dossier can describe it (check "completeness"), by store table; the
# first column of each table's records is the label findings name it by.
REQUIRED_FIELDS = {
    "districts": ("district_type", "legal_act"),
    "heritage_assets": ("category", "owner_type", "protection"),
    "stakeholders": ("stakeholder_type", "role", "pro_com_t"),
}
RECORD_LABELS = {"districts": "name", "heritage_assets": "name", "stakeholders": "name"}


@dataclass(frozen=True)
class DistrictCheckData:
    """Districts to check, as the services read them.

    ``geometries`` are in a projected metric CRS unless ``crs_status`` is ``missing`` (then they are in
    unknown units and area-based checks are skipped). ``unit_geometries``/``unit_regions`` (optional)
    are the reference municipalities with their ISTAT region codes, in the same CRS.
    """

    district_ids: np.ndarray  # ints
    names: list[str]
    geometries: np.ndarray  # shapely geometries
    crs_status: str = CRS_PROJECTED
    crs_name: str = ""
    measure_crs_name: str = ""
    unit_geometries: np.ndarray | None = None
    unit_regions: np.ndarray | None = None
    unit_keys: np.ndarray | None = None  # ISTAT codes of the units (lowest code wins on shared borders)
    asset_points: np.ndarray | None = None  # the heritage assets (shapely points), for the concentration checks
    asset_ids: np.ndarray | None = None  # their fids in the store (heritage_assets), aligned with asset_points
    asset_names: list[str] | None = None
    unit_ids: np.ndarray | None = None  # fids of the municipalities (store table municipalities)
    unit_names: list[str] | None = None
    unit_population: np.ndarray | None = None  # residents (NaN when unknown)
    member_keys: list[frozenset[str]] | None = None  # ISTAT codes of each district's members (empty: drawn)
    records: dict[str, pd.DataFrame] | None = None  # store tables with fid, a label and REQUIRED_FIELDS
    funding: FundingRecords | None = None  # the store's stakeholders, commitments, keepers, declared totals

    @property
    def measurable(self) -> bool:
        return self.crs_status != CRS_MISSING


DISTRICT_CHECKS = CheckRegistry(
    __name__.rsplit(".", 1)[0] + ".district_check_rules",
    [
        Check(
            "crs",
            translatable("CRS suitable for measures"),
            Severity.ERROR,
            "check_crs",
            description=translatable(
                "Areas and distances need a projected CRS; a missing CRS is an error, a "
                "geographic one a warning (the data are projected to measure them)."
            ),
        ),
        Check(
            "geometry_validity",
            translatable("Geometry validity"),
            Severity.ERROR,
            "check_validity",
            description=translatable("Self-intersections, bow-ties and other invalid geometries, with the reason."),
        ),
        Check(
            "empty_geometry",
            translatable("Empty or degenerate geometry"),
            Severity.ERROR,
            "check_empty",
            (Parameter("min_area_m2", 1.0, translatable("Smallest acceptable district area (m²)")),),
            translatable("Districts without geometry or with (almost) no area."),
        ),
        Check(
            "parts",
            translatable("Number of parts"),
            Severity.WARNING,
            "check_parts",
            (Parameter("max_parts", 1, translatable("Parts allowed before a warning")),),
            translatable("Districts in several parts: legitimate for serial districts, so a warning."),
        ),
        Check(
            "holes",
            translatable("Holes"),
            Severity.WARNING,
            "check_holes",
            (Parameter("max_holes", 0, translatable("Holes allowed before a warning")),),
            translatable("Areas enclosed by a district but excluded from it."),
        ),
        Check(
            "overlaps",
            translatable("Overlaps between districts"),
            Severity.WARNING,
            "check_overlaps",
            (Parameter("min_overlap_m2", 1.0, translatable("Smallest overlap reported (m²)")),),
            translatable("Pairs of districts sharing area, with the area and its share of the smaller district."),
        ),
        Check(
            "area_sanity",
            translatable("Area sanity"),
            Severity.ERROR,
            "check_area_sanity",
            (Parameter("area_tolerance", 0.001, translatable("Tolerance over the regions' area (share)")),),
            translatable("A district larger than the region(s) it lies in is an error."),
        ),
        Check(
            "heritage_density",
            translatable("Heritage density against the reference"),
            Severity.WARNING,
            "check_heritage_density",
            (
                Parameter(
                    "min_density_ratio",
                    1.0,
                    translatable("Smallest density of assets relative to the store's " "territory"),
                ),
            ),
            translatable(
                "A district should hold more heritage assets per km² than the territory around it (the "
                "store's municipalities): the ratio of the two densities, a location quotient of assets "
                "over area."
            ),
        ),
        Check(
            "heritage_clustering",
            translatable("Clustering of the district's assets"),
            Severity.WARNING,
            "check_heritage_clustering",
            (Parameter("max_clark_evans_r", 1.0, translatable("Largest Clark–Evans R accepted as clustered")),),
            translatable(
                "Clark–Evans R of the assets inside the district (naive, two-sided test): below 1 the "
                "assets cluster; otherwise a warning."
            ),
        ),
        Check(
            "hot_spot_share",
            translatable("Member municipalities that are heritage hot spots"),
            Severity.WARNING,
            "check_hot_spot_share",
            (
                Parameter(
                    "min_hot_spot_share",
                    0.5,
                    translatable("Smallest share of members that are Gi* hot spots " "(95 %)"),
                ),
            ),
            translatable(
                "Share of the municipalities inside the district that are Getis–Ord Gi* hot spots of "
                "heritage assets at 95 % confidence (queen contiguity over the store's municipalities)."
            ),
        ),
        Check(
            "near_misses",
            translatable("Heritage assets just outside"),
            Severity.WARNING,
            "check_near_misses",
            (Parameter("near_distance_m", 2000.0, translatable("Near misses within (m)")),),
            translatable(
                "Heritage assets outside the district but within the near distance of its boundary: a boundary "
                "drawn too tight. The finding selects them on the assets layer."
            ),
        ),
        Check(
            "catchment_coverage",
            translatable("Area within reach of an asset"),
            Severity.WARNING,
            "check_catchment_coverage",
            (
                Parameter("catchment_distance_m", 1000.0, translatable("Catchment distance of an asset (m)")),
                Parameter("min_catchment_share", 0.05, translatable("Smallest share of the area within the catchment")),
            ),
            translatable(
                "Share of the district's area within the catchment distance of an asset inside it (exact union "
                "of buffers); below the threshold the district covers empty land. The finding shows the part "
                "beyond the catchment."
            ),
        ),
        Check(
            "residents_coverage",
            translatable("Residents within reach of an asset"),
            Severity.INFO,
            "check_residents_coverage",
            (
                Parameter("catchment_distance_m", 1000.0, translatable("Catchment distance of an asset (m)")),
                Parameter("min_residents_share", 0.5, translatable("Smallest share of residents within the catchment")),
            ),
            translatable(
                "Share of the district's residents living within the catchment distance of an asset inside "
                "it. Residents are the store's municipal populations spread evenly over each municipality "
                "(areal weighting), which understates them near town centres: information, not a warning; "
                "the coverage algorithm takes census sections or a grid for a finer answer."
            ),
        ),
        Check(
            "members_boundary",
            translatable("Members and boundary agree"),
            Severity.WARNING,
            "check_members_boundary",
            (
                Parameter("max_gap_m2", 1000.0, translatable("Largest gap or sliver accepted (m²)")),
                Parameter(
                    "cut_share_tolerance",
                    0.001,
                    translatable("Share of a municipality ignored as boundary noise when it is cut"),
                ),
            ),
            translatable(
                "A district built from municipalities must equal the union of its members: gaps and slivers "
                "above the tolerance are warnings, with their geometry. A drawn or imported district lists the "
                "municipalities it cuts and the share of each inside it."
            ),
        ),
        Check(
            "completeness",
            translatable("Required fields filled"),
            Severity.WARNING,
            "check_completeness",
            description=translatable(
                "Districts without type or legal act, assets without category, owner type or protection, "
                "stakeholders without type, role or municipality: findings that select the records."
            ),
        ),
        Check(
            "member_without_stakeholder",
            translatable("Members without a stakeholder taking part"),
            Severity.WARNING,
            "check_member_without_stakeholder",
            description=translatable(
                "Member municipalities of a district where no stakeholder committed to the district is based "
                "(the municipality itself included); the finding selects them."
            ),
        ),
        Check(
            "asset_without_keeper",
            translatable("Assets without owner or manager"),
            Severity.WARNING,
            "check_asset_without_keeper",
            description=translatable(
                "Heritage assets inside a district with no stakeholder recorded as their owner or manager; the "
                "finding selects them."
            ),
        ),
        Check(
            "district_without_promoter",
            translatable("District without a promoter"),
            Severity.WARNING,
            "check_district_without_promoter",
            description=translatable("No stakeholder committed to the district has the role of promoter."),
        ),
        Check(
            "declared_totals",
            translatable("Commitments against declared totals"),
            Severity.WARNING,
            "check_declared_totals",
            (Parameter("max_difference_eur", 1.0, translatable("Largest difference accepted (€)")),),
            translatable(
                "The commitments to a district's funding instrument (an APQ, a CIS) must add up to the total "
                "declared for it."
            ),
        ),
    ],
)
