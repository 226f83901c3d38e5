"""Install the built zip into a fresh QGIS profile exactly as "Install from ZIP" does, start the real
QGIS desktop under Xvfb and let qgis.utils load, unload and reload the plugin (see
desktop/plugin_lifecycle_check.py). Twice: with the analysis dependencies (.venv's shapely 2 on
PYTHONPATH) and with Debian's packages only (shapely 1.8), where the plugin must still load and say
what is missing."""

import json
import os
import subprocess
import zipfile
from pathlib import Path

import pytest

from conftest import venv_site_packages

CHECK_SCRIPT = Path(__file__).parent / "desktop" / "plugin_lifecycle_check.py"
ALGORITHMS = ["attachheritage", "builddistrictfrommunicipalities", "createstore", "exportdistrict", "importdistricts",
              "importheritage",
              "loadmunicipalities", "removebatch", "runchecks", "summarisedistricts"]


def run_desktop(package, tmp_path, with_dependencies, workflow=False, screenshot=None):
    plugins_dir = tmp_path / "profiles" / "default" / "python" / "plugins"
    plugins_dir.mkdir(parents=True)
    with zipfile.ZipFile(package) as archive:
        archive.extractall(plugins_dir)
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "PYTHONPATH", "QGIS_PLUGINPATH")}
    env["CDP_REPORT"] = str(tmp_path / "report.json")
    if with_dependencies:
        env["PYTHONPATH"] = venv_site_packages()  # the venv running this test
    if workflow:
        env["CDP_WORKFLOW_DIR"] = str(tmp_path)
    if screenshot:
        env["CDP_SCREENSHOT"] = str(screenshot)
    command = ["xvfb-run", "-a", "-s", "-screen 0 1600x1150x24", "qgis", "--nologo", "--noversioncheck",
               "--profiles-path", str(tmp_path), "--code", str(CHECK_SCRIPT)]
    completed = subprocess.run(command, env=env, capture_output=True, text=True, timeout=200)
    report_path = tmp_path / "report.json"
    assert report_path.exists(), f"QGIS wrote no report.\nstdout:\n{completed.stdout}\nstderr:\n{completed.stderr}"
    report = json.loads(report_path.read_text(encoding="utf-8"))
    report["stderr"] = completed.stderr
    return report


def assert_lifecycle(report):
    assert "exception" not in report, report["exception"]
    assert report["load"] and report["start"] and report["reload"]
    for key in ("loaded", "reloaded"):
        state = report[key]
        assert state["active"] and state["provider"] and state["algorithms"] == ALGORITHMS, state
        assert (state["docks"], state["actions"], state["menu_entries"], state["toolbar_actions"]) == (1, 1, 1, 1), state
    gone = report["unloaded"]
    assert not gone["active"] and not gone["provider"], gone
    assert (gone["docks"], gone["actions"], gone["menu_entries"], gone["toolbar_actions"]) == (0, 0, 0, 0), gone
    assert report["python_errors"] == []
    assert "Traceback" not in report["stderr"]


def test_installed_zip_loads_unloads_and_drives_the_dock(tmp_path, built_plugin):
    screenshot = os.environ.get("CDP_README_SCREENSHOT")  # set by `make screenshot`
    report = run_desktop(built_plugin[1], tmp_path, with_dependencies=True, workflow=True, screenshot=screenshot)
    assert_lifecycle(report)
    assert report["loaded"]["dependency_message"] == "" and report["loaded"]["can_execute"] == [True, ""]
    assert [step[:2] for step in report["steps"]] == [
        ["cultural_district:createstore", True], ["cultural_district:builddistrictfrommunicipalities", True],
        ["cultural_district:attachheritage", True], ["checks", True]], report["steps"]
    assert report["checks"][0] is True and report["checks"][2] == 2  # parts and holes warnings
    assert report["draw"][:2] == ["districts", True] and "Digitiz" in report["draw"][2], report["draw"]
    assert report["draw"][3:] == [True, True]  # snapping to the municipal boundaries
    assert report["painting_tool"] == "MunicipalityPaintTool"
    assert report["tool_after_unload"] != "MunicipalityPaintTool"
    gone = report["after_unload_while_painting"]
    assert (gone["docks"], gone["actions"], gone["provider"]) == (0, 0, False), gone
    summary = report["summaries"][0]
    assert (summary["members"], summary["parts"], summary["population"], summary["assets_inside"]) == (8, 6, 527173, 16)
    assert summary["area_km2"] == pytest.approx(2132.24, abs=0.1)


def test_installed_zip_without_dependencies_loads_and_explains(tmp_path, built_plugin):
    report = run_desktop(built_plugin[1], tmp_path, with_dependencies=False)
    assert_lifecycle(report)
    message = report["loaded"]["dependency_message"]
    assert "shapely >= 2.0 (installed: 1.8" in message and "pip install" in message, message
    assert "--system-site-packages" in message  # a command that works on Debian (PEP 668)
    can_execute, why = report["loaded"]["can_execute"]
    assert can_execute is False and "shapely" in why
