"""The same store on both backends (#17): the store's own write and read paths (batches, updates, bulk column
updates, SQL reads, batch removal with its cascades, cancelled and failed writes) run against a GeoPackage and a
PostGIS schema alike (parametrised), and a planner's sequence of algorithms gives the same figures on both."""

import itertools

import pandas as pd
import pytest
import shapely
from conftest import HERITAGE, MUNICIPALITIES, ROOT, SAMPLE, VAL_DI_NOTO
from qgis.core import QgsVectorLayer
from shapely.geometry import MultiPolygon, Point, box

from cultural_district_plugin.services.cancellation import OperationCancelledError, cancellable
from cultural_district_plugin.services.store_base import StoreError
from cultural_district_plugin.services.store_batch import WRITES
from cultural_district_plugin.services.store_opening import open_store

_NAMES = itertools.count()


@pytest.fixture(params=["geopackage", "postgis"])
def new_store_location(request, tmp_path):
    """A function giving an unused store location on the parametrised backend."""

    def location(name):
        if request.param == "geopackage":
            return str(tmp_path / f"{name}.gpkg")
        return request.getfixturevalue("postgres_server").uri(f"{name}_{next(_NAMES)}")

    return location


def test_batches_write_read_update_and_remove_alike(run_algorithm, new_store_location):
    location = new_store_location("batches")
    run_algorithm("createstore", OUTPUT=location, CRS="EPSG:7792")
    store = open_store(location)
    square, pair = box(0, 0, 1000, 1000), MultiPolygon([box(2000, 0, 3000, 1000), box(4000, 0, 4500, 500)])
    inserts = WRITES["inserts"]
    with store.batch("test", "two districts and their members") as batch:
        fids = batch.add("districts", [{"name": "Quadrato"}, {"name": "Coppia", "notes": "due parti"}], [square, pair])
        batch.add(
            "district_members",
            pd.DataFrame(
                {"district_id": [fids[0], fids[1], fids[1]], "pro_com_t": ["087011", "087015", "087025"]}
            ).assign(boundary_year=2023),
        )
        assets = batch.add(
            "heritage_assets",
            [{"name": f"Bene {i}", "visitors": i * 10 if i % 2 else None} for i in range(5)],
            [Point(100 * i, 50) for i in range(5)],
        )
    assert WRITES["inserts"] - inserts == 4  # the batch row and three bulk inserts
    districts, geometries = store.read_table("districts", ["name", "status", "notes", "created_at", "batch_id"])
    assert districts["name"].tolist() == ["Quadrato", "Coppia"] and districts["fid"].tolist() == fids
    assert districts["status"].tolist() == ["proposal", "proposal"]  # the declared default
    assert districts["notes"].isna().tolist() == [True, False] and districts["created_at"].str.endswith("Z").all()
    assert shapely.equals_exact(geometries[0], MultiPolygon([square]), 0) and shapely.equals_exact(
        geometries[1], pair, 0
    )
    batch_id = districts["batch_id"].iloc[0]
    assert store.latest_batch() == (batch_id, "test", "two districts and their members")
    assert store.select("SELECT count(*) FROM district_members WHERE district_id = ?", (fids[1],)) == [(2,)]

    with store.batch("edit") as batch:
        batch.update("districts", fids[0], {"notes": "rivisto"}, box(0, 0, 500, 500))
        batch.update_column("heritage_assets", "pro_com_t", assets[::-1], ["089015", None, "087011", "087015", "x"])
        with pytest.raises(StoreError, match="has no row 999"):
            batch.update("districts", 999, {"notes": "nessuno"})
    districts, geometries = store.read_table("districts", ["notes", "updated_at"], where=f"fid = {fids[0]}")
    assert districts["notes"].tolist() == ["rivisto"] and districts["updated_at"].iloc[0].endswith("Z")
    assert shapely.area(geometries[0]) == 250_000
    table, points = store.read_table("heritage_assets", ["pro_com_t", "visitors"])
    assert table["pro_com_t"].tolist() == ["x", "087015", "087011", None, "089015"]
    assert table["visitors"].fillna(-1).tolist() == [-1, 10, -1, 30, -1]
    assert shapely.get_x(points).tolist() == [0, 100, 200, 300, 400]

    with pytest.raises(OperationCancelledError), cancellable(lambda: True), store.batch("cancelled") as batch:
        batch.add("districts", [{"name": "Mai scritto"}])
    with pytest.raises(ZeroDivisionError), store.batch("failed") as batch:
        batch.add("districts", [{"name": "Nemmeno questo"}])
        1 / 0  # noqa: B018
    assert store.read_table("districts", ["name"], geometry=False)[0]["name"].tolist() == ["Quadrato", "Coppia"]
    with pytest.raises(StoreError, match="UNIQUE|unique|duplicate"), store.batch("twice") as batch:
        batch.add("districts", [{"name": "Quadrato"}])

    store.remove_batch(batch_id)  # the districts, their members (cascade) and the assets go with it
    for table in ("districts", "district_members", "heritage_assets"):
        assert store.read_table(table, [], geometry=False)[0].empty, table
    assert [b for b, *_ in store.select("SELECT batch_id FROM batches")] == [store.latest_batch()[0]]
    with pytest.raises(StoreError, match="no batch"):
        store.remove_batch(batch_id)


def _figures(results):
    """An algorithm's results without what differs by nature between runs (batch ids, output layer objects), output
    layers as their attribute rows."""
    figures = {}
    for key, value in results.items():
        if key in ("BATCH_ID", "REMOVED_BATCH", "OUTPUT_FOLDER") or key.endswith("_FILE"):
            continue
        if isinstance(value, str) and value.endswith(".gpkg"):  # a written file: its rows
            value = QgsVectorLayer(value, "written", "ogr")
        if isinstance(value, QgsVectorLayer):
            value = sorted(tuple(str(v) for v in f.attributes()) for f in value.getFeatures())
        elif isinstance(value, float):
            value = round(value, 9)
        figures[key] = value
    return figures


def _planner_session(run_algorithm, location, tmp_path):
    """What a planner does with a Sicily store, each step's figures."""
    steps = [
        ("createstore", {"OUTPUT": location, "CRS": "EPSG:7792"}),
        ("loadmunicipalities", {"STORE": location, "MUNICIPALITIES": MUNICIPALITIES, "REGION_CODES": "19"}),
        ("builddistrictfrommunicipalities", {"STORE": location, "NAME": "Val di Noto", "CODES": ",".join(VAL_DI_NOTO)}),
        ("builddistrictfrommunicipalities", {"STORE": location, "NAME": "Noto", "CODES": "089013"}),
        ("attachheritage", {"STORE": location, "INPUT": HERITAGE, "OUTSIDE_AREA": 1}),
        (
            "importheritage",
            {"STORE": location, "INPUT": str(ROOT / "test" / "data" / "heritage" / "luoghi_regione_cp1252.csv")},
        ),
        (
            "importstakeholders",
            {"STORE": location, "INPUT": str(ROOT / "resources" / "sample" / "stakeholders_val_di_noto.csv")},
        ),
        ("summarisedistricts", {"STORE": location, "OUTPUT": "TEMPORARY_OUTPUT"}),
        (
            "comparedistricts",
            {"STORE": location, "FIRST": "Val di Noto", "SECOND": "Noto", "OUTPUT": "TEMPORARY_OUTPUT"},
        ),
        ("runchecks", {"STORE": location, "OUTPUT": "TEMPORARY_OUTPUT"}),
        ("hotspots", {"STORE": location, "OUTPUT": "TEMPORARY_OUTPUT"}),
        ("pointpattern", {"STORE": location, "DISTRICT": "Val di Noto", "L_TABLE": "TEMPORARY_OUTPUT"}),
        ("locationquotients", {"STORE": location, "OUTPUT": "TEMPORARY_OUTPUT", "SPECIALISATION": "TEMPORARY_OUTPUT"}),
        (
            "dmtest",
            {"STORE": location, "INPUT": f"{SAMPLE}|layername=local_units_synthetic", "OUTPUT": "TEMPORARY_OUTPUT"},
        ),
        ("candidatedistricts", {"STORE": location, "OUTPUT": "TEMPORARY_OUTPUT"}),
        ("coverage", {"STORE": location, "OUTPUT": "TEMPORARY_OUTPUT", "NEAR_MISSES": "TEMPORARY_OUTPUT"}),
        ("suggestsites", {"STORE": location, "DISTRICT": "Val di Noto", "COUNT": 2, "OUTPUT": "TEMPORARY_OUTPUT"}),
        ("exportdistrict", {"STORE": location, "OUTPUT": str(tmp_path / "district.gpkg")}),
        ("removebatch", {"STORE": location}),
        ("summarisedistricts", {"STORE": location, "OUTPUT": "TEMPORARY_OUTPUT"}),
    ]
    return [(name, _figures(run_algorithm(name, **parameters))) for name, parameters in steps]


def test_a_planners_session_gives_the_same_figures_on_both_backends(run_algorithm, postgres_server, tmp_path):
    (tmp_path / "g").mkdir(), (tmp_path / "p").mkdir()
    geopackage = _planner_session(run_algorithm, str(tmp_path / "sicilia.gpkg"), tmp_path / "g")
    postgis = _planner_session(run_algorithm, postgres_server.uri("sessione_sicilia"), tmp_path / "p")
    for (name, on_geopackage), (_, on_postgis) in zip(geopackage, postgis):
        if name == "createstore":
            on_geopackage.pop("OUTPUT"), on_postgis.pop("OUTPUT")
        assert on_postgis == on_geopackage, name
    assert dict(geopackage)["attachheritage"]["ADDED"] == 23 and len(geopackage) == 20


def test_findings_know_their_districts_changed_without_reading_the_geometries(
    run_algorithm, new_store_location, monkeypatch
):
    """The panel asks on its GUI thread whether a run's districts changed since: from the stored WKB, without
    making a geometry, alike on both backends; a district stored in other bytes but the same shape is not changed
    (it is looked at again through its geometry), a renamed one is."""
    import json
    import sqlite3

    from cultural_district_plugin.services.check_runner import district_digests, stale_districts

    location = new_store_location("stale")
    run_algorithm("createstore", OUTPUT=location, CRS="EPSG:7792")
    store = open_store(location)
    shapes = [MultiPolygon([box(0, 0, 1000, 1000)]), MultiPolygon([box(2000, 0, 3000, 1000), box(4000, 0, 4500, 500)])]
    with store.batch("test") as batch:
        fids = batch.add("districts", [{"name": "Quadrato"}, {"name": "Coppia"}], shapes)
        digests = district_digests(fids, ["Quadrato", "Coppia"], shapes)
        run_id = batch.add(
            "check_runs", [{"run_at": "2026-12-05T10:00:00Z", "parameters": json.dumps({"districts": digests})}]
        )[0]
    reads = []
    read_table = type(store).read_table
    monkeypatch.setattr(type(store), "read_table", lambda self, *a, **k: reads.append(a) or read_table(self, *a, **k))
    assert stale_districts(store, run_id) == [] and reads == []  # the stored bytes are the run's
    if location.endswith(".gpkg"):  # the same square in other bytes: big-endian WKB, as another writer may store it
        from cultural_district_plugin.services.geopackage_sql import HEADER, LITTLE_ENDIAN, register_functions

        blob = HEADER.pack(b"GP", 0, 0, 7792) + shapely.to_wkb(shapes[0], byte_order=0)
        with sqlite3.connect(location) as con:
            register_functions(con)  # the R-tree's triggers call the GeoPackage's functions
            con.execute("UPDATE districts SET geom = ? WHERE fid = ?", (blob, fids[0]))
        assert LITTLE_ENDIAN and stale_districts(store, run_id) == [] and len(reads) == 1
    with store.batch("rename") as batch:
        batch.update_column("districts", "name", [fids[1]], ["Coppia rinominata"])
    assert stale_districts(store, run_id) == ["Coppia rinominata"]
