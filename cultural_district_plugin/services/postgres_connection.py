"""Connecting to a PostgreSQL store's database: psycopg2 for SQL, OGR for bulk copies, QGIS's ``postgres``
provider for layers. Credentials of a QGIS authentication configuration (``authcfg``) are looked up here, kept in
memory only and passed on to psycopg2 and OGR; QGIS layers get the ``authcfg`` itself, so no password is written
into a project file. Messages name the store by :meth:`StoreAddress.shown` (never a password)."""

from __future__ import annotations

from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsDataSourceUri, QgsWkbTypes

from ..core.store_address import StoreAddress
from ..translation import tr
from .store_schema import GEOMETRY_COLUMN


class DatabaseConnectionError(Exception):
    """The database cannot be reached or refused us; the message names the store and the server's reason."""


def resolved(address: StoreAddress) -> StoreAddress:
    """The address with a QGIS saved connection (``connection=<name>``) replaced by its settings."""
    name = address.keywords.get("connection")
    if not name:
        return address
    from qgis.core import QgsProviderRegistry

    from ..core.store_address import parse_store_address

    connections = QgsProviderRegistry.instance().providerMetadata("postgres").connections()
    if name not in connections:
        raise DatabaseConnectionError(
            tr("{0}: QGIS has no saved PostgreSQL connection {1!r}").format(address.shown(), name)
        )
    saved = QgsDataSourceUri(connections[name].uri())
    keywords = {k: v for k, v in address.keywords.items() if k != "connection"}
    settings = parse_store_address(f"{saved.connectionInfo(False)} schema={address.schema}")
    return StoreAddress(
        keywords={**settings.keywords, **keywords},
        schema=address.schema,
        authcfg=address.authcfg or settings.authcfg or saved.authConfigId() or None,
        given=address.given,
    )


def _credentials(address: StoreAddress) -> dict[str, str]:
    if not address.authcfg:
        return {}
    config = QgsAuthMethodConfig()
    manager = QgsApplication.authManager()
    if not manager.loadAuthenticationConfig(address.authcfg, config, True) or not config.isValid():
        raise DatabaseConnectionError(
            tr("{0}: QGIS has no authentication configuration {1!r}").format(address.shown(), address.authcfg)
        )
    return {"user": config.config("username"), "password": config.config("password")}


def conninfo(address: StoreAddress) -> str:
    """libpq keywords with the credentials of the address's authcfg, if any (in memory only)."""
    address = resolved(address)
    return address.conninfo(**_credentials(address))


def connect(address: StoreAddress):
    """A psycopg2 connection (not in autocommit: use it as a transaction)."""
    import psycopg2

    try:
        return psycopg2.connect(conninfo(address), application_name="Cultural District Planner", connect_timeout=10)
    except psycopg2.Error as error:
        raise DatabaseConnectionError(
            tr("{0}: cannot connect to the database: {1}").format(address.shown(), str(error).strip())
        ) from error


def ogr_name(address: StoreAddress) -> str:
    """The OGR data source name of the store's schema (its tables are the layers, by table name)."""
    return f"PG:{conninfo(address)} active_schema={address.schema} schemas={address.schema}"


def layer_uri(address: StoreAddress, table: str, geometry_type: str | None, srid: int | None) -> str:
    """The ``postgres`` provider's URI of a store table, with the authcfg rather than its password."""
    address = resolved(address)
    uri = QgsDataSourceUri(address.conninfo())
    if address.authcfg:
        uri.setAuthConfigId(address.authcfg)
    uri.setDataSource(address.schema, table, GEOMETRY_COLUMN if geometry_type else None, "", "fid")
    if geometry_type:
        uri.setSrid(str(srid))
        uri.setWkbType(QgsWkbTypes.parseType(geometry_type))
    return uri.uri(False)
