"""Shared helpers of the figures tests: run the pipeline up to figures."""
from lagebild.ingest import make_article
from lagebild.pipeline import Pipeline

PIPE = Pipeline(("language", "entities", "places", "times", "figures"))


def figs(text, lang):
    doc = PIPE(make_article(text, language=lang))
    for f in doc.figures:
        assert doc.text[f.start:f.end] == f.text
    return doc.figures


def one(text, lang):
    fs = figs(text, lang)
    assert len(fs) == 1, [(f.text, f.kind) for f in fs]
    return fs[0]
