"""Default styles of the store's layers: symbols, labels, value maps for the code lists, field aliases.

They are saved in the GeoPackage (``layer_styles``) when a store is created, so the file opens styled
and editable in plain QGIS, without the plugin.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qgis.core import (
    QgsEditorWidgetSetup,
    QgsFieldConstraints,
    QgsFillSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsSingleSymbolRenderer,
    QgsTextFormat,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor

from ..definitions import column_titles
from ..qgis_enums import save_style_to_database
from ..translation import tr
from .store_schema import CODE_LISTS, TABLES

if TYPE_CHECKING:
    from collections.abc import Iterable

    from qgis.core import QgsVectorLayer

    from .district_store import DistrictStore

STYLE_NAME = "cultural_district_default"

_SYMBOLS = {
    "districts": lambda: QgsFillSymbol.createSimple(
        {"color": "200,60,40,70", "outline_color": "140,30,20,255", "outline_width": "0.8"}
    ),
    "municipalities": lambda: QgsFillSymbol.createSimple(
        {"color": "245,240,225,255", "outline_color": "150,150,150,255", "outline_width": "0.15"}
    ),
    "heritage_assets": lambda: QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": "120,40,140,255", "outline_color": "255,255,255,255", "size": "2.6"}
    ),
    "check_results": lambda: QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": "230,120,0,255", "outline_width": "0.6", "outline_style": "dash"}
    ),
}
_LABELLED = {"districts": "name"}
UNIQUE_COLUMNS = {
    t.name: tuple(c for columns in t.unique for c in columns if len(columns) == 1)
    for t in TABLES
    if t.name not in ("store_info", "batches")
}


def code_labels() -> dict[str, str]:
    """Translated labels of the code lists stored as English codes (vocabulary terms label themselves)."""
    return {
        "industrial": tr("Industrial (Santagata)"),
        "institutional": tr("Institutional (Santagata)"),
        "museum": tr("Museum (Santagata)"),
        "metropolitan": tr("Metropolitan (Santagata)"),
        "system_wide": tr("System-wide (Sacco)"),
        "proposal": tr("Proposal"),
        "under_review": tr("Under review"),
        "recognised": tr("Recognised"),
        "error": tr("Error"),
        "warning": tr("Warning"),
        "info": tr("Information"),
        "state": tr("State"),
        "region": tr("Region"),
        "municipality": tr("Municipality"),
        "other_public": tr("Other public body"),
        "religious": tr("Religious body"),
        "private": tr("Private"),
        "state_body": tr("State body"),
        "banking_foundation": tr("Banking foundation"),
        "enterprise": tr("Enterprise"),
        "third_sector": tr("Third sector"),
        "university_research": tr("University or research"),
        "religious_body": tr("Religious body"),
        "other": tr("Other"),
        "promoter": tr("Promoter"),
        "partner": tr("Partner"),
        "funder": tr("Funder"),
        "manager": tr("Manager"),
    }


def value_map(values: Iterable[str], labels: dict[str, str] | None = None) -> QgsEditorWidgetSetup:
    """A value-map widget showing each stored value by its label (the code lists' by default)."""
    labels = code_labels() if labels is None else labels
    return QgsEditorWidgetSetup("ValueMap", {"map": [{labels.get(v, v): v} for v in values]})


def set_field_aliases(layer: QgsVectorLayer, titles: dict[str, str] | None = None) -> None:
    """Column titles in the user's language as the layer's field aliases, names unchanged (the store's columns'
    by default)."""
    titles = column_titles() if titles is None else titles
    for index, field in enumerate(layer.fields()):
        if field.name() in titles:
            layer.setFieldAlias(index, titles[field.name()])


def apply_default_style(layer: QgsVectorLayer, table: str) -> None:
    """Symbol, labels, value-map widgets and field aliases (translated column titles) of a store table's layer."""
    if table in _SYMBOLS:
        layer.setRenderer(QgsSingleSymbolRenderer(_SYMBOLS[table]()))
    set_field_aliases(layer)
    for (code_table, column), values in CODE_LISTS.items():
        index = layer.fields().indexOf(column)
        if code_table == table and index >= 0:
            layer.setEditorWidgetSetup(index, value_map(values))
    for column in UNIQUE_COLUMNS.get(table, ()):
        index = layer.fields().indexOf(column)
        layer.setFieldConstraint(
            index,
            QgsFieldConstraints.Constraint.ConstraintUnique,
            QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard,
        )
    if table in _LABELLED:
        settings = QgsPalLayerSettings()
        settings.fieldName = _LABELLED[table]
        text = QgsTextFormat()
        text.setColor(QColor(110, 20, 10))
        text.setSize(10)
        settings.setFormat(text)
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        layer.setLabelsEnabled(True)


def save_default_styles(store: DistrictStore) -> None:
    """Write each table's default style into the store's ``layer_styles`` table."""
    for table in TABLES:
        if table.name in ("store_info", "batches"):
            continue
        layer = store.layer(table.name)
        apply_default_style(layer, table.name)
        error = save_style_to_database(layer, STYLE_NAME, tr("Cultural District Planner default style"))
        if error:
            raise RuntimeError(f"{store.path}: could not save the style of {table.name}: {error}")
