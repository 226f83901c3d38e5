"""Stakeholders and funding (#12): imports with every reason code, the funding summary against hand-computed
totals (the APQ 2007 addendum of the Savoy residences), the network layer and the checks."""

import numpy as np
import pandas as pd
import pytest
import shapely
from conftest import ROOT, SAVOY
from shapely.geometry import Point, box

from cultural_district_plugin.core.check_framework import Severity
from cultural_district_plugin.core.district_checks import DISTRICT_CHECKS, DistrictCheckData
from cultural_district_plugin.core.funding_records import FundingRecords
from cultural_district_plugin.core.number_text import parse_amount
from cultural_district_plugin.core.stakeholder_types import funding_side, normalise_role, normalise_type
from cultural_district_plugin.services.district_store import DistrictStore

SAMPLES = ROOT / "resources" / "sample"
STAKEHOLDERS = SAMPLES / "stakeholders_residenze_sabaude.csv"
COMMITMENTS = SAMPLES / "commitments_residenze_sabaude.csv"
SAVOY_POPULATION = 1023396  # ISTAT 2023: Turin, Venaria Reale, Rivoli, Nichelino, Moncalieri


@pytest.fixture
def savoy(district_store):
    path, _ = district_store(1, "Residenze Sabaude", SAVOY)
    return path


def report_of(layer):
    return {f["name"]: (f["status"], f["reasons"]) for f in layer.getFeatures()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.250.000,00 €", 1250000.0),
        ("€ 11.800.000", 11800000.0),
        ("9.200.000,00", 9200000.0),
        ("1,250,000.00", 1250000.0),
        ("EUR 3.000,50", 3000.5),
        ("23,0 M€", 23000000.0),
        ("11.8 milioni", 11800000.0),
        ("(1.000)", -1000.0),
        ("", None),
    ],
)
def test_amounts_as_offices_write_them(text, expected):
    assert parse_amount(text) == expected


def test_types_roles_and_sides():
    assert normalise_type("Fondazione di origine bancaria") == "banking_foundation"
    assert normalise_type("fondazione bancaria") == "banking_foundation"
    assert normalise_type("Ente del Terzo Settore") == "third_sector" == normalise_type("associazione")
    assert normalise_type("Ministero") == normalise_type("Soprintendenza ABAP di Torino") == "state_body"
    assert normalise_type("Ente statale") == "state_body" and normalise_type("Consorzio") is None
    assert [normalise_role(r) for r in ("promotore", "Partner", "finanziatore", "GESTORE")] == [
        "promoter",
        "partner",
        "funder",
        "manager",
    ]
    assert funding_side("banking_foundation", None) == "private"  # private non-profit bodies by law
    assert funding_side("university_research", "public") == "public"
    assert funding_side("other", None) == "unclassified"


def test_the_savoy_partners_and_the_apq_addendum(run_algorithm, savoy):
    """The sample: 13 stakeholders (two of a type the synonyms do not know: kept as other, flagged), their assets,
    and the 2007 addendum's 114 M€ = 50 State + 11.8 Region + 13.7 local authorities + 38.5 banking foundations."""
    imported = run_algorithm("importstakeholders", STORE=str(savoy), INPUT=str(STAKEHOLDERS), REPORT="TEMPORARY_OUTPUT")
    assert (imported["IMPORTED"], imported["FLAGGED"], imported["REJECTED"]) == (13, 2, 0)
    report = report_of(imported["REPORT"])
    assert report["Consorzio delle Residenze Reali Sabaude"] == ("flagged", "unknown_type")
    assert report["Compagnia di San Paolo"] == ("imported", "")
    # owned: Palazzo Reale, Villa della Regina, Rivoli, Palazzo Madama, Stupinigi;
    # managed: Venaria, Stupinigi, Valentino
    assert imported["LINKS"] == 8
    store = DistrictStore(savoy)
    table, points = store.read_table(
        "stakeholders", ["name", "stakeholder_type", "role", "legal_status", "pro_com_t", "location_approximate"]
    )
    rows = table.set_index("name")
    assert rows.loc["Compagnia di San Paolo", ["stakeholder_type", "role"]].tolist() == ["banking_foundation", "funder"]
    assert rows.loc["Consorzio delle Residenze Reali Sabaude", ["stakeholder_type", "legal_status"]].tolist() == [
        "other",
        "public",
    ]
    assert rows.loc["Università degli Studi di Torino", "stakeholder_type"] == "university_research"
    assert (table["location_approximate"] == 1).all()  # placed on their municipality
    units, unit_geometries = store.read_table("municipalities", ["pro_com_t"])
    by_code = dict(zip(units["pro_com_t"], unit_geometries))
    assert all(by_code[c].covers(p) for c, p in zip(table["pro_com_t"], points))

    committed = run_algorithm("importcommitments", STORE=str(savoy), INPUT=str(COMMITMENTS), REPORT="TEMPORARY_OUTPUT")
    assert (committed["IMPORTED"], committed["REJECTED"], committed["DECLARED"]) == (9, 0, 1)
    assert committed["TOTAL_EUR"] == pytest.approx(114e6)

    summary = run_algorithm("fundingsummary", STORE=str(savoy), OUTPUT="TEMPORARY_OUTPUT", BY_SOURCE="TEMPORARY_OUTPUT")
    (row,) = list(summary["OUTPUT"].getFeatures())
    assert row["district"] == "Residenze Sabaude" and row["stakeholders"] == 9 and row["commitments"] == 9
    assert row["total_eur"] == pytest.approx(114e6)
    assert row["public_eur"] == pytest.approx(50e6 + 11.8e6 + 13.7e6) and row["private_eur"] == pytest.approx(38.5e6)
    assert row["public_share"] == pytest.approx(75.5 / 114)
    assert row["eur_per_resident"] == pytest.approx(114e6 / SAVOY_POPULATION)
    assert row["eur_per_asset"] == pytest.approx(114e6 / 15)  # the 15 Turin-area assets inside
    assert (row["eur_state_body"], row["eur_region"], row["eur_municipality"], row["eur_banking_foundation"]) == (
        pytest.approx(50e6),
        pytest.approx(11.8e6),
        pytest.approx(13.7e6),
        pytest.approx(38.5e6),
    )
    by_source = {(f["stakeholder_type"], f["year"]): f["amount_eur"] for f in summary["BY_SOURCE"].getFeatures()}
    assert by_source[("municipality", 2007)] == pytest.approx(13.7e6) and len(by_source) == 4

    network = run_algorithm("stakeholdernetwork", STORE=str(savoy), OUTPUT="TEMPORARY_OUTPUT")["OUTPUT"]
    links = {f["stakeholder"]: (f["role"], f["side"], f["amount_eur"]) for f in network.getFeatures()}
    assert len(links) == 9 and links["Regione Piemonte"] == ("promoter", "public", pytest.approx(11.8e6))
    assert links["Fondazione CRT"] == ("funder", "private", pytest.approx(15.5e6))
    _, (district,) = store.read_table("districts", [])
    for feature in network.getFeatures():  # from the stakeholder's point to a point inside the district
        line = shapely.from_wkb(bytes(feature.geometry().asWkb()))
        assert district.covers(shapely.Point(line.coords[-1])) and line.length > 0 or line.coords[0] == line.coords[-1]


def test_every_stakeholder_reason_code(run_algorithm, savoy, tmp_path):
    source = tmp_path / "soggetti.csv"
    source.write_text(
        "\n".join(
            [
                "Elenco dei soggetti",  # a title line
                "",
                "Nome,Tipo,Ruolo,Comune,Latitudine,Longitudine,Natura giuridica,Beni gestiti",
                "Città di Moncalieri,Comune,partner,Moncalieri,,,,",
                ",Comune,partner,Rivoli,,,,",  # missing_name
                "Città di Moncalieri,comune,finanziatore,Moncalieri,,,,",  # duplicate in the file
                "Circolo dei Lettori,Circolo,partner,Torino,,,,",  # unknown_type
                "Pro Loco di Rivoli,Pro loco,tifoso,Rivoli,,,semi-pubblico,",  # unknown_role, unknown_legal_status
                "Fondazione Egizio,Fondazione,gestore,Paperopoli,,,,",  # no_location
                "Museo Diffuso,Associazione,partner,Torino,quarantacinque,7.68,,",  # unparsable_coordinate
                "Amici di Malta,Associazione,partner,Torino,35.9,14.5,,",  # outside_italy: placed on Torino
                "Amici del Museo,Associazione,gestore,Torino,45.0683,7.6844,,Museo Egizio; Museo Immaginario",
                "",
            ]
        ),
        encoding="cp1252",
    )
    result = run_algorithm("importstakeholders", STORE=str(savoy), INPUT=str(source), REPORT="TEMPORARY_OUTPUT")
    reasons = [(f["status"], f["reasons"]) for f in result["REPORT"].getFeatures()]
    assert reasons == [
        ("imported", ""),
        ("rejected", "missing_name"),
        ("rejected", "duplicate"),
        ("flagged", "unknown_type"),
        ("flagged", "unknown_role,unknown_legal_status"),
        ("flagged", "no_location"),
        ("flagged", "unparsable_coordinate"),
        ("flagged", "outside_italy"),
        ("flagged", "unknown_asset"),
    ]
    assert result["LINKS"] == 1  # the Museo Egizio; the imaginary one is flagged
    names = DistrictStore(savoy).read_table("stakeholders", ["name"])[0]["name"].tolist()
    assert "Città di Torino" not in names and "Circolo dei Lettori" in names  # accents survived Windows-1252
    # the same row again: a duplicate of the store's stakeholder
    again = run_algorithm("importstakeholders", STORE=str(savoy), INPUT=str(source), REPORT="TEMPORARY_OUTPUT")
    assert again["IMPORTED"] == 0 and again["REJECTED"] == 9


def test_every_commitment_reason_code(run_algorithm, savoy, tmp_path):
    run_algorithm("importstakeholders", STORE=str(savoy), INPUT=str(STAKEHOLDERS))
    funding = tmp_path / "impegni.csv"
    funding.write_text(
        "Soggetto;Id soggetto;Distretto;Importo;Anno;Strumento;Totale dichiarato\n"
        "compagnia di san paolo;;residenze sabaude;1.250.000,00 €;2019;CIS;2.000.000\n"  # case ignored
        "Fondazione CRT;;Residenze Sabaude;€ 750.000;duemila;CIS;2.500.000\n"  # unparsable_year, conflicting_total
        "Fondazione Inesistente;;Residenze Sabaude;1.000;2019;CIS;\n"  # unknown_stakeholder
        ";99;Residenze Sabaude;1.000;2019;CIS;\n"  # unknown_stakeholder (id)
        "Regione Piemonte;;Val di Susa;1.000;2019;CIS;\n"  # unknown_district
        "Regione Piemonte;;Residenze Sabaude;;2019;CIS;\n"  # missing_amount
        "Regione Piemonte;;Residenze Sabaude;molti soldi;2019;CIS;\n"  # unparsable_amount
        "Regione Piemonte;;Residenze Sabaude;-5.000;2019;CIS;\n"  # negative_amount
        ";2;Residenze Sabaude;9.200.000,00;2020;PNRR;\n",  # by id: Regione Piemonte (fid 2)
        encoding="utf-8",
    )
    result = run_algorithm("importcommitments", STORE=str(savoy), INPUT=str(funding), REPORT="TEMPORARY_OUTPUT")
    reasons = [f["reasons"] for f in result["REPORT"].getFeatures()]
    assert reasons == [
        "",
        "unparsable_year,conflicting_total",
        "unknown_stakeholder",
        "unknown_stakeholder",
        "unknown_district",
        "missing_amount",
        "unparsable_amount",
        "negative_amount",
        "",
    ]
    assert (result["IMPORTED"], result["FLAGGED"], result["REJECTED"], result["DECLARED"]) == (3, 1, 6, 1)
    assert result["TOTAL_EUR"] == pytest.approx(1250000 + 750000 + 9200000)
    store = DistrictStore(savoy)
    declared = store.read_table("declared_totals", ["instrument", "total_eur"])[0]
    assert declared[["instrument", "total_eur"]].values.tolist() == [["CIS", 2000000.0]]
    # a second stakeholder of the same name makes the name ambiguous
    twin = tmp_path / "twin.csv"
    twin.write_text("Nome;Tipo;Comune\nRegione Piemonte;Regione;Rivoli\n", encoding="utf-8")
    run_algorithm("importstakeholders", STORE=str(savoy), INPUT=str(twin))
    ambiguous = run_algorithm("importcommitments", STORE=str(savoy), INPUT=str(funding), REPORT="TEMPORARY_OUTPUT")
    assert [f["reasons"] for f in ambiguous["REPORT"].getFeatures()][4:8] == ["ambiguous_stakeholder"] * 4
    # one batch each: removing the commitments' batch leaves the stakeholders
    run_algorithm("removebatch", STORE=str(savoy), BATCH_ID=ambiguous["BATCH_ID"])
    assert len(store.read_table("commitments", [])[0]) == 3


def _funding_data(**kw):
    """A district of two square municipalities (A, B) with an asset in each."""
    units = np.array([box(0, 0, 1000, 1000), box(1000, 0, 2000, 1000)], dtype=object)
    stakeholders = pd.DataFrame(
        {
            "fid": [1, 2, 3],
            "name": ["Comune A", "Fondazione", "Impresa"],
            "stakeholder_type": ["municipality", "banking_foundation", "enterprise"],
            "role": ["partner", "funder", kw.pop("third_role", "partner")],
            "pro_com_t": ["000001", "000001", None],
            "legal_status": [None, None, None],
        }
    )
    commitments = pd.DataFrame(
        {
            "fid": [1, 2, 3],
            "stakeholder_id": [1, 2, 3],
            "district_id": [7, 7, 7],
            "amount_eur": [100.0, 250.0, 50.0],
            "year": [2020, 2020, 2021],
            "instrument": ["CIS", "cis", "PNRR"],
        }
    )
    keepers = pd.DataFrame({"fid": [1], "stakeholder_id": [1], "asset_id": [11], "relation": ["owner"]})
    declared = pd.DataFrame(
        {"fid": [1], "district_id": [7], "instrument": ["CIS"], "total_eur": [kw.pop("total", 400.0)], "year": [2020]}
    )
    return DistrictCheckData(
        np.array([7]),
        ["D"],
        np.array([shapely.union_all(units)], dtype=object),
        unit_geometries=units,
        unit_keys=np.array(["000001", "000002"], dtype=object),
        unit_ids=np.array([21, 22]),
        unit_names=["A", "B"],
        member_keys=[frozenset({"000001", "000002"})],
        asset_points=np.array([Point(500, 500), Point(1500, 500)], dtype=object),
        asset_ids=np.array([11, 12]),
        asset_names=["Duomo", "Teatro"],
        funding=FundingRecords(stakeholders, commitments, keepers, declared),
    )


def test_funding_checks_on_crafted_data():
    data = _funding_data()
    run = {
        c: DISTRICT_CHECKS.run(data, [c])
        for c in ("member_without_stakeholder", "asset_without_keeper", "district_without_promoter", "declared_totals")
    }
    (member,) = run["member_without_stakeholder"]
    assert member.feature_table == "municipalities" and member.feature_ids == (22,) and member.message.endswith(": B")
    (orphan,) = run["asset_without_keeper"]
    assert orphan.feature_ids == (12,) and orphan.feature_table == "heritage_assets"
    (promoter,) = run["district_without_promoter"]
    assert promoter.severity is Severity.WARNING and promoter.district_id == 7
    (total,) = run["declared_totals"]  # CIS: 100 + 250 (instrument names compared ignoring case) against 400
    assert total.value == pytest.approx(50.0) and total.arguments["committed"] == pytest.approx(350.0)
    settled = _funding_data(third_role="promoter", total=350.5)
    assert DISTRICT_CHECKS.run(settled, ["district_without_promoter", "declared_totals"]) == []
    assert DISTRICT_CHECKS.run(settled, ["declared_totals"], {"max_difference_eur": 0.1})[0].value == pytest.approx(0.5)
