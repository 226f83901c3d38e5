"""Run the district checks over a store or a layer, and record a run in the store (one batch).

Computing (:func:`store_check_data`, :func:`layer_check_data`, ``DISTRICT_CHECKS.run``) works on copies
and is safe in a worker thread; :func:`write_check_run` writes and belongs on the main thread (the
dock calls it from ``QgsTask.finished``) or in a Processing algorithm.
"""

from __future__ import annotations

import functools
import hashlib
import json
from datetime import datetime, timezone
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import shapely
from qgis.core import QgsCoordinateReferenceSystem

from ..core.district_checks import CRS_GEOGRAPHIC, CRS_MISSING, CRS_PROJECTED, REQUIRED_FIELDS, DistrictCheckData
from ..core.district_geometry import polygonal_part
from ..definitions import column_titles
from ..translation import tr
from .district_import import district_name_field
from .funding_inputs import read_funding
from .layer_reader import read_layer
from .recorded_ids import RecordedIds

if TYPE_CHECKING:
    from collections.abc import Iterable

    from qgis.core import QgsVectorLayer

    from ..core.check_framework import Finding
    from .district_store import DistrictStore

MEASURE_CRS = "EPSG:7794"  # RDN2008 / Italy zone, for layers in a geographic CRS and no store


def _store_reference(store: DistrictStore) -> dict:
    """The store's municipalities, assets (with a point of their own: assets placed approximately are
    excluded) and the records the completeness check reads, as DistrictCheckData fields."""
    units, unit_geometries = store.read_table("municipalities", ["region_code", "pro_com_t", "name", "population"])
    assets, points = store.read_table(
        "heritage_assets", ["location_approximate", *REQUIRED_FIELDS["heritage_assets"], "name"]
    )
    keep = ~(shapely.is_missing(points) | shapely.is_empty(points)) & (
        assets["location_approximate"].fillna(0).astype(int).to_numpy() == 0
    )
    stakeholders, _ = store.read_table("stakeholders", ["name", *REQUIRED_FIELDS["stakeholders"]])
    return {
        "unit_geometries": unit_geometries,
        "unit_regions": units["region_code"].to_numpy(),
        "unit_keys": units["pro_com_t"].to_numpy(),
        "unit_ids": units["fid"].to_numpy(),
        "unit_names": units["name"].astype(str).tolist(),
        "unit_population": pd.to_numeric(units["population"], errors="coerce").to_numpy(dtype=float),
        "asset_points": np.asarray(points[keep], dtype=object),
        "asset_ids": assets["fid"].to_numpy()[keep],
        "asset_names": assets["name"].astype(str).to_numpy()[keep].tolist(),
        "records": {"heritage_assets": assets, "stakeholders": stakeholders},
        "funding": read_funding(store),
    }


def _member_keys(store: DistrictStore, district_ids: np.ndarray) -> list[frozenset[str]]:
    members, _ = store.read_table("district_members", ["district_id", "pro_com_t"])
    grouped = members.groupby("district_id")["pro_com_t"].agg(frozenset).to_dict() if len(members) else {}
    return [grouped.get(int(fid), frozenset()) for fid in district_ids]


def store_check_data(store: DistrictStore) -> DistrictCheckData:
    """The store's districts (and its municipalities as regional reference), in the store's CRS."""
    table, geometries = store.read_table("districts", ["name", *REQUIRED_FIELDS["districts"]])
    reference = _store_reference(store)
    reference["records"]["districts"] = table
    authid = store.crs.authid()
    return DistrictCheckData(
        table["fid"].to_numpy(),
        table["name"].tolist(),
        geometries,
        CRS_PROJECTED,
        authid,
        authid,
        member_keys=_member_keys(store, table["fid"].to_numpy()),
        **reference,
    )


def layer_check_data(
    layer: QgsVectorLayer, name_field: str | None = None, store: DistrictStore | None = None
) -> DistrictCheckData:
    """Any polygon layer's features as districts: projected to the store's CRS when a store is given
    (its municipalities then serve as reference), else to RDN2008 / Italy zone when geographic."""
    crs = layer.crs()
    name_field = district_name_field(layer, name_field)
    if not crs.isValid():
        status, target = CRS_MISSING, None
    else:
        status = CRS_GEOGRAPHIC if crs.isGeographic() else CRS_PROJECTED
        target = (
            store.crs
            if store is not None
            else (QgsCoordinateReferenceSystem(MEASURE_CRS) if crs.isGeographic() else crs)
        )
    table, geometries = read_layer(layer, target, [name_field] if name_field else [])
    names = table[name_field].astype(str).tolist() if name_field else [str(f) for f in table["fid"]]
    reference = {}
    if store is not None and target is not None:
        reference = _store_reference(store)
        reference["member_keys"] = [frozenset()] * len(table)  # a layer's features have no members
    return DistrictCheckData(
        table["fid"].to_numpy(),
        names,
        geometries,
        status,
        crs.authid() if crs.isValid() else "",
        target.authid() if target is not None else "",
        **reference,
    )


def message_of(finding: Finding) -> str:
    """The finding's message in the user's language (a ``field`` argument, a store column, by its title)."""
    arguments = dict(finding.arguments)
    if "field" in arguments:
        title = column_titles().get(arguments["field"], arguments["field"])
        arguments["field"] = title[:1].lower() + title[1:] if title[1:2].islower() else title  # mid-sentence
    return tr(finding.template).format(**arguments)


def district_digests(district_ids: Iterable[int], names: Iterable[str], geometries: Iterable) -> dict[str, str]:
    """``{district id: digest}`` of each district's name and geometry, to tell later whether it changed."""
    return {
        str(int(fid)): _digest(name, None if geometry is None else geometry.wkb)
        for fid, name, geometry in zip(district_ids, names, geometries)
    }


def _digest(name, wkb: bytes | None) -> str:
    data = (str(name) + "|").encode("utf-8") + (wkb or b"")
    return hashlib.sha1(data, usedforsecurity=False).hexdigest()


def write_check_run(
    store: DistrictStore,
    findings: list[Finding],
    check_ids: list[str],
    parameters: dict[str, float],
    source: str,
    data: DistrictCheckData | None = None,
) -> tuple[int, str]:
    """Record one run (its parameters and findings) in the store as one batch; returns (run id, batch id).

    Findings about the store's own districts keep their district id; those about another layer's
    features name them in ``feature_ids`` only. ``data`` (the checked districts) lets a run of the store's
    own districts remember what they were, so its findings can be marked stale when they change.
    """
    own_districts = source == "store"
    record = {"checks": list(check_ids), "parameters": parameters, "source": source}
    if own_districts and data is not None:
        record["districts"] = district_digests(data.district_ids, data.names, data.geometries)
    with store.batch("run_checks", tr("{0} findings over {1}").format(len(findings), source)) as batch:
        run_id = batch.add(
            "check_runs",
            [
                {
                    "run_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "parameters": json.dumps(record, sort_keys=True),
                }
            ],
        )[0]
        records, geometries = [], []
        for finding in findings:
            records.append(
                {
                    "run_id": run_id,
                    "district_id": finding.district_id if own_districts else None,
                    "check_id": finding.check_id,
                    "severity": finding.severity.value,
                    "value": finding.value,
                    "threshold": finding.threshold,
                    "message": message_of(finding),
                    "feature_ids": ",".join(str(i) for i in finding.concerned_ids),
                    "feature_table": finding.feature_table,
                }
            )
            geometries.append(None if finding.geometry is None else polygonal_part(finding.geometry))
        if records:
            batch.add("check_results", records, np.array(geometries, dtype=object))
    return run_id, batch.batch_id


def severity_counts(findings: list[Finding]) -> dict[str, int]:
    counts = {"error": 0, "warning": 0, "info": 0}
    for finding in findings:
        counts[finding.severity.value] += 1
    return counts


def latest_run_id(store: DistrictStore) -> int | None:
    """The id of the store's latest recorded check run (one SQL query: the panel asks on its GUI thread)."""
    latest = store.select("SELECT max(fid) FROM check_runs")[0][0]
    return int(latest) if latest is not None else None


FINDINGS_OF_RUN = (
    "SELECT r.fid, r.check_id, r.severity, r.message, d.name, r.feature_table "
    "FROM check_results r LEFT JOIN districts d ON d.fid = r.district_id WHERE r.run_id = ? ORDER BY r.fid"
)
IDS_OF_FINDING = "SELECT feature_ids FROM check_results WHERE fid = ?"


def recorded_findings(store: DistrictStore, run_id: int) -> list[dict]:
    """The findings of one recorded run, as dicts for the results view: one SQL query, without the geometries
    and without the ids each finding names (read, one finding's at a time, when it is selected: a national run
    names 21 MB of ids)."""
    return [
        {
            "finding_id": int(fid),
            "check_id": check_id,
            "severity": severity,
            "message": message,
            "district": district,
            "feature_ids": RecordedIds(load=functools.partial(_ids_of_finding, store, int(fid))),
            "feature_table": feature_table or "districts",
        }
        for fid, check_id, severity, message, district, feature_table in store.select(FINDINGS_OF_RUN, (int(run_id),))
    ]


def _ids_of_finding(store: DistrictStore, finding_id: int) -> str | None:
    rows = store.select(IDS_OF_FINDING, (finding_id,))
    return rows[0][0] if rows else None


def stale_districts(store: DistrictStore, run_id: int) -> list[str]:
    """Names of the districts added, removed or changed (name or geometry) since run ``run_id`` checked the
    store's districts; empty when nothing changed (or the run did not record them).

    The panel asks on its GUI thread when it shows a run: the digests are first made of the geometries' WKB as
    stored (two SQL queries, no geometry made); a district whose digest differs is looked at again through its
    geometry, as the run made it (a writer may store the same geometry in other bytes)."""
    row = store.select("SELECT parameters FROM check_runs WHERE fid = ?", (int(run_id),))
    if not row:
        return []
    recorded = json.loads(row[0][0] or "{}").get("districts")
    if recorded is None:
        return []
    names = {str(int(fid)): name for fid, name in store.select("SELECT fid, name FROM districts")}
    stored = store.geometry_wkb("districts")
    now = {fid: _digest(name, stored.get(int(fid))) for fid, name in names.items()}
    if any(recorded.get(fid) != digest for fid, digest in now.items()):
        districts, geometries = store.read_table("districts", ["name"])
        now = district_digests(districts["fid"], districts["name"], geometries)
    changed = [names[fid] for fid, digest in now.items() if recorded.get(fid) != digest]
    removed = [tr("a removed district (id {0})").format(fid) for fid in recorded if fid not in now]
    return sorted(changed) + removed
