"""The places stage: fills ``doc.places`` with every toponym resolved to a gazetteer entry.

Recognition: names from the offline gazetteer (GeoNames populated places down to 500
inhabitants, countries, first-level units under their ISO 3166-2 and GeoNames names,
second-level units such as French départements, named regions made of units such as Darfur,
our aliases) matched over the tokens, German genitives ("Kasachstans") and "-ien" names of
regions ("Gagausien"), hyphen compounds ("US-Außenministerium", "Almaty-Region",
"New York-based", "Sri-Lanka-Komitee"), country adjectives ("kasachische", "Russian", also
opening a clause after a dateline dash) as mentions of their country, plus the GPE/LOC
mentions of the entities stage. Filters keep out common words that are also town names
(POS, the German tagger's lexicon, word frequency, context), outlets/platforms, names
inside longer person or organisation names (also after Romance particles: "Defensoría del
Pueblo"), acronyms of organisations ("(BLA)", an all-caps ORG), calendar words, and German
town names after an article ("nach dem Derby").

Resolution: candidates are scored by population, feature class, the countries and admin
units the article names unambiguously, distance to other places of the article and a small
language prior; a name whose best readings cannot be told apart falls back to their common
country (precision 3) or is left out.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache
import math
import re

from ..doc import Doc, Token
from ..record import Mention, Place
from .gazetteer import Cand, curated, demonyms, km, load, norm, outlets, pairs, words

__all__ = ["annotate", "find_places"]

_DE_ENDINGS = ("en", "em", "er", "es", "e")
_COMPASS = {"nord", "süd", "ost", "west", "zentral", "nordost", "nordwest", "südost", "südwest",
            "north", "south", "east", "west", "central", "northeast", "northwest", "southeast",
            "southwest", "mittel", "ober", "nieder"}
_DE_COMPASS_EN = {"nord": "North", "süd": "South", "ost": "East", "west": "West", "zentral": "Central",
                  "nordost": "Northeast", "nordwest": "Northwest", "südost": "Southeast", "südwest": "Southwest"}
_DET_DE = ("ART", "PDAT", "PIAT", "PPOSAT", "PIDAT", "PWAT", "PRELAT")
_DET_EN = ("DT", "PRP$", "WDT")
_BLOCK_TYPES = ("ORG", "PER", "MISC")
_FEAT_BONUS = {"country": 3.0, "admin1": 0.3, "city": 1.3, "region": 0.3, "admin2": 0.0}
_DISTRICT_TOWN = 100_000   # below: a unit named after the town is a district around it (precision 2)
_NAME_PARTICLES = {"del", "della", "degli", "dei", "de", "da", "do", "dos", "das", "di", "du", "des", "la", "los", "las"}


@dataclass
class _M:
    start: int
    end: int
    key: str                    # the name to look up
    cands: list[Cand]
    tok: int                    # index of the (last) token
    demonym: str | None = None  # ISO2 when this is a country adjective
    ner: bool = False
    near: bool = False
    curated: bool = False
    resolved: Cand | None = None
    precision: int = 1
    extra: dict = field(default_factory=dict)


# --------------------------------------------------------------------------- lexical tests
@lru_cache(maxsize=1)
def _hanta():
    from HanTa import HanoverTagger as ht

    return ht.HanoverTagger("morphmodel_ger.pgz")


@lru_cache(maxsize=65536)
def _common_word(word: str, lang: str) -> bool:
    """True when a capitalized name is also an ordinary word of the language ("Halle", "Essen")."""
    from wordfreq import zipf_frequency

    if lang == "de":
        if zipf_frequency(word, "de") < 3.0:
            return False   # rare: the tagger's guess for an unknown word says nothing
        try:
            tags = _hanta().tag_word(word, cutoff=5)
        except Exception:  # pragma: no cover - tagger problems must not stop the stage
            tags = []
        if not tags:
            return False
        best = tags[0][1]
        # a lexicon reading (not the tagger's guess for an unknown word) as a common noun, verb ...
        return any(not t.startswith(("NE", "FM")) and lp > -16.0 and lp >= best - 2.5 for t, lp in tags)
    return zipf_frequency(word, lang) >= 4.3


@lru_cache(maxsize=1)
def _curated_rows() -> dict[tuple[str, str], set[int]]:
    """(lang, normalized alias) -> gazetteer rows our own alias files point to."""
    from .gazetteer import DATA, _tsv

    g = load()
    gid_row: dict[int, int] = {}
    targets: dict[tuple[str, str], set[int]] = {}
    want_gid, rows_by_code = set(), {}
    for lang in ("de", "en"):
        for r in _tsv(DATA / lang / "cities.tsv"):
            want_gid.add(int(r[1]))
    for i, (gid, f) in enumerate(zip(g.gid, g.feat)):
        if f == "city" and gid in want_gid:
            gid_row.setdefault(gid, i)
    for i, (f, a1, cc) in enumerate(zip(g.feat, g.admin1, g.cc)):
        if f == "admin1":
            rows_by_code.setdefault(cc, []).append(i)
    for lang in ("de", "en"):
        for r in _tsv(DATA / lang / "countries.tsv"):
            if r[1] in g.country_row:
                targets.setdefault((lang, norm(r[0])), set()).add(g.country_row[r[1]])
        for r in _tsv(DATA / lang / "cities.tsv"):
            if int(r[1]) in gid_row:
                targets.setdefault((lang, norm(r[0])), set()).add(gid_row[int(r[1])])
        for r in _tsv(DATA / lang / "admin1.tsv"):
            for code in g.codes(norm(r[0])):
                row = code if code >= 0 else -code - 1
                if g.feat[row] == "admin1" and g.cc[row] == r[1][:2]:
                    targets.setdefault((lang, norm(r[0])), set()).add(row)
        for r in _tsv(DATA / lang / "regions.tsv"):
            for code in g.codes(norm(r[0])):
                row = code if code >= 0 else -code - 1
                if g.feat[row] == "region" and g.name[row] == r[1]:
                    targets.setdefault((lang, norm(r[0])), set()).add(row)
    return targets


# --------------------------------------------------------------------------- recognition
def _words(doc: Doc, sent) -> list[tuple[int, int, int, int]]:
    """Hyphen-joined chunks of a sentence: (start, end, first token, last token)."""
    toks = doc.tokens[sent.tok_start:sent.tok_end]
    out: list[list[int]] = []
    for t in toks:
        if out:
            prev = doc.tokens[out[-1][3]]
            if prev.end == t.start and (t.text == "-" or prev.text == "-" or t.text.startswith("-")
                                        or prev.text.endswith("-")):
                out[-1][1] = t.end
                out[-1][3] = t.i
                continue
        out.append([t.start, t.end, t.i, t.i])
    return [tuple(w) for w in out]


def _weight(cands: list[Cand]) -> float:
    """How prominent the best reading of a name is: a country or region outweighs any town."""
    return max((c.pop * (100 if c.feat != "city" else 1) if c.strong else c.pop / 10) for c in cands)


def _lookup(g, key: str, lang: str, translit: bool = True) -> tuple[str, list[Cand]]:
    c = g.lookup(key)
    if c and lang == "de" and len(key) > 4 and key.endswith("s") and key[-2] not in "sxzß" and " " not in key:
        # a genitive of a country or big place beats a small namesake of the inflected form:
        # "Perus" (Peru, not Perus in São Paulo), "Chinas", "Kenias"
        base = g.lookup(key[:-1])
        if base and _weight(base) > 20 * _weight(c) and any(x.strong for x in base):
            return key[:-1], base
    if c and (any(x.strong for x in c) or lang != "de" or " " in key or not translit):
        return key, c
    if c:
        # only untagged alternate names: a transliteration may reach the main name
        for v in _translit_de(key):
            t = [x for x in g.lookup(v) if x.feat == "city" and x.strong]
            if t:
                return v, t
        return key, c
    if lang == "de" and len(key) > 4 and key.endswith("s") and key[-2] not in "sxzß":
        c = g.lookup(key[:-1])
        if c:
            return key[:-1], c
    if len(key) > 5 and key.endswith(("ah", "eh")) and " " not in key and key[:1].isupper():
        # an Arabic name's final -a written with an h ("Hodeidah" for Hodeida, "Fallujah" for
        # Falluja): towns of some size only
        c = [x for x in g.lookup(key[:-1]) if x.feat == "city" and x.pop >= 50_000]
        if c:
            return key[:-1], c
    if lang == "de" and "-" in key and key.split("-", 1)[0].lower() in _DE_COMPASS_EN:
        # "Nord-Darfur", "Süd-Kordofan", "Ost-Kasai": the unit's English name
        head, rest = key.split("-", 1)
        c = [x for x in g.lookup(f"{_DE_COMPASS_EN[head.lower()]} {rest}") if x.feat != "city" or x.pop >= 15_000]
        if c:
            return key, c
    if lang == "de" and len(key) > 6 and key.endswith("ien") and " " not in key:
        # German "-ien" for Latin "-ia" in region names, with German spellings of c, z, kh:
        # "Gagausien" -> Gagauzia, "Transnistrien" -> Transnistria, "Kalabrien" -> Calabria,
        # "Abchasien" -> Abkhazia; only units and regions, not towns
        for v in _ien_variants(key):
            c = [x for x in g.lookup(v) if x.feat in ("admin1", "admin2", "region", "country") and x.strong]
            if c:
                return key, c
    if lang == "de" and len(key) > 5 and key.endswith("en") and " " not in key:
        # dative plural of plural country names: "den Niederlanden", "den Malediven" -> -e / as is
        c = [x for x in g.lookup(key[:-1]) if x.feat != "city" and x.strong]
        if c:
            return key[:-1], c
    if lang == "de" and translit and " " not in key and key[:1].isupper():
        # German spellings of Cyrillic names: "Pokrowsk" -> Pokrovsk, "Awdijiwka" -> Avdiyivka,
        # "Bachmut" -> Bakhmut; only populated places of some size (checked in _filter)
        for v in _translit_de(key):
            c = [x for x in g.lookup(v) if x.feat == "city"]
            if c:
                return v, c
    if lang == "de" and " " in key:
        # inflected multi-word names: "den Vereinigten Staaten", "der Zentralafrikanischen Republik",
        # "den Vereinigten Arabischen Emiraten", "des Vereinigten Königreichs"
        ws = key.split()
        heads = [ws[-1]]
        if ws[-1].endswith(("n", "s")) and len(ws[-1]) > 4:
            heads.append(ws[-1][:-1])
        for head in heads:
            for adj_end in ("e", "es"):
                mods = [w[:-2] + adj_end if w.endswith("en") and w[:1].isupper() else w for w in ws[:-1]]
                variant = " ".join([*mods, head])
                if variant != key:
                    c = g.lookup(variant)
                    if c:
                        return variant, c
    return key, []


def _ien_variants(word: str) -> list[str]:
    base = word[:-3].lower() + "ia"
    out = [base]
    for a, b in (("s", "z"), ("k", "c"), ("ch", "kh")):
        out += [v.replace(a, b) for v in out if a in v]
    return list(dict.fromkeys(out))


def _translit_de(word: str) -> list[str]:
    w = word.lower()
    base = (w.replace("schtsch", "\x01").replace("tsch", "\x02").replace("sch", "\x03")
            .replace("w", "v").replace("ij", "iy").replace("j", "y"))
    out = []
    for ch in ("kh", "ch"):
        v = (base.replace("ch", ch).replace("\x01", "shch").replace("\x02", "ch").replace("\x03", "sh"))
        if v != w and v not in out:
            out.append(v)
    return out


_CLAUSE_OPEN = {"-", "–", "—", ":", "„", "“", "\"", "(", "«", "»", "‚", "'"}


def _clause_initial(doc: Doc, i: int, sent) -> bool:
    """The first token of a sentence or of a clause after a dash, colon, opening quote or
    parenthesis: "Perpignan (AFP) - Französische Landwirte", "Er sagte: „Russische Truppen ..."."""
    return i == sent.tok_start or (i > sent.tok_start and doc.tokens[i - 1].text in _CLAUSE_OPEN)


def _demonym(word: str, lang: str, sent_initial: bool) -> str | None:
    d = demonyms(lang)
    if lang == "de":
        ind = pairs("de", "indeclinable").get(norm(word))
        if ind:
            return ind   # checked for ADJA in _filter
        if word[:1].isupper() and not sent_initial:
            return None
        w = word.lower()
        for e in _DE_ENDINGS:
            if w.endswith(e) and w[: -len(e)] in d:
                return d[w[: -len(e)]]
        return None
    return d.get(norm(word)) if word[:1].isupper() else None


def _recognize(doc: Doc) -> list[_M]:
    g = load()
    lang = doc.lang
    text = doc.text
    outl = outlets()
    cur = curated(lang)
    ms: list[_M] = []
    maxn = min(g.max_words, 6)   # "Democratic People's Republic of Korea"
    for sent in doc.sentences:
        ws = _words(doc, sent)
        i = 0
        while i < len(ws):
            matched = False
            # multi-word and whole-chunk names, longest first
            first_word = norm(text[ws[i][0]:ws[i][1]])
            starts = first_word in g.multi_first or (
                lang == "de" and first_word.endswith("en")
                and (first_word[:-1] in g.multi_first or first_word[:-2] + "es" in g.multi_first))
            top = min(maxn, len(ws) - i) if starts else 1
            for n in range(top, 0, -1):
                s, e = ws[i][0], ws[i + n - 1][1]
                surface = text[s:e]
                if not surface[:1].isupper():
                    continue
                if norm(surface) in outl:
                    i += n
                    matched = True
                    break
                if n == 1 and _demonym(surface, lang, _clause_initial(doc, ws[i][2], sent)):
                    break
                key, cands = _lookup(g, surface, lang,
                                     translit=n == 1 and doc.tokens[ws[i][3]].pos in ("NE", "FM"))
                if not cands and n == 1 and surface.endswith(".") and len(surface) > 3 and "." not in surface[:-1]:
                    # "Iran." tokenized with the full stop
                    e -= 1
                    key, cands = _lookup(g, surface[:-1], lang)
                if cands and norm(key) in words(lang, "nonplaces"):
                    cands = []
                if cands:
                    ms.append(_M(s, e, key, cands, ws[i + n - 1][3], curated=norm(key) in cur))
                    i += n
                    matched = True
                    break
                if n > 1:
                    # a multi-word name before a hyphen: "New York-based", "Sierra Leone-born",
                    # "Costa Rica-Reise"; the compound's head stays out of the mention
                    m = _multiword_compound(doc, g, s, ws[i + n - 1], lang, cur)
                    if m is not None:
                        ms.append(m)
                        i += n
                        matched = True
                        break
            if matched:
                continue
            s, e, t0, t1 = ws[i]
            surface = text[s:e]
            if "-" in surface:
                ms.extend(_hyphen_parts(doc, g, s, surface, t1, lang, cur, outl))
            else:
                code = _demonym(surface, lang, _clause_initial(doc, t0, sent))
                if code:
                    ms.append(_demonym_m(doc, g, s, e, code, t1, lang))
                elif lang == "de" and (ca := _city_adjective(g, surface)) is not None:
                    # "Nürnberger Flughafen", "Münchner Polizei": the town's adjective (checked in _filter)
                    ms.append(_M(s, e, ca[0], ca[1], t1, extra={"cityadj": True}))
                elif lang == "en" and i + 1 < len(ws):
                    # two-word adjectives: "South Korean", "Sri Lankan"
                    s2, e2 = ws[i][0], ws[i + 1][1]
                    code = _demonym(text[s2:e2], lang, False)
                    if code:
                        ms.append(_demonym_m(doc, g, s2, e2, code, ws[i + 1][3], lang))
                        i += 2
                        continue
            i += 1
    return [m for m in ms if m is not None]


_CITYADJ_MIN_POP = 50_000


def _city_adjective(g, word: str) -> tuple[str, list[Cand]] | None:
    """A German town adjective in "-er" (indeclinable) and the town it names: "Nürnberger" ->
    Nürnberg, "Münchner" -> München, "Dresdner" -> Dresden, "Bremer" -> Bremen, "Kölner" -> Köln;
    only towns of some size (a common noun in "-er" rarely has a big namesake stem)."""
    if len(word) < 6 or not word.endswith("er") or not word[:1].isupper() or not word[1:].islower():
        return None
    stem = word[:-2]
    for key in (stem, stem + "en", stem[:-1] + "en" if stem.endswith("n") else None):
        if not key:
            continue
        cands = [c for c in g.lookup(key) if c.feat == "city" and c.strong and c.pop >= _CITYADJ_MIN_POP]
        if cands:
            return key, cands
    return None


def _demonym_m(doc, g, s, e, code, tok, lang) -> _M | None:
    c = g.country(code)
    if c is None:
        return None
    return _M(s, e, doc.text[s:e], [c], tok, demonym=code, curated=True)


def _multiword_compound(doc, g, s, last_chunk, lang, cur) -> _M | None:
    ls, le = last_chunk[0], last_chunk[1]
    h = doc.text.find("-", ls + 1, le)
    if h < 0 or h + 1 >= le:
        return None
    key, cands = _lookup(g, doc.text[s:h], lang, translit=False)
    if not cands or norm(key) in words(lang, "nonplaces"):
        return None
    t = _token_at(doc, h - 1)
    if t is None:
        return None
    m = _M(s, h, key, cands, t.i, curated=norm(key) in cur)
    level = pairs(lang, "partwords").get(norm(doc.text[h + 1:le]))
    if level:
        m.near = True
        m.extra["level"] = int(level)
    m.extra["compound"] = True
    return m


def _hyphen_parts(doc, g, start, surface, tok, lang, cur, outl) -> list[_M]:
    parts, off = [], start
    for p in surface.split("-"):
        parts.append((off, off + len(p), p))
        off += len(p) + 1
    parts = [p for p in parts if p[2]]
    if not parts or any(norm(p[2]) in outl for p in parts):
        return []
    out: list[_M] = []
    # adjectives in every part: "kasachisch-russischen", "US-amerikanische"
    dem = []
    for k, (s, e, p) in enumerate(parts):
        code = demonyms(lang).get(norm(p)) if k < len(parts) - 1 else _demonym(p, lang, False)
        dem.append(code)
    whole_dem = _demonym(surface, lang, False) if lang == "de" else None
    if whole_dem:
        return [_demonym_m(doc, g, start, start + len(surface), whole_dem, tok, lang)]
    if dem[-1] and (lang == "de" or len(parts) == 1):
        return [_demonym_m(doc, g, s, e, c, tok, lang) for (s, e, _p), c in zip(parts, dem) if c]
    if lang == "en" and dem[0]:
        return [_demonym_m(doc, g, parts[0][0], parts[0][1], dem[0], tok, lang)]
    # a place as the first part: "US-Außenministerium", "Almaty-Region"; or as the first parts,
    # longest first: "Sri-Lanka-Komitee", "New-York-Reise", "Baden-Württemberg-Wahl"
    for k in range(len(parts) - 1, 1, -1):
        if not all(pp[2][:1].isupper() for pp in parts[:k]):
            continue
        s, e = parts[0][0], parts[k - 1][1]
        for joined in (doc.text[s:e], doc.text[s:e].replace("-", " ")):
            key, cands = _lookup(g, joined, lang, translit=False)
            if cands and norm(key) not in words(lang, "nonplaces"):
                m = _M(s, e, key, cands, tok, curated=norm(key) in cur)
                level = pairs(lang, "partwords").get(norm(surface[e - start + 1:]))
                if level:
                    m.near = True
                    m.extra["level"] = int(level)
                m.extra["compound"] = True
                return [m]
    s, e, p = parts[0]
    if p[:1].isupper():
        if norm(p) in _COMPASS and len(parts) > 1:
            s, e, p = parts[1]
        key, cands = _lookup(g, p, lang)
        if cands and p[:1].isupper():
            m = _M(s, e, key, cands, tok, curated=norm(key) in cur)
            rest = norm(surface[e - start + 1:]) if e - start < len(surface) else ""
            level = pairs(lang, "partwords").get(rest)
            if level:
                m.near = True
                m.extra["level"] = int(level)
            elif norm(parts[0][2]) in _COMPASS:
                m.near = True
            m.extra["compound"] = True
            out.append(m)
    return out


def _attributive_en(doc: Doc, i: int, sent, depth: int = 0) -> bool:
    """An English country adjective used before a noun ("Russian troops", "Saudi and American
    mediation"), not a language or a noun ("speaks Russian")."""
    t = doc.tokens[i]
    if t.pos not in ("JJ", "NNP", "NNPS") or i + 1 >= sent.tok_end:
        return False
    nxt = doc.tokens[i + 1]
    if nxt.pos.startswith(("NN", "JJ", "CD", "VBN")) or nxt.text == "-":
        return True
    if nxt.text in ("and", "or", ",") and i + 2 < sent.tok_end and depth < 3:
        after = doc.tokens[i + 2]
        return bool(_demonym(after.text, "en", False)) and _attributive_en(doc, i + 2, sent, depth + 1)
    return False


@lru_cache(maxsize=4)
def _roles(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    ws = words(lang, "rolenouns")
    return frozenset(w for w in ws if not w.startswith("-")), tuple(w[1:] for w in ws if w.startswith("-"))


def _role_noun(word: str, lang: str) -> bool:
    w = word.lower()
    exact, suffixes = _roles(lang)
    return w in exact or (len(w) > 5 and w.endswith(suffixes))


def _looks_like(surface: str, name: str) -> bool:
    """A spelling variant of the main name ("Marrakesch" ~ "Marrakesh"), not another name."""
    from difflib import SequenceMatcher

    from .build_util import fold

    a, b = fold(surface.lower()), fold(name.lower())
    return SequenceMatcher(None, a, b).ratio() >= 0.75


@lru_cache(maxsize=4)
def caps_aliases(lang: str) -> frozenset[str]:
    from .gazetteer import DATA, _tsv

    out = set()
    for f in ("countries.tsv", "admin1.tsv", "cities.tsv"):
        out.update(r[0] for r in _tsv(DATA / lang / f) if r[0].replace(".", "").isupper() and len(r[0]) > 1)
    return frozenset(out)


@lru_cache(maxsize=4)
def caps_lower_block(lang: str) -> frozenset[str]:
    """Title-case spellings of all-caps aliases ("Us" for "US") that are ordinary words."""
    return frozenset(a[0] + a[1:].lower() for a in caps_aliases(lang) if len(a) <= 3)


def _caps_ok(surface: str, cands: list[Cand], lang: str, is_curated: bool) -> bool:
    """An all-caps name is a place only as one of our all-caps aliases ("USA", "NRW") or as a long
    enough name of a big place (a dateline "NAIROBI"), never "ROM" for Rom or "BLA" for Bla."""
    if not (len(surface) > 1 and surface.replace(".", "").isupper()):
        return True
    big = any(c.strong and (c.feat != "city" or c.pop >= 100_000) for c in cands)
    return surface in caps_aliases(lang) or (len(surface) >= 4 and (is_curated or big))


def caps_dateline(doc: Doc, start: int, end: int) -> bool:
    """An all-caps name opening a paragraph: the dateline "NAIROBI (Reuters) -", "LAGOS, 3. Mai"."""
    before = doc.text[:start].rstrip(" \t")
    return doc.text[start:end].isupper() and (not before or before.endswith("\n"))


def _dateline_town(doc: Doc, start: int, end: int) -> bool:
    """A dateline of any town, however small: an all-caps name of four or more letters
    opening a paragraph and followed by the dateline's punctuation ("BAD KREUZNACH. Fünf
    Stunden lang ...", "KIRN (dpa) -", "BITAM, Gabon")."""
    after = doc.text[end:end + 3].lstrip(" ")
    return end - start >= 4 and caps_dateline(doc, start, end) and after[:1] in (",", ".", "(", "/", "-", "–", "—")


def _acronym_of_name(doc: Doc, start: int, end: int) -> bool:
    """An all-caps word in parentheses after a longer name, or named as an organisation anywhere in
    the article: "Befreiungsarmee (BLA)", "Tehrik-i-Taliban Pakistan (TTP)"."""
    surface = doc.text[start:end]
    if not surface.replace(".", "").isupper() or len(surface) < 2:
        return False
    if caps_dateline(doc, start, end):
        return False
    if surface in caps_aliases(doc.lang):
        return False    # "DPRK", "UAE": our own alias of a place, even where the entities stage says ORG
    for ent in doc.entities:
        if ent.type == "ORG" and any(mm.text == surface for mm in ent.mentions):
            return True
    before = doc.text[max(0, start - 2):start]
    after = doc.text[end:end + 1]
    if before.endswith("(") and after == ")" and surface not in caps_aliases(doc.lang):
        words = doc.text[max(0, start - 80):start - 1].split()
        if words and words[-1][:1].isupper() and not words[-1].isupper():
            return True
    return False


def _token_at(doc: Doc, offset: int) -> Token | None:
    """Doc.token_at with the token starts computed once per document."""
    starts = doc.extras.get("places.starts")
    if starts is None or len(starts) != len(doc.tokens):
        starts = [t.start for t in doc.tokens]
        doc.extras["places.starts"] = starts
    k = bisect.bisect_right(starts, offset) - 1
    if 0 <= k < len(doc.tokens) and offset < doc.tokens[k].end:
        return doc.tokens[k]
    return None


def _covering(doc: Doc, s: int, e: int, types) -> list:
    hits = []
    for ent in doc.entities:
        if ent.type in types:
            for mm in ent.mentions:
                if mm.start <= s and e <= mm.end:
                    hits.append((ent, mm))
    return hits


_MISTAGGED_MIN_POP = 50_000


def _mistagged_town(m: _M, ent, text: str, countries: set[str]) -> bool:
    """A sizeable town the entities stage took for a person or an organisation ("Taiz", "Maiduguri",
    "Salina Cruz" tagged PER): every mention of that entity is the bare name (or its genitive), so
    nothing makes it a person ("Paris Hilton") or an organisation ("Bayern München"), and the
    article names the town's country."""
    surface = norm(text[m.start:m.end])
    if not all(norm(mm.text) in (surface, surface + "'s", surface + "s") for mm in ent.mentions):
        return False
    # a smaller town too when the article says something happens in it ("in Kakuma", "nahe Foya")
    located = any(text[max(0, mm.start - 12):mm.start].split()[-1:] in (["in"], ["near"], ["nahe"], ["bei"],
                                                                         ["through"], ["outside"], ["around"])
                  for mm in ent.mentions)
    return any(c.strong and c.cc in countries and (c.feat != "city" or c.pop >= _MISTAGGED_MIN_POP
                                                   or located and c.pop >= 5_000)
               for c in m.cands)


_SEAT_HEADS = {"City Hall", "Town Hall"}
_Q_OPEN = set("„“\"«»‚‘'›‹")
_Q_CLOSE = set("“”\"»«‘’'‹›")


def _quoted(text: str, start: int, end: int) -> bool:
    """The name is all of a quotation: '„Sierra Madre“' (a ship), '"Operation Gideon"'."""
    return start > 0 and text[start - 1] in _Q_OPEN and text[end:end + 1] in _Q_CLOSE and end - start > 1


_WAY_HEADS = {"Road", "Street", "Avenue", "Highway", "Boulevard", "Lane", "Bridge", "Square", "Expressway",
              "Motorway", "Freeway", "Straße", "Strasse", "Allee", "Brücke", "Platz", "Autobahn", "Chaussee"}


def _filter(doc: Doc, ms: list[_M]) -> list[_M]:
    lang = doc.lang
    text = doc.text
    toks = doc.tokens
    loc_words = words(lang, "locative")
    near_words = words(lang, "near")
    heads = words(lang, "nameheads")
    titles = words(lang, "titles")
    given = words(lang, "givennames")
    det = _DET_DE if lang == "de" else _DET_EN
    # neighbours that are places themselves do not make a name part of a longer one
    cand_toks = {m.tok for m in ms if m.curated or m.demonym or any(c.feat != "city" for c in m.cands)}
    first_tok = {}
    for m in ms:
        t = _token_at(doc, m.start)
        first_tok[id(m)] = t.i if t else m.tok
    standalone = {norm(m.key) for m in ms if not m.extra.get("compound")}
    # the countries the article names (as a country or its adjective)
    countries = _named_countries(ms)
    cur_rows = _curated_rows()
    g = load()
    kept: list[_M] = []
    for m in ms:
        ti = first_tok[id(m)]
        first = toks[ti]
        last = toks[m.tok]
        sent = doc.sentences[first.sent]
        prev = toks[ti - 1] if ti > sent.tok_start else None
        prev2 = toks[ti - 2] if ti - 1 > sent.tok_start else None
        nxt = toks[m.tok + 1] if m.tok + 1 < sent.tok_end else None
        if m.demonym:
            # an attributive adjective, not a language name or a person noun
            if lang == "en" and text[m.end:m.end + 1] != "-" and not _attributive_en(doc, m.tok, sent):
                # (the first part of a compound is attributive: "a Kenyan-led mission", "Saudi-backed")
                continue
            if lang == "de" and norm(text[m.start:m.end]) in pairs("de", "indeclinable") and last.pos != "ADJA":
                continue   # "die Schweizer" (people) is not "die Schweizer Armee"
            if lang == "de" and text[m.start].isupper() and ti != sent.tok_start and last.pos != "ADJA":
                continue   # after a dash or quote only as an adjective: "- Deutsche wurden festgenommen" is a noun
            if _covering(doc, m.start, m.end, ("ORG", "PER")):
                continue
            kept.append(m)
            continue
        if m.extra.get("cityadj"):
            # attributive before a common noun, not a person ("die Berliner"), a surname ("Thomas
            # Bremer") or a newspaper ("Berliner Zeitung")
            if last.pos not in ("ADJA", "NE") or nxt is None or nxt.pos != "NN" or not nxt.text[:1].isupper():
                continue
            if nxt.text.lower() in words(lang, "cityadjstop") or norm(f"{last.text} {nxt.text}") in outlets():
                continue
            if prev is not None and prev.pos == "NE" and prev.i not in cand_toks:
                continue
            if _covering(doc, m.start, m.end, ("PER",)):
                continue
            kept.append(m)
            continue
        if _quoted(text, m.start, m.end) and not m.demonym:
            continue   # 'zu dem Wrack der „Sierra Madre“': a quoted name is a ship's, an operation's, a title
        # a place the entities stage tagged; not a word at the end of a longer name after an
        # adjective ("im Südchinesischen Meer", "am Schwarzen Meer": the sea, not a town called Meer)
        m.ner = any(not any(t.pos == "ADJA" for t in doc.tokens_in(mm.start, m.start))
                    for _, mm in _covering(doc, m.start, m.end, ("GPE", "LOC")))
        if any(mm.start <= m.start and mm.end > m.end and text[mm.start:mm.end].split()[-1] in _WAY_HEADS
               for _, mm in _covering(doc, m.start, m.end, ("GPE", "LOC", "ORG"))):
            continue   # "the Grand Trunk Road", "die Kölner Straße": a road's name, not the town Grand
        if " " not in m.key and "-" not in m.key and _common_word(m.key if lang == "de" else text[m.start:m.end], lang) \
                and max((c.pop for c in m.cands), default=0) < 1_000_000 \
                and any(mm.start < m.start and mm.end == m.end and mm.text[:1].isupper()
                        for _, mm in _covering(doc, m.start, m.end, ("GPE", "LOC", "ORG"))):
            continue   # the last word of a longer name: "Yeonpyeong Island" (not Iceland), "Demarcation Line"
        if lang == "en" and " " not in m.key and nxt is not None and nxt.text[:1].isupper() \
                and nxt.text.lower().endswith(("an", "ese", "ish")) and _common_word(text[m.start:m.end], lang):
            continue   # "West African countries", "South Asian": a compound adjective, not West (Texas)
        seat = [(ent, mm) for ent, mm in _covering(doc, m.start, m.end, ("ORG",))
                if ent.kind == "government" and mm.start == m.start and text[m.end:mm.end].strip() in _SEAT_HEADS]
        if seat:
            m.ner = True   # "Phnom Penh City Hall": the city's administration names the city
        blockers = [(ent, mm) for ent, mm in _covering(doc, m.start, m.end, _BLOCK_TYPES) if (ent, mm) not in seat]
        if any((mm.end - mm.start) > (m.end - m.start) or not (m.curated or caps_dateline(doc, m.start, m.end)
                                                              or _mistagged_town(m, ent, text, countries))
               for ent, mm in blockers):
            continue
        rows = cur_rows.get((lang, norm(m.key)))
        country_like = bool(rows) and all(g.feat[r] != "city" for r in rows)
        m.extra["country_like"] = country_like
        if lang == "de":
            if first.pos.startswith(("V", "ART", "APPR", "PP", "PR", "PD", "PI", "PW", "K", "$", "ADV", "CARD")) and not country_like:
                continue
            if prev is not None and prev.pos == "ART" and not country_like and " " not in m.key \
                    and all(c.feat == "city" for c in m.cands) and not m.extra.get("compound"):
                continue   # German towns take no article: "nach dem Derby", "die Halle", even if tagged
        else:
            initial = ti == sent.tok_start or (prev is not None and prev.text in ('"', "“", "'", "(", "‘"))
            if not m.ner and not first.pos.startswith("NNP"):
                if initial and not country_like:
                    continue
                if first.pos in ("PRP", "DT", "IN", "CC", "MD", "WDT", "WP") and not country_like:
                    continue
        prev_l = prev.text.lower() if prev else ""
        loc_ctx = prev_l in loc_words or (prev2 is not None and prev2.text.lower() in loc_words and prev is not None and prev.pos in det and lang == "de" and prev.text.lower() in ("der", "dem"))
        if not loc_ctx and prev_l in ("of", "von") and prev2 is not None and prev2.text.lower() in loc_words:
            loc_ctx = True   # "the town of Grindavik", "the island of Rhodes", "Stadt von"
        m.extra["loc_ctx"] = loc_ctx
        surface = text[m.start:m.end]
        if len(surface) > 1 and surface.replace(".", "").isupper() and not m.demonym:
            if not (_caps_ok(surface, m.cands, lang, m.curated) or _dateline_town(doc, m.start, m.end)) \
                    or _acronym_of_name(doc, m.start, m.end):
                continue
        elif surface in caps_lower_block(lang):
            continue   # "Us" in a song title is not "US"
        if m.extra.get("compound") and norm(text[m.end + 1:m.end + 40].split()[0] if text[m.end + 1:m.end + 40].split() else "") .rstrip(".,;:") in words(lang, "compoundstop"):
            continue   # "US-Dollar", "Taiwan-Dollar"
        if (prev_l in near_words or (prev2 is not None and prev2.text.lower() in near_words and prev_l in ("von", "of", "vom"))):
            m.near = True
        # "Gebiet Donezk", "the Kursk region", "province of Sindh": the region named after the
        # town (ACLED: the town's point, precision 3); "Bezirk", "outskirts": a part of it (2)
        part = pairs(lang, "partwords")
        lv = None
        if nxt is not None and nxt.text.lower() in part and lang == "en":
            lv = part[nxt.text.lower()]
        elif prev_l in part and lang == "de":
            lv = part[prev_l]
        elif prev2 is not None and prev_l in ("of", "von") and prev2.text.lower() in part:
            lv = part[prev2.text.lower()]
        if lv and not m.demonym:
            m.near = True
            m.extra["level"] = max(int(lv), m.extra.get("level", 0))
        if prev is not None and prev.text.rstrip(".").lower() in titles:
            continue   # "Herr Paris", "Mr Jordan"
        name_tags = ("NE",) if lang == "de" else ("NNP", "NNPS")
        if norm(m.key) in given and nxt is not None and nxt.pos in name_tags and nxt.text[:1].isupper() \
                and nxt.i not in cand_toks and nxt.text not in heads and not m.ner:
            continue   # "Jordan Peterson", "Chad Smith"
        if not country_like and not m.ner:
            plausible = [c for c in m.cands if c.strong or _looks_like(surface, c.name)] or m.cands
            best = max(plausible, key=lambda c: (c.pop, c.strong))
            if prev is not None and _role_noun(prev.text, lang):
                continue   # "Präsident Cleveland", "Onkel Gallus", "striker Alba"
            # part of a longer name: "Ned Price", "Paris Hilton", "Washington Post"
            name_tags = ("NE",) if lang == "de" else ("NNP", "NNPS")
            if prev is not None and ti > sent.tok_start and prev.pos in name_tags and prev.text[:1].isupper() \
                    and prev.i not in cand_toks and prev.text not in heads:
                continue
            if nxt is not None and nxt.pos in name_tags and nxt.text[:1].isupper() and nxt.i not in cand_toks \
                    and nxt.text not in heads and not m.extra.get("compound"):
                continue
            if prev is not None and prev.text.lower() in _NAME_PARTICLES and prev2 is not None \
                    and (prev2.text[:1].isupper() or prev2.text.lower() in _NAME_PARTICLES) \
                    and prev2.i not in cand_toks and prev2.text.lower() not in loc_words:
                continue   # "Defensoría del Pueblo", "Banco de Bogotá": inside a Romance name
            single = " " not in m.key and "-" not in m.key
            after_det = prev is not None and prev.pos in det
            if single and _common_word(m.key if lang == "de" else text[m.start:m.end], lang):
                # in a compound the article belongs to the compound ("a London-based group")
                comp = bool(m.extra.get("compound"))
                if after_det and not comp:
                    continue
                strong_ne = (first if comp else last).pos in name_tags and best.pop >= 1_000_000
                if not (loc_ctx and last.pos in name_tags) and not strong_ne:
                    continue
            if m.extra.get("compound") and not m.curated and not m.near and best.pop < 500_000 \
                    and norm(m.key) not in standalone:
                continue   # "Corona-Maßnahmen": a compound needs a big or otherwise named place
            if norm(m.key) != norm(text[m.start:m.end]) and " " not in m.key and lang == "de" \
                    and not text[m.start:m.end].lower().startswith(m.key.lower()) and best.pop < 20_000:
                continue   # transliterated reading of a small place
            if not m.curated and not best.strong and not loc_ctx and not _looks_like(surface, best.name):
                continue   # an untagged alternate name unlike the main name ("Stalin" for Donetsk) needs context
            weak_ctx = prev_l in ("von", "of") and (prev2 is None or prev2.text.lower() not in loc_words)
            if not m.curated and best.pop < 5_000 and weak_ctx and not m.near:
                continue   # "in den Arbeiten von Lynch": "von" alone does not make a village
            if not m.curated and best.pop < 15_000 and not loc_ctx and not (" " in m.key and best.pop >= 1000):
                continue   # a small place needs "in", "bei", "the town of" (a two-word name is evidence enough)
        kept.append(m)
    return kept


_ARABIC_ARTICLE = re.compile(r"(?i:al|el|ad|as|ash|ar|an|at|az|ed|es|et|ez|ul)-[A-ZÄÖÜ]")
_BUILDING_NOUNS = {"hall", "halls", "dormitory", "dormitories", "hostel", "hostels"}


_FACILITY_NOUNS = {"prison", "jail", "hospital", "stadium", "airport", "university", "mosque", "church",
                   "barracks", "refinery", "compound", "camp", "market"}


def _building_name(toks, k: int, sent) -> bool:
    """A name before a lowercase building noun, also the first of two coordinated names; a
    name before a facility noun whose town follows ("Ghezel Hesar prison in Karaj")."""
    for j in (k + 1, k + 3):
        if j >= sent.tok_end:
            return False
        if toks[j].text in _BUILDING_NOUNS:
            return j == k + 1 or (toks[k + 1].text.lower() in ("and", "&") and toks[k + 2].text[:1].isupper())
    j = k + 1
    return j + 2 < sent.tok_end and toks[j].text in _FACILITY_NOUNS \
        and toks[j + 1].text in ("in", "near", "outside") and toks[j + 2].text[:1].isupper()


def _named_countries(ms: list[_M]) -> set[str]:
    """The countries the article names, as a country or by its adjective."""
    return {c.cc for m in ms for c in m.cands if m.demonym or (c.feat == "country" and c.strong)}


def _named_regions(ms: list[_M]) -> set[str]:
    """The countries of first-level units the article names that can only mean that unit
    ("Jharkhand")."""
    return {m.cands[0].cc for m in ms if m.cands and len({(c.cc, c.feat) for c in m.cands}) == 1
            and m.cands[0].feat == "admin1"}


def _foreign_hamlet(doc: Doc, m: _M, countries: set[str], regions: set[str] = frozenset()) -> bool:
    """A small town in a country the article never names, while it names others: the gazetteer
    lacks the right one ("Foya" in Liberia is not Foya in China); no place beats a wrong one.
    An article that names a region of another country ("Jharkhand") needs a town under 50,000
    people to be abroad in an unnamed country ("Saranda" there is no Sarandë in Albania)."""
    known = countries | regions
    if not known or not m.cands or m.curated or m.demonym or caps_dateline(doc, m.start, m.end):
        return False
    if not all(c.feat == "city" and c.cc not in known for c in m.cands):
        return False
    limit = 50_000 if regions - countries else 20_000
    return max(c.pop for c in m.cands) < limit


def _ner_mentions(doc: Doc, ms: list[_M]) -> list[_M]:
    """GPE/LOC mentions of the entities stage that the gazetteer pass did not find."""
    g = load()
    out = []
    covered = [(m.start, m.end) for m in ms]
    for ent in doc.entities:
        if ent.type not in ("GPE", "LOC"):
            continue
        for mm in ent.mentions:
            if any(s < mm.end and mm.start < e for s, e in covered):
                continue
            if norm(mm.text) in outlets() or _quoted(doc.text, mm.start, mm.end):
                continue
            key, cands = _lookup(g, mm.text, doc.lang)
            if not cands or norm(key) in words(doc.lang, "nonplaces") or norm(mm.text) in words(doc.lang, "nonplaces"):
                continue   # "March" tagged as a place is the month
            if not _caps_ok(mm.text, cands, doc.lang, norm(key) in curated(doc.lang)):
                continue   # "BLA" tagged as a place is an acronym, not Bla in Mali
            if _acronym_of_name(doc, mm.start, mm.end):
                continue
            if mm.text[:1].islower() and doc.lang == "en" and norm(key) not in curated(doc.lang):
                continue   # "the Korean peninsula" tagged as a place is no town called Peninsula
            t = _token_at(doc, max(mm.end - 1, mm.start))
            if t is None:
                continue
            t0 = _token_at(doc, mm.start)
            if doc.lang == "de" and t0 is not None and t0.i > doc.sentences[t0.sent].tok_start \
                    and doc.tokens[t0.i - 1].pos == "ART" and " " not in key \
                    and all(c.feat == "city" for c in cands) and norm(key) not in curated(doc.lang):
                continue   # "nach dem Derby" tagged as a place
            out.append(_M(mm.start, mm.end, key, cands, t.i, ner=True, curated=norm(key) in curated(doc.lang)))
            covered.append((mm.start, mm.end))
    return out


# --------------------------------------------------------------------------- resolution
def _pool(m: _M, lang: str) -> list[Cand]:
    # every reading; untagged alternate names are penalized in _base, so "Basra" still goes to
    # Basrah (1.3 million, alternate name) rather than a village whose main name is Basra
    return list(m.cands)


def _base(c: Cand, m: _M, lang: str) -> float:
    s = 1.2 * math.log10(c.pop + 10) + _FEAT_BONUS.get(c.feat, 0.0)
    if not c.strong:
        s -= 2.5
    if c.row in _curated_rows().get((lang, norm(m.key)), ()):
        s += 1.5
    cue = m.extra.get("cue")
    if cue and c.feat in cue:
        s += 3.0
    if c.cc in {"de": ("DE", "AT", "CH")}.get(lang, ()):
        s += 0.5
    return s


def _locate(town: _M, unit: _M) -> None:
    """The readings of ``unit`` that are a country or a first-level region say where ``town``
    lies: its readings in that region, or in that country, are apposed."""
    units = [c for c in unit.extra["pool"] if c.feat in ("admin1", "country")]
    if units:
        town.extra["apposed_cc"] = set(town.extra.get("apposed_cc", set())) | {c.cc for c in units if c.feat == "country"}
        admin = {c.name for c in units if c.feat == "admin1"}
        town.extra["apposed"] = set(town.extra.get("apposed", set())) | {c.row for c in town.cands if c.admin1 in admin}


def _resolve(doc: Doc, ms: list[_M]) -> None:
    g = load()
    lang = doc.lang
    cues = pairs(lang, "cues")
    for m in ms:
        m.extra["pool"] = _pool(m, lang)
        t = _token_at(doc, m.start)
        if t is not None:
            sent = doc.sentences[t.sent]
            # "Bundesstaat Georgia", "die Stadt Halle", "the state of Georgia", "governor of Georgia"
            j = t.i - 1
            if j > sent.tok_start and doc.tokens[j].text.lower() in ("of", "von"):
                j -= 1
            if j >= sent.tok_start:
                w = doc.tokens[j].text.lower().rsplit("-", 1)[-1]
                if w in cues:
                    m.extra["cue"] = frozenset(cues[w].split("|"))
                    # "the department of Santa Cruz", "Bundesstaat Georgia": the named kind of unit
                    # only, where the name has such a reading (the city Santa Cruz stays apart); a
                    # town word only weighs ("die Hauptstadt Sudans" is the country's capital)
                    fit = [c for c in m.extra["pool"] if c.feat in m.extra["cue"]]
                    if fit and "city" not in m.extra["cue"]:
                        m.extra["pool"] = fit
        m.extra["sent"] = t.sent if t is not None else -1
    # "Paris, Texas", "Halle (Saale)", "Victoria, Kanada": a following admin unit or country;
    # "Bihar's Aurangabad": a region or country in the possessive before a town
    for k, m in enumerate(ms[:-1]):
        nxt = ms[k + 1]
        gap = doc.text[m.end:nxt.start]
        if gap.strip() in (",", "(") and len(gap) <= 3 and not nxt.demonym:
            _locate(m, nxt)
        elif gap in ("'s ", "’s ") and not m.demonym:
            _locate(nxt, m)
    # one apposition settles every mention of the name: "Aurangabad (Bihar)" in the dateline
    # also for the bare "Aurangabad" before and after it
    for key in {norm(m.key) for m in ms}:
        same = [m for m in ms if norm(m.key) == key]
        rows = set().union(*(m.extra.get("apposed", set()) for m in same))
        ccs = set().union(*(m.extra.get("apposed_cc", set()) for m in same))
        for m in same:
            if rows and not m.extra.get("apposed"):
                m.extra["apposed"] = set(rows)
            if ccs and not m.extra.get("apposed_cc"):
                m.extra["apposed_cc"] = set(ccs)
    # a short form of a longer name the article also uses: "Frankfurt" after "Frankfurt (Oder)",
    # "Santiago" after "Santiago de Chile"; the short form means the same place
    for m in ms:
        nk = norm(m.key)
        longer = {c.row for mm in ms if mm is not m and norm(mm.key).startswith(nk + " ")
                  for c in mm.extra["pool"] if c.feat == "city"}
        if longer and any(c.row in longer for c in m.extra["pool"]):
            m.extra["apposed"] = set(m.extra.get("apposed", set())) | longer
    # pass 1: readings without context; confident ones become the article's anchors
    anchors: list[tuple[int, Cand]] = []
    for k, m in enumerate(ms):
        sc = sorted(((_base(c, m, lang), c) for c in m.extra["pool"]), key=lambda x: -x[0])
        if sc and (len(sc) == 1 or sc[0][0] - sc[1][0] >= 1.5):
            anchors.append((k, sc[0][1]))
    by_key: dict[tuple, Cand | None] = {}
    for k, m in enumerate(ms):
        nk = norm(m.key)
        bk = (nk, m.extra.get("cue"))   # "Santa Cruz" and "the department of Santa Cruz" apart
        if bk in by_key:
            m.resolved = by_key[bk]
            continue
        same_key = {j for j, mm in enumerate(ms) if norm(mm.key) == nk}
        ctx = [(j, a) for j, a in anchors if j not in same_key]
        scored = []
        for c in m.extra["pool"]:
            s = _base(c, m, lang)
            if c.row in m.extra.get("apposed", ()) or c.cc in m.extra.get("apposed_cc", ()):
                s += 4.0
            same = [a for j, a in ctx if a.cc == c.cc and ms[j].extra["sent"] == m.extra["sent"]]
            if same:
                s += 2.5
            elif any(a.cc == c.cc for _j, a in ctx):
                s += 1.5
            if c.feat == "city" and c.admin1 and any(a.feat == "admin1" and a.name == c.admin1 for _j, a in ctx):
                s += 1.5
            if c.feat == "admin1" and any(a.feat == "city" and a.admin1 == c.name and a.cc == c.cc for _j, a in ctx) \
                    and not any(x.feat == "city" and x.admin1 == c.name for x in m.extra["pool"]):
                s += 2.0   # the article names a town inside this region (not one named like it)
            if c.feat == "admin1" and any(a.feat == "admin1" and a.cc == c.cc and a.row != c.row for _j, a in ctx):
                s += 1.5   # sibling regions named together
            if any(a.feat in ("city", "admin1") and a.row != c.row and km(a.lat, a.lon, c.lat, c.lon) < 250
                   for _j, a in ctx):
                s += 1.5
            scored.append((s, c))
        scored.sort(key=lambda x: -x[0])
        best = scored[0][1] if scored else None
        if len(scored) > 1 and scored[0][0] - scored[1][0] < 0.5:
            other = scored[1][1]
            if km(best.lat, best.lon, other.lat, other.lon) > 161:
                # cannot be told apart: the common country, or nothing
                best = g.country(best.cc) if (best.cc == other.cc and best.feat != "country"
                                              and (m.extra.get("loc_ctx") or m.ner)) else None
                m.extra["coarse"] = True
        by_key[bk] = best
        m.resolved = best
    # an untagged alternate name unlike the place's own name ("Mukran", a Sorbian name of
    # Großräschen) is a weak reading: where the article's other towns and regions all lie far from
    # it, the name is more likely a place the gazetteer does not know
    others = [m.resolved for m in ms if m.resolved is not None and m.resolved.feat in ("city", "admin1", "admin2")
              and not m.demonym]
    for m in ms:
        r = m.resolved
        if r is None or r.strong or m.curated or m.demonym or r.feat != "city" or r.pop >= 50_000 \
                or _looks_like(doc.text[m.start:m.end], r.name):
            continue
        near = [o for o in others if o.row != r.row]
        if len(near) >= 2 and all(km(o.lat, o.lon, r.lat, r.lon) > 250 for o in near):
            m.resolved = None
            by_key[(norm(m.key), m.extra.get("cue"))] = None
    # a bare name after "im Departamento Arauca" means the unit the article named, unless a longer
    # form or an apposition points to a town ("Santa Cruz" beside "Santa Cruz de la Sierra")
    named_units = {norm(m.key): m.resolved for m in ms if m.extra.get("cue") and m.resolved is not None
                   and m.resolved.feat != "city"}
    for m in ms:
        u = named_units.get(norm(m.key))
        if u is not None and not m.extra.get("cue") and not m.extra.get("apposed") \
                and not m.extra.get("apposed_cc") and any(c.row == u.row for c in m.extra["pool"]):
            m.resolved = u


# --------------------------------------------------------------------------- output
def find_places(doc: Doc) -> list[Place]:
    if doc.lang not in ("de", "en") or not doc.tokens:
        return []
    ms = _recognize(doc)
    ms = _filter(doc, ms)
    ms += _ner_mentions(doc, ms)
    # "Bir al-Abd", "Umm al-Qura": a word before an Arabic article compound is part of one
    # name the gazetteer lacks (not Beed in India)
    ms = [m for m in ms if not (m.tok + 1 < len(doc.tokens) and _ARABIC_ARTICLE.match(doc.tokens[m.tok + 1].text)
                               and doc.tokens[m.tok + 1].start == m.end + 1)]
    if doc.lang == "en":
        # "Livingstone and Mitchell halls": halls of residence named after people
        ms = [m for m in ms if not _building_name(doc.tokens, m.tok, doc.sentences[doc.tokens[m.tok].sent])]
    named = _named_countries(ms)
    regions = _named_regions(ms)
    ms = [m for m in ms if not _foreign_hamlet(doc, m, named, regions)]
    ms.sort(key=lambda m: m.start)
    # drop overlaps (keep the longer / earlier)
    clean: list[_M] = []
    for m in ms:
        if clean and m.start < clean[-1].end:
            if (m.end - m.start) > (clean[-1].end - clean[-1].start):
                clean[-1] = m
            continue
        clean.append(m)
    _resolve(doc, clean)
    groups: dict[tuple[int, bool], list[_M]] = {}
    order: list[tuple[int, bool]] = []
    for m in clean:
        if m.resolved is None:
            continue
        # a city and the province named after it are two places ("Gebiet Donezk", "Donezk"); a
        # small town and the district around it that bears its name are one ("im Gebiet X", "in X")
        r = (m.resolved.row, m.resolved.feat == "city" and m.extra.get("level") == 3
             and m.resolved.pop >= _DISTRICT_TOWN)
        if r not in groups:
            groups[r] = []
            order.append(r)
        groups[r].append(m)
    places = []
    for n, r in enumerate(order, 1):
        ms_r = groups[r]
        c = ms_r[0].resolved
        if c.feat == "city" and r[1]:
            prec = 3
        elif c.feat == "city":
            if any(not m.near for m in ms_r):
                prec = 1
            elif all(m.extra.get("level") == 3 for m in ms_r) and c.pop >= _DISTRICT_TOWN:
                prec = 3
            else:
                prec = 2
        elif c.feat == "admin2":
            prec = 2   # ACLED: a district
        else:
            prec = 3
        places.append(Place(
            id=f"P{n}", name=c.name,
            mentions=[Mention(start=m.start, end=m.end, text=doc.text[m.start:m.end]) for m in ms_r],
            feature=c.feat if c.feat in ("country", "admin1", "admin2", "city") else "other",
            country=c.cc, admin1=c.admin1 if c.feat != "country" else None,
            lat=c.lat, lon=c.lon, geonames_id=c.gid, precision=prec,
        ))
    return places


def annotate(doc: Doc) -> None:
    doc.places = find_places(doc)
    # link entities: a GPE/LOC entity whose mention overlaps a place mention refers to it
    for ent in doc.entities:
        if ent.type not in ("GPE", "LOC"):
            continue
        for p in doc.places:
            if any(mm.start < pm.end and pm.start < mm.end for mm in ent.mentions for pm in p.mentions):
                ent.place = p.id
                break
