"""User-visible strings: every tr() text has an Italian translation, compiled and loadable."""

import subprocess
import xml.etree.ElementTree as ET

import pytest
from conftest import ROOT
from qgis.PyQt.QtCore import QCoreApplication

TS = ROOT / "resources" / "i18n" / "cultural_district_it.ts"


def test_ts_is_in_sync_with_the_source_and_complete():
    before = TS.read_bytes()
    completed = subprocess.run(
        ["/usr/bin/python3", str(ROOT / "scripts" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert TS.read_bytes() == before, "resources/i18n/*.ts is stale: run `make translations` and commit"
    assert completed.returncode == 0, completed.stdout


def test_placeholders_survive_translation():
    for message in ET.parse(TS).getroot().iter("message"):
        source, translation = message.findtext("source"), message.findtext("translation")
        for placeholder in ("{0}", "{1}", "{2}", "{3}", "{0!r}", "{2:.2f}"):
            assert (placeholder in source) == (placeholder in translation), (source, translation)


def test_compiled_italian_is_shipped_and_used(qgis_app, built_plugin):
    from cultural_district_plugin.translation import install_translator, tr

    shipped = built_plugin[0] / "resources" / "i18n"
    assert (shipped / "cultural_district_it.qm").exists()
    translator = install_translator("it", shipped)
    try:
        assert translator is not None
        assert tr("Build district") == "Crea distretto"
        assert tr("Create district project store") == "Crea archivio del progetto di distretto"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert tr("Build district") == "Build district"


def test_service_errors_are_translated(qgis_app, tmp_path, in_italian):
    from cultural_district_plugin.services.district_store import DistrictStore, StoreError

    with pytest.raises(StoreError, match="file inesistente"):
        DistrictStore(tmp_path / "assente.gpkg")


def test_core_input_errors_are_translated(run_algorithm, tmp_path, in_italian):
    from qgis.core import QgsProcessingException

    store = tmp_path / "s.gpkg"
    run_algorithm("createstore", OUTPUT=str(store), CRS="EPSG:7792")
    with pytest.raises(QgsProcessingException, match="non è un codice ISTAT di comune: '08x011'"):
        run_algorithm("builddistrictfrommunicipalities", STORE=str(store), NAME="X", CODES="08x011")


def test_counts_take_the_singular_or_the_plural(in_italian):
    """'1 buchi', 'Esportati 1 distretti': a count of one reads in the singular, in Italian as in English."""
    from cultural_district_plugin.core.translatable import translatable_n
    from cultural_district_plugin.translation import tr, tr_n

    one, many = (
        "District {name} has {holes} hole (an area inside it that it excludes)",
        "District {name} has {holes} holes (areas inside it that it excludes)",
    )
    assert tr(translatable_n(1, one, many)).format(name="Noto", holes=1) == (
        "Il distretto Noto ha 1 buco (un'area interna che esclude)"
    )
    assert tr(translatable_n(3, one, many)).format(name="Noto", holes=3).startswith("Il distretto Noto ha 3 buchi")
    assert tr_n(1, "Exported {0} district to {1}", "Exported {0} districts to {1}").format(1, "x") == (
        "Esportato 1 distretto in x"
    )
    assert tr_n(0, "Exported {0} district to {1}", "Exported {0} districts to {1}").startswith("Esportati")


def test_store_columns_and_relations_read_in_italian(run_algorithm, tmp_path, in_italian):
    """#15: the attribute forms show the columns by their titles (field aliases) and the relations by the layers'
    titles, in the user's language; the column names stay; a finding about a missing field names its title."""
    from qgis.core import QgsProject

    from cultural_district_plugin.core.check_framework import Finding, Severity
    from cultural_district_plugin.definitions import column_titles
    from cultural_district_plugin.services.check_runner import message_of
    from cultural_district_plugin.services.district_store import DistrictStore
    from cultural_district_plugin.services.store_relations import add_store_relations, remove_store_relations
    from cultural_district_plugin.services.store_schema import TABLES

    every_column = {column.name for table in TABLES for column in table.columns}
    assert every_column <= set(column_titles())  # a new column gets its title, or this fails
    path = tmp_path / "s.gpkg"
    run_algorithm("createstore", OUTPUT=str(path), CRS="EPSG:7792")
    store = DistrictStore(path)
    assets, districts, members = (store.layer(t) for t in ("heritage_assets", "districts", "district_members"))
    assert assets.fields().field("owner_type").alias() == "Tipo di proprietario"
    assert assets.fields().indexOf("owner_type") >= 0 and assets.name() == "Beni culturali"
    assert members.fields().field("pro_com_t").alias() == "Codice ISTAT del comune"
    project = QgsProject.instance()
    try:
        for layer in (districts, members):
            project.addMapLayer(layer)
        (relation,) = add_store_relations(project, {"districts": districts, "district_members": members})
        assert relation.name() == "Comuni dei distretti di Distretti"
    finally:
        remove_store_relations(project)
        for layer in (districts, members):
            project.removeMapLayer(layer.id())
    finding = Finding(
        "completeness",
        Severity.WARNING,
        "{count} heritage assets have no {field}: {examples}",
        {"count": 3, "field": "owner_type", "examples": "A, B, C"},
    )
    assert message_of(finding) == "3 beni culturali senza tipo di proprietario: A, B, C"


def test_an_import_report_reads_in_italian(run_algorithm, tmp_path, in_italian):
    """#15: the import report's columns by their titles and its outcome by its label, the values unchanged (scripts
    read ``status``)."""
    from conftest import MUNICIPALITIES

    from cultural_district_plugin.services.output_styles import style_import_report

    sicily_store = tmp_path / "sicily.gpkg"
    run_algorithm("createstore", OUTPUT=str(sicily_store), MUNICIPALITIES=MUNICIPALITIES, REGION_CODES="19")

    source = tmp_path / "beni.csv"
    source.write_text("Nome;Tipologia;Latitudine;Longitudine\nTeatro Greco;Area archeologica;37,0761;15,2766\n")
    report = run_algorithm("importheritage", INPUT=str(source), STORE=str(sicily_store), REPORT="TEMPORARY_OUTPUT")[
        "REPORT"
    ]
    style_import_report(report)
    fields = report.fields()
    assert [fields.field(n).alias() for n in ("row", "status", "reasons", "message")] == [
        "Riga",
        "Esito",
        "Motivi (codici)",
        "Messaggio",
    ]
    setup = report.editorWidgetSetup(fields.indexOf("status"))
    assert setup.type() == "ValueMap" and {"Importato": "imported"} in setup.config()["map"]
    assert next(report.getFeatures())["status"] == "imported"
