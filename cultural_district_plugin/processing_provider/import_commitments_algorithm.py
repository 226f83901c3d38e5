"""``cultural_district:importcommitments`` — import stakeholders' funding commitments to districts."""

from qgis.core import QgsProcessingOutputNumber

from ..definitions import COMMITMENT_COLUMN_ROLES
from .table_import_algorithm import TableImportAlgorithm


class ImportCommitmentsAlgorithm(TableImportAlgorithm):
    TOTAL_EUR = "TOTAL_EUR"
    DECLARED = "DECLARED"
    COLUMN_ROLES = COMMITMENT_COLUMN_ROLES

    def name(self):
        return "importcommitments"

    def displayName(self):
        return self.tr("Import commitments")

    def group(self):
        return self.tr("Stakeholders and funding")

    def groupId(self):
        return "funding"

    def shortHelpString(self):
        return self.tr(
            "Imports funding commitments — which stakeholder commits how much to which district, in which year, "
            "through which instrument (APQ, CIS, PNRR…) and for what — as one batch. The stakeholder is named (or "
            "given by id) and matched ignoring case and accents; the district by name; amounts are read as offices "
            "write them ('1.250.000,00 €', '€ 11.800.000', '9.200.000,00', '11,8 M€'). A 'declared total' column "
            "records the total declared for the district's instrument, which the checks compare with the "
            "commitments. Rejected rows: unknown_stakeholder, ambiguous_stakeholder, unknown_district, "
            "missing_amount, unparsable_amount, negative_amount; flagged: unparsable_year, conflicting_total."
        )

    def initAlgorithm(self, config=None):
        self.add_source_parameters(self.tr("Funding table (file or layer source)"))
        self.add_column_parameters()
        self.add_report_outputs(
            (
                (self.IMPORTED, self.tr("Commitments written (flagged included)")),
                (self.FLAGGED, self.tr("Rows written with a flag")),
                (self.REJECTED, self.tr("Rows rejected")),
                (self.DECLARED, self.tr("Declared totals recorded")),
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.TOTAL_EUR, self.tr("Sum of the imported amounts (€)")))

    def process(self, parameters, context, feedback):
        from ..services.stakeholder_import import import_commitments

        store = self.open_store(parameters, context)
        prepared, batch_id = import_commitments(
            store,
            self.source(parameters, context),
            self.column_overrides(parameters, context),
            *self.dialect(parameters, context),
        )
        outputs = {
            self.IMPORTED: len(prepared.records),
            self.FLAGGED: prepared.count("flagged"),
            self.REJECTED: prepared.count("rejected"),
            self.DECLARED: len(prepared.declared),
            self.TOTAL_EUR: prepared.total_eur,
            self.BATCH_ID: batch_id,
        }
        feedback.pushInfo(
            self.tr("{0} commitments imported, {1:.2f} € in all; {2} rejected").format(
                outputs[self.IMPORTED], prepared.total_eur, outputs[self.REJECTED]
            )
        )
        self.write_report(parameters, context, outputs, prepared.report)
        return outputs
