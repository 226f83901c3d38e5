"""The district project store: schema, CRS, batches, refusals that leave files untouched."""

import shutil
import sqlite3

import pytest
import shapely
from conftest import SAMPLE, file_hash
from qgis.PyQt.QtCore import QVariant
from shapely.geometry import MultiPolygon, box

from cultural_district_plugin.services.district_store import DistrictStore, StoreError, create_store
from cultural_district_plugin.services.store_schema import SCHEMA_VERSION, TABLES


def _query(path, sql, *args):
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def test_new_store_holds_every_table_in_its_crs(qgis_app, tmp_path):
    store = create_store(tmp_path / "s.gpkg", 7792)
    contents = dict(_query(store.path, "SELECT table_name, data_type FROM gpkg_contents"))
    assert set(contents) == {t.name for t in TABLES} | {"layer_styles"}
    for table in TABLES:
        assert contents[table.name] == ("features" if table.geometry_type else "attributes")
        layer = store.layer(table.name)
        assert layer.isValid()
        names = [f.name() for f in layer.fields()]
        assert names == ["fid"] + list(table.column_names), table.name
        if table.geometry_type:
            assert layer.crs().authid() == "EPSG:7792"
    geometry_srs = set(_query(store.path, "SELECT DISTINCT srs_id FROM gpkg_geometry_columns"))
    assert geometry_srs == {(7792,)}
    assert store.info["schema_version"] == str(SCHEMA_VERSION) and store.info["crs"] == "EPSG:7792"
    links = {(row[2], row[3], row[4]) for row in _query(store.path, "PRAGMA foreign_key_list(district_members)")}
    assert ("districts", "district_id", "fid") in links
    assert _query(store.path, "SELECT count(*) FROM sqlite_master WHERE name = 'rtree_districts_geom'") == [(1,)]
    assert _query(store.path, "PRAGMA integrity_check") == [("ok",)]


def test_batch_writes_are_atomic_and_removable(qgis_app, tmp_path):
    store = create_store(tmp_path / "s.gpkg", 7792)
    square = MultiPolygon([box(500000, 4100000, 501000, 4101000)])
    with pytest.raises(RuntimeError), store.batch("test") as batch:
        batch.add("districts", [{"name": "half written"}], [square])
        raise RuntimeError("failure in the middle of a batch")
    assert store.layer("districts").featureCount() == 0
    with store.batch("test") as batch:
        fid = batch.add("districts", [{"name": "A", "origin": "built"}], [square])[0]
        batch.add("district_members", [{"district_id": fid, "pro_com_t": "089013", "boundary_year": 2023}])
    districts = store.layer("districts")
    feature = next(districts.getFeatures())
    assert feature["name"] == "A" and feature["batch_id"] == batch.batch_id and feature["status"] == "proposal"
    assert shapely.from_wkb(bytes(feature.geometry().asWkb())).equals(square)
    store.remove_batch(batch.batch_id)
    assert store.layer("districts").featureCount() == 0
    assert store.layer("district_members").featureCount() == 0
    with pytest.raises(StoreError, match="no batch"):
        store.remove_batch(batch.batch_id)


def test_constraints_refuse_bad_rows(qgis_app, tmp_path):
    store = create_store(tmp_path / "s.gpkg", 7792)
    with (
        pytest.raises(StoreError, match="CHECK constraint failed: length\\(pro_com_t\\) = 6.*nothing was written"),
        store.batch("test") as batch,
    ):
        batch.add("district_members", [{"district_id": 1, "pro_com_t": "89013", "boundary_year": 2023}])
    assert store.layer("district_members").featureCount() == 0


def test_existing_file_is_never_overwritten(qgis_app, tmp_path):
    target = tmp_path / "taken.gpkg"
    shutil.copy(SAMPLE, target)
    before = file_hash(target)
    with pytest.raises(StoreError, match="already exists"):
        create_store(target, 7792)
    assert file_hash(target) == before


def test_failed_creation_leaves_nothing(qgis_app, tmp_path):
    with pytest.raises(StoreError, match="projected"):
        create_store(tmp_path / "geo.gpkg", 4326)
    assert list(tmp_path.iterdir()) == []


def _store_with_version(path, version):
    create_store(path, 7792)
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE store_info SET value = ? WHERE key = 'schema_version'", (str(version),))
    con.close()


@pytest.mark.parametrize(
    "content, reason",
    [
        ("foreign", "not a district store"),
        ("text", "not a district store"),
        ("missing", "no such file"),
        ("older", "cannot be migrated"),
        ("newer", "newer version"),
        ("read-only", "read-only"),
        ("locked", "locked by another program"),
        ("truncated", "not a district store"),
    ],
)
def test_bad_stores_are_refused_clearly_and_left_untouched(qgis_app, tmp_path, content, reason):
    path = tmp_path / "input.gpkg"
    lock = None
    if content == "foreign":
        shutil.copy(SAMPLE, path)  # a valid GeoPackage that is not a store
    elif content == "text":
        path.write_text("not a database", encoding="utf-8")
    elif content in ("older", "newer"):
        _store_with_version(path, 0 if content == "older" else SCHEMA_VERSION + 1)
    elif content == "read-only":
        create_store(path, 7792)
        path.chmod(0o444)
    elif content == "truncated":  # a store cut short by a failed copy
        create_store(tmp_path / "whole.gpkg", 7792)
        path.write_bytes((tmp_path / "whole.gpkg").read_bytes()[:8192])
        (tmp_path / "whole.gpkg").unlink()
    elif content == "locked":
        create_store(path, 7792)
        lock = sqlite3.connect(path)
        lock.execute("BEGIN EXCLUSIVE")
    before = file_hash(path) if path.exists() else None
    try:
        with pytest.raises(StoreError, match=reason) as error:
            DistrictStore(path)
    finally:
        if lock is not None:
            lock.rollback()
            lock.close()
    assert str(path) in str(error.value)
    assert (file_hash(path) if path.exists() else None) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ([] if content == "missing" else ["input.gpkg"])


def test_store_opens_styled_and_editable_in_plain_qgis(qgis_app, tmp_path):
    """A QGIS without the plugin (a separate process, plugin not importable) gets the saved styles."""
    import subprocess

    create_store(tmp_path / "s.gpkg", 7792)
    probe = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from qgis.core import QgsApplication, QgsVectorLayer\n"
        "app = QgsApplication([], False); app.initQgis()\n"
        "assert 'cultural_district_plugin' not in sys.modules\n"
        f"path = {str(tmp_path / 's.gpkg')!r}\n"
        "for table, field in (('districts', 'status'), ('districts', 'district_type'), "
        "('heritage_assets', 'category'), ('stakeholders', 'role'), ('check_results', 'severity')):\n"
        "    layer = QgsVectorLayer(path + '|layername=' + table, table, 'ogr')\n"
        "    setup = layer.editorWidgetSetup(layer.fields().indexOf(field))\n"
        "    symbol = layer.renderer().symbol().symbolLayer(0)\n"
        "    colour = symbol.strokeColor() if table == 'check_results' else symbol.color()\n"
        "    print(table, field, setup.type(), len(setup.config()['map']), colour.name(), "
        "layer.labelsEnabled())\n"
    )
    completed = subprocess.run(
        ["/usr/bin/python3", "-c", probe], capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"}
    )
    assert completed.returncode == 0, completed.stderr
    lines = completed.stdout.split("\n")
    assert "districts status ValueMap 3 #c83c28 True" in lines
    assert "districts district_type ValueMap 5 #c83c28 True" in lines
    assert "heritage_assets category ValueMap 13 #78288c False" in lines
    assert any(line.startswith("stakeholders role ValueMap 4") for line in lines)
    assert "check_results severity ValueMap 3 #e67800 False" in lines  # outline only: findings do not hide districts


def test_interactive_edits_go_through_the_edit_buffer_with_undo(qgis_app, tmp_path):
    store = create_store(tmp_path / "s.gpkg", 7792)
    with store.batch("test") as batch:
        batch.add("districts", [{"name": "Before"}], [MultiPolygon([box(500000, 4100000, 501000, 4101000)])])
    layer = store.layer("districts")
    index = layer.fields().indexOf("name")
    assert layer.startEditing()
    layer.beginEditCommand("rename")
    layer.changeAttributeValue(1, index, "After")
    layer.endEditCommand()
    assert layer.getFeature(1)["name"] == "After"
    layer.undoStack().undo()
    assert layer.getFeature(1)["name"] == "Before"
    layer.undoStack().redo()
    assert layer.commitChanges()
    assert store.read_table("districts", ["name"])[0]["name"].tolist() == ["After"]


SAMPLE_VALUES = {"TEXT": "Città di Noto – Sant'Agata", "INTEGER": 1693, "REAL": 312.5}
QVARIANT_TYPES = {"TEXT": {QVariant.String}, "INTEGER": {QVariant.Int, QVariant.LongLong}, "REAL": {QVariant.Double}}


def test_schema_round_trip_of_every_field(qgis_app, tmp_path):
    """Write a value into every column of every table, reopen the file in QGIS and read them back."""
    from cultural_district_plugin.services.store_schema import CODE_LISTS

    store = create_store(tmp_path / "s.gpkg", 7792)
    square = MultiPolygon([box(500000, 4100000, 501000, 4101000)])
    written = {}
    with store.batch("round trip") as batch:
        fids = {"batches": None}
        for table in TABLES:
            if table.name in ("batches",):
                continue
            record = {}
            for column in table.columns:
                if column.name in ("batch_id", "created_at"):
                    continue
                if column.references:
                    record[column.name] = fids[column.references.split("(")[0]]
                elif (table.name, column.name) in CODE_LISTS:
                    record[column.name] = CODE_LISTS[(table.name, column.name)][-1]
                elif column.name == "pro_com_t":
                    record[column.name] = "089013"
                else:
                    record[column.name] = SAMPLE_VALUES[column.sql_type]
            if table.name == "store_info":
                record["key"] = "round_trip"
            geometry = None
            if table.geometry_type:
                geometry = [square if table.geometry_type == "MULTIPOLYGON" else shapely.Point(500500, 4100500)]
            fids[table.name] = batch.add(table.name, [record], geometry)[0]
            written[table.name] = record
    reopened = DistrictStore(store.path)
    for table in TABLES:
        if table.name not in written:
            continue
        layer = reopened.layer(table.name)
        feature = layer.getFeature(fids[table.name])
        for column in table.columns:
            field = layer.fields().field(column.name)
            assert field.type() in QVARIANT_TYPES[column.sql_type], (table.name, column.name, field.typeName())
            if column.name in written[table.name]:
                assert feature[column.name] == written[table.name][column.name], (table.name, column.name)
        if "batch_id" in table.column_names:
            assert feature["batch_id"] == batch.batch_id
        if table.geometry_type:
            assert not feature.geometry().isNull()


ISO_UTC = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$"


def test_timestamps_are_real_iso_values_whoever_writes(run_algorithm, tmp_path):
    """#8.4: created_at / updated_at hold ISO 8601 UTC times, written through the store, QGIS or OGR."""
    import re

    from conftest import MUNICIPALITIES
    from qgis.core import QgsGeometry, QgsVectorLayerUtils

    path = tmp_path / "s.gpkg"
    run_algorithm("createstore", OUTPUT=str(path), MUNICIPALITIES=MUNICIPALITIES, REGION_CODES="19")
    run_algorithm("builddistrictfrommunicipalities", STORE=str(path), NAME="Noto", CODES="089013")
    store = DistrictStore(path)
    layer = store.layer("districts")  # QGIS's digitising and forms create features this way
    geometry = QgsGeometry.fromWkt("MultiPolygon(((500000 4100000, 501000 4100000, 501000 4101000, 500000 4100000)))")
    feature = QgsVectorLayerUtils.createFeature(layer, geometry, {layer.fields().indexOf("name"): "Disegnato"})
    assert feature["created_at"] in (None, "") or not isinstance(feature["created_at"], str), feature["created_at"]
    assert layer.dataProvider().addFeatures([feature])[0], layer.dataProvider().lastError()
    rows = _query(path, "SELECT name, created_at, updated_at FROM districts ORDER BY fid")
    assert [r[0] for r in rows] == ["Noto", "Disegnato"]
    for _, created, _ in rows:
        assert re.match(ISO_UTC, created), created
    batches = _query(path, "SELECT created_at FROM batches")
    assert all(re.match(ISO_UTC, b[0]) for b in batches), batches
    before = _query(path, "SELECT updated_at FROM districts WHERE name = 'Noto'")[0][0]
    assert layer.dataProvider().changeAttributeValues({1: {layer.fields().indexOf("notes"): "edited"}})
    after = _query(path, "SELECT updated_at FROM districts WHERE name = 'Noto'")[0][0]
    assert re.match(ISO_UTC, after) and after != before


def test_a_schema_1_store_is_upgraded_after_a_backup(qgis_app, tmp_path):
    """A store written by 0.1.0 (schema 1: literal timestamps, duplicate names allowed) opens upgraded; the
    original is kept beside it."""
    import re

    from conftest import ROOT

    original = ROOT / "test" / "data" / "stores" / "schema1_store.gpkg"
    path = tmp_path / "old.gpkg"
    shutil.copy(original, path)
    store = DistrictStore(path)
    assert store.migration == (1, tmp_path / "old.schema1-backup.gpkg")
    assert file_hash(store.migration[1]) == file_hash(original)
    assert store.info["schema_version"] == str(SCHEMA_VERSION) and store.info["migrated_from"] == "1"
    rows = _query(path, "SELECT name, created_at FROM districts ORDER BY fid")
    assert [r[0] for r in rows] == ["Distretto A", "Distretto A (2)"]
    batch_time = _query(path, "SELECT created_at FROM batches")[0][0]
    assert all(r[1] == batch_time for r in rows) and not re.search("strftime", batch_time)
    assert _query(path, "PRAGMA integrity_check") == [("ok",)]
    with pytest.raises(StoreError, match="UNIQUE constraint failed: districts.name"), store.batch("test") as batch:
        batch.add("districts", [{"name": "Distretto A", "origin": "drawn"}], [MultiPolygon([box(0, 0, 1, 1)])])
    assert DistrictStore(path).migration is None  # opened again: nothing more to do


def test_district_names_are_unique(run_algorithm, tmp_path):
    """#8.5: a second district with an existing name (ignoring case and accents) is refused, by the build and
    by the import; nothing is written."""
    from conftest import MUNICIPALITIES
    from qgis.core import QgsProcessingException

    path = tmp_path / "s.gpkg"
    run_algorithm("createstore", OUTPUT=str(path), MUNICIPALITIES=MUNICIPALITIES, REGION_CODES="19")
    run_algorithm("builddistrictfrommunicipalities", STORE=str(path), NAME="Tardo barocco", CODES="089013")
    with pytest.raises(QgsProcessingException, match="a district named 'Tardo barocco' already exists"):
        run_algorithm("builddistrictfrommunicipalities", STORE=str(path), NAME="tardo BAROCCO ", CODES="089015")
    assert _query(path, "SELECT count(*) FROM districts") == [(1,)]
    source = tmp_path / "districts.geojson"
    source.write_text(
        '{"type": "FeatureCollection", "features": ['
        '{"type": "Feature", "properties": {"nome": "Tardo Barocco"}, "geometry": {"type": "Polygon", '
        '"coordinates": [[[14.9, 36.8], [15.0, 36.8], [15.0, 36.9], [14.9, 36.8]]]}},'
        '{"type": "Feature", "properties": {"nome": "Iblei"}, "geometry": {"type": "Polygon", '
        '"coordinates": [[[14.7, 36.8], [14.8, 36.8], [14.8, 36.9], [14.7, 36.8]]]}},'
        '{"type": "Feature", "properties": {"nome": "Iblèi"}, "geometry": {"type": "Polygon", '
        '"coordinates": [[[14.5, 36.8], [14.6, 36.8], [14.6, 36.9], [14.5, 36.8]]]}}]}',
        encoding="utf-8",
    )
    result = run_algorithm("importdistricts", INPUT=str(source), STORE=str(path), REPORT="TEMPORARY_OUTPUT")
    assert (result["IMPORTED"], result["REFUSED"]) == (1, 2)
    outcomes = {f["name"]: (f["outcome"], f["reason"]) for f in result["REPORT"].getFeatures()}
    assert outcomes["Tardo Barocco"] == ("refused", "duplicate name: a district named 'Tardo barocco' already exists")
    assert outcomes["Iblèi"] == ("refused", "duplicate name: a district named 'Iblei' already exists")
    assert _query(path, "SELECT name FROM districts ORDER BY fid") == [("Tardo barocco",), ("Iblei",)]


def test_a_schema_2_store_gains_the_stakeholder_and_finding_columns(qgis_app, tmp_path):
    """A store written by 0.2.0 (schema 2) opens upgraded to the tables a new store has: stakeholders' new
    columns, ``stakeholder_assets``, ``declared_totals`` and ``check_results.feature_table``; rows kept."""
    from conftest import ROOT

    path = tmp_path / "v2.gpkg"
    shutil.copy(ROOT / "test" / "data" / "stores" / "schema2_store.gpkg", path)
    store = DistrictStore(path)
    assert store.migration == (2, tmp_path / "v2.schema2-backup.gpkg")
    fresh = create_store(tmp_path / "fresh.gpkg", 7792)
    for table in TABLES:
        migrated_columns = [r[1] for r in _query(path, f'PRAGMA table_info("{table.name}")')]
        assert sorted(migrated_columns) == sorted(
            r[1] for r in _query(fresh.path, f'PRAGMA table_info("{table.name}")')
        )
    assert _query(path, "SELECT name, location_approximate, legal_status FROM stakeholders") == [
        ("Comune di Noto", 0, None)
    ]
    assert _query(path, "SELECT check_id, feature_table FROM check_results") == [("parts", None)]
    links = {(r[3], r[6]) for r in _query(path, 'PRAGMA foreign_key_list("check_results")')}
    assert ("district_id", "SET NULL") in links  # a finding outlives its district
    assert _query(path, "SELECT data_type FROM gpkg_contents WHERE table_name = 'declared_totals'") == [("attributes",)]
    with store.batch("test") as batch:
        batch.add("declared_totals", [{"district_id": 1, "instrument": "APQ", "total_eur": 1000.0, "year": 2007}])
        batch.add("stakeholder_assets", [{"stakeholder_id": 1, "asset_id": 1, "relation": "owner"}])
    assert store.read_table("declared_totals", ["instrument", "total_eur"])[0].to_dict("records") == [
        {"fid": 1, "instrument": "APQ", "total_eur": 1000.0}
    ]
    assert store.layer("stakeholder_assets").featureCount() == 1
    assert _query(path, "PRAGMA integrity_check") == [("ok",)]


@pytest.fixture
def short_busy_timeout(monkeypatch):
    from cultural_district_plugin.services import district_store

    monkeypatch.setattr(district_store, "BUSY_TIMEOUT_MS", 400)


def test_a_locked_store_waits_then_says_who_holds_it(run_algorithm, tmp_path, short_busy_timeout, monkeypatch):
    """#14.2/#14.5: another connection holding the store's write lock: a write waits for it (here 0.4 s), then
    fails with a message naming what holds it (this QGIS's layers in editing mode, or another program); nothing
    is written. Released in time, the write goes through."""
    import threading

    from conftest import MUNICIPALITIES
    from qgis.core import QgsProcessingException, QgsProject, QgsVectorLayer

    path = tmp_path / "s.gpkg"
    run_algorithm("createstore", OUTPUT=str(path), MUNICIPALITIES=MUNICIPALITIES, REGION_CODES="19")
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)  # released from a timer below
    other.execute("BEGIN IMMEDIATE")
    with pytest.raises(QgsProcessingException, match="another program is writing to the store"):
        run_algorithm("builddistrictfrommunicipalities", STORE=str(path), NAME="Noto", CODES="089013")
    other.execute("ROLLBACK")
    layer = QgsVectorLayer(f"{path}|layername=districts", "Distretti (in modifica)", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        assert layer.startEditing()
        other.execute("BEGIN IMMEDIATE")  # as a transaction group of that editing session would
        editing = r"layers being edited in this QGIS \(Distretti \(in modifica\)\)"
        with pytest.raises(QgsProcessingException, match=editing):
            run_algorithm("builddistrictfrommunicipalities", STORE=str(path), NAME="Noto", CODES="089013")
        other.execute("ROLLBACK")
        layer.rollBack()
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert _query(path, "SELECT count(*) FROM districts") == [(0,)]
    # a lock released while the write waits: the write goes through. The release is timed from the moment the
    # write connects, after the algorithm's bulk reads: GDAL 3.10's Arrow-to-NumPy conversion (QGIS 3.40) has
    # aborted the process when another Python thread ran during it
    from cultural_district_plugin.services.district_store import DistrictStore

    other.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.05, lambda: other.execute("ROLLBACK"))
    connect = DistrictStore._connect_for_writing

    def connect_then_release(self, *args, **kwargs):
        if not release.is_alive() and not release.finished.is_set():
            release.start()
        return connect(self, *args, **kwargs)

    monkeypatch.setattr(DistrictStore, "_connect_for_writing", connect_then_release)
    run_algorithm("builddistrictfrommunicipalities", STORE=str(path), NAME="Noto", CODES="089013")
    release.join()
    other.close()
    assert _query(path, "SELECT name FROM districts") == [("Noto",)]


@pytest.fixture
def small_disk(tmp_path):
    """A file system of a few hundred kilobytes (tmpfs; mounting needs root, as on CI)."""
    import os
    import subprocess  # nosec B404

    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    mount_point = tmp_path / "disk"
    mount_point.mkdir()

    def mount(size_kb):
        command = ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(mount_point)]
        if subprocess.run(command, capture_output=True).returncode != 0:
            pytest.skip("this machine does not let the test mount a file system")
        return mount_point

    yield mount
    subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _dump_without_contents(path):
    con = sqlite3.connect(path)
    try:
        return [line for line in con.iterdump() if "gpkg_contents" not in line]
    finally:
        con.close()


def test_a_full_disk_leaves_the_store_as_it_was(run_algorithm, tmp_path, small_disk):
    """#14.5: the disk holding the store fills up during a bulk write: a clear message, the store unchanged and
    still usable."""
    from conftest import MUNICIPALITIES
    from qgis.core import QgsProcessingException

    built = tmp_path / "s.gpkg"
    run_algorithm("createstore", OUTPUT=str(built), MUNICIPALITIES=MUNICIPALITIES, REGION_CODES="19")
    disk = small_disk(built.stat().st_size // 1024 + 160)
    path = disk / "s.gpkg"
    shutil.copy(built, path)
    rows = "\n".join(f"Bene {i};Chiesa;{36.9 + i * 1e-5:.6f};{15.0 + i * 1e-5:.6f}" for i in range(20_000))
    inventory = tmp_path / "beni.csv"
    inventory.write_text("Nome;Tipologia;Latitudine;Longitudine\n" + rows + "\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="the disk holding the store is full; nothing was written"):
        run_algorithm("importheritage", INPUT=str(inventory), STORE=str(path), REPORT="TEMPORARY_OUTPUT")
    # every table as it was; only GDAL's bookkeeping in gpkg_contents (a layer's extent, last change) is
    # written when the dataset closes, outside the rolled-back transaction
    assert _dump_without_contents(path) == _dump_without_contents(built)
    run_algorithm("builddistrictfrommunicipalities", STORE=str(path), NAME="Noto", CODES="089013")
    assert _query(path, "SELECT name FROM districts") == [("Noto",)]


def test_a_cancelled_bulk_write_leaves_nothing(run_algorithm, tmp_path):
    """#14.5: a task cancelled while an import is writing (after its first 10,000 rows): rolled back, a clear
    message, not one row of the batch written; the same import not cancelled writes all."""
    import processing
    from conftest import MUNICIPALITIES
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    class CancelledMidway(QgsProcessingFeedback):
        def __init__(self, after):
            super().__init__()
            self.asked, self.after = 0, after

        def isCanceled(self):
            self.asked += 1
            return self.asked > self.after

    path = tmp_path / "s.gpkg"
    run_algorithm("createstore", OUTPUT=str(path), MUNICIPALITIES=MUNICIPALITIES, REGION_CODES="19")
    rows = "\n".join(f"Bene {i};Chiesa;{36.9 + i * 1e-5:.6f};{15.0 + i * 1e-5:.6f}" for i in range(25_000))
    inventory = tmp_path / "beni.csv"
    inventory.write_text("Nome;Tipologia;Latitudine;Longitudine\n" + rows + "\n", encoding="utf-8")
    parameters = {"INPUT": str(inventory), "STORE": str(path), "REPORT": "TEMPORARY_OUTPUT"}
    feedback = CancelledMidway(after=2)  # the batch's own row, the first rows, then cancelled at row 10,000
    with pytest.raises(QgsProcessingException, match="cancelled: nothing was written"):
        processing.run("cultural_district:importheritage", parameters, feedback=feedback)
    assert feedback.asked == 3
    assert _query(path, "SELECT count(*) FROM heritage_assets") == [(0,)]
    assert _query(path, "SELECT count(*) FROM batches WHERE operation = 'import_heritage'") == [(0,)]
    processing.run("cultural_district:importheritage", parameters, feedback=CancelledMidway(after=10**6))
    assert _query(path, "SELECT count(*) FROM heritage_assets") == [(25_000,)]


def test_a_task_names_the_layers_being_edited_without_touching_them(run_algorithm, tmp_path, monkeypatch):
    """The "store locked" message of a write in a task names this QGIS's layers of the store in editing mode from
    a snapshot the main thread keeps (a task must not walk the project's layers)."""
    import threading

    from conftest import MUNICIPALITIES
    from qgis.core import QgsProject, QgsVectorLayer

    from cultural_district_plugin.services import editing_layers

    path = tmp_path / "s.gpkg"
    run_algorithm("createstore", OUTPUT=str(path), MUNICIPALITIES=MUNICIPALITIES, REGION_CODES="19")
    other = QgsVectorLayer(f"{tmp_path / 's.gpkg'}|layername=municipalities", "Comuni", "ogr")
    QgsProject.instance().addMapLayer(other)
    editing_layers.watch()
    layer = QgsVectorLayer(f"{path}|layername=districts", "Distretti", "ogr")
    QgsProject.instance().addMapLayer(layer)  # added after the watch started

    def from_a_thread():
        seen = []
        worker = threading.Thread(target=lambda: seen.append(editing_layers.layers_in_editing(path)))
        monkeypatch.setattr(QgsProject, "instance", lambda: pytest.fail("a task walked the project's layers"))
        worker.start()
        worker.join(10)
        monkeypatch.undo()
        return seen[0]

    try:
        assert from_a_thread() == []
        assert layer.startEditing() and other.startEditing()
        assert from_a_thread() == ["Comuni", "Distretti"] == editing_layers.layers_in_editing(path)
        layer.setName("Distretti (bozza)")
        other.rollBack()
        assert from_a_thread() == ["Distretti (bozza)"]
        layer.rollBack()
        assert layer.startEditing()
        QgsProject.instance().removeMapLayer(layer.id())  # removed while edited
        assert from_a_thread() == []
    finally:
        editing_layers.stop_watching()
        QgsProject.instance().removeMapLayer(other.id())
    assert from_a_thread() == []  # nobody watching: nothing named, nothing read
