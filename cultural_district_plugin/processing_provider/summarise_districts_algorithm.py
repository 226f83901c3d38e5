"""``cultural_district:summarisedistricts`` — the figures of each district of a store (read only)."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
)

from .algorithm_base import CulturalDistrictAlgorithm


class SummariseDistrictsAlgorithm(CulturalDistrictAlgorithm):
    ASSETS = "ASSETS"
    PROVINCES = "PROVINCES"
    OUTPUT = "OUTPUT"
    DISTRICTS = "DISTRICTS"

    def name(self):
        return "summarisedistricts"

    def displayName(self):
        return self.tr("Summarise districts")

    def shortHelpString(self):
        return self.tr(
            "One row per district of the store: members, population, ellipsoidal area and method, parts, "
            "holes, heritage assets inside (border included) by category, protected assets, UNESCO "
            "components, visitors with their years (mixed years flagged), assets per km² and per 10,000 "
            "residents. Nothing is written to the store."
        )

    def initAlgorithm(self, config=None):
        self.add_store_parameter()
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("District summary"), QgsProcessing.SourceType.TypeVector
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.DISTRICTS, self.tr("Districts")))
        self.addOutput(QgsProcessingOutputNumber(self.MUNICIPALITIES, self.tr("Municipalities in the store")))
        self.addOutput(QgsProcessingOutputNumber(self.ASSETS, self.tr("Heritage assets in the store")))
        self.addOutput(
            QgsProcessingOutputString(
                self.PROVINCES, self.tr("Provinces of the store's municipalities " "(separated by |)")
            )
        )

    def process(self, parameters, context, feedback):
        from ..services.district_builder import store_municipalities
        from ..services.district_report import district_summaries, summary_attributes, summary_fields

        store = self.open_store(parameters, context)
        summaries = district_summaries(store)
        municipalities, _, _ = store_municipalities(store, required=False)
        assets, _ = store.read_table("heritage_assets", [])
        provinces = sorted(p for p in municipalities["province"].dropna().unique() if str(p).strip())
        outputs = {
            self.DISTRICTS: len(summaries),
            self.MUNICIPALITIES: len(municipalities),
            self.ASSETS: len(assets),
            self.PROVINCES: "|".join(provinces),
        }
        self.write_sink(
            parameters, self.OUTPUT, context, outputs, summary_fields(), [summary_attributes(s) for s in summaries]
        )
        return outputs
