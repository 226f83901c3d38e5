"""`make refs`: reference values for the tests, computed by independent implementations in their own
environment (``.refs-venv``: PySAL esda/libpysal from PyPI; R spatstat from Debian, by point_pattern.R).

Writes ``test/data/references/`` (committed): the shared inputs (Columbus polygons and values, a point pattern
in an irregular window, a category matrix) and the reference results with the versions that produced them.
``make test`` only reads them; nothing here is a runtime or test dependency of the plugin.
"""

import json
import platform
import sys
from pathlib import Path

import esda
import libpysal
import numpy as np
import scipy
import shapely
from libpysal.weights import KNN, DistanceBand, Queen, Rook
from scipy.stats import entropy

OUT = Path(__file__).resolve().parents[2] / "test" / "data" / "references"


def versions():
    return {
        "esda": esda.__version__,
        "libpysal": libpysal.__version__,
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "shapely": shapely.__version__,
        "python": platform.python_version(),
    }


def neighbour_lists(w):
    return [sorted(int(j) for j in w.neighbors[i]) for i in w.id_order]


def columbus():
    """Columbus (Anselin 1988, shipped with libpysal): 49 polygons, CRIME and HOVAL."""
    shp = libpysal.io.open(libpysal.examples.get_path("columbus.shp"))
    dbf = libpysal.io.open(libpysal.examples.get_path("columbus.dbf"))
    polygons = [[list(map(list, ring)) for ring in polygon.parts] for polygon in shp.read()]
    crime = np.array(dbf.by_col["CRIME"], dtype=float)
    hoval = np.array(dbf.by_col["HOVAL"], dtype=float)
    features = [
        {
            "type": "Feature",
            "properties": {"POLYID": i + 1, "CRIME": float(crime[i]), "HOVAL": float(hoval[i])},
            "geometry": {"type": "Polygon", "coordinates": polygons[i]},
        }
        for i in range(len(polygons))
    ]
    (OUT / "columbus.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    path = libpysal.examples.get_path("columbus.shp")
    queen, rook = Queen.from_shapefile(path), Rook.from_shapefile(path)
    centroids = np.array([shapely.centroid(shapely.Polygon(p[0], p[1:])).coords[0] for p in polygons])
    band = DistanceBand(centroids, threshold=1.5, binary=True, silence_warnings=True)
    knn = KNN(centroids, k=4)
    result = {"versions": versions(), "values": "CRIME", "weights": {}}
    for name, w in (("queen", queen), ("rook", rook), ("distance_band_1.5", band), ("knn_4", knn)):
        g = esda.G_Local(crime, w, transform="B", star=True, permutations=0)
        w.transform = "r"
        moran = esda.Moran(crime, w, permutations=0)
        local = esda.Moran_Local(crime, w, transformation="r", permutations=0)
        n = len(crime)
        sokal = local.Is * n / (n - 1)  # esda's EIc/VIc are the moments of z_i Σ w z / m2
        result["weights"][name] = {
            "neighbours": neighbour_lists(w),
            "islands": [int(i) for i in w.islands],
            "gi_star": g.Gs.tolist(),
            "gi_star_z": g.Zs.tolist(),
            "moran_i": float(moran.I),
            "moran_ei": float(moran.EI),
            "moran_vi_norm": float(moran.VI_norm),
            "moran_z_norm": float(moran.z_norm),
            "moran_p_norm_two_sided": float(moran.p_norm),
            "local_i": local.Is.tolist(),
            "local_z_conditional": ((sokal - local.EIc) / np.sqrt(local.VIc)).tolist(),
            "quadrant": local.q.tolist(),
        }
    (OUT / "columbus_autocorrelation.json").write_text(json.dumps(result, indent=1))


def point_pattern():
    """A clustered pattern in an irregular (L-shaped, notched) window, in metres, for spatstat."""
    rng = np.random.default_rng(20261125)
    window = shapely.Polygon(
        [
            (0, 0),
            (20000, 0),
            (20000, 6000),
            (9000, 6000),
            (9000, 9000),
            (14000, 9000),
            (14000, 16000),
            (3000, 16000),
            (3000, 9000),
            (0, 9000),
        ]
    )
    parents = [(4000, 3000), (16000, 2500), (8000, 13000)]
    points = []
    while len(points) < 90:
        cx, cy = parents[len(points) % 3]
        x, y = rng.normal(cx, 900), rng.normal(cy, 900)
        if window.contains(shapely.Point(x, y)):
            points.append((x, y))
    minx, miny, maxx, maxy = window.bounds
    while len(points) < 140:
        x, y = rng.uniform(minx, maxx), rng.uniform(miny, maxy)
        if window.contains(shapely.Point(x, y)):
            points.append((x, y))
    guard = 1000.0
    data = {
        "window": list(map(list, window.exterior.coords[:-1])),
        "points": [list(p) for p in points],
        "guard": guard,
        "distances": [500, 1000, 1500, 2000, 3000, 4000],
    }
    (OUT / "point_pattern_input.json").write_text(json.dumps(data, indent=1))
    with open(OUT / "point_pattern_window.csv", "w") as handle:
        handle.write("x,y\n" + "".join(f"{x!r},{y!r}\n" for x, y in data["window"]))
    with open(OUT / "point_pattern_points.csv", "w") as handle:
        handle.write("x,y\n" + "".join(f"{x!r},{y!r}\n" for x, y in data["points"]))


def econgeo_lq(mat):
    """EconGeo's location.quotient (R/location.quotient.r), transcribed: shares of the region over shares of the
    total."""
    share_city = mat / mat.sum(axis=1, keepdims=True)
    share_total = mat.sum(axis=0) / mat.sum()
    return share_city / share_total


def location_quotients():
    """A regions × categories matrix; EconGeo's definitions transcribed from its R sources; a multinomial
    simulation of ln LQ's variance for the delta-method interval of a region nested in the total."""
    mat = np.array(
        [[120, 40, 15, 0, 25], [30, 80, 5, 12, 3], [300, 210, 90, 40, 60], [5, 2, 30, 1, 0], [60, 60, 60, 60, 60]],
        dtype=float,
    )
    lq = econgeo_lq(mat)
    shares = mat / mat.sum(axis=1, keepdims=True)
    total_shares = mat.sum(axis=0) / mat.sum()
    krugman = np.abs(shares - total_shares).sum(axis=1)  # R/Krugman.index.r
    herfindahl = (mat**2).sum(axis=1) / mat.sum(axis=1) ** 2  # R/Herfindahl.r
    hachman = 1.0 / (lq * shares).sum(axis=1)  # R/Hachman.r
    shannon = np.array([entropy(row) for row in shares])  # natural log
    # simulation: region 0 nested in the total; the rest of the total drawn independently
    rng = np.random.default_rng(7)
    region, rest = mat[0], mat.sum(axis=0) - mat[0]
    draws = 200000
    area = rng.multinomial(int(region.sum()), region / region.sum(), size=draws)
    other = rng.multinomial(int(rest.sum()), rest / rest.sum(), size=draws)
    with np.errstate(divide="ignore"):
        ln_lq = np.log((area / region.sum()) / ((area + other) / mat.sum()))
    simulated = [float(np.var(ln_lq[:, j][np.isfinite(ln_lq[:, j])])) for j in range(mat.shape[1])]
    result = {
        "versions": versions(),
        "matrix": mat.tolist(),
        "lq": lq.tolist(),
        "krugman": krugman.tolist(),
        "hoover": (krugman / 2).tolist(),
        "herfindahl": herfindahl.tolist(),
        "hachman": hachman.tolist(),
        "shannon": shannon.tolist(),
        "simulated_var_ln_lq_region0": simulated,
        "draws": draws,
    }
    (OUT / "location_quotients.json").write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    columbus()
    point_pattern()
    location_quotients()
    print(f"references written to {OUT} ({sys.executable})")
