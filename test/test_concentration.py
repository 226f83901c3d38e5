"""The concentration algorithms on the sample and on crafted layers: values checked independently."""

import numpy as np
import pytest
import shapely
from conftest import HERITAGE, MUNICIPALITIES, SAMPLE, VAL_DI_NOTO, layer_rows
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer
from scipy.spatial import cKDTree

from cultural_district_plugin.services.district_store import DistrictStore

LOCAL_UNITS = f"{SAMPLE}|layername=local_units_synthetic"
ISLANDS = ["Favignana", "Lampedusa e Linosa", "Lipari", "Pantelleria", "Ustica"]


@pytest.fixture
def sicily(run_algorithm, tmp_path):
    """Sicily's store with the Val di Noto district and only the sample assets inside Sicily (23: the district's
    16 and 7 in the towns around it)."""
    path = tmp_path / "sicily.gpkg"
    run_algorithm("createstore", OUTPUT=str(path), MUNICIPALITIES=MUNICIPALITIES, REGION_CODES="19")
    run_algorithm("builddistrictfrommunicipalities", STORE=str(path), NAME="Val di Noto", CODES=",".join(VAL_DI_NOTO))
    run_algorithm("attachheritage", STORE=str(path), INPUT=HERITAGE, OUTSIDE_AREA=1)
    return path


def test_hotspots_counts_each_asset_once_and_names_units_without_neighbours(run_algorithm, sicily):
    result = run_algorithm("hotspots", STORE=str(sicily), OUTPUT="TEMPORARY_OUTPUT")
    rows = {r["pro_com_t"]: r for r in layer_rows(result["OUTPUT"])}
    assert len(rows) == 391
    # independent count: each asset in the municipality covering it (none lies on a border here)
    store = DistrictStore(sicily)
    units, geometries = store.read_table("municipalities", ["pro_com_t"])
    _, points = store.read_table("heritage_assets", [])
    expected = {code: int(shapely.covers(g, points).sum()) for code, g in zip(units["pro_com_t"], geometries)}
    assert {c: int(r["value"]) for c, r in rows.items()} == expected
    assert sum(expected.values()) == 23
    assert sorted(result["ISLAND_NAMES"].split(", ")) == ISLANDS and result["ISLANDS"] == 5
    islands = [r for r in rows.values() if r["name"] in ISLANDS]
    assert all(r["gi_star_z"] is None for r in islands), islands[0]
    assert all(r["quadrant"] in ("", None) and r["hotspot"] == 0 for r in islands)
    # the Val di Noto towns with monuments are hot spots at 99 %; Moran's I is positive and significant
    for code in ("088006", "088011", "089013"):
        assert rows[code]["hotspot"] == 3 and rows[code]["quadrant"] == "HH", rows[code]
    assert result["MORAN_I"] > 0.1 and result["MORAN_P"] < 0.001 and result["MORAN_EI"] == pytest.approx(-1 / 390)
    assert result["HOT_SPOTS"] == sum(1 for r in rows.values() if (r["hotspot"] or 0) >= 2)


def test_hotspots_on_a_colleagues_layer_without_a_store(run_algorithm, tmp_path):
    """Any polygon layer with a numeric field, no store: a 5×5 grid with a high block in one corner."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:7792&field=cell:string&field=visitors:double", "grid", "memory")
    cells = []
    for i in range(5):
        for j in range(5):
            feature = QgsFeature(layer.fields())
            feature.setAttributes([f"{i}{j}", 100.0 if i < 2 and j < 2 else float((i * 5 + j) % 3)])
            x, y = 500000 + i * 1000, 4100000 + j * 1000
            feature.setGeometry(
                QgsGeometry.fromWkt(
                    f"Polygon(({x} {y}, {x + 1000} {y}, {x + 1000} {y + 1000}, " f"{x} {y + 1000}, {x} {y}))"
                )
            )
            cells.append(feature)
    layer.dataProvider().addFeatures(cells)
    result = run_algorithm("hotspots", INPUT=layer, FIELD="visitors", WEIGHTS=3, K=4, OUTPUT="TEMPORARY_OUTPUT")
    rows = {r["cell"]: r for r in layer_rows(result["OUTPUT"])}
    assert all(rows[c]["hotspot"] >= 2 for c in ("00", "01", "10", "11")), {c: rows[c]["hotspot"] for c in rows}
    assert rows["44"]["hotspot"] <= 0 and result["ISLANDS"] == 0
    with pytest.raises(QgsProcessingException, match="every unit has the same value"):
        constant = QgsVectorLayer("Polygon?crs=EPSG:7792&field=v:double", "flat", "memory")
        for feature in cells:
            copy = QgsFeature(constant.fields())
            copy.setAttributes([7.0])
            copy.setGeometry(feature.geometry())
            constant.dataProvider().addFeature(copy)
        run_algorithm("hotspots", INPUT=constant, FIELD="v", OUTPUT="TEMPORARY_OUTPUT")


def test_pointpattern_of_the_val_di_noto(run_algorithm, sicily):
    result = run_algorithm(
        "pointpattern", STORE=str(sicily), DISTRICT="val di noto", DISTANCES="1000, 5000", L_TABLE="TEMPORARY_OUTPUT"
    )
    store = DistrictStore(sicily)
    districts, geometries = store.read_table("districts", ["name"])
    _, points = store.read_table("heritage_assets", [])
    xy = shapely.get_coordinates(points[shapely.covers(geometries[0], points)])
    nn = cKDTree(xy).query(xy, k=2)[0][:, 1]
    area = geometries[0].area
    assert result["N"] == 16 == len(xy) and result["AREA_KM2"] == pytest.approx(area / 1e6)
    assert result["MEAN_NN_M"] == pytest.approx(nn.mean())
    assert result["R"] == pytest.approx(nn.mean() / (0.5 / np.sqrt(16 / area)))
    assert result["R"] < 0.5 and result["Z"] < -3 and result["P"] < 0.001  # the monuments cluster in the towns
    assert result["GUARD_M"] == pytest.approx(nn.mean()) and 0 < result["N_GUARD"] < 16
    table = layer_rows(result["L_TABLE"])
    assert [row["r"] for row in table] == [1000.0, 5000.0]
    assert all(row["l"] == pytest.approx(np.sqrt(row["k"] / np.pi)) for row in table)


def test_pointpattern_refuses_without_a_window(run_algorithm, sicily):
    with pytest.raises(QgsProcessingException, match="No district named 'Nowhere'"):
        run_algorithm("pointpattern", STORE=str(sicily), DISTRICT="Nowhere", L_TABLE="TEMPORARY_OUTPUT")
    with pytest.raises(QgsProcessingException, match="Give a window layer"):
        run_algorithm("pointpattern", STORE=str(sicily), L_TABLE="TEMPORARY_OUTPUT")


def test_location_quotients_hand_checked(run_algorithm, sicily):
    """Noto alone against Sicily: 2 of the 23 Sicilian sample assets lie in Noto, one a church."""
    run_algorithm("builddistrictfrommunicipalities", STORE=str(sicily), NAME="Noto", CODES="089013")
    result = run_algorithm(
        "locationquotients",
        STORE=str(sicily),
        CATEGORY_FIELD="category",
        OUTPUT="TEMPORARY_OUTPUT",
        SPECIALISATION="TEMPORARY_OUTPUT",
    )
    rows = {(r["area"], r["category"]): r for r in layer_rows(result["OUTPUT"])}
    store = DistrictStore(sicily)
    assets, _ = store.read_table("heritage_assets", ["category", "pro_com_t"])
    churches = int((assets["category"] == "Edificio di culto").sum())
    noto = rows[("Noto", "Edificio di culto")]
    in_noto = assets[assets["pro_com_t"] == "089013"]
    assert (noto["n_area"], noto["n"], noto["n_category"]) == (len(in_noto), 23, churches)
    expected = ((in_noto["category"] == "Edificio di culto").sum() / len(in_noto)) / (churches / 23)
    assert noto["lq"] == pytest.approx(expected)
    assert noto["ci_low"] < noto["lq"] < noto["ci_high"] and not noto["specialised"]
    # the Val di Noto holds 16 of the 23: 12 of its 16 are churches, against 17 of the 23 in Sicily
    in_district = assets[assets["pro_com_t"].isin(VAL_DI_NOTO)]
    assert len(in_district) == 16
    for category in ("Edificio di culto", "Architettura residenziale"):
        share = (in_district["category"] == category).mean() / (assets["category"] == category).mean()
        assert rows[("Val di Noto", category)]["lq"] == pytest.approx(share)
    spec = {r["area"]: r for r in layer_rows(result["SPECIALISATION"])}
    shares = in_noto["category"].value_counts(normalize=True)
    assert spec["Noto"]["hhi"] == pytest.approx((shares**2).sum())


def test_dmtest_hand_checked_on_three_municipalities(run_algorithm, tmp_path):
    """Three square municipalities and a register of 8 local units: every indicator computed by hand."""
    areas = QgsVectorLayer(
        "Polygon?crs=EPSG:7792&field=pro_com_t:string&field=name:string&field=population:integer&"
        "field=region_code:integer",
        "areas",
        "memory",
    )
    for i, (code, people) in enumerate((("000001", 1000), ("000002", 2000), ("000003", 1000))):
        feature = QgsFeature(areas.fields())
        feature.setAttributes([code, f"M{i + 1}", people, 19])
        x = 500000 + i * 1000
        feature.setGeometry(QgsGeometry.fromWkt(f"Polygon(({x} 0, {x + 1000} 0, {x + 1000} 1000, {x} 1000, {x} 0))"))
        areas.dataProvider().addFeature(feature)
    units = QgsVectorLayer(
        "NoGeometry?field=ateco:string&field=employees:integer&field=pro_com_t:string", "units", "memory"
    )
    register = [
        ("91.02.00", 10, "000001"),
        ("90.01.01", 5, "000001"),
        ("47.11.40", 5, "000001"),
        ("91.02.00", 2, "000002"),
        ("47.11.40", 30, "000002"),
        ("25.62.00", 8, "000002"),
        ("71.11.00", 300, "000003"),
        ("47.11.40", 20, "000003"),
    ]
    for ateco, employees, code in register:
        feature = QgsFeature(units.fields())
        feature.setAttributes([ateco, employees, code])
        units.dataProvider().addFeature(feature)
    result = run_algorithm("dmtest", INPUT=units, UNITS=areas, OUTPUT="TEMPORARY_OUTPUT")
    rows = {r["code"]: r for r in layer_rows(result["OUTPUT"])}
    m1 = rows["000001"]
    # national: M = 10+5+2+300 = 317 cultural employees of T = 380; U = 4 cultural units, P = 4000
    assert (m1["cultural_employees"], m1["employees"], m1["cultural_units"]) == (15, 20, 2)
    assert m1["i1_industrialisation"] == pytest.approx((15 / 20) / (317 / 380))
    assert m1["i2_density"] == pytest.approx((2 / 1000) / (4 / 4000))
    # specialisation: heritage 10 of 15 here vs 12 of 317 nationally; performing arts 5/15 vs 5/317
    assert m1["specialisation"] == "performing_arts"
    assert m1["i3_specialisation"] == pytest.approx((5 / 15) / (5 / 317))
    assert m1["i4_share"] == pytest.approx(5 / 15) and m1["i5_small_firms"] == pytest.approx(1.0)
    assert [m1[f"i{k}_pass"] for k in range(1, 6)] == [0, 1, 1, 1, 1] and not m1["district_test"]
    m3 = rows["000003"]
    assert m3["specialisation"] == "creative_industries" and m3["i5_small_firms"] == 0  # 300 employees: not small
    assert result["AREAS_TESTED"] == 3 and result["UNLOCATED"] == 0


def test_dmtest_on_the_synthetic_register_and_a_whole_district(run_algorithm, sicily):
    national = run_algorithm("dmtest", STORE=str(sicily), INPUT=LOCAL_UNITS, OUTPUT="TEMPORARY_OUTPUT")
    assert national["AREAS_TESTED"] == 391 and national["UNLOCATED"] > 10000  # Piedmont's units: benchmark only
    whole = run_algorithm(
        "dmtest", STORE=str(sicily), INPUT=LOCAL_UNITS, DISTRICT="Val di Noto", BENCHMARK=1, OUTPUT="TEMPORARY_OUTPUT"
    )
    row = layer_rows(whole["OUTPUT"])[0]
    assert whole["AREAS_TESTED"] == 1 and row["name"] == "Val di Noto" and row["population"] == 527173
    assert row["i1_industrialisation"] > 1  # synthetic culture concentrates around the monuments


def test_candidate_districts_are_contiguous_hot_clusters(run_algorithm, sicily):
    result = run_algorithm("candidatedistricts", STORE=str(sicily), OUTPUT="TEMPORARY_OUTPUT")
    candidates = layer_rows(result["OUTPUT"])
    assert result["CANDIDATES"] == len(candidates) >= 1
    first = candidates[0]
    members = first["members"].split(",")
    assert {"088006", "088011", "089013", "089015"} <= set(members)  # Modica, Scicli, Noto, Palazzolo
    assert first["n_members"] == len(members) and first["assets"] >= 8
    # contiguous: the dissolved members form the candidate's polygon
    store = DistrictStore(sicily)
    units, geometries = store.read_table("municipalities", ["pro_com_t"])
    union = shapely.union_all(geometries[units["pro_com_t"].isin(members).to_numpy()])
    candidate = shapely.from_wkb(bytes(first["geometry"].asWkb()))
    assert shapely.symmetric_difference(candidate, union).area < 1.0
    # the candidate becomes a district with the build algorithm
    built = run_algorithm(
        "builddistrictfrommunicipalities", STORE=str(sicily), NAME=first["name"], CODES=first["members"]
    )
    assert built["MEMBERS"] == first["n_members"]


def test_district_summary_carries_the_concentration_indicators(run_algorithm, sicily):
    """The summary (dock, export, JSON) gives the density ratio against the store's territory and Clark–Evans R;
    the density ratio is the heritage_density check's value, one definition (core.heritage_density): the assets
    inside per km² over the assets located in the store's municipalities per km² of their summed areas, an
    approximately located asset left out of both, as of Clark–Evans."""
    from osgeo import ogr

    from cultural_district_plugin.core.district_checks import DISTRICT_CHECKS

    store = DistrictStore(sicily)
    _, districts = store.read_table("districts", [])
    assets, points = store.read_table("heritage_assets", ["pro_com_t"])
    inside = assets["fid"][shapely.covers(districts[0], points)].tolist()
    source = ogr.Open(str(sicily), 1)  # one asset of the district known only to its municipality
    source.ExecuteSQL(f"UPDATE heritage_assets SET location_approximate = 1 WHERE fid = {int(inside[0])}")
    source = None
    summary = next(
        run_algorithm("summarisedistricts", STORE=str(sicily), OUTPUT="TEMPORARY_OUTPUT")["OUTPUT"].getFeatures()
    )
    _, units = store.read_table("municipalities", [])
    territory_km2 = shapely.area(units).sum() / 1e6
    assert (len(inside), assets["pro_com_t"].notna().sum()) == (16, 23)
    expected = (15 / (districts[0].area / 1e6)) / (22 / territory_km2)
    assert summary["heritage_density_ratio"] == pytest.approx(expected, rel=1e-12) and expected > 8
    checks = [c.id for c in DISTRICT_CHECKS]
    found = run_algorithm(
        "runchecks",
        STORE=str(sicily),
        CHECKS=[checks.index("heritage_density")],
        MIN_DENSITY_RATIO=1e6,  # every district is then reported with its ratio
        OUTPUT="TEMPORARY_OUTPUT",
    )["OUTPUT"]
    assert [f["value"] for f in found.getFeatures()] == [pytest.approx(summary["heritage_density_ratio"], rel=1e-12)]
    pattern = run_algorithm("pointpattern", STORE=str(sicily), DISTRICT="Val di Noto", L_TABLE="TEMPORARY_OUTPUT")
    assert summary["clark_evans_r"] == pytest.approx(pattern["R"], rel=1e-12)  # both of the 15 exact assets
    exact_points = points[shapely.covers(districts[0], points) & (assets["fid"] != inside[0]).to_numpy()]
    from cultural_district_plugin.core.point_pattern import clark_evans

    assert summary["clark_evans_r"] == pytest.approx(
        clark_evans(districts[0], shapely.get_coordinates(exact_points)).r, rel=1e-12
    )
