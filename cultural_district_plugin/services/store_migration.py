"""Upgrading a store written by an older version of the plugin, after a backup copy.

Each step brings the schema up by one version. A failed upgrade puts the backup back: the file is as it
was. The backup stays beside the store (``<name>.schema<N>-backup.gpkg``) for the user to delete.

* 1 → 2: timestamps. Version 1 declared ``created_at`` with an SQL expression default, which GeoPackage
  readers report (and write back) as the literal text ``strftime(...)``. The default is removed (SQLite's
  documented procedure for changing a default), literal values become the time of their batch (else the
  store's creation), triggers keep ``created_at``/``updated_at``; district names become unique (a later
  duplicate is renamed ``"<name> (2)"``).
* 2 → 3: stakeholders and findings. Stakeholders gain address, email, website, legal status and whether
  their point is their municipality's; new tables ``stakeholder_assets`` (owners and managers of assets)
  and ``declared_totals`` (declared totals of funding instruments); findings name the table their
  ``feature_ids`` point into (``feature_table``). Columns are added with ``ALTER TABLE … ADD COLUMN``
  (existing rows get NULL, or the column's default). A finding outlives its district: its link becomes
  ``ON DELETE SET NULL`` (the table's declaration is rewritten, SQLite's documented procedure).
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from osgeo import ogr

from ..translation import tr
from .store_schema import SCHEMA_VERSION, TABLES_BY_NAME, create_table_sql, trigger_sql

V1_CREATED_DEFAULT = " NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))"
V1_LITERAL = "strftime('%Y-%m-%dT%H:%M:%fZ','now')"


def backup_path(path: Path, version: int) -> Path:
    candidate = path.with_name(f"{path.stem}.schema{version}-backup{path.suffix}")
    number = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}.schema{version}-backup-{number}{path.suffix}")
        number += 1
    return candidate


def migrate_store(path: str | Path, version: int) -> tuple[int, Path]:
    """Upgrade the store at ``path`` from schema ``version`` to the current one; returns
    ``(version, backup path)``. Raises StoreError (the file restored) when a step fails."""
    from .district_store import StoreError

    path = Path(path)
    if version < 1:
        raise StoreError(
            tr(
                "{0}: store schema version {1} cannot be migrated to version {2}; the file was left " "untouched"
            ).format(path, version, SCHEMA_VERSION)
        )
    backup = backup_path(path, version)
    shutil.copy2(path, backup)
    try:
        for step in range(version, SCHEMA_VERSION):
            STEPS[step](path)
        _set_version(path, version)
    except Exception as error:
        shutil.copy2(backup, path)
        raise StoreError(
            tr("{0}: upgrading the store from schema {1} failed ({2}); the file was restored from " "{3}").format(
                path, version, error, backup
            )
        ) from error
    return version, backup


def _set_version(path: Path, previous: int) -> None:
    con = sqlite3.connect(path)
    try:
        with con:
            con.execute("UPDATE store_info SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),))
            con.executemany(
                "INSERT OR REPLACE INTO store_info (key, value) VALUES (?, ?)",
                [
                    ("migrated_from", str(previous)),
                    ("migrated_at", datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")),
                ],
            )
    finally:
        con.close()


def _v1_to_v2(path: Path) -> None:
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("BEGIN")
        schema_version = con.execute("PRAGMA schema_version").fetchone()[0]
        con.execute("PRAGMA writable_schema = ON")
        for table in ("districts", "batches"):
            sql = con.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()[0]
            con.execute(
                "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?",
                (sql.replace(V1_CREATED_DEFAULT, ""), table),
            )
        con.execute(f"PRAGMA schema_version = {int(schema_version) + 1}")
        con.execute("PRAGMA writable_schema = OFF")
        con.execute("COMMIT")
        if con.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise RuntimeError("integrity check failed after the schema change")
    finally:
        con.close()
    # Feature tables are updated through OGR: their R-tree triggers call GeoPackage SQL functions.
    literal = V1_LITERAL.replace("'", "''")
    ds = ogr.Open(str(path), update=1)
    try:
        ds.StartTransaction()
        # the literal is a constant of this module, quoted for SQL
        fix_literals = (
            "UPDATE districts SET created_at = COALESCE((SELECT b.created_at FROM batches b WHERE "  # noqa: S608
            f"b.batch_id = districts.batch_id AND b.created_at != '{literal}'), (SELECT value FROM store_info "
            f"WHERE key = 'created_at')) WHERE created_at = '{literal}'"  # nosec B608
        )
        ds.ExecuteSQL(fix_literals)
        _rename_duplicate_districts(ds)
        ds.CommitTransaction()
    finally:
        ds = None
    con = sqlite3.connect(path)
    try:
        with con:
            for table in ("districts", "batches"):
                for statement in trigger_sql(TABLES_BY_NAME[table]):
                    con.execute(statement)
            con.execute('CREATE UNIQUE INDEX IF NOT EXISTS "districts_name_unique" ON "districts" ("name")')
    finally:
        con.close()


def _rename_duplicate_districts(ds) -> None:
    """Later districts sharing a name get ``"<name> (2)"``, ``(3)``…, so names can be unique."""
    layer = ds.GetLayerByName("districts")
    seen = {}
    renames = []
    for feature in sorted(layer, key=lambda f: f.GetFID()):
        name = feature.GetField("name")
        if name in seen:
            seen[name] += 1
            renames.append((feature.GetFID(), f"{name} ({seen[name]})"))
        else:
            seen[name] = 1
    taken = set(seen)
    for fid, new_name in renames:
        while new_name in taken:
            new_name += "*"
        taken.add(new_name)
        feature = layer.GetFeature(fid)
        feature.SetField("name", new_name)
        layer.SetFeature(feature)


def _add_columns(con: sqlite3.Connection, table: str, names: tuple[str, ...]) -> None:
    present = {row[1] for row in con.execute(f'PRAGMA table_info("{table}")')}  # nosec B608
    for column in TABLES_BY_NAME[table].columns:
        if column.name not in names or column.name in present:
            continue
        spec = f'"{column.name}" {column.sql_type}'  # names and types from the schema declarations
        if column.default is not None:
            spec += f" DEFAULT {column.default}"
        if column.check:
            spec += f" CHECK ({column.check})"
        con.execute(f'ALTER TABLE "{table}" ADD COLUMN {spec}')  # nosec B608


def _create_attribute_table(con: sqlite3.Connection, name: str) -> None:
    table = TABLES_BY_NAME[name]
    con.execute(create_table_sql(table))
    for statement in trigger_sql(table):
        con.execute(statement)
    con.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES (?, 'attributes', ?, ?)",
        (table.name, table.name, table.description),
    )


V2_FINDING_LINK = "FOREIGN KEY (district_id) REFERENCES districts(fid) ON DELETE CASCADE"
V3_FINDING_LINK = "FOREIGN KEY (district_id) REFERENCES districts(fid) ON DELETE SET NULL"


def _rewrite_declaration(con: sqlite3.Connection, table: str, old: str, new: str) -> None:
    """Change a table's declaration in place (SQLite's procedure for changes that keep the stored format)."""
    schema_version = con.execute("PRAGMA schema_version").fetchone()[0]
    con.execute("PRAGMA writable_schema = ON")
    sql = con.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()[0]
    con.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", (sql.replace(old, new), table))
    con.execute(f"PRAGMA schema_version = {int(schema_version) + 1}")
    con.execute("PRAGMA writable_schema = OFF")


def _v2_to_v3(path: Path) -> None:
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("BEGIN")
        _rewrite_declaration(con, "check_results", V2_FINDING_LINK, V3_FINDING_LINK)
        con.execute("COMMIT")
        if con.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise RuntimeError("integrity check failed after the schema change")
    finally:
        con.close()
    con = sqlite3.connect(path)
    try:
        with con:
            _add_columns(con, "stakeholders", ("address", "email", "website", "legal_status", "location_approximate"))
            _add_columns(con, "check_results", ("feature_table",))
            for name in ("stakeholder_assets", "declared_totals"):
                _create_attribute_table(con, name)
    finally:
        con.close()


STEPS = {1: _v1_to_v2, 2: _v2_to_v3}  # from version -> the step to the next one
