"""The one document object that flows through the pipeline.

Every stage reads the layers before it and adds its own. Offsets are Python string
indices into ``doc.text`` (end exclusive), exactly as in the record.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from .record import Article, Claim, Entity, Event, Figure, Place, TimeX


@dataclass(slots=True)
class Token:
    i: int                    # index in doc.tokens
    text: str
    start: int
    end: int
    sent: int = 0             # index in doc.sentences
    pos: str = ""             # fine tag: STTS for German, Penn Treebank for English
    upos: str = ""            # universal POS (NOUN, PROPN, VERB, AUX, ...)
    lemma: str = ""
    finite: bool = False      # a finite verb form
    mood: str | None = None   # finite verbs only: "ind" | "sub1" (Konjunktiv I) | "sub2" (Konjunktiv II)


@dataclass(slots=True)
class Sentence:
    i: int
    start: int
    end: int
    tok_start: int            # first token index
    tok_end: int              # one past the last token index


@dataclass
class Doc:
    article: Article
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    times: list[TimeX] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    main_event: str | None = None
    # Stage-private annotations that later stages may read (e.g. "spacy" -> the
    # English spaCy Doc, "ner_spans" -> raw model spans). Never serialized.
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def lang(self) -> str:
        return self.article.language

    # -- navigation helpers -------------------------------------------------
    def _starts(self, key: str, items: list) -> list[int]:
        """Start offsets of ``items``, cached until the layer is replaced or grows."""
        cached = self.extras.get(key)
        if cached is None or cached[0] is not items or len(cached[1]) != len(items):
            cached = (items, [x.start for x in items])
            self.extras[key] = cached
        return cached[1]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing character ``offset``."""
        starts = self._starts("doc.sentence_starts", self.sentences)
        k = bisect.bisect_right(starts, offset) - 1
        if 0 <= k < len(self.sentences) and offset < self.sentences[k].end:
            return self.sentences[k]
        return None

    def token_at(self, offset: int) -> Token | None:
        starts = self._starts("doc.token_starts", self.tokens)
        k = bisect.bisect_right(starts, offset) - 1
        if 0 <= k < len(self.tokens) and offset < self.tokens[k].end:
            return self.tokens[k]
        return None

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """Tokens overlapping the character range [start, end)."""
        starts = self._starts("doc.token_starts", self.tokens)
        k = max(0, bisect.bisect_right(starts, start) - 1)
        out = []
        for t in self.tokens[k:]:
            if t.start >= end:
                break
            if t.end > start:
                out.append(t)
        return out

    def sentence_tokens(self, sent: Sentence) -> list[Token]:
        return self.tokens[sent.tok_start:sent.tok_end]

    def item(self, ref: str | None):
        """Look up any layer item by its id (E1, P1, T1, F1, C1, V1)."""
        if not ref:
            return None
        for layer in (self.entities, self.places, self.times, self.figures, self.claims, self.events):
            for it in layer:
                if it.id == ref:
                    return it
        return None
