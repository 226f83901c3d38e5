"""#14: text a spreadsheet would run as a formula is neutralised in every CSV the plugin writes (OWASP)."""

import csv

from conftest import MUNICIPALITIES

from cultural_district_plugin.core.spreadsheet_safety import neutralised


def test_formula_starts_get_an_apostrophe():
    assert [neutralised(v) for v in ("=1+1", "+39 06", "-2", "@SUM(A1)", "\tx", "Noto", 3, None)] == [
        "'=1+1",
        "'+39 06",
        "'-2",
        "'@SUM(A1)",
        "'\tx",
        "Noto",
        3,
        None,
    ]


def test_the_import_report_as_csv_is_safe(run_algorithm, tmp_path):
    store = tmp_path / "store.gpkg"
    run_algorithm("createstore", OUTPUT=str(store), MUNICIPALITIES=MUNICIPALITIES, REGION_CODES="19")
    source = tmp_path / "beni.csv"
    source.write_text(
        'Denominazione;Comune;Latitudine;Longitudine\n=HYPERLINK("http://evil";"x");Noto;36.89;15.07\n' "@cmd;Noto;;\n",
        encoding="utf-8",
    )
    report = tmp_path / "report.csv"
    run_algorithm("importheritage", STORE=str(store), INPUT=str(source), REPORT=str(report))
    cells = [cell for row in csv.reader(report.read_text(encoding="utf-8").splitlines()) for cell in row]
    assert any(c.startswith("'=HYPERLINK") for c in cells) and any(c.startswith("'@cmd") for c in cells)
    assert not any(c.startswith(("=", "@", "+")) for c in cells)
