"""Dock section 5, checks: run ``runchecks`` on the store and show the recorded findings."""

from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QGroupBox, QVBoxLayout

from ..translation import tr
from .check_results_view import CheckResultsView
from .dock_state import DockState, set_available


class ChecksSection(QGroupBox):
    checksFinished = pyqtSignal(bool, int)

    def __init__(self, iface, runner, session, parent=None):
        super().__init__(tr("8. Checks"), parent)
        self.runner = runner
        self.session = session
        self.run_id = None
        layout = QVBoxLayout(self)
        self.results = CheckResultsView(iface)
        self.results.run_button.setToolTip(
            tr("Run every district check; the run and its findings are recorded in " "the store")
        )
        self.results.runRequested.connect(self.run_checks)
        layout.addWidget(self.results)

    def update_state(self, state: DockState) -> None:
        set_available(
            self.results.run_button, state.blocker("ready", "store", "districts", "idle", "not_editing", "writable")
        )

    def run_checks(self):
        """Run every district check in a background task; the run is recorded in the store."""

        def done(results):
            run_id = int(results["RUN_ID"])
            # no layer reloaded: a run writes only its record, and the findings layer's filter moving to the new run
            # reads it afresh (reloading the layer first held the panel 0.14 s on a national store)
            self.show_run(run_id)
            self.checksFinished.emit(True, run_id)
            return tr("Checks: {0} errors, {1} warnings, {2} information").format(
                int(results["ERRORS"]), int(results["WARNINGS"]), int(results["INFOS"])
            )

        return self.runner.run(
            "runchecks",
            {"STORE": self.session.path, "OUTPUT": "TEMPORARY_OUTPUT"},
            done,
            lambda message: self.checksFinished.emit(False, -1),
        )

    def show_run(self, run_id=None):
        """Show the findings of a recorded run (the latest by default); the findings layer shows that run only,
        and findings about districts changed since are marked stale."""
        from ..services.check_runner import latest_run_id, recorded_findings, stale_districts

        if not self.session.is_open:
            self.clear()
            return
        store = self.session.store()
        run_id = latest_run_id(store) if run_id is None else run_id
        self.run_id = run_id
        findings = recorded_findings(store, run_id) if run_id is not None else []
        stale = stale_districts(store, run_id) if run_id is not None else []
        findings_layer = self.session.layer("check_results")
        subset = f'"run_id" = {int(run_id)}' if run_id is not None else ""
        if findings_layer is not None and findings_layer.subsetString() != subset:  # a change waits for readers
            findings_layer.setSubsetString(subset)
            findings_layer.triggerRepaint()
        self.results.set_findings(findings, self.session.layer, findings_layer, stale)

    def refresh_staleness(self):
        """After the districts changed: mark the shown findings stale where they no longer hold."""
        if self.run_id is not None and self.session.is_open:
            self.show_run(self.run_id)

    def clear(self):
        self.run_id = None
        self.results.set_findings([], None)
