"""Test harness: the suite runs against the real QGIS (pytest-qgis, pytest-qt) and imports the plugin
from the assembled tree ``build/cultural_district_plugin`` (``make test`` builds it first)."""

import gc
import hashlib
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
PLUGIN_TREE = BUILD / "cultural_district_plugin"
if not (PLUGIN_TREE / "metadata.txt").exists():
    raise RuntimeError("build/cultural_district_plugin is missing: run `make build` (make test does)")
sys.path.insert(0, str(BUILD))

SAMPLE = PLUGIN_TREE / "resources" / "sample" / "sample_data.gpkg"
MUNICIPALITIES = f"{SAMPLE}|layername=municipalities"
HERITAGE = f"{SAMPLE}|layername=heritage_assets"
# domain.md §8.1 and §8.3
VAL_DI_NOTO = ["087011", "087015", "087025", "088006", "088009", "088011", "089013", "089015"]
SAVOY = ["001272", "001292", "001219", "001164", "001156"]


def file_hash(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


_KEEP_ALIVE = []


@pytest.fixture(autouse=True)
def collect_qgis_objects():
    """Collect reference cycles (e.g. a traceback holding a test's layers) while QGIS is alive: a
    QgsVectorLayer freed after QGIS has shut down crashes the interpreter at exit."""
    yield
    gc.collect()


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
        created = run_algorithm("createstore", OUTPUT=str(path), MUNICIPALITIES=MUNICIPALITIES, REGION_CODES=str(region))
        built = run_algorithm("builddistrictfrommunicipalities", STORE=str(path), NAME=name, CODES=",".join(codes))
        attached = run_algorithm("attachheritage", STORE=str(path), INPUT=HERITAGE, SUMMARY="TEMPORARY_OUTPUT")
        return path, {"created": created, "built": built, "attached": attached}
    return build


def pytest_report_header(config):
    from qgis.core import Qgis
    debian = Path("/etc/debian_version")
    return (f"QGIS {Qgis.QGIS_VERSION}; Debian {debian.read_text().strip() if debian.exists() else 'n/a'}; "
            f"plugin tree {PLUGIN_TREE}")
