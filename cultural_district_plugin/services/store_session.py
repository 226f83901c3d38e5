"""The store open in the QGIS project: its layers (one layer-tree group), relations and project entry.

The session follows the project: a saved project (.qgz) remembers the store and reopening it reconnects;
*Project ▸ New*, opening another project, or removing the store's layers closes the session, and
:attr:`StoreSession.closed` tells every view to let go of the layers (no view keeps a deleted layer).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from qgis.core import QgsLayerTreeGroup, QgsProject
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..definitions import STORE_LAYERS, TABLE_PROPERTY
from ..settings import STORE_PATH
from ..translation import error_message, tr
from .store_relations import add_store_relations, remove_store_relations

if TYPE_CHECKING:
    from qgis.core import QgsVectorLayer

    from .store_base import StoreBase


def table_of(layer) -> str:
    """The store table a project layer shows (projects saved by 0.1.0 named the layers by table)."""
    return layer.customProperty(TABLE_PROPERTY) or layer.name()


class StoreSession(QObject):
    """Opens, closes and restores the district project store of the current project."""

    opened = pyqtSignal(str)  # store path
    closed = pyqtSignal()
    failed = pyqtSignal(str)  # a store that could not be opened: the message for the user

    def __init__(self, project: QgsProject = None, parent: QObject = None):
        super().__init__(parent)
        self.project = project or QgsProject.instance()
        self.path = None  # the store's location, as STORE parameters take it (a file, or a PostgreSQL address)
        self.name = None  # a short name: the file's or the schema's
        self.shown = None  # how the panel names it (a PostgreSQL address without its password)
        self._saved = None  # what the project remembers (never a password)
        self.writable = True  # False: the store may only be read (a PostgreSQL viewer's role)
        self._closing = False
        self.project.readProject.connect(self.restore)
        self.project.cleared.connect(self._project_cleared)
        self.project.layersWillBeRemoved.connect(self._layers_removed)

    def disconnect_project(self) -> None:
        """Before the plugin unloads."""
        self.project.readProject.disconnect(self.restore)
        self.project.cleared.disconnect(self._project_cleared)
        self.project.layersWillBeRemoved.disconnect(self._layers_removed)

    @property
    def is_open(self) -> bool:
        return self.path is not None

    def store(self) -> StoreBase:
        """The open store (a GeoPackage or a PostGIS schema), its facts read again."""
        from .store_opening import open_store

        return open_store(self.path)

    def _remember(self, store: StoreBase) -> None:
        self.path, self.name, self.shown = store.location, store.name, str(store.path)
        self._saved = store.saved_location
        self.writable = store.writable()

    # Opening and closing ----------------------------------------------------------------------------
    def open(self, path) -> bool:
        """Open the store at ``path`` (its layers replace a previous store's); False with :attr:`failed`
        emitted when the file is not a usable store."""
        from ..core.input_error import InputError
        from .store_base import StoreError
        from .store_opening import open_store

        try:
            store = open_store(path)
        except (StoreError, InputError) as error:
            self.failed.emit(error_message(error))
            return False
        if self.is_open:
            self.close()
        self._remember(store)
        self._add_layers(store)
        self._connected()
        return True

    def close(self) -> None:
        """Remove the store's layers and relations from the project; the file is left as it is."""
        if not self.is_open:
            return
        self._closing = True
        try:
            group = self._group()
            remove_store_relations(self.project)
            if group is not None:
                self.project.removeMapLayers(group.findLayerIds())
                group.parent().removeChildNode(group)
            STORE_PATH.remove(project=self.project)
        finally:
            self._closing = False
        self._forget()

    def restore(self, *args) -> None:
        """After a project is read: reconnect to the store it remembers (its layers are in the project)."""
        path = STORE_PATH.value(project=self.project)
        self.path = None
        if not path:
            return
        from ..core.input_error import InputError
        from .store_base import StoreError
        from .store_opening import open_store

        try:
            store = open_store(path)
        except (StoreError, InputError) as error:
            self.failed.emit(error_message(error))
            return
        self._remember(store)
        if len(self.layers()) != len(STORE_LAYERS):
            self._add_layers(store)
        self._connected()

    def _project_cleared(self) -> None:
        if self.is_open:
            self._forget()

    def _layers_removed(self, layer_ids) -> None:
        """A store layer removed by the user (or by a project being cleared) ends the session."""
        if self._closing or not self.is_open:
            return
        mine = {layer.id() for layer in self.layers()}
        if mine & set(layer_ids):
            remove_store_relations(self.project)
            STORE_PATH.remove(project=self.project)
            self._forget()

    def _forget(self) -> None:
        self.path = self.name = self.shown = self._saved = None
        self.writable = True
        self.closed.emit()

    def _connected(self) -> None:
        add_store_relations(self.project, self.layers_by_table())
        STORE_PATH.set_value(self._saved, project=self.project)
        self.opened.emit(self.path)

    # Layers ------------------------------------------------------------------------------------------
    def group_name(self) -> str:
        return tr("District store: {0}").format(Path(self.name).stem)

    def _group(self):
        if not self.is_open:
            return None
        group = self.project.layerTreeRoot().findGroup(self.group_name())
        return group if isinstance(group, QgsLayerTreeGroup) else None

    def _add_layers(self, store) -> None:
        root = self.project.layerTreeRoot()
        old = root.findGroup(self.group_name())
        if old is not None:
            self._closing = True
            try:
                self.project.removeMapLayers(old.findLayerIds())
                root.removeChildNode(old)
            finally:
                self._closing = False
        group = root.insertGroup(0, self.group_name())
        for table in STORE_LAYERS:
            layer = store.layer(table)  # styled by the default style saved in the store
            self.project.addMapLayer(layer, False)
            group.addLayer(layer)

    def layers(self) -> list:
        group = self._group()
        return [node.layer() for node in group.findLayers() if node.layer() is not None] if group else []

    def layers_by_table(self) -> dict:
        """``{table name: project layer}`` of the open store."""
        return {table_of(layer): layer for layer in self.layers()}

    def layer(self, table: str) -> QgsVectorLayer | None:
        return self.layers_by_table().get(table)

    def reload_layers(self) -> None:
        """After a bulk write: the layers show what the file now holds."""
        for layer in self.layers():
            layer.reload()
            layer.triggerRepaint()
