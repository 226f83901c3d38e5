"""`make deploy`: install the built plugin tree into the user's default QGIS profile.

The previous copy is replaced as a whole (copied beside it, then swapped), never merged. Enable the
plugin once in Plugins ▸ Manage and Install Plugins (or use `make run`, which loads it).
"""

import argparse
import os
import platform
import shutil
from pathlib import Path


def default_plugins_dir():
    system = platform.system()
    if system == "Windows":
        base = Path(os.environ["APPDATA"])
    elif system == "Darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "QGIS" / "QGIS3" / "profiles" / "default" / "python" / "plugins"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tree", required=True, type=Path)
    parser.add_argument("--plugins-dir", type=Path, default=None)
    args = parser.parse_args()
    plugins_dir = args.plugins_dir or default_plugins_dir()
    plugins_dir.mkdir(parents=True, exist_ok=True)
    target = plugins_dir / args.tree.name
    staging = plugins_dir / f".{args.tree.name}.new"
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(args.tree, staging, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    if target.is_symlink():
        target.unlink()
    elif target.exists():
        shutil.rmtree(target)
    staging.rename(target)
    print(f"installed {target}")


if __name__ == "__main__":
    main()
