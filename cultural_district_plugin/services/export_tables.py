"""The tables an official export hands over — districts, members, heritage assets, stakeholders, commitments,
findings — read from the store for some districts (or all), in the store's CRS."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import shapely

from ..core.asset_location import covered_mask
from ..core.frame_rows import rows_of
from ..core.text_keys import text_key
from ..translation import tr
from .check_runner import latest_run_id
from .district_report import district_summaries
from .district_store import StoreError

if TYPE_CHECKING:
    from .district_store import DistrictStore

POLYGON, POINT = "MultiPolygon", "Point"


@dataclass
class ExportTable:
    name: str  # the layer / sheet / file-name part, stable (scripts rely on it)
    frame: pd.DataFrame
    geometries: np.ndarray | None  # shapely geometries in the store's CRS, or None for a table
    geometry_type: str | None = None


def selected_districts(store: DistrictStore, names: list[str]) -> tuple[pd.DataFrame, np.ndarray]:
    """The store's districts named (ignoring case and accents), all when ``names`` is empty; an unknown name is an
    error naming the districts there are."""
    table, geometries = store.read_table("districts", ["name", "district_type", "status", "legal_act", "origin"])
    if not len(table):
        raise StoreError(tr("{0}: the store has no district to export").format(store.path))
    if not names:
        return table, geometries
    keys = [text_key(n) for n in table["name"]]
    wanted = [text_key(n) for n in names]
    unknown = [n for n, k in zip(names, wanted) if k not in keys]
    if unknown:
        raise StoreError(
            tr("No district named {0} (the store has: {1})").format(
                ", ".join(repr(n) for n in unknown), ", ".join(table["name"])
            )
        )
    keep = np.array([k in wanted for k in keys])
    return table[keep].reset_index(drop=True), geometries[keep]


def export_tables(store: DistrictStore, names: list[str]) -> list[ExportTable]:
    """The tables of an export of the districts ``names`` (all when empty)."""
    districts, areas = selected_districts(store, names)
    ids = districts["fid"].astype(int).tolist()
    name_of = dict(zip(ids, districts["name"]))
    summaries = {s.district_id: s for s in district_summaries(store, ids)}
    district_frame = districts.drop(columns=["fid"]).assign(
        members=[summaries[i].members for i in ids],
        population=[summaries[i].population for i in ids],
        assets_inside=[summaries[i].assets_inside for i in ids],
        categories=[summaries[i].categories for i in ids],
    )
    tables = [ExportTable("districts", district_frame, areas, POLYGON)]

    members, _ = store.read_table("district_members", ["district_id", "pro_com_t", "boundary_year"])
    members = members[members["district_id"].isin(ids)]
    units, unit_geometries = store.read_table(
        "municipalities", ["pro_com_t", "name", "province", "region", "population"]
    )
    unit_index = {c: i for i, c in enumerate(units["pro_com_t"])}
    rows = [unit_index.get(c) for c in members["pro_com_t"]]
    member_frame = pd.DataFrame(
        {
            "district": [name_of[int(d)] for d in members["district_id"]],
            "pro_com_t": members["pro_com_t"].tolist(),
            "name": [units["name"].iloc[r] if r is not None else None for r in rows],
            "province": [units["province"].iloc[r] if r is not None else None for r in rows],
            "region": [units["region"].iloc[r] if r is not None else None for r in rows],
            "population": [units["population"].iloc[r] if r is not None else None for r in rows],
            "boundary_year": members["boundary_year"].tolist(),
        }
    )
    member_geometries = np.array([unit_geometries[r] if r is not None else None for r in rows], dtype=object)
    tables.append(ExportTable("members", member_frame, member_geometries, POLYGON))

    asset_columns = [
        "name", "category", "art101_class", "protection", "unesco_component", "owner_type", "visitors",
        "visitors_year", "source_dataset", "source_id", "pro_com_t", "location_approximate",
    ]  # fmt: skip
    assets, points = store.read_table("heritage_assets", asset_columns)
    located = ~(shapely.is_missing(points) | shapely.is_empty(points))
    inside = np.zeros((len(assets), len(ids)), dtype=bool)
    for k, area in enumerate(areas):
        inside[located, k] = covered_mask(area, points[located])
    keep = inside.any(axis=1) if names else np.ones(len(assets), dtype=bool)
    asset_frame = (
        rows_of(assets, keep)
        .drop(columns=["fid"])
        .assign(district=["; ".join(name_of[i] for i, hit in zip(ids, row) if hit) for row in inside[keep]])
    )
    tables.append(ExportTable("assets", asset_frame.reset_index(drop=True), points[keep], POINT))

    commitments, _ = store.read_table(
        "commitments", ["stakeholder_id", "district_id", "amount_eur", "year", "instrument", "purpose"]
    )
    commitments = commitments[commitments["district_id"].isin(ids)]
    stakeholder_columns = [
        "name", "stakeholder_type", "role", "pro_com_t", "legal_status", "address", "email", "website",
    ]  # fmt: skip
    stakeholders, stakeholder_points = store.read_table("stakeholders", stakeholder_columns)
    committed = set(commitments["stakeholder_id"].astype(int))
    keep = stakeholders["fid"].isin(committed).to_numpy() if names else np.ones(len(stakeholders), dtype=bool)
    tables.append(
        ExportTable(
            "stakeholders",
            stakeholders[keep].drop(columns=["fid"]).reset_index(drop=True),
            stakeholder_points[keep],
            POINT,
        )
    )
    stakeholder_name = dict(zip(stakeholders["fid"].astype(int), stakeholders["name"]))
    commitment_frame = pd.DataFrame(
        {
            "district": [name_of[int(d)] for d in commitments["district_id"]],
            "stakeholder": [stakeholder_name.get(int(s)) for s in commitments["stakeholder_id"]],
            "amount_eur": commitments["amount_eur"].astype(float).tolist(),
            "year": commitments["year"].tolist(),
            "instrument": commitments["instrument"].tolist(),
            "purpose": commitments["purpose"].tolist(),
        }
    )
    tables.append(ExportTable("commitments", commitment_frame, None))

    run_id = latest_run_id(store)
    results, finding_geometries = store.read_table(
        "check_results", ["run_id", "district_id", "check_id", "severity", "value", "threshold", "message"]
    )
    mine = (
        (results["run_id"] == run_id) & results["district_id"].isin(ids) if run_id is not None else results["fid"] < 0
    )
    finding_frame = pd.DataFrame(
        {
            "district": [name_of[int(d)] for d in results.loc[mine, "district_id"]],
            "check_id": results.loc[mine, "check_id"].tolist(),
            "severity": results.loc[mine, "severity"].tolist(),
            "value": results.loc[mine, "value"].astype(float).tolist(),
            "threshold": results.loc[mine, "threshold"].astype(float).tolist(),
            "message": results.loc[mine, "message"].tolist(),
        }
    )
    tables.append(ExportTable("findings", finding_frame, finding_geometries[mine.to_numpy()], POLYGON))
    return tables
