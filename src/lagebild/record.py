"""The lagebild document record, version 1 (see the schema in the README / docs).

One model per list of the record. Stages build these objects directly; the
``Record`` is assembled from a finished ``Doc`` in one place, ``Record.from_doc``.
Unknown fields are rejected on input so that typos in hand-written records surface;
fields may be added here (never renamed or dropped without bumping ``SCHEMA``).
"""
from __future__ import annotations

import json
from typing import Literal, Union

from pydantic import BaseModel, ConfigDict, Field, model_validator

from . import SCHEMA


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Mention(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _order(self):
        if self.end < self.start:
            raise ValueError(f"mention end {self.end} before start {self.start}")
        return self


class Article(_Model):
    id: str
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: str | None = None
    language: str
    text: str
    # added fields (allowed by the schema): provenance of the input
    path: str | None = None
    constructed: bool | None = None   # true for example articles written by the project


class TokenOut(_Model):
    start: int
    end: int
    text: str
    pos: str
    lemma: str
    mood: Literal["ind", "sub1", "sub2"] | None = None


EntityType = Literal["PER", "ORG", "GPE", "LOC", "NORP", "MISC"]


class Entity(_Model):
    id: str
    type: EntityType
    name: str
    mentions: list[Mention] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    country: str | None = None
    place: str | None = None
    # added: finer kind where known ("outlet", "platform", "group", ...)
    kind: str | None = None


class Place(_Model):
    id: str
    name: str
    mentions: list[Mention] = Field(default_factory=list)
    feature: Literal["country", "admin1", "admin2", "city", "other"]
    country: str
    admin1: str | None = None
    lat: float
    lon: float
    geonames_id: int | None = None
    precision: Literal[1, 2, 3]


class Interval(_Model):
    begin: str
    end: str


class TimeX(_Model):
    id: str
    text: str
    start: int
    end: int
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str
    interval: Interval | None = None
    anchored: bool


class Figure(_Model):
    id: str
    text: str
    start: int
    end: int
    kind: Literal["killed", "injured", "arrested", "missing", "displaced", "participants", "other"]
    who: str | None = None
    min: int | None = None
    max: int | None = None
    qualifier: Literal["exact", "at_least", "at_most", "about", "vague"]
    estimate: int | None = None
    claim: str | None = None


class Claim(_Model):
    id: str
    start: int
    end: int
    mode: Literal["direct", "indirect", "according_to"]
    speaker: str | None = None
    speaker_text: str | None = None
    cue: str | None = None
    channel: list[str] = Field(default_factory=list)
    content: str
    hedged: bool = False
    # added: where the content lies in the text
    content_start: int | None = None
    content_end: int | None = None


class Acled(_Model):
    event_type: str
    sub_event_type: str | None = None


class Trigger(_Model):
    start: int
    end: int
    text: str


class TextArg(_Model):
    text: str


PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE",
    "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "SANCTION", "PROTEST", "CRIME", "MOBILIZE",
    "COERCE", "ASSAULT",
)
PloverType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE",
    "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "SANCTION", "PROTEST", "CRIME", "MOBILIZE",
    "COERCE", "ASSAULT",
]


class Event(_Model):
    id: str
    type: PloverType
    mode: str | None = None
    # the type PLOVER/CAMEO-coded data would give, where it differs from ``type``: such data
    # code a stated intention by its speech act ("will send troops": AGREE), lagebild by the
    # action with certainty "hypothetical" (see lagebild/events/convention.py)
    plover: PloverType | None = None
    acled: Acled | None = None
    trigger: Trigger
    actors: list[Union[str, TextArg]] = Field(default_factory=list)
    targets: list[Union[str, TextArg]] = Field(default_factory=list)
    place: str | None = None
    time: str | None = None
    figures: list[str] = Field(default_factory=list)
    claims: list[str] = Field(default_factory=list)
    certainty: Literal["asserted", "reported", "alleged", "negated", "hypothetical"]
    sentence: tuple[int, int]


class Record(_Model):
    schema_: Literal["lagebild/1"] = Field(SCHEMA, alias="schema")
    article: Article
    sentences: list[tuple[int, int]] = Field(default_factory=list)
    tokens: list[TokenOut] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    times: list[TimeX] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    main_event: str | None = None

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    @model_validator(mode="after")
    def _check(self):
        n = len(self.article.text)
        ids: set[str] = set()
        for layer in (self.entities, self.places, self.times, self.figures, self.claims, self.events):
            for item in layer:
                if item.id in ids:
                    raise ValueError(f"duplicate id {item.id}")
                ids.add(item.id)
        for s, e in self.sentences:
            if not (0 <= s <= e <= n):
                raise ValueError(f"sentence span {s}:{e} outside the text (length {n})")
        for layer in (self.entities, self.places):
            for item in layer:
                for m in item.mentions:
                    if m.end > n or self.article.text[m.start:m.end] != m.text:
                        raise ValueError(f"{item.id}: mention {m.start}:{m.end} does not match the text")
        for item in (*self.times, *self.figures):
            if item.end > n or self.article.text[item.start:item.end] != item.text:
                raise ValueError(f"{item.id}: span {item.start}:{item.end} does not match the text")
        refs = {
            "speaker": [(c.id, c.speaker) for c in self.claims],
            "channel": [(c.id, ch) for c in self.claims for ch in c.channel],
            "claim": [(f.id, f.claim) for f in self.figures],
            "place": [(v.id, v.place) for v in self.events] + [(e.id, e.place) for e in self.entities],
            "time": [(v.id, v.time) for v in self.events],
            "figures": [(v.id, f) for v in self.events for f in v.figures],
            "claims": [(v.id, c) for v in self.events for c in v.claims],
            "actors": [(v.id, a) for v in self.events for a in (*v.actors, *v.targets) if isinstance(a, str)],
        }
        for field, pairs in refs.items():
            for owner, ref in pairs:
                if ref is not None and ref not in ids:
                    raise ValueError(f"{owner}: {field} refers to unknown id {ref}")
        if self.main_event is not None and self.main_event not in {v.id for v in self.events}:
            raise ValueError(f"main_event refers to unknown event {self.main_event}")
        return self

    # -- construction and (de)serialization --------------------------------
    @classmethod
    def from_doc(cls, doc, *, with_tokens: bool = True) -> "Record":
        tokens = []
        if with_tokens:
            # the pipeline's own tokens: built without re-validating each one (~12 ms an article)
            make = TokenOut.model_construct
            tokens = [make(start=t.start, end=t.end, text=t.text, pos=t.pos, lemma=t.lemma, mood=t.mood)
                      for t in doc.tokens]
        return cls(
            article=doc.article,
            sentences=[(s.start, s.end) for s in doc.sentences],
            tokens=tokens,
            entities=doc.entities, places=doc.places, times=doc.times,
            figures=doc.figures, claims=doc.claims, events=doc.events,
            main_event=doc.main_event,
        )

    def to_dict(self) -> dict:
        return self.model_dump(mode="json", by_alias=True)

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, text: str) -> "Record":
        return cls.model_validate_json(text)

    @classmethod
    def from_dict(cls, data: dict) -> "Record":
        return cls.model_validate(data)
