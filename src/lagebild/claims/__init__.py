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
            if a < b and (b - a) >= 0.8 * min(o.cend - o.cstart, r.cend - r.cstart) and o.mode == r.mode:
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


def entity_at(doc: Doc, s: int, e: int, head: tuple[int, int] | None = None) -> str | None:
    """The entity a speaker span names: a person or organisation mentioned inside it, or an
    entity of another type whose mention covers the span's head word."""
    best = None
    rank = {"PER": 0, "ORG": 1, "MISC": 2, "NORP": 3, "GPE": 3, "LOC": 4}
    for ent in doc.entities:
        for m in ent.mentions:
            if m.end <= s or m.start >= e:
                continue
            if ent.type not in ("PER", "ORG"):
                hs, he = head or (e - 1, e)
                if not (m.start <= hs and he <= m.end + 1):
                    continue
            key = (rank.get(ent.type, 5), -(m.end - m.start))
            if best is None or key < best[0]:
                best = (key, ent.id)
    return best[1] if best else None


def _resolve_speakers(doc: Doc, lex: dict, raws: list[Raw], candidates: list[Candidate]) -> None:
    text = doc.text
    for r in raws:
        if r.speaker is None:
            continue
        s, e = r.speaker
        r.speaker_text = text[s:e]
        if r.speaker_kind == "np":
            r.speaker_id = entity_at(doc, s, e)
            r.resolved = True
    # pronouns and bare role nouns, in text order, may point to earlier speakers
    for r in raws:
        if r.speaker is None or r.speaker_kind == "np":
            continue
        s, e = r.speaker
        sent = doc.sentence_at(s)
        si = sent.i if sent else r.sent
        pool = [c for c in candidates if c.end <= s and si - c.sent <= (3 if r.speaker_kind == "pronoun" else 2)
                and not (r.cstart <= c.start < r.cend) and not (r.frame and r.frame[0] <= c.start < r.frame[1])]
        pool += [Candidate(o.speaker[0], o.speaker[1], o.speaker_text or "", o.speaker_id,
                           _named(doc, o.speaker), _sent_of(doc, o.speaker[0]))
                 for o in raws if o is not r and o.speaker and o.resolved and o.speaker[1] <= s
                 and o.speaker_kind == "np" and si - _sent_of(doc, o.speaker[0]) <= 3]
        if r.speaker_kind == "role":
            pool = [c for c in pool if c.named]
        if not pool:
            if r.speaker_kind == "role":
                r.speaker_id = entity_at(doc, s, e)
            continue
        c = max(pool, key=lambda c: (c.end, c.entity is not None, c.named))
        if c.entity is None:
            ent = entity_at(doc, c.start, c.end)
            if ent is not None:
                c = Candidate(c.start, c.end, c.text, ent, c.named, c.sent)
        r.speaker_text = _full_name(doc, c, candidates, raws)
        r.speaker_id = c.entity
        r.resolved = True


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


def _to_claim(doc: Doc, r: Raw, cid: str) -> Claim:
    text = doc.text
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
