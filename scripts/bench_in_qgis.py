"""Time one of the plugin's Processing algorithms inside a running QGIS, as a planner runs it from the toolbox:
QGIS, Processing and the plugin's provider started first (not timed, as QGIS is open already), then the
run from its parameters to its results (timed: the plugin's imports on first use, reading the layers, computing,
writing the outputs). ``qgis_process`` adds QGIS's start-up (1–2.5 s here) to the same run.

Usage: bench_in_qgis.py ALGORITHM KEY=VALUE... (the plugin from QGIS_PLUGINPATH, as ``make bench`` sets it).
Prints ``{"seconds": …}`` as its last line.
"""

from __future__ import annotations

import json
import os
import sys
import time


def main(algorithm: str, arguments: list[str]) -> None:
    from qgis.core import QgsApplication

    application = QgsApplication([], False)
    application.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    sys.path.insert(0, os.environ.get("QGIS_PLUGINPATH", "build"))
    import processing
    from processing.core.Processing import Processing

    from cultural_district_plugin.processing_provider.provider import CulturalDistrictProvider

    Processing.initialize()
    provider = CulturalDistrictProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    parameters = dict(argument.split("=", 1) for argument in arguments)
    started = time.perf_counter()
    processing.run(algorithm if ":" in algorithm else f"cultural_district:{algorithm}", parameters)
    print(json.dumps({"seconds": time.perf_counter() - started}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
