"""Editing districts from the dock: paint from municipalities, add selected / by codes / by province,
save or discard; and "New district" to draw one with QGIS's own digitising tools."""

from qgis.core import QgsProject, QgsSnappingConfig
from qgis.gui import QgsMapCanvasTracer
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..qgis_enums import pixels_unit, snapping_advanced_mode, snapping_vertex_and_segment
from ..translation import error_message, tr


class DistrictEditingPanel(QWidget):
    """Works on the store layers the dock has in the project (``layers()`` → {table: layer})."""

    membershipSaved = pyqtSignal()

    def __init__(self, iface, layers, codes_text, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.store_path = None
        self.layers = layers  # callable: {table: project layer}
        self.codes_text = codes_text  # callable: the ISTAT codes pasted in the dock
        self.editor = None
        self.tool = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.district_combo = QComboBox()
        self.paint_button = QPushButton(tr("Paint municipalities"))
        self.paint_button.setCheckable(True)
        self.paint_button.setToolTip(tr("Click or drag over municipalities to add them; Shift or right button "
                                        "removes. Each stroke is one step of QGIS's undo."))
        self.paint_button.toggled.connect(self.set_painting)
        layout.addLayout(self._row(QLabel(tr("District:")), self.district_combo, self.paint_button))
        self.stats_label = QLabel()
        self.stats_label.setWordWrap(True)
        layout.addWidget(self.stats_label)
        self.add_selected_button = QPushButton(tr("Add selected municipalities"))
        self.add_selected_button.clicked.connect(self.add_selected)
        self.province_combo = QComboBox()
        self.add_province_button = QPushButton(tr("Add province"))
        self.add_province_button.clicked.connect(lambda: self.add_province(self.province_combo.currentText()))
        self.add_codes_button = QPushButton(tr("Add the codes above"))
        self.add_codes_button.clicked.connect(self._add_pasted_codes)
        layout.addLayout(self._row(self.add_selected_button, self.add_codes_button))
        layout.addLayout(self._row(self.province_combo, self.add_province_button))
        self.save_button = QPushButton(tr("Save membership"))
        self.save_button.clicked.connect(self.save)
        self.discard_button = QPushButton(tr("Discard changes"))
        self.discard_button.clicked.connect(self.discard)
        self.new_district_button = QPushButton(tr("New district (draw)"))
        self.new_district_button.setToolTip(tr("Digitise a district with QGIS's tools (snapping and tracing "
                                               "available); the form opens when the polygon is finished"))
        self.new_district_button.clicked.connect(self.draw_new_district)
        layout.addLayout(self._row(self.save_button, self.discard_button, self.new_district_button))
        self._update_enabled()

    @staticmethod
    def _row(*widgets):
        row = QHBoxLayout()
        for widget in widgets:
            row.addWidget(widget)
        return row

    def set_districts(self, summaries, provinces):
        current = self.district_combo.currentData()
        self.district_combo.blockSignals(True)
        self.district_combo.clear()
        for summary in summaries:
            self.district_combo.addItem(summary.name, summary.district_id)
        self.district_combo.setCurrentIndex(max(self.district_combo.findData(current), 0))
        self.district_combo.blockSignals(False)
        self.province_combo.clear()
        self.province_combo.addItems(provinces)
        self._update_enabled()

    def _update_enabled(self):
        has_district = self.district_combo.count() > 0
        self.paint_button.setEnabled(has_district)
        editing = self.editor is not None
        for button in (self.add_selected_button, self.add_codes_button, self.add_province_button, self.save_button,
                       self.discard_button):
            button.setEnabled(editing)
        self.district_combo.setEnabled(not editing)

    # Membership editing -----------------------------------------------------------------------
    def start_editing(self):
        """An editor for the chosen district; the members layer becomes the active layer (QGIS undo)."""
        from ..services.district_store import DistrictStore
        from ..services.membership_editor import MembershipEditor
        layers = self.layers()
        self.editor = MembershipEditor(DistrictStore(self.store_path), layers["district_members"],
                                       layers["districts"], self.district_combo.currentData())
        self.editor.statsChanged.connect(self.show_stats)
        if self.iface is not None:
            self.iface.setActiveLayer(layers["district_members"])
        self.editor.emit_stats()
        self._update_enabled()
        return self.editor

    def set_painting(self, on):
        from .paint_tool import MunicipalityPaintTool
        if on:
            editor = self.editor or self.start_editing()
            if self.iface is not None:
                self.tool = MunicipalityPaintTool(self.iface.mapCanvas(), editor)
                self.iface.mapCanvas().setMapTool(self.tool)
        elif self.tool is not None and self.iface is not None:
            self.iface.mapCanvas().unsetMapTool(self.tool)
            self.tool.release()
            self.tool = None

    def show_stats(self, stats):
        self.stats_label.setText(tr("{0} municipalities · {1} residents · {2:.2f} km² · {3} assets ({4:.3f} per km²)")
                                 .format(stats.members, stats.population, stats.area_km2, stats.assets,
                                         stats.assets_per_km2))

    def _codes_where(self, column, value):
        units = self.editor.units
        return units.loc[units[column] == value, "pro_com_t"].tolist()

    def add_selected(self):
        layer = self.layers()["municipalities"]
        codes = [f["pro_com_t"] for f in layer.getSelectedFeatures()]
        self.editor.apply(codes, label=tr("Add selected municipalities"))

    def add_codes(self, codes):
        self.editor.apply(codes, label=tr("Add municipalities by ISTAT code"))

    def _add_pasted_codes(self):
        from ..core.istat_codes import InvalidIstatCode, parse_code_list
        try:
            self.add_codes(parse_code_list(self.codes_text()))
        except InvalidIstatCode as error:
            self.stats_label.setText(error_message(error))

    def add_province(self, province):
        self.editor.apply(self._codes_where("province", province), label=tr("Add province {0}").format(province))

    def _stop(self):
        self.paint_button.setChecked(False)
        if self.editor is not None:
            self.editor.close()
            self.editor = None
        self.stats_label.clear()
        self._update_enabled()

    def save(self):
        layer = self.layers()["district_members"]
        if layer.isEditable() and not layer.commitChanges():
            self.stats_label.setText("; ".join(layer.commitErrors()))
            return False
        self._stop()
        self.membershipSaved.emit()
        return True

    def discard(self):
        editor = self.editor
        layer = self.layers()["district_members"]
        if layer.isEditable():
            layer.rollBack()
        if editor is not None:
            editor.reload()
        self._stop()

    def draw_new_district(self):
        """QGIS's own polygon digitising on the districts layer; the attribute form opens at the end."""
        layer = self.layers()["districts"]
        if self.iface is None:
            return
        self.iface.setActiveLayer(layer)
        if not layer.isEditable():
            layer.startEditing()
        self._snap_to_municipalities()
        self.iface.actionAddFeature().trigger()

    def _snap_to_municipalities(self):
        """Snapping to the municipal boundaries (vertices and segments) and tracing along them."""
        project = QgsProject.instance()
        config = QgsSnappingConfig(project.snappingConfig())
        config.setEnabled(True)
        config.setMode(snapping_advanced_mode())
        settings = QgsSnappingConfig.IndividualLayerSettings(True, snapping_vertex_and_segment(), 12, pixels_unit(),
                                                             0.0, 0.0)
        config.setIndividualLayerSettings(self.layers()["municipalities"], settings)
        project.setSnappingConfig(config)
        tracer = QgsMapCanvasTracer.tracerForCanvas(self.iface.mapCanvas())
        if tracer is not None and tracer.actionEnableTracing() is not None:
            tracer.actionEnableTracing().setChecked(True)

    def close_down(self):
        self._stop()
