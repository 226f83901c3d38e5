"""The concentration statistics of the core against reference implementations, on shared inputs
(test/data/references, computed by `make refs`: PySAL esda/libpysal, R spatstat, EconGeo's definitions)."""

import csv
import json

import numpy as np
import pandas as pd
import pytest
import shapely
from conftest import ROOT

from cultural_district_plugin.core import autocorrelation, location_quotients, point_pattern, spatial_weights
from cultural_district_plugin.core.input_error import InputError

REFERENCES = ROOT / "test" / "data" / "references"


@pytest.fixture(scope="module")
def columbus():
    collection = json.loads((REFERENCES / "columbus.geojson").read_text())
    geometries = np.array([shapely.from_geojson(json.dumps(f["geometry"])) for f in collection["features"]])
    crime = np.array([f["properties"]["CRIME"] for f in collection["features"]])
    reference = json.loads((REFERENCES / "columbus_autocorrelation.json").read_text())
    return geometries, crime, reference


def built(kind, geometries):
    if kind == "queen":
        return spatial_weights.build_weights("queen", geometries)
    if kind == "rook":
        return spatial_weights.build_weights("rook", geometries)
    if kind == "distance_band_1.5":
        return spatial_weights.build_weights("distance_band", geometries, distance=1.5)
    return spatial_weights.build_weights("knn", geometries, k=4)


@pytest.mark.parametrize("kind", ["queen", "rook", "distance_band_1.5", "knn_4"])
def test_weights_equal_libpysal(columbus, kind):
    geometries, _, reference = columbus
    weights = built(kind, geometries)
    expected = reference["weights"][kind]["neighbours"]
    mine = [sorted(weights.matrix[i].indices.tolist()) for i in range(weights.n)]
    assert mine == expected


@pytest.mark.parametrize("kind", ["queen", "rook", "distance_band_1.5", "knn_4"])
def test_gi_star_and_moran_equal_esda(columbus, kind):
    geometries, crime, reference = columbus
    ref = reference["weights"][kind]
    weights = spatial_weights.from_neighbour_lists(ref["neighbours"])
    statistic, z = autocorrelation.gi_star(crime, weights)
    np.testing.assert_allclose(statistic, ref["gi_star"], rtol=0, atol=1e-12)
    np.testing.assert_allclose(z, ref["gi_star_z"], rtol=0, atol=1e-9)
    moran = autocorrelation.global_moran(crime, weights)
    assert moran.i == pytest.approx(ref["moran_i"], abs=1e-12)
    assert moran.expected == pytest.approx(ref["moran_ei"], abs=1e-15)
    assert moran.variance == pytest.approx(ref["moran_vi_norm"], abs=1e-12)
    assert moran.z == pytest.approx(ref["moran_z_norm"], abs=1e-9)
    assert moran.p == pytest.approx(ref["moran_p_norm_two_sided"], abs=1e-12)
    local_i, local_z, quadrant = autocorrelation.local_moran(crime, weights)
    np.testing.assert_allclose(local_i, ref["local_i"], rtol=0, atol=1e-12)
    np.testing.assert_allclose(local_z, ref["local_z_conditional"], rtol=0, atol=1e-9)
    assert (quadrant + 1).tolist() == ref["quadrant"]


def test_gi_star_is_the_arcgis_z_score(columbus):
    """The Getis–Ord (1995) / ArcGIS formula, written out independently, gives the same z."""
    geometries, x, _ = columbus
    weights = spatial_weights.build_weights("queen", geometries)
    w = weights.with_self().toarray()
    n, mean, s = len(x), x.mean(), x.std()
    arcgis = (w @ x - mean * w.sum(axis=1)) / (s * np.sqrt((n * (w**2).sum(axis=1) - w.sum(axis=1) ** 2) / (n - 1)))
    np.testing.assert_allclose(autocorrelation.gi_star(x, weights)[1], arcgis, atol=1e-9)


def test_local_statistics_classes_islands_and_permutations(columbus):
    geometries, crime, _ = columbus
    weights = spatial_weights.build_weights("distance_band", geometries, distance=0.6)
    islands = weights.islands
    assert len(islands) > 0  # a short band leaves some units alone
    stats = autocorrelation.local_statistics(crime, weights, permutations=199, seed=1)
    assert np.isnan(stats.gi_star_z[islands]).all() and (stats.quadrant[islands] == "").all()
    assert (stats.hotspot[islands] == 0).all()
    z = stats.gi_star_z
    assert ((stats.hotspot == 3) == (z >= 2.5758293035489)).all()
    assert ((stats.hotspot == -2) == ((z <= -1.959963984540054) & (z > -2.5758293035489))).all()
    np.testing.assert_allclose(
        stats.gi_star_p[~np.isnan(z)], 2 * (1 - __import__("scipy").stats.norm.cdf(np.abs(z[~np.isnan(z)]))), atol=1e-12
    )
    again = autocorrelation.local_statistics(crime, weights, permutations=199, seed=1)
    np.testing.assert_array_equal(stats.gi_star_p_sim, again.gi_star_p_sim)  # seeded: reproducible
    valid = ~np.isnan(stats.gi_star_p_sim)
    assert ((stats.gi_star_p_sim[valid] >= 1 / 200) & (stats.gi_star_p_sim[valid] <= 0.5 + 1e-9)).all()
    # strong hot spots by the normal approximation are rare under permutation too
    strong = valid & (np.abs(z) > 3)
    assert (stats.gi_star_p_sim[strong] < 0.05).all()


def test_constant_values_and_too_few_units_are_clear_messages(columbus):
    geometries, _, _ = columbus
    weights = spatial_weights.build_weights("queen", geometries)
    with pytest.raises(autocorrelation.ConstantValuesError, match="every unit has the same value"):
        autocorrelation.local_statistics(np.full(len(geometries), 4.0), weights)
    with pytest.raises(InputError, match="no value"):
        autocorrelation.global_moran(np.array([1.0, np.nan] + [2.0] * 47), weights)
    with pytest.raises(InputError, match="greater than 0 m"):
        spatial_weights.build_weights("distance_band", geometries, distance=0)
    with pytest.raises(InputError, match="1 ≤ k"):
        spatial_weights.build_weights("knn", geometries, k=49)


@pytest.fixture(scope="module")
def pattern():
    data = json.loads((REFERENCES / "point_pattern_input.json").read_text())
    with open(REFERENCES / "spatstat_point_pattern.csv") as handle:
        spatstat = {row["name"]: float(row["value"]) for row in csv.DictReader(handle) if row["value"] != "NA"}
    return shapely.Polygon(data["window"]), np.array(data["points"]), data, spatstat


def test_clark_evans_equals_spatstat(pattern):
    window, points, data, spatstat = pattern
    naive = point_pattern.clark_evans(window, points)
    assert naive.n == spatstat["n"] and naive.area_m2 == pytest.approx(spatstat["area"], rel=1e-12)
    assert naive.mean_nn_m == pytest.approx(spatstat["mean_nn"], abs=1e-9)
    assert naive.r == pytest.approx(spatstat["R_none"], abs=1e-12)
    assert naive.p == pytest.approx(spatstat["p_none"], abs=1e-12)
    assert naive.z == pytest.approx(spatstat["Z_none_from_p"], abs=1e-9)
    guarded = point_pattern.clark_evans_guard(window, points, data["guard"])
    assert guarded.n == spatstat["n_guard"]
    assert guarded.r == pytest.approx(spatstat["R_guard"], abs=1e-12)


def test_ripley_k_equals_spatstat(pattern):
    window, points, data, spatstat = pattern
    rows = point_pattern.ripley(window, points, data["distances"])
    for row in rows:
        r = int(row.r)
        assert row.k_uncorrected == pytest.approx(spatstat[f"K_un_{r}"], rel=1e-12), r
        assert row.k == pytest.approx(spatstat[f"K_border_{r}"], rel=1e-12), r
        assert row.l == pytest.approx(np.sqrt(row.k / np.pi)) and row.l_minus_r == pytest.approx(row.l - row.r)


def test_ripley_counts_pairs_by_groups_on_both_cores(pattern, monkeypatch):
    """Ripley's pairs are counted by scipy's dual-tree traversal (groups of points within r at once), never point
    by point (which walks every neighbour: seconds for a province's clustered assets), and side by side on the
    cores; the figures stay spatstat's (test above)."""
    calls = []

    class CountingTree(point_pattern.cKDTree):
        def count_neighbors(self, other, r, **options):
            calls.append((np.ndim(r), "weights" in options))
            return super().count_neighbors(other, r, **options)

        def query_ball_point(self, *args, **options):
            raise AssertionError("pairs counted point by point")

    monkeypatch.setattr(point_pattern, "cKDTree", CountingTree)
    monkeypatch.setattr(point_pattern, "thread_count", lambda items: min(items, 2))
    window, points, data, _ = pattern
    point_pattern.ripley(window, points, data["distances"])
    # every distance at once for all points (one call per core), one call per distance for the border correction
    assert sorted(calls) == [(0, True)] * len(data["distances"]) + [(1, False)] * 2


def test_distance_to_the_boundary_is_shapelys():
    """The distance of points inside, outside, in a hole and on the edge of a two-part window with a hole, to its
    boundary, through the tree of its segments: equal to GEOS's distance to the whole boundary."""
    from cultural_district_plugin.core.district_geometry import distance_to_boundary

    outer = shapely.Polygon(
        [(0, 0), (1000, 0), (1000, 800), (0, 800)], [[(300, 300), (600, 300), (600, 500), (300, 500)]]
    )
    window = shapely.MultiPolygon([outer, shapely.box(2000, 0, 2500, 300)])
    coordinates = np.vstack(
        [np.random.default_rng(4).uniform(-200, 2700, (2000, 2)), [[0, 0], [450, 400], [2250, 150], [1000, 400]]]
    )
    expected = shapely.distance(shapely.boundary(window), shapely.points(coordinates))
    assert np.allclose(distance_to_boundary(window, coordinates), expected, rtol=0, atol=1e-9)


def test_point_pattern_edge_cases():
    square = shapely.box(0, 0, 1000, 1000)
    with pytest.raises(InputError, match="at least 2"):
        point_pattern.clark_evans(square, np.array([[10.0, 10.0]]))
    with pytest.raises(InputError, match="at least 2"):
        point_pattern.clark_evans(square, np.array([[5000.0, 10.0], [6000.0, 10.0]]))  # outside the window
    # a regular grid is regular (R > 1), points on the window's edge count as inside
    grid = np.array([(x, y) for x in np.arange(0, 1001, 100.0) for y in np.arange(0, 1001, 100.0)])
    result = point_pattern.clark_evans(square, grid)
    assert result.n == 121 and result.r > 1.5 and result.z > 0


@pytest.fixture(scope="module")
def econgeo():
    return json.loads((REFERENCES / "location_quotients.json").read_text())


def test_location_quotients_and_specialisation_equal_econgeo(econgeo):
    matrix = np.array(econgeo["matrix"])
    areas = pd.DataFrame(matrix, index=[f"r{i}" for i in range(len(matrix))], columns=list("abcde"))
    reference = areas.sum(axis=0)
    table = location_quotients.location_quotients(areas, reference)
    lq = table.pivot(index="area", columns="category", values="lq").loc[areas.index, list("abcde")].to_numpy()
    np.testing.assert_allclose(lq, econgeo["lq"], rtol=0, atol=1e-12)
    spec = location_quotients.specialisation(areas, reference)
    for column, key in (
        ("hhi", "herfindahl"),
        ("krugman", "krugman"),
        ("hoover", "hoover"),
        ("shannon", "shannon"),
        ("hachman", "hachman"),
    ):
        np.testing.assert_allclose(spec[column].to_numpy(), econgeo[key], rtol=0, atol=1e-12, err_msg=column)


def test_lq_interval_agrees_with_sampling(econgeo):
    """The delta-method variance of ln LQ for a region nested in its reference agrees with a multinomial
    simulation (200,000 draws, `make refs`) within 5 % where counts are not small, and the 95 % interval covers the
    true LQ in 93–97 % of 20,000 simulated samples for every category, small counts included."""
    matrix = np.array(econgeo["matrix"])
    areas = pd.DataFrame(matrix, index=[f"r{i}" for i in range(len(matrix))], columns=list("abcde"))
    table = location_quotients.location_quotients(areas, areas.sum(axis=0), confidence=0.95).set_index(
        ["area", "category"]
    )
    z = 1.959963984540054
    for category in "ab":  # 120 and 40 points in r0
        row = table.loc[("r0", category)]
        variance = (np.log(row["ci_high"] / row["lq"]) / z) ** 2
        simulated = econgeo["simulated_var_ln_lq_region0"]["abcde".index(category)]
        assert variance == pytest.approx(simulated, rel=0.05), category
    region, rest = matrix[0], matrix.sum(axis=0) - matrix[0]
    rng = np.random.default_rng(11)
    area = rng.multinomial(int(region.sum()), region / region.sum(), size=20000).astype(float)
    other = rng.multinomial(int(rest.sum()), rest / rest.sum(), size=20000).astype(float)
    b, d = region.sum(), matrix.sum()
    true_lq = (region / b) / (matrix.sum(axis=0) / d)
    with np.errstate(divide="ignore", invalid="ignore"):
        lq = (area / b) / ((area + other) / d)
        spread = np.sqrt(location_quotients.log_lq_variance(area, b, area + other, d, True))
        covered = (lq * np.exp(-z * spread) <= true_lq) & (true_lq <= lq * np.exp(z * spread))
    for category in "abce":
        column = "abcde".index(category)
        assert 0.93 <= covered[:, column].mean() <= 0.97, (category, covered[:, column].mean())
    absent = table.loc[("r0", "d")]
    assert absent["lq"] == 0 and absent["ci_low"] == 0
    assert absent["ci_high"] == pytest.approx((-np.log(0.05) / 200) / (113 / 1368), rel=1e-12)
    # the whole reference as an area: LQ exactly 1 with no uncertainty
    whole = location_quotients.location_quotients(areas.sum(axis=0).to_frame("all").T, areas.sum(axis=0))
    np.testing.assert_allclose(whole["lq"], 1.0)
    np.testing.assert_allclose(whole["ci_low"], 1.0)
    assert not whole["specialised"].any()


def test_perimeter_classifies_each_distinct_code_once(monkeypatch):
    """A national register (millions of units, a few thousand codes): each distinct ATECO code is looked up once,
    the longest matching code wins, dots and spaces are ignored, units without a code are outside."""
    from cultural_district_plugin.core import ateco_perimeter

    perimeter = ateco_perimeter.Perimeter(
        "test", "2007", ("910200", "9102", "90"), ("heritage", "performing_arts", "performing_arts"), (1.0, 0.5, 1.0), 0
    )
    codes = pd.Series(["91.02.00", "91.02.10", " 90.01 ", "62.01.00", None, "91.0"] * 50_000, dtype=object)
    looked_up = []
    real_key = ateco_perimeter.code_key
    monkeypatch.setattr(ateco_perimeter, "code_key", lambda code: looked_up.append(code) or real_key(code))
    domain, weight = perimeter.classify(codes)
    assert len(looked_up) == 5  # the distinct codes (the missing one needs no look-up)
    assert domain[:6].tolist() == ["heritage", "performing_arts", "performing_arts", "", "", ""]
    assert weight[:6].tolist() == [1.0, 0.5, 1.0, 0.0, 0.0, 0.0]
    assert (domain.reshape(-1, 6) == domain[:6]).all() and len(weight) == 300_000
