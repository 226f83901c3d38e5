"""``cultural_district:attachheritage`` — add heritage points to a store and locate them."""

from qgis.core import (QgsProcessing, QgsProcessingOutputNumber,
                       QgsProcessingOutputString, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterVectorLayer)
from qgis.PyQt.QtCore import QVariant

from .algorithm_base import CulturalDistrictAlgorithm


class AttachHeritageAlgorithm(CulturalDistrictAlgorithm):
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
            "residents.")

    def initAlgorithm(self, config=None):
        self.add_store_parameter()
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.INPUT, self.tr("Heritage assets to add (points; optional)"),
            [QgsProcessing.SourceType.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SUMMARY, self.tr("District summary"), QgsProcessing.SourceType.TypeVector, optional=True,
            createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.ASSETS, self.tr("Assets with municipality and districts"), QgsProcessing.SourceType.TypeVector,
            optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("ADDED", self.tr("Assets added")))
        self.addOutput(QgsProcessingOutputNumber("OUTSIDE_MUNICIPALITIES",
                                                 self.tr("Assets outside every municipality")))
        self.addOutput(QgsProcessingOutputString("BATCH_ID", self.tr("Batch id")))

    def process(self, parameters, context, feedback):
        from ..services.district_export import summary_fields
        from ..services.district_report import district_summaries
        from ..services.heritage_attachment import locate_store_assets
        from ..services.heritage_import import import_heritage
        store = self.open_store(parameters, context)
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        result = import_heritage(store, layer) if layer is not None else None  # the one way assets come in
        if result is not None and result.prepared.count("rejected"):
            feedback.pushWarning(self.tr("{0} feature(s) rejected; run Import heritage inventory for the report")
                                 .format(result.prepared.count("rejected")))
        assets = locate_store_assets(store)
        outside = int(assets["pro_com_t"].isna().sum())
        if outside:
            feedback.pushWarning(self.tr("{0} asset(s) lie outside every municipality of the store").format(outside))
        outputs = {"ADDED": result.added if result else 0, "OUTSIDE_MUNICIPALITIES": outside,
                   "BATCH_ID": result.batch_id if result else ""}
        self.write_sink(parameters, self.ASSETS, context, outputs,
                        (("fid", QVariant.Int), ("name", QVariant.String), ("pro_com_t", QVariant.String),
                         ("districts", QVariant.String)),
                        [(int(r.fid), r.name, r.pro_com_t, r.districts) for r in assets.itertuples(index=False)])
        fields = summary_fields()
        self.write_sink(parameters, self.SUMMARY, context, outputs, fields,
                        [[getattr(s, f.name()) for f in fields] for s in district_summaries(store)])
        return outputs
