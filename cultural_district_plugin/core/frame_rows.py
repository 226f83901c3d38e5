"""Selecting rows of large tables without holding Python's lock for long.

pandas selects rows of a whole DataFrame by first merging its columns into one block per type (a frame read in
bulk keeps one block per column, see ``services.ogr_bulk_read``), then taking the rows of that block: for a
million-row inventory with a dozen text columns that is one C call of more than a second holding Python's lock,
and the panel's GUI thread waits for it (measured: the national store's figures froze the panel 1.3–2.7 s). Taken
column by column, the same rows cost the same in all, in pieces between which other threads run.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def rows_of(frame: pd.DataFrame, rows) -> pd.DataFrame:
    """The ``rows`` (positions or a boolean mask) of ``frame``, in that order, index reset; one block per column."""
    rows = np.asarray(rows)
    return pd.DataFrame(
        {name: frame.iloc[:, position].to_numpy()[rows] for position, name in enumerate(frame.columns)},
        columns=frame.columns,
        copy=False,
    )


def stacked(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Frames with the same columns one after the other, index reset, column by column: pandas' concat looks at
    every cell of a column that is all NULL in one of the frames (over a second for 136,411 rows read in three
    parts with a dozen such columns)."""
    first = frames[0]
    return pd.DataFrame(
        {
            name: np.concatenate([frame.iloc[:, position].to_numpy() for frame in frames])
            for position, name in enumerate(first.columns)
        },
        columns=first.columns,
        copy=False,
    )


def sorted_by(frame: pd.DataFrame, column: str) -> pd.DataFrame:
    """``frame`` in the order of ``column`` (stable), taken column by column (:func:`rows_of`)."""
    return rows_of(frame, np.argsort(frame[column].to_numpy(), kind="stable"))
