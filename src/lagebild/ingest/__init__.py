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
from .dates import normalize_date

MAX_BYTES = 5_000_000          # a text or HTML file (or one of unknown type) larger than this is refused
MAX_FEED_BYTES = 50_000_000    # an RSS/Atom file larger than this is refused (feeds are parsed whole)
MAX_RECORD_BYTES = 5_000_000   # one JSONL line or one WARC record; those files are streamed, any size
MAX_TEXT_CHARS = 1_000_000     # an article text longer than this is refused


KINDS = ("unreadable", "empty", "binary", "encoding", "oversized", "truncated", "malformed",
         "date", "no-text", "unsupported")


@dataclass
class IngestError:
    """One input that gave no article: the file, where in it, why, and a short category
    (one of ``KINDS``) for summaries."""
    path: str
    where: str | None   # "line 12", "record 3", "item 2" or None for the whole file
    reason: str
    kind: str = "malformed"

    def __str__(self) -> str:
        loc = f"{self.path}:{self.where}" if self.where else self.path
        return f"{loc}: {self.reason}"


class InputProblem(ValueError):
    """Why an input holds no usable article; ``kind`` is one of ``KINDS``."""

    def __init__(self, reason: str, kind: str = "malformed"):
        super().__init__(reason)
        self.kind = kind


_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u2028\u2029]")


def normalize_text(text: str) -> str:
    """Line endings to \\n, NFC, no control characters, no trailing blanks; the text all
    offsets point into."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _CONTROLS.sub("", text)
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
        raise InputProblem("no text", "no-text")
    if published:
        norm = normalize_date(published)
        if norm is None:
            raise InputProblem(f"publication date is not a date: {published[:60]!r}", "date")
        published = norm
    if len(text) > MAX_TEXT_CHARS:
        raise InputProblem(f"text of {len(text):,} characters exceeds the limit of {MAX_TEXT_CHARS:,}",
                           "oversized")
    return Article(id=id or article_id(text, source), url=url, source=source, title=title,
                   published=published, language=language or "", text=text, path=path,
                   constructed=constructed)


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """The files named, and the files in the folders named (recursively, sorted), skipping
    hidden files and folders (names starting with ".") inside those folders."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            found = []
            for f in p.rglob("*"):
                rel = f.relative_to(p).parts
                if any(part.startswith(".") for part in rel) or not f.is_file():
                    continue
                found.append(f)
            yield from sorted(found)
        else:
            yield p


def check_published(published: str | None) -> str | None:
    """The ``--published`` value as ISO 8601, or ``ValueError`` when it is not a date."""
    if published is None:
        return None
    norm = normalize_date(published)
    if norm is None:
        raise ValueError(f"not a date: {published!r} (use ISO 8601, e.g. 2022-01-06 or 2022-01-06T14:30:00+01:00)")
    return norm


def read(paths: Iterable[str | Path], *, published: str | None = None,
         language: str | None = None) -> Iterator[Article | IngestError]:
    """Every article in ``paths`` (files or folders, recursively), or an error for it.

    ``published`` (if given) is every article's publication date, over what the inputs
    say; it is checked here, at once: ``ValueError`` if it is not a date. Otherwise the
    date comes from the input's metadata (HTML markup, feed item, JSONL field), else None.
    """
    published = check_published(published)
    paths = [paths] if isinstance(paths, (str, Path)) else list(paths)
    return _read(paths, published, language)


def _read(paths, published, language) -> Iterator[Article | IngestError]:
    from .readers import read_file

    for f in iter_files(paths):
        yield from read_file(f, published=published, language=language)
