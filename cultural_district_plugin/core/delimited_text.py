"""Read delimited text exported by Italian offices without cleaning it first.

Detected (and overridable): the encoding (UTF-8 with or without BOM, UTF-16 with BOM, else cp1252 / Latin-1),
the delimiter (``;`` is common), title lines above the header, blank rows. Quoted fields with doubled
quotes follow the CSV rules. Every row keeps its line number in the file, for the import report, and the
flags of what reading it had to repair (:data:`TEXT_FLAG_REASONS`): a line in Windows-1252 inside a UTF-8
file, NUL bytes, cells beyond the header's columns, a quote left open that joined lines.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .input_error import InputError
from .text_keys import text_key
from .translatable import translatable

DELIMITERS = (";", ",", "\t", "|")
ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")
# What reading a row had to repair: the row is imported and flagged with these reason codes.
TEXT_FLAG_REASONS = ("decoded_cp1252", "nul_bytes", "extra_cells", "quote_spans_lines")


@dataclass(frozen=True)
class DelimitedTable:
    header: list[str]
    lines: np.ndarray  # line number in the file of each row, blank rows left out
    cells: dict[str, np.ndarray]  # column -> the (stripped) cell texts of every row
    encoding: str
    delimiter: str
    header_line: int
    # line of a row -> what reading it repaired: (reason code, translatable template, its arguments)
    flags: dict[int, list[tuple[str, str, dict]]] = field(default_factory=dict)

    @property
    def rows(self) -> list[tuple[int, list[str]]]:
        """``(line number, cell texts)`` of each row, for small tables read row by row."""
        columns = [self.cells[name].tolist() for name in self.header]
        return [(line, list(cells)) for line, cells in zip(self.lines.tolist(), zip(*columns))]


class DelimitedTextError(InputError):
    """The bytes are not a readable delimited table."""


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """``(text, encoding)``: the given encoding, else UTF-16 (by its BOM), UTF-8 (BOM or not), cp1252,
    Latin-1. A UTF-8 file with a few lines in another encoding is ``"utf-8+cp1252"``: see :func:`decode_lines`."""
    text, used, _ = decode_lines(data, encoding)
    return text, used


def decode_lines(data: bytes, encoding: str | None = None) -> tuple[str, str, list[int]]:
    """``(text, encoding, lines decoded as cp1252 in a UTF-8 file)``."""
    if not data.strip():
        raise DelimitedTextError(translatable("the file is empty"))
    if encoding:
        try:
            return data.decode(encoding), encoding, []
        except UnicodeDecodeError as error:
            line = data[: error.start].count(b"\n") + 1
            raise DelimitedTextError(
                translatable("line {line} is not {encoding} text (choose the file's encoding)"),
                line=line,
                encoding=encoding,
            ) from error
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16", []
    try:
        return data.decode("utf-8-sig"), "utf-8-sig", []
    except UnicodeDecodeError:
        pass
    # Line by line: a UTF-8 file into which someone pasted Windows-1252 rows keeps its UTF-8 lines.
    lines = data.split(b"\n")
    utf8_non_ascii, fallback, texts = 0, [], []
    for number, raw in enumerate(lines, start=1):
        try:
            texts.append(raw.decode("utf-8-sig" if number == 1 else "utf-8"))
            utf8_non_ascii += any(b > 127 for b in raw)
        except UnicodeDecodeError:
            texts.append(raw.decode("cp1252", errors="strict") if _is_cp1252(raw) else raw.decode("latin-1"))
            fallback.append(number)
    if utf8_non_ascii:
        return "\n".join(texts), "utf-8+cp1252", fallback
    for candidate in ("cp1252", "latin-1"):  # the whole file in one 8-bit encoding: nothing to flag
        try:
            return data.decode(candidate), candidate, []
        except UnicodeDecodeError:
            continue
    raise DelimitedTextError(translatable("the file is neither UTF-8 nor Windows-1252 text"))  # pragma: no cover


def _is_cp1252(raw: bytes) -> bool:
    try:
        raw.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


def _records(text, delimiter):
    """Parsed records with the first and last line each spans (quoted fields may span lines). A cell may be as
    long as the text (csv's own limit, 128 KB, would raise on a long note or on a quote left open)."""
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, len(text) + 1))
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', doublequote=True)
        records = []
        line = 1
        for record in reader:
            records.append((line, reader.line_num, record))
            line = reader.line_num + 1
        return records
    finally:
        csv.field_size_limit(limit)


def _is_blank(record):
    return all(not cell.strip() for cell in record)


SNIFF_LINES = 2000  # the delimiter is told from the file's first lines


def _sniff_delimiter(text):
    """The delimiter that splits most non-blank lines (of the first :data:`SNIFF_LINES`) into the same number
    (> 1) of fields."""
    end = -1
    for _ in range(SNIFF_LINES):
        end = text.find("\n", end + 1)
        if end < 0:
            break
    text = text if end < 0 else text[: end + 1]
    best, best_score = None, 0
    for delimiter in DELIMITERS:
        counts = [len(r) for _, _, r in _records(text, delimiter) if not _is_blank(r)]
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
    text, used_encoding, cp1252_lines = decode_lines(data, encoding)
    nul_lines = [n for n, line in enumerate(text.split("\n"), start=1) if "\x00" in line] if "\x00" in text else []
    text = text.replace("\x00", "")
    delimiter = delimiter or _sniff_delimiter(text)
    if _is_plain(text, cp1252_lines, nul_lines):
        return _read_plain(text.replace("\r\n", "\n"), delimiter, used_encoding)
    records = [(first, last, r) for first, last, r in _records(text, delimiter) if not _is_blank(r)]
    if not records:
        raise DelimitedTextError(translatable("the file holds no rows"))
    counts = [len(r) for _, _, r in records]
    modal = max(set(counts), key=counts.count)
    header_index = next((i for i, (_, _, r) in enumerate(records) if len(r) >= modal and _looks_like_header(r)), None)
    if header_index is None:
        raise DelimitedTextError(translatable("no header line found"))
    header_line, _, header = records[header_index]
    header = _checked_header([h.strip() for h in header], header_line)
    rows, flags = [], {}
    for first, last, record in records[header_index + 1 :]:
        row_flags = _row_flags(first, last, record, len(header), delimiter, cp1252_lines, nul_lines)
        if row_flags:
            flags[first] = row_flags
        cells = [c.strip() for c in record] + [""] * (len(header) - len(record))
        rows.append((first, cells[: len(header)]))
    if not rows:
        raise DelimitedTextError(translatable("the file holds a header and no rows"))
    lines = np.fromiter((line for line, _ in rows), dtype=np.int64, count=len(rows))
    columns = zip(*(cells for _, cells in rows))
    cells = {name: np.array(column, dtype=object) for name, column in zip(header, columns)}
    return DelimitedTable(header, lines, cells, used_encoding, delimiter, header_line, flags)


def _is_plain(text, cp1252_lines, nul_lines):
    """Whether the text's records are its lines (no quotes, line ends \\n or \\r\\n) and nothing was repaired
    while decoding it: then :func:`_read_plain` reads it."""
    return '"' not in text and not cp1252_lines and not nul_lines and "\r" not in text.replace("\r\n", "")


# what str.strip() removes (str.isspace()), but the line separator
_WHITE_SPACE = (
    "\t\v\f\r\x1c\x1d\x1e\x1f \x85\xa0\u1680"
    + "".join(map(chr, range(0x2000, 0x200B)))
    + "\u2028\u2029\u202f\u205f\u3000"
)


def _has_padding(lines: str, delimiter: str) -> bool:
    """Whether a cell of ``lines`` (joined by newlines) starts or ends with white space: substring searches for
    the white space characters the text holds at all (a regular expression took a second over a million rows)."""
    for space in _WHITE_SPACE:
        if space in lines and (
            space + delimiter in lines
            or delimiter + space in lines
            or "\n" + space in lines
            or space + "\n" in lines
            or lines.startswith(space)
            or lines.endswith(space)
        ):
            return True
    return False


def _read_plain(text, delimiter, used_encoding):
    """:func:`read_delimited` for text without quotes, whose records are its lines: the rows with the header's
    number of fields (nearly all) are split by pandas' C parser as whole columns; the others one by one."""
    texts = text.replace("\r\n", "\n").split("\n")  # a plain text has no other carriage return
    blank = np.array([not line.replace(delimiter, "").strip() for line in texts], dtype=bool)
    filled = np.flatnonzero(~blank)
    if not len(filled):
        raise DelimitedTextError(translatable("the file holds no rows"))
    fields = np.array([texts[i].count(delimiter) + 1 for i in filled.tolist()], dtype=np.int64)
    values, counts = np.unique(fields, return_counts=True)
    modal = int(values[np.argmax(counts)])
    header_index = next(
        (k for k in np.flatnonzero(fields >= modal).tolist() if _looks_like_header(texts[filled[k]].split(delimiter))),
        None,
    )
    if header_index is None:
        raise DelimitedTextError(translatable("no header line found"))
    header_line = int(filled[header_index]) + 1
    header = _checked_header([h.strip() for h in texts[filled[header_index]].split(delimiter)], header_line)
    body, body_fields = filled[header_index + 1 :], fields[header_index + 1 :]
    if not len(body):
        raise DelimitedTextError(translatable("the file holds a header and no rows"))
    width = len(header)
    cells = {name: np.empty(len(body), dtype=object) for name in header}
    regular = np.flatnonzero(body_fields == width)
    if len(regular):
        joined = "\n".join(texts[i] for i in body[regular].tolist())
        padded = _has_padding(joined, delimiter)  # cells are stripped: only when one has space around it
        frame = pd.read_csv(
            io.StringIO(joined),
            sep=delimiter,
            header=None,
            names=range(width),
            dtype=str,
            na_filter=False,
            quoting=csv.QUOTE_NONE,
            engine="c",
            skip_blank_lines=False,
        )
        for k, name in enumerate(header):
            cells[name][regular] = (frame[k].str.strip() if padded else frame[k]).to_numpy(dtype=object)
    flags = {}
    for k in np.flatnonzero(body_fields != width).tolist():  # fewer cells (padded) or more (flagged)
        line = int(body[k]) + 1
        record = texts[body[k]].split(delimiter)
        row_flags = _row_flags(line, line, record, width, delimiter, [], [])
        if row_flags:
            flags[line] = row_flags
        padded = [c.strip() for c in record] + [""] * (width - len(record))
        for name, cell in zip(header, padded[:width]):
            cells[name][k] = cell
    return DelimitedTable(header, body + 1, cells, used_encoding, delimiter, header_line, flags)


def _checked_header(header: list[str], line: int) -> list[str]:
    """The header with unnamed columns named ``column_<n>``; two columns with the same name (case and accents
    aside) are refused: which one a role should read cannot be guessed, and one would hide the other."""
    seen = {}
    named = []
    for position, name in enumerate(header, start=1):
        if not name:
            named.append(f"column_{position}")
            continue
        key = text_key(name)
        if key in seen:
            raise DelimitedTextError(
                translatable(
                    "line {line}: columns {first} and {second} are both named {name!r}: rename one and import again"
                ),
                line=line,
                first=seen[key],
                second=position,
                name=name,
            )
        seen[key] = position
        named.append(name)
    return named


def _row_flags(first, last, record, columns, delimiter, cp1252_lines, nul_lines):
    flags = []
    if cp1252_lines and any(first <= n <= last for n in cp1252_lines):
        flags.append(("decoded_cp1252", translatable("this line is not UTF-8 like the rest: read as Windows-1252"), {}))
    if nul_lines and any(first <= n <= last for n in nul_lines):
        flags.append(("nul_bytes", translatable("NUL bytes removed"), {}))
    extra = [c.strip() for c in record[columns:] if c.strip()] if len(record) > columns else []
    if extra:
        flags.append(
            (
                "extra_cells",
                translatable("{count} cells beyond the header's {columns} columns ignored: {cells}"),
                {"count": len(extra), "columns": columns, "cells": " | ".join(extra)[:200]},
            )
        )
    if last > first and any("\n" in c and c.count(delimiter) >= max(1, columns - 1) for c in record):
        flags.append(
            (
                "quote_spans_lines",
                translatable("a quote left open joined lines {first}-{last} into this row: check the file there"),
                {"first": first, "last": last},
            )
        )
    return flags
