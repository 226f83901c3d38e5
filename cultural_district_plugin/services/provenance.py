"""Where a store's data came from: its batches (what each load, build, import or check run wrote, and when), the
plugin and QGIS versions — for the lineage of metadata records and the reproducibility section of dossiers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from qgis.core import Qgis

from ..plugin_resources import plugin_version

if TYPE_CHECKING:
    from .district_store import DistrictStore

DATA_SOURCES = (
    "Confini comunali e popolazione: ISTAT 2023, distribuiti da Openpolis (CC-BY 4.0)",
    "Municipal boundaries and population: ISTAT 2023, distributed by Openpolis (CC-BY 4.0)",
)


@dataclass(frozen=True)
class BatchRecord:
    batch_id: str
    operation: str
    description: str
    created_at: str


def store_batches(store: DistrictStore) -> list[BatchRecord]:
    """Every batch of the store, oldest first."""
    batches, _ = store.read_table("batches", ["batch_id", "operation", "description", "created_at"])
    return [
        BatchRecord(str(b), str(o), str(d or ""), str(c or ""))
        for b, o, d, c in zip(batches["batch_id"], batches["operation"], batches["description"], batches["created_at"])
    ]


def versions() -> dict[str, str]:
    return {"plugin": plugin_version(), "qgis": Qgis.QGIS_VERSION}
