"""Hot spots over units (``hotspots``): the value of each unit, its neighbours, Gi* and local Moran, and Moran's I."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import shapely

from ..core.asset_location import unit_of_points
from ..core.autocorrelation import GlobalMoran, global_moran, local_statistics
from ..core.spatial_weights import build_weights
from ..translation import tr
from .analysis_inputs import Features, single_points, valid_points
from .district_store import StoreError

COUNT, PER_KM2, PER_10K_RESIDENTS = "count", "per_km2", "per_10k_residents"
MEASURES = (COUNT, PER_KM2, PER_10K_RESIDENTS)  # the index is the Processing enum value


@dataclass
class HotSpotResult:
    table: pd.DataFrame  # one row per unit, in the units' order: value, neighbours, statistics
    moran: GlobalMoran
    islands: list  # names of the units without neighbours
    points_counted: int
    points_outside: int


def unit_values(
    units: Features,
    keys: pd.Series,
    points: Features | None = None,
    field: str | None = None,
    measure: str = COUNT,
    population: pd.Series | None = None,
) -> tuple[np.ndarray, int, int]:
    """The value of each unit: a numeric field, or the number of points it holds (each point in exactly one
    unit, the lowest key on shared borders), optionally per km² (planar area in the analysis CRS) or per 10,000
    residents. Returns ``(values, points counted, points outside every unit)``."""
    counted = outside = 0
    if field:
        values = pd.to_numeric(units.table[field], errors="coerce").to_numpy(dtype=float)
    else:
        if points is None:
            raise StoreError(tr("Give a numeric field of the units, or the points to count"))
        present = valid_points(points)
        index = unit_of_points(single_points(points, present), units.geometries, keys.to_numpy())
        values = np.bincount(index[index >= 0], minlength=len(units.table)).astype(float)
        counted, outside = int((index >= 0).sum()), int((index < 0).sum())
    if measure == PER_KM2:
        values = values / (shapely.area(units.geometries) / 1e6)
    elif measure == PER_10K_RESIDENTS:
        if population is None:
            raise StoreError(tr("A rate per residents needs the units' population (a population field)"))
        people = pd.to_numeric(population, errors="coerce").to_numpy(dtype=float)
        with np.errstate(divide="ignore", invalid="ignore"):
            values = np.where(people > 0, 1e4 * values / people, np.nan)
    return values, counted, outside


def hot_spots(
    units: Features,
    names: pd.Series,
    values: np.ndarray,
    weights_kind: str,
    distance: float | None = None,
    k: int | None = None,
    permutations: int = 0,
    seed: int | None = None,
) -> HotSpotResult:
    """Gi*, local and global Moran of ``values`` over ``units`` (see core.autocorrelation for conventions)."""
    weights = build_weights(weights_kind, units.geometries, distance, k)
    local = local_statistics(values, weights, permutations, seed)
    table = pd.DataFrame(
        {
            "value": values,
            "neighbours": weights.cardinalities,
            "gi_star_z": local.gi_star_z,
            "gi_star_p": local.gi_star_p,
            "hotspot": local.hotspot,
            "local_i": local.local_i,
            "local_z": local.local_z,
            "local_p": local.local_p,
            "quadrant": local.quadrant,
        }
    )
    if permutations:
        table["gi_star_p_sim"] = local.gi_star_p_sim
        table["local_p_sim"] = local.local_p_sim
    return HotSpotResult(table, global_moran(values, weights), names.iloc[weights.islands].tolist(), 0, 0)
