"""``cultural_district:importstakeholders`` — import a stakeholder list into a store, nothing silently dropped."""

from ..definitions import STAKEHOLDER_COLUMN_ROLES
from .table_import_algorithm import TableImportAlgorithm


class ImportStakeholdersAlgorithm(TableImportAlgorithm):
    LINKS = "LINKS"
    COLUMN_ROLES = STAKEHOLDER_COLUMN_ROLES

    def name(self):
        return "importstakeholders"

    def displayName(self):
        return self.tr("Import stakeholders")

    def group(self):
        return self.tr("Stakeholders and funding")

    def groupId(self):
        return "funding"

    def shortHelpString(self):
        return self.tr(
            "Imports a list of stakeholders — State bodies, the Region, municipalities, banking foundations, "
            "enterprises, third sector, universities, religious bodies — from CSV/TXT (encoding, delimiter and title "
            "lines detected), XLSX/ODS or a table or point layer into the store, as one batch. Italian and English "
            "headers are recognised (Denominazione/Nome/Soggetto, Tipologia/Tipo, Comune/Codice ISTAT, Ruolo, "
            "Natura giuridica, Indirizzo, Email, Sito, Latitudine/Longitudine, Beni di proprietà, Beni gestiti). "
            "Types and roles are normalised with a synonym table ('Fondazione di origine bancaria' → banking "
            "foundation, 'associazione' → third sector, 'Soprintendenza' → State body; promotore, partner, "
            "finanziatore, gestore). Placed at their coordinates, else on their municipality. Every row ends "
            "imported, flagged (unknown_type: kept as other; unknown_role, unknown_legal_status, "
            "no_location, unparsable_coordinate, outside_italy, unknown_asset) or rejected (missing_name, duplicate: "
            "same name, type and municipality), listed in the report."
        )

    def initAlgorithm(self, config=None):
        self.add_source_parameters(self.tr("Stakeholder list (file or layer source)"))
        self.add_column_parameters()
        self.add_report_outputs(
            (
                (self.IMPORTED, self.tr("Rows written (flagged included)")),
                (self.FLAGGED, self.tr("Rows written with a flag")),
                (self.REJECTED, self.tr("Rows rejected")),
                (self.LINKS, self.tr("Links to the assets they own or manage")),
            )
        )

    def process(self, parameters, context, feedback):
        from ..services.stakeholder_import import import_stakeholders

        store = self.open_store(parameters, context)
        prepared, batch_id = import_stakeholders(
            store,
            self.source(parameters, context),
            self.column_overrides(parameters, context),
            *self.dialect(parameters, context),
        )
        outputs = {
            self.IMPORTED: len(prepared.records),
            self.FLAGGED: prepared.count("flagged"),
            self.REJECTED: prepared.count("rejected"),
            self.LINKS: len(set(prepared.links)),
            self.BATCH_ID: batch_id,
        }
        feedback.pushInfo(
            self.tr("{0} stakeholders imported ({1} flagged), {2} rejected").format(
                outputs[self.IMPORTED], outputs[self.FLAGGED], outputs[self.REJECTED]
            )
        )
        self.write_report(parameters, context, outputs, prepared.report)
        return outputs
