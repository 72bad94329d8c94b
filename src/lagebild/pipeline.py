"""The pipeline: a plain ordered composition of stages over one ``Doc``.

Each stage is a package ``lagebild.<name>`` with one entry point
``annotate(doc: Doc) -> None`` that reads earlier layers and adds its own.
Heavy resources load lazily inside the stages, once per process.
"""
from __future__ import annotations

import importlib
from typing import Callable, Iterable

from .doc import Doc
from .record import Article, Record

STAGES: tuple[str, ...] = ("language", "entities", "places", "times", "figures", "claims", "events")

Stage = Callable[[Doc], None]


def load_stage(name: str) -> Stage:
    module = importlib.import_module(f"lagebild.{name}")
    fn = getattr(module, "annotate", None)
    if not callable(fn):
        raise ValueError(f"stage {name!r} has no annotate(doc) entry point")
    return fn


class Pipeline:
    def __init__(self, stages: Iterable[str] = STAGES):
        self.names = tuple(stages)
        self.stages = [(name, load_stage(name)) for name in self.names]

    def __call__(self, article: Article) -> Doc:
        doc = Doc(article=article)
        for _name, annotate in self.stages:
            annotate(doc)
        return doc

    def extract(self, article: Article, *, with_tokens: bool = True) -> Record:
        return Record.from_doc(self(article), with_tokens=with_tokens)


_default: Pipeline | None = None


def default_pipeline() -> Pipeline:
    global _default
    if _default is None:
        _default = Pipeline()
    return _default


def extract(article: Article, *, with_tokens: bool = True) -> Record:
    """Run every stage over one article and return its record."""
    return default_pipeline().extract(article, with_tokens=with_tokens)
