"""Tokens and sentences with character offsets.

German (and any language without its own pipeline) goes through SoMaJo, whose
sentence splitter keeps an opening quotation mark with the sentence it opens.
English goes through spaCy's English pipeline (see ``en``), which also tags.
"""
from __future__ import annotations

from functools import lru_cache

from ..doc import Doc, Sentence, Token


@lru_cache(maxsize=4)
def _somajo(language: str):
    from somajo import SoMaJo

    return SoMaJo(language, split_camel_case=False, split_sentences=True, character_offsets=True)


def somajo_tokenize(doc: Doc, language: str = "de_CMC") -> None:
    """Fill ``doc.tokens`` and ``doc.sentences`` from SoMaJo, paragraph by paragraph."""
    text = doc.text
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    # SoMaJo treats each list element as a paragraph; offsets are relative to it.
    pos = 0
    for para in text.split("\n"):
        if para.strip():
            for sent in _somajo(language).tokenize_text([para]):
                first = len(tokens)
                for t in sent:
                    s, e = t.character_offset
                    tokens.append(Token(i=len(tokens), text=text[pos + s:pos + e], start=pos + s,
                                        end=pos + e, sent=len(sentences)))
                if len(tokens) > first:
                    sentences.append(Sentence(i=len(sentences), start=tokens[first].start,
                                              end=tokens[-1].end, tok_start=first, tok_end=len(tokens)))
        pos += len(para) + 1
    doc.tokens = tokens
    doc.sentences = sentences
