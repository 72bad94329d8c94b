"""English rules: role-cued persons, organisations by head noun, and role / country cues."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..doc import Doc, Token
from . import lexicon
from .base import PARTICLES, TITLES, Cand, cap, common_word

LANG = "en"
_DETS = {"the", "a", "an", "his", "her", "its", "their", "our"}
_MONTHS_DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                "January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"}
_MINISTRY = {"ministry", "department", "office", "agency", "service", "directorate"}
_LOWER_HEADS = {"service", "guard", "agency", "committee", "directorate"}


@dataclass
class RolePhrase:
    role_first: int
    role_last: int
    first: int
    end: int
    roles: list[str]
    country: str | None = None
    complement: list[int] = field(default_factory=list)
    comma: bool = False


def country_of_word(word: str) -> str | None:
    c = lexicon.countries(LANG)
    return c.adjectives.get(word) or c.names.get(word)


def name_token(tok: Token) -> bool:
    t = tok.text
    if t in TITLES:
        return False
    if not cap(tok) or not any(ch.isalpha() for ch in t) or t in _MONTHS_DAYS:
        return False
    if tok.upos not in ("PROPN", "X", "NOUN", "ADJ"):
        return False
    if role_at_tokens([t.lower()]) or t.lower() in lexicon.roles(LANG).modifiers:
        return False
    c = lexicon.countries(LANG)
    if t in c.names or t in c.nouns or t in c.adjectives:
        return False
    if tok.upos != "PROPN" and common_word(t, LANG, 3.5):
        return False
    return True


_MULTI_BY_FIRST: dict[int, tuple] = {}


def _multi_roles_by_first(R) -> dict[str, list[tuple[str, ...]]]:
    """The multi-word roles of ``R`` by their first word (only those can start a match)."""
    cached = _MULTI_BY_FIRST.get(id(R))
    if cached is None or cached[0] is not R:
        index: dict[str, list[tuple[str, ...]]] = {}
        for multi in R.multi:
            index.setdefault(multi[0], []).append(multi)
        cached = _MULTI_BY_FIRST[id(R)] = (R, index)
    return cached[1]


def role_at_tokens(words: list[str]) -> int:
    """Length of the longest role starting the lowercase word list (0 if none)."""
    R = lexicon.roles(LANG)
    best = 0
    for multi in (_multi_roles_by_first(R).get(words[0], ()) if words else ()):
        n = len(multi)
        if n > best and tuple(words[:n]) == multi:
            best = n
    if not best and words and words[0] in R.bases:
        best = 1
    if len(words) >= 3 and words[1] == "-" and f"{words[0]}-{words[2]}" in R.bases:
        best = 3   # "Secretary-General" tokenized as "Secretary", "-", "General"
    if best == 1 and words[0] in R.modifiers and len(words) > 1:
        n = role_at_tokens(words[1:])      # "deputy country director": the modifier and the role after it
        if n:
            best = max(best, n + 1)
    if len(words) >= 2 and words[1] == "." and words[0].isalpha() and len(words[0]) <= 5:
        n = role_at_tokens([words[0] + "."] + words[2:])   # "Lt", ".", "Gen." -> "Lt. Gen."
        if n:
            best = max(best, n + 1)
    return best


def relational(word: str) -> bool:
    return word in lexicon.word_list(LANG, "relational.txt")


# lower-case words after a hyphen that make an adjective of a name ("Jones-led", "Kyiv-based")
_HYPHEN_SUFFIXES = frozenset("led run born made like era type free held won bred wide area".split())


def parse_name(doc: Doc, i: int, limit: int) -> int:
    toks = doc.tokens
    if i >= limit or not name_token(toks[i]) or toks[i].text in lexicon.gazetteer():
        return i
    j = i + 1
    while j < limit and j - i < 6:
        t = toks[j]
        if t.text == "-" and j + 1 < limit and name_token(toks[j + 1]) and toks[j + 1].start == t.end:
            j += 2
        elif t.text == "-" and j + 1 < limit and t.start == toks[j - 1].end and toks[j + 1].start == t.end \
                and toks[j + 1].text.isalpha() and toks[j + 1].text.islower() and len(toks[j + 1].text) <= 4 \
                and toks[j + 1].text not in _HYPHEN_SUFFIXES:
            j += 2   # Korean given names: "Kim Jong-un", "Moon Jae-in", "Park Min-jae"
        elif name_token(t) and t.upos == "PROPN":
            j += 1
        elif t.text.lower() in PARTICLES and t.text[:1].islower() and j + 1 < limit \
                and name_token(toks[j + 1]):
            j += 2
        else:
            break
    return j


def role_phrases(doc: Doc) -> dict[int, RolePhrase]:
    out: dict[int, RolePhrase] = {}
    toks = doc.tokens
    c = lexicon.countries(LANG)
    for sent in doc.sentences:
        words = [t.text.lower() for t in toks[sent.tok_start:sent.tok_end]]
        k = sent.tok_start
        while k < sent.tok_end:
            n = role_at_tokens(words[k - sent.tok_start:])
            rel = not n and relational(words[k - sent.tok_start])
            if not n and not rel:
                k += 1
                continue
            n = n or 1
            last = k + n - 1
            # lowercase noun modifiers of the office belong to the role: "police spokesman",
            # "information minister", "army chief" (not a name, not a country, not a determiner)
            r0 = k
            while (not rel and r0 - 1 >= sent.tok_start and k - r0 < 2 and toks[r0 - 1].upos == "NOUN"
                   and toks[r0 - 1].text.isalpha() and toks[r0 - 1].text.islower()
                   and not country_of_word(toks[r0 - 1].text)):
                r0 -= 1
            role = doc.text[toks[r0].start:toks[last].end]
            ph = RolePhrase(k, last, k, last + 1, [] if rel else [role])
            j = k - 1
            while j >= sent.tok_start:
                w = toks[j].text
                if w in ("'s", "’s") and j - 1 >= sent.tok_start:
                    iso = c.names.get(toks[j - 1].text)
                    if iso:
                        ph.country = ph.country or iso
                        ph.first = j - 1
                    break
                iso = country_of_word(w)
                if iso is None and j - 1 >= sent.tok_start:   # "South African", "Sri Lankan"
                    iso = c.adjectives.get(f"{toks[j - 1].text} {w}")
                    if iso:
                        j -= 1
                if iso:
                    ph.country = ph.country or iso
                    ph.first = j
                    j -= 1
                    continue
                if w.lower() in lexicon.roles(LANG).modifiers or toks[j].upos in ("ADJ",) or \
                        (toks[j].upos == "PROPN" and cap(toks[j])) or w == "-" or (
                        toks[j].upos in ("NOUN", "PROPN") and w.isalpha() and w.islower() and k - j <= 2
                        and j - 1 >= sent.tok_start and (country_of_word(toks[j - 1].text) or (
                            # "Iranian foreign ministry spokesman": one lowercase adjective between
                            toks[j - 1].upos == "ADJ" and toks[j - 1].text.islower() and j - 2 >= sent.tok_start
                            and country_of_word(toks[j - 2].text)) or (
                            toks[j - 1].text in ("'s", "’s") and j - 2 >= sent.tok_start
                            and toks[j - 2].text in c.names) or (
                            # "Sudan's humanitarian aid commissioner"
                            toks[j - 1].upos == "ADJ" and toks[j - 1].text.islower() and j - 3 >= sent.tok_start
                            and toks[j - 2].text in ("'s", "’s") and toks[j - 3].text in c.names))):
                    # "Ugandan police spokesman": a lowercase noun between country cue and role
                    ph.first = j
                    j -= 1
                    continue
                break
            i = last + 1
            end = sent.tok_end
            if i + 1 < end and toks[i].text == "of":
                m = i + 1
                if m < end and toks[m].text.lower() == "the":
                    m += 1
                s = m
                while m < end and (toks[m].upos == "PROPN" or toks[m].text in ("of", "and")) \
                        and (cap(toks[m]) or toks[m].text in ("of", "and")):
                    m += 1
                if m > s:
                    iso = c.names.get(doc.text[toks[s].start:toks[m - 1].end])
                    ph.country = ph.country or iso
                    ph.complement = list(range(s, m))
                    i = m
            if ph.complement and i < end and toks[i].upos == "NOUN" and not cap(toks[i]):
                # "the head of the Red Cross delegation, Ana Silva": the name was a modifier
                m = i
                while m < end and m - i < 3 and toks[m].upos == "NOUN" and not cap(toks[m]):
                    m += 1
                if m < end and toks[m].text == ",":
                    ph.complement = ph.complement + list(range(i, m))
                    i = m
            elif i + 1 < end and toks[i].text in ("for", "at", "of", "with", "to") and not ph.complement:
                # "a spokesman for the committee, Farrukh Rahimov", "an official at the ministry
                # of health, Grace Mensah", "ambassador to the UN in Geneva, Mandla Nxumalo": a
                # complement up to the comma before a name
                m = i + 1
                if toks[m].text.lower() in ("the", "a", "an"):
                    m += 1
                s = m
                while m < end and m - s < 8 and (toks[m].upos in ("NOUN", "ADJ", "PROPN")
                                                 or toks[m].text in ("of", "and", "'s", "’s")
                                                 # "ambassador to the UN in Geneva, Mandla Nxumalo"
                                                 or (toks[m].text in ("in", "at", "on") and m + 1 < end
                                                     and toks[m + 1].upos == "PROPN" and m > s)
                                                 or toks[m].text == "-" and m > s and toks[m - 1].end == toks[m].start):
                    m += 1
                if m > s and m < end and toks[m].text == "," and (toks[m - 1].upos in ("NOUN", "PROPN")
                                                                  or toks[m - 1].text[:1].isupper()):
                    ph.complement = list(range(s, m))
                    for x in ph.complement:
                        iso = country_of_word(toks[x].text)
                        w = 1
                        if iso is None and x + 1 < m:   # "North Korea's defense ministry"
                            iso = c.names.get(f"{toks[x].text} {toks[x + 1].text}")
                            w = 2
                        if iso is None:
                            continue
                        if toks[i].text == "for" and (w == 2 or toks[x].text in c.names) \
                                and not (x + w < m and toks[x + w].text in ("'s", "’s")):
                            continue   # "the U.N. special envoy for Sudan": the portfolio, not the affiliation
                        ph.country = ph.country or iso
                    i = m
            if i < end and toks[i].text == ",":
                ph.comma = True
                i += 1
            ph.end = i
            if ph.comma and _new_clause_after(doc, ph, i, end, sent.tok_start):
                k = max(last + 1, ph.complement[-1] + 1 if ph.complement else 0)
                continue
            prev = out.get(k) if k in out else out.get(ph.first)
            if prev is not None and (not prev.comma or prev.complement):   # "Supreme Leader Ayatollah Ali Khamenei",
                # "the governor of North Kivu, Lt. Gen. Peter Cirimwami"
                ph.roles = prev.roles + [r for r in ph.roles if r not in prev.roles]
                ph.country = ph.country or prev.country
                ph.first = prev.first
            out[i] = ph
            k = max(last + 1, ph.complement[-1] + 1 if ph.complement else 0)   # no role inside the complement
    return out


def _new_clause_after(doc: Doc, ph: RolePhrase, i: int, end: int, sent_start: int) -> bool:
    """'… and supported the president, Ukibay said.': a role that is the object of a verb or a
    preposition, then a comma and a name with its own verb, is no apposition of that name."""
    toks = doc.tokens
    j = parse_name(doc, i, end)
    if j == i or j >= end or toks[j].upos not in ("VERB", "AUX"):
        return False
    p = ph.first - 1
    while p >= sent_start and (toks[p].upos == "DET" or toks[p].text in ("'s", "’s")):
        p -= 1
    return p >= sent_start and toks[p].upos in ("VERB", "AUX", "ADP")


def role_phrases_cache(doc: Doc) -> dict[int, RolePhrase]:
    ph = doc.extras.get("entities.role_phrases")
    if ph is None:
        ph = role_phrases(doc)
        doc.extras["entities.role_phrases"] = ph
    return ph


def role_persons(doc: Doc, phrases: dict[int, RolePhrase]) -> list[Cand]:
    out = []
    toks = doc.tokens
    for i, ph in phrases.items():
        if i >= len(toks):
            continue
        if ph.role_first == ph.role_last and toks[ph.role_first].text.lower() in ("official", "officer", "head", "chief") \
                and not ph.complement and not cap(toks[ph.role_first]):
            continue
        limit = doc.sentences[toks[i].sent].tok_end
        while i < limit and (toks[i].text in TITLES or (toks[i].text == "." and i > 0 and toks[i - 1].text in TITLES)):
            i += 1
        j = parse_name(doc, i, limit)
        if j == i:
            continue
        if j - i >= 2 and toks[j - 1].text in lexicon.word_list(LANG, "org_heads.txt"):
            continue   # "the Refugee Affairs Secretariat": an organisation's name, no person after a role
        out.append(Cand(toks[i].start, toks[j - 1].end, "PER", "roles", roles=list(ph.roles),
                        country=ph.country))
    return out


_CITY_HALL = re.compile(r"(?<![\w-])((?:[A-Z][\w'-]+ ){1,3})?(City Hall|Town Hall)(?![\w-])")


def _city_halls(doc: Doc) -> list[Cand]:
    """'Phnom Penh City Hall said in a statement', later 'City Hall has announced': a city's
    administration named by its seat (with a city before it, or capitalized alone)."""
    out = []
    full = {}
    for m in _CITY_HALL.finditer(doc.text):
        place = (m.group(1) or "").strip()
        if place and place in lexicon.cities():
            full.setdefault(m.group(2), set()).add(m.group(0))
    for m in _CITY_HALL.finditer(doc.text):
        place = (m.group(1) or "").strip()
        if place and place in lexicon.cities():
            out.append(Cand(m.start(), m.end(), "ORG", "orgheads", kind="government"))
        elif len(full.get(m.group(2), ())) == 1:
            s = m.start(2)
            out.append(Cand(s, m.end(), "ORG", "orgheads", kind="government",
                            key="ORG:" + next(iter(full[m.group(2)])).lower()))
    return out


def org_heads(doc: Doc) -> list[Cand]:
    """'Ministry of Foreign Affairs', 'interior ministry', 'State Department', 'Anadolu news
    agency', 'news agency Xinhua', 'Labour Party', 'Georgian Dream party'."""
    out = _city_halls(doc)
    toks = doc.tokens
    c = lexicon.countries(LANG)
    for sent in doc.sentences:
        for k in range(sent.tok_start, sent.tok_end):
            t = toks[k]
            low = t.text.lower()
            if low == "ministry" and k + 2 < sent.tok_end and toks[k + 1].text == "of" and cap(t):
                m = k + 2
                while m < sent.tok_end and (cap(toks[m]) or toks[m].text in ("and", "of")):
                    m += 1
                while toks[m - 1].text in ("and", "of"):
                    m -= 1
                if m > k + 2:
                    out.append(Cand(t.start, toks[m - 1].end, "ORG", "orgheads", kind="ministry"))
                continue
            if low == "ministry" and not cap(t) and k + 2 < sent.tok_end and toks[k + 1].text == "of" \
                    and toks[k + 2].upos in ("NOUN", "PROPN") and not cap(toks[k + 2]):
                m = k + 2   # "the ministry of health"
                while m < sent.tok_end and (toks[m].upos in ("NOUN", "PROPN") and not cap(toks[m])
                                            or toks[m].text in ("and",) and m + 1 < sent.tok_end
                                            and toks[m + 1].upos == "NOUN") and m - k < 6:
                    m += 1
                out.append(Cand(t.start, toks[m - 1].end, "ORG", "orgheads", kind="ministry",
                                key="org:" + doc.text[t.start:toks[m - 1].end].lower()))
                continue
            if low in _LOWER_HEADS and not cap(t) and k > sent.tok_start and t.upos == "NOUN" \
                    and toks[k + 1 if k + 1 < sent.tok_end else k].upos != "NOUN":
                # "Kyrgyzstan's border service", "the Polish border guard": with a country cue only
                j = k
                while j - 1 >= sent.tok_start and k - j < 2 and toks[j - 1].upos == "NOUN" \
                        and not cap(toks[j - 1]) and toks[j - 1].text.isalpha():
                    j -= 1
                cue = toks[j - 1] if j - 1 >= sent.tok_start else None
                iso = None
                # "Oaxaca's civil protection agency": a state's or city's agency (with one adjective)
                j2 = j - 1 if cue is not None and cue.upos == "ADJ" and cue.text.isalpha() and not cap(cue) \
                    and j - 3 >= sent.tok_start and toks[j - 2].text in ("'s", "’s") else j
                if j2 - 2 >= sent.tok_start and toks[j2 - 1].text in ("'s", "’s") and j2 < k \
                        and toks[j2 - 2].text not in c.names \
                        and (toks[j2 - 2].text in lexicon.regions(LANG) or toks[j2 - 2].text in lexicon.cities()):
                    out.append(Cand(toks[j2].start, t.end, "ORG", "orgheads", kind="agency",
                                    country=lexicon.cities().get(toks[j2 - 2].text, (None, None))[1],
                                    key="org:" + doc.text[toks[j2 - 2].start:t.end].lower()))
                    continue
                if cue is not None and cue.text in ("'s", "’s") and j - 2 >= sent.tok_start:
                    iso = c.names.get(toks[j - 2].text)
                elif cue is not None:
                    iso = c.adjectives.get(cue.text)
                named = k + 1 < sent.tok_end and toks[k + 1].upos == "PROPN" and cap(toks[k + 1])
                if iso and j < k and not named:   # (a name after it is the organisation: "agency AFAD")
                    out.append(Cand(toks[j].start, t.end, "ORG", "orgheads", kind="agency", country=iso,
                                    key="org:" + doc.text[toks[j].start:t.end].lower() + ":" + iso))
                    continue
            if low in _MINISTRY and (low == "ministry" or cap(t)):
                j = k
                while j - 1 >= sent.tok_start and k - j < 3:
                    p = toks[j - 1]
                    if p.text.lower() in _DETS or p.text in ("'s", "’s") or not p.text.isalpha() \
                            or p.text in c.names or p.text in c.adjectives or p.upos not in ("NOUN", "ADJ", "PROPN") \
                            or (low != "ministry" and not cap(p)) or p.text in lexicon.gazetteer() \
                            or role_at_tokens([p.text.lower()]):
                        break
                    j -= 1
                if j < k:
                    kind = "ministry" if low in ("ministry", "department", "office") else "agency"
                    out.append(Cand(toks[j].start, t.end, "ORG", "orgheads", kind=kind,
                                    key="org:" + doc.text[toks[j].start:t.end].lower()))
                    # "disaster management agency AFAD"
                    if low == "agency" and k + 1 < sent.tok_end and toks[k + 1].upos == "PROPN":
                        m = k + 1
                        while m < sent.tok_end and toks[m].upos == "PROPN" and cap(toks[m]):
                            m += 1
                        out.append(Cand(toks[k + 1].start, toks[m - 1].end, "ORG", "orgheads", kind="agency"))
            if low == "agency" and k > sent.tok_start and toks[k - 1].text.lower() == "news":
                # "Anadolu news agency" / "news agency Xinhua"
                j = k - 1
                while j - 1 >= sent.tok_start and toks[j - 1].upos == "PROPN" and cap(toks[j - 1]):
                    j -= 1
                if j < k - 1:
                    out.append(Cand(toks[j].start, toks[k - 2].end, "ORG", "orgheads", kind="agency"))
                elif k + 1 < sent.tok_end and toks[k + 1].upos == "PROPN":
                    m = k + 1
                    while m < sent.tok_end and toks[m].upos == "PROPN" and cap(toks[m]):
                        m += 1
                    out.append(Cand(toks[k + 1].start, toks[m - 1].end, "ORG", "orgheads", kind="agency"))
            if low == "party" and k > sent.tok_start and toks[k - 1].upos in ("PROPN", "ADJ") \
                    and cap(toks[k - 1]):
                j = k - 1
                while j - 1 >= sent.tok_start and cap(toks[j - 1]) and toks[j - 1].upos in ("PROPN", "ADJ"):
                    j -= 1
                if j == k - 1 and toks[j].text in c.adjectives and not cap(t):
                    continue
                end = t.end if cap(t) else toks[k - 1].end
                out.append(Cand(toks[j].start, end, "ORG", "orgheads", kind="party"))
    return out + _class_noun_orgs(doc) + _office_of_role(doc)


# lowercase class nouns placed before an organisation's name: "the charity Hands for Haiti",
# "the activists' group Save the Jadar Valley", "the rights group Amnesty International"
_CLASS_NOUNS = {"charity": "ngo", "group": "group", "organisation": "ngo", "organization": "ngo",
                "movement": "group", "network": "ngo", "coalition": "group", "collective": "group",
                "foundation": "ngo", "initiative": "ngo", "association": "ngo", "NGO": "ngo"}
# lowercase heads after a group's name: "the 400 Mawozo gang", "the Sinaloa cartel"
_GANG_HEADS = {"gang", "cartel", "militia"}
_NAME_LINKS = {"for", "of", "the", "and", "de", "del", "la", "du"}
_WEEKDAYS_MONTHS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
                    "February", "March", "April", "May", "June", "July", "August", "September", "October",
                    "November", "December"}


_HYPHENS = {"-", "‐", "‑"}


def _hyphen_joins(toks, m: int, end: int) -> bool:
    """Token m is a hyphen inside one capitalized word the tokenizer split ("Kadir-Kasiet")."""
    return toks[m].text in _HYPHENS and m + 1 < end and cap(toks[m + 1]) \
        and toks[m].start == toks[m - 1].end and toks[m + 1].start == toks[m].end


def _class_noun_orgs(doc: Doc) -> list[Cand]:
    out = []
    toks = doc.tokens
    c = lexicon.countries(LANG)
    for sent in doc.sentences:
        for k in range(sent.tok_start + 1, sent.tok_end - 1):
            t = toks[k]
            kind = _CLASS_NOUNS.get(t.text)
            if kind is not None and (t.text.islower() or t.text == "NGO") \
                    and toks[k - 1].upos in ("DET", "ADJ", "NOUN", "PUNCT", "PART"):
                m = k + 1
                while m < sent.tok_end and (cap(toks[m]) and toks[m].text[:1].isalpha()
                                            or toks[m].text in _NAME_LINKS and m + 1 < sent.tok_end
                                            and cap(toks[m + 1]) and m > k + 1
                                            or _hyphen_joins(toks, m, sent.tok_end) and m > k + 1):
                    m += 2 if toks[m].text in _HYPHENS else 1
                if m == k + 1 or toks[k + 1].text in _WEEKDAYS_MONTHS or toks[k + 1].text in ("The", "A", "An") \
                        or doc.text[toks[k + 1].start:toks[m - 1].end] in c.names \
                        or doc.text[toks[k + 1].start:toks[m - 1].end] in lexicon.cities() \
                        or (m < sent.tok_end and toks[m].text in ("'s", "’s")):
                    continue
                if m - (k + 1) == 1 and toks[k + 1].upos != "PROPN":
                    continue
                out.append(Cand(toks[k + 1].start, toks[m - 1].end, "ORG", "orgheads", kind=kind))
            elif t.text in _GANG_HEADS and k - 1 > sent.tok_start and cap(toks[k - 1]) \
                    and toks[k - 1].upos in ("PROPN", "NOUN", "NUM", "ADJ"):
                j = k - 1
                while j - 1 >= sent.tok_start and (cap(toks[j - 1]) and toks[j - 1].text[:1].isalpha()
                                                   or toks[j - 1].text.isdigit()) and k - j < 4:
                    j -= 1
                if toks[j].text in ("The", "A", "An"):
                    j += 1
                if j == k or j - 1 < sent.tok_start or toks[j - 1].text.lower() not in ("the", "a", "an", "rival"):
                    continue
                name = doc.text[toks[j].start:toks[k - 1].end]
                if name in c.names or name in c.adjectives or name in lexicon.cities() \
                        or name in lexicon.regions(LANG):
                    continue   # "the Haitian gang": a place, not the gang's name
                out.append(Cand(toks[j].start, toks[k - 1].end, "ORG", "orgheads", kind="group"))
    return out


_OFFICE_OF = re.compile(r"\b((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)(?:'s|’s) Office\b")


def _office_of_role(doc: Doc) -> list[Cand]:
    """"the Attorney General's Office", "the Prosecutor General's Office", "the President's
    Office": an office named after a role is an organisation."""
    out = []
    for m in _OFFICE_OF.finditer(doc.text):
        words = m.group(1).lower().split()
        n = role_at_tokens(words)
        if n and n == len(words):
            out.append(Cand(m.start(), m.end(), "ORG", "orgheads", kind="ministry",
                            key="org:" + m.group(0).lower()))
    return out


# common nouns whose possessive opens an organisation's name ("People's Democratic Party",
# "Children's Fund", "Women's League")
_POSSESSIVE_NOUNS = {"People", "Peoples", "Nation", "Nations", "Children", "Women", "Men", "Workers", "Farmers",
                     "Citizens", "Patriots", "Students", "Bishops", "Teachers", "Journalists", "Lawyers", "Veterans"}


def capitalized_orgs(doc: Doc) -> list[Cand]:
    """A run of capitalized words ending in an organisation head: 'National Assembly',
    'Rapid Support Forces', 'Federal Criminal Police Office', 'Bank of England'."""
    heads = lexicon.word_list(LANG, "org_heads.txt")
    c = lexicon.countries(LANG)
    out = []
    toks = doc.tokens
    for sent in doc.sentences:
        for k in range(sent.tok_start, sent.tok_end):
            t = toks[k]
            if t.text not in heads:
                continue
            j = k
            particle = False
            while j - 1 >= sent.tok_start and k - j < 7:
                p = toks[j - 1]
                if p.text in _NAME_PARTICLES and j - 2 >= sent.tok_start and cap(toks[j - 2]) \
                        and toks[j - 2].upos == "PROPN" and j < k:
                    particle = True   # "Fray Matías de Córdova Human Rights Center"
                    j -= 1
                    continue
                if p.text in ("'", "’") and j - 2 >= sent.tok_start and toks[j - 2].text.endswith("s") \
                        and cap(toks[j - 2]) and toks[j - 2].end == p.start:
                    j -= 1          # "All India Students' Federation"
                    continue
                if p.text in ("'s", "’s") and j - 2 >= sent.tok_start and toks[j - 2].text in _POSSESSIVE_NOUNS \
                        and toks[j - 2].end == p.start and j < k:
                    j -= 1          # "People's Revolutionary Party": a common noun's possessive
                    continue
                if (p.text in c.names or p.text in c.adjectives) and j < k and cap(p) and j - 2 >= sent.tok_start \
                        and (toks[j - 2].text.lower() == "the" or cap(toks[j - 2]) and toks[j - 2].text[:1].isalpha()
                             and not sentence_start(doc, j - 2)):
                    j -= 1          # "the Tanzania Red Cross Society", "All India Students' Federation"
                    continue
                if not cap(p) or not p.text[:1].isalpha() or p.text in ("The", "A", "An") \
                        or p.text in c.names or p.text in c.adjectives \
                        or p.upos not in ("PROPN", "ADJ", "NOUN") and not (p.upos == "DET" and not sentence_start(doc, j - 1)) \
                        or role_at_tokens([p.text.lower()]) or p.text in lexicon.gazetteer():
                    break
                j -= 1
            if toks[j].text in _NAME_PARTICLES:
                j += 1
            end = k + 1
            of_name = False
            if end + 1 < sent.tok_end and (toks[end].text == "of" or (
                    toks[end].text in ("on", "for") and cap(toks[end + 1])
                    and toks[end + 1].text not in _WEEKDAYS_MONTHS)):
                # "Bank of England", "Commission on Human Rights", "Office for Democratic Institutions"
                m = end + 1
                if m < sent.tok_end and toks[m].text == "the":
                    m += 1
                s = m
                while m < sent.tok_end and cap(toks[m]) and toks[m].upos in ("PROPN", "NOUN", "ADJ") and m - s < 4 \
                        and toks[m].text not in _WEEKDAYS_MONTHS:
                    m += 1
                if m > s:
                    end = m
                    of_name = True
            if j == k and end == k + 1:
                continue   # a bare head ("the Council") names nothing by itself
            if j == k and sentence_start(doc, k):
                continue
            # an organisation named after a person ("… Matías de Córdova Human Rights Center"):
            # the whole name outranks a model's person inside it
            # "Port of Mombasa", "Bank of England": a head with "of" and a name is the body,
            # not the place it is named after
            src = "orgheads" if (particle and k - j >= 4) or of_name else "capitalized"
            # "the Tanzanian Meteorological Authority": the country its name opens with
            iso = c.adjectives.get(toks[j].text) or c.names.get(toks[j].text)
            out.append(Cand(toks[j].start, toks[end - 1].end, "ORG", src, kind=_kind(t.text), country=iso))
    return out


def national_bodies(doc: Doc) -> list[Cand]:
    """'the Kenya Red Cross', 'the Uganda Red Cross Society': a country's name between "the"
    and a known organisation's name is that organisation's national body."""
    c = lexicon.countries(LANG)
    gaz = lexicon.gazetteer()
    toks = doc.tokens
    out = []
    for sent in doc.sentences:
        for k in range(sent.tok_start + 1, sent.tok_end - 1):
            iso = c.names.get(toks[k].text)
            if iso is None or toks[k - 1].text.lower() != "the":
                continue
            for n in (3, 2, 1):
                e = k + 1 + n
                if e > sent.tok_end:
                    continue
                name = doc.text[toks[k + 1].start:toks[e - 1].end]
                entry = gaz.get(name)
                if entry is not None and entry.type == "ORG" and entry.kind not in ("outlet", "agency", "platform"):
                    out.append(Cand(toks[k].start, toks[e - 1].end, "ORG", "orgheads", kind=entry.kind, country=iso))
                    break
    return out


_NAME_PARTICLES = {"de", "del", "da", "do", "dos", "das", "di", "van", "von", "la", "le"}
_LOWER_ORG_HEADS = {"association", "union", "council", "federation", "chamber", "syndicate", "society",
                    "guild", "league"}


def place_orgs(doc: Doc) -> list[Cand]:
    """'The Santa Cruz medical association', 'the Bolivian teachers' union': a place name or a
    country adjective, lowercase modifiers and a lowercase association head name one body."""
    out = []
    toks = doc.tokens
    c = lexicon.countries(LANG)
    cities = lexicon.cities()
    regions = lexicon.regions(LANG)
    for sent in doc.sentences:
        for k in range(sent.tok_start + 2, sent.tok_end):
            t = toks[k]
            if t.text not in _LOWER_ORG_HEADS or t.upos != "NOUN":
                continue
            if k + 1 < sent.tok_end and toks[k + 1].upos in ("NOUN", "PROPN") and toks[k + 1].text != "'s":
                continue   # "the union leader"
            j = k
            while j - 1 > sent.tok_start and k - j < 3:
                p = toks[j - 1]
                if not (p.text in ("'", "’") or p.text.islower() and p.text.isalpha() and p.upos in ("NOUN", "ADJ", "PROPN")):
                    break
                j -= 1
            if j == k:
                continue
            e = j
            s = e
            while s - 1 >= sent.tok_start and e - s < 3 and cap(toks[s - 1]) and toks[s - 1].upos in ("PROPN", "ADJ"):
                s -= 1
            if s == e:
                if toks[k - 1].text in ("'", "’") and k - 2 >= j and toks[k - 2].text.endswith("s") \
                        and j - 1 >= sent.tok_start and toks[j - 1].text.lower() == "the":
                    # "the miners' association", "The oil workers' union": a body of one trade
                    out.append(Cand(toks[j].start, t.end, "ORG", "orgheads", kind="union",
                                    key="org:" + doc.text[toks[j].start:t.end].lower()))
                continue
            name = doc.text[toks[s].start:toks[e - 1].end]
            iso = c.names.get(name) or c.adjectives.get(name)
            if not (iso or name in cities or name in regions):
                continue
            out.append(Cand(toks[s].start, t.end, "ORG", "orgheads", kind="ngo", country=iso))
    return out


def _kind(head: str) -> str:
    return {"Party": "party", "Ministry": "ministry", "Department": "ministry", "Office": "ministry",
            "Court": "court", "Parliament": "parliament", "Assembly": "parliament", "Congress": "parliament",
            "Senate": "parliament", "Army": "military", "Forces": "group", "Front": "group",
            "Movement": "group", "Bank": "bank", "Company": "company", "Corporation": "company",
            "Agency": "agency", "Police": "agency", "Service": "agency"}.get(head, "org")


def sentence_start(doc: Doc, k: int) -> bool:
    return k == doc.sentences[doc.tokens[k].sent].tok_start


def apposition(doc: Doc, end_tok: int) -> tuple[list[str], str | None, list[int]]:
    """'Ned Price, a State Department spokesman,' after a name."""
    toks = doc.tokens
    if end_tok >= len(toks) or toks[end_tok].text != ",":
        return [], None, []
    limit = doc.sentences[toks[end_tok].sent].tok_end
    i = end_tok + 1
    if i + 1 < limit and toks[i].text.isdigit() and len(toks[i].text) <= 3 and toks[i + 1].text == ",":
        i += 2   # "Ghulam Rasool, 62, a shopkeeper whose store …": the age first
    if i + 1 < limit and toks[i].text.lower() == "who":
        # "Aigerim Sadykova, who heads the rights group …,"
        rel = lexicon.relative_roles(LANG).get(toks[i + 1].text.lower())
        return ([rel[0]], None, []) if rel else ([], None, [])
    if i < limit and toks[i].text.lower() in _DETS:
        i += 1
    phrases = role_phrases_cache(doc)
    while i < limit and i - end_tok <= 9:
        ph = next((p for p in phrases.values() if p.role_first == i), None)
        if ph is not None:
            if not ph.comma and parse_name(doc, ph.end, limit) > ph.end:
                return [], None, []   # "journalist Chipo Ncube, lawyer Farai Chikomba": the next name's role
            return list(ph.roles), ph.country, ph.complement
        if toks[i].upos in ("ADJ", "PROPN", "NOUN", "NUM") or toks[i].text in ("'s", "’s", "-"):
            i += 1   # "a 32-year-old shopkeeper", "the UN's top official"
            continue
        break
    return [], None, []


def org_country(doc: Doc, start_tok: int, end_tok: int) -> str | None:
    """"Russia's Defence Ministry", "the U.S. State Department", "Kazakh foreign ministry"."""
    toks = doc.tokens
    sent = doc.sentences[toks[start_tok].sent]
    c = lexicon.countries(LANG)
    j = start_tok - 1
    steps = 0
    while j >= sent.tok_start and steps < 4:
        w = toks[j].text
        if w in ("'s", "’s") and j - 1 >= sent.tok_start and toks[j - 1].text in c.names:
            return c.names[toks[j - 1].text]
        iso = country_of_word(w)
        if iso:
            return iso
        if toks[j].upos in ("ADJ", "NOUN", "PROPN") or w == "-":
            j -= 1
            steps += 1
            continue
        break
    return None


def is_role_token(doc: Doc, tok: Token) -> bool:
    w = tok.text.lower()
    return bool(role_at_tokens([w])) or w in lexicon.roles(LANG).modifiers


def is_name_head(doc: Doc, tok: Token) -> bool:
    return tok.text.lower() in ("agency", "news", "newspaper", "broadcaster", "channel")


def org_head_word(word: str) -> bool:
    """Does this word end an organisation's name ('Authority', 'Forces', 'Commission')?"""
    return word in lexicon.word_list(LANG, "org_heads.txt") or word.lower() in _MINISTRY
