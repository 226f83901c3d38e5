"""Reading a GeoPackage table through SQLite (GDAL 3.8–3.11, whose Arrow streams are unsafe): the same rows,
values and geometries as GDAL reads, or None (GDAL reads) whenever it cannot be sure of that."""

import sqlite3

import numpy as np
import pytest
import shapely
from conftest import MUNICIPALITIES, VAL_DI_NOTO
from osgeo import ogr, osr
from qgis.core import QgsVectorLayer
from test_bulk_paths import points_gpkg

from cultural_district_plugin.services import layer_reader, ogr_bulk_read
from cultural_district_plugin.services.district_store import DistrictStore
from cultural_district_plugin.services.geopackage_sql import register_functions
from cultural_district_plugin.services.geopackage_table_read import geometries_of_blobs, read_geopackage_table
from cultural_district_plugin.services.layer_reader import read_layer

FIELDS = ["count", "big", "share", "label", "code"]
GEOMETRIES = [
    "POINT (1 2)",
    None,
    "POINT EMPTY",
    "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 3 2, 3 3, 2 2))",
    "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))",
    "LINESTRING (0 0, 3 4)",
    "POLYGON EMPTY",
]


def mixed_gpkg(path):
    """Seven rows: integers (one NULL), 64-bit integers, reals (one NULL), text (NULLs, accents), a TEXT(20); any
    geometry (points, NULL, empty ones, polygons with envelopes, a line); fids with a gap."""
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(7792)
    layer = ds.CreateLayer("mixed", srs, ogr.wkbUnknown, options=["FID=fid", "GEOMETRY_NAME=geom"])
    for name, kind, width in (
        ("count", ogr.OFTInteger, 0),
        ("big", ogr.OFTInteger64, 0),
        ("share", ogr.OFTReal, 0),
        ("label", ogr.OFTString, 0),
        ("code", ogr.OFTString, 20),
    ):
        definition = ogr.FieldDefn(name, kind)
        definition.SetWidth(width)
        layer.CreateField(definition)
    for i, wkt in enumerate(GEOMETRIES):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetFID(i * 3 + 1)
        values = (None if i == 2 else i * 7, 2**40 + i, None if i == 4 else i / 3, "Noto è" if i % 2 else None, "X")
        for name, value in zip(FIELDS, values):
            if value is not None:
                feature.SetField(name, value)
        if wkt is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    ds = None


def ogr_read(path, table, names, geometry=True, where=None, per_feature=False):
    ds = ogr.Open(str(path))
    layer = ds.GetLayerByName(table)
    if where:
        layer.SetAttributeFilter(where)
    if per_feature:
        return ogr_bulk_read._per_feature(layer, names, geometry)
    return ogr_bulk_read.read_ogr_layer(layer, names, geometry)


def assert_same_values(table, expected):
    """Same columns and rows, values equal (NULL as NaN or None alike)."""
    assert list(table.columns) == list(expected.columns) and len(table) == len(expected)
    for name in table.columns:
        got = [None if isinstance(v, float) and np.isnan(v) else v for v in table[name].tolist()]
        want = [None if isinstance(v, float) and np.isnan(v) else v for v in expected[name].tolist()]
        assert got == want, name


def assert_same_geometries(geometries, expected):
    assert len(geometries) == len(expected)
    for got, want in zip(geometries, expected):
        if want is None:
            assert got is None
        else:
            assert got.geom_type == want.geom_type and shapely.equals_exact(got, want, tolerance=0)
            assert got.is_empty == want.is_empty


def test_every_kind_of_column_and_geometry_reads_as_gdal_reads_it(tmp_path):
    mixed_gpkg(tmp_path / "mixed.gpkg")
    table, geometries = read_geopackage_table(tmp_path / "mixed.gpkg", "mixed", FIELDS)
    expected, expected_geometries = ogr_read(tmp_path / "mixed.gpkg", "mixed", FIELDS, per_feature=True)
    assert table["fid"].tolist() == [1, 4, 7, 10, 13, 16, 19]
    assert_same_values(table, expected)
    assert_same_geometries(geometries, expected_geometries)
    # the column kinds the Arrow path gives: an integer column with a NULL as float, text as objects
    assert table.dtypes.astype(str).tolist() == ["int64", "float64", "int64", "float64", "object", "object"]
    assert np.isnan(table["count"][2]) and table["label"][0] is None and table["label"][1] == "Noto è"
    assert geometries[1] is None and geometries[2].is_empty and geometries[6].is_empty


@pytest.mark.skipif(not ogr_bulk_read.arrow_safe(), reason="GDAL 3.8–3.11: no Arrow read to compare with")
def test_the_same_frame_as_the_arrow_path(tmp_path):
    mixed_gpkg(tmp_path / "mixed.gpkg")
    table, geometries = read_geopackage_table(tmp_path / "mixed.gpkg", "mixed", FIELDS)
    arrow, arrow_geometries = ogr_read(tmp_path / "mixed.gpkg", "mixed", FIELDS)
    assert table.equals(arrow) and (table.dtypes == arrow.dtypes).all()
    assert_same_geometries(geometries, arrow_geometries)


def test_points_are_decoded_as_numbers_and_equal_their_wkb(tmp_path):
    points_gpkg(tmp_path / "points.gpkg", 2_000)
    table, geometries = read_geopackage_table(tmp_path / "points.gpkg", "points", ["name", "category"])
    expected, expected_geometries = ogr_read(tmp_path / "points.gpkg", "points", ["name", "category"], per_feature=True)
    assert_same_values(table, expected)
    assert shapely.equals_exact(geometries, expected_geometries, tolerance=0).all()
    # a big-endian header and a big-endian WKB: the header's byte order does not matter, the WKB's does
    blob = bytes.fromhex("4750000000000000") + b"\x00\x00\x00\x00\x01" + np.array([3.5, -1.25], ">f8").tobytes()
    little = b"GP\x00\x01\x00\x00\x00\x00" + b"\x01\x01\x00\x00\x00" + np.array([3.5, -1.25], "<f8").tobytes()
    for blobs in ([blob, little], [little, little], [little, None]):
        got = geometries_of_blobs(blobs)
        assert [None if g is None else (g.x, g.y) for g in got] == [None if b is None else (3.5, -1.25) for b in blobs]


def test_a_filter_and_attributes_only(tmp_path):
    points_gpkg(tmp_path / "points.gpkg", 300)
    where = "category IS NULL AND fid > 100"
    table, geometries = read_geopackage_table(tmp_path / "points.gpkg", "points", ["name"], geometry=False, where=where)
    expected, _ = ogr_read(tmp_path / "points.gpkg", "points", ["name"], False, where, per_feature=True)
    assert_same_values(table, expected)
    assert len(table) == 66 and all(g is None for g in geometries)


@pytest.mark.parametrize(
    "case",
    [
        "date column",
        "boolean column",
        "blob column",
        "text in an integer column",
        "not UTF-8",
        "extended blob",
        "GDAL's SQL function",
        "view",
        "no such table",
        "not a GeoPackage",
    ],
)
def test_what_sqlite_cannot_read_as_gdal_does_is_left_to_gdal(tmp_path, case):
    mixed_gpkg(tmp_path / "mixed.gpkg")
    path, table, names, where = tmp_path / "mixed.gpkg", "mixed", ["count"], None
    ds = ogr.Open(str(path), 1)
    layer = ds.GetLayerByName("mixed")
    for name, kind, subtype in (
        ("day", ogr.OFTDate, None),
        ("flag", ogr.OFTInteger, ogr.OFSTBoolean),
        ("data", ogr.OFTBinary, None),
    ):
        definition = ogr.FieldDefn(name, kind)
        if subtype is not None:
            definition.SetSubType(subtype)
        layer.CreateField(definition)
    ds = None
    connection = sqlite3.connect(path)
    register_functions(connection)  # the R-tree's triggers call them
    if case == "date column":
        names = ["count", "day"]
    elif case == "boolean column":
        names = ["flag"]
    elif case == "blob column":
        names = ["data"]
    elif case == "text in an integer column":
        connection.execute("UPDATE mixed SET count = 'seven' WHERE fid = 4")
    elif case == "not UTF-8":
        connection.execute("UPDATE mixed SET label = CAST(X'4e6f746f20e8' AS TEXT) WHERE fid = 4")
        names = ["label"]
    elif case == "extended blob":
        connection.execute("UPDATE mixed SET geom = X'47500021000000000101000000000000000000F03F0000000000000040'")
    elif case == "GDAL's SQL function":
        where = "ST_Area(geom) > 1"
    elif case == "view":
        connection.execute("CREATE VIEW shown AS SELECT * FROM mixed")
        connection.execute(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('shown', 'features', 'shown')"
        )
        table = "shown"
    elif case == "no such table":
        table = "missing"
    else:
        path = tmp_path / "text.gpkg"
        path.write_text("not a database")
    connection.commit()
    connection.close()
    assert read_geopackage_table(path, table, names, where=where) is None


@pytest.fixture
def feature_by_feature_gdal(monkeypatch):
    """As on GDAL 3.8–3.11: no Arrow stream."""
    monkeypatch.setattr(ogr_bulk_read, "arrow_safe", lambda: False)
    before = dict(ogr_bulk_read.READS)
    return lambda path: ogr_bulk_read.READS[path] - before.get(path, 0)


def test_layers_are_read_through_sqlite_where_gdal_reads_feature_by_feature(tmp_path, feature_by_feature_gdal):
    reads = feature_by_feature_gdal
    points_gpkg(tmp_path / "points.gpkg", 5_000)
    uri = f"{tmp_path / 'points.gpkg'}|layername=points"
    table, geometries = read_layer(QgsVectorLayer(uri, "points", "ogr"), "EPSG:7792", ["name", "category"])
    assert (reads("sqlite"), reads("per_feature"), reads("arrow")) == (1, 0, 0)
    expected, expected_geometries = layer_reader.read_layer(
        QgsVectorLayer(uri + "|subset=fid > 0", "points", "ogr"), "EPSG:7792", ["name", "category"]
    )  # the same, filtered by a condition every row meets
    assert reads("sqlite") == 2
    assert_same_values(table, expected)
    assert shapely.equals_exact(geometries, expected_geometries, tolerance=0).all()
    # a layer's subset and its features by id, attributes only
    subset = QgsVectorLayer(uri + "|subset=category IS NULL", "points", "ogr")
    table, _ = read_layer(subset, "EPSG:7792", ["name"])
    assert len(table) == 1_667 and reads("per_feature") == 0
    by_id, shapes = read_layer(subset, "EPSG:7792", ["name"], fids=np.array([3, 1, 6, 4]))
    assert by_id["fid"].tolist() == [1, 4] and by_id["name"].tolist() == ["Bene 0", "Bene 3"]
    assert all(s is None for s in shapes) and reads("per_feature") == 0
    # a subset with GDAL's own SQL: GDAL reads it
    gdal_sql = QgsVectorLayer(uri + "|subset=ST_MinX(geom) > 0", "points", "ogr")
    assert gdal_sql.isValid()
    table, _ = read_layer(gdal_sql, "EPSG:7792", ["name"])
    assert len(table) == 5_000 and reads("per_feature") == 1


def test_store_tables_are_read_through_sqlite_where_gdal_reads_feature_by_feature(
    run_algorithm, tmp_path, feature_by_feature_gdal
):
    reads = feature_by_feature_gdal
    store = tmp_path / "store.gpkg"
    run_algorithm("createstore", OUTPUT=str(store), MUNICIPALITIES=MUNICIPALITIES, REGION_CODES="19")
    run_algorithm("builddistrictfrommunicipalities", STORE=str(store), NAME="Val di Noto", CODES=",".join(VAL_DI_NOTO))
    assert reads("per_feature") == 0 and reads("sqlite") > 3  # the algorithms' reads too
    columns = ["name", "pro_com_t", "population"]
    before = reads("sqlite")
    table, shapes = DistrictStore(store).read_table("municipalities", columns, where="population > 10000")
    assert reads("sqlite") == before + 1 and reads("per_feature") == 0
    expected, expected_shapes = ogr_read(store, "municipalities", columns, where="population > 10000", per_feature=True)
    assert_same_values(table, expected)
    assert_same_geometries(shapes, expected_shapes)
    assert len(table) > 10 and (table["population"] > 10000).all()
    # a whole analysis on the store: no read feature by feature
    result = run_algorithm("coverage", STORE=str(store), OUTPUT="TEMPORARY_OUTPUT")
    assert result["OUTPUT"].featureCount() == 1 and reads("per_feature") == 0 and reads("sqlite") > before + 3


def test_points_with_null_geometries_are_still_decoded_as_numbers(monkeypatch):
    from cultural_district_plugin.services import geopackage_table_read

    little = b"GP\x00\x01\x00\x00\x00\x00" + b"\x01\x01\x00\x00\x00" + np.array([3.5, -1.25], "<f8").tobytes()
    monkeypatch.setattr(geopackage_table_read.shapely, "from_wkb", lambda *a, **k: pytest.fail("WKB parsed"))
    got = geometries_of_blobs([None, little, None, little])
    assert [None if g is None else (g.x, g.y) for g in got] == [None, (3.5, -1.25), None, (3.5, -1.25)]
