"""Test harness: the suite runs against the real QGIS (pytest-qgis, pytest-qt) and imports the plugin from
the source tree, so a test covers the code being edited without building first. Only the tests of the
packaged plugin (zip, desktop install, ``make demo``) use an assembled tree, which they build themselves
(:func:`built_plugin`)."""

import gc
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.append(str(ROOT / "scripts"))  # helpers shared with make's scripts (postgres_cluster)

SAMPLE = ROOT / "resources" / "sample" / "sample_data.gpkg"
MUNICIPALITIES = f"{SAMPLE}|layername=municipalities"
HERITAGE = f"{SAMPLE}|layername=heritage_assets"
# The Val di Noto UNESCO towns and the Savoy residences' municipalities (docs/methods.md, sample data)
VAL_DI_NOTO = ["087011", "087015", "087025", "088006", "088009", "088011", "089013", "089015"]
SAVOY = ["001272", "001292", "001219", "001164", "001156"]
SYSTEM_PYTHON = "/usr/bin/python3"


def plain(value):
    """A QGIS attribute with QGIS's NULL as None (tests compare plain Python values)."""
    return None if value is None or (hasattr(value, "isNull") and value.isNull()) else value


def layer_rows(layer):
    """A layer's features as attribute dicts (QGIS's NULL as None), the QgsGeometry under ``geometry``."""
    return [
        dict(zip(layer.fields().names(), map(plain, f.attributes())), geometry=f.geometry())
        for f in layer.getFeatures()
    ]


def file_hash(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


_KEEP_ALIVE = []


@pytest.fixture(autouse=True, scope="session")
def english_number_format(qgis_app):
    """Figures are formatted in the user's locale; the suite reads them in US English (1,234.5) unless a test
    switches to Italian."""
    from qgis.PyQt.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture(autouse=True)
def collect_qgis_objects():
    """Collect reference cycles (e.g. a traceback holding a test's layers) while QGIS is alive: a
    QgsVectorLayer freed after QGIS has shut down crashes the interpreter at exit."""
    yield
    gc.collect()


@pytest.fixture(scope="session")
def built_plugin(tmp_path_factory):
    """The plugin assembled as ``make build`` and ``make package`` do, from the current source:
    ``(plugin tree, zip, dist folder)``."""
    base = tmp_path_factory.mktemp("built")
    tree = base / "build" / "cultural_district_plugin"
    dist = base / "dist"
    for command in (
        [SYSTEM_PYTHON, str(ROOT / "scripts" / "build_plugin.py"), "--out", str(tree)],
        [
            SYSTEM_PYTHON,
            str(ROOT / "scripts" / "package_plugin.py"),
            "--tree",
            str(tree),
            "--dist",
            str(dist),
            "--repo-url",
            "http://localhost:8000",
        ],
    ):
        completed = subprocess.run(command, capture_output=True, text=True)
        assert completed.returncode == 0, completed.stdout + completed.stderr
    return tree, next(dist.glob("cultural_district_plugin-*.zip")), dist


@pytest.fixture(scope="session")
def italian_qm(tmp_path_factory):
    """The Italian translation compiled from resources/i18n (as the build does): the folder holding the .qm."""
    import shutil

    folder = tmp_path_factory.mktemp("i18n")
    lrelease = shutil.which("lrelease") or "/usr/lib/qt5/bin/lrelease"
    for ts in (ROOT / "resources" / "i18n").glob("*.ts"):
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(folder / f"{ts.stem}.qm")], check=True)
    return folder


@pytest.fixture
def in_italian(italian_qm):
    """The plugin's strings in Italian for the duration of a test."""
    from qgis.PyQt.QtCore import QCoreApplication

    from cultural_district_plugin.translation import install_translator

    translator = install_translator("it", italian_qm)
    assert translator is not None
    yield translator
    QCoreApplication.removeTranslator(translator)


@pytest.fixture(scope="session")
def provider(qgis_processing):
    """The plugin's Processing provider, registered once for the session."""
    from qgis.core import QgsApplication

    from cultural_district_plugin.processing_provider.provider import PROVIDER_ID, CulturalDistrictProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById(PROVIDER_ID) is None:
        _KEEP_ALIVE.append(CulturalDistrictProvider())  # the Python object must outlive the session
        registry.addProvider(_KEEP_ALIVE[-1])
    return registry.providerById(PROVIDER_ID)


@pytest.fixture
def run_algorithm(provider):
    """Run ``cultural_district:<name>`` through Processing, as scripts and models do."""
    import processing

    def run(name, **parameters):
        return processing.run(f"cultural_district:{name}", parameters)

    return run


@pytest.fixture
def district_store(run_algorithm, tmp_path):
    """Build a store of one region with one district and the sample heritage; returns (store path, results)."""

    def build(region, name, codes):
        path = tmp_path / f"store_{region}.gpkg"
        created = run_algorithm(
            "createstore", OUTPUT=str(path), MUNICIPALITIES=MUNICIPALITIES, REGION_CODES=str(region)
        )
        built = run_algorithm("builddistrictfrommunicipalities", STORE=str(path), NAME=name, CODES=",".join(codes))
        attached = run_algorithm("attachheritage", STORE=str(path), INPUT=HERITAGE, SUMMARY="TEMPORARY_OUTPUT")
        return path, {"created": created, "built": built, "attached": attached}

    return build


@pytest.fixture(scope="session")
def postgres_server():
    """A throwaway PostgreSQL/PostGIS server for the session (test/postgres_cluster.py), stopped and removed at the
    end. If it cannot start, every test using it fails with the reason: PostGIS tests are never skipped."""
    from postgres_cluster import ClusterError, ThrowawayCluster

    try:
        cluster = ThrowawayCluster()
        cluster.start()
    except (ClusterError, KeyError, OSError) as error:
        pytest.fail(f"the test PostgreSQL server could not start: {error}", pytrace=False)
    yield cluster
    cluster.stop()


@pytest.fixture
def postgres_schema(postgres_server, request):
    """An unused PostgreSQL store address (a fresh schema name per test)."""
    import re

    name = re.sub(r"[^a-z0-9_]", "_", request.node.name.lower())[:50]
    return postgres_server.uri(f"t_{name}")


def venv_site_packages():
    """The site-packages of the interpreter running the suite (.venv: shapely 2), for child processes."""
    import sysconfig

    return sysconfig.get_paths()["purelib"]


def pytest_report_header(config):
    from qgis.core import Qgis

    debian = Path("/etc/debian_version")
    return (
        f"QGIS {Qgis.QGIS_VERSION}; Debian {debian.read_text().strip() if debian.exists() else 'n/a'}; "
        f"plugin imported from {ROOT / 'cultural_district_plugin'}; {os.cpu_count()} CPUs"
    )
