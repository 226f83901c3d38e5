"""``cultural_district:dmtest`` — the DM 21/4/1993 district test transposed to the cultural perimeter."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsWkbTypes,
)

from .algorithm_base import CulturalDistrictAlgorithm


class DistrictTestAlgorithm(CulturalDistrictAlgorithm):
    ATECO_FIELD = "ATECO_FIELD"
    EMPLOYEES_FIELD = "EMPLOYEES_FIELD"
    SIZE_FIELD = "SIZE_FIELD"
    MUNICIPALITY_FIELD = "MUNICIPALITY_FIELD"
    UNITS = "UNITS"
    UNIT_CODE_FIELD = "UNIT_CODE_FIELD"
    POPULATION_FIELD = "POPULATION_FIELD"
    REGION_FIELD = "REGION_FIELD"
    DISTRICT = "DISTRICT"
    BENCHMARK = "BENCHMARK"
    PERIMETER = "PERIMETER"
    PERIMETER_FILE = "PERIMETER_FILE"
    I1_THRESHOLD = "I1_THRESHOLD"
    I2_THRESHOLD = "I2_THRESHOLD"
    I3_THRESHOLD = "I3_THRESHOLD"
    I4_THRESHOLD = "I4_THRESHOLD"
    I5_THRESHOLD = "I5_THRESHOLD"
    SMALL_EMPLOYEES = "SMALL_EMPLOYEES"
    AREAS_TESTED = "AREAS_TESTED"
    PASSED = "PASSED"
    UNLOCATED = "UNLOCATED"

    def name(self):
        return "dmtest"

    def displayName(self):
        return self.tr("DM 1993 district test (cultural perimeter)")

    def group(self):
        return self.tr("Concentration")

    def groupId(self):
        return "concentration"

    def shortHelpString(self):
        return self.tr(
            "The test the DM 21 April 1993 set for industrial districts (L. 317/1991), transposed to cultural "
            "activities: from a register of local units (ATECO code and employees, as points or with their ISTAT "
            "municipality code) the five indicators of each area — by default the store's municipalities, or a "
            "district of the store as a whole — against Italy (every local unit given) or the area's region: "
            "industrialisation, entrepreneurial density, specialisation, weight of the specialisation, share of "
            "small firms. Each has its threshold (the decree's defaults; the regional index replaces the national "
            "one in I1 when lower); an area passes when all five hold. The cultural perimeter is an editable list "
            "of ATECO codes (ESSnet-Culture or Symbola 'Io sono cultura', ATECO 2007 or 2025; codes not verified "
            "at the source are flagged). Formulas: docs/methods.md."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.INPUT,
                self.tr("Local units (points or a table with the ISTAT code)"),
                [QgsProcessing.SourceType.TypeVector],
            )
        )
        self.add_optional_store_parameter()
        self.addParameter(
            QgsProcessingParameterField(
                self.ATECO_FIELD,
                self.tr("ATECO code field (default: ateco)"),
                "ateco",
                parentLayerParameterName=self.INPUT,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.EMPLOYEES_FIELD,
                self.tr("Employees field (default: employees)"),
                "employees",
                parentLayerParameterName=self.INPUT,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.SIZE_FIELD,
                self.tr("Firm size field (employees of the whole firm; blank: the local unit's)"),
                parentLayerParameterName=self.INPUT,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.MUNICIPALITY_FIELD,
                self.tr("ISTAT municipality code field (for units without a point)"),
                "pro_com_t",
                parentLayerParameterName=self.INPUT,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.UNITS,
                self.tr("Areas to test (default: the store's municipalities)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(self.UNIT_CODE_FIELD, self.tr("Area code field"), "pro_com_t", optional=True)
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.POPULATION_FIELD, self.tr("Area population field"), "population", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.REGION_FIELD, self.tr("Area region code field"), "region_code", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.DISTRICT, self.tr("Test a district of the store as a whole (name)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.BENCHMARK,
                self.tr("Benchmark"),
                [self.tr("Italy (every local unit given)"), self.tr("The area's region")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.PERIMETER,
                self.tr("Cultural perimeter"),
                [
                    self.tr("ESSnet-Culture, ATECO 2007"),
                    self.tr("Symbola 'Io sono cultura', ATECO 2007"),
                    self.tr("ESSnet-Culture, ATECO 2025"),
                ],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.PERIMETER_FILE,
                self.tr("Own perimeter table (CSV like resources/perimeters/cultural_ateco.csv)"),
                optional=True,
            )
        )
        for key, label, default in (
            (self.I1_THRESHOLD, self.tr("I1 industrialisation above"), 1.30),
            (self.I2_THRESHOLD, self.tr("I2 entrepreneurial density above"), 1.0),
            (self.I3_THRESHOLD, self.tr("I3 specialisation above"), 1.30),
            (self.I4_THRESHOLD, self.tr("I4 weight of the specialisation above"), 0.30),
            (self.I5_THRESHOLD, self.tr("I5 share of small firms above"), 0.50),
        ):
            self.addParameter(
                QgsProcessingParameterNumber(
                    key, label, QgsProcessingParameterNumber.Type.Double, defaultValue=default, minValue=0.0
                )
            )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.SMALL_EMPLOYEES,
                self.tr("Small firm: fewer employees than"),
                QgsProcessingParameterNumber.Type.Integer,
                defaultValue=200,
                minValue=1,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("District test"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        for key, label in (
            (self.AREAS_TESTED, self.tr("Areas tested")),
            (self.PASSED, self.tr("Areas passing")),
            (self.UNLOCATED, self.tr("Local units in no area")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def process(self, parameters, context, feedback):
        import numpy as np
        import pandas as pd
        import shapely

        from ..core.district_geometry import dissolve
        from ..core.district_test import DistrictTestThresholds
        from ..services.analysis_inputs import analysis_crs, read_features
        from ..services.concentration_windows import district_window
        from ..services.district_store import StoreError
        from ..services.district_test_inputs import classify_units, locate_units, perimeter, run_district_test

        store = self.optional_store(parameters, context)
        source = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        units_layer = self.parameterAsVectorLayer(parameters, self.UNITS, context)
        crs = analysis_crs([units_layer] + ([source] if source.isSpatial() else []), store)
        defaults = {self.ATECO_FIELD: "ateco", self.EMPLOYEES_FIELD: "employees"}
        fields = {
            name: self.parameterAsString(parameters, name, context) or defaults.get(name)
            for name in (self.ATECO_FIELD, self.EMPLOYEES_FIELD, self.SIZE_FIELD, self.MUNICIPALITY_FIELD)
        }
        if fields[self.MUNICIPALITY_FIELD] and source.fields().indexOf(fields[self.MUNICIPALITY_FIELD]) < 0:
            fields[self.MUNICIPALITY_FIELD] = None  # the default name, absent from this layer
        local_units = read_features(
            source, None, "", crs if source.isSpatial() else None, [f for f in fields.values() if f]
        )
        chosen = perimeter(
            self.parameterAsEnum(parameters, self.PERIMETER, context),
            self.parameterAsFile(parameters, self.PERIMETER_FILE, context) or None,
        )
        if chosen.unverified:
            feedback.pushWarning(
                self.tr(
                    "Perimeter {0} (ATECO {1}): {2} of its {3} codes are not verified at the "
                    "source; check the list before official use"
                ).format(chosen.name, chosen.version, chosen.unverified, len(chosen.codes))
            )
        small = self.parameterAsInt(parameters, self.SMALL_EMPLOYEES, context)
        classified = classify_units(
            local_units, fields[self.ATECO_FIELD], fields[self.EMPLOYEES_FIELD], fields[self.SIZE_FIELD], chosen, small
        )
        code_field = self.parameterAsString(parameters, self.UNIT_CODE_FIELD, context) or "pro_com_t"
        population_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context) or "population"
        region_field = self.parameterAsString(parameters, self.REGION_FIELD, context) or "region_code"
        areas = read_features(
            units_layer,
            store,
            "municipalities",
            crs,
            None,
            ["pro_com_t", "name", "province", "region_code", "region", "population"],
        )
        table = areas.table
        for needed in (code_field, population_field):
            if needed not in table:
                raise StoreError(self.tr("{0}: no field {1!r}").format(areas.source, needed))
        district = self.parameterAsString(parameters, self.DISTRICT, context).strip()
        keys = table[code_field].astype(str)
        area_frame = pd.DataFrame(
            {"population": pd.to_numeric(table[population_field], errors="coerce").fillna(0).to_numpy()}
        )
        if region_field in table:
            area_frame["region"] = table[region_field].astype(str).to_numpy()
        geometries = areas.geometries
        names = table["name"].astype(str) if "name" in table else keys
        whole = bool(district)
        if whole:
            if store is None:
                raise StoreError(self.tr("Testing a district as a whole needs the store it belongs to"))
            window = district_window(store, district, crs)
            inside = shapely.covers(window, shapely.point_on_surface(geometries))  # the district's municipalities
            outside_units = locate_units(
                local_units, geometries[~inside], keys[~inside], fields[self.MUNICIPALITY_FIELD], False
            )[0]
            region = area_frame["region"][inside].mode().iloc[0] if "region" in area_frame and inside.any() else ""
            # the district as one area, the other municipalities as the rest of the benchmark
            geometries = np.concatenate([[dissolve(geometries[inside])], geometries[~inside]])
            names = pd.concat([pd.Series([district]), names[~inside]], ignore_index=True)
            keys = pd.concat([pd.Series([district]), keys[~inside]], ignore_index=True)
            merged = pd.DataFrame(
                {
                    "population": np.concatenate(
                        [[area_frame["population"][inside].sum()], area_frame["population"][~inside]]
                    )
                }
            )
            if "region" in area_frame:
                merged["region"] = np.concatenate([[region], area_frame["region"][~inside]])
            area_frame = merged
            located, _ = locate_units(local_units, geometries[:1], keys[:1], None, True)
            area_of_unit = np.where(located == 0, 0, np.where(outside_units >= 0, outside_units + 1, -1))
            unlocated = int((area_of_unit < 0).sum())
        else:
            area_of_unit, unlocated = locate_units(
                local_units, geometries, keys, fields[self.MUNICIPALITY_FIELD], False
            )
        thresholds = DistrictTestThresholds(
            self.parameterAsDouble(parameters, self.I1_THRESHOLD, context),
            self.parameterAsDouble(parameters, self.I2_THRESHOLD, context),
            self.parameterAsDouble(parameters, self.I3_THRESHOLD, context),
            self.parameterAsDouble(parameters, self.I4_THRESHOLD, context),
            self.parameterAsDouble(parameters, self.I5_THRESHOLD, context),
            small,
        )
        by_region = self.parameterAsEnum(parameters, self.BENCHMARK, context) == 1
        region_of_unit = None
        if by_region and "region" in area_frame:
            region_of_unit = np.where(
                area_of_unit >= 0, area_frame["region"].to_numpy()[np.maximum(area_of_unit, 0)], ""
            )
        result = run_district_test(classified, area_of_unit, area_frame, thresholds, by_region, region_of_unit)
        frame = pd.concat([pd.DataFrame({"code": keys.to_numpy(), "name": names.to_numpy()}), result], axis=1)
        rows = slice(0, 1) if whole else slice(None)
        outputs = {
            self.AREAS_TESTED: int(len(frame.iloc[rows])),
            self.PASSED: int(frame["district_test"].iloc[rows].sum()),
            self.UNLOCATED: unlocated,
        }
        self.write_frame(
            parameters,
            self.OUTPUT,
            context,
            outputs,
            frame.iloc[rows].reset_index(drop=True),
            geometries[rows],
            QgsWkbTypes.Type.MultiPolygon,
            crs,
        )
        if unlocated:
            feedback.pushWarning(
                self.tr("{0} local unit(s) lie in no area (they still count in the national " "benchmark)").format(
                    unlocated
                )
            )
        feedback.pushInfo(
            self.tr("{0} area(s) tested, {1} pass all five indicators").format(
                outputs[self.AREAS_TESTED], outputs[self.PASSED]
            )
        )
        return outputs
