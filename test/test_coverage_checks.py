"""The coverage checks of the framework on crafted data, with hand-computed answers (#11)."""

import numpy as np
import pandas as pd
import pytest
import shapely
from shapely.geometry import MultiPolygon, Point, Polygon, box

from cultural_district_plugin.core import coverage_check_rules
from cultural_district_plugin.core.check_framework import Severity
from cultural_district_plugin.core.district_checks import DISTRICT_CHECKS, DistrictCheckData

X0, Y0 = 500000.0, 4100000.0
SQUARE = box(X0, Y0, X0 + 10000, Y0 + 10000)


def data(geometries, **kw):
    return DistrictCheckData(
        np.arange(1, len(geometries) + 1),
        [f"D{i}" for i in range(1, len(geometries) + 1)],
        np.array(geometries, dtype=object),
        **kw,
    )


def assets(*xy, names=None):
    points = np.array([Point(X0 + x, Y0 + y) for x, y in xy], dtype=object)
    return {
        "asset_points": points,
        "asset_ids": np.arange(101, 101 + len(xy)),
        "asset_names": names or [f"A{i}" for i in range(len(xy))],
    }


def run(check_id, district_data, **overrides):
    return DISTRICT_CHECKS.run(district_data, [check_id], overrides)


def test_near_misses_name_the_assets_just_outside_nearest_first():
    holed = Polygon(SQUARE.exterior.coords, [box(X0 + 4000, Y0 + 4000, X0 + 6000, Y0 + 6000).exterior.coords])
    found = run(
        "near_misses",
        data(
            [holed],
            **assets((10000, 5000), (11500, 5000), (5000, 5000), (13000, 5000), (-300, -400), names=list("BNHFC")),
        ),
    )
    (finding,) = found
    # on the border: inside; 1.5 km east: near; in the hole: 1 km from its edge; 3 km: too far; corner: 500 m
    assert finding.feature_table == "heritage_assets" and finding.value == 3
    assert finding.feature_ids == (105, 103, 102)  # nearest first: corner 500 m, hole 1000 m, east 1500 m
    assert finding.message.endswith("C (500 m), H (1000 m), N (1500 m)")
    assert finding.geometry.area == pytest.approx(3 * 3 * 100**2)  # the markers: three 12-sided discs (3 r² each)
    assert run("near_misses", data([holed], **assets((11500, 5000))), near_distance_m=1000) == []


def test_catchment_coverage_shows_the_land_beyond_reach():
    found = run("catchment_coverage", data([SQUARE], **assets((5000, 5000))))
    (finding,) = found
    assert finding.value == pytest.approx(np.pi * 1000**2 / 1e8, rel=2e-3) and finding.threshold == 0.05
    assert finding.geometry.area == pytest.approx(1e8 - np.pi * 1e6, rel=1e-4)
    assert "3%" in finding.message
    # four assets at the quarter centres with 3 km catchments cover most of the square: no finding
    quarters = assets((2500, 2500), (7500, 2500), (2500, 7500), (7500, 7500))
    assert run("catchment_coverage", data([SQUARE], **quarters), catchment_distance_m=3000) == []
    # no asset inside: nothing covered
    (empty,) = run("catchment_coverage", data([SQUARE], **assets((20000, 20000))))
    assert empty.value == 0 and empty.geometry.area == pytest.approx(1e8)


def test_residents_coverage_spreads_each_municipality_over_its_area():
    west, east = box(X0, Y0, X0 + 5000, Y0 + 10000), box(X0 + 5000, Y0, X0 + 10000, Y0 + 10000)
    units = {
        "unit_geometries": np.array([west, east], dtype=object),
        "unit_population": np.array([50000.0, 10000.0]),
        "unit_keys": np.array(["000001", "000002"], dtype=object),
    }
    (finding,) = run("residents_coverage", data([SQUARE], **assets((2500, 5000)), **units))
    disc = np.pi * 1000**2
    assert finding.severity is Severity.INFO
    assert finding.value == pytest.approx(50000 * disc / 50e6 / 60000, rel=2e-3)
    # a district over the west half only: its residents are the west's
    (half,) = run("residents_coverage", data([west], **assets((2500, 5000)), **units))
    assert half.value == pytest.approx(disc / 50e6, rel=2e-3) and half.arguments["residents"] == pytest.approx(50000)
    assert run("residents_coverage", data([SQUARE], **assets((2500, 5000)), **units), min_residents_share=0.01) == []


def _grid_units():
    cells = [box(X0 + i * 1000, Y0, X0 + (i + 1) * 1000, Y0 + 1000) for i in range(4)]
    return {
        "unit_geometries": np.array(cells, dtype=object),
        "unit_keys": np.array(["000001", "000002", "000003", "000004"], dtype=object),
        "unit_ids": np.array([11, 12, 13, 14]),
        "unit_names": ["Uno", "Due", "Tre", "Quattro"],
    }


def test_members_boundary_reports_gaps_slivers_and_cut_municipalities():
    units = _grid_units()
    built = box(X0, Y0, X0 + 2000, Y0 + 1000)  # members 1 and 2, exactly
    short = box(X0, Y0, X0 + 1500, Y0 + 1000)  # members 1 and 2, but half of 2 left out
    wide = box(X0, Y0, X0 + 2000, Y0 + 1100)  # members 1 and 2 plus a 200,000 m² strip of sea
    drawn = box(X0 + 500, Y0, X0 + 2750, Y0 + 1000)  # no members: cuts 1 (50 %) and 3 (75 %), holds 2
    members = [frozenset({"000001", "000002"})] * 3 + [frozenset()]
    found = run("members_boundary", data([built, short, wide, drawn], member_keys=members, **units))
    by_district = {}
    for finding in found:
        by_district.setdefault(finding.district_id, []).append(finding)
    assert 1 not in by_district  # built from its members: nothing to report
    (gap,) = by_district[2]
    assert gap.value == pytest.approx(500000) and gap.geometry.equals(box(X0 + 1500, Y0, X0 + 2000, Y0 + 1000))
    assert "outside the boundary" in gap.message
    (sliver,) = by_district[3]
    assert sliver.value == pytest.approx(200000) and "outside its member municipalities" in sliver.message
    (cut,) = by_district[4]
    assert cut.severity is Severity.INFO and cut.feature_table == "municipalities"
    assert cut.feature_ids == (13, 11) and cut.message.endswith("Tre (75%), Uno (50%)")
    # a sliver under the tolerance is noise
    assert run("members_boundary", data([wide], member_keys=members[:1], **units), max_gap_m2=250000) == []
    unknown = run("members_boundary", data([built], member_keys=[frozenset({"000001", "999999"})], **units))
    assert any("999999" in f.message for f in unknown)


def test_completeness_points_at_the_records():
    records = {
        "districts": pd.DataFrame(
            {"fid": [1, 2], "name": ["D1", "D2"], "district_type": ["museum", None], "legal_act": ["DGR 1", " "]}
        ),
        "heritage_assets": pd.DataFrame(
            {
                "fid": [7, 8, 9],
                "name": ["Duomo", "Teatro", "Museo"],
                "category": ["Edificio di culto", None, ""],
                "owner_type": ["religious", "municipality", "state"],
                "protection": ["art. 10", "art. 10", "art. 10"],
            }
        ),
        "stakeholders": pd.DataFrame(
            {
                "fid": [3],
                "name": ["Fondazione"],
                "stakeholder_type": ["banking_foundation"],
                "role": [None],
                "pro_com_t": ["001272"],
            }
        ),
    }
    found = run("completeness", data([SQUARE, SQUARE], records=records))
    summary = sorted((f.feature_table, f.feature_ids, f.arguments["field"]) for f in found)
    assert summary == [
        ("districts", (2,), "district_type"),
        ("districts", (2,), "legal_act"),
        ("heritage_assets", (8, 9), "category"),
        ("stakeholders", (3,), "role"),
    ]
    assert {f.district_id for f in found if f.feature_table == "districts"} == {2}
    assets_finding = next(f for f in found if f.feature_table == "heritage_assets")
    assert assets_finding.message == "2 heritage assets have no category: Teatro, Museo"


def test_checks_without_the_data_they_need_say_nothing():
    plain = data([MultiPolygon([SQUARE])])
    for check_id in ("near_misses", "catchment_coverage", "residents_coverage", "members_boundary", "completeness"):
        assert run(check_id, plain) == []
    assert shapely.is_valid(SQUARE)


def test_a_check_run_finds_the_assets_of_each_district_once_and_as_each_district_would(monkeypatch):
    """The checks share one pass over the assets (#18): the same assets as testing each district on its own
    (border included, a district without geometry left out, missing points never inside), computed once per run."""
    from cultural_district_plugin.core import check_run_cache
    from cultural_district_plugin.core.asset_location import covered_mask

    calls = []
    real = check_run_cache.point_polygon_pairs
    monkeypatch.setattr(check_run_cache, "point_polygon_pairs", lambda *a: calls.append(1) or real(*a))
    east = box(X0 + 10000, Y0, X0 + 20000, Y0 + 10000)
    bowtie = Polygon([(X0, Y0 + 20000), (X0 + 4000, Y0 + 24000), (X0 + 4000, Y0 + 20000), (X0, Y0 + 24000)])
    found = assets((10000, 5000), (5000, 5000), (15000, 100), (1000, 22000), (3000, 22000), (-50, 0))
    points = found["asset_points"].copy()
    points[1] = None  # an asset without a point
    run_data = data([SQUARE, None, east, bowtie], **{**found, "asset_points": points})
    inside = check_run_cache.assets_inside(run_data)
    assert sorted(inside) == [0, 2, 3]
    assert inside[0].tolist() == [0] and inside[2].tolist() == [0, 2]  # the shared border in both
    repaired = check_run_cache.repaired_districts(run_data)
    for i, held in inside.items():
        located = np.flatnonzero(~shapely.is_missing(points))
        assert held.tolist() == located[covered_mask(repaired[i], points[located])].tolist()
    assert inside[3].tolist() == [3, 4]  # the bow-tie repaired: both triangles
    DISTRICT_CHECKS.run(run_data, DISTRICT_CHECKS.ids(), {})
    assert calls == [1]  # one pass for the whole run, every check included
    other_run = check_run_cache.assets_inside(data([east], **found))  # another run: its own answer, not this one's
    assert {i: held.tolist() for i, held in other_run.items()} == {0: [0, 2]}


def test_near_miss_markers_are_the_union_of_discs_around_them():
    far_apart = [(10100 + 300 * k, 5000) for k in range(3)] + [(-150, 5000), (-150, 5100)]  # overlapping discs too
    (finding,) = run("near_misses", data([SQUARE], **assets(*far_apart)))
    discs = shapely.union_all(
        shapely.buffer(
            [Point(X0 + x, Y0 + y) for x, y in far_apart], 100, quad_segs=coverage_check_rules.MARKER_SEGMENTS
        )
    )
    assert shapely.get_num_coordinates(finding.geometry) <= 13 * len(far_apart)  # 12-sided: light to store
    assert finding.geometry.symmetric_difference(discs).area < 1e-6 * discs.area
