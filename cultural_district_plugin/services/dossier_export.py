"""The dossier of one district, or of all as an atlas: for each, the map page from the shipped template
(:mod:`dossier_template`) and its indicator tables (:mod:`dossier_content`); then a reproducibility page. One PDF,
written beside its destination and moved into place; optionally the first map page as PNG."""

from __future__ import annotations

import math
import os
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import shapely
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeature,
    QgsFillSymbol,
    QgsLayerTree,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemPage,
    QgsLayoutItemTextTable,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsMarkerSymbol,
    QgsProject,
    QgsRectangle,
    QgsRendererCategory,
    QgsScaleBarSettings,
    QgsSingleSymbolRenderer,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QFont, QFontMetricsF
from qgis.PyQt.QtXml import QDomDocument

from ..core.code_lists import ASSET_CATEGORIES
from ..qgis_enums import always_text, set_label_font
from ..translation import tr
from .district_store import StoreError
from .dossier_content import district_sections, read_facts
from .dossier_template import PAGE_MM, load_map_page, template_path
from .export_tables import selected_districts
from .measures import to_qgs_geometry
from .provenance import DATA_SOURCES, store_batches, versions

if TYPE_CHECKING:
    from collections.abc import Callable

    from .district_store import DistrictStore
    from .document_language import DocumentLanguage

CATEGORY_COLOURS = (
    "#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d",
    "#666666", "#1f78b4", "#b2df8a", "#fb9a99", "#cab2d6", "#ffff99",
)  # fmt: skip
ROW_MM = 6.0  # a table row, for placing the next section


def _bold(size: int) -> QFont:
    font = QFont("Sans Serif", size)
    font.setBold(True)
    return font


def _fitted(extent: QgsRectangle, item, margin: float) -> QgsRectangle:
    """``extent`` grown by ``margin`` and widened or heightened to the item's shape (setExtent would otherwise
    resize the item to the extent's)."""
    extent = QgsRectangle(extent)
    extent.scale(margin)
    ratio = item.rect().width() / item.rect().height()
    width, height = extent.width(), extent.height()
    if width / height < ratio:
        grow = (ratio * height - width) / 2
        return QgsRectangle(extent.xMinimum() - grow, extent.yMinimum(), extent.xMaximum() + grow, extent.yMaximum())
    grow = (width / ratio - height) / 2
    return QgsRectangle(extent.xMinimum(), extent.yMinimum() - grow, extent.xMaximum(), extent.yMaximum() + grow)


def _memory(kind, crs, fields, rows):
    layer = QgsVectorLayer(f"{kind}?crs={crs.authid()}" + "".join(f"&field={f}" for f in fields), kind, "memory")
    features = []
    for values, geometry in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(values))
        if geometry is not None and not geometry.is_empty:
            feature.setGeometry(to_qgs_geometry(geometry))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


class DossierMaps:
    """The map layers of the dossier, from the store (municipalities, members, outlines, assets by category)."""

    def __init__(self, store: DistrictStore, lang: DocumentLanguage):
        crs = store.crs
        units, unit_geometries = store.read_table("municipalities", ["pro_com_t", "name"])
        members, _ = store.read_table("district_members", ["district_id", "pro_com_t"])
        districts, areas = store.read_table("districts", ["name"])
        assets, points = store.read_table("heritage_assets", ["name", "category"])
        self.members_of = members.groupby("district_id")["pro_com_t"].agg(set).to_dict() if len(members) else {}
        self.municipalities = _memory(
            "MultiPolygon",
            crs,
            ["pro_com_t:string", "name:string"],
            zip(zip(units["pro_com_t"], units["name"]), unit_geometries),
        )
        self.municipalities.setName(lang.tr("Municipalities"))
        self.municipalities.setRenderer(
            QgsSingleSymbolRenderer(
                QgsFillSymbol.createSimple(
                    {"color": "248,246,240", "outline_color": "170,170,170", "outline_width": "0.15"}
                )
            )
        )
        self.members = _memory("MultiPolygon", crs, ["district_id:integer", "pro_com_t:string"], [])
        self.members.setName(lang.tr("Member municipalities"))
        self.members.setRenderer(
            QgsSingleSymbolRenderer(
                QgsFillSymbol.createSimple(
                    {"color": "253,219,164", "outline_color": "200,140,60", "outline_width": "0.2"}
                )
            )
        )
        index = {c: i for i, c in enumerate(units["pro_com_t"])}
        rows = [
            ((int(d), c), unit_geometries[index[c]])
            for d, codes in self.members_of.items()
            for c in codes
            if c in index
        ]
        self.members.dataProvider().addFeatures([self._feature(self.members, v, g) for v, g in rows])
        self.districts = _memory(
            "MultiPolygon", crs, ["fid:integer", "name:string"], zip(zip(districts["fid"], districts["name"]), areas)
        )
        self.districts.setName(lang.tr("District"))
        self.districts.setRenderer(
            QgsSingleSymbolRenderer(
                QgsFillSymbol.createSimple({"style": "no", "outline_color": "160,20,30", "outline_width": "0.8"})
            )
        )
        located = ~(shapely.is_missing(points) | shapely.is_empty(points))
        self.assets = _memory(
            "Point",
            crs,
            ["name:string", "category:string"],
            zip(zip(assets["name"][located], assets["category"][located]), points[located]),
        )
        self.assets.setName(lang.tr("Heritage assets"))
        present = [c for c in ASSET_CATEGORIES if c in set(assets["category"].dropna())]
        categories = [
            QgsRendererCategory(
                c,
                QgsMarkerSymbol.createSimple(
                    {"name": "circle", "color": CATEGORY_COLOURS[i % 13], "outline_color": "white", "size": "2.6"}
                ),
                c,
            )
            for i, c in enumerate(present)
        ]
        categories.append(
            QgsRendererCategory(
                None,
                QgsMarkerSymbol.createSimple(
                    {"name": "circle", "color": "#999999", "outline_color": "white", "size": "2.2"}
                ),
                lang.tr("Other or unknown category"),
            )
        )
        self.assets.setRenderer(QgsCategorizedSymbolRenderer("category", categories))
        self.area_of = dict(zip(districts["fid"].astype(int), areas))
        self.territory = QgsRectangle(*shapely.total_bounds(unit_geometries)) if len(unit_geometries) else None

    @staticmethod
    def _feature(layer, values, geometry):
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(values))
        feature.setGeometry(to_qgs_geometry(geometry))
        return feature

    def layers(self):
        return [self.assets, self.districts, self.members, self.municipalities]


class Dossier:
    """Assembles the layout: map pages from the template, table pages, the reproducibility page."""

    def __init__(self, store: DistrictStore, lang: DocumentLanguage, page_size: str):
        self.store, self.lang, self.page_size = store, lang, page_size
        self.project = QgsProject()  # the dossier's own: the user's project is never touched
        self.width, self.height = PAGE_MM[page_size]
        self.k = self.width / 210.0
        self.margin = 15 * self.k
        self.layout = None
        self.trees = []  # the legends' layer trees must outlive the export
        self.maps = DossierMaps(store, lang)
        for layer in self.maps.layers():
            self.project.addMapLayer(layer, False)
        with open(template_path(page_size), encoding="utf-8") as handle:
            self.template = handle.read()

    # Map pages --------------------------------------------------------------------------------------------------
    def add_map_page(self, fid: int, name: str, sources: str) -> None:
        if self.layout is None:
            self.layout = load_map_page(self.project, self.page_size)
            items = {item.id(): item for item in self.layout.items() if hasattr(item, "id") and item.id()}
        else:
            from qgis.core import QgsReadWriteContext

            document = QDomDocument()
            document.setContent(self.template)
            before = self.layout.pageCollection().pageCount()
            new_items, _ = self.layout.loadFromTemplate(document, QgsReadWriteContext(), False)
            pages = self.layout.pageCollection()
            while pages.pageCount() > before + 1:  # the template's own page came along: keep one
                pages.deletePage(pages.pageCount() - 1)
            if pages.pageCount() == before:
                self._new_page()
            target = pages.pageCount() - 1
            items = {}
            for item in new_items:
                if isinstance(item, QgsLayoutItemPage):
                    continue
                position = item.positionWithUnits()
                item.attemptMove(position, True, False, target)
                if item.id():
                    items[item.id()] = item
        items["title"].setText(self.lang.tr("Cultural district: {0}").format(name))
        items["date"].setText(
            self.lang.tr("Dossier of {0}").format(
                date.today().strftime("%d/%m/%Y" if self.lang.code == "it" else "%Y-%m-%d")
            )
        )
        crs = self.store.crs
        items["crs"].setText(self.lang.tr("Reference system: {0} ({1})").format(crs.description(), crs.authid()))
        items["sources"].setText(sources)
        area = self.maps.area_of[fid]
        map_item = items["map"]
        map_item.setCrs(crs)
        map_item.setLayers(self.maps.layers())
        map_item.setKeepLayerSet(True)
        map_item.setExtent(_fitted(QgsRectangle(*area.bounds), map_item, 1.08))
        overview = items["overview"]
        overview.setCrs(crs)
        overview.setLayers([self.maps.municipalities])
        overview.setKeepLayerSet(True)
        if self.maps.territory is not None:
            overview.setExtent(_fitted(QgsRectangle(self.maps.territory), overview, 1.05))
        overview.overview().setLinkedMap(map_item)
        legend = items["legend"]
        legend.setAutoUpdateModel(False)
        tree = QgsLayerTree()
        for layer in (self.maps.assets, self.maps.districts, self.maps.members):
            tree.addLayer(layer)
        self.trees.append(tree)
        legend.model().setRootGroup(tree)
        legend.setLinkedMap(map_item)
        legend.setColumnCount(2)
        legend.setSplitLayer(True)
        legend.refresh()
        scalebar = items["scalebar"]
        scalebar.setLinkedMap(map_item)
        scalebar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth)
        scalebar.setMinimumBarWidth(15 * self.k)
        scalebar.setMaximumBarWidth(30 * self.k)
        scalebar.update()

    # Table pages ------------------------------------------------------------------------------------------------
    def _new_page(self) -> int:
        page = QgsLayoutItemPage(self.layout)
        page.setPageSize(self.page_size, QgsLayoutItemPage.Orientation.Portrait)
        self.layout.pageCollection().addPage(page)
        return self.layout.pageCollection().pageCount() - 1

    def _label(self, page, y, text, size, bold=False, height=None):
        label = QgsLayoutItemLabel(self.layout)
        label.setText(text)
        font = QFont("Sans Serif", int(size))
        font.setBold(bold)
        set_label_font(label, font)
        label.setMarginX(0)
        label.setMarginY(0)
        inner = self.width - 2 * self.margin
        lines = max(1, int(len(text) * size * 0.19 / inner) + 1 + text.count("\n"))
        height = height or lines * size * 0.45 * self.k + 1
        label.attemptResize(QgsLayoutSize(inner, height, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
        label.attemptMove(QgsLayoutPoint(self.margin, y, QgsUnitTypes.LayoutUnit.LayoutMillimeters), True, False, page)
        self.layout.addLayoutItem(label)
        return height

    def add_sections(self, heading: str, sections) -> None:
        page = self._new_page()
        y = self.margin
        y += self._label(page, y, heading, 16, bold=True) + 4
        for section in sections:
            needed = 8 + ROW_MM * (min(len(section.rows), 3) + 1)
            if y + needed > self.height - self.margin:
                page, y = self._new_page(), self.margin
            y += self._label(page, y, section.title, 12, bold=True) + 2
            page, y = self._table(page, y, section)
            if section.note.strip():
                if y + 10 > self.height - self.margin:
                    page, y = self._new_page(), self.margin
                y += self._label(page, y, section.note.strip(), 8) + 2
            y += 5

    def _widths(self, section) -> list[float]:
        """Column widths (mm) filling the text width: each column what its longest cell needs (capped), and the
        widest text column takes what is left, so short codes are never cut."""
        inner = self.width - 2 * self.margin
        rows = [section.headers, *section.rows]
        longest = [max(len(str(row[i])) for row in rows if i < len(row)) for i in range(len(section.headers))]
        wanted = [min(n * 1.75 + 4.0, 60.0) for n in longest]
        widest = max(range(len(wanted)), key=lambda i: (i not in section.numeric, longest[i]))
        others = sum(w for i, w in enumerate(wanted) if i != widest)
        if others + 20.0 > inner:  # too many wide columns: share in proportion
            return [inner * w / sum(wanted) for w in wanted]
        return [inner - others if i == widest else w for i, w in enumerate(wanted)]

    def _make_table(self, section, rows):
        """A text table of ``rows`` (not yet in the layout), in the section's columns."""
        table = QgsLayoutItemTextTable(self.layout)
        columns = []
        for position, (heading, width) in enumerate(zip(section.headers, self._widths(section))):
            column = QgsLayoutTableColumn(heading)
            column.setWidth(width - 2.0)  # the cell margins on both sides
            if position in section.numeric:
                column.setHAlignment(Qt.AlignmentFlag.AlignRight)
            columns.append(column)
        table.setColumns(columns)
        for row in rows:
            table.addRow(row)
        content = QgsTextFormat()
        content.setFont(QFont("Sans Serif", 8))
        content.setSize(8)
        header = QgsTextFormat()
        header.setFont(_bold(8))
        header.setSize(8)
        table.setContentTextFormat(content)
        table.setHeaderTextFormat(header)
        table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
        table.setCellMargin(1.0)
        table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.UseExistingFrames)
        table.refresh()
        return table

    def _row_heights(self, section, rows) -> list[float]:
        """Estimated heights (mm) of the header and of each row, as the table wraps them in its columns: the
        text's advance in the font, over the column's width, in lines of the font's height (8 pt). An estimate
        on the generous side: rows that would not fit still flow to a new frame, they are never cut."""
        metrics = {False: QFontMetricsF(QFont("Sans Serif", 8)), True: QFontMetricsF(_bold(8))}
        line_mm = 8 * 0.3528 * 1.17
        widths = self._widths(section)

        def height(cells, bold):
            fm = metrics[bold]
            lines = 1
            for text, width in zip(cells, widths):
                advance_mm = fm.horizontalAdvance(str(text)) / fm.height() * line_mm
                lines = max(lines, math.ceil(advance_mm * 1.05 / max(width - 2.0, 1.0)) + str(text).count("\n"))
            return lines * line_mm + 2.0 + 0.5  # cell margins, grid line

        return [height(section.headers, True)] + [height(row, False) for row in rows]

    def _table(self, page, y, section):
        """The section's table from ``y`` on ``page``; a table longer than what is left starts on a new page
        and flows onto more pages (header repeated). Returns where the next item goes."""
        rows = section.rows or [["—"] + [""] * (len(section.headers) - 1)]
        heights = self._row_heights(section, rows)
        needed = sum(heights)
        available = self.height - self.margin - y
        full = self.height - 2 * self.margin
        if needed > available:
            page, y = self._new_page(), self.margin
            available = full
        table = self._make_table(section, rows)
        table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.RepeatUntilFinished)
        inner = self.width - 2 * self.margin
        self.layout.addMultiFrame(table)
        frame = QgsLayoutFrame(self.layout, table)
        frame.attemptResize(QgsLayoutSize(inner, min(needed, available), QgsUnitTypes.LayoutUnit.LayoutMillimeters))
        frame.attemptMove(QgsLayoutPoint(self.margin, y, QgsUnitTypes.LayoutUnit.LayoutMillimeters), True, False, page)
        table.addFrame(frame)
        table.recalculateFrameSizes()
        if table.frameCount() > 1:  # it went on: the next section starts on a fresh page
            return self._new_page(), self.margin
        return page, y + min(needed, available) + 2

    def add_text_page(self, heading: str, text: str) -> None:
        page = self._new_page()
        y = self.margin
        y += self._label(page, y, heading, 16, bold=True) + 4
        self._label(page, y, text, 8, height=self.height - y - self.margin)

    # Output -----------------------------------------------------------------------------------------------------
    def export_pdf(self, path: str) -> None:
        exporter = QgsLayoutExporter(self.layout)
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = 150
        settings.rasterizeWholeImage = False
        settings.forceVectorOutput = True
        settings.textRenderFormat = always_text()
        result = exporter.exportToPdf(path, settings)
        if result != QgsLayoutExporter.ExportResult.Success:
            raise StoreError(tr("{0}: the PDF could not be written ({1})").format(path, exporter.errorMessage()))

    def export_map_png(self, path: str) -> None:
        exporter = QgsLayoutExporter(self.layout)
        settings = QgsLayoutExporter.ImageExportSettings()
        settings.dpi = 110
        settings.pages = [0]
        result = exporter.exportToImage(path, settings)
        if result != QgsLayoutExporter.ExportResult.Success:
            raise StoreError(tr("{0}: the map image could not be written ({1})").format(path, exporter.errorMessage()))


def sources_text(store: DistrictStore, lang: DocumentLanguage) -> str:
    assets, _ = store.read_table("heritage_assets", ["source_dataset"])
    datasets = sorted({str(d) for d in assets["source_dataset"].dropna()})
    source = DATA_SOURCES[0] if lang.code == "it" else DATA_SOURCES[1]
    text = lang.tr("Sources: {0}; heritage inventory: {1}.").format(source, ", ".join(datasets) or "—")
    return (
        text
        + " "
        + lang.tr("Made with Cultural District Planner {0} on QGIS {1}.").format(
            versions()["plugin"], versions()["qgis"]
        )
    )


def reproducibility_text(store: DistrictStore, lang: DocumentLanguage, parameters: dict, run: tuple) -> str:
    lines = [
        lang.tr("Cultural District Planner {0}; QGIS {1}.").format(versions()["plugin"], versions()["qgis"]),
        lang.tr("Store: {0} ({1}, schema {2}).").format(
            store.name, store.info.get("crs"), store.info.get("schema_version")
        ),
        lang.tr("Parameters:"),
        *(f"• {key}: {value}" for key, value in sorted(parameters.items())),
        lang.tr("Check run shown: {0} ({1}).").format(run[0], run[1])
        if run[0] is not None
        else lang.tr("The checks were never run."),
        "",
        lang.tr("Data sources and the operations that wrote them (batch, date):"),
    ]
    for batch in store_batches(store):
        lines.append(f"• {batch.operation} — {batch.description} ({batch.batch_id[:8]}, {batch.created_at[:19]})")
    return "\n".join(lines)


def export_dossier(
    store: DistrictStore,
    names: list[str],
    output: str | Path,
    page_size: str,
    lang: DocumentLanguage,
    parameters: dict,
    map_image: str | Path | None = None,
    overwrite: bool = False,
    cancelled: Callable[[], bool] = lambda: False,
) -> dict:
    """Write the dossier; returns ``{"pages": n, "districts": [names]}``."""
    output = Path(output)
    targets = [output] + ([Path(map_image)] if map_image else [])
    existing = [str(p) for p in targets if p.exists()]
    if existing and not overwrite:
        raise StoreError(
            tr("{0}: the file exists; allow overwriting or choose another name").format(", ".join(existing))
        )
    if not output.parent.is_dir() or not os.access(output.parent, os.W_OK):
        raise StoreError(tr("{0}: the folder does not exist or is read-only").format(output.parent))
    districts, _ = selected_districts(store, names)
    ids = districts["fid"].astype(int).tolist()
    facts = read_facts(store, ids)
    dossier = Dossier(store, lang, page_size)
    sources = sources_text(store, lang)
    for fid, name in zip(ids, districts["name"]):
        if cancelled():
            raise StoreError(tr("Dossier cancelled: nothing was written"))
        dossier.add_map_page(fid, name, sources)
        dossier.add_sections(lang.tr("Indicators: {0}").format(name), district_sections(facts, fid, lang))
    dossier.add_text_page(lang.tr("Reproducibility"), reproducibility_text(store, lang, parameters, facts.run))
    handle, tmp = tempfile.mkstemp(suffix=".pdf", dir=output.parent, prefix=".cdp-dossier-")
    os.close(handle)
    image_tmp = None
    try:
        dossier.export_pdf(tmp)
        if map_image:
            handle, image_tmp = tempfile.mkstemp(suffix=".png", dir=Path(map_image).parent, prefix=".cdp-map-")
            os.close(handle)
            dossier.export_map_png(image_tmp)
        if cancelled():
            raise StoreError(tr("Dossier cancelled: nothing was written"))
        os.replace(tmp, output)
        if image_tmp:
            os.replace(image_tmp, map_image)
    finally:
        for leftover in (tmp, image_tmp):
            if leftover and os.path.exists(leftover):
                os.unlink(leftover)
    return {"pages": dossier.layout.pageCollection().pageCount(), "districts": list(districts["name"])}
