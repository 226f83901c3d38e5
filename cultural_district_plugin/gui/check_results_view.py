"""The results view of a check run: findings by district and severity, filters, select / zoom / flash.

Findings read in a narrow dock: one entry each, its severity, district and check title on a first line, the
message wrapped under it (a list with a delegate drawing two styled lines, not a table of narrow columns).
"""

from html import escape

from qgis.core import QgsCoordinateTransform, QgsFeatureRequest, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QRectF, QSize, Qt, pyqtSignal
from qgis.PyQt.QtGui import QAbstractTextDocumentLayout, QColor, QPalette, QTextDocument
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from ..core.district_checks import DISTRICT_CHECKS
from ..translation import tr
from .layout_rows import COMPACT_CHARACTERS, row
from .push_button import push_button

SEVERITY_COLOURS = {"error": "#f8d0cc", "warning": "#fdecc8", "info": "#dcebf7"}
ALL = "__all__"
MIN_EXTENT_M = 500.0  # half-width of the view around a finding about one point


SEVERITY_TEXT_COLOURS = {"error": "#8a1c12", "warning": "#6b4500", "info": "#1d4f7a"}
FINDING_ROLE = Qt.ItemDataRole.UserRole  # the finding (dict) an entry shows
PADDING = 4  # pixels around an entry's text


def severity_label(severity):
    return {"error": tr("Error"), "warning": tr("Warning"), "info": tr("Information")}[severity]


def check_title(check_id):
    """The check's title in the user's language (its id when the check is not declared)."""
    try:
        return tr(DISTRICT_CHECKS[check_id].title)
    except KeyError:
        return check_id


def finding_html(finding):
    """The entry of one finding: severity, district and check title, then the message under them."""
    heading = " · ".join(
        part
        for part in (severity_label(finding["severity"]), finding["district"], check_title(finding["check_id"]))
        if part
    )
    colour = SEVERITY_TEXT_COLOURS[finding["severity"]]
    return f'<b style="color:{colour}">{escape(heading)}</b><br>{escape(finding["message"])}'


class FindingDelegate(QStyledItemDelegate):
    """Draws a finding's entry as rich text wrapped to the list's width, on its severity's colour."""

    def _document(self, index, width):
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setHtml(finding_html(index.data(FINDING_ROLE)))
        document.setTextWidth(max(width - 2 * PADDING, 40))
        return document

    def paint(self, painter, option, index):
        finding = index.data(FINDING_ROLE)
        painter.save()
        painter.fillRect(option.rect, QColor(SEVERITY_COLOURS[finding["severity"]]))
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight().color().lighter(160))
        painter.setPen(QColor("#c8c8c8"))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        document = self._document(index, option.rect.width())
        painter.translate(option.rect.left() + PADDING, option.rect.top() + PADDING)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.text().color())
        context.clip = QRectF(0, 0, option.rect.width(), option.rect.height())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index):
        width = option.widget.viewport().width() if option.widget is not None else option.rect.width()
        document = self._document(index, width)
        return QSize(int(width), int(document.size().height()) + 2 * PADDING + 1)


class CheckResultsView(QWidget):
    """Lists findings (dicts with finding_id, check_id, severity, district, message, feature_ids and
    feature_table) and shows on the map what they concern: selects the features (districts, assets,
    municipalities, stakeholders) on their layer and zooms to the finding's own geometry (a hole, an
    overlap, the near misses) when it has one, else to the features. Findings of a run made before the
    districts changed are marked stale."""

    runRequested = pyqtSignal()

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.findings = []
        self.layer_for = lambda table: None  # store table -> its layer in the project, or None
        self.findings_layer = None
        self.stale = []
        self.shown_extent = None  # the map extent the last shown finding zoomed to
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.run_button = push_button(
            tr("Run checks"),
            self.runRequested.emit,
            tr("Run the district checks on the store's districts; the findings are listed below and recorded"),
        )
        self.severity_filter = QComboBox()
        self.severity_filter.addItem(tr("All severities"), ALL)
        for severity in ("error", "warning", "info"):
            self.severity_filter.addItem(severity_label(severity), severity)
        self.district_filter = QComboBox()
        for combo in (self.severity_filter, self.district_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(COMPACT_CHARACTERS)
        self.severity_filter.currentIndexChanged.connect(self._fill)
        self.district_filter.currentIndexChanged.connect(self._fill)
        layout.addWidget(self.run_button)
        self.stale_label = QLabel()
        self.stale_label.setObjectName("staleFindingsLabel")
        self.stale_label.setWordWrap(True)
        self.stale_label.setStyleSheet("QLabel { background: #fdecc8; color: #6b4500; padding: 4px; }")
        self.stale_label.setVisible(False)
        layout.addWidget(self.stale_label)
        layout.addWidget(row(self.severity_filter, self.district_filter))
        self.list = QListWidget()
        self.list.setObjectName("findingsList")
        self.list.setAccessibleName(tr("Findings"))
        self.list.setItemDelegate(FindingDelegate(self.list))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # entries re-wrap when the dock is resized
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setToolTip(tr("Double-click a finding to select what it concerns and zoom to it"))
        self.list.itemActivated.connect(lambda item: self.show_finding(self.list.row(item)))
        layout.addWidget(self.list)

    @property
    def districts_layer(self):
        return self.layer_for("districts")

    def set_findings(self, findings, layer_for=None, findings_layer=None, stale=()):
        """Show ``findings`` (sorted by district then severity); ``layer_for(table)`` gives the layer a
        finding's features are selected on, the findings' geometries come from ``findings_layer``; ``stale``
        names the districts changed since the run."""
        order = {"error": 0, "warning": 1, "info": 2}
        self.findings = sorted(findings, key=lambda f: (f["district"] or "", order[f["severity"]], f["check_id"]))
        self.layer_for = layer_for or (lambda table: None)
        self.findings_layer = findings_layer
        self.stale = list(stale)
        self.stale_label.setVisible(bool(self.stale))
        if self.stale:
            self.stale_label.setText(
                tr("These findings are out of date: {0} changed since the checks ran. Run the " "checks again.").format(
                    ", ".join(self.stale)
                )
            )
        current = self.district_filter.currentData()
        self.district_filter.blockSignals(True)
        self.district_filter.clear()
        self.district_filter.addItem(tr("All districts"), ALL)
        for name in sorted({f["district"] for f in self.findings if f["district"]}):
            self.district_filter.addItem(name, name)
        index = self.district_filter.findData(current)
        self.district_filter.setCurrentIndex(max(index, 0))
        self.district_filter.blockSignals(False)
        self._fill()

    def visible_findings(self):
        severity, district = self.severity_filter.currentData(), self.district_filter.currentData()
        return [
            f
            for f in self.findings
            if severity in (ALL, None, f["severity"]) and district in (ALL, None, f["district"])
        ]

    def _fill(self):
        self.list.clear()
        for finding in self.visible_findings():
            item = QListWidgetItem()
            item.setData(FINDING_ROLE, finding)
            title = check_title(finding["check_id"])
            # what screen readers and copy see: the same words as the entry
            item.setText(f"{severity_label(finding['severity'])} · {finding['district'] or ''} · {title}")
            item.setToolTip(finding["message"])
            self.list.addItem(item)

    def shown(self):
        """The findings as listed, in order (what row *n* of :meth:`show_finding` refers to)."""
        return [self.list.item(row).data(FINDING_ROLE) for row in range(self.list.count())]

    def finding_geometry(self, finding):
        """The finding's own geometry (e.g. the holes) from the findings layer, or None."""
        if self.findings_layer is None or finding.get("finding_id") is None:
            return None
        feature = next(self.findings_layer.getFeatures(QgsFeatureRequest(int(finding["finding_id"]))), None)
        if feature is None or feature.geometry().isNull() or feature.geometry().isEmpty():
            return None
        return feature.geometry()

    def show_finding(self, row):
        """Select the features a finding concerns, zoom to what it points at (its own geometry when it has
        one: a hole, an overlap; else the features) and flash it."""
        finding = self.visible_findings()[row]
        layer = self.layer_for(finding.get("feature_table") or "districts")
        if layer is not None and finding["feature_ids"]:
            layer.selectByIds(list(finding["feature_ids"]))
        geometry = self.finding_geometry(finding)
        self.shown_extent = None
        if self.iface is None:
            return
        canvas = self.iface.mapCanvas()
        if geometry is not None:
            source_crs, extent = self.findings_layer.crs(), QgsRectangle(geometry.boundingBox())
        elif layer is not None and finding["feature_ids"]:
            source_crs, extent = layer.crs(), QgsRectangle(layer.boundingBoxOfSelected())
        else:
            return
        if extent.width() == 0 and extent.height() == 0 and not extent.isNull():  # one point
            extent.grow(MIN_EXTENT_M if not source_crs.isGeographic() else MIN_EXTENT_M / 111000)
        if extent.isEmpty():
            return
        transform = QgsCoordinateTransform(source_crs, canvas.mapSettings().destinationCrs(), QgsProject.instance())
        extent = transform.transformBoundingBox(extent)
        extent.scale(1.3)
        self.shown_extent = QgsRectangle(extent)
        canvas.setExtent(extent)
        canvas.refresh()
        if geometry is not None:
            canvas.flashGeometries([geometry], source_crs)
        else:
            canvas.flashFeatureIds(layer, list(finding["feature_ids"]))
