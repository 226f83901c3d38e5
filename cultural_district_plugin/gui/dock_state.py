"""What the dock's actions need before they can run, and why one is disabled (said in its tooltip)."""

from dataclasses import dataclass

from ..translation import tr

_TOOLTIP = "cdp_tooltip"  # a widget's own tooltip, restored when it becomes available again


@dataclass(frozen=True)
class DockState:
    missing: str = ""  # missing analysis packages ("" when the analysis can run)
    busy: bool = False  # an operation is running
    store_open: bool = False
    municipalities: int = 0  # in the open store
    districts: int = 0
    assets: int = 0
    editing: bool = False  # a district's membership is being edited (unsaved edits possible)
    writable: bool = True  # the open store may be written (a PostgreSQL viewer's role may only read it)

    def blocker(self, *needs: str) -> str:
        """Why an action that needs ``needs`` cannot run now ("" when it can). Needs: ``ready`` (analysis
        packages), ``idle``, ``store``, ``municipalities``, ``districts``, ``not_editing``, ``writable``."""
        reasons = {
            "ready": (not self.missing, tr("Analysis disabled: missing {0}").format(self.missing)),
            "idle": (not self.busy, tr("Wait for the running operation to finish")),
            "store": (self.store_open, tr("Open or create a district project store first")),
            "municipalities": (
                self.municipalities > 0,
                tr("The store has no municipalities: load them first (Load municipalities)"),
            ),
            "districts": (self.districts > 0, tr("The store has no district yet: build, draw or import one")),
            "not_editing": (not self.editing, tr("Save or discard the membership edits first")),
            "writable": (
                self.writable,
                tr("Your database role may only read this store: ask its administrator for an editor's role"),
            ),
        }
        for need in needs:
            ok, reason = reasons[need]
            if not ok:
                return reason
        return ""


def set_available(widget, reason: str) -> None:
    """Enable ``widget`` when ``reason`` is empty; otherwise disable it and say why in its tooltip."""
    if widget.property(_TOOLTIP) is None:
        widget.setProperty(_TOOLTIP, widget.toolTip())
    widget.setEnabled(not reason)
    own = widget.property(_TOOLTIP) or ""
    widget.setToolTip(own if not reason else (f"{own}\n\n{reason}" if own else reason))
