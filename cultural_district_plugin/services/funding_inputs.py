"""Read the store's stakeholders and funding (:class:`core.funding_records.FundingRecords`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..core.funding_records import COMMITMENT_FIELDS, DECLARED_FIELDS, KEEPER_FIELDS, STAKEHOLDER_FIELDS, FundingRecords

if TYPE_CHECKING:
    from .district_store import DistrictStore


def read_funding(store: DistrictStore) -> FundingRecords:
    return FundingRecords(
        store.read_table("stakeholders", list(STAKEHOLDER_FIELDS))[0],
        store.read_table("commitments", list(COMMITMENT_FIELDS))[0],
        store.read_table("stakeholder_assets", list(KEEPER_FIELDS))[0],
        store.read_table("declared_totals", list(DECLARED_FIELDS))[0],
    )
