"""The bundled example articles: the reference article and constructed examples.

``index.json`` lists every example with its file, title, publication date, source,
language, whether it is constructed (written for lagebild, describing an invented
event) and its provenance and license. ``load()`` returns them as ``Article`` objects.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from ..record import Article

EXAMPLES_DIR = Path(__file__).resolve().parent
INDEX = EXAMPLES_DIR / "index.json"


@lru_cache(maxsize=1)
def _index() -> tuple[dict, ...]:
    entries = json.loads(INDEX.read_text(encoding="utf-8"))
    for e in entries:
        for key in ("file", "published", "language", "constructed"):
            if key not in e:
                raise ValueError(f"{INDEX}: entry {e.get('file')!r} lacks {key!r}")
    return tuple(entries)


def index() -> list[dict]:
    """The entries of ``index.json`` (copies; edit freely)."""
    return [dict(e) for e in _index()]


def paths() -> list[Path]:
    """The example article files, in index order."""
    return [EXAMPLES_DIR / e["file"] for e in _index()]


def load(language: str | None = None) -> list[Article]:
    """The example articles (optionally only those in ``language``), in index order."""
    from ..ingest import make_article

    out = []
    for e in _index():
        if language and e["language"] != language:
            continue
        path = EXAMPLES_DIR / e["file"]
        out.append(make_article(path.read_text(encoding="utf-8"), title=e.get("title"),
                                url=e.get("url"), source=e.get("source"),
                                published=e["published"], language=e["language"],
                                path=str(path), constructed=bool(e["constructed"])))
    return out
