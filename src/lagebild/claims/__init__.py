"""The claims stage: who said what, through which channel, with what certainty.

Fills ``doc.claims`` (and adds channel entities to ``doc.entities`` where the entities
stage has none), then links every figure that lies inside a claim's content to it.

- direct quotes in every quotation style (``quotes.py``), with their speech frame
  before (``X sagte: „…“``), after (``„…“, sagte X``) or inside (``„…“, sagte X, „…“``);
  a quotation without a frame belongs to the last speaker of its paragraph;
- indirect speech: a clause under a speech or cognition verb (Konjunktiv, ``dass``, or
  an English ``ccomp``), continued over following German sentences while their finite
  verb stays subjunctive (``Token.mood``);
- according-to attributions (``laut X``, ``X zufolge``, ``nach Angaben von X``,
  ``unter Berufung auf X``, ``wie X meldete``, ``according to X``, ``X reported, citing Y``);
- hedging (``sollen``, ``angeblich``, ``nicht unabhängig überprüfbar``, ``reportedly`` ...).

The language-specific frame analysis lives in ``german.py`` and ``english.py``; the
lexicons in ``data/<lang>/claims.json``.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..doc import Doc
from ..record import Claim, Entity, Mention
from .quotes import Quote, find_quotes

DATA = Path(__file__).with_name("data")


@lru_cache(maxsize=8)
def lexicon(lang: str) -> dict | None:
    path = DATA / lang / "claims.json"
    if not path.exists():
        return None
    lex = json.loads(path.read_text(encoding="utf-8"))
    for key, val in list(lex.items()):
        if isinstance(val, list) and key != "_doc":
            lex[key] = [v.lower() for v in val]
            lex[key + "_set"] = set(lex[key])
            lex[key + "_tuple"] = tuple(lex[key])
    return lex


@dataclass
class Channel:
    start: int
    end: int
    kind: str          # outlet | platform | media


@dataclass
class Raw:
    """A claim before ids and entity links: every part is a character span."""
    mode: str
    content: list[tuple[int, int]]
    sent: int                                  # sentence of the frame (or of the content)
    speaker: tuple[int, int] | None = None
    speaker_kind: str = "np"                   # np | pronoun | role
    cue: tuple[int, int] | None = None
    channels: list[Channel] = field(default_factory=list)
    hedged: bool = False
    frame: tuple[int, int] | None = None       # the attribution (speech verb clause, cue phrase)
    anchor: bool = False                       # a speaker without content: only continuations use it
    # filled by resolution
    speaker_id: str | None = None
    speaker_text: str | None = None
    resolved: bool = False

    @property
    def cstart(self) -> int:
        return self.content[0][0]

    @property
    def cend(self) -> int:
        return self.content[-1][1]


@dataclass
class Candidate:
    """A possible antecedent for a pronoun or a bare role noun speaker."""
    start: int
    end: int
    text: str
    entity: str | None
    named: bool
    sent: int


def annotate(doc: Doc) -> None:
    lex = lexicon(doc.lang)
    if lex is None or not doc.tokens:
        return
    quotes = find_quotes(doc.text)
    if doc.lang == "de":
        from . import german as impl
    elif doc.lang == "en":
        from . import english as impl
    else:
        return
    raws, candidates = impl.extract(doc, lex, quotes)
    raws = _dedupe(raws)
    raws.sort(key=lambda r: (r.cstart, r.cend))
    _resolve_speakers(doc, lex, raws, candidates)
    _resolve_anaphors(doc, raws)
    raws = impl.continuations(doc, lex, quotes, raws)
    raws = [r for r in raws if not r.anchor]
    raws.sort(key=lambda r: (r.cstart, r.cend))
    claims = []
    for k, r in enumerate(raws, 1):
        claims.append(_to_claim(doc, r, f"C{k}"))
    doc.claims = claims
    _link_figures(doc)


# -- helpers shared by both languages ------------------------------------------

def strip_span(text: str, s: int, e: int, chars: str = " ,.;:–—-\"'„“”»«‚‘’()") -> tuple[int, int]:
    while s < e and (text[s] in chars or text[s].isspace()):
        s += 1
    while e > s and (text[e - 1] in chars or text[e - 1].isspace()):
        e -= 1
    return s, e


def quote_coverage(text: str, quotes: list[Quote], s: int, e: int) -> tuple[float, Quote | None]:
    """Share of the word characters of [s, e) that lie inside quotations, and the largest one."""
    total = sum(1 for ch in text[s:e] if ch.isalnum())
    if not total:
        return 0.0, None
    inside = 0
    best = None
    for q in quotes:
        a, b = max(s, q.inner_start), min(e, q.inner_end)
        if a < b:
            n = sum(1 for ch in text[a:b] if ch.isalnum())
            inside += n
            if best is None or n > sum(1 for ch in text[max(s, best.inner_start):min(e, best.inner_end)] if ch.isalnum()):
                best = q
    return inside / total, best


def quote_words(doc: Doc, q: Quote) -> int:
    return sum(1 for t in doc.tokens_in(q.inner_start, q.inner_end) if t.text[:1].isalnum())


def _dedupe(raws: list[Raw]) -> list[Raw]:
    """One claim per content span: the attributed one wins over a bare hedge."""
    out: list[Raw] = [r for r in raws if r.anchor]
    for r in sorted((r for r in raws if not r.anchor), key=lambda r: (r.speaker is None and not r.channels, r.cstart)):
        dup = False
        for o in out:
            if o.anchor:
                continue
            a, b = max(o.cstart, r.cstart), min(o.cend, r.cend)
            if a < b and (b - a) >= 0.8 * min(o.cend - o.cstart, r.cend - r.cstart) and o.mode == r.mode and not (
                    o.speaker and r.speaker and o.cue != r.cue
                    and doc_text_differs(o.speaker, r.speaker, o, r)):
                o.hedged = o.hedged or r.hedged
                dup = True
                break
            if a < b and r.speaker is None and not r.channels and (
                    (o.cstart <= r.cstart and r.cend <= o.cend) or (b - a) >= 0.5 * (r.cend - r.cstart)):
                o.hedged = o.hedged or r.hedged
                dup = True
                break
        if not dup:
            out.append(r)
    return out


def doc_text_differs(sa: tuple[int, int], sb: tuple[int, int], o: Raw, r: Raw) -> bool:
    """Two claims with different speaker spans and different frames are two claims, even when
    one's content holds the other's ('X said A, while Y put the toll at 14')."""
    return sa != sb and not (o.frame and r.frame and o.frame == r.frame)


def entity_at(doc: Doc, s: int, e: int, head: tuple[int, int] | None = None) -> str | None:
    """The entity a speaker span names: a person or organisation mentioned inside it, or an
    entity of another type whose mention covers the span's head word."""
    best = None
    rank = {"PER": 0, "ORG": 1, "MISC": 2, "NORP": 3, "GPE": 3, "LOC": 4}
    for ent in doc.entities:
        for m in ent.mentions:
            if m.end <= s or m.start >= e:
                continue
            if _possessor(doc, ent, m, e):
                continue
            if ent.type not in ("PER", "ORG"):
                hs, he = head or (e - 1, e)
                if not (m.start <= hs and he <= m.end + 1):
                    continue
            key = (rank.get(ent.type, 5), -(m.end - m.start))
            if best is None or key < best[0]:
                best = (key, ent.id)
    return best[1] if best else None


def _possessor(doc: Doc, ent, m, e: int) -> bool:
    """A name in the genitive before the phrase's head names its owner, not the speaker:
    "Acostas Anwalt", "Acosta's lawyer"."""
    rest = doc.text[m.end:e]
    if rest.startswith(("'s ", "’s ")):
        return bool(rest[3:].strip())
    mt = doc.text[m.start:m.end]
    if ent.type == "PER" and mt.endswith("s") and not ent.name.endswith("s") and rest.startswith(" "):
        nxt = rest.strip().split(" ")[0] if rest.strip() else ""
        return nxt[:1].isupper() and nxt.isalpha()
    return False


_HEAD_CUT_POS = {"IN", "TO", "WDT", "WP", "WP$", "VBG", "VBN", "APPR", "APPRART", "ART", "PRELS", "PRELAT",
                 "$,", "$(", ","}
_NOUNISH = {"NN", "NNS", "NNP", "NNPS", "NE", "FM", "NOUN", "PROPN"}


def speaker_head(doc: Doc, s: int, e: int) -> tuple[int, int]:
    """The character span of the head word of a speaker phrase: the last noun before the
    first post-modifier ("residents' association | in the township of Chambishi Road",
    "Anwohner | der Hauptstraße", "spokesman | for the police")."""
    head = None
    for t in doc.tokens_in(s, e):
        nounish = t.pos in _NOUNISH or t.upos in ("NOUN", "PROPN")
        if head is not None and not nounish and (t.pos in _HEAD_CUT_POS or t.text in (",", "(", "—", "–")):
            break
        if nounish:
            head = t
    if head is None:
        return (max(s, e - 1), e)
    return (head.start, head.end)


def _covering(doc: Doc, hs: int, he: int) -> set[str]:
    """Entity types with a mention covering the head span."""
    return {ent.type for ent in doc.entities for m in ent.mentions if m.start <= hs and he <= m.end}


def not_a_speaker(doc: Doc, lex: dict, s: int, e: int) -> bool:
    """A speaker phrase whose head names a place, a street, a facility or a date: no one who
    speaks ("according to Chambishi Road", "laut Hauptstraße", "laut Montag"). Persons,
    organisations (also the metonyms 'Downing Street', 'Kreml'), outlets, states and role
    nouns are speakers; 'residents of Chambishi Road' is one (its head is 'residents')."""
    hs, he = speaker_head(doc, s, e)
    types = _covering(doc, hs, he)
    if types & {"PER", "ORG", "GPE", "NORP"}:
        return False
    if "LOC" in types:
        return True
    if any(t.start <= hs and he <= t.end for t in doc.times):
        return True
    word = doc.text[hs:he].lower()
    if word in lex.get("not_speaker_heads_set", ()):
        return True
    return word.endswith(lex.get("not_speaker_head_suffixes_tuple", ())) and "-" not in word[-4:]


def _resolve_speakers(doc: Doc, lex: dict, raws: list[Raw], candidates: list[Candidate]) -> None:
    text = doc.text
    for r in raws:
        if r.speaker is None:
            continue
        s, e = r.speaker
        r.speaker_text = text[s:e]
        if r.speaker_kind == "np":
            if not_a_speaker(doc, lex, s, e):
                # not an attribution: a bare 'according to <place>' frames nothing; a speech
                # verb keeps its content without a speaker
                r.speaker, r.speaker_text, r.speaker_id = None, None, None
                if r.mode == "according_to":
                    r.anchor = True
                continue
            r.speaker_id = entity_at(doc, s, e, speaker_head(doc, s, e))
            r.resolved = True
        elif r.speaker_kind == "anaphor":
            r.speaker_text = None
    # pronouns and bare role nouns, in text order, may point to earlier speakers
    for r in raws:
        if r.speaker is None or r.speaker_kind in ("np", "anaphor"):
            continue
        s, e = r.speaker
        # a quotation of several sentences before "she said": the distance counts from where the
        # quotation opens, since its sentences are the speaker's own
        sent = doc.sentence_at(min(s, r.cstart) if r.cstart is not None and r.cstart < s else s)
        si = sent.i if sent else r.sent
        pool = [c for c in candidates if c.end <= s and si - c.sent <= (3 if r.speaker_kind == "pronoun" else 2)
                and not (r.cstart <= c.start < r.cend) and not (r.frame and r.frame[0] <= c.start < r.frame[1])]
        pool += [Candidate(o.speaker[0], o.speaker[1], o.speaker_text or "", o.speaker_id,
                           _named(doc, o.speaker), _sent_of(doc, o.speaker[0]))
                 for o in raws if o is not r and o.speaker and o.resolved and o.speaker[1] <= s
                 and o.speaker_kind == "np" and si - _sent_of(doc, o.speaker[0]) <= 3]
        if r.speaker_kind == "role":
            # "Der Richter sprach von ..." after "der Vorsitzende Richter Martin Albers": the one
            # person the text gave that role, however far back
            noun = text[s:e].split()[-1].lower() if text[s:e].split() else ""
            holders = [ent for ent in doc.entities if ent.type == "PER" and noun
                       and any(x.lower() == noun for x in ent.roles)
                       and any(mm.end <= s for mm in ent.mentions)]
            if len(holders) == 1:
                r.speaker_id = holders[0].id
                r.speaker_text = holders[0].name
                r.resolved = True
                continue
            pool = [c for c in pool if c.named]
            if doc.lang == "de" and noun.endswith("in") and len(noun) > 4:
                # "Die Sprecherin betonte": a feminine role noun is no man named before
                pool = [c for c in pool if _gender_de(doc, c) != "m"]
            # a role noun ("Der Richter sprach von ...") names a person, not a town named before it
            pool = [c for c in pool if not (c.entity and getattr(doc.item(c.entity), "type", None) in ("GPE", "LOC"))]
            # "Kabasele sprach gegenüber der Katholischen Nachrichten-Agentur von ... „...“, sagte
            # der Priester": not the outlet someone spoke to
            outlets = [(ch.start, ch.end) for o in raws for ch in o.channels]
            pool = [c for c in pool if not any(a <= c.start < b for a, b in outlets)] or pool
        # a party or acronym in parentheses after a name is not what a pronoun points to
        pool = [c for c in pool if not (c.start > 0 and text[c.start - 1] == "(")]
        want = _pronoun_person(lex, text[s:e], text[r.cue[0]:r.cue[1]] if r.cue else "") if r.speaker_kind == "pronoun" else None
        if want is not None:
            typed = [c for c in pool if _is_person(doc, c, lex) == want
                     or want and doc.lang == "de" and text[s:e].lower() == "sie" and _feminine_org(doc, c)]
            if typed:
                pool = typed
            elif want:
                # no named person: 'he' is still not an organisation or outlet ("A doctor … told Reuters. He said …")
                pool = [c for c in pool if not c.entity] or pool
        if want and doc.lang == "de":
            # "sagte sie" after "Eine 86 Jahre alte Frau ...": a German singular pronoun agrees in
            # gender with what it points to (where the text marks it)
            g = {"er": "m", "ihm": "m", "sie": "f"}.get(text[s:e].lower())
            agree = [c for c in pool if _gender_de(doc, c) in (g, None)] if g else pool
            if agree:
                pool = agree
        if want and pool:
            # "Musa Bello, a spokesman for …, denied … attacks on Fulani families. He said …":
            # a person opening the last sentence that names one is its subject, and 'he'
            # continues the subject rather than the last name mentioned
            last = max(c.sent for c in pool)
            here = sorted((c for c in pool if c.sent == last), key=lambda c: c.start)
            if len(here) > 1 and 0 <= last < len(doc.sentences):
                lead = text[doc.sentences[last].start:here[0].start]
                if not any(ch.isalnum() for ch in lead) and _is_person(doc, here[0], lex):
                    pool = [here[0]]
        if not pool:
            if r.speaker_kind == "role":
                r.speaker_id = entity_at(doc, s, e, speaker_head(doc, s, e))
            continue
        c = max(pool, key=lambda c: (c.end, c.entity is not None, c.named))
        if c.entity is None:
            ent = entity_at(doc, c.start, c.end)
            item = doc.item(ent) if ent is not None else None
            if ent is not None and not (item is not None and item.type in ("GPE", "LOC")
                                        and doc.text[c.start:c.end].strip() != item.name):
                # (not the town of "Eine 86 Jahre alte Frau aus Melle")
                c = Candidate(c.start, c.end, c.text, ent, c.named, c.sent)
        r.speaker_text = _full_name(doc, c, candidates, raws)
        r.speaker_id = c.entity
        r.resolved = True


def _resolve_anaphors(doc: Doc, raws: list[Raw]) -> None:
    """'den Angaben zufolge': the source is the last speaker named shortly before in the same
    paragraph; without one the phrase only distances the text (hedged, no speaker)."""
    text = doc.text
    for r in raws:
        if r.speaker_kind != "anaphor":
            continue
        s = r.speaker[0]
        si = _sent_of(doc, s)
        prior = [o for o in raws if o is not r and o.speaker_text and o.speaker_kind != "anaphor"
                 and (o.frame or o.speaker)[1] <= s and si - _sent_of(doc, o.speaker[0] if o.speaker else o.cstart) <= 3
                 and "\n" not in text[(o.frame or o.speaker)[1]:s]]
        subj = None if prior else _previous_subject(doc, si, s)
        if prior:
            o = max(prior, key=lambda o: (o.frame or o.speaker)[1])
            r.speaker_text, r.speaker_id, r.resolved = o.speaker_text, o.speaker_id, True
            r.channels = r.channels or list(o.channels)
        elif subj is not None:
            ent, m = subj
            r.speaker = (m.start, m.end)
            r.speaker_text, r.speaker_id, r.resolved = _entity_text(doc, ent, m), ent.id, True
        else:
            r.speaker = None
            r.speaker_kind = "np"
            r.hedged = True
            r.mode = "indirect"


def _previous_subject(doc: Doc, si: int, s: int):
    """(entity, mention) of an organisation or person named at the start of the sentence
    before (same paragraph): "Die Stiftung für Pressefreiheit (FLIP) verurteilte die Tat. Nach
    ihrer Zählung …" — the source no speech verb named."""
    if si <= 0 or si >= len(doc.sentences):
        return None
    prev = doc.sentences[si - 1]
    if "\n" in doc.text[prev.end:s]:
        return None
    toks = doc.tokens[prev.tok_start:prev.tok_end]
    limit = toks[min(len(toks) - 1, 7)].end if toks else prev.start
    best = None
    for ent in doc.entities:
        if ent.type not in ("PER", "ORG"):
            continue
        for m in ent.mentions:
            if prev.start <= m.start < limit and (best is None or m.start < best[1].start):
                best = (ent, m)
    return best


def _entity_text(doc: Doc, ent, m) -> str:
    return ent.name or doc.text[m.start:m.end]


def _pronoun_person(lex: dict, pron: str, cue: str) -> bool | None:
    """True for a pronoun that refers to a person ('er', 'she'), False for a thing or an
    organisation ('es', 'it'), None when it can be either ('sie' with a plural verb, 'they')."""
    p = pron.lower()
    if p in lex.get("person_pronouns_set", ()):
        return True
    if p in lex.get("thing_pronouns_set", ()):
        return False
    if p in lex.get("singular_if_verb_singular_set", ()) and cue:
        c = cue.lower()
        if not c.endswith(tuple(lex.get("plural_verb_endings", ()))):
            return True
    return None


_FEM_NOUNS = {"frau", "frauen", "mutter", "tochter", "schwester", "großmutter", "witwe", "seniorin", "rentnerin",
              "dame"}
_MASC_NOUNS = {"mann", "vater", "sohn", "bruder", "großvater", "witwer", "herr", "junge", "rentner", "senior"}


def _gender_de(doc: Doc, c: Candidate) -> str | None:
    """'m' or 'f' where a German antecedent marks its gender: an article in the nominative
    before it ('Der 41-Jährige', 'Eine 86 Jahre alte Frau'), a gendered noun ('Frau', 'Mann'), a
    title ('Herr', 'Frau') or a person's role ('Sprecherin' / 'Verteidiger'); None otherwise."""
    words = [w.strip(".,;:") for w in c.text.split()]
    if any(w.lower() in _FEM_NOUNS for w in words):
        return "f"
    if any(w.lower() in _MASC_NOUNS for w in words):
        return "m"
    eid = c.entity or entity_at(doc, c.start, c.end)
    if eid:
        ent = doc.item(eid)
        roles = [r.lower() for r in (getattr(ent, "roles", None) or [])] if getattr(ent, "type", "") == "PER" else []
        if roles:
            if any(r.endswith(("in", "frau")) and not r.endswith(("chef", "mann")) for r in roles):
                return "f"
            if all(not r.endswith("in") for r in roles):
                return "m"
    tok = doc.token_at(c.start)
    if tok is not None and tok.i > 0:
        prev = doc.tokens[tok.i - 1].text
        if prev in ("Der", "Ein") or prev in ("ein",) and tok.pos in ("NN", "ADJA"):
            return "m"
        if prev in ("Eine", "eine"):
            return "f"
    return None


_FEM_ORG_ENDINGS = ("organisation", "organisationen", "ung", "ion", "partei", "polizei", "behörde", "gruppe",
                    "agentur", "armee", "miliz", "front", "allianz", "union", "schaft", "kammer", "stiftung",
                    "initiative", "liga", "koalition", "opposition", "justiz", "junta", "bank", "firma")


def _feminine_org(doc: Doc, c: Candidate) -> bool:
    """A German organisation named by a feminine noun, which a singular 'sie' can point to:
    "Die Menschenrechtsorganisation Asadho sprach von 187 Freigelassenen. Mehr als 700 säßen
    weiterhin in Haft, erklärte sie." """
    if c.entity:
        ent = doc.item(c.entity)
        if ent is None or ent.type != "ORG":
            return False
    tok = doc.token_at(c.start)
    if tok is None:
        return False
    lo = max(doc.sentences[tok.sent].tok_start, tok.i - 3) if tok.sent < len(doc.sentences) else tok.i
    words = [t.text for t in doc.tokens[lo:tok.i]] + c.text.split()
    if lo < tok.i and doc.tokens[lo:tok.i] and not any(t.text.lower() in ("die", "eine", "der", "einer")
                                                     for t in doc.tokens[lo:tok.i]):
        return False
    return any(w[:1].isupper() and w.lower().endswith(_FEM_ORG_ENDINGS) for w in words)


def _is_person(doc: Doc, c: Candidate, lex: dict | None = None) -> bool:
    if c.entity:
        ent = doc.item(c.entity)
        if ent is not None:
            return ent.type == "PER"
    if lex is not None and c.text.split():
        # an unnamed person by a role noun: "Ein Polizeisprecher wies das zurück. …, sagte er."
        if doc.lang == "de" and any(w.lower() in _FEM_NOUNS or w.lower() in _MASC_NOUNS for w in c.text.split()):
            return True   # "Eine 86 Jahre alte Frau aus Melle"
        head = c.text.split()[-1].lower()
        return head in lex.get("person_roles_set", ()) or head.endswith(lex.get("person_role_suffixes_tuple", ()) or ("\0",))
    return False


def _sent_of(doc: Doc, offset: int) -> int:
    s = doc.sentence_at(offset)
    return s.i if s else 0


def _named(doc: Doc, span: tuple[int, int]) -> bool:
    return any(t.pos in ("NE", "NNP", "NNPS") for t in doc.tokens_in(*span))


def _full_name(doc: Doc, c: Candidate, candidates: list[Candidate], raws: list[Raw]) -> str:
    """The fullest earlier mention that ends with the same name ('Tokajew' -> 'Kassym-Schomart Tokajew')."""
    if c.entity:
        ent = doc.item(c.entity)
        if ent is not None:
            return ent.name
    last = c.text.split()[-1] if c.text.split() else c.text
    best = c.text
    for o in candidates:
        if o.named and o.text.split() and o.text.split()[-1] == last and len(o.text) > len(best):
            best = o.text
    return best


_DATELINE = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜ'\.\- ]{2,40}(?:,[^()\n]{0,40})?\s*\([^()\n]{1,40}\)\s*[-–—]\s*"
                       r"|^[A-ZÄÖÜ][\wÄÖÜäöüß'\.\- ]{1,40}\s*\((?:dpa|AFP|AP|Reuters|KNA|epd|dpa-AFX|APA|sda|rtr)[^()\n]{0,20}\)\s*[-–—]\s*")


def _strip_dateline(text: str, r: Raw) -> None:
    """'KHARTOUM, May 3 (Reuters) - At least 32 …': the dateline is not what the source said."""
    a, b = r.content[0]
    m = _DATELINE.match(text[a:b])
    if m and a + m.end() < b:
        r.content[0] = (a + m.end(), b)


def _to_claim(doc: Doc, r: Raw, cid: str) -> Claim:
    text = doc.text
    _strip_dateline(text, r)
    if r.speaker_text:
        m = _DATELINE.match(r.speaker_text)
        if m and m.end() < len(r.speaker_text):
            r.speaker_text = r.speaker_text[m.end():]   # "NAIROBI, Sept 18 (AFP) - Kenya's High Court"
    if r.speaker_text and r.speaker_text.count("(") > r.speaker_text.count(")"):
        r.speaker_text = r.speaker_text[:r.speaker_text.rfind("(")].rstrip()   # "Forces (RSF" -> "Forces"
    cs, ce = r.cstart, r.cend
    if len(r.content) > 1:
        content = " […] ".join(text[a:b] for a, b in r.content)
    else:
        content = text[cs:ce]
    spans = [(cs, ce)] + ([r.frame] if r.frame else []) + ([r.speaker] if r.speaker else [])
    start = min(a for a, _ in spans)
    end = max(b for _, b in spans)
    channel_ids = _channel_entities(doc, r.channels)
    return Claim(id=cid, start=start, end=end, mode=r.mode, speaker=r.speaker_id,
                 speaker_text=r.speaker_text, cue=text[r.cue[0]:r.cue[1]] if r.cue else None,
                 channel=channel_ids, content=content, hedged=r.hedged,
                 content_start=cs, content_end=ce)


def _channel_entities(doc: Doc, channels: list[Channel]) -> list[str]:
    """Channel ids: an existing entity overlapping the mention, else a new ORG entity."""
    ids: list[str] = []
    for ch in channels:
        s, e = ch.start, ch.end
        name = doc.text[s:e]
        found = None
        for ent in doc.entities:
            if ent.type in ("GPE", "LOC", "NORP", "PER"):
                continue
            for m in ent.mentions:
                ov = min(m.end, e) - max(m.start, s)
                if ov > 0 and ov >= 0.5 * (e - s):
                    found = ent
                    break
            if found:
                break
        if found is None:
            for ent in doc.entities:
                if ent.kind == ch.kind and ent.name.lower() == name.lower():
                    found = ent
                    if not any(m.start == s and m.end == e for m in ent.mentions):
                        ent.mentions.append(Mention(start=s, end=e, text=name))
                    break
        if found is None:
            nums = [int(x.id[1:]) for x in doc.entities if x.id[1:].isdigit()]
            found = Entity(id=f"E{max(nums, default=0) + 1}", type="ORG", name=name,
                           mentions=[Mention(start=s, end=e, text=name)], kind=ch.kind)
            doc.entities.append(found)
        if found.id not in ids:
            ids.append(found.id)
    return ids


def _link_figures(doc: Doc) -> None:
    for f in doc.figures:
        best = None
        for c in doc.claims:
            if c.content_start is None or c.content_end is None:
                continue
            if c.content_start <= f.start and f.end <= c.content_end:
                size = c.content_end - c.content_start
                if best is None or size < best[0]:
                    best = (size, c.id)
        f.claim = best[1] if best else None
