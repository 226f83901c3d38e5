"""``cultural_district:attachheritage`` — add heritage points to a store and locate them."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterVectorLayer,
)

from ..translation import tr_n
from .algorithm_base import CulturalDistrictAlgorithm


class AttachHeritageAlgorithm(CulturalDistrictAlgorithm):
    ADDED = "ADDED"
    OUTSIDE_MUNICIPALITIES = "OUTSIDE_MUNICIPALITIES"
    INPUT = "INPUT"
    SUMMARY = "SUMMARY"
    ASSETS = "ASSETS"

    def name(self):
        return "attachheritage"

    def displayName(self):
        return self.tr("Attach heritage assets")

    def shortHelpString(self):
        return self.tr(
            "Optionally adds the point features of a heritage layer to the store's inventory (one batch). "
            "Then every asset of the store gets exactly one municipality — the one containing it, the lowest "
            "ISTAT code when it lies on a shared border — and the districts containing it (border included). "
            "Outputs the assets with their municipality and districts, and per district the members, "
            "population, ellipsoidal area, parts and the inventory inside: counts by category, protected "
            "assets, UNESCO components, visitors (mixed years flagged), densities per km² and per 10,000 "
            "residents."
        )

    def initAlgorithm(self, config=None):
        self.add_store_parameter()
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.INPUT,
                self.tr("Heritage assets to add (points; lines and polygons become points on them; optional)"),
                [
                    QgsProcessing.SourceType.TypeVectorPoint,
                    QgsProcessing.SourceType.TypeVectorLine,
                    QgsProcessing.SourceType.TypeVectorPolygon,
                ],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.SUMMARY,
                self.tr("District summary"),
                QgsProcessing.SourceType.TypeVector,
                optional=True,
                createByDefault=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.ASSETS,
                self.tr("Assets with municipality and districts"),
                QgsProcessing.SourceType.TypeVector,
                optional=True,
                createByDefault=False,
            )
        )
        self.add_outside_area_parameter()
        self.addOutput(QgsProcessingOutputNumber(self.ADDED, self.tr("Assets added")))
        self.addOutput(
            QgsProcessingOutputNumber(self.OUTSIDE_MUNICIPALITIES, self.tr("Assets outside every municipality"))
        )
        self.addOutput(QgsProcessingOutputString(self.BATCH_ID, self.tr("Batch id")))

    def process(self, parameters, context, feedback):
        from ..services.district_report import summary_fields
        from ..services.heritage_attachment import locate_store_assets
        from ..services.heritage_import import import_heritage

        store = self.open_store(parameters, context)
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        result = (
            import_heritage(store, layer, reject_outside_store_area=self.reject_outside_area(parameters, context))
            if layer is not None
            else None
        )  # the one way assets come in
        if result is not None and result.prepared.count("rejected"):
            feedback.pushWarning(
                tr_n(
                    result.prepared.count("rejected"),
                    "{0} feature rejected; run Import heritage inventory for the report",
                    "{0} features rejected; run Import heritage inventory for the report",
                ).format(result.prepared.count("rejected"))
            )
        assets, points = locate_store_assets(store, written=result.written if result is not None else None)
        outside = int(assets["pro_com_t"].isna().sum())
        if outside:
            feedback.pushWarning(
                tr_n(
                    outside,
                    "{0} asset lies outside every municipality of the store",
                    "{0} assets lie outside every municipality of the store",
                ).format(outside)
            )
        outputs = {
            self.ADDED: result.added if result else 0,
            self.OUTSIDE_MUNICIPALITIES: outside,
            self.BATCH_ID: result.batch_id if result else "",
        }
        outputs.update(self.outside_area_outputs(result, feedback))
        self.write_sink(
            parameters,
            self.ASSETS,
            context,
            outputs,
            (("fid", "int"), ("name", "string"), ("pro_com_t", "string"), ("districts", "string")),
            ((int(r.fid), r.name, r.pro_com_t, r.districts) for r in assets.itertuples(index=False)),  # if asked
        )
        self.write_sink(
            parameters,
            self.SUMMARY,
            context,
            outputs,
            summary_fields(),
            _summary_rows(store, assets, points),
        )
        return outputs


def _summary_rows(store, assets, points):
    """The district summary's rows, computed only when the output is asked for (write_sink iterates them)."""
    from ..services.district_report import district_summaries, summary_attributes

    for summary in district_summaries(store, assets=(assets, points)):
        yield summary_attributes(summary)
