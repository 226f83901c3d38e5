"""The dossier (#13): the PDF's pages and text read back with pdftotext, the atlas, the map image, overwrite."""

import shutil
import subprocess

import pytest
from conftest import ROOT, SAVOY, VAL_DI_NOTO
from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingException

SAMPLES = ROOT / "resources" / "sample"
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) missing")


def pdf_pages(path):
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def pdf_text(path, first=None, last=None):
    """The text of the pages, whitespace collapsed (labels wrap where the page needs)."""
    args = ["pdftotext"]
    if first:
        args += ["-f", str(first), "-l", str(last or first)]
    text = subprocess.run([*args, str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(text.replace("\ufb01", "fi").replace("\ufb02", "fl").split())  # ligatures, wrapped lines


@needs_poppler
def test_val_di_noto_dossier_in_italian(district_store, run_algorithm, tmp_path):
    path, _ = district_store(19, "Val di Noto", VAL_DI_NOTO)
    run_algorithm("importstakeholders", STORE=str(path), INPUT=str(SAMPLES / "stakeholders_val_di_noto.csv"))
    run_algorithm("runchecks", STORE=str(path), OUTPUT="TEMPORARY_OUTPUT")
    output, image = tmp_path / "dossier.pdf", tmp_path / "mappa.png"
    result = run_algorithm(
        "exportdossier", STORE=str(path), DISTRICT="Val di Noto", OUTPUT=str(output), LANGUAGE=1, MAP_IMAGE=str(image)
    )
    pages = pdf_pages(output)
    assert pages == result["PAGES"] and pages >= 3
    first = pdf_text(output, 1)
    assert "Distretto culturale: Val di Noto" in first
    # the CRS as the running QGIS's PROJ names it ("RDN2008 / UTM zone 33N"; "ETRS89-ITA [RDN2008] / …" on sid)
    assert f"{QgsCoordinateReferenceSystem('EPSG:7792').description()} (EPSG:7792)" in first
    assert "Openpolis" in first and "CC-BY 4.0" in first
    text = pdf_text(output)
    assert "2.132,24 km²" in text and "527.173" in text  # Italian numbers
    assert "Comuni membri" in text and "Caltagirone" in text and "087011" in text
    assert "Quasi inclusi" in text or "quasi inclusi" in text.lower()
    assert "Grammichele" in text  # a near miss named
    last = pdf_text(output, pages)
    assert "Riproducibilità" in last and "Cultural District Planner" in last and "QGIS 3." in last
    assert "create_store" in last or "createstore" in last or "load" in last.lower()
    assert image.exists() and image.stat().st_size > 10000
    with pytest.raises(QgsProcessingException, match="exists"):
        run_algorithm("exportdossier", STORE=str(path), OUTPUT=str(output))
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".cdp-")]


@needs_poppler
def test_all_districts_make_an_atlas_in_english_on_a3(district_store, run_algorithm, tmp_path):
    path, _ = district_store(1, "Residenze Sabaude", SAVOY)
    run_algorithm("builddistrictfrommunicipalities", STORE=str(path), NAME="Torino", CODES="001272")
    run_algorithm("importstakeholders", STORE=str(path), INPUT=str(SAMPLES / "stakeholders_residenze_sabaude.csv"))
    run_algorithm("importcommitments", STORE=str(path), INPUT=str(SAMPLES / "commitments_residenze_sabaude.csv"))
    output = tmp_path / "atlas.pdf"
    run_algorithm("exportdossier", STORE=str(path), OUTPUT=str(output), LANGUAGE=2, PAGE_SIZE=1)
    text = pdf_text(output)
    assert "Cultural district: Residenze Sabaude" in text and "Cultural district: Torino" in text
    assert text.index("Cultural district: Residenze Sabaude") < text.index("Cultural district: Torino")
    assert "114,000,000 €" in text and "Compagnia di San Paolo" in text  # English numbers
    size = subprocess.run(["pdfinfo", str(output)], capture_output=True, text=True, check=True).stdout
    assert "842" in size and "1191" in size  # A3 in points
