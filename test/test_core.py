"""The analysis core, pure Python: ISTAT codes, CRS choice, geometry, asset location, summaries."""

import numpy as np
import pandas as pd
import pytest
from shapely.geometry import MultiPolygon, Point, Polygon, box

from cultural_district_plugin.core import istat_codes, store_crs
from cultural_district_plugin.core.asset_location import assign_to_units, covered_mask
from cultural_district_plugin.core.district_geometry import dissolve, hole_count, part_count, repaired
from cultural_district_plugin.core.district_summary import summarise_district
from cultural_district_plugin.core.istat_fields import FieldRecognitionError, recognise_fields


@pytest.mark.parametrize(
    "value, expected",
    [(1272, "001272"), ("1272", "001272"), (" 087011 ", "087011"), (87025.0, "087025"), ("001001", "001001")],
)
def test_istat_codes_keep_six_characters(value, expected):
    assert istat_codes.normalise_pro_com_t(value) == expected


@pytest.mark.parametrize("value", ["", "abc", "1234567", 0, 12.5, None, True, "08-7011"])
def test_bad_istat_codes_are_refused(value):
    with pytest.raises(istat_codes.InvalidIstatCodeError):
        istat_codes.normalise_pro_com_t(value)


def test_pasted_code_lists_are_split_deduplicated_and_padded():
    text = "087011, 87015;087025\n088006 087011"
    assert istat_codes.parse_code_list(text) == ["087011", "087015", "087025", "088006"]


def test_region_codes():
    assert istat_codes.parse_region_codes(" 1, 19 ") == [1, 19]
    assert istat_codes.parse_region_codes("") == []
    with pytest.raises(istat_codes.InvalidIstatCodeError):
        istat_codes.parse_region_codes("21")


@pytest.mark.parametrize(
    "west, east, epsg",
    [
        (11.93, 15.65, 7792),  # Sicily incl. Pantelleria and the Egadi islands, just west of 12°E
        (6.63, 9.21, 7791),  # Piedmont
        (14.93, 18.52, 7792),  # Puglia (Salento reaches 18.5°E)
        (11.45, 14.03, 7792),  # Lazio
        (6.63, 18.52, 7794),  # all of Italy spans zones
        (18.2, 19.0, 7793),
    ],
)
def test_store_crs_follows_the_utm_zone_or_italy_zone(west, east, epsg):
    assert store_crs.store_epsg_for_longitudes(west, east) == epsg


def test_dissolve_parts_and_holes():
    left, right, far = box(0, 0, 10, 10), box(10, 0, 20, 10), box(100, 0, 110, 10)
    merged = dissolve([left, right])
    assert isinstance(merged, MultiPolygon) and part_count(merged) == 1 and merged.area == pytest.approx(200)
    assert part_count(dissolve([left, right, far])) == 2
    ring = Polygon(box(0, 0, 30, 30).exterior.coords, [box(10, 10, 20, 20).exterior.coords])
    assert hole_count(dissolve([ring])) == 1
    assert part_count(dissolve([])) == 0


def test_a_large_dissolve_by_strips_is_the_union_of_everything(monkeypatch):
    """3,000 jittered cells with holes between some (more than STRIPS_FROM): unioned in strips side by side, the
    same set as one union (parts and holes too)."""
    import shapely

    from cultural_district_plugin.core import district_geometry

    rng = np.random.default_rng(5)
    x, y = np.meshgrid(np.arange(60.0), np.arange(50.0))
    x, y = x.ravel() + rng.uniform(-0.05, 0.05, x.size), y.ravel() + rng.uniform(-0.05, 0.05, y.size)
    size = rng.choice([1.0, 1.1, 0.8], x.size)
    cells = shapely.box(x, y, x + size, y + size)
    strips = []
    monkeypatch.setattr(
        district_geometry, "map_in_threads", lambda f, items: strips.append(len(items)) or [f(i) for i in items]
    )
    dissolved = dissolve(cells)
    whole = shapely.union_all(cells)
    assert strips == [district_geometry.STRIPS]
    assert shapely.symmetric_difference(dissolved, whole).area < 1e-9 * whole.area
    assert (part_count(dissolved), hole_count(dissolved)) == (part_count(whole), hole_count(whole))


def test_invalid_members_are_repaired_before_dissolving():
    bow_tie = Polygon([(0, 0), (10, 10), (10, 0), (0, 10), (0, 0)])
    assert not bow_tie.is_valid
    fixed = repaired(np.array([bow_tie], dtype=object))[0]
    assert fixed.is_valid and fixed.area == pytest.approx(50)
    assert dissolve([bow_tie]).area == pytest.approx(50)


def test_a_point_on_a_shared_border_goes_to_the_lowest_code():
    units = [box(10, 0, 20, 10), box(0, 0, 10, 10)]
    codes = ["087015", "087011"]  # the lower code is the second unit
    points = [Point(10, 5), Point(15, 5), Point(5, 5), Point(50, 50), Point(10, 10)]
    assert assign_to_units(points, units, codes).tolist() == ["087011", "087015", "087011", None, "087011"]


def test_many_points_are_located_on_the_cores_as_one_thread_would(monkeypatch):
    """Above PARALLEL_FROM points the tree queries and the tests are shared among threads: the same pairs in the same
    order as one thread gives (borders, shared corners, overlapping polygons, points outside, missing points)."""
    import shapely

    from cultural_district_plugin.core import asset_location

    rng = np.random.default_rng(3)
    grid = [box(x, y, x + 10, y + 10) for x in range(0, 100, 10) for y in range(0, 100, 10)]
    polygons = np.array([*grid, box(5, 5, 55, 55), Polygon([(0, 0), (100, 0), (0, 100)])], dtype=object)
    xy = np.vstack([rng.uniform(-5, 105, (4000, 2)), rng.integers(0, 11, (1000, 2)) * 10.0])  # corners, borders
    points = shapely.points(xy)
    points[::997] = None
    serial = asset_location.point_polygon_pairs(points, polygons)
    monkeypatch.setattr(asset_location, "PARALLEL_FROM", 100)
    monkeypatch.setattr(asset_location, "thread_count", lambda items: 3)  # three runs even on one core
    shared = asset_location.point_polygon_pairs(points, polygons)
    assert len(serial[0]) > len(xy) and all((a == b).all() for a, b in zip(serial, shared))
    expected = np.argwhere(shapely.intersects(points[:, None], polygons[None, :]))  # every pair tested, unindexed
    assert set(zip(*(a.tolist() for a in shared))) == set(map(tuple, expected.tolist()))


def test_border_counts_as_inside_a_district():
    area = box(0, 0, 10, 10)
    mask = covered_mask(area, np.array([Point(10, 5), Point(5, 5), Point(11, 5)], dtype=object))
    assert mask.tolist() == [True, True, False]


def test_summary_counts_members_population_assets_and_inventory():
    geometry = dissolve([box(0, 0, 1000, 1000), box(3000, 0, 4000, 1000)])
    municipalities = pd.DataFrame({"population": [100.0, float("nan")]}, index=["000001", "000002"])
    points = np.array([Point(500, 500), Point(1000, 500), Point(2000, 500), Point(3500, 500)], dtype=object)
    assets = pd.DataFrame(
        {
            "category": ["Edificio di culto", "Centro per la cultura", "Edificio di culto", "Edificio di culto"],
            "protection": ["vincolo", "  ", None, "vincolo"],
            "unesco_component": ["1024rev", "", None, None],
            "visitors": [1000.0, 500.0, 99.0, float("nan")],
            "visitors_year": [2019.0, 2022.0, 2022.0, None],
        }
    )
    summary = summarise_district(7, "D", geometry, ["000001", "000002"], municipalities, assets, points)
    assert (summary.members, summary.population, summary.members_without_population) == (2, 100, 1)
    assert (summary.parts, summary.holes, summary.assets_inside) == (2, 0, 3)  # the border point counts
    assert summary.area_km2 == pytest.approx(2.0)
    assert summary.categories == "Edificio di culto 2; Centro per la cultura 1"
    assert (summary.protected, summary.unesco, summary.visitors) == (2, 1, 1500)
    assert (summary.visitors_years, summary.mixed_visitor_years) == ("2019-2022", 1)
    assert summary.assets_per_km2 == pytest.approx(1.5) and summary.assets_per_10k_residents == pytest.approx(300)
    empty = summarise_district(8, "E", geometry, [], municipalities, assets.iloc[:0], points[:0])
    assert (empty.assets_inside, empty.categories, empty.visitors_years) == (0, "", "")


def test_istat_field_names_are_recognised_case_insensitively():
    roles = recognise_fields(["PRO_COM_T", "COMUNE", "COD_PROV", "COD_REG", "DEN_UTS", "POP_TOT"])
    assert roles == {
        "pro_com_t": "PRO_COM_T",
        "name": "COMUNE",
        "province_code": "COD_PROV",
        "province": "DEN_UTS",
        "region_code": "COD_REG",
        "population": "POP_TOT",
    }
    assert recognise_fields(["PRO_COM", "nome"])["pro_com_t"] == "PRO_COM"
    with pytest.raises(FieldRecognitionError, match="pro_com_t"):
        recognise_fields(["COMUNE"])


def test_core_never_imports_qgis():
    import ast
    from pathlib import Path

    import cultural_district_plugin.core as core

    for path in Path(core.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert not any(name.split(".")[0] in ("qgis", "PyQt5", "osgeo") for name in imported), path.name
