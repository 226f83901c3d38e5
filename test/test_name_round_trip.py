"""#14.4: a district name with quotes, a semicolon, SQL and XML specials, an emoji and right-to-left text goes
through the store, every export format, the RNDT metadata and the dossier unchanged, into folders whose names
carry the same characters."""

import csv

import pytest
from conftest import MUNICIPALITIES, VAL_DI_NOTO
from lxml import etree
from osgeo import ogr
from test_dossier import pdf_text
from test_exports import sheet
from test_metadata_export import NS, OFFICE

from cultural_district_plugin.services.district_store import DistrictStore

NAME = "Sant'Agata \"Vecchia\"; <Ducale> & Co. -- '); DROP TABLE districts;-- 🏛️ מוזיאון متحف"


@pytest.fixture
def store(run_algorithm, tmp_path):
    path = tmp_path / "store.gpkg"
    run_algorithm("createstore", OUTPUT=str(path), MUNICIPALITIES=MUNICIPALITIES, REGION_CODES="19")
    run_algorithm("builddistrictfrommunicipalities", STORE=str(path), NAME=NAME, CODES=",".join(VAL_DI_NOTO))
    return path


def test_the_name_round_trips_through_the_store_and_every_export(run_algorithm, store, tmp_path):
    table, _ = DistrictStore(store).read_table("districts", ["name"])
    assert list(table["name"]) == [NAME]
    folder = tmp_path / 'consegna d\'oggi; "finale" 🏛️ מוזיאון'
    result = run_algorithm(
        "exportlayers", STORE=str(store), DISTRICT=NAME, FORMATS="gpkg,geojson,kml,csv,xlsx", OUTPUT_FOLDER=str(folder)
    )
    files = result["FILES"].split(";")
    assert files and all((folder / f).exists() for f in files)
    gpkg = next(folder / f for f in files if f.endswith(".gpkg"))
    geojson = next(folder / f for f in files if f.endswith("_districts.geojson"))
    for path, layer in ((gpkg, "districts"), (geojson, None)):
        ds = ogr.Open(str(path))
        lyr = ds.GetLayerByName(layer) if layer else ds.GetLayer(0)
        assert [f["name"] for f in lyr] == [NAME], path
        ds = None
    kml = next(folder / f for f in files if f.endswith("_districts.kml"))
    ds = ogr.Open(str(kml))  # parsed as XML: the escaping is the writer's business
    assert [value for f in ds.GetLayer(0) for value in f.items().values() if value == NAME] == [NAME]
    ds = None
    xlsx = next(folder / f for f in files if f.endswith(".xlsx"))
    assert [row["name"] for row in sheet(xlsx, "districts")] == [NAME]
    districts_csv = next(folder / f for f in files if f.endswith("_districts.csv"))
    with open(districts_csv, encoding="utf-8-sig", newline="") as handle:
        assert [row["name"] for row in csv.DictReader(handle, delimiter=";")] == [NAME]


def test_the_name_round_trips_through_the_metadata_and_the_dossier(run_algorithm, store, tmp_path):
    folder = tmp_path / "documenti d'oggi; 🏛️ متحف"
    folder.mkdir()
    xml = folder / "metadati <rndt> & co.xml"
    run_algorithm("exportmetadata", STORE=str(store), DISTRICT=NAME, OUTPUT=str(xml), **OFFICE)
    tree = etree.parse(str(xml))
    titles = tree.xpath("//gmd:identificationInfo//gmd:citation//gmd:title/gco:CharacterString/text()", namespaces=NS)
    assert any(NAME in title for title in titles), titles
    pdf = folder / 'dossier "finale"; 🏛️.pdf'
    run_algorithm("exportdossier", STORE=str(store), DISTRICT=NAME, OUTPUT=str(pdf))
    text = pdf_text(pdf, 1)
    # the Latin part as typed (quotes, semicolon, SQL and XML specials); emoji and RTL scripts depend on the fonts
    assert "Sant'Agata \"Vecchia\"; <Ducale> & Co. -- '); DROP TABLE districts;--" in text.replace("’", "'")
