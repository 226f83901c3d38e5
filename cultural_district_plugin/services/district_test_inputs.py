"""Preparing the DM 1993 test (``dmtest``): local units classified by the cultural perimeter and placed in areas."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

from ..core.asset_location import points_in_areas, unit_of_points
from ..core.ateco_perimeter import Perimeter, read_perimeters
from ..core.district_test import DistrictTestThresholds, district_test
from ..core.istat_codes import InvalidIstatCodeError, normalise_pro_com_t
from ..plugin_resources import resource_path
from ..translation import tr
from .analysis_inputs import Features, single_points
from .district_store import StoreError

PERIMETER_CHOICES = (("essnet", "2007"), ("symbola", "2007"), ("essnet", "2025"))  # the PERIMETER enum


def perimeter(choice: int, path: str | None = None) -> Perimeter:
    """The shipped perimeter ``choice`` (:data:`PERIMETER_CHOICES`), or the first one of a user's table."""
    source = Path(path) if path else Path(resource_path("perimeters", "cultural_ateco.csv"))
    try:
        tables = read_perimeters(source.read_text(encoding="utf-8-sig"))
    except OSError as error:
        raise StoreError(tr("{0}: cannot be read ({1})").format(source, error)) from error
    if path:
        return next(iter(tables.values()))
    return tables[PERIMETER_CHOICES[choice]]


@dataclass
class TestInputs:
    units: pd.DataFrame  # employees, weight, domain, small
    area_of_unit: np.ndarray
    unlocated: int


def classify_units(
    local_units: Features,
    ateco_field: str,
    employees_field: str,
    size_field: str | None,
    chosen: Perimeter,
    small_employees: int,
) -> pd.DataFrame:
    table = local_units.table
    for field in (ateco_field, employees_field) + ((size_field,) if size_field else ()):
        if field not in table:
            raise StoreError(tr("{0}: no field {1!r}").format(local_units.source, field))
    employees = pd.to_numeric(table[employees_field], errors="coerce")
    if employees.isna().any() or (employees < 0).any():
        raise StoreError(
            tr("{0}: {1} local unit(s) have no valid number of employees in {2!r}").format(
                local_units.source, int((employees.isna() | (employees < 0)).sum()), employees_field
            )
        )
    domain, weight = chosen.classify(table[ateco_field].astype(str))
    size = pd.to_numeric(table[size_field], errors="coerce") if size_field else employees
    return pd.DataFrame(
        {
            "employees": employees.to_numpy(dtype=float),
            "domain": domain,
            "weight": np.where(domain != "", weight, 1.0),
            "small": (size.fillna(0) < small_employees).to_numpy(),
        }
    )


def locate_units(
    local_units: Features,
    area_geometries: np.ndarray,
    area_keys: pd.Series,
    municipality_field: str | None,
    whole_areas: bool,
) -> tuple[np.ndarray, int]:
    """Area index of each local unit: by its point (lowest key on shared borders; an area covering it when the
    areas are whole districts), else by its ISTAT code field; −1 when it lies in no area."""
    geometries = local_units.geometries
    has_point = (
        ~(shapely.is_missing(geometries) | shapely.is_empty(geometries)) if len(geometries) else np.zeros(0, dtype=bool)
    )
    area = np.full(len(local_units.table), -1, dtype=np.int64)
    if has_point.any():
        points = single_points(local_units, has_point)
        if whole_areas:
            point_idx, area_idx = points_in_areas(points, area_geometries)
            located = np.full(int(has_point.sum()), -1, dtype=np.int64)
            located[point_idx] = area_idx
        else:
            located = unit_of_points(points, area_geometries, area_keys.to_numpy())
        area[has_point] = located
    if municipality_field and municipality_field in local_units.table and not whole_areas:
        unplaced = np.flatnonzero(area < 0)
        area[unplaced] = _areas_of_codes(local_units.table[municipality_field].to_numpy()[unplaced], area_keys)
    return area, int((area < 0).sum())


def _areas_of_codes(values: np.ndarray, area_keys: pd.Series) -> np.ndarray:
    """The area index of each ISTAT code in ``values`` (−1: not a code, or no such area); each distinct value is
    read once (a register of a million units names a few thousand municipalities)."""
    lookup = {key: i for i, key in enumerate(area_keys)}
    value_of_row, distinct = pd.factorize(pd.Series(values, dtype=object), use_na_sentinel=True)

    def area_of(value) -> int:
        try:
            return lookup.get(normalise_pro_com_t(value), -1)
        except InvalidIstatCodeError:
            return -1

    area_of_distinct = np.array([area_of(value) for value in distinct] + [-1], dtype=np.int64)  # last: missing
    return area_of_distinct[value_of_row]


def run_district_test(
    units: pd.DataFrame,
    area_of_unit: np.ndarray,
    areas: pd.DataFrame,
    thresholds: DistrictTestThresholds,
    by_region: bool,
    region_of_unit: np.ndarray | None,
) -> pd.DataFrame:
    """The test with the benchmark of each area: every local unit (Italy), or those of the area's region."""
    if not by_region:
        return district_test(units, area_of_unit, areas, thresholds)
    if region_of_unit is None or "region" not in areas:
        raise StoreError(tr("A regional benchmark needs the region of each area (a region code field)"))
    return district_test(
        units,
        area_of_unit,
        areas,
        thresholds,
        region_of_unit,
        areas["region"].to_numpy(),
        national_of_unit=np.ones(len(units)),
    )
