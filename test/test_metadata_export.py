"""The RNDT metadata record (#13): well-formed, namespace-correct, each mandatory element with the right value."""

import pytest
from conftest import VAL_DI_NOTO
from lxml import etree
from qgis.core import QgsProcessingException

NS = {
    "gmd": "http://www.isotc211.org/2005/gmd",
    "gco": "http://www.isotc211.org/2005/gco",
    "gmx": "http://www.isotc211.org/2005/gmx",
    "xlink": "http://www.w3.org/1999/xlink",
}
OFFICE = {"IPA_CODE": "r_sicili", "ORGANISATION": "Regione Siciliana", "CONTACT_EMAIL": "distretti@regione.sicilia.it"}


def text(tree, path):
    found = tree.xpath(path, namespaces=NS)
    assert found, path
    return found[0] if isinstance(found[0], str) else found[0].text


def test_val_di_noto_record_element_by_element(district_store, run_algorithm, tmp_path):
    path, _ = district_store(19, "Val di Noto", VAL_DI_NOTO)
    output = tmp_path / "val_di_noto.xml"
    result = run_algorithm(
        "exportmetadata",
        STORE=str(path),
        DISTRICT="Val di Noto",
        OUTPUT=str(output),
        POSITIONAL_ACCURACY_M=2.5,
        ONLINE_RESOURCE="https://dati.regione.sicilia.it/distretti/val-di-noto",
        **OFFICE,
    )
    raw = output.read_bytes()
    assert raw.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
    tree = etree.fromstring(raw)  # well-formed
    assert tree.tag == "{http://www.isotc211.org/2005/gmd}MD_Metadata"
    assert len(tree.xpath("/gmd:MD_Metadata", namespaces=NS)) == 1
    identifier = text(tree, "gmd:fileIdentifier/gco:CharacterString")
    assert identifier.startswith("r_sicili:") and identifier == result["FILE_IDENTIFIER"]
    assert text(tree, "gmd:language/gmd:LanguageCode/@codeListValue") == "ita"
    assert text(tree, "gmd:hierarchyLevel/gmd:MD_ScopeCode/@codeListValue") == "dataset"
    contact = "gmd:contact/gmd:CI_ResponsibleParty/"
    assert text(tree, contact + "gmd:organisationName/gco:CharacterString") == "Regione Siciliana"
    assert (
        text(tree, contact + "gmd:contactInfo//gmd:electronicMailAddress/gco:CharacterString")
        == OFFICE["CONTACT_EMAIL"]
    )
    assert text(tree, contact + "gmd:role/gmd:CI_RoleCode/@codeListValue") == "pointOfContact"
    assert len(text(tree, "gmd:dateStamp/gco:Date")) == 10
    assert text(tree, "gmd:metadataStandardName/gmx:Anchor") == "Linee Guida RNDT"
    assert (
        text(tree, "gmd:metadataStandardName/gmx:Anchor/@xlink:href")
        == "https://registry.geodati.gov.it/document/lg-rndt"
    )
    assert text(tree, "gmd:metadataStandardVersion/gco:CharacterString") == "2.0"
    crs = "gmd:referenceSystemInfo//gmd:RS_Identifier/gmd:code/gmx:Anchor"
    assert text(tree, crs) == "RDN2008-TM33EN"  # Sicily: RDN2008 / UTM zone 33N
    assert text(tree, crs + "/@xlink:href") == "http://www.opengis.net/def/crs/EPSG/0/7792"
    ident = "gmd:identificationInfo/gmd:MD_DataIdentification/"
    assert text(tree, ident + "gmd:citation//gmd:title/gco:CharacterString") == "Distretto culturale: Val di Noto"
    assert text(tree, ident + "gmd:citation//gmd:MD_Identifier/gmd:code/gco:CharacterString") == "r_sicili:val_di_noto"
    abstract = text(tree, ident + "gmd:abstract/gco:CharacterString")
    assert "8 comuni" in abstract and "2.132,24 km²" in abstract and "527.173 abitanti" in abstract
    keywords = tree.xpath(ident + "gmd:descriptiveKeywords//gmd:keyword/gco:CharacterString/text()", namespaces=NS)
    assert "Siti protetti" in keywords and "distretto culturale" in keywords
    assert tree.xpath(ident + "gmd:topicCategory/gmd:MD_TopicCategoryCode/text()", namespaces=NS) == [
        "planningCadastre",
        "society",
    ]
    box = {
        name: float(text(tree, f"{ident}gmd:extent//gmd:{name}/gco:Decimal"))
        for name in ("westBoundLongitude", "eastBoundLongitude", "southBoundLatitude", "northBoundLatitude")
    }
    assert 14.3 < box["westBoundLongitude"] < 14.5 and 15.1 < box["eastBoundLongitude"] < 15.3  # Caltagirone … Catania
    assert 36.6 < box["southBoundLatitude"] < 36.8 and 37.4 < box["northBoundLatitude"] < 37.6
    assert text(tree, ident + "gmd:resourceConstraints//gmd:otherConstraints/gmx:Anchor/@xlink:href").endswith(
        "noLimitations"
    )
    assert (
        "CC-BY 4.0"
        in tree.xpath(
            ident + "gmd:resourceConstraints//gmd:otherConstraints/gco:CharacterString/text()", namespaces=NS
        )[0]
    )
    quality = "gmd:dataQualityInfo/gmd:DQ_DataQuality/"
    assert text(tree, quality + "gmd:report/gmd:DQ_AbsoluteExternalPositionalAccuracy//gco:Real") == "2.5"
    lineage = text(tree, quality + "gmd:lineage//gmd:statement/gco:CharacterString")
    assert "ISTAT 2023" in lineage and "Openpolis" in lineage and "Cultural District Planner" in lineage
    assert text(tree, "gmd:distributionInfo//gmd:MD_Format/gmd:name/gco:CharacterString") == "GeoPackage"
    assert text(tree, "gmd:distributionInfo//gmd:linkage/gmd:URL").endswith("val-di-noto")
    # no empty elements anywhere
    empty = [e.tag for e in tree.iter() if not len(e) and not (e.text or "").strip() and not e.attrib]
    assert empty == []
    # the same district described again keeps its identifier; an existing file is not overwritten silently
    with pytest.raises(QgsProcessingException, match="exists"):
        run_algorithm("exportmetadata", STORE=str(path), DISTRICT="Val di Noto", OUTPUT=str(output), **OFFICE)
    again = run_algorithm(
        "exportmetadata", STORE=str(path), DISTRICT="Val di Noto", OUTPUT=str(output), OVERWRITE=True, **OFFICE
    )
    assert again["FILE_IDENTIFIER"] == identifier


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [("IPA_CODE", "Regione Sicilia!", "iPA code"), ("CONTACT_EMAIL", "nobody", "not an e-mail")],
)
def test_office_values_are_checked(district_store, run_algorithm, tmp_path, field, value, message):
    path, _ = district_store(19, "Val di Noto", VAL_DI_NOTO)
    with pytest.raises(QgsProcessingException, match=message):
        run_algorithm(
            "exportmetadata", STORE=str(path), OUTPUT=str(tmp_path / "m.xml"), **dict(OFFICE, **{field: value})
        )
    assert not (tmp_path / "m.xml").exists()
