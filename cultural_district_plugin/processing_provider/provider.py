"""The Processing provider ``cultural_district``."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..plugin_resources import plugin_version, resource_path
from ..translation import tr
from .attach_heritage_algorithm import AttachHeritageAlgorithm
from .build_district_algorithm import BuildDistrictAlgorithm
from .candidate_districts_algorithm import CandidateDistrictsAlgorithm
from .compare_districts_algorithm import CompareDistrictsAlgorithm
from .copy_store_algorithm import CopyStoreAlgorithm
from .coverage_algorithm import CoverageAlgorithm
from .create_store_algorithm import CreateStoreAlgorithm
from .district_test_algorithm import DistrictTestAlgorithm
from .export_district_algorithm import ExportDistrictAlgorithm
from .export_dossier_algorithm import ExportDossierAlgorithm
from .export_layers_algorithm import ExportLayersAlgorithm
from .export_metadata_algorithm import ExportMetadataAlgorithm
from .funding_summary_algorithm import FundingSummaryAlgorithm
from .hot_spots_algorithm import HotSpotsAlgorithm
from .import_commitments_algorithm import ImportCommitmentsAlgorithm
from .import_districts_algorithm import ImportDistrictsAlgorithm
from .import_heritage_algorithm import ImportHeritageAlgorithm
from .import_stakeholders_algorithm import ImportStakeholdersAlgorithm
from .load_municipalities_algorithm import LoadMunicipalitiesAlgorithm
from .location_quotients_algorithm import LocationQuotientsAlgorithm
from .point_pattern_algorithm import PointPatternAlgorithm
from .remove_batch_algorithm import RemoveBatchAlgorithm
from .run_checks_algorithm import RunChecksAlgorithm
from .stakeholder_network_algorithm import StakeholderNetworkAlgorithm
from .suggest_sites_algorithm import SuggestSitesAlgorithm
from .summarise_districts_algorithm import SummariseDistrictsAlgorithm

PROVIDER_ID = "cultural_district"
ALGORITHM_CLASSES = (
    CreateStoreAlgorithm,
    CopyStoreAlgorithm,
    LoadMunicipalitiesAlgorithm,
    BuildDistrictAlgorithm,
    AttachHeritageAlgorithm,
    ExportDistrictAlgorithm,
    RunChecksAlgorithm,
    RemoveBatchAlgorithm,
    ImportHeritageAlgorithm,
    ImportDistrictsAlgorithm,
    SummariseDistrictsAlgorithm,
    CompareDistrictsAlgorithm,
    HotSpotsAlgorithm,
    PointPatternAlgorithm,
    LocationQuotientsAlgorithm,
    DistrictTestAlgorithm,
    CandidateDistrictsAlgorithm,
    CoverageAlgorithm,
    SuggestSitesAlgorithm,
    ImportStakeholdersAlgorithm,
    ImportCommitmentsAlgorithm,
    FundingSummaryAlgorithm,
    StakeholderNetworkAlgorithm,
    ExportLayersAlgorithm,
    ExportMetadataAlgorithm,
    ExportDossierAlgorithm,
)


class CulturalDistrictProvider(QgsProcessingProvider):
    def id(self):
        return PROVIDER_ID

    def name(self):
        return tr("Cultural District Planner")

    def icon(self):
        return QIcon(resource_path("icons", "icon.svg"))

    def versionInfo(self):
        return plugin_version()

    def loadAlgorithms(self):
        for algorithm_class in ALGORITHM_CLASSES:
            self.addAlgorithm(algorithm_class())
