"""The dock drives the same algorithms as Processing and shows the same figures."""

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from conftest import VAL_DI_NOTO

TIMEOUT_MS = 60000


@pytest.fixture
def dock(qgis_iface, provider, qgis_new_project):
    from cultural_district_plugin.gui.district_dock import DistrictDock
    panel = DistrictDock(qgis_iface)
    yield panel
    panel.close_down()
    panel.deleteLater()


def run_step(qtbot, dock, action):
    with qtbot.waitSignal(dock.operationFinished, timeout=TIMEOUT_MS) as blocker:
        action()
    algorithm_id, ok, message = blocker.args
    assert ok, message
    return algorithm_id


def wait_for_summaries(qtbot, dock):
    qtbot.waitUntil(lambda: not dock._running, timeout=TIMEOUT_MS)
    return dock.summaries


def test_dock_workflow_matches_processing(qtbot, dock, run_algorithm, tmp_path):
    dock.add_sample_municipalities()
    dock.region_edit.setText("19")
    run_step(qtbot, dock, lambda: dock.create_store(str(tmp_path / "dock.gpkg")))
    assert dock.store_path == str(tmp_path / "dock.gpkg")
    assert sorted(layer.name() for layer in dock.store_layers()) == ["check_results", "commitments",
        "district_members", "districts", "heritage_assets", "municipalities", "stakeholders"]
    run_step(qtbot, dock, lambda: dock.build_district("Tardo barocco del Val di Noto", ", ".join(VAL_DI_NOTO)))
    dock.add_sample_heritage()
    run_step(qtbot, dock, lambda: dock.attach_heritage(dock.heritage_combo.currentLayer()))
    summaries = wait_for_summaries(qtbot, dock)
    assert len(summaries) == 1 and dock.summary_table.columnCount() == 1, dock.status_label.text()
    assert dock.summary_table.horizontalHeaderItem(0).text() == "Tardo barocco del Val di Noto"
    shown = {dock.summary_table.verticalHeaderItem(r).text(): dock.summary_table.item(r, 0).text()
             for r in range(dock.summary_table.rowCount())}
    assert shown["Members"] == "8" and shown["Parts"] == "6" and shown["Assets inside"] == "16"
    assert summaries[0].assets_inside == 16
    run_step(qtbot, dock, lambda: dock.export(str(tmp_path / "dock_export.gpkg")))

    # The same steps through Processing give identical exported figures.
    store = tmp_path / "processing.gpkg"
    run_algorithm("createstore", OUTPUT=str(store), MUNICIPALITIES=dock.municipality_combo.currentLayer(),
                  REGION_CODES="19")
    run_algorithm("builddistrictfrommunicipalities", STORE=str(store), NAME="Tardo barocco del Val di Noto",
                  CODES=",".join(VAL_DI_NOTO))
    run_algorithm("attachheritage", STORE=str(store), INPUT=dock.heritage_combo.currentLayer())
    run_algorithm("exportdistrict", STORE=str(store), OUTPUT=str(tmp_path / "processing_export.gpkg"))
    exported = [next(QgsVectorLayer(f"{tmp_path / name}|layername=districts").getFeatures())
                for name in ("dock_export.gpkg", "processing_export.gpkg")]
    assert exported[0].attributes()[1:] == exported[1].attributes()[1:]
    assert exported[0].geometry().equals(exported[1].geometry())


def test_dock_reports_a_bad_store_clearly(qtbot, dock, tmp_path):
    bad = tmp_path / "not_a_store.gpkg"
    bad.write_text("nothing here", encoding="utf-8")
    assert dock.open_store(str(bad)) is False
    assert str(bad) in dock.status_label.text()
    assert dock.store_path is None and not dock.build_button.isEnabled()
    assert QgsProject.instance().layerTreeRoot().children() == []


RELATIONS = ["cultural_district_check_results_district_id", "cultural_district_commitments_district_id",
             "cultural_district_commitments_stakeholder_id", "cultural_district_district_members_district_id"]


def store_relations():
    return {k: v for k, v in QgsProject.instance().relationManager().relations().items()
            if k.startswith("cultural_district_")}


def test_relations_and_project_state_survive_saving_and_reopening(qtbot, dock, district_store, tmp_path):
    path, _ = district_store(19, "Val di Noto", VAL_DI_NOTO)
    assert dock.open_store(str(path))
    qtbot.waitUntil(lambda: not dock._running, timeout=TIMEOUT_MS)
    assert sorted(store_relations()) == RELATIONS
    members = store_relations()["cultural_district_district_members_district_id"]
    district = next(members.referencedLayer().getFeatures())
    assert sorted(f["pro_com_t"] for f in members.getRelatedFeatures(district)) == VAL_DI_NOTO

    dock.name_edit.setText("Secondo distretto")
    dock.codes_edit.setPlainText("089013, 089015")
    project_file = tmp_path / "project.qgz"
    assert QgsProject.instance().write(str(project_file))
    QgsProject.instance().clear()
    assert dock.store_path is None and not dock.build_button.isEnabled() and dock.name_edit.text() == ""
    assert QgsProject.instance().read(str(project_file))
    assert dock.store_path == str(path)
    assert dock.name_edit.text() == "Secondo distretto" and dock.codes_edit.toPlainText() == "089013, 089015"
    assert len(dock.store_layers()) == 7  # the project's layers are reused, not added twice
    assert sorted(store_relations()) == RELATIONS
    qtbot.waitUntil(lambda: not dock._running, timeout=TIMEOUT_MS)
    assert dock.summaries[0].members == 8 and dock.build_button.isEnabled()

    dock.close_store()
    assert dock.store_path is None and store_relations() == {} and dock.store_layers() == []
    assert QgsProject.instance().readEntry("cultural_district", "store_path", "")[1] is False
    assert QgsProject.instance().layerTreeRoot().children() == []


def test_dock_undoes_the_last_bulk_operation(qtbot, dock, district_store):
    path, _ = district_store(19, "Val di Noto", VAL_DI_NOTO)  # the last batch attached the heritage sample
    assert dock.open_store(str(path))
    qtbot.waitUntil(lambda: not dock._running, timeout=TIMEOUT_MS)
    assert dock.summaries[0].assets_inside == 16
    assert run_step(qtbot, dock, dock.undo_last_batch) == "cultural_district:removebatch"
    qtbot.waitUntil(lambda: not dock._running, timeout=TIMEOUT_MS)
    assert dock.summaries[0].assets_inside == 0 and dock.summaries[0].members == 8
    heritage = [layer for layer in dock.store_layers() if layer.name() == "heritage_assets"][0]
    assert heritage.featureCount() == 0


def test_import_dialog_recognises_remembers_and_the_dock_imports(qtbot, dock, run_algorithm, tmp_path):
    from qgis.core import QgsSettings

    from conftest import MUNICIPALITIES, ROOT
    from cultural_district_plugin.gui.heritage_import_dialog import SETTINGS_KEY, HeritageImportDialog
    source = ROOT / "test" / "data" / "heritage" / "luoghi_regione_cp1252.csv"
    QgsSettings().remove(SETTINGS_KEY + source.name)
    store = tmp_path / "s.gpkg"
    run_algorithm("createstore", OUTPUT=str(store), MUNICIPALITIES=MUNICIPALITIES, REGION_CODES="19")
    assert dock.open_store(str(store))
    qtbot.waitUntil(lambda: not dock._running, timeout=TIMEOUT_MS)

    dialog = HeritageImportDialog(dock)
    qtbot.addWidget(dialog)
    dialog.file_widget.setFilePath(str(source))
    assert dialog.ok_button.isEnabled()
    assert dialog.mapping() == {"name": "Denominazione", "category": "Tipologia", "municipality": "Comune",
                                "source_id": "Codice", "lat": "Latitudine", "lon": "Longitudine",
                                "visitors": "Visitatori", "visitors_year": "Anno"}
    dialog.role_combos["category"].setCurrentIndex(dialog.role_combos["category"].findData("Note"))
    parameters = dialog.parameters(str(store))
    assert parameters["CATEGORY_COLUMN"] == "Note" and parameters["INPUT"] == str(source)

    again = HeritageImportDialog(dock)
    qtbot.addWidget(again)
    again.file_widget.setFilePath(str(source))
    assert again.mapping()["category"] == "Note" and "remembered" in again.message.text()
    again.role_combos["category"].setCurrentIndex(again.role_combos["category"].findData("Tipologia"))
    run_step(qtbot, dock, lambda: dock.import_heritage(again.parameters(str(store))))
    assert "Imported 7 rows (4 flagged), rejected 4" in dock.status_label.text()
    report = dock.last_import_report
    assert report.featureCount() == 11 and QgsProject.instance().mapLayer(report.id()) is report
    heritage = [layer for layer in dock.store_layers() if layer.name() == "heritage_assets"][0]
    assert heritage.featureCount() == 7
    QgsSettings().remove(SETTINGS_KEY + source.name)


def test_dock_edits_a_districts_membership_and_saves_it(qtbot, dock, district_store):
    path, _ = district_store(19, "Val di Noto", VAL_DI_NOTO)
    assert dock.open_store(str(path))
    qtbot.waitUntil(lambda: not dock._running and bool(dock.summaries), timeout=TIMEOUT_MS)
    panel = dock.editing
    assert panel.district_combo.currentText() == "Val di Noto" and "Siracusa" in [
        panel.province_combo.itemText(i) for i in range(panel.province_combo.count())]
    editor = panel.start_editing()
    with qtbot.waitSignal(editor.geometryUpdated, timeout=TIMEOUT_MS):
        panel.add_province("Siracusa")  # 21 municipalities, Noto and Palazzolo already members
    assert editor.stats().members == 8 - 2 + 21
    assert "27 municipalities" in panel.stats_label.text()
    dock.codes_edit.setPlainText("87029")  # Misterbianco, leading zero omitted
    panel.add_codes_button.click()
    assert editor.stats().members == 28
    members = dock.store_layers_by_table()["district_members"]
    members.undoStack().undo()  # the codes step only
    assert editor.stats().members == 27
    assert panel.save()
    qtbot.waitUntil(lambda: not dock._running, timeout=TIMEOUT_MS)
    assert dock.summaries[0].members == 27 and not members.isEditable()
    assert dock.summaries[0].area_km2 > 2132.24
