"""Opening the store a ``STORE`` parameter, the panel or a project names: a GeoPackage file
(:class:`DistrictStore`) or a PostgreSQL schema (:class:`PostgisStore`), by what the text says
(:func:`..core.store_address.parse_store_address`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..core.store_address import StoreAddress, parse_store_address

if TYPE_CHECKING:
    from pathlib import Path

    from .store_base import StoreBase


def open_store(location: str | Path | StoreAddress) -> StoreBase:
    """The store at ``location`` (its text, or its address read already); :class:`StoreError` (or
    :class:`InputError` for a malformed PostgreSQL address) saying why it cannot be used."""
    address = location if isinstance(location, StoreAddress) else parse_store_address(str(location))
    if address.is_postgres:
        from .postgis_store import PostgisStore

        return PostgisStore(address)
    from .district_store import DistrictStore

    return DistrictStore(address.geopackage)
