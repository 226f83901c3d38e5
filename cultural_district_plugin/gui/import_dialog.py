"""The import dialog every import shares (heritage inventories, stakeholder lists, funding tables): choose a
file or a project layer, check or change the recognised columns, import.

What differs between the imports is declared in ``definitions.IMPORT_KINDS``. The mapping chosen for a source
is remembered (per kind and file name) and offered again next time.
"""

import importlib
import json
from pathlib import Path

from qgis.core import QgsCoordinateReferenceSystem
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox, QgsProjectionSelectionWidget
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
)

from ..definitions import COORDINATE_MODES, HERITAGE_IMPORT, column_parameter, coordinate_mode_labels
from ..qgis_enums import layer_filter
from ..settings import IMPORT_MAPPING
from ..translation import tr

NONE = ""


class ImportDialog(QDialog):
    """Collects the parameters of one import algorithm (``kind``: an :class:`definitions.ImportKind`) for a file
    or a project layer."""

    def __init__(self, parent=None, kind=HERITAGE_IMPORT):
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(kind.title())
        self.header = []
        layout = QVBoxLayout(self)

        source_box = QGroupBox(kind.source_label())
        source_form = QFormLayout(source_box)
        self.from_file = QRadioButton(tr("File"))
        self.from_file.setChecked(True)
        self.file_widget = QgsFileWidget()
        self.file_widget.setFilter(
            tr(
                "Tables and layers (*.csv *.txt *.tsv *.xlsx *.ods *.gpkg *.shp *.zip *.geojson "
                "*.json *.kml *.kmz);;All files (*)"
            )
        )
        self.file_widget.fileChanged.connect(lambda _: self.load_columns())
        source_form.addRow(self.from_file, self.file_widget)
        self.from_layer = QRadioButton(tr("Project layer"))
        self.layer_combo = QgsMapLayerComboBox()
        self.layer_combo.setFilters(layer_filter("VectorLayer"))
        self.layer_combo.setAllowEmptyLayer(True)
        self.layer_combo.layerChanged.connect(lambda _: (self.from_layer.setChecked(True), self.load_columns()))
        source_form.addRow(self.from_layer, self.layer_combo)
        self.from_file.toggled.connect(lambda _: self.load_columns())
        layout.addWidget(source_box)

        columns_box = QGroupBox(tr("Columns (recognised automatically; change them if needed)"))
        columns_form = QFormLayout(columns_box)
        self.role_combos = {}
        labels = kind.role_labels()
        for role in kind.roles:
            label = labels[role]
            combo = QComboBox()
            self.role_combos[role] = combo
            columns_form.addRow(label, combo)
        self.mode_combo = QComboBox()
        mode_labels = coordinate_mode_labels()
        for mode in COORDINATE_MODES:  # the combo's index is the COORDINATES enum value
            self.mode_combo.addItem(mode_labels[mode], mode)
        self.crs_widget = QgsProjectionSelectionWidget()
        self.crs_widget.setOptionVisible(QgsProjectionSelectionWidget.CrsOption.CrsNotSet, True)
        self.crs_widget.setCrs(QgsCoordinateReferenceSystem())
        if kind.coordinate_modes:  # lat/lon, X/Y in a CRS, WKT or the layer's geometry
            columns_form.addRow(tr("Coordinates"), self.mode_combo)
            columns_form.addRow(tr("CRS of X / Y or WKT"), self.crs_widget)
        layout.addWidget(columns_box)

        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("Import"))
        self.ok_button.setEnabled(False)
        layout.addWidget(buttons)

    def source(self):
        """The chosen file path, or the chosen project layer."""
        if self.from_layer.isChecked():
            return self.layer_combo.currentLayer()
        return self.file_widget.filePath() or None

    def source_key(self):
        """Where the mapping for this source is remembered: the file (or layer) name, after the kind's prefix."""
        source = self.source()
        if source is None:
            return None
        return self.kind.memory_prefix + (Path(source).name if isinstance(source, str) else source.name())

    def load_columns(self):
        """Read the source's columns, recognise them, and offer the remembered mapping when there is one."""
        from ..services.table_sources import read_header

        module, function = self.kind.recogniser.rsplit(".", 1)
        recognise = getattr(importlib.import_module(module, __package__), function)

        source = self.source()
        self.header = []
        self.ok_button.setEnabled(False)
        if source is None:
            return
        try:
            self.header = read_header(source)
        except Exception as error:  # shown to the user; the dialog stays open
            self.message.setText(str(error))
            return
        remembered = json.loads(IMPORT_MAPPING.value(self.source_key()) or "{}")
        mapping = recognise(self.header)
        mapping.update({role: column for role, column in remembered.items() if column in self.header})
        for role, combo in self.role_combos.items():
            combo.clear()
            combo.addItem(tr("(none)"), NONE)
            for column in self.header:
                combo.addItem(column, column)
            combo.setCurrentIndex(max(combo.findData(mapping.get(role, NONE)), 0))
        self.message.setText(
            tr("{0} columns; {1} recognised{2}").format(
                len(self.header), len(mapping), tr(" (mapping remembered from the last import)") if remembered else ""
            )
        )
        self.ok_button.setEnabled(True)

    def mapping(self):
        return {role: combo.currentData() for role, combo in self.role_combos.items() if combo.currentData()}

    def parameters(self, store_path):
        """The import algorithm's parameters; remembers the mapping for this source."""
        IMPORT_MAPPING.set_value(json.dumps(self.mapping()), self.source_key())
        source = self.source()
        # a file-based layer is read from its source by the task (a project layer belongs to the GUI thread)
        if not isinstance(source, str):
            source = source.source() if source.providerType() == "ogr" else source.id()
        parameters = {"INPUT": source, "STORE": store_path, "REPORT": "TEMPORARY_OUTPUT"}
        parameters.update({column_parameter(role): column for role, column in self.mapping().items()})
        if self.kind.coordinate_modes:
            parameters["COORDINATES"] = self.mode_combo.currentIndex()
            if self.crs_widget.crs().isValid():
                parameters["SOURCE_CRS"] = self.crs_widget.crs()
        return parameters
