"""``cultural_district:candidatedistricts`` — contiguous clusters of units that pass chosen criteria."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorLayer,
    QgsWkbTypes,
)

from .algorithm_base import CulturalDistrictAlgorithm
from .hot_spots_algorithm import measure_labels
from .style_post_processor import StylePostProcessor


class CandidateDistrictsAlgorithm(CulturalDistrictAlgorithm):
    POINTS = "POINTS"
    HOTSPOT_LEVEL = "HOTSPOT_LEVEL"
    MEASURE = "MEASURE"
    DISTANCE = "DISTANCE"
    PASS_FIELD = "PASS_FIELD"  # noqa: S105  # nosec B105 (a parameter name, not a password)
    MIN_UNITS = "MIN_UNITS"
    MIN_POPULATION = "MIN_POPULATION"
    MIN_ASSETS = "MIN_ASSETS"
    CANDIDATES = "CANDIDATES"
    UNITS_PASSING = "UNITS_PASSING"

    def name(self):
        return "candidatedistricts"

    def displayName(self):
        return self.tr("Candidate districts")

    def group(self):
        return self.tr("Concentration")

    def groupId(self):
        return "concentration"

    def shortHelpString(self):
        return self.tr(
            "Where could a cultural district be? Units (by default the store's municipalities) pass when they are "
            "Getis–Ord Gi* hot spots of heritage (the count of points, by default the store's assets, optionally "
            "per km² or per 10,000 residents; queen contiguity) at the chosen confidence, and — when a pass field "
            "is given, e.g. district_test from the DM 1993 test or specialised — when that field is true. "
            "Passing units that touch form a cluster; clusters with at least the minimum units, population and "
            "assets become candidates, dissolved into polygons with their members (ISTAT codes), population, "
            "assets, area and Gi* z. From the panel a candidate becomes a district in one click."
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
            QgsProcessingParameterVectorLayer(
                self.POINTS,
                self.tr("Points (default: the store's heritage assets)"),
                [QgsProcessing.SourceType.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.HOTSPOT_LEVEL,
                self.tr("Hot spot of heritage at least at"),
                [
                    self.tr("No hot spot criterion"),
                    self.tr("90 % confidence"),
                    self.tr("95 % confidence"),
                    self.tr("99 % confidence"),
                ],
                defaultValue=2,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.MEASURE, self.tr("Value for the hot spots"), measure_labels(self.tr), defaultValue=0, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.PASS_FIELD,
                self.tr("Units must also have this field true (e.g. district_test)"),
                parentLayerParameterName=self.INPUT,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MIN_UNITS,
                self.tr("Minimum units in a candidate"),
                QgsProcessingParameterNumber.Type.Integer,
                defaultValue=2,
                minValue=1,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MIN_POPULATION,
                self.tr("Minimum residents in a candidate"),
                QgsProcessingParameterNumber.Type.Integer,
                defaultValue=0,
                minValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MIN_ASSETS,
                self.tr("Minimum points (assets) in a candidate"),
                QgsProcessingParameterNumber.Type.Integer,
                defaultValue=1,
                minValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Candidate districts"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.CANDIDATES, self.tr("Candidates")))
        self.addOutput(QgsProcessingOutputNumber(self.UNITS_PASSING, self.tr("Units passing the criteria")))

    def process(self, parameters, context, feedback):
        import numpy as np
        import pandas as pd
        import shapely

        from ..core.autocorrelation import local_statistics
        from ..core.candidate_clusters import contiguous_clusters
        from ..core.district_geometry import dissolve
        from ..core.spatial_weights import QUEEN, build_weights
        from ..services.analysis_inputs import analysis_crs, read_features
        from ..services.hot_spots import MEASURES, unit_values
        from ..services.output_styles import style_candidates

        store = self.optional_store(parameters, context)
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        points_layer = self.parameterAsVectorLayer(parameters, self.POINTS, context)
        crs = analysis_crs([layer, points_layer], store)
        units = read_features(layer, store, "municipalities", crs, None, ["pro_com_t", "name", "population"])
        table = units.table.reset_index(drop=True)
        keys = table["pro_com_t"].astype(str) if "pro_com_t" in table else table["fid"].astype(str)
        names = table["name"].astype(str) if "name" in table else keys
        population = (
            pd.to_numeric(table["population"], errors="coerce").fillna(0)
            if "population" in table
            else pd.Series(0.0, index=table.index)
        )
        points = read_features(points_layer, store, "heritage_assets", crs, [], ["name"])
        counts, _, _ = unit_values(units, keys, points)
        measure = MEASURES[self.parameterAsEnum(parameters, self.MEASURE, context)]
        values, _, _ = (
            unit_values(units, keys, points, None, measure, population) if measure != "count" else (counts, 0, 0)
        )
        weights = build_weights(QUEEN, units.geometries)
        passing = np.ones(len(table), dtype=bool)
        level = self.parameterAsEnum(parameters, self.HOTSPOT_LEVEL, context)
        gi_z = np.full(len(table), np.nan)
        if level:
            local = local_statistics(np.nan_to_num(values), weights)
            gi_z = local.gi_star_z
            passing &= local.hotspot >= level
        field = self.parameterAsString(parameters, self.PASS_FIELD, context)
        if field:
            flag = table[field]
            passing &= flag.fillna(False).astype(str).str.lower().isin(["1", "true", "yes", "t", "si", "sì"]).to_numpy()
        labels = contiguous_clusters(passing, weights)
        rows, geometries = [], []
        minimum_units = self.parameterAsInt(parameters, self.MIN_UNITS, context)
        minimum_population = self.parameterAsInt(parameters, self.MIN_POPULATION, context)
        minimum_assets = self.parameterAsInt(parameters, self.MIN_ASSETS, context)
        for label in range(labels.max() + 1 if len(labels) else 0):
            members = np.flatnonzero(labels == label)
            people, assets = float(population.iloc[members].sum()), int(counts[members].sum())
            if len(members) < minimum_units or people < minimum_population or assets < minimum_assets:
                continue
            geometry = dissolve(units.geometries[members])
            # named after the member with the most points (then the most residents)
            leading = members[np.lexsort((population.iloc[members].to_numpy(), counts[members]))[-1]]
            members = members[np.argsort(keys.iloc[members].to_numpy())]
            rows.append(
                {
                    "candidate": len(rows) + 1,
                    "name": self.tr("Candidate {0}: {1}").format(len(rows) + 1, names.iloc[leading]),
                    "members": ",".join(keys.iloc[members]),
                    "member_names": ", ".join(names.iloc[members]),
                    "n_members": int(len(members)),
                    "population": int(people),
                    "assets": assets,
                    "area_km2": float(shapely.area(geometry) / 1e6),
                    "mean_gi_star_z": float(np.nanmean(gi_z[members])) if level else float("nan"),
                    "max_gi_star_z": float(np.nanmax(gi_z[members])) if level else float("nan"),
                }
            )
            geometries.append(geometry)
        frame = pd.DataFrame(
            rows,
            columns=[
                "candidate",
                "name",
                "members",
                "member_names",
                "n_members",
                "population",
                "assets",
                "area_km2",
                "mean_gi_star_z",
                "max_gi_star_z",
            ],
        )
        outputs = {self.CANDIDATES: len(rows), self.UNITS_PASSING: int(passing.sum())}
        self.write_frame(
            parameters,
            self.OUTPUT,
            context,
            outputs,
            frame,
            np.array(geometries, dtype=object),
            QgsWkbTypes.Type.MultiPolygon,
            crs,
        )
        StylePostProcessor.attach(context, outputs.get(self.OUTPUT), style_candidates)
        feedback.pushInfo(
            self.tr("{0} units pass the criteria; {1} candidate district(s)").format(int(passing.sum()), len(rows))
        )
        return outputs
