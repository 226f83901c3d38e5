"""``cultural_district:locationquotients`` — location quotients by category, and specialisation indices."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorLayer,
)

from .algorithm_base import CulturalDistrictAlgorithm


class LocationQuotientsAlgorithm(CulturalDistrictAlgorithm):
    POINTS = "POINTS"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    WEIGHT_FIELD = "WEIGHT_FIELD"
    AREAS = "AREAS"
    AREA_NAME_FIELD = "AREA_NAME_FIELD"
    REFERENCE = "REFERENCE"
    CONFIDENCE = "CONFIDENCE"
    THRESHOLD = "THRESHOLD"
    SPECIALISATION = "SPECIALISATION"
    SPECIALISED = "SPECIALISED"
    POINTS_IN_REFERENCE = "POINTS_IN_REFERENCE"

    def name(self):
        return "locationquotients"

    def displayName(self):
        return self.tr("Location quotients and specialisation")

    def group(self):
        return self.tr("Concentration")

    def groupId(self):
        return "concentration"

    def shortHelpString(self):
        return self.tr(
            "Is a category of heritage (or of cultural enterprises) over-represented in an area compared with the "
            "reference territory? For each area (by default the store's districts) and category (by default the "
            "art. 101 class of the store's assets): LQ = (share of the category in the area) / (share in the "
            "reference), the reference being every point inside the reference layer (by default the store's "
            "municipalities); points may be weighted (e.g. employees). The confidence interval is the delta "
            "method on ln LQ with the covariance of an area nested in its reference; 'specialised' means LQ above "
            "the threshold and the interval's lower bound above 1. Per area: Herfindahl, Krugman, Hoover, Shannon "
            "and Hachman indices (EconGeo's definitions). Conventions: docs/methods.md."
        )

    def initAlgorithm(self, config=None):
        self.add_optional_store_parameter()
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.POINTS,
                self.tr("Points (default: the store's heritage assets)"),
                [QgsProcessing.SourceType.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.CATEGORY_FIELD,
                self.tr("Category field (default: art101_class)"),
                parentLayerParameterName=self.POINTS,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.WEIGHT_FIELD,
                self.tr("Weight field (e.g. employees; blank: each point counts 1)"),
                parentLayerParameterName=self.POINTS,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.AREAS,
                self.tr("Areas (default: the store's districts)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.AREA_NAME_FIELD, self.tr("Area name field"), parentLayerParameterName=self.AREAS, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.REFERENCE,
                self.tr("Reference territory (default: the store's municipalities)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.CONFIDENCE,
                self.tr("Confidence level"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=0.95,
                minValue=0.5,
                maxValue=0.999,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.THRESHOLD,
                self.tr("LQ threshold for 'specialised'"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=1.0,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Location quotients"), QgsProcessing.SourceType.TypeVector
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.SPECIALISATION,
                self.tr("Specialisation indices"),
                QgsProcessing.SourceType.TypeVector,
                optional=True,
                createByDefault=True,
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.SPECIALISED, self.tr("Area–category pairs specialised")))
        self.addOutput(QgsProcessingOutputNumber(self.POINTS_IN_REFERENCE, self.tr("Points in the reference")))

    def process(self, parameters, context, feedback):
        from ..services.analysis_inputs import analysis_crs, read_features
        from ..services.location_quotient_inputs import quotients_of

        store = self.optional_store(parameters, context)
        points_layer = self.parameterAsVectorLayer(parameters, self.POINTS, context)
        areas_layer = self.parameterAsVectorLayer(parameters, self.AREAS, context)
        reference_layer = self.parameterAsVectorLayer(parameters, self.REFERENCE, context)
        crs = analysis_crs([areas_layer, reference_layer, points_layer], store)
        category = self.parameterAsString(parameters, self.CATEGORY_FIELD, context) or "art101_class"
        weight = self.parameterAsString(parameters, self.WEIGHT_FIELD, context) or None
        points = read_features(
            points_layer,
            store,
            "heritage_assets",
            crs,
            [category] + ([weight] if weight else []),
            [category] + ([weight] if weight else []),
        )
        area_name = self.parameterAsString(parameters, self.AREA_NAME_FIELD, context) or None
        areas = read_features(areas_layer, store, "districts", crs, [area_name] if area_name else [], ["name"])
        reference = read_features(reference_layer, store, "municipalities", crs, [], [])
        result = quotients_of(
            points,
            category,
            weight,
            areas,
            area_name or "name",
            reference,
            self.parameterAsDouble(parameters, self.CONFIDENCE, context),
            self.parameterAsDouble(parameters, self.THRESHOLD, context),
        )
        outputs = {
            self.SPECIALISED: int(result.quotients["specialised"].sum()),
            self.POINTS_IN_REFERENCE: result.points_in_reference,
        }
        self.write_frame(parameters, self.OUTPUT, context, outputs, result.quotients)
        self.write_frame(parameters, self.SPECIALISATION, context, outputs, result.specialisation)
        feedback.pushInfo(
            self.tr("{0} points in the reference, {1} areas, {2} categories; {3} specialised " "pairs").format(
                result.points_in_reference, result.specialisation.shape[0], result.categories, outputs[self.SPECIALISED]
            )
        )
        return outputs
