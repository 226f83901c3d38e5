"""``cultural_district:exportlayers`` — districts, members, assets, stakeholders, commitments and findings in the
formats offices ask for."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
)

from ..translation import tr_n
from .algorithm_base import CulturalDistrictAlgorithm

CSV_DIALECTS = ("it", "international")  # the services' layer_export.CSV_DIALECTS (enum order)


class ExportLayersAlgorithm(CulturalDistrictAlgorithm):
    DISTRICT = "DISTRICT"
    FORMATS = "FORMATS"
    CRS = "CRS"
    CSV_DIALECT = "CSV_DIALECT"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    OVERWRITE = "OVERWRITE"
    FILES = "FILES"
    FILE_COUNT = "FILE_COUNT"
    CRS_AUTHID = "CRS_AUTHID"

    def name(self):
        return "exportlayers"

    def displayName(self):
        return self.tr("Export layers for official documents")

    def group(self):
        return self.tr("Exports")

    def groupId(self):
        return "exports"

    def shortHelpString(self):
        return self.tr(
            "Writes the districts (one by name, or all), their member municipalities, the heritage assets inside, "
            "the stakeholders and commitments and the latest check findings in the formats given (comma list of "
            "gpkg, shp, geojson, kml, dxf, csv, xlsx): a styled GeoPackage with layer metadata; Shapefiles with .prj "
            "and UTF-8 .cpg, field names cut to 10 characters with the mapping in <file>_fields.csv; GeoJSON per "
            "RFC 7946 (WGS84); KML; a DXF with districts and assets on named layers; CSV (Italian dialect: ';' and "
            "decimal comma; or international) and one XLSX workbook. CRS by default RDN2008 / UTM 32N, 33N or 34N "
            "(EPSG 7791–7793) from the districts' longitude; areas are recomputed in it. Cells a spreadsheet would run "
            "as a formula are neutralised. Nothing is overwritten unless allowed; a failed or cancelled export leaves "
            "nothing behind."
        )

    def initAlgorithm(self, config=None):
        self.add_store_parameter()
        self.addParameter(
            QgsProcessingParameterString(self.DISTRICT, self.tr("District (name; blank: all)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.FORMATS, self.tr("Formats (comma list: gpkg, shp, geojson, kml, dxf, csv, xlsx)"), "gpkg"
            )
        )
        self.addParameter(
            QgsProcessingParameterCrs(
                self.CRS, self.tr("CRS (blank: RDN2008 / UTM zone of the districts)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.CSV_DIALECT,
                self.tr("CSV dialect"),
                [self.tr("Italian (; and decimal comma)"), self.tr("International (, and decimal point)")],
                defaultValue=0,
            )
        )
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, self.tr("Output folder")))
        self.addParameter(
            QgsProcessingParameterBoolean(self.OVERWRITE, self.tr("Overwrite existing files"), defaultValue=False)
        )
        self.addOutput(QgsProcessingOutputString(self.FILES, self.tr("Files written")))
        self.addOutput(QgsProcessingOutputNumber(self.FILE_COUNT, self.tr("Number of files")))
        self.addOutput(QgsProcessingOutputString(self.CRS_AUTHID, self.tr("CRS of the export")))

    def process(self, parameters, context, feedback):
        from ..services.export_tables import export_tables
        from ..services.layer_export import (
            GAUSS_BOAGA,
            ExportCancelledError,
            base_name,
            default_crs,
            write_export,
        )

        store = self.open_store(parameters, context)
        names = [n.strip() for n in (self.parameterAsString(parameters, self.DISTRICT, context) or "").split(",")]
        names = [n for n in names if n]
        formats = [f.strip().lower() for f in self.parameterAsString(parameters, self.FORMATS, context).split(",")]
        formats = list(dict.fromkeys(f for f in formats if f))
        tables = export_tables(store, names)
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if not crs.isValid():
            crs = default_crs(tables[0].geometries, store.crs)
        if crs.authid() in GAUSS_BOAGA:
            feedback.pushWarning(
                self.tr(
                    "{0} (Gauss–Boaga, Monte Mario datum): no open grid exists for the shift from RDN2008/ETRF2000, so "
                    "the datum is converted with a 7-parameter transformation; expect errors of a few metres"
                ).format(crs.authid())
            )
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        try:
            written = write_export(
                store,
                tables,
                formats,
                crs,
                folder,
                base_name(names),
                CSV_DIALECTS[self.parameterAsEnum(parameters, self.CSV_DIALECT, context)],
                self.parameterAsBool(parameters, self.OVERWRITE, context),
                feedback.isCanceled,
                feedback.setProgress,
            )
        except ExportCancelledError as error:
            raise QgsProcessingException(str(error)) from error
        feedback.pushInfo(
            tr_n(len(written), "{0} file written to {1} in {2}", "{0} files written to {1} in {2}").format(
                len(written), folder, crs.authid()
            )
        )
        return {
            self.FILES: ";".join(p.name for p in written),
            self.FILE_COUNT: len(written),
            self.CRS_AUTHID: crs.authid(),
            self.OUTPUT_FOLDER: folder,
        }
