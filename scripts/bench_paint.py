"""`make bench`: how fast painting a district is on the sample's 1,179 Piedmont municipalities.

Measures (wall clock, median of repeats) the live statistics update per stroke (target < 50 ms) and the
dissolve of the district geometry (target < 1 s), and compares the dissolve with QGIS's own
``native:dissolve`` on the same municipalities. Figures, not a test.
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build"))
sys.path.append("/usr/share/qgis/python/plugins")

from qgis.core import QgsApplication, QgsFeature, QgsVectorLayer  # noqa: E402


def timed(function, repeats=5):
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main():
    app = QgsApplication([], False)
    app.initQgis()
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()
    from cultural_district_plugin.core.district_geometry import dissolve
    from cultural_district_plugin.plugin_resources import sample_data_path
    from cultural_district_plugin.services.district_builder import build_district
    from cultural_district_plugin.services.district_store import create_store
    from cultural_district_plugin.services.measures import to_qgs_geometry
    from cultural_district_plugin.services.membership_editor import MembershipEditor
    from cultural_district_plugin.services.municipality_loader import load_municipalities

    folder = Path(tempfile.mkdtemp(prefix="cdp-bench-"))
    store = create_store(folder / "piemonte.gpkg", 7791)
    source = QgsVectorLayer(f"{sample_data_path()}|layername=municipalities", "m", "ogr")
    load_municipalities(store, source, [1])
    build_district(store, "Torino", ["001272"])
    members, districts = store.layer("district_members"), store.layer("districts")
    start = time.perf_counter()
    editor = MembershipEditor(store, members, districts, 1)
    prepare = time.perf_counter() - start
    codes = editor.units["pro_com_t"].tolist()
    print(f"municipalities: {len(codes)}; editor preparation (figures, spatial index): {prepare * 1000:.0f} ms")

    stroke_times = []
    for i in range(0, 600, 20):  # 30 strokes of 20 municipalities
        start = time.perf_counter()
        editor.begin_stroke(False, "bench")
        editor.paint(codes[i : i + 20])
        editor.end_stroke()
        stroke_times.append(time.perf_counter() - start)
    stats_times = [editor.stats().seconds for _ in range(50)]
    median_ms = statistics.median(stats_times) * 1000
    print(
        f"statistics update with {editor.stats().members} members: median {median_ms:.1f} ms,"
        f" max {max(stats_times) * 1000:.1f} ms (target < 50 ms)"
    )
    print(
        f"whole stroke of 20 municipalities (edit buffer + statistics): median "
        f"{statistics.median(stroke_times) * 1000:.1f} ms"
    )

    for count in (50, 300, len(codes)):
        geometries = editor.unit_geometries[:count]
        ours = timed(lambda geometries=geometries: dissolve(geometries), 3)
        layer = QgsVectorLayer(f"MultiPolygon?crs={store.crs.authid()}", "units", "memory")
        features = []
        for geometry in geometries:
            feature = QgsFeature()
            feature.setGeometry(to_qgs_geometry(geometry))
            features.append(feature)
        layer.dataProvider().addFeatures(features)
        qgis = timed(lambda layer=layer: processing.run("native:dissolve", {"INPUT": layer, "OUTPUT": "memory:"}), 3)
        print(
            f"dissolve of {count} municipalities: {ours * 1000:.0f} ms (shapely 2) vs {qgis * 1000:.0f} ms "
            f"(native:dissolve) — ratio {qgis / ours:.1f}x (target < 1 s)"
        )
    editor.close()
    members.rollBack()


if __name__ == "__main__":
    main()
