"""Python's cycle collector paused while an algorithm works on national data.

A full collection walks every tracked object, and each shapely geometry is one: with a million asset points
loaded, a collection takes 60–190 ms and runs dozens of times during a check run, with Python's lock held — in
a dock task that is the QGIS window frozen that long, every time. Work on arrays makes no reference cycles worth
collecting mid-step (reference counting still frees everything else at once), so the collector waits until the
last running algorithm ends; it is never switched on if something else had switched it off.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

_LOCK = threading.Lock()
_state = {"running": 0, "was_enabled": False}


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """The cycle collector off for the block (and for every block still running in other threads)."""
    with _LOCK:
        if _state["running"] == 0:
            _state["was_enabled"] = gc.isenabled()
            gc.disable()
        _state["running"] += 1
    try:
        yield
    finally:
        with _LOCK:
            _state["running"] -= 1
            if _state["running"] == 0 and _state["was_enabled"]:
                gc.enable()
