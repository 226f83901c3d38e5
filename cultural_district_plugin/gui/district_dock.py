"""The dock panel: one workflow from store to exported district.

It is a thin face: every step runs the plugin's Processing algorithm in a ``QgsProcessingAlgRunnerTask``
(progress, cancel, GUI never blocked), so the dock and ``qgis_process`` give identical results.
"""

from pathlib import Path

from qgis.core import (QgsApplication, QgsLayerTreeGroup, QgsProcessingAlgRunnerTask,
                       QgsProcessingContext, QgsProcessingFeedback, QgsProject, QgsTask, QgsVectorLayer)
from qgis.gui import QgsDockWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QLocale, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QFormLayout, QFrame, QGroupBox,
                                 QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QScrollArea,
                                 QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..dependencies import install_command, missing_requirements
from ..plugin_resources import sample_data_path
from ..processing_provider.provider import PROVIDER_ID
from ..services.store_relations import add_store_relations, remove_store_relations
from ..qgis_enums import layer_filter
from ..translation import tr
from .check_results_view import CheckResultsView
from .check_run_task import CheckRunTask
from .district_editing_panel import DistrictEditingPanel
from .heritage_import_dialog import HeritageImportDialog

STORE_LAYERS = ("check_results", "heritage_assets", "stakeholders", "districts", "municipalities", "district_members",
                "commitments")  # layer tree order, top to bottom
PROJECT_SCOPE = "cultural_district"


def summary_rows():
    """The figures shown per district (one table row each; one column per district)."""
    return [("members", tr("Members")), ("population", tr("Population")),
            ("area_km2", tr("Area km² (ellipsoidal)")), ("parts", tr("Parts")), ("holes", tr("Holes")),
            ("assets_inside", tr("Assets inside")), ("protected", tr("Protected assets")),
            ("unesco", tr("UNESCO components")), ("visitors", tr("Visitors")), ("visitors_years", tr("Visitors' years")),
            ("assets_per_km2", tr("Assets per km²")), ("assets_per_10k_residents", tr("Assets per 10,000 residents"))]


class DistrictDock(QgsDockWidget):
    """Store → municipalities → district → heritage → summary → export."""

    operationFinished = pyqtSignal(str, bool, str)  # algorithm id, success, message
    summariesUpdated = pyqtSignal(list)
    checksFinished = pyqtSignal(bool, int)  # success, run id

    def __init__(self, iface, parent=None):
        super().__init__(tr("Cultural District Planner"), parent)
        self.setObjectName("CulturalDistrictDock")
        self.iface = iface
        self.store_path = None
        self.summaries = []
        self.last_import_report = None
        self._running = []  # (task, context, feedback) kept alive while a task runs
        self.missing = missing_requirements()
        self._build_ui()
        self._update_enabled()
        QgsProject.instance().readProject.connect(self.restore_from_project)
        QgsProject.instance().cleared.connect(self.restore_from_project)
        QgsProject.instance().writeProject.connect(self.save_state)

    # Layout -------------------------------------------------------------------------------------
    def _build_ui(self):
        body = QWidget()
        layout = QVBoxLayout(body)

        self.dependency_label = QLabel()
        self.dependency_label.setObjectName("dependencyLabel")
        self.dependency_label.setWordWrap(True)
        self.dependency_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dependency_label.setStyleSheet("QLabel { background: #fde2e1; color: #7a1712; padding: 6px; }")
        if self.missing:
            self.dependency_label.setText(tr(
                "Analysis is disabled: missing {0}.\nInstall with:\n{1}").format(
                ", ".join(m.describe() for m in self.missing), install_command(self.missing)))
        self.dependency_label.setVisible(bool(self.missing))
        layout.addWidget(self.dependency_label)

        store_box = QGroupBox(tr("1. District project store"))
        store_form = QFormLayout(store_box)
        self.store_label = QLabel(tr("No store open"))
        self.store_label.setWordWrap(True)
        store_form.addRow(tr("Store:"), self.store_label)
        self.municipality_combo, row = self._layer_picker(
            layer_filter("PolygonLayer"), self.add_sample_municipalities,
            tr("Add the bundled ISTAT 2023 municipalities of Sicily and Piedmont"))
        store_form.addRow(tr("Municipalities:"), row)
        self.region_edit = QLineEdit()
        self.region_edit.setPlaceholderText(tr("ISTAT region codes, e.g. 19 (blank: all)"))
        store_form.addRow(tr("Regions:"), self.region_edit)
        self.new_store_button = QPushButton(tr("New store…"))
        self.new_store_button.clicked.connect(self._ask_new_store)
        self.open_store_button = QPushButton(tr("Open store…"))
        self.open_store_button.clicked.connect(self._ask_open_store)
        self.undo_batch_button = QPushButton(tr("Undo last bulk operation"))
        self.undo_batch_button.setToolTip(tr("Remove the rows written by the latest import, build or check run"))
        self.undo_batch_button.clicked.connect(self._ask_undo_batch)
        self.close_store_button = QPushButton(tr("Close store"))
        self.close_store_button.clicked.connect(self.close_store)
        store_form.addRow(self._row(self.new_store_button, self.open_store_button))
        store_form.addRow(self._row(self.close_store_button, self.undo_batch_button))
        layout.addWidget(store_box)

        district_box = QGroupBox(tr("2. District from municipalities"))
        district_form = QFormLayout(district_box)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(tr("e.g. Tardo barocco del Val di Noto"))
        district_form.addRow(tr("Name:"), self.name_edit)
        self.codes_edit = QPlainTextEdit()
        self.codes_edit.setPlaceholderText(tr("ISTAT codes (PRO_COM_T), e.g. 087011, 087015, 089013"))
        self.codes_edit.setMaximumHeight(70)
        district_form.addRow(tr("Municipalities:"), self.codes_edit)
        self.build_button = QPushButton(tr("Build district"))
        self.build_button.clicked.connect(lambda: self.build_district(self.name_edit.text(),
                                                                      self.codes_edit.toPlainText()))
        self.import_districts_button = QPushButton(tr("Import boundaries…"))
        self.import_districts_button.setToolTip(tr("Import district boundaries from a file or a layer "
                                                   "(GeoPackage, Shapefile or zipped Shapefile, GeoJSON, KML/KMZ)"))
        self.import_districts_button.clicked.connect(self._ask_import_districts)
        district_form.addRow(self._row(self.build_button, self.import_districts_button))
        self.editing = DistrictEditingPanel(self.iface, self.store_layers_by_table, self.codes_edit.toPlainText)
        self.editing.membershipSaved.connect(self.refresh_summaries)
        district_form.addRow(self.editing)
        layout.addWidget(district_box)

        heritage_box = QGroupBox(tr("3. Heritage inventory"))
        heritage_form = QFormLayout(heritage_box)
        self.heritage_combo, row = self._layer_picker(
            layer_filter("PointLayer"), self.add_sample_heritage,
            tr("Add the bundled Val di Noto and Turin-area heritage sample"))
        heritage_form.addRow(tr("Assets:"), row)
        self.import_button = QPushButton(tr("Import inventory…"))
        self.import_button.setToolTip(tr("Import a spreadsheet or layer of heritage assets, with a report of every row"))
        self.import_button.clicked.connect(self._ask_import)
        heritage_form.addRow(self.import_button)
        self.attach_button = QPushButton(tr("Attach to store"))
        self.attach_button.clicked.connect(lambda: self.attach_heritage(self.heritage_combo.currentLayer()))
        heritage_form.addRow(self.attach_button)
        layout.addWidget(heritage_box)

        summary_box = QGroupBox(tr("4. Districts"))
        summary_layout = QVBoxLayout(summary_box)
        self.summary_table = QTableWidget(len(summary_rows()), 0)
        self.summary_table.setVerticalHeaderLabels([label for _, label in summary_rows()])
        self.summary_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summary_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        rows_height = self.summary_table.verticalHeader().defaultSectionSize() * (len(summary_rows()) + 1)
        self.summary_table.setMinimumHeight(rows_height + 2 * self.summary_table.frameWidth() + 4)
        summary_layout.addWidget(self.summary_table)
        self.export_button = QPushButton(tr("Export districts…"))
        self.export_button.clicked.connect(self._ask_export)
        summary_layout.addWidget(self.export_button)
        layout.addWidget(summary_box)

        checks_box = QGroupBox(tr("5. Checks"))
        checks_layout = QVBoxLayout(checks_box)
        self.check_results = CheckResultsView(self.iface)
        self.check_results.runRequested.connect(self.run_checks)
        checks_layout.addWidget(self.check_results)
        layout.addWidget(checks_box)

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

    def _layer_picker(self, layer_filter, add_sample, sample_tooltip):
        """A project-layer combo box with an "Add sample" button beside it."""
        combo = QgsMapLayerComboBox()
        combo.setFilters(layer_filter)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.setAllowEmptyLayer(True)
        sample = QPushButton(tr("Add sample"))
        sample.setToolTip(sample_tooltip)
        sample.clicked.connect(add_sample)
        return combo, self._row(combo, sample)

    @staticmethod
    def _row(*widgets):
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            box.addWidget(widget)
        return row

    def _update_enabled(self):
        ready = not self.missing
        busy = bool(self._running)
        self.new_store_button.setEnabled(ready and not busy)
        self.open_store_button.setEnabled(ready and not busy)
        has_store = self.store_path is not None
        self.close_store_button.setEnabled(has_store and not busy)
        self.undo_batch_button.setEnabled(ready and has_store and not busy)
        for button in (self.build_button, self.import_districts_button, self.import_button, self.attach_button,
                       self.export_button,
                       self.check_results.run_button):
            button.setEnabled(ready and has_store and not busy)

    # Sample data --------------------------------------------------------------------------------
    def _add_sample_layer(self, table, title, combo):
        layer = QgsVectorLayer(f"{sample_data_path()}|layername={table}", title, "ogr")
        QgsProject.instance().addMapLayer(layer)
        combo.setLayer(layer)
        return layer

    def add_sample_municipalities(self):
        return self._add_sample_layer("municipalities", tr("Sample municipalities (ISTAT 2023)"),
                                      self.municipality_combo)

    def add_sample_heritage(self):
        return self._add_sample_layer("heritage_assets", tr("Sample heritage assets"), self.heritage_combo)

    # Store --------------------------------------------------------------------------------------
    def _ask_new_store(self):
        path, _ = QFileDialog.getSaveFileName(self, tr("New district project store"), "",
                                              tr("GeoPackage (*.gpkg)"))
        if path:
            if not path.lower().endswith(".gpkg"):
                path += ".gpkg"
            self.create_store(path, overwrite=Path(path).exists())

    def _ask_open_store(self):
        path, _ = QFileDialog.getOpenFileName(self, tr("Open district project store"), "",
                                              tr("GeoPackage (*.gpkg)"))
        if path:
            self.open_store(path)

    def create_store(self, path, overwrite=False):
        """Run ``createstore`` with the chosen municipalities; the store opens when it succeeds."""
        layer = self.municipality_combo.currentLayer()
        parameters = {"OUTPUT": path, "REGION_CODES": self.region_edit.text(), "OVERWRITE": overwrite}
        if layer is not None:
            parameters["MUNICIPALITIES"] = layer
        else:
            parameters["CRS"] = "EPSG:7794"
        self._run("createstore", parameters, lambda results: self.open_store(results["OUTPUT"]))

    def open_store(self, path):
        """Open a store: its layers go into one layer-tree group; the summary is refreshed."""
        from ..services.district_store import DistrictStore, StoreError
        try:
            store = DistrictStore(path)
        except StoreError as error:
            self._report(False, str(error))
            return False
        self.store_path = str(store.path)
        self._add_store_layers(store)
        self._store_opened()
        return True

    def _store_opened(self):
        """Shared by opening and by restoring a project: relations, project entry, figures, findings."""
        self.store_label.setText(self.store_path)
        self.editing.store_path = self.store_path
        add_store_relations(QgsProject.instance(), {layer.name(): layer for layer in self.store_layers()})
        QgsProject.instance().writeEntry(PROJECT_SCOPE, "store_path", self.store_path)
        self._update_enabled()
        self.refresh_summaries()
        self.show_check_run()

    def close_store(self):
        """Remove the store's layers and relations from the project; the file is left as it is."""
        if self.store_path is None:
            return
        root = QgsProject.instance().layerTreeRoot()
        group = root.findGroup(self._group_name())
        self.editing.close_down()
        remove_store_relations(QgsProject.instance())
        if group is not None:
            QgsProject.instance().removeMapLayers(group.findLayerIds())
            root.removeChildNode(group)
        QgsProject.instance().removeEntry(PROJECT_SCOPE, "store_path")
        self.store_path = None
        self.store_label.setText(tr("No store open"))
        self.show_summaries([])
        self.check_results.set_findings([], None)
        self._update_enabled()

    def _form_fields(self):
        """The panel's inputs kept in the project: entry key -> (getter, setter)."""
        return {"region_codes": (self.region_edit.text, self.region_edit.setText),
                "district_name": (self.name_edit.text, self.name_edit.setText),
                "district_codes": (self.codes_edit.toPlainText, self.codes_edit.setPlainText)}

    def save_state(self, *args):
        """Before the project is written: keep the panel's inputs with it (the store path is kept already)."""
        for key, (getter, _) in self._form_fields().items():
            QgsProject.instance().writeEntry(PROJECT_SCOPE, key, getter())

    def restore_from_project(self, *args):
        """After a project is read (or cleared): the panel's inputs, and the store the project remembers
        (its layers are in the project)."""
        for key, (_, setter) in self._form_fields().items():
            setter(QgsProject.instance().readEntry(PROJECT_SCOPE, key, "")[0])
        path, found = QgsProject.instance().readEntry(PROJECT_SCOPE, "store_path", "")
        self.store_path = None
        if not found or not path:
            self._update_enabled()
            return
        from ..services.district_store import DistrictStore, StoreError
        try:
            DistrictStore(path)
        except StoreError as error:
            self._report(False, str(error))
            self._update_enabled()
            return
        self.store_path = path
        if not self.store_layers():
            self._add_store_layers(DistrictStore(path))
        self._store_opened()

    def _group_name(self):
        return tr("District store: {0}").format(Path(self.store_path).stem)

    def _add_store_layers(self, store):
        root = QgsProject.instance().layerTreeRoot()
        old = root.findGroup(self._group_name())
        if old is not None:
            QgsProject.instance().removeMapLayers(old.findLayerIds())
            root.removeChildNode(old)
        group = root.insertGroup(0, self._group_name())
        for table in STORE_LAYERS:
            layer = store.layer(table)  # styled by the default style saved in the GeoPackage
            QgsProject.instance().addMapLayer(layer, False)
            group.addLayer(layer)

    def store_layers_by_table(self):
        return {layer.name(): layer for layer in self.store_layers()}

    def store_layers(self):
        group = QgsProject.instance().layerTreeRoot().findGroup(self._group_name()) if self.store_path else None
        return [node.layer() for node in group.findLayers()] if isinstance(group, QgsLayerTreeGroup) else []

    def _reload_store_layers(self):
        for layer in self.store_layers():
            layer.reload()
            layer.triggerRepaint()

    # Steps --------------------------------------------------------------------------------------
    def build_district(self, name, codes_text):
        self._run("builddistrictfrommunicipalities",
                  {"STORE": self.store_path, "NAME": name, "CODES": codes_text}, self._after_write)

    def attach_heritage(self, layer):
        if layer is None:
            self._report(False, tr("Choose a heritage layer first"))
            return
        self._run("attachheritage", {"STORE": self.store_path, "INPUT": layer, "SUMMARY": "TEMPORARY_OUTPUT"},
                  self._after_write)

    def _ask_undo_batch(self):
        from ..services.district_store import DistrictStore
        latest = DistrictStore(self.store_path).latest_batch()
        if latest is None:
            self._report(False, tr("Nothing to undo"))
            return
        answer = QMessageBox.question(self, tr("Undo last bulk operation"), tr(
            "Remove everything written by the latest operation ({0}: {1})?").format(latest[1], latest[2]))
        if answer == QMessageBox.StandardButton.Yes:
            self.undo_last_batch()

    def undo_last_batch(self):
        """Remove the latest batch (``removebatch``), then refresh layers, figures and findings."""
        def done(results):
            self._after_write(results)
            self.show_check_run()
        self._run("removebatch", {"STORE": self.store_path}, done)

    def _ask_import_districts(self):
        """QGIS's own dialog for ``importdistricts`` (source, name field, filter, CRS), with this store."""
        import processing
        processing.execAlgorithmDialog(f"{PROVIDER_ID}:importdistricts", {"STORE": self.store_path})
        self._after_write(None)

    def _ask_import(self):
        dialog = HeritageImportDialog(self)
        if dialog.exec():
            self.import_heritage(dialog.parameters(self.store_path))

    def import_heritage(self, parameters):
        """Run ``importheritage``; the report is added to the project as a table to inspect or export."""
        def done(results):
            report = results.get("REPORT")
            if report is not None and not isinstance(report, str):
                report.setName(tr("Import report"))
                QgsProject.instance().addMapLayer(report)
                self.last_import_report = report
            self._after_write(results)
            return tr("Imported {0} rows ({1} flagged), rejected {2}: see the import report").format(
                results["IMPORTED"], results["FLAGGED"], results["REJECTED"])
        self._run("importheritage", parameters, done)

    def _ask_export(self):
        path, _ = QFileDialog.getSaveFileName(self, tr("Export districts"), "", tr("GeoPackage (*.gpkg)"))
        if path:
            self.export(path)

    def export(self, path):
        self._run("exportdistrict", {"STORE": self.store_path, "OUTPUT": path},
                  lambda results: tr("Exported {0} district(s) to {1}").format(results["DISTRICTS"], results["OUTPUT"]))

    def _after_write(self, results):
        self._reload_store_layers()
        self.refresh_summaries()

    # Checks -------------------------------------------------------------------------------------
    def run_checks(self):
        """Run every district check in a background task; the run is recorded in the store."""
        task = CheckRunTask(self.store_path)

        def completed(ok, message, run_id):
            self._running = [r for r in self._running if r[0] is not task]
            self._report(ok, message)
            if ok:
                self._reload_store_layers()
                self.show_check_run(run_id)
            self._update_enabled()
            self.checksFinished.emit(ok, run_id)

        task.completed.connect(completed)
        self._start(task)

    def show_check_run(self, run_id=None):
        """Show the findings of a recorded run (the latest by default) in the results view."""
        from ..services.check_runner import latest_run_id, recorded_findings
        from ..services.district_store import DistrictStore
        store = DistrictStore(self.store_path)
        run_id = latest_run_id(store) if run_id is None else run_id
        findings = recorded_findings(store, run_id) if run_id is not None else []
        districts = [layer for layer in self.store_layers() if layer.name() == "districts"]
        self.check_results.set_findings(findings, districts[0] if districts else None)

    # Summaries ----------------------------------------------------------------------------------
    def refresh_summaries(self):
        """Recompute the district summaries in a background task and show them in the table."""
        if self.store_path is None or self.missing:
            return
        path = self.store_path

        def compute(task):
            from ..services.district_report import district_summaries
            from ..services.district_store import DistrictStore
            return district_summaries(DistrictStore(path))

        def finished(exception, result=None):
            self._running = [r for r in self._running if r[0] is not task]
            if exception is not None:
                self._report(False, str(exception))
            else:
                self.show_summaries(result)
            self._update_enabled()

        task = QgsTask.fromFunction(tr("District summaries"), compute, on_finished=finished)
        self._start(task)

    def show_summaries(self, summaries):
        self.summaries = list(summaries)
        self.summary_table.setColumnCount(len(self.summaries))
        self.summary_table.setHorizontalHeaderLabels([s.name for s in self.summaries])
        for col, summary in enumerate(self.summaries):
            self.summary_table.horizontalHeaderItem(col).setToolTip(summary.name)
        for col, summary in enumerate(self.summaries):
            for row, (attribute, _) in enumerate(summary_rows()):
                text = self._cell_text(getattr(summary, attribute))
                if attribute == "visitors_years" and summary.mixed_visitor_years:
                    text = tr("{0} (mixed years)").format(text)
                item = QTableWidgetItem(text)
                item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
                self.summary_table.setItem(row, col, item)
        self.editing.set_districts(self.summaries, self._provinces())
        self.summariesUpdated.emit(self.summaries)

    def _provinces(self):
        if self.store_path is None:
            return []
        from ..services.district_store import DistrictStore
        table, _ = DistrictStore(self.store_path).read_table("municipalities", ["province"])
        return sorted(p for p in table["province"].dropna().unique())

    @staticmethod
    def _cell_text(value):
        """Numbers in the user's locale; floats with two decimals; missing values as a dash."""
        if isinstance(value, str):
            return value or "—"
        if isinstance(value, float):
            return "—" if value != value else QLocale().toString(value, "f", 2)
        return QLocale().toString(int(value))

    # Running algorithms -------------------------------------------------------------------------
    def _run(self, algorithm_name, parameters, on_success):
        """Run a plugin algorithm in a task; ``on_success(results)`` runs on the main thread and may return
        the status message to show."""
        algorithm_id = f"{PROVIDER_ID}:{algorithm_name}"
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
        if algorithm is None:
            self._report(False, tr("Processing algorithm {0} is not available").format(algorithm_id), algorithm_id)
            return
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        feedback = QgsProcessingFeedback()
        task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)

        def executed(ok, results):
            self._running = [r for r in self._running if r[0] is not task]
            if ok:
                # layers written to TEMPORARY_OUTPUT live in the task's context: hand them over
                results = {key: context.takeResultLayer(value)
                           if isinstance(value, str) and context.temporaryLayerStore().mapLayer(value) else value
                           for key, value in results.items()}
                message = on_success(results)  # a step may say more than "done"
                if not isinstance(message, str):
                    message = tr("{0}: done").format(algorithm.displayName())
                self._report(True, message, algorithm_id)
            else:
                log = feedback.textLog().strip().splitlines()
                self._report(False, tr("{0} failed: {1}").format(algorithm.displayName(), log[-1] if log else ""),
                             algorithm_id)
            self._update_enabled()

        task.executed.connect(executed)
        self._start(task, context, feedback)

    def _start(self, task, *keep_alive):
        self._running.append((task,) + keep_alive)
        self._update_enabled()
        QgsApplication.taskManager().addTask(task)

    def _report(self, ok, message, algorithm_id=""):
        self.status_label.setText(message)
        self.status_label.setStyleSheet("" if ok else "QLabel { color: #a3322b; }")
        if not ok and self.iface is not None and self.isVisible():
            self.iface.messageBar().pushWarning(tr("Cultural District Planner"), message)
        if algorithm_id:
            self.operationFinished.emit(algorithm_id, ok, message)

    def close_down(self):
        """Cancel running tasks and disconnect from the project before the plugin unloads."""
        self.editing.close_down()
        QgsProject.instance().readProject.disconnect(self.restore_from_project)
        QgsProject.instance().cleared.disconnect(self.restore_from_project)
        QgsProject.instance().writeProject.disconnect(self.save_state)
        for entry in self._running:
            entry[0].cancel()
        self._running = []
