"""The built zip passes every rule of the official plugin repository's upload validator
(qgis/QGIS-Plugins-Website qgis-app/plugins/validator.py), checked offline, and plugins.xml serves it."""

import configparser
import re
import stat
import xml.etree.ElementTree as ET
import zipfile
from urllib.parse import urlparse

import pytest

REQUIRED = ("name", "description", "version", "qgisMinimumVersion", "author", "email", "about", "tracker", "repository")
FORBIDDEN_URLS = {"tracker": "http://bugs", "repository": "http://repo", "homepage": "http://homepage"}
BINARY_SUFFIXES = (".so", ".dll", ".dylib", ".exe", ".bat", ".sh", ".ps1", ".cmd", ".pyd")


@pytest.fixture(scope="module")
def package(built_plugin):
    return built_plugin[1]


@pytest.fixture(scope="module")
def metadata(package):
    with zipfile.ZipFile(package) as archive:
        parser = configparser.ConfigParser(interpolation=None)
        parser.optionxform = str
        parser.read_string(archive.read("cultural_district_plugin/metadata.txt").decode("utf-8"))
    return dict(parser.items("general"))


def test_zip_structure(package):
    assert package.stat().st_size < 25_000_000
    with zipfile.ZipFile(package) as archive:
        assert archive.testzip() is None
        names = archive.namelist()
        assert {n.split("/")[0] for n in names} == {"cultural_district_plugin"}
        for required in ("__init__.py", "metadata.txt", "LICENSE", "requirements.txt"):
            assert f"cultural_district_plugin/{required}" in names
        for name in names:
            assert ".." not in name and not name.startswith("/")
            assert ".pyc" not in name
            assert not {"__MACOSX", ".git", "__pycache__"} & set(name.split("/"))
            assert not name.lower().endswith(BINARY_SUFFIXES), name
            mode = archive.getinfo(name).external_attr >> 16
            assert not mode & (stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH), f"{name} is executable"
        assert "GNU GENERAL PUBLIC LICENSE" in archive.read("cultural_district_plugin/LICENSE").decode()
        assert f"cultural_district_plugin/{'resources/i18n/cultural_district_it.qm'}" in names


def test_zip_holds_every_resource_the_code_opens(package):
    """Each ``resource_path("folder", "file")`` of the code is in the zip (the tests run on the source tree, where
    every resource is at hand: a table left out of the package breaks only the installed plugin)."""
    from conftest import ROOT

    call = re.compile(r'resource_path\(\s*"([^"]+)"(?:\s*,\s*f?"([^"]+)")?')
    wanted = set()
    for source in (ROOT / "cultural_district_plugin").rglob("*.py"):
        wanted |= set(call.findall(source.read_text(encoding="utf-8")))
    with zipfile.ZipFile(package) as archive:
        names = archive.namelist()
    root = "cultural_district_plugin/resources"
    assert ("perimeters", "cultural_ateco.csv") in wanted and len(wanted) > 5
    for folder, name in sorted(wanted):
        if name and "{" not in name:
            assert f"{root}/{folder}/{name}" in names, f"{folder}/{name} is not shipped"
        else:  # a name made at run time: the folder at least, with files
            assert any(n.startswith(f"{root}/{folder}/") for n in names), f"{folder}/ is not shipped"


def test_zip_holds_exactly_the_built_tree(package, built_plugin):
    tree = built_plugin[0]
    built = sorted(
        str(p.relative_to(tree.parent)) for p in tree.rglob("*") if p.is_file() and "__pycache__" not in p.parts
    )
    with zipfile.ZipFile(package) as archive:
        assert sorted(archive.namelist()) == built


def test_metadata_rules(package, metadata):
    for key in REQUIRED:
        assert metadata.get(key, "").strip(), key
    assert package.name == f"cultural_district_plugin-{metadata['version']}.zip"
    assert metadata["qgisMinimumVersion"] == "3.22" and metadata["qgisMaximumVersion"] == "4.99"
    assert metadata["hasProcessingProvider"] == "yes"
    for key, forbidden in FORBIDDEN_URLS.items():
        url = urlparse(metadata[key])
        assert metadata[key] != forbidden and url.scheme in ("http", "https") and url.netloc, key
        assert "@" not in metadata[key]
    assert re.match(r"^[^/]+$", metadata["author"])
    with zipfile.ZipFile(package) as archive:
        assert archive.read(f"cultural_district_plugin/{metadata['icon']}")[:4] == b"\x89PNG"
    assert metadata["tags"] and metadata["changelog"]
    # English and Italian in description and about
    assert "cultural districts" in metadata["description"] and "distretti culturali" in metadata["description"]
    assert "Build cultural districts" in metadata["about"] and "Costruisce distretti culturali" in metadata["about"]
    assert "Openpolis" in metadata["about"] and "CC-BY 4.0" in metadata["about"]


def test_plugins_xml_points_at_the_zip(package, metadata, built_plugin):
    root = ET.parse(built_plugin[2] / "plugins.xml").getroot()
    plugin = root.find("pyqgis_plugin")
    assert plugin.get("version") == metadata["version"] and plugin.get("name") == metadata["name"]
    assert plugin.findtext("download_url").endswith("/" + package.name)
    assert plugin.findtext("file_name") == package.name
    assert plugin.findtext("qgis_minimum_version") == "3.22"
