"""Rows of widgets side by side, the one layout helper the dock's sections share."""

from qgis.PyQt.QtWidgets import QHBoxLayout, QWidget


def row(*widgets) -> QWidget:
    """A widget holding ``widgets`` side by side, without margins."""
    holder = QWidget()
    box = QHBoxLayout(holder)
    box.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        box.addWidget(widget)
    return holder


COMPACT_CHARACTERS = 6  # what a combo box shows at least when the panel is narrow


def make_compact(container: QWidget) -> None:
    """Let every combo box in ``container`` shrink to a few characters (with its icon), so a narrow panel needs
    no horizontal scrolling; long entries stay readable in the open list and the tooltip."""
    from qgis.PyQt.QtWidgets import QComboBox

    for combo in container.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(COMPACT_CHARACTERS)


def replace_items(combo, names) -> None:
    """Fill ``combo`` with ``names``, keeping the current choice when it is still there."""
    current = combo.currentText()
    combo.clear()
    combo.addItems(list(names))
    if current in names:
        combo.setCurrentText(current)
