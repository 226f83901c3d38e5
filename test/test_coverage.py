"""Coverage on crafted geometries with hand-checked answers, and on the Val di Noto."""

import numpy as np
import pytest
import shapely
from conftest import HERITAGE, MUNICIPALITIES, VAL_DI_NOTO, layer_rows
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

from cultural_district_plugin.core import coverage
from cultural_district_plugin.core.coverage import _absorbed_by_cells, catchment, inside_and_near, weighted_quantiles
from cultural_district_plugin.services.district_store import DistrictStore

X0, Y0 = 500000.0, 4100000.0  # EPSG:7792 (RDN2008 / UTM 33N)


def memory(kind, fields, rows):
    """A memory layer in EPSG:7792: ``rows`` are (attributes, WKT)."""
    layer = QgsVectorLayer(f"{kind}?crs=EPSG:7792" + "".join(f"&field={f}" for f in fields), kind, "memory")
    features = []
    for attributes, wkt in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(attributes))
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def square(x, y, size):
    return f"Polygon(({x} {y}, {x + size} {y}, {x + size} {y + size}, {x} {y + size}, {x} {y}))"


@pytest.fixture
def crafted():
    """District A: a 10 km square with a 2 km hole in its middle; district B: a 4 km square 3 km east of A."""
    outer = shapely.box(X0, Y0, X0 + 10000, Y0 + 10000)
    hole = shapely.box(X0 + 4000, Y0 + 4000, X0 + 6000, Y0 + 6000)
    a = outer.difference(hole)
    b = shapely.box(X0 + 13000, Y0 + 3000, X0 + 17000, Y0 + 7000)
    districts = memory("MultiPolygon", ["name:string"], [(["A"], a.wkt), (["B"], b.wkt)])
    assets = memory(
        "Point",
        ["name:string"],
        [
            (["on A's border"], f"Point({X0 + 10000} {Y0 + 2000})"),
            (["inside A"], f"Point({X0 + 1000} {Y0 + 1000})"),
            (["in A's hole"], f"Point({X0 + 5000} {Y0 + 5200})"),  # 800 m from the hole's edge
            (["between A and B"], f"Point({X0 + 11500} {Y0 + 5000})"),  # 1.5 km from both
            (["inside B"], f"Point({X0 + 15000} {Y0 + 5000})"),
            (["far away"], f"Point({X0 + 40000} {Y0 + 40000})"),
        ],
    )
    # population: two 10 km halves of A's square, cutting it; 1,000 residents each, spread evenly
    population = memory(
        "Polygon",
        ["population:integer"],
        [
            (
                [1000],
                square(X0, Y0, 10000)
                .replace(f"{X0 + 10000} {Y0}", f"{X0 + 5000} {Y0}")
                .replace(f"{X0 + 10000} {Y0 + 10000}", f"{X0 + 5000} {Y0 + 10000}"),
            ),
            (
                [1000],
                f"Polygon(({X0 + 5000} {Y0}, {X0 + 10000} {Y0}, {X0 + 10000} {Y0 + 10000}, {X0 + 5000} "
                f"{Y0 + 10000}, {X0 + 5000} {Y0}))",
            ),
        ],
    )
    hubs = memory("Point", ["name:string"], [(["station outside every district"], f"Point({X0 - 1500} {Y0 + 1000})")])
    return districts, assets, population, hubs, a, b


def test_coverage_hand_checked(run_algorithm, crafted):
    districts, assets, population, hubs, a, b = crafted
    result = run_algorithm(
        "coverage",
        DISTRICTS=districts,
        NAME_FIELD="name",
        POINTS=assets,
        POPULATION=population,
        HUBS=hubs,
        HUB_DISTANCE=3000,
        NEAR_DISTANCE=2000,
        CATCHMENT_DISTANCE=1000,
        OUTPUT="TEMPORARY_OUTPUT",
        NEAR_MISSES="TEMPORARY_OUTPUT",
        UNCOVERED="TEMPORARY_OUTPUT",
        ASSET_HUB_DISTANCES="TEMPORARY_OUTPUT",
    )
    table = {r["district"]: r for r in layer_rows(result["OUTPUT"])}
    # inside: the border point counts; the point in the hole does not
    assert (table["A"]["assets_inside"], table["B"]["assets_inside"]) == (2, 1)
    assert table["A"]["assets_total"] == 6 and table["A"]["inside_share"] == pytest.approx(2 / 6)
    # near misses: the hole's point (800 m) for A; the point between A and B for both (1.5 km each)
    near = sorted((r["name"], r["district"], round(r["distance_m"], 6)) for r in layer_rows(result["NEAR_MISSES"]))
    assert near == [("between A and B", "A", 1500.0), ("between A and B", "B", 1500.0), ("in A's hole", "A", 800.0)]
    assert table["A"]["assets_near"] == 2 and table["B"]["assets_near"] == 1 and result["NEAR_MISS_COUNT"] == 3
    # catchment: A's two assets; the border point's disc is cut by A's edge (half of it outside A)
    border_disc = shapely.Point(X0 + 10000, Y0 + 2000).buffer(1000, quad_segs=64)
    inner_disc = shapely.Point(X0 + 1000, Y0 + 1000).buffer(1000, quad_segs=64)
    expected = (a.intersection(border_disc).area + a.intersection(inner_disc).area) / a.area
    assert table["A"]["catchment_share"] == pytest.approx(expected, rel=2e-3)
    uncovered = {r["district"]: shapely.from_wkb(bytes(r["geometry"].asWkb())) for r in layer_rows(result["UNCOVERED"])}
    assert uncovered["A"].area == pytest.approx(a.area * (1 - table["A"]["catchment_share"]), rel=1e-6)
    # residents: each half of A's square (hole included in the halves) holds 1,000 spread over 50 km²;
    # the hole (4 km², 2 in each half) takes 2 × 1000 × 2/50 residents out of A
    assert table["A"]["residents"] == pytest.approx(2000 - 2 * 1000 * 2 / 50)
    west_share = a.intersection(inner_disc).area / 50e6
    east_share = a.intersection(border_disc).area / 50e6
    assert table["A"]["residents_within"] == pytest.approx(1000 * (west_share + east_share), rel=2e-3)
    assert table["B"]["residents"] == 0  # no population unit reaches B
    # hubs: the station lies outside every district; only A's inner asset is within 3 km of it
    assert (table["A"]["assets_near_hub"], table["B"]["assets_near_hub"]) == (1, 0)
    assert table["A"]["hub_share"] == pytest.approx(0.5)
    distances = {r["name"]: r["hub_distance_m"] for r in layer_rows(result["ASSET_HUB_DISTANCES"])}
    assert distances["inside A"] == pytest.approx(2500.0) and distances["far away"] == pytest.approx(
        np.hypot(41500, 39000)
    )


def test_nearest_asset_distances_of_residents(run_algorithm, crafted):
    """Residents sit at the representative point of each population unit's part in the district; their
    distance to the nearest asset (any asset) is weighted by their number."""
    districts, assets, population, _, a, _ = crafted
    result = run_algorithm(
        "coverage",
        DISTRICTS=districts,
        NAME_FIELD="name",
        POINTS=assets,
        POPULATION=population,
        OUTPUT="TEMPORARY_OUTPUT",
    )
    row = {r["district"]: r for r in layer_rows(result["OUTPUT"])}["A"]
    halves = [shapely.box(X0, Y0, X0 + 5000, Y0 + 10000), shapely.box(X0 + 5000, Y0, X0 + 10000, Y0 + 10000)]
    asset_points = [
        shapely.Point(X0 + 10000, Y0 + 2000),
        shapely.Point(X0 + 1000, Y0 + 1000),
        shapely.Point(X0 + 5000, Y0 + 5200),
        shapely.Point(X0 + 11500, Y0 + 5000),
        shapely.Point(X0 + 15000, Y0 + 5000),
        shapely.Point(X0 + 40000, Y0 + 40000),
    ]
    places = [half.intersection(a).point_on_surface() for half in halves]
    nearest = [min(place.distance(p) for p in asset_points) for place in places]
    weights = [1000 * half.intersection(a).area / 50e6 for half in halves]
    assert row["nearest_asset_mean_m"] == pytest.approx(np.average(nearest, weights=weights))
    assert row["nearest_asset_median_m"] == pytest.approx(weighted_quantiles(np.array(nearest), np.array(weights))[0])


def test_weighted_quantiles_are_inclusive():
    values, weights = np.array([3.0, 1.0, 2.0]), np.array([1.0, 1.0, 2.0])
    assert weighted_quantiles(values, weights, (0.25, 0.5, 0.75, 1.0)) == [1.0, 2.0, 2.0, 3.0]


def test_protected_areas_and_art142_bands(run_algorithm, crafted):
    districts, assets, _, _, a, b = crafted
    park = memory("Polygon", ["name:string"], [(["park"], square(X0, Y0, 3000))])
    coast = memory(
        "LineString", ["name:string"], [(["coast"], f"LineString({X0 + 17000} {Y0}, {X0 + 17000} {Y0 + 10000})")]
    )
    result = run_algorithm(
        "coverage",
        DISTRICTS=districts,
        NAME_FIELD="name",
        POINTS=assets,
        PROTECTED=[park],
        COAST=coast,
        OUTPUT="TEMPORARY_OUTPUT",
    )
    table = {r["district"]: r for r in layer_rows(result["OUTPUT"])}
    assert table["A"]["protected_area_share"] == pytest.approx(9e6 / a.area)
    assert table["A"]["assets_in_protected"] == 1  # the asset at (1 km, 1 km)
    # B's eastern edge is the coast: the art. 142 a band covers its last 300 m (4 km × 300 m of 16 km²)
    assert table["B"]["protected_area_share"] == pytest.approx(4000 * 300 / 16e6, rel=1e-3)


def test_coverage_of_the_val_di_noto(run_algorithm, tmp_path, monkeypatch):
    """The multipart Val di Noto on the store: its 16 monuments inside, the 7 of the towns around it outside, 4
    of them within 2 km (distances as shapely measures them); residents from the municipalities equal the
    district's population (its members are whole municipalities)."""
    path = tmp_path / "s.gpkg"
    run_algorithm("createstore", OUTPUT=str(path), MUNICIPALITIES=MUNICIPALITIES, REGION_CODES="19")
    run_algorithm("builddistrictfrommunicipalities", STORE=str(path), NAME="Val di Noto", CODES=",".join(VAL_DI_NOTO))
    run_algorithm("attachheritage", STORE=str(path), INPUT=HERITAGE, OUTSIDE_AREA=1)
    result = run_algorithm(
        "coverage", STORE=str(path), OUTPUT="TEMPORARY_OUTPUT", NEAR_MISSES="TEMPORARY_OUTPUT", GRID_CELL=0
    )
    row = layer_rows(result["OUTPUT"])[0]
    assert (row["assets_inside"], row["assets_total"], row["assets_near"]) == (16, 23, 4)
    store = DistrictStore(path)
    assets, points = store.read_table("heritage_assets", ["name"])
    _, (district,) = store.read_table("districts", [])
    distances = shapely.distance(district, points)
    independent = sorted((n, round(d, 3)) for n, d in zip(assets["name"], distances) if 0 < d <= 2000)
    near = sorted((r["name"], round(r["distance_m"], 3)) for r in layer_rows(result["NEAR_MISSES"]))
    assert near == independent and [n for n, _ in near] == [
        "Chiesa Madre di San Michele Arcangelo (Grammichele)",
        "Chiesa Madre di Santa Maria La Nova (Chiaramonte Gulfi)",
        "Chiesa Madre di Santa Maria Maddalena (Buscemi)",
        "Torre Cabrera",
    ]
    assert row["residents"] == pytest.approx(527173, rel=1e-6)
    assert 0 < row["catchment_share"] < 0.05 and 0 < row["residents_share"] < row["catchment_share"] * 5
    with monkeypatch.context() as patched:  # the grid takes no union of buffers, for the residents either
        patched.setattr(coverage, "catchment", lambda *a: pytest.fail("exact catchment computed on the grid"))
        grid = layer_rows(
            run_algorithm("coverage", STORE=str(path), OUTPUT="TEMPORARY_OUTPUT", GRID_CELL=200)["OUTPUT"]
        )[0]
    assert grid["catchment_share"] == pytest.approx(row["catchment_share"], rel=0.05)  # the grid estimate is close
    assert grid["residents_within"] == pytest.approx(row["residents_within"], rel=0.05)
    assert grid["residents"] == row["residents"] and grid["nearest_asset_p90_m"] == row["nearest_asset_p90_m"]
    assert shapely.get_num_geometries(district) == 6


def test_suggested_sites_reach_the_uncovered_assets(run_algorithm, crafted):
    """Demand: the assets inside the districts (on A's border, inside A, inside B; the hole's and the
    between one are outside every district). The station reaches 'inside A' (2.5 km) within 3 km, so two
    remain: the candidate beside the border asset takes one, the one at B the other, the far one none."""
    districts, assets, _, hubs, _, _ = crafted
    candidates = memory(
        "Point",
        ["label:string"],
        [
            (["near the border asset"], f"Point({X0 + 9500} {Y0 + 2000})"),
            (["at B"], f"Point({X0 + 15000} {Y0 + 5200})"),
            (["nowhere"], f"Point({X0 + 30000} {Y0 + 30000})"),
        ],
    )
    result = run_algorithm(
        "suggestsites",
        DISTRICTS=districts,
        NAME_FIELD="name",
        POINTS=assets,
        HUBS=hubs,
        CANDIDATES=candidates,
        SERVICE_DISTANCE=3000,
        COUNT=3,
        OUTPUT="TEMPORARY_OUTPUT",
    )
    assert result["DEMAND_TOTAL"] == 3 and result["ALREADY_COVERED"] == 1
    assert result["COVERED_GAIN"] == 2 and result["COVERED_SHARE"] == 1.0 and result["METHOD_USED"] == "greedy"
    sites = layer_rows(result["OUTPUT"])
    assert [(s["rank"], s["district"], s["gain"]) for s in sites] == [(1, "A", 1.0), (2, "B", 1.0)]
    assert sites[0]["geometry"].asPoint().x() == pytest.approx(X0 + 9500)
    assert [s["share_cumulative"] for s in sites] == [0.5, 1.0]


def test_suggested_sites_on_a_grid_for_residents_with_the_exact_method(run_algorithm, crafted):
    """Residents of A (two halves of 1,000, the west one holding the hole's western half) at the
    representative points of each half's part in A: one site with a 6 km reach on a 1 km grid covers both
    when it lies within 6 km of both points; greedy and exact agree on 2 sites covering everything."""
    pytest.importorskip("pulp")
    districts, _, population, _, a, _ = crafted
    common = {
        "DISTRICTS": districts,
        "NAME_FIELD": "name",
        "DISTRICT": "a",  # names match ignoring case
        "DEMAND": 1,
        "POPULATION": population,
        "CANDIDATE_SPACING": 1000,
        "SERVICE_DISTANCE": 1000,
        "COUNT": 2,
        "OUTPUT": "TEMPORARY_OUTPUT",
    }
    greedy = run_algorithm("suggestsites", **common)
    exact = run_algorithm("suggestsites", METHOD=1, **common)
    residents_in_a = 2000 - 2 * 1000 * 2 / 50
    assert greedy["DEMAND_TOTAL"] == pytest.approx(residents_in_a) and exact["METHOD_USED"] == "exact"
    # each half's residents sit at one point: two sites reach them all, greedy and exact alike
    assert greedy["COVERED_GAIN"] == pytest.approx(residents_in_a) == exact["COVERED_GAIN"]
    for row in layer_rows(greedy["OUTPUT"]):
        assert a.covers(shapely.Point(row["geometry"].asPoint().x(), row["geometry"].asPoint().y()))


def test_suggested_sites_refuse_an_unknown_district(run_algorithm, crafted):
    from qgis.core import QgsProcessingException

    districts, assets, _, _, _, _ = crafted
    with pytest.raises(QgsProcessingException, match="No district named 'Z'"):
        run_algorithm("suggestsites", DISTRICTS=districts, NAME_FIELD="name", DISTRICT="Z", OUTPUT="TEMPORARY_OUTPUT")


def test_near_misses_equal_geos_distances_to_every_district():
    """The indexed near-miss search (boundary segments in an STRtree) finds the same pairs and distances as GEOS's
    distance from every point to every district: crinkled polygons, a hole, a multipolygon, shared borders."""
    rng = np.random.default_rng(7)
    angles = np.linspace(0, 2 * np.pi, 400, endpoint=False)

    def crinkled(cx, cy, radius):
        r = radius * (1 + 0.15 * np.sin(7 * angles) + 0.05 * rng.random(len(angles)))
        return shapely.Polygon(np.column_stack([cx + r * np.cos(angles), cy + r * np.sin(angles)]))

    holed = shapely.difference(crinkled(0, 0, 5000), crinkled(0, 0, 1500))
    pair = shapely.MultiPolygon([crinkled(12000, 0, 2500), crinkled(12000, 8000, 2000)])
    square = shapely.box(-9000, -9000, -4000, -4000)
    neighbour = shapely.box(-4000, -9000, 0, -4000)  # shares an edge with the square
    districts = np.array([holed, pair, square, neighbour], dtype=object)
    points = shapely.points(rng.uniform(-12000, 17000, (20000, 2)))
    points = np.append(points, [shapely.Point(-4000, -6000), shapely.Point(-3990, -6000)])  # on the shared edge
    inside, near = inside_and_near(points, districts, 2000.0)
    inside_set = {tuple(row) for row in inside.tolist()}
    given, near_given = inside_and_near(points, districts, 2000.0, inside[::-1])  # pairs the caller found
    assert near_given.equals(near) and np.array_equal(given, inside[::-1])
    expected = []
    for k, district in enumerate(districts):
        distance = shapely.distance(district, points)
        for i in np.flatnonzero(distance <= 2000.0):
            if (i, k) not in inside_set:
                expected.append((int(i), k, float(distance[i])))
    got = list(zip(near["point"].tolist(), near["district"].tolist(), near["distance_m"].tolist()))
    assert [(i, k) for i, k, _ in got] == sorted((i, k) for i, k, _ in expected)
    assert np.allclose([m for *_, m in got], [m for *_, m in sorted(expected)], rtol=0, atol=1e-9)
    edge, beside = len(points) - 2, len(points) - 1
    assert {(edge, 2), (edge, 3), (beside, 3)} <= inside_set  # the border belongs to both districts
    assert (beside, 2, pytest.approx(10.0)) in got and not any(i == edge and k in (2, 3) for i, k, _ in got)
    assert len(got) > 1000


def test_catchment_pruned_by_cells_is_the_union_of_every_buffer():
    """Buffers absorbed by surely covered cells are left out of the union: the catchment is still the same set as
    the union of every buffer (clusters, a sparse fringe with holes, a district cutting through them)."""
    rng = np.random.default_rng(11)
    centres = rng.uniform(0, 30000, (40, 2))
    coordinates = np.concatenate(
        [
            centres[rng.integers(0, len(centres), 20000)] + rng.normal(0, 900, (20000, 2)),
            rng.uniform(-5000, 35000, (400, 2)),  # sparse: holes between their buffers
        ]
    )
    points = shapely.points(coordinates)
    district = shapely.Polygon([(0, 0), (30000, 2000), (26000, 31000), (1000, 27000)])
    pruned = catchment(district, points, 1000.0)
    every = shapely.intersection(district, shapely.union_all(shapely.buffer(points, 1000.0, quad_segs=16)))
    assert shapely.symmetric_difference(pruned, every).area <= 1e-6 * every.area
    assert 0.3 < every.area / district.area < 1  # holes remain: not a trivially covered district
    needed, cells = _absorbed_by_cells(coordinates, 1000.0)
    assert needed.sum() < 0.2 * len(points) and len(cells)  # most buffers were absorbed by cells
    sparse = coordinates[-400:]
    assert _absorbed_by_cells(sparse, 1000.0)[0].all()  # too sparse to prune: every buffer enters the union


def test_no_catchment_asked_buffers_nothing(monkeypatch):
    """A catchment distance of 0 (only inside shares, near misses and hubs wanted): an empty catchment, a share
    and residents within of 0, the whole district beyond it, and not one buffer computed."""
    monkeypatch.setattr(coverage.shapely, "buffer", None)  # any buffer would now fail
    district = shapely.box(0, 0, 10_000, 10_000)
    points = shapely.points(np.random.default_rng(3).uniform(0, 10_000, (500, 2)))
    assert catchment(district, points, 0.0).is_empty
    units = np.array([shapely.box(0, 0, 10_000, 5_000), shapely.box(0, 5_000, 10_000, 10_000)], dtype=object)
    result = coverage.district_coverage(
        np.array([district], dtype=object),
        ["D"],
        points,
        coverage.CoverageSettings(near_distance=500.0, catchment_distance=0.0),
        units,
        np.array([100.0, 300.0]),
    )
    row = result["table"].iloc[0]
    assert (row["assets_inside"], row["catchment_share"], row["residents"], row["residents_within"]) == (
        500,
        0.0,
        400.0,
        0.0,
    )
    assert shapely.equals(result["uncovered"][0], district)


def test_districts_measured_side_by_side_give_the_one_by_one_figures(monkeypatch):
    """Coverage measures districts in worker threads (GEOS releases the GIL): the table, the uncovered parts and
    the residents are those of a one-thread run, in the districts' order, with protected areas (prepared once,
    used one district at a time)."""
    from cultural_district_plugin.core import coverage

    rng = np.random.default_rng(5)
    districts = np.array([shapely.box(x, 0, x + 9_000, 9_000) for x in range(0, 60_000, 10_000)], dtype=object)
    points = shapely.points(rng.uniform(0, 60_000, 3_000), rng.uniform(-1_000, 10_000, 3_000))
    units = np.array(
        [shapely.box(x, y, x + 3_000, y + 3_000) for x in range(0, 60_000, 3_000) for y in (0, 3_000, 6_000)]
    )
    population = rng.integers(100, 5_000, len(units)).astype(float)
    protected = shapely.Point(30_000, 4_000).buffer(6_000)
    settings = coverage.CoverageSettings(near_distance=2_000, catchment_distance=800, hub_distance=1_000)
    hubs = shapely.points([[5_000, 5_000], [45_000, 2_000]])
    names = [f"D{i}" for i in range(len(districts))]

    def run():
        return coverage.district_coverage(districts, names, points, settings, units, population, hubs, protected)

    side_by_side = run()
    from cultural_district_plugin.core import worker_threads

    monkeypatch.setattr(worker_threads, "MAX_WORKERS", 1)
    one_by_one = run()
    assert side_by_side["table"]["district"].tolist() == names
    assert side_by_side["table"].equals(one_by_one["table"])
    assert all(shapely.equals_exact(a, b, 0) for a, b in zip(side_by_side["uncovered"], one_by_one["uncovered"]))
    assert (side_by_side["table"]["residents"] > 0).all() and side_by_side["table"]["protected_area_share"].max() > 0


def test_hub_distances_measured_only_up_to_the_hub_distance_give_the_same_table():
    """Without the per-asset output only the distances up to the hub distance are measured: the same table, the
    same distances where within it (inclusive: an asset exactly at the hub distance counts), infinite beyond."""
    from cultural_district_plugin.core import coverage

    rng = np.random.default_rng(12)
    districts = np.array([shapely.box(0, 0, 9_000, 9_000), shapely.box(10_000, 0, 19_000, 9_000)], dtype=object)
    coordinates = np.vstack([rng.uniform(0, 19_000, (2_000, 2)), [[3_000.0, 5_000.0]]])  # the last: 1,000 m
    points = shapely.points(coordinates)
    hubs = shapely.points([[2_000.0, 5_000.0], [15_000.0, 1_000.0]])
    settings = coverage.CoverageSettings(near_distance=500, catchment_distance=0, hub_distance=1_000)
    full = coverage.district_coverage(districts, ["A", "B"], points, settings, hubs=hubs)
    bounded = coverage.district_coverage(districts, ["A", "B"], points, settings, hubs=hubs, all_hub_distances=False)
    assert full["table"].equals(bounded["table"])
    within = full["hub_distances"] <= 1_000
    assert within[-1] and full["hub_distances"][-1] == 1_000.0 and 20 < within.sum() < 2_000
    assert np.array_equal(bounded["hub_distances"][within], full["hub_distances"][within])
    assert np.isinf(bounded["hub_distances"][~within]).all()
    assert full["table"]["assets_near_hub"].sum() == within.sum()
