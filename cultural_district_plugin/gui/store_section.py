"""Dock section 1, the district project store: create, open, load municipalities, undo a bulk operation."""

from pathlib import Path

from qgis.core import QgsProject, QgsVectorLayer
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
)

from ..plugin_resources import sample_data_path
from ..qgis_enums import layer_filter
from ..settings import LAST_FOLDER, LAST_POSTGRES_STORE
from ..translation import error_message, tr
from .dock_state import DockState, set_available
from .layout_rows import row
from .push_button import push_button
from .text_question import ask_text


class StoreSection(QGroupBox):
    """Creates and opens stores through the shared runner and session; ``closeRequested`` lets the dock
    ask about unsaved edits before closing; ``changed`` follows every write."""

    closeRequested = pyqtSignal()
    changed = pyqtSignal()
    message = pyqtSignal(bool, str)  # success, text for the status line

    def __init__(self, runner, session, parent=None):
        super().__init__(tr("1. Project store"), parent)
        self.runner = runner
        self.session = session
        form = QFormLayout(self)
        self.store_label = QLabel(tr("No store open"))
        self.store_label.setObjectName("storeLabel")
        self.store_label.setWordWrap(True)
        form.addRow(tr("Store:"), self.store_label)
        self.municipality_combo = QgsMapLayerComboBox()
        self.municipality_combo.setFilters(layer_filter("PolygonLayer"))
        self.municipality_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.municipality_combo.setMinimumContentsLength(8)
        self.municipality_combo.setAllowEmptyLayer(True)
        self.municipality_combo.setToolTip(
            tr("ISTAT municipal boundaries: they set the store's CRS and are the " "units districts are built from")
        )
        self.sample_button = push_button(
            tr("Add sample"),
            self.add_sample_municipalities,
            tr("Add the bundled ISTAT 2023 municipalities of Sicily and Piedmont"),
        )
        form.addRow(tr("Municipalities:"), row(self.municipality_combo, self.sample_button))
        self.region_edit = QLineEdit()
        self.region_edit.setPlaceholderText(tr("ISTAT region codes, e.g. 19 (blank: all)"))
        form.addRow(tr("Regions:"), self.region_edit)
        self.new_store_button = push_button(
            tr("New store…"),
            self.ask_new_store,
            tr("Create a district project GeoPackage with the chosen municipalities"),
        )
        self.open_store_button = push_button(
            tr("Open store…"), self.ask_open_store, tr("Open an existing district project store (GeoPackage)")
        )
        self.postgres_button = push_button(
            tr("Store on PostgreSQL…"),
            self.ask_postgres_store,
            tr(
                "Open, or create with the chosen municipalities, a store shared on the office's PostgreSQL/PostGIS "
                "server"
            ),
        )
        self.load_button = push_button(
            tr("Load municipalities"),
            self.load_municipalities,
            tr("Load the chosen municipalities into the open store"),
        )
        self.undo_batch_button = push_button(
            tr("Undo last operation"),
            self.ask_undo_batch,
            tr("Remove the rows written by the latest import, build or check run"),
        )
        self.close_store_button = push_button(
            tr("Close store"), self.closeRequested.emit, tr("Close the district project store")
        )
        form.addRow(row(self.new_store_button, self.open_store_button))
        form.addRow(self.postgres_button)
        form.addRow(row(self.load_button, self.close_store_button))
        form.addRow(self.undo_batch_button)

    def update_state(self, state: DockState) -> None:
        self.store_label.setText(self.session.shown or tr("No store open"))
        set_available(self.new_store_button, state.blocker("ready", "idle", "not_editing"))
        set_available(self.open_store_button, state.blocker("ready", "idle", "not_editing"))
        set_available(self.postgres_button, state.blocker("ready", "idle", "not_editing"))
        set_available(self.close_store_button, state.blocker("store", "idle"))
        set_available(self.load_button, state.blocker("ready", "store", "idle", "not_editing", "writable"))
        set_available(self.undo_batch_button, state.blocker("ready", "store", "idle", "not_editing", "writable"))

    # Sample data ----------------------------------------------------------------------------------------
    def add_sample_municipalities(self):
        layer = QgsVectorLayer(
            f"{sample_data_path()}|layername=municipalities", tr("Sample municipalities (ISTAT 2023)"), "ogr"
        )
        QgsProject.instance().addMapLayer(layer)
        self.municipality_combo.setLayer(layer)
        return layer

    # Creating and opening -------------------------------------------------------------------------------
    def ask_new_store(self):
        if self.municipality_combo.currentLayer() is None:
            self.message.emit(
                False,
                tr(
                    "Choose the municipalities first (Add sample, or an ISTAT boundary layer): "
                    "they set the store's CRS and are the units districts are built from"
                ),
            )
            return
        path, _ = QFileDialog.getSaveFileName(
            self, tr("New district project store"), LAST_FOLDER.value(), tr("GeoPackage (*.gpkg)")
        )
        if path:
            if not path.lower().endswith(".gpkg"):
                path += ".gpkg"
            LAST_FOLDER.set_value(str(Path(path).parent))
            self.create_store(path, overwrite=Path(path).exists())  # the file dialog asked before replacing

    def create_store(self, path, overwrite=False):
        """Run ``createstore`` with the chosen municipalities; the store opens when it succeeds."""
        layer = self.municipality_combo.currentLayer()
        parameters = {
            "OUTPUT": path,
            "REGION_CODES": self.region_edit.text(),
            "OVERWRITE": overwrite,
            "MUNICIPALITIES": layer,
        }
        # opened by the location given (a PostgreSQL address's OUTPUT is shown without its password)
        return self.runner.run("createstore", parameters, lambda results: self._created(path, results["OUTPUT"]))

    def _created(self, location, shown):
        self.session.open(location)
        return tr("Store created: {0}").format(shown)

    def ask_open_store(self):
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Open district project store"), LAST_FOLDER.value(), tr("GeoPackage (*.gpkg)")
        )
        if path:
            LAST_FOLDER.set_value(str(Path(path).parent))
            self.session.open(path)

    def ask_postgres_store(self):
        """Ask for a PostgreSQL store's address; open the store there, or offer to create it when the schema does
        not exist yet (with the chosen municipalities, as New store…)."""
        from ..core.input_error import InputError
        from ..core.store_address import parse_store_address
        from ..services.postgis_store import schema_exists
        from ..services.store_base import StoreError

        text, ok = ask_text(
            self,
            tr("District project store on PostgreSQL"),
            tr(
                "The store's schema, e.g. service=regione schema=val_di_noto, or "
                "postgresql://user@host:5432/dbname?schema=val_di_noto. Keep passwords in pg_service.conf, .pgpass "
                "or a QGIS authentication configuration (authcfg=…): an address's password is never saved."
            ),
            LAST_POSTGRES_STORE.value(),
        )
        if not ok or not text.strip():
            return
        try:
            address = parse_store_address(text)
            if not address.is_postgres:
                self.message.emit(False, tr("{0}: not a PostgreSQL address").format(text.strip()))
                return
            exists = schema_exists(address)
        except (InputError, StoreError) as error:
            self.message.emit(False, error_message(error))
            return
        LAST_POSTGRES_STORE.set_value(address.saved())
        if exists:
            self.session.open(text.strip())
            return
        if self.municipality_combo.currentLayer() is None:
            self.message.emit(
                False,
                tr(
                    "{0}: no store there yet; choose the municipalities (Add sample, or an ISTAT boundary layer) "
                    "to create one"
                ).format(address.shown()),
            )
            return
        answer = QMessageBox.question(
            self,
            tr("New district project store"),
            tr("There is no schema {0} yet. Create a new store there with the chosen municipalities?").format(
                address.shown()
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.create_store(text.strip())

    def load_municipalities(self):
        layer = self.municipality_combo.currentLayer()
        if layer is None:
            self.message.emit(
                False, tr("Choose the municipalities to load first (Add sample, or an ISTAT boundary " "layer)")
            )
            return False
        return self.runner.run(
            "loadmunicipalities",
            {"STORE": self.session.path, "MUNICIPALITIES": layer, "REGION_CODES": self.region_edit.text()},
            lambda results: self._written(tr("{0} municipalities loaded").format(int(results["LOADED"]))),
        )

    # Undo -------------------------------------------------------------------------------------------------
    def ask_undo_batch(self):
        latest = self.session.store().latest_batch()
        if latest is None:
            self.message.emit(False, tr("Nothing to undo"))
            return
        answer = QMessageBox.question(
            self,
            tr("Undo last bulk operation"),
            tr("Remove everything written by the latest operation ({0})?").format(latest[2] or latest[1]),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.undo_last_batch()

    def undo_last_batch(self):
        """Remove the latest batch (``removebatch``), then the views refresh."""
        return self.runner.run(
            "removebatch",
            {"STORE": self.session.path},
            lambda results: self._written(tr("Undone: {0}").format(results["DESCRIPTION"])),
        )

    def _written(self, message):
        self.session.reload_layers()
        self.changed.emit()
        return message
