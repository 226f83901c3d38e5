"""A source table by columns, as bulk imports read it: one array per column, no Python object per row.

Inventories repeat a few categories, owners, municipalities and yes/no words over many rows, and a column of
coordinates is text a parser reads: every per-cell rule here runs once per distinct value
(:func:`per_distinct`), then spreads to the rows by index.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from .source_rows import SourceRow, value_text

if TYPE_CHECKING:
    from collections.abc import Callable


def per_distinct(values: np.ndarray, function: Callable[[object], object]) -> np.ndarray:
    """``function`` of every value, called once per distinct value (None, NaN and missing cells share one
    call with None); an object array as long as ``values``."""
    return per_distinct_pair(values, lambda value: (function(value), None))[0]


def per_distinct_pair(values: np.ndarray, function: Callable[[object], tuple]) -> tuple[np.ndarray, np.ndarray]:
    """:func:`per_distinct` for a ``function`` that returns two values: two object arrays."""
    codes, uniques = pd.factorize(np.asarray(values, dtype=object))
    first, second = np.empty(len(uniques) + 1, dtype=object), np.empty(len(uniques) + 1, dtype=object)
    for i, value in enumerate(uniques):  # one by one: a result may itself be a tuple
        first[i], second[i] = function(value)
    if (codes < 0).any():
        first[-1], second[-1] = function(None)
    return first[codes], second[codes]  # code -1 (missing) takes the last


def parsed_per_distinct(texts: np.ndarray, parse: Callable[[str], float | None]) -> tuple[np.ndarray, np.ndarray]:
    """``(values, unreadable)``: ``parse`` of every text as floats (NaN for None), and the mask of the texts it
    refused with ValueError."""

    def attempt(text):
        try:
            value = parse(text)
        except ValueError:
            return (np.nan, True)
        return (np.nan if value is None else float(value), False)

    # plain decimal text (what float() reads, as every parser here reads it first) in one vectorised pass; the
    # rest — decimal commas, degrees and minutes, words — through ``parse``, once per distinct text
    values = pd.to_numeric(pd.Series(texts, dtype=object), errors="coerce").to_numpy(dtype=float)
    unreadable = np.zeros(len(texts), dtype=bool)
    rest = np.flatnonzero(np.isnan(values) & (texts != ""))
    if len(rest):
        parsed, refused = per_distinct_pair(texts[rest], attempt)
        values[rest], unreadable[rest] = parsed.astype(float), refused.astype(bool)
    return values, unreadable


_AFTER_SEPARATOR = re.compile(r"\x00\s")  # white space (as str.isspace) just after a separator: a literal-led search


def stripped_texts(cells: pd.Series) -> np.ndarray:
    """Cells of text or NULL as stripped texts ("" for NULL). Most files need no stripping: that is found out in one
    search over all the cells joined (C speed), and only then is every cell stripped."""
    values = cells.to_numpy(dtype=object)
    missing = pd.isna(values)
    values = np.where(missing, "", values) if missing.any() else values.copy()
    joined = "\x00" + "\x00".join(values.tolist()) + "\x00"
    # a cell starting with white space follows a separator; one ending with it precedes one (found reversed)
    if _AFTER_SEPARATOR.search(joined) is None and _AFTER_SEPARATOR.search(joined[::-1]) is None:
        return values
    return pd.Series(values, dtype=object).str.strip().to_numpy(dtype=object)


@dataclass
class SourceColumns:
    cells: pd.DataFrame  # one column per source column, values as read (text, numbers, dates, None)
    rows: np.ndarray  # line in the file, or feature id, of each row
    geometries: np.ndarray | None = None  # shapely, in the source CRS, for layers with geometry
    # position of a row -> what reading it repaired (delimited_text.TEXT_FLAG_REASONS): (code, template, args)
    flags: dict[int, tuple] = field(default_factory=dict)
    _texts: dict[str, np.ndarray] = field(default_factory=dict, repr=False)  # texts() of each column asked for

    def __len__(self) -> int:
        return len(self.rows)

    def values(self, column: str) -> np.ndarray:
        """The cells of ``column`` as read."""
        return self.cells[column].to_numpy(dtype=object)

    def texts(self, column: str | None) -> np.ndarray:
        """:func:`value_text` of every cell of ``column`` (all ``""`` when the column is not mapped); worked out
        once per column (the array is shared: copy it before changing it)."""
        if not column or column not in self.cells:
            return np.full(len(self), "", dtype=object)
        if column not in self._texts:
            cells = self.cells[column]
            if cells.dtype == object and pd.api.types.infer_dtype(cells, skipna=True) == "string":
                self._texts[column] = stripped_texts(cells)  # text and NULLs: value_text, vectorised
            else:
                self._texts[column] = per_distinct(self.values(column), value_text)
        return self._texts[column]

    def source_rows(self) -> list[SourceRow]:
        """The rows one by one, for the imports of small tables (stakeholders, commitments)."""
        header = list(self.cells.columns)
        return [
            SourceRow(
                int(row),
                dict(zip(header, values)),
                self.geometries[position] if self.geometries is not None else None,
                tuple(self.flags.get(position, ())),
            )
            for position, (row, values) in enumerate(zip(self.rows, self.cells.itertuples(index=False, name=None)))
        ]
