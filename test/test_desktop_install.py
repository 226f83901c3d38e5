"""Install the built zip into a fresh QGIS profile exactly as "Install from ZIP" does, start the real QGIS
desktop under Xvfb and play a planner's first session by clicking the panel's buttons (see
desktop/desktop_user_session.py): in English (which also refreshes the README screenshot with `make
screenshot`) and in Italian, with the analysis dependencies; and once with shapely 1.8 (a stand-in on the import path,
whatever the Debian release ships), where the plugin must still load, unload and reload and say what is
missing."""

import json
import os
import subprocess
import zipfile
from pathlib import Path

from conftest import venv_site_packages

from cultural_district_plugin.processing_provider.provider import ALGORITHM_CLASSES

SESSION_SCRIPT = Path(__file__).parent / "desktop" / "desktop_user_session.py"
# the installed plugin offers exactly the algorithms of the source's provider
ALGORITHMS = sorted(algorithm().name() for algorithm in ALGORITHM_CLASSES)


def run_desktop(package, tmp_path, with_dependencies, workflow=False, screenshot=None, language="en"):
    plugins_dir = tmp_path / "profiles" / "default" / "python" / "plugins"
    plugins_dir.mkdir(parents=True)
    with zipfile.ZipFile(package) as archive:
        archive.extractall(plugins_dir)
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "PYTHONPATH", "QGIS_PLUGINPATH")}
    env["CDP_REPORT"] = str(tmp_path / "report.json")
    env["CDP_LANGUAGE"] = language  # CDP_STEP_SHOTS (make screenshot) passes through: the guides' pictures
    if with_dependencies:
        env["PYTHONPATH"] = venv_site_packages()  # the venv running this test
    else:
        # shapely 1.8 as Debian 12 ships it, on every release: a stand-in with 1.x's version and no 2.x API
        shim = tmp_path / "old_shapely" / "shapely"
        shim.mkdir(parents=True)
        (shim / "__init__.py").write_text('__version__ = "1.8.5"\n')
        env["PYTHONPATH"] = str(shim.parent)
    if workflow:
        (tmp_path / "work").mkdir()
        env["CDP_WORKFLOW_DIR"] = str(tmp_path / "work")
    if screenshot:
        env["CDP_SCREENSHOT"] = str(screenshot)
        env["CDP_SCREENSHOT_DIR"] = str(Path(screenshot).parent)
    command = [
        "xvfb-run",
        "-a",
        "-s",
        "-screen 0 1600x1150x24",
        "qgis",
        "--nologo",
        "--noversioncheck",
        "--lang",
        language,
        "--profiles-path",
        str(tmp_path),
        "--code",
        str(SESSION_SCRIPT),
    ]
    completed = subprocess.run(command, env=env, capture_output=True, text=True, timeout=240)
    report_path = tmp_path / "report.json"
    assert report_path.exists(), f"QGIS wrote no report.\nstdout:\n{completed.stdout}\nstderr:\n{completed.stderr}"
    report = json.loads(report_path.read_text(encoding="utf-8"))
    report["stderr"] = completed.stderr
    return report


def assert_lifecycle(report):
    assert "exception" not in report, report["exception"] + "\n" + "\n".join(report["python_errors"])
    assert report["load"] and report["start"] and report["reload"]
    for key in ("loaded", "reloaded"):
        state = report[key]
        assert state["active"] and state["provider"] and state["algorithms"] == ALGORITHMS, state
        assert (state["docks"], state["actions"], state["menu_entries"], state["toolbar_actions"]) == (
            1,
            1,
            1,
            1,
        ), state
    gone = report["unloaded"]
    assert not gone["active"] and not gone["provider"], gone
    assert (gone["docks"], gone["actions"], gone["menu_entries"], gone["toolbar_actions"]) == (0, 0, 0, 0), gone
    assert report["python_errors"] == []
    assert "Traceback" not in report["stderr"]


def assert_session(report):
    failed = [check for check in report["checks"] if not check[2]]
    assert not failed, "\n".join(f"{step}: {what} — {detail}" for step, what, _, detail in failed)
    assert report["steps"][-2:] == ["unload while painting", "reload with the store open"], report["steps"]
    assert len(report["checks"]) > 40
    assert report["painting_tool"] == "MunicipalityPaintTool"
    assert report["tool_after_unload"] != "MunicipalityPaintTool"
    gone = report["after_unload_while_painting"]
    assert (gone["docks"], gone["actions"], gone["provider"]) == (0, 0, False), gone


def test_a_planners_first_session_by_clicking_the_panel(tmp_path, built_plugin):
    screenshot = os.environ.get("CDP_README_SCREENSHOT")  # set by `make screenshot`
    report = run_desktop(built_plugin[1], tmp_path, with_dependencies=True, workflow=True, screenshot=screenshot)
    assert_lifecycle(report)
    assert report["loaded"]["dependency_message"] == "" and report["loaded"]["can_execute"] == [True, ""]
    assert report["labels"] == {"build": "Build district", "new_store": "New store…"}
    assert_session(report)


def test_the_same_session_in_italian(tmp_path, built_plugin):
    report = run_desktop(built_plugin[1], tmp_path, with_dependencies=True, workflow=True, language="it")
    assert_lifecycle(report)
    assert report["labels"] == {"build": "Crea distretto", "new_store": "Nuovo archivio…"}
    assert_session(report)


def test_installed_zip_without_dependencies_loads_and_explains(tmp_path, built_plugin):
    report = run_desktop(built_plugin[1], tmp_path, with_dependencies=False)
    assert_lifecycle(report)
    message = report["loaded"]["dependency_message"]
    assert "shapely >= 2.0 (installed: 1.8" in message and "pip install" in message, message
    assert "--system-site-packages" in message  # a command that works on Debian (PEP 668)
    can_execute, why = report["loaded"]["can_execute"]
    assert can_execute is False and "shapely" in why
