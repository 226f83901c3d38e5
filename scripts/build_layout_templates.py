"""Write the dossier's layout templates ``resources/layouts/dossier_a4.qpt`` and ``dossier_a3.qpt`` (committed;
run again after changing ``services/dossier_template.build_map_page``). Run with QGIS's Python:
``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/build_layout_templates.py``."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qgis.core import QgsApplication, QgsProject  # noqa: E402


def main():
    app = QgsApplication([], False)
    app.initQgis()
    from cultural_district_plugin.services.dossier_template import (
        PAGE_SIZES,
        build_map_page,
        save_template,
        template_path,
    )

    project = QgsProject()
    for size in PAGE_SIZES:
        save_template(build_map_page(project, size), template_path(size))
        print(f"wrote {Path(template_path(size)).relative_to(ROOT)}")
    app.exitQgis()


if __name__ == "__main__":
    main()
