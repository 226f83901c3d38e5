"""The results view of a check run: findings by district and severity, filters, select / zoom / flash."""

from qgis.core import QgsCoordinateTransform, QgsFeatureRequest, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..translation import tr

SEVERITY_COLOURS = {"error": "#f8d0cc", "warning": "#fdecc8", "info": "#dcebf7"}
ALL = "__all__"
MIN_EXTENT_M = 500.0  # half-width of the view around a finding about one point


def severity_label(severity):
    return {"error": tr("Error"), "warning": tr("Warning"), "info": tr("Information")}[severity]


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
        bar = QHBoxLayout()
        self.run_button = QPushButton(tr("Run checks"))
        self.run_button.clicked.connect(self.runRequested.emit)
        self.severity_filter = QComboBox()
        self.severity_filter.addItem(tr("All severities"), ALL)
        for severity in ("error", "warning", "info"):
            self.severity_filter.addItem(severity_label(severity), severity)
        self.district_filter = QComboBox()
        for combo in (self.severity_filter, self.district_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.severity_filter.currentIndexChanged.connect(self._fill)
        self.district_filter.currentIndexChanged.connect(self._fill)
        layout.addWidget(self.run_button)
        self.stale_label = QLabel()
        self.stale_label.setObjectName("staleFindingsLabel")
        self.stale_label.setWordWrap(True)
        self.stale_label.setStyleSheet("QLabel { background: #fdecc8; color: #6b4500; padding: 4px; }")
        self.stale_label.setVisible(False)
        layout.addWidget(self.stale_label)
        bar.addWidget(self.severity_filter)
        bar.addWidget(self.district_filter)
        layout.addLayout(bar)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr("Severity"), tr("District"), tr("Check"), tr("Message")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.itemDoubleClicked.connect(lambda item: self.show_finding(item.row()))
        layout.addWidget(self.table)

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
        shown = self.visible_findings()
        self.table.setRowCount(len(shown))
        for row, finding in enumerate(shown):
            cells = [
                severity_label(finding["severity"]),
                finding["district"] or "",
                finding["check_id"],
                finding["message"],
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setBackground(QColor(SEVERITY_COLOURS[finding["severity"]]))
                item.setToolTip(finding["message"])
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()

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
