"""``cultural_district:attachheritage`` — add heritage points to a store and locate them."""

from qgis.core import (QgsFeature, QgsFeatureSink, QgsProcessing, QgsProcessingOutputNumber,
                       QgsProcessingOutputString, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterVectorLayer, QgsWkbTypes)

from .algorithm_base import CulturalDistrictAlgorithm


class AttachHeritageAlgorithm(CulturalDistrictAlgorithm):
    INPUT = "INPUT"
    SUMMARY = "SUMMARY"

    def name(self):
        return "attachheritage"

    def displayName(self):
        return self.tr("Attach heritage assets")

    def shortHelpString(self):
        return self.tr(
            "Adds the point features of a heritage layer to the store's inventory (one batch). Each asset "
            "gets exactly one municipality: the one containing it, the lowest ISTAT code when it lies on a "
            "shared border. Outputs a table with, per district, the members, population, ellipsoidal "
            "area, parts and the assets inside (border included).")

    def initAlgorithm(self, config=None):
        self.add_store_parameter()
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.INPUT, self.tr("Heritage assets (points)"), [QgsProcessing.SourceType.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SUMMARY, self.tr("District summary"), QgsProcessing.SourceType.TypeVector, optional=True,
            createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber("ADDED", self.tr("Assets added")))
        self.addOutput(QgsProcessingOutputNumber("OUTSIDE_MUNICIPALITIES",
                                                 self.tr("Assets outside every municipality")))
        self.addOutput(QgsProcessingOutputString("BATCH_ID", self.tr("Batch id")))

    def process(self, parameters, context, feedback):
        from ..services.district_export import summary_fields
        from ..services.district_report import district_summaries
        from ..services.heritage_attachment import attach_heritage
        store = self.open_store(parameters, context)
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        result = attach_heritage(store, layer)
        if result.outside_municipalities:
            feedback.pushWarning(self.tr("{0} asset(s) lie outside every municipality of the store").format(
                result.outside_municipalities))
        outputs = {"ADDED": result.added, "OUTSIDE_MUNICIPALITIES": result.outside_municipalities,
                   "BATCH_ID": result.batch_id}
        fields = summary_fields()
        sink, sink_id = self.parameterAsSink(parameters, self.SUMMARY, context, fields, QgsWkbTypes.NoGeometry)
        if sink is not None:
            for summary in district_summaries(store):
                feature = QgsFeature(fields)
                feature.setAttributes([getattr(summary, f.name()) for f in fields])
                sink.addFeature(feature, QgsFeatureSink.FastInsert)
            outputs[self.SUMMARY] = sink_id
        return outputs
