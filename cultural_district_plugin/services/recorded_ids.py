"""The feature ids a recorded finding names, kept as the store's comma-separated text until they are used.

A national check run's findings name up to a million assets each; parsing every list when the findings are shown
held the GUI thread for a third of a second. The ids are parsed when a finding is selected or flashed."""

from __future__ import annotations

from collections.abc import Sequence


class RecordedIds(Sequence):
    """A read-only sequence of ints over ``"3,7,12"`` text, parsed on first use."""

    def __init__(self, text: str | None):
        self._text = text or ""
        self._ids: tuple[int, ...] | None = None

    @property
    def parsed(self) -> bool:
        return self._ids is not None

    def _values(self) -> tuple[int, ...]:
        if self._ids is None:
            self._ids = tuple(map(int, self._text.split(","))) if self._text else ()
        return self._ids

    def __bool__(self) -> bool:
        return bool(self._text)

    def __len__(self) -> int:
        return len(self._values())

    def __getitem__(self, index):
        return self._values()[index]

    def __iter__(self):
        return iter(self._values())

    def __eq__(self, other) -> bool:
        return isinstance(other, (tuple, list, RecordedIds)) and tuple(self) == tuple(other)

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        return f"RecordedIds({self._text[:40]!r}{'…' if len(self._text) > 40 else ''})"
