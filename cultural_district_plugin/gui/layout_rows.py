"""Rows of widgets side by side, the one layout helper the dock's sections share.

A row stacks its widgets when the panel is too narrow to hold them side by side, and form labels move above
their fields (:func:`make_compact`): the whole panel fits QGIS's default dock width at 1366×768 (298 px).
"""

from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtWidgets import QBoxLayout, QWidget

HYSTERESIS_PX = 24  # wider than a scrollbar


class WrappingRow(QWidget):
    """Widgets side by side when the row is wide enough for their preferred widths, else one under another."""

    def __init__(self, widgets, parent=None):
        super().__init__(parent)
        self._widgets = list(widgets)
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        for widget in self._widgets:
            self._box.addWidget(widget)

    def _side_by_side_width(self):
        shown = [w for w in self._widgets if not w.isHidden()]
        return sum(w.sizeHint().width() for w in shown) + self._box.spacing() * max(len(shown) - 1, 0)

    @property
    def stacked(self) -> bool:
        return self._box.direction() == QBoxLayout.Direction.TopToBottom

    def minimumSizeHint(self):
        """As narrow as its widest widget (stacked), as tall as it is laid out now."""
        width = max((w.minimumSizeHint().width() for w in self._widgets if not w.isHidden()), default=0)
        return QSize(width, self._box.minimumSize().height())

    def resizeEvent(self, event):
        width, needed = event.size().width(), self._side_by_side_width()
        if self.stacked:  # back side by side only with room to spare: a scrollbar coming and going cannot flip it
            wanted = QBoxLayout.Direction.LeftToRight if width >= needed + HYSTERESIS_PX else self._box.direction()
        else:
            wanted = QBoxLayout.Direction.TopToBottom if width < needed else self._box.direction()
        if wanted != self._box.direction():
            self._box.setDirection(wanted)
            self.updateGeometry()  # the height changes: the section lays itself out again
        super().resizeEvent(event)


def row(*widgets) -> QWidget:
    """A widget holding ``widgets`` side by side (stacked when the panel is narrow), without margins."""
    return WrappingRow(widgets)


COMPACT_CHARACTERS = 6  # what a combo box shows at least when the panel is narrow
COMPACT_MARGIN = 4  # pixels inside each section's frame


def make_compact(container: QWidget) -> None:
    """Let every combo box in ``container`` shrink to a few characters (with its icon) and every form put its
    labels above the fields when narrow, so a narrow panel needs no horizontal scrolling; long entries stay
    readable in the open list and the tooltip."""
    from qgis.PyQt.QtWidgets import QComboBox, QFormLayout

    for combo in container.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(COMPACT_CHARACTERS)
    for form in container.findChildren(QFormLayout):  # a label goes above its field when both do not fit
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setContentsMargins(*(COMPACT_MARGIN,) * 4)


def replace_items(combo, names) -> None:
    """Fill ``combo`` with ``names``, keeping the current choice when it is still there."""
    current = combo.currentText()
    combo.clear()
    combo.addItems(list(names))
    if current in names:
        combo.setCurrentText(current)
