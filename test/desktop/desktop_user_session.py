"""Runs inside a real QGIS desktop (``qgis --code``), started by test_desktop_install.py with the plugin installed
from its zip into a fresh profile.

First QGIS's own ``qgis.utils`` loads, unloads and reloads the plugin (what appears and what is left). Then,
when CDP_WORKFLOW_DIR is set, a planner's first session is played by clicking the panel's real buttons and
answering the real dialogs through their widgets, from an empty project: new store → build → attach →
paint a stroke → save → run checks → double-click a finding → export → Project ▸ New (the panel resets) →
reopen the saved project (the panel reconnects) → close the store with unsaved edits (asked). After every
step the enabled buttons, the figures shown and the absence of Python errors are checked. Everything is
written to a JSON report (CDP_REPORT) that the test reads; QGIS then quits.
"""

import json
import os
import sys
import traceback

import qgis.utils
from qgis.core import QgsApplication, QgsCoordinateTransform, QgsPointXY, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QPoint, Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import (
    QAction,
    QApplication,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
)
from qgis.utils import iface

NAME = "cultural_district_plugin"
REPORT = os.environ["CDP_REPORT"]
WORKFLOW_DIR = os.environ.get("CDP_WORKFLOW_DIR")  # play the planner's session when set (needs the analysis deps)
SCREENSHOT = os.environ.get("CDP_SCREENSHOT")
SCREENSHOT_DIR = os.environ.get("CDP_SCREENSHOT_DIR")  # more pictures for the README (make screenshot)
STEP_SHOTS = os.environ.get("CDP_STEP_SHOTS")  # a folder: a picture of each workflow step for the guides
LANGUAGE = os.environ.get("CDP_LANGUAGE", "en")
# the workflow steps pictured in the user guides: step -> (file name, the dock section it shows)
SHOT_STEPS = {
    "new store": ("01_store", "store_section"),
    "build": ("02_district", "district_section"),
    "attach": ("03_heritage", "heritage_section"),
    "paint a stroke": ("04_paint", "district_section"),
    "save": ("05_figures", "summary_section"),
    "run checks": ("06_checks", "checks_section"),
    "concentration": ("07_concentration", "concentration_section"),
    "coverage": ("08_coverage", "coverage_section"),
    "export": ("09_export", "summary_section"),
    "stakeholders": ("10_stakeholders", "funding_section"),
}
VAL_DI_NOTO = "087011, 087015, 087025, 088006, 088009, 088011, 089013, 089015"
STEP_TIMEOUT_S = 60

report = {"python_errors": [], "checks": [], "steps": []}


def collect_log(message, tag, level):
    """Python errors reach QGIS's log under "Python error"; the plugin logs unexpected ones with a traceback."""
    if "python" in (tag or "").lower() or "Traceback" in message:
        report["python_errors"].append(f"{tag}: {message}")


QgsApplication.messageLog().messageReceived.connect(collect_log)


def excepthook(*exc):
    report["python_errors"].append("".join(traceback.format_exception(*exc)))


def flush_deletes():
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


def plugin_state():
    flush_deletes()
    window = iface.mainWindow()
    docks = [d for d in window.findChildren(QDockWidget) if d.objectName() == "CulturalDistrictDock"]
    actions = [a for a in window.findChildren(QAction) if a.objectName() == "cultural_district_planner_action"]
    menu = [
        a.text()
        for a in iface.pluginMenu().actions()
        if "Cultural District" in a.text() or "distretti culturali" in a.text().lower()
    ]
    toolbar = [
        a.objectName() for a in iface.pluginToolBar().actions() if a.objectName() == "cultural_district_planner_action"
    ]
    provider = QgsApplication.processingRegistry().providerById("cultural_district")
    state = {
        "active": NAME in qgis.utils.active_plugins,
        "docks": len(docks),
        "actions": len(actions),
        "menu_entries": len(menu),
        "toolbar_actions": len(toolbar),
        "provider": provider is not None,
        "algorithms": sorted(a.name() for a in provider.algorithms()) if provider else [],
    }
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
            json.dump(report, handle, indent=2, default=str)
    finally:
        QgsProject.instance().setDirty(False)
        QTimer.singleShot(500, lambda: os._exit(0))  # never block on an exit dialog
        iface.actionExit().trigger()


def begin(panel, step):
    """A new step of the session; the one before it, when the guides picture it, is photographed first (QGIS's
    window, the dock scrolled to that step's section, scaled for a page)."""
    if STEP_SHOTS and report["steps"] and report["steps"][-1] in SHOT_STEPS:
        name, section = SHOT_STEPS[report["steps"][-1]]
        flush_deletes()
        panel.widget().verticalScrollBar().setValue(getattr(panel, section).pos().y())  # the section on top
        QCoreApplication.processEvents()
        picture = iface.mainWindow().grab().scaledToWidth(1280, Qt.TransformationMode.SmoothTransformation)
        picture.save(os.path.join(STEP_SHOTS, f"{LANGUAGE}_{name}.jpg"), "JPG", 82)
    report["steps"].append(step)


def grab():
    if SCREENSHOT:
        flush_deletes()
        iface.mainWindow().grab().save(SCREENSHOT)


# Driving the GUI ------------------------------------------------------------------------------------------
def check(description, condition, detail=""):
    report["checks"].append([report["steps"][-1] if report["steps"] else "", description, bool(condition), str(detail)])


def answer_next_dialog(answer, within_s=30, optional=False):
    """When the next modal dialog opens (within ``within_s``), ``answer(dialog)`` operates its widgets (polled:
    the dialog is modal). A dialog that never opens is reported, unless it is ``optional``."""
    step = report["steps"][-1] if report["steps"] else ""
    polls = {"left": within_s * 10}

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            polls["left"] -= 1
            if polls["left"] <= 0:
                if not optional:
                    report["checks"].append([step, "the expected dialog opened", False, "it never did"])
                return
            QTimer.singleShot(100, poll)
            return
        try:
            answer(dialog)
        except Exception:  # a dialog we could not answer: close it, report it
            report["python_errors"].append("answering a dialog: " + traceback.format_exc())
            dialog.close()

    QTimer.singleShot(100, poll)


def choose_file(path):
    """Answer a Qt file dialog: type the name in its file name box and press its accept button."""

    def answer(dialog):
        assert isinstance(dialog, QFileDialog), type(dialog).__name__
        dialog.findChild(QLineEdit, "fileNameEdit").setText(path)
        box = dialog.findChild(QDialogButtonBox)
        accept = box.button(QDialogButtonBox.StandardButton.Save) or box.button(QDialogButtonBox.StandardButton.Open)
        accept.click()

    return answer


def press(standard_button, seen=None, *alternatives):
    """Answer a message box by clicking one of its standard buttons (the first it has of ``standard_button``
    and ``alternatives``); its text is kept in ``seen``."""

    def answer(box):
        assert isinstance(box, QMessageBox), type(box).__name__
        if seen is not None:
            seen.append(box.text())
        button = next((box.button(b) for b in (standard_button,) + alternatives if box.button(b) is not None), None)
        if button is None:
            raise RuntimeError(
                f"{box.windowTitle()!r}: {box.text()!r} has no such button; it offers "
                f"{[b.text() for b in box.buttons()]}"
            )
        button.click()

    return answer


def click(button):
    check(f"{button.text()} is enabled before the click", button.isEnabled(), button.toolTip())
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def to_canvas(canvas, crs):
    """A transform from ``crs`` to the canvas's CRS (the project's: here the sample layers' WGS84)."""
    return QgsCoordinateTransform(crs, canvas.mapSettings().destinationCrs(), QgsProject.instance())


def map_point(canvas, transform, x, y):
    """Device pixel of a point given in the store's CRS."""
    device = canvas.getCoordinateTransform().transform(transform.transform(QgsPointXY(x, y)))
    return QPoint(round(device.x()), round(device.y()))


def stroke(canvas, points):
    """A paint stroke: press, drag through the points, release — real mouse events on the canvas."""
    viewport = canvas.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[0])
    for point in points[1:]:
        QTest.mouseMove(viewport, point)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[-1])


def play(generator):
    """Run a session written as a generator that yields conditions to wait for (polled, no sleeping)."""
    state = {"condition": None, "waited": 0}

    def tick():
        try:
            condition = state["condition"]
            if condition is not None and not condition():
                state["waited"] += 1
                if state["waited"] * 0.05 > STEP_TIMEOUT_S:
                    plugin = qgis.utils.plugins.get(NAME)
                    running = plugin.dock.runner.running() if plugin is not None and plugin.dock else "no panel"
                    raise TimeoutError(
                        f"step {report['steps'][-1]!r} did not finish in {STEP_TIMEOUT_S} s (running: {running})"
                    )
                QTimer.singleShot(50, tick)
                return
            state["waited"] = 0
            state["condition"] = next(generator)
            QTimer.singleShot(0, tick)
        except StopIteration:
            finish()
        except Exception:
            report["exception"] = traceback.format_exc()
            finish()

    QTimer.singleShot(0, tick)


# The session --------------------------------------------------------------------------------------------
def session(panel):
    runner = panel.runner
    idle = lambda: not runner.busy  # noqa: E731
    store_section, districts, heritage = panel.store_section, panel.district_section, panel.heritage_section
    summary, checks = panel.summary_section, panel.checks_section
    store_path = os.path.join(WORKFLOW_DIR, "val_di_noto.gpkg")
    project_path = os.path.join(WORKFLOW_DIR, "val_di_noto.qgz")
    canvas = iface.mapCanvas()

    begin(panel, "empty project")
    check("no store: New store is enabled", store_section.new_store_button.isEnabled())
    check(
        "no store: Build is disabled and says why",
        not districts.build_button.isEnabled() and districts.build_button.toolTip() != "",
        districts.build_button.toolTip(),
    )
    check("no store: Close store is disabled", not store_section.close_store_button.isEnabled())

    begin(panel, "new store")
    click(store_section.sample_button)
    store_section.region_edit.setText("19")
    answer_next_dialog(choose_file(store_path))
    click(store_section.new_store_button)
    yield idle
    check("the store is open", panel.session.path == store_path, panel.session.path)
    for button in (
        store_section.new_store_button,
        store_section.open_store_button,
        store_section.close_store_button,
        store_section.undo_batch_button,
        districts.build_button,
        heritage.import_button,
    ):
        check(f"{button.text()} is enabled", button.isEnabled(), button.toolTip())
    check(
        "the store has 391 municipalities and no district",
        panel.counts["municipalities"] == 391 and panel.counts["districts"] == 0,
        panel.counts,
    )
    check("Run checks waits for a district", not checks.results.run_button.isEnabled())

    begin(panel, "build")
    districts.name_edit.setText("Tardo barocco del Val di Noto")
    districts.codes_edit.setPlainText(VAL_DI_NOTO)
    click(districts.build_button)
    yield idle
    figures = summary_row(summary)
    check(
        "the district's figures are shown",
        figures.get("members") == "8" and figures.get("parts") == "6" and figures.get("assets_inside") == "0",
        figures,
    )
    check("Run checks is enabled", checks.results.run_button.isEnabled())

    begin(panel, "attach")
    click(heritage.sample_button)
    asked = []
    answer_next_dialog(press(QMessageBox.StandardButton.Yes, asked))
    click(heritage.attach_button)
    yield idle
    check("the assets outside Sicily were named and the user asked", len(asked) == 1 and "17" in asked[0], asked)
    figures = summary_row(summary)
    check("16 assets inside the district", figures.get("assets_inside") == "16", figures)
    check("only the 23 Sicilian assets are in the store", panel.counts["assets"] == 23, panel.counts)

    begin(panel, "paint a stroke")
    editing = panel.editing
    click(editing.paint_button)
    yield lambda: editing.editor is not None  # the municipalities are prepared in a task
    check(
        "painting: the paint tool is the canvas's tool",
        type(canvas.mapTool()).__name__ == "MunicipalityPaintTool",
        type(canvas.mapTool()).__name__,
    )
    check("painting: bulk writes wait", not districts.build_button.isEnabled(), districts.build_button.toolTip())
    import shapely

    store = panel.session.store()
    table, geometries = store.read_table("municipalities", ["pro_com_t"])
    points = {
        code: geometries[i].representative_point()
        for i, code in enumerate(table["pro_com_t"])
        if code in ("087015", "087029")
    }  # a drag from Catania into Misterbianco (Noto's hole stays)
    transform = to_canvas(canvas, store.crs)
    start = points["087015"]
    canvas.setExtent(
        transform.transformBoundingBox(QgsRectangle(start.x - 30000, start.y - 30000, start.x + 30000, start.y + 30000))
    )
    canvas.refresh()
    yield lambda: not canvas.isDrawing()
    pixels = [map_point(canvas, transform, points[c].x, points[c].y) for c in ("087015", "087029")]
    stroke(canvas, pixels)
    # expected: the members plus every municipality the dragged path crosses, computed independently
    back = QgsCoordinateTransform(canvas.mapSettings().destinationCrs(), store.crs, QgsProject.instance())
    path = [back.transform(canvas.getCoordinateTransform().toMapCoordinates(p)) for p in pixels]
    line = shapely.LineString([(p.x(), p.y()) for p in path])
    crossed = set(table["pro_com_t"][shapely.intersects(geometries, line)])
    expected = len(crossed | set(VAL_DI_NOTO.split(", ")))
    report["painted"] = sorted(crossed)
    yield lambda: editing.editor is not None and editing.editor.stats().members == expected
    check(
        f"the live figures follow the stroke ({expected} municipalities)",
        editing.stats_label.text().startswith(f"{expected} "),
        editing.stats_label.text(),
    )

    begin(panel, "save")
    click(editing.save_button)
    yield lambda: idle() and panel.summaries and panel.summaries[0].members == expected
    figures = summary_row(summary)
    check(f"saved: {expected} members shown", figures.get("members") == str(expected), figures)
    check("saved: bulk writes are available again", districts.build_button.isEnabled())
    check("saved: no paint tool left active", type(canvas.mapTool()).__name__ != "MunicipalityPaintTool")

    begin(panel, "run checks")
    click(checks.results.run_button)
    yield idle
    view = checks.results
    found = sorted(f["check_id"] for f in view.shown())
    check(
        "findings: parts, holes, near misses, coverage, completeness",
        {"holes", "parts", "near_misses", "catchment_coverage", "residents_coverage", "completeness"} <= set(found),
        found,
    )
    findings_count = len(found)
    check("findings are current", view.stale == [], view.stale)
    if SCREENSHOT:  # the README's picture: the district with its findings, the panel at its figures
        districts_layer = panel.session.layer("districts")
        for layer in QgsProject.instance().mapLayers().values():
            if layer.name().startswith(("Sample", "Esempio", "Comuni di esempio", "Beni di esempio")):
                QgsProject.instance().layerTreeRoot().findLayer(layer.id()).setItemVisibilityChecked(False)
        extent = to_canvas(canvas, store.crs).transformBoundingBox(districts_layer.extent())
        extent.scale(1.1)
        rendered = []
        canvas.mapCanvasRefreshed.connect(lambda: rendered.append(True))
        canvas.setExtent(extent)
        canvas.refreshAllLayers()
        panel.widget().ensureWidgetVisible(summary.table)
        yield lambda: bool(rendered) and not canvas.isDrawing()
        grab()

    begin(panel, "concentration")
    concentration = panel.concentration_section
    click(concentration.hot_spots_button)
    yield idle
    from cultural_district_plugin.gui.analysis_outputs import OUTPUT_PROPERTY

    hot = [
        lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.customProperty(OUTPUT_PROPERTY) == "hotspots"
    ]
    check("the hot spot layer is on the map, styled", len(hot) == 1 and hot[0].renderer().type() == "categorizedSymbol")
    check("Moran's I is reported", "Moran" in concentration.result_label.text(), concentration.result_label.text())
    click(concentration.sample_button)  # the synthetic local units: cultural employment by domain
    check(
        "categories by domain, weighted by employees",
        concentration.category_combo.currentData() == "domain"
        and concentration.weight_combo.currentData() == "employees",
        concentration.category_combo.currentData(),
    )
    click(concentration.lq_button)
    yield idle
    check(
        "the location quotients of the district are listed",
        concentration.lq_table.rowCount() == 5,
        concentration.lq_table.rowCount(),
    )
    if SCREENSHOT_DIR:
        rendered = []
        canvas.mapCanvasRefreshed.connect(lambda: rendered.append(True))
        sicily = to_canvas(canvas, store.crs).transformBoundingBox(hot[0].extent())
        canvas.setExtent(sicily)
        for layer in QgsProject.instance().mapLayers().values():  # the hot spots under the district outlines
            node = QgsProject.instance().layerTreeRoot().findLayer(layer.id())
            if node is not None and layer.customProperty("cultural_district/table") in (
                "municipalities",
                "check_results",
            ):
                node.setItemVisibilityChecked(False)
        canvas.refreshAllLayers()
        panel.widget().ensureWidgetVisible(concentration)
        yield lambda: bool(rendered) and not canvas.isDrawing()
        flush_deletes()
        iface.mainWindow().grab().save(os.path.join(SCREENSHOT_DIR, "hot_spots.png"))
        concentration.grab().save(os.path.join(SCREENSHOT_DIR, "location_quotients.png"))

    begin(panel, "coverage")
    coverage = panel.coverage_section
    click(coverage.measure_button)
    yield idle
    from cultural_district_plugin.gui.analysis_outputs import analysis_output

    near_layer = analysis_output("near_misses")
    near_cell = coverage.table.item(0, 2).text() if coverage.table.rowCount() else ""
    check(
        "coverage: the four monuments just outside are listed and mapped",
        near_layer is not None and near_cell == "4" and near_layer.featureCount() == 4,
        (near_cell, near_layer.featureCount() if near_layer else None),
    )
    check("coverage: the land beyond the catchment is mapped", analysis_output("uncovered") is not None)
    if SCREENSHOT_DIR:
        rendered = []
        canvas.mapCanvasRefreshed.connect(lambda: rendered.append(True))
        for layer in QgsProject.instance().mapLayers().values():  # the near misses over the district
            node = QgsProject.instance().layerTreeRoot().findLayer(layer.id())
            hidden = layer.customProperty(OUTPUT_PROPERTY) in ("hotspots",) or layer.customProperty(
                "cultural_district/table"
            ) in ("check_results",)
            if node is not None and (hidden or layer.name().startswith(("Sample local", "Unità locali"))):
                node.setItemVisibilityChecked(False)
        south_east = near_layer.extent()  # the four towns around the Val di Noto's southern parts
        south_east.scale(1.25)
        canvas.setExtent(to_canvas(canvas, store.crs).transformBoundingBox(south_east))
        canvas.refreshAllLayers()
        panel.widget().ensureWidgetVisible(coverage)
        yield lambda: bool(rendered) and not canvas.isDrawing()
        flush_deletes()
        iface.mainWindow().grab().save(os.path.join(SCREENSHOT_DIR, "near_misses.png"))

    begin(panel, "double-click a finding")
    row = [r for r, f in enumerate(view.shown()) if f["check_id"] == "holes"][0]
    panel.widget().ensureWidgetVisible(view.list)
    view.list.scrollToItem(view.list.item(row))
    rect = view.list.visualItemRect(view.list.item(row))
    QTest.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    QTest.mouseDClick(view.list.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    hole = view.finding_geometry(view.visible_findings()[row])
    hole_box = to_canvas(canvas, store.crs).transformBoundingBox(hole.boundingBox()) if hole else None
    district_box = to_canvas(canvas, store.crs).transformBoundingBox(panel.session.layer("districts").extent())
    check(
        "the map zoomed to the hole, not to the whole district",
        hole_box is not None
        and canvas.extent().contains(hole_box)
        and canvas.extent().width() < district_box.width() / 3,
        canvas.extent().toString(),
    )
    check("the district is selected", panel.session.layer("districts").selectedFeatureIds() == [1])

    begin(panel, "export")
    export_path = os.path.join(WORKFLOW_DIR, "export.gpkg")
    answer_next_dialog(choose_file(export_path))
    click(summary.export_button)
    yield idle
    check("the export was written", os.path.exists(export_path))

    begin(panel, "stakeholders")
    funding = panel.funding_section
    stakeholders = panel.session.layer("stakeholders")
    click(funding.sample_button)
    yield lambda: idle() and stakeholders.featureCount() > 0
    check("stakeholders: the Val di Noto sample partners are in the store", stakeholders.featureCount() == 12)

    begin(panel, "Project ▸ New")
    QgsProject.instance().write(project_path)
    # QGIS asks before closing a project whose layers live in the temporary folder (this test's files do)
    answer_next_dialog(
        press(QMessageBox.StandardButton.Discard, None, QMessageBox.StandardButton.Yes), within_s=3, optional=True
    )
    iface.actionNewProject().trigger()
    yield lambda: QgsProject.instance().fileName() == ""
    check(
        "the panel reset: no store",
        panel.session.path is None and store_section.store_label.text() != store_path,
        store_section.store_label.text(),
    )
    check("the panel reset: no figures, no findings", summary.table.rowCount() == 0 and view.list.count() == 0)
    check("the panel reset: Build is disabled", not districts.build_button.isEnabled())

    begin(panel, "reopen the project")
    iface.addProject(project_path)
    yield lambda: idle() and panel.session.path == store_path and summary.table.rowCount() == 1
    figures = summary_row(summary)
    check("reconnected: the store and its figures", figures.get("members") == str(expected), figures)
    check("reconnected: the findings", view.list.count() == findings_count, view.list.count())
    check("reconnected: Build is enabled", districts.build_button.isEnabled())

    begin(panel, "close the store with unsaved edits")
    click(editing.paint_button)
    yield lambda: editing.editor is not None
    editing.add_codes(["089017"])  # Siracusa
    asked = []
    answer_next_dialog(press(QMessageBox.StandardButton.Cancel, asked))
    click(store_section.close_store_button)
    yield lambda: bool(asked)
    check("asked before discarding unsaved edits", len(asked) == 1, asked)
    check("Cancel keeps the store open", panel.session.path == store_path)
    answer_next_dialog(press(QMessageBox.StandardButton.Discard))
    click(store_section.close_store_button)
    yield idle
    check("closed after Discard", panel.session.path is None)
    members = panel_members(store_path)
    check("the discarded edit was not written", len(members) == expected and "089017" not in members, members)

    begin(panel, "unload while painting")
    panel.session.open(store_path)
    yield idle
    click(editing.paint_button)
    yield lambda: editing.editor is not None
    report["painting_tool"] = type(canvas.mapTool()).__name__
    store_layers = lambda: sorted(  # noqa: E731
        layer.name() for layer in QgsProject.instance().mapLayers().values() if layer.source().startswith(store_path)
    )
    layers_before = store_layers()
    qgis.utils.unloadPlugin(NAME)
    report["after_unload_while_painting"] = plugin_state()
    report["tool_after_unload"] = type(canvas.mapTool()).__name__ if canvas.mapTool() else None

    begin(panel, "reload with the store open")
    check("the store's layers stay in the project when the plugin goes", store_layers() == layers_before)
    check("reloaded", qgis.utils.loadPlugin(NAME) and qgis.utils.startPlugin(NAME))
    reloaded = qgis.utils.plugins[NAME].dock
    yield lambda: not reloaded.runner.busy
    check("the reloaded panel reconnects to the open store", reloaded.session.path == store_path, reloaded.session.path)
    check("the store's layers are not added twice", store_layers() == layers_before, store_layers())
    check("the reloaded panel shows the store's districts", reloaded.counts["districts"] >= 1, reloaded.counts)


def summary_row(summary):
    """The first row of the figures table, by summary attribute."""
    from cultural_district_plugin.gui.summary_section import summary_columns

    if summary.table.rowCount() == 0:
        return {}
    return {attribute: summary.table.item(0, col).text() for col, (attribute, _) in enumerate(summary_columns())}


def panel_members(path):
    import sqlite3

    con = sqlite3.connect(path)
    try:
        return sorted(row[0] for row in con.execute("SELECT pro_com_t FROM district_members"))
    finally:
        con.close()


def lifecycle():
    try:
        report["load"] = qgis.utils.loadPlugin(NAME)
        report["start"] = qgis.utils.startPlugin(NAME)
        report["loaded"] = plugin_state()
        report["unload"] = qgis.utils.unloadPlugin(NAME)
        report["unloaded"] = plugin_state()
        report["reload"] = qgis.utils.loadPlugin(NAME) and qgis.utils.startPlugin(NAME)
        report["reloaded"] = plugin_state()
        panel = qgis.utils.plugins[NAME].dock
        panel.show()
        iface.mainWindow().resizeDocks([panel], [520], Qt.Orientation.Horizontal)
        report["labels"] = {
            "build": panel.district_section.build_button.text(),
            "new_store": panel.store_section.new_store_button.text(),
        }
    except Exception:  # recorded for the test to show
        report["exception"] = traceback.format_exc()
        finish()
        return
    if WORKFLOW_DIR:
        play(session(panel))
    else:
        QTimer.singleShot(1000, lambda: (grab(), finish()))


def watchdog():
    """A dialog nobody answered would block QGIS: report what is known and leave."""
    report["exception"] = report.get("exception") or "timed out (a modal dialog may have blocked QGIS)"
    report["python_errors"].append("watchdog fired")
    with open(REPORT, "w", encoding="utf-8") as handle:
        json.dump(report, handle, indent=2, default=str)
    os._exit(1)


QTimer.singleShot(170000, watchdog)
iface.mainWindow().resize(1600, 1150)
sys.excepthook = excepthook
QTimer.singleShot(500, lifecycle)
