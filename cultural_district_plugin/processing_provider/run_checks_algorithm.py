"""``cultural_district:runchecks`` — run the district checks over a store or any polygon layer."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorLayer,
    QgsWkbTypes,
)

from ..core.district_checks import DISTRICT_CHECKS
from .algorithm_base import STORE, CulturalDistrictAlgorithm

FINDING_FIELDS = (
    ("check_id", "string"),
    ("severity", "string"),
    ("district_id", "int"),
    ("district", "string"),
    ("value", "double"),
    ("threshold", "double"),
    ("message", "string"),
    ("feature_ids", "string"),
    ("feature_table", "string"),
)


class RunChecksAlgorithm(CulturalDistrictAlgorithm):
    ERRORS = "ERRORS"
    INFOS = "INFOS"
    RUN_ID = "RUN_ID"
    WARNINGS = "WARNINGS"
    DISTRICTS = "DISTRICTS"
    NAME_FIELD = "NAME_FIELD"
    CHECKS = "CHECKS"
    OUTPUT = "OUTPUT"

    def name(self):
        return "runchecks"

    def displayName(self):
        return self.tr("Run district checks")

    def group(self):
        return self.tr("Checks")

    def groupId(self):
        return "checks"

    def shortHelpString(self):
        lines = [
            self.tr(
                "Runs checks over the store's districts, or over any polygon layer given as Districts. Each "
                "finding has a severity (error, warning, info), a value and threshold and a message. A run over "
                "the store's own districts is recorded in the store (check_runs, check_results) as one batch."
            )
        ]
        lines += [f"• {check.id}: {self.tr(check.title)} — {self.tr(check.description)}" for check in DISTRICT_CHECKS]
        return "\n".join(lines)

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFile(
                STORE, self.tr("District project store (GeoPackage)"), extension="gpkg", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.DISTRICTS,
                self.tr("Districts to check (default: the store's)"),
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
            QgsProcessingParameterEnum(
                self.CHECKS,
                self.tr("Checks (default: all)"),
                [self.tr(c.title) for c in DISTRICT_CHECKS],
                allowMultiple=True,
                optional=True,
            )
        )
        for parameter in DISTRICT_CHECKS.parameters():
            self.addParameter(
                QgsProcessingParameterNumber(
                    parameter.name.upper(),
                    self.tr(parameter.description),
                    QgsProcessingParameterNumber.Type.Double,
                    defaultValue=parameter.default,
                    minValue=parameter.minimum,
                )
            )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Findings"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        for key, label in (
            (self.ERRORS, self.tr("Errors")),
            (self.WARNINGS, self.tr("Warnings")),
            (self.INFOS, self.tr("Information")),
            (self.RUN_ID, self.tr("Run id (-1: not recorded)")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def process(self, parameters, context, feedback):
        from ..services.check_runner import (
            layer_check_data,
            message_of,
            severity_counts,
            store_check_data,
            write_check_run,
        )
        from ..services.district_store import StoreError
        from ..services.measures import to_qgs_geometry

        store = self.open_store(parameters, context) if parameters.get(STORE) else None
        layer = self.parameterAsVectorLayer(parameters, self.DISTRICTS, context)
        if layer is None and store is None:
            raise StoreError(self.tr("Give a district project store or a districts layer"))
        if layer is not None:
            data = layer_check_data(layer, self.parameterAsString(parameters, self.NAME_FIELD, context) or None, store)
        else:
            data = store_check_data(store)
        ids = DISTRICT_CHECKS.ids()
        given = parameters.get(self.CHECKS) not in (None, "", [])  # absent: parameterAsEnums says [0]
        check_ids = [ids[i] for i in self.parameterAsEnums(parameters, self.CHECKS, context)] if given else ids
        overrides = {
            p.name: self.parameterAsDouble(parameters, p.name.upper(), context) for p in DISTRICT_CHECKS.parameters()
        }
        findings = DISTRICT_CHECKS.run(
            data, check_ids, overrides, progress=feedback.setProgress, cancelled=feedback.isCanceled
        )
        if findings is None:
            raise QgsProcessingException(self.tr("Cancelled: no run was recorded"))
        crs = QgsCoordinateReferenceSystem(data.measure_crs_name) if data.measure_crs_name else layer.crs()
        names = dict(zip(data.district_ids.tolist(), data.names))
        rows = [
            (
                f.check_id,
                f.severity.value,
                f.district_id,
                names.get(f.district_id),
                f.value,
                f.threshold,
                message_of(f),
                ",".join(str(i) for i in f.concerned_ids),
                f.feature_table,
            )
            for f in findings
        ]
        geometries = [None if f.geometry is None else to_qgs_geometry(f.geometry) for f in findings]
        outputs = {}
        self.write_sink(
            parameters,
            self.OUTPUT,
            context,
            outputs,
            FINDING_FIELDS,
            rows,
            geometries,
            QgsWkbTypes.Type.MultiPolygon,
            crs,
        )
        run_id = -1
        if store is not None and layer is None:
            run_id, _ = write_check_run(store, findings, check_ids, overrides, "store", data)
        counts = severity_counts(findings)
        outputs.update(
            {
                self.ERRORS: counts["error"],
                self.WARNINGS: counts["warning"],
                self.INFOS: counts["info"],
                self.RUN_ID: run_id,
            }
        )
        return outputs
