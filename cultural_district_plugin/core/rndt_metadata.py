"""An ISO 19139 metadata record following the mandatory elements of the RNDT profile ("Linee Guida recanti regole
tecniche per la definizione e l'aggiornamento del contenuto del RNDT", version 2.0; docs/methods.md, "RNDT
metadata"), built with ElementTree: one ``gmd:MD_Metadata`` root, namespace-correct, no empty elements.

The record describes one dataset (a district export); the office supplies its iPA code, name and e-mail.
"""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET  # nosec B405 - builds and writes XML; nothing is parsed
from dataclasses import dataclass, field

from .input_error import InputError
from .translatable import translatable

NAMESPACES = {
    "gmd": "http://www.isotc211.org/2005/gmd",
    "gco": "http://www.isotc211.org/2005/gco",
    "gmx": "http://www.isotc211.org/2005/gmx",
    "gml": "http://www.opengis.net/gml/3.2",
    "xlink": "http://www.w3.org/1999/xlink",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
}
SCHEMA_LOCATION = "http://www.isotc211.org/2005/gmd http://schemas.opengis.net/csw/2.0.2/profiles/apiso/1.0.0/apiso.xsd"
CODE_LIST = "http://standards.iso.org/iso/19139/resources/gmxCodelists.xml#"
STANDARD_NAME = ("Linee Guida RNDT", "https://registry.geodati.gov.it/document/lg-rndt")
STANDARD_VERSION = "2.0"
INSPIRE_THEMES = ("GEMET - INSPIRE themes, version 1.0", "2008-06-01")
NO_LIMITATIONS = (
    "Nessuna limitazione all'accesso pubblico",
    "http://inspire.ec.europa.eu/metadata-codelist/LimitationsOnPublicAccess/noLimitations",
)
INSPIRE_INTEROPERABILITY = (
    "REGOLAMENTO (UE) N. 1089/2010 DELLA COMMISSIONE del 23 novembre 2010 recante attuazione della direttiva "
    "2007/2/CE del Parlamento europeo e del Consiglio per quanto riguarda l'interoperabilità dei set di dati "
    "territoriali e dei servizi di dati territoriali",
    "2010-12-08",
)
IPA_CODE = re.compile(r"^[a-z0-9_]{2,20}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# RNDT short names of the reference systems (code list MD_ReferenceSystemCode), by EPSG code
RNDT_CRS_NAMES = {
    6706: "RDN2008-6706",
    6707: "RDN2008-TM32NE",
    6708: "RDN2008-TM33NE",
    6709: "RDN2008-TM34NE",
    7791: "RDN2008-TM32EN",
    7792: "RDN2008-TM33EN",
    7793: "RDN2008-TM34EN",
    6875: "RDN2008-ItalyNE",
    7794: "RDN2008-ItalyEN",
    3003: "Monte-Mario-Italy1",
    3004: "Monte-Mario-Italy2",
    4258: "ETRS89-GRS80",
    25832: "ETRS89-UTM32N",
    25833: "ETRS89-UTM33N",
    25834: "ETRS89-UTM34N",
    3035: "ETRS89-LAEA",
}

for prefix, uri in NAMESPACES.items():
    ET.register_namespace(prefix, uri)


class MetadataError(InputError):
    """A value the office must supply is missing or malformed."""


@dataclass(frozen=True)
class Organisation:
    ipa_code: str  # the administration's code in the Indice delle Pubbliche Amministrazioni, e.g. "r_sicili"
    name: str
    email: str

    def validate(self) -> None:
        if not IPA_CODE.match(self.ipa_code or ""):
            raise MetadataError(
                translatable("iPA code {code!r}: lowercase letters, digits and _ (e.g. r_sicili, c_h501)"),
                code=self.ipa_code,
            )
        if not (self.name or "").strip():
            raise MetadataError(translatable("the organisation's name is missing"))
        if not EMAIL.match(self.email or ""):
            raise MetadataError(translatable("e-mail {email!r} is not an e-mail address"), email=self.email)


@dataclass(frozen=True)
class DatasetDescription:
    slug: str  # stable part of the identifiers, e.g. "tardo_barocco_del_val_di_noto"
    title: str
    abstract: str
    created: str  # ISO date of the dataset
    stamp: str  # ISO date of the record
    bbox: tuple[float, float, float, float]  # west, south, east, north (WGS84 degrees)
    epsg: int
    lineage: str
    licence: str = "CC-BY 4.0"
    positional_accuracy_m: float = 10.0
    keywords: tuple[str, ...] = ("distretto culturale", "patrimonio culturale", "beni culturali")
    inspire_theme: str = "Siti protetti"
    formats: tuple[tuple[str, str], ...] = (("GeoPackage", "1.2"),)
    online_resource: str = ""
    topic_categories: tuple[str, ...] = ("planningCadastre", "society")
    languages: tuple[str, ...] = ("ita",)
    extra: dict = field(default_factory=dict)


def file_identifier(organisation: Organisation, slug: str) -> str:
    """``<iPA>:<uuid5>``: starts with the iPA code, unique and the same every time the district is described."""
    return f"{organisation.ipa_code}:{uuid.uuid5(uuid.NAMESPACE_URL, f'rndt:{organisation.ipa_code}:{slug}')}"


def resource_identifier(organisation: Organisation, slug: str) -> str:
    return f"{organisation.ipa_code}:{slug}"


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NAMESPACES[prefix]}}}{local}"


def _el(parent, name, text=None, **attributes):
    element = ET.SubElement(
        parent, _q(name), {(_q(k.replace("__", ":")) if "__" in k else k): v for k, v in attributes.items()}
    )
    if text is not None:
        element.text = str(text)
    return element


def _string(parent, name, text):
    _el(_el(parent, name), "gco:CharacterString", text)


def _anchor(parent, name, text, href):
    _el(_el(parent, name), "gmx:Anchor", text, xlink__href=href)


def _code(parent, name, code_type, value, code_list=CODE_LIST):
    _el(_el(parent, name), f"gmd:{code_type}", value, codeList=code_list + code_type, codeListValue=value)


def _date(parent, value, kind):
    ci_date = _el(_el(parent, "gmd:date"), "gmd:CI_Date")
    _el(_el(ci_date, "gmd:date"), "gco:Date", value)
    _code(ci_date, "gmd:dateType", "CI_DateTypeCode", kind)


def _party(parent, name, organisation: Organisation, role="pointOfContact"):
    party = _el(_el(parent, name), "gmd:CI_ResponsibleParty")
    _string(party, "gmd:organisationName", organisation.name)
    address = _el(_el(_el(_el(party, "gmd:contactInfo"), "gmd:CI_Contact"), "gmd:address"), "gmd:CI_Address")
    _string(address, "gmd:electronicMailAddress", organisation.email)
    _code(party, "gmd:role", "CI_RoleCode", role)


def _keywords(parent, words, thesaurus=None):
    keywords = _el(_el(parent, "gmd:descriptiveKeywords"), "gmd:MD_Keywords")
    for word in words:
        _string(keywords, "gmd:keyword", word)
    if thesaurus:
        citation = _el(_el(keywords, "gmd:thesaurusName"), "gmd:CI_Citation")
        _string(citation, "gmd:title", thesaurus[0])
        _date(citation, thesaurus[1], "publication")


def rndt_record(organisation: Organisation, dataset: DatasetDescription) -> ET.Element:
    """The ``gmd:MD_Metadata`` element of the dataset (raises MetadataError on missing office values)."""
    organisation.validate()
    if not dataset.positional_accuracy_m > 0:
        raise MetadataError(translatable("the positional accuracy must be a positive number of metres"))
    root = ET.Element(_q("gmd:MD_Metadata"), {_q("xsi:schemaLocation"): SCHEMA_LOCATION})
    _string(root, "gmd:fileIdentifier", file_identifier(organisation, dataset.slug))
    _code(root, "gmd:language", "LanguageCode", "ita", "http://www.loc.gov/standards/iso639-2/")
    _code(root, "gmd:hierarchyLevel", "MD_ScopeCode", "dataset")
    _party(root, "gmd:contact", organisation)
    _el(_el(root, "gmd:dateStamp"), "gco:Date", dataset.stamp)
    _anchor(root, "gmd:metadataStandardName", *STANDARD_NAME)
    _string(root, "gmd:metadataStandardVersion", STANDARD_VERSION)
    system = _el(_el(_el(root, "gmd:referenceSystemInfo"), "gmd:MD_ReferenceSystem"), "gmd:referenceSystemIdentifier")
    _anchor(
        _el(system, "gmd:RS_Identifier"),
        "gmd:code",
        RNDT_CRS_NAMES.get(dataset.epsg, f"EPSG:{dataset.epsg}"),
        f"http://www.opengis.net/def/crs/EPSG/0/{dataset.epsg}",
    )

    identification = _el(_el(root, "gmd:identificationInfo"), "gmd:MD_DataIdentification")
    citation = _el(_el(identification, "gmd:citation"), "gmd:CI_Citation")
    _string(citation, "gmd:title", dataset.title)
    _date(citation, dataset.created, "creation")
    identifier = _el(_el(citation, "gmd:identifier"), "gmd:MD_Identifier")
    _string(identifier, "gmd:code", resource_identifier(organisation, dataset.slug))
    _party(citation, "gmd:citedResponsibleParty", organisation, "owner")
    _string(identification, "gmd:abstract", dataset.abstract)
    _party(identification, "gmd:pointOfContact", organisation)
    _keywords(identification, [dataset.inspire_theme], INSPIRE_THEMES)
    _keywords(identification, dataset.keywords)
    access = _el(_el(identification, "gmd:resourceConstraints"), "gmd:MD_LegalConstraints")
    _code(access, "gmd:accessConstraints", "MD_RestrictionCode", "otherRestrictions")
    _anchor(access, "gmd:otherConstraints", *NO_LIMITATIONS)
    use = _el(_el(identification, "gmd:resourceConstraints"), "gmd:MD_LegalConstraints")
    _code(use, "gmd:useConstraints", "MD_RestrictionCode", "otherRestrictions")
    _string(use, "gmd:otherConstraints", f"Licenza: {dataset.licence}")
    _code(identification, "gmd:spatialRepresentationType", "MD_SpatialRepresentationTypeCode", "vector")
    resolution = _el(_el(identification, "gmd:spatialResolution"), "gmd:MD_Resolution")
    _el(_el(resolution, "gmd:distance"), "gco:Distance", f"{dataset.positional_accuracy_m:g}", uom="m")
    for language in dataset.languages:
        _code(identification, "gmd:language", "LanguageCode", language, "http://www.loc.gov/standards/iso639-2/")
    for category in dataset.topic_categories:
        _el(_el(identification, "gmd:topicCategory"), "gmd:MD_TopicCategoryCode", category)
    box = _el(
        _el(_el(_el(identification, "gmd:extent"), "gmd:EX_Extent"), "gmd:geographicElement"),
        "gmd:EX_GeographicBoundingBox",
    )
    for name, value in zip(
        ("westBoundLongitude", "eastBoundLongitude", "southBoundLatitude", "northBoundLatitude"),
        (dataset.bbox[0], dataset.bbox[2], dataset.bbox[1], dataset.bbox[3]),
    ):
        _el(_el(box, f"gmd:{name}"), "gco:Decimal", f"{value:.6f}")

    distribution = _el(_el(root, "gmd:distributionInfo"), "gmd:MD_Distribution")
    for name, version in dataset.formats:
        data_format = _el(_el(distribution, "gmd:distributionFormat"), "gmd:MD_Format")
        _string(data_format, "gmd:name", name)
        _string(data_format, "gmd:version", version)
    _party(
        _el(_el(distribution, "gmd:distributor"), "gmd:MD_Distributor"),
        "gmd:distributorContact",
        organisation,
        "distributor",
    )
    if dataset.online_resource:
        online = _el(
            _el(_el(_el(distribution, "gmd:transferOptions"), "gmd:MD_DigitalTransferOptions"), "gmd:onLine"),
            "gmd:CI_OnlineResource",
        )
        _el(_el(online, "gmd:linkage"), "gmd:URL", dataset.online_resource)

    quality = _el(_el(root, "gmd:dataQualityInfo"), "gmd:DQ_DataQuality")
    _code(_el(_el(quality, "gmd:scope"), "gmd:DQ_Scope"), "gmd:level", "MD_ScopeCode", "dataset")
    accuracy = _el(_el(quality, "gmd:report"), "gmd:DQ_AbsoluteExternalPositionalAccuracy")
    result = _el(_el(accuracy, "gmd:result"), "gmd:DQ_QuantitativeResult")
    _el(result, "gmd:valueUnit", xlink__href="http://www.opengis.net/def/uom/EPSG/0/9001")
    record = _el(_el(result, "gmd:value"), "gco:Record", xsi__type="gco:Real_PropertyType")
    _el(record, "gco:Real", f"{dataset.positional_accuracy_m:g}")
    conformity = _el(_el(_el(quality, "gmd:report"), "gmd:DQ_DomainConsistency"), "gmd:result")
    conformance = _el(conformity, "gmd:DQ_ConformanceResult")
    specification = _el(_el(conformance, "gmd:specification"), "gmd:CI_Citation")
    _string(specification, "gmd:title", INSPIRE_INTEROPERABILITY[0])
    _date(specification, INSPIRE_INTEROPERABILITY[1], "publication")
    _string(conformance, "gmd:explanation", "Conformità non valutata")
    _el(_el(conformance, "gmd:pass"), "gco:Boolean", "false")
    lineage = _el(_el(quality, "gmd:lineage"), "gmd:LI_Lineage")
    _string(lineage, "gmd:statement", dataset.lineage)
    return root


def empty_elements(root: ET.Element) -> list[str]:
    """Tags of elements with neither text, children nor a link (RNDT: no empty tags)."""
    return [
        element.tag
        for element in root.iter()
        if not len(element) and not (element.text or "").strip() and _q("xlink:href") not in element.attrib
    ]


def to_xml(root: ET.Element) -> bytes:
    ET.indent(root)
    return ET.tostring(root, encoding="UTF-8", xml_declaration=True)
