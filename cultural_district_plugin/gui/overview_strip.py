"""The workflow at a glance, at the top of the dock: what the open store holds and how the latest checks went."""

from pathlib import Path

from qgis.PyQt.QtWidgets import QLabel

from ..translation import tr, tr_n
from .display_locale import display_locale
from .dock_state import DockState

SEVERITY_ORDER = ("error", "warning", "info")
STRIP_STYLE = "QLabel#overviewStrip { background: #eef2f6; color: #1f2d3a; padding: 4px; border-radius: 3px; }"


def overview_text(state: DockState, store_path: str | None, findings: list[dict]) -> str:
    """One short paragraph: the store, its municipalities, districts and assets (locale numbers, singular or
    plural), then the latest check run by severity, or what to do first when no store is open."""
    if not state.store_open:
        return tr("No store open: create or open one (1. Project store)")
    number = display_locale().toString
    parts = [
        tr_n(state.municipalities, "{0} municipality", "{0} municipalities").format(number(state.municipalities)),
        tr_n(state.districts, "{0} district", "{0} districts").format(number(state.districts)),
        tr_n(state.assets, "{0} asset", "{0} assets").format(number(state.assets)),
    ]
    counts = {severity: sum(1 for f in findings if f["severity"] == severity) for severity in SEVERITY_ORDER}
    if not findings:
        checks = tr("no check findings")
    else:
        named = {
            "error": lambda n: tr_n(n, "{0} error", "{0} errors"),
            "warning": lambda n: tr_n(n, "{0} warning", "{0} warnings"),
            "info": lambda n: tr_n(n, "{0} note", "{0} notes"),
        }
        checks = tr("checks: {0}").format(
            ", ".join(named[s](counts[s]).format(number(counts[s])) for s in SEVERITY_ORDER if counts[s])
        )
    name = Path(store_path).name if store_path else ""
    return f"{name} — {' · '.join(parts)} · {checks}"


class OverviewStrip(QLabel):
    """The overview line; :meth:`show_state` refreshes it whenever the dock's state changes."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("overviewStrip")
        self.setAccessibleName(tr("Overview"))
        self.setWordWrap(True)
        self.setStyleSheet(STRIP_STYLE)

    def show_state(self, state: DockState, store_path: str | None, findings: list[dict]) -> None:
        self.setText(overview_text(state, store_path, findings))
