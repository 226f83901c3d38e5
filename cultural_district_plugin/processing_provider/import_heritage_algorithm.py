"""``cultural_district:importheritage`` — import a heritage inventory into a store, nothing silently dropped."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProject,
)

from ..definitions import COORDINATE_MODES, HERITAGE_COLUMN_ROLES, column_parameter, coordinate_mode_labels
from .algorithm_base import CulturalDistrictAlgorithm


class ImportHeritageAlgorithm(CulturalDistrictAlgorithm):
    ADDED = "ADDED"
    CHANGED = "CHANGED"
    COORDINATES = "COORDINATES"
    DELIMITER = "DELIMITER"
    DUPLICATE_DISTANCE = "DUPLICATE_DISTANCE"
    ENCODING = "ENCODING"
    FLAGGED = "FLAGGED"
    IMPORTED = "IMPORTED"
    MISSING_FROM_SOURCE = "MISSING_FROM_SOURCE"
    REJECTED = "REJECTED"
    SOURCE_CRS = "SOURCE_CRS"
    SYNONYMS = "SYNONYMS"
    UNCHANGED = "UNCHANGED"
    INPUT = "INPUT"
    REPORT = "REPORT"

    def name(self):
        return "importheritage"

    def displayName(self):
        return self.tr("Import heritage inventory")

    def shortHelpString(self):
        return self.tr(
            "Imports a heritage inventory — CSV/TXT (delimiter, decimal comma, thousands dot, encoding and title "
            "lines detected), XLSX/ODS, GeoPackage, Shapefile, GeoJSON, KML or a project layer — into the "
            "store, as one batch. Italian and English column names are recognised; the column parameters "
            "override them. Every row ends imported, imported and flagged (swapped_lat_lon, "
            "outside_any_municipality, unparsable_number, approximate_location) or rejected "
            "(missing_coordinates, unparsable_coordinate, outside_italy, duplicate), listed in the report."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(self.INPUT, self.tr("Inventory (file or layer source)")))
        self.add_store_parameter()
        labels = coordinate_mode_labels()
        self.addParameter(
            QgsProcessingParameterEnum(
                self.COORDINATES,
                self.tr("Coordinates"),
                [labels[mode] for mode in COORDINATE_MODES],
                defaultValue=0,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterCrs(self.SOURCE_CRS, self.tr("CRS of X / Y or WKT coordinates"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterString(self.ENCODING, self.tr("Text encoding (blank: detect)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterString(self.DELIMITER, self.tr("Delimiter (blank: detect)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.DUPLICATE_DISTANCE,
                self.tr("Duplicates: same or similar name within (m)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=25.0,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.SYNONYMS, self.tr("More category synonyms (CSV: synonym;category;art101_class)"), optional=True
            )
        )
        for role in HERITAGE_COLUMN_ROLES:
            self.addParameter(
                QgsProcessingParameterString(
                    column_parameter(role), self.tr("Column for {0} (blank: recognise)").format(role), optional=True
                )
            )
        self.add_outside_area_parameter()
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.REPORT,
                self.tr("Import report"),
                QgsProcessing.SourceType.TypeVector,
                optional=True,
                createByDefault=True,
            )
        )
        for key, label in (
            (self.IMPORTED, self.tr("Rows written (flagged included)")),
            (self.FLAGGED, self.tr("Rows written with a flag")),
            (self.REJECTED, self.tr("Rows rejected")),
            (self.ADDED, self.tr("Assets added")),
            (self.CHANGED, self.tr("Assets updated (same source id)")),
            (self.UNCHANGED, self.tr("Assets unchanged (same source id)")),
            (self.MISSING_FROM_SOURCE, self.tr("Assets no longer in the source (kept)")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, label))
        self.addOutput(QgsProcessingOutputString(self.BATCH_ID, self.tr("Batch id")))

    def process(self, parameters, context, feedback):
        from ..services.heritage_import import REPORT_COLUMNS, import_heritage, read_synonyms, report_rows

        store = self.open_store(parameters, context)
        source = self.parameterAsString(parameters, self.INPUT, context)
        layer = QgsProject.instance().mapLayer(source)  # a project layer id, else a file or OGR source
        overrides = {
            role: self.parameterAsString(parameters, column_parameter(role), context).strip()
            for role in HERITAGE_COLUMN_ROLES
        }
        crs = self.parameterAsCrs(parameters, self.SOURCE_CRS, context)
        if crs.authid() in ("EPSG:3003", "EPSG:3004"):
            feedback.pushWarning(
                self.tr(
                    "Gauss–Boaga (Monte Mario) coordinates are reprojected without the IGM grids: expect shifts of "
                    "some metres to tens of metres"
                )
            )
        mode = COORDINATE_MODES[self.parameterAsEnum(parameters, self.COORDINATES, context)] or None
        result = import_heritage(
            store,
            layer or source,
            crs if crs.isValid() else None,
            {k: v for k, v in overrides.items() if v},
            mode,
            self.parameterAsString(parameters, self.ENCODING, context).strip() or None,
            self.parameterAsString(parameters, self.DELIMITER, context) or None,
            self.parameterAsDouble(parameters, self.DUPLICATE_DISTANCE, context),
            synonyms=read_synonyms(synonyms)
            if (synonyms := self.parameterAsFile(parameters, self.SYNONYMS, context))
            else None,
            reject_outside_store_area=self.reject_outside_area(parameters, context),
        )
        prepared = result.prepared
        feedback.pushInfo(
            self.tr("Columns: {0}; coordinates: {1}").format(
                ", ".join(f"{k}={v}" for k, v in result.mapping.items()), result.coordinates
            )
        )
        outputs = {
            self.IMPORTED: len(prepared.records),
            self.FLAGGED: prepared.count("flagged"),
            self.REJECTED: prepared.count("rejected"),
            self.BATCH_ID: result.batch_id,
            self.ADDED: result.added,
            self.CHANGED: result.changed,
            self.UNCHANGED: result.unchanged,
            self.MISSING_FROM_SOURCE: len(result.missing_from_source),
        }
        outputs.update(self.outside_area_outputs(result, feedback))
        if result.missing_from_source:
            feedback.pushWarning(
                self.tr("No longer in the source, kept in the store: {0}").format(", ".join(result.missing_from_source))
            )
        self.write_sink(
            parameters,
            self.REPORT,
            context,
            outputs,
            [(name, "int" if name == "row" else "string") for name in REPORT_COLUMNS],
            report_rows(prepared),
        )
        return outputs
