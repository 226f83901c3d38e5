"""Is this GDAL's Arrow reading sound when several threads use GDAL? (services/ogr_bulk_read.py, _ARROW_UNSAFE)

Three threads, each one over and over: open a GeoPackage, read one of its tables, close it. Usage:

    python3 arrow_thread_stress.py STORE.gpkg MODE [SECONDS]

MODE: ``numpy`` (``GetArrowStreamAsNumPy``, as the plugin reads), ``locked`` (the same, one read at a time behind a
lock), ``cstream`` (the raw C stream, no NumPy), ``features`` (feature by feature). Exits 0 when every read went
through, else with a segmentation fault or 3 and the error. Measured 2026-12-05 on a store of the sample: GDAL 3.10.3
(Debian 13) fails within seconds in the three Arrow modes and passes ``features``; GDAL 3.6.2 and 3.13.3 pass all.
"""

import os
import sys
import threading
import time

from osgeo import gdal, ogr

gdal.UseExceptions()
PATH, MODE = sys.argv[1], sys.argv[2]
STOP = time.time() + float(sys.argv[3] if len(sys.argv) > 3 else 20)
LOCK = threading.Lock()


def consume(layer):
    if MODE == "features":
        for feature in layer:
            [feature.GetField(i) for i in range(feature.GetFieldCount())]
        return
    if MODE == "cstream":
        stream = layer.GetArrowStream(["INCLUDE_FID=YES"])
        while stream.GetNextRecordBatch() is not None:
            pass
        return
    for _batch in layer.GetArrowStreamAsNumPy(options=["INCLUDE_FID=YES"]):
        pass


def read(table, counts, k):
    try:
        while time.time() < STOP:
            ds = ogr.Open(PATH)
            if MODE == "locked":
                with LOCK:
                    consume(ds.GetLayerByName(table))
            else:
                consume(ds.GetLayerByName(table))
            ds = None
            counts[k] += 1
    except Exception as error:
        print(f"{gdal.__version__} {MODE}: {table}: {error}", flush=True)
        os._exit(3)


def main():
    ds = ogr.Open(PATH)
    names = [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())]
    tables = [t for t in ("districts", "heritage_assets", "municipalities") if t in names] or names[:3]
    ds = None
    counts = [0] * len(tables)
    threads = [threading.Thread(target=read, args=(t, counts, k)) for k, t in enumerate(tables)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(f"{gdal.__version__} {MODE}: reads {dict(zip(tables, counts))}")


if __name__ == "__main__":
    main()
