"""Colleagues editing the same PostGIS store at once must not overwrite each other's work (#17). A store layer on
PostGIS whose table keeps an ``updated_at`` column (districts) claims, for each row it changes, the version it read:
when editing starts it reads every row's ``updated_at``; the first change of a row in the edit session also sets
that row's ``updated_at`` to ``expected:<the value read>``. The table's trigger (:mod:`postgis_schema`) refuses the
commit if the row changed since, with a message naming it; QGIS then keeps the edits and shows the message, and
nothing is overwritten. Rows added in the session need no claim; a plain QGIS without the plugin edits as before
(the last commit wins)."""

from __future__ import annotations

from qgis.core import QgsFeatureRequest
from qgis.PyQt.QtCore import QObject

from .postgis_schema import EXPECTED


class EditVersionGuard(QObject):
    """Watches one layer (its child: it lives and dies with the layer)."""

    def __init__(self, layer, column: str):
        super().__init__(layer)
        self.layer = layer
        self.column = column
        self.read: dict[int, str | None] = {}
        self.claimed: set[int] = set()
        self._claiming = False
        layer.editingStarted.connect(self._snapshot)
        layer.afterCommitChanges.connect(self._snapshot)
        layer.afterRollBack.connect(self._snapshot)
        layer.geometryChanged.connect(lambda fid, *_: self._changed(fid))
        layer.attributeValueChanged.connect(self._attribute_changed)

    def _index(self) -> int:
        return self.layer.fields().indexOf(self.column)

    def _snapshot(self) -> None:
        """The version of every row as read now (editing starts, or a commit or rollback ends a session)."""
        self.claimed = set()
        index = self._index()
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes([index])
        self.read = {
            feature.id(): feature.attribute(index) for feature in self.layer.dataProvider().getFeatures(request)
        }

    def _attribute_changed(self, fid: int, index: int, _value) -> None:
        if index != self._index():
            self._changed(fid)

    def _changed(self, fid: int) -> None:
        if self._claiming or fid < 0 or fid in self.claimed or not self.layer.isEditable():
            return
        self.claimed.add(fid)
        version = self.read.get(fid)
        self._claiming = True
        try:
            self.layer.changeAttributeValue(fid, self._index(), f"{EXPECTED}{version or ''}")
        finally:
            self._claiming = False
