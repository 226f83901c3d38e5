"""Dock section 2, districts: build one from ISTAT codes, import boundaries, edit a district's membership."""

from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QPlainTextEdit

from ..translation import tr
from .district_editing_panel import DistrictEditingPanel
from .dock_state import DockState, set_available
from .layout_rows import row
from .push_button import push_button


class DistrictSection(QGroupBox):
    changed = pyqtSignal()

    def __init__(self, iface, runner, session, parent=None):
        super().__init__(tr("2. Districts"), parent)
        self.runner = runner
        self.session = session
        form = QFormLayout(self)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(tr("e.g. Tardo barocco del Val di Noto"))
        form.addRow(tr("Name:"), self.name_edit)
        self.codes_edit = QPlainTextEdit()
        self.codes_edit.setPlaceholderText(tr("ISTAT codes (PRO_COM_T), e.g. 087011, 087015, 089013"))
        self.codes_edit.setMaximumHeight(70)
        form.addRow(tr("ISTAT codes:"), self.codes_edit)
        self.build_button = push_button(
            tr("Build district"),
            lambda: self.build_district(self.name_edit.text(), self.codes_edit.toPlainText()),
            tr("Create the district from the listed municipalities (its geometry is " "their dissolved boundaries)"),
        )
        self.import_button = push_button(
            tr("Import boundaries…"),
            self.ask_import_districts,
            tr(
                "Import district boundaries from a file or a layer "
                "(GeoPackage, Shapefile or zipped Shapefile, GeoJSON, KML/KMZ)"
            ),
        )
        form.addRow(row(self.build_button, self.import_button))
        self.editing = DistrictEditingPanel(iface, session, self.codes_edit.toPlainText)
        form.addRow(self.editing)

    def update_state(self, state: DockState) -> None:
        set_available(
            self.build_button, state.blocker("ready", "store", "municipalities", "idle", "not_editing", "writable")
        )
        set_available(self.import_button, state.blocker("ready", "store", "idle", "not_editing", "writable"))
        self.editing.update_state(state)

    def build_district(self, name, codes_text):
        return self.runner.run(
            "builddistrictfrommunicipalities",
            {"STORE": self.session.path, "NAME": name, "CODES": codes_text},
            lambda results: self._written(
                tr("District {0} built: {1} municipalities, {2} km²").format(
                    name.strip(), int(results["MEMBERS"]), _km2(results["AREA_KM2"])
                )
            ),
        )

    def ask_import_districts(self):
        """QGIS's own dialog for ``importdistricts`` (source, name field, filter, CRS), with this store."""
        import processing

        results = processing.execAlgorithmDialog("cultural_district:importdistricts", {"STORE": self.session.path})
        if results:
            self._written("")

    def _written(self, message):
        self.session.reload_layers()
        self.changed.emit()
        return message or None


def _km2(value):
    from .display_locale import display_locale

    return display_locale().toString(float(value), "f", 2)
