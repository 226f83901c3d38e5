"""Rows into a PostGIS store table in bulk: one ``COPY … FROM STDIN`` (CSV) per call, the CSV built column by
column with pandas (no per-row Python). Reals are written as their shortest round-trip text (numpy's, as Python's
``repr``), so every double arrives unchanged — OGR's PostgreSQL writer rounds them to 15 significant digits,
which the copy's checksum caught; geometries as hex WKB with the store's SRID. In the CSV an unquoted empty field is
NULL and text is always quoted, so an empty text stays an empty text."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import shapely

from ..core.multi_geometries import promoted
from .cancellation import raise_if_cancelled
from .store_schema import GEOMETRY_COLUMN, Table

CHUNK_ROWS = 100_000

if TYPE_CHECKING:
    from collections.abc import Sequence


def _text_field(values: pd.Series) -> pd.Series:
    present = values.notna()
    text = values[present].astype(str).str.replace('"', '""', regex=False)
    out = pd.Series("", index=values.index, dtype=object)
    out[present] = '"' + text + '"'
    return out


def _number_field(values: pd.Series, integer: bool) -> pd.Series:
    numbers = pd.to_numeric(values, errors="raise")
    present = numbers.notna()
    out = pd.Series("", index=values.index, dtype=object)
    values = numbers[present]
    if integer:
        if values.dtype.kind == "f" and not np.array_equal(values, np.floor(values)):
            raise ValueError(f"{values.name}: not whole numbers")
        out[present] = values.astype(np.int64).astype(str)
    else:
        out[present] = values.astype(np.float64).astype(str)  # numpy's shortest round-trip text
    return out


def _geometry_field(geometries: Sequence, srid: int, geometry_type: str) -> pd.Series:
    geometries = np.asarray(geometries, dtype=object)
    present = ~shapely.is_missing(geometries)
    out = pd.Series("", index=range(len(geometries)), dtype=object)
    with_srid = shapely.set_srid(promoted(geometries[present], geometry_type), srid)
    out[present] = shapely.to_wkb(with_srid, hex=True, output_dimension=2, include_srid=True)
    return out


def _csv_lines(table: Table, frame: pd.DataFrame, geometries: np.ndarray | None, srid: int) -> str:
    fields = [_number_field(frame["fid"], integer=True)]
    for column in table.columns:
        if column.name not in frame.columns:
            continue
        if column.sql_type == "TEXT":
            fields.append(_text_field(frame[column.name]))
        else:
            fields.append(_number_field(frame[column.name], integer=column.sql_type == "INTEGER"))
    if geometries is not None:
        fields.append(_geometry_field(geometries, srid, table.geometry_type))
    return "\n".join(fields[0].str.cat(fields[1:], sep=",").tolist()) + "\n"


def copy_rows(cursor, schema: str, table: Table, frame: pd.DataFrame, geometries: Sequence | None, srid: int) -> int:
    """COPY ``frame`` (``fid`` and the table's declared columns it has) and ``geometries`` into the table, in chunks
    of :data:`CHUNK_ROWS` (the text of a million rows at once took gigabytes); the rows copied."""
    frame = frame.reset_index(drop=True)
    if frame.empty:
        return 0
    columns = ["fid"] + [c.name for c in table.columns if c.name in frame.columns]
    if table.geometry_type and geometries is not None:
        geometries = np.asarray(geometries, dtype=object)
        columns.append(GEOMETRY_COLUMN)
    else:
        geometries = None
    statement = f'COPY "{schema}"."{table.name}" ({", ".join(columns)}) FROM STDIN WITH (FORMAT csv)'
    for start in range(0, len(frame), CHUNK_ROWS):
        part = frame.iloc[start : start + CHUNK_ROWS].reset_index(drop=True)
        shapes = geometries[start : start + CHUNK_ROWS] if geometries is not None else None
        cursor.copy_expert(statement, io.StringIO(_csv_lines(table, part, shapes, srid)))
        raise_if_cancelled()
    return len(frame)
