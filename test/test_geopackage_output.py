"""GeoPackage outputs of many rows are filled through SQLite in one transaction (services/geopackage_output.py):
read back through QGIS they are the layer QGIS's own sink writes, feature for feature."""

import sqlite3

import numpy as np
import pandas as pd
import pytest
import shapely
from conftest import HERITAGE, VAL_DI_NOTO, plain
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)

from cultural_district_plugin.processing_provider.algorithm_base import CulturalDistrictAlgorithm
from cultural_district_plugin.services import geopackage_output

ROWS = 2500
CRS = QgsCoordinateReferenceSystem("EPSG:7794")


class FrameOutput(CulturalDistrictAlgorithm):
    """The smallest algorithm with one feature-sink output, to call ``write_frame`` as the algorithms do."""

    def name(self):
        return "frameoutput"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", "Output", QgsProcessing.SourceType.TypeVector))


def frame_and_points(rows=ROWS):
    rng = np.random.default_rng(7)
    frame = pd.DataFrame(
        {
            "name": [None if i % 97 == 0 else f"Chiesa di San Nicolò {i} — «Noto»" for i in range(rows)],
            "count": np.arange(rows, dtype=np.int64) * 3,
            "share": np.where(np.arange(rows) % 11 == 0, np.nan, rng.random(rows)),
            "listed": np.arange(rows) % 2 == 0,
        }
    )
    points = shapely.points(rng.uniform(400_000, 600_000, rows), rng.uniform(4_000_000, 4_200_000, rows))
    points[5] = None  # a row without geometry
    points[6] = shapely.Point()  # an empty one: no geometry either
    return frame, points


def write(path, frame, geometries, geometry_type=QgsWkbTypes.Type.Point, destination=None):
    algorithm = FrameOutput()
    algorithm.initAlgorithm()
    context = QgsProcessingContext()
    outputs = {}
    parameters = {"OUTPUT": destination or str(path)}
    algorithm.write_frame(parameters, "OUTPUT", context, outputs, frame, geometries, geometry_type, CRS)
    return outputs["OUTPUT"], context


def features(uri):
    layer = QgsVectorLayer(str(uri), "read back", "ogr")
    assert layer.isValid()

    rows = {
        f.id(): ([plain(v) for v in f.attributes()], bytes(f.geometry().asWkb()) if f.hasGeometry() else None)
        for f in layer.getFeatures()
    }
    return layer, rows


def test_a_large_geopackage_output_is_filled_in_bulk_and_reads_back_as_the_sink_writes_it(tmp_path, monkeypatch):
    frame, points = frame_and_points()
    with monkeypatch.context() as patched:
        patched.setattr(geopackage_output, "BULK_ROWS", 10**9)
        reference_id, _ = write(tmp_path / "sink.gpkg", frame, points)

    def no_feature_by_feature(*args):
        raise AssertionError("a large GeoPackage output went through the sink feature by feature")

    monkeypatch.setattr(CulturalDistrictAlgorithm, "_fill_sink", no_feature_by_feature)
    bulk_id, _ = write(tmp_path / "bulk.gpkg", frame, points)
    assert bulk_id == str(tmp_path / "bulk.gpkg")
    reference, expected = features(reference_id)
    layer, got = features(bulk_id)
    assert [(f.name(), f.typeName()) for f in layer.fields()] == [(f.name(), f.typeName()) for f in reference.fields()]
    assert layer.crs().authid() == "EPSG:7794" and layer.wkbType() == reference.wkbType()
    assert layer.featureCount() == reference.featureCount() == ROWS
    # the missing and the empty geometry are NULL (QGIS's sink writes an empty point for both)
    assert got[6][1] is None and got[7][1] is None
    assert {fid: row[0] for fid, row in got.items()} == {fid: row[0] for fid, row in expected.items()}
    del got[6], got[7], expected[6], expected[7]
    assert got == expected  # every attribute (NULLs, text, integers, booleans) and geometry
    assert got[1][0] == [1, None, 0, None, 1]  # fid 1: no name, no share (NaN), True as 1
    assert got[2][0] == [2, "Chiesa di San Nicolò 1 — «Noto»", 3, frame.loc[1, "share"], 0]
    assert layer.extent() == reference.extent()
    # the spatial index holds every geometry: a box finds what the geometries say
    box = QgsRectangle(450_000, 4_050_000, 520_000, 4_120_000)
    inside = {f.id() for f in layer.getFeatures(QgsFeatureRequest().setFilterRect(box))}
    valid = ~(shapely.is_missing(points) | shapely.is_empty(points))
    xy = np.full((len(points), 2), np.nan)
    xy[valid] = shapely.get_coordinates(points[valid])
    in_box = (xy[:, 0] >= 450_000) & (xy[:, 0] <= 520_000) & (xy[:, 1] >= 4_050_000) & (xy[:, 1] <= 4_120_000)
    assert inside == set((np.flatnonzero(in_box) + 1).tolist()) and len(inside) > 100
    with sqlite3.connect(bulk_id) as connection:
        assert connection.execute("SELECT rtreecheck('rtree_bulk_geom')").fetchone()[0] == "ok"
        assert connection.execute("SELECT feature_count FROM gpkg_ogr_contents").fetchone()[0] == ROWS
        triggers = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"rtree_bulk_geom_insert", "trigger_insert_feature_count_bulk"} <= triggers  # put back


def test_a_frame_with_a_fid_column_gives_the_features_their_ids_as_the_sink_does(tmp_path, monkeypatch):
    frame, points = frame_and_points()
    frame.insert(0, "fid", np.arange(ROWS, dtype=np.int64) * 2 + 10)
    with monkeypatch.context() as patched:
        patched.setattr(geopackage_output, "BULK_ROWS", 10**9)
        reference_id, _ = write(tmp_path / "sink.gpkg", frame, points)
    bulk_id, _ = write(tmp_path / "bulk.gpkg", frame, points)
    reference, expected = features(reference_id)
    layer, got = features(bulk_id)
    assert [f.name() for f in layer.fields()] == [f.name() for f in reference.fields()]
    assert sorted(got) == sorted(expected) == list(range(10, 10 + 2 * ROWS, 2))
    assert {fid: row[0] for fid, row in got.items()} == {fid: row[0] for fid, row in expected.items()}


def test_an_output_into_a_named_layer_of_a_geopackage_leaves_its_other_layers(tmp_path):
    frame, points = frame_and_points()
    path = tmp_path / "outputs.gpkg"
    write(path, frame.head(10), points[:10])  # a first, small layer "outputs", written by the sink
    destination = f"ogr:dbname='{path}' table=\"near\" (geom)"
    written, _ = write(path, frame, points, destination=destination)
    assert written == f"{path}|layername=near"
    _, near = features(written)
    _, first = features(f"{path}|layername=outputs")
    assert len(near) == ROWS and len(first) == 10


def test_polygons_are_promoted_to_the_layers_multi_type(tmp_path, monkeypatch):
    squares = shapely.box(np.arange(ROWS) * 10.0, 0, np.arange(ROWS) * 10.0 + 5, 5)
    squares[3] = shapely.MultiPolygon([shapely.box(0, 10, 1, 11), shapely.box(2, 10, 3, 11)])
    frame = pd.DataFrame({"district": [f"D{i}" for i in range(ROWS)]})
    with monkeypatch.context() as patched:
        patched.setattr(geopackage_output, "BULK_ROWS", 10**9)
        reference_id, _ = write(tmp_path / "sink.gpkg", frame, squares, QgsWkbTypes.Type.MultiPolygon)
    bulk_id, _ = write(tmp_path / "bulk.gpkg", frame, squares, QgsWkbTypes.Type.MultiPolygon)
    reference, expected = features(reference_id)
    layer, got = features(bulk_id)
    assert got == expected and layer.wkbType() == QgsWkbTypes.Type.MultiPolygon
    assert shapely.from_wkb(got[4][1]).equals(squares[3])


def test_a_failed_fill_writes_no_row(tmp_path, monkeypatch):
    frame, points = frame_and_points()
    calls = []

    def failing_blobs(*args, **kwargs):
        calls.append(1)
        raise OSError("disk full")

    monkeypatch.setattr(geopackage_output, "geometry_blobs", failing_blobs)
    with pytest.raises(OSError, match="disk full"):
        write(tmp_path / "bulk.gpkg", frame, points)
    assert calls
    layer, rows = features(tmp_path / "bulk.gpkg")
    assert rows == {} and layer.featureCount() == 0


def test_a_bulk_output_is_loaded_into_the_project_as_the_sink_would_load_it(tmp_path):
    frame, points = frame_and_points()
    path = tmp_path / "loaded.gpkg"
    written, context = write(
        path, frame, points, destination=QgsProcessingOutputLayerDefinition(str(path), QgsProject.instance())
    )
    details = context.layersToLoadOnCompletion()
    assert list(details) == [written] and details[written].outputName == "OUTPUT"


def test_spreadsheets_and_temporary_layers_keep_the_sink(tmp_path):
    frame, points = frame_and_points()
    frame.loc[0, "name"] = "=HYPERLINK(1)"
    written, context = write(tmp_path / "table.csv", frame, None, QgsWkbTypes.Type.NoGeometry)
    text = (tmp_path / "table.csv").read_text(encoding="utf-8")
    assert "'=HYPERLINK(1)" in text and len(text.splitlines()) == ROWS + 1
    memory, context = write(None, frame, points, destination="TEMPORARY_OUTPUT")
    layer = context.takeResultLayer(memory)
    assert layer.featureCount() == ROWS


def test_coverage_builds_only_the_outputs_asked_for(run_algorithm, district_store, monkeypatch):
    store, _ = district_store(19, "Val di Noto", VAL_DI_NOTO)
    built = []
    original = CulturalDistrictAlgorithm.write_frame

    def spy(self, parameters, name, *args, **kwargs):
        built.append(name)
        return original(self, parameters, name, *args, **kwargs)

    monkeypatch.setattr(CulturalDistrictAlgorithm, "write_frame", spy)
    run_algorithm(
        "coverage", STORE=str(store), HUBS=HERITAGE, OUTPUT="TEMPORARY_OUTPUT", NEAR_MISSES="TEMPORARY_OUTPUT"
    )
    assert built == ["OUTPUT", "NEAR_MISSES"]
    built.clear()
    asked = QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT")
    result = run_algorithm(
        "coverage", STORE=str(store), HUBS=HERITAGE, OUTPUT="TEMPORARY_OUTPUT", ASSET_HUB_DISTANCES=asked
    )
    assert built == ["OUTPUT", "NEAR_MISSES", "ASSET_HUB_DISTANCES"]
    assert result["ASSET_HUB_DISTANCES"].featureCount() > 0


def test_coverage_layers_written_in_bulk_are_those_of_the_sink(run_algorithm, district_store, tmp_path, monkeypatch):
    store, _ = district_store(19, "Val di Noto", VAL_DI_NOTO)
    outputs = {}
    for way, rows in (("sink", 10**9), ("bulk", 1)):
        monkeypatch.setattr(geopackage_output, "BULK_ROWS", rows)
        result = run_algorithm(
            "coverage",
            STORE=str(store),
            HUBS=HERITAGE,
            NEAR_DISTANCE=20000,
            OUTPUT="TEMPORARY_OUTPUT",
            NEAR_MISSES=str(tmp_path / f"near_{way}.gpkg"),
            ASSET_HUB_DISTANCES=str(tmp_path / f"hubs_{way}.gpkg"),
        )
        outputs[way] = {key: features(result[key])[1] for key in ("NEAR_MISSES", "ASSET_HUB_DISTANCES")}
    assert outputs["bulk"] == outputs["sink"]
    assert len(outputs["bulk"]["NEAR_MISSES"]) > 0 and len(outputs["bulk"]["ASSET_HUB_DISTANCES"]) > 30
