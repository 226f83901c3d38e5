"""Dock section 4, the districts' figures: one row per district (sortable, copyable), and the export."""

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QKeySequence
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QAction,
    QApplication,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..settings import LAST_FOLDER
from ..translation import tr
from .display_locale import display_locale
from .dock_state import DockState, set_available
from .layout_rows import row
from .push_button import push_button


def summary_columns():
    """The figures shown per district: (summary attribute, column title)."""
    return [
        ("name", tr("District")),
        ("members", tr("Members")),
        ("population", tr("Population")),
        ("area_km2", tr("Area km²")),
        ("parts", tr("Parts")),
        ("holes", tr("Holes")),
        ("assets_inside", tr("Assets")),
        ("assets_per_km2", tr("Assets per km²")),
        ("assets_per_10k_residents", tr("Assets per 10,000 residents")),
        ("visitors", tr("Visitors")),
        ("heritage_density_ratio", tr("Heritage density ratio")),
        ("clark_evans_r", tr("Clark–Evans R")),
    ]


def format_figure(value, decimals=2) -> str:
    """Numbers in the user's locale (thousands separators); missing values as a dash."""
    locale = display_locale()
    if value is None or isinstance(value, str):
        return value or "—"
    if isinstance(value, float):
        if value != value:
            return "—"
        if 0 < abs(value) < 1:
            return locale.toString(value, "g", 2)  # 0.0075 stays readable
        return locale.toString(value, "f", decimals)
    return locale.toString(int(value))


class _FigureItem(QTableWidgetItem):
    """A cell that shows a formatted figure and sorts by its value."""

    def __init__(self, value, text):
        super().__init__(text)
        self.value = value

    def __lt__(self, other):
        mine, theirs = self.value, getattr(other, "value", None)
        if isinstance(mine, (int, float)) and isinstance(theirs, (int, float)):
            return (mine if mine == mine else float("-inf")) < (theirs if theirs == theirs else float("-inf"))
        return str(mine) < str(theirs)


class SummarySection(QGroupBox):
    exportRequested = pyqtSignal(str)
    documentsRequested = pyqtSignal()
    compareRequested = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(tr("4. District figures"), parent)
        self.summaries = []
        layout = QVBoxLayout(self)
        columns = summary_columns()
        self.table = QTableWidget(0, len(columns))
        self.table.setObjectName("summaryTable")
        self.table.setHorizontalHeaderLabels([title for _, title in columns])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSortingEnabled(True)
        self.table.setMaximumHeight(180)
        copy = QAction(tr("Copy"), self.table)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self.copy_selection)
        self.table.addAction(copy)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        layout.addWidget(self.table)
        self.export_button = push_button(
            tr("Export districts…"), self._ask_export, tr("Write the districts and their figures to a GeoPackage")
        )
        self.documents_button = push_button(
            tr("Export for documents…"),
            self.documentsRequested.emit,
            tr("The dossier (PDF), the layers in the formats offices ask for, the RNDT metadata"),
        )
        self.compare_button = push_button(
            tr("Compare two…"),
            self.compareRequested.emit,
            tr("Two districts (two drafts of one project) side by side, figure by figure"),
        )
        layout.addWidget(row(self.export_button, self.documents_button))
        layout.addWidget(row(self.compare_button))

    def update_state(self, state: DockState) -> None:
        set_available(self.export_button, state.blocker("ready", "store", "districts", "idle"))
        set_available(self.documents_button, state.blocker("ready", "store", "districts", "idle", "not_editing"))
        two = "" if len(self.summaries) >= 2 else tr("Two districts are needed to compare")
        set_available(self.compare_button, state.blocker("ready", "store", "districts", "idle") or two)

    def show_summaries(self, summaries) -> None:
        self.summaries = list(summaries or [])
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.summaries))
        for row_index, summary in enumerate(self.summaries):
            details = self._details(summary)
            for col, (attribute, _) in enumerate(summary_columns()):
                value = getattr(summary, attribute)
                item = _FigureItem(value, format_figure(value))
                item.setData(Qt.ItemDataRole.UserRole, summary.district_id)
                item.setToolTip(details)
                if attribute != "name":
                    item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
                self.table.setItem(row_index, col, item)
        self.table.setSortingEnabled(True)

    def _details(self, summary) -> str:
        lines = [
            summary.name,
            tr("Area: {0} km² ({1})").format(format_figure(summary.area_km2), summary.area_method),
            tr("Categories: {0}").format(summary.categories or "—"),
            tr("Protected assets: {0}; UNESCO components: {1}").format(summary.protected, summary.unesco),
        ]
        if summary.visitors:
            years = summary.visitors_years + (tr(" (mixed years)") if summary.mixed_visitor_years else "")
            lines.append(tr("Visitors: {0} ({1})").format(format_figure(summary.visitors), years))
        return "\n".join(lines)

    def copy_selection(self) -> str:
        """The selected rows (all rows when none is selected) as tab-separated text, on the clipboard."""
        rows = sorted({index.row() for index in self.table.selectedIndexes()}) or list(range(self.table.rowCount()))
        header = [self.table.horizontalHeaderItem(c).text() for c in range(self.table.columnCount())]
        lines = ["\t".join(header)] + [
            "\t".join(self.table.item(r, c).text() for c in range(self.table.columnCount())) for r in rows
        ]
        text = "\n".join(lines)
        QApplication.clipboard().setText(text)
        return text

    def _ask_export(self):
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Export districts"), LAST_FOLDER.value(), tr("GeoPackage (*.gpkg)")
        )
        if path:
            self.exportRequested.emit(path)
