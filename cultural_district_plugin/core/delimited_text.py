"""Read delimited text exported by Italian offices without cleaning it first.

Detected (and overridable): the encoding (UTF-8 with or without BOM, else cp1252 / Latin-1), the
delimiter (``;`` is common), title lines above the header, blank rows. Quoted fields with doubled
quotes follow the CSV rules. Every row keeps its line number in the file, for the import report.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from .input_error import InputError
from .translatable import translatable

DELIMITERS = (";", ",", "\t", "|")
ENCODINGS = ("utf-8-sig", "cp1252")


@dataclass(frozen=True)
class DelimitedTable:
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (line number in the file, cell texts), blank rows left out
    encoding: str
    delimiter: str
    header_line: int


class DelimitedTextError(InputError):
    """The bytes are not a readable delimited table."""


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """``(text, encoding)``: the given encoding, else UTF-8 (BOM or not), else cp1252."""
    for candidate in [encoding] if encoding else ENCODINGS:
        try:
            return data.decode(candidate), candidate
        except UnicodeDecodeError:
            continue
    raise DelimitedTextError(translatable("the file is neither UTF-8 nor Windows-1252 text"))


def _records(text, delimiter):
    """Parsed records with their starting line numbers (quoted fields may span lines)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', doublequote=True)
    records = []
    line = 1
    for record in reader:
        records.append((line, record))
        line = reader.line_num + 1
    return records


def _is_blank(record):
    return all(not cell.strip() for cell in record)


def _sniff_delimiter(text):
    """The delimiter that splits most non-blank lines into the same number (> 1) of fields."""
    best, best_score = None, 0
    for delimiter in DELIMITERS:
        counts = [len(r) for _, r in _records(text, delimiter) if not _is_blank(r)]
        if not counts:
            continue
        modal = max(set(counts), key=counts.count)
        score = counts.count(modal) * (modal > 1) * modal
        if score > best_score:
            best, best_score = delimiter, score
    if best is None:
        raise DelimitedTextError(translatable("no delimiter splits the lines into columns"))
    return best


def _looks_like_header(record):
    """Mostly filled, and no numbers (a title line padded with delimiters is mostly empty)."""
    cells = [c.strip() for c in record if c.strip()]
    if len(cells) * 2 < len(record) or not cells:
        return False
    numeric = sum(1 for c in cells if c.replace(",", "").replace(".", "").replace("-", "").isdigit())
    return numeric == 0


def read_delimited(data: bytes, encoding: str | None = None, delimiter: str | None = None) -> DelimitedTable:
    """Parse ``data`` (bytes) into a :class:`DelimitedTable`.

    The header is the first non-blank line with the table's usual number of fields and no numeric
    cells; lines above it (titles, notes) are skipped, and so are blank rows.
    """
    text, used_encoding = decode(data, encoding)
    delimiter = delimiter or _sniff_delimiter(text)
    records = [(line, r) for line, r in _records(text, delimiter) if not _is_blank(r)]
    if not records:
        raise DelimitedTextError(translatable("the file holds no rows"))
    counts = [len(r) for _, r in records]
    modal = max(set(counts), key=counts.count)
    header_index = next((i for i, (_, r) in enumerate(records) if len(r) >= modal and _looks_like_header(r)), None)
    if header_index is None:
        raise DelimitedTextError(translatable("no header line found"))
    header_line, header = records[header_index]
    header = [h.strip() for h in header]
    rows = []
    for line, record in records[header_index + 1 :]:
        cells = [c.strip() for c in record] + [""] * (len(header) - len(record))
        rows.append((line, cells[: len(header)]))
    return DelimitedTable(header, rows, used_encoding, delimiter, header_line)
