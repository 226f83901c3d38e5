"""Names and lists shared by the algorithms, the dialogs and the dock, defined once (as QuickOSM's
``definitions``): the store's layers, coordinate modes and column roles of the imports.

Ids are stable (scripts, saved projects and models rely on them); labels are translated where shown.
"""

from collections.abc import Callable
from dataclasses import dataclass

from .translation import tr

# The store's tables shown in the project, in layer-tree order (top to bottom).
STORE_LAYERS = (
    "check_results",
    "heritage_assets",
    "stakeholders",
    "districts",
    "municipalities",
    "district_members",
    "commitments",
    "stakeholder_assets",
    "declared_totals",
)
# Custom property of a project layer that names the store table it shows (layer names are translated).
TABLE_PROPERTY = "cultural_district/table"


def table_titles() -> dict:
    """Translated layer names of the store's tables."""
    return {
        "check_results": tr("Check findings"),
        "heritage_assets": tr("Heritage assets"),
        "stakeholders": tr("Stakeholders"),
        "districts": tr("Districts"),
        "municipalities": tr("Municipalities"),
        "district_members": tr("District members"),
        "commitments": tr("Commitments"),
        "stakeholder_assets": tr("Owners and managers of assets"),
        "declared_totals": tr("Declared totals"),
    }


def column_titles() -> dict:
    """Translated titles of the store's columns (field aliases, and field names in messages); the column names
    stay as they are underneath. One title per name: a name means the same in every table that has it."""
    return {
        "key": tr("Key"),
        "value": tr("Value"),
        "batch_id": tr("Bulk operation id"),
        "operation": tr("Operation"),
        "description": tr("Description"),
        "created_at": tr("Created"),
        "pro_com_t": tr("ISTAT municipality code"),
        "name": tr("Name"),
        "province_code": tr("Province code"),
        "province": tr("Province"),
        "region_code": tr("Region code"),
        "region": tr("Region"),
        "population": tr("Population"),
        "population_year": tr("Population year"),
        "boundary_year": tr("Boundary year"),
        "district_type": tr("District type"),
        "status": tr("Status"),
        "legal_act": tr("Legal act"),
        "notes": tr("Notes"),
        "origin": tr("Origin"),
        "updated_at": tr("Updated"),
        "district_id": tr("District"),
        "category": tr("Category"),
        "art101_class": tr("Art. 101 class"),
        "protection": tr("Protection"),
        "unesco_component": tr("UNESCO component"),
        "owner_type": tr("Owner type"),
        "visitors": tr("Visitors"),
        "visitors_year": tr("Visitors' year"),
        "visitors_source": tr("Visitors' source"),
        "source_dataset": tr("Source dataset"),
        "source_id": tr("Id in the source"),
        "coord_verified": tr("Coordinates verified"),
        "location_approximate": tr("Location approximate"),
        "import_flags": tr("Import flags"),
        "extra_attributes": tr("Other attributes"),
        "stakeholder_type": tr("Stakeholder type"),
        "role": tr("Role"),
        "contact": tr("Contact"),
        "address": tr("Address"),
        "email": tr("E-mail"),
        "website": tr("Website"),
        "legal_status": tr("Legal status"),
        "stakeholder_id": tr("Stakeholder"),
        "asset_id": tr("Heritage asset"),
        "relation": tr("Relation"),
        "amount_eur": tr("Amount (€)"),
        "year": tr("Year"),
        "instrument": tr("Instrument"),
        "purpose": tr("Purpose"),
        "total_eur": tr("Total (€)"),
        "source": tr("Source"),
        "run_at": tr("Run at"),
        "parameters": tr("Parameters"),
        "run_id": tr("Check run"),
        "check_id": tr("Check"),
        "severity": tr("Severity"),
        "threshold": tr("Threshold"),
        "message": tr("Message"),
        "feature_ids": tr("Features concerned"),
        "feature_table": tr("Table of the features"),
    }


# How an inventory gives its coordinates; the index is the Processing enum value of COORDINATES.
COORDINATE_MODES = ("", "latlon", "xy", "wkt", "geometry")


def coordinate_mode_labels() -> dict:
    return {
        "": tr("Detect"),
        "latlon": tr("Latitude / longitude columns"),
        "xy": tr("X / Y columns"),
        "wkt": tr("WKT column"),
        "geometry": tr("Layer geometry"),
    }


# Roles of a heritage inventory's columns; each has a <ROLE>_COLUMN parameter in importheritage.
HERITAGE_COLUMN_ROLES = (
    "name",
    "category",
    "municipality",
    "municipality_code",
    "source_id",
    "lat",
    "lon",
    "x",
    "y",
    "wkt",
    "visitors",
    "visitors_year",
)


def heritage_role_labels() -> dict:
    return {
        "name": tr("Name"),
        "category": tr("Category"),
        "municipality": tr("Municipality (name)"),
        "municipality_code": tr("Municipality (ISTAT code)"),
        "source_id": tr("Source id"),
        "lat": tr("Latitude"),
        "lon": tr("Longitude"),
        "x": tr("X / East"),
        "y": tr("Y / North"),
        "wkt": tr("WKT geometry"),
        "visitors": tr("Visitors"),
        "visitors_year": tr("Visitors' year"),
    }


# Roles of a stakeholder list's columns (importstakeholders) and of a funding table's (importcommitments).
STAKEHOLDER_COLUMN_ROLES = (
    "name",
    "stakeholder_type",
    "role",
    "municipality",
    "municipality_code",
    "legal_status",
    "address",
    "email",
    "website",
    "contact",
    "lat",
    "lon",
    "owns",
    "manages",
)
COMMITMENT_COLUMN_ROLES = (
    "stakeholder",
    "stakeholder_id",
    "district",
    "amount",
    "year",
    "instrument",
    "purpose",
    "declared_total",
)


def stakeholder_role_labels() -> dict:
    return {
        "name": tr("Name"),
        "stakeholder_type": tr("Type"),
        "role": tr("Role"),
        "municipality": tr("Municipality (name)"),
        "municipality_code": tr("Municipality (ISTAT code)"),
        "legal_status": tr("Legal status (public/private)"),
        "address": tr("Address"),
        "email": tr("Email"),
        "website": tr("Website"),
        "contact": tr("Contact person"),
        "lat": tr("Latitude"),
        "lon": tr("Longitude"),
        "owns": tr("Assets owned"),
        "manages": tr("Assets managed"),
    }


def commitment_role_labels() -> dict:
    return {
        "stakeholder": tr("Stakeholder (name)"),
        "stakeholder_id": tr("Stakeholder (id)"),
        "district": tr("District"),
        "amount": tr("Amount (€)"),
        "year": tr("Year"),
        "instrument": tr("Instrument (APQ, CIS, PNRR…)"),
        "purpose": tr("Purpose"),
        "declared_total": tr("Declared total of the instrument (€)"),
    }


def column_parameter(role: str) -> str:
    """The Processing parameter that overrides the column of ``role`` (e.g. ``NAME_COLUMN``)."""
    return f"{role.upper()}_COLUMN"


@dataclass(frozen=True)
class ImportKind:
    """What one import algorithm needs from the shared import dialog."""

    algorithm: str
    roles: tuple[str, ...]
    role_labels: Callable[[], dict]
    recogniser: str  # "module.function" (relative to the gui package) recognising the columns of a header
    title: Callable[[], str]
    source_label: Callable[[], str]
    coordinate_modes: bool = False  # heritage: lat/lon, X/Y, WKT or the layer's geometry
    memory_prefix: str = ""  # before the file name in settings.IMPORT_MAPPING


HERITAGE_IMPORT = ImportKind(
    "importheritage",
    HERITAGE_COLUMN_ROLES,
    heritage_role_labels,
    "..core.heritage_columns.recognise_heritage_columns",
    lambda: tr("Import heritage inventory"),
    lambda: tr("Inventory"),
    coordinate_modes=True,
)
STAKEHOLDER_IMPORT = ImportKind(
    "importstakeholders",
    STAKEHOLDER_COLUMN_ROLES,
    stakeholder_role_labels,
    "..core.stakeholder_columns.recognise_stakeholder_columns",
    lambda: tr("Import stakeholders"),
    lambda: tr("Stakeholder list"),
    memory_prefix="stakeholders:",
)
COMMITMENT_IMPORT = ImportKind(
    "importcommitments",
    COMMITMENT_COLUMN_ROLES,
    commitment_role_labels,
    "..core.stakeholder_columns.recognise_commitment_columns",
    lambda: tr("Import commitments"),
    lambda: tr("Funding table"),
    memory_prefix="commitments:",
)
