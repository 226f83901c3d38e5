"""``cultural_district:exportdistrict`` — export districts with their summaries."""

from qgis.core import QgsProcessingOutputNumber, QgsProcessingParameterFileDestination, QgsProcessingParameterString

from .algorithm_base import CulturalDistrictAlgorithm


class ExportDistrictAlgorithm(CulturalDistrictAlgorithm):
    DISTRICTS = "DISTRICTS"
    DISTRICT = "DISTRICT"
    OUTPUT = "OUTPUT"
    SUMMARY_FILE = "SUMMARY_FILE"

    def name(self):
        return "exportdistrict"

    def displayName(self):
        return self.tr("Export district")

    def shortHelpString(self):
        return self.tr(
            "Writes the store's districts (or the one named) to a GeoPackage layer 'districts' in the "
            "store's CRS, each with its members, population, ellipsoidal area and method, parts, holes "
            "and heritage assets inside; optionally the same summary as a JSON file. Files are written "
            "to a temporary name and moved into place."
        )

    def initAlgorithm(self, config=None):
        self.add_store_parameter()
        self.addParameter(
            QgsProcessingParameterString(self.DISTRICT, self.tr("District name (blank: all districts)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("Exported districts"), self.tr("GeoPackage (*.gpkg)")
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.SUMMARY_FILE,
                self.tr("Summary (JSON)"),
                self.tr("JSON (*.json)"),
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.DISTRICTS, self.tr("Districts exported")))

    def process(self, parameters, context, feedback):
        from ..services.district_export import export_districts, write_summary_json
        from ..services.district_store import StoreError

        store = self.open_store(parameters, context)
        name = self.parameterAsString(parameters, self.DISTRICT, context).strip()
        ids = None
        if name:
            table, _ = store.read_table("districts", ["name"])
            ids = table.loc[table["name"] == name, "fid"].tolist()
            if not ids:
                raise StoreError(self.tr("No district named {0!r} in {1}").format(name, store.path))
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        summaries = export_districts(store, output, ids)
        results = {self.OUTPUT: output, self.DISTRICTS: len(summaries)}
        summary_path = self.parameterAsFileOutput(parameters, self.SUMMARY_FILE, context)
        if summary_path:
            write_summary_json(summaries, summary_path)
            results[self.SUMMARY_FILE] = summary_path
        return results
