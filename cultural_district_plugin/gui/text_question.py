"""A one-line question whose explanation wraps (QInputDialog.getText lays a long explanation out on one line: a
2,000-pixel-wide dialog)."""

from __future__ import annotations

from qgis.PyQt.QtWidgets import QDialog, QInputDialog, QLabel

WIDTH_PX = 520


def ask_text(parent, title: str, explanation: str, value: str = "") -> tuple[str, bool]:
    """``(text, accepted)`` as QInputDialog.getText gives them."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(explanation)
    dialog.setTextValue(value)
    for label in dialog.findChildren(QLabel):
        label.setWordWrap(True)
    dialog.setMinimumWidth(WIDTH_PX)
    dialog.resize(WIDTH_PX, dialog.sizeHint().height())
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return dialog.textValue(), accepted
