"""``cultural_district:coverage`` — does each district cover its heritage, its people and its access points?"""

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsWkbTypes,
)

from .algorithm_base import CulturalDistrictAlgorithm
from .style_post_processor import StylePostProcessor


class CoverageAlgorithm(CulturalDistrictAlgorithm):
    POINTS = "POINTS"
    DISTRICTS = "DISTRICTS"
    NAME_FIELD = "NAME_FIELD"
    NEAR_DISTANCE = "NEAR_DISTANCE"
    CATCHMENT_DISTANCE = "CATCHMENT_DISTANCE"
    GRID_CELL = "GRID_CELL"
    HUBS = "HUBS"
    HUB_DISTANCE = "HUB_DISTANCE"
    POPULATION = "POPULATION"
    POPULATION_FIELD = "POPULATION_FIELD"
    PROTECTED = "PROTECTED"
    COAST = "COAST"
    LAKES = "LAKES"
    RIVERS = "RIVERS"
    NEAR_MISSES = "NEAR_MISSES"
    UNCOVERED = "UNCOVERED"
    ASSET_HUB_DISTANCES = "ASSET_HUB_DISTANCES"
    DISTRICTS_CHECKED = "DISTRICTS_CHECKED"
    NEAR_MISS_COUNT = "NEAR_MISS_COUNT"

    def name(self):
        return "coverage"

    def displayName(self):
        return self.tr("Coverage of districts")

    def group(self):
        return self.tr("Coverage")

    def groupId(self):
        return "coverage"

    def shortHelpString(self):
        return self.tr(
            "Does each district cover its heritage, its people and its access points? Per district (by default the "
            "store's): assets inside (border included) and their share of the inventory (by default the store's "
            "assets); near misses, outside but within the near distance of the boundary; the share of its area "
            "within the catchment distance of an asset inside it (exact union of buffers, or a grid of cells when a "
            "cell size is given); residents (areal weighting of a population layer — census sections, a grid — or "
            "by default the store's municipalities) and those within the catchment; the distance from residents to "
            "their nearest asset (mean, median, 90th percentile, weighted by residents); assets within the hub "
            "distance of a hub (stations, ports, visitor centres); the share of its area in protected areas (art. "
            "136/142 layers, parks) and in the art. 142 bands generated from coast, lake and river lines (300, "
            "300 and 150 m). Layers of the near misses, of the parts beyond the catchment and of each asset's "
            "distance to its nearest hub. Distances in metres in a projected CRS. Definitions: docs/methods.md."
        )

    def initAlgorithm(self, config=None):
        self.add_optional_store_parameter()
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
        for key, label, default in (
            (self.NEAR_DISTANCE, self.tr("Near misses within (m)"), 2000.0),
            (self.CATCHMENT_DISTANCE, self.tr("Catchment distance of an asset (m)"), 1000.0),
            (self.HUB_DISTANCE, self.tr("Assets near a hub within (m)"), 2000.0),
        ):
            self.addParameter(
                QgsProcessingParameterNumber(
                    key, label, QgsProcessingParameterNumber.Type.Double, defaultValue=default, minValue=0.0
                )
            )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.GRID_CELL,
                self.tr("Catchment on a grid of cells of (m; 0: exact)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=0.0,
                minValue=0.0,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.HUBS,
                self.tr("Access hubs (stations, ports, visitor centres)"),
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
            QgsProcessingParameterMultipleLayers(
                self.PROTECTED,
                self.tr("Protected areas (art. 136/142 areas, parks)"),
                QgsProcessing.SourceType.TypeVectorPolygon,
                optional=True,
            )
        )
        for key, label in (
            (self.COAST, self.tr("Coastline (art. 142 a: 300 m band)")),
            (self.LAKES, self.tr("Lake shores (art. 142 b: 300 m band)")),
            (self.RIVERS, self.tr("Listed rivers and streams (art. 142 c: 150 m band)")),
        ):
            self.addParameter(
                QgsProcessingParameterVectorLayer(
                    key, label, [QgsProcessing.SourceType.TypeVectorAnyGeometry], optional=True
                )
            )
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Coverage"), QgsProcessing.SourceType.TypeVector)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.NEAR_MISSES,
                self.tr("Near misses"),
                QgsProcessing.SourceType.TypeVectorPoint,
                optional=True,
                createByDefault=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.UNCOVERED,
                self.tr("Beyond the catchment"),
                QgsProcessing.SourceType.TypeVectorPolygon,
                optional=True,
                createByDefault=False,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.ASSET_HUB_DISTANCES,
                self.tr("Distance of each asset to its nearest hub"),
                QgsProcessing.SourceType.TypeVectorPoint,
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.DISTRICTS_CHECKED, self.tr("Districts")))
        self.addOutput(QgsProcessingOutputNumber(self.NEAR_MISS_COUNT, self.tr("Near misses")))

    def process(self, parameters, context, feedback):
        import numpy as np
        import pandas as pd
        import shapely

        from ..core.coverage import CoverageSettings, art142_bands, district_coverage
        from ..services.analysis_inputs import (
            analysis_crs,
            name_column,
            read_attributes,
            read_features,
            single_points,
            valid_points,
        )
        from ..services.carried_rows import CarriedRows, geopackage_table_of
        from ..services.coverage_inputs import points_of
        from ..services.coverage_inputs import population_units as population_units_of
        from ..services.district_store import StoreError
        from ..services.output_styles import style_near_misses

        store = self.optional_store(parameters, context)
        layer = {
            key: self.parameterAsVectorLayer(parameters, key, context)
            for key in (self.POINTS, self.DISTRICTS, self.HUBS, self.POPULATION, self.COAST, self.LAKES, self.RIVERS)
        }
        protected_layers = self.parameterAsLayerList(parameters, self.PROTECTED, context)
        crs = analysis_crs([layer[self.DISTRICTS], layer[self.POINTS]], store)
        name_field = self.parameterAsString(parameters, self.NAME_FIELD, context) or None
        districts = read_features(
            layer[self.DISTRICTS], store, "districts", crs, [name_field] if name_field else None, ["name"]
        )
        if districts.table.empty:
            raise StoreError(self.tr("{0}: no district to measure").format(districts.source))
        names = name_column(districts, name_field, "name" if layer[self.DISTRICTS] is None else None).tolist()
        # the points' positions first; their fields only for the rows an output carries (a few near misses of a
        # million assets), read once the measures say which
        points = read_features(layer[self.POINTS], store, "heritage_assets", crs, [], [])
        present = valid_points(points)
        asset_geometries = single_points(points, present)
        asset_fids = points.table["fid"].to_numpy()[present]

        # the assets' fields an output carries: a layer's own, or the store's name and source id
        asset_fields = (
            [f.name() for f in layer[self.POINTS].fields() if f.name() != "fid"]
            if layer[self.POINTS] is not None
            else ["name", "source_id"]
        )
        asset_table = geopackage_table_of(layer[self.POINTS], store, "heritage_assets", asset_fields)

        def read_assets(fids):
            """The fields of the assets ``fids``, without their fid."""
            return read_attributes(layer[self.POINTS], store, "heritage_assets", fids, asset_fields, asset_fields).drop(
                columns=["fid"]
            )

        def carried_assets(rows, own_columns):
            """The fields of the assets at ``rows`` (positions among the valid points), renamed ``…_asset`` where
            the output has a column of that name."""
            names = [f"{c}_asset" if c in own_columns else c for c in asset_fields]
            return CarriedRows(asset_fids[rows], asset_fields, names, read_assets, asset_table)

        population_units, residents = population_units_of(
            layer[self.POPULATION],
            store,
            crs,
            self.parameterAsString(parameters, self.POPULATION_FIELD, context),
            feedback.pushWarning,
        )
        hubs = points_of(layer[self.HUBS], crs)
        protected = None
        parts = [read_features(lyr, None, "", crs, []).geometries for lyr in protected_layers]
        bands = art142_bands(
            *[
                read_features(layer[key], None, "", crs, []).geometries if layer[key] is not None else None
                for key in (self.COAST, self.LAKES, self.RIVERS)
            ]
        )
        if parts or not bands.is_empty:
            from ..core.district_geometry import repaired

            pieces = [shapely.union_all(repaired(p)) for p in parts] + ([bands] if not bands.is_empty else [])
            protected = shapely.union_all(pieces)
        settings = CoverageSettings(
            self.parameterAsDouble(parameters, self.NEAR_DISTANCE, context),
            self.parameterAsDouble(parameters, self.CATCHMENT_DISTANCE, context),
            self.parameterAsDouble(parameters, self.HUB_DISTANCE, context),
            self.parameterAsDouble(parameters, self.GRID_CELL, context) or None,
        )
        result = district_coverage(
            districts.geometries,
            names,
            asset_geometries,
            settings,
            population_units,
            residents,
            hubs,
            protected,
            all_hub_distances=self.output_requested(parameters, self.ASSET_HUB_DISTANCES),
        )
        outputs = {self.DISTRICTS_CHECKED: len(names), self.NEAR_MISS_COUNT: len(result["near_misses"])}
        self.write_frame(parameters, self.OUTPUT, context, outputs, result["table"])
        near = result["near_misses"]
        near_frame = pd.DataFrame(
            {"district": [names[d] for d in near["district"]], "distance_m": near["distance_m"].to_numpy()}
        )
        self.write_frame(
            parameters,
            self.NEAR_MISSES,
            context,
            outputs,
            near_frame,
            asset_geometries[near["point"].to_numpy()],
            QgsWkbTypes.Type.Point,
            crs,
            carried_assets(near["point"].to_numpy(), near_frame.columns),
        )
        StylePostProcessor.attach(context, outputs.get(self.NEAR_MISSES), style_near_misses)
        if not settings.grid_cell and self.output_requested(parameters, self.UNCOVERED):
            self.write_frame(
                parameters,
                self.UNCOVERED,
                context,
                outputs,
                pd.DataFrame({"district": names}),
                np.array(result["uncovered"], dtype=object),
                QgsWkbTypes.Type.MultiPolygon,
                crs,
            )
        if hubs is not None and self.output_requested(parameters, self.ASSET_HUB_DISTANCES):
            distances = pd.DataFrame({"hub_distance_m": result["hub_distances"]})
            self.write_frame(
                parameters,
                self.ASSET_HUB_DISTANCES,
                context,
                outputs,
                distances,
                asset_geometries,
                QgsWkbTypes.Type.Point,
                crs,
                carried_assets(np.arange(len(asset_fids)), distances.columns),
            )
        feedback.pushInfo(
            self.tr("{0} district(s); {1} near miss(es) within {2:.0f} m").format(
                len(names), len(near), settings.near_distance
            )
        )
        return outputs
