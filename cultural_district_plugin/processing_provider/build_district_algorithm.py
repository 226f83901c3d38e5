"""``cultural_district:builddistrictfrommunicipalities`` — a district from ISTAT municipality codes."""

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..services.store_schema import DISTRICT_TYPES
from ..translation import tr, tr_n
from .algorithm_base import BOUNDARY_YEAR, CulturalDistrictAlgorithm


def district_type_labels():
    """Translated labels of the district types (Santagata's typology and Sacco's system-wide district)."""
    return {
        "industrial": tr("Industrial (Santagata)"),
        "institutional": tr("Institutional (Santagata)"),
        "museum": tr("Museum (Santagata)"),
        "metropolitan": tr("Metropolitan (Santagata)"),
        "system_wide": tr("System-wide (Sacco)"),
    }


class BuildDistrictAlgorithm(CulturalDistrictAlgorithm):
    AREA_KM2 = "AREA_KM2"
    ASSETS_INSIDE = "ASSETS_INSIDE"
    DISTRICT_ID = "DISTRICT_ID"
    MEMBERS = "MEMBERS"
    PARTS = "PARTS"
    POPULATION = "POPULATION"
    NAME = "NAME"
    CODES = "CODES"
    DISTRICT_TYPE = "DISTRICT_TYPE"

    def name(self):
        return "builddistrictfrommunicipalities"

    def displayName(self):
        return self.tr("Build district from municipalities")

    def shortHelpString(self):
        return self.tr(
            "Creates a district from a list of ISTAT municipality codes (PRO_COM_T; commas, spaces or new "
            "lines; leading zeros may be omitted). The members are recorded with their boundary year and "
            "the district geometry is the dissolve of their boundaries. Unknown codes refuse the whole "
            "build. Outputs the district's members, population, ellipsoidal area, parts and assets inside."
        )

    def initAlgorithm(self, config=None):
        self.add_store_parameter()
        self.addParameter(QgsProcessingParameterString(self.NAME, self.tr("District name")))
        self.addParameter(QgsProcessingParameterString(self.CODES, self.tr("ISTAT municipality codes"), multiLine=True))
        labels = district_type_labels()
        self.addParameter(
            QgsProcessingParameterEnum(
                self.DISTRICT_TYPE, self.tr("District type"), [labels[t] for t in DISTRICT_TYPES], optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                BOUNDARY_YEAR,
                self.tr("Boundary year (default: the store's latest)"),
                QgsProcessingParameterNumber.Type.Integer,
                optional=True,
                minValue=1861,
                maxValue=2100,
            )
        )
        for key, label in (
            (self.DISTRICT_ID, self.tr("District id")),
            (self.MEMBERS, self.tr("Member municipalities")),
            (self.POPULATION, self.tr("Population")),
            (self.AREA_KM2, self.tr("Area (km², ellipsoidal)")),
            (self.PARTS, self.tr("Parts")),
            (self.ASSETS_INSIDE, self.tr("Heritage assets inside")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, label))
        self.addOutput(QgsProcessingOutputString(self.BATCH_ID, self.tr("Batch id")))

    def process(self, parameters, context, feedback):
        from ..core.istat_codes import parse_code_list
        from ..services.district_builder import build_district
        from ..services.district_report import district_summaries

        store = self.open_store(parameters, context)
        codes = parse_code_list(self.parameterAsString(parameters, self.CODES, context))
        district_type = None
        if parameters.get(self.DISTRICT_TYPE) not in (None, ""):
            district_type = DISTRICT_TYPES[self.parameterAsEnum(parameters, self.DISTRICT_TYPE, context)]
        year = self.optional_int(parameters, BOUNDARY_YEAR, context)
        fid, batch_id = build_district(
            store, self.parameterAsString(parameters, self.NAME, context), codes, year, district_type
        )
        summary = district_summaries(store, [fid])[0]
        feedback.pushInfo(
            tr_n(
                summary.parts,
                "District {0}: {1} municipalities, {2:.2f} km², {3} part",
                "District {0}: {1} municipalities, {2:.2f} km², {3} parts",
            ).format(summary.name, summary.members, summary.area_km2, summary.parts)
        )
        return {
            self.DISTRICT_ID: fid,
            self.MEMBERS: summary.members,
            self.POPULATION: summary.population,
            self.AREA_KM2: summary.area_km2,
            self.PARTS: summary.parts,
            self.ASSETS_INSIDE: summary.assets_inside,
            self.BATCH_ID: batch_id,
        }
