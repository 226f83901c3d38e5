"""Missing or old analysis packages: the plugin loads, names what is missing and how to install it."""

import pytest
from qgis.core import QgsApplication

from cultural_district_plugin.dependencies import MissingRequirement, install_command, missing_requirements

OLD_SHAPELY = {"shapely": "1.8.5", "pandas": "1.5.3"}
NO_PANDAS = {"shapely": "2.0.7", "pandas": ""}


def test_versions_are_compared_numerically():
    assert missing_requirements(lambda p: {"shapely": "2.0.7", "pandas": "1.5.3"}[p]) == []
    assert missing_requirements(lambda p: {"shapely": "10.0", "pandas": "2.2.0rc1"}[p]) == []
    assert missing_requirements(OLD_SHAPELY.get) == [MissingRequirement("shapely", "2.0", "1.8.5")]
    assert missing_requirements(NO_PANDAS.get) == [MissingRequirement("pandas", "1.5", "")]


def test_messages_and_install_commands_per_platform():
    missing = missing_requirements(OLD_SHAPELY.get)
    assert missing[0].describe() == "shapely >= 2.0 (installed: 1.8.5)"
    linux = install_command(missing, system="Linux")
    assert "--system-site-packages" in linux and 'pip install "shapely>=2.0"' in linux and "PYTHONPATH" in linux
    assert "OSGeo4W" in install_command(missing, system="Windows")
    assert install_command(missing, system="Darwin", executable="/Applications/QGIS.app/python").startswith(
        '"/Applications/QGIS.app/python" -m pip install --user'
    )


def test_this_environment_has_the_requirements():
    assert missing_requirements() == []


@pytest.fixture
def without_shapely_2(monkeypatch):
    fake = missing_requirements(OLD_SHAPELY.get)
    import cultural_district_plugin.gui.district_dock as dock_module
    import cultural_district_plugin.processing_provider.algorithm_base as base_module

    monkeypatch.setattr(dock_module, "missing_requirements", lambda: fake)
    monkeypatch.setattr(base_module, "missing_requirements", lambda: fake)
    return fake


def test_dock_explains_and_disables_analysis(qgis_iface, without_shapely_2):
    from cultural_district_plugin.gui.district_dock import DistrictDock

    dock = DistrictDock(qgis_iface)
    try:
        assert not dock.dependency_label.isHidden()
        assert "shapely >= 2.0 (installed: 1.8.5)" in dock.dependency_label.text()
        assert "pip install" in dock.dependency_label.text()
        for button in (
            dock.store_section.new_store_button,
            dock.store_section.open_store_button,
            dock.district_section.build_button,
            dock.heritage_section.attach_button,
            dock.summary_section.export_button,
        ):
            assert not button.isEnabled()
            assert "shapely >= 2.0" in button.toolTip()  # each disabled button says why
    finally:
        dock.deleteLater()


def test_algorithms_refuse_to_run_with_the_reason(provider, without_shapely_2):
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(
        "cultural_district:builddistrictfrommunicipalities"
    )
    ok, message = algorithm.canExecute()
    assert ok is False and "shapely >= 2.0 (installed: 1.8.5)" in message


def test_plugin_modules_import_without_the_analysis_packages():
    """Loading the plugin must not import shapely or pandas (they are imported when analysis runs)."""
    import subprocess
    import sys

    from conftest import ROOT

    probe = (
        "import sys; sys.modules['shapely'] = None; sys.modules['pandas'] = None\n"
        "import cultural_district_plugin.plugin, cultural_district_plugin.gui.district_dock\n"
        "import cultural_district_plugin.processing_provider.provider\n"
        "from cultural_district_plugin.dependencies import missing_requirements\n"
        "print(sorted(m.package for m in missing_requirements()))"
    )
    completed = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == "['pandas', 'shapely']"


def test_an_unlabelled_version_is_judged_by_the_api():
    """#16: Debian sid's shapely 2.2 reports "0+unknown": it counts when its 2.x API is there, not otherwise."""
    unlabelled = {"shapely": "0+unknown", "pandas": "2.2.0"}.get
    assert missing_requirements(unlabelled, capable=lambda package: True) == []
    assert missing_requirements(unlabelled, capable=lambda package: False) == [
        MissingRequirement("shapely", "2.0", "0+unknown")
    ]
    assert missing_requirements(lambda p: {"shapely": "1.8.5", "pandas": "2.2.0"}[p], capable=lambda p: True) == [
        MissingRequirement("shapely", "2.0", "1.8.5")
    ]  # a real old version is old, whatever its API looks like
