"""Heritage import from messy, realistic files (test/data/heritage, made by scripts/make_heritage_corpus.py):
exact imported / flagged / rejected counts, reason codes, and values read back from the store."""

import json

import pandas as pd
import pytest
import shapely
from conftest import HERITAGE, MUNICIPALITIES, ROOT
from osgeo import ogr, osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
)

from cultural_district_plugin.core.delimited_text import read_delimited
from cultural_district_plugin.core.heritage_categories import normalise_category, parse_flag
from cultural_district_plugin.core.heritage_columns import recognise_heritage_columns
from cultural_district_plugin.core.number_text import parse_coordinate, parse_decimal, parse_integer
from cultural_district_plugin.services.district_store import DistrictStore

CORPUS = ROOT / "test" / "data" / "heritage"


@pytest.mark.parametrize(
    "text, value",
    [
        ("7.220", 7220),
        ("1.048.834", 1048834),
        ("45,000", 45000),
        ("898500", 898500),
        ("7220,0", 7220),
        ("", None),
        (" 12 ", 12),
    ],
)
def test_integers_with_thousands_separators(text, value):
    assert parse_integer(text) == value


@pytest.mark.parametrize(
    "text, value",
    [("37,5023", 37.5023), ("37.5023", 37.5023), ("1.234,5", 1234.5), ("1,234.5", 1234.5), ("-0,5", -0.5)],
)
def test_decimals_with_either_separator(text, value):
    assert parse_decimal(text) == pytest.approx(value)


def test_coordinates_in_degrees_minutes_seconds():
    assert parse_coordinate("37°30′08.86″N") == pytest.approx(37.502461, abs=1e-6)
    assert parse_coordinate("15°05'17.56\"E") == pytest.approx(15.088211, abs=1e-6)
    assert parse_coordinate("45 04 06 N") == pytest.approx(45.068333, abs=1e-6)
    assert parse_coordinate("7°41'04\" O") == pytest.approx(-7.684444, abs=1e-6)
    for bad in ("n.d.", "37,2x", "12,3,4"):
        with pytest.raises(ValueError):
            parse_coordinate(bad)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Museo", ("Centro per la cultura", "museo")),
        ("MUSÉE", (None, None)),
        ("Chiesa madre", ("Edificio di culto", None)),
        ("Cattedrale", ("Edificio di culto", None)),
        ("Area Archeologica", ("Area archeologica", "area archeologica")),
        ("Parco archeologico", ("Area archeologica", "parco archeologico")),
        ("castle", ("Architettura militare e fortificata", None)),
        ("Complesso monumentale", ("Monumento e complesso monumentale", "complesso monumentale")),
        ("Palazzo", ("Architettura residenziale", None)),
        ("Biblioteca", ("Centro per la cultura", "biblioteca")),
        ("qualcosa", (None, None)),
    ],
)
def test_category_normalisation(text, expected):
    assert normalise_category(text) == expected


def test_users_extend_the_synonym_table():
    assert normalise_category("Tonnara", {"tonnara": ("Infrastruttura e impianto", None)}) == (
        "Infrastruttura e impianto",
        None,
    )
    assert parse_flag("Sì") is True and parse_flag("no") is False and parse_flag("1024rev") is None


def test_columns_are_recognised_in_italian_and_english():
    mapping = recognise_heritage_columns(
        ["Codice", "Denominazione", "Tipologia", "Comune", "Latitudine", "Longitudine", "Visitatori", "Anno", "Note"]
    )
    assert mapping == {
        "source_id": "Codice",
        "name": "Denominazione",
        "category": "Tipologia",
        "municipality": "Comune",
        "lat": "Latitudine",
        "lon": "Longitudine",
        "visitors": "Visitatori",
        "visitors_year": "Anno",
    }
    english = recognise_heritage_columns(["Name", "Type", "City", "Lat", "Lng", "Visitors", "Year"])
    assert english["lon"] == "Lng" and english["municipality"] == "City"
    assert recognise_heritage_columns(["NOME", "X", "Y"], {"name": "X"})["name"] == "X"
    with pytest.raises(ValueError, match="no column"):
        recognise_heritage_columns(["a"], {"name": "b"})


def test_delimited_reader_detects_dialect_and_skips_titles_and_blank_rows():
    table = read_delimited((CORPUS / "luoghi_regione_cp1252.csv").read_bytes())
    assert (table.encoding, table.delimiter, table.header_line) == ("cp1252", ";", 4)
    assert table.header[:3] == ["Codice", "Denominazione", "Tipologia"]
    assert len(table.rows) == 11 and table.rows[0][0] == 5  # line numbers of the file
    orsi = [cells for _, cells in table.rows if cells[0] == "SR002"][0]
    assert orsi[1] == 'Museo Archeologico Regionale "Paolo Orsi"'
    bom = read_delimited((CORPUS / "places_utf8_bom.csv").read_bytes())
    assert bom.encoding == "utf-8-sig" and bom.delimiter == "," and bom.header[0] == "Name"
    assert bom.rows[0][1][0] == "Museo Civico, Castello Ursino"


@pytest.fixture
def sicily_store(run_algorithm, tmp_path):
    path = tmp_path / "sicily.gpkg"
    run_algorithm("createstore", OUTPUT=str(path), MUNICIPALITIES=MUNICIPALITIES, REGION_CODES="19")
    return path


def imported(run_algorithm, store, name, **parameters):
    result = run_algorithm(
        "importheritage", INPUT=str(CORPUS / name), STORE=str(store), REPORT="TEMPORARY_OUTPUT", **parameters
    )
    report = {f["source_id"] or f["name"]: (f["status"], f["reasons"]) for f in result["REPORT"].getFeatures()}
    table, points = DistrictStore(store).read_table("heritage_assets")
    by_name = {row["name"]: (row, point) for (_, row), point in zip(table.iterrows(), points)}
    return result, report, by_name


def test_regional_spreadsheet_in_windows_1252(run_algorithm, sicily_store):
    result, report, assets = imported(run_algorithm, sicily_store, "luoghi_regione_cp1252.csv")
    assert (result["IMPORTED"], result["FLAGGED"], result["REJECTED"]) == (7, 4, 4)
    assert report == {
        "CT001": ("imported", ""),
        "SR001": ("flagged", "swapped_lat_lon"),
        "RG001": ("flagged", "approximate_location"),
        "XX001": ("rejected", "missing_coordinates"),
        "CT002": ("rejected", "unparsable_coordinate"),
        "FR001": ("rejected", "outside_italy"),
        "MA001": ("flagged", "outside_any_municipality"),
        "CT003": ("flagged", "unparsable_number"),
        "CT004": ("rejected", "duplicate"),
        "SR002": ("imported", ""),
        "CT005": ("imported", ""),
    }
    cathedral, _ = assets["Basilica Cattedrale di Sant'Agata"]
    assert (cathedral["visitors"], cathedral["visitors_year"], cathedral["pro_com_t"]) == (7220, 2022, "087015")
    assert cathedral["category"] == "Edificio di culto" and cathedral["source_dataset"] == "luoghi_regione_cp1252.csv"
    orsi, _ = assets['Museo Archeologico Regionale "Paolo Orsi"']
    assert (orsi["category"], orsi["art101_class"], orsi["visitors"], orsi["pro_com_t"]) == (
        "Centro per la cultura",
        "museo",
        71204,
        "089017",
    )
    noto, point = assets["Cattedrale di San Nicolò"]
    assert noto["pro_com_t"] == "089013" and noto["import_flags"] == "swapped_lat_lon"
    assert point.distance(shapely.Point(506324.53, 4082849.67)) < 1.0  # docs/methods.md, Reference figures
    modica, _ = assets["Duomo di San Giorgio"]
    assert modica["location_approximate"] == 1 and modica["pro_com_t"] == "088006"
    biscari, _ = assets["Palazzo Biscari"]
    assert pd.isna(biscari["visitors"]) and biscari["import_flags"] == "unparsable_number"
    university, _ = assets["Palazzo dell'Università"]
    assert json.loads(university["extra_attributes"]) == {"Note": "Città"}
    wreck, _ = assets["Relitto della nave romana"]
    assert pd.isna(wreck["pro_com_t"])


def test_english_csv_in_utf8_with_bom(run_algorithm, sicily_store):
    result, report, assets = imported(run_algorithm, sicily_store, "places_utf8_bom.csv")
    assert (result["IMPORTED"], result["FLAGGED"], result["REJECTED"]) == (4, 0, 0)
    ursino, _ = assets["Museo Civico, Castello Ursino"]
    assert (ursino["visitors"], ursino["category"]) == (45000, "Architettura militare e fortificata")
    assert "Città di Noto – Palazzo Ducezio" in assets
    assert assets["Scalinata di Santa Maria del Monte"][0]["pro_com_t"] == "087011"


def test_gauss_boaga_xy_needs_and_uses_its_crs(run_algorithm, sicily_store):
    with pytest.raises(QgsProcessingException, match="give their CRS"):
        run_algorithm("importheritage", INPUT=str(CORPUS / "gauss_boaga_est.csv"), STORE=str(sicily_store))
    assert DistrictStore(sicily_store).read_table("heritage_assets", [])[0].empty  # nothing half-written
    result, report, assets = imported(run_algorithm, sicily_store, "gauss_boaga_est.csv", SOURCE_CRS="EPSG:3004")
    assert (result["IMPORTED"], result["REJECTED"]) == (3, 0)
    # Monte Mario -> RDN2008 without the IGM grids is a ballpark shift (docs/methods.md, CRS and measures): tens
    # of metres
    assert assets["Duomo di San Giorgio"][1].distance(shapely.Point(478756.44, 4079822.39)) < 150
    assert assets["Cattedrale di San Nicolò"][1].distance(shapely.Point(506324.53, 4082849.67)) < 150
    assert assets["Castello di Donnafugata"][0]["category"] == "Architettura militare e fortificata"


def test_xlsx_sheet(run_algorithm, sicily_store):
    result, report, assets = imported(run_algorithm, sicily_store, "beni_sicilia.xlsx")
    assert (result["IMPORTED"], result["FLAGGED"], result["REJECTED"]) == (3, 0, 0)
    villa, _ = assets["Villa Romana del Casale"]
    assert (villa["visitors"], villa["category"], villa["art101_class"]) == (
        350000,
        "Area archeologica",
        "area archeologica",
    )
    aidone = assets["Museo archeologico regionale di Aidone"][0]
    assert pd.isna(aidone["visitors"]) and pd.isna(aidone["import_flags"])  # empty is missing, not unparsable


def test_wkt_column_and_batch_removal(run_algorithm, sicily_store):
    result, report, assets = imported(run_algorithm, sicily_store, "wkt_points.txt", SOURCE_CRS="EPSG:4326")
    assert (result["IMPORTED"], result["REJECTED"]) == (2, 1) and report["W3"] == ("rejected", "unparsable_coordinate")
    assert {a[0]["pro_com_t"] for a in assets.values()} == {"089015"}
    DistrictStore(sicily_store).remove_batch(result["BATCH_ID"])
    assert DistrictStore(sicily_store).read_table("heritage_assets", [])[0].empty


def test_reimport_updates_by_source_id(run_algorithm, sicily_store, tmp_path, monkeypatch):
    first = run_algorithm("importheritage", INPUT=str(CORPUS / "luoghi_regione_cp1252.csv"), STORE=str(sicily_store))
    assert (first["ADDED"], first["CHANGED"], first["UNCHANGED"]) == (7, 0, 0)
    text = (CORPUS / "luoghi_regione_cp1252.csv").read_bytes().decode("cp1252")
    text = text.replace("15,088211;7.220;2022", "15,088211;8.000;2023")  # new visitors figure for CT001
    text = "\r\n".join(line for line in text.split("\r\n") if not line.startswith("CT005"))
    text += "CT006;Teatro Massimo Bellini;Teatro;Catania;37,504722;15,090556;;;\r\n"
    updated = tmp_path / "luoghi_regione_cp1252.csv"  # same name: the same source dataset
    updated.write_bytes(text.encode("cp1252"))
    from cultural_district_plugin.services.district_store import GeoPackageBatch as Batch

    updates = []
    original_update = Batch.update
    monkeypatch.setattr(
        Batch, "update", lambda self, *args, **kw: updates.append(args[1]) or original_update(self, *args, **kw)
    )
    second = run_algorithm("importheritage", INPUT=str(updated), STORE=str(sicily_store))
    assert (second["ADDED"], second["CHANGED"], second["UNCHANGED"], second["MISSING_FROM_SOURCE"]) == (1, 1, 5, 1)
    assert len(updates) == 1  # compared all at once; only the changed row is written
    table, _ = DistrictStore(sicily_store).read_table("heritage_assets", ["source_id", "visitors", "visitors_year"])
    assert sorted(table["source_id"]) == ["CT001", "CT003", "CT005", "CT006", "MA001", "RG001", "SR001", "SR002"]
    cathedral = table[table["source_id"] == "CT001"].iloc[0]
    assert (cathedral["visitors"], cathedral["visitors_year"]) == (8000, 2023)
    # removing the re-import batch removes what it added; the first import's assets stay
    DistrictStore(sicily_store).remove_batch(second["BATCH_ID"])
    assert (
        "CT006" not in DistrictStore(sicily_store).read_table("heritage_assets", ["source_id"])[0]["source_id"].tolist()
    )


def test_attach_locates_every_asset_in_its_municipality_and_districts(run_algorithm, sicily_store):
    from conftest import VAL_DI_NOTO

    run_algorithm("importheritage", INPUT=str(CORPUS / "luoghi_regione_cp1252.csv"), STORE=str(sicily_store))
    run_algorithm(
        "builddistrictfrommunicipalities", STORE=str(sicily_store), NAME="Val di Noto", CODES=",".join(VAL_DI_NOTO)
    )
    run_algorithm("builddistrictfrommunicipalities", STORE=str(sicily_store), NAME="Catania", CODES="087015")
    result = run_algorithm(
        "attachheritage", STORE=str(sicily_store), ASSETS="TEMPORARY_OUTPUT", SUMMARY="TEMPORARY_OUTPUT"
    )
    located = {f["name"]: (f["pro_com_t"], f["districts"]) for f in result["ASSETS"].getFeatures()}
    assert located["Basilica Cattedrale di Sant'Agata"] == ("087015", "Val di Noto, Catania")
    assert located['Museo Archeologico Regionale "Paolo Orsi"'] == ("089017", "")  # Siracusa is not a member
    assert not located["Relitto della nave romana"][0] and result["OUTSIDE_MUNICIPALITIES"] == 1
    summaries = {f["name"]: f for f in result["SUMMARY"].getFeatures()}
    catania = summaries["Catania"]
    assert catania["assets_inside"] == 3 and catania["visitors"] == 7220 and catania["mixed_visitor_years"] == 0
    assert catania["categories"] == "Architettura residenziale 2; Edificio di culto 1"


def test_vector_layer_geometry_is_used(run_algorithm, sicily_store):
    from conftest import HERITAGE

    result = run_algorithm("importheritage", INPUT=HERITAGE, STORE=str(sicily_store), REPORT="TEMPORARY_OUTPUT")
    # the 16 Val di Noto monuments land in their municipalities; the 17 Turin-area sites are outside Sicily's
    assert (result["IMPORTED"], result["FLAGGED"], result["REJECTED"]) == (40, 17, 0)
    flagged = {f["source_id"] for f in result["REPORT"].getFeatures() if f["status"] == "flagged"}
    assert flagged == {f"TO{i:02d}" for i in range(1, 18)}
    table, _ = DistrictStore(sicily_store).read_table("heritage_assets", ["source_id", "pro_com_t", "visitors"])
    egizio = table[table["source_id"] == "TO01"].iloc[0]
    assert egizio["visitors"] == 898500 and pd.isna(egizio["pro_com_t"])
    assert table[table["source_id"] == "VDN07"].iloc[0]["pro_com_t"] == "087015"


@pytest.mark.parametrize(
    "driver, suffix", [("ESRI Shapefile", ".shp"), ("GeoJSON", ".geojson"), ("KML", ".kml"), ("ODS", ".ods")]
)
def test_other_vector_formats(run_algorithm, sicily_store, tmp_path, driver, suffix):
    from conftest import SAMPLE
    from osgeo import gdal

    target = tmp_path / f"inventory{suffix}"
    gdal.VectorTranslate(
        str(target),
        str(SAMPLE),
        format=driver,
        layers=["heritage_assets"],
        **({"options": ["-lco", "ENCODING=UTF-8"]} if suffix == ".shp" else {}),
    )
    parameters = {"SOURCE_CRS": "EPSG:4326", "COORDINATES": 4} if suffix != ".ods" else {}
    if suffix == ".ods":  # a sheet has no geometry: the coordinates were lost, rows name their municipality
        result = run_algorithm("importheritage", INPUT=str(target), STORE=str(sicily_store), **parameters)
        assert (result["IMPORTED"], result["REJECTED"]) == (23, 17)  # Sicilian ones placed approximately
        return
    result = run_algorithm("importheritage", INPUT=str(target), STORE=str(sicily_store), **parameters)
    assert (result["IMPORTED"], result["FLAGGED"], result["REJECTED"]) == (40, 17, 0)
    names = DistrictStore(sicily_store).read_table("heritage_assets", ["name"])[0]["name"].tolist()
    assert "Basilica Cattedrale di Sant'Agata" in names and "Palazzo Madama - Museo Civico d'Arte Antica" in names


def test_users_add_category_synonyms_with_a_file(run_algorithm, sicily_store, tmp_path):
    synonyms = tmp_path / "sinonimi.csv"
    synonyms.write_text(
        "synonym;category;art101_class\nCattedrale;Monumento e complesso monumentale;\n", encoding="utf-8"
    )
    run_algorithm(
        "importheritage",
        INPUT=str(CORPUS / "luoghi_regione_cp1252.csv"),
        STORE=str(sicily_store),
        SYNONYMS=str(synonyms),
    )
    table, _ = DistrictStore(sicily_store).read_table("heritage_assets", ["source_id", "category"])
    assert table[table["source_id"] == "CT001"].iloc[0]["category"] == "Monumento e complesso monumentale"
    assert table[table["source_id"] == "SR001"].iloc[0]["category"] == "Edificio di culto"  # "Chiesa" unchanged


def test_report_messages_are_translated(run_algorithm, sicily_store, in_italian):
    result, report, _ = imported(run_algorithm, sicily_store, "luoghi_regione_cp1252.csv")
    messages = {f["source_id"]: f["message"] for f in result["REPORT"].getFeatures()}
    assert messages["SR001"] == "latitudine e longitudine erano invertite; ripristinate"
    assert messages["CT004"].startswith("doppione della riga 5")


def test_a_layer_without_crs_is_not_guessed(run_algorithm, sicily_store, tmp_path):
    from conftest import SAMPLE
    from osgeo import gdal

    target = tmp_path / "nocrs.shp"
    gdal.VectorTranslate(str(target), str(SAMPLE), format="ESRI Shapefile", layers=["heritage_assets"])
    target.with_suffix(".prj").unlink()
    with pytest.raises(QgsProcessingException, match="give their CRS"):
        run_algorithm("importheritage", INPUT=str(target), STORE=str(sicily_store))
    result = run_algorithm("importheritage", INPUT=str(target), STORE=str(sicily_store), SOURCE_CRS="EPSG:4326")
    assert (result["IMPORTED"], result["FLAGGED"]) == (40, 17)


def test_a_wrong_column_override_is_a_clear_message(run_algorithm, sicily_store):
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm(
            "importheritage",
            INPUT=str(CORPUS / "places_utf8_bom.csv"),
            STORE=str(sicily_store),
            NAME_COLUMN="Nome del bene",
        )
    assert str(error.value).startswith("no column 'Nome del bene' in the file") and "Traceback" not in str(error.value)


def test_points_outside_italy_are_rejected_inside_its_bounding_box_too(run_algorithm, sicily_store, tmp_path):
    """#8.7: Malta lies inside Italy's bounding box but outside its territory: rejected, not flagged; Lampedusa
    (an Italian island farther south) is kept."""
    source = tmp_path / "mediterraneo.csv"
    source.write_text(
        "Nome;Tipologia;Latitudine;Longitudine\n"
        "Cattedrale di San Giovanni;Chiesa;35,8978;14,5125\n"
        "Porta di Lampedusa;Monumento;35,5030;12,6050\n"
        "Cattedrale di Noto;Chiesa;36,8916;15,0710\n",
        encoding="utf-8",
    )
    result = run_algorithm("importheritage", INPUT=str(source), STORE=str(sicily_store), REPORT="TEMPORARY_OUTPUT")
    report = {f["name"]: (f["status"], f["reasons"]) for f in result["REPORT"].getFeatures()}
    assert report["Cattedrale di San Giovanni"] == ("rejected", "outside_italy")
    assert report["Porta di Lampedusa"] == ("imported", "")
    assert report["Cattedrale di Noto"] == ("imported", "")


def test_assets_outside_the_store_area_can_be_rejected(run_algorithm, sicily_store):
    """The sample's 17 Turin-area sites are outside a Sicily store: kept and counted, or left out on request."""
    kept = run_algorithm("attachheritage", STORE=str(sicily_store), INPUT=HERITAGE)
    assert (kept["ADDED"], kept["OUTSIDE_STORE_AREA"]) == (40, 17)
    assert kept["OUTSIDE_EXAMPLES"].startswith("Museo Egizio") and kept["OUTSIDE_EXAMPLES"].endswith("…")
    run_algorithm("removebatch", STORE=str(sicily_store), BATCH_ID=kept["BATCH_ID"])
    left_out = run_algorithm("attachheritage", STORE=str(sicily_store), INPUT=HERITAGE, OUTSIDE_AREA=1)
    assert (left_out["ADDED"], left_out["OUTSIDE_STORE_AREA"], left_out["OUTSIDE_MUNICIPALITIES"]) == (23, 0, 0)


def test_similar_names_with_different_numbers_are_different_places():
    """#18: "Bene 123" and "Bene 1234" 10 m apart are two assets (the bench's synthetic Rome lost some); spelling
    variants of one name stay duplicates."""
    from cultural_district_plugin.core.heritage_import import _similar

    assert not _similar("Bene 123", "Bene 1234", 0.85)
    assert not _similar("Torre 1", "Torre 2", 0.85)
    assert _similar("Cattedrale di S. Agata", "Basilica Cattedrale di Sant'Agata", 0.85)
    assert _similar("Chiesa di San Giorgo", "Chiesa di San Giorgio", 0.85)


def test_the_numbers_of_a_name_are_its_number_words():
    """The quick split of plain ASCII names finds the same number words as the name keys (accents, case and
    punctuation ignored); other names go through the keys themselves."""
    from cultural_district_plugin.core.heritage_import import _name_tokens, _numbers

    names = ["Bene 123", "Torre2", "Torre-2", "x_9", "Via Roma 1/3", "Bene 0012", "  7  ", "", "Città 2", "Casa ²3"]
    for name in names:
        assert _numbers(name) == frozenset(t for t in _name_tokens(name) if t.isdigit()), name
    assert (_numbers("Via Roma 1/3"), _numbers("Torre2"), _numbers("Casa ²3")) == ({"1", "3"}, frozenset(), {"23"})


def test_near_rows_whose_names_hold_different_numbers_are_told_apart_at_once(
    run_algorithm, sicily_store, tmp_path, monkeypatch
):
    """#18: 120 rows "Bene 1" … "Bene 120" on one spot are 120 assets, with no name compared one pair at a time;
    "Chiesa Madre" and "Chiesa madre" there are one asset (one comparison: the only pair with the same numbers)."""
    from cultural_district_plugin.core import heritage_import

    compared = []
    original = heritage_import._similar
    monkeypatch.setattr(heritage_import, "_similar", lambda a, b, t: compared.append((a, b)) or original(a, b, t))
    lines = ["Nome;Tipologia;Latitudine;Longitudine"]
    lines += [f"Bene {i};Museo;37,0597;15,2934" for i in range(1, 121)]
    lines += ["Chiesa Madre;Chiesa;37,0597;15,2934", "Chiesa madre;Chiesa;37,0597;15,2934"]
    source = tmp_path / "addensati.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_algorithm("importheritage", INPUT=str(source), STORE=str(sicily_store), REPORT="TEMPORARY_OUTPUT")
    statuses = [f["status"] for f in result["REPORT"].getFeatures()]
    assert statuses.count("rejected") == 1 and len(statuses) == 122
    assert compared == [("Chiesa Madre", "Chiesa madre")]


def test_every_row_of_a_damaged_text_file_is_accounted_for(run_algorithm, sicily_store, tmp_path):
    """#14.3: a UTF-8 file with one Windows-1252 line, a NUL byte, a ragged row and a quote left open: every row
    is in the report, flagged with what reading it repaired (and the lines a quote joined)."""
    source = tmp_path / "danneggiato.csv"
    source.write_bytes(
        "Nome;Tipologia;Latitudine;Longitudine\n" "Università di Catania;Museo;37,5036;15,0873\n".encode()
        + "Città di Noto;Chiesa;36,8916;15,0710\n".encode("cp1252")
        + b"Torre\x00 di Palazzolo;Monumento;37,0617;14,9025\n"
        + b"Castello di Modica;Castello;36,8586;14,7608;vedi nota;ragged\n"
        + b'"Duomo di Siracusa;Chiesa;37,0597;15,2934\n'
        + b"Teatro Greco;Area archeologica;37,0761;15,2766\n"
    )
    result = run_algorithm("importheritage", INPUT=str(source), STORE=str(sicily_store), REPORT="TEMPORARY_OUTPUT")
    report = {f["row"]: (f["name"], f["status"], f["reasons"], f["message"]) for f in result["REPORT"].getFeatures()}
    assert report[2][:3] == ("Università di Catania", "imported", "")
    assert report[3][:3] == ("Città di Noto", "flagged", "decoded_cp1252")
    assert report[4][:3] == ("Torre di Palazzolo", "flagged", "nul_bytes")
    assert report[5][:3] == ("Castello di Modica", "flagged", "extra_cells")
    assert "vedi nota | ragged" in report[5][3]
    # the open quote swallowed the last two lines: one row, rejected, and the message says which lines
    assert report[6][1] == "rejected" and "quote_spans_lines" in report[6][2] and "6-7" in report[6][3]
    assert sorted(report) == [2, 3, 4, 5, 6]
    names = set(DistrictStore(sicily_store).read_table("heritage_assets", ["name"])[0]["name"])
    assert {"Città di Noto", "Torre di Palazzolo", "Castello di Modica"} <= names


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"Nome;Latitudine;Longitudine\n", "a header and no rows"),
    ],
)
def test_empty_inputs_are_refused_with_the_reason(run_algorithm, sicily_store, tmp_path, content, message):
    source = tmp_path / "vuoto.csv"
    source.write_bytes(content)
    with pytest.raises(QgsProcessingException, match=message):
        run_algorithm("importheritage", INPUT=str(source), STORE=str(sicily_store), REPORT="TEMPORARY_OUTPUT")


def test_utf16_text_is_read(run_algorithm, sicily_store, tmp_path):
    source = tmp_path / "utf16.csv"
    source.write_bytes("Nome;Latitudine;Longitudine\nCattedrale di Noto;36,8916;15,0710\n".encode("utf-16"))
    result = run_algorithm("importheritage", INPUT=str(source), STORE=str(sicily_store), REPORT="TEMPORARY_OUTPUT")
    assert [(f["name"], f["status"]) for f in result["REPORT"].getFeatures()] == [("Cattedrale di Noto", "imported")]


@pytest.mark.parametrize("algorithm", ["importheritage", "attachheritage"])
def test_lines_and_polygons_become_points_on_their_surface_with_a_flag(
    run_algorithm, sicily_store, tmp_path, algorithm
):
    """#14.3: a layer of shapes, not points (here a U-shaped polygon whose centroid falls outside it, a line and a
    point): each becomes the point on its surface, flagged converted_to_point (the point is not)."""
    path = tmp_path / "shapes.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    layer = ds.CreateLayer("shapes", srs, ogr.wkbUnknown)
    layer.CreateField(ogr.FieldDefn("nome", ogr.OFTString))
    shapes = {
        "Mura a U": "POLYGON((15.06 36.88, 15.08 36.88, 15.08 36.90, 15.075 36.90, 15.075 36.885, "
        "15.065 36.885, 15.065 36.90, 15.06 36.90, 15.06 36.88))",
        "Acquedotto": "LINESTRING(14.90 37.06, 14.91 37.065)",
        "Cattedrale di Noto": "POINT(15.0710 36.8916)",
    }
    for name, wkt in shapes.items():
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("nome", name)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    ds = None
    parameters = {"REPORT": "TEMPORARY_OUTPUT"} if algorithm == "importheritage" else {}
    run_algorithm(algorithm, INPUT=f"{path}|layername=shapes", STORE=str(sicily_store), **parameters)
    table, points = DistrictStore(sicily_store).read_table("heritage_assets", ["name", "import_flags"])
    flags = dict(zip(table["name"], table["import_flags"]))
    assert flags == {"Mura a U": "converted_to_point", "Acquedotto": "converted_to_point", "Cattedrale di Noto": None}
    assert set(shapely.get_type_id(points)) == {0}
    # the point lies on the U, where its centroid would not
    u_shape = shapely.from_wkt(shapes["Mura a U"])
    assert not u_shape.contains(u_shape.centroid)
    mura = points[list(table["name"]).index("Mura a U")]
    back = QgsCoordinateTransform(
        DistrictStore(sicily_store).crs, QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance()
    ).transform(QgsPointXY(mura.x, mura.y))
    assert u_shape.buffer(1e-9).contains(shapely.Point(back.x(), back.y()))


def test_two_columns_with_one_name_are_refused_and_unnamed_ones_kept(run_algorithm, sicily_store, tmp_path):
    """#14.3: 'Nome' twice (case aside): which one is the name cannot be guessed, and one would hide the other."""
    source = tmp_path / "doppia.csv"
    source.write_text("Nome;Latitudine;Longitudine;NOME\nCattedrale di Noto;36,8916;15,0710;Duomo\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match=r"line 1: columns 1 and 4 are both named 'NOME'"):
        run_algorithm("importheritage", INPUT=str(source), STORE=str(sicily_store), REPORT="TEMPORARY_OUTPUT")
    unnamed = tmp_path / "senza_nome.csv"
    unnamed.write_text("Nome;Latitudine;Longitudine;;\nCattedrale di Noto;36,8916;15,0710;nota a margine;\n")
    result = run_algorithm("importheritage", INPUT=str(unnamed), STORE=str(sicily_store), REPORT="TEMPORARY_OUTPUT")
    assert result["IMPORTED"] == 1
    table, _ = DistrictStore(sicily_store).read_table("heritage_assets", ["name", "extra_attributes"])
    assert json.loads(table["extra_attributes"].iloc[0]) == {"column_4": "nota a margine"}


def test_the_delimiter_is_told_from_the_first_lines_only(monkeypatch):
    """Sniffing parses a sample (the first SNIFF_LINES lines) per candidate delimiter, never the whole file: the
    whole file is parsed once, with the delimiter found."""
    from cultural_district_plugin.core import delimited_text

    lines = ["nome;comune;lat;lon"] + [f"Bene {i};Noto;36,89;15,07" for i in range(3 * delimited_text.SNIFF_LINES)]
    parsed = []
    records = delimited_text._records

    def counting(text, delimiter):
        parsed.append((delimiter, text.count("\n")))
        return records(text, delimiter)

    monkeypatch.setattr(delimited_text, "_records", counting)
    table = delimited_text.read_delimited(("\n".join(lines) + "\n").encode())
    assert table.delimiter == ";" and len(table.rows) == 3 * delimited_text.SNIFF_LINES
    # no quotes: the whole file is split by columns, never parsed record by record
    assert all(n <= delimited_text.SNIFF_LINES for d, n in parsed) and len(parsed) == len(delimited_text.DELIMITERS)
    parsed.clear()
    lines[5] = 'Bene 4;"Noto; centro";36,89;15,07'  # a quoted cell: the CSV rules apply, the whole file once
    table = delimited_text.read_delimited(("\n".join(lines) + "\n").encode())
    assert table.rows[4][1][1] == "Noto; centro"
    whole = [n for d, n in parsed if n > delimited_text.SNIFF_LINES]
    assert whole == [len(lines)] and parsed[-1][0] == ";"
    assert (
        all(n <= delimited_text.SNIFF_LINES for d, n in parsed[:-1])
        and len(parsed) == len(delimited_text.DELIMITERS) + 1
    )


@pytest.mark.parametrize("line_end", ["\n", "\r\n"])
def test_text_without_quotes_is_read_by_columns_as_the_csv_rules_read_it(monkeypatch, line_end):
    """The column-wise reader of text without quotes gives the table the record-by-record CSV reader gives:
    titles above the header, blank rows, padded cells, short rows, rows with cells beyond the header."""
    from cultural_district_plugin.core import delimited_text

    lines = [
        "Beni culturali della Regione;;;",
        "",
        "nome ; comune;lat;lon",
        "Bene 1;Noto;36,89;15,07",
        "  Bene 2 ;  Modica ;36,86; 14,76 ",
        ";;;",
        "Bene 3;Ragusa",
        "Bene 4;Scicli;36,79;14,70;nota in più;",
        "Bene 5;Ispica;36,78;14,90;;",
        "\tBene 6;Pozzallo;36,73;14,85",
    ]
    data = (line_end.join(lines) + line_end).encode()
    plain = delimited_text.read_delimited(data)
    monkeypatch.setattr(delimited_text, "_is_plain", lambda *args: False)
    by_records = delimited_text.read_delimited(data)
    assert plain.header == by_records.header == ["nome", "comune", "lat", "lon"]
    assert plain.header_line == by_records.header_line == 3
    assert plain.rows == by_records.rows
    assert plain.lines.tolist() == [4, 5, 7, 8, 9, 10]
    assert plain.rows[1] == (5, ["Bene 2", "Modica", "36,86", "14,76"])
    assert plain.rows[2] == (7, ["Bene 3", "Ragusa", "", ""])
    assert plain.flags == by_records.flags and list(plain.flags) == [8] and plain.flags[8][0][0] == "extra_cells"


def test_padding_is_found_with_every_kind_of_white_space():
    """Cells are stripped only when one has white space around it: every character str.strip() removes counts,
    wherever the cell is on its line; spaces inside cells do not."""
    import sys

    from cultural_district_plugin.core.delimited_text import _WHITE_SPACE, _has_padding

    assert set(_WHITE_SPACE) == {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()} - {"\n"}
    assert not _has_padding("Bene 1;Noto;36,89\nBene 2;Val di Noto;36,86", ";")
    for space in _WHITE_SPACE:
        for lines in (
            f"a{space};b\nc;d",
            f"a;{space}b\nc;d",
            f"a;b\n{space}c;d",
            f"a;b{space}\nc;d",
            f"a;b\nc;d{space}",
        ):
            assert _has_padding(lines, ";"), (space, lines)


def test_coordinate_arrays_go_through_qgis_as_one_call_and_match_point_by_point():
    """The array transform (one line through QGIS) gives exactly QGIS's per-point figures; NaN stays NaN, a
    single point works, and a point outside the transform's domain is no finite number while the others are
    transformed."""
    import numpy as np

    from cultural_district_plugin.services.coordinate_arrays import transformer

    apply = transformer("EPSG:4326", "EPSG:7794")
    single = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem("EPSG:7794"), QgsProject.instance()
    )
    lon = np.array([12.4924, np.nan, 14.95, 9.19, 15.0])
    lat = np.array([41.8902, 45.0, 37.05, 45.4642, 36.7])
    x, y = apply(lon, lat)
    for k in (0, 2, 3, 4):
        expected = single.transform(QgsPointXY(lon[k], lat[k]))
        assert (x[k], y[k]) == (expected.x(), expected.y())
    assert np.isnan(x[1]) and np.isnan(y[1])
    one_x, one_y = apply(lon[:1], lat[:1])
    assert (one_x[0], one_y[0]) == (x[0], y[0])
    outside_x, _ = apply(np.array([12.0, 12.0]), np.array([41.0, 95.0]))  # latitude 95: no such place
    assert outside_x[0] == apply(np.array([12.0]), np.array([41.0]))[0][0] and not np.isfinite(outside_x[1])
