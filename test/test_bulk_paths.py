"""Regression guard for the bulk paths (#18): a read of 100,000 points, and the steps that read layers and store
tables, must go through OGR's Arrow stream, not feature by feature. Asserts on the path taken (a counter), never
on wall-clock time."""

import numpy as np
import pandas as pd
import pytest
import shapely
from conftest import HERITAGE, MUNICIPALITIES, VAL_DI_NOTO, plain
from osgeo import ogr, osr
from qgis.core import QgsFeature, QgsFeatureRequest, QgsGeometry, QgsVectorLayer

from cultural_district_plugin.services import geopackage_table_read, ogr_bulk_read
from cultural_district_plugin.services.district_store import DistrictStore
from cultural_district_plugin.services.layer_reader import read_layer


def points_gpkg(path, count, seed=7):
    """``count`` points over south-eastern Sicily (lon/lat), with a name and a category."""
    rng = np.random.default_rng(seed)
    lon, lat = rng.uniform(14.5, 15.2, count), rng.uniform(36.75, 37.3, count)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    layer = ds.CreateLayer("points", srs, ogr.wkbPoint, options=["FID=fid", "GEOMETRY_NAME=geom"])
    for name in ("name", "category"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    definition = layer.GetLayerDefn()
    layer.StartTransaction()
    for i, wkb in enumerate(shapely.to_wkb(shapely.points(lon, lat))):
        feature = ogr.Feature(definition)
        feature.SetField(0, f"Bene {i}")
        feature.SetField(1, "Edificio di culto" if i % 3 else None)
        feature.SetGeometry(ogr.CreateGeometryFromWkb(wkb))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    ds = None
    return lon, lat


# GDAL 3.8–3.11 read every layer feature by feature (ogr_bulk_read._ARROW_UNSAFE): the bulk path is not used there
needs_arrow = pytest.mark.skipif(not ogr_bulk_read.arrow_safe(), reason="GDAL 3.8–3.11 read feature by feature")


@pytest.fixture
def reads():
    before = dict(ogr_bulk_read.READS)
    yield lambda path: ogr_bulk_read.READS[path] - before.get(path, 0)


@needs_arrow
def test_a_100k_point_layer_is_read_in_bulk(tmp_path, reads):
    lon, lat = points_gpkg(tmp_path / "points.gpkg", 100_000)
    layer = QgsVectorLayer(f"{tmp_path / 'points.gpkg'}|layername=points", "points", "ogr")
    table, geometries = read_layer(layer, "EPSG:7792", ["name", "category"])
    assert (reads("arrow"), reads("per_feature"), reads("point_batches")) == (1, 0, 1)
    assert len(table) == 100_000 and table["name"].iloc[99_999] == "Bene 99999"
    assert table["category"].iloc[0] is None and table["category"].iloc[1] == "Edificio di culto"
    assert table["fid"].tolist()[:3] == [1, 2, 3]
    # reprojected as arrays: the first point where QGIS puts it
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject

    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem("EPSG:7792"), QgsProject.instance()
    )
    expected = transform.transform(QgsPointXY(lon[0], lat[0]))
    assert (geometries[0].x, geometries[0].y) == pytest.approx((expected.x(), expected.y()), abs=1e-6)


def _read_both_ways(path):
    first, second = ogr.Open(str(path)), ogr.Open(str(path))  # held: a layer dies with its data source
    return (
        ogr_bulk_read.read_ogr_layer(first.GetLayer(0), ["name"]),
        ogr_bulk_read._per_feature(second.GetLayer(0), ["name"], True),
    )


@needs_arrow
def test_points_are_made_from_their_coordinates_as_the_wkb_would_make_them(tmp_path, reads):
    points_gpkg(tmp_path / "points.gpkg", 3_000)
    (table, geometries), (expected_table, expected) = _read_both_ways(tmp_path / "points.gpkg")
    assert reads("point_batches") == 1
    assert table.equals(expected_table) and shapely.equals_exact(geometries, expected, tolerance=0).all()
    # a batch with a null and an empty point is read from its WKB: the same features either way
    ds = ogr.Open(str(tmp_path / "points.gpkg"), 1)
    layer = ds.GetLayer(0)
    for fid, geometry in ((5, None), (9, ogr.Geometry(ogr.wkbPoint))):
        feature = layer.GetFeature(fid)
        feature.SetGeometry(geometry) if geometry is not None else feature.SetGeometryDirectly(None)
        layer.SetFeature(feature)
    ds = None
    (table, geometries), (_, expected) = _read_both_ways(tmp_path / "points.gpkg")
    assert reads("point_batches") == 1
    assert geometries[4] is None and geometries[8].is_empty and len(geometries) == 3_000
    assert shapely.equals_exact(geometries, expected, tolerance=0)[np.r_[0:4, 9:3000]].all()


@needs_arrow
def test_the_analysis_steps_read_in_bulk(run_algorithm, tmp_path, reads):
    points_gpkg(tmp_path / "points.gpkg", 5_000)
    store = tmp_path / "store.gpkg"
    run_algorithm("createstore", OUTPUT=str(store), MUNICIPALITIES=MUNICIPALITIES, REGION_CODES="19")
    run_algorithm("builddistrictfrommunicipalities", STORE=str(store), NAME="Val di Noto", CODES=",".join(VAL_DI_NOTO))
    run_algorithm("attachheritage", STORE=str(store), INPUT=f"{tmp_path / 'points.gpkg'}|layername=points")
    run_algorithm("coverage", STORE=str(store), OUTPUT="TEMPORARY_OUTPUT")
    run_algorithm("hotspots", STORE=str(store), OUTPUT="TEMPORARY_OUTPUT")
    assert reads("per_feature") == 0 and reads("arrow") > 10
    assert len(DistrictStore(store).read_table("heritage_assets", ["name"])[0]) == 5_000


@needs_arrow
def test_a_failing_bulk_read_falls_back_to_the_same_rows(tmp_path, reads, monkeypatch):
    points_gpkg(tmp_path / "points.gpkg", 500)
    ds = ogr.Open(str(tmp_path / "points.gpkg"))
    bulk, bulk_geometries = ogr_bulk_read.read_ogr_layer(ds.GetLayerByName("points"), ["name", "category"])

    def failing_stream(layer):
        raise SystemError("<built-in function _RecordBatchAsNumpy> returned a result with an exception set")

    monkeypatch.setattr(ogr_bulk_read, "_arrow_stream", failing_stream)
    table, geometries = ogr_bulk_read.read_ogr_layer(ds.GetLayerByName("points"), ["name", "category"])
    assert (reads("arrow"), reads("arrow_failed"), reads("per_feature")) == (1, 1, 1)
    assert table.equals(bulk)
    assert shapely.equals(geometries, bulk_geometries).all()


@needs_arrow
def test_a_store_table_read_without_geometries_and_filtered(run_algorithm, tmp_path, reads):
    """The findings of one run are read alone and without their geometries (a national run draws discs around
    136,000 near misses): still in bulk, only the rows asked for, no geometry."""
    store = tmp_path / "store.gpkg"
    run_algorithm("createstore", OUTPUT=str(store), MUNICIPALITIES=MUNICIPALITIES, REGION_CODES="19")
    run_algorithm("builddistrictfrommunicipalities", STORE=str(store), NAME="Val di Noto", CODES=",".join(VAL_DI_NOTO))
    first = run_algorithm("runchecks", STORE=str(store), OUTPUT="TEMPORARY_OUTPUT")["RUN_ID"]
    second = run_algorithm("runchecks", STORE=str(store), OUTPUT="TEMPORARY_OUTPUT")["RUN_ID"]
    every, shapes = DistrictStore(store).read_table("check_results", ["run_id", "check_id"])
    assert {first, second} == set(every["run_id"]) and any(s is not None for s in shapes)
    before = reads("arrow")
    table, geometries = DistrictStore(store).read_table(
        "check_results", ["run_id", "check_id"], geometry=False, where=f"run_id = {int(second)}"
    )
    assert reads("arrow") == before + 1 and reads("per_feature") == 0
    assert set(table["run_id"]) == {second} and len(table) == (every["run_id"] == second).sum()
    assert all(g is None for g in geometries)


def test_a_100k_row_inventory_is_classified_by_columns(run_algorithm, tmp_path, monkeypatch):
    """The import of 100,000 spreadsheet rows works on whole columns: no per-row report object is made (only
    for the rows that are flagged or rejected, when the report is read), every text rule (category synonyms,
    coordinates, yes/no words) runs once per distinct text, and the rows are written in one insert."""
    from cultural_district_plugin.core import heritage_import, number_text, source_rows
    from cultural_district_plugin.services import district_store

    count = 100_000
    rng = np.random.default_rng(11)
    lon, lat = np.round(rng.uniform(14.5, 15.2, count), 3), np.round(rng.uniform(36.75, 37.3, count), 3)
    categories = np.array(["Chiesa madre", "Museo civico", "Castello", "tonnara di pesca"])[np.arange(count) % 4]
    lines = [f"Bene {i};{c};{y:.3f};{x:.3f};sì" for i, (c, y, x) in enumerate(zip(categories, lat, lon))]
    lines[10] = "Bene 10;Chiesa madre;trentasette;15,0;no"  # not a coordinate: rejected
    lines[20] = "Bene 20;Museo civico;15.100;36.900;no"  # latitude and longitude swapped: flagged
    (tmp_path / "inventario.csv").write_text("Denominazione;Tipologia;Lat;Lon;Verificato\n" + "\n".join(lines) + "\n")
    store = tmp_path / "store.gpkg"
    run_algorithm("createstore", OUTPUT=str(store), MUNICIPALITIES=MUNICIPALITIES, REGION_CODES="19")
    calls = {"RowReport": 0, "normalise_category": 0, "parse_coordinate": 0}

    def counted(name, function):
        def wrapper(*args, **kwargs):
            calls[name] += 1
            return function(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(source_rows.RowReport, "__init__", counted("RowReport", source_rows.RowReport.__init__))
    monkeypatch.setattr(
        heritage_import, "normalise_category", counted("normalise_category", heritage_import.normalise_category)
    )
    monkeypatch.setattr(heritage_import, "parse_coordinate", counted("parse_coordinate", number_text.parse_coordinate))
    inserts = district_store.WRITES["inserts"]
    result = run_algorithm("importheritage", STORE=str(store), INPUT=str(tmp_path / "inventario.csv"))
    # flagged: the swapped row, and the points in the sea off Sicily (outside every municipality)
    assert (result["IMPORTED"], result["REJECTED"]) == (count - 1, 1)
    assert result["FLAGGED"] == 1 + result["OUTSIDE_STORE_AREA"] and result["OUTSIDE_STORE_AREA"] > 0
    assert calls["RowReport"] == 0
    assert calls["normalise_category"] == 4  # the four distinct categories, once each
    distinct = len(set(lat.round(3))) + len(set(lon.round(3))) + 4
    assert calls["parse_coordinate"] <= distinct < count
    assert district_store.WRITES["inserts"] - inserts == 2  # the batch record and the assets
    table, points = DistrictStore(store).read_table("heritage_assets", ["name", "category", "coord_verified"])
    assert len(table) == count - 1 and "Bene 10" not in set(table["name"])
    by_name = table.set_index("name")
    assert by_name.loc["Bene 0", "category"] == "Edificio di culto" and by_name.loc["Bene 0", "coord_verified"] == 1
    assert by_name.loc["Bene 20", "coord_verified"] == 0
    swapped = points[table.index[table["name"] == "Bene 20"][0]]
    assert swapped is not None and 4_080_000 < swapped.y < 4_140_000  # 36.9° N, not 15.1° N


def test_text_columns_are_decoded_whole():
    """A column of UTF-8 bytes is decoded in one pass, giving what value-by-value decoding gives, NUL inside a
    value and values that are not bytes included."""
    from cultural_district_plugin.services.ogr_bulk_read import _decoded

    values = ["Sant'Agata", "Nicolò", "", "Città"]
    assert _decoded([v.encode() for v in values]).tolist() == values
    assert _decoded([b"a\x00b", "già testo".encode()]).tolist() == ["a\x00b", "già testo"]
    assert _decoded([b"x", None]).tolist() == ["x", None]
    assert _decoded([]).tolist() == []
    # a Latin-1 CSV whose layer says UTF-8: what QGIS shows (U+FFFD), never an error or a lone surrogate
    assert _decoded([b"Citt\xe0", b"ok"]).tolist() == ["Citt\ufffd", "ok"]
    assert _decoded([b"Citt\xe0", None]).tolist() == ["Citt\ufffd", None]


def test_an_attach_locates_the_rows_it_has_just_written_without_reading_them_back(run_algorithm, tmp_path, monkeypatch):
    """After an import the attach takes the new rows from memory and reads only the store's other assets: the same
    table, types and points as reading everything back (NULLs, integers, texts), and the old rows still relocated."""
    from conftest import HERITAGE

    from cultural_district_plugin.services.heritage_attachment import locate_store_assets
    from cultural_district_plugin.services.heritage_import import import_heritage

    points_gpkg(tmp_path / "points.gpkg", 300)
    path = tmp_path / "store.gpkg"
    run_algorithm("createstore", OUTPUT=str(path), MUNICIPALITIES=MUNICIPALITIES, REGION_CODES="19")
    run_algorithm("builddistrictfrommunicipalities", STORE=str(path), NAME="Val di Noto", CODES=",".join(VAL_DI_NOTO))
    store = DistrictStore(path)
    import_heritage(store, QgsVectorLayer(f"{tmp_path / 'points.gpkg'}|layername=points", "points", "ogr"))
    result = import_heritage(store, HERITAGE)
    assert result.written is not None and len(result.written.table) == result.added > 0
    filters = []
    read_table = DistrictStore.read_table

    def recording(self, table, columns=None, geometry=True, where=None):
        filters.append((table, where))
        return read_table(self, table, columns, geometry, where)

    monkeypatch.setattr(DistrictStore, "read_table", recording)
    table, points = locate_store_assets(store, written=result.written)
    assert ("heritage_assets", f"batch_id IS NULL OR batch_id <> '{result.batch_id}'") in filters
    monkeypatch.setattr(DistrictStore, "read_table", read_table)
    expected, expected_points = locate_store_assets(store)
    pd.testing.assert_frame_equal(table, expected)
    assert shapely.equals_exact(points, expected_points, tolerance=0).all()
    assert len(table) == 300 + result.added and table["fid"].is_monotonic_increasing
    assert table["visitors"].isna().any() and table["visitors"].notna().any()
    assert (table["districts"] == "Val di Noto").sum() > 0


@pytest.mark.parametrize(
    "cells",
    [
        ["Bene 1", "Bene 2", None, "", "Chiesa"],  # nothing to strip: the cells as they are
        [" Bene 1", "Bene 2", None, "", "Chiesa"],
        ["Bene 1", "Bene 2\t", None, "x", ""],
        ["Bene\xa01", "Bene 2\xa0", "\u2003Torre", float("nan"), "a\x00 b"],  # no-break and em spaces, a NUL inside
        ["\x1fBene", "Bene", "Bene\n"],
    ],
)
def test_text_cells_are_stripped_as_python_strips_them(cells):
    from cultural_district_plugin.core.source_columns import stripped_texts

    expected = ["" if not isinstance(c, str) else c.strip() for c in cells]
    assert stripped_texts(pd.Series(cells, dtype=object)).tolist() == expected


def test_rows_of_a_table_are_taken_column_by_column():
    """Rows selected by mask or by positions (any order, none) equal pandas' own selection, without merging the
    columns into one block per type first (one long call holding Python's lock: the panel froze 1.3–2.7 s on the
    national store's figures)."""
    from cultural_district_plugin.core.frame_rows import rows_of

    rng = np.random.default_rng(8)
    frame = pd.DataFrame(
        {
            "fid": np.arange(1000, dtype=np.int64),
            "name": np.array([f"bene {i}" for i in range(1000)], dtype=object),
            "visitors": rng.random(1000),
            "category": np.array([None, "Chiesa"] * 500, dtype=object),
        },
        copy=False,
    )
    mask = rng.random(1000) < 0.3
    positions = rng.permutation(1000)[:250]
    for rows in (mask, positions, np.empty(0, dtype=np.int64)):
        taken = rows_of(frame, rows)
        assert taken.equals(frame.iloc[rows].reset_index(drop=True)) and list(taken.columns) == list(frame.columns)
        assert taken._mgr.nblocks == frame.shape[1]


@needs_arrow  # a table read feature by feature is made row-wise (GDAL 3.8–3.11): its blocks are merged when made
def test_the_figures_of_districts_never_merge_the_asset_table(run_algorithm, tmp_path, monkeypatch):
    """Summaries, coverage and location quotients select assets column by column: the asset table read from the
    store is never merged into blocks on the way (what froze the panel on the national store; small tables, e.g.
    one district's assets, may be)."""
    from pandas.core.internals.managers import BlockManager

    merged = []
    consolidate = BlockManager._consolidate_inplace

    def watched(self):
        if not self.is_consolidated():
            merged.append(self.shape[1])  # rows
        return consolidate(self)

    store = tmp_path / "store.gpkg"
    run_algorithm("createstore", OUTPUT=str(store), MUNICIPALITIES=MUNICIPALITIES, REGION_CODES="19")
    run_algorithm("builddistrictfrommunicipalities", STORE=str(store), NAME="Val di Noto", CODES=",".join(VAL_DI_NOTO))
    run_algorithm("attachheritage", STORE=str(store), INPUT=str(HERITAGE))
    assets = len(DistrictStore(store).read_table("heritage_assets", ["name"], geometry=False)[0])
    monkeypatch.setattr(BlockManager, "_consolidate_inplace", watched)
    run_algorithm("summarisedistricts", STORE=str(store), OUTPUT="TEMPORARY_OUTPUT")
    run_algorithm("coverage", STORE=str(store), OUTPUT="TEMPORARY_OUTPUT", NEAR_MISSES="TEMPORARY_OUTPUT")
    run_algorithm("locationquotients", STORE=str(store), OUTPUT="TEMPORARY_OUTPUT")
    assert assets == 40 and merged and assets not in merged


@needs_arrow
def test_the_gui_thread_never_waits_for_a_tasks_bulk_read(tmp_path, reads):
    """While a task reads a large table in bulk (one bulk read at a time), the GUI thread reading a small table
    reads it feature by feature at once instead of waiting (the panel froze over a second opening the national
    store); a task's read still waits its turn and reads in bulk."""
    import threading

    lon, _ = points_gpkg(tmp_path / "points.gpkg", 50)
    path = f"{tmp_path / 'points.gpkg'}"
    held, release, waited = threading.Event(), threading.Event(), []

    def task_reading():  # holds the bulk read as a long read would; lets go when told (or after 60 s)
        with ogr_bulk_read._BULK_READ:
            held.set()
            release.wait(60)

    def task_read():
        waited.append(read_ogr_layer_of(path))

    holder = threading.Thread(target=task_reading)
    holder.start()
    try:
        held.wait(60)
        frame, points = read_ogr_layer_of(path)  # the GUI thread (pytest's main thread)
        assert ogr_bulk_read._BULK_READ.locked()  # read while the task still held the bulk read
        assert reads("per_feature") == 1 and reads("arrow") == 0
        assert len(frame) == 50 and np.allclose(shapely.get_x(points), lon)
        other = threading.Thread(target=task_read)
        other.start()
        other.join(0.2)
        assert not waited  # a task waits for the bulk read
    finally:
        release.set()
        holder.join()
    other.join()
    assert len(waited[0][0]) == 50 and reads("arrow") == 1 and reads("per_feature") == 1


def read_ogr_layer_of(path):
    source = ogr.Open(path)
    try:
        return ogr_bulk_read.read_ogr_layer(source.GetLayerByName("points"), ["name", "category"])
    finally:
        source = None


@needs_arrow
def test_a_register_in_a_csv_file_is_read_in_bulk_and_placed_by_its_codes(run_algorithm, tmp_path, reads, monkeypatch):
    """``dmtest`` on a register without points (a CSV with the ISTAT code, as a chamber of commerce hands it over):
    the file is read through OGR's Arrow stream, and each distinct code is read once, not each row (a national
    register: a million rows, eight thousand codes). Codes without their leading zeros count; bad ones and codes of
    no area leave the unit unplaced. The figures equal those of the same register read by QGIS feature by feature."""
    from qgis.core import QgsFeature, QgsGeometry

    from cultural_district_plugin.services import district_test_inputs

    areas = QgsVectorLayer("Polygon?crs=EPSG:7792&field=pro_com_t:string&field=population:integer", "areas", "memory")
    for i, code in enumerate(("000001", "000002", "000003")):
        feature = QgsFeature(areas.fields())
        feature.setAttributes([code, 1000 * (i + 1)])
        x = 500000 + i * 1000
        feature.setGeometry(QgsGeometry.fromWkt(f"Polygon(({x} 0, {x + 1000} 0, {x + 1000} 1000, {x} 1000, {x} 0))"))
        areas.dataProvider().addFeature(feature)
    rng = np.random.default_rng(3)
    codes = np.array(["000001", "1", "000002", "2", "3", "000003", "999999", "abc", ""])
    rows = pd.DataFrame(
        {
            "pro_com_t": codes[rng.integers(0, len(codes), 20_000)],
            "ateco": np.array(["91.02.00", "90.01.01", "47.11.40", "62.01"])[rng.integers(0, 4, 20_000)],
            "employees": rng.integers(1, 40, 20_000),
        }
    )
    path = tmp_path / "register.csv"
    rows.to_csv(path, index=False)
    lookups = []
    real = district_test_inputs.normalise_pro_com_t
    monkeypatch.setattr(district_test_inputs, "normalise_pro_com_t", lambda v: lookups.append(v) or real(v))
    from_file = run_algorithm("dmtest", INPUT=str(path), UNITS=areas, OUTPUT="TEMPORARY_OUTPUT")
    assert (reads("arrow"), reads("per_feature")) == (1, 0)  # the register (the areas are a memory layer)
    assert len(lookups) == len(set(codes))  # the nine distinct cells, blank included (OGR reads it as "")
    unplaced = int(np.isin(rows["pro_com_t"], ["999999", "abc", ""]).sum())
    assert from_file["UNLOCATED"] == unplaced
    register = QgsVectorLayer(
        "NoGeometry?field=pro_com_t:string&field=ateco:string&field=employees:integer", "register", "memory"
    )
    features = []
    for values in rows.itertuples(index=False):
        feature = QgsFeature(register.fields())
        feature.setAttributes([values.pro_com_t, values.ateco, int(values.employees)])
        features.append(feature)
    register.dataProvider().addFeatures(features)
    from_memory = run_algorithm("dmtest", INPUT=register, UNITS=areas, OUTPUT="TEMPORARY_OUTPUT")
    assert from_memory["UNLOCATED"] == unplaced
    columns = ["code", "employees", "cultural_employees", "cultural_units", "i1_industrialisation", "i3_specialisation"]
    table = lambda layer: [[f[c] for c in columns] for f in layer.getFeatures()]  # noqa: E731
    assert table(from_file["OUTPUT"]) == table(from_memory["OUTPUT"])
    by_code = {r[0]: r for r in table(from_file["OUTPUT"])}
    one = rows[rows["pro_com_t"].isin(["000001", "1"])]
    assert by_code["000001"][1] == one["employees"].sum()


def test_gdal_versions_with_unsafe_arrow_streams_read_feature_by_feature(tmp_path, reads, monkeypatch):
    """GDAL 3.8–3.11's Arrow streams break when several threads use GDAL (scripts/arrow_thread_stress.py): there
    every layer is read feature by feature, the same rows; elsewhere in bulk."""
    from osgeo import gdal

    points_gpkg(tmp_path / "points.gpkg", 1_000)
    version = int(gdal.VersionInfo())
    ds = ogr.Open(str(tmp_path / "points.gpkg"))
    tables = []
    for unsafe in ((version, version + 1), (0, 1)):
        monkeypatch.setattr(ogr_bulk_read, "_ARROW_UNSAFE", unsafe)
        tables.append(ogr_bulk_read.read_ogr_layer(ds.GetLayerByName("points"), ["name", "category"])[0])
    assert (reads("per_feature"), reads("arrow")) == (1, 1)
    assert tables[0].equals(tables[1]) and len(tables[0]) == 1_000


def test_the_near_misses_fields_are_read_for_those_assets_only(run_algorithm, tmp_path, monkeypatch):
    """#11: coverage reads a million assets' positions, then the fields of the few its layers carry."""

    lon, lat = points_gpkg(tmp_path / "points.gpkg", 3_000)
    points = QgsVectorLayer(f"{tmp_path / 'points.gpkg'}|layername=points", "points", "ogr")
    districts = QgsVectorLayer("Polygon?crs=EPSG:4326&field=name:string", "districts", "memory")
    feature = QgsFeature(districts.fields())
    feature.setAttributes(["Est"])
    feature.setGeometry(QgsGeometry.fromWkt("Polygon((14.9 36.7, 15.3 36.7, 15.3 37.4, 14.9 37.4, 14.9 36.7))"))
    districts.dataProvider().addFeatures([feature])
    seen = []
    read = ogr_bulk_read.read_ogr_layer
    read_sqlite = geopackage_table_read.read_geopackage_table

    def recording(layer, names, geometry=True):
        table, geometries = read(layer, names, geometry)
        seen.append((list(names), len(table), geometry))
        return table, geometries

    def recording_sqlite(path, table, names, geometry=True, where=None):  # GDAL 3.8–3.11 read through SQLite
        result = read_sqlite(path, table, names, geometry, where)
        if result is not None:
            seen.append((list(names), len(result[0]), geometry))
        return result

    monkeypatch.setattr(ogr_bulk_read, "read_ogr_layer", recording)
    monkeypatch.setattr(geopackage_table_read, "read_geopackage_table", recording_sqlite)
    result = run_algorithm(
        "coverage",
        POINTS=points,
        DISTRICTS=districts,
        NAME_FIELD="name",
        CATCHMENT_DISTANCE=0,
        NEAR_DISTANCE=2000,
        OUTPUT="TEMPORARY_OUTPUT",
        NEAR_MISSES="TEMPORARY_OUTPUT",
    )

    near = [(f["name"], plain(f["category"]), f["distance_m"]) for f in result["NEAR_MISSES"].getFeatures()]
    assert 20 < len(near) < 300
    assert seen == [([], 3_000, True), (["name", "category"], len(near), False)]
    # each near miss with its own fields (Bene i has a category unless i is a multiple of 3), west of the district
    for name, category, distance in near:
        i = int(name.split()[1])
        assert category == ("Edificio di culto" if i % 3 else None)
        assert 0 < distance <= 2000 and lon[i] < 14.9


@pytest.mark.parametrize("source", ["geopackage", "memory", "store"])
def test_fields_of_given_features_come_in_the_order_asked(source, run_algorithm, tmp_path, monkeypatch):
    from cultural_district_plugin.services import analysis_inputs, layer_reader

    points_gpkg(tmp_path / "points.gpkg", 500)
    layer = QgsVectorLayer(f"{tmp_path / 'points.gpkg'}|layername=points", "points", "ogr")
    store = None
    if source == "memory":
        layer = layer.materialize(QgsFeatureRequest())
    elif source == "store":
        store_path = tmp_path / "store.gpkg"
        run_algorithm("createstore", OUTPUT=str(store_path), MUNICIPALITIES=MUNICIPALITIES, REGION_CODES="19")
        run_algorithm("attachheritage", STORE=str(store_path), INPUT=HERITAGE)
        store, layer = DistrictStore(store_path), None
    fields = None if layer is not None else ["name"]
    every, _ = read_layer(layer, None, fields) if layer is not None else store.read_table("heritage_assets", fields)
    by_fid = {int(f): n for f, n in zip(every["fid"], every["name"])}
    fids = np.array(sorted(by_fid))
    asked = np.array([fids[7], fids[2], fids[7], fids[-1], fids[0]])
    expected = [by_fid[int(f)] for f in asked]
    got = analysis_inputs.read_attributes(layer, store, "heritage_assets", asked, fields, ["name"])
    assert got["fid"].tolist() == asked.tolist() and got["name"].tolist() == expected
    for module in (analysis_inputs, layer_reader):  # many ids: every row read once, the wanted ones kept
        monkeypatch.setattr(module, "FID_FILTER_MAX", 2)
    many = analysis_inputs.read_attributes(layer, store, "heritage_assets", asked, fields, ["name"])
    assert many.equals(got)
    assert analysis_inputs.read_attributes(layer, store, "heritage_assets", asked[:0], fields, ["name"]).empty
