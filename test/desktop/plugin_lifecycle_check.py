"""Runs inside a real QGIS desktop (``qgis --code``) started by test_desktop_install.py.

QGIS's own ``qgis.utils`` loads and starts the installed plugin; the script records what appeared
(menu entry, toolbar action, dock, Processing provider), unloads it and records what is left, loads it
again, optionally drives the dock through the Val di Noto workflow and grabs a screenshot, writes a
JSON report (CDP_REPORT) and quits QGIS.
"""

import json
import os
import sys
import traceback

import qgis.utils
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QEvent, Qt, QTimer
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QLabel
from qgis.utils import iface

NAME = "cultural_district_plugin"
REPORT = os.environ["CDP_REPORT"]
WORKFLOW_DIR = os.environ.get("CDP_WORKFLOW_DIR")  # drive the dock when set (needs the analysis deps)
SCREENSHOT = os.environ.get("CDP_SCREENSHOT")
VAL_DI_NOTO = "087011, 087015, 087025, 088006, 088009, 088011, 089013, 089015"

report = {"python_errors": [], "steps": []}


def collect_log(message, tag, level):
    if "python" in (tag or "").lower() or "Traceback" in message:
        report["python_errors"].append(f"{tag}: {message}")


QgsApplication.messageLog().messageReceived.connect(collect_log)


def flush_deletes():
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


def plugin_state():
    flush_deletes()
    window = iface.mainWindow()
    docks = [d for d in window.findChildren(QDockWidget) if d.objectName() == "CulturalDistrictDock"]
    actions = [a for a in window.findChildren(QAction) if a.objectName() == "cultural_district_planner_action"]
    menu = [a.text() for a in iface.pluginMenu().actions() if "Cultural District" in a.text()
            or "distretti culturali" in a.text()]
    toolbar = [a.objectName() for a in iface.pluginToolBar().actions()
               if a.objectName() == "cultural_district_planner_action"]
    provider = QgsApplication.processingRegistry().providerById("cultural_district")
    state = {"active": NAME in qgis.utils.active_plugins, "docks": len(docks), "actions": len(actions),
             "menu_entries": len(menu), "toolbar_actions": len(toolbar), "provider": provider is not None,
             "algorithms": sorted(a.name() for a in provider.algorithms()) if provider else []}
    if docks:
        label = docks[0].findChild(QLabel, "dependencyLabel")
        state["dependency_message"] = label.text() if label is not None and not label.isHidden() else ""
    if provider:
        algorithm = provider.algorithm("builddistrictfrommunicipalities")
        state["can_execute"] = list(algorithm.canExecute())
    return state


def finish():
    try:
        with open(REPORT, "w", encoding="utf-8") as handle:
            json.dump(report, handle, indent=2)
    finally:
        QgsProject.instance().setDirty(False)
        QTimer.singleShot(500, lambda: os._exit(0))  # never block on an exit dialog
        iface.actionExit().trigger()


def lifecycle():
    try:
        report["load"] = qgis.utils.loadPlugin(NAME)
        report["start"] = qgis.utils.startPlugin(NAME)
        report["loaded"] = plugin_state()
        report["unload"] = qgis.utils.unloadPlugin(NAME)
        report["unloaded"] = plugin_state()
        report["reload"] = qgis.utils.loadPlugin(NAME) and qgis.utils.startPlugin(NAME)
        report["reloaded"] = plugin_state()
    except Exception:  # recorded for the test to show
        report["exception"] = traceback.format_exc()
        finish()
        return
    if WORKFLOW_DIR:
        drive_dock()
    else:
        show_dock_and_finish()


def dock():
    return qgis.utils.plugins[NAME].dock


def show_dock_and_finish():
    dock().show()
    QTimer.singleShot(1000, lambda: (grab(), finish()))


def unload_while_painting(panel):
    """Unloading in the middle of painting leaves no map tool, dock or provider behind."""
    panel.editing.paint_button.setChecked(True)
    report["painting_tool"] = type(iface.mapCanvas().mapTool()).__name__
    qgis.utils.unloadPlugin(NAME)
    report["after_unload_while_painting"] = plugin_state()
    report["tool_after_unload"] = type(iface.mapCanvas().mapTool()).__name__ if iface.mapCanvas().mapTool() else None


def grab():
    if SCREENSHOT:
        flush_deletes()
        iface.mainWindow().grab().save(SCREENSHOT)


def drive_dock():
    """Create a store, build the Val di Noto, attach the heritage sample — each step from the dock."""
    panel = dock()
    panel.show()
    iface.mainWindow().resizeDocks([panel], [520], Qt.Orientation.Horizontal)
    steps = [
        lambda: (panel.add_sample_municipalities(), panel.region_edit.setText("19"),
                 panel.create_store(os.path.join(WORKFLOW_DIR, "dock_store.gpkg"))),
        lambda: (panel.name_edit.setText("Tardo barocco del Val di Noto"), panel.codes_edit.setPlainText(VAL_DI_NOTO),
                 panel.build_district(panel.name_edit.text(), panel.codes_edit.toPlainText())),
        lambda: (panel.add_sample_heritage(), panel.attach_heritage(panel.heritage_combo.currentLayer())),
        lambda: panel.run_checks(),
    ]

    def next_step(algorithm_id=None, ok=True, message=""):
        if algorithm_id:
            report["steps"].append([algorithm_id, ok, message])
        if not ok or not steps:
            panel.operationFinished.disconnect(next_step)
            panel.checksFinished.disconnect(checks_done)
            QTimer.singleShot(0, wait_for_summary)
            return
        steps.pop(0)()

    def wait_for_summary(attempts=[0]):
        if (not panel.summaries or panel.summaries[0].assets_inside == 0) and attempts[0] < 60:
            attempts[0] += 1
            QTimer.singleShot(250, wait_for_summary)
            return
        report["summaries"] = [s.__dict__ for s in panel.summaries]
        panel.editing.draw_new_district()  # QGIS's own digitising on the districts layer
        active = iface.activeLayer()
        snapping = QgsProject.instance().snappingConfig()
        municipalities = panel.store_layers_by_table()["municipalities"]
        report["draw"] = [active.name() if active else None, bool(active and active.isEditable()),
                          type(iface.mapCanvas().mapTool()).__name__, snapping.enabled(),
                          snapping.individualLayerSettings(municipalities).enabled()]
        active.rollBack()
        districts = [layer for layer in panel.store_layers() if layer.name() == "districts"]
        root = QgsProject.instance().layerTreeRoot()
        for layer in QgsProject.instance().mapLayers().values():
            if layer.name().startswith("Sample"):  # show the store's layers only
                root.findLayer(layer.id()).setItemVisibilityChecked(False)
        if districts:
            canvas = iface.mapCanvas()
            iface.setActiveLayer(districts[0])
            extent = canvas.mapSettings().layerExtentToOutputExtent(districts[0], districts[0].extent())
            extent.scale(1.1)
            canvas.setExtent(extent)
            canvas.refreshAllLayers()
        QTimer.singleShot(2500, lambda: (grab(), unload_while_painting(panel), finish()))

    def checks_done(ok, run_id):
        report["checks"] = [ok, run_id, panel.check_results.table.rowCount()]
        next_step("checks", ok, "")

    panel.operationFinished.connect(next_step)
    panel.checksFinished.connect(checks_done)
    next_step()


def watchdog():
    """A modal error dialog would block QGIS: report what is known and leave."""
    report["exception"] = report.get("exception") or "timed out (a modal dialog may have blocked QGIS)"
    report["python_errors"].append("watchdog fired")
    with open(REPORT, "w", encoding="utf-8") as handle:
        json.dump(report, handle, indent=2)
    os._exit(1)


QTimer.singleShot(150000, watchdog)
iface.mainWindow().resize(1600, 1150)
sys.excepthook = lambda *exc: report["python_errors"].append("".join(traceback.format_exception(*exc)))
QTimer.singleShot(500, lifecycle)
