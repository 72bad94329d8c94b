"""Loading the events stage's data files: typology, triggers, word classes, cues, examples.

All of it is plain data under ``data/`` (``plover.json`` for the typology and the ACLED
rules, ``<lang>/triggers.tsv``, ``<lang>/classes.tsv``, ``<lang>/cues.json``,
``<lang>/examples.tsv``), loaded once per process.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"

COLUMNS = ("lemma", "pos", "type", "mode", "acled_event_type", "acled_sub_event_type", "particle", "requires")


@dataclass(frozen=True)
class TriggerEntry:
    lemma: str                 # lower case; several words separated by spaces
    pos: str                   # "verb" | "noun"
    type: str
    mode: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    particle: str | None
    requires: tuple[str, ...]  # lower-case lemmas, one of which must occur in the clause
    line: int = 0

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.lemma.split())

    @property
    def specific(self) -> bool:
        return bool(self.requires or self.particle)

    @property
    def required_words(self) -> frozenset[str]:
        """Every word a positive requirement names ("stone+at" names "stone" and "at")."""
        return frozenset(part for r in self.requires if not r.startswith("!") for part in r.split("+"))


def things_ok(entry: TriggerEntry) -> bool:
    """Violence and crime may target things (a church, the power grid); other events target actors."""
    return entry.type in ("ASSAULT", "CRIME") or (entry.type == "PROTEST" and entry.mode == "riot")


@dataclass
class Lexicon:
    lang: str
    single: dict[tuple[str, str], list[TriggerEntry]] = field(default_factory=dict)
    multi: list[TriggerEntry] = field(default_factory=list)
    noun_suffixes: list[str] = field(default_factory=list)   # noun lemmas, longest first

    def lookup(self, lemma: str, pos: str) -> list[TriggerEntry]:
        return self.single.get((lemma, pos), [])

    def lookup_noun(self, lemma: str, compounds: bool) -> tuple[list[TriggerEntry], str | None]:
        """Entries for a noun lemma; German compounds match on their last part."""
        key = (lemma, compounds)
        cache = self.__dict__.setdefault("_noun_cache", {})
        if key not in cache:
            cache[key] = self._lookup_noun(lemma, compounds)
        return cache[key]

    def _lookup_noun(self, lemma: str, compounds: bool) -> tuple[list[TriggerEntry], str | None]:
        hit = self.single.get((lemma, "noun"))
        if hit:
            return hit, lemma
        if compounds:
            derivational = cues(self.lang).get("derivational_suffixes", ()) if self.lang == "de" else ()
            for suf in self.noun_suffixes:
                if len(lemma) - len(suf) >= 3 and lemma.endswith(suf) \
                        and not any(lemma.endswith(x) and x.endswith(suf) and len(x) > len(suf) for x in derivational):
                    # "Abschiebehaft" is a kind of "Haft", "Botschaft" is not
                    return self.single[(suf, "noun")], suf
        return [], None


def _cell(v: str) -> str | None:
    v = v.strip()
    return v or None


def parse_triggers(path: Path, lang: str) -> Lexicon:
    lex = Lexicon(lang=lang)
    types = set(plover()["types"])
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cells = raw.split("\t")
        if len(cells) > len(COLUMNS):
            raise ValueError(f"{path}:{n}: {len(cells)} columns, at most {len(COLUMNS)}")
        cells += [""] * (len(COLUMNS) - len(cells))
        lemma, pos, typ, mode, aet, ast, particle, requires = (c.strip() for c in cells)
        if pos not in ("verb", "noun"):
            raise ValueError(f"{path}:{n}: pos must be verb or noun, not {pos!r}")
        if typ not in types:
            raise ValueError(f"{path}:{n}: unknown PLOVER type {typ!r}")
        entry = TriggerEntry(
            lemma=lemma.lower(), pos=pos, type=typ, mode=_cell(mode), acled_event_type=_cell(aet),
            acled_sub_event_type=_cell(ast), particle=_cell(particle.lower()),
            requires=tuple(r.strip().lower() for r in requires.split("/") if r.strip()), line=n)
        if len(entry.words) > 1:
            lex.multi.append(entry)
        else:
            lex.single.setdefault((entry.lemma, pos), []).append(entry)
    lex.noun_suffixes = sorted({k[0] for k in lex.single if k[1] == "noun" and len(k[0]) >= 4},
                               key=len, reverse=True)
    return lex


@lru_cache(maxsize=1)
def plover() -> dict:
    return json.loads((DATA / "plover.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=8)
def triggers(lang: str) -> Lexicon | None:
    path = DATA / lang / "triggers.tsv"
    if not path.exists():
        return None
    return parse_triggers(path, lang)


@lru_cache(maxsize=8)
def cues(lang: str) -> dict:
    path = DATA / lang / "cues.json"
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: (set(v) if isinstance(v, list) else v) for k, v in data.items()}


@lru_cache(maxsize=8)
def classes(lang: str) -> dict[str, set[str]]:
    """Word class -> lemmas (lower case)."""
    out: dict[str, set[str]] = {}
    path = DATA / lang / "classes.tsv"
    if path.exists():
        for raw in path.read_text(encoding="utf-8").splitlines():
            if not raw.strip() or raw.startswith("#"):
                continue
            cls, lemma = raw.split("\t")[:2]
            out.setdefault(cls.strip(), set()).add(lemma.strip().lower())
    return out


@lru_cache(maxsize=65536)
@lru_cache(maxsize=50_000)
def word_classes(lang: str, word: str) -> frozenset[str]:
    """The word classes (classes.tsv) of one lower-case word: exact, compound head, plural -s."""
    found = set()
    for name, lemmas in classes(lang).items():
        if word in lemmas or word.rstrip("s") in lemmas or any(len(l) >= 4 and word.endswith(l) for l in lemmas):
            found.add(name)
    return frozenset(found)


@lru_cache(maxsize=8)
def examples(lang: str) -> list[tuple[str, str]]:
    """(type, sentence) pairs for the embedding second opinion: the hand-written
    ``<lang>/examples.tsv`` (users may add lines), then ``<lang>/examples.bench.tsv``
    (generated from our development sets by ``scripts/build_event_examples.py``)."""
    out: list[tuple[str, str]] = []
    types = set(plover()["types"]) | {"NONE"}
    for name in ("examples.tsv", "examples.bench.tsv"):
        path = DATA / lang / name
        if not path.exists():
            continue
        for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not raw.strip() or raw.startswith("#"):
                continue
            typ, text = raw.split("\t", 1)
            if typ not in types:
                raise ValueError(f"{path}:{n}: unknown type {typ!r}")
            out.append((typ, text.strip()))
    return out
