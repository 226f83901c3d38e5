"""``cultural_district:importdistricts`` — district boundaries from any vector source."""

from qgis.core import (
    QgsExpression,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterCrs,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsProject,
)

from .algorithm_base import CulturalDistrictAlgorithm


class ImportDistrictsAlgorithm(CulturalDistrictAlgorithm):
    FILTER = "FILTER"
    IMPORTED = "IMPORTED"
    NAME_FIELD = "NAME_FIELD"
    REFUSED = "REFUSED"
    REPAIRED = "REPAIRED"
    SOURCE_CRS = "SOURCE_CRS"
    INPUT = "INPUT"
    REPORT = "REPORT"

    def name(self):
        return "importdistricts"

    def displayName(self):
        return self.tr("Import district boundaries")

    def shortHelpString(self):
        return self.tr(
            "Imports district boundaries from a GeoPackage, Shapefile (also zipped), GeoJSON, KML/KMZ, any "
            "OGR source or a project layer into the store, as one batch. The CRS is read and transformed to "
            "the store's; a source without CRS needs its CRS stated. Invalid geometries are repaired (listed "
            "in the report with the reason and the area before and after) or refused feature by feature."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(self.INPUT, self.tr("Boundaries (file or project layer id)")))
        self.add_store_parameter()
        self.addParameter(
            QgsProcessingParameterString(
                self.NAME_FIELD, self.tr("District name field (blank: recognise)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterExpression(
                self.FILTER, self.tr("Only the features matching (expression)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterCrs(self.SOURCE_CRS, self.tr("CRS of the source, when it has none"), optional=True)
        )
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
            (self.IMPORTED, self.tr("Districts imported")),
            (self.REPAIRED, self.tr("Geometries repaired")),
            (self.REFUSED, self.tr("Features refused")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, label))
        self.addOutput(QgsProcessingOutputString(self.BATCH_ID, self.tr("Batch id")))

    def process(self, parameters, context, feedback):
        from ..services.district_import import import_districts
        from ..services.district_store import StoreError
        from ..services.vector_sources import open_vector

        store = self.open_store(parameters, context)
        layer = open_vector(self.parameterAsString(parameters, self.INPUT, context), QgsProject.instance())
        expression = self.parameterAsExpression(parameters, self.FILTER, context)
        request = None
        if expression:
            parsed = QgsExpression(expression)
            if parsed.hasParserError():
                raise StoreError(self.tr("Filter expression: {0}").format(parsed.parserErrorString()))
            request = QgsFeatureRequest(parsed)
        crs = self.parameterAsCrs(parameters, self.SOURCE_CRS, context)
        result = import_districts(
            store,
            layer,
            self.parameterAsString(parameters, self.NAME_FIELD, context) or None,
            crs if crs.isValid() else None,
            request,
        )
        if result.name_field:
            feedback.pushInfo(self.tr("District names read from field {0!r}").format(result.name_field))
        else:
            feedback.pushWarning(
                self.tr("No name field recognised: districts are named after the layer and feature id (set Name field)")
            )
        doubts = {fid: why for fid, _name, why in result.warnings}
        rows = [
            (fid, name, "imported", doubts.get(fid), None, None)
            for fid, name in result.imported
            if fid not in {r[0] for r in result.repaired}
        ]
        rows += [(fid, name, "repaired", reason, before, after) for fid, name, reason, before, after in result.repaired]
        rows += [(fid, name, "refused", reason, None, None) for fid, name, reason in result.refused]
        for _fid, name, reason, before, after in result.repaired:
            feedback.pushWarning(
                self.tr("Repaired {0}: {1} (area {2:.3f} → {3:.3f} km²)").format(name, reason, before, after)
            )
        for _fid, name, reason in result.refused:
            feedback.pushWarning(self.tr("Refused {0}: {1}").format(name, reason))
        for _fid, name, why in result.warnings:
            feedback.pushWarning(self.tr("Imported {0}, but it {1}").format(name, why))
        outputs = {
            self.IMPORTED: len(result.imported),
            self.REPAIRED: len(result.repaired),
            self.REFUSED: len(result.refused),
            self.BATCH_ID: result.batch_id,
        }
        self.write_sink(
            parameters,
            self.REPORT,
            context,
            outputs,
            (
                ("feature", "int"),
                ("name", "string"),
                ("outcome", "string"),
                ("reason", "string"),
                ("area_before_km2", "double"),
                ("area_after_km2", "double"),
            ),
            sorted(rows),
        )
        return outputs
