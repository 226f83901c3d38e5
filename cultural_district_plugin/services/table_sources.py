"""Tables to import, read the same way for every import (heritage, stakeholders, commitments): delimited text
files as offices export them (encoding, delimiter, title lines and blank rows detected), any vector source OGR
reads (XLSX/ODS sheets, GeoPackage, Shapefile, GeoJSON, KML) and project layers."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from ..core.delimited_text import read_delimited
from ..core.source_columns import SourceColumns
from ..core.source_rows import RowReport, SourceRow
from ..translation import error_message, tr
from .district_store import StoreError
from .layer_reader import read_layer
from .vector_sources import open_vector

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer

TEXT_SUFFIXES = {".csv", ".txt", ".tsv"}


@dataclass
class SourceTable:
    columns: SourceColumns  # the cells, by columns (bulk imports read these)
    header: list[str]
    has_geometry: bool
    crs: QgsCoordinateReferenceSystem | None  # of the geometry; None when the source states none
    description: str

    @functools.cached_property
    def rows(self) -> list[SourceRow]:
        """The rows one by one (the imports of small tables: stakeholders, commitments)."""
        return self.columns.source_rows()


def read_source(
    source: str | Path | QgsVectorLayer, encoding: str | None = None, delimiter: str | None = None
) -> SourceTable:
    """Rows of a delimited text file, or of any vector source OGR reads (XLSX/ODS sheets included), or
    of a QgsVectorLayer."""
    if isinstance(source, (str, Path)) and Path(source).suffix.lower() in TEXT_SUFFIXES:
        path = Path(source)
        try:
            table = read_delimited(path.read_bytes(), encoding, delimiter)
        except (OSError, ValueError) as error:
            raise StoreError(tr("{0}: {1}").format(path, error_message(error))) from error
        cells = pd.DataFrame(table.cells, columns=table.header)
        flagged = sorted(table.flags)
        flags = dict(zip(np.searchsorted(table.lines, flagged).tolist(), (tuple(table.flags[n]) for n in flagged)))
        return SourceTable(SourceColumns(cells, table.lines, None, flags), table.header, False, None, path.name)
    layer = open_vector(source)
    table, geometries = read_layer(layer, None)
    header = list(table.columns[1:])  # after the feature id
    columns = SourceColumns(
        table[header], table["fid"].to_numpy(dtype=np.int64), geometries if layer.isSpatial() else None
    )
    return SourceTable(columns, header, layer.isSpatial(), layer.crs() if layer.crs().isValid() else None, layer.name())


def read_header(
    source: str | Path | QgsVectorLayer, encoding: str | None = None, delimiter: str | None = None
) -> list[str]:
    """The column names of a source, reading only what that needs (the first 64 KB of a text file)."""
    if isinstance(source, (str, Path)) and Path(source).suffix.lower() in TEXT_SUFFIXES:
        with open(source, "rb") as handle:
            head = handle.read(65536)
        try:
            return read_delimited(head, encoding, delimiter).header
        except ValueError as error:
            raise StoreError(tr("{0}: {1}").format(source, error_message(error))) from error
    return [f.name() for f in open_vector(source).fields() if f.name() != "fid"]


REPORT_COLUMNS = ("row", "source_id", "name", "status", "reasons", "message")
REPORT_FIELDS = tuple((name, "int" if name == "row" else "string") for name in REPORT_COLUMNS)


def report_rows(reports: Iterable[RowReport]) -> Iterator[tuple]:
    """An import's report, one tuple of :data:`REPORT_COLUMNS` per source row, messages in the user's language
    (made as they are written)."""
    return ((r.row, r.source_id, r.name, r.status, ",".join(r.reasons), r.message_in(tr)) for r in reports)
