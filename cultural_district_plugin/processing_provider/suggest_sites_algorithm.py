"""``cultural_district:suggestsites`` — where would p new hubs or visitor services cover the most uncovered
assets or residents? Maximal covering location, greedy with its guarantee or exact with PuLP."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsWkbTypes,
)

from .algorithm_base import CulturalDistrictAlgorithm
from .style_post_processor import StylePostProcessor

DEMANDS = ("assets", "residents")  # what the new sites should reach
METHODS = ("greedy", "exact")  # the core's GREEDY / EXACT


class SuggestSitesAlgorithm(CulturalDistrictAlgorithm):
    DISTRICTS = "DISTRICTS"
    NAME_FIELD = "NAME_FIELD"
    DISTRICT = "DISTRICT"
    DEMAND = "DEMAND"
    POINTS = "POINTS"
    POPULATION = "POPULATION"
    POPULATION_FIELD = "POPULATION_FIELD"
    HUBS = "HUBS"
    CANDIDATES = "CANDIDATES"
    CANDIDATE_SPACING = "CANDIDATE_SPACING"
    SERVICE_DISTANCE = "SERVICE_DISTANCE"
    COUNT = "COUNT"
    METHOD = "METHOD"
    DEMAND_TOTAL = "DEMAND_TOTAL"
    ALREADY_COVERED = "ALREADY_COVERED"
    COVERED_GAIN = "COVERED_GAIN"
    COVERED_SHARE = "COVERED_SHARE"
    OPTIMUM_BOUND = "OPTIMUM_BOUND"
    METHOD_USED = "METHOD_USED"

    def name(self):
        return "suggestsites"

    def displayName(self):
        return self.tr("Suggest sites for new hubs")

    def group(self):
        return self.tr("Coverage")

    def groupId(self):
        return "coverage"

    def shortHelpString(self):
        return self.tr(
            "Where would a given number of new hubs or visitor services reach the most heritage assets (or "
            "residents) that no existing hub reaches? Demand: the assets inside the districts (by default the "
            "store's; one district by name, or all), or their residents by areal weighting of a population layer "
            "(by default the store's municipalities); demand within the service distance of an existing hub is "
            "already covered. Candidate sites: a point layer, or a grid over the districts. Greedy method: each "
            "new site covers the most demand still uncovered; its total is guaranteed to reach at least "
            "1 − (1 − 1/p)^p of the best possible (63 % or more), and the bound on the best is reported. Exact "
            "method: integer programming with PuLP, when installed (pip install pulp). Output: the suggested "
            "sites in order, with the demand each adds. Definitions: docs/methods.md."
        )

    def initAlgorithm(self, config=None):
        self.add_optional_store_parameter()
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.DISTRICTS,
                self.tr("Districts (default: the store's)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.NAME_FIELD, self.tr("District name field"), parentLayerParameterName=self.DISTRICTS, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(self.DISTRICT, self.tr("District (name; blank: all)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.DEMAND, self.tr("Cover"), [self.tr("Heritage assets"), self.tr("Residents")], defaultValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.POINTS,
                self.tr("Assets (default: the store's heritage assets)"),
                [QgsProcessing.SourceType.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.POPULATION,
                self.tr("Population (polygons: census sections or a grid; default: the store's " "municipalities)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.POPULATION_FIELD, self.tr("Population field"), "population", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.HUBS,
                self.tr("Existing hubs (their reach counts as covered)"),
                [QgsProcessing.SourceType.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.CANDIDATES,
                self.tr("Candidate sites (default: a grid over the districts)"),
                [QgsProcessing.SourceType.TypeVectorPoint],
                optional=True,
            )
        )
        for key, label, default in (
            (self.CANDIDATE_SPACING, self.tr("Grid of candidate sites every (m)"), 500.0),
            (self.SERVICE_DISTANCE, self.tr("A site reaches (m)"), 2000.0),
        ):
            self.addParameter(
                QgsProcessingParameterNumber(
                    key, label, QgsProcessingParameterNumber.Type.Double, defaultValue=default, minValue=1.0
                )
            )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.COUNT, self.tr("New sites"), QgsProcessingParameterNumber.Type.Integer, defaultValue=3, minValue=1
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.METHOD,
                self.tr("Method"),
                [self.tr("Greedy (fast, within its guarantee)"), self.tr("Exact (needs PuLP)")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Suggested sites"), QgsProcessing.SourceType.TypeVectorPoint
            )
        )
        for key, label in (
            (self.DEMAND_TOTAL, self.tr("Demand in the districts")),
            (self.ALREADY_COVERED, self.tr("Demand already within reach of a hub")),
            (self.COVERED_GAIN, self.tr("Demand the new sites reach")),
            (self.COVERED_SHARE, self.tr("Share of the uncovered demand they reach")),
            (self.OPTIMUM_BOUND, self.tr("At most this much could be reached with as many sites")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, label))
        self.addOutput(QgsProcessingOutputString(self.METHOD_USED, self.tr("Method used")))

    def process(self, parameters, context, feedback):
        import numpy as np
        import pandas as pd
        import shapely

        from ..core.asset_location import covered_mask
        from ..core.coverage import areal_residents
        from ..core.district_geometry import repaired
        from ..core.maximal_covering import (
            EXACT,
            candidate_grid,
            coverage_matrix,
            exact_available,
            exact_covering,
            greedy_covering,
        )
        from ..services.analysis_inputs import analysis_crs, name_column, read_features, valid_points
        from ..services.coverage_inputs import points_of, population_units
        from ..services.output_styles import style_points

        store = self.optional_store(parameters, context)
        layer = {
            key: self.parameterAsVectorLayer(parameters, key, context)
            for key in (self.DISTRICTS, self.POINTS, self.POPULATION, self.HUBS, self.CANDIDATES)
        }
        crs = analysis_crs([layer[self.DISTRICTS], layer[self.POINTS]], store)
        name_field = self.parameterAsString(parameters, self.NAME_FIELD, context) or None
        districts = read_features(
            layer[self.DISTRICTS], store, "districts", crs, [name_field] if name_field else None, ["name"]
        )
        names = name_column(districts, name_field, "name" if layer[self.DISTRICTS] is None else None).to_numpy()
        wanted = (self.parameterAsString(parameters, self.DISTRICT, context) or "").strip()
        keep = ~(shapely.is_missing(districts.geometries) | shapely.is_empty(districts.geometries))
        if wanted:
            keep &= np.array([str(n).casefold() == wanted.casefold() for n in names])
            if not keep.any():
                raise QgsProcessingException(
                    self.tr("No district named {0!r} in {1} (districts: {2})").format(
                        wanted, districts.source, ", ".join(map(str, names))
                    )
                )
        if not keep.any():
            raise QgsProcessingException(self.tr("{0}: no district to improve").format(districts.source))
        geometries, names = np.asarray(repaired(districts.geometries[keep]), dtype=object), names[keep]
        area = shapely.union_all(geometries)
        demand_kind = DEMANDS[self.parameterAsEnum(parameters, self.DEMAND, context)]
        if demand_kind == "assets":
            points = read_features(layer[self.POINTS], store, "heritage_assets", crs, [], [])
            located = shapely.get_geometry(points.geometries[valid_points(points)], 0)
            demand_points = located[covered_mask(area, located)]
            weights = np.ones(len(demand_points))
        else:
            units, residents = population_units(
                layer[self.POPULATION],
                store,
                crs,
                self.parameterAsString(parameters, self.POPULATION_FIELD, context),
                feedback.pushWarning,
            )
            if units is None:
                raise QgsProcessingException(self.tr("Residents need a population layer or a store"))
            units = np.asarray(repaired(units), dtype=object)
            tree = shapely.STRtree(units)
            located = [areal_residents(g, units, residents, tree)[1:] for g in geometries]
            demand_points = np.concatenate([p for p, _ in located]) if located else np.empty(0, dtype=object)
            weights = np.concatenate([w for _, w in located]) if located else np.empty(0)
        coordinates = shapely.get_coordinates(demand_points) if len(demand_points) else np.empty((0, 2))
        distance = self.parameterAsDouble(parameters, self.SERVICE_DISTANCE, context)
        hubs = points_of(layer[self.HUBS], crs)
        reached = np.zeros(len(coordinates), dtype=bool)
        if hubs is not None and len(hubs) and len(coordinates):
            from scipy.spatial import cKDTree

            nearest, _ = cKDTree(shapely.get_coordinates(hubs)).query(coordinates)
            reached = nearest <= distance
        candidates = points_of(layer[self.CANDIDATES], crs)
        if candidates is not None:
            candidate_xy = shapely.get_coordinates(candidates)
        else:
            spacing = self.parameterAsDouble(parameters, self.CANDIDATE_SPACING, context)
            grid = candidate_grid(area.bounds, spacing)
            candidate_xy = grid[covered_mask(area, shapely.points(grid))]
            if len(candidate_xy) > 200000:
                raise QgsProcessingException(
                    self.tr("{0} candidate sites: choose a wider grid spacing than {1:.0f} m").format(
                        len(candidate_xy), spacing
                    )
                )
        if not len(candidate_xy):
            raise QgsProcessingException(self.tr("No candidate site: give candidate points or a narrower grid"))
        matrix = coverage_matrix(candidate_xy, coordinates[~reached], distance)
        count = self.parameterAsInt(parameters, self.COUNT, context)
        method = METHODS[self.parameterAsEnum(parameters, self.METHOD, context)]
        if method == EXACT and not exact_available():
            raise QgsProcessingException(
                self.tr(
                    'The exact method needs the PuLP package with a solver (pip install "pulp<4" in QGIS\'s '
                    "Python: it includes the CBC solver); the greedy method needs nothing"
                )
            )
        uncovered_weights = weights[~reached]
        solution = (
            exact_covering(matrix, uncovered_weights, count)
            if method == EXACT
            else greedy_covering(matrix, uncovered_weights, count)
        )
        sites = shapely.points(candidate_xy[solution.sites]) if len(solution.sites) else np.empty(0, dtype=object)
        district_of = [
            ", ".join(str(n) for n, g in zip(names, geometries) if g.covers(site)) for site in sites
        ]  # p sites: a short loop
        cumulative = np.cumsum(solution.gains)
        uncovered_total = float(uncovered_weights.sum())
        frame = pd.DataFrame(
            {
                "rank": np.arange(1, len(sites) + 1),
                "district": district_of,
                "gain": solution.gains,
                "covered_cumulative": cumulative,
                "share_cumulative": cumulative / uncovered_total if uncovered_total else np.full(len(sites), np.nan),
                "method": solution.method,
            }
        )
        outputs = {
            self.DEMAND_TOTAL: float(weights.sum()),
            self.ALREADY_COVERED: float(weights[reached].sum()),
            self.COVERED_GAIN: solution.covered,
            self.COVERED_SHARE: solution.covered_share,
            self.OPTIMUM_BOUND: solution.optimum_bound,
            self.METHOD_USED: solution.method,
        }
        self.write_frame(parameters, self.OUTPUT, context, outputs, frame, sites, QgsWkbTypes.Type.Point, crs)
        StylePostProcessor.attach(context, outputs.get(self.OUTPUT), style_points)
        feedback.pushInfo(
            self.tr(
                "{0} site(s) reach {1:.0f} of the {2:.0f} not yet within {3:.0f} m of a hub ({4:.0%}); the best "
                "possible with {5} site(s) is at most {6:.0f}"
            ).format(
                len(sites),
                solution.covered,
                uncovered_total,
                distance,
                solution.covered_share if uncovered_total else 0.0,
                count,
                solution.optimum_bound,
            )
        )
        return outputs
