"""`make demo`: the main job on the bundled sample, headless, through `qgis_process`.

Creates a store for Sicily, builds the district "Tardo barocco del Val di Noto" from its 8 municipalities,
attaches the sample heritage layer, exports the district and writes a summary; prints the summary.
Every step is the plugin's Processing algorithm run by QGIS's own command-line runner, exactly as the
README shows. The environment (QGIS_PLUGINPATH, PYTHONPATH, QT_QPA_PLATFORM) is set by the Makefile.
"""

import argparse
import json
import os
import re
import shutil
from pathlib import Path

from qgis_process_runner import fresh_profile_env, run_algorithm

ROOT = Path(__file__).resolve().parent.parent
# The plugin QGIS loads (QGIS_PLUGINPATH, set by the Makefile) ships the sample data.
PLUGIN_PATH = Path(os.environ.get("QGIS_PLUGINPATH", ROOT / "build"))
SAMPLE = PLUGIN_PATH / "cultural_district_plugin" / "resources" / "sample" / "sample_data.gpkg"
DISTRICT_NAME = "Tardo barocco del Val di Noto"
VAL_DI_NOTO = ["087011", "087015", "087025", "088006", "088009", "088011", "089013", "089015"]
SAVOY_NAME = "Residenze Sabaude"
SAVOY = ["001272", "001292", "001219", "001164", "001156"]  # Turin, Venaria Reale, Rivoli, Nichelino, Moncalieri
PARTNERS = SAMPLE.parent


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="out", type=Path)
    parser.add_argument(
        "--store",
        default="",
        help="where the Val di Noto store lives: a PostgreSQL address such as "
        "postgresql://user@host/dbname?schema=val_di_noto (default: out/val_di_noto_store.gpkg); the Savoy store "
        "goes to the schema's name + _savoy, and the Val di Noto store is copied back into out/ at the end",
    )
    parser.add_argument(
        "--throwaway-postgis",
        action="store_true",
        help="run on a PostgreSQL/PostGIS server started for the run in a temporary folder and removed after it",
    )
    args = parser.parse_args()
    if args.throwaway_postgis:
        from postgres_cluster import ThrowawayCluster

        with ThrowawayCluster() as server:
            args.store = server.uri("val_di_noto")
            run_demo(args)
    else:
        run_demo(args)


def run_demo(args):
    out = args.out.resolve()
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    on_postgis = bool(args.store)
    store = args.store or out / "val_di_noto_store.gpkg"
    savoy_store = re.sub(r"schema=(\w+)", r"schema=\1_savoy", args.store) if on_postgis else None
    env, profile = fresh_profile_env()  # never touch the user's QGIS profile
    try:
        created = run_algorithm(
            "createstore", env, OUTPUT=store, REGION_CODES="19", MUNICIPALITIES=f"{SAMPLE}|layername=municipalities"
        )
        print(
            f"store {created['OUTPUT'] if on_postgis else store.name}: {created['CRS_AUTHID']}, "
            f"{int(created['MUNICIPALITIES_LOADED'])} municipalities, {int(created['REPAIRED'])} invalid boundaries "
            "repaired"
        )
        run_algorithm(
            "builddistrictfrommunicipalities",
            env,
            STORE=store,
            NAME=DISTRICT_NAME,
            CODES=",".join(VAL_DI_NOTO),
            DISTRICT_TYPE=4,
        )
        attached = run_algorithm(
            "attachheritage",
            env,
            STORE=store,
            INPUT=f"{SAMPLE}|layername=heritage_assets",
            SUMMARY=out / "district_summary.csv",
            OUTSIDE_AREA=1,
        )
        print(
            f"heritage: {int(attached['ADDED'])} Sicilian assets attached (the sample's Turin-area ones left out: "
            f"outside the store's area)"
        )
        run_algorithm(
            "exportdistrict",
            env,
            STORE=store,
            OUTPUT=out / "val_di_noto_district.gpkg",
            SUMMARY_FILE=out / "summary.json",
        )
        concentration = {
            "hot": run_algorithm("hotspots", env, STORE=store, OUTPUT=out / "hot_spots.gpkg"),
            "pattern": run_algorithm(
                "pointpattern", env, STORE=store, DISTRICT=DISTRICT_NAME, L_TABLE=out / "ripley_l.csv"
            ),
            "lq": run_algorithm(
                "locationquotients",
                env,
                STORE=store,
                POINTS=f"{SAMPLE}|layername=local_units_synthetic",
                CATEGORY_FIELD="domain",
                WEIGHT_FIELD="employees",
                OUTPUT=out / "location_quotients.csv",
                SPECIALISATION=out / "specialisation.csv",
            ),
        }
        coverage = run_algorithm(
            "coverage",
            env,
            STORE=store,
            NEAR_DISTANCE=2000,
            CATCHMENT_DISTANCE=1000,
            OUTPUT=out / "coverage.csv",
            NEAR_MISSES=out / "near_misses.gpkg",
            UNCOVERED=out / "beyond_catchment.gpkg",
        )
        sites = run_algorithm(
            "suggestsites", env, STORE=store, DISTRICT=DISTRICT_NAME, COUNT=3, OUTPUT=out / "suggested_sites.gpkg"
        )
        bodies = run_algorithm("importstakeholders", env, STORE=store, INPUT=PARTNERS / "stakeholders_val_di_noto.csv")
        print(f"stakeholders: {int(bodies['IMPORTED'])} Val di Noto bodies (municipalities, Region, Soprintendenze)")
        funding = savoy_funding(out, env, savoy_store)
        documents = official_documents(out, store, env)
        if on_postgis:  # the PostGIS store copied back into a GeoPackage, checked table by table
            copied = run_algorithm("copystore", env, INPUT=store, OUTPUT=out / "val_di_noto_store.gpkg")
            print(f"copied back: {int(copied['ROWS'])} rows in {int(copied['TABLES'])} tables, checksums equal")
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    for summary in json.loads((out / "summary.json").read_text(encoding="utf-8")):
        print(
            f"\n{summary['name']}\n"
            f"  members:     {summary['members']} municipalities\n"
            f"  area:        {summary['area_km2']:,.2f} km² ({summary['area_method']})\n"
            f"  parts:       {summary['parts']} (holes: {summary['holes']})\n"
            f"  population:  {summary['population']:,} (ISTAT 2023, Openpolis CC-BY 4.0)\n"
            f"  assets:      {summary['assets_inside']} heritage assets inside"
        )
    print_concentration(out, concentration)
    print_coverage(out, coverage, sites)
    print_funding(out, funding)
    print_documents(documents)
    print(f"\noutputs in {out}: " + ", ".join(sorted(p.name for p in out.iterdir())))


def print_concentration(out, results):
    """The district's concentration figures, read back from the algorithms' outputs."""
    import csv

    from osgeo import ogr

    pattern, hot = results["pattern"], results["hot"]
    print(
        f"\nConcentration — {DISTRICT_NAME}\n"
        f"  Clark–Evans R: {pattern['R']:.3f} (z {pattern['Z']:.2f}, p {pattern['P']:.2g}; {int(pattern['N'])} "
        f"assets; with a {pattern['GUARD_M']:,.0f} m guard zone R {pattern['R_GUARD']:.3f}) — clustered when R < 1\n"
        f"  Moran's I over Sicily's municipalities (assets per municipality, queen): {hot['MORAN_I']:.3f} "
        f"(z {hot['MORAN_Z']:.2f}, p {hot['MORAN_P']:.2g})"
    )
    ds = ogr.Open(str(out / "hot_spots.gpkg"))
    layer = ds.GetLayer(0)
    spots = sorted((f["name"], f["hotspot"], f["gi_star_z"]) for f in layer if f["pro_com_t"] in VAL_DI_NOTO)
    ds = None
    labels = {3: "hot 99 %", 2: "hot 95 %", 1: "hot 90 %", 0: "not significant"}
    print("  Gi* hot spots among its municipalities:")
    for name, level, z in spots:
        print(f"    {name:<30} {labels.get(level, level):<16} z {z:5.2f}")
    print("  Location quotients of cultural employment (synthetic local units, weighted by employees; vs Sicily):")
    with open(out / "location_quotients.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["area"] == DISTRICT_NAME:
                print(
                    f"    {row['category']:<22} LQ {float(row['lq']):5.2f}  95 % CI {float(row['ci_low']):.2f}–"
                    f"{float(row['ci_high']):.2f}{'  specialised' if row['specialised'] in ('1', 'true') else ''}"
                )


def official_documents(out, store, env):
    """The Val di Noto's dossier (PDF and its map as PNG), its layers and its RNDT record, into out/."""
    run_algorithm("runchecks", env, STORE=store, OUTPUT=out / "findings.gpkg")
    dossier = run_algorithm(
        "exportdossier",
        env,
        STORE=store,
        DISTRICT=DISTRICT_NAME,
        OUTPUT=out / "val_di_noto_dossier.pdf",
        LANGUAGE=1,
        MAP_IMAGE=out / "val_di_noto_map.png",
    )
    layers = run_algorithm(
        "exportlayers",
        env,
        STORE=store,
        DISTRICT=DISTRICT_NAME,
        FORMATS="gpkg,shp,geojson,csv,xlsx",
        OUTPUT_FOLDER=out / "layers",
    )
    metadata = run_algorithm(
        "exportmetadata",
        env,
        STORE=store,
        DISTRICT=DISTRICT_NAME,
        IPA_CODE="r_sicili",
        ORGANISATION="Regione Siciliana (esempio)",
        CONTACT_EMAIL="distretti@example.org",
        OUTPUT=out / "val_di_noto_rndt.xml",
    )
    return {"dossier": dossier, "layers": layers, "metadata": metadata}


def print_documents(documents):
    dossier, layers, metadata = documents["dossier"], documents["layers"], documents["metadata"]
    print(
        f"\nOfficial documents — {DISTRICT_NAME}\n"
        f"  dossier:  val_di_noto_dossier.pdf ({int(dossier['PAGES'])} pages, Italian), its map val_di_noto_map.png\n"
        f"  layers:   {int(layers['FILE_COUNT'])} files in layers/ ({layers['CRS_AUTHID']})\n"
        f"  metadata: val_di_noto_rndt.xml (RNDT, file identifier {metadata['FILE_IDENTIFIER']})"
    )


def savoy_funding(out, env, store=None):
    """The Savoy residences around Turin in a Piedmont store, their partners and the 2007 APQ addendum."""
    store = store or out / "residenze_sabaude_store.gpkg"
    run_algorithm(
        "createstore", env, OUTPUT=store, REGION_CODES="1", MUNICIPALITIES=f"{SAMPLE}|layername=municipalities"
    )
    run_algorithm("builddistrictfrommunicipalities", env, STORE=store, NAME=SAVOY_NAME, CODES=",".join(SAVOY))
    run_algorithm("attachheritage", env, STORE=store, INPUT=f"{SAMPLE}|layername=heritage_assets", OUTSIDE_AREA=1)
    partners = run_algorithm(
        "importstakeholders", env, STORE=store, INPUT=PARTNERS / "stakeholders_residenze_sabaude.csv"
    )
    commitments = run_algorithm(
        "importcommitments", env, STORE=store, INPUT=PARTNERS / "commitments_residenze_sabaude.csv"
    )
    run_algorithm(
        "fundingsummary", env, STORE=store, OUTPUT=out / "funding.csv", BY_SOURCE=out / "funding_by_source.csv"
    )
    run_algorithm("stakeholdernetwork", env, STORE=store, OUTPUT=out / "stakeholder_network.gpkg")
    return {"partners": partners, "commitments": commitments}


def print_funding(out, funding):
    """The Savoy residences' funding summary, read back from the algorithm's output."""
    import csv

    with open(out / "funding.csv", encoding="utf-8") as handle:
        row = next(r for r in csv.DictReader(handle) if r["district"] == SAVOY_NAME)
    partners, commitments = funding["partners"], funding["commitments"]
    print(
        f"\nFunding — {SAVOY_NAME} (APQ 2007 addendum; the split between the two banking foundations and among the "
        f"local authorities is illustrative)\n"
        f"  stakeholders: {int(partners['IMPORTED'])} imported ({int(partners['FLAGGED'])} flagged: type not in the "
        f"synonym table, kept as other), {int(row['stakeholders'])} committed\n"
        f"  committed:    {float(row['total_eur']):,.0f} € in {int(commitments['IMPORTED'])} commitments\n"
        f"  public:       {float(row['public_eur']):,.0f} € ({float(row['public_share']):.1%}): State "
        f"{float(row['eur_state_body']):,.0f}, Region {float(row['eur_region']):,.0f}, municipalities "
        f"{float(row['eur_municipality']):,.0f}\n"
        f"  private:      {float(row['private_eur']):,.0f} € "
        f"(banking foundations {float(row['eur_banking_foundation']):,.0f})\n"
        f"  per resident: {float(row['eur_per_resident']):,.2f} €; "
        f"per heritage asset: {float(row['eur_per_asset']):,.0f} €"
    )


def print_coverage(out, coverage, sites):
    """The district's coverage, read back from the algorithm's outputs."""
    import csv

    from osgeo import ogr

    with open(out / "coverage.csv", encoding="utf-8") as handle:
        row = next(r for r in csv.DictReader(handle) if r["district"] == DISTRICT_NAME)
    print(
        f"\nCoverage — {DISTRICT_NAME}\n"
        f"  heritage assets inside: {row['assets_inside']} of the store's {row['assets_total']} "
        f"({float(row['inside_share']):.0%}; the border counts as inside)\n"
        f"  near misses (outside, within 2 km of the boundary): {row['assets_near']}"
    )
    ds = ogr.Open(str(out / "near_misses.gpkg"))
    for feature in sorted(ds.GetLayer(0), key=lambda f: f["distance_m"]):
        print(f"    {feature['name']:<58} {feature['distance_m']:6,.0f} m")
    ds = None
    print(
        f"  area within 1 km of an asset inside: {float(row['catchment_share']):.1%}\n"
        f"  residents within 1 km of an asset inside: {float(row['residents_within']):,.0f} of "
        f"{float(row['residents']):,.0f} ({float(row['residents_share']):.1%}; municipal populations spread evenly "
        f"over their area)\n"
        f"  distance from residents to their nearest asset: mean {float(row['nearest_asset_mean_m']):,.0f} m, "
        f"median {float(row['nearest_asset_median_m']):,.0f} m, "
        f"90th percentile {float(row['nearest_asset_p90_m']):,.0f} m\n"
        f"  3 new visitor hubs (2 km reach, greedy): {sites['COVERED_GAIN']:.0f} of its {sites['DEMAND_TOTAL']:.0f} "
        f"assets within reach; no choice of 3 sites reaches more than {sites['OPTIMUM_BOUND']:.1f}"
    )


if __name__ == "__main__":
    main()
