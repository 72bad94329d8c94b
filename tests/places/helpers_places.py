"""Shared helpers for the places tests: real language analysis, hand-made entity layers."""
from __future__ import annotations

from functools import lru_cache

from lagebild import places
from lagebild.doc import Doc
from lagebild.pipeline import Pipeline
from lagebild.record import Article, Entity, Mention


@lru_cache(maxsize=1)
def _pre():
    return Pipeline(("language",))


def run(text: str, lang: str, entities: tuple[tuple[str, str], ...] = ()) -> Doc:
    """entities: (type, surface) pairs; every occurrence of the surface becomes a mention."""
    doc = _pre()(Article(id="t", language=lang, text=text))
    ents = []
    for k, (typ, surface) in enumerate(entities, 1):
        ms, i = [], text.find(surface)
        while i >= 0:
            ms.append(Mention(start=i, end=i + len(surface), text=surface))
            i = text.find(surface, i + 1)
        ents.append(Entity(id=f"E{k}", type=typ, name=surface, mentions=ms))
    doc.entities = ents
    places.annotate(doc)
    for p in doc.places:
        for m in p.mentions:
            assert doc.text[m.start:m.end] == m.text
    return doc
