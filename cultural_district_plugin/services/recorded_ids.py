"""The feature ids a recorded finding names, read from the store and parsed only when they are used.

A national check run's findings name up to a million assets each (21 MB of text in a run of 107 provinces):
reading every list when the findings are shown held the GUI thread for 40 ms, parsing them for a third of a second.
The text of a finding's ids is read when the finding is selected or flashed, then parsed."""

from __future__ import annotations

from collections.abc import Callable, Sequence


class RecordedIds(Sequence):
    """A read-only sequence of ints over ``"3,7,12"`` text: the text given, or read by ``load`` on first use,
    parsed on first use."""

    def __init__(self, text: str | None = None, load: Callable[[], str | None] | None = None):
        self._loaded = None if load is not None else (text or "")
        self._load = load
        self._ids: tuple[int, ...] | None = None

    @property
    def read(self) -> bool:
        """Whether the text has been read from the store."""
        return self._loaded is not None

    @property
    def parsed(self) -> bool:
        return self._ids is not None

    def _text(self) -> str:
        if self._loaded is None:
            self._loaded = self._load() or ""
        return self._loaded

    def _values(self) -> tuple[int, ...]:
        if self._ids is None:
            text = self._text()
            self._ids = tuple(map(int, text.split(","))) if text else ()
        return self._ids

    def __bool__(self) -> bool:
        return bool(self._text())

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
        if self._loaded is None:
            return "RecordedIds(<not read yet>)"
        return f"RecordedIds({self._loaded[:40]!r}{'…' if len(self._loaded) > 40 else ''})"
