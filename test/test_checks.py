"""The checks framework and the first district checks, on crafted geometries with known answers,
then through runchecks, the recorded run, the dock's results view and a cancelled task."""

import numpy as np
import pytest
import shapely
from conftest import HERITAGE, MUNICIPALITIES, ROOT, VAL_DI_NOTO
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)
from shapely.geometry import MultiPolygon, Polygon, box

from cultural_district_plugin.core.check_framework import CheckError, Severity
from cultural_district_plugin.core.district_checks import (
    CRS_GEOGRAPHIC,
    CRS_MISSING,
    DISTRICT_CHECKS,
    DistrictCheckData,
)
from cultural_district_plugin.services.district_store import DistrictStore

BOW_TIE = Polygon([(0, 0), (100, 100), (100, 0), (0, 100), (0, 0)])
SQUARE = box(0, 0, 100, 100)
WITH_HOLE = Polygon(box(0, 0, 300, 300).exterior.coords, [box(100, 100, 200, 200).exterior.coords])


def data(*geometries, **kw):
    return DistrictCheckData(
        np.arange(1, len(geometries) + 1),
        [f"D{i}" for i in range(1, len(geometries) + 1)],
        np.array(geometries, dtype=object),
        **kw,
    )


def findings(check_id, *geometries, overrides=None, **kw):
    return DISTRICT_CHECKS.run(data(*geometries, **kw), [check_id], overrides)


SCREENS = ROOT / "build" / "screens"  # looked at by hand; not compared


def test_every_check_is_declared_with_a_severity_and_defaults():
    assert DISTRICT_CHECKS.ids() == [
        "crs",
        "geometry_validity",
        "empty_geometry",
        "parts",
        "holes",
        "overlaps",
        "area_sanity",
        "heritage_density",
        "heritage_clustering",
        "hot_spot_share",
        "near_misses",
        "catchment_coverage",
        "residents_coverage",
        "members_boundary",
        "completeness",
        "member_without_stakeholder",
        "asset_without_keeper",
        "district_without_promoter",
        "declared_totals",
    ]
    assert DISTRICT_CHECKS["parts"].severity is Severity.WARNING  # serial districts are legitimate
    assert DISTRICT_CHECKS["geometry_validity"].severity is Severity.ERROR
    assert DISTRICT_CHECKS["parts"].defaults() == {"max_parts": 1}


def test_bow_tie_and_self_intersection_are_invalid_with_the_reason():
    ring = Polygon([(0, 0), (200, 0), (200, 200), (100, -50), (0, 200), (0, 0)])  # self-intersecting ring
    found = findings("geometry_validity", SQUARE, BOW_TIE, ring)
    assert [f.district_id for f in found] == [2, 3]
    assert all(f.severity is Severity.ERROR and "Self-intersection" in f.message for f in found)
    assert "D2" in found[0].message


def test_empty_and_degenerate_geometries():
    sliver = box(0, 0, 100, 0.001)  # 0.1 m²
    found = findings("empty_geometry", SQUARE, None, Polygon(), sliver)
    assert [(f.district_id, f.value) for f in found][:2] == [(2, None), (3, None)]
    assert found[2].district_id == 4 and found[2].value == pytest.approx(0.1) and found[2].threshold == 1.0


def test_parts_and_holes_are_warnings_with_value_and_threshold():
    three = MultiPolygon([box(0, 0, 1, 1), box(5, 5, 6, 6), box(10, 10, 11, 11)])
    parts = findings("parts", SQUARE, three)
    assert [(f.district_id, f.value, f.threshold, f.severity) for f in parts] == [(2, 3, 1, Severity.WARNING)]
    assert findings("parts", three, overrides={"max_parts": 3}) == []
    holes = findings("holes", SQUARE, WITH_HOLE)
    assert [(f.district_id, f.value) for f in holes] == [(2, 1)]
    assert holes[0].geometry.area == pytest.approx(10000)


def test_overlaps_report_area_and_share_of_the_smaller():
    big, small, touching = box(0, 0, 1000, 1000), box(990, 0, 1090, 100), box(1000, 500, 1100, 600)
    found = findings("overlaps", big, small, touching)
    assert len(found) == 1  # touching districts share a border, not area
    overlap = found[0]
    assert overlap.feature_ids == (1, 2) and overlap.value == pytest.approx(1000 / 1e6)
    assert overlap.arguments["share"] == pytest.approx(0.1) and overlap.geometry.area == pytest.approx(1000)


def test_area_sanity_against_the_region():
    units = np.array([box(0, 0, 100, 100), box(100, 0, 200, 100)], dtype=object)
    inside = box(10, 10, 150, 90)
    too_big = box(-1000, -1000, 1000, 1000)
    found = findings("area_sanity", inside, too_big, unit_geometries=units, unit_regions=np.array([19, 19]))
    assert [(f.district_id, f.severity) for f in found] == [(2, Severity.ERROR)]
    assert found[0].threshold == pytest.approx(0.02)  # km²


def test_crs_findings_and_no_measures_without_crs():
    missing = DISTRICT_CHECKS.run(data(SQUARE, box(50, 50, 150, 150), crs_status=CRS_MISSING))
    assert [(f.check_id, f.severity) for f in missing] == [("crs", Severity.ERROR)]  # no overlap measured
    geographic = findings("crs", SQUARE, crs_status=CRS_GEOGRAPHIC, crs_name="EPSG:4326", measure_crs_name="EPSG:7794")
    assert geographic[0].severity is Severity.WARNING and "EPSG:7794" in geographic[0].message


def test_registry_refuses_unknown_checks_and_bad_parameters_and_stops_when_cancelled():
    with pytest.raises(CheckError, match="unknown check"):
        DISTRICT_CHECKS.run(data(SQUARE), ["nonsense"])
    with pytest.raises(CheckError, match="max_parts"):
        DISTRICT_CHECKS.run(data(SQUARE), ["parts"], {"max_parts": -1})
    assert DISTRICT_CHECKS.run(data(SQUARE), cancelled=lambda: True) is None
    calls = []  # cancelled in the middle of a run: after two checks
    assert DISTRICT_CHECKS.run(data(BOW_TIE), cancelled=lambda: calls.append(1) or len(calls) > 2) is None


# Through QGIS ---------------------------------------------------------------------------------------


def test_runchecks_over_the_store_records_one_removable_batch(district_store, run_algorithm):
    path, _ = district_store(19, "Val di Noto", VAL_DI_NOTO)
    result = run_algorithm("runchecks", STORE=str(path), OUTPUT="TEMPORARY_OUTPUT")
    # parts, holes, near misses (4 towns' monuments within 2 km), catchment (1 % of the area within 1 km of an
    # asset), 4 × completeness, members without a stakeholder, assets without a keeper, no promoter; residents (info)
    assert (result["ERRORS"], result["WARNINGS"], result["INFOS"]) == (0, 11, 1)
    rows = sorted((f["check_id"], f["value"]) for f in result["OUTPUT"].getFeatures())
    assert [r for r in rows if r[0] in ("holes", "parts")] == [("holes", 1.0), ("parts", 6.0)]
    assert sorted(r[0] for r in rows) == sorted(
        ["parts", "holes", "near_misses", "catchment_coverage", "residents_coverage"]
        + ["completeness"] * 4
        + ["member_without_stakeholder", "asset_without_keeper", "district_without_promoter"]
    )
    store = DistrictStore(path)
    results, geometries = store.read_table(
        "check_results", ["run_id", "check_id", "severity", "district_id", "batch_id", "message"]
    )
    assert results["run_id"].tolist() == [result["RUN_ID"]] * 12
    assert set(results["district_id"].dropna()) == {1}
    assert "6" in results.loc[results["check_id"] == "parts", "message"].iloc[0]
    located = results["check_id"].isin(["parts", "holes", "near_misses", "catchment_coverage"]).to_numpy()
    assert all(g is not None and not g.is_empty for g in geometries[located])
    store.remove_batch(results["batch_id"].iloc[0])
    assert store.read_table("check_results", [])[0].empty and store.read_table("check_runs", [])[0].empty


def _memory_districts(crs, *geometries):
    layer = QgsVectorLayer(
        f"MultiPolygon?crs={crs}&field=name:string" if crs else "MultiPolygon?field=name:string", "districts", "memory"
    )
    features = []
    for i, geometry in enumerate(geometries):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([f"L{i + 1}"])
        feature.setGeometry(QgsGeometry.fromWkt(geometry.wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    if not crs:
        layer.setCrs(QgsCoordinateReferenceSystem())  # memory layers otherwise default to EPSG:4326
        assert not layer.crs().isValid()
    return layer


def test_runchecks_over_a_layer_in_a_geographic_crs(run_algorithm):
    layer = _memory_districts(
        "EPSG:4326",
        box(14.0, 37.0, 14.1, 37.1),
        box(14.05, 37.0, 14.15, 37.1),
        Polygon([(15, 37), (15.1, 37.1), (15.1, 37), (15, 37.1), (15, 37)]),
    )
    result = run_algorithm("runchecks", DISTRICTS=layer, OUTPUT="TEMPORARY_OUTPUT")
    found = {(f["check_id"], f["district"] or None) for f in result["OUTPUT"].getFeatures()}
    assert ("crs", None) in found and ("overlaps", "L1") in found and ("geometry_validity", "L3") in found
    assert result["RUN_ID"] == -1 and result["OUTPUT"].crs().authid() == "EPSG:7794"
    overlap = next(f for f in result["OUTPUT"].getFeatures() if f["check_id"] == "overlaps")
    assert overlap["value"] == pytest.approx(0.05 * 0.1 * 111.32 * 88.9, rel=0.02)  # ~ km² at 37°N


def test_runchecks_over_a_layer_without_crs(run_algorithm):
    layer = _memory_districts(None, box(0, 0, 10, 10), box(5, 5, 15, 15))
    result = run_algorithm("runchecks", DISTRICTS=layer, OUTPUT="TEMPORARY_OUTPUT")
    assert [(f["check_id"], f["severity"]) for f in result["OUTPUT"].getFeatures()] == [("crs", "error")]


def test_cancelled_runs_leave_nothing(district_store, run_algorithm, qtbot, monkeypatch):
    import threading

    import processing

    from cultural_district_plugin.core.district_checks import DISTRICT_CHECKS
    from cultural_district_plugin.services.algorithm_runner import AlgorithmRunner

    path, _ = district_store(19, "Val di Noto", VAL_DI_NOTO)
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run(
            "cultural_district:runchecks", {"STORE": str(path), "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=feedback
        )
    assert DistrictStore(path).read_table("check_runs", [])[0].empty

    # Through the dock's runner: cancelled while the checks run (the run waits until the cancel is made).
    cancelled = threading.Event()
    original = DISTRICT_CHECKS.run

    def run_after_cancel(*args, **kwargs):
        assert cancelled.wait(30)
        return original(*args, **kwargs)

    monkeypatch.setattr(DISTRICT_CHECKS, "run", run_after_cancel)
    runner = AlgorithmRunner()
    with qtbot.waitSignal(runner.finished, timeout=30000) as finished:
        runner.run("runchecks", {"STORE": str(path), "OUTPUT": "TEMPORARY_OUTPUT"})
        runner.cancel_all()
        cancelled.set()
    algorithm_id, ok, message = finished.args
    assert (algorithm_id, ok) == ("cultural_district:runchecks", False) and "cancelled" in message
    assert not runner.busy
    assert DistrictStore(path).read_table("check_runs", [])[0].empty


def test_dock_runs_checks_and_shows_the_findings(qtbot, qgis_iface, qgis_new_project, district_store):
    from cultural_district_plugin.gui.district_dock import DistrictDock

    path, _ = district_store(19, "Val di Noto", VAL_DI_NOTO)
    dock = DistrictDock(qgis_iface)
    try:
        assert dock.session.open(str(path))
        qtbot.waitUntil(lambda: not dock.runner.busy, timeout=30000)
        checks = dock.checks_section
        reloaded = []  # a check run reloads no layer (a reload reopens a table): the findings' filter moves on
        for table, layer in dock.session.layers_by_table().items():
            layer.reload = lambda table=table: reloaded.append(table)
        with qtbot.waitSignal(checks.checksFinished, timeout=30000) as blocker:
            checks.results.run_button.click()
        assert blocker.args[0] is True
        findings_layer = dock.session.layer("check_results")
        assert reloaded == [] and findings_layer.subsetString() == f'"run_id" = {blocker.args[1]}'
        assert len(list(findings_layer.getFeatures())) == len(checks.results.findings) == 12
        qtbot.waitUntil(lambda: not dock.runner.busy, timeout=30000)
        view = checks.results
        assert view.list.count() == 12 and not view.stale_label.isVisibleTo(dock)
        severities = [f["severity"] for f in view.shown()]
        warnings, notes = severities.count("warning"), severities.count("info")
        expected = f"{warnings} warnings" + (f", {notes} note{'s' if notes != 1 else ''}" if notes else "")
        assert dock.overview.text().endswith(f"· checks: {expected}"), dock.overview.text()
        assert {view.shown()[r]["check_id"] for r in range(12)} == {
            "near_misses",
            "parts",
            "holes",
            "catchment_coverage",
            "residents_coverage",
            "completeness",
            "member_without_stakeholder",
            "asset_without_keeper",
            "district_without_promoter",
        }
        # #15: the findings read in a narrow dock (298 px, QGIS's default at 1366×768): each entry as wide as the
        # list, no horizontal scrolling, tall enough for its heading and its whole message wrapped under it
        dock.resize(298, 900)
        dock.show()
        qtbot.waitExposed(dock)
        assert view.width() <= 298
        viewport = view.list.viewport().width()
        delegate = view.list.itemDelegate()
        line = view.list.fontMetrics().lineSpacing()
        for row in range(view.list.count()):
            hint = delegate.sizeHint(view.list.viewOptions(), view.list.model().index(row, 0))
            assert hint.width() <= viewport and hint.height() >= 2 * line
        longest = max(range(view.list.count()), key=lambda r: len(view.shown()[r]["message"]))
        hint = delegate.sizeHint(view.list.viewOptions(), view.list.model().index(longest, 0))
        assert hint.height() >= 4 * line  # a long message wraps over several lines rather than being cut
        assert not view.list.horizontalScrollBar().isVisible()
        holes_entry = next(r for r, f in enumerate(view.shown()) if f["check_id"] == "holes")
        assert view.list.item(holes_entry).text().endswith("· Holes")  # the check's title, not its id
        SCREENS.mkdir(parents=True, exist_ok=True)
        view.grab().save(str(SCREENS / "findings_narrow.png"))
        view.severity_filter.setCurrentIndex(view.severity_filter.findData("error"))
        assert view.list.count() == 0
        view.severity_filter.setCurrentIndex(0)
        holes = [r for r in range(12) if view.shown()[r]["check_id"] == "holes"][0]
        view.show_finding(holes)
        assert view.districts_layer.selectedFeatureIds() == [1]
        # #8.6: a holes finding zooms to the hole, not to the whole district
        district_extent = view.districts_layer.extent()
        assert view.shown_extent is not None
        assert view.shown_extent.width() < district_extent.width() / 5
        hole = view.finding_geometry(view.visible_findings()[holes])
        assert view.shown_extent.contains(hole.boundingBox())
        # only this run's findings are drawn
        assert dock.session.layer("check_results").subsetString() == f'"run_id" = {blocker.args[1]}'
        # a second run is recorded too, and the view shows the newest
        with qtbot.waitSignal(checks.checksFinished, timeout=30000) as second:
            checks.run_checks()
        qtbot.waitUntil(lambda: not dock.runner.busy, timeout=30000)
        assert second.args[1] > blocker.args[1] and view.list.count() == 12
        # a finding about assets selects them on the assets layer
        missing = [
            r
            for r in range(12)
            if view.shown()[r]["check_id"] == "completeness" and "protection" in view.shown()[r]["message"]
        ][0]
        view.show_finding(missing)
        assert len(dock.session.layer("heritage_assets").selectedFeatureIds()) == 40
        # the near misses select the four monuments just outside, and the view zooms to them
        near = [r for r in range(12) if view.shown()[r]["check_id"] == "near_misses"][0]
        view.show_finding(near)
        selected = dock.session.layer("heritage_assets").getSelectedFeatures()
        assert sorted(f["name"].split(" (")[-1] for f in selected) == [
            "Buscemi)",
            "Chiaramonte Gulfi)",
            "Grammichele)",
            "Torre Cabrera",
        ]
        assert view.shown_extent.width() < view.districts_layer.extent().width()
    finally:
        dock.close_down()
        dock.deleteLater()


def test_findings_are_marked_stale_after_the_district_changes(
    qtbot, qgis_iface, qgis_new_project, district_store, run_algorithm
):
    """#8.6: after the district is edited, its findings say they are out of date."""
    from cultural_district_plugin.gui.district_dock import DistrictDock

    path, _ = district_store(19, "Val di Noto", VAL_DI_NOTO)
    run_algorithm("runchecks", STORE=str(path), OUTPUT="TEMPORARY_OUTPUT")
    dock = DistrictDock(qgis_iface)
    try:
        assert dock.session.open(str(path))
        qtbot.waitUntil(lambda: not dock.runner.busy, timeout=30000)
        view = dock.checks_section.results
        assert view.list.count() == 12 and view.stale == []
        panel = dock.editing
        with qtbot.waitSignal(panel.editingChanged, timeout=30000):
            panel.paint_button.click()  # the municipalities are prepared in a task
        with qtbot.waitSignal(panel.editor.geometryUpdated, timeout=30000):
            panel.add_codes(["089016"])  # Rosolini fills nothing: the district changes
        with qtbot.waitSignal(panel.membershipSaved, timeout=30000):
            panel.save_button.click()
        qtbot.waitUntil(lambda: not dock.runner.busy, timeout=30000)
        assert view.stale == ["Val di Noto"] and not view.stale_label.isHidden()
        assert "out of date" in view.stale_label.text()
    finally:
        dock.close_down()
        dock.deleteLater()


def test_concentration_checks_on_crafted_districts():
    """A 10×10 km grid of 1 km municipalities; assets crowd a 3×3 km corner. A district over that corner
    concentrates heritage, clusters it and is made of hot spots; a district elsewhere does none of it."""
    units = np.array(
        [
            box(500000 + i * 1000, 4100000 + j * 1000, 500000 + (i + 1) * 1000, 4100000 + (j + 1) * 1000)
            for i in range(10)
            for j in range(10)
        ],
        dtype=object,
    )
    keys = np.array([f"{k:06d}" for k in range(1, 101)], dtype=object)
    rng = np.random.default_rng(3)
    crowded = rng.uniform([500000, 4100000], [503000, 4103000], size=(60, 2))
    scattered = rng.uniform([500000, 4100000], [510000, 4110000], size=(20, 2))
    points = shapely.points(np.vstack([crowded, scattered]))
    corner = shapely.MultiPolygon([box(500000, 4100000, 503000, 4103000)])
    elsewhere = shapely.MultiPolygon([box(505000, 4105000, 510000, 4110000)])
    checked = data(
        corner, elsewhere, unit_geometries=units, unit_regions=np.full(100, 19), unit_keys=keys, asset_points=points
    )
    found = DISTRICT_CHECKS.run(checked, ["heritage_density", "heritage_clustering", "hot_spot_share"])
    by = {(f.check_id, f.district_id): f for f in found}
    assert ("heritage_density", 1) not in by and ("hot_spot_share", 1) not in by
    density = by[("heritage_density", 2)]
    inside = int(shapely.covers(elsewhere, points).sum())
    assert density.value == pytest.approx((inside / 25) / (80 / 100)) and density.threshold == 1.0
    assert by[("hot_spot_share", 2)].value == 0.0
    # clustering: the corner's 60+ points are random inside it (R near 1: warned); a threshold of 1.5 accepts them
    relaxed = DISTRICT_CHECKS.run(checked, ["heritage_clustering"], {"max_clark_evans_r": 1.5})
    assert [f.district_id for f in relaxed if f.severity.value == "warning"] == []
    # no assets: nothing to say, no error
    assert (
        DISTRICT_CHECKS.run(
            data(
                corner,
                unit_geometries=units,
                unit_regions=np.full(100, 19),
                unit_keys=keys,
                asset_points=np.array([], dtype=object),
            ),
            ["heritage_density"],
        )
        == []
    )


def test_recorded_finding_ids_are_parsed_only_when_used(run_algorithm, tmp_path):
    """#15: showing a national run's findings must not read nor parse every id list on the GUI thread: the ids of
    a recorded finding are read from the store when the finding is selected, then parsed into the ints the run
    recorded."""
    from cultural_district_plugin.services.check_runner import recorded_findings
    from cultural_district_plugin.services.recorded_ids import RecordedIds

    store = tmp_path / "store.gpkg"
    run_algorithm("createstore", OUTPUT=str(store), MUNICIPALITIES=MUNICIPALITIES, REGION_CODES="19")
    run_algorithm("builddistrictfrommunicipalities", STORE=str(store), NAME="Val di Noto", CODES=",".join(VAL_DI_NOTO))
    run_algorithm("attachheritage", STORE=str(store), INPUT=HERITAGE)
    run_id = run_algorithm("runchecks", STORE=str(store), OUTPUT="TEMPORARY_OUTPUT")["RUN_ID"]
    findings = recorded_findings(DistrictStore(store), run_id)
    assert not any(f["feature_ids"].read or f["feature_ids"].parsed for f in findings)
    naming = [f for f in findings if f["feature_ids"]]
    assert (
        naming and all(f["feature_ids"].read for f in findings) and not any(f["feature_ids"].parsed for f in findings)
    )
    texts = dict(DistrictStore(store).select("SELECT fid, feature_ids FROM check_results WHERE run_id = ?", (run_id,)))
    for finding in naming:
        expected = tuple(int(i) for i in texts[finding["finding_id"]].split(","))
        assert list(finding["feature_ids"]) == list(expected) and finding["feature_ids"] == expected
        assert finding["feature_ids"].parsed and len(finding["feature_ids"]) == len(expected)
    assert RecordedIds("") == () and not RecordedIds(None) and RecordedIds("5")[0] == 5
    assert not RecordedIds(load=lambda: None) and RecordedIds(load=lambda: "4,2") == (4, 2)


def test_the_findings_of_a_run_are_found_by_index(run_algorithm, tmp_path):
    """A run's findings are looked up through an index on run_id (the geometry comes first in a row: without it,
    SQLite reads every marker of every run to find one run's findings); a store written before the index gains it
    on its next check run."""
    import sqlite3

    from cultural_district_plugin.services.check_runner import FINDINGS_OF_RUN

    store = tmp_path / "store.gpkg"
    run_algorithm("createstore", OUTPUT=str(store), MUNICIPALITIES=MUNICIPALITIES, REGION_CODES="19")
    run_algorithm("builddistrictfrommunicipalities", STORE=str(store), NAME="Val di Noto", CODES=",".join(VAL_DI_NOTO))

    def plan():
        with sqlite3.connect(store) as con:
            return " ".join(row[-1] for row in con.execute(f"EXPLAIN QUERY PLAN {FINDINGS_OF_RUN}", (1,)))

    assert "USING INDEX check_results_run_id_idx" in plan()
    with sqlite3.connect(store) as con:
        con.execute("DROP INDEX check_results_run_id_idx")  # as a store written by 0.x
    assert "USING INDEX" not in plan()
    run_id = run_algorithm("runchecks", STORE=str(store), OUTPUT="TEMPORARY_OUTPUT")["RUN_ID"]
    assert "USING INDEX check_results_run_id_idx" in plan()
    assert DistrictStore(store).select("SELECT count(*) FROM check_results WHERE run_id = ?", (run_id,))[0][0] > 0
