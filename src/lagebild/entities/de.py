"""German rules: role-cued persons, organisations by head noun, capitalized-adjective names,
and the role / country cues around a mention. Knowledge lives in ``data/de``."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..doc import Doc, Token
from . import lexicon
from .base import PARTICLES, QUOTES, TITLES, QUOTES_OPEN, Cand, cap, common_word, is_acronym, sentence_initial

LANG = "de"
_ARTICLES = {"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem",
             "einen", "sein", "seine", "seinem", "seinen", "seiner", "ihr", "ihre", "ihrem", "ihren",
             "ihrer"}
_COMPLEMENT_PREPS = {"von", "in", "für", "im", "bei"}
_LIST_JOIN = {",", "und", "sowie", "oder"}
_NAME_POS = {"NE", "FM", "XY"}
_NOT_NAME = {"Am", "Im", "Um", "Zum", "Zur", "Vom", "Beim", "Er", "Sie", "Es", "Wir", "Ihr"}
_LOC_HEADS = ("revier", "meer", "see", "gebirge", "wald", "gebiet", "region", "becken", "küste",
              "halbinsel", "tal", "ebene", "inseln", "insel", "alpen", "wüste", "ozean", "golf",
              "kanal", "strom", "fluss", "bahnhof", "hauptbahnhof", "platz", "straße", "osten",
              "westen", "norden", "süden")
_WEEKDAYS_MONTHS = {"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag",
                    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                    "September", "Oktober", "November", "Dezember"}


@dataclass
class RolePhrase:
    role_tok: int            # index of the role noun
    first: int               # first token of the phrase (after article)
    end: int                 # token index where a following name would start
    roles: list[str]
    country: str | None = None
    complement: list[int] = field(default_factory=list)   # token indices of a genitive complement
    comma: bool = False


# -- token tests ---------------------------------------------------------------
def country_of_word(word: str) -> str | None:
    c = lexicon.countries(LANG)
    if word in c.adjectives:
        return c.adjectives[word]
    if word in c.names:
        return c.names[word]
    if "-" in word:  # "US-Präsident", "US-Verteidigungsministeriums"
        pre = word.split("-")[0]
        if pre in c.names:
            return c.names[pre]
        if pre.lower() in c.adjectives:
            return c.adjectives[pre.lower()]
    return None


_PARTICLE_NAME = re.compile(r"^(?:al|el|ad|as|asch|ash|at|bin|ibn|abu|van|von|de|di|da|du|le|la|ben)-[A-ZÄÖÜ]\w")


def name_token(doc: Doc, tok: Token) -> bool:
    """Could this token be (part of) a personal name?"""
    t = tok.text
    if t in TITLES:
        return False
    if _PARTICLE_NAME.match(t) and tok.i > 0 and cap(doc.tokens[tok.i - 1]):
        return True   # "Baschar al-Assad"
    if not cap(tok) or not any(ch.isalpha() for ch in t) or t in _NOT_NAME or t in _WEEKDAYS_MONTHS:
        return False
    if tok.pos in ("ART", "APPR", "APPRART", "KON", "PPER", "PDS", "PIS", "PIAT", "PPOSAT") \
            or tok.pos.startswith("V") or tok.pos.startswith("$"):
        return False
    if lexicon.de_role(t):
        return False
    c = lexicon.countries(LANG)
    if t in c.names or t in c.nouns or t in c.adjectives:
        return False
    if tok.pos in _NAME_POS:
        return True
    if "-" in t:  # Kassym-Schomart
        return all(p[:1].isupper() and not common_word(p, LANG, 3.5) for p in t.split("-") if p)
    # an unknown capitalized noun: a name only when it is rare and has no common noun ending
    low = t.lower()
    if low.endswith(_NOUN_ENDINGS) or _head_of(t):
        return False
    return not common_word(t, LANG, 2.0)


_NOUN_ENDINGS = ("ung", "ungen", "heit", "keit", "schaft", "schaften", "tion", "tionen", "tät", "ismus",
                 "agentur", "agenturen", "ium", "ien", "gebiet", "kräfte", "land", "stadt", "e", "en")


def parse_name(doc: Doc, i: int, limit: int) -> int:
    """Tokens i..j-1 form a personal name; returns j (== i when there is none)."""
    toks = doc.tokens
    if i >= limit:
        return i
    c = lexicon.countries(LANG)
    if toks[i].text in c.names and i + 1 < limit and toks[i + 1].pos == "NE" \
            and name_token(doc, toks[i + 1]) and toks[i + 1].text not in c.names:
        pass   # "Israel Katz": a first name that is also a country
    elif not name_token(doc, toks[i]) and not (
            _weak_name(toks[i]) and i + 1 < limit and toks[i + 1].pos == "NE" and name_token(doc, toks[i + 1])):
        return i
    if toks[i].text in lexicon.gazetteer():
        return i
    j = i + 1
    while j < limit and j - i < 6:
        t = toks[j]
        if name_token(doc, t) or _weak_name(t):
            j += 1
        elif t.text.lower() in PARTICLES and j + 1 < limit and name_token(doc, toks[j + 1]) \
                and t.text[:1].islower() and toks[j + 1].pos in _NAME_POS \
                and (t.text not in _ARTICLES or toks[j - 1].text.lower() in PARTICLES):
            j += 2
        else:
            break
    return j


def _weak_name(tok: Token) -> bool:
    """A capitalized noun the tagger did not know as a name but that is no frequent word
    ('Jinping' after 'Xi', 'Annalena' before 'Baerbock'): a name only beside a name."""
    t = tok.text
    return cap(tok) and tok.pos in ("NN", "NE", "FM") and t.isalpha() and not lexicon.de_role(t) \
        and t not in _WEEKDAYS_MONTHS and not common_word(t, LANG, 3.0) and not _head_of(t)


def _role_at(doc: Doc, k: int) -> tuple[str, int] | None:
    """A role noun at token k (or a two-word role ending there): (role text, first token)."""
    tok = doc.tokens[k]
    R = lexicon.roles(LANG)
    if k > 0:
        prev = doc.tokens[k - 1]
        for multi in R.multi:
            if len(multi) == 2 and prev.text.lower().startswith(multi[0][:-1]) \
                    and tok.text.lower().startswith(multi[1][:5]) and lexicon.de_role(tok.text):
                return f"{_base_adj(prev.text)} {lexicon.de_role(tok.text)}", k - 1
    r = lexicon.de_role(tok.text)
    if r:
        return r, k
    rel = lexicon.word_list(LANG, "relational.txt")
    w = tok.text
    if w in rel or (w.endswith("n") and w[:-1] in rel) or (w.endswith("en") and w[:-2] in rel):
        return "", k   # an affiliation cue without a role
    return None


_STATE_KINDS = ("government", "ministry", "parliament", "court", "military", "agency")


@lru_cache(maxsize=1)
def _state_prefixes() -> dict[str, str]:
    """One-word names of state institutions with their country ('kreml' -> RU, 'pentagon' -> US)."""
    return {form.lower(): e.country for form, e in lexicon.gazetteer().items()
            if e.country and e.type == "ORG" and e.kind in _STATE_KINDS and " " not in form and len(form) >= 4}


def _federal_country(doc: Doc, word: str) -> str | None:
    """'Bundesinnenministerin', 'Bundeskanzler': a federal office of Germany, unless the text
    speaks of Austria or Switzerland, which have federal offices of the same names."""
    if not word.startswith("Bundes") or len(word) < 10 or not lexicon.de_role(word[6:].capitalize()):
        return None
    if re.search(r"Österreich|Schweiz|Wien|Bern\b|österreichisch|schweizerisch", doc.text):
        return None
    return "DE"


@lru_cache(maxsize=10_000)
def _institution_country(word: str) -> str | None:
    """'Kremlsprecher', 'Pentagon-Sprecher', 'CDU-Politiker': a role compound on a state
    institution or a party of one country."""
    if "-" in word:
        e = lexicon.gazetteer().get(word.split("-")[0])
        if e is not None and e.country and e.kind in _STATE_KINDS + ("party",) and \
                lexicon.de_role(word.split("-", 1)[1]):
            return e.country
    low = word.lower()
    for form, iso in _state_prefixes().items():
        if not low.startswith(form) or len(low) <= len(form) + 3:
            continue
        rest = word[len(form):].lstrip("-")
        for r in (rest, rest[1:] if rest[:1] == "s" else None):
            if r and lexicon.de_role(r[:1].upper() + r[1:]):
                return iso
    return None


def _base_adj(word: str) -> str:
    for e in ("en", "em", "es"):
        if word.endswith(e):
            return word[: -len(e)] + "er" if word.lower().startswith("oberst") else word[: -len(e)] + "e"
    return word


def role_phrases(doc: Doc) -> dict[int, RolePhrase]:
    """Every role phrase of the document, keyed by the token index where a name would follow."""
    out: dict[int, RolePhrase] = {}
    toks = doc.tokens
    c = lexicon.countries(LANG)
    for sent in doc.sentences:
        for k in range(sent.tok_start, sent.tok_end):
            hit = _role_at(doc, k)
            if not hit:
                continue
            role, first = hit
            ph = RolePhrase(k, first, k + 1, [role] if role else [])
            ph.country = country_of_word(toks[k].text) or _institution_country(toks[k].text) \
                or _federal_country(doc, toks[k].text)
            # left: adjectives, modifiers, country genitives ("Kasachstans Präsident")
            j = first - 1
            while j >= sent.tok_start:
                w = toks[j].text
                iso = country_of_word(w) if (w[:1].islower() or w in c.names) else None
                if iso is None and w.endswith("s"):   # "Bayerns Innenminister": a German minister
                    iso = lexicon.region_countries(LANG).get(w)
                if iso is None and w[:1].isupper() and w.endswith("er") and len(w) > 5:
                    # "der Wiener Unternehmer", "ein Moskauer Anwalt": the city's country
                    city = lexicon.cities().get(w[:-2])
                    if city is not None and city[2] >= 100_000:
                        iso = city[1]
                if iso and ph.country is None:
                    ph.country = iso
                if iso or toks[j].pos in ("ADJA", "ADJD") or w.lower().rstrip("nmrse") in R_mods():
                    ph.first = j
                    j -= 1
                    continue
                break
            # right: genitive country, genitive complement, "von Almaty"
            i = k + 1
            end = sent.tok_end
            if i < end and toks[i].text in c.names and toks[i].text.endswith("s"):
                ph.country = ph.country or c.names[toks[i].text]
                i += 1
            elif i + 1 < end and toks[i].text in ("des", "der") :
                m = i + 1
                while m < end and m - i <= 6 and (toks[m].pos in ("ADJA", "NN", "NE", "FM", "TRUNC")
                                                   or toks[m].text in ("für", "über", "und")):
                    if toks[m].pos in ("NN", "NE") and (m + 1 >= end or toks[m + 1].pos not in (
                            "NN", "NE", "ADJA") and toks[m + 1].text not in ("für", "über")):
                        m += 1
                        break
                    m += 1
                # "der Provinzregierung von Belutschistan", "des Krankenhauses in Gao"
                if m + 1 < end and toks[m].text in ("von", "in", "im", "aus") and cap(toks[m + 1]) \
                        and toks[m + 1].pos in ("NE", "FM") and toks[m - 1].pos in ("NN", "NE"):
                    n = m + 1
                    while n < end and toks[n].pos in ("NE", "FM") and cap(toks[n]) and n - m <= 3:
                        n += 1
                    if n < end and toks[n].text == ",":
                        m = n
                comp = list(range(i + 1, m))
                if comp and any(toks[x].pos in ("NN", "NE") for x in comp):
                    ph.complement = comp
                    for x in comp:
                        iso = country_of_word(toks[x].text)
                        if iso and ph.country is None:
                            ph.country = iso
                    i = m
            elif i + 1 < end and toks[i].text in _COMPLEMENT_PREPS and cap(toks[i + 1]) \
                    and toks[i + 1].pos in ("NE", "FM"):
                m = i + 1
                while m < end and toks[m].pos in ("NE", "FM") and cap(toks[m]):
                    m += 1
                iso = c.names.get(doc.text[toks[i + 1].start:toks[m - 1].end])
                if iso and ph.country is None and toks[i].text != "für":   # "Sonderbeauftragte für Sudan"
                    ph.country = iso
                ph.complement = list(range(i + 1, m))
                i = m
            if not ph.complement and i + 1 < end and toks[i].text == "für":
                # "der ugandische Minister für Flüchtlinge, Hillary Onek": a portfolio up to the comma
                m = i + 1
                while m < end and m - i <= 6 and (toks[m].pos in ("ADJA", "NN", "NE", "KON", "ART", "TRUNC")):
                    m += 1
                if m > i + 1 and m < end and toks[m].text == "," and toks[m - 1].pos in ("NN", "NE"):
                    ph.complement = list(range(i + 1, m))
                    i = m
            if i < end and toks[i].text == ",":
                ph.comma = True
                i += 1
            ph.end = i
            if _genitive_of_earlier_name(doc, i, end):
                continue   # "dem Anwalt Kanus": the lawyer of Kanu, not a lawyer named Kanus
            prev = out.get(first)
            if prev is not None and (not prev.comma or prev.complement):   # "Bundeskanzler und SPD-Chef" is not chained;
                # "Gouverneur der Provinz Nord-Kivu, Generalleutnant Peter Cirimwami" is
                ph.roles = prev.roles + [r for r in ph.roles if r not in prev.roles]
                ph.country = ph.country or prev.country
            out[i] = ph
    return out


def _genitive_of_earlier_name(doc: Doc, i: int, end: int) -> bool:
    """A single name with genitive s after a role, whose stem the text named before."""
    toks = doc.tokens
    if i >= end or toks[i].pos not in ("NE", "NN", "FM") or not cap(toks[i]):
        return False
    w = toks[i].text
    if len(w) < 4 or not w.endswith("s") or (i + 1 < end and cap(toks[i + 1]) and toks[i + 1].pos in ("NE", "FM")):
        return False
    return re.search(r"(?<![\w-])" + re.escape(w[:-1]) + r"(?![\w-])", doc.text[:toks[i].start]) is not None


def R_mods() -> frozenset[str]:  # noqa: N802
    return lexicon.roles(LANG).modifiers


# -- sources ---------------------------------------------------------------------
def role_persons(doc: Doc, phrases: dict[int, RolePhrase]) -> list[Cand]:
    out = []
    toks = doc.tokens
    for i, ph in phrases.items():
        if i >= len(toks):
            continue
        limit = doc.sentences[toks[i].sent].tok_end
        die_plural = ph.first > 0 and toks[ph.first - 1].text.lower() == "die" \
            and not toks[ph.role_tok].text.endswith("in")
        if die_plural and toks[i].text != ",":
            # a genitive complement before the apposition: "Die Verteidigungsminister beider Länder, ..."
            k = i
            while k < min(limit, i + 4) and (toks[k].pos in ("NN", "NE", "ADJA")
                                             or toks[k].text.lower() in ("beider", "der", "des", "aller", "beiden")):
                k += 1
            if k > i and k < limit and toks[k].text == "," and toks[i].text.lower() in ("beider", "der", "des", "aller"):
                i = k
        if die_plural and toks[i].text == "," and i + 1 < limit:
            i += 1   # "Die Verteidigungsminister beider Länder, Lorenzo Bassani und Slim Hammami, ..."
        while i < limit and (toks[i].text in TITLES or toks[i].text == "."):
            i += 1   # "Präsident Dr. Müller"
        j = parse_name(doc, i, limit)
        if j == i:
            continue
        if j == i + 1 and j + 1 < limit and toks[i].pos == "NE" and _surname_like(doc, j) \
                and (toks[j + 1].text in (",", ".", "(", ":", ";") or toks[j + 1].pos.startswith("V")):
            j += 1   # "Chef von Siemens Energy, Christian Bruch,": a surname that is also a common noun
        # "Präsident Frankreichs Emmanuel Macron" handled; a plural role before a list gives its role
        # to every name of the list ("die Journalisten A, B und C"), a plural role before one name none
        names = [(i, j)]
        while j + 1 < limit and toks[j].text in (",", "und", "sowie", "oder"):
            k = j + 1
            if toks[k].text in ("und", "sowie", "oder"):
                k += 1
            j2 = parse_name(doc, k, limit)
            if j2 - k < 2:
                break
            names.append((k, j2))
            j = j2
        rt = toks[ph.role_tok].text
        plural = (rt.lower().endswith(("innen", "nen")) and rt != "Innen") or (
            rt.endswith("en") and not (ph.roles and ph.roles[-1] == rt) and ph.role_tok > 0
            and toks[ph.first - 1].text.lower() == "die")
        if die_plural and len(names) > 1:
            plural = True   # "die Außenminister A und B": a masculine plural like its singular
        elif toks[i - 1].text == "," and die_plural:
            continue        # an apposition after a plural role names a list, not one person
        if plural and len(names) == 1 and rt.lower().endswith(("innen", "nen")):
            continue
        roles = list(ph.roles)
        if plural and rt.lower().endswith("innen") and roles and roles[-1] == rt[:-3]:
            roles[-1] = rt[:-3]   # "Journalistinnen" -> "Journalistin"
        for a, b in (names if plural else names[:1]):
            out.append(Cand(toks[a].start, toks[b - 1].end, "PER", "roles", roles=list(roles), country=ph.country))
    return out


def _surname_like(doc: Doc, j: int) -> bool:
    """A capitalized noun right after a role-cued first name that may be a surname ('Bruch',
    'Koch', 'Fischer'): no role, month, country, organisation head or common noun ending."""
    t = doc.tokens[j]
    w = t.text
    return cap(t) and t.pos in ("NN", "NE") and w.isalpha() and not lexicon.de_role(w) \
        and w not in _WEEKDAYS_MONTHS and w not in _NOT_NAME and not country_of_word(w) and not _head_of(w) \
        and not w.lower().endswith(("ung", "heit", "keit", "schaft", "tion", "ismus", "tät")) \
        and w not in lexicon.gazetteer()


def apposition_persons(doc: Doc, phrases: dict[int, RolePhrase]) -> list[Cand]:
    """'Amina Bello, die Leiterin des Krankenhauses, …', 'Farhan Durrani, Sprecher der …': a name
    right before a comma that opens a role apposition is a person (the role attaches later)."""
    out = []
    toks = doc.tokens
    for ph in phrases.values():
        if not ph.roles:
            continue
        c = ph.first - 1
        if c >= 0 and toks[c].text.lower() in ("der", "die", "ein", "eine"):
            c -= 1
        if c < 1 or toks[c].text != ",":
            continue
        sent = doc.sentences[toks[c].sent]
        if toks[ph.role_tok].text.lower().endswith(("innen", "nen")) and toks[ph.role_tok].text != "Innen":
            continue   # a plural role describes a list
        # the longest name ending right before the comma (2-4 tokens, at a name boundary)
        for i in range(max(sent.tok_start, c - 4), c - 1):
            if parse_name(doc, i, c) == c and (i == sent.tok_start or not cap(toks[i - 1])
                                               or toks[i - 1].pos in ("ART", "APPR", "APPRART", "KON")
                                               or sentence_initial(doc, toks[i])):
                if any(toks[x].text in lexicon.gazetteer() or toks[x].text in lexicon.countries(LANG).names
                       for x in range(i, c)):
                    break
                out.append(Cand(toks[i].start, toks[c - 1].end, "PER", "apposition"))
                break
    return out


@lru_cache(maxsize=100_000)
def _head_of(word: str) -> tuple[str, tuple[str, bool, bool]] | None:
    heads = lexicon.org_heads(LANG)
    for form in (word, word[:-2] if word.endswith("en") else None, word[:-1] if word.endswith(("n", "s")) else None,
                 word[:-2] if word.endswith("es") else None):
        if form and form in heads:
            return form, heads[form]
    low = word.lower()
    for h, v in heads.items():
        hl = h.lower()
        if len(hl) >= 6 and (low.endswith(hl) or low.endswith(hl + "en") or low.endswith(hl + "s")
                             or low.endswith(hl + "n")) and len(low) > len(hl) + 2:
            return h, v
    return None


def _org_name_run(doc: Doc, i: int, limit: int) -> int:
    """An organisation name starting at token i (after a head noun): returns its end index."""
    toks = doc.tokens
    if i >= limit:
        return i
    t = toks[i]
    if t.text in QUOTES_OPEN:
        j = i + 1
        while j < limit and toks[j].text not in QUOTES and j - i < 8:
            j += 1
        inner = toks[i + 1:j]
        if j < limit and toks[j].text in QUOTES and inner and cap(inner[0]) \
                and not any(x.pos.startswith("V") and x.finite for x in inner):
            return j + 1
        return i
    if not cap(t) or t.pos in ("ART", "APPR", "APPRART", "KON") or t.pos.startswith("V") \
            or t.text in _WEEKDAYS_MONTHS or t.text in _NOT_NAME:
        return i
    strong = t.pos in _NAME_POS or is_acronym(t.text) or not common_word(t.text, LANG, 3.3) \
        or t.text in lexicon.gazetteer()
    if t.pos == "ADJA" and i + 1 < limit and cap(toks[i + 1]):   # "Georgischer Traum"
        strong = True
    if not strong:
        return i
    j = i + 1
    while j < limit and j - i < 4 + 3 * _foreign(t):
        u = toks[j]
        if _connector(doc, j, limit):   # "Defensoría del Pueblo", "Port of Antwerp"
            j += 1
            continue
        if not cap(u) or u.pos in ("ART", "APPR", "APPRART", "KON") or u.pos.startswith("V") \
                or u.text in _WEEKDAYS_MONTHS or u.pos.startswith("$") or lexicon.de_role(u.text):
            break
        if u.pos not in _NAME_POS and common_word(u.text, LANG, 3.3) and toks[j - 1].pos != "ADJA":
            break
        j += 1
    return j


def _foreign(tok: Token) -> bool:
    """A token of a name in another language ('Rapid', 'Jurado', 'Defensoría'): tagged as a
    foreign word or proper noun, and no frequent German word."""
    return tok.pos in ("FM", "NE") and not common_word(tok.text, LANG, 3.3) \
        or tok.pos == "FM" or (cap(tok) and lexicon.zipf(tok.text.lower(), "en") >= 3.0
                               and lexicon.zipf(tok.text.lower(), "de") < 2.0)


_CONNECTORS = {"of", "for", "and", "on", "de", "del", "de la", "la", "los", "las", "el", "do", "da", "dos",
               "y", "e", "di", "della", "du", "van", "for", "the"}


def _connector(doc: Doc, j: int, limit: int) -> bool:
    """A lowercase function word inside a foreign name, between two foreign name words."""
    toks = doc.tokens

    def word(x: int) -> bool:
        return cap(toks[x]) and toks[x].pos in ("FM", "NE")

    def conn(x: int) -> bool:
        return toks[x].text in _CONNECTORS and toks[x].pos in ("FM", "NE", "XY")

    if not (conn(j) and 0 < j and j + 1 < limit):
        return False
    prev_ok = word(j - 1) or (j - 2 >= 0 and conn(j - 1) and word(j - 2))   # "de los"
    next_ok = word(j + 1) or (j + 2 < limit and conn(j + 1) and word(j + 2))
    return prev_ok and next_ok


def _foreign_run(doc: Doc, i: int, limit: int) -> int:
    """A run of >= 2 foreign name words (with connectors) from token i; returns its end (i: none)."""
    toks = doc.tokens
    j = i
    while j < limit and j - i < 8:
        u = toks[j]
        if cap(u) and _foreign(u) and not u.pos.startswith("V") and "-" not in u.text[:1]:
            j += 1
        elif j > i and _connector(doc, j, limit):
            j += 1
        else:
            break
    return j if j - i >= 2 else i


def org_heads(doc: Doc) -> list[Cand]:
    out = []
    toks = doc.tokens
    for sent in doc.sentences:
        k = sent.tok_start
        while k < sent.tok_end:
            tok = toks[k]
            hit = _head_of(tok.text) if cap(tok) and tok.pos[:2] in ("NN", "NE") else None
            if not hit and _place_head(tok.text):
                hit = (tok.text, ("outlet" if tok.text.lower().endswith("rundfunk") else "agency", False, False))
            if not hit and _council(tok.text) and k + 1 < sent.tok_end and cap(toks[k + 1]) \
                    and toks[k + 1].pos == "NE" and (toks[k + 1].text in lexicon.cities()
                                                     or toks[k + 1].text in lexicon.regions(LANG)
                                                     or toks[k + 1].text in lexicon.countries(LANG).names):
                # "Der Flüchtlingsrat Sachsen-Anhalt", "Landesjugendrat Bayern": a council of a place
                # (named with it; the place stays a mention of the place)
                name = doc.text[tok.start:toks[k + 1].end]
                out.append(Cand(tok.start, tok.end, "ORG", "orgheads", kind="org", name=name,
                                key="org:" + name.lower()))
                k += 1
                continue
            if not hit and _named_group(tok.text):
                # "Dissidenten der früheren Farc-Guerilla", "die Hamas-Miliz": a name joined to a
                # group head names the group
                out.append(Cand(tok.start, tok.end, "ORG", "orgheads", kind="group"))
                k += 1
                continue
            if not hit:
                k += 1
                continue
            head, (kind, intro, comp) = hit
            plural = tok.text.lower().endswith((head.lower() + "en", head.lower() + "n"))
            nxt = k + 1
            n_before = len(out)
            if intro:
                i = nxt
                if i + 1 < sent.tok_end and toks[i].text == "namens":   # "eine Gruppe namens „Black Lantern“"
                    i += 1
                while i < sent.tok_end:
                    j = _org_name_run(doc, i, sent.tok_end)
                    if j == i:
                        break
                    s, e = toks[i].start, toks[j - 1].end
                    if toks[i].text in QUOTES_OPEN:
                        s, e = toks[i + 1].start, toks[j - 2].end
                    out.append(Cand(s, e, "ORG", "orgheads", kind=kind))
                    i = j
                    if plural and i + 1 < sent.tok_end and toks[i].text in _LIST_JOIN:
                        i += 1
                        continue
                    break
            elif not plural:
                # any organisation head before a foreign name: "Menschenrechtskommission Comisión
                # Nacional de los Derechos Humanos", "Hafenbetreiber Port of Antwerp"
                j = _foreign_run(doc, nxt, sent.tok_end)
                if j > nxt:
                    out.append(Cand(toks[nxt].start, toks[j - 1].end, "ORG", "orgheads", kind=kind))
            if _place_head(tok.text) and k + 1 < sent.tok_end \
                    and cap(toks[k + 1]) and (toks[k + 1].pos == "NE" or toks[k + 1].text in _COMPASS):
                if is_acronym(toks[k + 1].text):   # "der flämische Rundfunk VRT": the acronym is the name
                    out.append(Cand(toks[k + 1].start, toks[k + 1].end, "ORG", "orgheads", kind=kind))
                else:
                    # the place may run over several words: "Staatsanwaltschaft Bad Kreuznach",
                    # "Flughafen Frankfurt am Main"
                    end = k + 2
                    for n in (3, 2):
                        if k + 1 + n <= sent.tok_end and \
                                doc.text[toks[k + 1].start:toks[k + n].end] in lexicon.cities():
                            end = k + 1 + n
                            break
                    if tok.text.startswith("Flughafen"):
                        # "Der Flughafen Nürnberg": an airport named with its city (like a council of a
                        # place, the city stays a mention of the place)
                        name = doc.text[tok.start:toks[end - 1].end]
                        out.append(Cand(tok.start, tok.end, "ORG", "orgheads", kind="facility", name=name,
                                        key="org:" + name.lower()))
                    else:
                        out.append(Cand(tok.start, toks[end - 1].end, "ORG", "orgheads", kind=kind))
            if comp and not plural:
                j = _complement_name(doc, k, sent.tok_end)
                if j > k + 1:
                    # a capitalised adjective inside the sentence belongs to the name: "die
                    # Tunesische Liga für Menschenrechte", "die Ägyptische Initiative für ..."
                    s0 = k
                    while s0 - 1 >= sent.tok_start and toks[s0 - 1].pos == "ADJA" and cap(toks[s0 - 1]) \
                            and (s0 - 1 > sent.tok_start or country_of_word(toks[s0 - 1].text)):
                        s0 -= 1
                    out.append(Cand(toks[s0].start, toks[j - 1].end, "ORG", "orgheads", kind=kind))
                else:
                    j = _genitive_name(doc, k, sent)
                    if j > k + 1:
                        name = head + doc.text[tok.end:toks[j - 1].end] if tok.text.startswith(head) \
                            else None
                        out.append(Cand(tok.start, toks[j - 1].end, "ORG", "orgheads", kind=kind, name=name))
            if not plural and tok.text != head and _compound_org(tok.text) and len(out) == n_before \
                    and not _names_follow(doc, k, sent):
                # "Ärztekomitee", "Bauernverband", "Wahlkommission": a compound naming one body
                base = _compound_org(tok.text)
                out.append(Cand(tok.start, tok.end, "ORG", "orgheads", kind=kind, name=base,
                                key="org:" + base.lower()))
            k += 1
    # missions of an international organisation: "die EU-Beobachtermission", "der
    # UN-Friedensmission", "die OSZE-Sonderbeobachtermission" (the organisation's name inside the
    # compound stays no mention of its own; the compound names one body)
    for tok in toks:
        if tok.text.count("-") == 1 and cap(tok):
            pre, head = tok.text.split("-")
            e = lexicon.gazetteer().get(pre)
            base = head[:-1] if head.endswith("s") else head
            if e is not None and e.kind in ("union", "intergov", "alliance") and len(base) > 7 \
                    and base.lower().endswith(_MISSION_HEADS):
                name = pre + "-" + base
                out.append(Cand(tok.start, tok.end, "ORG", "orgheads", kind="intergov", name=name,
                                key="org:" + name.lower()))
    # institutions named by hyphenated proper names before their head: "das
    # St.-Elisabeth-Klinikum", "des Robert-Koch-Instituts", "der Hans-Böckler-Stiftung" (read on the
    # text: the tokenizer splits such names unevenly)
    for m in _HYPHEN_NAMED.finditer(doc.text):
        name = m.group(0)
        for suf in ("es", "s"):
            if name.endswith(m.group(1) + suf):
                name = name[: -len(suf)]
                break
        out.append(Cand(m.start(), m.end(), "ORG", "orgheads", kind="facility", name=name,
                        key="org:" + name.lower()))
    out += _definite_institutions(doc)
    # parishes named by their saint: "der St.-Marien-Gemeinde", "die Sankt-Johannis-Kirchengemeinde"
    for m in _SAINT_PARISH.finditer(doc.text):
        out.append(Cand(m.start(), m.end(), "ORG", "orgheads", kind="org"))
    # ministries: "Innenministerium", "Außenministeriums", "US-Verteidigungsministerium"; a later
    # "das Ministerium" (definite, no complement) is the one named last
    last_ministry = None
    for k, tok in enumerate(toks):
        low = tok.text.lower()
        base = low[:-1] if low.endswith("s") else low
        if base.endswith("ministerium") and len(base) > len("ministerium") + 2 and cap(tok):
            last_ministry = "org:" + tok.text[: len(base)].lower()
            out.append(Cand(tok.start, tok.end, "ORG", "orgheads", kind="ministry", key=last_ministry))
        elif base == "ministerium" and last_ministry and k > 0 and toks[k - 1].text.lower() in _DEF_ARTICLES \
                and not (k + 1 < len(toks) and (toks[k + 1].text in ("für", "des", "der")
                                                or cap(toks[k + 1]) and toks[k + 1].pos == "NE")):
            out.append(Cand(tok.start, tok.end, "ORG", "orgheads", kind="ministry", key=last_ministry))
    return out


@lru_cache(maxsize=10_000)
def _place_head(word: str) -> bool:
    """A head noun naming a body together with a following place ('Staatsanwaltschaft München'),
    also as the last part of a compound ('Kriminalpolizeiinspektion Anklam')."""
    heads = lexicon.word_list(LANG, "org_place_heads.txt")
    if word in heads:
        return True
    low = word.lower()
    return any(len(h) >= 9 and low.endswith(h.lower()) and len(low) > len(h) + 2 and low[-len(h) - 1].isalpha()
               for h in heads)


@lru_cache(maxsize=1)
def _institutions() -> dict[str, tuple[str, bool]]:
    out = {}
    for line in lexicon._lines(lexicon.DATA / LANG / "institutions.tsv"):
        cols = line.split("\t")
        out[cols[0].strip()] = (cols[1].strip(), len(cols) > 2 and cols[2].strip() == "service")
    return out


@lru_cache(maxsize=50_000)
def _institution(word: str) -> tuple[str, str, bool] | None:
    """'Staatsanwaltschaft', 'Landeskriminalamts', 'Landesbereitschaftspolizei': (the noun without a
    genitive ending, its kind, whether it is a bare service noun such as 'Polizei') when the word is,
    or ends in, a noun of data/de/institutions.tsv."""
    low = word.lower()
    for noun, (kind, service) in _institutions().items():
        for suf in ("", "s", "es"):
            if not low.endswith(noun + suf):
                continue
            base_len = len(low) - len(suf)
            if suf and (noun.endswith(_FEMININE) or (suf == "s") == noun.endswith(("s", "z"))):
                continue   # no genitive -s on feminine nouns ('Marines' is English); '-es' after s, z
            if base_len > len(noun) and not (low[base_len - len(noun) - 1].isalpha()
                                             or low[base_len - len(noun) - 1] == "-"):
                continue
            return word[:base_len], kind, service and base_len == len(noun)
    return None


_FEMININE = ("e", "ei", "schaft", "wehr", "tion", "waffe")
_DEF_ARTICLES = {"der", "die", "das", "des", "dem", "den", "beim", "vom", "zum", "zur", "im", "am", "laut"}


def _definite_institutions(doc: Doc) -> list[Cand]:
    """'Die Staatsanwaltschaft hatte ... gefordert', 'sagte ein Sprecher der Staatsanwaltschaft',
    'Laut Landeskriminalamt', 'die türkische Polizei', 'der chinesischen Küstenwache': a public body
    named by its common noun with a definite article (data/de/institutions.tsv) is an organisation.
    Its mentions cluster with the one body of that noun the text names in full ('das
    Landeskriminalamt Niedersachsen' ... 'Laut Landeskriminalamt'), else by the country an adjective
    gives it ('die chinesische Küstenwache' ... 'die philippinische Küstenwache' are two bodies; a
    later bare 'die Küstenwache' is the one named last)."""
    toks = doc.tokens
    full: dict[str, set[str]] = {}
    for k, tok in enumerate(toks[:-1]):
        if cap(tok) and _place_head(tok.text) and cap(toks[k + 1]) and toks[k + 1].pos == "NE":
            inst = _institution(tok.text)
            if inst:
                full.setdefault(inst[0].lower(), set()).add(doc.text[tok.start:toks[k + 1].end])
    out = []
    last_country: dict[str, str] = {}
    for k, tok in enumerate(toks):
        if not cap(tok) or tok.pos[:2] not in ("NN", "NE"):
            continue
        inst = _institution(tok.text)
        if inst is None:
            continue
        base, kind, service = inst
        if k + 1 < len(toks) and cap(toks[k + 1]) and toks[k + 1].pos == "NE" \
                and toks[k + 1].sent == tok.sent:
            continue   # "Polizeipräsidium Neubrandenburg", "Marine Le Pen": a name follows
        j = k - 1
        while j >= 0 and toks[j].sent == tok.sent and toks[j].pos in ("ADJA", "ADJD") and k - j <= 3:
            j -= 1
        if j < 0 or toks[j].sent != tok.sent or toks[j].text.lower() not in _DEF_ARTICLES:
            continue
        low = base.lower()
        iso = org_country(doc, k, k + 1)
        if low in full and len(full[low]) == 1 and iso is None:
            key = "ORG:" + next(iter(full[low])).lower()
        elif iso is not None:
            last_country[low] = iso
            key = f"org:{low}|{iso.lower()}"
        elif low in last_country:
            key = f"org:{low}|{last_country[low].lower()}"
        elif service:
            continue   # "wie die Polizei mitteilte": an ordinary noun
        else:
            key = f"org:{low}"
        out.append(Cand(tok.start, tok.end, "ORG", "orgheads", kind=kind, key=key, country=iso,
                        name=base if base != tok.text else None))
    return out


_HYPHEN_NAMED = re.compile(r"(?<![\w.-])(?:St\.-|Sankt-)?[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*-"
                           r"(Klinikum|Klinik|Krankenhaus|Hospital|Institut|Universität|Hochschule|Stiftung)"
                           r"(?:s|es)?(?![\w-])")
_SAINT_PARISH = re.compile(r"(?<![\w.-])(?:St\.-|Sankt-)[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*-"
                           r"(?:Gemeinde|Kirchengemeinde|Pfarrgemeinde|Pfarrei)(?![\w-])")
_MISSION_HEADS = ("mission", "truppe", "delegation")
_GROUP_HEADS = ("Guerilla", "Miliz", "Terrormiliz", "Rebellengruppe", "Rebellenmiliz", "Terrorgruppe",
                "Terrororganisation", "Bewegung", "Partei")


def _named_group(word: str) -> bool:
    """'Farc-Guerilla', 'Hamas-Miliz', 'M23-Bewegung': a name (an acronym or a word that is no
    frequent German noun) hyphenated to a group head."""
    if word.count("-") != 1:
        return False
    name, head = word.split("-")
    if head not in _GROUP_HEADS or len(name) < 2 or not name[:1].isupper():
        return False
    return is_acronym(name) or name in lexicon.gazetteer() or not common_word(name, LANG, 2.5)


def _council(word: str) -> bool:
    """'Flüchtlingsrat', 'Ethikrat', 'Betriebsrats': a compound of a noun and '-rat' naming a
    council (not 'Verrat', 'Apparat', 'Demokrat', 'Hausrat', nor a person's title such as
    'Landrat', 'Stadtrat', which the role lexicon knows)."""
    low = word.lower()
    for suf in ("rat", "rats", "rates"):
        if low.endswith(suf):
            pre = low[: len(low) - len(suf)]
            break
    else:
        return False
    if len(pre) < 4 or not word[:1].isupper() or lexicon.de_role(word) or pre.endswith(("haus", "quad")):
        return False
    bases = [pre] + [pre[: -len(x)] for x in ("s", "es", "en", "n") if pre.endswith(x) and len(pre) - len(x) >= 4]
    return any(lexicon.zipf(b, LANG) >= 2.5 for b in bases)


_COMPASS = {"Nord", "Süd", "Ost", "West", "Mitte", "Nordost", "Nordwest", "Südost", "Südwest", "Zentral"}
_GENITIVE_NAME_HEADS = ("verband", "verbands", "verbandes", "bund", "bundes", "verein", "vereins",
                        "vereinigung", "zentralrat", "zentralrats", "gewerkschaft")
# (not "-behörde", "-kommission": "Umweltbehörde", "Untersuchungskommission" are mostly generic)
_COMPOUND_ORG_HEADS = ("komitee", "verband", "gewerkschaft", "hilfswerk")


def _names_follow(doc: Doc, k: int, sent) -> bool:
    """A proper name or acronym shortly after a head ('der Dachverband der Gewerkschaften CGTP'):
    the head describes that named organisation and is no name itself."""
    toks = doc.tokens
    for x in range(k + 1, min(k + 5, sent.tok_end)):
        t = toks[x]
        if t.pos.startswith("V") or t.pos.startswith("$"):
            return False
        if t.pos in ("NE", "FM") and cap(t) or is_acronym(t.text):
            return True
    return False


def _compound_org(word: str) -> str | None:
    """'Ärztekomitees' -> 'Ärztekomitee': a compound (>= 3 letters before the head) ending in a
    head that names one body; singular forms only (plurals are generic)."""
    low = word.lower()
    for h in _COMPOUND_ORG_HEADS:
        for suf in ("", "s", "es"):
            if low.endswith(h + suf) and len(low) - len(h + suf) >= 3 and word[:1].isupper() \
                    and low[len(low) - len(h + suf) - 1] != "-":
                return word[: len(word) - len(suf)] if suf else word
    return None


def _genitive_name(doc: Doc, k: int, sent) -> int:
    """'des Verbands der Spediteure', 'der Bund der Steuerzahler': an association head after a
    definite article with a genitive noun phrase names the association."""
    toks = doc.tokens
    low = toks[k].text.lower()
    if not low.endswith(_GENITIVE_NAME_HEADS) or k == sent.tok_start \
            or toks[k - 1].text.lower() not in ("der", "die", "das", "des", "dem", "den"):
        return k
    i = k + 1
    if not (i + 1 < sent.tok_end and toks[i].text in ("der", "des")):
        return k
    m = i + 1
    while m < sent.tok_end and toks[m].pos == "ADJA":
        m += 1
    if m < sent.tok_end and toks[m].pos in ("NN", "NE") and cap(toks[m]) and not lexicon.de_role(toks[m].text) \
            and not (m + 1 < sent.tok_end and toks[m + 1].pos in ("NN", "NE")):
        return m + 1
    return k


def _complement_name(doc: Doc, k: int, limit: int) -> int:
    """'Organisation für Sicherheit und Zusammenarbeit in Europa', 'Organisation des Vertrags über
    kollektive Sicherheit': a head with an article-free 'für'/'über' phrase forms a name."""
    toks = doc.tokens
    i = k + 1
    if i + 1 < limit and toks[i].text in ("des", "der") and toks[i + 1].pos in ("NN", "NE"):
        i += 2
    if not (i + 1 < limit and toks[i].text in ("für", "über", "zur", "zum")):
        return k
    m = i + 1
    nouns = 0
    while m < limit:
        u = toks[m]
        if u.pos in ("ADJA",) and not cap(u):
            m += 1
        elif u.pos in ("NN", "NE") and cap(u):
            nouns += 1
            m += 1
        elif u.text == "und" and m + 1 < limit and toks[m + 1].pos in ("NN", "NE", "ADJA"):
            m += 1
        elif u.text == "in" and m + 1 < limit and toks[m + 1].pos == "NE":
            m += 2
            nouns += 1
        else:
            break
    if nouns == 0 or toks[i + 1].pos == "ART":
        return k
    return m


def quoted_orgs(doc: Doc) -> list[Cand]:
    """„Organisation des Vertrags über kollektive Sicherheit“: a quoted name led by a head noun."""
    out = []
    toks = doc.tokens
    for sent in doc.sentences:
        k = sent.tok_start
        while k < sent.tok_end:
            if toks[k].text not in QUOTES_OPEN:
                k += 1
                continue
            j = k + 1
            while j < sent.tok_end and toks[j].text not in QUOTES and j - k <= 10:
                j += 1
            inner = toks[k + 1:j]
            if j < sent.tok_end and toks[j].text in QUOTES and 1 <= len(inner) <= 9 and cap(inner[0]):
                lead = inner[1] if inner[0].pos == "ADJA" and len(inner) > 1 else inner[0]
                hit = _head_of(lead.text)
                if hit and (len(inner) > 1 or hit[1][0] in ("party", "group")) \
                        and not any(t.pos.startswith("V") and t.finite for t in inner):
                    out.append(Cand(inner[0].start, inner[-1].end, "ORG", "orgheads", kind=hit[1][0]))
            k = j + 1 if j > k else k + 1
    return out


def capitalized_names(doc: Doc) -> list[Cand]:
    """A capitalized adjective inside a sentence starts a name: 'Europäische Zentralbank',
    'Internationalen Atomenergiebehörde', 'Rheinischen Revier'."""
    out = []
    toks = doc.tokens
    for sent in doc.sentences:
        for k in range(sent.tok_start, sent.tok_end - 1):
            t = toks[k]
            if not (cap(t) and t.pos == "ADJA" and t.text[-1:] in "enrsm") or sentence_initial(doc, t) \
                    or "-" in t.text:
                continue
            if k > sent.tok_start and cap(toks[k - 1]) and toks[k - 1].pos == "ADJA":
                continue  # inside a run that started earlier
            j = k + 1
            while j < sent.tok_end and cap(toks[j]) and toks[j].pos in ("ADJA",):
                j += 1
            if j >= sent.tok_end or not cap(toks[j]) or toks[j].pos not in ("NN", "NE"):
                continue
            if _role_at(doc, j) or toks[j].text in _WEEKDAYS_MONTHS:
                continue
            head = toks[j]
            end = j + 1
            low = head.text.lower()
            if _head_of(head.text) or low.endswith(("bank", "dienst", "hilfswerk", "bahn", "amt",
                                                     "kreuz", "union", "kommission", "partei",
                                                     "nationen", "staaten", "gericht", "rat",
                                                     "behörde", "organisation", "front", "armee",
                                                     "fonds", "agentur", "institut", "komitee",
                                                     "gerichtshof", "rundfunk", "rundfunks", "verlag",
                                                     "ministerium", "ministeriums", "börse")):
                typ, kind = "ORG", (_head_of(head.text) or ("", ("org",)))[1][0]
            elif low.endswith(_LOC_HEADS) or low.rstrip("s").endswith(_LOC_HEADS):
                typ, kind = "LOC", None
            else:
                continue   # 'Kalter Krieg', 'Endogenen Retroviren': too mixed to type without a model
            out.append(Cand(t.start, toks[end - 1].end, typ, "capitalized", kind=kind))
    return out


def shape_persons(doc: Doc) -> list[Cand]:
    """Two or more adjacent proper-noun tokens that are not known places or organisations."""
    out = []
    toks = doc.tokens
    c = lexicon.countries(LANG)
    cities = lexicon.cities()
    gaz = lexicon.gazetteer()
    for sent in doc.sentences:
        k = sent.tok_start
        while k < sent.tok_end:
            j = k
            while j < sent.tok_end and toks[j].pos == "NE" and name_token(doc, toks[j]) \
                    and toks[j].text not in cities and toks[j].text not in gaz:
                j += 1
            if 2 <= j - k <= 3 and toks[j - 1].text not in c.names and _person_shaped(doc, k, j, sent):
                out.append(Cand(toks[k].start, toks[j - 1].end, "PER", "shape", conf=0.5))
            k = max(j, k + 1)
    return out


def _person_shaped(doc: Doc, k: int, j: int, sent) -> bool:
    """Filters for the shape rule: no acronyms, numerals or abbreviations; not part of a longer
    capitalized name; not a phrase of common English words ('Wall Street', 'Red Devils');
    no common German noun at the end ('Olde Burg')."""
    toks = doc.tokens
    run = toks[k:j]
    for t in run:
        w = t.text
        if is_acronym(w) or any(ch.isdigit() for ch in w) or w.endswith(".") or \
                w.strip("IVX") == "" or not w[1:].islower() and "-" not in w:
            return False
    if k > sent.tok_start and cap(toks[k - 1]) and toks[k - 1].text[:1].isalpha() \
            and not sentence_initial(doc, toks[k - 1]) and not lexicon.de_role(toks[k - 1].text):
        return False
    if j < sent.tok_end and cap(toks[j]) and toks[j].pos in ("NE", "NN", "FM"):
        return False
    if all(lexicon.zipf(t.text.lower(), "en") >= 4.0 and not lexicon.zipf(t.text.lower(), "de") >= 4.0
           for t in run):
        return False
    if common_word(run[-1].text, LANG, 3.5):
        return False
    return True


# -- cues around a mention ---------------------------------------------------------
def apposition(doc: Doc, end_tok: int) -> tuple[list[str], str | None, list[int]]:
    """', der armenische Regierungschef,' / ', Sprecher des Außenministeriums' after a name."""
    toks = doc.tokens
    if end_tok >= len(toks) or toks[end_tok].text != ",":
        return [], None, []
    limit = doc.sentences[toks[end_tok].sent].tok_end
    i = end_tok + 1
    country = None
    if i < limit and toks[i].text.lower() in ("der", "die") and toks[i].pos == "PRELS":
        # "Aigerim Sadykowa, die die Menschenrechtsgruppe Kadir-Kasiet leitet,"
        rel = lexicon.relative_roles(LANG)
        for m in range(i + 1, min(limit, i + 10)):
            if toks[m].text in (",", ".", ";") or toks[m].pos == "PRELS":
                break
            hit = rel.get(toks[m].text.lower())
            if hit and toks[m].pos in ("VVFIN", "VAFIN", "VMFIN") and (
                    m + 1 >= limit or toks[m + 1].text in (",", ".", ";", "und")):
                return [hit[1] if toks[i].text.lower() == "die" else hit[0]], None, []
        return [], None, []
    if i < limit and toks[i].text.lower() in _ARTICLES:
        i += 1
    while i < limit and i - end_tok <= 6:
        w = toks[i].text
        hit = _role_at(doc, i)
        nxt = toks[i + 1].text if i + 1 < limit else ""
        if hit and (i + 1 >= limit or toks[i + 1].pos not in ("NE",) or nxt in ("des", "der")
                    or (nxt.endswith("s") and nxt in lexicon.countries(LANG).names)):   # "…ministerin Ghanas"
            phrases = role_phrases_cache(doc)
            ph = next((p for p in phrases.values() if p.role_tok == i), None)
            iso = country or country_of_word(w) or (ph.country if ph else None)
            return [hit[0]], iso, (ph.complement if ph else [])
        iso = country_of_word(w) if (w[:1].islower() or w in lexicon.countries(LANG).names) else None
        if iso or toks[i].pos in ("ADJA", "ADJD") or w.lower() in R_mods():
            country = country or iso
            i += 1
            continue
        break
    return [], None, []


def role_phrases_cache(doc: Doc) -> dict[int, RolePhrase]:
    ph = doc.extras.get("entities.role_phrases")
    if ph is None:
        ph = role_phrases(doc)
        doc.extras["entities.role_phrases"] = ph
    return ph


def org_country(doc: Doc, start_tok: int, end_tok: int) -> str | None:
    """'das amerikanische Außenministerium', 'Kasachstans Außenministerium', 'der russischen
    Nachrichtenagentur Interfax', 'US-Verteidigungsministerium'."""
    toks = doc.tokens
    for t in toks[start_tok:end_tok]:
        iso = country_of_word(t.text) if "-" in t.text else None
        if iso:
            return iso
    sent = doc.sentences[toks[start_tok].sent]
    j = start_tok - 1
    c = lexicon.countries(LANG)
    steps = 0
    while j >= sent.tok_start and steps < 4:
        w = toks[j].text
        if w[:1].islower() and w in c.adjectives:
            return c.adjectives[w]
        if w in c.names and w.endswith("s"):
            return c.names[w]
        if toks[j].pos in ("ADJA", "ADJD") or _head_of(w):
            j -= 1
            steps += 1
            continue
        break
    return None


def is_role_token(doc: Doc, tok: Token) -> bool:
    return bool(lexicon.de_role(tok.text)) or tok.text.lower() in R_mods()


def is_name_head(doc: Doc, tok: Token) -> bool:
    """A head noun that introduces a name ('Nachrichtenagentur Sputnik'): not part of it."""
    hit = _head_of(tok.text)
    return bool(hit and hit[1][1])


_LEGAL_FORMS = {"AG", "GmbH", "SE", "KGaA", "KG", "eG", "e.V.", "mbH", "Inc.", "Inc", "Ltd", "Ltd.", "plc",
                "PLC", "S.A.", "SA", "N.V.", "NV", "B.V.", "LLC", "Corp.", "Co.", "AB", "ASA", "SpA", "S.p.A."}


def legal_form_orgs(doc: Doc) -> list[Cand]:
    """'Hamburger Hafen und Logistik AG', 'Rheinmetall AG', 'Siemens Energy AG': capitalized words
    (joined by 'und' / '&') before a legal form name a company."""
    out = []
    toks = doc.tokens
    for sent in doc.sentences:
        for k in range(sent.tok_start + 1, sent.tok_end):
            if toks[k].text not in _LEGAL_FORMS:
                continue
            j = k
            while j - 1 >= sent.tok_start and k - j < 6:
                p = toks[j - 1]
                if p.text in ("und", "&") and j - 2 >= sent.tok_start and cap(toks[j - 2]) and j < k:
                    j -= 1
                    continue
                if p.text.lower().endswith(("firma", "gesellschaft", "konzern", "unternehmen", "tochter")) \
                        and j < k:
                    break   # "die Müllfirma Houston Recycling Inc": the descriptor is no part of the name
                if not cap(p) or not p.text[:1].isalnum() or p.pos in ("ART", "APPR", "APPRART", "KON", "PPOSAT") \
                        or p.pos.startswith("V") or lexicon.de_role(p.text) or _head_of(p.text) and j < k \
                        and lexicon.org_heads(LANG).get(_head_of(p.text)[0], ("", False))[1]:
                    break
                j -= 1
            if toks[j].text in ("und", "&"):
                j += 1
            if j < k:
                out.append(Cand(toks[j].start, toks[k].end, "ORG", "orgheads", kind="company"))
    return out


def org_head_word(word: str) -> bool:
    """Does this word end an organisation's name (German heads, compounds, English heads)?"""
    return bool(_head_of(word) or _compound_org(word) or word in lexicon.word_list(LANG, "org_place_heads.txt")
                or word in lexicon.word_list("en", "org_heads.txt")
                or word.lower().endswith(("rundfunk", "programm", "ministerium", "amt", "dienst")))


def _english_word(tok: Token) -> bool:
    low = tok.text.lower()
    return tok.pos == "FM" or lexicon.zipf(low, "en") >= lexicon.zipf(low, "de") + 1.0


def foreign_orgs(doc: Doc) -> list[Cand]:
    """English organisation names in German text: 'die paramilitärischen Rapid Support Forces',
    'die Grenzschutzbehörde Border Force', 'Port of Antwerp': capitalized words ending in an
    English organisation head (or a head followed by 'of' and a name), at least one of them
    plainly English (so 'Deutsche Bank' stays German)."""
    heads = lexicon.word_list("en", "org_heads.txt")
    out = []
    toks = doc.tokens
    for sent in doc.sentences:
        for k in range(sent.tok_start, sent.tok_end):
            t = toks[k]
            if t.text not in heads or not cap(t):
                continue
            j = k
            while j - 1 >= sent.tok_start and k - j < 5:
                p = toks[j - 1]
                if not cap(p) or not p.text[:1].isalpha() or p.pos in ("ART", "APPR", "APPRART", "KON") \
                        or p.pos.startswith("V") or lexicon.de_role(p.text) or country_of_word(p.text) \
                        or not (p.pos in ("NE", "FM") or _english_word(p)):
                    break
                j -= 1
            end = k + 1
            if end + 1 < sent.tok_end and toks[end].text == "of" and cap(toks[end + 1]) \
                    and toks[end + 1].pos in ("NE", "FM"):
                end += 2
                while end < sent.tok_end and cap(toks[end]) and toks[end].pos in ("NE", "FM") and end - k < 6:
                    end += 1
            span = toks[j:end]
            if len(span) < 2 or not any(_english_word(x) for x in span if x.text != "of"):
                continue
            out.append(Cand(toks[j].start, toks[end - 1].end, "ORG", "orgheads", kind="org"))
    return out
