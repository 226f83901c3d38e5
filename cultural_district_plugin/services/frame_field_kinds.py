"""The kind of output field (``qgis_enums.field_type``) each column of a DataFrame makes: integers and booleans
``int``, floats ``double``, anything else ``string``."""

from __future__ import annotations

import pandas as pd


def frame_kinds(frame: pd.DataFrame) -> list[str]:
    """One kind per column of ``frame``, in its order."""
    return [column_kind(frame[column].dtype) for column in frame.columns]


def column_kind(dtype) -> str:
    if pd.api.types.is_integer_dtype(dtype) or pd.api.types.is_bool_dtype(dtype):
        return "int"
    if pd.api.types.is_float_dtype(dtype):
        return "double"
    return "string"
