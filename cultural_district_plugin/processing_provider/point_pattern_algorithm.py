"""``cultural_district:pointpattern`` — Clark–Evans and Ripley's K / L of points in a window."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from .algorithm_base import CulturalDistrictAlgorithm


class PointPatternAlgorithm(CulturalDistrictAlgorithm):
    POINTS = "POINTS"
    WINDOW = "WINDOW"
    DISTRICT = "DISTRICT"
    DISTANCES = "DISTANCES"
    GUARD = "GUARD"
    INCLUDE_APPROXIMATE = "INCLUDE_APPROXIMATE"
    L_TABLE = "L_TABLE"
    N = "N"
    AREA_KM2 = "AREA_KM2"
    MEAN_NN_M = "MEAN_NN_M"
    EXPECTED_NN_M = "EXPECTED_NN_M"
    R = "R"
    Z = "Z"
    P = "P"
    N_GUARD = "N_GUARD"
    GUARD_M = "GUARD_M"
    MEAN_NN_GUARD_M = "MEAN_NN_GUARD_M"
    R_GUARD = "R_GUARD"
    Z_GUARD = "Z_GUARD"
    P_GUARD = "P_GUARD"
    EXCLUDED = "EXCLUDED"

    def name(self):
        return "pointpattern"

    def displayName(self):
        return self.tr("Point pattern (Clark–Evans, Ripley's L)")

    def group(self):
        return self.tr("Concentration")

    def groupId(self):
        return "concentration"

    def shortHelpString(self):
        return self.tr(
            "Are the heritage assets of a district clustered, random or regular? Clark–Evans ratio R of the "
            "points inside the window (a district of the store, or a polygon layer, dissolved): mean nearest-"
            "neighbour distance over its expectation under complete spatial randomness; R < 1 clustered. Z and "
            "two-sided p as spatstat's; naive (no edge correction) and with a guard zone along the window's edge "
            "(valid for any window shape; Donnelly's correction is for rectangles only). Ripley's K (border "
            "corrected, and uncorrected) and L at the given distances; under randomness L(r) = r. Assets placed "
            "on their municipality for lack of coordinates are left out unless asked. Conventions: "
            "docs/methods.md."
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
            QgsProcessingParameterVectorLayer(
                self.WINDOW,
                self.tr("Window (polygons, dissolved; default: the district named below)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(self.DISTRICT, self.tr("District of the store (name)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.DISTANCES,
                self.tr(
                    "Distances for Ripley's L (m, comma separated; blank: ten up to a quarter of " "the window's size)"
                ),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.GUARD,
                self.tr("Guard zone along the window's edge (m; 0: the mean nearest-neighbour distance)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=0.0,
                minValue=0.0,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.INCLUDE_APPROXIMATE,
                self.tr("Include assets placed approximately (on their municipality)"),
                defaultValue=False,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.L_TABLE, self.tr("Ripley's K and L"), QgsProcessing.SourceType.TypeVector
            )
        )
        for key, label in (
            (self.N, self.tr("Points in the window")),
            (self.AREA_KM2, self.tr("Window area (km²)")),
            (self.MEAN_NN_M, self.tr("Mean nearest-neighbour distance (m)")),
            (self.EXPECTED_NN_M, self.tr("Expected under randomness (m)")),
            (self.R, self.tr("Clark–Evans R")),
            (self.Z, self.tr("Z")),
            (self.P, self.tr("p (two-sided)")),
            (self.N_GUARD, self.tr("Points inside the guard zone")),
            (self.GUARD_M, self.tr("Guard zone (m)")),
            (self.MEAN_NN_GUARD_M, self.tr("Mean nearest-neighbour distance, guard zone (m)")),
            (self.R_GUARD, self.tr("Clark–Evans R, guard zone")),
            (self.Z_GUARD, self.tr("Z, guard zone")),
            (self.P_GUARD, self.tr("p, guard zone (two-sided)")),
            (self.EXCLUDED, self.tr("Points left out (approximate locations)")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def process(self, parameters, context, feedback):
        import pandas as pd

        from ..core.input_error import InputError
        from ..core.point_pattern import (
            ClarkEvans,
            clark_evans,
            clark_evans_guard,
            default_distances,
            default_guard,
            ripley,
        )
        from ..services.analysis_inputs import analysis_crs, point_coordinates, read_features, valid_points
        from ..services.concentration_windows import district_window, window_of
        from ..services.district_store import StoreError
        from ..translation import error_message

        store = self.optional_store(parameters, context)
        points_layer = self.parameterAsVectorLayer(parameters, self.POINTS, context)
        window_layer = self.parameterAsVectorLayer(parameters, self.WINDOW, context)
        crs = analysis_crs([window_layer, points_layer], store)
        district = self.parameterAsString(parameters, self.DISTRICT, context).strip()
        if window_layer is not None:
            window = window_of(read_features(window_layer, None, "", crs, []))
        elif store is not None and district:
            window = district_window(store, district, crs)
        else:
            raise StoreError(self.tr("Give a window layer, or a store and the name of one of its districts"))
        points = read_features(
            points_layer,
            store,
            "heritage_assets",
            crs,
            ["location_approximate"]
            if points_layer is not None and points_layer.fields().indexOf("location_approximate") >= 0
            else [],
            ["location_approximate"],
        )
        mask = valid_points(points)
        excluded = 0
        if "location_approximate" in points.table and not self.parameterAsBool(
            parameters, self.INCLUDE_APPROXIMATE, context
        ):
            approximate = points.table["location_approximate"].fillna(0).astype(int).to_numpy() == 1
            excluded = int((mask & approximate).sum())
            mask &= ~approximate
        coordinates = point_coordinates(points, mask)
        naive = clark_evans(window, coordinates)
        guard = self.parameterAsDouble(parameters, self.GUARD, context) or default_guard(window, coordinates)
        try:
            guarded = clark_evans_guard(window, coordinates, guard)
        except InputError as error:
            feedback.pushWarning(error_message(error))
            nan = float("nan")
            guarded = ClarkEvans(0, naive.area_m2, nan, naive.expected_nn_m, nan, nan, nan)
        text = self.parameterAsString(parameters, self.DISTANCES, context).strip()
        try:
            distances = (
                [float(t) for t in text.replace(";", ",").split(",") if t.strip()]
                if text
                else default_distances(window)
            )
        except ValueError:
            raise StoreError(self.tr("Distances: {0!r} is not a list of numbers in metres").format(text)) from None
        rows = ripley(window, coordinates, distances)
        outputs = {
            self.N: naive.n,
            self.AREA_KM2: naive.area_m2 / 1e6,
            self.MEAN_NN_M: naive.mean_nn_m,
            self.EXPECTED_NN_M: naive.expected_nn_m,
            self.R: naive.r,
            self.Z: naive.z,
            self.P: naive.p,
            self.N_GUARD: guarded.n,
            self.GUARD_M: guard,
            self.MEAN_NN_GUARD_M: guarded.mean_nn_m,
            self.R_GUARD: guarded.r,
            self.Z_GUARD: guarded.z,
            self.P_GUARD: guarded.p,
            self.EXCLUDED: excluded,
        }
        frame = pd.DataFrame(
            [
                {
                    "r": row.r,
                    "k": row.k,
                    "l": row.l,
                    "l_minus_r": row.l_minus_r,
                    "k_uncorrected": row.k_uncorrected,
                    "points_counted": row.points_counted,
                }
                for row in rows
            ]
        )
        self.write_frame(parameters, self.L_TABLE, context, outputs, frame)
        feedback.pushInfo(
            self.tr(
                "{0} points; Clark–Evans R {1:.3f} (z {2:.2f}, p {3:.4f}); with a {4:.0f} m guard "
                "zone R {5:.3f} ({6} points)"
            ).format(naive.n, naive.r, naive.z, naive.p, guard, guarded.r, guarded.n)
        )
        if excluded:
            feedback.pushInfo(self.tr("{0} asset(s) with an approximate location left out").format(excluded))
        return outputs
