"""``cultural_district:hotspots`` — Getis–Ord Gi* and Moran's I over units."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorLayer,
    QgsWkbTypes,
)

from .algorithm_base import CulturalDistrictAlgorithm
from .style_post_processor import StylePostProcessor


def weights_labels(tr):
    return [
        tr("Distance band between unit centroids (inclusive)"),
        tr("Queen contiguity (a shared point)"),
        tr("Rook contiguity (a shared edge)"),
        tr("k nearest neighbours (centroids)"),
    ]


def measure_labels(tr):
    return [tr("Count"), tr("Count per km²"), tr("Count per 10,000 residents")]


class HotSpotsAlgorithm(CulturalDistrictAlgorithm):
    FIELD = "FIELD"
    POINTS = "POINTS"
    WEIGHTS = "WEIGHTS"
    DISTANCE = "DISTANCE"
    K = "K"
    MEASURE = "MEASURE"
    POPULATION_FIELD = "POPULATION_FIELD"
    PERMUTATIONS = "PERMUTATIONS"
    SEED = "SEED"
    MORAN_I = "MORAN_I"
    MORAN_EI = "MORAN_EI"
    MORAN_Z = "MORAN_Z"
    MORAN_P = "MORAN_P"
    HOT_SPOTS = "HOT_SPOTS"
    COLD_SPOTS = "COLD_SPOTS"
    ISLANDS = "ISLANDS"
    ISLAND_NAMES = "ISLAND_NAMES"

    def name(self):
        return "hotspots"

    def displayName(self):
        return self.tr("Hot spots (Getis–Ord Gi*, Moran's I)")

    def group(self):
        return self.tr("Concentration")

    def groupId(self):
        return "concentration"

    def shortHelpString(self):
        return self.tr(
            "Does heritage cluster in some units more than chance would give? For each unit (by default the "
            "store's municipalities) a value — a numeric field, or the number of points it holds (by default the "
            "store's heritage assets; each point in exactly one unit, the lowest ISTAT code on a shared border), "
            "optionally per km² or per 10,000 residents — is compared with its neighbours'. Getis–Ord Gi* (binary "
            "weights, the unit itself included; z and two-sided p; hot spot classes −3…3 at 99/95/90 % "
            "confidence), local Moran (row-standardised weights; HH/LH/LL/HL) and global Moran's I (normality, "
            "two-sided). Units without neighbours are named in a warning and get no local statistics. Distances in "
            "metres in a projected CRS. Conventions and formulas: docs/methods.md."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.INPUT,
                self.tr("Units (polygons; default: the store's municipalities)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        self.add_optional_store_parameter()
        self.addParameter(
            QgsProcessingParameterField(
                self.FIELD,
                self.tr("Value field (blank: count the points in each unit)"),
                parentLayerParameterName=self.INPUT,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.POINTS,
                self.tr("Points to count (default: the store's heritage assets)"),
                [QgsProcessing.SourceType.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.MEASURE, self.tr("Value"), measure_labels(self.tr), defaultValue=0, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.POPULATION_FIELD,
                self.tr("Population field (for a rate per residents; default: population)"),
                parentLayerParameterName=self.INPUT,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.WEIGHTS, self.tr("Neighbours"), weights_labels(self.tr), defaultValue=1, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.DISTANCE,
                self.tr("Distance band (m)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=10000.0,
                minValue=0.0,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.K,
                self.tr("Number of nearest neighbours"),
                QgsProcessingParameterNumber.Type.Integer,
                defaultValue=8,
                minValue=1,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.PERMUTATIONS,
                self.tr("Permutations for pseudo p-values (0: none)"),
                QgsProcessingParameterNumber.Type.Integer,
                defaultValue=0,
                minValue=0,
                maxValue=9999,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.SEED,
                self.tr("Random seed of the permutations"),
                QgsProcessingParameterNumber.Type.Integer,
                defaultValue=12345,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Hot spots"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        for key, label in (
            (self.MORAN_I, self.tr("Moran's I")),
            (self.MORAN_EI, self.tr("Moran's I expected")),
            (self.MORAN_Z, self.tr("Moran's I z (normality)")),
            (self.MORAN_P, self.tr("Moran's I p (two-sided)")),
            (self.HOT_SPOTS, self.tr("Hot spots at 95 % confidence or more")),
            (self.COLD_SPOTS, self.tr("Cold spots at 95 % confidence or more")),
            (self.ISLANDS, self.tr("Units without neighbours")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, label))
        self.addOutput(QgsProcessingOutputString(self.ISLAND_NAMES, self.tr("Units without neighbours, by name")))

    def process(self, parameters, context, feedback):
        from ..core.spatial_weights import WEIGHT_KINDS
        from ..services.analysis_inputs import analysis_crs, name_column, read_features
        from ..services.hot_spots import MEASURES, hot_spots, unit_values
        from ..services.output_styles import style_hot_spots

        store = self.optional_store(parameters, context)
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        points_layer = self.parameterAsVectorLayer(parameters, self.POINTS, context)
        crs = analysis_crs([layer, points_layer], store)
        field = self.parameterAsString(parameters, self.FIELD, context) or None
        measure = MEASURES[self.parameterAsEnum(parameters, self.MEASURE, context)]
        population_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context) or "population"
        units = read_features(
            layer,
            store,
            "municipalities",
            crs,
            None,
            ["pro_com_t", "name", "province", "region", "population", "population_year"],
        )
        keys = units.table["pro_com_t"] if "pro_com_t" in units.table else units.table["fid"].astype(str)
        names = name_column(units, None, "name" if "name" in units.table else None)
        points = None
        if field is None:
            points = read_features(points_layer, store, "heritage_assets", crs, [], [])
        population = units.table.get(population_field)
        values, counted, outside = unit_values(units, keys, points, field, measure, population)
        feedback.pushInfo(self.tr("Analysis CRS {0}; {1} units").format(crs.authid(), len(units.table)))
        if points is not None:
            feedback.pushInfo(
                self.tr("{0} points counted in the units, {1} outside every unit").format(counted, outside)
            )
        kind = WEIGHT_KINDS[self.parameterAsEnum(parameters, self.WEIGHTS, context)]
        result = hot_spots(
            units,
            names,
            values,
            kind,
            self.parameterAsDouble(parameters, self.DISTANCE, context),
            self.parameterAsInt(parameters, self.K, context),
            self.parameterAsInt(parameters, self.PERMUTATIONS, context),
            self.parameterAsInt(parameters, self.SEED, context),
        )
        if result.islands:
            feedback.pushWarning(
                self.tr("{0} unit(s) have no neighbours and get no local statistics: {1}").format(
                    len(result.islands), ", ".join(result.islands[:20]) + (" …" if len(result.islands) > 20 else "")
                )
            )
        frame = units.table.drop(columns=["fid"]).reset_index(drop=True)
        frame = frame.rename(columns={c: f"{c}_input" for c in frame.columns if c in result.table})
        frame = frame.join(result.table)
        outputs = {}
        self.write_frame(
            parameters, self.OUTPUT, context, outputs, frame, units.geometries, QgsWkbTypes.Type.MultiPolygon, crs
        )
        StylePostProcessor.attach(context, outputs.get(self.OUTPUT), style_hot_spots)
        hotspot = result.table["hotspot"]
        outputs.update(
            {
                self.MORAN_I: result.moran.i,
                self.MORAN_EI: result.moran.expected,
                self.MORAN_Z: result.moran.z,
                self.MORAN_P: result.moran.p,
                self.HOT_SPOTS: int((hotspot >= 2).sum()),
                self.COLD_SPOTS: int((hotspot <= -2).sum()),
                self.ISLANDS: len(result.islands),
                self.ISLAND_NAMES: ", ".join(result.islands),
            }
        )
        feedback.pushInfo(
            self.tr("Moran's I {0:.4f} (expected {1:.4f}), z {2:.2f}, p {3:.4f}").format(
                result.moran.i, result.moran.expected, result.moran.z, result.moran.p
            )
        )
        return outputs
