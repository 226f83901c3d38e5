"""The dock panel: the planner's workflow from the project store to the exported district.

It only assembles the sections (one widget class each) and wires them to two shared objects: the
:class:`~..services.algorithm_runner.AlgorithmRunner`, through which every step runs as its Processing
algorithm in a task, and the :class:`~..services.store_session.StoreSession`, which keeps the open store
in step with the QGIS project.
"""

from qgis.core import Qgis, QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QFrame, QLabel, QMessageBox, QScrollArea, QVBoxLayout, QWidget

from .. import log
from ..dependencies import install_command, missing_requirements
from ..services.algorithm_runner import AlgorithmRunner
from ..services.editing_layers import stop_watching as stop_watching_editing_layers
from ..services.editing_layers import watch as watch_editing_layers
from ..services.store_session import StoreSession
from ..settings import PANEL_INPUTS
from ..translation import tr, tr_n
from .checks_section import ChecksSection
from .concentration_section import ConcentrationSection
from .coverage_section import CoverageSection
from .district_section import DistrictSection
from .dock_state import DockState
from .funding_section import FundingSection
from .heritage_section import HeritageSection
from .layout_rows import COMPACT_MARGIN, make_compact
from .link_guard import LinkGuard
from .overview_strip import OverviewStrip
from .push_button import push_button
from .store_section import StoreSection
from .summary_section import SummarySection


class DistrictDock(QgsDockWidget):
    """Store → districts → heritage → figures → concentration → coverage → stakeholders and funding → checks."""

    operationFinished = pyqtSignal(str, bool, str)
    summariesUpdated = pyqtSignal(list)

    def __init__(self, iface, parent=None):
        super().__init__(tr("Cultural District Planner"), parent)
        self.setObjectName("CulturalDistrictDock")
        self.iface = iface
        self.missing = missing_requirements()
        self.runner = AlgorithmRunner(QgsProject.instance(), self)
        self.session = StoreSession(QgsProject.instance(), self)
        self.link_guard = LinkGuard(self.session, parent=self)
        self.counts = {"municipalities": 0, "districts": 0, "assets": 0}
        self._summary_request = 0
        self._build_ui()
        self.runner.finished.connect(self._operation_finished)
        self.runner.busyChanged.connect(lambda busy: self.update_state())
        self.session.opened.connect(self._store_opened)
        self.session.closed.connect(self._store_closed)
        self.session.failed.connect(lambda message: self.report(False, message))
        watch_editing_layers(QgsProject.instance())  # what a task's "store locked" message names
        QgsProject.instance().readProject.connect(self._restore_inputs)
        QgsProject.instance().cleared.connect(self._restore_inputs)
        QgsProject.instance().writeProject.connect(self._save_inputs)
        # the plugin (re)started into a project whose store is open (an upgrade from the Plugin Manager, Plugin
        # Reloader): reconnect to it as after reading the project; nothing happens in a project without one
        self.session.restore()
        self._restore_inputs()
        self.update_state()

    # Layout ---------------------------------------------------------------------------------------------
    def _build_ui(self):
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(*(COMPACT_MARGIN,) * 4)  # every pixel counts in a 298 px dock
        self.help_button = push_button(tr("Help"), self.show_help, tr("The user guide and the methods of the analysis"))
        layout.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignRight)
        self.overview = OverviewStrip()
        layout.addWidget(self.overview)
        self.dependency_label = QLabel()
        self.dependency_label.setObjectName("dependencyLabel")
        self.dependency_label.setWordWrap(True)
        self.dependency_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dependency_label.setStyleSheet("QLabel { background: #fde2e1; color: #7a1712; padding: 6px; }")
        if self.missing:
            self.dependency_label.setText(
                tr("Analysis is disabled: missing {0}.\nInstall with:\n{1}").format(
                    ", ".join(m.describe() for m in self.missing), install_command(self.missing)
                )
            )
        self.dependency_label.setVisible(bool(self.missing))
        layout.addWidget(self.dependency_label)

        self.store_section = StoreSection(self.runner, self.session)
        self.district_section = DistrictSection(self.iface, self.runner, self.session)
        self.heritage_section = HeritageSection(self.runner, self.session)
        self.summary_section = SummarySection()
        self.concentration_section = ConcentrationSection(self.runner, self.session)
        self.coverage_section = CoverageSection(self.runner, self.session)
        self.funding_section = FundingSection(self.runner, self.session)
        self.checks_section = ChecksSection(self.iface, self.runner, self.session)
        for section in self.sections():
            layout.addWidget(section)
            make_compact(section)
        for section in (self.store_section, self.district_section, self.heritage_section, self.concentration_section):
            section.changed.connect(self.refresh)
        for section in (self.store_section, self.heritage_section, self.funding_section):
            section.message.connect(self.report)
        self.store_section.closeRequested.connect(self.ask_close_store)
        self.summary_section.exportRequested.connect(self.export)
        self.summary_section.documentsRequested.connect(self.ask_export_documents)
        self.summary_section.compareRequested.connect(self.compare_districts)
        self.editing.membershipSaved.connect(self.refresh)
        self.editing.editingChanged.connect(lambda editing: self.update_state())
        self.heritage_section.heritage_combo.layerChanged.connect(lambda layer: self.update_state())

        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        scroll = QScrollArea()  # the panel stays usable on small screens
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.setWidget(scroll)

    @property
    def editing(self):
        return self.district_section.editing

    @property
    def summaries(self):
        return self.summary_section.summaries

    def state(self) -> DockState:
        return DockState(
            missing=", ".join(m.describe() for m in self.missing),
            busy=self.runner.busy,
            store_open=self.session.is_open,
            municipalities=self.counts["municipalities"],
            districts=self.counts["districts"],
            assets=self.counts["assets"],
            editing=self.editing.editing,
            writable=self.session.writable,
        )

    def sections(self):
        """The workflow's sections, in order."""
        return (
            self.store_section,
            self.district_section,
            self.heritage_section,
            self.summary_section,
            self.concentration_section,
            self.coverage_section,
            self.funding_section,
            self.checks_section,
        )

    def update_state(self):
        state = self.state()
        for section in self.sections():
            section.update_state(state)
        self.overview.show_state(state, self.session.name if state.store_open else None, self.findings_shown())

    def findings_shown(self) -> list[dict]:
        """The findings of the latest check run the panel shows."""
        return list(self.checks_section.results.findings)

    # Store session --------------------------------------------------------------------------------------
    def _store_opened(self, path):
        self.counts = {"municipalities": 0, "districts": 0, "assets": 0}
        self.report(True, tr("Store open: {0}").format(path))
        # the latest findings first: QGIS changing the findings layer's filter waits for any read of the store a
        # task is making (over a second for a national inventory, the panel frozen meanwhile)
        self.checks_section.show_run()
        self.refresh()

    def _store_closed(self):
        self.editing.close_down()
        self.counts = {"municipalities": 0, "districts": 0, "assets": 0}
        self.summary_section.show_summaries([])
        self.editing.set_districts([], [])
        self.concentration_section.clear()
        self.coverage_section.clear()
        self.funding_section.clear()
        self.checks_section.clear()
        self.update_state()

    def ask_close_store(self):
        """Close the store; unsaved membership edits are saved or discarded first, as the user says."""
        if self.editing.has_unsaved_edits():
            answer = QMessageBox.question(
                self,
                tr("Close store"),
                tr("The district's membership has unsaved edits. Save them before closing " "the store?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return False
            members = self.session.layer("district_members")
            if answer == QMessageBox.StandardButton.Save and not members.commitChanges():
                self.report(False, "; ".join(members.commitErrors()))
                return False
            if answer == QMessageBox.StandardButton.Discard:
                members.rollBack()
        self.editing.close_down()
        self.session.close()
        self.report(True, tr("Store closed"))
        return True

    # Figures ------------------------------------------------------------------------------------------
    def refresh(self):
        """Recompute the districts' figures (``summarisedistricts``) and show them; stale findings marked."""
        if not self.session.is_open or self.missing:
            return
        self._summary_request += 1
        request = self._summary_request

        def show(results):
            if request != self._summary_request or not self.session.is_open:
                return ""  # a newer refresh (or a closed store) wins
            from ..services.district_report import summary_from_feature

            summaries = [summary_from_feature(f) for f in results["OUTPUT"].getFeatures()]
            self.counts = {
                "municipalities": int(results["MUNICIPALITIES"]),
                "districts": len(summaries),
                "assets": int(results["ASSETS"]),
            }
            self.summary_section.show_summaries(summaries)
            self.editing.set_districts(summaries, results["PROVINCES"].split("|") if results["PROVINCES"] else [])
            self.concentration_section.set_districts([s.name for s in summaries])
            self.coverage_section.set_districts([s.name for s in summaries])
            self.checks_section.refresh_staleness()
            self.funding_section.refresh()
            self.summariesUpdated.emit(summaries)
            return ""

        self.runner.run("summarisedistricts", {"STORE": self.session.path, "OUTPUT": "TEMPORARY_OUTPUT"}, show)

    def export(self, path):
        return self.runner.run(
            "exportdistrict",
            {"STORE": self.session.path, "OUTPUT": path},
            lambda results: tr_n(
                int(results["DISTRICTS"]), "Exported {0} district to {1}", "Exported {0} districts to {1}"
            ).format(int(results["DISTRICTS"]), results["OUTPUT"]),
        )

    def show_help(self):
        from .help_dialog import HelpDialog

        self.help_dialog = HelpDialog(self)
        self.help_dialog.show()
        return self.help_dialog

    def ask_export_documents(self):
        from .export_dialog import ExportDialog

        dialog = ExportDialog([s.name for s in self.summaries], self)
        if dialog.exec():
            self.export_documents(dialog.jobs(self.session.path))

    def compare_districts(self):
        from .compare_dialog import CompareDialog

        dialog = CompareDialog([s.name for s in self.summaries], self.runner, self.session.path, self)
        dialog.compare()
        dialog.exec()
        return dialog

    def export_documents(self, jobs):
        """Run the chosen exports one after the other (each a task with progress); the last says where."""
        if not jobs:
            return False
        (algorithm, parameters), rest = jobs[0], jobs[1:]

        def done(results):
            if rest:
                self.export_documents(rest)
            written = results.get("OUTPUT") or results.get("OUTPUT_FOLDER") or ""
            return tr("{0}: written to {1}").format(algorithm, written)

        return self.runner.run(algorithm, parameters, done)

    # Reporting ------------------------------------------------------------------------------------------
    def _operation_finished(self, algorithm_id, ok, message):
        if message:
            self.report(ok, message)
        self.update_state()
        self.operationFinished.emit(algorithm_id, ok, message)

    def report(self, ok, message):
        """The status line; failures also as a message-bar notice (details in the log panel)."""
        self.status_label.setText(message)
        self.status_label.setStyleSheet("" if ok else "QLabel { color: #a3322b; }")
        if ok:
            log.info(message)
        else:
            log.warning(message)
            if self.isVisible():
                log.notify(self.iface, message, Qgis.MessageLevel.Warning, tr("Details"), 10)

    # Project ------------------------------------------------------------------------------------------
    def _inputs(self):
        return {
            **self.coverage_section.inputs(),
            "region_codes": (self.store_section.region_edit.text, self.store_section.region_edit.setText),
            "district_name": (self.district_section.name_edit.text, self.district_section.name_edit.setText),
            "district_codes": (
                self.district_section.codes_edit.toPlainText,
                self.district_section.codes_edit.setPlainText,
            ),
        }

    def _save_inputs(self, *args):
        """Before the project is written: keep the panel's inputs with it."""
        inputs = self._inputs()
        for setting in PANEL_INPUTS:
            setting.set_value(inputs[setting.key][0]())

    def _restore_inputs(self, *args):
        inputs = self._inputs()
        for setting in PANEL_INPUTS:
            inputs[setting.key][1](setting.value())
        self.status_label.clear()

    def close_down(self):
        """Cancel running tasks and disconnect from the project before the plugin unloads."""
        self.editing.close_down()
        QgsProject.instance().readProject.disconnect(self._restore_inputs)
        QgsProject.instance().cleared.disconnect(self._restore_inputs)
        QgsProject.instance().writeProject.disconnect(self._save_inputs)
        self.session.disconnect_project()
        stop_watching_editing_layers()
        self.runner.cancel_all()
