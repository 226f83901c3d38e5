"""Checks the Python packages the analysis needs (shapely >= 2, pandas >= 1.5) without importing QGIS.

The plugin always loads; when a requirement is missing or too old, the analysis features are disabled
and the user is told exactly what is missing and how to install it on their platform.
"""

import importlib
import platform
import sys
from dataclasses import dataclass
from importlib import metadata

REQUIREMENTS = (("shapely", (2, 0)), ("pandas", (1, 5)))
# What the required versions bring, checked when a distribution's version string says nothing useful
# (Debian's shapely 2.2 reports "0+unknown"): the API is what counts, not the label.
CAPABILITIES = {"shapely": ("contains_xy", "STRtree", "from_wkb"), "pandas": ("ArrowDtype",)}


@dataclass(frozen=True)
class MissingRequirement:
    package: str
    minimum: str
    installed: str  # "" when not installed

    def describe(self):
        if self.installed:
            return f"{self.package} >= {self.minimum} (installed: {self.installed})"
        return f"{self.package} >= {self.minimum} (not installed)"


def _version_tuple(text):
    parts = []
    for piece in text.split("."):
        digits = "".join(ch for ch in piece if ch.isdigit())
        if not digits:
            break
        parts.append(int(digits))
    return tuple(parts)


def _installed_version(package):
    """Version of ``package`` as this interpreter imports it ("" when it cannot be imported: a
    distribution that is installed but does not import is as good as missing)."""
    try:
        module = importlib.import_module(package)
    except ImportError:
        return ""
    version = getattr(module, "__version__", "")
    if not version:
        try:
            version = metadata.version(package)
        except metadata.PackageNotFoundError:
            version = "0"
    return str(version)


def _capable(package):
    """Whether ``package`` imports with the API the plugin uses (its version label aside)."""
    try:
        module = importlib.import_module(package)
    except ImportError:
        return False
    return all(hasattr(module, name) for name in CAPABILITIES.get(package, ()))


def missing_requirements(version_of=_installed_version, capable=_capable):
    """Requirements that are absent or older than needed. A version label that is not a version (``0+unknown``,
    ``0``) is judged by the package's API instead."""
    missing = []
    for package, minimum in REQUIREMENTS:
        installed = version_of(package)
        too_old = not installed or _version_tuple(installed) < minimum
        unlabelled = bool(installed) and _version_tuple(installed) in ((), (0,))
        if too_old and not (unlabelled and capable(package)):
            missing.append(MissingRequirement(package, ".".join(map(str, minimum)), installed))
    return missing


def install_command(missing, system=None, executable=None):
    """A command that really installs the missing packages for the interpreter QGIS runs."""
    system = system or platform.system()
    specs = " ".join(f'"{m.package}>={m.minimum}"' for m in missing)
    if system == "Windows":
        return f"python -m pip install --user {specs}  (in the OSGeo4W Shell)"
    if system == "Darwin":
        return f'"{executable or sys.executable}" -m pip install --user {specs}'
    # Linux: distribution Pythons refuse plain pip installs (PEP 668); a venv that sees the system
    # packages keeps Debian's numpy and QGIS bindings, and QGIS is started with it on PYTHONPATH.
    return (
        "python3 -m venv --system-site-packages ~/.local/share/cultural-district-venv && "
        f"~/.local/share/cultural-district-venv/bin/pip install {specs} && "
        "export PYTHONPATH=$(~/.local/share/cultural-district-venv/bin/python -c "
        "'import site; print(site.getsitepackages()[0])')  # then start QGIS from this shell"
    )
