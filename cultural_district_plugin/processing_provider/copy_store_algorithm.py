"""``cultural_district:copystore`` — copy a district project store between a GeoPackage and PostGIS (issue #17)."""

from qgis.core import QgsProcessingOutputNumber, QgsProcessingOutputString, QgsProcessingParameterString

from .algorithm_base import CulturalDistrictAlgorithm


class CopyStoreAlgorithm(CulturalDistrictAlgorithm):
    INPUT = "INPUT"
    OUTPUT = "OUTPUT"
    TABLES = "TABLES"
    ROWS = "ROWS"

    def name(self):
        return "copystore"

    def displayName(self):
        return self.tr("Copy district project store (GeoPackage ⇄ PostGIS)")

    def shortHelpString(self):
        return self.tr(
            "Copies a whole district project store into a new one: from a GeoPackage into a PostgreSQL/PostGIS "
            "schema, so that an office's planners share it, and back. A PostgreSQL store is written "
            "postgresql://user@host:port/dbname?schema=name, or service=name schema=name (the password then "
            "stays in the user's pg_service.conf or .pgpass); authcfg=id uses a QGIS authentication "
            "configuration. Ids, links between tables and batches are kept; the copy is checked table by table "
            "(rows and a checksum of every value and geometry) and is removed again if it differs. The target "
            "must not exist yet."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterString(self.INPUT, self.tr("Store to copy (GeoPackage file or PostgreSQL address)"))
        )
        self.addParameter(
            QgsProcessingParameterString(self.OUTPUT, self.tr("New store (GeoPackage file or PostgreSQL address)"))
        )
        self.addOutput(QgsProcessingOutputString(self.OUTPUT, self.tr("New store")))
        self.addOutput(QgsProcessingOutputNumber(self.TABLES, self.tr("Tables copied")))
        self.addOutput(QgsProcessingOutputNumber(self.ROWS, self.tr("Rows copied")))

    def process(self, parameters, context, feedback):
        from ..core.store_address import parse_store_address
        from ..services.district_store import StoreError
        from ..services.store_copy import copy_store

        source = parse_store_address(self.parameterAsString(parameters, self.INPUT, context))
        target = parse_store_address(self.parameterAsString(parameters, self.OUTPUT, context))
        if source == target:
            raise StoreError(self.tr("The new store must differ from the store copied"))
        feedback.pushInfo(self.tr("Copying {0} into {1}").format(source.shown(), target.shown()))
        report = copy_store(source, target, feedback.setProgress)
        for table in report:
            feedback.pushInfo(
                self.tr("{0}: {1} rows, checksum {2} on both sides").format(
                    table.table, table.target_rows, table.target_checksum
                )
            )
        return {
            self.OUTPUT: target.shown(),
            self.TABLES: len(report),
            self.ROWS: sum(table.target_rows for table in report),
        }
