"""``cultural_district:loadmunicipalities`` — load reference municipalities into a store."""

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
)

from .algorithm_base import CulturalDistrictAlgorithm


class LoadMunicipalitiesAlgorithm(CulturalDistrictAlgorithm):
    LOADED = "LOADED"
    POPULATION_TABLE = "POPULATION_TABLE"
    POPULATION_YEAR = "POPULATION_YEAR"
    REPAIRED = "REPAIRED"

    def name(self):
        return "loadmunicipalities"

    def displayName(self):
        return self.tr("Load municipalities into store")

    def shortHelpString(self):
        return self.tr(
            "Loads ISTAT municipal boundaries (fields such as PRO_COM_T, COMUNE, COD_PROV, COD_REG are "
            "recognised) into the store's reference layer, in one batch. Codes are kept as 6-character "
            "text; invalid boundaries are repaired and reported. A population table (CSV with the ISTAT code "
            "and the residents) can be joined by code."
        )

    def initAlgorithm(self, config=None):
        self.add_store_parameter()
        self.add_municipality_parameters(optional=False)
        self.addParameter(
            QgsProcessingParameterFile(
                self.POPULATION_TABLE, self.tr("Population table to join by ISTAT code (CSV)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.POPULATION_YEAR,
                self.tr("Year of the population figures"),
                QgsProcessingParameterNumber.Type.Integer,
                optional=True,
                minValue=1861,
                maxValue=2100,
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.LOADED, self.tr("Municipalities loaded")))
        self.addOutput(QgsProcessingOutputNumber(self.REPAIRED, self.tr("Boundaries repaired")))
        self.addOutput(QgsProcessingOutputString(self.BATCH_ID, self.tr("Batch id")))

    def process(self, parameters, context, feedback):
        from ..services.municipality_loader import load_municipalities, population_table

        store = self.open_store(parameters, context)
        layer, regions, year = self.municipality_arguments(parameters, context)
        table = self.parameterAsFile(parameters, self.POPULATION_TABLE, context)
        result = load_municipalities(
            store,
            layer,
            regions,
            year,
            population_table(table) if table else None,
            self.optional_int(parameters, self.POPULATION_YEAR, context),
        )
        self.report_repairs(feedback, result.repaired)
        return {self.LOADED: result.loaded, self.REPAIRED: len(result.repaired), self.BATCH_ID: result.batch_id}
