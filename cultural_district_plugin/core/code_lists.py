"""The code lists of the store's coded columns, defined once (the schema's CHECKs, the layer styles' value maps,
the imports' synonym tables and the summaries use them)."""

DISTRICT_TYPES = ("industrial", "institutional", "museum", "metropolitan", "system_wide")
DISTRICT_STATUSES = ("proposal", "under_review", "recognised")
SEVERITIES = ("error", "warning", "info")
# D.Lgs. 42/2004 art. 101 "istituti e luoghi della cultura"
ART101_CLASSES = ("museo", "biblioteca", "archivio", "area archeologica", "parco archeologico", "complesso monumentale")
# National vocabulary of "luoghi pubblici di interesse culturale" (AgID/MiBACT, level 1)
ASSET_CATEGORIES = (
    "Architettura militare e fortificata",
    "Architettura residenziale",
    "Area archeologica",
    "Centro per la cultura",
    "Edificio di culto",
    "Monumento e complesso monumentale",
    "Parco e giardino",
    "Bellezza naturale",
    "Luogo per lo sport e il tempo libero",
    "Architettura commerciale",
    "Centro per l'assistenza e la tutela sociale",
    "Infrastruttura e impianto",
    "Struttura ricettiva",
)
OWNER_TYPES = ("state", "region", "municipality", "other_public", "religious", "private")
STAKEHOLDER_TYPES = (
    "state_body",
    "region",
    "municipality",
    "banking_foundation",
    "enterprise",
    "third_sector",
    "university_research",
    "religious_body",
    "other",
)
STAKEHOLDER_ROLES = ("promoter", "partner", "funder", "manager")
LEGAL_STATUSES = ("public", "private")  # of a stakeholder, when its type does not settle it (universities)
ASSET_RELATIONS = ("owner", "manager")  # of a stakeholder to a heritage asset
