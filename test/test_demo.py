"""`make demo` end to end: its outputs read back and checked against the hand-checked figures — with the stores
as GeoPackages, and with them in PostGIS schemas (``make demo STORE=postgresql://…``, #17: the same figures;
the Val di Noto store is copied back into out/ and read there)."""

import json
import os
import subprocess
import sys

import pytest
import shapely
from conftest import ROOT, venv_site_packages
from osgeo import ogr


@pytest.fixture(scope="module", params=["geopackage", "postgis"])
def demo_out(request, tmp_path_factory, built_plugin):
    out = tmp_path_factory.mktemp("demo") / "out"
    store = []
    if request.param == "postgis":
        store = ["--store", request.getfixturevalue("postgres_server").uri("demo_val_di_noto")]
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=venv_site_packages(),
        QGIS_PLUGINPATH=str(built_plugin[0].parent),
    )
    completed = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "demo.py"), "--out", str(out), *store],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "Tardo barocco del Val di Noto" in completed.stdout
    if store:
        assert "copied back: 457 rows in 12 tables, checksums equal" in completed.stdout
        assert "?schema=demo_val_di_noto: EPSG:7792, 391 municipalities" in completed.stdout
    return out


def test_demo_summary(demo_out):
    summary = json.loads((demo_out / "summary.json").read_text(encoding="utf-8"))
    assert len(summary) == 1
    district = summary[0]
    assert district["name"] == "Tardo barocco del Val di Noto"
    assert district["members"] == 8 and district["parts"] == 6 and district["population"] == 527173
    assert district["area_km2"] == pytest.approx(2132.2, abs=0.1)
    assert district["assets_inside"] == 16 and district["area_method"].startswith("ellipsoidal")


def test_demo_exported_district_reads_back(demo_out):
    ds = ogr.Open(str(demo_out / "val_di_noto_district.gpkg"))
    layer = ds.GetLayerByName("districts")
    assert layer.GetFeatureCount() == 1 and layer.GetSpatialRef().GetAuthorityCode(None) == "7792"
    feature = layer.GetNextFeature()
    assert feature["members"] == 8 and feature["parts"] == 6 and feature["population"] == 527173
    geometry = shapely.from_wkb(bytes(feature.GetGeometryRef().ExportToIsoWkb()))
    assert shapely.get_num_geometries(geometry) == 6 and geometry.is_valid

    # Independent check: every Val di Noto monument in the store lies inside the exported district.
    store = ogr.Open(str(demo_out / "val_di_noto_store.gpkg"))
    assets = store.GetLayerByName("heritage_assets")
    inside = {
        f["source_id"]: geometry.covers(shapely.from_wkb(bytes(f.GetGeometryRef().ExportToIsoWkb()))) for f in assets
    }
    assert sorted(k for k, v in inside.items() if v) == [f"VDN{i:02d}" for i in range(1, 17)]
    members = sorted(f["pro_com_t"] for f in store.GetLayerByName("district_members"))
    assert members == ["087011", "087015", "087025", "088006", "088009", "088011", "089013", "089015"]


def test_demo_summary_table(demo_out):
    rows = (demo_out / "district_summary.csv").read_text(encoding="utf-8").splitlines()
    assert len(rows) == 2 and rows[0].startswith("district_id,name,members")


def test_demo_concentration_outputs(demo_out):
    """The Val di Noto's concentration figures, read back from the files the demo wrote."""
    import csv

    ds = ogr.Open(str(demo_out / "hot_spots.gpkg"))  # the layer lives only as long as its dataset
    spots = {f["pro_com_t"]: f["hotspot"] for f in ds.GetLayer(0)}
    ds = None
    assert len(spots) == 391 and spots["088011"] == 3 and spots["089013"] == 3  # Scicli, Noto: hot at 99 %
    with open(demo_out / "location_quotients.csv", encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["area"] == "Tardo barocco del Val di Noto"]
    assert sorted(r["category"] for r in rows) == [
        "creative_industries",
        "cultural_industries",
        "heritage",
        "other",
        "performing_arts",
    ]
    heritage = next(r for r in rows if r["category"] == "heritage")
    assert float(heritage["ci_low"]) < float(heritage["lq"]) < float(heritage["ci_high"])
    with open(demo_out / "ripley_l.csv", encoding="utf-8") as handle:
        assert len(list(csv.DictReader(handle))) == 10  # the default distances


def test_demo_coverage_outputs(demo_out):
    """#11: the Val di Noto's coverage (inside, near misses at 2 km, catchment at 1 km) read back from the files."""
    import csv

    with open(demo_out / "coverage.csv", encoding="utf-8") as handle:
        (row,) = list(csv.DictReader(handle))
    assert (row["assets_inside"], row["assets_total"], row["assets_near"]) == ("16", "23", "4")
    assert 0.01 < float(row["catchment_share"]) < 0.02
    ds = ogr.Open(str(demo_out / "near_misses.gpkg"))
    near = sorted(f["source_id"] for f in ds.GetLayer(0))
    ds = None
    assert near == ["VDX01", "VDX04", "VDX05", "VDX06"]
    ds = ogr.Open(str(demo_out / "suggested_sites.gpkg"))
    assert ds.GetLayer(0).GetFeatureCount() == 3
    ds = None


def test_demo_funding_outputs(demo_out):
    """#12: the Savoy residences' funding summary (APQ 2007 addendum, 114 M€) read back from the demo's file."""
    import csv

    with open(demo_out / "funding.csv", encoding="utf-8") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["district"] == "Residenze Sabaude" and float(row["total_eur"]) == pytest.approx(114e6)
    assert float(row["public_eur"]) == pytest.approx(75.5e6) and float(row["private_eur"]) == pytest.approx(38.5e6)
    ds = ogr.Open(str(demo_out / "stakeholder_network.gpkg"))
    assert ds.GetLayer(0).GetFeatureCount() == 9
    ds = None


def test_demo_official_documents(demo_out):
    """#13: the Val di Noto's dossier (PDF), its map (PNG), its layers and its RNDT record in out/."""
    import xml.etree.ElementTree as ET

    assert (demo_out / "val_di_noto_dossier.pdf").read_bytes().startswith(b"%PDF")
    assert (demo_out / "val_di_noto_map.png").read_bytes().startswith(b"\x89PNG")
    layers = {p.name for p in (demo_out / "layers").iterdir()}
    assert {"tardo_barocco_del_val_di_noto.gpkg", "tardo_barocco_del_val_di_noto.xlsx"} <= layers
    root = ET.parse(demo_out / "val_di_noto_rndt.xml").getroot()
    assert root.tag == "{http://www.isotc211.org/2005/gmd}MD_Metadata"
