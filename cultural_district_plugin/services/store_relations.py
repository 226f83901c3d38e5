"""QgsRelations between the store's layers, derived from the schema's FOREIGN KEYs, so attribute forms
show linked records (a district's members, commitments and findings; a stakeholder's commitments).
QGIS 3.22 keeps relations in the project, so they are recreated whenever a store is opened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from qgis.core import QgsRelation

from ..definitions import table_titles
from ..translation import tr
from .store_schema import foreign_keys

if TYPE_CHECKING:
    from qgis.core import QgsProject, QgsVectorLayer

RELATION_PREFIX = "cultural_district_"


def add_store_relations(project: QgsProject, layers_by_table: dict[str, QgsVectorLayer]) -> list[QgsRelation]:
    """Create (or replace) one relation per foreign key whose two tables are loaded; returns them."""
    manager = project.relationManager()
    titles = table_titles()
    created = []
    for table, column, target, target_column in foreign_keys():
        if table not in layers_by_table or target not in layers_by_table:
            continue
        relation = QgsRelation()
        relation.setId(f"{RELATION_PREFIX}{table}_{column}")
        relation.setName(tr("{0} of the {1}").format(titles.get(table, table), titles.get(target, target)))
        relation.setReferencingLayer(layers_by_table[table].id())
        relation.setReferencedLayer(layers_by_table[target].id())
        relation.addFieldPair(column, target_column)
        if relation.isValid():
            manager.removeRelation(relation.id())
            manager.addRelation(relation)
            created.append(relation)
    return created


def remove_store_relations(project: QgsProject) -> None:
    manager = project.relationManager()
    for relation_id in list(manager.relations()):
        if relation_id.startswith(RELATION_PREFIX):
            manager.removeRelation(relation_id)
