"""What the import algorithms share (``importheritage``, ``importstakeholders``, ``importcommitments``): the
source (a file or a project layer), its dialect, column overrides per role and the row-by-row report."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsProject,
)

from ..definitions import column_parameter
from .algorithm_base import CulturalDistrictAlgorithm
from .style_post_processor import StylePostProcessor


class TableImportAlgorithm(CulturalDistrictAlgorithm):
    INPUT = "INPUT"
    ENCODING = "ENCODING"
    DELIMITER = "DELIMITER"
    REPORT = "REPORT"
    IMPORTED = "IMPORTED"
    FLAGGED = "FLAGGED"
    REJECTED = "REJECTED"
    BATCH_ID = "BATCH_ID"
    COLUMN_ROLES = ()  # the roles whose <ROLE>_COLUMN parameters override the recognised columns

    def add_source_parameters(self, label):
        self.addParameter(QgsProcessingParameterFile(self.INPUT, label))
        self.add_store_parameter()
        self.addParameter(
            QgsProcessingParameterString(self.ENCODING, self.tr("Text encoding (blank: detect)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterString(self.DELIMITER, self.tr("Delimiter (blank: detect)"), optional=True)
        )

    def add_column_parameters(self):
        for role in self.COLUMN_ROLES:
            self.addParameter(
                QgsProcessingParameterString(
                    column_parameter(role), self.tr("Column for {0} (blank: recognise)").format(role), optional=True
                )
            )

    def add_report_outputs(self, counts):
        """The report sink, the counts (``(key, label)``; IMPORTED, FLAGGED, REJECTED first) and the batch id."""
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.REPORT,
                self.tr("Import report"),
                QgsProcessing.SourceType.TypeVector,
                optional=True,
                createByDefault=True,
            )
        )
        for key, label in counts:
            self.addOutput(QgsProcessingOutputNumber(key, label))
        self.addOutput(QgsProcessingOutputString(self.BATCH_ID, self.tr("Batch id")))

    def checkParameterValues(self, parameters, context):
        import codecs

        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        encoding = (parameters.get(self.ENCODING) or "").strip()
        if encoding:
            try:
                codecs.lookup(encoding)
            except LookupError:
                return False, self.tr("Text encoding {0!r} is not an encoding (e.g. utf-8, cp1252, latin-1)").format(
                    encoding
                )
        delimiter = parameters.get(self.DELIMITER) or ""
        if delimiter and len(delimiter) != 1:
            return False, self.tr("Delimiter {0!r}: one character (e.g. ; or ,)").format(delimiter)
        return True, ""

    def source(self, parameters, context):
        """A project layer (by id) or a file / OGR source."""
        source = self.parameterAsString(parameters, self.INPUT, context)
        return QgsProject.instance().mapLayer(source) or source

    def dialect(self, parameters, context):
        """``(encoding, delimiter)``, None where they are to be detected."""
        return (
            self.parameterAsString(parameters, self.ENCODING, context).strip() or None,
            self.parameterAsString(parameters, self.DELIMITER, context) or None,
        )

    def column_overrides(self, parameters, context):
        overrides = {
            role: self.parameterAsString(parameters, column_parameter(role), context).strip()
            for role in self.COLUMN_ROLES
        }
        return {role: column for role, column in overrides.items() if column}

    def write_report(self, parameters, context, outputs, reports):
        from ..services.output_styles import style_import_report
        from ..services.table_sources import REPORT_FIELDS, report_rows

        self.write_sink(parameters, self.REPORT, context, outputs, REPORT_FIELDS, report_rows(reports))
        StylePostProcessor.attach(context, outputs.get(self.REPORT), style_import_report)
