"""Build a district from ISTAT municipality codes: members written, geometry dissolved from them."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from ..core.district_geometry import dissolve
from ..core.frame_rows import rows_of
from ..translation import tr
from .district_store import StoreError

if TYPE_CHECKING:
    import pandas as pd

    from .district_store import DistrictStore

STORE_MUNICIPALITY_FIELDS = ["pro_com_t", "name", "province", "population", "boundary_year"]


def store_municipalities(
    store: DistrictStore, boundary_year: int | None = None, required: bool = True
) -> tuple[pd.DataFrame, np.ndarray, int | None]:
    """The store's reference municipalities (one boundary year: the latest when not given), as
    ``(table, geometries, year)``. A store without municipalities is an error when they are ``required``,
    else an empty table (year None)."""
    table, geometries = store.read_table("municipalities", STORE_MUNICIPALITY_FIELDS)
    if table.empty:
        if not required:
            return table, geometries, None
        raise StoreError(tr("{0}: the store has no municipalities; load them first").format(store.path))
    year = int(table["boundary_year"].max()) if boundary_year is None else int(boundary_year)
    keep = (table["boundary_year"] == year).to_numpy()
    if not keep.any():
        raise StoreError(tr("{0}: no municipalities with boundary year {1}").format(store.path, year))
    return rows_of(table, keep), geometries[keep], year


def existing_district_name(store: DistrictStore, name: str) -> str | None:
    """The name of a store district that ``name`` would duplicate (same text ignoring case and accents), or None."""
    from ..core.text_keys import text_key

    districts, _ = store.read_table("districts", ["name"])
    key = text_key(name)
    return next((n for n in districts["name"] if text_key(n) == key), None)


def build_district(
    store: DistrictStore,
    name: str,
    codes: list[str],
    boundary_year: int | None = None,
    district_type: str | None = None,
    status: str = "proposal",
) -> tuple[int, str]:
    """Create district ``name`` from municipality ``codes`` (6-character ISTAT codes) in one batch.

    Unknown codes refuse the whole build (nothing is written). Returns ``(district fid, batch id)``.
    """
    name = (name or "").strip()
    if not name:
        raise StoreError(tr("a district needs a name"))
    if not codes:
        raise StoreError(tr("district {0!r}: no municipality codes given").format(name))
    existing = existing_district_name(store, name)
    if existing is not None:
        raise StoreError(
            tr(
                "a district named {0!r} already exists in the store; choose another name (names are "
                "compared ignoring case and accents)"
            ).format(existing)
        )
    table, geometries, year = store_municipalities(store, boundary_year)
    index = {code: i for i, code in enumerate(table["pro_com_t"])}
    unknown = [c for c in codes if c not in index]
    if unknown:
        raise StoreError(
            tr(
                "district {0!r}: ISTAT code(s) {1} not among the store's {2} municipalities; nothing was " "written"
            ).format(name, ", ".join(unknown), year)
        )
    rows = np.array([index[c] for c in codes])
    geometry = dissolve(geometries[rows])
    with store.batch("build_district", tr("district {0} from {1} municipalities").format(name, len(codes))) as batch:
        fid = batch.add(
            "districts",
            [{"name": name, "district_type": district_type, "status": status, "origin": "municipalities"}],
            [geometry],
        )[0]
        batch.add("district_members", [{"district_id": fid, "pro_com_t": c, "boundary_year": year} for c in codes])
    return fid, batch.batch_id
