"""Edit a district's membership (the ``district_members`` layer) through QGIS's edit buffer.

The redistricting pattern (docs/architecture.md): the membership table is the one edited layer, one paint stroke
is one edit command (QGIS undo/redo undoes or redoes a whole stroke), and the district geometry is derived
from the members (a dissolve, refreshed in a background task and written through the provider).
Live statistics come from per-municipality figures prepared once, so an update is a vectorised sum.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import shapely
from qgis.core import (
    QgsApplication,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsTask,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..core.district_geometry import dissolve, repaired
from ..translation import tr
from .district_builder import store_municipalities
from .measures import ellipsoidal_area_km2, to_qgs_geometry

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY


@dataclass(frozen=True)
class MembershipStats:
    members: int
    population: int
    area_km2: float
    assets: int
    assets_per_km2: float
    seconds: float  # how long the update took


class _HeldTask(QgsTask):
    """A task whose Python object lives until it has finished, whoever still refers to it: a superseded task is
    left to finish and its result dropped, never cancelled (on QGIS 3.22 a task cancelled before its thread
    starts can leave that pool thread blocked on the task's own mutex, and every later task waits behind it)."""

    _running: set = set()

    def __init__(self, description):
        super().__init__(description, QgsTask.Flag.CanCancel)
        _HeldTask._running.add(self)

    def finished(self, ok):
        _HeldTask._running.discard(self)
        self.done(ok)

    def done(self, ok):
        """Main thread, when the task has ended."""


class DissolveTask(_HeldTask):
    """Dissolves a copy of the member geometries off the main thread; ``on_done(geometry or None)`` runs on
    the main thread when the task ends (None when it was cancelled)."""

    def __init__(self, geometries, on_done):
        super().__init__(tr("Dissolve district"))
        self.geometries = geometries
        self.on_done = on_done
        self.geometry = None

    def run(self):
        self.geometry = dissolve(self.geometries)
        return not self.isCanceled()

    def done(self, ok):
        self.on_done(self.geometry if ok else None)


@dataclass(frozen=True)
class PreparedUnits:
    """What painting needs of the store's municipalities, prepared once: their table, repaired geometries, a
    spatial index, the boundary year and the per-municipality figures the live statistics sum."""

    units: pd.DataFrame
    geometries: np.ndarray
    tree: shapely.STRtree
    boundary_year: object
    figures: pd.DataFrame


def prepare_units(store) -> PreparedUnits:
    """The store's municipalities prepared for painting (safe in a worker thread: GDAL and SQLite reads only;
    the asset count per municipality is one SQL aggregate, not a read of the inventory)."""
    units, geometries, boundary_year = store_municipalities(store)
    geometries = repaired(geometries)
    areas, _ = ellipsoidal_area_km2(geometries, store.crs)
    counts = dict(
        store.select("SELECT pro_com_t, count(*) FROM heritage_assets WHERE pro_com_t IS NOT NULL GROUP BY pro_com_t")
    )
    codes = units["pro_com_t"].to_numpy()
    figures = pd.DataFrame(
        {
            "population": units["population"].fillna(0).to_numpy(dtype=float),
            "area_km2": np.asarray(areas, dtype=float),
            "assets": np.array([counts.get(code, 0) for code in codes], dtype=float),
        },
        index=codes,
    )
    return PreparedUnits(units, geometries, shapely.STRtree(geometries), boundary_year, figures)


class UnitPreparationTask(_HeldTask):
    """Prepares the municipalities for painting off the main thread (a national store takes seconds);
    ``on_done(prepared or None, error or None)`` runs on the main thread when the task ends."""

    def __init__(self, store, on_done):
        super().__init__(tr("Prepare the paint tool"))
        self.store = store
        self.on_done = on_done
        self.prepared = None
        self.error = None

    def run(self):
        try:
            self.prepared = prepare_units(self.store)
        except Exception as error:  # reported on the main thread, in finished()
            self.error = error
            return False
        return not self.isCanceled()

    def done(self, ok):
        self.on_done(self.prepared if ok else None, self.error)


class MembershipEditor(QObject):
    """Adds and removes municipalities of one district, stroke by stroke."""

    statsChanged = pyqtSignal(object)  # MembershipStats
    geometryUpdated = pyqtSignal(int)  # district id

    def __init__(self, store, members_layer, districts_layer, district_id, prepared: PreparedUnits | None = None):
        """``prepared``: the municipalities prepared by :class:`UnitPreparationTask` (prepared here when None)."""
        super().__init__()
        self.store = store
        self.members_layer = members_layer
        self.districts_layer = districts_layer
        self.district_id = int(district_id)
        self._stroke = None
        self._task = None
        prepared = prepared if prepared is not None else prepare_units(store)
        self.units, self.unit_geometries, self.unit_tree = prepared.units, prepared.geometries, prepared.tree
        self.boundary_year, self.figures = prepared.boundary_year, prepared.figures
        self.members = self._read_members()
        self.members_layer.undoStack().indexChanged.connect(self._members_changed)
        self._following = True

    # Preparation ------------------------------------------------------------------------------
    def _read_members(self):
        """``{code: feature id}`` of the district's members as the edit buffer has them now."""
        request = QgsFeatureRequest().setFilterExpression(f'"district_id" = {self.district_id}')
        return {f["pro_com_t"]: f.id() for f in self.members_layer.getFeatures(request)}

    # Identification ---------------------------------------------------------------------------
    def codes_along(self, points: list[QgsPointXY], crs: QgsCoordinateReferenceSystem) -> list[str]:
        """Codes of the municipalities under a point, or crossed by the path through ``points``
        (QgsPointXY in ``crs``), in the order first met."""
        transform = QgsCoordinateTransform(crs, self.store.crs, QgsProject.instance())
        coords = [transform.transform(p) for p in points]
        shape = (
            shapely.Point(coords[0].x(), coords[0].y())
            if len(coords) == 1
            else shapely.LineString([(c.x(), c.y()) for c in coords])
        )
        hits = self.unit_tree.query(shape, predicate="intersects")
        if len(hits) == 0:
            return []
        if len(coords) > 1:  # order by distance along the path
            hits = sorted(hits, key=lambda i: shape.project(self.unit_geometries[i].representative_point()))
        return [self.units["pro_com_t"].iloc[i] for i in hits]

    def unit_geometry(self, code: str, crs: QgsCoordinateReferenceSystem) -> QgsGeometry:
        """A municipality's boundary as a QgsGeometry in ``crs`` (for highlighting it on the canvas)."""
        index = int(np.flatnonzero(self.units["pro_com_t"].to_numpy() == code)[0])
        geometry = to_qgs_geometry(self.unit_geometries[index])
        geometry.transform(QgsCoordinateTransform(self.store.crs, crs, QgsProject.instance()))
        return geometry

    # Strokes ----------------------------------------------------------------------------------
    def begin_stroke(self, remove: bool, label: str) -> None:
        if not self.members_layer.isEditable():
            self.members_layer.startEditing()
        self.members_layer.beginEditCommand(label)
        self._stroke = remove

    def paint(self, codes: Iterable[str]) -> None:
        """Add (or, in a removing stroke, remove) ``codes`` within the current stroke."""
        for code in codes:
            if self._stroke and code in self.members:
                self.members_layer.deleteFeature(self.members[code])
                del self.members[code]
            elif not self._stroke and code not in self.members:
                feature = QgsFeature(self.members_layer.fields())
                feature["district_id"] = self.district_id
                feature["pro_com_t"] = code
                feature["boundary_year"] = self.boundary_year
                self.members_layer.addFeature(feature)
                self.members[code] = feature.id()
        self.emit_stats()

    def end_stroke(self) -> None:
        if self._stroke is None:
            return
        self.members_layer.endEditCommand()
        self._stroke = None
        self.refresh_geometry()

    def apply(self, codes: Iterable[str], remove: bool = False, label: str = "Change members") -> None:
        """One whole stroke: ``codes`` added (or removed) as one undoable command."""
        self.begin_stroke(remove, label)
        self.paint(codes)
        self.end_stroke()

    def reload(self) -> None:
        """Follow the members layer again (e.g. after its edits were discarded)."""
        self.members = self._read_members()
        self.emit_stats()
        self.refresh_geometry()

    def _members_changed(self, *args):
        """After undo/redo (or any edit command), follow the edit buffer."""
        if self._stroke is None:
            self.members = self._read_members()
            self.emit_stats()
            self.refresh_geometry()

    # Figures and geometry ---------------------------------------------------------------------
    def stats(self) -> MembershipStats:
        start = time.perf_counter()
        rows = self.figures.reindex(list(self.members)).dropna()
        area = float(rows["area_km2"].sum())
        assets = int(rows["assets"].sum())
        return MembershipStats(
            len(self.members),
            int(rows["population"].sum()),
            area,
            assets,
            assets / area if area else 0.0,
            time.perf_counter() - start,
        )

    def emit_stats(self) -> None:
        self.statsChanged.emit(self.stats())

    def dissolved_geometry(self) -> shapely.Geometry:
        index = self.units.index[self.units["pro_com_t"].isin(list(self.members))].to_numpy()
        return dissolve(self.unit_geometries[index])

    def refresh_geometry(self, on_written: Callable[[], None] | None = None) -> None:
        """Dissolve the members in a background task; the districts layer is updated when it ends, then
        ``on_written()`` runs. A newer refresh supersedes a running one (whose result is then dropped)."""
        geometries = self.unit_geometries[self.units.index[self.units["pro_com_t"].isin(list(self.members))]]
        task = DissolveTask(geometries, lambda geometry: self._dissolved(task, geometry, on_written))
        self._task = task
        QgsApplication.taskManager().addTask(task)

    @property
    def pending(self) -> bool:
        """True while a dissolved geometry is still to be written."""
        return self._task is not None

    def _dissolved(self, task, geometry, on_written):
        if task is not self._task:
            return  # superseded by a newer refresh
        self._task = None
        if geometry is not None and not sip.isdeleted(self.districts_layer):
            qgs = to_qgs_geometry(geometry) if not geometry.is_empty else QgsGeometry()
            self.districts_layer.dataProvider().changeGeometryValues({self.district_id: qgs})
            self.districts_layer.triggerRepaint()
            self.geometryUpdated.emit(self.district_id)
        if on_written is not None:
            on_written()

    def close(self) -> None:
        """Stop following the members layer. A dissolved geometry still being computed is written when it
        is ready (the district geometry always follows its members)."""
        if self._following and not sip.isdeleted(self.members_layer):
            self.members_layer.undoStack().indexChanged.disconnect(self._members_changed)
        self._following = False

    def finish(self, on_written: Callable[[], None] | None = None) -> None:
        """Close, writing the district geometry of the members as they are now; ``on_written()`` follows."""
        if not sip.isdeleted(self.members_layer):
            self.members = self._read_members()
        self.close()
        self.refresh_geometry(on_written)
