"""The push buttons of the dock's sections and dialogs: a label, what a click does and what the button is for."""

from __future__ import annotations

from typing import Callable

from qgis.PyQt.QtWidgets import QPushButton


def push_button(text: str, clicked: Callable, tooltip: str | None = None) -> QPushButton:
    """A button showing ``text`` (translated by the caller) that calls ``clicked`` when clicked; ``tooltip``
    says what it does (also translated)."""
    button = QPushButton(text)
    if tooltip:
        button.setToolTip(tooltip)
    button.clicked.connect(clicked)
    return button
