"""Nothing orphaned silently: deleting a district, a stakeholder or a heritage asset in QGIS's editing asks what
to do with the records linked to it (a district's members, commitments, declared totals and findings; a
stakeholder's commitments and assets; an asset's owners and managers).

The links are the schema's FOREIGN KEYs. "Delete them too" removes the linked rows when the deletion is saved
(findings are kept as history, without their district); "Keep" undoes the deletion.
"""

from __future__ import annotations

import contextlib
from functools import partial

from osgeo import ogr
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject, QTimer
from qgis.PyQt.QtWidgets import QMessageBox

from ..definitions import table_titles
from ..services.store_schema import foreign_keys
from ..translation import tr

HISTORY = frozenset({"check_results"})  # rows that keep existing without the record they were about


def linked_tables() -> dict[str, list[tuple[str, str]]]:
    """``{table: [(linking table, column)]}`` from the schema's foreign keys (batches excluded)."""
    links: dict[str, list[tuple[str, str]]] = {}
    for table, column, target, _ in foreign_keys():
        if target != "batches":
            links.setdefault(target, []).append((table, column))
    return links


class LinkGuard(QObject):
    """Watches the store's layers of the session for deletions of linked records."""

    def __init__(self, session, ask=None, parent=None):
        super().__init__(parent)
        self.session = session
        self.ask = ask or self._ask  # (table, {linking table: count}) -> True: delete them too
        self.pending: dict[str, set[int]] = {}
        self.connected = []
        session.opened.connect(lambda _: self.attach())
        session.closed.connect(self.detach)

    def attach(self) -> None:
        self.detach()
        for table in linked_tables():
            layer = self.session.layer(table)
            if layer is None:
                continue
            for name, slot in (
                ("featuresDeleted", partial(self._deleted, table)),
                ("afterCommitChanges", partial(self._committed, table)),
                ("afterRollBack", partial(self._rolled_back, table)),
            ):
                getattr(layer, name).connect(slot)
                self.connected.append((layer, name, slot))

    def detach(self) -> None:
        for layer, name, slot in self.connected:
            if sip.isdeleted(layer):  # its connections went with it
                continue
            with contextlib.suppress(TypeError, RuntimeError):
                getattr(layer, name).disconnect(slot)
        self.connected = []
        self.pending = {}

    def _rolled_back(self, table) -> None:
        self.pending.pop(table, None)

    def links_of(self, table: str, fids) -> dict[str, int]:
        """``{linking table: rows}`` linked to the features ``fids`` of ``table`` in the store file."""
        fids = [int(f) for f in fids if int(f) >= 0]
        if not fids:
            return {}
        marks = ", ".join("?" * len(fids))
        counts = {}
        store = self.session.store()
        for linking, column in linked_tables()[table]:
            # identifiers from the schema's declarations, quoted; the ids are bound parameters
            query = f'SELECT count(*) FROM "{linking}" WHERE "{column}" IN ({marks})'  # noqa: S608  # nosec B608
            count = store.select(query, tuple(fids))[0][0]
            if count:
                counts[linking] = count
        return counts

    def _deleted(self, table, fids) -> None:
        """Emitted while QGIS pushes the deletion onto the undo stack: review it once that has returned."""
        layer = self.session.layer(table)
        if layer is None or not layer.isEditable():
            return
        QTimer.singleShot(0, partial(self._review, table, [int(f) for f in fids]))

    def _review(self, table, fids) -> None:
        layer = self.session.layer(table)
        if layer is None or not layer.isEditable() or layer.editBuffer() is None:
            return
        deleted = set(layer.editBuffer().deletedFeatureIds())
        fids = [f for f in fids if f in deleted and f not in self.pending.get(table, set())]
        counts = self.links_of(table, fids)
        if not counts:
            return
        if self.ask(table, counts):
            self.pending.setdefault(table, set()).update(fids)
            return
        for _ in range(len(fids) + 1):  # undo the deletion (one command, or one per feature)
            if not set(fids) & deleted or not layer.undoStack().canUndo():
                break
            layer.undoStack().undo()
            deleted = set(layer.editBuffer().deletedFeatureIds())

    def _committed(self, table) -> None:
        fids = self.pending.pop(table, set())
        if not fids:
            return
        if self.session.store().provider == "postgres":
            # PostgreSQL keeps the schema's FOREIGN KEYs itself: the linked rows went with the deletion
            self.session.reload_layers()
            return
        ids = ", ".join(str(int(f)) for f in sorted(fids))
        ds = ogr.Open(str(self.session.path), update=1)  # OGR: feature tables' R-tree triggers need its functions
        try:
            ds.StartTransaction()
            for linking, column in linked_tables()[table]:
                if linking in HISTORY:
                    # names from the schema, ids are integers
                    ds.ExecuteSQL(f'UPDATE "{linking}" SET "{column}" = NULL WHERE "{column}" IN ({ids})')  # noqa: S608  # nosec B608
                else:
                    ds.ExecuteSQL(f'DELETE FROM "{linking}" WHERE "{column}" IN ({ids})')  # noqa: S608  # nosec B608
            ds.CommitTransaction()
        finally:
            ds = None
        self.session.reload_layers()

    def _ask(self, table, counts) -> bool:
        titles = table_titles()
        listed = "\n".join(f"• {titles.get(t, t)}: {n}" for t, n in counts.items())
        answer = QMessageBox.question(
            None,
            tr("Linked records"),
            tr(
                "The {0} you deleted have linked records:\n{1}\n\nDelete them too when you save (findings are kept "
                "without their district)? No keeps the {0}."
            ).format(titles.get(table, table).lower(), listed),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
