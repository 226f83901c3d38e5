"""The Processing algorithms on the bundled sample: the Val di Noto and the Savoy residences."""

import pytest
import shapely
from conftest import HERITAGE, MUNICIPALITIES, SAVOY, VAL_DI_NOTO
from qgis.core import QgsProcessingException, QgsVectorLayer

from cultural_district_plugin.services.district_store import DistrictStore

EXPECTED_IDS = {
    "createstore",
    "copystore",
    "loadmunicipalities",
    "builddistrictfrommunicipalities",
    "attachheritage",
    "exportdistrict",
    "runchecks",
    "removebatch",
    "comparedistricts",
    "importheritage",
    "importdistricts",
    "summarisedistricts",
    "coverage",
    "suggestsites",
    "importstakeholders",
    "importcommitments",
    "fundingsummary",
    "stakeholdernetwork",
    "exportlayers",
    "exportmetadata",
    "exportdossier",
    "hotspots",
    "pointpattern",
    "locationquotients",
    "dmtest",
    "candidatedistricts",
}


def test_provider_offers_the_stable_algorithm_ids(provider):
    assert provider.id() == "cultural_district"
    assert {a.name() for a in provider.algorithms()} == EXPECTED_IDS
    for algorithm in provider.algorithms():
        assert algorithm.shortHelpString() and algorithm.displayName()


def test_val_di_noto(district_store):
    path, results = district_store(19, "Tardo barocco del Val di Noto", VAL_DI_NOTO)
    assert results["created"]["CRS_AUTHID"] == "EPSG:7792"  # RDN2008 / UTM 33N for Sicily
    assert results["created"]["MUNICIPALITIES_LOADED"] == 391
    assert results["created"]["REPAIRED"] == 2  # Santa Ninfa and Bronte self-intersect in ISTAT 2023
    built = results["built"]
    assert built["MEMBERS"] == 8 and built["PARTS"] == 6 and built["POPULATION"] == 527173
    assert built["AREA_KM2"] == pytest.approx(2132.24, abs=0.1)
    summary = next(results["attached"]["SUMMARY"].getFeatures())
    assert summary["assets_inside"] == 16 and summary["area_method"] == "ellipsoidal, GRS 1980 (EPSG:7019)"
    # Planar area in UTM 33N: docs/methods.md (Reference figures) lists the eight municipalities' UTM areas
    # (sum 2,130.56 km²).
    store = DistrictStore(path)
    district = next(store.layer("districts").getFeatures())
    assert district.geometry().area() / 1e6 == pytest.approx(2130.56, abs=0.1)


def test_savoy_residences_around_turin(district_store):
    path, results = district_store(1, "Residenze sabaude", SAVOY)
    assert results["created"]["CRS_AUTHID"] == "EPSG:7791"  # RDN2008 / UTM 32N for Piedmont
    built = results["built"]
    # Hand-checked: areas 130.08 + 20.80 + 29.48 + 21.09 + 47.62 = 249.07 km² (docs/methods.md, Reference figures);
    # population 841,600 + 32,288 + 47,147 + 46,244 + 56,117 (ISTAT 2023); Rivoli does not touch Turin.
    assert built["MEMBERS"] == 5 and built["POPULATION"] == 1023396 and built["PARTS"] == 2
    assert built["AREA_KM2"] == pytest.approx(249.07, abs=0.05)
    summary = next(results["attached"]["SUMMARY"].getFeatures())
    assert summary["assets_inside"] == 15  # all Turin-area sites but Racconigi and Agliè
    # inventory: visitors of Egizio 2022, Mole 2008, Palazzo Reale 2022, Risorgimento 2022, MAUTO 2021,
    # Stupinigi 2016, Venaria 2018 (resources/sample/heritage_sample.csv): mixed years, flagged
    assert summary["visitors"] == 898500 + 532196 + 501272 + 25856 + 105876 + 115000 + 1048834
    assert summary["visitors_years"] == "2008-2022" and summary["mixed_visitor_years"] == 1
    # UNESCO 823: Palazzo Reale, Madama, Carignano, Valentino, Rivoli, Stupinigi, Venaria, Villa della Regina,
    # Moncalieri
    assert summary["unesco"] == 9
    assert summary["categories"] == "Centro per la cultura 9; Monumento e complesso monumentale 5; Edificio di culto 1"
    assert summary["assets_per_10k_residents"] == pytest.approx(15 / 102.3396)


def test_each_asset_gets_the_hand_checked_municipality(district_store):
    path, _ = district_store(19, "Val di Noto", VAL_DI_NOTO)
    store = DistrictStore(path)
    sample = {f["source_id"]: f["pro_com_t"] for f in QgsVectorLayer(HERITAGE).getFeatures()}
    kept, _ = store.read_table("heritage_assets", ["source_id", "art101_class", "coord_verified", "category"])
    kept = kept.set_index("source_id")
    # attaching goes through the inventory import: the sample's art. 101 class and verified flag survive
    assert (kept.loc["TO01", "art101_class"], kept.loc["TO01", "coord_verified"]) == ("museo", 1)
    assert (kept.loc["VDN02", "coord_verified"], kept.loc["VDN02", "category"]) == (0, "Architettura residenziale")
    table, _ = store.read_table("heritage_assets", ["source_id", "pro_com_t"])
    assigned = dict(zip(table["source_id"], table["pro_com_t"]))
    assert len(assigned) == 40
    for source_id, code in sample.items():
        if source_id.startswith(("VDN", "VDX")):  # the district's towns and the towns around it
            assert assigned[source_id] == code, source_id
        else:  # Turin-area sites are outside a Sicily-only store
            assert assigned[source_id] is None, source_id


def test_unknown_codes_refuse_the_whole_build(run_algorithm, tmp_path):
    path = tmp_path / "s.gpkg"
    run_algorithm("createstore", OUTPUT=str(path), MUNICIPALITIES=MUNICIPALITIES, REGION_CODES="19")
    with pytest.raises(QgsProcessingException, match="999999"):
        run_algorithm("builddistrictfrommunicipalities", STORE=str(path), NAME="X", CODES="087011, 999999")
    store = DistrictStore(path)
    assert store.layer("districts").featureCount() == 0 and store.layer("district_members").featureCount() == 0


def test_createstore_refuses_an_existing_file_unless_asked(run_algorithm, tmp_path):
    path = tmp_path / "s.gpkg"
    run_algorithm("createstore", OUTPUT=str(path), CRS="EPSG:7792")
    with pytest.raises(QgsProcessingException, match="already exists"):
        run_algorithm("createstore", OUTPUT=str(path), CRS="EPSG:7792")
    run_algorithm("createstore", OUTPUT=str(path), CRS="EPSG:7791", OVERWRITE=True)
    assert DistrictStore(path).info["crs"] == "EPSG:7791"


def test_loadmunicipalities_refuses_loading_twice(run_algorithm, tmp_path):
    path = tmp_path / "s.gpkg"
    run_algorithm("createstore", OUTPUT=str(path), CRS="EPSG:7792")
    loaded = run_algorithm("loadmunicipalities", STORE=str(path), MUNICIPALITIES=MUNICIPALITIES, REGION_CODES="19")
    assert loaded["LOADED"] == 391
    with pytest.raises(QgsProcessingException, match="already loaded"):
        run_algorithm("loadmunicipalities", STORE=str(path), MUNICIPALITIES=MUNICIPALITIES, REGION_CODES="19")
    assert DistrictStore(path).layer("municipalities").featureCount() == 391


def read_exported(path):
    """CRS and features (attribute dicts with a shapely ``geometry``) of an exported districts layer.
    Plain values only: no QGIS layer outlives this call (see conftest.collect_qgis_objects)."""
    layer = QgsVectorLayer(f"{path}|layername=districts")
    features = [
        dict(zip(layer.fields().names(), f.attributes()), geometry=shapely.from_wkb(bytes(f.geometry().asWkb())))
        for f in layer.getFeatures()
    ]
    return layer.crs().authid(), features


def test_exportdistrict_writes_the_named_district(district_store, run_algorithm, tmp_path):
    path, _ = district_store(19, "Val di Noto", VAL_DI_NOTO)
    run_algorithm("builddistrictfrommunicipalities", STORE=str(path), NAME="Noto only", CODES="089013")
    output = tmp_path / "nuova cartella" / "export.gpkg"  # a new folder in an existing one is made
    result = run_algorithm("exportdistrict", STORE=str(path), DISTRICT="Noto only", OUTPUT=str(output))
    assert result["DISTRICTS"] == 1
    crs, features = read_exported(output)
    assert [f["name"] for f in features] == ["Noto only"] and features[0]["members"] == 1
    assert features[0]["area_km2"] == pytest.approx(549.87, abs=0.05)  # docs/methods.md, Reference figures
    assert crs == "EPSG:7792" and features[0]["geometry"].is_valid
    with pytest.raises(QgsProcessingException, match="No district named"):
        run_algorithm("exportdistrict", STORE=str(path), DISTRICT="Nowhere", OUTPUT=str(tmp_path / "x.gpkg"))
    assert not (tmp_path / "x.gpkg").exists()


def test_removebatch_undoes_the_latest_bulk_operation(district_store, run_algorithm):
    path, results = district_store(19, "Val di Noto", VAL_DI_NOTO)
    run_algorithm("builddistrictfrommunicipalities", STORE=str(path), NAME="Noto only", CODES="089013")
    removed = run_algorithm("removebatch", STORE=str(path))
    assert removed["OPERATION"] == "build_district"
    store = DistrictStore(path)
    assert store.read_table("districts", ["name"])[0]["name"].tolist() == ["Val di Noto"]
    assert len(store.read_table("district_members", [])[0]) == 8
    # an older batch by id: the heritage attached earlier
    run_algorithm("removebatch", STORE=str(path), BATCH_ID=results["attached"]["BATCH_ID"])
    assert store.read_table("heritage_assets", [])[0].empty
    with pytest.raises(QgsProcessingException, match="no batch"):
        run_algorithm("removebatch", STORE=str(path), BATCH_ID="not-a-batch")
