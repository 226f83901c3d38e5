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


def _joined_names(count, rows, names, order_key):
    """``count`` texts: for each row the ``names`` paired with it (``rows``), in ``order_key`` order and joined
    with ", " ("" for a row with none). Vectorised: most assets lie in one district, only those in several
    are joined one by one."""
    joined = np.full(count, "", dtype=object)
    if not len(rows):
        return joined
    order = np.lexsort((order_key, rows))  # by row, then in the districts' order
    rows, names = rows[order], names[order]
    pairs_per_row = np.bincount(rows, minlength=count)
    single = pairs_per_row[rows] == 1
    joined[rows[single]] = names[single]
    several = ~single
    if several.any():
        rows, names = rows[several], names[several]
        starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
        for row, group in zip(rows[starts], np.split(names, starts[1:])):
            joined[row] = ", ".join(group)
    return joined


SUMMARY_COLUMNS = ASSET_COLUMNS + ["location_approximate", "pro_com_t"]  # what district summaries read of assets


def store_assets(
    store: DistrictStore, read: tuple[pd.DataFrame, np.ndarray] | None = None
) -> tuple[pd.DataFrame, np.ndarray]:
    """The store's heritage inventory (:data:`SUMMARY_COLUMNS`) and its points, assets without a point left out;
    from ``read`` (a table with those columns and its points) when the caller has just read it."""
    table, points = read if read is not None else store.read_table("heritage_assets", SUMMARY_COLUMNS)
    located = _present(points)
    return table[located].reset_index(drop=True), np.asarray(points[located], dtype=object)


def locate_store_assets(store: DistrictStore, placed_by_batch: str | None = None) -> tuple[pd.DataFrame, np.ndarray]:
    """Every asset of the store with its one municipality and the districts containing it (border
    included). Assets whose recorded municipality differs (e.g. imported before the municipalities were
    loaded) are corrected in one batch; the assets of ``placed_by_batch`` (an import that has just placed each
    of its points the same way) keep theirs. Returns ``(table, points)``: fid, name, pro_com_t, districts
    (names) and the :data:`SUMMARY_COLUMNS`, with the points (for :func:`store_assets`)."""
    table, points = store.read_table("heritage_assets", ["name", "batch_id", *SUMMARY_COLUMNS])
    located = _present(points)
    municipalities, unit_geometries, _ = store_municipalities(store)
    codes = np.full(len(table), None, dtype=object)
    placed = (table["batch_id"] == placed_by_batch).to_numpy() if placed_by_batch else np.zeros(len(table), bool)
    old_codes = table["pro_com_t"].to_numpy(dtype=object)
    old_codes = np.where([isinstance(c, str) for c in old_codes], old_codes, None)  # NULL read as None or NaN
    codes[placed] = old_codes[placed]
    to_place = located & ~placed
    codes[to_place] = assign_to_units(points[to_place], unit_geometries, municipalities["pro_com_t"].to_numpy())
    districts, district_geometries = store.read_table("districts", ["name"])
    covering = np.full(len(table), "", dtype=object)
    if len(districts) and located.any():
        valid = _present(district_geometries)
        names = districts["name"].to_numpy()[valid]
        rows = np.flatnonzero(located)
        point_idx, district_idx = point_polygon_pairs(points[located], district_geometries[valid])
        covering = _joined_names(len(table), rows[point_idx], names[district_idx], district_idx)
    changed = np.flatnonzero(old_codes != codes)
    if len(changed):
        with store.batch("locate_heritage", tr("municipality of {0} assets corrected").format(len(changed))) as batch:
            batch.update_column("heritage_assets", "pro_com_t", table["fid"].to_numpy()[changed], codes[changed])
    table = table.drop(columns="batch_id").assign(pro_com_t=codes, districts=covering)
    return table, points
