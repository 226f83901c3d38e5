"""The rules behind the stakeholder and funding checks of :mod:`district_checks` (docs/methods.md, "Funding
checks"): members without a stakeholder taking part, assets without a keeper, districts without a promoter,
commitments that do not add up to a declared total."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .check_framework import Severity
from .check_run_cache import assets_inside
from .district_finding import district_finding, present_districts
from .text_keys import text_key
from .translatable import translatable, translatable_n

EXAMPLES = 5


def _examples(labels: list[str]) -> str:
    return ", ".join(labels[:EXAMPLES]) + (" …" if len(labels) > EXAMPLES else "")


def _committed(data) -> pd.DataFrame:
    """Commitments with their stakeholder's fields (``stakeholder``, ``stakeholder_type``, ``role``, ``pro_com_t``)."""
    return data.funding.commitments_with_stakeholders()


def check_member_without_stakeholder(data, parameters):
    """Member municipalities of each district where no stakeholder committed to the district is based."""
    if data.funding is None or data.member_keys is None or data.unit_keys is None:
        return
    committed = _committed(data)
    keys = [str(k) for k in data.unit_keys]
    position = {k: j for j, k in enumerate(keys)}
    for i in range(len(data.district_ids)):
        members = data.member_keys[i] if i < len(data.member_keys) else frozenset()
        if not members:
            continue
        present = set(committed.loc[committed["district_id"] == data.district_ids[i], "pro_com_t"].dropna().astype(str))
        missing = sorted(k for k in members if k not in present and k in position)
        if not missing:
            continue
        index = [position[k] for k in missing]
        names = [data.unit_names[j] for j in index] if data.unit_names is not None else missing
        yield district_finding(
            data,
            i,
            "member_without_stakeholder",
            Severity.WARNING,
            translatable(
                "{count} of the {members} members of district {name} have no stakeholder taking part: {examples}"
            ),
            arguments={"count": len(missing), "members": len(members), "examples": _examples(names)},
            value=len(missing),
            threshold=0,
            feature_ids=tuple(int(data.unit_ids[j]) for j in index) if data.unit_ids is not None else (),
            feature_table="municipalities",
        )


def check_asset_without_keeper(data, parameters):
    """Heritage assets inside each district with no owner or manager recorded (``stakeholder_assets``)."""
    if data.funding is None or data.asset_points is None or data.asset_ids is None or not data.measurable:
        return
    kept = pd.to_numeric(data.funding.keepers["asset_id"], errors="coerce").dropna().astype(np.int64).to_numpy()
    ids = np.asarray(data.asset_ids).astype(np.int64)
    inside_of = assets_inside(data)
    for i in present_districts(data):
        inside = inside_of[i]
        orphans = inside[~np.isin(ids[inside], kept)].tolist()
        if not orphans:
            continue
        names = [str(data.asset_names[k]) for k in orphans] if data.asset_names is not None else []
        yield district_finding(
            data,
            i,
            "asset_without_keeper",
            Severity.WARNING,
            translatable_n(
                len(orphans),
                "{count} heritage asset in district {name} has no owner or manager recorded: {examples}",
                "{count} heritage assets in district {name} have no owner or manager recorded: {examples}",
            ),
            arguments={"count": len(orphans), "examples": _examples(names)},
            value=len(orphans),
            threshold=0,
            feature_ids=tuple(int(ids[k]) for k in orphans),
            feature_table="heritage_assets",
        )


def check_district_without_promoter(data, parameters):
    """Districts none of whose committed stakeholders is a promoter."""
    if data.funding is None:
        return
    committed = _committed(data)
    promoted = set(committed.loc[committed["role"] == "promoter", "district_id"].astype(int))
    for i, fid in enumerate(data.district_ids):
        if int(fid) not in promoted:
            yield district_finding(
                data,
                i,
                "district_without_promoter",
                Severity.WARNING,
                translatable("District {name} has no promoter among the stakeholders committed to it"),
            )


def check_declared_totals(data, parameters):
    """Declared totals of a district's funding instruments against the sum of its commitments to them."""
    if data.funding is None or data.funding.declared.empty:
        return
    tolerance = parameters["max_difference_eur"]
    money = data.funding.commitments.assign(
        key=[text_key(v) for v in data.funding.commitments["instrument"]],
        amount=pd.to_numeric(data.funding.commitments["amount_eur"], errors="coerce").fillna(0.0),
    )
    position = {int(f): i for i, f in enumerate(data.district_ids)}
    for district_id, instrument, total in zip(
        data.funding.declared["district_id"], data.funding.declared["instrument"], data.funding.declared["total_eur"]
    ):
        i = position.get(int(district_id))
        if i is None:
            continue
        mine = money[(money["district_id"] == district_id) & (money["key"] == text_key(instrument))]
        committed = float(mine["amount"].sum())
        difference = committed - float(total)
        if abs(difference) > tolerance:
            yield district_finding(
                data,
                i,
                "declared_totals",
                Severity.WARNING,
                translatable(
                    "District {name}: its {count} commitments to {instrument} add up to {committed:.2f} €, the "
                    "declared total is {total:.2f} € (difference {difference:+.2f} €)"
                ),
                arguments={
                    "count": len(mine),
                    "instrument": instrument,
                    "committed": committed,
                    "total": float(total),
                    "difference": difference,
                },
                value=abs(difference),
                threshold=tolerance,
            )
