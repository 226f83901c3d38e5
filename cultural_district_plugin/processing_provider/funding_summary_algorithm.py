"""``cultural_district:fundingsummary`` — who funds each district, with how much, public and private."""

from qgis.core import QgsProcessing, QgsProcessingParameterFeatureSink

from .algorithm_base import CulturalDistrictAlgorithm


class FundingSummaryAlgorithm(CulturalDistrictAlgorithm):
    BY_SOURCE = "BY_SOURCE"

    def name(self):
        return "fundingsummary"

    def displayName(self):
        return self.tr("Funding summary")

    def group(self):
        return self.tr("Stakeholders and funding")

    def groupId(self):
        return "funding"

    def shortHelpString(self):
        return self.tr(
            "One row per district of the store: the stakeholders committed to it, the total committed, public and "
            "private money and the public share, euro per resident (its members' population) and per heritage asset "
            "inside, and the total of each stakeholder type (columns eur_<type>); a second table by stakeholder type "
            "and year. Public: State bodies, the Region, municipalities; private: banking foundations (private "
            "non-profit bodies by law), enterprises, third sector, religious bodies; universities and others by "
            "their legal status (unclassified when it is not recorded)."
        )

    def initAlgorithm(self, config=None):
        self.add_store_parameter()
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Funding by district"), QgsProcessing.SourceType.TypeVector
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.BY_SOURCE,
                self.tr("Funding by stakeholder type and year"),
                QgsProcessing.SourceType.TypeVector,
                optional=True,
                createByDefault=True,
            )
        )

    def process(self, parameters, context, feedback):
        import pandas as pd

        from ..core.funding_summary import funding_summary
        from ..services.district_report import district_summaries
        from ..services.funding_inputs import read_funding

        store = self.open_store(parameters, context)
        summaries = district_summaries(store)
        districts = pd.DataFrame(
            {
                "fid": [s.district_id for s in summaries],
                "name": [s.name for s in summaries],
                "residents": [s.population for s in summaries],
                "assets": [s.assets_inside for s in summaries],
            }
        )
        table, by_source = funding_summary(read_funding(store), districts)
        outputs = {}
        self.write_frame(parameters, self.OUTPUT, context, outputs, table)
        self.write_frame(parameters, self.BY_SOURCE, context, outputs, by_source)
        feedback.pushInfo(
            self.tr("{0} district(s); {1:.2f} € committed in all").format(len(table), float(table["total_eur"].sum()))
        )
        return outputs
