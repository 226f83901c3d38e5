"""Per-district summaries of a store: members, population, ellipsoidal area, parts, holes, assets."""

from ..core.district_summary import summarise_district, with_area
from .district_builder import store_municipalities
from .heritage_attachment import store_assets
from .measures import ellipsoidal_area_km2


def district_summaries(store, district_ids=None):
    """Summaries of the store's districts (all, or the given fids), in fid order."""
    return summaries_with_geometries(store, district_ids)[0]


def summaries_with_geometries(store, district_ids=None):
    """``(summaries, geometries)``: the districts' summaries and their geometries, read once."""
    districts, geometries = store.read_table("districts", ["name"])
    if district_ids is not None:
        keep = districts["fid"].isin(list(district_ids)).to_numpy()
        districts, geometries = districts[keep], geometries[keep]
    members, _ = store.read_table("district_members", ["district_id", "pro_com_t"])
    municipalities, _, _ = store_municipalities(store)
    municipalities = municipalities.set_index("pro_com_t")
    assets, points = store_assets(store)
    codes_by_district = members.groupby("district_id")["pro_com_t"].agg(list).to_dict()
    summaries = [summarise_district(fid, name, geometry, codes_by_district.get(fid, []), municipalities, assets, points)
                 for fid, name, geometry in zip(districts["fid"], districts["name"], geometries)]
    areas, method = ellipsoidal_area_km2(geometries, store.crs)
    return [with_area(s, a, method) for s, a in zip(summaries, areas)], geometries
