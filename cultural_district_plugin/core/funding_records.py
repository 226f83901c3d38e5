"""The store's stakeholders and funding as the summaries and checks read them (pure data, no QGIS)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

STAKEHOLDER_FIELDS = ("name", "stakeholder_type", "role", "pro_com_t", "legal_status")
COMMITMENT_FIELDS = ("stakeholder_id", "district_id", "amount_eur", "year", "instrument")
KEEPER_FIELDS = ("stakeholder_id", "asset_id", "relation")
DECLARED_FIELDS = ("district_id", "instrument", "total_eur", "year")


def _empty(columns) -> pd.DataFrame:
    return pd.DataFrame({"fid": pd.Series(dtype="int64"), **{c: pd.Series(dtype="object") for c in columns}})


@dataclass(frozen=True)
class FundingRecords:
    stakeholders: pd.DataFrame  # fid + STAKEHOLDER_FIELDS
    commitments: pd.DataFrame  # fid + COMMITMENT_FIELDS
    keepers: pd.DataFrame  # fid + KEEPER_FIELDS (stakeholder_assets)
    declared: pd.DataFrame  # fid + DECLARED_FIELDS (declared_totals)

    @classmethod
    def empty(cls) -> FundingRecords:
        return cls(
            _empty(STAKEHOLDER_FIELDS), _empty(COMMITMENT_FIELDS), _empty(KEEPER_FIELDS), _empty(DECLARED_FIELDS)
        )

    def commitments_with_stakeholders(self) -> pd.DataFrame:
        """Each commitment with its stakeholder's type, role, municipality and legal status."""
        stakeholders = self.stakeholders.rename(columns={"fid": "stakeholder_id", "name": "stakeholder"})
        stakeholders["stakeholder_id"] = pd.to_numeric(stakeholders["stakeholder_id"]).astype("float64")
        commitments = self.commitments.assign(
            stakeholder_id=pd.to_numeric(self.commitments["stakeholder_id"]).astype("float64"),
            district_id=pd.to_numeric(self.commitments["district_id"]).astype("float64"),
        )  # empty tables come back as object columns; ids compare as numbers
        return commitments.merge(stakeholders, on="stakeholder_id", how="left")
