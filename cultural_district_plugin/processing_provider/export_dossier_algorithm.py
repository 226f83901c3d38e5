"""``cultural_district:exportdossier`` — the PDF dossier of a district (or of all, as an atlas)."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from .algorithm_base import CulturalDistrictAlgorithm

PAGE_SIZES = ("A4", "A3")  # the services' dossier_template.PAGE_SIZES (enum order)
LANGUAGES = ("", "it", "en")  # "": the user interface's


class ExportDossierAlgorithm(CulturalDistrictAlgorithm):
    DISTRICT = "DISTRICT"
    PAGE_SIZE = "PAGE_SIZE"
    LANGUAGE = "LANGUAGE"
    MAP_IMAGE = "MAP_IMAGE"
    OVERWRITE = "OVERWRITE"
    PAGES = "PAGES"

    def name(self):
        return "exportdossier"

    def displayName(self):
        return self.tr("Export the dossier (PDF)")

    def group(self):
        return self.tr("Exports")

    def groupId(self):
        return "exports"

    def shortHelpString(self):
        return self.tr(
            "The dossier of a district (blank: of every district, one after the other as an atlas) as one PDF, from "
            "the shipped layout template (resources/layouts/dossier_a4.qpt, dossier_a3.qpt: open and restyle them in "
            "the layout designer, keeping the item ids): title, date, map of the district with its municipalities "
            "and its heritage assets by category, legend, scale bar, north arrow, overview inset, reference system "
            "and sources with credits; then the indicator tables — key figures, members, assets by category, "
            "coverage, stakeholders and funding, check findings — with numbers written for the language (Italian: "
            "2.132,24 km²). A last page makes it reproducible: plugin and QGIS versions, the parameters, the data "
            "sources with their batches and dates, the check run shown. Optionally the first map page as PNG."
        )

    def initAlgorithm(self, config=None):
        self.add_store_parameter()
        self.addParameter(
            QgsProcessingParameterString(
                self.DISTRICT, self.tr("District (name; blank: all, as an atlas)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("Dossier"), self.tr("PDF (*.pdf)"))
        )
        self.addParameter(
            QgsProcessingParameterEnum(self.PAGE_SIZE, self.tr("Page size"), list(PAGE_SIZES), defaultValue=0)
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.LANGUAGE,
                self.tr("Language"),
                [self.tr("The user interface's"), "Italiano", "English"],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.MAP_IMAGE,
                self.tr("Map of the first page (PNG)"),
                self.tr("PNG (*.png)"),
                optional=True,
                createByDefault=False,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(self.OVERWRITE, self.tr("Overwrite existing files"), defaultValue=False)
        )
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, self.tr("Pages")))

    def process(self, parameters, context, feedback):
        from ..services.document_language import DocumentLanguage
        from ..services.dossier_export import export_dossier

        store = self.open_store(parameters, context)
        names = [n.strip() for n in (self.parameterAsString(parameters, self.DISTRICT, context) or "").split(",")]
        names = [n for n in names if n]
        language = LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)] or None
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        map_image = self.parameterAsFileOutput(parameters, self.MAP_IMAGE, context) or None
        used = {
            "STORE": str(store.path),
            "DISTRICT": ", ".join(names) or "*",
            "PAGE_SIZE": PAGE_SIZES[self.parameterAsEnum(parameters, self.PAGE_SIZE, context)],
            "LANGUAGE": DocumentLanguage(language).code,
        }
        try:
            result = export_dossier(
                store,
                names,
                output,
                used["PAGE_SIZE"],
                DocumentLanguage(language),
                used,
                map_image,
                self.parameterAsBool(parameters, self.OVERWRITE, context),
                feedback.isCanceled,
            )
        except RuntimeError as error:
            raise QgsProcessingException(str(error)) from error
        feedback.pushInfo(self.tr("{0} pages for {1}").format(result["pages"], ", ".join(result["districts"])))
        outputs = {self.OUTPUT: output, self.PAGES: result["pages"]}
        if map_image:
            outputs[self.MAP_IMAGE] = map_image
        return outputs
