"""`make package`: zip the built plugin tree for the QGIS plugin repository, plus a plugins.xml.

The zip holds exactly ``build/cultural_district_plugin`` under one top folder, without caches; it is
written to a temporary name and moved into place. ``plugins.xml`` lets ``dist/`` be served as a custom
plugin repository (Plugins ▸ Manage and Install ▸ Settings ▸ Add…).
"""

import argparse
import configparser
import os
import sys
import tempfile
import xml.etree.ElementTree as ET  # nosec B405 - builds XML, parses nothing untrusted
import zipfile
from datetime import date
from pathlib import Path

# Caches are skipped; executables and compiled libraries are refused (the plugin repository rejects them).
EXCLUDED_PARTS = {"__pycache__", ".git", "__MACOSX", ".pytest_cache"}
EXCLUDED_SUFFIXES = {".pyc", ".pyo"}
FORBIDDEN_SUFFIXES = {".so", ".dll", ".dylib", ".exe", ".bat", ".sh", ".ps1", ".cmd"}


def read_metadata(tree):
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(tree / "metadata.txt", encoding="utf-8")
    return dict(parser.items("general"))


def packaged_files(tree):
    for path in sorted(tree.rglob("*")):
        relative = path.relative_to(tree)
        if (
            path.is_file()
            and not EXCLUDED_PARTS.intersection(relative.parts)
            and path.suffix.lower() not in EXCLUDED_SUFFIXES
        ):
            if path.suffix.lower() in FORBIDDEN_SUFFIXES or os.access(path, os.X_OK):
                sys.exit(f"{path}: executables and compiled libraries cannot be published in a plugin")
            yield path, relative


def write_zip(tree, target):
    handle, tmp = tempfile.mkstemp(suffix=".zip", dir=target.parent)
    os.close(handle)
    try:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
            for path, relative in packaged_files(tree):
                archive.write(path, f"{tree.name}/{relative.as_posix()}")
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def write_plugins_xml(metadata, tree_name, zip_name, repo_url, target):
    root = ET.Element("plugins")
    plugin = ET.SubElement(
        root, "pyqgis_plugin", name=metadata["name"], version=metadata["version"], plugin_id=tree_name
    )
    fields = {
        "description": metadata["description"],
        "about": metadata["about"],
        "version": metadata["version"],
        "qgis_minimum_version": metadata["qgisMinimumVersion"],
        "qgis_maximum_version": metadata["qgisMaximumVersion"],
        "homepage": metadata.get("homepage", ""),
        "file_name": zip_name,
        "icon": metadata.get("icon", ""),
        "author_name": metadata["author"],
        "download_url": f"{repo_url.rstrip('/')}/{zip_name}",
        "uploaded_by": metadata["author"],
        "create_date": date.today().isoformat(),
        "update_date": date.today().isoformat(),
        "experimental": metadata.get("experimental", "False"),
        "deprecated": metadata.get("deprecated", "False"),
        "tracker": metadata["tracker"],
        "repository": metadata["repository"],
        "tags": metadata.get("tags", ""),
        "server": metadata.get("server", "False"),
    }
    for key, value in fields.items():
        ET.SubElement(plugin, key).text = value
    ET.ElementTree(root).write(target, encoding="utf-8", xml_declaration=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tree", required=True, type=Path)
    parser.add_argument("--dist", required=True, type=Path)
    parser.add_argument("--repo-url", required=True)
    args = parser.parse_args()
    tree = args.tree.resolve()
    metadata = read_metadata(tree)
    args.dist.mkdir(parents=True, exist_ok=True)
    zip_name = f"{tree.name}-{metadata['version']}.zip"
    write_zip(tree, args.dist / zip_name)
    write_plugins_xml(metadata, tree.name, zip_name, args.repo_url, args.dist / "plugins.xml")
    size = (args.dist / zip_name).stat().st_size / 1e6
    print(f"packaged {args.dist / zip_name} ({size:.1f} MB) and {args.dist / 'plugins.xml'}")


if __name__ == "__main__":
    main()
