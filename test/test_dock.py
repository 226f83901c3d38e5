"""The dock, driven through its buttons: it runs the same algorithms as Processing, shows the same figures,
and follows the project (new, saved, reopened) without stale state."""

import pytest
from conftest import HERITAGE, MUNICIPALITIES, ROOT, SAVOY, VAL_DI_NOTO
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QMessageBox, QPushButton

TIMEOUT_MS = 60000


SCREENS = ROOT / "build" / "screens"  # looked at by hand; not compared


@pytest.fixture(autouse=True)
def no_unexpected_dialog(qtbot):
    """A modal dialog no test answered would block the suite: close it and fail the test instead."""
    from qgis.PyQt.QtCore import QTimer
    from qgis.PyQt.QtWidgets import QApplication

    seen = []

    def close_modal():
        widget = QApplication.activeModalWidget()
        if widget is not None:
            seen.append(widget.windowTitle() + ": " + getattr(widget, "text", lambda: "")())
            widget.reject() if hasattr(widget, "reject") else widget.close()

    timer = QTimer()
    timer.timeout.connect(close_modal)
    timer.start(500)
    yield
    timer.stop()
    assert not seen, f"unexpected modal dialog(s): {seen}"


@pytest.fixture
def dock(qgis_iface, provider, qgis_new_project):
    from cultural_district_plugin.gui.district_dock import DistrictDock

    panel = DistrictDock(qgis_iface)
    yield panel
    panel.close_down()
    QgsProject.instance().clear()
    panel.deleteLater()


def wait_idle(qtbot, dock):
    """Until every operation the dock started (and those they chained) has finished."""
    qtbot.waitUntil(lambda: not dock.runner.busy, timeout=TIMEOUT_MS)


def start_painting(qtbot, panel):
    """Press Paint municipalities, then wait for the editor (the municipalities are prepared in a task)."""
    with qtbot.waitSignal(panel.editingChanged, timeout=TIMEOUT_MS):
        panel.paint_button.click()
    assert panel.editing and not panel.preparing


def click(qtbot, dock, button):
    """Click a real button (it must be enabled), then wait for what it started."""
    assert button.isEnabled(), button.toolTip()
    button.click()
    wait_idle(qtbot, dock)


def answer_file_dialog(monkeypatch, path, kind="getSaveFileName"):
    import cultural_district_plugin.gui.store_section as store_section
    import cultural_district_plugin.gui.summary_section as summary_section

    for module in (store_section, summary_section):
        monkeypatch.setattr(module.QFileDialog, kind, staticmethod(lambda *args, **kw: (str(path), "")))


def answer_question(monkeypatch, answer):
    asked = []

    def question(parent, title, text, *args, **kw):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def new_sicily_store(qtbot, dock, monkeypatch, path):
    store = dock.store_section
    store.sample_button.click()
    store.region_edit.setText("19")
    answer_file_dialog(monkeypatch, path)
    click(qtbot, dock, store.new_store_button)
    assert dock.session.path == str(path), dock.status_label.text()


def build(qtbot, dock, name, codes):
    districts = dock.district_section
    districts.name_edit.setText(name)
    districts.codes_edit.setPlainText(", ".join(codes))
    click(qtbot, dock, districts.build_button)


def test_every_button_says_what_it_does(dock):
    """A planner hovering any button of the panel learns what it does (or, while it is disabled, why)."""
    from qgis.PyQt.QtWidgets import QPushButton

    from cultural_district_plugin.gui.dock_state import _TOOLTIP

    def own_tooltip(button):  # what the button is for, not the reason it is disabled now
        own = button.property(_TOOLTIP)
        return button.toolTip() if own is None else own

    buttons = dock.findChildren(QPushButton)
    assert len(buttons) > 30
    assert [b.text() for b in buttons if not own_tooltip(b).strip()] == []


def test_opening_a_store_filters_its_findings_before_any_task_reads_it(
    qtbot, dock, district_store, run_algorithm, monkeypatch
):
    """QGIS changing the findings layer's filter waits for any read of the same store a task is making (over a
    second of frozen panel for a national inventory): the latest run's filter is set before the first task starts,
    and not set again when it is already the one shown."""
    path, _ = district_store(19, "Val di Noto", VAL_DI_NOTO)
    run_algorithm("runchecks", STORE=str(path), OUTPUT="TEMPORARY_OUTPUT")
    started, run = [], dock.runner.run

    def watched(algorithm, *args, **kwargs):
        layer = dock.session.layer("check_results")
        started.append((algorithm, layer.subsetString() if layer is not None else None))
        return run(algorithm, *args, **kwargs)

    monkeypatch.setattr(dock.runner, "run", watched)
    assert dock.session.open(str(path))
    wait_idle(qtbot, dock)
    assert started and started[0] == ("summarisedistricts", '"run_id" = 1')
    layer = dock.session.layer("check_results")
    changes = []
    layer.subsetStringChanged.connect(lambda: changes.append(1))
    dock.checks_section.show_run()
    assert changes == [] and len(list(layer.getFeatures())) == len(dock.checks_section.results.findings)


def test_a_new_store_without_districts_enables_the_next_steps(qtbot, dock, monkeypatch, tmp_path):
    """#8.1: after New store… every next step is available (an empty district list is not an error)."""
    store = dock.store_section
    assert not store.close_store_button.isEnabled() and not dock.district_section.build_button.isEnabled()
    assert "Open or create" in dock.district_section.build_button.toolTip()
    new_sicily_store(qtbot, dock, monkeypatch, tmp_path / "empty.gpkg")
    for button in (
        store.new_store_button,
        store.open_store_button,
        store.close_store_button,
        store.undo_batch_button,
        dock.district_section.build_button,
        dock.heritage_section.import_button,
    ):
        assert button.isEnabled(), button.text()
    assert dock.counts == {"municipalities": 391, "districts": 0, "assets": 0}
    assert dock.summary_section.table.rowCount() == 0
    assert not dock.checks_section.results.run_button.isEnabled()  # nothing to check yet: it says why
    assert "no district" in dock.checks_section.results.run_button.toolTip()
    assert not dock.heritage_section.attach_button.isEnabled()  # no heritage layer chosen yet
    dock.heritage_section.sample_button.click()
    assert dock.heritage_section.attach_button.isEnabled()
    assert sorted(layer.customProperty("cultural_district/table") for layer in dock.session.layers()) == [
        "check_results",
        "commitments",
        "declared_totals",
        "district_members",
        "districts",
        "heritage_assets",
        "municipalities",
        "stakeholder_assets",
        "stakeholders",
    ]


def test_new_store_needs_municipalities(qtbot, dock, monkeypatch, tmp_path):
    """#8.8: a store without municipalities cannot build districts, so the panel does not create one."""
    answer_file_dialog(monkeypatch, tmp_path / "x.gpkg")
    dock.store_section.new_store_button.click()
    assert not dock.runner.busy and not (tmp_path / "x.gpkg").exists()
    assert "Choose the municipalities first" in dock.status_label.text()


def test_a_store_without_municipalities_gets_them_from_the_panel(qtbot, dock, run_algorithm, tmp_path):
    """#8.8: a store created without municipalities (e.g. by Processing) can load them from the panel."""
    path = tmp_path / "bare.gpkg"
    run_algorithm("createstore", OUTPUT=str(path), CRS="EPSG:7792")
    assert dock.session.open(str(path))
    wait_idle(qtbot, dock)
    assert "load them first" in dock.district_section.build_button.toolTip()
    dock.store_section.sample_button.click()
    dock.store_section.region_edit.setText("19")
    click(qtbot, dock, dock.store_section.load_button)
    assert dock.counts["municipalities"] == 391 and dock.district_section.build_button.isEnabled()


def test_dock_workflow_matches_processing(qtbot, dock, run_algorithm, monkeypatch, tmp_path):
    assert dock.overview.text() == "No store open: create or open one (1. Project store)"
    new_sicily_store(qtbot, dock, monkeypatch, tmp_path / "dock.gpkg")
    build(qtbot, dock, "Tardo barocco del Val di Noto", VAL_DI_NOTO)
    dock.heritage_section.sample_button.click()
    answer_question(monkeypatch, QMessageBox.StandardButton.No)  # keep the assets outside Sicily, flagged
    click(qtbot, dock, dock.heritage_section.attach_button)
    summaries = dock.summaries
    assert len(summaries) == 1 and dock.summary_section.table.rowCount() == 1, dock.status_label.text()
    table = dock.summary_section.table
    shown = {table.horizontalHeaderItem(c).text(): table.item(0, c).text() for c in range(table.columnCount())}
    assert shown["District"] == "Tardo barocco del Val di Noto"
    assert shown["Members"] == "8" and shown["Parts"] == "6" and shown["Assets"] == "16"
    assert shown["Population"] == "527,173" and shown["Area km²"] == "2,132.24"
    assert summaries[0].assets_inside == 16
    # #15: the overview strip says what the store holds, in the locale's numbers and the right plural
    municipalities, assets = dock.counts["municipalities"], dock.counts["assets"]
    assert municipalities > 300 and assets == 40
    assert dock.overview.text() == (
        f"dock.gpkg — {municipalities} municipalities · 1 district · 40 assets · no check findings"
    )
    assert dock.summary_section.copy_selection().splitlines()[1].startswith("Tardo barocco del Val di Noto\t8\t527,173")
    answer_file_dialog(monkeypatch, tmp_path / "dock_export.gpkg")
    click(qtbot, dock, dock.summary_section.export_button)

    # The same steps through Processing give identical exported figures.
    store = tmp_path / "processing.gpkg"
    run_algorithm(
        "createstore",
        OUTPUT=str(store),
        MUNICIPALITIES=dock.store_section.municipality_combo.currentLayer(),
        REGION_CODES="19",
    )
    run_algorithm(
        "builddistrictfrommunicipalities",
        STORE=str(store),
        NAME="Tardo barocco del Val di Noto",
        CODES=",".join(VAL_DI_NOTO),
    )
    run_algorithm("attachheritage", STORE=str(store), INPUT=dock.heritage_section.heritage_combo.currentLayer())
    run_algorithm("exportdistrict", STORE=str(store), OUTPUT=str(tmp_path / "processing_export.gpkg"))
    exported = [
        next(QgsVectorLayer(f"{tmp_path / name}|layername=districts").getFeatures())
        for name in ("dock_export.gpkg", "processing_export.gpkg")
    ]
    assert exported[0].attributes()[1:] == exported[1].attributes()[1:]
    assert exported[0].geometry().equals(exported[1].geometry())


def test_assets_outside_the_store_area_are_said_and_can_be_left_out(qtbot, dock, monkeypatch, tmp_path):
    """#8.7: attaching the sample to a Sicily store: the 17 Turin-area assets are named, and left out on request."""
    new_sicily_store(qtbot, dock, monkeypatch, tmp_path / "s.gpkg")
    dock.heritage_section.sample_button.click()
    asked = answer_question(monkeypatch, QMessageBox.StandardButton.Yes)
    click(qtbot, dock, dock.heritage_section.attach_button)
    assert len(asked) == 1 and asked[0].startswith("17 of the assets just added lie outside")
    assert "Museo Egizio" in asked[0]
    assert dock.counts["assets"] == 23  # only the Sicilian monuments are kept
    store = dock.session.store()
    assert store.read_table("heritage_assets", ["pro_com_t"])[0]["pro_com_t"].notna().all()
    batches = store.read_table("batches", ["operation"])[0]["operation"].tolist()
    assert batches == ["load_municipalities", "import_heritage"]  # the first attachment was undone


def test_dock_reports_a_bad_store_clearly(qtbot, dock, monkeypatch, tmp_path):
    bad = tmp_path / "not_a_store.gpkg"
    bad.write_text("nothing here", encoding="utf-8")
    answer_file_dialog(monkeypatch, bad, "getOpenFileName")
    dock.store_section.open_store_button.click()
    assert str(bad) in dock.status_label.text()
    assert dock.session.path is None and not dock.district_section.build_button.isEnabled()
    assert QgsProject.instance().layerTreeRoot().children() == []


RELATIONS = [
    "cultural_district_check_results_district_id",
    "cultural_district_commitments_district_id",
    "cultural_district_commitments_stakeholder_id",
    "cultural_district_declared_totals_district_id",
    "cultural_district_district_members_district_id",
    "cultural_district_stakeholder_assets_asset_id",
    "cultural_district_stakeholder_assets_stakeholder_id",
]


def store_relations():
    return {
        k: v
        for k, v in QgsProject.instance().relationManager().relations().items()
        if k.startswith("cultural_district_")
    }


def test_relations_and_project_state_survive_saving_and_reopening(qtbot, dock, district_store, tmp_path):
    path, _ = district_store(19, "Val di Noto", VAL_DI_NOTO)
    assert dock.session.open(str(path))
    wait_idle(qtbot, dock)
    assert sorted(store_relations()) == RELATIONS
    members = store_relations()["cultural_district_district_members_district_id"]
    district = next(members.referencedLayer().getFeatures())
    assert sorted(f["pro_com_t"] for f in members.getRelatedFeatures(district)) == VAL_DI_NOTO

    dock.district_section.name_edit.setText("Secondo distretto")
    dock.district_section.codes_edit.setPlainText("089013, 089015")
    project_file = tmp_path / "project.qgz"
    assert QgsProject.instance().write(str(project_file))
    QgsProject.instance().clear()
    assert dock.session.path is None and not dock.district_section.build_button.isEnabled()
    assert dock.district_section.name_edit.text() == "" and dock.summary_section.table.rowCount() == 0
    assert dock.store_section.store_label.text() == "No store open"
    assert QgsProject.instance().read(str(project_file))
    wait_idle(qtbot, dock)
    assert dock.session.path == str(path)
    assert dock.district_section.name_edit.text() == "Secondo distretto"
    assert dock.district_section.codes_edit.toPlainText() == "089013, 089015"
    assert len(dock.session.layers()) == 9  # the project's layers are reused, not added twice
    assert sorted(store_relations()) == RELATIONS
    assert dock.summaries[0].members == 8 and dock.district_section.build_button.isEnabled()

    click(qtbot, dock, dock.store_section.close_store_button)
    assert dock.session.path is None and store_relations() == {} and dock.session.layers() == []
    assert QgsProject.instance().readEntry("cultural_district", "store_path", "")[1] is False
    assert QgsProject.instance().layerTreeRoot().children() == []


def test_the_paint_tool_is_prepared_in_a_task(qtbot, dock, district_store, qgis_iface):
    """#15: preparing the municipalities (seconds on a national store) runs as a task in QGIS's task manager, the
    GUI thread free meanwhile; the tool arrives when it is ready. Given up (Project ▸ New, store closed) while
    under way, its result is dropped: no editor on layers that are gone."""
    from qgis.core import QgsApplication

    path, _ = district_store(19, "Val di Noto", VAL_DI_NOTO)
    assert dock.session.open(str(path))
    wait_idle(qtbot, dock)
    panel = dock.editing
    manager = QgsApplication.taskManager()
    panel.paint_button.click()
    assert panel.preparing and not panel.editing  # the click returned before the work was done
    assert "Preparing" in panel.stats_label.text()
    assert any(task.description() == "Prepare the paint tool" for task in manager.activeTasks())
    with qtbot.waitSignal(panel.editingChanged, timeout=TIMEOUT_MS):
        pass
    assert panel.editing and type(qgis_iface.mapCanvas().mapTool()).__name__ == "MunicipalityPaintTool"
    assert panel.editor.stats().members == len(VAL_DI_NOTO)
    panel.discard()
    assert not panel.editing
    panel.paint_button.click()
    assert panel.preparing
    panel.stop()  # given up while the task runs
    qtbot.waitUntil(lambda: not manager.activeTasks(), timeout=TIMEOUT_MS)
    assert not panel.preparing and not panel.editing and panel.tool is None and not panel.paint_button.isChecked()


def test_project_new_while_painting_resets_the_panel(qtbot, dock, district_store, qgis_iface, monkeypatch):
    """#8.2: Project ▸ New (or opening another project) in the middle of painting leaves no stale editor:
    the panel's buttons work on the next store instead of raising on deleted layers."""
    path, _ = district_store(19, "Val di Noto", VAL_DI_NOTO)
    assert dock.session.open(str(path))
    wait_idle(qtbot, dock)
    panel = dock.editing
    start_painting(qtbot, panel)
    assert panel.editing and panel.add_province_button.isEnabled()
    panel.add_codes(["087029"])
    dock.session.layer("district_members").rollBack()  # what QGIS does when the user discards at Project ▸ New
    QgsProject.instance().clear()
    assert not panel.editing and panel.tool is None and qgis_iface.mapCanvas().mapTool() is None
    assert not panel.add_selected_button.isEnabled() and not panel.save_button.isEnabled()
    assert dock.summary_section.table.rowCount() == 0 and dock.checks_section.results.list.count() == 0
    assert dock.session.open(str(path))
    wait_idle(qtbot, dock)
    start_painting(qtbot, panel)
    with qtbot.waitSignal(panel.editor.geometryUpdated, timeout=TIMEOUT_MS):
        panel.add_province("Siracusa")
    assert panel.editor.stats().members == 27


def test_close_store_asks_about_unsaved_membership_edits(qtbot, dock, district_store, monkeypatch):
    """#8.3: closing the store with unsaved painting asks; Cancel keeps everything, Save commits."""
    path, _ = district_store(19, "Val di Noto", VAL_DI_NOTO)
    assert dock.session.open(str(path))
    wait_idle(qtbot, dock)
    start_painting(qtbot, dock.editing)
    dock.editing.add_codes(["089016"])  # Rosolini
    asked = answer_question(monkeypatch, QMessageBox.StandardButton.Cancel)
    dock.store_section.close_store_button.click()
    assert len(asked) == 1 and "unsaved" in asked[0] and dock.session.is_open
    answer_question(monkeypatch, QMessageBox.StandardButton.Save)
    dock.store_section.close_store_button.click()
    wait_idle(qtbot, dock)
    assert not dock.session.is_open
    from cultural_district_plugin.services.district_store import DistrictStore

    members = DistrictStore(path).read_table("district_members", ["pro_com_t"])[0]["pro_com_t"].tolist()
    assert len(members) == 9 and "089016" in members


def test_dock_undoes_the_last_bulk_operation(qtbot, dock, district_store, monkeypatch):
    path, _ = district_store(19, "Val di Noto", VAL_DI_NOTO)  # the last batch attached the heritage sample
    assert dock.session.open(str(path))
    wait_idle(qtbot, dock)
    assert dock.summaries[0].assets_inside == 16
    asked = answer_question(monkeypatch, QMessageBox.StandardButton.Yes)
    click(qtbot, dock, dock.store_section.undo_batch_button)
    assert "40 assets from sample_data" in asked[0]  # the batch's description, not an internal id
    wait_idle(qtbot, dock)
    said = dock.status_label.text()
    assert "40 assets from sample_data" in said and "import_heritage" not in said, said
    assert dock.summaries[0].assets_inside == 0 and dock.summaries[0].members == 8
    assert dock.session.layer("heritage_assets").featureCount() == 0


def test_import_dialog_recognises_remembers_and_the_dock_imports(qtbot, dock, run_algorithm, tmp_path):
    from conftest import ROOT

    from cultural_district_plugin.gui.import_dialog import ImportDialog
    from cultural_district_plugin.settings import IMPORT_MAPPING

    source = ROOT / "test" / "data" / "heritage" / "luoghi_regione_cp1252.csv"
    IMPORT_MAPPING.remove(source.name)
    store = tmp_path / "s.gpkg"
    run_algorithm("createstore", OUTPUT=str(store), MUNICIPALITIES=MUNICIPALITIES, REGION_CODES="19")
    assert dock.session.open(str(store))
    wait_idle(qtbot, dock)

    dialog = ImportDialog(dock)
    qtbot.addWidget(dialog)
    dialog.file_widget.setFilePath(str(source))
    assert dialog.ok_button.isEnabled()
    assert dialog.mapping() == {
        "name": "Denominazione",
        "category": "Tipologia",
        "municipality": "Comune",
        "source_id": "Codice",
        "lat": "Latitudine",
        "lon": "Longitudine",
        "visitors": "Visitatori",
        "visitors_year": "Anno",
    }
    dialog.role_combos["category"].setCurrentIndex(dialog.role_combos["category"].findData("Note"))
    parameters = dialog.parameters(str(store))
    assert parameters["CATEGORY_COLUMN"] == "Note" and parameters["INPUT"] == str(source)

    again = ImportDialog(dock)
    qtbot.addWidget(again)
    again.file_widget.setFilePath(str(source))
    assert again.mapping()["category"] == "Note" and "remembered" in again.message.text()
    again.role_combos["category"].setCurrentIndex(again.role_combos["category"].findData("Tipologia"))
    dock.heritage_section.ask_outside = lambda count, names: False  # keep the one point outside, flagged
    dock.heritage_section.import_heritage(again.parameters(str(store)))
    wait_idle(qtbot, dock)
    assert "Imported 7 rows (4 flagged), rejected 4" in dock.status_label.text()
    report = dock.heritage_section.last_import_report
    assert report.featureCount() == 11 and QgsProject.instance().mapLayer(report.id()) is report
    # read as people read it: titled columns, the outcome by its label (the values stay for scripts)
    status = report.fields().indexOf("status")
    assert report.fields().field(status).alias() == "Outcome" and report.fields().field("name").alias() == "Name"
    assert {"Imported": "imported"} in report.editorWidgetSetup(status).config()["map"]
    assert dock.session.layer("heritage_assets").featureCount() == 7
    IMPORT_MAPPING.remove(source.name)


def test_dock_edits_a_districts_membership_and_saves_it(qtbot, dock, district_store):
    path, _ = district_store(19, "Val di Noto", VAL_DI_NOTO)
    assert dock.session.open(str(path))
    wait_idle(qtbot, dock)
    panel = dock.editing
    assert panel.district_combo.currentText() == "Val di Noto" and "Siracusa" in [
        panel.province_combo.itemText(i) for i in range(panel.province_combo.count())
    ]
    start_painting(qtbot, panel)
    assert not dock.district_section.build_button.isEnabled()  # no bulk write while the membership is edited
    assert "Save or discard" in dock.district_section.build_button.toolTip()
    with qtbot.waitSignal(panel.editor.geometryUpdated, timeout=TIMEOUT_MS):
        panel.province_combo.setCurrentText("Siracusa")
        panel.add_province_button.click()  # 21 municipalities, Noto and Palazzolo already members
    editor = panel.editor
    assert editor.stats().members == 8 - 2 + 21
    assert "27 municipalities" in panel.stats_label.text()
    dock.district_section.codes_edit.setPlainText("87029")  # Misterbianco, leading zero omitted
    panel.add_codes_button.click()
    assert editor.stats().members == 28
    members = dock.session.layer("district_members")
    members.undoStack().undo()  # the codes step only
    assert editor.stats().members == 27
    with qtbot.waitSignal(panel.membershipSaved, timeout=TIMEOUT_MS):
        panel.save_button.click()
    wait_idle(qtbot, dock)
    assert dock.summaries[0].members == 27 and not members.isEditable()
    assert dock.summaries[0].area_km2 > 2132.24  # the figures follow the saved geometry
    assert dock.district_section.build_button.isEnabled()


def test_concentration_from_the_panel(qtbot, dock, district_store, monkeypatch):
    """Hot spots, clustering, location quotients and candidate districts by their buttons; a candidate becomes a
    district in one click."""
    from qgis.core import QgsProject

    from cultural_district_plugin.gui.analysis_outputs import OUTPUT_PROPERTY

    path, _ = district_store(19, "Val di Noto", VAL_DI_NOTO)
    assert dock.session.open(str(path))
    wait_idle(qtbot, dock)
    section = dock.concentration_section
    assert section.district_combo.currentText() == "Val di Noto"
    assert not section.make_district_button.isEnabled() and "candidate" in section.make_district_button.toolTip()
    click(qtbot, dock, section.hot_spots_button)
    assert "Moran's I 0.348" in section.result_label.text() and "Pantelleria" in section.result_label.text()
    hot = [
        lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.customProperty(OUTPUT_PROPERTY) == "hotspots"
    ]
    assert len(hot) == 1 and hot[0].renderer().type() == "categorizedSymbol" and hot[0].featureCount() == 391
    click(qtbot, dock, section.hot_spots_button)  # run again: the layer is replaced, not duplicated
    assert (
        len(
            [
                lyr
                for lyr in QgsProject.instance().mapLayers().values()
                if lyr.customProperty(OUTPUT_PROPERTY) == "hotspots"
            ]
        )
        == 1
    )
    click(qtbot, dock, section.pattern_button)
    assert section.result_label.text().startswith("Val di Noto: 16 assets; Clark–Evans R 0.338")
    assert "clustered" in section.result_label.text()
    section.category_combo.setCurrentIndex(section.category_combo.findData("category"))
    click(qtbot, dock, section.lq_button)
    categories = [section.lq_table.item(r, 0).text() for r in range(section.lq_table.rowCount())]
    assert "Edificio di culto" in categories and not section.lq_table.isHidden()
    section.sample_button.click()  # the synthetic local units: categories by domain, weighted by employees
    assert section.category_combo.currentData() == "domain" and section.weight_combo.currentData() == "employees"
    click(qtbot, dock, section.lq_button)
    rows = {
        section.lq_table.item(r, 0).text(): section.lq_table.item(r, 3).text()
        for r in range(section.lq_table.rowCount())
    }
    assert rows["creative_industries"] == "yes" and rows["heritage"] == "yes" and rows["other"] == ""
    click(qtbot, dock, section.candidates_button)
    assert section.candidate_combo.count() >= 1 and section.make_district_button.isEnabled()
    name = section.candidate_combo.currentText()
    click(qtbot, dock, section.make_district_button)
    assert name in [s.name for s in dock.summaries] and len(dock.summaries) == 2


def test_coverage_from_the_panel(qtbot, dock, district_store, run_algorithm, tmp_path):
    """#11: Measure coverage and Suggest sites by their buttons; the numbers are the algorithm's, the near
    misses, the land beyond the catchment and the sites reach the map; the inputs travel with the project."""
    from cultural_district_plugin.gui.analysis_outputs import analysis_output

    path, _ = district_store(19, "Val di Noto", VAL_DI_NOTO)
    assert dock.session.open(str(path))
    wait_idle(qtbot, dock)
    section = dock.coverage_section
    assert section.near_spin.value() == 2000 and section.catchment_spin.value() == 1000
    section.near_spin.setValue(15000)
    click(qtbot, dock, section.measure_button)
    expected = next(
        run_algorithm("coverage", STORE=str(path), NEAR_DISTANCE=15000, OUTPUT="TEMPORARY_OUTPUT")[
            "OUTPUT"
        ].getFeatures()
    )
    cells = [section.table.item(0, c).text() for c in range(5)]
    assert cells[:3] == ["Val di Noto", str(expected["assets_inside"]), str(expected["assets_near"])]
    assert cells[3] == f"{round(100 * expected['catchment_share'])} %" and cells[4].endswith(" %")
    near = analysis_output("near_misses")
    assert near is not None and near.featureCount() == expected["assets_near"]
    assert analysis_output("uncovered").featureCount() == 1
    misses = "near miss" if expected["assets_near"] == 1 else "near misses"
    assert f"{expected['assets_near']} {misses} within 15,000 m" in section.result_label.text()
    section.sites_spin.setValue(2)
    click(qtbot, dock, section.suggest_button)
    sites = analysis_output("suggested_sites")
    assert sites.featureCount() == 2 and [f["rank"] for f in sites.getFeatures()] == [1, 2]
    gains = [f["gain"] for f in sites.getFeatures()]
    assert gains == sorted(gains, reverse=True) and sum(gains) <= expected["assets_inside"]
    assert section.result_label.text().startswith("Val di Noto: 2 new site(s) reach")
    # the inputs are saved with the project and come back when it is read
    project_file = tmp_path / "coverage.qgz"
    assert QgsProject.instance().write(str(project_file))
    section.near_spin.setValue(100)
    section.sites_spin.setValue(9)
    assert QgsProject.instance().read(str(project_file))
    wait_idle(qtbot, dock)
    assert section.near_spin.value() == 15000 and section.sites_spin.value() == 2


@pytest.mark.parametrize("language", ["en", "it"])
def test_the_panel_fits_a_narrow_dock(request, qgis_iface, provider, qgis_new_project, qtbot, language):
    """#15: at 1366×768 QGIS opens the dock 298 px wide. Combo boxes shrink, rows of buttons stack, form labels go
    above their fields: the panel's content needs at most 282 px (298 less the vertical scrollbar and the frame)
    in English and in Italian, so no horizontal scrollbar cuts a button or a title."""
    from cultural_district_plugin.gui.district_dock import DistrictDock
    from cultural_district_plugin.gui.layout_rows import WrappingRow

    if language == "it":
        request.getfixturevalue("in_italian")
    panel = DistrictDock(qgis_iface)
    try:
        body = panel.widget().widget()
        assert body.minimumSizeHint().width() <= 282, " ".join(
            f"{type(s).__name__}={s.minimumSizeHint().width()}" for s in panel.sections()
        )
        panel.resize(298, 700)
        panel.show()
        qtbot.waitExposed(panel)
        rows = panel.findChildren(WrappingRow)

        def laid_out():
            QCoreApplication.processEvents()
            # every row either has room for its buttons side by side or stacks them: no button is cut
            return all(r.stacked or r.width() >= r._side_by_side_width() for r in rows if r.isVisible())

        qtbot.waitUntil(laid_out, timeout=TIMEOUT_MS)
        assert any(r.stacked for r in rows)
        settled = [r.stacked for r in rows]
        for _ in range(20):  # the layout has settled: no row flips back and forth (a scrollbar coming and going)
            QCoreApplication.processEvents()
        assert [r.stacked for r in rows] == settled
        for button in panel.findChildren(QPushButton):
            if button.isVisible():
                assert button.width() >= button.minimumSizeHint().width(), button.text()
        assert not panel.widget().horizontalScrollBar().isVisible()
        SCREENS.mkdir(parents=True, exist_ok=True)
        panel.grab().save(str(SCREENS / f"dock_narrow_{language}.png"))
    finally:
        panel.close_down()
        panel.deleteLater()


def test_stakeholders_and_funding_from_the_panel(qtbot, dock, district_store, monkeypatch):
    """#12: Add sample imports the Savoy partners and the APQ addendum; the funding table shows the hand-computed
    totals; Network maps the links; Import stakeholders… opens the shared import dialog."""
    from cultural_district_plugin.gui import funding_section
    from cultural_district_plugin.gui.analysis_outputs import analysis_output

    path, _ = district_store(1, "Residenze Sabaude", SAVOY)
    assert dock.session.open(str(path))
    wait_idle(qtbot, dock)
    section = dock.funding_section
    assert (
        section.table.isHidden() and section.result_label.text() == "No commitments recorded yet"
    ), dock.status_label.text()
    click(qtbot, dock, section.sample_button)
    assert "114,000,000 € committed" in dock.status_label.text()
    assert dock.session.layer("stakeholders").featureCount() == 13
    cells = [section.table.item(0, c).text() for c in range(5)]
    assert cells == ["Residenze Sabaude", "9", "114,000,000 €", "66 %", f"{round(114e6 / 1023396)} €"]
    click(qtbot, dock, section.network_button)
    assert analysis_output("stakeholder_network").featureCount() == 9
    opened = []
    monkeypatch.setattr(funding_section.ImportDialog, "exec", lambda self: opened.append(self.kind.algorithm) or 0)
    click(qtbot, dock, section.stakeholders_button)
    click(qtbot, dock, section.commitments_button)
    assert opened == ["importstakeholders", "importcommitments"]


def test_deleting_linked_records_asks_first(qtbot, dock, district_store, run_algorithm):
    """#12: deleting a stakeholder with commitments asks; No undoes the deletion, Yes removes its commitments and
    asset links with it when saved. Deleting a district keeps its findings, without the district."""
    import sqlite3

    from conftest import ROOT

    path, _ = district_store(1, "Residenze Sabaude", SAVOY)
    samples = ROOT / "resources" / "sample"
    run_algorithm("importstakeholders", STORE=str(path), INPUT=str(samples / "stakeholders_residenze_sabaude.csv"))
    run_algorithm("importcommitments", STORE=str(path), INPUT=str(samples / "commitments_residenze_sabaude.csv"))
    run_algorithm("runchecks", STORE=str(path), OUTPUT="TEMPORARY_OUTPUT")
    assert dock.session.open(str(path))
    wait_idle(qtbot, dock)

    def count(sql):
        con = sqlite3.connect(path)
        try:
            return con.execute(sql).fetchone()[0]
        finally:
            con.close()

    asked = []
    layer = dock.session.layer("stakeholders")
    turin = next(f.id() for f in layer.getFeatures() if f["name"] == "Città di Torino")
    dock.link_guard.ask = lambda table, counts: asked.append((table, counts)) or False
    layer.startEditing()
    layer.deleteFeature(turin)
    qtbot.waitUntil(lambda: bool(asked))  # asked once QGIS has recorded the deletion
    assert asked == [("stakeholders", {"commitments": 1, "stakeholder_assets": 1})]
    assert turin not in layer.editBuffer().deletedFeatureIds()  # No: the deletion was undone
    assert layer.commitChanges() and layer.featureCount() == 13

    answered = []
    dock.link_guard.ask = lambda table, counts: answered.append(table) or True
    layer.startEditing()
    layer.deleteFeature(turin)
    qtbot.waitUntil(lambda: bool(answered))
    assert layer.commitChanges()
    assert count("SELECT count(*) FROM stakeholders") == 12
    assert count(f"SELECT count(*) FROM commitments WHERE stakeholder_id = {turin}") == 0
    assert count(f"SELECT count(*) FROM stakeholder_assets WHERE stakeholder_id = {turin}") == 0
    assert count("SELECT count(*) FROM commitments") == 8

    findings = count("SELECT count(*) FROM check_results")
    districts = dock.session.layer("districts")
    districts.startEditing()
    districts.deleteFeature(next(districts.getFeatures()).id())
    qtbot.waitUntil(lambda: "districts" in answered)
    assert districts.commitChanges()
    assert count("SELECT count(*) FROM district_members") == 0 and count("SELECT count(*) FROM commitments") == 0
    assert count("SELECT count(*) FROM declared_totals") == 0
    assert count("SELECT count(*) FROM check_results") == findings
    assert count("SELECT count(*) FROM check_results WHERE district_id IS NOT NULL") == 0


def test_export_for_documents_from_the_panel(qtbot, dock, district_store, tmp_path, monkeypatch):
    """#13: the Export dialog (filled as a user would) runs the dossier, the layers and the RNDT record into one
    folder; its choices and the office's values come back with the project."""
    from cultural_district_plugin.gui import export_dialog

    path, _ = district_store(19, "Val di Noto", VAL_DI_NOTO)
    assert dock.session.open(str(path))
    wait_idle(qtbot, dock)
    out = tmp_path / "consegna"
    out.mkdir()

    def fill_and_accept(dialog):
        assert dialog.district_combo.count() == 2  # all, or the Val di Noto
        dialog.district_combo.setCurrentIndex(1)
        dialog.folder_widget.setFilePath(str(out))
        dialog.layers_box.setChecked(True)
        for name, check in dialog.format_checks.items():
            check.setChecked(name in ("gpkg", "csv"))
        dialog.metadata_box.setChecked(True)
        dialog._accept()  # refused: the office's values are missing
        assert "iPA code" in dialog.message.text() and dialog.result() == 0
        dialog.ipa_edit.setText("r_sicili")
        dialog.organisation_edit.setText("Regione Siciliana")
        dialog.email_edit.setText("distretti@regione.sicilia.it")
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(export_dialog.ExportDialog, "exec", fill_and_accept)
    click(qtbot, dock, dock.summary_section.documents_button)
    assert sorted(p.name for p in out.iterdir()) == [
        "val_di_noto.gpkg",
        "val_di_noto_assets.csv",
        "val_di_noto_commitments.csv",
        "val_di_noto_districts.csv",
        "val_di_noto_dossier.pdf",
        "val_di_noto_findings.csv",
        "val_di_noto_members.csv",
        "val_di_noto_rndt.xml",
        "val_di_noto_stakeholders.csv",
    ]
    assert "exportmetadata: written to" in dock.status_label.text()
    again = export_dialog.ExportDialog(["Val di Noto"], dock)
    qtbot.addWidget(again)
    assert again.choices()["ipa_code"] == "r_sicili" and again.choices()["folder"] == str(out)
    assert [name for name, check in again.format_checks.items() if check.isChecked()] == ["gpkg", "csv"]


def test_help_shows_the_guide_and_the_methods(qtbot, dock):
    """#15: the Help button shows the user guide in the interface's language and the methods, images included."""
    dock.help_button.click()
    dialog = dock.help_dialog
    qtbot.addWidget(dialog)
    guide, methods = (dialog.tabs.widget(i) for i in range(2))
    assert "Cultural District Planner" in guide.toPlainText() and "Coverage" in guide.toPlainText()
    assert "Getis" in methods.toPlainText() and "RNDT" in methods.toPlainText()
    from pathlib import Path

    assert "images/near_misses.png" in guide.toHtml()
    assert (Path(guide.searchPaths()[0]) / "images" / "near_misses.png").exists()  # the screenshot it shows


def test_two_drafts_compared_from_the_panel(qtbot, dock, district_store, run_algorithm, monkeypatch):
    """#15: Compare two… shows every figure of two drafts side by side, the differing rows in bold, copyable."""
    from cultural_district_plugin.gui import compare_dialog

    path, _ = district_store(19, "Bozza con Noto", VAL_DI_NOTO)
    narrow = [c for c in VAL_DI_NOTO if c != "089013"]
    run_algorithm("builddistrictfrommunicipalities", STORE=str(path), NAME="Bozza senza Noto", CODES=",".join(narrow))
    assert dock.session.open(str(path))
    wait_idle(qtbot, dock)
    seen = {}

    def look(dialog):
        wait_idle(qtbot, dock)
        table = dialog.table
        rows = {table.item(r, 0).text(): [table.item(r, c) for c in range(4)] for r in range(table.rowCount())}
        seen["members"] = [item.text() for item in rows["Member municipalities"]]
        seen["bold"] = rows["Member municipalities"][0].font().bold()
        seen["same_bold"] = rows["UNESCO components"][0].font().bold() if "UNESCO components" in rows else None
        seen["only_first"] = rows["Members only in the first"][1].text()
        seen["copied"] = dialog.copy_table()
        seen["message"] = dialog.message.text()
        dialog.second_combo.setCurrentIndex(dialog.first_combo.currentIndex())  # the same draft twice
        dialog.compare_button.click()
        seen["same"] = dialog.message.text()
        dialog.second_combo.setCurrentIndex(1 - dialog.first_combo.currentIndex())  # swapped back: runs again
        dialog.compare_button.click()
        wait_idle(qtbot, dock)
        seen["again"] = dialog.message.text()
        return 0

    monkeypatch.setattr(compare_dialog.CompareDialog, "exec", look)
    dock.summary_section.compare_button.click()
    assert seen["members"] == ["Member municipalities", "8", "7", "-1"]
    assert seen["bold"] is True
    assert seen["only_first"] == "089013"
    assert seen["copied"].splitlines()[0] == "Figure\tFirst\tSecond\tDifference"
    assert "figures differ" in seen["message"]
    assert seen["same"] == "Choose two different districts" and seen["again"] == seen["message"]


def test_figures_keep_their_thousands_separators_when_qgis_leaves_them_out(monkeypatch):
    """#15: QGIS leaves the group separator out of numbers unless its "show group separator" option is ticked (off
    by default: the panel read "576190"). The panel's figures keep the language's separators either way."""
    from qgis.PyQt.QtCore import QLocale

    from cultural_district_plugin.gui.display_locale import display_locale
    from cultural_district_plugin.gui.dock_state import DockState
    from cultural_district_plugin.gui.overview_strip import overview_text
    from cultural_district_plugin.gui.summary_section import format_figure

    before = QLocale()
    try:
        for language, country, expected in (
            (QLocale.Language.Italian, QLocale.Country.Italy, ("527.173", "2.132,24", "7.899", "1.234.567")),
            (QLocale.Language.English, QLocale.Country.UnitedKingdom, ("527,173", "2,132.24", "7,899", "1,234,567")),
        ):
            qgis_default = QLocale(language, country)
            qgis_default.setNumberOptions(qgis_default.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
            QLocale.setDefault(qgis_default)
            assert QLocale().toString(527173) == "527173"  # what QGIS's own default gives
            assert (format_figure(527173), format_figure(2132.24)) == expected[:2]
            state = DockState(store_open=True, municipalities=7899, districts=1, assets=12)
            assert expected[2] in overview_text(state, "/tmp/s.gpkg", [])
            assert display_locale().toString(1234567) == expected[3]
        # QGIS in Italian on a system whose locale is English: the Italian sentences get Italian numbers
        # ("576,190 residenti" reads as 576 point 19), QGIS's own number locale in English stays as it is
        from cultural_district_plugin.gui import display_locale as module

        monkeypatch.setattr(module, "user_locale", lambda: "it")
        assert (format_figure(527173), format_figure(2132.24)) == ("527.173", "2.132,24")
        assert QLocale().toString(2132.24, "f", 2) == "2132.24"
        monkeypatch.setattr(module, "user_locale", lambda: "de")  # no German words: English ones, English numbers
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        assert format_figure(527173) == "527,173"
    finally:
        QLocale.setDefault(before)


def test_a_store_on_postgresql_from_the_panel(qtbot, dock, monkeypatch, postgres_server):
    """#17: Store on PostgreSQL… creates the store in a new schema with the chosen municipalities, the panel works
    on it as on a GeoPackage, the project remembers it without the password, and it opens again by its address."""
    import cultural_district_plugin.gui.store_section as store_section
    from cultural_district_plugin.settings import STORE_PATH

    uri = postgres_server.uri("pannello").replace("postgres@", "postgres:segreto@")
    monkeypatch.setattr(store_section, "ask_text", lambda *args, **kw: (uri, True))
    asked = answer_question(monkeypatch, QMessageBox.StandardButton.Yes)
    store = dock.store_section
    store.sample_button.click()
    store.region_edit.setText("19")
    click(qtbot, dock, store.postgres_button)
    assert "There is no schema" in asked[0] and "segreto" not in asked[0]
    assert dock.counts == {"municipalities": 391, "districts": 0, "assets": 0}, dock.status_label.text()
    assert {layer.providerType() for layer in dock.session.layers()} == {"postgres"}
    assert sorted(store_relations()) == RELATIONS  # linked records in forms, as for a file
    assert all(r.isValid() for r in store_relations().values())
    assert "segreto" not in store.store_label.text() and store.store_label.text().endswith("?schema=pannello")
    assert "segreto" not in STORE_PATH.value(project=QgsProject.instance())
    build(qtbot, dock, "Val di Noto", VAL_DI_NOTO)
    assert [s.name for s in dock.summaries] == ["Val di Noto"] and dock.summaries[0].population == 527173
    members = store_relations()["cultural_district_district_members_district_id"]
    district = next(members.referencedLayer().getFeatures())
    assert sorted(f["pro_com_t"] for f in members.getRelatedFeatures(district)) == VAL_DI_NOTO
    click(qtbot, dock, store.close_store_button)
    assert not dock.session.is_open
    click(qtbot, dock, store.postgres_button)  # the schema exists now: opened, nothing asked
    assert len(asked) == 1 and dock.session.is_open and dock.counts["districts"] == 1


def test_a_viewers_role_gets_a_read_only_panel(qtbot, dock, monkeypatch, postgres_server, run_algorithm):
    """#17: opened with a viewer's role (resources/postgis/roles.sql), the panel's writing actions are disabled and
    say why; analyses and exports stay available."""
    import cultural_district_plugin.gui.store_section as store_section

    uri = postgres_server.uri("sola_lettura")
    run_algorithm("createstore", OUTPUT=uri, MUNICIPALITIES=MUNICIPALITIES, REGION_CODES="19")
    run_algorithm("builddistrictfrommunicipalities", STORE=uri, NAME="Val di Noto", CODES=",".join(VAL_DI_NOTO))
    run_algorithm("attachheritage", STORE=uri, INPUT=HERITAGE, OUTSIDE_AREA=1)
    postgres_server.sql_file(ROOT / "resources" / "postgis" / "roles.sql", schema="sola_lettura")
    postgres_server.sql(
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ospite') THEN "
        "CREATE ROLE ospite LOGIN IN ROLE district_viewers; END IF; END $$"
    )
    viewer = uri.replace("postgres@", "ospite@")
    monkeypatch.setattr(store_section, "ask_text", lambda *args, **kw: (viewer, True))
    click(qtbot, dock, dock.store_section.postgres_button)
    assert dock.session.is_open and not dock.session.writable
    for button in (
        dock.district_section.build_button,
        dock.heritage_section.import_button,
        dock.store_section.load_button,
        dock.store_section.undo_batch_button,
        dock.checks_section.results.run_button,
        dock.editing.paint_button,
        dock.funding_section.stakeholders_button,
    ):
        assert not button.isEnabled() and "may only read this store" in button.toolTip(), button.text()
    assert dock.concentration_section.hot_spots_button.isEnabled()
    click(qtbot, dock, dock.concentration_section.hot_spots_button)  # reading is allowed: the same figures
    assert "Moran's I 0.348" in dock.concentration_section.result_label.text()
