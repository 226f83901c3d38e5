"""Styles and layer metadata inside an exported GeoPackage, so it opens styled and documented in plain QGIS."""

from __future__ import annotations

from typing import TYPE_CHECKING

from qgis.core import QgsLayerMetadata, QgsProviderRegistry, QgsVectorLayer

from ..plugin_resources import plugin_version
from ..qgis_enums import save_style_to_database
from ..translation import tr
from .district_store import StoreError
from .store_styles import STYLE_NAME, apply_default_style

if TYPE_CHECKING:
    from pathlib import Path

# exported table -> the store table whose default style it takes
STYLE_OF = {
    "districts": "districts",
    "members": "municipalities",
    "assets": "heritage_assets",
    "stakeholders": "stakeholders",
    "findings": "check_results",
}
CREDITS = (
    "Municipal boundaries and population: ISTAT 2023, via Openpolis (CC-BY 4.0)",
    "Heritage inventory: see source_dataset",
)


def export_titles() -> dict:
    return {
        "districts": tr("Cultural districts"),
        "members": tr("Member municipalities"),
        "assets": tr("Heritage assets"),
        "stakeholders": tr("Stakeholders"),
        "commitments": tr("Funding commitments"),
        "findings": tr("Findings of the latest check run"),
    }


def style_export_gpkg(path: str | Path, tables: list[str]) -> None:
    """Save each layer's default style and its layer metadata (title, abstract, rights, CRS) in the GeoPackage."""
    provider = QgsProviderRegistry.instance().providerMetadata("ogr")
    titles = export_titles()
    for table in tables:
        layer = QgsVectorLayer(f"{path}|layername={table}", titles.get(table, table), "ogr")
        if not layer.isValid():
            raise StoreError(tr("{0}: layer {1} cannot be read back").format(path, table))
        metadata = QgsLayerMetadata()
        metadata.setIdentifier(table)
        metadata.setTitle(titles.get(table, table))
        metadata.setAbstract(tr("Exported by Cultural District Planner {0}").format(plugin_version()))
        metadata.setRights(list(CREDITS))
        metadata.setLanguage("ita")
        metadata.setCrs(layer.crs())
        ok, message = provider.saveLayerMetadata(layer.source(), metadata)
        if not ok:
            raise StoreError(tr("{0}: the metadata of {1} could not be saved ({2})").format(path, table, message))
        if table in STYLE_OF:
            apply_default_style(layer, STYLE_OF[table])
            error = save_style_to_database(layer, STYLE_NAME, tr("Cultural District Planner default style"))
            if error:
                raise StoreError(tr("{0}: the style of {1} could not be saved ({2})").format(path, table, error))
