"""The source fields an output carries (services/carried_rows.py): copied by SQLite from a GeoPackage table into a
GeoPackage output, read and written through Python otherwise; the same layer either way."""

import sqlite3

import numpy as np
import pandas as pd
import pytest
import shapely
from conftest import HERITAGE, MUNICIPALITIES, SAMPLE, VAL_DI_NOTO, plain
from osgeo import gdal
from qgis.core import QgsFeatureRequest, QgsField, QgsProcessingContext, QgsVectorLayer, QgsWkbTypes
from test_geopackage_output import CRS, FrameOutput, features

from cultural_district_plugin.services import analysis_inputs, geopackage_output
from cultural_district_plugin.services.carried_rows import CarriedRows, geopackage_table_of
from cultural_district_plugin.services.district_store import DistrictStore, StoreError
from cultural_district_plugin.services.geopackage_sql import register_functions
from cultural_district_plugin.services.layer_reader import read_layer


@pytest.fixture
def assets(tmp_path):
    """The sample's heritage assets in a GeoPackage of their own, with a field named as a near-miss column
    ("district") and integers with NULLs (visitors)."""
    path = tmp_path / "assets.gpkg"
    gdal.VectorTranslate(str(path), str(SAMPLE), layers=["heritage_assets"])
    with sqlite3.connect(path) as connection:
        register_functions(connection)  # the R-tree's update triggers call them
        connection.execute("ALTER TABLE heritage_assets ADD COLUMN district TEXT")
        connection.execute(
            "UPDATE heritage_assets SET district = 'inventory ' || fid, visitors = NULL WHERE fid % 3 = 0"
        )
        connection.execute("UPDATE heritage_assets SET visitors = 1000 + fid WHERE fid % 3 = 1")
    return path


def coverage_outputs(run_algorithm, tmp_path, way, points, **parameters):
    result = run_algorithm(
        "coverage",
        POINTS=points,
        DISTRICTS=MUNICIPALITIES,
        NAME_FIELD="comune",
        NEAR_DISTANCE=3000,
        CATCHMENT_DISTANCE=0,
        HUBS=HERITAGE,
        OUTPUT="TEMPORARY_OUTPUT",
        NEAR_MISSES=str(tmp_path / f"near_{way}.gpkg"),
        ASSET_HUB_DISTANCES=str(tmp_path / f"hubs_{way}.gpkg"),
        **parameters,
    )
    layers = {}
    for key in ("NEAR_MISSES", "ASSET_HUB_DISTANCES"):
        layer, rows = features(result[key])
        layers[key] = ([(f.name(), f.typeName()) for f in layer.fields()], rows)
    return layers


def test_coverage_copies_a_geopackages_fields_as_the_sink_writes_them(run_algorithm, assets, tmp_path, monkeypatch):
    read = []
    original = analysis_inputs.read_attributes

    def spy(*args, **kwargs):
        read.append(len(args[3]))
        return original(*args, **kwargs)

    monkeypatch.setattr(analysis_inputs, "read_attributes", spy)
    points = f"{assets}|layername=heritage_assets"
    monkeypatch.setattr(geopackage_output, "BULK_ROWS", 10**9)
    sink = coverage_outputs(run_algorithm, tmp_path, "sink", points)
    assert read  # through the sink: the fields are read
    read.clear()
    monkeypatch.setattr(geopackage_output, "BULK_ROWS", 1)
    copied = coverage_outputs(run_algorithm, tmp_path, "copied", points)
    assert read == []  # copied by SQLite: never read
    assert copied == sink  # field names and types, every value and geometry
    fields, near = copied["NEAR_MISSES"]
    names = [name for name, _ in fields]
    assert names[:3] == ["fid", "source_id", "name"] and names[-3:] == ["district_asset", "district", "distance_m"]
    assert dict(fields)["visitors"].lower() in ("integer", "integer64", "mediumint")  # NULLs kept, not floats
    # an asset near several municipalities is a near miss of each
    source_ids = [row[0][1] for row in near.values()]
    assert len(source_ids) > len(set(source_ids)) and len(near) > 40
    layer = QgsVectorLayer(points, "assets", "ogr")
    by_source = {f["source_id"]: f for f in layer.getFeatures()}
    position = {name: i for i, name in enumerate(names)}
    for attributes, _ in near.values():
        asset = by_source[attributes[position["source_id"]]]
        assert attributes[position["district_asset"]] == plain(asset["district"])
        assert attributes[position["visitors"]] == plain(asset["visitors"])
    visitors = {attributes[position["visitors"]] for attributes, _ in near.values()}
    assert None in visitors and any(isinstance(v, int) and v > 1000 for v in visitors)
    _, distances = copied["ASSET_HUB_DISTANCES"]
    assert len(distances) == layer.featureCount() and all(row[0][-1] == 0.0 for row in distances.values())


def test_the_store_carries_name_and_source_id(run_algorithm, district_store, tmp_path, monkeypatch):
    store, _ = district_store(19, "Val di Noto", VAL_DI_NOTO)
    monkeypatch.setattr(geopackage_output, "BULK_ROWS", 1)
    result = run_algorithm(
        "coverage",
        STORE=str(store),
        NEAR_DISTANCE=20000,
        OUTPUT="TEMPORARY_OUTPUT",
        NEAR_MISSES=str(tmp_path / "near.gpkg"),
    )
    layer, rows = features(result["NEAR_MISSES"])
    assert [f.name() for f in layer.fields()] == ["fid", "name", "source_id", "district", "distance_m"]
    stored = QgsVectorLayer(f"{store}|layername=heritage_assets", "store", "ogr")
    names = {f["source_id"]: f["name"] for f in stored.getFeatures()}
    assert rows and all(names[attributes[2]] == attributes[1] for attributes, _ in rows.values())


def test_which_sources_are_copied_by_sql(assets, tmp_path):
    plain = QgsVectorLayer(f"{assets}|layername=heritage_assets", "assets", "ogr")
    fields = [f.name() for f in plain.fields() if f.name() != "fid"]
    table = geopackage_table_of(plain, None, "heritage_assets", fields)
    assert table is not None and table.table == "heritage_assets" and table.key == "fid"
    assert table.declared["visitors"] == "MEDIUMINT" and table.path == assets
    filtered = QgsVectorLayer(f"{assets}|layername=heritage_assets", "some", "ogr")
    filtered.setSubsetString("fid < 10")
    assert geopackage_table_of(filtered, None, "heritage_assets", fields) is None
    memory = plain.materialize(QgsFeatureRequest())
    assert geopackage_table_of(memory, None, "heritage_assets", fields) is None
    virtual = QgsVectorLayer(f"{assets}|layername=heritage_assets", "virtual", "ogr")
    virtual.addExpressionField("1 + 1", QgsField("two", 2))
    assert geopackage_table_of(virtual, None, "heritage_assets", [*fields, "two"]) is None
    with sqlite3.connect(assets) as connection:
        connection.execute("ALTER TABLE heritage_assets ADD COLUMN photo BLOB")
    blob = QgsVectorLayer(f"{assets}|layername=heritage_assets", "blob", "ogr")
    assert geopackage_table_of(blob, None, "heritage_assets", [*fields, "photo"]) is None
    store = DistrictStore.__new__(DistrictStore)
    store.path = SAMPLE
    assert geopackage_table_of(None, store, "heritage_assets", ["name", "source_id"]).table == "heritage_assets"
    shapefile = tmp_path / "assets.shp"
    gdal.VectorTranslate(str(shapefile), str(assets), layers=["heritage_assets"])
    assert geopackage_table_of(QgsVectorLayer(str(shapefile), "shp", "ogr"), None, "", ["name"]) is None


def carried(assets, fids):
    layer = QgsVectorLayer(f"{assets}|layername=heritage_assets", "assets", "ogr")

    def read(wanted):
        frame, _ = read_layer(layer, None, ["name", "visitors"], fids=np.unique(wanted))
        return frame.set_index("fid").loc[wanted].reset_index(drop=True)

    table = geopackage_table_of(layer, None, "heritage_assets", ["name", "visitors"])
    return CarriedRows(np.asarray(fids), ["name", "visitors"], ["name", "visitors"], read, table)


def write(destination, frame, geometries, rows):
    algorithm = FrameOutput()
    algorithm.initAlgorithm()
    outputs = {}
    algorithm.write_frame(
        {"OUTPUT": destination},
        "OUTPUT",
        QgsProcessingContext(),
        outputs,
        frame,
        geometries,
        QgsWkbTypes.Type.Point,
        CRS,
        rows,
    )
    return outputs["OUTPUT"]


def test_a_feature_gone_meanwhile_writes_no_row(assets, tmp_path, monkeypatch):
    monkeypatch.setattr(geopackage_output, "BULK_ROWS", 1)
    fids = [1, 2, 9999]  # 9999: deleted by a colleague since the positions were read
    frame = pd.DataFrame({"distance_m": [1.0, 2.0, 3.0]})
    with pytest.raises(StoreError, match="gone"):
        write(str(tmp_path / "out.gpkg"), frame, shapely.points([[0, 0], [1, 1], [2, 2]]), carried(assets, fids))
    layer, rows = features(tmp_path / "out.gpkg")
    assert rows == {} and layer.featureCount() == 0
    with sqlite3.connect(tmp_path / "out.gpkg") as connection:
        assert connection.execute("SELECT count(*) FROM rtree_out_geom").fetchone()[0] == 0
        assert connection.execute("PRAGMA database_list").fetchall()[-1][1] in ("main", "temp")  # detached


def test_an_output_into_the_sources_own_geopackage(assets, monkeypatch):
    monkeypatch.setattr(geopackage_output, "BULK_ROWS", 1)
    fids = [3, 1, 3]  # the order given, an id twice
    frame = pd.DataFrame({"distance_m": [1.0, 2.0, 3.0]})
    destination = f"ogr:dbname='{assets}' table=\"near\" (geom)"
    written = write(destination, frame, shapely.points([[0, 0], [1, 1], [2, 2]]), carried(assets, fids))
    _, rows = features(written)
    layer = QgsVectorLayer(f"{assets}|layername=heritage_assets", "assets", "ogr")
    source = {f.id(): f for f in layer.getFeatures()}
    assert [row[0][1:] for row in rows.values()] == [
        [source[3]["name"], None, 1.0],
        [source[1]["name"], 1001, 2.0],
        [source[3]["name"], None, 3.0],
    ]
    assert [shapely.from_wkb(row[1]).x for row in rows.values()] == [0.0, 1.0, 2.0]
