"""`make bench` (after bench_national.py): the national store on PostGIS (#17). A throwaway PostgreSQL/PostGIS
server is started in a temporary folder; the national store of bench_national.py (7,899 municipalities, 107
districts, 1,000,000 heritage assets) is copied into it with ``copystore`` and back into a GeoPackage, each in a
fresh ``qgis_process`` (median of RUNS, start-up included), next to the same copy GeoPackage → GeoPackage and to
OGR's own ``ogr2ogr`` of the assets table into PostGIS; then an analysis (hot spots) runs on the PostGIS store and
on the GeoPackage. Writes docs/benchmarks_postgis.md and .json."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess  # nosec B404 - runs ogr2ogr with an argument list
import time
from datetime import date
from pathlib import Path

from postgres_cluster import ThrowawayCluster
from qgis_process_runner import fresh_profile_env, run_algorithm

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "build" / "bench" / "work"
RUNS = int(os.environ.get("RUNS", "3"))
SIZE = int(os.environ.get("BENCH_POSTGIS_SIZE", "1000000"))


def main():
    store = WORK / f"attach_{SIZE}.gpkg"
    if not store.exists():
        raise SystemExit(f"{store} is missing: run scripts/bench_national.py first (make bench does)")
    env, profile = fresh_profile_env()
    rows = []
    try:
        with ThrowawayCluster() as server:
            counter = iter(range(10_000))

            def timed(algorithm, make_parameters, cleanup=None):
                times, peaks, results = [], [], None
                for _ in range(RUNS):
                    parameters = make_parameters(next(counter))
                    results, seconds, rss = run_algorithm(algorithm, env, timed=True, **parameters)
                    times.append(seconds)
                    peaks.append(rss)
                    if cleanup:
                        cleanup(parameters)
                return statistics.median(times), statistics.median(peaks), results

            def remove_file(parameters):
                Path(parameters["OUTPUT"]).unlink(missing_ok=True)

            def drop_schema(parameters):
                schema = parameters["OUTPUT"].rsplit("=", 1)[1]
                server.sql(f"DROP SCHEMA {schema} CASCADE; DELETE FROM layer_styles WHERE f_table_schema = '{schema}'")  # noqa: S608

            to_postgis = timed(
                "copystore", lambda i: {"INPUT": store, "OUTPUT": server.uri(f"national_{i}")}, drop_schema
            )
            rows.append(("copystore GeoPackage → PostGIS", to_postgis))
            kept = server.uri("national")
            run_algorithm("copystore", env, INPUT=store, OUTPUT=kept)
            back = timed("copystore", lambda i: {"INPUT": kept, "OUTPUT": WORK / f"back_{i}.gpkg"}, remove_file)
            rows.append(("copystore PostGIS → GeoPackage", back))
            same = timed("copystore", lambda i: {"INPUT": store, "OUTPUT": WORK / f"copy_{i}.gpkg"}, remove_file)
            rows.append(("copystore GeoPackage → GeoPackage", same))
            ogr_times = []
            for i in range(RUNS):
                start = time.perf_counter()
                subprocess.run(  # nosec B603 B607
                    [
                        "ogr2ogr", "-f", "PostgreSQL", f"PG:host=127.0.0.1 port={server.port} user=postgres "
                        "dbname=districts", str(store), "heritage_assets", "-nln", f"ogr_assets_{i}",
                        "-lco", "SPATIAL_INDEX=GIST", "--config", "PG_USE_COPY", "YES",
                    ],
                    check=True,
                )  # fmt: skip
                ogr_times.append(time.perf_counter() - start)
            rows.append(
                (
                    "ogr2ogr of the assets table alone into PostGIS (no check)",
                    (statistics.median(ogr_times), None, None),
                )
            )
            hot_postgis = timed("hotspots", lambda i: {"STORE": kept, "OUTPUT": WORK / f"hot_pg_{i}.gpkg"}, remove_file)
            rows.append(("hotspots on the PostGIS store", hot_postgis))
            hot_gpkg = timed("hotspots", lambda i: {"STORE": store, "OUTPUT": WORK / f"hot_gp_{i}.gpkg"}, remove_file)
            rows.append(("hotspots on the GeoPackage store", hot_gpkg))
            counts = {
                table: int(server.sql(f"SELECT count(*) FROM national.{table}").strip())  # noqa: S608
                for table in ("municipalities", "districts", "heritage_assets")
            }
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    write_reports(rows, counts)


def write_reports(rows, counts):
    data = {
        "date": date.today().isoformat(),
        "runs": RUNS,
        "rows_in_store": counts,
        "steps": [{"step": s, "seconds": round(r[0], 2), "peak_mb": r[1] and round(r[1])} for s, r in rows],
    }
    (ROOT / "docs" / "benchmarks_postgis.json").write_text(json.dumps(data, indent=2), encoding="utf-8")
    lines = [
        "# The national store on PostGIS",
        "",
        "Written by `make bench` (`scripts/bench_postgis.py`); do not edit. The store of `docs/benchmarks.md` "
        f"({counts['municipalities']:,} municipalities, {counts['districts']} districts, "
        f"{counts['heritage_assets']:,} heritage assets) on a throwaway local PostgreSQL/PostGIS server; each "
        f"figure the median of {RUNS} fresh `qgis_process` runs (start-up included) with the peak memory. A copy "
        "includes creating the target, writing every table and reading both sides back to compare row counts and "
        f"checksums. {data['date']}.",
        "",
        "| Step | Seconds | Peak MB |",
        "|---|---|---|",
        *(f"| {s['step']} | {s['seconds']} | {s['peak_mb'] or '—'} |" for s in data["steps"]),
        "",
    ]
    (ROOT / "docs" / "benchmarks_postgis.md").write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
