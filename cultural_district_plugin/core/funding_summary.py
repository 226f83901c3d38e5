"""Who funds each district, with how much (docs/methods.md, "Funding"): totals, public and private money by
stakeholder type (:mod:`stakeholder_types`), per resident and per heritage asset, and by type and year."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .code_lists import STAKEHOLDER_TYPES
from .funding_records import FundingRecords
from .stakeholder_types import PRIVATE, PUBLIC, UNCLASSIFIED, funding_side

SUMMARY_COLUMNS = (
    "district",
    "stakeholders",
    "commitments",
    "total_eur",
    "public_eur",
    "private_eur",
    "unclassified_eur",
    "public_share",
    "eur_per_resident",
    "eur_per_asset",
    *(f"eur_{t}" for t in STAKEHOLDER_TYPES),
)
BY_SOURCE_COLUMNS = ("district", "stakeholder_type", "side", "year", "stakeholders", "amount_eur")


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else float("nan")


def funding_summary(records: FundingRecords, districts: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(one row per district, one row per district × stakeholder type × year)``.

    ``districts`` has ``fid``, ``name``, ``residents`` and ``assets`` (heritage assets inside). Districts without
    commitments have zero totals and an undefined public share (NaN)."""
    money = records.commitments_with_stakeholders()
    money["amount_eur"] = pd.to_numeric(money["amount_eur"], errors="coerce").fillna(0.0)
    money["side"] = [funding_side(t, s) for t, s in zip(money["stakeholder_type"], money["legal_status"])]
    rows, long_rows = [], []
    for fid, name, residents, assets in zip(
        districts["fid"], districts["name"], districts["residents"], districts["assets"]
    ):
        mine = money[money["district_id"] == fid]
        total = float(mine["amount_eur"].sum())
        by_side = mine.groupby("side")["amount_eur"].sum()
        by_type = mine.groupby("stakeholder_type")["amount_eur"].sum()
        public = float(by_side.get(PUBLIC, 0.0))
        row = {
            "district": name,
            "stakeholders": int(mine["stakeholder_id"].nunique()),
            "commitments": len(mine),
            "total_eur": total,
            "public_eur": public,
            "private_eur": float(by_side.get(PRIVATE, 0.0)),
            "unclassified_eur": float(by_side.get(UNCLASSIFIED, 0.0)),
            "public_share": _ratio(public, total),
            "eur_per_resident": _ratio(total, float(residents) if residents == residents else 0.0),
            "eur_per_asset": _ratio(total, float(assets or 0)),
        }
        row.update({f"eur_{t}": float(by_type.get(t, 0.0)) for t in STAKEHOLDER_TYPES})
        rows.append(row)
        if len(mine):
            grouped = mine.assign(year=mine["year"].astype("float")).groupby(
                ["stakeholder_type", "side", "year"], dropna=False
            )
            for (stakeholder_type, side, year), part in grouped:
                long_rows.append(
                    {
                        "district": name,
                        "stakeholder_type": stakeholder_type,
                        "side": side,
                        "year": None if year != year else int(year),
                        "stakeholders": int(part["stakeholder_id"].nunique()),
                        "amount_eur": float(part["amount_eur"].sum()),
                    }
                )
    table = pd.DataFrame(rows, columns=list(SUMMARY_COLUMNS))
    by_source = pd.DataFrame(long_rows, columns=list(BY_SOURCE_COLUMNS))
    return table, by_source


def stakeholder_links(records: FundingRecords) -> pd.DataFrame:
    """One row per stakeholder and district it commits to: its role, type, side, the amount and commitments."""
    money = records.commitments_with_stakeholders()
    if money.empty:
        return pd.DataFrame(
            columns=[
                "stakeholder_id",
                "district_id",
                "stakeholder",
                "stakeholder_type",
                "role",
                "side",
                "amount_eur",
                "commitments",
            ]
        )
    money["amount_eur"] = pd.to_numeric(money["amount_eur"], errors="coerce").fillna(0.0)
    money["side"] = [funding_side(t, s) for t, s in zip(money["stakeholder_type"], money["legal_status"])]
    keys = ["stakeholder_id", "district_id", "stakeholder", "stakeholder_type", "role", "side"]
    grouped = money.fillna({"role": "", "stakeholder_type": ""}).groupby(keys, dropna=False)
    links = grouped["amount_eur"].agg(["sum", "count"]).reset_index()
    links = links.rename(columns={"sum": "amount_eur", "count": "commitments"})
    links["role"] = links["role"].replace("", np.nan)
    return links
