"""Import a stakeholder list or a funding table into a store, each as one batch (the rows' classification is
the core's: :mod:`core.stakeholder_import`, :mod:`core.commitment_import`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..core.commitment_import import prepare_commitments
from ..core.italy_outline import load_outline
from ..core.stakeholder_columns import recognise_commitment_columns, recognise_stakeholder_columns
from ..core.stakeholder_import import asset_keys, prepare_stakeholders, stakeholder_key
from ..core.text_keys import text_key
from ..plugin_resources import resource_path
from ..translation import tr
from .coordinate_arrays import WGS84, transformer
from .heritage_import import municipality_index
from .table_sources import read_source

if TYPE_CHECKING:
    from pathlib import Path

    from qgis.core import QgsVectorLayer

    from ..core.commitment_import import PreparedCommitments
    from ..core.stakeholder_import import PreparedStakeholders
    from .district_store import DistrictStore


def import_stakeholders(
    store: DistrictStore,
    source: str | Path | QgsVectorLayer,
    overrides: dict[str, str] | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> tuple[PreparedStakeholders, str]:
    """Import ``source`` into ``store``; returns the prepared rows (with their report) and the batch id."""
    table = read_source(source, encoding, delimiter)
    mapping = recognise_stakeholder_columns(table.header, overrides)
    existing, _ = store.read_table("stakeholders", ["name", "stakeholder_type", "pro_com_t"])
    assets, _ = store.read_table("heritage_assets", ["name", "source_id"])
    municipalities = municipality_index(store)
    prepared = prepare_stakeholders(
        table.rows,
        mapping,
        municipalities if len(municipalities.codes) else None,
        transformer(WGS84, store.crs),
        {stakeholder_key(*row) for row in existing[["name", "stakeholder_type", "pro_com_t"]].itertuples(index=False)},
        asset_keys(assets),
        load_outline(resource_path("reference", "italy_outline.geojson")),
    )
    description = tr("{0} stakeholders from {1}").format(len(prepared.records), table.description)
    with store.batch("import_stakeholders", description) as batch:
        fids = batch.add("stakeholders", prepared.records, prepared.points) if prepared.records else []
        links = [
            {"stakeholder_id": fids[index], "asset_id": asset, "relation": relation}
            for index, asset, relation in dict.fromkeys(prepared.links)
        ]
        if links:
            batch.add("stakeholder_assets", links)
    return prepared, batch.batch_id


def import_commitments(
    store: DistrictStore,
    source: str | Path | QgsVectorLayer,
    overrides: dict[str, str] | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> tuple[PreparedCommitments, str]:
    """Import a funding table's commitments (and declared totals) into ``store`` as one batch."""
    table = read_source(source, encoding, delimiter)
    mapping = recognise_commitment_columns(table.header, overrides)
    stakeholders, _ = store.read_table("stakeholders", ["name"])
    districts, _ = store.read_table("districts", ["name"])
    declared, _ = store.read_table("declared_totals", ["district_id", "instrument"])
    before = {(int(d), text_key(i)) for d, i in zip(declared["district_id"], declared["instrument"])}
    prepared = prepare_commitments(table.rows, mapping, stakeholders, districts, before)
    description = tr("{0} commitments from {1}").format(len(prepared.records), table.description)
    with store.batch("import_commitments", description) as batch:
        if prepared.records:
            batch.add("commitments", prepared.records)
        if prepared.declared:
            batch.add("declared_totals", prepared.declared)
    return prepared, batch.batch_id
