"""The paint tool: click or drag over municipalities to add them to the active district; Shift or the
right button removes. A stroke (press → drag → release) is one undoable edit command."""

from qgis.core import QgsWkbTypes
from qgis.gui import QgsMapTool, QgsRubberBand
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ..translation import tr


class MunicipalityPaintTool(QgsMapTool):
    def __init__(self, canvas, editor):
        super().__init__(canvas)
        self.editor = editor
        self._last = None
        self._hovered = None
        self.highlight = QgsRubberBand(canvas, QgsWkbTypes.GeometryType.PolygonGeometry)
        self.highlight.setColor(QColor(40, 120, 200, 70))
        self.highlight.setStrokeColor(QColor(20, 80, 160))
        self.highlight.setWidth(2)
        self.setCursor(Qt.CursorShape.CrossCursor)

    @property
    def hovered(self):
        """ISTAT code of the municipality outlined under the cursor (the one a click would change), or None."""
        return self._hovered

    def _crs(self):
        return self.canvas().mapSettings().destinationCrs()

    def canvasPressEvent(self, event):
        remove = (
            bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier) or event.button() == Qt.MouseButton.RightButton
        )
        self.editor.begin_stroke(remove, tr("Remove municipalities") if remove else tr("Add municipalities"))
        self._last = event.mapPoint()
        self.editor.paint(self.editor.codes_along([self._last], self._crs()))

    def canvasMoveEvent(self, event):
        if self._last is None:
            self._hover(event.mapPoint())
            return
        point = event.mapPoint()
        self.editor.paint(self.editor.codes_along([self._last, point], self._crs()))  # everything crossed
        self._last = point

    def canvasReleaseEvent(self, event):
        if self._last is not None:
            self._last = None
            self.editor.end_stroke()

    def _hover(self, point):
        """Outline the municipality under the cursor (the one a click would add or remove)."""
        codes = self.editor.codes_along([point], self._crs())
        code = codes[0] if codes else None
        if code == self._hovered:
            return
        self._hovered = code
        if code is None:
            self.highlight.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
        else:
            self.highlight.setToGeometry(self.editor.unit_geometry(code, self._crs()), None)

    def deactivate(self):
        if self.highlight is not None:
            self.highlight.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
        self._hovered = None
        if self._last is not None:
            self._last = None
            self.editor.end_stroke()
        super().deactivate()

    def release(self):
        """Remove the outline from the canvas and schedule the tool's deletion (it is parented to the canvas)."""
        self.highlight.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
        self.canvas().scene().removeItem(self.highlight)
        self.highlight = None
        self.deleteLater()
