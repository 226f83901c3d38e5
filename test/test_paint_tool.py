"""The paint tool on a real map canvas, driven with synthetic mouse events (LINZ redistricting style)."""

import pytest
import shapely
from qgis.core import QgsPointXY, QgsProject, QgsRectangle
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt.QtCore import QEvent, QPoint, Qt

from cultural_district_plugin.services.district_store import DistrictStore

CATANIA, MISTERBIANCO, PATERNO = "087015", "087029", "087033"


@pytest.fixture
def painting(qgis_iface, qgis_new_project, run_algorithm, tmp_path, qtbot):
    from conftest import MUNICIPALITIES

    from cultural_district_plugin.gui.paint_tool import MunicipalityPaintTool
    from cultural_district_plugin.services.membership_editor import MembershipEditor

    path = tmp_path / "store.gpkg"
    run_algorithm("createstore", OUTPUT=str(path), MUNICIPALITIES=MUNICIPALITIES, REGION_CODES="19")
    run_algorithm("builddistrictfrommunicipalities", STORE=str(path), NAME="Etna", CODES=CATANIA)
    store = DistrictStore(path)
    layers = {t: store.layer(t) for t in ("municipalities", "districts", "district_members")}
    QgsProject.instance().addMapLayers(list(layers.values()))
    canvas = qgis_iface.mapCanvas()
    canvas.resize(800, 600)
    canvas.setDestinationCrs(store.crs)
    canvas.setLayers([layers["districts"], layers["municipalities"]])
    table, geometries = store.read_table("municipalities", ["pro_com_t"])
    around = shapely.union_all(geometries[table["pro_com_t"].isin([CATANIA, MISTERBIANCO, PATERNO]).to_numpy()])
    canvas.setExtent(QgsRectangle(*around.buffer(3000).bounds))  # ~60 m per pixel: clicks land where aimed
    editor = MembershipEditor(store, layers["district_members"], layers["districts"], 1)
    tool = MunicipalityPaintTool(canvas, editor)
    canvas.setMapTool(tool)
    yield store, layers, canvas, editor, tool
    editor.close()
    canvas.unsetMapTool(tool)
    tool.release()
    layers["district_members"].rollBack()


def screen(canvas, store, code):
    """Device coordinates of a point well inside a municipality."""
    table, geometries = store.read_table("municipalities", ["pro_com_t"])
    point = geometries[table.index[table["pro_com_t"] == code][0]].representative_point()
    device = canvas.getCoordinateTransform().transform(QgsPointXY(point.x, point.y))
    position = QPoint(round(device.x()), round(device.y()))
    at = canvas.getCoordinateTransform().toMapCoordinates(position)  # where the tool will see the event
    return position, (at.x(), at.y())


def mouse(canvas, tool, kind, position, button=Qt.MouseButton.LeftButton, modifiers=Qt.KeyboardModifier.NoModifier):
    event = QgsMapMouseEvent(canvas, kind, position, button, button, modifiers)
    {
        QEvent.Type.MouseButtonPress: tool.canvasPressEvent,
        QEvent.Type.MouseMove: tool.canvasMoveEvent,
        QEvent.Type.MouseButtonRelease: tool.canvasReleaseEvent,
    }[kind](event)


def members(layers):
    return sorted(f["pro_com_t"] for f in layers["district_members"].getFeatures())


def test_a_drag_adds_what_it_crosses_and_undo_redo_work_per_stroke(painting, qtbot):
    store, layers, canvas, editor, tool = painting
    path = [screen(canvas, store, code) for code in (CATANIA, MISTERBIANCO, PATERNO)]
    mouse(canvas, tool, QEvent.Type.MouseButtonPress, path[0][0])
    for position, _ in path[1:]:
        mouse(canvas, tool, QEvent.Type.MouseMove, position)
    mouse(canvas, tool, QEvent.Type.MouseButtonRelease, path[-1][0])
    # expected: the municipalities the dragged path crosses, computed independently
    table, geometries = store.read_table("municipalities", ["pro_com_t"])
    line = shapely.LineString([p for _, p in path])
    crossed = sorted(table["pro_com_t"][shapely.intersects(geometries, line)])
    assert len(crossed) >= 3 and {CATANIA, MISTERBIANCO, PATERNO} <= set(crossed)
    assert members(layers) == crossed, (members(layers), crossed)
    stats = editor.stats()
    assert stats.members == len(crossed) and stats.seconds < 0.05
    # one undo removes the whole stroke, redo restores it
    layers["district_members"].undoStack().undo()
    assert members(layers) == [CATANIA] and editor.stats().members == 1
    layers["district_members"].undoStack().redo()
    assert members(layers) == crossed, (members(layers), crossed)
    # a Shift-click removes one
    position, _ = screen(canvas, store, MISTERBIANCO)
    mouse(canvas, tool, QEvent.Type.MouseButtonPress, position, modifiers=Qt.KeyboardModifier.ShiftModifier)
    mouse(canvas, tool, QEvent.Type.MouseButtonRelease, position, modifiers=Qt.KeyboardModifier.ShiftModifier)
    assert members(layers) == [c for c in crossed if c != MISTERBIANCO]


def test_hovering_outlines_the_municipality_a_click_would_change(painting):
    store, layers, canvas, editor, tool = painting
    position, point = screen(canvas, store, PATERNO)
    mouse(canvas, tool, QEvent.Type.MouseMove, position, button=Qt.MouseButton.NoButton)
    outline = shapely.from_wkb(bytes(tool.highlight.asGeometry().asWkb()))
    assert outline.contains(shapely.Point(point)) and tool.hovered == PATERNO
    assert members(layers) == [CATANIA]  # hovering changes nothing


def test_the_district_geometry_is_the_union_of_its_members(painting, qtbot):
    store, layers, canvas, editor, tool = painting
    with qtbot.waitSignal(editor.geometryUpdated, timeout=10000):
        editor.apply([MISTERBIANCO, PATERNO])
    district = next(layers["districts"].dataProvider().getFeatures())
    derived = shapely.from_wkb(bytes(district.geometry().asWkb()))
    table, geometries = store.read_table("municipalities", ["pro_com_t"])
    expected = shapely.union_all(geometries[table["pro_com_t"].isin([CATANIA, MISTERBIANCO, PATERNO]).to_numpy()])
    assert shapely.symmetric_difference(derived, expected).area < 1.0  # m²
