"""The compatibility table (docs/compatibility.md) from `make test-matrix`'s results (build/matrix/*.json).

--probe                 inside a release: its versions (Debian, QGIS, Python, GEOS, GDAL, numpy, …) as JSON
--record RELEASE ...    one release's result (exit status, test counts read from its log) → JSON
(no option)             every recorded release → docs/compatibility.md
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MATRIX = ROOT / "build" / "matrix"
ORDER = ("bookworm", "trixie", "sid")
COLUMNS = ("debian", "qgis", "python", "qt", "gdal", "geos", "numpy", "shapely", "pandas")
HEADINGS = ("Debian", "QGIS", "Python", "Qt", "GDAL", "GEOS", "numpy", "shapely", "pandas")


def probe() -> dict:
    import numpy
    import pandas
    import shapely
    from osgeo import gdal
    from qgis.core import Qgis
    from qgis.PyQt.QtCore import QT_VERSION_STR

    return {
        "debian": Path("/etc/debian_version").read_text().strip(),
        "qgis": Qgis.QGIS_VERSION,
        "python": platform.python_version(),
        "qt": QT_VERSION_STR,
        "gdal": gdal.__version__,
        "geos": shapely.geos_version_string,
        "numpy": numpy.__version__,
        "shapely": f"{shapely.__version__} ({'Debian' if '/usr/lib/python3' in shapely.__file__ else 'venv'})",
        "pandas": pandas.__version__,
    }


def counts(log: str) -> dict:
    """pytest's last summary line (``12 passed, 1 skipped in 3.2s``) as {outcome: n}."""
    lines = [line for line in log.splitlines() if re.search(r"\d+ (passed|failed|error)", line)]
    if not lines:
        return {}
    return {word: int(n) for n, word in re.findall(r"(\d+) (passed|failed|skipped|errors?|xfailed|xpassed)", lines[-1])}


def record(args) -> None:
    log = Path(args.log).read_text(errors="replace") if args.log else ""
    versions = {}
    if args.versions and Path(args.versions).exists():
        try:
            versions = json.loads(Path(args.versions).read_text() or "{}")
        except json.JSONDecodeError:
            versions = {}
    result = {
        "release": args.record,
        "date": date.today().isoformat(),
        "exit": args.exit,
        "seconds": args.seconds,
        "demo": "demo" if "Val di Noto" in log else "",
        "tests": counts(log),
        **versions,
    }
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n")


def table() -> str:
    results = {}
    for path in sorted(MATRIX.glob("*.json")):
        if path.name.endswith(".versions.json"):
            continue
        data = json.loads(path.read_text())
        results[data["release"]] = data
    lines = [
        "# Compatibility",
        "",
        "Written by `make test-matrix` (`scripts/test_matrix.sh`, `scripts/compatibility_table.py`); do not edit.",
        "Each row: `make demo` and `make test` on that Debian release, with the versions the run used: this machine",
        "in its working tree, the others a clean clone in a minimal debootstrap chroot. CI runs this machine's suite",
        "and the Debian 13 chroot on every submission.",
        "",
        "| Release | " + " | ".join(HEADINGS) + " | make demo + make test | Tests | Date |",
        "|---" * (len(HEADINGS) + 4) + "|",
    ]
    for release in sorted(results, key=lambda r: ORDER.index(r) if r in ORDER else len(ORDER)):
        data = results[release]
        tests = ", ".join(f"{n} {word}" for word, n in data.get("tests", {}).items()) or "—"
        outcome = "passed" if data["exit"] == 0 else f"FAILED (exit {data['exit']})"
        cells = [
            release,
            *(str(data.get(c, "?")) for c in COLUMNS),
            f"{outcome}, {data['seconds']} s",
            tests,
            data["date"],
        ]
        lines.append("| " + " | ".join(cells) + " |")
    lines += [
        "",
        "Not run: QGIS 4 / Qt6 (no Qt6 QGIS exists in Debian) and QGIS's own converter `qgis-pyqt5to6` (not",
        "installable from the package registry here). `test/test_qt6_readiness.py` scans the plugin's source against",
        "the running QGIS for what the converter changes (unscoped enums, PyQt5 imports, `exec_`, `QVariant` types,",
        "APIs Qt6 removed); it passes on every row above.",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--probe", action="store_true")
    parser.add_argument("--record")
    parser.add_argument("--exit", type=int, default=0)
    parser.add_argument("--seconds", type=int, default=0)
    parser.add_argument("--log")
    parser.add_argument("--versions")
    parser.add_argument("--out")
    args = parser.parse_args()
    if args.probe:
        print(json.dumps(probe()))
    elif args.record:
        record(args)
    else:
        target = ROOT / "docs" / "compatibility.md"
        target.write_text(table())
        print(f"wrote {target.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
