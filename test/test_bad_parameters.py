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
