"""The paint tool: click or drag over municipalities to add them to the active district; Shift or the
right button removes. A stroke (press → drag → release) is one undoable edit command."""

from qgis.gui import QgsMapTool
from qgis.PyQt.QtCore import Qt

from ..translation import tr


class MunicipalityPaintTool(QgsMapTool):

    def __init__(self, canvas, editor):
        super().__init__(canvas)
        self.editor = editor
        self._last = None
        self.setCursor(Qt.CursorShape.CrossCursor)

    def _crs(self):
        return self.canvas().mapSettings().destinationCrs()

    def canvasPressEvent(self, event):  # noqa: N802 (Qt API name)
        remove = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier) or \
            event.button() == Qt.MouseButton.RightButton
        self.editor.begin_stroke(remove, tr("Remove municipalities") if remove else tr("Add municipalities"))
        self._last = event.mapPoint()
        self.editor.paint(self.editor.codes_along([self._last], self._crs()))

    def canvasMoveEvent(self, event):  # noqa: N802 (Qt API name)
        if self._last is None:
            return
        point = event.mapPoint()
        self.editor.paint(self.editor.codes_along([self._last, point], self._crs()))  # everything crossed
        self._last = point

    def canvasReleaseEvent(self, event):  # noqa: N802 (Qt API name)
        if self._last is not None:
            self._last = None
            self.editor.end_stroke()

    def deactivate(self):
        if self._last is not None:
            self._last = None
            self.editor.end_stroke()
        super().deactivate()
