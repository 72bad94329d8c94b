"""Candidate spans and the token tests every source shares."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..doc import Doc, Token
from . import lexicon

# source priorities: on the same span the higher wins; see ``resolve``
PRIORITY = {"gazetteer": 6, "countries": 5, "regions": 5, "roles": 5, "orgheads": 5, "apposition": 5,
            "bylines": 5,
            "model": 4, "capitalized": 3, "cities": 3, "shape": 1, "propagated": 0}

QUOTES_OPEN = {'"', "„", "“", "«", "»", "‚", "'", "‘", "›", "‹"}
QUOTES = QUOTES_OPEN | {"”", "’"}
TITLES = {"Dr", "Dr.", "Prof", "Prof.", "Sir", "Lord", "Lady", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.",
          "Frau", "Herr", "Herrn", "Dame",
          # honorifics of other traditions that news texts keep before a name
          "Mx", "Mx.", "Mme", "Mme.", "Madame", "Monsieur", "Mlle", "Señor", "Señora",
          "Hon", "Hon.", "Alhaji", "Alhaja", "Hajia", "Hajji", "Haji", "Datuk", "Dato", "Dato'", "Tun",
          "Shri", "Smt", "Smt.", "Mzee", "Ustaz", "Sayyid", "Mullah", "Mawlawi", "Maulvi",
          "Atty", "Atty.", "Engr", "Engr.", "Fr", "Fr.", "Rev", "Rev.",
          # abbreviated military and police ranks ("JCS spokesman Col. Park Min-jae")
          "Col", "Col.", "Lt", "Lt.", "Gen", "Gen.", "Maj", "Maj.", "Capt", "Capt.", "Sgt", "Sgt.",
          "Brig", "Brig.", "Cmdr", "Cmdr.", "Adm", "Adm.", "Cpl", "Cpl.", "Insp", "Insp.", "Supt", "Supt."}
PARTICLES = {"von", "van", "de", "da", "der", "den", "bin", "al", "el", "ibn", "di", "du", "del",
             "dos", "das", "ben", "abu", "le", "la", "ter", "zu", "y", "bint", "ould", "af"}


@dataclass
class Cand:
    start: int
    end: int
    type: str
    source: str
    kind: str | None = None
    key: str | None = None       # cluster key where known (gazetteer name, country code)
    name: str | None = None      # canonical name where the source knows it (country names)
    roles: list[str] = field(default_factory=list)
    country: str | None = None
    conf: float = 1.0

    @property
    def prio(self) -> int:
        return PRIORITY.get(self.source, 0)

    def overlaps(self, other: "Cand") -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Cand") -> bool:
        return self.start <= other.start and other.end <= self.end


def cap(tok: Token) -> bool:
    return tok.text[:1].isupper()


def is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1)


def sentence_initial(doc: Doc, tok: Token) -> bool:
    """First word of its sentence, or first after an opening quote, colon or dash."""
    sent = doc.sentences[tok.sent]
    k = tok.i - 1
    while k >= sent.tok_start and doc.tokens[k].text in QUOTES | {"(", "-", "–"}:
        k -= 1
    return k < sent.tok_start or doc.tokens[k].text in {":", "–", "—", ";"} or (
        k < tok.i - 1 and doc.tokens[k].text in {",", "."})


def common_word(text: str, lang: str, threshold: float = 3.3) -> bool:
    """A frequent ordinary word of the language (so not a name by itself)."""
    return lexicon.zipf(text.lower(), lang) >= threshold


def strip_genitive(text: str, lang: str) -> str:
    if lang == "en":
        for suf in ("'s", "’s", "'"):
            if text.endswith(suf):
                return text[: -len(suf)]
        return text
    if text.endswith("s") and len(text) > 4 and not text.endswith(("ss", "us", "is", "os", "as")):
        return text[:-1]
    return text
