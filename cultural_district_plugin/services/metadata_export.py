"""Write the RNDT metadata record (:mod:`core.rndt_metadata`) of a district export, from what the store knows."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import shapely

from ..core.number_format import format_number
from ..core.rndt_metadata import DatasetDescription, Organisation, empty_elements, rndt_record, to_xml
from ..core.text_keys import text_key
from ..translation import tr
from .atomic_files import replaced_atomically
from .coordinate_arrays import transform_geometries
from .district_report import district_summaries
from .district_store import StoreError
from .export_tables import selected_districts
from .provenance import DATA_SOURCES, store_batches, versions

if TYPE_CHECKING:
    from qgis.core import QgsCoordinateReferenceSystem

    from .district_store import DistrictStore


def describe_districts(
    store: DistrictStore,
    names: list[str],
    crs: QgsCoordinateReferenceSystem,
    licence: str,
    accuracy_m: float,
    online_resource: str = "",
) -> DatasetDescription:
    """The dataset an export of the districts ``names`` (all when empty) hands over, in Italian."""
    table, geometries = selected_districts(store, names)
    summaries = district_summaries(store, table["fid"].astype(int).tolist())
    lonlat = transform_geometries(np.asarray(geometries, dtype=object), store.crs, "EPSG:4326")
    west, south, east, north = shapely.total_bounds(lonlat)
    title_names = ", ".join(table["name"])
    parts = []
    for s in summaries:
        parts.append(
            f"«{s.name}»: {s.members} comuni, {format_number(s.area_km2, 2)} km², "
            f"{format_number(s.population)} abitanti (ISTAT 2023), {s.assets_inside} beni culturali"
        )
    abstract = (
        "Perimetro e composizione del distretto culturale "
        + "; ".join(parts)
        + ". Il dataset comprende i comuni membri, i beni culturali interni, i soggetti e gli impegni di "
        "finanziamento e gli esiti dei controlli."
    )
    batches = store_batches(store)
    lineage = (
        "; ".join(DATA_SOURCES[:1])
        + ". Operazioni registrate nell'archivio del distretto: "
        + "; ".join(f"{b.operation} ({b.description}, lotto {b.batch_id[:8]}, {b.created_at[:10]})" for b in batches)
        + f". Prodotto con Cultural District Planner {versions()['plugin']} su QGIS {versions()['qgis']}."
    )
    created = min(
        (b.created_at[:10] for b in batches if b.operation.startswith("build")), default=date.today().isoformat()
    )
    epsg = int(crs.authid().split(":")[1]) if crs.authid().startswith("EPSG:") else 0
    if not epsg:
        raise StoreError(
            tr("{0}: an RNDT record needs an EPSG reference system").format(crs.authid() or crs.description())
        )
    return DatasetDescription(
        slug=text_key(title_names).replace(" ", "_"),
        title=f"Distretto culturale: {title_names}" if len(table) == 1 else f"Distretti culturali: {title_names}",
        abstract=abstract,
        created=created,
        stamp=date.today().isoformat(),
        bbox=(float(west), float(south), float(east), float(north)),
        epsg=epsg,
        lineage=lineage,
        licence=licence,
        positional_accuracy_m=accuracy_m,
        online_resource=online_resource,
    )


def write_metadata(
    organisation: Organisation, dataset: DatasetDescription, output: str | Path, overwrite: bool
) -> Path:
    """Write the record; refuses to overwrite unless asked; never leaves a half-written file."""
    output = Path(output)
    if output.exists() and not overwrite:
        raise StoreError(tr("{0}: the file exists; allow overwriting or choose another name").format(output))
    root = rndt_record(organisation, dataset)
    empty = empty_elements(root)
    if empty:  # the profile forbids them; a bug here, never the office's input
        raise StoreError(tr("the record would have empty elements: {0}").format(", ".join(empty)))
    with replaced_atomically(output, ".xml") as tmp:
        Path(tmp).write_bytes(to_xml(root))
    return output
