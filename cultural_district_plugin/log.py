"""The plugin's one log: QGIS's message log under the plugin's tab, and notices in the message bar.

Expected problems (a user's bad input) are shown as their message. Anything unexpected is written here
with its traceback and shown as a notice whose *Details* button opens the log panel: never lost as a bare
``str(error)``.
"""

import traceback

from qgis.core import Qgis, QgsMessageLog
from qgis.PyQt.QtWidgets import QPushButton

TAG = "Cultural District Planner"


def info(message: str) -> None:
    QgsMessageLog.logMessage(message, TAG, Qgis.MessageLevel.Info)


def warning(message: str) -> None:
    QgsMessageLog.logMessage(message, TAG, Qgis.MessageLevel.Warning)


def error(message: str) -> None:
    QgsMessageLog.logMessage(message, TAG, Qgis.MessageLevel.Critical)


def exception(context: str, error_object: BaseException) -> str:
    """Log an unexpected exception with its traceback under ``context``; returns the logged text."""
    details = "".join(traceback.format_exception(type(error_object), error_object, error_object.__traceback__))
    text = f"{context}: {error_object}\n{details}"
    QgsMessageLog.logMessage(text, TAG, Qgis.MessageLevel.Critical)
    return text


def notify(iface, message: str, level=Qgis.MessageLevel.Warning, details_button: str = "", duration: int = 0) -> None:
    """A message-bar notice; with ``details_button`` (its label) the notice opens the log panel, where the
    details (e.g. a traceback) were written."""
    if iface is None:
        return
    bar = iface.messageBar()
    widget = bar.createMessage(TAG, message)
    if details_button:
        button = QPushButton(details_button, widget)
        button.clicked.connect(iface.openMessageLog)
        widget.layout().addWidget(button)
    bar.pushWidget(widget, level, duration)
