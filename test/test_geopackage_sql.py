"""Store writes through SQLite (services/geopackage_sql.py): GDAL and QGIS read back every geometry, the R-tree
holds exactly the written envelopes (bulk and row by row), the insert trigger is back as it was, the layer extent
grows, and a million-row insert is a few statements (regression guard: a counter, not a clock)."""

import sqlite3

import numpy as np
import pytest
import shapely
from osgeo import ogr
from qgis.core import QgsFeatureRequest, QgsRectangle

from cultural_district_plugin.services import district_store
from cultural_district_plugin.services.district_store import create_store
from cultural_district_plugin.services.geopackage_sql import BULK_RTREE_ROWS, geometry_blobs

X0, Y0 = 500000.0, 4100000.0  # EPSG:7792


def _rows(path, sql, *args):
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def _trigger(path, name):
    return _rows(path, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", name)


@pytest.mark.parametrize("count", [BULK_RTREE_ROWS - 1, 5 * BULK_RTREE_ROWS + 3])
def test_written_assets_read_back_through_gdal_qgis_and_the_rtree(qgis_app, tmp_path, count):
    """Below the bulk threshold the R-tree triggers run (through the registered ST_ functions); above it the
    R-tree is filled in one statement. Either way: the same R-tree, the same geometries, the trigger unchanged."""
    path = tmp_path / "s.gpkg"
    store = create_store(path, 7792)
    trigger = _trigger(path, "rtree_heritage_assets_geom_insert")
    rng = np.random.default_rng(count)
    x, y = X0 + rng.uniform(0, 50000, count), Y0 + rng.uniform(0, 40000, count)
    points = shapely.points(x, y).astype(object)
    points[3] = None  # a row without geometry
    before = district_store.WRITES["inserts"]
    with store.batch("test") as batch:
        fids = batch.add("heritage_assets", [{"name": f"Bene {i}", "visitors": i} for i in range(count)], points)
    assert district_store.WRITES["inserts"] - before == 2  # the batch row and the assets: one insert each
    assert _trigger(path, "rtree_heritage_assets_geom_insert") == trigger
    assert _rows(path, "SELECT rtreecheck('rtree_heritage_assets_geom')") == [("ok",)]
    assert fids == list(range(1, count + 1))
    rtree = np.array(_rows(path, 'SELECT id, minx, maxx, miny, maxy FROM "rtree_heritage_assets_geom" ORDER BY id'))
    expected_ids = [f for f in fids if f != 4]
    assert rtree[:, 0].astype(int).tolist() == expected_ids
    keep = np.array([f != 4 for f in fids])
    # the R-tree stores 32-bit floats rounded outwards
    assert np.all(rtree[:, 1] <= x[keep]) and np.all(rtree[:, 2] >= x[keep])
    assert np.allclose(rtree[:, 1], x[keep], rtol=1e-6) and np.allclose(rtree[:, 3], y[keep], rtol=1e-6)
    ds = ogr.Open(str(path))
    layer = ds.GetLayerByName("heritage_assets")
    assert layer.GetFeatureCount() == count
    minx, maxx, miny, maxy = layer.GetExtent()
    assert (minx, maxx, miny, maxy) == pytest.approx((x[keep].min(), x[keep].max(), y[keep].min(), y[keep].max()))
    feature = layer.GetFeature(count)
    assert feature.GetGeometryRef().GetX() == x[-1] and feature.GetField("name") == f"Bene {count - 1}"
    assert layer.GetFeature(4).GetGeometryRef() is None
    ds = None
    qgis_layer = store.layer("heritage_assets")
    window = QgsRectangle(X0, Y0, X0 + 10000, Y0 + 10000)
    found = {f.id() for f in qgis_layer.getFeatures(QgsFeatureRequest().setFilterRect(window))}
    inside = {fid for fid, a, b in zip(fids, x, y) if a <= X0 + 10000 and b <= Y0 + 10000 and fid != 4}
    assert found == inside and len(found) > 0


def test_polygons_promoted_empties_flagged_and_the_extent_grown(qgis_app, tmp_path):
    path = tmp_path / "s.gpkg"
    store = create_store(path, 7792)
    square = shapely.box(X0, Y0, X0 + 1000, Y0 + 1000)
    far = shapely.MultiPolygon([shapely.box(X0 + 9000, Y0 - 500, X0 + 9500, Y0)])
    with store.batch("test") as batch:
        batch.add("districts", [{"name": "A"}, {"name": "B"}, {"name": "C"}], [square, far, shapely.Polygon()])
    blob = _rows(path, "SELECT geom FROM districts WHERE name = 'A'")[0][0]
    assert blob[:2] == b"GP" and blob[3] == 0b011  # little endian, an xy envelope
    assert _rows(path, "SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = 'districts'") == [
        (X0, Y0 - 500, X0 + 9500, Y0 + 1000)
    ]
    ds = ogr.Open(str(path))
    layer = ds.GetLayerByName("districts")
    geometries = {f.GetField("name"): f.GetGeometryRef().Clone() for f in layer}  # owned copies
    assert geometries["A"].GetGeometryName() == "MULTIPOLYGON" and geometries["A"].GetArea() == 1_000_000
    assert geometries["C"].IsEmpty()
    assert _rows(path, 'SELECT count(*) FROM "rtree_districts_geom"') == [(2,)]  # the empty one is not indexed
    ds = None
    with store.batch("move") as batch:  # an update through the update triggers
        batch.update("districts", 1, {"notes": "moved"}, shapely.box(X0 - 2000, Y0, X0 - 1000, Y0 + 1000))
    assert _rows(path, 'SELECT minx, maxx FROM "rtree_districts_geom" WHERE id = 1') == [(X0 - 2000, X0 - 1000)]
    assert _rows(path, "SELECT min_x FROM gpkg_contents WHERE table_name = 'districts'") == [(X0 - 2000,)]


def test_geometry_blobs_carry_the_srs_and_iso_wkb():
    point, line = shapely.Point(1.5, 2.5), shapely.LineString([(0, 0), (3, 4)])
    blobs = geometry_blobs(np.array([point, None, line], dtype=object), 7792)
    assert blobs[1] is None
    assert blobs[0][:8] == b"GP\x00\x01" + (7792).to_bytes(4, "little")
    assert shapely.from_wkb(blobs[0][8:]).equals(point)
    assert np.frombuffer(blobs[2][8:40], dtype="<f8").tolist() == [0, 3, 0, 4]  # minx, maxx, miny, maxy
    assert shapely.from_wkb(blobs[2][40:]).equals(line)


def test_point_blobs_made_from_numbers_are_the_bytes_of_the_general_path(monkeypatch):
    """Points only (3D ones written 2D, a missing one left NULL): the same bytes as through shapely's WKB;
    with an empty point or under a MULTIPOINT column, the general path (empty flag, promotion) makes them all."""
    from cultural_district_plugin.services import geopackage_sql

    rng = np.random.default_rng(4)
    points = np.array(list(shapely.points(rng.uniform(-1e6, 1e7, (500, 2)))) + [None, shapely.Point(1, 2, 3)])
    fast = geometry_blobs(points, 6708)
    empty = geometry_blobs(np.append(points, shapely.Point()), 6708)
    multi = geometry_blobs(points, 6708, "MULTIPOINT")
    monkeypatch.setattr(geopackage_sql, "_point_blobs", lambda shapes, srs_id: None)
    assert fast == geometry_blobs(points, 6708) and fast[500] is None and len(fast[0]) == 29
    assert fast[501] == b"GP\x00\x01" + (6708).to_bytes(4, "little") + shapely.to_wkb(shapely.Point(1, 2), byte_order=1)
    assert empty == geometry_blobs(np.append(points, shapely.Point()), 6708) and empty[-1][3] & 0b10000
    assert multi == geometry_blobs(points, 6708, "MULTIPOINT") and shapely.from_wkb(multi[0][40:]).geom_type == (
        "MultiPoint"
    )


def test_a_packed_rtree_grows_shrinks_and_stays_consistent(qgis_app, tmp_path):
    """Three levels of nodes (more than 167² entries), rebuilt with the entries it holds, then grown by ordinary
    insertions and shrunk by removing a batch: SQLite's own ``rtreecheck`` passes after each step and a window
    query finds exactly the points inside it."""
    path = tmp_path / "s.gpkg"
    store = create_store(path, 7792)
    rng = np.random.default_rng(5)
    placed = {}

    def add(count):
        x, y = X0 + rng.uniform(0, 90000, count), Y0 + rng.uniform(0, 90000, count)
        with store.batch("add") as batch:
            fids = batch.add("heritage_assets", [{"name": "b"}] * count, shapely.points(x, y))
        placed.update(zip(fids, zip(x, y)))
        return batch.batch_id

    def consistent():
        assert _rows(path, "SELECT rtreecheck('rtree_heritage_assets_geom')") == [("ok",)]
        window = (X0 + 20000, Y0 + 30000, X0 + 26000, Y0 + 33000)
        found = _rows(
            path,
            'SELECT id FROM "rtree_heritage_assets_geom" WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?',
            window[2],
            window[0],
            window[3],
            window[1],
        )
        inside = {f for f, (x, y) in placed.items() if window[0] <= x <= window[2] and window[1] <= y <= window[3]}
        assert {f for (f,) in found} == inside and inside

    add(60_000)  # root, one level of inner nodes, leaves
    assert _rows(path, 'SELECT count(*) FROM "rtree_heritage_assets_geom_node"')[0][0] > 360
    consistent()
    second = add(20_000)  # rewritten with the 60,000 it holds
    consistent()
    add(300)  # inserted one by one into the packed tree (the trigger)
    consistent()
    store.remove_batch(second)
    placed = {f: xy for f, xy in placed.items() if not 60_001 <= f <= 80_000}
    consistent()
    assert _rows(path, 'SELECT count(*) FROM "rtree_heritage_assets_geom"') == [(60_300,)]
