"""Read an OGR layer in bulk: columns as numpy arrays through OGR's Arrow stream (GDAL ≥ 3.6), geometries as one
WKB array for shapely — no Python object per feature. A per-feature path remains for older GDAL and drivers without
the stream; :data:`READS` counts which path each read took, so a test can tell when a bulk read fell back.
"""

from __future__ import annotations

import threading
from collections import Counter

import numpy as np
import pandas as pd
import shapely
from osgeo import gdal, ogr

from .. import log

# "arrow" / "per_feature" (/ "arrow_failed"): reads by path; "point_batches": batches of points made straight from
# their coordinates (a regression guard watches both)
READS: Counter = Counter()
BATCH_FEATURES = 100_000
# One bulk read at a time (GDAL 3.10's failures below were first put down to two threads reading at once).
_BULK_READ = threading.Lock()
# GDAL 3.8 to 3.11's Arrow streams break when several threads use GDAL, even one after the other: with three Python
# threads each opening a GeoPackage, reading a table through its Arrow stream and closing it, GDAL 3.10.3 crashes
# or hands over corrupt batches within seconds — with a lock around every read, with GDAL's prefetching off
# (OGR_GPKG_NUM_THREADS=1), with all reads on one thread, and reading the raw C stream without NumPy — while
# reading feature by feature is sound (scripts/arrow_thread_stress.py). GDAL 3.6.2 and 3.13.3 pass the same test.
# Seen here as batches whose columns differ in length, "returned a result with an exception set" and segmentation
# faults in the conversion, under QGIS 3.40 only. Related: OSGeo/gdal#12934 (fixed by #12935, August 2025). There,
# layers are read feature by feature: slower, never wrong.
_ARROW_UNSAFE = (3080000, 3120000)  # GDAL versions [from, to) as gdal.VersionInfo() numbers


def arrow_safe() -> bool:
    """Whether this GDAL's Arrow streams may be used (:data:`_ARROW_UNSAFE`)."""
    return not _ARROW_UNSAFE[0] <= int(gdal.VersionInfo()) < _ARROW_UNSAFE[1]


def _column(values, name: str) -> np.ndarray:
    """A numpy column with nulls as NaN (numbers) or None (text); text decoded from UTF-8. Always a new array:
    the batch's own memory may be reused by the driver for the next batch."""
    mask = np.ma.getmaskarray(values) if isinstance(values, np.ma.MaskedArray) else None
    data = values.data if isinstance(values, np.ma.MaskedArray) else np.asarray(values)
    if data.dtype.kind in "iub":
        if mask is not None and mask.any():
            out = data.astype(float)
            out[mask] = np.nan
            return out
        return data.astype(np.int64) if data.dtype.kind != "b" else data.copy()
    if data.dtype.kind == "f":
        out = data.astype(float)  # a copy
        if mask is not None and mask.any():
            out[mask] = np.nan
        return out
    if data.dtype.kind in "SO":
        out = _decoded(data.tolist())
        if mask is not None and mask.any():
            out[mask] = None
        return out
    return np.array(data, dtype=object)


def _decoded(items: list) -> np.ndarray:
    """UTF-8 ``items`` (bytes; other values kept) as an object array of text. A column of bytes is joined, decoded
    and split in three C calls, not value by value (unless a value holds the NUL separator). Bytes that are not
    UTF-8 (a Latin-1 CSV the layer declares UTF-8) become U+FFFD, as QGIS shows them."""
    try:
        joined = b"\x00".join(items)
    except TypeError:  # a value that is not bytes (None, already text)
        joined = None
    if joined is not None:
        parts = joined.decode("utf-8", errors="replace").split("\x00")
        if len(parts) == len(items):
            return np.array(parts, dtype=object)
    return np.array([v.decode("utf-8", errors="replace") if isinstance(v, bytes) else v for v in items], dtype=object)


def _binary(values) -> np.ndarray:
    """WKB blobs as an object array, None where null (never decoded as text)."""
    mask = np.ma.getmaskarray(values) if isinstance(values, np.ma.MaskedArray) else None
    data = values.data if isinstance(values, np.ma.MaskedArray) else values
    out = np.empty(len(data), dtype=object)
    out[:] = [bytes(v) if v is not None else None for v in data]  # OGR hands binaries as bytes or numpy.void
    if mask is not None and mask.any():
        out[mask] = None
    return out


POINT_WKB = np.dtype([("order", "u1"), ("type", "<u4"), ("x", "<f8"), ("y", "<f8")])  # 2D point, little-endian


def _points(values) -> np.ndarray | None:
    """Shapely points made from the coordinates of a batch of 2D point WKB read as numbers (no WKB parsing, no
    bytes object per feature); None when the batch holds anything else (nulls, empty points, other geometries,
    big-endian WKB), which then takes the WKB path."""
    if isinstance(values, np.ma.MaskedArray):
        if np.ma.getmaskarray(values).any():
            return None
        values = values.data
    data = np.asarray(values)
    if data.dtype.kind != "V" or data.dtype.itemsize != POINT_WKB.itemsize or data.ndim != 1:
        return None
    points = points_of_records(np.ascontiguousarray(data).view(POINT_WKB))
    if points is not None:
        READS["point_batches"] += 1
    return points


def points_of_records(wkb: np.ndarray) -> np.ndarray | None:
    """Shapely points of an array of :data:`POINT_WKB` records; None unless every record is a little-endian 2D
    point that is not empty."""
    if not ((wkb["order"] == 1).all() and (wkb["type"] == 1).all()):
        return None
    xy = np.column_stack([wkb["x"], wkb["y"]])
    if np.isnan(xy).any():  # POINT EMPTY
        return None
    return shapely.points(xy)


def frame_of(columns: dict, names: list[str], fids: np.ndarray) -> pd.DataFrame:
    """The table a bulk read returns: ``fid`` then the columns ``names`` (arrays of the same length)."""
    # not copied into one block per type: stacking a million-row text column with the others held Python's lock
    # for a quarter of a second (the arrays are ours already)
    frame = pd.DataFrame({name: columns[name] for name in names}, copy=False)
    frame.insert(0, "fid", fids.astype(np.int64))
    return frame


def _on_gui_thread() -> bool:
    """Whether this is the application's main thread (QGIS runs its GUI and Python's main thread there)."""
    return threading.current_thread() is threading.main_thread()


def read_ogr_layer(layer: ogr.Layer, names: list[str], geometry: bool = True) -> tuple[pd.DataFrame, np.ndarray]:
    """``(fid + the fields ``names``, shapely geometries)`` of every feature of ``layer`` (that its attribute
    filter keeps); with ``geometry=False`` the geometries are not read at all (all None)."""
    has_geometry = geometry and layer.GetGeomType() != ogr.wkbNone
    # The GUI thread never waits for a task's bulk read (a million assets: over a second of a frozen panel): it
    # reads its small tables feature by feature meanwhile.
    bulk = hasattr(layer, "GetArrowStreamAsNumPy") and arrow_safe()
    if bulk and _BULK_READ.acquire(blocking=not _on_gui_thread()):
        try:
            result = _read_arrow(layer, names, has_geometry)
        except (SystemError, RuntimeError, ValueError) as error:
            # Seen with GDAL 3.10 inside QGIS 3.40, now and then (a dock task reading while the main thread
            # reads): "<built-in function _RecordBatchAsNumpy> returned a result with an exception set" or a batch
            # whose columns differ in length. The same read feature by feature is always right: slower, never wrong.
            log.warning(f"bulk read of {layer.GetName()!r} failed ({error}); read feature by feature instead")
            READS["arrow_failed"] += 1
            result = None
        finally:
            _BULK_READ.release()
        if result is not None:
            READS["arrow"] += 1
            return result
        layer.ResetReading()
    READS["per_feature"] += 1
    return _per_feature(layer, names, has_geometry)


def _arrow_stream(layer):
    """OGR's Arrow stream of ``layer`` as NumPy batches, fids included. (Tests replace this function, never the
    method of GDAL's ``ogr.Layer`` class: replacing a method of that class and putting it back crashed Python
    3.11.2 later, at random, in a lookup of the method.)"""
    return layer.GetArrowStreamAsNumPy(options=["INCLUDE_FID=YES", f"MAX_FEATURES_IN_BATCH={BATCH_FEATURES}"])


def _read_arrow(layer, names, has_geometry):
    """The bulk read, or None when the layer offers no stream. Each batch is copied into our own arrays before
    the next one is fetched (the driver may reuse a batch's memory) and checked: every column as long as the fids."""
    definition = layer.GetLayerDefn()
    all_fields = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    fid_name = layer.GetFIDColumn() or "OGC_FID"
    geometry_name = layer.GetGeometryColumn() or "wkb_geometry"
    ignored = [f for f in all_fields if f not in names]
    layer.SetIgnoredFields(ignored if has_geometry else [*ignored, "OGR_GEOMETRY"])
    try:
        stream = _arrow_stream(layer)
        if stream is None:
            return None
        parts = []
        for batch in stream:
            fids = np.array(batch[fid_name], dtype=np.int64)  # a copy
            columns = {n: _column(batch[n], n) for n in names}
            geometries = None
            if has_geometry:
                # geometries made batch by batch: making a million Python objects in one call would hold Python's
                # lock for most of a second, and the GUI thread waits for it (the panel reads in a task)
                geometries = _points(batch[geometry_name])
                if geometries is None:
                    geometries = shapely.from_wkb(_binary(batch[geometry_name]))
            lengths = {len(fids), *(len(c) for c in columns.values())} | ({len(geometries)} if has_geometry else set())
            if len(lengths) != 1:
                raise ValueError(f"a batch's columns differ in length: {sorted(lengths)}")
            parts.append((fids, columns, geometries))
    finally:
        layer.SetIgnoredFields([])
    if not parts:
        empty = {n: np.empty(0, dtype=object) for n in names}
        return frame_of(empty, names, np.empty(0, dtype=np.int64)), np.empty(0, dtype=object)
    fids = np.concatenate([p[0] for p in parts])
    columns = {n: np.concatenate([p[1][n] for p in parts]) for n in names}
    if has_geometry:
        geometries = np.concatenate([p[2] for p in parts])
    else:
        geometries = np.full(len(fids), None, dtype=object)
    return frame_of(columns, names, fids), geometries


def _per_feature(layer, names, has_geometry):
    definition = layer.GetLayerDefn()
    indexes = [definition.GetFieldIndex(n) for n in names]
    fids, rows, wkbs = [], [], []
    for feature in layer:
        fids.append(feature.GetFID())
        rows.append([feature.GetField(i) if feature.IsFieldSetAndNotNull(i) else None for i in indexes])
        geometry = feature.GetGeometryRef() if has_geometry else None
        wkbs.append(bytes(geometry.ExportToIsoWkb()) if geometry is not None else None)
    frame = pd.DataFrame(rows, columns=names)
    frame.insert(0, "fid", np.asarray(fids, dtype=np.int64))
    return frame, shapely.from_wkb(wkbs) if wkbs else np.empty(0, dtype=object)
