"""What every import works with, row by row: the source's rows, the store's municipalities to place them, and
the report of what became of each row (imported, flagged or rejected, with reason codes and a message)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import shapely

from .istat_codes import InvalidIstatCodeError, normalise_pro_com_t
from .text_keys import text_key

if TYPE_CHECKING:
    from collections.abc import Callable


@dataclass(frozen=True)
class SourceRow:
    row: int  # line number in the file, or feature number
    values: dict[str, object]  # column -> cell text (or value)
    geometry: shapely.Geometry | None = None  # in the source CRS, for layers with geometry
    # what reading the row repaired (delimited_text.TEXT_FLAG_REASONS): (reason code, template, arguments)
    flags: tuple = ()


@dataclass(frozen=True)
class MunicipalityIndex:
    """The store's municipalities: codes, name keys, geometries in the store CRS."""

    codes: np.ndarray
    name_keys: list[str]
    geometries: np.ndarray
    _known: frozenset = field(init=False, repr=False, compare=False)
    _by_name: dict = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "_known", frozenset(str(c) for c in self.codes.tolist()))
        by_name = {}
        for key, code in zip(self.name_keys, self.codes.tolist()):
            by_name.setdefault(key, code)  # the first of two namesakes (lowest code: the table is sorted)
        object.__setattr__(self, "_by_name", by_name)

    def code_for(self, code_text: str, name_text: str) -> str | None:
        """The ISTAT code a row names (code first, then the name), or None."""
        if code_text:
            try:
                code = normalise_pro_com_t(code_text)
                if code in self._known:
                    return code
            except InvalidIstatCodeError:
                pass
        key = text_key(name_text)
        return self._by_name.get(key) if key else None

    def surface_point(self, code: str) -> shapely.Point:
        index = int(np.flatnonzero(self.codes == code)[0])
        return shapely.point_on_surface(self.geometries[index])


@dataclass
class RowReport:
    row: int
    source_id: str
    name: str
    status: str  # imported, flagged, rejected
    reasons: list[str] = field(default_factory=list)
    notes: list[tuple[str, dict]] = field(default_factory=list)  # (translatable template, arguments)

    def note(self, template: str, **arguments) -> None:
        self.notes.append((template, arguments))

    def add_source_flags(self, source: SourceRow) -> None:
        """The repairs reading the row needed, as reasons and notes (the import decides what flags a row)."""
        for reason, template, arguments in source.flags:
            self.reasons.append(reason)
            self.note(template, **arguments)

    def message_in(self, translate: Callable[[str], str] = lambda template: template) -> str:
        """The notes joined, each template passed through ``translate`` first."""
        return "; ".join(translate(template).format(**arguments) for template, arguments in self.notes)

    @property
    def message(self) -> str:
        return self.message_in()


def cell_text(values: dict[str, object], column: str | None) -> str:
    """The text of a row's cell (``""`` when the column is not mapped or the cell is empty, NULL or NaN);
    whole floats from numeric columns lose their ``.0``."""
    return value_text(values.get(column)) if column else ""


def value_text(value: object) -> str:
    """The text of one cell value (see :func:`cell_text`)."""
    if value is None or (isinstance(value, float) and value != value):  # NULL, or NaN from a numeric column
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()
