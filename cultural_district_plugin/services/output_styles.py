"""Styles of the analysis outputs, with legends a planner reads (applied when an output is added to a project:
by the Processing dialog through a post-processor, by the dock directly)."""

from __future__ import annotations

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsMarkerSymbol,
    QgsRendererCategory,
    QgsVectorLayer,
)

from ..definitions import column_titles
from ..translation import tr
from .store_styles import set_field_aliases, value_map

# ArcGIS-like hot spot colours: reds for hot, blues for cold, light grey for not significant
_HOTSPOT_COLOURS = {
    3: "215,48,39",
    2: "252,141,89",
    1: "254,224,144",
    0: "235,235,235",
    -1: "224,243,248",
    -2: "145,191,219",
    -3: "69,117,180",
}


def hotspot_labels() -> dict:
    return {
        3: tr("Hot spot, 99 % confidence"),
        2: tr("Hot spot, 95 % confidence"),
        1: tr("Hot spot, 90 % confidence"),
        0: tr("Not significant"),
        -1: tr("Cold spot, 90 % confidence"),
        -2: tr("Cold spot, 95 % confidence"),
        -3: tr("Cold spot, 99 % confidence"),
    }


def style_hot_spots(layer: QgsVectorLayer) -> None:
    """Units categorised by their Gi* class (field ``hotspot``, −3…3)."""
    labels = hotspot_labels()
    categories = []
    for value in (3, 2, 1, 0, -1, -2, -3):
        symbol = QgsFillSymbol.createSimple(
            {"color": _HOTSPOT_COLOURS[value], "outline_color": "160,160,160", "outline_width": "0.1"}
        )
        categories.append(QgsRendererCategory(value, symbol, labels[value]))
    layer.setRenderer(QgsCategorizedSymbolRenderer("hotspot", categories))
    layer.triggerRepaint()


def style_points(layer: QgsVectorLayer, colour: str = "200,80,20", shape: str = "circle", size: float = 3) -> None:
    """A single marker for point outputs (near misses, suggested sites)."""
    from qgis.core import QgsSingleSymbolRenderer

    layer.setRenderer(
        QgsSingleSymbolRenderer(
            QgsMarkerSymbol.createSimple(
                {
                    "name": shape,
                    "color": colour,
                    "outline_color": "255,255,255",
                    "outline_width": "0.4",
                    "size": str(size),
                }
            )
        )
    )
    layer.triggerRepaint()


def style_candidates(layer: QgsVectorLayer) -> None:
    """Candidate districts: hatched outlines, so the municipalities stay readable under them."""
    from qgis.core import QgsSingleSymbolRenderer

    layer.setRenderer(
        QgsSingleSymbolRenderer(
            QgsFillSymbol.createSimple(
                {"color": "120,40,140,60", "outline_color": "120,40,140,255", "outline_width": "0.7"}
            )
        )
    )
    layer.triggerRepaint()


def style_uncovered(layer: QgsVectorLayer) -> None:
    """Parts of districts beyond the catchment: grey hatching over the map."""
    from qgis.core import QgsSingleSymbolRenderer

    layer.setRenderer(
        QgsSingleSymbolRenderer(
            QgsFillSymbol.createSimple(
                {"color": "90,90,90,70", "style": "b_diagonal", "outline_color": "90,90,90,160", "outline_width": "0.2"}
            )
        )
    )
    layer.triggerRepaint()


def style_near_misses(layer: QgsVectorLayer) -> None:
    """Near misses: red triangles labelled with the asset's name and its distance to the district."""
    from qgis.core import QgsPalLayerSettings, QgsTextBufferSettings, QgsTextFormat, QgsVectorLayerSimpleLabeling

    style_points(layer, "215,25,28", "triangle", 5)
    if layer.fields().indexOf("name") < 0 or layer.fields().indexOf("distance_m") < 0:
        return
    settings = QgsPalLayerSettings()
    settings.isExpression = True
    settings.fieldName = "\"name\" || ' (' || format_number(\"distance_m\", 0) || ' m)'"
    text = QgsTextFormat()
    text.setSize(8)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    text.setBuffer(buffer)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    layer.triggerRepaint()


def style_links(layer: QgsVectorLayer) -> None:
    """Stakeholder links: one colour per role, width by amount."""
    from qgis.core import QgsLineSymbol, QgsProperty, QgsSymbolLayer

    colours = {
        "promoter": ("200,30,45", tr("Promoter")),
        "partner": ("40,110,180", tr("Partner")),
        "funder": ("230,150,20", tr("Funder")),
        "manager": ("60,150,60", tr("Manager")),
        "": ("130,130,130", tr("No role recorded")),
    }
    categories = []
    for role, (colour, label) in colours.items():
        symbol = QgsLineSymbol.createSimple({"color": colour, "width": "0.6", "capstyle": "round"})
        symbol.symbolLayer(0).setDataDefinedProperty(
            QgsSymbolLayer.Property.PropertyStrokeWidth,
            QgsProperty.fromExpression('0.4 + 1.6 * scale_linear(coalesce("amount_eur", 0), 0, 50000000, 0, 1)'),
        )
        categories.append(QgsRendererCategory(role or None, symbol, label))
    layer.setRenderer(QgsCategorizedSymbolRenderer("role", categories))
    layer.triggerRepaint()


def import_report_titles() -> dict:
    """Translated titles of an import report's columns (the names stay: scripts read them)."""
    store_titles = column_titles()
    return {
        "row": tr("Row"),
        "status": tr("Outcome"),
        "reasons": tr("Reasons (codes)"),
        **{name: store_titles[name] for name in ("source_id", "name", "message")},
    }


def import_status_labels() -> dict:
    return {"imported": tr("Imported"), "flagged": tr("Imported, flagged"), "rejected": tr("Rejected")}


def style_import_report(layer: QgsVectorLayer) -> None:
    """An import report read in the user's language: column titles as aliases, the outcome by its label (the
    values stay ``imported`` / ``flagged`` / ``rejected``); the message column is already in that language."""
    set_field_aliases(layer, import_report_titles())
    index = layer.fields().indexOf("status")
    if index >= 0:
        labels = import_status_labels()
        layer.setEditorWidgetSetup(index, value_map(labels, labels))
