"""Locate the store's heritage assets: each asset gets exactly one municipality and the districts
containing it (docs/methods.md, Where an asset is). Assets enter the store through :mod:`heritage_import`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import shapely

from ..core.asset_location import assign_to_units, point_polygon_pairs
from ..core.district_summary import ASSET_COLUMNS
from ..translation import tr
from .district_builder import store_municipalities

if TYPE_CHECKING:
    from .district_store import DistrictStore


def _present(geometries):
    """Mask of the geometries that are there and not empty (assets with a point, districts with an area)."""
    return ~(shapely.is_missing(geometries) | shapely.is_empty(geometries))


def store_assets(store: DistrictStore) -> tuple[pd.DataFrame, np.ndarray]:
    """The store's heritage inventory (summary columns) and its points, assets without a point left out."""
    table, points = store.read_table("heritage_assets", ASSET_COLUMNS + ["location_approximate", "pro_com_t"])
    located = _present(points)
    return table[located].reset_index(drop=True), np.asarray(points[located], dtype=object)


def locate_store_assets(store: DistrictStore) -> pd.DataFrame:
    """Every asset of the store with its one municipality and the districts containing it (border
    included). Assets whose recorded municipality differs (e.g. imported before the municipalities were
    loaded) are corrected in one batch. Returns a DataFrame: fid, name, pro_com_t, districts (names)."""
    table, points = store.read_table("heritage_assets", ["name", "pro_com_t"])
    located = _present(points)
    municipalities, unit_geometries, _ = store_municipalities(store)
    codes = np.full(len(table), None, dtype=object)
    codes[located] = assign_to_units(points[located], unit_geometries, municipalities["pro_com_t"].to_numpy())
    districts, district_geometries = store.read_table("districts", ["name"])
    covering = pd.Series("", index=range(len(table)), dtype=object)
    if len(districts) and located.any():
        valid = _present(district_geometries)
        names = districts["name"].to_numpy()[valid]
        rows = np.flatnonzero(located)
        point_idx, district_idx = point_polygon_pairs(points[located], district_geometries[valid])
        order = np.lexsort((district_idx, point_idx))  # by asset, then in the districts' order
        pairs = pd.Series(names[district_idx[order]], index=rows[point_idx[order]])
        covering.update(pairs.groupby(level=0, sort=False).agg(", ".join))
    changed = [
        (fid, code)
        for fid, old, code in zip(table["fid"], table["pro_com_t"], codes)
        if (old if isinstance(old, str) else None) != code
    ]
    if changed:
        with store.batch("locate_heritage", tr("municipality of {0} assets corrected").format(len(changed))) as batch:
            fids, new_codes = zip(*changed)
            batch.update_column("heritage_assets", "pro_com_t", fids, new_codes)
    table = table.assign(pro_com_t=codes, districts=covering.to_numpy())
    return table
