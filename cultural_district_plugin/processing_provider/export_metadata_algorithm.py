"""``cultural_district:exportmetadata`` — the RNDT (ISO 19139) metadata record of a district export."""

from qgis.core import (
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from .algorithm_base import CulturalDistrictAlgorithm


class ExportMetadataAlgorithm(CulturalDistrictAlgorithm):
    DISTRICT = "DISTRICT"
    IPA_CODE = "IPA_CODE"
    ORGANISATION = "ORGANISATION"
    CONTACT_EMAIL = "CONTACT_EMAIL"
    LICENCE = "LICENCE"
    POSITIONAL_ACCURACY_M = "POSITIONAL_ACCURACY_M"
    ONLINE_RESOURCE = "ONLINE_RESOURCE"
    CRS = "CRS"
    OVERWRITE = "OVERWRITE"
    FILE_IDENTIFIER = "FILE_IDENTIFIER"

    def name(self):
        return "exportmetadata"

    def displayName(self):
        return self.tr("Export RNDT metadata")

    def group(self):
        return self.tr("Exports")

    def groupId(self):
        return "exports"

    def shortHelpString(self):
        return self.tr(
            "Writes the ISO 19139 metadata record of a district (or of all) following the mandatory elements of the "
            "RNDT profile (Linee Guida RNDT 2.0): file identifier prefixed by the administration's iPA code, resource "
            "identifier, language ita, contacts, date stamp, title, abstract, keywords (INSPIRE theme and free), "
            "topic categories, access and use constraints, bounding box, reference system (RNDT name with its EPSG "
            "URI), lineage from the store's batches, positional accuracy in metres, distribution format. No empty "
            "elements. The record is to be validated with the RNDT validator before publication."
        )

    def initAlgorithm(self, config=None):
        self.add_store_parameter()
        self.addParameter(
            QgsProcessingParameterString(self.DISTRICT, self.tr("District (name; blank: all)"), optional=True)
        )
        self.addParameter(QgsProcessingParameterString(self.IPA_CODE, self.tr("iPA code of the administration")))
        self.addParameter(QgsProcessingParameterString(self.ORGANISATION, self.tr("Organisation")))
        self.addParameter(QgsProcessingParameterString(self.CONTACT_EMAIL, self.tr("Contact e-mail")))
        self.addParameter(QgsProcessingParameterString(self.LICENCE, self.tr("Licence"), "CC-BY 4.0", optional=True))
        self.addParameter(
            QgsProcessingParameterNumber(
                self.POSITIONAL_ACCURACY_M,
                self.tr("Positional accuracy (m)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=10.0,
                minValue=0.001,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.ONLINE_RESOURCE, self.tr("Where the data can be downloaded (URL)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterCrs(
                self.CRS, self.tr("Reference system (blank: RDN2008 / UTM zone of the districts)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("Metadata record"), self.tr("XML (*.xml)"))
        )
        self.addParameter(
            QgsProcessingParameterBoolean(self.OVERWRITE, self.tr("Overwrite an existing file"), defaultValue=False)
        )
        self.addOutput(QgsProcessingOutputString(self.FILE_IDENTIFIER, self.tr("File identifier")))

    def process(self, parameters, context, feedback):
        from ..core.rndt_metadata import Organisation, file_identifier
        from ..services.export_tables import selected_districts
        from ..services.layer_export import default_crs
        from ..services.metadata_export import describe_districts, write_metadata

        store = self.open_store(parameters, context)
        names = [n.strip() for n in (self.parameterAsString(parameters, self.DISTRICT, context) or "").split(",")]
        names = [n for n in names if n]
        organisation = Organisation(
            self.parameterAsString(parameters, self.IPA_CODE, context).strip(),
            self.parameterAsString(parameters, self.ORGANISATION, context).strip(),
            self.parameterAsString(parameters, self.CONTACT_EMAIL, context).strip(),
        )
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if not crs.isValid():
            crs = default_crs(selected_districts(store, names)[1], store.crs)
        online = self.parameterAsString(parameters, self.ONLINE_RESOURCE, context).strip()
        dataset = describe_districts(
            store,
            names,
            crs,
            self.parameterAsString(parameters, self.LICENCE, context).strip() or "CC-BY 4.0",
            self.parameterAsDouble(parameters, self.POSITIONAL_ACCURACY_M, context),
            online,
        )
        if not online:
            feedback.pushWarning(
                self.tr("No download address given: RNDT asks for an online resource; add it before publishing")
            )
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        write_metadata(organisation, dataset, output, self.parameterAsBool(parameters, self.OVERWRITE, context))
        return {self.OUTPUT: output, self.FILE_IDENTIFIER: file_identifier(organisation, dataset.slug)}
