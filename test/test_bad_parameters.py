"""#14: bad parameters are refused up front, naming the parameter and the reason — no traceback, nothing written."""

import pytest
from conftest import MUNICIPALITIES, VAL_DI_NOTO
from qgis.core import QgsProcessingException


@pytest.fixture
def store(district_store):
    path, _ = district_store(19, "Val di Noto", VAL_DI_NOTO)
    return path


@pytest.mark.parametrize(
    ("parameters", "message"),
    [
        ({"ENCODING": "utf-9"}, "is not an encoding"),
        ({"DELIMITER": ";;"}, "one character"),
    ],
)
def test_import_dialect_parameters(run_algorithm, store, tmp_path, parameters, message):
    source = tmp_path / "beni.csv"
    source.write_text("Nome;Comune\nDuomo;Noto\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match=message):
        run_algorithm("importheritage", STORE=str(store), INPUT=str(source), **parameters)


@pytest.mark.parametrize(
    ("where", "message"),
    [("missing/deeper/out.pdf", "does not exist"), (".", "is a folder")],
)
def test_file_destinations(run_algorithm, store, tmp_path, where, message):
    with pytest.raises(QgsProcessingException, match=message):
        run_algorithm("exportdossier", STORE=str(store), OUTPUT=str(tmp_path / where))
    with pytest.raises(QgsProcessingException, match=message):
        run_algorithm("exportdistrict", STORE=str(store), OUTPUT=str(tmp_path / where.replace(".pdf", ".gpkg")))


def test_a_store_into_a_missing_folder(run_algorithm, tmp_path):
    with pytest.raises(QgsProcessingException, match="does not exist"):
        run_algorithm("createstore", OUTPUT=str(tmp_path / "no" / "such" / "s.gpkg"), MUNICIPALITIES=MUNICIPALITIES)


def _clean(error):
    """A message for the user: no 'Unexpected error' (a bug's catch-all), no traceback."""
    text = str(error.value)
    return "Unexpected error" not in text and "Traceback" not in text


@pytest.mark.parametrize(
    ("content", "statuses"),
    [
        ("Nome;Latitudine;Longitudine\nDuomo;nan;inf\nTorre;1e308;-1e308\n", ["rejected", "rejected"]),
        ("Nome;WKT\nDuomo;POINT(15.07 36.89\nTorre;POINT(15.07 36.89)\n", ["rejected", "imported"]),  # in 4326
        ("Nome;Latitudine;Longitudine\n" + "X" * 200_000 + ";36,8916;15,0710\n", ["imported"]),
    ],
    ids=["nan-inf-coordinates", "broken-wkt", "cell-over-128kb"],
)
def test_bad_values_in_a_file_are_rows_in_the_report(run_algorithm, store, tmp_path, content, statuses):
    """#14.1: values that used to raise (IndexError, GEOSException, csv's field limit) are rows of the report."""
    source = tmp_path / "beni.csv"
    source.write_text(content, encoding="utf-8")
    result = run_algorithm(
        "importheritage", STORE=str(store), INPUT=str(source), SOURCE_CRS="EPSG:4326", REPORT="TEMPORARY_OUTPUT"
    )
    assert [f["status"] for f in result["REPORT"].getFeatures()] == statuses


def test_a_layer_of_the_wrong_geometry_is_refused_up_front(run_algorithm, store):
    """#14.1: Processing does not filter a layer given by path: points given as districts are refused naming both."""
    from conftest import HERITAGE

    with pytest.raises(QgsProcessingException, match="holds points; polygons expected") as error:
        run_algorithm("runchecks", DISTRICTS=HERITAGE, OUTPUT="TEMPORARY_OUTPUT")
    assert _clean(error)
    with pytest.raises(QgsProcessingException, match="holds polygons; points expected"):
        run_algorithm("hotspots", STORE=str(store), POINTS=MUNICIPALITIES, OUTPUT="TEMPORARY_OUTPUT")
