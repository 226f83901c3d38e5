"""Writing a GeoPackage through SQLite itself (docs/architecture.md, The store): geometry blobs as the standard
encodes them, the SQL functions the R-tree triggers call, and a bulk insert that fills the R-tree in one statement.

GDAL writes one feature at a time from Python (a call per field); a store write of a million assets spent most of
its time there. Here rows go to SQLite in ``executemany`` batches inside the caller's transaction.
"""

from __future__ import annotations

import contextlib
import sqlite3
import struct

import numpy as np
import shapely

from ..core.multi_geometries import promoted
from .cancellation import raise_if_cancelled
from .ogr_bulk_read import POINT_WKB
from .rtree_bulk_load import outward_float32, write_rtree

HEADER = struct.Struct("<2sBBi")  # magic, version, flags, srs_id
ENVELOPE = struct.Struct("<4d")  # minx, maxx, miny, maxy
LITTLE_ENDIAN, ENVELOPE_XY, EMPTY, EXTENDED = 0b1, 0b10, 0b10000, 0b100000  # flag bits
ENVELOPE_SIZES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}
BULK_RTREE_ROWS = 1000  # inserts of at least this many geometries fill the R-tree in one statement
CHUNK_ROWS = 10_000  # rows per executemany (a cancel is noticed between chunks)


def geometry_blobs(
    geometries, srs_id: int, geometry_type: str | None = None, bounds: np.ndarray | None = None
) -> list[bytes | None]:
    """GeoPackage binary geometries (little-endian, 2D; an envelope for all but points; the empty flag), None for
    a missing geometry. Single parts are promoted when ``geometry_type`` is a MULTI type (as the column says).
    ``bounds``: the geometries' ``shapely.bounds`` when the caller has them already."""
    geometries = np.asarray(geometries, dtype=object)
    bounds = shapely.bounds(geometries) if bounds is None else bounds
    blobs: list[bytes | None] = [None] * len(geometries)
    present = np.flatnonzero(~shapely.is_missing(geometries))
    if not len(present):
        return blobs
    shapes = promoted(geometries[present], geometry_type)
    points = _point_blobs(shapes, srs_id)
    if points is not None:
        for position, blob in zip(present.tolist(), points):
            blobs[position] = blob
        return blobs
    wkbs = shapely.to_wkb(shapes, output_dimension=2, byte_order=1)
    empty = shapely.is_empty(shapes)
    points = shapely.get_type_id(shapes) == 0
    point_header = HEADER.pack(b"GP", 0, LITTLE_ENDIAN, srs_id)
    empty_header = HEADER.pack(b"GP", 0, LITTLE_ENDIAN | EMPTY, srs_id)
    boxed_header = HEADER.pack(b"GP", 0, LITTLE_ENDIAN | ENVELOPE_XY, srs_id)
    for position, wkb, is_empty, is_point, box in zip(present.tolist(), wkbs, empty, points, bounds[present]):
        if is_empty:
            blobs[position] = empty_header + wkb
        elif is_point:
            blobs[position] = point_header + wkb
        else:
            blobs[position] = boxed_header + ENVELOPE.pack(box[0], box[2], box[1], box[3]) + wkb
    return blobs


POINT_BLOB = np.dtype(
    [("header", [("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srs_id", "<i4")]), ("wkb", POINT_WKB)]
)  # a 2D point's blob, packed: the header without envelope, then the point's WKB


def _point_blobs(shapes: np.ndarray, srs_id: int) -> list[bytes] | None:
    """The blobs of ``shapes`` made from their coordinates as numbers, when all are points that are not empty
    (the same bytes as the general path gives them); None otherwise."""
    if not len(shapes) or not (shapely.get_type_id(shapes) == 0).all() or shapely.is_empty(shapes).any():
        return None
    records = np.empty(len(shapes), dtype=POINT_BLOB)
    header, wkb = records["header"], records["wkb"]
    header["magic"], header["version"], header["flags"], header["srs_id"] = b"GP", 0, LITTLE_ENDIAN, srs_id
    wkb["order"], wkb["type"] = 1, 1
    xy = shapely.get_coordinates(shapes)
    wkb["x"], wkb["y"] = xy[:, 0], xy[:, 1]
    raw = records.tobytes()
    size = POINT_BLOB.itemsize
    return [raw[start : start + size] for start in range(0, len(raw), size)]


def _blob_envelope(blob) -> tuple[float, float, float, float] | None:
    """``(minx, maxx, miny, maxy)`` of a GeoPackage geometry blob; None when missing or empty."""
    if blob is None or len(blob) < HEADER.size:
        return None
    flags = blob[3]
    if flags & EMPTY:
        return None
    kind = (flags >> 1) & 0b111
    if kind:
        return ENVELOPE.unpack_from(blob, HEADER.size)
    minx, miny, maxx, maxy = shapely.from_wkb(bytes(blob[HEADER.size + ENVELOPE_SIZES.get(kind, 0) :])).bounds
    return minx, maxx, miny, maxy


def wkb_of_blob(blob) -> bytes | None:
    """The WKB inside a GeoPackage geometry blob (its header and envelope left out); None for a missing one or
    one that is not a standard GeoPackage geometry (:func:`wkb_offset`)."""
    start = wkb_offset(blob)
    return None if start is None else bytes(blob[start:])


def wkb_offset(blob) -> int | None:
    """Where the WKB of a GeoPackage geometry blob starts; None for a missing blob, one shorter than its header,
    without the GP magic, in an extension's encoding or with an undefined envelope code."""
    if blob is None or len(blob) < HEADER.size or blob[:2] != b"GP" or blob[3] & EXTENDED:
        return None
    envelope = ENVELOPE_SIZES.get((blob[3] >> 1) & 0b111)
    return None if envelope is None else HEADER.size + envelope


def _is_empty(blob):
    if blob is None:
        return None
    return int(bool(blob[3] & EMPTY)) if len(blob) >= HEADER.size else 1


def _envelope_part(position):
    def part(blob):
        envelope = _blob_envelope(blob)
        return None if envelope is None else envelope[position]

    return part


def read_only(path) -> sqlite3.Connection:
    """A read-only SQLite connection to the GeoPackage ``path`` (any characters in its name)."""
    from pathlib import Path

    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)


def register_functions(connection: sqlite3.Connection) -> None:
    """The GeoPackage functions the R-tree triggers call (GDAL registers them in its own connections)."""
    connection.create_function("ST_IsEmpty", 1, _is_empty, deterministic=True)
    for position, name in enumerate(("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY")):
        connection.create_function(name, 1, _envelope_part(position), deterministic=True)


def next_fid(connection: sqlite3.Connection, table: str) -> int:
    """The first fid an insert into ``table`` (AUTOINCREMENT) would take."""
    sequence = connection.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)).fetchone()
    largest = connection.execute(f'SELECT max(fid) FROM "{table}"').fetchone()[0]  # noqa: S608  # nosec B608
    return max(sequence[0] if sequence else 0, largest or 0) + 1


def insert_rows(
    connection: sqlite3.Connection,
    table: str,
    columns: list[str],
    values: list[list],
    geometry_column: str | None = None,
    envelopes: np.ndarray | None = None,
) -> None:
    """INSERT the rows of ``values`` (one list per column of ``columns``, fids first) into ``table``, in chunks
    (row tuples are made a chunk at a time, never for the whole table at once).

    With ``geometry_column`` and at least :data:`BULK_RTREE_ROWS` rows, the R-tree is filled from ``envelopes``
    (minx, miny, maxx, maxy per row, NaN for no geometry) at once (:func:`rtree_filled_at_once`).
    """
    names = ", ".join(f'"{c}"' for c in columns)
    insert = f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})'  # noqa: S608  # nosec B608
    count = len(values[0]) if values else 0
    bulk = geometry_column is not None and envelopes is not None and count >= BULK_RTREE_ROWS
    with rtree_filled_at_once(connection, table, geometry_column if bulk else None) as index:
        for start in range(0, count, CHUNK_ROWS):
            raise_if_cancelled()
            connection.executemany(insert, zip(*(column[start : start + CHUNK_ROWS] for column in values)))
        if bulk:
            index(np.asarray(values[0], dtype=np.int64), envelopes)


@contextlib.contextmanager
def rtree_filled_at_once(connection: sqlite3.Connection, table: str, geometry_column: str | None):
    """Within it, the R-tree insert trigger of ``table`` is set aside (none with ``geometry_column`` None); it
    yields ``index(fids, envelopes)``, which adds the rows' envelopes to the R-tree at once. The trigger is put
    back before the caller's transaction ends, so the schema never changes."""
    saved = None
    rtree = f"rtree_{table}_{geometry_column}"
    if geometry_column is not None:
        trigger_name = f"{rtree}_insert"
        found = connection.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (trigger_name,)
        ).fetchone()
        if found:
            saved = found[0]
            connection.execute(f'DROP TRIGGER "{trigger_name}"')

    def index(fids: np.ndarray, envelopes: np.ndarray) -> None:
        if saved:
            _index_envelopes(connection, rtree, fids, envelopes)

    yield index
    if saved:
        connection.execute(saved)


def _index_envelopes(connection: sqlite3.Connection, rtree: str, fids: np.ndarray, envelopes: np.ndarray) -> None:
    """Add the rows' envelopes (minx, miny, maxx, maxy; NaN for none) to the R-tree: the whole tree rewritten in
    one pass when the new rows are many against those it holds, else inserted one by one."""
    keep = ~np.isnan(envelopes).any(axis=1)
    fids, envelopes = fids[keep], envelopes[keep]
    held = connection.execute(f'SELECT count(*) FROM "{rtree}_rowid"').fetchone()[0]  # noqa: S608  # nosec B608
    if len(fids) >= max(BULK_RTREE_ROWS, held // 4):
        low_x, high_x = outward_float32(envelopes[:, 0], envelopes[:, 2])
        low_y, high_y = outward_float32(envelopes[:, 1], envelopes[:, 3])
        boxes = np.column_stack([low_x, high_x, low_y, high_y])
        if held:
            old = np.array(
                connection.execute(f'SELECT id, minx, maxx, miny, maxy FROM "{rtree}"').fetchall(),  # noqa: S608  # nosec B608
                dtype=np.float64,
            )
            fids = np.concatenate([old[:, 0].astype(np.int64), fids])
            boxes = np.concatenate([old[:, 1:].astype(np.float32), boxes])
        write_rtree(connection, rtree, fids, boxes)
        return
    connection.executemany(
        f'INSERT OR REPLACE INTO "{rtree}" VALUES (?, ?, ?, ?, ?)',  # noqa: S608  # nosec B608
        zip(
            fids.tolist(),
            envelopes[:, 0].tolist(),
            envelopes[:, 2].tolist(),
            envelopes[:, 1].tolist(),
            envelopes[:, 3].tolist(),
        ),
    )


def extend_contents(connection: sqlite3.Connection, table: str, envelopes: np.ndarray, now: str) -> None:
    """Grow ``gpkg_contents``' extent of ``table`` by the ``envelopes`` written (minx, miny, maxx, maxy rows) and
    stamp its last change with ``now`` (as GDAL does: QGIS reads a layer's extent there)."""
    keep = ~np.isnan(envelopes).any(axis=1) if len(envelopes) else np.zeros(0, dtype=bool)
    if not keep.any():
        connection.execute("UPDATE gpkg_contents SET last_change = ? WHERE table_name = ?", (now, table))
        return
    box = envelopes[keep]
    new = (box[:, 0].min(), box[:, 1].min(), box[:, 2].max(), box[:, 3].max())
    connection.execute(
        "UPDATE gpkg_contents SET last_change = ?, min_x = min(coalesce(min_x, ?), ?), "
        "min_y = min(coalesce(min_y, ?), ?), max_x = max(coalesce(max_x, ?), ?), max_y = max(coalesce(max_y, ?), ?) "
        "WHERE table_name = ?",
        (now, new[0], new[0], new[1], new[1], new[2], new[2], new[3], new[3], table),
    )
