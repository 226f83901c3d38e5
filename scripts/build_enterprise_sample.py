"""Add the layer ``local_units_synthetic`` to ``resources/sample/sample_data.gpkg``: a SYNTHETIC register of local
units (ATECO code, employees) for the sample's municipalities, for trying the DM 1993 test and the location
quotients of cultural enterprises. No open point-level register of Italian local units exists; these points are
invented, seeded and reproducible, and must never be read as real firms.

How they are made (seed 1993): about one local unit per 400 residents of each municipality (Poisson), placed
uniformly inside it; 6 % of them are cultural (ATECO codes of the ESSnet-Culture perimeter), raised to 18 % within
8 km of the sample's heritage sites (Turin's museums and residences, the eight Val di Noto towns), so that cultural
activity concentrates plausibly where heritage is; employees drawn from a geometric distribution (mean 3.3, a few
larger units).
Run by ``make sample-data``; the output is committed.
"""

from pathlib import Path

import numpy as np
import shapely
from osgeo import ogr, osr

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "sample" / "sample_data.gpkg"
LAYER = "local_units_synthetic"
SITE_PREFIXES = ("VDN", "TO")  # source ids of the heritage sites cultural activity gathers around
RESIDENTS_PER_UNIT = 400
CULTURAL = [
    "91.02.00",
    "91.03.00",
    "91.01.00",
    "90.01.01",
    "90.02.01",
    "90.03.02",
    "90.04.00",
    "85.52.09",
    "58.11.00",
    "59.11.00",
    "47.61.00",
    "71.11.00",
    "74.20.19",
    "74.10.21",
    "32.12.10",
]
# the ESSnet-Culture domain of each cultural code (resources/perimeters/cultural_ateco.csv)
DOMAIN = dict(
    zip(
        CULTURAL, ["heritage"] * 3 + ["performing_arts"] * 5 + ["cultural_industries"] * 3 + ["creative_industries"] * 4
    )
)
CULTURAL_P = np.array([10, 8, 5, 8, 5, 9, 4, 6, 5, 6, 6, 12, 6, 4, 6], dtype=float)
OTHER = [
    "47.11.40",
    "56.10.11",
    "43.21.01",
    "25.62.00",
    "10.71.10",
    "62.01.00",
    "69.20.11",
    "86.21.00",
    "45.20.10",
    "01.13.10",
    "96.02.01",
    "41.20.00",
    "49.41.00",
    "55.10.00",
    "68.20.01",
]
OTHER_P = np.array([12, 11, 9, 5, 4, 5, 7, 5, 5, 8, 6, 6, 4, 3, 10], dtype=float)


def main():
    rng = np.random.default_rng(1993)
    ds = ogr.Open(str(SAMPLE), update=1)
    municipalities = ds.GetLayerByName("municipalities")
    heritage = ds.GetLayerByName("heritage_assets")
    # the UNESCO sites' assets only (VDN…, TO…), not the towns around the Val di Noto added as near misses
    sites = shapely.points(
        [
            (f.GetGeometryRef().GetX(), f.GetGeometryRef().GetY())
            for f in heritage
            if f.GetField("source_id").startswith(SITE_PREFIXES)
        ]
    )
    codes, geometries, population = [], [], []
    for feature in municipalities:
        codes.append(feature["pro_com_t"])
        geometries.append(shapely.from_wkb(bytes(feature.GetGeometryRef().ExportToIsoWkb())))
        population.append(feature["population"] or 0)
    # work in a metric CRS for distances: a local equirectangular scale is enough to place the points
    rows = []
    for code, geometry, people in zip(codes, geometries, population):
        count = rng.poisson(people / RESIDENTS_PER_UNIT)
        if count == 0:
            continue
        minx, miny, maxx, maxy = geometry.bounds
        shapely.prepare(geometry)
        placed = []
        while len(placed) < count:
            xs = rng.uniform(minx, maxx, size=count * 3)
            ys = rng.uniform(miny, maxy, size=count * 3)
            keep = shapely.contains_xy(geometry, xs, ys)
            placed.extend(zip(xs[keep], ys[keep]))
        placed = np.array(placed[:count])
        near = shapely.distance(shapely.points(placed)[:, None], sites[None, :]).min(axis=1) * 111_000 < 8000
        cultural = rng.random(count) < np.where(near, 0.18, 0.06)
        for (x, y), is_cultural in zip(placed, cultural):
            ateco = (
                rng.choice(CULTURAL, p=CULTURAL_P / CULTURAL_P.sum())
                if is_cultural
                else rng.choice(OTHER, p=OTHER_P / OTHER_P.sum())
            )
            employees = int(rng.geometric(0.3)) + (int(rng.integers(30, 400)) if rng.random() < 0.01 else 0)
            rows.append((code, str(ateco), DOMAIN.get(str(ateco), "other"), employees, x, y))
    if ds.GetLayerByName(LAYER) is not None:
        ds.DeleteLayer(LAYER)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    layer = ds.CreateLayer(LAYER, srs, ogr.wkbPoint, options=["FID=fid", "GEOMETRY_NAME=geom"])
    for name, kind in (
        ("unit_id", ogr.OFTString),
        ("pro_com_t", ogr.OFTString),
        ("ateco", ogr.OFTString),
        ("domain", ogr.OFTString),
        ("employees", ogr.OFTInteger),
        ("synthetic", ogr.OFTInteger),
    ):
        layer.CreateField(ogr.FieldDefn(name, kind))
    layer.StartTransaction()
    for i, (code, ateco, domain, employees, x, y) in enumerate(rows):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature["unit_id"] = f"SYN{i + 1:06d}"
        feature["pro_com_t"], feature["ateco"], feature["domain"] = code, ateco, domain
        feature["employees"], feature["synthetic"] = employees, 1
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(float(round(x, 6)), float(round(y, 6)))
        feature.SetGeometry(point)
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    ds.ExecuteSQL("VACUUM")
    ds = None
    print(f"{SAMPLE.relative_to(ROOT)}: {len(rows)} synthetic local units in layer {LAYER}")


if __name__ == "__main__":
    main()
