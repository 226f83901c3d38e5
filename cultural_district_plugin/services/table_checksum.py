"""A checksum of a store table's content that is the same whichever backend holds it (GeoPackage or PostGIS):
the rows in id order, every declared column normalised by its declared type (integers and reals as 64-bit floats,
text as text, NULL distinct from any value) and the geometry as 2D little-endian WKB (a single polygon in a
multipolygon column as the multipolygon OGR writes for it). Read in bulk (:func:`ogr_bulk_read.read_ogr_layer`),
hashed column by column (pandas' vectorised hashing), no per-row Python."""

from __future__ import annotations

import hashlib

import numpy as np
import pandas as pd
import shapely
from pandas.util import hash_pandas_object

from ..core.multi_geometries import promoted
from .ogr_bulk_read import read_ogr_layer
from .store_schema import Table

_NULL_TEXT = "\x00"  # stands for NULL in a text column (no stored text contains it)


def table_checksum(layer, table: Table) -> tuple[int, str]:
    """``(rows, checksum)`` of an OGR layer on the store table ``table``."""
    names = list(table.column_names)
    frame, geometries = read_ogr_layer(layer, names, geometry=bool(table.geometry_type))
    order = np.argsort(frame["fid"].to_numpy(), kind="stable")
    frame = frame.iloc[order].reset_index(drop=True)
    digest = hashlib.sha256()
    digest.update(frame["fid"].to_numpy(dtype=np.int64).tobytes())
    for column in table.columns:
        values = frame[column.name]
        if column.sql_type == "TEXT":
            normal = values.astype(object).where(values.notna(), _NULL_TEXT).astype(str)
        else:
            normal = pd.to_numeric(values, errors="coerce").astype(np.float64)
        digest.update(column.name.encode())
        digest.update(hash_pandas_object(normal, index=False).to_numpy().tobytes())
    if table.geometry_type:
        geometries = np.asarray(geometries, dtype=object)[order]
        present = ~shapely.is_missing(geometries)
        geometries[present] = promoted(geometries[present], table.geometry_type)
        # which rows have a geometry, then their WKB one after the other (WKB says its own length)
        digest.update(np.packbits(present).tobytes())
        digest.update(b"".join(shapely.to_wkb(geometries[present], output_dimension=2, byte_order=1).tolist()))
    return len(frame), digest.hexdigest()[:16]
