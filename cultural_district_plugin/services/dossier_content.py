"""What a dossier says about each district, as sections of rows (titles and cells already in the document's
language): key figures, members, assets by category, coverage, stakeholders and funding, check findings."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import shapely

from ..core.coverage import CoverageSettings, district_coverage
from ..core.funding_summary import funding_summary
from ..core.translatable import translatable
from .check_runner import latest_run_id
from .district_report import district_summaries
from .funding_inputs import read_funding

if TYPE_CHECKING:
    from .district_store import DistrictStore
    from .document_language import DocumentLanguage

NEAR_M, CATCHMENT_M = 2000.0, 1000.0  # the coverage figures a dossier quotes (the coverage algorithm's defaults)
TYPE_LABELS = {
    "state_body": translatable("State body"),
    "region": translatable("Region"),
    "municipality": translatable("Municipality"),
    "banking_foundation": translatable("Banking foundation"),
    "enterprise": translatable("Enterprise"),
    "third_sector": translatable("Third sector"),
    "university_research": translatable("University or research body"),
    "religious_body": translatable("Religious body"),
    "other": translatable("Other"),
}
ROLE_LABELS = {
    "promoter": translatable("Promoter"),
    "partner": translatable("Partner"),
    "funder": translatable("Funder"),
    "manager": translatable("Manager"),
}
SEVERITY_LABELS = {
    "error": translatable("Error"),
    "warning": translatable("Warning"),
    "info": translatable("Information"),
}


@dataclass
class Section:
    title: str
    headers: list[str]
    rows: list[list[str]]
    note: str = ""
    numeric: list[int] = field(default_factory=list)  # columns aligned right


@dataclass
class StoreFacts:
    """What the sections need, read once for all the districts of a dossier."""

    summaries: dict
    members: pd.DataFrame
    municipalities: pd.DataFrame
    coverage: pd.DataFrame
    near: pd.DataFrame
    asset_names: list
    funding: pd.DataFrame
    committed: pd.DataFrame
    findings: pd.DataFrame
    run: tuple  # (run id, run_at) or (None, "")


def read_facts(store: DistrictStore, district_ids: list[int]) -> StoreFacts:
    summaries = {s.district_id: s for s in district_summaries(store, district_ids)}
    members, _ = store.read_table("district_members", ["district_id", "pro_com_t"])
    municipalities, units = store.read_table("municipalities", ["pro_com_t", "name", "province", "population"])
    districts, geometries = store.read_table("districts", ["name"])
    keep = districts["fid"].isin(district_ids).to_numpy()
    assets, points = store.read_table("heritage_assets", ["name"])
    located = ~(shapely.is_missing(points) | shapely.is_empty(points))
    result = district_coverage(
        geometries[keep],
        districts["name"][keep].tolist(),
        np.asarray(points[located], dtype=object),
        CoverageSettings(NEAR_M, CATCHMENT_M, 2000.0),
        units,
        pd.to_numeric(municipalities["population"], errors="coerce").fillna(0).to_numpy(dtype=float),
    )
    coverage = result["table"].assign(fid=districts["fid"][keep].to_numpy())
    near = result["near_misses"].assign(fid=districts["fid"][keep].to_numpy()[result["near_misses"]["district"]])
    records = read_funding(store)
    frame = pd.DataFrame(
        {
            "fid": [s.district_id for s in summaries.values()],
            "name": [s.name for s in summaries.values()],
            "residents": [s.population for s in summaries.values()],
            "assets": [s.assets_inside for s in summaries.values()],
        }
    )
    funding, _ = funding_summary(records, frame)
    funding["fid"] = frame["fid"].to_numpy()
    run_id = latest_run_id(store)
    runs, _ = store.read_table("check_runs", ["run_at"])
    findings, _ = store.read_table(  # the latest run's findings only (none without a run), without geometries
        "check_results",
        ["run_id", "district_id", "check_id", "severity", "message"],
        geometry=False,
        where=f"run_id = {int(run_id)}" if run_id is not None else "fid < 0",
    )
    run_at = runs.loc[runs["fid"] == run_id, "run_at"].iloc[0] if run_id is not None else ""
    return StoreFacts(
        summaries,
        members,
        municipalities,
        coverage,
        near,
        assets["name"][located].tolist(),
        funding,
        records.commitments_with_stakeholders(),
        findings,
        (run_id, run_at),
    )


def district_sections(facts: StoreFacts, fid: int, lang: DocumentLanguage) -> list[Section]:
    number = lang.number
    s = facts.summaries[fid]
    sections = [
        Section(
            lang.tr("Key figures"),
            [lang.tr("Indicator"), lang.tr("Value")],
            [
                [lang.tr("Member municipalities"), number(s.members)],
                [lang.tr("Area (ellipsoidal)"), f"{number(s.area_km2, 2)} km²"],
                [lang.tr("Residents (ISTAT 2023)"), number(s.population)],
                [lang.tr("Parts / holes"), f"{s.parts} / {s.holes}"],
                [lang.tr("Heritage assets inside"), number(s.assets_inside)],
                [lang.tr("Heritage assets per km²"), number(s.assets_per_km2, 3)],
                [lang.tr("Heritage assets per 10,000 residents"), number(s.assets_per_10k_residents, 2)],
                [lang.tr("Heritage density against the store's territory"), number(s.heritage_density_ratio, 2)],
                [lang.tr("Clark–Evans R of the assets (below 1: clustered)"), number(s.clark_evans_r, 3)],
            ],
            numeric=[1],
        )
    ]
    codes = facts.members.loc[facts.members["district_id"] == fid, "pro_com_t"]
    members = facts.municipalities[facts.municipalities["pro_com_t"].isin(codes)].sort_values("name")
    sections.append(
        Section(
            lang.tr("Member municipalities"),
            [lang.tr("Municipality"), lang.tr("ISTAT code"), lang.tr("Province"), lang.tr("Residents")],
            [
                [str(r.name), str(r.pro_com_t), str(r.province or ""), number(r.population)]
                for r in members.itertuples()
            ],
            numeric=[3],
        )
    )
    categories = [part.rsplit(" ", 1) for part in s.categories.split("; ") if part]
    sections.append(
        Section(
            lang.tr("Heritage assets by category"),
            [lang.tr("Category"), lang.tr("Assets")],
            [[c, n] for c, n in categories],
            numeric=[1],
        )
    )
    coverage = facts.coverage[facts.coverage["fid"] == fid].iloc[0]
    near = facts.near[facts.near["fid"] == fid].sort_values("distance_m")
    near_names = ", ".join(f"{facts.asset_names[p]} ({number(d)} m)" for p, d in zip(near["point"], near["distance_m"]))
    sections.append(
        Section(
            lang.tr("Coverage"),
            [lang.tr("Indicator"), lang.tr("Value")],
            [
                [
                    lang.tr("Heritage assets inside / in the inventory"),
                    f"{coverage['assets_inside']} / {coverage['assets_total']}",
                ],
                [lang.tr("Near misses within 2 km of the boundary"), number(coverage["assets_near"])],
                [lang.tr("Area within 1 km of an asset inside"), lang.share(coverage["catchment_share"], 1)],
                [lang.tr("Residents within 1 km of an asset inside"), lang.share(coverage.get("residents_share"), 1)],
                [
                    lang.tr("Distance from residents to the nearest asset, median"),
                    f"{number(coverage.get('nearest_asset_median_m'))} m",
                ],
                [
                    lang.tr("Distance from residents to the nearest asset, 90th percentile"),
                    f"{number(coverage.get('nearest_asset_p90_m'))} m",
                ],
            ],
            note=(lang.tr("Near misses: {0}").format(near_names) if near_names else "")
            + " "
            + lang.tr("Residents: municipal populations spread evenly over their area."),
            numeric=[1],
        )
    )
    money = facts.committed[facts.committed["district_id"] == fid]
    by_stakeholder = (
        money.groupby(["stakeholder", "stakeholder_type", "role"], dropna=False)["amount_eur"].sum().reset_index()
        if len(money)
        else money
    )
    rows = (
        [
            [
                str(r.stakeholder),
                lang.tr(TYPE_LABELS.get(r.stakeholder_type, "Other")),
                lang.tr(ROLE_LABELS.get(r.role, "")) if r.role == r.role and r.role else "",
                f"{number(r.amount_eur)} €",
            ]
            for r in by_stakeholder.sort_values("amount_eur", ascending=False).itertuples()
        ]
        if len(by_stakeholder)
        else []
    )
    funding = facts.funding[facts.funding["fid"] == fid].iloc[0]
    rows.append([lang.tr("Total"), "", "", f"{number(funding['total_eur'])} €"])
    sections.append(
        Section(
            lang.tr("Stakeholders and funding"),
            [lang.tr("Stakeholder"), lang.tr("Type"), lang.tr("Role"), lang.tr("Committed")],
            rows,
            note=lang.tr("Public {0} €, private {1} € (public share {2}); {3} € per resident.").format(
                number(funding["public_eur"]),
                number(funding["private_eur"]),
                lang.share(funding["public_share"]),
                number(funding["eur_per_resident"], 2),
            ),
            numeric=[3],
        )
    )
    findings = facts.findings[facts.findings["district_id"] == fid]
    run_id, run_at = facts.run
    sections.append(
        Section(
            lang.tr("Check findings"),
            [lang.tr("Severity"), lang.tr("Check"), lang.tr("Message")],
            [[lang.tr(SEVERITY_LABELS[r.severity]), str(r.check_id), str(r.message)] for r in findings.itertuples()],
            note=lang.tr("Check run {0} of {1}.").format(run_id, run_at)
            if run_id is not None
            else lang.tr("The checks were never run."),
        )
    )
    return sections
