"""Exports for official documents (#13): every format written and read back, overwrite, read-only folders,
failures and cancellation leave nothing behind."""

import csv
import json

import pytest
import shapely
from conftest import ROOT, SAVOY
from osgeo import ogr
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from cultural_district_plugin.services.district_store import DistrictStore, StoreError

SAMPLES = ROOT / "resources" / "sample"
ALL_FORMATS = "gpkg,shp,geojson,kml,dxf,csv,xlsx"


@pytest.fixture
def savoy(district_store, run_algorithm, tmp_path):
    """The Savoy residences with partners (one named like a formula), commitments and a check run."""
    path, _ = district_store(1, "Residenze Sabaude", SAVOY)
    run_algorithm("importstakeholders", STORE=str(path), INPUT=str(SAMPLES / "stakeholders_residenze_sabaude.csv"))
    run_algorithm("importcommitments", STORE=str(path), INPUT=str(SAMPLES / "commitments_residenze_sabaude.csv"))
    sneaky = tmp_path / "sneaky.csv"
    sneaky.write_text('Nome;Tipo;Comune\n=HYPERLINK("http://x");Impresa;Torino\n', encoding="utf-8")
    run_algorithm("importstakeholders", STORE=str(path), INPUT=str(sneaky))
    run_algorithm("runchecks", STORE=str(path), OUTPUT="TEMPORARY_OUTPUT")
    return path


def layers_of(path):
    ds = ogr.Open(str(path))
    names = [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())]
    ds = None
    return names


def sheet(path, name):
    """A workbook's sheet as dicts, read with openpyxl (independent of the GDAL that wrote it)."""
    import openpyxl

    header, *values = list(openpyxl.load_workbook(path)[name].iter_rows(values_only=True))
    return [dict(zip(header, row)) for row in values]


def rows(path, layer=None):
    ds = ogr.Open(str(path))
    lyr = ds.GetLayerByName(layer) if layer else ds.GetLayer(0)
    out = [(f.items(), f.GetGeometryRef().Clone() if f.GetGeometryRef() else None) for f in lyr]
    srs = lyr.GetSpatialRef().Clone() if lyr.GetSpatialRef() else None
    ds = None
    return out, srs


def test_every_format_written_and_read_back(run_algorithm, savoy, tmp_path):
    out = tmp_path / "consegna"
    result = run_algorithm(
        "exportlayers", STORE=str(savoy), DISTRICT="residenze sabaude", FORMATS=ALL_FORMATS, OUTPUT_FOLDER=str(out)
    )
    assert result["CRS_AUTHID"] == "EPSG:7791"  # Turin's longitude: RDN2008 / UTM 32N
    files = set(result["FILES"].split(";"))
    assert {"residenze_sabaude.gpkg", "residenze_sabaude.xlsx", "residenze_sabaude.dxf"} <= files
    assert not [p for p in out.iterdir() if p.name.startswith(".cdp-export")]  # the work folder is gone

    # GeoPackage: every table, the CRS, styles and metadata inside; accents intact; areas in the export's CRS
    gpkg = out / "residenze_sabaude.gpkg"
    assert sorted(layers_of(gpkg)) == sorted(
        ["districts", "members", "assets", "stakeholders", "commitments", "findings", "layer_styles"]
    )
    (district,), srs = rows(gpkg, "districts")
    assert srs.GetAuthorityCode(None) == "7791"
    attributes, geometry = district
    assert attributes["name"] == "Residenze Sabaude" and attributes["members"] == 5
    assert attributes["area_km2"] == pytest.approx(shapely.from_wkb(bytes(geometry.ExportToWkb())).area / 1e6)
    assert attributes["area_km2"] == pytest.approx(249.07, rel=2e-3)  # planar UTM 32N against the ellipsoidal
    assets, _ = rows(gpkg, "assets")
    assert len(assets) == 15 and all(a["district"] == "Residenze Sabaude" for a, _ in assets)
    stakeholders, _ = rows(gpkg, "stakeholders")
    assert {"Città di Torino", "Compagnia di San Paolo"} <= {a["name"] for a, _ in stakeholders}
    commitments, _ = rows(gpkg, "commitments")
    assert sum(a["amount_eur"] for a, _ in commitments) == pytest.approx(114e6)
    layer = QgsVectorLayer(f"{gpkg}|layername=districts", "d", "ogr")
    assert layer.metadata().title() == "Cultural districts" and "CC-BY 4.0" in " ".join(layer.metadata().rights())
    assert layer.listStylesInDatabase()[0] >= 1

    # Shapefile: .prj, UTF-8 .cpg, short field names and their mapping
    shp = out / "residenze_sabaude_assets.shp"
    assert (out / "residenze_sabaude_assets.prj").exists()
    assert (out / "residenze_sabaude_assets.cpg").read_text().strip().upper() in ("UTF-8", "UTF8")
    with open(out / "residenze_sabaude_assets_fields.csv", encoding="utf-8") as handle:
        mapping = dict(list(csv.reader(handle, delimiter=";"))[1:])
    assert mapping["art101_class"] == "art101_cla" and mapping["location_approximate"] == "location_a"
    assert all(len(short) <= 10 for short in mapping.values())
    shp_rows, shp_srs = rows(shp)
    assert len(shp_rows) == 15 and shp_srs.GetAuthorityCode(None) in ("7791", None)
    assert "Palazzo Madama - Museo Civico d'Arte Antica" in {a["name"] for a, _ in shp_rows}

    # GeoJSON per RFC 7946: WGS84 longitude/latitude, no crs member
    geojson = json.loads((out / "residenze_sabaude_assets.geojson").read_text(encoding="utf-8"))
    assert "crs" not in geojson and len(geojson["features"]) == 15
    lon, lat = geojson["features"][0]["geometry"]["coordinates"]
    assert 7 < lon < 8.5 and 44.5 < lat < 45.5

    # KML and DXF
    kml_rows, _ = rows(out / "residenze_sabaude_districts.kml")
    assert len(kml_rows) == 1
    dxf_rows, _ = rows(out / "residenze_sabaude.dxf")
    assert {a["Layer"] for a, _ in dxf_rows} == {"DISTRETTI", "BENI_CULTURALI"} and len(dxf_rows) >= 16

    # CSV, Italian dialect: ';', decimal comma, BOM; formulas neutralised
    text = (out / "residenze_sabaude_commitments.csv").read_text(encoding="utf-8-sig")
    header, *lines = list(csv.reader(text.splitlines(), delimiter=";"))
    assert header[:3] == ["district", "stakeholder", "amount_eur"] and len(lines) == 9
    assert "50000000" in {line[2] for line in lines} and ";" in text.splitlines()[0]
    stakeholder_text = (out / "residenze_sabaude_stakeholders.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" not in stakeholder_text  # not committed to the district: not in its export
    assets_csv = list(
        csv.reader((out / "residenze_sabaude_assets.csv").read_text(encoding="utf-8-sig").splitlines(), delimiter=";")
    )
    x = assets_csv[1][assets_csv[0].index("x")]
    assert "," in x and "." not in x  # decimal comma

    # XLSX: one sheet per table
    assert layers_of(out / "residenze_sabaude.xlsx") == [
        "districts", "members", "assets", "stakeholders", "commitments", "findings",
    ]  # fmt: skip


def test_all_districts_international_csv_and_formula_cells(run_algorithm, savoy, tmp_path):
    """Blank DISTRICT exports everything (the sneaky stakeholder too): its name is neutralised in CSV and XLSX."""
    run_algorithm(
        "exportlayers",
        STORE=str(savoy),
        FORMATS="csv,xlsx",
        CSV_DIALECT=1,
        OUTPUT_FOLDER=str(tmp_path),
        CRS="EPSG:6706",
    )
    text = (tmp_path / "districts_stakeholders.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and "\n=HYPERLINK" not in text
    header, first = list(csv.reader(text.splitlines()))[:2]
    assert header[-2:] == ["x", "y"] and 7 < float(first[-2]) < 8  # geographic RDN2008: degrees, decimal point
    names = {row["name"] for row in sheet(tmp_path / "districts.xlsx", "stakeholders")}
    assert '\'=HYPERLINK("http://x")' in names
    (district,) = sheet(tmp_path / "districts.xlsx", "districts")
    assert district["area_km2"] == pytest.approx(249.07, abs=0.05)  # geographic CRS: ellipsoidal area


def test_nothing_overwritten_unless_allowed(run_algorithm, savoy, tmp_path):
    run_algorithm("exportlayers", STORE=str(savoy), FORMATS="gpkg,csv", OUTPUT_FOLDER=str(tmp_path))
    before = (tmp_path / "districts.gpkg").stat().st_mtime_ns
    with pytest.raises(QgsProcessingException, match="already exist"):
        run_algorithm("exportlayers", STORE=str(savoy), FORMATS="gpkg,csv", OUTPUT_FOLDER=str(tmp_path))
    assert (tmp_path / "districts.gpkg").stat().st_mtime_ns == before
    run_algorithm("exportlayers", STORE=str(savoy), FORMATS="gpkg,csv", OUTPUT_FOLDER=str(tmp_path), OVERWRITE=True)
    assert (tmp_path / "districts.gpkg").stat().st_mtime_ns != before
    with pytest.raises(QgsProcessingException, match="No district named 'Langhe'"):
        run_algorithm("exportlayers", STORE=str(savoy), DISTRICT="Langhe", OUTPUT_FOLDER=str(tmp_path))
    with pytest.raises(QgsProcessingException, match="Unknown export format"):
        run_algorithm("exportlayers", STORE=str(savoy), FORMATS="pdf", OUTPUT_FOLDER=str(tmp_path / "x"))


def test_failures_and_cancellation_leave_nothing(savoy, tmp_path, monkeypatch):
    from qgis.core import QgsCoordinateReferenceSystem

    from cultural_district_plugin.services import layer_export
    from cultural_district_plugin.services.export_tables import export_tables

    store = DistrictStore(savoy)
    tables = export_tables(store, [])
    crs = QgsCoordinateReferenceSystem("EPSG:7791")
    formats = ["gpkg", "csv", "xlsx"]
    out = tmp_path / "out"
    out.mkdir()
    steps = []
    with pytest.raises(layer_export.ExportCancelledError):
        layer_export.write_export(
            store, tables, formats, crs, out, "d", cancelled=lambda: steps.append(1) or len(steps) > 2
        )
    assert list(out.iterdir()) == []

    def full_disk(*args):
        raise OSError(28, "No space left on device")

    # (setattr only: pytest undoes setattr before setitem, so patching both would leave the fake behind)
    monkeypatch.setattr(layer_export, "_xlsx", full_disk)
    with pytest.raises(StoreError, match="No space left on device"):
        layer_export.write_export(store, tables, formats, crs, out, "d")
    assert list(out.iterdir()) == []
    monkeypatch.setattr(layer_export.os, "access", lambda path, mode: False)
    with pytest.raises(StoreError, match="read-only"):
        layer_export.write_export(store, tables, ["csv"], crs, out, "d")


def test_gauss_boaga_exports_say_so(savoy, tmp_path):
    import processing

    class Listening(QgsProcessingFeedback):
        warnings = []

        def pushWarning(self, text):
            self.warnings.append(text)

    feedback = Listening()
    processing.run(
        "cultural_district:exportlayers",
        {"STORE": str(savoy), "FORMATS": "gpkg", "CRS": "EPSG:3003", "OUTPUT_FOLDER": str(tmp_path)},
        feedback=feedback,
    )
    assert any("Gauss–Boaga" in w for w in feedback.warnings)
    (district,), srs = rows(tmp_path / "districts.gpkg", "districts")
    assert srs.GetAuthorityCode(None) == "3003"
