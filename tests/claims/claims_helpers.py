"""Shared helpers of the claims tests: run the pipeline up to claims and read claims back."""
from lagebild.ingest import make_article
from lagebild.pipeline import Pipeline
from lagebild.record import Record

PIPE = Pipeline(("language", "entities", "places", "times", "figures", "claims"))


def run(text, lang, **kw):
    doc = PIPE(make_article(text, language=lang, **kw))
    for c in doc.claims:
        assert doc.text[c.content_start:c.content_end] == c.content or "[…]" in c.content
    Record.from_doc(doc)   # validates the record: ids unique, speaker and channel ids resolve
    return doc


def speaker(doc, c):
    names = [c.speaker_text or ""]
    if c.speaker:
        names.append(doc.item(c.speaker).name)
    return " | ".join(names)


def channels(doc, c):
    return [doc.item(x).name for x in c.channel]


def only(doc):
    assert len(doc.claims) == 1, [(c.mode, c.content) for c in doc.claims]
    return doc.claims[0]


def claim_with(doc, needle):
    """The first claim whose content holds ``needle`` (fails listing the claims found)."""
    hits = [c for c in doc.claims if needle in c.content]
    assert hits, [(c.mode, c.content) for c in doc.claims]
    return hits[0]
