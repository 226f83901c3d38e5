"""The idiomatic geopandas + PySAL way to the numbers of the plugin's bulk steps, for `make bench` to time side by
side (run in its own environment, .refs-venv: geopandas, pyogrio, libpysal and esda are not the plugin's
dependencies). One step per run, in a fresh process, reading the same files the plugin reads and writing its result
to a file as the plugin does; a one-line JSON summary on stdout for the comparison of numbers.

    bench_geopandas.py attach POINTS.gpkg STORE.gpkg OUT.gpkg      municipality and district of each point
    bench_geopandas.py coverage STORE.gpkg NEAR_M OUT.csv           assets inside each district and near misses
    bench_geopandas.py hotspots STORE.gpkg OUT.gpkg                 counts per municipality, Gi* and Moran (queen)
    bench_geopandas.py lq STORE.gpkg CATEGORY_FIELD OUT.csv         location quotients of the districts

Conventions are the plugin's where a choice exists (docs/methods.md): a point on a shared border belongs to the
municipality with the lowest ISTAT code; a point on a district's border is inside it; the LQ benchmark is every
point inside the municipalities.
"""

from __future__ import annotations

import json
import sys
import warnings

import geopandas as gpd
import numpy as np
import pandas as pd


def _points(path: str, layer: str) -> gpd.GeoDataFrame:
    return gpd.read_file(path, layer=layer, engine="pyogrio", use_arrow=True)


def _one_municipality(points: gpd.GeoDataFrame, municipalities: gpd.GeoDataFrame) -> pd.Series:
    """ISTAT code of the municipality holding each point (lowest code on shared borders; missing outside)."""
    joined = gpd.sjoin(points[["geometry"]], municipalities[["pro_com_t", "geometry"]], predicate="intersects")
    return joined["pro_com_t"].groupby(level=0).min().reindex(points.index)


def attach(points_path: str, store: str, out: str) -> dict:
    municipalities = gpd.read_file(store, layer="municipalities", columns=["pro_com_t"], engine="pyogrio")
    districts = gpd.read_file(store, layer="districts", columns=["name"], engine="pyogrio")
    points = _points(points_path, "assets").to_crs(municipalities.crs)
    points["pro_com_t"] = _one_municipality(points, municipalities)
    in_district = gpd.sjoin(points[["geometry"]], districts, predicate="intersects")
    points["district"] = in_district["name"].groupby(level=0).first().reindex(points.index)
    points.to_file(out, layer="assets", engine="pyogrio")
    return {"counts": points["pro_com_t"].value_counts().to_dict()}


def coverage(store: str, near: str, out: str) -> dict:
    districts = gpd.read_file(store, layer="districts", columns=["name"], engine="pyogrio")
    points = _points(store, "heritage_assets")[["geometry"]]
    inside = gpd.sjoin(points, districts, predicate="intersects")
    within = gpd.sjoin(points, districts, predicate="dwithin", distance=float(near))
    pairs = lambda joined: pd.MultiIndex.from_arrays([joined.index, joined["index_right"]])  # noqa: E731
    near_misses = within[~pairs(within).isin(pairs(inside))]
    table = pd.DataFrame(
        {
            "district": districts["name"],
            "assets_inside": inside["index_right"].value_counts().reindex(districts.index, fill_value=0),
            "assets_near": near_misses["index_right"].value_counts().reindex(districts.index, fill_value=0),
        }
    )
    table.to_csv(out, index=False)
    return {"inside": table.set_index("district")["assets_inside"].to_dict()}


def hotspots(store: str, out: str) -> dict:
    import esda
    from libpysal.weights import Queen

    municipalities = gpd.read_file(store, layer="municipalities", columns=["pro_com_t"], engine="pyogrio")
    points = _points(store, "heritage_assets")[["geometry"]]
    codes = _one_municipality(points, municipalities)
    municipalities["value"] = codes.value_counts().reindex(municipalities["pro_com_t"], fill_value=0).to_numpy(float)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # islands: reported by the plugin, left as they are here
        weights = Queen.from_dataframe(municipalities, use_index=False)
        y = municipalities["value"].to_numpy()
        gi = esda.G_Local(y, weights, transform="B", star=True, permutations=0)
        weights.transform = "r"
        moran = esda.Moran(y, weights, permutations=0)
        local = esda.Moran_Local(y, weights, transformation="r", permutations=0)
    municipalities["gi_star_z"] = gi.Zs
    municipalities["local_i"] = local.Is
    municipalities.to_file(out, layer="hotspots", engine="pyogrio")
    return {"moran_i": float(moran.I), "moran_z": float(moran.z_norm), "islands": len(weights.islands)}


def location_quotients(store: str, category: str, out: str) -> dict:
    municipalities = gpd.read_file(store, layer="municipalities", columns=["pro_com_t"], engine="pyogrio")
    districts = gpd.read_file(store, layer="districts", columns=["name"], engine="pyogrio")
    points = _points(store, "heritage_assets")[[category, "geometry"]]
    points = points[_one_municipality(points, municipalities).notna()]  # the benchmark: points in the reference
    joined = gpd.sjoin(points, districts, predicate="intersects")
    counts = pd.crosstab(joined["name"], joined[category])
    n_area = counts.sum(axis=1)
    n_category = points[category].value_counts()
    lq = counts.div(n_area, axis=0) / (n_category / len(points))
    table = lq.stack().rename("lq").reset_index().rename(columns={"name": "area", category: "category"})
    table.to_csv(out, index=False)
    return {"rows": len(table)}


STEPS = {"attach": attach, "coverage": coverage, "hotspots": hotspots, "lq": location_quotients}

if __name__ == "__main__":
    summary = STEPS[sys.argv[1]](*sys.argv[2:])
    print(json.dumps(summary, default=lambda v: v.item() if isinstance(v, np.generic) else str(v)))
