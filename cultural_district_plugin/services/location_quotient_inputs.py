"""Counting the points of each category in each area and in the reference, for ``locationquotients``."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..core.asset_location import points_in_areas
from ..core.frame_rows import rows_of
from ..core.location_quotients import UNCLASSIFIED, location_quotients, specialisation
from ..translation import tr
from .analysis_inputs import Features, name_column, single_points, valid_points
from .district_store import StoreError


@dataclass
class QuotientResult:
    quotients: pd.DataFrame
    specialisation: pd.DataFrame
    points_in_reference: int
    categories: int


def quotients_of(
    points: Features,
    category_field: str,
    weight_field: str | None,
    areas: Features,
    area_name: str,
    reference: Features,
    confidence: float = 0.95,
    threshold: float = 1.0,
) -> QuotientResult:
    """LQs of ``points`` by category for each area against the points inside ``reference`` (any polygon)."""
    if category_field not in points.table:
        raise StoreError(tr("{0}: no field {1!r} for the categories").format(points.source, category_field))
    present = valid_points(points)
    coordinates = single_points(points, present)
    table = rows_of(points.table, present)
    categories = table[category_field].fillna(UNCLASSIFIED).astype(str).replace("", UNCLASSIFIED)
    weights = pd.Series(1.0, index=table.index)
    if weight_field:
        weights = pd.to_numeric(table[weight_field], errors="coerce")
        if weights.isna().any() or (weights < 0).any():
            raise StoreError(
                tr("{0}: {1} point(s) have no valid weight in {2!r} (a number ≥ 0)").format(
                    points.source, int((weights.isna() | (weights < 0)).sum()), weight_field
                )
            )
    in_reference = np.zeros(len(table), dtype=bool)
    ref_points, _ = points_in_areas(coordinates, reference.geometries)
    in_reference[np.unique(ref_points)] = True
    if not in_reference.any():
        raise StoreError(tr("No point lies inside the reference territory ({0})").format(reference.source))
    reference_counts = weights[in_reference].groupby(categories[in_reference]).sum().sort_index()
    reference_units = categories[in_reference].value_counts().reindex(reference_counts.index, fill_value=0)
    names = name_column(areas, area_name if area_name in areas.table else None).reset_index(drop=True)
    point_idx, area_idx = points_in_areas(coordinates, areas.geometries)
    pairs = pd.DataFrame(
        {
            "area": names.to_numpy()[area_idx],
            "category": categories.to_numpy()[point_idx],
            "weight": weights.to_numpy()[point_idx],
        }
    )
    area_counts = pairs.pivot_table(
        index="area", columns="category", values="weight", aggfunc="sum", fill_value=0.0
    ).reindex(index=names, fill_value=0.0)
    unit_counts = (
        pairs.assign(weight=1.0)
        .pivot_table(index="area", columns="category", values="weight", aggfunc="sum", fill_value=0.0)
        .reindex(index=names, fill_value=0.0)
    )
    # an area is nested in the reference when its points all lie inside the reference
    inside = pd.Series(in_reference[point_idx], index=names.to_numpy()[area_idx]).groupby(level=0).all()
    nested = inside.reindex(names, fill_value=True)
    quotients = location_quotients(
        area_counts, reference_counts, confidence, threshold, nested, unit_counts, reference_units
    )
    spec = specialisation(area_counts, reference_counts).rename_axis("area").reset_index()
    return QuotientResult(quotients, spec, int(in_reference.sum()), len(reference_counts))
