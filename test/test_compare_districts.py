"""#15: two drafts of the Val di Noto district side by side — every figure, the difference, the members one has
and the other has not, and the findings of the latest check run."""

import math

import pytest
from conftest import HERITAGE, MUNICIPALITIES, VAL_DI_NOTO
from qgis.core import QgsProcessingException

from cultural_district_plugin.services.district_report import district_summaries
from cultural_district_plugin.services.district_store import DistrictStore

SIRACUSA = "089017"  # the wider draft adds it


@pytest.fixture
def drafts(run_algorithm, tmp_path):
    path = tmp_path / "s.gpkg"
    run_algorithm("createstore", OUTPUT=str(path), MUNICIPALITIES=MUNICIPALITIES, REGION_CODES="19")
    narrow = [c for c in VAL_DI_NOTO if c != "089013"]  # without Noto
    run_algorithm("builddistrictfrommunicipalities", STORE=str(path), NAME="Bozza stretta", CODES=",".join(narrow))
    run_algorithm(
        "builddistrictfrommunicipalities", STORE=str(path), NAME="Bozza larga", CODES=",".join([*VAL_DI_NOTO, SIRACUSA])
    )
    run_algorithm("attachheritage", STORE=str(path), INPUT=HERITAGE)
    run_algorithm("runchecks", STORE=str(path), OUTPUT="TEMPORARY_OUTPUT")
    return path


def test_two_drafts_side_by_side(run_algorithm, drafts):
    result = run_algorithm(
        "comparedistricts", STORE=str(drafts), FIRST="bozza stretta", SECOND="Bozza larga", OUTPUT="TEMPORARY_OUTPUT"
    )
    rows = {f["figure"]: f for f in result["OUTPUT"].getFeatures()}
    first, second = sorted(district_summaries(DistrictStore(drafts)), key=lambda s: s.name != "Bozza stretta")
    for figure in ("members", "population", "area_km2", "assets_inside", "visitors", "parts"):
        row = rows[figure]
        expected = (getattr(first, figure), getattr(second, figure))
        assert (row["first"], row["second"]) == pytest.approx(expected)
        assert row["difference"] == pytest.approx(expected[1] - expected[0])
    assert rows["members"]["difference"] == 2  # Noto and Siracusa
    assert rows["only_in_first"]["first"] == 0 and rows["only_in_first"]["first_text"] == ""
    assert rows["only_in_second"]["second"] == 2 and rows["only_in_second"]["second_text"] == f"089013, {SIRACUSA}"
    assert (rows["categories"]["first_text"], rows["categories"]["second_text"]) == (
        first.categories,
        second.categories,
    )
    # the latest run's findings by severity, per district
    findings = _findings(drafts)
    assert findings
    for severity in ("error", "warning", "info"):
        expected = tuple(
            sum(1 for d, s in findings if d == name and s == severity) for name in ("Bozza stretta", "Bozza larga")
        )
        assert (rows[f"findings_{severity}"]["first"], rows[f"findings_{severity}"]["second"]) == expected
    differing = [f for f in rows.values() if _differs(f)]
    assert result["DIFFERENCES"] == len(differing) > 5
    assert {f["figure"] for f in rows.values() if f["differs"]} == {f["figure"] for f in differing}


def _differs(row):
    difference = row["difference"]
    numeric = isinstance(difference, float) and not math.isnan(difference)  # NULL arrives as a QVariant
    return (numeric and abs(difference) > 1e-9) or row["first_text"] != row["second_text"]


def _findings(path):
    import sqlite3

    con = sqlite3.connect(path)
    try:
        return con.execute(
            "SELECT d.name, r.severity FROM check_results r JOIN districts d ON d.fid = r.district_id "
            "WHERE r.run_id = (SELECT max(fid) FROM check_runs)"
        ).fetchall()
    finally:
        con.close()


def test_the_same_district_twice_or_an_unknown_one_is_refused(run_algorithm, drafts):
    with pytest.raises(QgsProcessingException, match="two different districts"):
        run_algorithm(
            "comparedistricts", STORE=str(drafts), FIRST="Bozza larga", SECOND="bozza LARGA", OUTPUT="TEMPORARY_OUTPUT"
        )
    with pytest.raises(QgsProcessingException, match="No district named 'Bozza media'"):
        run_algorithm(
            "comparedistricts", STORE=str(drafts), FIRST="Bozza larga", SECOND="Bozza media", OUTPUT="TEMPORARY_OUTPUT"
        )
