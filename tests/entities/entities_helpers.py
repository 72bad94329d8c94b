"""Shared helpers of the entities tests (not a test module)."""
from __future__ import annotations

from functools import lru_cache

from lagebild.pipeline import Pipeline
from lagebild.record import Article


@lru_cache(maxsize=1)
def _pipe():
    return Pipeline(("language", "entities"))


def run(text: str, lang: str = "de"):
    doc = _pipe()(Article(id="t", language=lang, text=text))
    for e in doc.entities:
        for m in e.mentions:
            assert doc.text[m.start:m.end] == m.text
    return doc


def find(doc, name: str, type_: str | None = None):
    """The entity whose name or a mention equals ``name``."""
    for e in doc.entities:
        if (e.name == name or any(m.text == name for m in e.mentions)) and (type_ is None or e.type == type_):
            return e
    return None


def names(doc) -> set[str]:
    return {e.name for e in doc.entities}
