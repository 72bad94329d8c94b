"""One reader per input format; ``read_file`` dispatches on the file's name and content."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..record import Article
from . import MAX_BYTES, IngestError, make_article


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise ValueError("not text in any known encoding")
        return str(best)


def read_text(path: Path, data: bytes, *, published, language) -> Iterator[Article | IngestError]:
    try:
        text = _decode(data)
        yield make_article(text, path=str(path), published=published, language=language)
    except ValueError as e:
        yield IngestError(str(path), None, str(e))


def read_file(path: Path, *, published: str | None = None,
              language: str | None = None) -> Iterator[Article | IngestError]:
    try:
        size = path.stat().st_size
    except OSError as e:
        yield IngestError(str(path), None, f"cannot read: {e.strerror or e}")
        return
    if size > MAX_BYTES:
        yield IngestError(str(path), None, f"file of {size:,} bytes exceeds the limit of {MAX_BYTES:,}")
        return
    data = path.read_bytes()
    if not data.strip():
        yield IngestError(str(path), None, "empty file")
        return
    yield from read_text(path, data, published=published, language=language)
