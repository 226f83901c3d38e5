"""Locate the store's heritage assets: each asset gets exactly one municipality and the districts
containing it (docs/methods.md, Where an asset is). Assets enter the store through :mod:`heritage_import`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import shapely

from ..core.asset_location import assign_to_units, point_polygon_pairs
from ..core.district_summary import ASSET_COLUMNS
from ..core.frame_rows import rows_of
from ..translation import tr
from .district_builder import store_municipalities
from .store_schema import TABLES_BY_NAME

if TYPE_CHECKING:
    from .district_store import DistrictStore
    from .heritage_import import WrittenAssets


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
    if located.all():
        return table, np.asarray(points, dtype=object)
    return rows_of(table, located), np.asarray(points[located], dtype=object)


def _as_read(table: pd.DataFrame, names: list[str]) -> pd.DataFrame:
    """The ``names`` columns of ``table``, with the same types whatever the backend or the read path: integer columns
    as floats (NaN for NULL), text columns as objects (None for NULL), fid as int64."""
    declared = {c.name: c.sql_type for c in TABLES_BY_NAME["heritage_assets"].columns}
    columns = {}
    for column in names:
        if column == "fid":
            columns[column] = table[column].to_numpy(dtype=np.int64)
        elif declared.get(column) in ("INTEGER", "REAL"):
            columns[column] = pd.to_numeric(table[column], errors="coerce").to_numpy(dtype=float)
        else:
            values = table[column].to_numpy(dtype=object)
            missing = pd.isna(values)
            columns[column] = np.where(missing, None, values) if missing.any() else values
    return pd.DataFrame(columns)


LOCATED_COLUMNS = ["name", "batch_id", *SUMMARY_COLUMNS]


def _store_assets_with(store: DistrictStore, written: WrittenAssets | None) -> tuple[pd.DataFrame, np.ndarray]:
    """The store's assets (:data:`LOCATED_COLUMNS`, id order) and their points; those of ``written`` (a batch just
    written, all its rows) from memory, the others read."""
    if written is None or not len(written.table) or not re.fullmatch(r"[0-9a-f]+", written.batch_id):
        table, points = store.read_table("heritage_assets", LOCATED_COLUMNS)
        return _as_read(table, ["fid", *LOCATED_COLUMNS]), points
    others, other_points = store.read_table(
        "heritage_assets", LOCATED_COLUMNS, where=f"batch_id IS NULL OR batch_id <> '{written.batch_id}'"
    )
    mine = _as_read(written.table.assign(batch_id=written.batch_id), ["fid", *LOCATED_COLUMNS])
    table = pd.concat([_as_read(others, ["fid", *LOCATED_COLUMNS]), mine], ignore_index=True) if len(others) else mine
    points = np.concatenate([np.asarray(other_points, dtype=object), np.asarray(written.points, dtype=object)])
    fids = table["fid"].to_numpy()
    if (fids[1:] > fids[:-1]).all():  # the new rows' ids follow the others' (a sequence only grows)
        return table, points
    order = np.argsort(fids, kind="stable")
    return rows_of(table, order), points[order]


def locate_store_assets(store: DistrictStore, written: WrittenAssets | None = None) -> tuple[pd.DataFrame, np.ndarray]:
    """Every asset of the store with its one municipality and the districts containing it (border
    included). Assets whose recorded municipality differs (e.g. imported before the municipalities were
    loaded) are corrected in one batch; the assets ``written`` by an import that has just placed each of its
    points the same way keep theirs (and are taken from memory, not read again). Returns ``(table, points)``:
    fid, name, pro_com_t, districts (names) and the :data:`SUMMARY_COLUMNS`, with the points (for
    :func:`store_assets`)."""
    placed_by_batch = written.batch_id if written is not None else None
    table, points = _store_assets_with(store, written)
    located = _present(points)
    municipalities, unit_geometries, _ = store_municipalities(store)
    codes = np.full(len(table), None, dtype=object)
    placed = (table["batch_id"] == placed_by_batch).to_numpy() if placed_by_batch else np.zeros(len(table), bool)
    old_codes = table["pro_com_t"].to_numpy(dtype=object)  # None for NULL (_as_read)
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
