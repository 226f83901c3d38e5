"""The idiomatic geopandas + PySAL way to the numbers of the plugin's bulk steps, for `make bench` to time side by
side (run in its own environment, .refs-venv: geopandas, pyogrio, libpysal and esda are not the plugin's
dependencies). One step per run, in a fresh process, reading the same files the plugin reads and writing its result
to a file as the plugin does; a one-line JSON summary on stdout for the comparison of numbers.

    bench_geopandas.py attach POINTS.gpkg STORE.gpkg OUT.gpkg      municipality and district of each point
    bench_geopandas.py coverage STORE.gpkg NEAR_M OUT.csv           assets inside each district and near misses
    bench_geopandas.py hotspots STORE.gpkg OUT.gpkg                 counts per municipality, Gi* and Moran (queen)
    bench_geopandas.py lq POINTS LAYER REFERENCE AREAS NAME CATEGORY OUT [WEIGHT]
                                                                    location quotients of areas (counts or sums)
    bench_geopandas.py dmtest UNITS.gpkg REFERENCE PERIMETER.csv OUT.csv
                                                                    DM 1993 indicators of each municipality
    (REFERENCE, AREAS: path|layer)

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

MEASURED_IN = "EPSG:7794"  # the plugin's CRS for Italy (RDN2008 / Italy zone): points on borders fall alike


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


def location_quotients(
    points_path: str, points_layer: str, reference: str, areas: str, area_name: str, category: str, out: str, weight=""
) -> dict:
    """LQs of the ``areas`` (``path|layer``) by ``category``, counts or sums of ``weight``; the benchmark every point
    in the ``reference`` municipalities (``path|layer``)."""
    municipalities = _layer(reference, ["pro_com_t"]).to_crs(MEASURED_IN)
    districts = _layer(areas, [area_name]).to_crs(MEASURED_IN)
    points = _points(points_path, points_layer)[[category, *([weight] if weight else []), "geometry"]]
    points = points.to_crs(MEASURED_IN)
    points = points[_one_municipality(points, municipalities).notna()]  # the benchmark: points in the reference
    joined = gpd.sjoin(points, districts, predicate="intersects")
    values = joined[weight] if weight else None
    counts = pd.crosstab(joined[area_name], joined[category], values=values, aggfunc="sum" if weight else None)
    counts = counts.fillna(0)
    n_area = counts.sum(axis=1)
    n_category = points.groupby(category)[weight].sum() if weight else points[category].value_counts()
    lq = counts.div(n_area, axis=0) / (n_category / n_category.sum())
    table = lq.stack().rename("lq").reset_index().rename(columns={area_name: "area", category: "category"})
    table.to_csv(out, index=False)
    return {"rows": len(table)}


def dmtest(units_path: str, reference: str, perimeter_csv: str, out: str) -> dict:
    """The DM 1993 indicators of each municipality against Italy (docs/methods.md), the ESSnet-Culture ATECO 2007
    perimeter: a unit is cultural when its code (digits only) starts with one of the perimeter's codes."""
    domains = ("heritage", "performing_arts", "cultural_industries", "creative_industries")
    municipalities = _layer(reference, ["pro_com_t", "population"]).to_crs(MEASURED_IN)
    units = _points(units_path, "local_units")[["ateco", "employees", "geometry"]].to_crs(MEASURED_IN)
    units["code"] = _one_municipality(units, municipalities)
    perimeter = pd.read_csv(perimeter_csv, sep=";", dtype=str)
    perimeter = perimeter[(perimeter["perimeter"] == "essnet") & (perimeter["ateco_version"] == "2007")]
    keys = perimeter["code"].str.replace(r"\D", "", regex=True)
    digits = units["ateco"].str.replace(r"\D", "", regex=True)
    units["domain"] = None
    for length in sorted(keys.str.len().unique(), reverse=True):  # the longest code wins
        of_length = dict(zip(keys[keys.str.len() == length], perimeter["domain"][keys.str.len() == length]))
        units["domain"] = units["domain"].fillna(digits.str[:length].map(of_length))
    units["cultural_employees"] = units["employees"].where(units["domain"].notna(), 0)
    units["cultural_units"] = units["domain"].notna().astype(float)
    units["small"] = units["employees"] < 200
    placed = units[units["code"].notna()]
    per_code = placed.groupby("code")[["employees", "cultural_employees", "cultural_units"]].sum()
    per_domain = placed.pivot_table("cultural_employees", "code", "domain", aggfunc="sum").reindex(columns=domains)
    small = placed[placed["small"]].pivot_table("cultural_employees", "code", "domain", aggfunc="sum")
    table = municipalities.set_index("pro_com_t")[["population"]].join(per_code).join(per_domain).fillna(0)
    small = small.reindex(index=table.index, columns=domains).fillna(0)
    national = {d: units.loc[units["domain"] == d, "employees"].sum() for d in domains}
    m_n, t_n, u_n = units["cultural_employees"].sum(), units["employees"].sum(), units["cultural_units"].sum()
    p_n = municipalities["population"].sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        table["i1_industrialisation"] = (table["cultural_employees"] / table["employees"]) / (m_n / t_n)
        table["i2_density"] = (table["cultural_units"] / table["population"].where(table["population"] > 0)) / (
            u_n / p_n
        )
        i3 = pd.DataFrame({d: (table[d] / table["cultural_employees"]) / (national[d] / m_n) for d in domains})
    best = i3.fillna(-np.inf).to_numpy().argmax(axis=1)
    rows = np.arange(len(table))
    table["i3_specialisation"] = i3.to_numpy()[rows, best]
    shares = table[list(domains)].to_numpy()[rows, best]
    with np.errstate(divide="ignore", invalid="ignore"):
        table["i4_share"] = shares / table["cultural_employees"].to_numpy()
        table["i5_small_firms"] = small.to_numpy()[rows, best] / shares
    indicators = ["i1_industrialisation", "i2_density", "i3_specialisation", "i4_share", "i5_small_firms"]
    passes = (table[indicators] > [1.3, 1.0, 1.3, 0.3, 0.5]).all(axis=1)
    table["district_test"] = passes
    table.reset_index().rename(columns={"pro_com_t": "code"}).to_csv(out, index=False)
    return {"passed": int(passes.sum())}


def _layer(path_and_layer: str, columns: list) -> gpd.GeoDataFrame:
    path, layer = path_and_layer.split("|")
    return gpd.read_file(path, layer=layer, columns=columns, engine="pyogrio")


STEPS = {"attach": attach, "coverage": coverage, "hotspots": hotspots, "lq": location_quotients, "dmtest": dmtest}

if __name__ == "__main__":
    summary = STEPS[sys.argv[1]](*sys.argv[2:])
    print(json.dumps(summary, default=lambda v: v.item() if isinstance(v, np.generic) else str(v)))
