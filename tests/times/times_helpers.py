"""Shared helpers of the times tests: language + times stages over one text."""
from __future__ import annotations

from lagebild import language, times
from lagebild.doc import Doc
from lagebild.record import Article


def run(text: str, published: str | None = "2022-01-06", lang: str = "de") -> Doc:
    doc = Doc(article=Article(id="t", language=lang, published=published, text=text))
    language.annotate(doc)
    times.annotate(doc)
    return doc


def find(doc: Doc, needle: str):
    hits = [t for t in doc.times if needle in t.text]
    assert hits, f"no time expression containing {needle!r} in {[t.text for t in doc.times]}"
    return hits[0]


def values(text: str, lang: str, published: str) -> list[tuple[str, str]]:
    """(text, value) of every time expression, the stages before times all run (as in the pipeline)."""
    from lagebild.pipeline import Pipeline

    doc = Pipeline(("language", "entities", "places", "times"))(
        Article(id="t", language=lang, text=text, published=published))
    return [(t.text, t.value) for t in doc.times]
