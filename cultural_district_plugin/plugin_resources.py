"""The one resolver for files shipped with the plugin (icons, styles, sample data, translations)."""

from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parent
RESOURCES_DIR = PLUGIN_DIR / "resources"


def resource_path(*parts):
    """Absolute path of a shipped resource, e.g. ``resource_path("icons", "icon.svg")``."""
    return str(RESOURCES_DIR.joinpath(*parts))


def sample_data_path():
    """The bundled sample GeoPackage (municipalities of Sicily and Piedmont, heritage assets)."""
    return resource_path("sample", "sample_data.gpkg")


def plugin_version():
    """Version declared in the plugin's metadata.txt."""
    for line in (PLUGIN_DIR / "metadata.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("version="):
            return line.split("=", 1)[1].strip()
    return "unknown"
