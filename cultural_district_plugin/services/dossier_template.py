"""The dossier's map page: a print layout template shipped as ``resources/layouts/dossier_<a4|a3>.qpt``, openable
and restylable in QGIS's layout designer. The export finds its items by id (:data:`ITEM_IDS`), so a restyled
template keeps working as long as the ids stay.

``scripts/build_layout_templates.py`` writes the templates from :func:`build_map_page` (run it after changing it).
"""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsReadWriteContext,
    QgsRectangle,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

from ..plugin_resources import resource_path
from ..qgis_enums import set_label_font
from .district_store import StoreError

PAGE_SIZES = ("A4", "A3")
PAGE_MM = {"A4": (210.0, 297.0), "A3": (297.0, 420.0)}
ITEM_IDS = ("title", "date", "map", "overview", "legend", "scalebar", "north", "crs", "sources")
NORTH_ARROW = "arrows/NorthArrow_02.svg"  # in QGIS's own SVG library


def template_path(page_size: str) -> str:
    return resource_path("layouts", f"dossier_{page_size.lower()}.qpt")


def _label(layout, item_id, text, x, y, w, h, size, bold=False):
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(text)
    font = QFont("Sans Serif", int(size))
    font.setBold(bold)
    set_label_font(label, font)
    label.setMarginX(0)
    label.setMarginY(0)
    label.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    label.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    layout.addLayoutItem(label)
    return label


def build_map_page(project, page_size: str = "A4") -> QgsPrintLayout:
    """The map page: title, date, map with north arrow and overview inset, legend, scale bar, CRS, sources."""
    width, height = PAGE_MM[page_size]
    k = width / 210.0  # everything scales with the page
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(f"Cultural District Planner dossier ({page_size})")
    page = layout.pageCollection().page(0)
    page.setPageSize(page_size, QgsLayoutItemPage.Orientation.Portrait)
    margin = 15 * k
    inner = width - 2 * margin
    _label(layout, "title", "[title]", margin, 10 * k, inner, 14 * k, 18 * k, bold=True)
    _label(layout, "date", "[date]", margin, 25 * k, inner, 6 * k, 9 * k)
    map_item = QgsLayoutItemMap(layout)
    map_item.setId("map")
    map_item.attemptMove(QgsLayoutPoint(margin, 33 * k, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    map_item.attemptResize(QgsLayoutSize(inner, 175 * k, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    map_item.setFrameEnabled(True)
    map_item.setCrs(QgsCoordinateReferenceSystem("EPSG:7792"))
    # a scale to start from (the Val di Noto), in the item's own shape: setExtent would otherwise reshape it
    map_item.setExtent(QgsRectangle(430000, 4060000, 430000 + 100000 * inner / (175 * k), 4160000))
    layout.addLayoutItem(map_item)
    overview = QgsLayoutItemMap(layout)
    overview.setId("overview")
    overview.attemptMove(
        QgsLayoutPoint(margin + inner - 42 * k, 33 * k + 175 * k - 50 * k, QgsUnitTypes.LayoutUnit.LayoutMillimeters)
    )
    overview.attemptResize(QgsLayoutSize(40 * k, 48 * k, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    overview.setFrameEnabled(True)
    overview.setBackgroundColor(QColor(255, 255, 255))
    overview.overview().setLinkedMap(map_item)
    layout.addLayoutItem(overview)
    north = QgsLayoutItemPicture(layout)
    north.setId("north")
    north.setPicturePath(NORTH_ARROW)
    north.attemptMove(QgsLayoutPoint(margin + inner - 14 * k, 36 * k, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    north.attemptResize(QgsLayoutSize(10 * k, 14 * k, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    layout.addLayoutItem(north)
    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setTitle("")
    legend.setLinkedMap(map_item)
    legend.attemptMove(QgsLayoutPoint(margin, 212 * k, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    legend.attemptResize(QgsLayoutSize(inner, 46 * k, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    legend.setResizeToContents(False)
    layout.addLayoutItem(legend)
    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setId("scalebar")
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(map_item)
    scalebar.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)
    scalebar.setUnitLabel("km")
    scalebar.setNumberOfSegments(4)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.attemptMove(QgsLayoutPoint(margin + 3 * k, (33 + 175 - 14) * k, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    scalebar.setBackgroundEnabled(True)
    scalebar.setBackgroundColor(QColor(255, 255, 255, 210))
    layout.addLayoutItem(scalebar)
    _label(layout, "crs", "[crs]", margin, 262 * k, inner, 6 * k, 8 * k)
    _label(layout, "sources", "[sources]", margin, 270 * k, inner, 20 * k, 7 * k)
    layout.itemById("title").setVAlign(Qt.AlignmentFlag.AlignBottom)
    legend.setBoxSpace(1)
    legend.setSymbolWidth(6 * k)
    legend.setSymbolHeight(4 * k)
    scalebar.setHeight(3 * k)
    scalebar.setMaximumBarWidth(inner * 0.35)
    return layout


def save_template(layout: QgsPrintLayout, path: str) -> None:
    if not layout.saveAsTemplate(path, QgsReadWriteContext()):
        raise StoreError(f"{path}: the layout template could not be written")


def load_map_page(project, page_size: str = "A4") -> QgsPrintLayout:
    """A layout from the shipped template of ``page_size`` (A4 or A3)."""
    path = template_path(page_size)
    document = QDomDocument()
    with open(path, encoding="utf-8") as handle:
        if not document.setContent(handle.read()):
            raise StoreError(f"{path}: not a layout template")
    layout = QgsPrintLayout(project)
    layout.loadFromTemplate(document, QgsReadWriteContext())
    missing = [item_id for item_id in ITEM_IDS if layout.itemById(item_id) is None]
    if missing:
        raise StoreError(f"{path}: the template lacks the items {', '.join(missing)}")
    return layout


def millimetres(value: float) -> QgsLayoutMeasurement:
    return QgsLayoutMeasurement(value, QgsUnitTypes.LayoutUnit.LayoutMillimeters)
