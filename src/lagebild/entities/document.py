"""Document level: resolve overlapping candidates, attach roles and countries, propagate
short names, cluster mentions into entities."""
from __future__ import annotations

import re
from collections import Counter

from ..doc import Doc
from ..record import Entity, Mention
from . import lexicon
from .base import TITLES, Cand, common_word, sentence_initial, strip_genitive

_GENERIC_ORG_HEADS = {"ministerium", "ministeriums", "ministry", "behörde", "regierung", "amt", "amtes",
                      "amts", "department", "agentur", "agency"}


def trim(doc: Doc, cands: list[Cand], rules) -> list[Cand]:
    """Model / spaCy spans: drop leading articles and role nouns from persons, trailing 's."""
    out = []
    role_toks = set()
    for ph in rules.role_phrases_cache(doc).values():
        first = getattr(ph, "role_first", None)
        last = getattr(ph, "role_last", None)
        if first is None:
            first = last = ph.role_tok
        role_toks.update(range(first, last + 1))
    for c in cands:
        if c.source == "model":
            toks = doc.tokens_in(c.start, c.end)
            if toks and all(t.i in role_toks for t in toks):
                continue   # "State" of "Secretary of State"
            if toks and all(t.text in TITLES or t.text == "." for t in toks):
                continue   # "Atty." of "Atty. Grace Ledesma": a title names nobody
            while len(toks) > 1 and (toks[0].text.lower() in ("the", "der", "die", "das", "des", "dem", "den")
                                     or toks[0].text in (".", ",", ";", ":")   # "Col. X": the title's full stop
                                     or (c.type == "PER" and toks[0].text in TITLES)
                                     or (c.type == "PER" and _cue_token(doc, toks[0], rules))
                                     or (c.type == "ORG" and rules.is_name_head(doc, toks[0]))):
                toks = toks[1:]
            while doc.lang == "de" and c.type in ("ORG", "LOC", "GPE") and len(toks) > 1 \
                    and toks[0].pos in ("ADJA", "ADJD") and toks[0].text[:1].islower():
                toks = toks[1:]   # "niedersächsische Innenministerium": a lower-case adjective describes the name
            while toks and toks[-1].text in ("'s", "’s", ",", ".", "'", "’"):
                toks = toks[:-1]
            opened = [x for x, t in enumerate(toks) if t.text == "("]
            if opened and not any(t.text == ")" for t in toks[opened[-1]:]):
                toks = toks[:opened[-1]]   # "Allied Democratic Forces (ADF": the acronym is its own mention
            if not toks or all(rules.is_role_token(doc, t) for t in toks):
                continue
            if doc.lang == "en" and toks[0].text in ("of", "for", "and", "to", "in"):
                continue   # "[of Indigenous Peoples]" cut from "The Minister of Indigenous Peoples": no name
            if doc.lang == "en":   # "Supreme" of "Supreme Leader"
                from .en import role_at_tokens
                words = [t.text.lower() for t in doc.tokens[toks[0].i:toks[-1].i + 4]]
                if role_at_tokens(words) >= len(toks):
                    continue
            c.start, c.end = max(c.start, toks[0].start), min(c.end, toks[-1].end)
            if c.type == "PER" and c.end - c.start > 3 and doc.text[c.end - 1] in "'’" \
                    and doc.text[c.end - 2] in "sßxzSXZ":
                c.end -= 1   # "Scholz' Sprecher", "Paris' Bürgermeisterin": the genitive apostrophe
            if c.type == "ORG" and doc.lang == "de" and len(toks) == 1 and "-" in toks[0].text:
                name, _, tail = toks[0].text.rpartition("-")
                if name and tail.lower() in _MEMBER_NOUNS_DE:
                    c.end = c.start + len(name)   # "M23-Rebellen", "Hamas-Kämpfer": the organisation is M23, Hamas
                    e = lexicon.gazetteer().get(name)
                    if e is not None and e.type == "ORG":   # the same entity as its other mentions
                        c.key, c.kind = "gaz:" + e.key, e.kind
            if c.end <= c.start:
                continue
            if c.type == "PER" and not _person_context(doc, c, toks, cands, rules):
                continue
        out.append(c)
    return out


# German compound heads that name an organisation's members or organs, not the organisation
_MEMBER_NOUNS_DE = {"rebellen", "rebell", "kämpfer", "miliz", "milizen", "milizionäre", "anhänger", "mitglieder",
                    "mitglied", "führung", "führer", "chef", "chefin", "sprecher", "sprecherin", "truppen",
                    "einheiten", "politiker", "politikerin", "abgeordnete", "abgeordneten", "vertreter", "kommandeur"}


_ORG_NOUNS = {
    "en": {"group", "party", "movement", "militia", "organisation", "organization", "company", "firm",
           "newspaper", "network", "coalition", "alliance", "union", "association", "charity", "ngo",
           "broadcaster", "channel", "platform", "club", "faction", "bank", "foundation", "institute",
           "university", "hospital", "mosque", "church", "brigade", "battalion", "front", "council",
           "tribe", "clan", "consortium", "operator", "miner", "producer", "insurer", "lender", "airline"},
    "de": {"gruppe", "partei", "bewegung", "miliz", "organisation", "firma", "unternehmen", "zeitung",
           "netzwerk", "bündnis", "gewerkschaft", "verband", "verein", "stiftung", "konzern", "sender",
           "plattform", "klinik", "krankenhaus", "universität", "moschee", "kirche", "brigade", "front",
           "rat", "stamm", "clan", "betreiber", "fluggesellschaft", "bank", "allianz", "koalition"},
}
# roles whose 'of'-complement may well be a person ("the widow of …", "a lawyer for …")
_PERSON_COMPLEMENT_ROLES = {"wife", "husband", "widow", "son", "daughter", "brother", "sister", "mother", "father",
                            "lawyer", "attorney", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor",
                            "aide", "ally", "friend", "deputy", "successor", "predecessor", "rival", "critic"}


def _person_context(doc: Doc, c: Cand, toks, cands: list[Cand], rules) -> bool:
    """Whether a model person span may stand where it stands. Not after an organisation noun
    ("the rights group Kadir-Kasiet", "die Miliz Wagner") and not as the 'of'-complement of an
    office ("the grand imam of Al-Azhar") when another source reads the span as no person."""
    i = toks[0].i
    if len(toks) == 1 and i + 1 < len(doc.tokens) and not any(
            o.source == "model" and o.type == "PER" and o.overlaps(c) for o in cands if o is not c):
        # "Riot police fired tear gas": a common word opening a sentence before the noun it
        # modifies, named nowhere else as a person
        nxt = doc.tokens[i + 1]
        w = toks[0].text
        if nxt.upos == "NOUN" and nxt.text.islower() and sentence_initial(doc, toks[0]) \
                and common_word(w, doc.lang, 3.5) and not any(
                    o is not c and o.type == "PER" and w in doc.text[o.start:o.end].split() and o.start != c.start
                    for o in cands):
            return False
    if i == 0:
        return True
    prev = doc.tokens[i - 1]
    low = prev.text.lower()
    nouns = _ORG_NOUNS.get(doc.lang, set())
    other = [o for o in cands if o is not c and o.type != "PER" and o.start < c.end and c.start < o.end]
    org_noun = (prev.upos == "NOUN" or prev.pos in ("NN", "NNS")) and (
        low in nouns or (doc.lang == "de" and any(low.endswith(n) and len(low) > len(n) + 2 for n in nouns)))
    if doc.lang == "en" and prev.text[:1].isupper():
        org_noun = False   # "Wagner Group" names itself; only a common noun before the name counts
    if org_noun:
        if other:
            return False
        c.type = "ORG"
        return True
    if other and not any(o.source in ("roles", "apposition") for o in cands if o.type == "PER" and o.overlaps(c)):
        # the complement of an office: "der Bürgermeister von Goma, …", "Gouverneur der Provinz …"
        span = set(range(toks[0].i, toks[-1].i + 1))
        for ph in rules.role_phrases_cache(doc).values():
            if ph.complement and span <= set(ph.complement) and not any(
                    r.lower() in _PERSON_COMPLEMENT_ROLES for r in ph.roles):
                return False
    if doc.lang == "en" and low == "of" and i >= 2 and other:
        k = i - 2
        if doc.tokens[k].text.lower() == "the" and k >= 1:
            k -= 1
        head = doc.tokens[k].text.lower()
        from .en import role_at_tokens
        if role_at_tokens([head]) and head not in _PERSON_COMPLEMENT_ROLES:
            return False
    return True


def _cue_token(doc: Doc, tok, rules) -> bool:
    """Words before a person's name that a model may take into the span: roles, modifiers,
    countries and their adjectives ('Kasachstans Präsident Tokajew'), titles."""
    from .base import TITLES

    c = lexicon.countries(doc.lang)
    w = tok.text
    genitive = (doc.lang == "de" and w.endswith("s") and w[:-1] in c.names) or (
        doc.lang == "en" and tok.i + 1 < len(doc.tokens) and doc.tokens[tok.i + 1].text in ("'s", "’s")
        and w in c.names)
    return (rules.is_role_token(doc, tok) or w in TITLES or genitive or w in c.adjectives
            or w[:1].islower())


def resolve(cands: list[Cand]) -> list[Cand]:
    """Keep non-overlapping spans: the outer (longest) span wins, the source priority breaks
    ties; a span crossing a higher-priority one is dropped, and so is a span of another type
    that swallows a higher-priority person."""
    keep = []
    for c in cands:
        bad = False
        for h in cands:
            if h is c or h.prio <= c.prio or not c.overlaps(h):
                continue
            if not (c.contains(h) or h.contains(c)):
                bad = True
                break
            if c.contains(h) and h.type == "PER" and c.type != "PER":
                bad = True
                break
            if c.contains(h) and h.source == "gazetteer" and c.type != h.type:
                bad = True
                break
        if not bad:
            keep.append(c)
    keep.sort(key=lambda c: (-(c.end - c.start), -c.prio, c.start))
    accepted: list[Cand] = []
    for c in keep:
        if any(c.overlaps(a) for a in accepted):
            continue
        accepted.append(c)
    # merge what other sources knew about the same span
    for a in accepted:
        for c in cands:
            if c is a or (c.start, c.end) != (a.start, a.end):
                continue
            if a.type == "LOC" and c.type == "GPE" and a.source in ("model", "capitalized"):
                a.type = "GPE"
            if a.type == "LOC" and a.source == "model" and c.type == "ORG" and c.source in ("capitalized", "orgheads"):
                # "The East African Community": a name ending in an organisation's head noun
                a.type, a.source, a.kind = "ORG", c.source, c.kind
            if c.type == a.type or (a.type in ("GPE", "LOC") and c.type in ("GPE", "LOC")):
                a.key = a.key or c.key
                a.name = a.name or c.name
                a.kind = a.kind or c.kind
                a.country = a.country or c.country
                for r in c.roles:
                    if r not in a.roles:
                        a.roles.append(r)
    # a lone word the statistical model read as a person that is a large city ('Eriwan warnt vor
    # Eskalation', 'Eriwan/Baku (AFP)'): the city. A person of that surname named in full
    # elsewhere still wins in ``propagate`` ('Jorge Lima' ... 'Lima sagte').
    cities = lexicon.cities()
    for a in accepted:
        if a.type != "PER" or a.source not in ("model", "shape") or a.roles:
            continue
        c = next((c for c in cands if c.source == "cities" and (c.start, c.end) == (a.start, a.end)), None)
        if c is not None and c.name in cities and cities[c.name][2] >= _BIG_CITY:
            a.type, a.source, a.kind, a.key, a.name = "GPE", "cities", c.kind, c.key, c.name
    accepted.sort(key=lambda c: c.start)
    return accepted


_BIG_CITY = 100_000


def _word_acronym(doc: Doc, k: int) -> str | None:
    """An acronym written as a word in '( Acr )' at token k, as German papers write them
    ("Unama", "Cenco", "Monusco"): one capitalised word that is neither a common word nor a
    place the gazetteer knows."""
    toks = doc.tokens
    if k + 2 >= len(toks) or toks[k].text != "(" or toks[k + 2].text != ")":
        return None
    a = toks[k + 1].text
    if not (4 <= len(a) <= 9 and a.isalpha() and a[0].isupper() and a[1:].islower()):
        return None
    if common_word(a, doc.lang, 2.5) or a in lexicon.gazetteer():
        return None
    return a


def link_acronyms(doc: Doc, accepted: list[Cand]) -> list[Cand]:
    """'Rapid Support Forces (RSF)': the acronym in parentheses after an organisation is a mention
    of it (replacing what a weaker source made of it, e.g. a city), and so is every later
    occurrence of the acronym as a word of its own."""
    from .sources import acronym_at

    toks = doc.tokens
    links: dict[str, Cand] = {}
    for a in accepted:
        if a.type != "ORG":
            continue
        last = doc.token_at(a.end - 1)
        if last is None or last.i + 3 >= len(toks) or toks[last.i].end != a.end:
            continue
        k = last.i + 1
        if toks[k].text.lower() in ("in", "im", "für") and toks[k + 1].text[:1].isupper() \
                and k + 2 < len(toks) and toks[k + 2].text == "(":
            k += 2      # "die UN-Unterstützungsmission in Afghanistan (Unama)"
        acr = acronym_at(doc, k) or _word_acronym(doc, k)
        if acr is None or acr in links or acr == doc.text[a.start:a.end]:
            continue
        if a.key is None:
            a.key = "org:" + doc.text[a.start:a.end].lower()
        links[acr] = a
    if not links:
        return accepted
    out = list(accepted)
    for tok in toks:
        owner = links.get(tok.text)
        if owner is None:
            continue
        here = [c for c in out if c.start < tok.end and tok.start < c.end]
        if any(c.start != tok.start or c.end != tok.end for c in here):
            continue   # part of a longer name
        if any(c.source == "gazetteer" and c.key != owner.key or c.type == "PER" for c in here):
            continue
        for c in here:
            out.remove(c)
        out.append(Cand(tok.start, tok.end, "ORG", "propagated", kind=owner.kind, key=owner.key,
                        country=owner.country))
    return sorted(out, key=lambda c: c.start)


def attach(doc: Doc, accepted: list[Cand], rules) -> None:
    """Roles and countries from the words around each mention."""
    phrases = rules.role_phrases_cache(doc)
    for c in accepted:
        toks = doc.tokens_in(c.start, c.end)
        if not toks:
            continue
        i0, i1 = toks[0].i, toks[-1].i + 1
        if c.type == "PER":
            ph = phrases.get(i0)
            complement: list[int] = []
            if ph is not None:
                for r in ph.roles:
                    if r not in c.roles:
                        c.roles.append(r)
                c.country = c.country or ph.country
                complement = ph.complement
            roles, iso, comp2 = rules.apposition(doc, i1)
            for r in roles:
                if r not in c.roles:
                    c.roles.append(r)
            c.country = c.country or iso
            complement = complement or comp2
            if c.country is None and complement:
                c.country = _complement_country(doc, accepted, complement)
            if c.country is None and i1 + 2 < len(doc.tokens) and doc.tokens[i1].text == "(" \
                    and doc.tokens[i1 + 2].text == ")":
                # "Rainer Köhnke (SPD)": a party of one country in parentheses after the name
                e = lexicon.gazetteer().get(doc.tokens[i1 + 1].text)
                if e is not None and e.kind == "party" and e.country:
                    c.country = e.country
            if c.country is None and any(r.lower().startswith(("ministeriums", "ministry"))
                                         or r.lower() in _MINISTRY_OFFICIALS for r in c.roles):
                # "Ministeriumssprecher Anar Gulijew" after "Das aserbaidschanische
                # Verteidigungsministerium bestritt ...": the spokesman of the ministry named last
                prior = [a for a in accepted if a.end <= c.start and a.type == "ORG" and a.kind == "ministry"
                         and a.country]
                if prior:
                    c.country = prior[-1].country
            if c.country is None and ph is not None:   # "Pentagon spokesman John Kirby"
                ps, pe = doc.tokens[ph.first].start, c.start
                c.country = next((a.country for a in accepted if ps <= a.start and a.end <= pe
                                  and a.type in ("ORG", "GPE") and a.country and not _portfolio(doc, a)), None)
        elif c.type == "ORG" and c.country is None and c.end == toks[-1].end and c.kind != "platform":
            # (platforms: "kasachische Telegram-Kanäle" describes the channels, not Telegram)
            c.country = rules.org_country(doc, i0, i1)
            if c.country is None and c.source != "gazetteer" and c.kind not in ("club", "intergov", "alliance"):
                c.country = _named_country(doc, toks)   # "Ghana Health Service", "Armed Forces of Ukraine"
            if c.country is None and c.kind in _SEATED_KINDS and i1 + 1 < len(doc.tokens) \
                    and doc.tokens[i1].text == "in":
                # "das Außenministerium in Eriwan", "the foreign ministry in Baku": a ministry or
                # government named with its seat belongs to the seat's country
                seat = next((doc.text[a.start:a.end] for a in accepted
                             if a.start == doc.tokens[i1 + 1].start and a.type == "GPE"), None)
                if seat is not None and seat in lexicon.cities():
                    c.country = lexicon.cities()[seat][1]
            if c.country is None and i0 >= 2 and doc.tokens[i0 - 1].text in _LIST_WORDS:
                # "Russian news agencies TASS and RIA Novosti": the list shares its modifier
                prev = next((a for a in reversed(accepted) if a.end <= doc.tokens[i0 - 1].start), None)
                if prev is not None and prev.type == "ORG" and prev.end == doc.tokens[i0 - 2].end \
                        and prev.kind == c.kind:
                    c.country = prev.country


# officials of a ministry ("sagte Staatssekretär Mahmud Karim" after "des bangladeschischen
# Außenministeriums"): the ministry named last gives their country
_MINISTRY_OFFICIALS = {"staatssekretär", "staatssekretärin", "state secretary", "permanent secretary",
                       "vice minister", "vizeminister", "vizeministerin"}
_SEATED_KINDS = ("ministry", "government", "parliament")
_LIST_WORDS = {",", "und", "and", "sowie", "oder", "or"}


def _named_country(doc: Doc, toks) -> str | None:
    """The country a multiword organisation name contains as a word of its own ('Kenya Red Cross
    Society', 'Armed Forces of Ukraine', 'Polizei Kasachstans'); one country only."""
    if len(toks) < 2:
        return None
    names = lexicon.countries(doc.lang).names
    found = {names[t.text] for t in toks if t.text in names}
    words = [t.text for t in toks]
    for n in (2, 3):
        for i in range(len(words) - n + 1):
            iso = names.get(" ".join(words[i:i + n]))
            if iso:
                found.add(iso)
    return found.pop() if len(found) == 1 else None


def _portfolio(doc: Doc, a: Cand) -> bool:
    """A country after 'for' in a role phrase is what the office deals with, not whose it is:
    "the U.N. special envoy for Sudan", "die Sonderbeauftragte für Sudan"."""
    tok = doc.token_at(a.start)
    after = doc.text[a.end:a.end + 2]
    if after in ("'s", "’s"):   # "a spokesman for China's foreign ministry": whose office it is
        return False
    return a.type == "GPE" and tok is not None and tok.i > 0 and doc.tokens[tok.i - 1].text.lower() in ("for", "für")


def _complement_country(doc: Doc, accepted: list[Cand], complement: list[int]) -> str | None:
    """'Sprecher des US-Verteidigungsministeriums' -> US; 'Sprecher des Ministeriums' -> the
    country of the ministry named last before it."""
    toks = doc.tokens
    cs, ce = toks[complement[0]].start, toks[complement[-1]].end
    for a in accepted:
        if a.start >= cs and a.end <= ce and a.type in ("ORG", "GPE") and a.country:
            if _portfolio(doc, a):
                continue
            return a.country
    words = {toks[i].text.lower() for i in complement}
    if words & _GENERIC_ORG_HEADS:
        head = next(w for w in (toks[i].text.lower() for i in complement) if w in _GENERIC_ORG_HEADS)
        prior = [a for a in accepted if a.end <= cs and a.type == "ORG" and a.country
                 and (head[:5] in doc.text[a.start:a.end].lower()
                      or a.kind == "ministry" and head.startswith(("minist", "depart")))]
        if prior:
            return prior[-1].country
    return None


_GENERATIONAL = {"Jr", "Sr", "II", "III", "IV", "Jnr", "Snr"}


def propagate(doc: Doc, accepted: list[Cand]) -> list[Cand]:
    """Later short mentions of a person ('Tokajew', 'Tokajews', "Tokayev's") and repeated
    organisation names found by rules anywhere in the text."""
    lang = doc.lang
    covered = [(a.start, a.end) for a in accepted]
    forms: dict[str, str] = {}
    for a in accepted:
        if a.type == "PER":
            words = doc.text[a.start:a.end].split()
            while len(words) > 2 and words[-1].rstrip(".,") in _GENERATIONAL:
                words = words[:-1]      # "Arsenio Villanueva Jr." ... "Villanueva's lawyer"
            last = words[-1]
            last = strip_genitive(last, lang) if _is_genitive_variant(last, accepted, doc) else last
            m = _PARTICLE.match(last)
            if m:   # "al-Assad" -> later "Assad"
                last = m.group(1)
            if len(last) >= 3 and last[:1].isupper() and last not in lexicon.countries(lang).names:
                forms.setdefault(last, "PER")
        elif a.type == "ORG" and a.source in ("orgheads", "model", "capitalized") \
                and " " not in doc.text[a.start:a.end] and len(doc.text[a.start:a.end]) >= 3:
            forms.setdefault(strip_genitive(doc.text[a.start:a.end], lang), "ORG")
        elif a.type == "ORG" and lang == "en":
            # "The Tribune" after "The Harare Tribune": the head after a place name is the
            # short form (``cluster`` joins it to the full name)
            words = doc.text[a.start:a.end].split()
            if 2 <= len(words) <= 3 and _place_name(doc, " ".join(words[:-1])) and words[-1][:1].isupper() \
                    and len(words[-1]) >= 4 and words[-1] not in lexicon.word_list(lang, "org_heads.txt"):
                forms.setdefault(words[-1], "ORG")
    new = []
    # hyphenated surnames the tokenizer splits ("Nkweta-Salami"): the whole form is the mention,
    # whatever weaker source read its parts as
    for form, typ in list(forms.items()):
        if typ != "PER" or "-" not in form:
            continue
        for mt in re.finditer(r"(?<![\w-])" + re.escape(form) + r"(?:s|'s|’s)?(?![\w-])", doc.text):
            s, e = mt.start(), mt.start() + len(form)
            weak = ("model", "shape", "cities")
            if any(a.start <= s and e <= a.end for a in accepted if (a.type == "PER" and a.source not in weak)
                   or ((a.start, a.end) == (s, e) and (a.type == "PER" or a.source not in weak))):
                continue
            inside = [a for a in accepted if s <= a.start and a.end <= e]
            if any(a.source not in ("model", "shape", "cities") for a in inside) or any(
                    a.overlaps(Cand(s, e, "PER", "propagated")) and not (s <= a.start and a.end <= e) for a in accepted):
                continue
            for a in inside:
                accepted.remove(a)
            covered = [(a.start, a.end) for a in accepted]
            new.append(Cand(s, e, "PER", "propagated"))
    # a multiword organisation name repeated verbatim is the organisation again ("Hands for Haiti
    # said ...", "Save the Jadar Valley spokeswoman ..."), whatever a statistical source made of it
    orgs = {doc.text[a.start:a.end] for a in accepted if a.type == "ORG" and a.source in (
        "orgheads", "capitalized", "model") and " " in doc.text[a.start:a.end]}
    for name in sorted(orgs, key=len, reverse=True):
        for mt in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", doc.text):
            s, e = mt.start(), mt.end()
            over = [a for a in accepted + new if a.start < e and s < a.end]
            if any((a.start, a.end) == (s, e) for a in over) or any(
                    a.source not in _WEAK_SOURCES + ("countries", "regions") or not (s <= a.start and a.end <= e)
                    for a in over):
                continue
            for a in over:
                (accepted if a in accepted else new).remove(a)
            new.append(Cand(s, e, "ORG", "propagated"))
    covered = [(a.start, a.end) for a in accepted]
    covered += [(c.start, c.end) for c in new]
    for tok in doc.tokens:
        t = tok.text
        base = None
        if t in forms:
            base = t
        elif lang == "de" and t.endswith("s") and t[:-1] in forms:
            base = t[:-1]
        if base is None:
            continue
        same = [a for a in accepted if (a.start, a.end) == (tok.start, tok.end)
                and a.source in ("model", "cities", "shape") and a.type != forms[base]]
        if same and forms[base] == "PER":   # a person's surname the NER read as a place / an org
            for a in same:
                a.type, a.source, a.key, a.name, a.kind = "PER", "propagated", None, None, None
            continue
        if any(s < tok.end and tok.start < e for s, e in covered):
            continue
        # a rare capitalized word that is a known person's surname, whatever the tagger made of it
        # ("Kapend forderte Hilfe" with "Kapend" read as an adjective)
        rare_surname = forms[base] == "PER" and t[:1].isupper() and lexicon.zipf(base.lower(), lang) < 2.5
        if lang == "en" and tok.upos not in ("PROPN", "X", "NOUN") and not rare_surname:
            continue
        if lang == "de" and tok.pos not in ("NE", "NN", "FM", "XY") and not rare_surname:
            continue
        if lang == "de" and forms[base] == "PER" and tok.i > 0 and lexicon.zipf(base.lower(), lang) >= 3.5 \
                and doc.tokens[tok.i - 1].pos in ("ART", "ADJA", "PIAT", "PPOSAT", "PDAT", "CARD", "APPRART"):
            continue   # "Stein" the surname, but "der Stein" / "die Männer" are common nouns
        new.append(Cand(tok.start, tok.end, forms[base], "propagated"))
        covered.append((tok.start, tok.end))
    return sorted(accepted + new, key=lambda c: c.start)


def _is_genitive_variant(word: str, accepted: list[Cand], doc: Doc) -> bool:
    if not word.endswith("s"):
        return False
    stem = word[:-1]
    return any(doc.text[a.start:a.end].split()[-1] == stem for a in accepted)


_PARTICLE = re.compile(r"^(?:al|el|ad|as|asch|ash|at|bin|ibn|abu|ben)-(\w.*)$", re.IGNORECASE)


def _norm_tokens(text: str, lang: str) -> list[str]:
    parts = text.replace("'s", "").replace("’s", "").replace(" - ", "-").rstrip("'’").split()
    out = []
    for p in parts:
        m = _PARTICLE.match(p)
        out.append((m.group(1) if m else p).lower())
    return out


def cluster(doc: Doc, mentions: list[Cand]) -> list[Entity]:
    lang = doc.lang
    groups: list[list[Cand]] = []
    by_key: dict[str, list[Cand]] = {}
    persons: list[tuple[list[str], list[Cand]]] = []
    surname_stems: set[str] = set()
    for m in mentions:
        if m.type == "PER":
            surname_stems.add(_norm_tokens(doc.text[m.start:m.end], lang)[-1])
    # persons: longest names first, shorter ones join a name they are part of
    for m in sorted((m for m in mentions if m.type == "PER"),
                    key=lambda m: (-len(doc.text[m.start:m.end].split()), m.start)):
        toks = _norm_tokens(doc.text[m.start:m.end], lang)
        if lang == "de" and toks[-1].endswith("s") and toks[-1][:-1] in surname_stems:
            toks[-1] = toks[-1][:-1]
        home = None
        best_dist = None
        for full, g in persons:
            if set(toks) <= set(full) and toks[-1] == full[-1] or (len(toks) == 1 and toks[0] in full[1:]):
                # "Campbell" after "Jordane Campbell" and before "his mother, Marcia Campbell":
                # the person named in full before it, else the nearest one after
                before = [m.start - x.start for x in g if x.start < m.start]
                dist = (0, min(before)) if before else (1, min(abs(m.start - x.start) for x in g))
                if best_dist is None or dist < best_dist:
                    home, best_dist = g, dist
        if home is None and len(toks) == 1:
            # "Abiy" after "Abiy Ahmed": a given name alone refers to the one person who bears it
            # (Ethiopian, Eritrean, Icelandic, Indonesian usage), unless it is ambiguous
            firsts = [g for full, g in persons if len(full) >= 2 and full[0] == toks[0]]
            if len(firsts) == 1 and \
                    not any(full[-1] == toks[0] for full, _ in persons):
                home = firsts[0]
        if home is None:
            home = [m]
            persons.append((toks, home))
            groups.append(home)
        else:
            home.append(m)
    # "the Law Society" after "Law Society of Kenya": the name before "of" is a short form
    of_heads: dict[str, str] = {}
    for m in mentions:
        text = doc.text[m.start:m.end]
        if m.type == "ORG" and " of " in text and len(text.split(" of ")[0].split()) >= 2:
            of_heads.setdefault(text.split(" of ")[0].lower(), m.key or f"ORG:{text.lower()}")
    # "The Tribune" after "The Harare Tribune": a place name before the head of an outlet's or
    # organisation's name; the head alone later is a short form
    tails: dict[str, str] = {}
    for m in mentions:
        words = doc.text[m.start:m.end].split()
        if m.type == "ORG" and 2 <= len(words) <= 3 and _place_name(doc, " ".join(words[:-1])) \
                and words[-1][:1].isupper():
            tails.setdefault(words[-1].lower(), m.key or f"ORG:{doc.text[m.start:m.end].lower()}")
    # "a Red Cross official" after "the Tanzania Red Cross Society": the name without its leading
    # place (and without its closing head) is a short form of the national body
    cores: dict[str, str] = {}
    for m in mentions:
        words = doc.text[m.start:m.end].split()
        if m.type == "ORG" and len(words) >= 3 and _place_name(doc, words[0]) and words[1][:1].isupper():
            full = m.key or f"ORG:{doc.text[m.start:m.end].lower()}"
            cores.setdefault(" ".join(words[1:]).lower(), full)
            if len(words) >= 4 and words[-1] in _SOCIETY_HEADS:
                cores.setdefault(" ".join(words[1:-1]).lower(), full)
    for m in mentions:
        if m.type == "PER":
            continue
        key = m.key
        if m.type == "ORG" and doc.text[m.start:m.end].lower() in cores \
                and any(o.start < m.start and (o.key or f"ORG:{doc.text[o.start:o.end].lower()}")
                        == cores[doc.text[m.start:m.end].lower()] for o in mentions):
            key = cores[doc.text[m.start:m.end].lower()]
        if key is None and m.type == "ORG" and doc.text[m.start:m.end].lower() in of_heads:
            key = of_heads[doc.text[m.start:m.end].lower()]
        if key is None and m.type == "ORG" and doc.text[m.start:m.end].lower() in tails \
                and " " not in doc.text[m.start:m.end]:
            key = tails[doc.text[m.start:m.end].lower()]
        if key is None:
            text = doc.text[m.start:m.end]
            key = f"{m.type}:{text.lower()}"
            if lang == "de" and text.endswith("s") and f"{m.type}:{text[:-1].lower()}" in by_key:
                key = f"{m.type}:{text[:-1].lower()}"
            elif lang == "de" and text.endswith(("ums", "amts", "ates", "ats")):
                key = f"{m.type}:{text[:-1].lower()}"
        if key not in by_key:
            by_key[key] = []
            groups.append(by_key[key])
        by_key[key].append(m)
    groups = _merge_aliases(doc, groups)
    groups.sort(key=lambda g: min(m.start for m in g))
    entities = []
    for n, g in enumerate(groups, 1):
        g.sort(key=lambda m: m.start)
        types = Counter(m.type for m in g)
        typ = max(types, key=lambda t: (types[t], max(m.prio for m in g if m.type == t)))
        name = next((m.name for m in g if m.name), None) or _fullest(doc, g, lang)
        roles: list[str] = []
        for m in g:
            for r in m.roles:
                if r.lower() not in {x.lower() for x in roles}:
                    roles.append(r)
        countries = Counter(m.country for m in g if m.country)
        country = countries.most_common(1)[0][0] if countries else None
        kind = next((m.kind for m in g if m.kind), None)
        seen = set()
        mentions_out = []
        for m in g:
            if (m.start, m.end) in seen:
                continue
            seen.add((m.start, m.end))
            mentions_out.append(Mention(start=m.start, end=m.end, text=doc.text[m.start:m.end]))
        entities.append(Entity(id=f"E{n}", type=typ, name=name, mentions=mentions_out, roles=roles,
                               country=country, kind=kind))
    return entities


_SOCIETY_HEADS = {"Society", "Association", "Federation", "Movement", "Gesellschaft", "Verband"}

_ALIAS_CUES = {"en": (("known", "as"), ("also", "known", "as"), ("better", "known", "as"), ("alias",),
                      ("nicknamed",), ("dubbed",)),
               "de": (("genannt",), ("alias",), ("bekannt", "als"), ("auch", "bekannt", "als"),
                      ("besser", "bekannt", "als"), ("auch", "genannt"))}


def _merge_aliases(doc: Doc, groups: list[list[Cand]]) -> list[list[Cand]]:
    """'Mohamed Hamdan Daglo, known as Hemedti', 'Daglo, genannt Hemedti': the alias right after
    a person's name is a name of the same person."""
    cues = _ALIAS_CUES.get(doc.lang, ())
    if not cues:
        return groups
    start_of = {}
    for g in groups:
        for m in g:
            start_of[m.start] = g
    toks = doc.tokens
    for g in list(groups):
        if not any(m.type == "PER" for m in g):
            continue
        for m in list(g):
            last = doc.token_at(m.end - 1)
            if last is None:
                continue
            k = last.i + 1
            if k < len(toks) and toks[k].text in (",", "("):
                k += 1
            for cue in cues:
                if tuple(t.text.lower() for t in toks[k:k + len(cue)]) != cue:
                    continue
                j = k + len(cue)
                while j < len(toks) and toks[j].text in ('"', "„", "“", "»", "«", "'", "‘"):
                    j += 1
                other = start_of.get(toks[j].start) if j < len(toks) else None
                if other is not None and other is not g and other in groups \
                        and all(o.type in ("PER", "ORG", "LOC", "GPE") and o.source not in ("gazetteer", "countries")
                                for o in other):
                    for o in other:
                        o.type = "PER"
                        g.append(o)
                        start_of[o.start] = g
                    groups.remove(other)
                break
    return groups


def _fullest(doc: Doc, g: list[Cand], lang: str) -> str:
    texts = [doc.text[m.start:m.end] for m in g]
    best = max(texts, key=lambda t: (len(t.split()), len(t)))
    # prefer a form without the genitive s when the text has one ("Tokajew" beside "Tokajews")
    stripped = strip_genitive(best, lang)
    if stripped != best and (stripped in texts or any(t.split()[-1] == stripped.split()[-1] for t in texts)):
        return stripped
    if lang == "de" and best.endswith("s") and best[:-1] in texts:
        return best[:-1]        # "Acostas" beside "Acosta" (a name in -as the rule above keeps)
    if lang == "de" and best.endswith(("ministeriums", "amts")):
        return best[:-1]
    words = best.split()
    if lang == "de" and len(words) > 1 and all(c.type == "ORG" for c in g) and words[0].endswith(_GENITIVE_ORG_HEADS) \
            and (words[1][:1].isupper() or (len(words) > 2 and words[1] in ("für", "des", "der"))):
        # "des Landeskriminalamts Thüringen", "des Bundesamts für Sicherheit in der
        # Informationstechnik": the name in the nominative
        return " ".join([words[0][:-1]] + words[1:])
    return best


_GENITIVE_ORG_HEADS = ("amts", "ministeriums", "gerichts", "instituts", "verbands", "komitees", "vereins",
                       "konzerns", "parlaments", "rats", "senats", "bundesrats", "präsidiums", "kommandos")


_DEFINITE = {"der", "die", "the"}
_NOT_THE_OFFICE = ("vize", "vice", "ex-", "ex ", "former ", "stellvertret", "deputy", "co-", "acting ", "kommissarisch")


def _same_office(groups: dict[str, int], have: str, noun: str, g: int | None) -> bool:
    """Does a person's role name the office a definite role noun names? Same group ("der
    Staatschef" for a "Präsident"), or a compound of the noun with no group of its own ("die
    Ministerin" for an "Innenministerin", "the spokesman" for a "police spokesman"), not a
    deputy's or a former holder's."""
    h, n = have.lower(), noun.lower()
    if g is not None and groups.get(h) == g:
        return True
    if h == n:
        return True
    if groups.get(h) is not None or len(n) < 4 or not h.endswith(n):
        return False
    return not h.startswith(_NOT_THE_OFFICE)


def corefer_roles(doc: Doc, rules) -> None:
    """'sagte der Staatschef' after 'Präsident Kassym-Schomart Tokajew': a definite role noun
    with no name of its own refers to the person last named (within two sentences) whose
    roles name the same office. Adds the role noun as a mention and its role."""
    groups = lexicon.role_groups(doc.lang)
    if not groups or not doc.entities:
        return
    phrases = rules.role_phrases_cache(doc)
    toks = doc.tokens
    covered = [(m.start, m.end) for e in doc.entities for m in e.mentions]
    persons = [e for e in doc.entities if e.type == "PER"]
    changed = False
    for end, ph in phrases.items():
        if not ph.roles or ph.complement:
            continue
        role_first = getattr(ph, "role_first", ph.role_tok if hasattr(ph, "role_tok") else None)
        role_last = getattr(ph, "role_last", role_first)
        art = role_first - 1
        # an article right before the role (adjectives allowed between: "der kasachische Staatschef")
        while art >= 0 and toks[art].pos in ("ADJA", "JJ") and art > ph.first - 1:
            art -= 1
        if art < 0 or toks[art].text.lower() not in _DEFINITE:
            continue
        if end < len(toks) and toks[end].sent == toks[role_last].sent and any(
                m.start == toks[end].start for p in persons for m in p.mentions):
            continue   # a name follows: the role belongs to that name
        if art >= 2 and toks[art - 1].text == "," and any(
                m.end == toks[art - 2].end for p in persons for m in p.mentions):
            continue   # "Fatimatu Abubakar, die Informationsministerin Ghanas,": an apposition, no new mention
        role = ph.roles[-1]
        g = groups.get(role.lower())
        s_idx = toks[role_first].sent
        start, stop = toks[role_first].start, toks[role_last].end
        if any(s < stop and start < e for s, e in covered):
            continue
        best = None
        n_cands = 0
        for e in persons:
            if not any(_same_office(groups, r, role, g) for r in e.roles):
                continue
            prior = [m for m in e.mentions if m.end <= start]
            if not prior:
                continue
            last = prior[-1]
            tok = doc.token_at(last.start)
            if tok is None or s_idx - tok.sent > 2:
                continue
            n_cands += 1
            if best is None or last.start > best[1]:
                best = (e, last.start)
        if best is None or n_cands > 1:   # two presidents in view: the reference is unclear
            continue
        e = best[0]
        e.mentions.append(Mention(start=start, end=stop, text=doc.text[start:stop]))
        e.mentions.sort(key=lambda m: m.start)
        if role.lower() not in {r.lower() for r in e.roles}:
            e.roles.append(role)
        covered.append((start, stop))
        doc.extras.setdefault("entities.nominal", set()).add((start, stop))
        changed = True
    if changed:
        doc.entities.sort(key=lambda x: min(m.start for m in x.mentions))
        for n, e in enumerate(doc.entities, 1):
            e.id = f"E{n}"


# "Chişinău (Reuters) -", "KINSHASA, Oct 23 (Reuters) -", "Halle (Saale) (dpa) -": a dateline
# opening a paragraph, with the agency in parentheses
_DATELINE = re.compile(r"(?m)^([A-ZÄÖÜ][\w.'’-]*(?: [A-ZÄÖÜ][\w.'’-]*){0,3})\s*(?:\([^()\n]{1,20}\)\s*)?"
                       r"(?:,[^()\n]{0,25})?\s*\([^()\n]{1,40}\)\s*[-–—]")


def dateline_country(doc: Doc) -> str | None:
    """The country of the dateline's city, where the text names that country itself (by its
    name or adjective): the country the report is filed from and about."""
    m = _DATELINE.search(doc.text[:600])
    if m is None:
        return None
    name = m.group(1)
    cities = lexicon.cities()
    hit = cities.get(name) or cities.get(name.title())
    if hit is None:
        return None
    iso = hit[1]
    c = lexicon.countries(doc.lang)
    for tok in doc.tokens:
        if tok.start < m.end():
            continue
        if c.names.get(tok.text) == iso or c.adjectives.get(tok.text) == iso or c.adjectives.get(tok.text.lower()) == iso:
            return iso
    return None


def dateline_ministers(doc: Doc) -> None:
    """'Außenminister Andrei Ciobanu', 'Health Minister Rodrigo Quispe' with no country cue in a
    report datelined in that country's city (and naming the country): a minister of that
    country. Only ministers: a bare minister title in an agency report is the government's of
    the country it is filed from; other roles (spokesman, president of a union) are not."""
    persons = [e for e in doc.entities if e.type == "PER" and e.country is None
               and any(r.lower().endswith(("minister", "ministerin")) and not r.lower().startswith(
                   ("ex-", "former", "ehemalig", "früher")) for r in e.roles)]
    if not persons:
        return
    iso = dateline_country(doc)
    if iso is None:
        return
    for e in persons:
        e.country = iso


_WEAK_SOURCES = ("model", "shape", "cities")


UNSURE = 0.8     # a model span below this confidence yields to the article's reading of the name


def unify_types(doc: Doc, accepted: list[Cand]) -> None:
    """One name, one thing in an article. A town's name the model typed otherwise without
    being sure, where the city source found the town elsewhere, is the town. The same
    multiword name typed PER by a statistical source where a rule found it as an
    organisation elsewhere ('des Minenbetreibers Magalies Platinum' … 'hatte Magalies Platinum
    gedroht'): the organisation's type wins, and the mentions cluster together."""
    # "in Suhl" found by the city source: "Suhl (epd)" typed ORG and "für Suhl" typed PER by
    # an unsure model are the town; a confident person reading stays (a surname)
    towns = {}
    for a in accepted:
        if a.type == "GPE" and (a.key or "").startswith("city:"):
            towns.setdefault(doc.text[a.start:a.end], a)
    for a in accepted:
        t = towns.get(doc.text[a.start:a.end])
        if t is not None and a is not t and a.source in _WEAK_SOURCES and not a.roles \
                and (a.type == "LOC" or a.type in ("PER", "ORG", "MISC") and a.conf < UNSURE):
            a.type, a.kind, a.key, a.name, a.source = "GPE", t.kind, t.key, t.name, t.source
    # a name the model typed ORG once and MISC elsewhere ("die M23-Rebellen" ... "die M23") is the organisation
    any_org = {}
    for a in accepted:
        if a.type == "ORG":
            any_org.setdefault(doc.text[a.start:a.end], a)
    for a in accepted:
        o = any_org.get(doc.text[a.start:a.end]) if a.type in ("MISC", "LOC") and a.source in _WEAK_SOURCES \
            and not a.roles else None
        if o is not None and a.type == "LOC" and (_place_name(doc, doc.text[a.start:a.end])
                                                  or o.source in _WEAK_SOURCES or a.conf >= 0.95):
            o = None    # (a known place, or one the model is sure of, stays one; a rule must have found the organisation)
        if o is not None:
            # (also LOC: "the Kurdish rights group Hengaw said" ... "Hengaw put the number at 60")
            a.type, a.kind, a.key = "ORG", o.kind, o.key
    orgs = {}
    for a in accepted:
        if a.type == "ORG" and a.source in ("orgheads", "gazetteer", "capitalized"):
            text = doc.text[a.start:a.end]
            if " " in text:
                orgs.setdefault(text, a)
    if not orgs:
        return
    for a in accepted:
        if a.type in ("PER", "MISC") and a.source in _WEAK_SOURCES and not a.roles:
            # (also MISC: 'der Gruppe „Generation Jetzt“' ... 'Eine Sprecherin von „Generation Jetzt“')
            o = orgs.get(doc.text[a.start:a.end])
            if o is not None:
                a.type, a.kind, a.key = "ORG", o.kind, o.key


def _place_name(doc: Doc, text: str) -> bool:
    """A city, country or region name (as written)."""
    c = lexicon.countries(doc.lang)
    return text in lexicon.cities() or text in c.names or text in lexicon.regions(doc.lang)
