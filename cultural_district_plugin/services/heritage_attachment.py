"""Attach heritage assets to the store: each asset gets exactly one municipality (DESIGN.md §5)."""

from dataclasses import dataclass

import numpy as np
import shapely

from ..core.asset_location import assign_to_units
from ..core.district_summary import ASSET_COLUMNS
from .district_builder import store_municipalities
from .district_store import StoreError
from .layer_reader import read_layer
from .store_schema import TABLES_BY_NAME
from ..translation import tr

NAME_FIELDS = ("name", "nome", "denominazione")


@dataclass
class HeritageAttachment:
    added: int
    outside_municipalities: int
    batch_id: str


def attach_heritage(store, layer):
    """Add the point features of ``layer`` to the store's heritage inventory as one batch, each with
    the ISTAT code of the municipality holding it (a point on a shared border goes to the lowest code).

    Fields named like the inventory's columns are copied; other fields are ignored. Non-point or
    empty geometries refuse the whole attachment with the feature named.
    """
    by_lower = {f.name().lower(): f.name() for f in layer.fields()}
    name_field = next((by_lower[n] for n in NAME_FIELDS if n in by_lower), None)
    if name_field is None:
        raise StoreError(tr("layer {0!r}: no name field ({1})").format(layer.name(), ', '.join(NAME_FIELDS)))
    columns = [c for c in TABLES_BY_NAME["heritage_assets"].column_names
               if c in by_lower and c not in ("name", "pro_com_t", "batch_id")]
    table, points = read_layer(layer, store.crs, [name_field] + [by_lower[c] for c in columns])
    bad = [i for i, g in enumerate(points) if g is None or g.is_empty or g.geom_type != "Point"]
    if bad:
        raise StoreError(tr("layer {0!r}: feature {1} is not a point ({2} such feature(s)); nothing was attached")
                         .format(layer.name(), table['fid'].iloc[bad[0]], len(bad)))
    municipalities, unit_geometries, _ = store_municipalities(store)
    codes = assign_to_units(points, unit_geometries, municipalities["pro_com_t"].to_numpy())
    records = []
    for i, row in enumerate(table.itertuples(index=False)):
        record = {"name": getattr(row, name_field), "pro_com_t": codes[i]}
        record.update({c: getattr(row, by_lower[c]) for c in columns})
        records.append(record)
    with store.batch("attach_heritage", f"{len(records)} assets from {layer.name()}") as batch:
        batch.add("heritage_assets", records, points)
    return HeritageAttachment(len(records), int(sum(c is None for c in codes)), batch.batch_id)


def store_assets(store):
    """The store's heritage inventory (summary columns) and its points, assets without a point left out."""
    table, points = store.read_table("heritage_assets", ASSET_COLUMNS)
    located = np.array([p is not None and not shapely.is_empty(p) for p in points], dtype=bool)
    return table[located].reset_index(drop=True), np.asarray(points[located], dtype=object)


def locate_store_assets(store):
    """Every asset of the store with its one municipality and the districts containing it (border
    included). Assets whose recorded municipality differs (e.g. imported before the municipalities were
    loaded) are corrected in one batch. Returns a DataFrame: fid, name, pro_com_t, districts (names)."""
    table, points = store.read_table("heritage_assets", ["name", "pro_com_t"])
    located = np.array([p is not None and not shapely.is_empty(p) for p in points], dtype=bool)
    municipalities, unit_geometries, _ = store_municipalities(store)
    codes = np.full(len(table), None, dtype=object)
    codes[located] = assign_to_units(points[located], unit_geometries, municipalities["pro_com_t"].to_numpy())
    districts, district_geometries = store.read_table("districts", ["name"])
    covering = [[] for _ in range(len(table))]
    if len(districts) and located.any():
        valid = np.array([g is not None and not g.is_empty for g in district_geometries], dtype=bool)
        tree = shapely.STRtree(district_geometries[valid])
        names = districts["name"].to_numpy()[valid]
        rows = np.flatnonzero(located)
        point_idx, district_idx = tree.query(points[located], predicate="intersects")
        for p, d in sorted(zip(point_idx.tolist(), district_idx.tolist())):
            covering[rows[p]].append(names[d])
    changed = [(fid, code) for fid, old, code in zip(table["fid"], table["pro_com_t"], codes)
               if (old if isinstance(old, str) else None) != code]
    if changed:
        with store.batch("locate_heritage", f"municipality of {len(changed)} assets corrected") as batch:
            for fid, code in changed:
                batch.update("heritage_assets", fid, {"pro_com_t": code})
    table = table.assign(pro_com_t=codes, districts=[", ".join(names) for names in covering])
    return table
