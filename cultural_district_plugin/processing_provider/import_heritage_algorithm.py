"""``cultural_district:importheritage`` — import a heritage inventory into a store, nothing silently dropped."""

from qgis.core import (
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
)

from ..definitions import COORDINATE_MODES, HERITAGE_COLUMN_ROLES, coordinate_mode_labels
from .table_import_algorithm import TableImportAlgorithm


class ImportHeritageAlgorithm(TableImportAlgorithm):
    ADDED = "ADDED"
    CHANGED = "CHANGED"
    COORDINATES = "COORDINATES"
    DUPLICATE_DISTANCE = "DUPLICATE_DISTANCE"
    MISSING_FROM_SOURCE = "MISSING_FROM_SOURCE"
    SOURCE_CRS = "SOURCE_CRS"
    SYNONYMS = "SYNONYMS"
    UNCHANGED = "UNCHANGED"
    COLUMN_ROLES = HERITAGE_COLUMN_ROLES

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
            "outside_any_municipality, unparsable_number, approximate_location; for text files also "
            "decoded_cp1252, nul_bytes, extra_cells, quote_spans_lines) or rejected "
            "(missing_coordinates, unparsable_coordinate, outside_italy, duplicate), listed in the report."
        )

    def initAlgorithm(self, config=None):
        self.add_source_parameters(self.tr("Inventory (file or layer source)"))
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
        self.add_column_parameters()
        self.add_outside_area_parameter()
        self.add_report_outputs(
            (
                (self.IMPORTED, self.tr("Rows written (flagged included)")),
                (self.FLAGGED, self.tr("Rows written with a flag")),
                (self.REJECTED, self.tr("Rows rejected")),
                (self.ADDED, self.tr("Assets added")),
                (self.CHANGED, self.tr("Assets updated (same source id)")),
                (self.UNCHANGED, self.tr("Assets unchanged (same source id)")),
                (self.MISSING_FROM_SOURCE, self.tr("Assets no longer in the source (kept)")),
            )
        )

    def process(self, parameters, context, feedback):
        from ..services.heritage_import import import_heritage, read_synonyms

        store = self.open_store(parameters, context)
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
            self.source(parameters, context),
            crs if crs.isValid() else None,
            self.column_overrides(parameters, context),
            mode,
            *self.dialect(parameters, context),
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
        self.write_report(parameters, context, outputs, prepared.report)
        return outputs
