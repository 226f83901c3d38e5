"""The one resolver for files shipped with the plugin (icons, styles, layouts, sample data, translations).

The installed plugin (``make build``, the zip) holds its runtime resources and ``metadata.txt`` inside
the package folder. A source checkout keeps them one level up (``resources/``, ``metadata.txt``), so the
same code runs from the checkout — tests and IDEs import the source tree without building it first.
"""

from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parent
_INSTALLED = PLUGIN_DIR / "resources"
_CHECKOUT = PLUGIN_DIR.parent / "resources"
RESOURCES_DIR = _INSTALLED if _INSTALLED.is_dir() else _CHECKOUT
METADATA_FILE = (
    PLUGIN_DIR / "metadata.txt" if (PLUGIN_DIR / "metadata.txt").is_file() else PLUGIN_DIR.parent / "metadata.txt"
)


def resource_path(*parts: str) -> str:
    """Absolute path of a shipped resource, e.g. ``resource_path("icons", "icon.svg")``."""
    return str(RESOURCES_DIR.joinpath(*parts))


def help_path(name: str) -> str:
    """A help page (``guide_it.md``, ``methods.md``): ``resources/help/`` when installed, ``docs/`` in a checkout."""
    installed = _INSTALLED / "help" / name
    return str(installed if installed.exists() else PLUGIN_DIR.parent / "docs" / name)


def sample_data_path() -> str:
    """The bundled sample GeoPackage (municipalities of Sicily and Piedmont, heritage assets)."""
    return resource_path("sample", "sample_data.gpkg")


def metadata_value(key: str) -> str:
    """A value of metadata.txt ("" when absent or still a build placeholder)."""
    for line in METADATA_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith(f"{key}="):
            value = line.split("=", 1)[1].strip()
            return "" if value.startswith("@") else value
    return ""


def plugin_version() -> str:
    """Version declared in the plugin's metadata.txt."""
    for line in METADATA_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("version="):
            return line.split("=", 1)[1].strip()
    return "unknown"
