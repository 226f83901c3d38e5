"""Assemble the loadable plugin tree (docs/architecture.md, Files and build): the package, metadata.txt with its
public URLs, LICENSE, the runtime part of resources/ and the compiled translations. Nothing is hand-copied."""

import argparse
import re
import shutil
import subprocess  # nosec B404 - runs lrelease with a fixed argument list, no shell
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "cultural_district_plugin"
# Runtime resources shipped inside the plugin (the heritage CSV stays out; the sample partner lists are imported by
# the dock's Add sample; the .ts catalogues give dossiers their language whatever the interface's).
RUNTIME_RESOURCES = (
    "icons/*.png",
    "icons/*.svg",
    "sample/*.gpkg",
    "sample/stakeholders_*.csv",
    "sample/commitments_*.csv",
    "layouts/*.qpt",
    "reference/*.geojson",
    "i18n/*.ts",
    "postgis/*.sql",
    "perimeters/*.csv",
)
# Public addresses written into metadata.txt (override them with --set before publishing).
DEFAULT_URLS = {
    "REPOSITORY_URL": "https://github.com/cultural-district-planner/cultural_district_plugin",
    "TRACKER_URL": "https://github.com/cultural-district-planner/cultural_district_plugin/issues",
    "HOMEPAGE_URL": "https://github.com/cultural-district-planner/cultural_district_plugin",
}


def copy_package(out):
    shutil.copytree(PACKAGE, out, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.pyo"))


def changelog_text(version, entries=3):
    """The latest ``entries`` sections of CHANGELOG.md as metadata.txt's changelog (continuation lines indented);
    the Unreleased section is the version being built when that version has no section of its own."""
    sections = re.split(r"^## ", (ROOT / "CHANGELOG.md").read_text(encoding="utf-8"), flags=re.M)[1:]
    released = {re.match(r"\[([^\]]+)\]", s).group(1) for s in sections}
    lines = []
    for section in sections[:entries]:
        title, _, body = section.partition("\n")
        name = re.match(r"\[([^\]]+)\]", title).group(1)
        if name == "Unreleased":
            if version in released:
                continue
            name = version
        items = [re.sub(r"\s+", " ", item).strip() for item in re.split(r"^- ", body, flags=re.M)[1:]]
        items = [re.sub(r"^### .*", "", item).strip() for item in items]
        lines.append(f"{name}: " + " ".join(item.split("###")[0].strip() for item in items if item))
    return "\n    ".join(lines)


def write_metadata(out, substitutions):
    text = (ROOT / "metadata.txt").read_text(encoding="utf-8")
    version = re.search(r"^version=(.*)$", text, re.M).group(1).strip()
    text = text.replace("@CHANGELOG@", changelog_text(version))
    for key, value in substitutions.items():
        text = text.replace(f"@{key}@", value)
    if "@" in "".join(line for line in text.splitlines() if line.startswith(("tracker", "repository", "homepage"))):
        sys.exit("metadata.txt: a URL placeholder was not set (REPOSITORY_URL, TRACKER_URL, HOMEPAGE_URL)")
    (out / "metadata.txt").write_text(text, encoding="utf-8")


# The user guides and the methods, shown by the panel's Help (docs/ in a checkout, resources/help/ installed).
HELP_FILES = ("guide_en.md", "guide_it.md", "methods.md", "images/*.png")


def copy_help(out):
    for pattern in HELP_FILES:
        for source in sorted((ROOT / "docs").glob(pattern)):
            target = out / "resources" / "help" / source.relative_to(ROOT / "docs")
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)


def copy_resources(out):
    for pattern in RUNTIME_RESOURCES:
        for source in sorted((ROOT / "resources").glob(pattern)):
            target = out / "resources" / source.relative_to(ROOT / "resources")
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)


def compile_translations(out):
    target_dir = out / "resources" / "i18n"
    target_dir.mkdir(parents=True, exist_ok=True)
    lrelease = shutil.which("lrelease") or "/usr/lib/qt5/bin/lrelease"
    for ts_file in sorted((ROOT / "resources" / "i18n").glob("*.ts")):
        qm_file = target_dir / (ts_file.stem + ".qm")
        subprocess.run([lrelease, "-silent", str(ts_file), "-qm", str(qm_file)], check=True)  # nosec B603


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="metadata.txt placeholder value, e.g. REPOSITORY_URL=https://…",
    )
    args = parser.parse_args()
    substitutions = dict(DEFAULT_URLS, **dict(item.split("=", 1) for item in args.set if item.split("=", 1)[1]))
    out = args.out.resolve()
    if out.exists():
        shutil.rmtree(out)
    copy_package(out)
    write_metadata(out, substitutions)
    shutil.copy2(ROOT / "LICENSE", out / "LICENSE")
    copy_resources(out)
    copy_help(out)
    compile_translations(out)
    print(f"built {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")


if __name__ == "__main__":
    main()
