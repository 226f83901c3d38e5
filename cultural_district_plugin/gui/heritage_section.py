"""Dock section 3, the heritage inventory: import a spreadsheet or layer, attach a point layer."""

from qgis.core import QgsProject, QgsVectorLayer
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QGroupBox, QMessageBox

from ..plugin_resources import sample_data_path
from ..qgis_enums import layer_filter
from ..translation import tr
from .analysis_outputs import add_import_report
from .dock_state import DockState, set_available
from .import_dialog import ImportDialog
from .layout_rows import row
from .push_button import push_button

KEEP_OUTSIDE, REJECT_OUTSIDE = 0, 1  # OUTSIDE_AREA of importheritage / attachheritage


class HeritageSection(QGroupBox):
    changed = pyqtSignal()
    message = pyqtSignal(bool, str)
    reportReady = pyqtSignal(object)

    def __init__(self, runner, session, parent=None):
        super().__init__(tr("3. Heritage inventory"), parent)
        self.runner = runner
        self.session = session
        self.last_import_report = None
        self.ask_outside = self._ask_keep_only_inside  # replaceable by tests and scripts
        form = QFormLayout(self)
        self.heritage_combo = QgsMapLayerComboBox()
        self.heritage_combo.setFilters(layer_filter("PointLayer"))
        self.heritage_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.heritage_combo.setMinimumContentsLength(8)
        self.heritage_combo.setAllowEmptyLayer(True)
        self.sample_button = push_button(
            tr("Add sample"), self.add_sample_heritage, tr("Add the bundled Val di Noto and Turin-area heritage sample")
        )
        form.addRow(tr("Assets:"), row(self.heritage_combo, self.sample_button))
        self.attach_button = push_button(
            tr("Attach to store"),
            lambda: self.attach_heritage(self.heritage_combo.currentLayer()),
            tr("Add the chosen point layer's assets to the store; each gets its " "municipality and districts"),
        )
        self.import_button = push_button(
            tr("Import inventory…"),
            self.ask_import,
            tr("Import a spreadsheet or layer of heritage assets, with a report of every " "row"),
        )
        form.addRow(row(self.attach_button, self.import_button))

    def update_state(self, state: DockState) -> None:
        blocker = state.blocker("ready", "store", "idle", "not_editing", "writable")
        set_available(self.import_button, blocker)
        set_available(
            self.attach_button,
            blocker
            or (
                ""
                if self.heritage_combo.currentLayer() is not None
                else tr("Choose a heritage point layer first (or Add sample)")
            ),
        )

    def add_sample_heritage(self):
        layer = QgsVectorLayer(f"{sample_data_path()}|layername=heritage_assets", tr("Sample heritage assets"), "ogr")
        QgsProject.instance().addMapLayer(layer)
        self.heritage_combo.setLayer(layer)
        return layer

    # Attaching and importing ------------------------------------------------------------------------------
    def attach_heritage(self, layer, outside=KEEP_OUTSIDE):
        if layer is None:
            self.message.emit(False, tr("Choose a heritage layer first"))
            return False
        parameters = {
            "STORE": self.session.path,
            "INPUT": layer,
            "SUMMARY": "TEMPORARY_OUTPUT",
            "OUTSIDE_AREA": outside,
        }
        return self.runner.run(
            "attachheritage",
            parameters,
            lambda results: self._imported(
                results,
                lambda: self.attach_heritage(layer, REJECT_OUTSIDE),
                tr("{0} assets attached").format(int(results["ADDED"])),
            ),
        )

    def ask_import(self):
        dialog = ImportDialog(self)
        if dialog.exec():
            self.import_heritage(dialog.parameters(self.session.path))

    def import_heritage(self, parameters):
        """Run ``importheritage``; the report is added to the project as a table to inspect or export."""

        def done(results):
            report = results.get("REPORT")
            if report is not None and not isinstance(report, str):
                add_import_report(report)
                self.last_import_report = report
                self.reportReady.emit(report)
            return self._imported(
                results,
                lambda: self.import_heritage(dict(parameters, OUTSIDE_AREA=REJECT_OUTSIDE)),
                tr("Imported {0} rows ({1} flagged), rejected {2}: see the import report").format(
                    int(results["IMPORTED"]), int(results["FLAGGED"]), int(results["REJECTED"])
                ),
            )

        return self.runner.run("importheritage", parameters, done)

    def _imported(self, results, again_inside_only, message):
        """After assets came in: some may lie outside the store's area (e.g. Turin's museums in a Sicily
        store). Say so, and offer to keep only those inside (the batch is undone and run again)."""
        self.session.reload_layers()
        outside = int(results.get("OUTSIDE_STORE_AREA", 0) or 0)
        if outside and results.get("BATCH_ID"):
            names = results.get("OUTSIDE_EXAMPLES", "")
            message = tr("{0}; {1} of them lie outside the store's municipalities ({2})").format(
                message, outside, names
            )
            if self.ask_outside(outside, names):
                batch = results["BATCH_ID"]
                self.runner.run(
                    "removebatch", {"STORE": self.session.path, "BATCH_ID": batch}, lambda _: again_inside_only()
                )
                return tr("{0} assets outside the store's area left out; importing again").format(outside)
        self.changed.emit()
        return message

    def _ask_keep_only_inside(self, outside, names):
        answer = QMessageBox.question(
            self,
            tr("Assets outside the store's area"),
            tr(
                "{0} of the assets just added lie outside every municipality of the store (e.g. {1}).\n\n"
                "Keep only the assets inside the store's area?"
            ).format(outside, names),
        )
        return answer == QMessageBox.StandardButton.Yes
