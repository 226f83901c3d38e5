"""What became of every row of a bulk import, by columns: status arrays for all rows, reasons and notes only
for the rows that have some (most have none). Rows come out as :class:`RowReport` on demand."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from .source_rows import RowReport

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

IMPORTED, FLAGGED, REJECTED = "imported", "flagged", "rejected"


class ImportReport:
    def __init__(self, rows: np.ndarray, source_ids: np.ndarray, names: np.ndarray):
        self.rows = np.asarray(rows)
        self.source_ids = source_ids
        self.names = names
        self.status = np.full(len(self.rows), IMPORTED, dtype=object)
        self._reasons: dict[int, list[str]] = {}
        self._notes: dict[int, list[tuple[str, dict]]] = {}

    def __len__(self) -> int:
        return len(self.rows)

    def add(self, position: int, reason: str | None, template: str, **arguments) -> None:
        """A reason code (None: a note only) and its note for the row at ``position``."""
        position = int(position)
        if reason is not None:
            self._reasons.setdefault(position, []).append(reason)
        self._notes.setdefault(position, []).append((template, arguments))

    def add_many(
        self, positions: np.ndarray, reason: str, template: str, arguments: Sequence[dict] | None = None
    ) -> None:
        """The same reason for the rows at ``positions``, each note with its own ``arguments`` (or none)."""
        for i, position in enumerate(np.asarray(positions).tolist()):
            self.add(position, reason, template, **(arguments[i] if arguments is not None else {}))

    def reject(self, positions: np.ndarray) -> None:
        self.status[positions] = REJECTED

    @property
    def rejected(self) -> np.ndarray:
        return self.status == REJECTED

    def reasons_by_position(self) -> dict[int, list[str]]:
        """Position -> reason codes, for the rows that have some (read only)."""
        return self._reasons

    def flag_rows_with(self, flag_reasons: Sequence[str]) -> None:
        """Rows written with any of ``flag_reasons`` become flagged."""
        wanted = set(flag_reasons)
        for position, reasons in self._reasons.items():
            if self.status[position] != REJECTED and wanted.intersection(reasons):
                self.status[position] = FLAGGED

    def count(self, status: str) -> int:
        return int(np.count_nonzero(self.status == status))

    def row(self, position: int) -> RowReport:
        position = int(position)
        return RowReport(
            int(self.rows[position]),
            self.source_ids[position],
            self.names[position],
            self.status[position],
            list(self._reasons.get(position, [])),
            list(self._notes.get(position, [])),
        )

    def __getitem__(self, position: int) -> RowReport:
        return self.row(position)

    def __iter__(self) -> Iterator[RowReport]:
        return (self.row(position) for position in range(len(self)))

    def names_written_with(self, reason: str) -> list[str]:
        """Names of the rows written with a flag ``reason``, in row order."""
        return [
            self.names[position]
            for position, reasons in sorted(self._reasons.items())
            if reason in reasons and self.status[position] != REJECTED
        ]
