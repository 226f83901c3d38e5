"""Editing districts from the dock: paint from municipalities, add selected / by codes / by province,
save or discard; and "New district" to draw one with QGIS's own digitising tools."""

from qgis.core import QgsProject, QgsSnappingConfig
from qgis.gui import QgsMapCanvasTracer
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QLabel, QPushButton, QVBoxLayout, QWidget

from ..qgis_enums import pixels_unit, snapping_advanced_mode, snapping_vertex_and_segment
from ..translation import error_message, tr
from .dock_state import DockState, set_available
from .layout_rows import row
from .push_button import push_button


class DistrictEditingPanel(QWidget):
    """Works on the layers of the open store (``session.layers_by_table()``)."""

    membershipSaved = pyqtSignal()
    editingChanged = pyqtSignal(bool)

    def __init__(self, iface, session, codes_text, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.session = session
        self.codes_text = codes_text  # callable: the ISTAT codes pasted in the dock
        self.editor = None
        self.tool = None
        self._preparation = None  # the UnitPreparationTask under way, if any
        self._generation = 0  # which preparation's result is still wanted
        self._when_ready = []  # callbacks waiting for the editor
        self.provinces = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.district_combo = QComboBox()
        self.district_combo.setToolTip(tr("The district to edit"))
        self.paint_button = QPushButton(tr("Paint municipalities"))
        self.paint_button.setCheckable(True)
        self.paint_button.setToolTip(
            tr(
                "Click or drag over municipalities to add them; Shift or right button "
                "removes. Each stroke is one step of QGIS's undo."
            )
        )
        self.paint_button.toggled.connect(self.set_painting)
        layout.addWidget(row(QLabel(tr("District:")), self.district_combo, self.paint_button))
        self.stats_label = QLabel()
        self.stats_label.setObjectName("paintStatsLabel")
        self.stats_label.setWordWrap(True)
        layout.addWidget(self.stats_label)
        self.add_selected_button = push_button(
            tr("Add selected"), self.add_selected, tr("Add the municipalities selected on the map to the district")
        )
        self.province_combo = QComboBox()
        self.add_province_button = push_button(
            tr("Add province"),
            lambda: self.add_province(self.province_combo.currentText()),
            tr("Add every municipality of the chosen province to the district"),
        )
        self.add_codes_button = push_button(
            tr("Add the codes above"),
            self._add_pasted_codes,
            tr("Add the municipalities whose ISTAT codes are pasted in the box above"),
        )
        layout.addWidget(self.add_selected_button)
        layout.addWidget(self.add_codes_button)
        layout.addWidget(row(self.province_combo, self.add_province_button))
        self.save_button = push_button(
            tr("Save membership"),
            self.save,
            tr("Write the district's municipalities to the store; its boundary is dissolved from them again"),
        )
        self.discard_button = push_button(
            tr("Discard changes"), self.discard, tr("Forget the unsaved changes to the district's municipalities")
        )
        self.new_district_button = push_button(
            tr("New district (draw)"),
            self.draw_new_district,
            tr(
                "Digitise a district with QGIS's tools (snapping and tracing "
                "available); the form opens when the polygon is finished"
            ),
        )
        layout.addWidget(row(self.save_button, self.discard_button))
        layout.addWidget(self.new_district_button)
        self.update_state(DockState())

    def set_districts(self, summaries, provinces):
        current = self.district_combo.currentData()
        self.district_combo.blockSignals(True)
        self.district_combo.clear()
        for summary in summaries:
            self.district_combo.addItem(summary.name, summary.district_id)
        self.district_combo.setCurrentIndex(max(self.district_combo.findData(current), 0))
        self.district_combo.blockSignals(False)
        if provinces != self.provinces:
            self.provinces = list(provinces)
            self.province_combo.clear()
            self.province_combo.addItems(self.provinces)

    @property
    def editing(self) -> bool:
        return self.editor is not None

    def has_unsaved_edits(self) -> bool:
        layer = self.session.layer("district_members")
        return self.editing and layer is not None and layer.isEditable() and layer.isModified()

    def update_state(self, state: DockState) -> None:
        base = state.blocker("ready", "store", "municipalities", "writable")
        set_available(
            self.paint_button,
            base
            or (tr("No district to edit yet") if self.district_combo.count() == 0 else "")
            or ("" if self.editing else state.blocker("idle")),
        )
        not_editing = "" if self.editing else tr("Choose a district and press Paint municipalities first")
        for button in (self.add_selected_button, self.add_codes_button, self.save_button, self.discard_button):
            set_available(button, not_editing)
        set_available(
            self.add_province_button,
            not_editing or ("" if self.province_combo.count() else tr("The store's municipalities name no province")),
        )
        self.province_combo.setEnabled(self.editing and self.province_combo.count() > 0)
        self.district_combo.setEnabled(not self.editing and self.district_combo.count() > 0)
        set_available(self.new_district_button, base or state.blocker("idle", "not_editing"))

    # Membership editing -----------------------------------------------------------------------------
    def start_editing(self, then=None):
        """An editor for the chosen district, ``then(editor)`` once it is ready. The store's municipalities are
        prepared in a task (seconds on a national store: the GUI stays responsive; the task shows in QGIS's task
        manager and can be cancelled there); then the members layer becomes the active layer (QGIS undo)."""
        from qgis.core import QgsApplication

        from ..services.membership_editor import UnitPreparationTask

        if self.editor is not None:
            if then is not None:
                then(self.editor)
            return
        if then is not None:
            self._when_ready.append(then)
        if self._preparation is not None:
            return  # already on its way
        self._generation += 1
        generation, district_id = self._generation, self.district_combo.currentData()
        self._preparation = UnitPreparationTask(
            self.session.store(), lambda prepared, error: self._prepared(generation, district_id, prepared, error)
        )
        self.stats_label.setText(tr("Preparing the municipalities for painting…"))
        QgsApplication.taskManager().addTask(self._preparation)

    @property
    def preparing(self) -> bool:
        """True while the municipalities are being prepared for an editor."""
        return self._preparation is not None

    def _prepared(self, generation, district_id, prepared, error):
        """Main thread, when the preparation task has ended: the editor, then what waited for it."""
        from qgis.PyQt import sip

        from .. import log
        from ..services.membership_editor import MembershipEditor

        if sip.isdeleted(self) or generation != self._generation:
            return  # the panel was closed, or the preparation given up, while the task ran
        self._preparation = None
        waiting, self._when_ready = self._when_ready, []
        layers = self.session.layers_by_table()
        if prepared is None or "district_members" not in layers:
            if error is not None:
                log.exception(tr("Preparing the paint tool failed"), error)
            self.stats_label.setText(
                tr("Preparing the paint tool failed: {0}").format(error_message(error)) if error is not None else ""
            )
            self._uncheck_paint()
            return
        self.editor = MembershipEditor(
            self.session.store(), layers["district_members"], layers["districts"], district_id, prepared
        )
        self.editor.statsChanged.connect(self.show_stats)
        if self.iface is not None:
            self.iface.setActiveLayer(layers["district_members"])
        self.editor.emit_stats()
        self.editingChanged.emit(True)
        for then in waiting:
            then(self.editor)

    def _give_up_preparation(self):
        """Forget a preparation under way: its result, when it comes, is dropped. (Not cancelled: on QGIS 3.22 a
        task cancelled before its thread starts can leave that thread blocked on the task's own mutex.)"""
        if self._preparation is not None:
            self._generation += 1
            self._preparation = None
            self._when_ready = []
            self.stats_label.clear()

    def set_painting(self, on):
        if on:
            self.start_editing(then=self._start_tool)
        else:
            self._release_tool()

    def _start_tool(self, editor):
        """The paint tool on the canvas, if painting is still wanted once the editor is ready."""
        from .paint_tool import MunicipalityPaintTool

        if self.iface is not None and self.tool is None and self.paint_button.isChecked():
            self.tool = MunicipalityPaintTool(self.iface.mapCanvas(), editor)
            self.tool.deactivated.connect(self._tool_deactivated)
            self.iface.mapCanvas().setMapTool(self.tool)

    def _release_tool(self):
        if self.tool is not None:
            tool, self.tool = self.tool, None
            tool.deactivated.disconnect(self._tool_deactivated)
            if self.iface is not None and self.iface.mapCanvas().mapTool() is tool:
                self.iface.mapCanvas().unsetMapTool(tool)
            tool.release()

    def _tool_deactivated(self):
        """Another map tool was chosen: painting stops (the edits stay, to save or discard)."""
        self._uncheck_paint()
        self._release_tool()

    def _uncheck_paint(self):
        self.paint_button.blockSignals(True)
        self.paint_button.setChecked(False)
        self.paint_button.blockSignals(False)

    def show_stats(self, stats):
        from .display_locale import display_locale

        locale = display_locale()
        self.stats_label.setText(
            tr("{0} municipalities · {1} residents · {2} km² · {3} assets ({4} per km²)").format(
                locale.toString(stats.members),
                locale.toString(int(stats.population)),
                locale.toString(float(stats.area_km2), "f", 2),
                locale.toString(stats.assets),
                locale.toString(float(stats.assets_per_km2), "g", 3),
            )
        )

    def _codes_where(self, column, value):
        units = self.editor.units
        return units.loc[units[column] == value, "pro_com_t"].tolist()

    def add_selected(self):
        layer = self.session.layer("municipalities")
        codes = [f["pro_com_t"] for f in layer.getSelectedFeatures()] if layer is not None else []
        if not codes:
            self.stats_label.setText(
                tr("No municipality is selected in the layer {0}: select some on the map " "first").format(
                    layer.name() if layer is not None else ""
                )
            )
            return
        self.editor.apply(codes, label=tr("Add selected municipalities"))

    def add_codes(self, codes):
        self.editor.apply(codes, label=tr("Add municipalities by ISTAT code"))

    def _add_pasted_codes(self):
        from ..core.istat_codes import InvalidIstatCodeError, parse_code_list

        try:
            codes = parse_code_list(self.codes_text())
        except InvalidIstatCodeError as error:
            self.stats_label.setText(error_message(error))
            return
        unknown = [c for c in codes if c not in set(self.editor.units["pro_com_t"])]
        if unknown:
            self.stats_label.setText(
                tr("ISTAT code(s) not among the store's municipalities: {0}").format(", ".join(unknown))
            )
            return
        self.add_codes(codes)

    def add_province(self, province):
        self.editor.apply(self._codes_where("province", province), label=tr("Add province {0}").format(province))

    def stop(self, on_geometry_written=None):
        """Stop editing (painting tool released, editor closed); the layer's edit state is left as it is. With
        ``on_geometry_written``, the district geometry is derived from the members once more and the callback
        runs when it is written."""
        self._uncheck_paint()
        self._give_up_preparation()
        self._release_tool()
        editor, self.editor = self.editor, None
        if editor is not None:
            editor.statsChanged.disconnect(self.show_stats)
            if on_geometry_written is not None:
                editor.finish(on_geometry_written)
            else:
                editor.close()
        self.stats_label.clear()
        if editor is not None:
            self.editingChanged.emit(False)

    def save(self):
        """Commit the membership edits; ``membershipSaved`` follows once the district geometry derived from
        the saved members is written."""
        layer = self.session.layer("district_members")
        if layer is not None and layer.isEditable() and not layer.commitChanges():
            self.stats_label.setText("; ".join(layer.commitErrors()))
            return False
        self._finish_editing()
        return True

    def discard(self):
        """Roll the membership edits back; the district geometry is derived from the saved members again."""
        layer = self.session.layer("district_members")
        if layer is not None and layer.isEditable():
            layer.rollBack()
        self._finish_editing()

    def _finish_editing(self):
        if self.editor is not None:
            self.stop(self.membershipSaved.emit)
        else:
            self.membershipSaved.emit()
        self._back_to_pan()

    def _back_to_pan(self):
        if self.iface is not None:
            self.iface.actionPan().trigger()

    def draw_new_district(self):
        """QGIS's own polygon digitising on the districts layer; the attribute form opens at the end."""
        layer = self.session.layer("districts")
        if self.iface is None or layer is None:
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
        settings = QgsSnappingConfig.IndividualLayerSettings(
            True, snapping_vertex_and_segment(), 12, pixels_unit(), 0.0, 0.0
        )
        config.setIndividualLayerSettings(self.session.layer("municipalities"), settings)
        project.setSnappingConfig(config)
        tracer = QgsMapCanvasTracer.tracerForCanvas(self.iface.mapCanvas())
        if tracer is not None and tracer.actionEnableTracing() is not None:
            tracer.actionEnableTracing().setChecked(True)

    def close_down(self):
        self.stop()
