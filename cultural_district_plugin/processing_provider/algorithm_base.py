"""Common behaviour of the plugin's Processing algorithms."""

from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QIcon

from .. import log
from ..core.spreadsheet_safety import neutralised
from ..dependencies import install_command, missing_requirements
from ..plugin_resources import resource_path
from ..qgis_enums import geometry_type, new_field
from ..translation import error_message, tr, tr_n

PROVIDER = "cultural_district"
STORE = "STORE"
OUTSIDE_AREA = "OUTSIDE_AREA"
OUTSIDE_STORE_AREA = "OUTSIDE_STORE_AREA"
OUTSIDE_EXAMPLES = "OUTSIDE_EXAMPLES"
MUNICIPALITIES = "MUNICIPALITIES"
REGION_CODES = "REGION_CODES"
BOUNDARY_YEAR = "BOUNDARY_YEAR"


def destination_problem(path: Path, folder: bool = False) -> str:
    """Why ``path`` cannot be written ("" when it can): its folder missing or read-only, a folder where a file
    should go."""
    import os

    target_folder = path if folder else path.parent
    if not folder and path.is_dir():
        return tr("{0} is a folder; give a file name").format(path)
    if folder and path.exists() and not path.is_dir():
        return tr("{0} is a file; give a folder").format(path)
    existing = target_folder if target_folder.exists() else target_folder.parent
    if not existing.is_dir():
        return tr("folder {0} does not exist").format(target_folder)
    if not os.access(existing, os.W_OK):
        return tr("folder {0} is read-only").format(existing)
    return ""


# a layer's geometry type (QgsWkbTypes.GeometryType) as the Processing source type a parameter declares
GEOMETRY_SOURCE_TYPES = {
    geometry_type("Point"): QgsProcessing.SourceType.TypeVectorPoint,
    geometry_type("Line"): QgsProcessing.SourceType.TypeVectorLine,
    geometry_type("Polygon"): QgsProcessing.SourceType.TypeVectorPolygon,
}


def geometry_words():
    """The declared geometry kinds in words, in the user's language."""
    return {
        QgsProcessing.SourceType.TypeVectorPoint: tr("points"),
        QgsProcessing.SourceType.TypeVectorLine: tr("lines"),
        QgsProcessing.SourceType.TypeVectorPolygon: tr("polygons"),
    }


class CulturalDistrictAlgorithm(QgsProcessingAlgorithm):
    """Base class: translation, icon, dependency gate, store parameter and clear error messages.

    Services are imported inside ``processAlgorithm`` so that the plugin loads (and says what is
    missing) when shapely >= 2 or pandas are not installed.
    """

    # Parameter and output names shared by several algorithms (each algorithm declares its own beside them)
    STORE = STORE
    INPUT = "INPUT"
    OUTPUT = "OUTPUT"
    REPORT = "REPORT"
    BATCH_ID = "BATCH_ID"
    MUNICIPALITIES = MUNICIPALITIES
    REGION_CODES = REGION_CODES
    BOUNDARY_YEAR = BOUNDARY_YEAR
    OUTSIDE_AREA = OUTSIDE_AREA
    OUTSIDE_STORE_AREA = OUTSIDE_STORE_AREA
    OUTSIDE_EXAMPLES = OUTSIDE_EXAMPLES

    def tr(self, text):
        return tr(text)

    def createInstance(self):
        return type(self)()

    def icon(self):
        return QIcon(resource_path("icons", "icon.svg"))

    def group(self):
        return self.tr("District projects")

    def groupId(self):
        return "district_projects"

    def canExecute(self):
        missing = missing_requirements()
        if missing:
            return False, self.tr("Missing Python packages: {0}. Install them with: {1}").format(
                ", ".join(m.describe() for m in missing), install_command(missing)
            )
        return True, ""

    def add_store_parameter(self):
        self.addParameter(
            QgsProcessingParameterFile(
                STORE, self.tr("District project store (GeoPackage, or PostgreSQL address)"), extension="gpkg"
            )
        )

    def open_store(self, parameters, context):
        """The store the ``STORE`` parameter names: a GeoPackage file or a PostgreSQL address."""
        from ..core.input_error import InputError
        from ..services.store_base import StoreError
        from ..services.store_opening import open_store

        location = self.parameterAsFile(parameters, STORE, context)
        try:
            return open_store(location)
        except (StoreError, InputError) as error:
            raise QgsProcessingException(error_message(error)) from None  # the message says it all; no chained frames

    def add_municipality_parameters(self, optional):
        """Source of reference municipalities, the regions to keep and the boundary year."""
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                MUNICIPALITIES,
                self.tr("Municipalities to load (ISTAT boundaries)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=optional,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                REGION_CODES, self.tr("Only these ISTAT region codes (e.g. 19 for Sicily)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                BOUNDARY_YEAR,
                self.tr("Boundary year (when the layer has no such field)"),
                QgsProcessingParameterNumber.Type.Integer,
                optional=True,
                minValue=1861,
                maxValue=2100,
            )
        )

    def municipality_arguments(self, parameters, context):
        """``(layer or None, region codes, boundary year or None)`` from the municipality parameters."""
        from ..core.istat_codes import parse_region_codes

        layer = self.parameterAsVectorLayer(parameters, MUNICIPALITIES, context)
        regions = parse_region_codes(self.parameterAsString(parameters, REGION_CODES, context))
        return layer, regions, self.optional_int(parameters, BOUNDARY_YEAR, context)

    def optional_int(self, parameters, name, context):
        """An optional integer parameter's value, None when not given."""
        if parameters.get(name) in (None, ""):
            return None
        return self.parameterAsInt(parameters, name, context)

    def write_sink(
        self,
        parameters,
        name,
        context,
        outputs,
        columns,
        rows,
        geometries=None,
        geometry_type=QgsWkbTypes.Type.NoGeometry,
        crs=None,
    ):
        """Fill the (optional) feature-sink output ``name`` with ``rows``; ``columns`` are (field name,
        kind: string, int, int64, double) pairs or a QgsFields; ``geometries`` QgsGeometry per row (or None).
        Records the output's id in ``outputs`` when the sink was asked for."""
        fields, sink = self._open_sink(parameters, name, context, outputs, columns, geometry_type, crs)
        if sink is not None:
            self._fill_sink(parameters, name, context, sink, fields, rows, geometries)

    def output_requested(self, parameters, name) -> bool:
        """Whether the (optional) sink output ``name`` was asked for, as ``parameterAsSink`` reads it: an output
        not asked for need not be built."""
        from qgis.core import QgsProcessingOutputLayerDefinition

        value = parameters.get(name)
        if value is None:
            definition = self.parameterDefinition(name)
            value = definition.defaultValue() if definition is not None else None
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            if value.sink.expressionString() or value.sink.field():
                return True  # an expression or a field: parameterAsSink evaluates it
            value = value.sink.staticValue()
        return value not in (None, "")

    def _open_sink(self, parameters, name, context, outputs, columns, geometry_type, crs):
        """``(fields, sink)`` of the output ``name`` (sink None when it was not asked for); its id in ``outputs``."""
        fields = columns if isinstance(columns, QgsFields) else QgsFields()
        if not isinstance(columns, QgsFields):
            for field_name, kind in columns:
                fields.append(new_field(field_name, kind))
        sink, sink_id = self.parameterAsSink(
            parameters, name, context, fields, geometry_type, crs or QgsCoordinateReferenceSystem()
        )
        if sink is not None:
            outputs[name] = sink_id
        return fields, sink

    def _fill_sink(self, parameters, name, context, sink, fields, rows, geometries):
        spreadsheet = self._spreadsheet_destination(parameters, name, context)
        for i, row in enumerate(rows):
            feature = QgsFeature(fields)
            feature.setAttributes([neutralised(v) for v in row] if spreadsheet else list(row))
            if geometries is not None and geometries[i] is not None:
                feature.setGeometry(geometries[i])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)

    def _spreadsheet_destination(self, parameters, name, context) -> bool:
        """Whether the sink ``name`` goes to a file a spreadsheet opens (CSV, XLSX, ODS): its text is then
        neutralised against formula injection (``core.spreadsheet_safety``)."""
        try:
            destination = self.parameterAsOutputLayer(parameters, name, context) or ""
        except Exception:
            return False
        return destination.split("|")[0].lower().endswith((".csv", ".tsv", ".txt", ".xlsx", ".xls", ".ods"))

    def write_frame(
        self, parameters, name, context, outputs, frame, geometries=None, geometry_type=None, crs=None, carried=None
    ):
        """Fill the sink output ``name`` with a DataFrame (one field per column, typed from its dtype; NaN and
        None as NULL) and optional shapely ``geometries`` in ``crs``; ``carried`` (``services.carried_rows``): a
        source's fields, one row per feature, as the first fields. A GeoPackage output of many rows is filled
        through SQLite in one transaction (``services.geopackage_output``), any other through QGIS's sink."""
        import numpy as np
        import pandas as pd
        import shapely

        from ..services.frame_field_kinds import frame_kinds
        from ..services.geopackage_output import BULK_ROWS, fill_geopackage_layer, geopackage_destination

        columns = (carried.columns() if carried is not None else []) + list(
            zip(map(str, frame.columns), frame_kinds(frame))
        )
        fields, sink = self._open_sink(
            parameters,
            name,
            context,
            outputs,
            columns,
            geometry_type if geometry_type is not None else QgsWkbTypes.Type.NoGeometry,
            crs,
        )
        if sink is None:
            return
        target = geopackage_destination(outputs[name]) if len(frame) >= BULK_ROWS else None
        if target is not None:
            del sink  # closes the empty layer QGIS made: its fields, CRS and R-tree
            fill_geopackage_layer(*target, frame, geometries, carried)
            return
        if carried is not None:
            frame = pd.concat([carried.frame(), frame.reset_index(drop=True)], axis=1)
        # whole columns at once: Python values (astype(object)), NaN and None as NULL, geometries as WKB
        plain = frame.astype(object)
        rows = plain.where(pd.notna(plain), None).to_numpy().tolist()
        qgs = None
        if geometries is not None:
            from qgis.core import QgsGeometry

            geometries = np.asarray(geometries, dtype=object)
            missing = shapely.is_missing(geometries) | shapely.is_empty(geometries)
            wkbs = np.full(len(geometries), None, dtype=object)
            wkbs[~missing] = shapely.to_wkb(geometries[~missing])
            qgs = [None if wkb is None else _geometry_from_wkb(QgsGeometry(), wkb) for wkb in wkbs]
        self._fill_sink(parameters, name, context, sink, fields, rows, qgs)

    def add_optional_store_parameter(self):
        """A store that is optional: the analysis algorithms also work on layers given as parameters."""
        self.addParameter(
            QgsProcessingParameterFile(
                STORE,
                self.tr(
                    "District project store (GeoPackage or PostgreSQL address; optional when the layers are given)"
                ),
                extension="gpkg",
                optional=True,
            )
        )

    def optional_store(self, parameters, context):
        """The store when one was given, else None."""
        return self.open_store(parameters, context) if parameters.get(STORE) not in (None, "") else None

    def add_outside_area_parameter(self):
        """What to do with assets outside every municipality of the store (e.g. Turin in a Sicily store)."""
        self.addParameter(
            QgsProcessingParameterEnum(
                OUTSIDE_AREA,
                self.tr("Assets outside the store's municipalities"),
                [self.tr("Keep them, flagged"), self.tr("Leave them out (rejected)")],
                defaultValue=0,
                optional=True,
            )
        )
        self.addOutput(
            QgsProcessingOutputNumber(OUTSIDE_STORE_AREA, self.tr("Assets added outside the store's municipalities"))
        )
        self.addOutput(QgsProcessingOutputString(OUTSIDE_EXAMPLES, self.tr("Some of them, by name")))

    def reject_outside_area(self, parameters, context):
        return (
            parameters.get(OUTSIDE_AREA) not in (None, "")
            and self.parameterAsEnum(parameters, OUTSIDE_AREA, context) == 1
        )

    def outside_area_outputs(self, result, feedback):
        """The OUTSIDE_* outputs of an import (``result`` may be None: nothing imported)."""
        names = result.outside_store_area if result is not None else []
        if names:
            feedback.pushWarning(
                tr_n(
                    len(names),
                    "{0} asset added outside every municipality of the store: {1}",
                    "{0} assets added outside every municipality of the store: {1}",
                ).format(len(names), ", ".join(names[:10]))
            )
        examples = ", ".join(names[:3]) + (", …" if len(names) > 3 else "")
        return {OUTSIDE_STORE_AREA: len(names), OUTSIDE_EXAMPLES: examples}

    def report_repairs(self, feedback, repaired):
        for code, name, reason in repaired:
            feedback.pushWarning(self.tr("Repaired boundary of {0} {1}: {2}").format(code, name, reason))

    def helpUrl(self):
        """The methods page on the plugin's homepage (every formula and convention of the analysis)."""
        from ..plugin_resources import metadata_value

        homepage = metadata_value("homepage")
        return f"{homepage}/blob/main/docs/methods.md" if homepage else ""

    def checkParameterValues(self, parameters, context):
        """Refuse up front, with the parameter and the reason, what would fail later: file destinations in a
        folder that does not exist or cannot be written, or that are folders themselves. A ``STORE`` may also be a
        PostgreSQL address (docs/architecture.md, The store on PostGIS)."""
        from ..core.input_error import InputError
        from ..core.store_address import looks_like_postgres, parse_store_address

        store = parameters.get(STORE)
        if isinstance(store, str) and looks_like_postgres(store):
            # a PostgreSQL store in the file parameter: its address is checked here, the file check is not for it
            try:
                parse_store_address(store)
            except InputError as error:
                return False, error_message(error)
            parameters = {**parameters, STORE: "postgresql_store.gpkg"}
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        for definition in self.parameterDefinitions():
            kind = definition.type()
            if kind not in ("fileDestination", "folderDestination") or not parameters.get(definition.name()):
                continue
            value = parameters[definition.name()]
            if (
                not isinstance(value, (str, Path))
                or str(value) == "TEMPORARY_OUTPUT"
                or looks_like_postgres(str(value))
            ):
                continue
            problem = destination_problem(Path(str(value)), folder=kind == "folderDestination")
            if problem:
                return False, self.tr("{0}: {1}").format(definition.description(), problem)
        return self._check_geometry_types(parameters, context)

    def _check_geometry_types(self, parameters, context):
        """A layer given by path is not filtered by Processing: refuse one whose geometries are not of the kinds
        the parameter declares (points for assets, polygons for districts), naming both."""
        for definition in self.parameterDefinitions():
            if definition.type() != "vector" or not parameters.get(definition.name()):
                continue
            wanted = set(definition.dataTypes())
            if not wanted or wanted & {
                QgsProcessing.SourceType.TypeVectorAnyGeometry,
                QgsProcessing.SourceType.TypeVector,
            }:
                continue
            layer = self.parameterAsVectorLayer(parameters, definition.name(), context)
            if layer is None:
                continue
            kind = GEOMETRY_SOURCE_TYPES.get(layer.geometryType())
            if kind not in wanted:
                return False, self.tr("{0}: layer {1!r} holds {2}; {3} expected").format(
                    definition.description(),
                    layer.name(),
                    geometry_words().get(kind, self.tr("no geometries")),
                    self.tr(" or ").join(geometry_words()[t] for t in sorted(wanted) if t in geometry_words()),
                )
        return True, ""

    def processAlgorithm(self, parameters, context, feedback):
        from ..core.input_error import InputError
        from ..services.cancellation import OperationCancelledError, cancellable
        from ..services.collector_pause import collector_paused
        from ..services.district_store import StoreError
        from ..services.layer_reader import LayerReadError

        try:
            with collector_paused(), cancellable(feedback.isCanceled if feedback is not None else (lambda: False)):
                return self.process(parameters, context, feedback)
        except (InputError, StoreError, LayerReadError, OperationCancelledError) as error:
            message = error_message(error)
        except QgsProcessingException:
            raise
        except Exception as error:  # a bug: its traceback goes to the log, the user gets a clear message
            log.exception(f"{PROVIDER}:{self.name()}", error)
            message = self.tr(
                "Unexpected error in {0}: {1}. Nothing was changed by the failed step; details "
                "(traceback) in the QGIS log, tab {2}."
            ).format(self.displayName(), error, log.TAG)
        # Raised outside the except block: the new exception carries no chained traceback, so the frames
        # of the failed work (and the layers they hold) are freed now, not when QGIS lets go of the error.
        raise QgsProcessingException(message)

    def process(self, parameters, context, feedback):
        """The algorithm's work; raise the services' errors, they become clear Processing messages."""
        raise NotImplementedError


def _geometry_from_wkb(geometry, wkb: bytes):
    """``geometry`` (an empty QgsGeometry) filled from ``wkb``."""
    geometry.fromWkb(wkb)
    return geometry
