"""Normalise heritage categories to the national "luoghi della cultura" vocabulary and the
D.Lgs. 42/2004 art. 101 classes, through a synonym table users can extend (Italian and English;
accents and case ignored)."""

from __future__ import annotations

from .text_keys import text_key

# synonym -> (vocabulary category, art. 101 class or None)
_MUSEUM = ("Centro per la cultura", "museo")
SYNONYMS = {
    "museo": _MUSEUM,
    "museum": _MUSEUM,
    "museo galleria e o raccolta": _MUSEUM,
    "galleria": _MUSEUM,
    "gallery": _MUSEUM,
    "raccolta": _MUSEUM,
    "pinacoteca": _MUSEUM,
    "collezione": _MUSEUM,
    "biblioteca": ("Centro per la cultura", "biblioteca"),
    "library": ("Centro per la cultura", "biblioteca"),
    "archivio": ("Centro per la cultura", "archivio"),
    "archive": ("Centro per la cultura", "archivio"),
    "centro per la cultura": ("Centro per la cultura", None),
    "teatro": ("Centro per la cultura", None),
    "theatre": ("Centro per la cultura", None),
    "cinema": ("Centro per la cultura", None),
    "area archeologica": ("Area archeologica", "area archeologica"),
    "sito archeologico": ("Area archeologica", "area archeologica"),
    "archaeological site": ("Area archeologica", "area archeologica"),
    "archaeological area": ("Area archeologica", "area archeologica"),
    "scavi": ("Area archeologica", "area archeologica"),
    "parco archeologico": ("Area archeologica", "parco archeologico"),
    "archaeological park": ("Area archeologica", "parco archeologico"),
    "complesso monumentale": ("Monumento e complesso monumentale", "complesso monumentale"),
    "monumental complex": ("Monumento e complesso monumentale", "complesso monumentale"),
    "monumento": ("Monumento e complesso monumentale", None),
    "monument": ("Monumento e complesso monumentale", None),
    "monumento e complesso monumentale": ("Monumento e complesso monumentale", None),
    "memoriale": ("Monumento e complesso monumentale", None),
    "scalinata": ("Monumento e complesso monumentale", None),
    "chiesa": ("Edificio di culto", None),
    "church": ("Edificio di culto", None),
    "duomo": ("Edificio di culto", None),
    "cattedrale": ("Edificio di culto", None),
    "cathedral": ("Edificio di culto", None),
    "basilica": ("Edificio di culto", None),
    "santuario": ("Edificio di culto", None),
    "abbazia": ("Edificio di culto", None),
    "monastero": ("Edificio di culto", None),
    "convento": ("Edificio di culto", None),
    "edificio di culto": ("Edificio di culto", None),
    "place of worship": ("Edificio di culto", None),
    "palazzo": ("Architettura residenziale", None),
    "villa": ("Architettura residenziale", None),
    "palace": ("Architettura residenziale", None),
    "residenza": ("Architettura residenziale", None),
    "architettura residenziale": ("Architettura residenziale", None),
    "castello": ("Architettura militare e fortificata", None),
    "castle": ("Architettura militare e fortificata", None),
    "fortezza": ("Architettura militare e fortificata", None),
    "forte": ("Architettura militare e fortificata", None),
    "torre": ("Architettura militare e fortificata", None),
    "mura": ("Architettura militare e fortificata", None),
    "fortress": ("Architettura militare e fortificata", None),
    "architettura militare e fortificata": ("Architettura militare e fortificata", None),
    "parco": ("Parco e giardino", None),
    "giardino": ("Parco e giardino", None),
    "garden": ("Parco e giardino", None),
    "park": ("Parco e giardino", None),
    "parco e giardino": ("Parco e giardino", None),
    "orto botanico": ("Parco e giardino", None),
    "bellezza naturale": ("Bellezza naturale", None),
    "belvedere": ("Bellezza naturale", None),
    "paesaggio": ("Bellezza naturale", None),
    "natural beauty": ("Bellezza naturale", None),
}


def normalise_category(
    text: str | None, extra_synonyms: dict[str, tuple[str | None, str | None]] | None = None
) -> tuple[str | None, str | None]:
    """``(category, art101_class)`` for a free-text category, ``(None, None)`` when not recognised.

    The whole text is looked up first, then each word (``"Chiesa madre"`` → church).
    ``extra_synonyms`` (synonym → (category, art101 class)) extends or overrides the table.
    """
    table = dict(SYNONYMS)
    table.update({text_key(k): v for k, v in (extra_synonyms or {}).items()})
    key = text_key(text)
    if not key:
        return None, None
    if key in table:
        return table[key]
    for word in key.split():
        if word in table:
            return table[word]
    return None, None


_YES = {"si", "s", "yes", "y", "true", "1", "x", "vero"}
_NO = {"no", "n", "false", "0", "falso", ""}


def parse_flag(text: str | None) -> bool | None:
    """Yes/no cells (``sì``, ``X``, ``1``, ``no``…): True, False, or None when it is something else
    (e.g. a UNESCO component code, which callers keep as text)."""
    key = text_key(text)
    if key in _YES:
        return True
    if key in _NO:
        return False
    return None
