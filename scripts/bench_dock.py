"""`make bench`: how long the panel blocks QGIS's GUI thread on the national data set (#15, target ≤ 200 ms).

Drives the real dock (offscreen, pytest-qgis's interface) on a copy of the national store the national benchmark
built (7,899 municipalities, 107 province districts, 1,000,000 assets): open the store (figures of every
district), run the checks, prepare the paint tool and leave it. A watchdog timer on the GUI thread ticks every
10 ms; the longest gap between ticks in each step is the longest stall a user would feel. Writes
docs/benchmarks_dock.md and docs/benchmarks_dock.json. Figures, not a test.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build"))
sys.path.append("/usr/share/qgis/python/plugins")

from pytest_qgis.mock_qgis_classes import MockMessageBar  # noqa: E402  (imported before QGIS starts, as pytest-qgis)
from pytest_qgis.qgis_interface import QgisInterface  # noqa: E402
from qgis.core import QgsApplication  # noqa: E402
from qgis.PyQt.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402

STORE = ROOT / "build" / "bench" / "work" / "attach_1000000.gpkg"
TICK_MS = 10
STEP_TIMEOUT_S = 900
TARGET_MS = 200


class Watchdog:
    """The longest gap between the ticks of a 10 ms timer on the GUI thread since :meth:`reset`."""

    def __init__(self):
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.longest = 0
        self.last = 0

    def _tick(self):
        now = self.clock.elapsed()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def reset(self):
        self.clock.start()
        self.last = 0
        self.longest = 0
        self.timer.start()

    def stop(self):
        self._tick()
        self.timer.stop()
        return self.longest


def wait_until(condition, timeout_s=STEP_TIMEOUT_S):
    """Run the event loop until ``condition()`` holds (checked every tick)."""
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(TICK_MS)
    deadline = time.monotonic() + timeout_s

    def poll():
        if condition() or time.monotonic() > deadline:
            loop.quit()

    check.timeout.connect(poll)
    check.start()
    loop.exec()
    check.stop()
    return condition()


def main():
    if not STORE.is_file():
        sys.exit(f"{STORE}: run scripts/bench_national.py first (make bench does)")
    app = QgsApplication([], True)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from qgis.gui import QgsMapCanvas
    from qgis.PyQt.QtWidgets import QMainWindow

    from cultural_district_plugin.gui.district_dock import DistrictDock
    from cultural_district_plugin.processing_provider.provider import CulturalDistrictProvider

    provider = CulturalDistrictProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    window = QMainWindow()
    canvas = QgsMapCanvas(window)
    iface = QgisInterface(canvas, MockMessageBar(), window)
    store = ROOT / "build" / "bench" / "work" / "dock_store.gpkg"
    shutil.copy(STORE, store)
    dock = DistrictDock(iface)
    dock.show()
    watchdog = Watchdog()
    rows = []

    def step(name, action, done):
        watchdog.reset()
        start = time.perf_counter()
        action()
        finished = wait_until(done)
        seconds = time.perf_counter() - start
        stall = watchdog.stop()
        rows.append({"step": name, "seconds": round(seconds, 2), "longest_stall_ms": stall, "finished": finished})
        print(rows[-1], flush=True)

    idle = lambda: not dock.runner.busy  # noqa: E731
    step(
        "open the national store (figures of 107 districts, 1,000,000 assets)",
        lambda: dock.session.open(str(store)),
        lambda: idle() and dock.counts["districts"] == 107,
    )
    step(
        "run every check on 107 districts",
        dock.checks_section.run_checks,
        lambda: idle() and bool(dock.checks_section.results.findings),
    )
    editing = dock.editing
    step(
        "prepare the paint tool (7,899 municipalities)",
        lambda: editing.paint_button.setChecked(True),
        lambda: idle() and editing.editing,
    )
    step("leave painting", lambda: editing.paint_button.setChecked(False), idle)
    dock.close_down()
    write(rows)
    # The figures are written: leave without the interpreter's teardown, which destroys QGIS's application and
    # the dock's widgets in no particular order (a segmentation fault at exit, after everything was done).
    sys.stdout.flush()
    os._exit(0)


def write(rows):
    versions = f"Python {platform.python_version()}, QGIS {__import__('qgis.core').core.Qgis.version()}"
    result = {"date": date.today().isoformat(), "machine": f"{os.cpu_count()} cores", "versions": versions}
    result["steps"] = rows
    (ROOT / "docs" / "benchmarks_dock.json").write_text(json.dumps(result, indent=2) + "\n")
    lines = [
        "# The panel on the national data set: GUI-thread stalls",
        "",
        "Written by `make bench` (`scripts/bench_dock.py`); do not edit. The real dock (offscreen) on a copy of the",
        "national store (7,899 municipalities, 107 province districts, 1,000,000 assets); a 10 ms watchdog timer on",
        f"the GUI thread; the longest gap between its ticks is the longest stall (target ≤ {TARGET_MS} ms).",
        "",
        f"Machine: {result['machine']}, {versions} — {result['date']}.",
        "",
        "| Step | Seconds | Longest GUI stall (ms) | Within target |",
        "|---|---|---|---|",
    ]
    for row in rows:
        within = "yes" if row["longest_stall_ms"] <= TARGET_MS else "**no**"
        lines.append(f"| {row['step']} | {row['seconds']} | {row['longest_stall_ms']} | {within} |")
    (ROOT / "docs" / "benchmarks_dock.md").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
