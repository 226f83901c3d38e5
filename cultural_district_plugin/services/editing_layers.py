"""Which of this QGIS's layers are in editing mode, readable from any thread.

A write that finds the store locked names the layers being edited in this QGIS (their edit sessions hold the
GeoPackage's lock). The write usually runs in a task, and a task must not walk the project's layers — QGIS objects
belong to the main thread, and a layer removed meanwhile would be read after it is gone. So the main thread keeps a
snapshot, updated from the project's and the layers' signals (:func:`watch`, started by the panel); another thread
reads the snapshot, the main thread the layers themselves.
"""

from __future__ import annotations

import os
import threading

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QObject, QThread

_LOCK = threading.Lock()
_EDITING: dict[str, tuple[str, str]] = {}  # layer id -> (real path of its file, layer name), while it is edited
_WATCHER: list = []  # the one watcher, while watching


def _file_of(layer) -> str:
    return os.path.realpath(layer.source().split("|")[0])


class _Watcher(QObject):
    """Keeps :data:`_EDITING` as the project's layers start and stop editing (main thread)."""

    def __init__(self, project: QgsProject):
        super().__init__()
        self.project = project
        project.layersAdded.connect(self._added)
        project.layerWillBeRemoved.connect(self._removed)
        self._added(list(project.mapLayers().values()))

    def _added(self, layers) -> None:
        for layer in layers:
            if isinstance(layer, QgsVectorLayer):
                layer_id = layer.id()
                for signal in (layer.editingStarted, layer.editingStopped, layer.nameChanged):
                    signal.connect(lambda layer_id=layer_id: self._update(layer_id))
                self._update(layer_id)

    def _update(self, layer_id: str) -> None:
        layer = self.project.mapLayer(layer_id)
        with _LOCK:
            if isinstance(layer, QgsVectorLayer) and layer.isEditable():
                _EDITING[layer_id] = (_file_of(layer), layer.name())
            else:
                _EDITING.pop(layer_id, None)

    def _removed(self, layer_id: str) -> None:
        with _LOCK:
            _EDITING.pop(layer_id, None)

    def stop(self) -> None:
        self.project.layersAdded.disconnect(self._added)
        self.project.layerWillBeRemoved.disconnect(self._removed)


def _on_main_thread() -> bool:
    application = QgsApplication.instance()
    return application is None or QThread.currentThread() == application.thread()


def watch(project: QgsProject | None = None) -> None:
    """Start keeping the snapshot (main thread; once, however often called)."""
    if not _WATCHER:
        _WATCHER.append(_Watcher(project or QgsProject.instance()))


def stop_watching() -> None:
    """Stop keeping the snapshot (the plugin unloads)."""
    while _WATCHER:
        _WATCHER.pop().stop()
    with _LOCK:
        _EDITING.clear()


def layers_in_editing(path) -> list[str]:
    """Names of the project's layers of the file ``path`` in editing mode: read from the layers on the main
    thread, from the snapshot on any other (empty when nobody watches)."""
    target = os.path.realpath(str(path))
    if _on_main_thread():
        layers = QgsProject.instance().mapLayers().values()
        return sorted(
            layer.name()
            for layer in layers
            if isinstance(layer, QgsVectorLayer) and layer.isEditable() and _file_of(layer) == target
        )
    with _LOCK:
        return sorted(name for file, name in _EDITING.values() if file == target)
