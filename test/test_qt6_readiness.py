"""Qt6 / QGIS 4 readiness, checked statically against the running QGIS (QGIS's own converter,
qgis-pyqt5to6, is not installable here: see docs/compatibility.md). The plugin's source must need no change
from the converter's rules: enums scoped (``Qt.AlignmentFlag.AlignLeft``, never ``Qt.AlignLeft``), Qt
imported through ``qgis.PyQt`` only, no ``exec_``, no ``QVariant`` field types outside ``qgis_enums.py``,
none of the APIs Qt6 removed; and metadata.txt says so (``supportsQt6=True``)."""

import ast
import enum
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = ROOT / "cultural_district_plugin"
SOURCES = sorted(PLUGIN.rglob("*.py"))
QT_AND_QGIS_MODULES = (
    "qgis.core",
    "qgis.gui",
    "qgis.analysis",
    "qgis.PyQt.QtCore",
    "qgis.PyQt.QtGui",
    "qgis.PyQt.QtWidgets",
    "qgis.PyQt.QtXml",
    "qgis.PyQt.QtNetwork",
    "qgis.PyQt.QtPrintSupport",
)
REMOVED_IN_QT6 = {"QRegExp", "QDesktopWidget", "resources_rc", "QStringListModel_"}


def _tree(path):
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _imported_classes(tree):
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module in QT_AND_QGIS_MODULES:
            module = importlib.import_module(node.module)
            for alias in node.names:
                if hasattr(module, alias.name):
                    names[alias.asname or alias.name] = getattr(module, alias.name)
    return names


def _is_enum_member(value):
    # sip's enum members (PyQt5) are instances of a type whose metatype is sip.enumtype; QGIS ≥ 3.30 maps its
    # scoped enums (Qgis.WkbType, …) to Python enums
    return type(type(value)).__name__ == "enumtype" or isinstance(value, enum.Enum)


def unscoped_enums(path):
    tree = _tree(path)
    classes = _imported_classes(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in classes:
            value = getattr(classes[node.value.id], node.attr, None)
            if value is not None and not isinstance(value, type) and _is_enum_member(value):
                scoped = f"{node.value.id}.{type(value).__name__}.{node.attr}"
                found.append(f"{path.name}:{node.lineno} {node.value.id}.{node.attr} → {scoped}")
    return found


def test_the_scanner_finds_an_unscoped_enum(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from qgis.PyQt.QtCore import Qt\nfrom qgis.core import QgsWkbTypes\n"
        "a = Qt.AlignLeft\nb = Qt.AlignmentFlag.AlignLeft\nc = QgsWkbTypes.MultiPolygon\n"
    )
    found = [f.split(" ", 1)[1] for f in unscoped_enums(sample)]
    assert found[0] == "Qt.AlignLeft → Qt.AlignmentFlag.AlignLeft"
    # QgsWkbTypes.Type on QGIS 3.22, Qgis.WkbType (aliased in QgsWkbTypes) from 3.30
    assert len(found) == 2 and found[1].startswith("QgsWkbTypes.MultiPolygon → QgsWkbTypes.")


def test_enums_are_scoped():
    found = [finding for path in SOURCES for finding in unscoped_enums(path)]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PLUGIN)))
def test_no_code_the_qt6_converter_would_change(path):
    tree = _tree(path)
    problems = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            modules = [node.module or ""] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
            if any(m.split(".")[0] in ("PyQt5", "PyQt6", "sip") for m in modules):
                problems.append(f"line {node.lineno}: import Qt through qgis.PyQt")
            names = [a.name for a in node.names]
            problems += [f"line {node.lineno}: {n} is removed in Qt6" for n in names if n in REMOVED_IN_QT6]
        elif isinstance(node, ast.Attribute):
            if node.attr == "exec_":
                problems.append(f"line {node.lineno}: exec_ → exec")
            if isinstance(node.value, ast.Name) and node.value.id == "QVariant" and path.name != "qgis_enums.py":
                problems.append(f"line {node.lineno}: QVariant.{node.attr} → qgis_enums.field_type()")
            if isinstance(node.value, ast.Name) and node.value.id == "qApp":
                problems.append(f"line {node.lineno}: qApp → QApplication.instance()")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "QVariant":
            problems.append(f"line {node.lineno}: QVariant() → NULL")
    assert not problems, "\n".join(problems)


def test_metadata_declares_qt6_support():
    metadata = (ROOT / "metadata.txt").read_text(encoding="utf-8")
    assert "\nsupportsQt6=True\n" in metadata
