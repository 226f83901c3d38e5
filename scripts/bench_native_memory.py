"""QGIS's own point-in-polygon algorithms on indexed memory layers, for `make bench` (their best case: the layers
already in memory with a spatial index, no file read or written). Run in QGIS's Python, one fresh process per run:

    bench_native_memory.py POINTS_LAYER UNITS_LAYER KEY_FIELD

prints one JSON line: the seconds spent loading the layers into memory and indexing them, the seconds of
``native:countpointsinpolygon`` and of ``native:joinattributesbylocation`` (one unit per point) on them, and the
counts per unit (for the comparison of numbers).
"""

from __future__ import annotations

import json
import sys
import time


def main(points_source: str, units_source: str, key: str) -> dict:
    from qgis.core import QgsApplication, QgsFeatureRequest, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()
    started = time.perf_counter()
    layers = []
    for source in (points_source, units_source):
        loaded = QgsVectorLayer(source, "source", "ogr").materialize(QgsFeatureRequest())
        processing.run("native:createspatialindex", {"INPUT": loaded})
        layers.append(loaded)
    points, units = layers
    loading = time.perf_counter() - started
    started = time.perf_counter()
    counted = processing.run(
        "native:countpointsinpolygon", {"POLYGONS": units, "POINTS": points, "FIELD": "n", "OUTPUT": "memory:"}
    )["OUTPUT"]
    counting = time.perf_counter() - started
    started = time.perf_counter()
    processing.run(
        "native:joinattributesbylocation",
        {"INPUT": points, "JOIN": units, "PREDICATE": [0], "METHOD": 1, "OUTPUT": "memory:"},
    )
    joining = time.perf_counter() - started
    counts = {str(f[key]): int(f["n"]) for f in counted.getFeatures()}
    return {"load_s": loading, "count_s": counting, "join_s": joining, "counts": counts}


if __name__ == "__main__":
    print(json.dumps(main(*sys.argv[1:4])))
