"""Compare two districts — two drafts of one project — side by side: every figure of each, the difference, the
members one has and the other has not, the latest findings. The figures come from the ``comparedistricts``
algorithm, run through the dock's one runner; the rows that differ are in bold; the table copies as text."""

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QKeySequence
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QAction,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core.district_comparison import COUNT_FIGURES
from ..translation import tr
from .push_button import push_button
from .summary_section import format_figure


class CompareDialog(QDialog):
    def __init__(self, district_names, runner, store_path, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Compare two districts"))
        self.runner, self.store_path = runner, store_path
        self.rows = []
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.first_combo, self.second_combo = QComboBox(), QComboBox()
        for combo in (self.first_combo, self.second_combo):
            combo.addItems(list(district_names))
        self.second_combo.setCurrentIndex(min(1, self.second_combo.count() - 1))
        form.addRow(tr("First:"), self.first_combo)
        form.addRow(tr("Second:"), self.second_combo)
        layout.addLayout(form)
        self.compare_button = push_button(
            tr("Compare"), self.compare, tr("Every figure of both districts, the difference in bold where they differ")
        )
        layout.addWidget(self.compare_button)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr("Figure"), tr("First"), tr("Second"), tr("Difference")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # label and both values share the width and wrap (the categories are long); the difference fits its figures
        for col in (0, 1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        copy = QAction(tr("Copy"), self.table)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self.copy_table)
        self.table.addAction(copy)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        layout.addWidget(self.table)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def compare(self) -> bool:
        first, second = self.first_combo.currentText(), self.second_combo.currentText()
        if first == second:
            self.message.setText(tr("Choose two different districts"))
            return False
        self.message.setText(tr("Comparing…"))
        parameters = {"STORE": self.store_path, "FIRST": first, "SECOND": second, "OUTPUT": "TEMPORARY_OUTPUT"}
        return self.runner.run("comparedistricts", parameters, self.show_comparison, self.message.setText)

    def show_comparison(self, results):
        layer = results["OUTPUT"]
        self.rows = [feature.attributes() for feature in layer.getFeatures()]
        names = layer.fields().names()
        column = {name: names.index(name) for name in names}
        self.table.setRowCount(len(self.rows))
        for position, values in enumerate(self.rows):
            first_text, second_text = values[column["first_text"]], values[column["second_text"]]
            whole = values[column["figure"]] in COUNT_FIGURES
            cells = [
                values[column["label"]],
                first_text or format_figure(_number(values[column["first"]], whole)),
                second_text or format_figure(_number(values[column["second"]], whole)),
                format_figure(_number(values[column["difference"]], whole)),
            ]
            differs = bool(values[column["differs"]])
            for col, text in enumerate(cells):
                item = QTableWidgetItem(str(text))
                item.setToolTip(str(text))  # long lists (categories, members) are cut in the cell
                if col:
                    item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
                if differs:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(position, col, item)
        self.table.resizeRowsToContents()
        differing = int(results["DIFFERENCES"])
        self.message.setText(
            tr("{0} of {1} figures differ").format(differing, len(self.rows)) if differing else tr("No figure differs")
        )
        return ""

    def copy_table(self) -> str:
        header = [self.table.horizontalHeaderItem(c).text() for c in range(self.table.columnCount())]
        lines = ["\t".join(header)] + [
            "\t".join(self.table.item(r, c).text() for c in range(self.table.columnCount()))
            for r in range(self.table.rowCount())
        ]
        text = "\n".join(lines)
        QApplication.clipboard().setText(text)
        return text


def _number(value, whole=False):
    """A figure as a number (an int for counts), None for NULL (QGIS hands NULL as an invalid QVariant)."""
    if not isinstance(value, (int, float)) or value != value:
        return None
    return int(round(value)) if whole else float(value)
