"""Every setting the plugin keeps, declared once with its scope and default (QFieldSync's preferences are
the model): *project* settings travel with the .qgz (the store, the panel's inputs, analysis parameters),
*user* settings stay in the QGIS profile (remembered column mappings, last folders).
"""

from dataclasses import dataclass

from qgis.core import QgsProject, QgsSettings

PROJECT = "project"
USER = "user"
SCOPE_NAME = "cultural_district"  # project entries' scope and the prefix of user settings


@dataclass(frozen=True)
class Setting:
    key: str
    scope: str
    default: str = ""
    description: str = ""

    def value(self, suffix: str = "", project: QgsProject = None) -> str:
        key = self.key + suffix
        if self.scope == PROJECT:
            text, found = (project or QgsProject.instance()).readEntry(SCOPE_NAME, key, self.default)
            return text if found else self.default
        return str(QgsSettings().value(f"{SCOPE_NAME}/{key}", self.default))

    def set_value(self, value: str, suffix: str = "", project: QgsProject = None) -> None:
        key = self.key + suffix
        if self.scope == PROJECT:
            (project or QgsProject.instance()).writeEntry(SCOPE_NAME, key, value)
        else:
            QgsSettings().setValue(f"{SCOPE_NAME}/{key}", value)

    def remove(self, suffix: str = "", project: QgsProject = None) -> None:
        key = self.key + suffix
        if self.scope == PROJECT:
            (project or QgsProject.instance()).removeEntry(SCOPE_NAME, key)
        else:
            QgsSettings().remove(f"{SCOPE_NAME}/{key}")


STORE_PATH = Setting("store_path", PROJECT, description="The district project store open in this project")
REGION_CODES = Setting("region_codes", PROJECT, description="ISTAT region codes typed in the store section")
DISTRICT_NAME = Setting("district_name", PROJECT, description="Name typed in the district section")
DISTRICT_CODES = Setting("district_codes", PROJECT, description="ISTAT codes pasted in the district section")
IMPORT_MAPPING = Setting(
    "import_mappings/", USER, "{}", "Column mapping chosen for an inventory file (suffix: the file name), as JSON"
)
LAST_FOLDER = Setting("last_folder", USER, description="Folder of the last store or export chosen")
LAST_POSTGRES_STORE = Setting(
    "last_postgres_store", USER, description="The last PostgreSQL store address typed (never its password)"
)

COVERAGE_NEAR_M = Setting("coverage/near_distance_m", PROJECT, "2000", "Near misses within (m), coverage section")
COVERAGE_CATCHMENT_M = Setting("coverage/catchment_distance_m", PROJECT, "1000", "Catchment of an asset (m)")
COVERAGE_HUBS = Setting("coverage/hubs_layer", PROJECT, "", "Id of the project layer of access hubs")
COVERAGE_HUB_M = Setting("coverage/hub_distance_m", PROJECT, "2000", "Reach of a hub or a new site (m)")
COVERAGE_SITES = Setting("coverage/new_sites", PROJECT, "3", "New sites to suggest")
COVERAGE_DEMAND = Setting("coverage/demand", PROJECT, "0", "What new sites should reach: 0 assets, 1 residents")

EXPORT_CHOICES = Setting(
    "export/choices", PROJECT, "{}", "What the Export dialog produces, where, and the office's iPA code, name, e-mail"
)

# The panel's inputs kept with the project
PANEL_INPUTS = (
    REGION_CODES,
    DISTRICT_NAME,
    DISTRICT_CODES,
    COVERAGE_NEAR_M,
    COVERAGE_CATCHMENT_M,
    COVERAGE_HUBS,
    COVERAGE_HUB_M,
    COVERAGE_SITES,
    COVERAGE_DEMAND,
)
