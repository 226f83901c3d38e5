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
