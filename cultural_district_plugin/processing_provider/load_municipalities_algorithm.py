"""``cultural_district:loadmunicipalities`` — load reference municipalities into a store."""

from qgis.core import QgsProcessingOutputNumber, QgsProcessingOutputString

from .algorithm_base import CulturalDistrictAlgorithm


class LoadMunicipalitiesAlgorithm(CulturalDistrictAlgorithm):

    def name(self):
        return "loadmunicipalities"

    def displayName(self):
        return self.tr("Load municipalities into store")

    def shortHelpString(self):
        return self.tr(
            "Loads ISTAT municipal boundaries (fields such as PRO_COM_T, COMUNE, COD_PROV, COD_REG are "
            "recognised) into the store's reference layer, in one batch. Codes are kept as 6-character "
            "text; invalid boundaries are repaired and reported.")

    def initAlgorithm(self, config=None):
        self.add_store_parameter()
        self.add_municipality_parameters(optional=False)
        self.addOutput(QgsProcessingOutputNumber("LOADED", self.tr("Municipalities loaded")))
        self.addOutput(QgsProcessingOutputNumber("REPAIRED", self.tr("Boundaries repaired")))
        self.addOutput(QgsProcessingOutputString("BATCH_ID", self.tr("Batch id")))

    def process(self, parameters, context, feedback):
        from ..services.municipality_loader import load_municipalities
        store = self.open_store(parameters, context)
        layer, regions, year = self.municipality_arguments(parameters, context)
        result = load_municipalities(store, layer, regions, year)
        self.report_repairs(feedback, result.repaired)
        return {"LOADED": result.loaded, "REPAIRED": len(result.repaired), "BATCH_ID": result.batch_id}
