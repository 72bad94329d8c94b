"""Shared helpers for the events tests: real language analysis, hand-made upstream layers."""
from __future__ import annotations

import os

from lagebild import events, language
from lagebild.doc import Doc
from lagebild.record import Article, Claim, Entity, Figure, Mention, Place, TimeX


def analyze(text: str, lang: str, published: str = "2022-01-06") -> Doc:
    doc = Doc(article=Article(id="t", language=lang, text=text, published=published))
    language.annotate(doc)
    return doc


def _without_embedding(fn):
    old = os.environ.get("LAGEBILD_EVENTS_EMBED")
    os.environ["LAGEBILD_EVENTS_EMBED"] = "off"
    try:
        return fn()
    finally:
        if old is None:
            os.environ.pop("LAGEBILD_EVENTS_EMBED", None)
        else:
            os.environ["LAGEBILD_EVENTS_EMBED"] = old


def run(doc: Doc) -> Doc:
    _without_embedding(lambda: events.annotate(doc))
    return doc


def full(text: str, lang: str, published: str = "2026-07-22") -> Doc:
    """The whole pipeline (real upstream layers) without the embedding second opinion."""
    from lagebild.pipeline import default_pipeline

    return _without_embedding(lambda: default_pipeline()(Article(id="x", language=lang, text=text,
                                                                 published=published)))


def span(doc: Doc, text: str, nth: int = 0) -> tuple[int, int]:
    k = -1
    for _ in range(nth + 1):
        k = doc.text.index(text, k + 1)
    return k, k + len(text)


def entity(doc: Doc, eid: str, typ: str, *texts: str, name: str | None = None) -> Entity:
    ms = []
    for t in texts:
        s, e = span(doc, t)
        ms.append(Mention(start=s, end=e, text=t))
    ent = Entity(id=eid, type=typ, name=name or texts[0], mentions=ms)
    doc.entities.append(ent)
    return ent


def place(doc: Doc, pid: str, text: str, country: str, feature: str = "city", nth: int = 0) -> Place:
    s, e = span(doc, text, nth)
    existing = [p for p in doc.places if p.id == pid]
    if existing:
        existing[0].mentions.append(Mention(start=s, end=e, text=text))
        return existing[0]
    p = Place(id=pid, name=text, mentions=[Mention(start=s, end=e, text=text)], feature=feature,
              country=country, lat=0.0, lon=0.0, precision=1)
    doc.places.append(p)
    return p


def timex(doc: Doc, tid: str, text: str, value: str) -> TimeX:
    s, e = span(doc, text)
    t = TimeX(id=tid, text=text, start=s, end=e, type="DATE", value=value, anchored=True)
    doc.times.append(t)
    return t


def figure(doc: Doc, fid: str, text: str, kind: str) -> Figure:
    s, e = span(doc, text)
    f = Figure(id=fid, text=text, start=s, end=e, kind=kind, qualifier="vague")
    doc.figures.append(f)
    return f


def claim(doc: Doc, cid: str, content: str, speaker: str | None = None, hedged: bool = False,
          start: int | None = None) -> Claim:
    """A claim whose content is ``content``; ``start``: where its reporting frame begins
    (speaker and verb before the content), else the claim is its content."""
    s, e = span(doc, content)
    c = Claim(id=cid, start=s if start is None else start, end=e, mode="indirect", speaker=speaker,
              content=content, hedged=hedged, content_start=s, content_end=e)
    doc.claims.append(c)
    return c


def names(doc: Doc, refs) -> list[str]:
    out = []
    for r in refs:
        if isinstance(r, str):
            out.append(doc.item(r).name)
        else:
            out.append(r.text)
    return out


def of_type(doc: Doc, typ: str):
    return [e for e in doc.events if e.type == typ]
