"""Dock section 7, stakeholders and funding: import stakeholder lists and funding tables (the shared import
dialog), the funding summary per district, and the stakeholder network on the map."""

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
)

from ..definitions import COMMITMENT_IMPORT, STAKEHOLDER_IMPORT
from ..plugin_resources import resource_path
from ..translation import tr
from .analysis_outputs import add_analysis_output, add_import_report
from .display_locale import display_locale
from .dock_state import DockState, set_available
from .import_dialog import ImportDialog
from .layout_rows import row
from .push_button import push_button

# The sample lists for a store of each region (ISTAT region code): Piedmont's Savoy residences, Sicily's Val di Noto
SAMPLES = {
    1: ("stakeholders_residenze_sabaude.csv", "commitments_residenze_sabaude.csv"),
    19: ("stakeholders_val_di_noto.csv", None),
}


def _euro(value):
    return display_locale().toString(float(value), "f", 0) + " €"


class FundingSection(QGroupBox):
    """Runs ``importstakeholders``, ``importcommitments``, ``fundingsummary`` and ``stakeholdernetwork``."""

    changed = pyqtSignal()
    message = pyqtSignal(bool, str)

    def __init__(self, runner, session, parent=None):
        super().__init__(tr("7. Stakeholders and funding"), parent)
        self.runner = runner
        self.session = session
        self.last_report = None
        self.rows = []
        form = QFormLayout(self)
        self.stakeholders_button = push_button(
            tr("Import stakeholders…"),
            lambda: self.ask_import(STAKEHOLDER_IMPORT),
            tr("Import a list of public bodies, foundations, firms and associations, with a report of every row"),
        )
        self.commitments_button = push_button(
            tr("Import commitments…"),
            lambda: self.ask_import(COMMITMENT_IMPORT),
            tr("Import who commits how much to which district, through which instrument (APQ, CIS, PNRR…)"),
        )
        form.addRow(self.stakeholders_button)
        form.addRow(self.commitments_button)
        self.sample_button = push_button(
            tr("Add sample"),
            self.import_sample,
            tr(
                "Import the sample partners of the store's region: the Savoy residences and their 2007 APQ "
                "addendum (Piedmont), the Val di Noto bodies (Sicily)"
            ),
        )
        self.network_button = push_button(
            tr("Network"), self.run_network, tr("Lines from each stakeholder to the districts it commits to, by role")
        )
        form.addRow(row(self.sample_button, self.network_button))
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("fundingTable")
        self.table.setHorizontalHeaderLabels(
            [tr("District"), tr("Stakeholders"), tr("Committed"), tr("Public"), tr("Per resident")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setVisible(False)
        form.addRow(self.table)
        self.result_label = QLabel()
        self.result_label.setObjectName("fundingResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.result_label)

    def update_state(self, state: DockState) -> None:
        blocker = state.blocker("ready", "store", "idle", "not_editing")
        for button in (self.stakeholders_button, self.sample_button):
            set_available(button, blocker or state.blocker("writable"))
        set_available(self.commitments_button, blocker or state.blocker("districts", "writable"))
        set_available(self.network_button, blocker or state.blocker("districts"))

    def clear(self):
        self.rows = []
        self.table.setRowCount(0)
        self.table.setVisible(False)
        self.result_label.clear()

    # Imports ----------------------------------------------------------------------------------------------------
    def ask_import(self, kind):
        dialog = ImportDialog(self, kind)
        if dialog.exec():
            self.run_import(kind.algorithm, dialog.parameters(self.session.path))

    def run_import(self, algorithm, parameters, then=None):
        """Run an import; its report joins the project as a table; the funding summary follows."""

        def done(results):
            report = results.get("REPORT")
            if report is not None and not isinstance(report, str):
                add_import_report(report)
                self.last_report = report
            self.session.reload_layers()
            self.changed.emit()
            self.refresh()
            if then is not None:
                then()
            text = tr("Imported {0} rows ({1} flagged), rejected {2}: see the import report").format(
                int(results["IMPORTED"]), int(results["FLAGGED"]), int(results["REJECTED"])
            )
            if "TOTAL_EUR" in results:
                text += " — " + tr("{0} committed").format(_euro(results["TOTAL_EUR"]))
            return text

        return self.runner.run(algorithm, parameters, done)

    def import_sample(self):
        """The sample list (and commitments) of the store's region, when the plugin has one."""
        store = self.session.store()
        units, _ = store.read_table("municipalities", ["region_code"])
        regions = [r for r in units["region_code"].dropna().astype(int).unique() if r in SAMPLES]
        if not regions:
            self.message.emit(False, tr("The plugin has no sample partners for this store's region"))
            return False
        stakeholders, commitments = SAMPLES[int(regions[0])]
        follow = None
        if commitments:
            follow = lambda: self.run_import(  # noqa: E731  (chained after the stakeholders' batch)
                "importcommitments",
                {"INPUT": str(resource_path("sample", commitments)), "STORE": self.session.path},
            )
        return self.run_import(
            "importstakeholders",
            {"INPUT": str(resource_path("sample", stakeholders)), "STORE": self.session.path},
            follow,
        )

    # Figures ----------------------------------------------------------------------------------------------------
    def refresh(self):
        """Recompute the funding summary (``fundingsummary``) and show it."""
        if not self.session.is_open:
            return False

        def show(results):
            self.rows = [
                {name: feature[name] for name in feature.fields().names()}
                for feature in results["OUTPUT"].getFeatures()
            ]
            self.show_summary(self.rows)
            return ""

        return self.runner.run("fundingsummary", {"STORE": self.session.path, "OUTPUT": "TEMPORARY_OUTPUT"}, show)

    def show_summary(self, rows):
        shown = [r for r in rows if r["commitments"]]
        self.table.setRowCount(len(shown))
        for i, values in enumerate(shown):
            share = values["public_share"]
            per_resident = values["eur_per_resident"]
            cells = [
                str(values["district"]),
                str(int(values["stakeholders"])),
                _euro(values["total_eur"]),
                "" if share is None or share != share else display_locale().toString(100 * share, "f", 0) + " %",
                "" if per_resident is None or per_resident != per_resident else _euro(per_resident),
            ]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j:
                    item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
                self.table.setItem(i, j, item)
            self.table.item(i, 0).setToolTip(
                tr("Public {0}, private {1}, unclassified {2}; {3} per heritage asset").format(
                    _euro(values["public_eur"]),
                    _euro(values["private_eur"]),
                    _euro(values["unclassified_eur"]),
                    _euro(values["eur_per_asset"]) if values["eur_per_asset"] == values["eur_per_asset"] else "—",
                )
            )
        self.table.setVisible(bool(shown))
        if shown:
            height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
            self.table.setFixedHeight(height + sum(self.table.rowHeight(r) for r in range(min(len(shown), 5))))
        self.result_label.setText("" if shown else tr("No commitments recorded yet"))

    def run_network(self):
        from ..services.output_styles import style_links

        def done(results):
            layer = add_analysis_output(
                results["OUTPUT"], "stakeholder_network", tr("Stakeholder network"), style_links
            )
            return tr("Stakeholder network: {0} links").format(layer.featureCount())

        return self.runner.run("stakeholdernetwork", {"STORE": self.session.path, "OUTPUT": "TEMPORARY_OUTPUT"}, done)
