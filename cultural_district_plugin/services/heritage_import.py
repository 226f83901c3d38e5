"""Import a heritage inventory (spreadsheet, vector file or project layer) into a store, as one batch.

The classification of rows is the core's (:mod:`core.heritage_import`); this module reads the source,
provides the coordinate transforms and the store's municipalities, and writes the records.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import shapely

from ..core.delimited_text import read_delimited
from ..core.heritage_columns import recognise_heritage_columns
from ..core.heritage_import import ImportSettings, MunicipalityIndex, prepare_inventory
from ..core.italy_outline import load_outline
from ..core.text_keys import text_key
from ..plugin_resources import resource_path
from ..translation import tr
from .coordinate_arrays import WGS84, transformer
from .district_store import StoreError
from .table_sources import read_source

if TYPE_CHECKING:
    from ..core.heritage_import import PreparedInventory
    from .district_store import DistrictStore
    from .table_sources import SourceTable


def coordinate_mode(mapping: dict[str, str], source_table: SourceTable) -> str:
    if source_table.has_geometry:
        return "geometry"
    if "lat" in mapping and "lon" in mapping:
        return "latlon"
    if "x" in mapping and "y" in mapping:
        return "xy"
    if "wkt" in mapping:
        return "wkt"
    return "latlon"  # no coordinate columns: rows are placed on their municipality, or rejected


def municipality_index(store: DistrictStore) -> MunicipalityIndex:
    table, geometries = store.read_table("municipalities", ["pro_com_t", "name"])
    return MunicipalityIndex(table["pro_com_t"].to_numpy(), [text_key(n) for n in table["name"]], geometries)


@dataclass
class WrittenAssets:
    """The rows one import added, as it wrote them: fid and the heritage_assets columns, the points (store CRS)."""

    batch_id: str
    table: pd.DataFrame
    points: np.ndarray


@dataclass
class HeritageImport:
    prepared: PreparedInventory
    mapping: dict[str, str]
    coordinates: str
    batch_id: str
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    missing_from_source: list[str] | None = None  # source ids in the store the new file no longer has
    written: WrittenAssets | None = None  # the rows added (for locating them without reading them back)

    @property
    def outside_store_area(self) -> list[str]:
        """Names of the assets written although they lie outside every municipality of the store."""
        return self.prepared.report.names_written_with("outside_any_municipality")


COMPARED_COLUMNS = [
    "name",
    "category",
    "art101_class",
    "protection",
    "unesco_component",
    "owner_type",
    "visitors",
    "visitors_year",
    "location_approximate",
    "import_flags",
    "extra_attributes",
    "pro_com_t",
]


def _same_values(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Element by element: equal, or both missing (None or NaN); 7 and 7.0 are the same number."""
    a, b = np.asarray(a, dtype=object), np.asarray(b, dtype=object)
    missing_a, missing_b = pd.isna(a), pd.isna(b)
    return (missing_a & missing_b) | (~missing_a & ~missing_b & (a == b))


def _previous_import(store, dataset) -> tuple[pd.DataFrame, np.ndarray]:
    """``(table, points)`` of the assets an earlier import of ``dataset`` wrote (fid, source_id and the compared
    columns; the last row of a source id that appears twice)."""
    table, points = store.read_table("heritage_assets", ["source_dataset", "source_id"] + COMPARED_COLUMNS)
    mine = ((table["source_dataset"] == dataset) & table["source_id"].notna()).to_numpy()
    table, points = table[mine].reset_index(drop=True), np.asarray(points[mine], dtype=object)
    last = ~table["source_id"].duplicated(keep="last").to_numpy()
    return table[last].reset_index(drop=True), points[last]


def read_synonyms(path: str | Path) -> dict[str, tuple[str | None, str | None]]:
    """A user's category synonyms: a delimited file with columns synonym, category and (optionally)
    art101_class — e.g. ``tonnara;Infrastruttura e impianto;``."""
    table = read_delimited(Path(path).read_bytes())
    keys = {text_key(h): i for i, h in enumerate(table.header)}
    if "synonym" not in keys or "category" not in keys:
        raise StoreError(
            tr("{0}: the synonym file needs the columns synonym and category (and art101_class)").format(path)
        )
    art = keys.get("art101 class")
    return {
        cells[keys["synonym"]]: (cells[keys["category"]] or None, (cells[art] or None) if art is not None else None)
        for _, cells in table.rows
    }


def import_heritage(
    store,
    source,
    source_crs=None,
    overrides=None,
    coordinates=None,
    encoding=None,
    delimiter=None,
    duplicate_distance_m=25.0,
    source_dataset=None,
    synonyms=None,
    reject_outside_store_area=False,
):
    """Import ``source`` into ``store``; returns the import with its row-by-row report. ``synonyms``
    (synonym -> (category, art. 101 class)) extends the category table. Points outside every municipality
    of the store are written and flagged, or rejected with ``reject_outside_store_area``."""
    table = read_source(source, encoding, delimiter)
    mapping = recognise_heritage_columns(table.header, overrides)
    mode = coordinates or coordinate_mode(mapping, table)
    crs = (table.crs or source_crs) if mode == "geometry" else source_crs
    if mode != "latlon" and (crs is None or not crs.isValid()):
        raise StoreError(
            tr(
                "{0}: coordinates are {1}: give their CRS (e.g. EPSG:3004 for Gauss–Boaga East, "
                "EPSG:7792 for RDN2008 / UTM 33N)"
            ).format(table.description, mode.upper())
        )
    to_lonlat = transformer(crs, WGS84) if mode != "latlon" else None
    settings = ImportSettings(
        mode,
        source_dataset or table.description,
        duplicate_distance_m,
        extra_synonyms=synonyms,
        reject_outside_store_area=reject_outside_store_area,
        italy=load_outline(resource_path("reference", "italy_outline.geojson")),
    )
    municipalities = municipality_index(store)
    prepared = prepare_inventory(
        table.columns,
        mapping,
        settings,
        to_lonlat,
        transformer(WGS84, store.crs),
        municipalities if len(municipalities.codes) else None,
    )
    records = prepared.records
    records["pro_com_t"] = (
        prepared.municipality_codes
        if prepared.municipality_codes is not None
        else np.full(len(records), None, dtype=object)
    )
    previous, previous_points = _previous_import(store, settings.source_dataset)
    result = HeritageImport(prepared, mapping, mode, "")
    # a re-import: the rows an earlier import of this source wrote are compared column by column, all at once
    earlier = pd.Index(previous["source_id"]).get_indexer(records["source_id"].to_numpy(dtype=object))
    seen = np.flatnonzero(earlier >= 0)
    earlier = earlier[seen]
    same = np.ones(len(seen), dtype=bool)
    for column in COMPARED_COLUMNS:
        same &= _same_values(records[column].to_numpy(dtype=object)[seen], previous[column].to_numpy()[earlier])
    old_points = previous_points[earlier]
    located = ~shapely.is_missing(old_points)
    moved = np.ones(len(seen), dtype=bool)
    moved[located] = shapely.distance(old_points[located], prepared.points[seen][located]) >= 0.01
    changed = seen[~same | moved]
    result.unchanged, result.changed = len(seen) - len(changed), len(changed)
    new = np.ones(len(records), dtype=bool)
    new[seen] = False
    description = tr("{0} assets from {1}").format(len(records), table.description)
    with store.batch("import_heritage", description) as batch:
        fids = dict(zip(seen.tolist(), previous["fid"].to_numpy()[earlier].tolist()))
        for position, values in zip(changed.tolist(), records[COMPARED_COLUMNS].iloc[changed].to_dict("records")):
            batch.update("heritage_assets", fids[position], values, prepared.points[position])  # the changed only
        added = records[new].reset_index(drop=True)
        if len(added):
            added.insert(0, "fid", batch.add("heritage_assets", added, prepared.points[new]))
    result.added = len(added)
    result.written = WrittenAssets(batch.batch_id, added, prepared.points[new])
    report_ids = prepared.report.source_ids
    result.missing_from_source = sorted(set(previous["source_id"]) - set(report_ids[report_ids != ""].tolist()))
    result.batch_id = batch.batch_id
    return result
