"""Per-district summaries of a store: members, population, ellipsoidal area, parts, holes, assets; and the
fields that carry them in Processing outputs and exports."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import numpy as np
from qgis.core import QgsFields

from ..core.asset_location import points_in_areas
from ..core.district_geometry import repaired
from ..core.district_summary import DistrictSummary, summarise_district, with_area, with_concentration
from ..core.frame_rows import rows_of
from ..core.heritage_density import reference_density, territory_km2
from ..core.label_order import label_ranges
from ..qgis_enums import new_field, python_field_kind
from .district_builder import store_municipalities
from .heritage_attachment import store_assets
from .measures import ellipsoidal_area_km2

if TYPE_CHECKING:
    from collections.abc import Iterable

    import numpy as np

    from .district_store import DistrictStore


def district_summaries(
    store: DistrictStore, district_ids: Iterable[int] | None = None, assets: tuple | None = None
) -> list[DistrictSummary]:
    """Summaries of the store's districts (all, or the given fids), in fid order; ``assets``: the asset table
    and points the caller has just read (see :func:`store_assets`)."""
    return summaries_with_geometries(store, district_ids, assets)[0]


def summaries_with_geometries(
    store: DistrictStore, district_ids: Iterable[int] | None = None, assets: tuple | None = None
) -> tuple[list[DistrictSummary], np.ndarray]:
    """``(summaries, geometries)``: the districts' summaries and their geometries, read once."""
    districts, geometries = store.read_table("districts", ["name"])
    if district_ids is not None:
        keep = districts["fid"].isin(list(district_ids)).to_numpy()
        districts, geometries = districts[keep], geometries[keep]
    members, _ = store.read_table("district_members", ["district_id", "pro_com_t"])
    municipalities, unit_geometries, _ = store_municipalities(store, required=False)
    municipalities = municipalities.set_index("pro_com_t")
    assets, points = store_assets(store, assets)
    codes_by_district = members.groupby("district_id")["pro_com_t"].agg(list).to_dict()
    # the reference territory (core.heritage_density): the store's municipalities and the assets located in them
    exact = (assets["location_approximate"].fillna(0).astype(int) == 0).to_numpy()
    located = int((assets["pro_com_t"].isin(municipalities.index).to_numpy() & exact).sum())
    reference = reference_density(located, territory_km2(repaired(unit_geometries)))
    # which assets each district covers, for all districts at once (one tree, prepared polygons); each summary
    # then works on its own assets only, not on the whole inventory once per district
    point_index, district_index = points_in_areas(points, geometries)
    order, bounds = label_ranges(district_index, len(geometries))
    summaries = []
    for position, (fid, name, geometry) in enumerate(zip(districts["fid"], districts["name"], geometries)):
        mine = point_index[order[bounds[position] : bounds[position + 1]]]
        summary = summarise_district(
            fid,
            name,
            geometry,
            codes_by_district.get(fid, []),
            municipalities,
            rows_of(assets, mine),
            points[mine],
            all_inside=True,
        )
        summaries.append(with_concentration(summary, geometry, points[mine[exact[mine]]], reference))
    areas, method = ellipsoidal_area_km2(geometries, store.crs)
    return [with_area(s, a, method) for s, a in zip(summaries, areas)], geometries


def summary_fields() -> QgsFields:
    """One QGIS field per :class:`DistrictSummary` attribute, typed like it."""
    fields = QgsFields()
    for f in dataclasses.fields(DistrictSummary):
        fields.append(new_field(f.name, python_field_kind(f.type)))
    return fields


def summary_attributes(summary: DistrictSummary) -> list:
    """The summary's values in :func:`summary_fields` order."""
    return [getattr(summary, f.name) for f in dataclasses.fields(DistrictSummary)]


def summary_from_feature(feature) -> DistrictSummary:
    """A summary read back from a feature with :func:`summary_fields` (QGIS NULLs become None or NaN)."""
    values = {}
    for f in dataclasses.fields(DistrictSummary):
        value = feature[f.name]
        if value is None or (hasattr(value, "isNull") and value.isNull()) or type(value).__name__ == "QVariant":
            value = float("nan") if f.type is float else ("" if f.type is str else 0)
        values[f.name] = f.type(value)
    return DistrictSummary(**values)
