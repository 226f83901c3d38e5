"""The store on PostGIS (#17), against a real throwaway PostgreSQL/PostGIS server (conftest ``postgres_server``):
the schema from the same declarations (types, constraints, cascades, timestamp triggers), createstore into a
schema, styles a plain QGIS layer finds, copystore GeoPackage → PostGIS → GeoPackage without loss (values compared
independently of the copy's own checksum), refusals that leave both sides untouched."""

import pytest
import shapely
from conftest import HERITAGE, MUNICIPALITIES, ROOT, SAVOY, VAL_DI_NOTO
from qgis.core import QgsProcessingException, QgsVectorLayer

from cultural_district_plugin.core.store_address import parse_store_address
from cultural_district_plugin.services.district_store import DistrictStore, StoreError
from cultural_district_plugin.services.postgis_store import PostgisStore, create_postgis_store
from cultural_district_plugin.services.store_copy import copy_store
from cultural_district_plugin.services.store_schema import SCHEMA_VERSION, TABLES

SAMPLES = ROOT / "resources" / "sample"


def _schema(uri):
    return parse_store_address(uri).schema


@pytest.fixture
def full_store(district_store, run_algorithm):
    """A GeoPackage store with rows in every kind of table: municipalities, a built district and its members,
    heritage assets, stakeholders and their assets, commitments, a check run and its findings."""
    path, _ = district_store(1, "Residenze Sabaude", SAVOY)
    run_algorithm("importstakeholders", STORE=str(path), INPUT=str(SAMPLES / "stakeholders_residenze_sabaude.csv"))
    run_algorithm("importcommitments", STORE=str(path), INPUT=str(SAMPLES / "commitments_residenze_sabaude.csv"))
    run_algorithm("runchecks", STORE=str(path), OUTPUT="TEMPORARY_OUTPUT")
    return path


def test_schema_keeps_types_constraints_cascades_and_timestamps(qgis_app, postgres_server, postgres_schema):
    store = create_postgis_store(parse_store_address(postgres_schema), 32632)
    schema = store.address.schema
    assert store.info["schema_version"] == str(SCHEMA_VERSION) and store.info["crs"] == "EPSG:32632"
    sql = postgres_server.sql
    tables = sql(f"SELECT table_name FROM information_schema.tables WHERE table_schema = '{schema}'").split()
    assert set(tables) == {t.name for t in TABLES}
    for table in TABLES:
        columns = dict(
            line.split("|")
            for line in sql(
                "SELECT column_name, data_type FROM information_schema.columns "
                f"WHERE table_schema = '{schema}' AND table_name = '{table.name}'"
            ).splitlines()
        )
        expected = {
            c.name: {"TEXT": "text", "INTEGER": "bigint", "REAL": "double precision"}[c.sql_type] for c in table.columns
        }
        assert {k: v for k, v in columns.items() if k in expected} == expected, table.name
        if table.geometry_type:
            assert sql(f"SELECT Find_SRID('{schema}', '{table.name}', 'geom')").strip() == "32632"
            assert f"{table.name}_geom_gist" in sql(f"SELECT indexname FROM pg_indexes WHERE schemaname = '{schema}'")
    with pytest.raises(Exception, match="check constraint"):
        sql(f"INSERT INTO {schema}.municipalities (pro_com_t, name, boundary_year) VALUES ('8701', 'x', 2023)")
    with pytest.raises(Exception, match="check constraint"):
        sql(f"INSERT INTO {schema}.districts (name, status) VALUES ('x', 'finished')")
    sql(
        f"INSERT INTO {schema}.batches (batch_id, operation) VALUES ('b1', 'build');"
        f"INSERT INTO {schema}.districts (name, batch_id) VALUES ('Val di Noto', 'b1');"
        f"INSERT INTO {schema}.district_members (district_id, pro_com_t, boundary_year, batch_id) "
        f"SELECT fid, '087011', 2023, 'b1' FROM {schema}.districts"
    )
    created, updated, status = sql(f"SELECT created_at, updated_at, status FROM {schema}.districts").strip().split("|")
    assert len(created) == 24 and created.endswith("Z") and created[10] == "T" and status == "proposal"
    sql(f"UPDATE {schema}.districts SET notes = 'rivisto'")
    assert sql(f"SELECT updated_at IS NOT NULL FROM {schema}.districts").strip() == "t"
    sql(f"DELETE FROM {schema}.batches WHERE batch_id = 'b1'")  # removing a batch removes its rows
    assert sql(f"SELECT count(*) FROM {schema}.districts").strip() == "0"
    assert sql(f"SELECT count(*) FROM {schema}.district_members").strip() == "0"


def test_createstore_into_postgis_loads_municipalities_with_styles_a_plain_layer_finds(
    run_algorithm, postgres_server, postgres_schema, tmp_path
):
    uri = postgres_schema.replace("postgres@", "postgres:non-scritta@")  # trust authentication ignores it
    result = run_algorithm("createstore", OUTPUT=uri, MUNICIPALITIES=MUNICIPALITIES, REGION_CODES="19")
    reference = run_algorithm(
        "createstore", OUTPUT=str(tmp_path / "s.gpkg"), MUNICIPALITIES=MUNICIPALITIES, REGION_CODES="19"
    )
    assert "non-scritta" not in result["OUTPUT"] and result["OUTPUT"].endswith(f"?schema={_schema(uri)}")
    assert result["MUNICIPALITIES_LOADED"] == reference["MUNICIPALITIES_LOADED"] == 391
    assert result["CRS_AUTHID"] == reference["CRS_AUTHID"] == "EPSG:7792"
    store = PostgisStore(parse_store_address(uri))
    assert store.row_counts()["municipalities"] == 391
    codes = postgres_server.sql(f"SELECT pro_com_t FROM {_schema(uri)}.municipalities ORDER BY fid").split()
    gpkg_codes = DistrictStore(tmp_path / "s.gpkg").read_table("municipalities", ["pro_com_t"], geometry=False)[0]
    assert codes == gpkg_codes["pro_com_t"].tolist() and set(VAL_DI_NOTO) <= set(codes)
    # a colleague's plain QGIS: a postgres layer made without the plugin loads the default style from layer_styles
    plain = QgsVectorLayer(store.layer_uri("districts"), "districts", "postgres")
    assert plain.isValid()
    assert plain.renderer().symbol().color().getRgb() == (200, 60, 40, 70)
    assert plain.editorWidgetSetup(plain.fields().indexOf("status")).type() == "ValueMap"
    with pytest.raises(QgsProcessingException, match="the schema already exists"):
        run_algorithm("createstore", OUTPUT=uri, CRS="EPSG:7792")
    assert store.row_counts()["municipalities"] == 391  # untouched


def _tables(store):
    return {t.name: store.read_table(t.name) for t in TABLES}


def test_copy_geopackage_to_postgis_and_back_is_lossless(run_algorithm, full_store, postgres_schema, tmp_path):
    copied = run_algorithm("copystore", INPUT=str(full_store), OUTPUT=postgres_schema)
    back = tmp_path / "back.gpkg"
    returned = run_algorithm("copystore", INPUT=postgres_schema, OUTPUT=str(back))
    original, round_trip = _tables(DistrictStore(full_store)), _tables(DistrictStore(back))
    counts = {name: len(frame) for name, (frame, _) in original.items()}
    for table in ("municipalities", "districts", "district_members", "heritage_assets", "stakeholders"):
        assert counts[table] > 0, table
    assert counts["commitments"] > 0 and counts["check_results"] > 0 and counts["batches"] >= 5
    assert copied["TABLES"] == returned["TABLES"] == len(TABLES)
    assert copied["ROWS"] == returned["ROWS"] == sum(counts.values())
    for name, (frame, geometries) in original.items():
        other, other_geometries = round_trip[name]
        assert frame.equals(other), name  # every id, value and NULL, bit for bit (doubles included)
        if TABLES[[t.name for t in TABLES].index(name)].geometry_type:
            assert all(shapely.equals_exact(geometries, other_geometries, tolerance=0) | shapely.is_missing(geometries))
    postgis = PostgisStore(parse_store_address(postgres_schema))
    assert postgis.row_counts() == counts
    assert postgis.info == DistrictStore(full_store).info  # the store's own facts travel with it
    # new rows in the PostGIS copy continue after the copied ids
    connection = postgis.connect()
    with connection, connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {_schema(postgres_schema)}.batches (batch_id, operation) VALUES ('n', 'x') RETURNING fid"
        )
        assert cursor.fetchone()[0] == counts["batches"] + 1
    connection.close()


def test_checksum_sees_the_last_digit_of_a_double(qgis_app, full_store, postgres_server, postgres_schema):
    from osgeo import ogr

    from cultural_district_plugin.services.postgres_connection import ogr_name
    from cultural_district_plugin.services.store_schema import TABLES_BY_NAME
    from cultural_district_plugin.services.table_checksum import table_checksum

    address = parse_store_address(postgres_schema)
    copy_store(parse_store_address(str(full_store)), address)
    table = TABLES_BY_NAME["commitments"]
    source = ogr.Open(str(full_store))
    before = table_checksum(source.GetLayerByName("commitments"), table)
    target = ogr.Open(ogr_name(address))
    assert table_checksum(target.GetLayerByName("commitments"), table) == before
    target = None
    postgres_server.sql(
        f"UPDATE {address.schema}.commitments SET amount_eur = amount_eur * (1 + 1e-15) "
        f"WHERE fid = (SELECT min(fid) FROM {address.schema}.commitments WHERE amount_eur > 0)"
    )
    target = ogr.Open(ogr_name(address))
    assert table_checksum(target.GetLayerByName("commitments"), table)[1] != before[1]


def test_refusals_and_failures_leave_nothing_half_written(
    qgis_app, run_algorithm, full_store, postgres_server, postgres_schema, tmp_path, monkeypatch
):
    from cultural_district_plugin.services import store_copy

    address = parse_store_address(postgres_schema)
    calls = []

    def failing(cursor, schema, table, *args):
        calls.append(table.name)
        if table.name == "heritage_assets":
            raise ValueError("disk full")
        return original(cursor, schema, table, *args)

    original = store_copy.copy_rows
    monkeypatch.setattr(store_copy, "copy_rows", failing)
    with pytest.raises(StoreError, match="could not copy into the store: disk full"):
        copy_store(parse_store_address(str(full_store)), address)
    assert "districts" in calls
    assert postgres_server.sql(f"SELECT count(*) FROM pg_namespace WHERE nspname = '{address.schema}'").strip() == "0"
    assert (
        postgres_server.sql(
            f"SELECT count(*) FROM public.layer_styles WHERE f_table_schema = '{address.schema}'"
        ).strip()
        == "0"
    )
    monkeypatch.undo()
    copy_store(parse_store_address(str(full_store)), address)
    rows = PostgisStore(address).row_counts()
    with pytest.raises(QgsProcessingException, match="the schema already exists"):
        run_algorithm("copystore", INPUT=str(full_store), OUTPUT=postgres_schema)
    assert PostgisStore(address).row_counts() == rows
    existing = tmp_path / "there.gpkg"
    existing.write_bytes(b"not mine")
    with pytest.raises(QgsProcessingException, match="a file already exists there"):
        run_algorithm("copystore", INPUT=postgres_schema, OUTPUT=str(existing))
    assert existing.read_bytes() == b"not mine" and sorted(p.name for p in tmp_path.iterdir()) == sorted(
        p.name for p in tmp_path.iterdir() if not p.name.startswith("tmp")
    )
    with pytest.raises(QgsProcessingException, match="no such schema"):
        run_algorithm(
            "copystore", INPUT=postgres_schema.replace("schema=", "schema=missing_"), OUTPUT=str(tmp_path / "x.gpkg")
        )


def test_a_schema_that_is_not_a_store_is_refused(qgis_app, postgres_server, postgres_schema):
    schema = _schema(postgres_schema)
    postgres_server.sql(f"CREATE SCHEMA {schema}; CREATE TABLE {schema}.store_info (key text, value text)")
    with pytest.raises(StoreError, match="was not created as a district store"):
        PostgisStore(parse_store_address(postgres_schema))
    postgres_server.sql(
        f"INSERT INTO {schema}.store_info VALUES ('application', 'cultural_district_plugin'), ('schema_version', '99')"
    )
    with pytest.raises(StoreError, match="has schema version 99 and this plugin reads version"):
        PostgisStore(parse_store_address(postgres_schema))


def test_colleagues_editing_the_same_district_do_not_overwrite_each_other(
    run_algorithm, postgres_server, postgres_schema
):
    """Two QGIS layers on the same PostGIS table, as two planners' QGIS: the second commit of a district the first
    changed meanwhile is refused with a message naming it; nothing of the first is overwritten."""
    run_algorithm("createstore", OUTPUT=postgres_schema, MUNICIPALITIES=MUNICIPALITIES, REGION_CODES="19")
    run_algorithm(
        "builddistrictfrommunicipalities", STORE=postgres_schema, NAME="Val di Noto", CODES=",".join(VAL_DI_NOTO)
    )
    run_algorithm("builddistrictfrommunicipalities", STORE=postgres_schema, NAME="Noto", CODES="089013")
    store = PostgisStore(parse_store_address(postgres_schema))
    anna, bruno = store.layer("districts"), store.layer("districts")
    ids = {f["name"]: f.id() for f in anna.getFeatures()}
    assert {f["name"]: f.id() for f in bruno.getFeatures()} == ids  # both see the districts drawn
    notes = anna.fields().indexOf("notes")
    assert anna.startEditing() and bruno.startEditing()
    assert anna.changeAttributeValue(ids["Val di Noto"], notes, "Anna: perimetro rivisto")
    assert bruno.changeAttributeValue(ids["Val di Noto"], notes, "Bruno: altro")
    assert bruno.changeAttributeValue(ids["Noto"], notes, "Bruno: solo Noto")
    assert anna.commitChanges()
    assert not bruno.commitChanges()  # refused: Val di Noto changed after Bruno read it
    assert "districts 1 (Val di Noto) was changed by someone else" in " ".join(bruno.commitErrors())
    schema = store.address.schema
    assert postgres_server.sql(f"SELECT notes FROM {schema}.districts ORDER BY fid").split("\n")[:2] == [
        "Anna: perimetro rivisto",
        "",
    ]  # Anna's change kept; nothing of Bruno's written (his commit is one transaction)
    assert bruno.rollBack()
    assert bruno.startEditing()  # read again: now Bruno's edit goes through
    assert bruno.changeAttributeValue(ids["Val di Noto"], notes, "Bruno: dopo Anna")
    assert bruno.commitChanges(), bruno.commitErrors()
    # a plain edit without the plugin's claim still stamps the version
    before = postgres_server.sql(f"SELECT updated_at FROM {schema}.districts WHERE fid = 2").strip()
    postgres_server.sql(f"UPDATE {schema}.districts SET notes = 'psql' WHERE fid = 2")
    after = postgres_server.sql(f"SELECT updated_at FROM {schema}.districts WHERE fid = 2").strip()
    assert after.endswith("Z") and after != before
    assert postgres_server.sql(f"SELECT updated_at LIKE 'expected:%' FROM {schema}.districts").split() == ["f", "f"]


def test_viewer_and_editor_roles_from_the_shipped_script(run_algorithm, postgres_server, postgres_schema):
    """resources/postgis/roles.sql: a viewer opens the store styled and runs the analyses, a write is refused with
    a clear message and leaves nothing; an editor writes."""
    run_algorithm("createstore", OUTPUT=postgres_schema, MUNICIPALITIES=MUNICIPALITIES, REGION_CODES="19")
    run_algorithm(
        "builddistrictfrommunicipalities", STORE=postgres_schema, NAME="Val di Noto", CODES=",".join(VAL_DI_NOTO)
    )
    run_algorithm("attachheritage", STORE=postgres_schema, INPUT=HERITAGE, OUTSIDE_AREA=1)
    schema = _schema(postgres_schema)
    postgres_server.sql_file(ROOT / "resources" / "postgis" / "roles.sql", schema=schema)
    postgres_server.sql_file(ROOT / "resources" / "postgis" / "roles.sql", schema=schema)  # runs again unharmed
    postgres_server.sql(
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'marco') THEN "
        "CREATE ROLE marco LOGIN IN ROLE district_viewers; CREATE ROLE anna LOGIN IN ROLE district_editors; "
        "END IF; END $$"
    )
    viewer, editor = (postgres_schema.replace("postgres@", f"{name}@") for name in ("marco", "anna"))
    hot = run_algorithm("hotspots", STORE=viewer, OUTPUT="TEMPORARY_OUTPUT")
    assert hot["OUTPUT"].featureCount() == 391
    plain = QgsVectorLayer(PostgisStore(parse_store_address(viewer)).layer_uri("districts"), "d", "postgres")
    assert plain.featureCount() == 1 and plain.renderer().symbol().color().getRgb() == (200, 60, 40, 70)
    with pytest.raises(QgsProcessingException, match="your database role may only read this store; nothing was"):
        run_algorithm("runchecks", STORE=viewer, OUTPUT="TEMPORARY_OUTPUT")
    assert PostgisStore(parse_store_address(postgres_schema)).row_counts()["check_runs"] == 0
    checked = run_algorithm("runchecks", STORE=editor, OUTPUT="TEMPORARY_OUTPUT")
    assert checked["RUN_ID"] == 1
    assert run_algorithm("removebatch", STORE=editor)["OPERATION"] == "run_checks"


def test_two_planners_running_bulk_steps_at_once_lose_nothing(
    run_algorithm, postgres_server, postgres_schema, built_plugin, monkeypatch
):
    """Three qgis_process runs started together on one PostGIS store (two imports into the same table and a
    build): each is one transaction, all land, no row lost or doubled."""
    import shutil
    import subprocess

    from conftest import venv_site_packages
    from qgis_process_runner import QGIS_PROCESS, fresh_profile_env

    run_algorithm("createstore", OUTPUT=postgres_schema, MUNICIPALITIES=MUNICIPALITIES, REGION_CODES="19")
    monkeypatch.setenv("QGIS_PLUGINPATH", str(built_plugin[0].parent))
    monkeypatch.setenv("PYTHONPATH", venv_site_packages())
    env, profile = fresh_profile_env()
    corpus = ROOT / "test" / "data" / "heritage" / "luoghi_regione_cp1252.csv"
    runs = [
        ("attachheritage", f"INPUT={HERITAGE}", "OUTSIDE_AREA=1"),
        ("importheritage", f"INPUT={corpus}"),
        ("builddistrictfrommunicipalities", "NAME=Val di Noto", f"CODES={','.join(VAL_DI_NOTO)}"),
    ]
    try:
        processes = [
            subprocess.Popen(
                [QGIS_PROCESS, "--json", "run", f"cultural_district:{name}", "--", f"STORE={postgres_schema}", *rest],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            )
            for name, *rest in runs
        ]
        outputs = [process.communicate(timeout=300)[0] for process in processes]
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    assert [p.returncode for p in processes] == [0, 0, 0], "\n".join(outputs)
    counts = PostgisStore(parse_store_address(postgres_schema)).row_counts()
    assert counts["heritage_assets"] == 23 + 7 and counts["districts"] == 1 and counts["district_members"] == 8
    assert counts["batches"] == 1 + 3  # the municipalities' and one per run


def test_a_qgis_authentication_configuration_gives_the_user_and_password(
    run_algorithm, postgres_server, postgres_schema
):
    """``authcfg=<id>``: the user and password come from QGIS's authentication database (here the viewer role of
    roles.sql, so the store is read as that user); layers carry the authcfg, never the password."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    run_algorithm("createstore", OUTPUT=postgres_schema, MUNICIPALITIES=MUNICIPALITIES, REGION_CODES="19")
    postgres_server.sql_file(ROOT / "resources" / "postgis" / "roles.sql", schema=_schema(postgres_schema))
    postgres_server.sql(
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lucia') THEN "
        "CREATE ROLE lucia LOGIN PASSWORD 'segreto-di-lucia' IN ROLE district_viewers; END IF; END $$"
    )
    manager = QgsApplication.authManager()
    assert manager.setMasterPassword("master-di-prova", True) or manager.masterPasswordIsSet()
    config = QgsAuthMethodConfig("Basic")
    config.setName("lucia")
    config.setConfig("username", "lucia")
    config.setConfig("password", "segreto-di-lucia")
    assert manager.storeAuthenticationConfig(config)[0]
    address = postgres_schema.replace("postgres@", "") + f"&authcfg={config.id()}"
    store = PostgisStore(parse_store_address(address))
    assert store.select("SELECT current_user") == [("lucia",)]
    uri = store.layer_uri("districts")
    assert f"authcfg={config.id()}" in uri and "segreto" not in uri
    assert store.layer("municipalities").featureCount() == 391
    with pytest.raises(QgsProcessingException, match="your database role may only read this store"):
        run_algorithm("runchecks", STORE=address, OUTPUT="TEMPORARY_OUTPUT")
    with pytest.raises(StoreError, match="QGIS has no authentication configuration 'nessuna'"):
        PostgisStore(parse_store_address(postgres_schema + "&authcfg=nessuna"))


def test_two_planners_painting_one_district_keep_both_their_members(qtbot, run_algorithm, postgres_schema):
    """The paint tool on PostGIS, two planners on the same district at once: both saves go through (different
    members), and the outline written by the last save is the dissolve of every member saved, his and hers."""
    from cultural_district_plugin.services.membership_editor import MembershipEditor

    catania, misterbianco, paterno = "087015", "087029", "087033"
    run_algorithm("createstore", OUTPUT=postgres_schema, MUNICIPALITIES=MUNICIPALITIES, REGION_CODES="19")
    run_algorithm("builddistrictfrommunicipalities", STORE=postgres_schema, NAME="Etna", CODES=catania)
    store = PostgisStore(parse_store_address(postgres_schema))
    planners = []
    for code in (misterbianco, paterno):
        layers = {t: store.layer(t) for t in ("districts", "district_members")}
        editor = MembershipEditor(store, layers["district_members"], layers["districts"], 1)
        editor.apply([code])
        qtbot.waitUntil(lambda e=editor: not e.pending, timeout=30_000)
        planners.append((layers, editor))
    for layers, editor in planners:  # Anna saves, then Bruno
        assert layers["district_members"].commitChanges(), layers["district_members"].commitErrors()
        with qtbot.waitSignal(editor.geometryUpdated, timeout=30_000):
            editor.finish()
    members, _ = store.read_table("district_members", ["pro_com_t"], geometry=False)
    assert sorted(members["pro_com_t"]) == sorted([catania, misterbianco, paterno])
    units, geometries = store.read_table("municipalities", ["pro_com_t"])
    expected = shapely.union_all(geometries[units["pro_com_t"].isin([catania, misterbianco, paterno]).to_numpy()])
    outline = store.read_table("districts", [])[1][0]
    assert outline.area == pytest.approx(expected.area, rel=1e-6)


def test_a_connection_saved_in_qgis_names_the_server(run_algorithm, postgres_server, postgres_schema):
    """``connection=<name> schema=…``: host, port, database and user come from the PostgreSQL connection saved in
    QGIS's Browser; the project keeps only the name."""
    from qgis.core import QgsProviderRegistry

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    saved = metadata.createConnection(
        f"dbname='districts' host=127.0.0.1 port={postgres_server.port} user='postgres' sslmode=disable",
        {"saveUsername": True},
    )
    metadata.saveConnection(saved, "Regione (prova)")
    address = f"connection='Regione (prova)' schema={_schema(postgres_schema)}"
    created = run_algorithm("createstore", OUTPUT=address, CRS="EPSG:7792")
    assert created["OUTPUT"] == f"connection=Regione (prova)?schema={_schema(postgres_schema)}"
    store = PostgisStore(parse_store_address(address))
    assert store.saved_location == address and store.row_counts()["store_info"] == 5
    assert store.layer("districts").isValid()
    with pytest.raises(StoreError, match="QGIS has no saved PostgreSQL connection 'Nessuna'"):
        PostgisStore(parse_store_address("connection=Nessuna schema=x"))
    metadata.deleteConnection("Regione (prova)")


def test_a_server_gone_mid_session_is_a_clear_message(qgis_app, full_store, postgres_schema):
    """A read after the database went away says so (no traceback)."""
    import dataclasses
    import socket

    address = parse_store_address(postgres_schema)
    copy_store(parse_store_address(str(full_store)), address)
    store = PostgisStore(address)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        unused = str(probe.getsockname()[1])
    store.address = dataclasses.replace(address, keywords={**address.keywords, "port": unused})
    with pytest.raises(StoreError, match=r"cannot be read \(.*(refused|failed)"):
        store.read_table("districts")


def test_the_edit_conflict_message_is_in_the_language_of_the_office(in_italian, monkeypatch):
    """The refusal colleagues read comes from the store's trigger, written in the language of whoever created the
    store; its placeholders become positional format() ones (a translation may reorder them), quotes and per cent
    signs escaped for SQL and format(). The English message through a real server: the test above."""
    from cultural_district_plugin.services import postgis_schema

    italian = postgis_schema.conflict_format()
    assert italian == (
        "'%1$s %2$s (%3$s) è stato modificato da un altro utente alle %4$s, dopo che hai iniziato a modificarlo: "
        "ricarica il layer e ripeti la modifica'"
    )
    districts = next(t for t in TABLES if t.name == "districts")
    assert italian in " ".join(postgis_schema.trigger_sql("progetto", districts))
    monkeypatch.setattr(postgis_schema, "tr", lambda text: "l'{1} al 100% di {0}")
    assert postgis_schema.conflict_format() == "'l''%2$s al 100%% di %1$s'"
