"""Ingestion: files and folders in, ``Article`` objects (or clear errors) out.

``read(paths)`` walks files and folders recursively and yields, for every article
found, either an ``Article`` or an ``IngestError`` naming the file (and line or
record) and the problem. A broken input never stops the batch.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from ..record import Article

MAX_BYTES = 5_000_000       # a single input file larger than this is refused
MAX_TEXT_CHARS = 1_000_000  # an article text longer than this is refused


@dataclass
class IngestError:
    path: str
    where: str | None   # "line 12", "record 3", "item 2" or None for the whole file
    reason: str

    def __str__(self) -> str:
        loc = f"{self.path}:{self.where}" if self.where else self.path
        return f"{loc}: {self.reason}"


def normalize_text(text: str) -> str:
    """Line endings to \\n, NFC, no trailing blanks; the text all offsets point into."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = unicodedata.normalize("NFC", text)
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def article_id(text: str, source: str | None = None) -> str:
    norm = re.sub(r"\s+", " ", text).strip().lower()
    return hashlib.sha1(f"{source or ''}\x00{norm}".encode("utf-8")).hexdigest()[:16]


def make_article(text: str, *, title: str | None = None, url: str | None = None,
                 source: str | None = None, published: str | None = None, id: str | None = None,
                 path: str | None = None, language: str | None = None,
                 constructed: bool | None = None) -> Article:
    text = normalize_text(text)
    if not text:
        raise ValueError("no text")
    if len(text) > MAX_TEXT_CHARS:
        raise ValueError(f"text of {len(text):,} characters exceeds the limit of {MAX_TEXT_CHARS:,}")
    return Article(id=id or article_id(text, source), url=url, source=source, title=title,
                   published=published, language=language or "", text=text, path=path,
                   constructed=constructed)


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    for p in paths:
        p = Path(p)
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith("."))
        else:
            yield p


def read(paths: Iterable[str | Path], *, published: str | None = None,
         language: str | None = None) -> Iterator[Article | IngestError]:
    """Every article in ``paths`` (files or folders, recursively), or an error for it."""
    from .readers import read_file

    for f in iter_files(paths):
        yield from read_file(f, published=published, language=language)
