"""The language stage: language identification, tokens, sentences, POS, lemmas, verb mood.

After it, ``doc.article.language`` is set and ``doc.tokens`` / ``doc.sentences`` are
filled; German finite verbs carry their mood (indicative, Konjunktiv I or II).
"""
from __future__ import annotations

from ..doc import Doc
from . import langid
from .tokenize import somajo_tokenize, split_at_paragraphs


def annotate(doc: Doc) -> None:
    art = doc.article
    if not art.language or art.language == "auto":
        art.language = langid.detect(art.text, default="de") or "de"
    if art.language == "en":
        from . import en

        en.analyze(doc)
        split_at_paragraphs(doc)
    elif art.language == "de":
        from . import de

        somajo_tokenize(doc, "de_CMC")
        de.tag(doc)
    else:
        # unsupported language: tokens and sentences only, later stages find nothing
        somajo_tokenize(doc, "en_PTB")
