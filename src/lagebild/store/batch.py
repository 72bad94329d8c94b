"""Batch ingestion: read, extract and store many articles, one transaction each.

A broken input or an article the pipeline cannot handle is reported and skipped;
everything else is stored. The summary counts what was read, stored, already there
and failed (with the reasons).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..record import Article
from . import Store


@dataclass
class Summary:
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    failures: list[str] = field(default_factory=list)
    stored_ids: list[str] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)


def _progress(console: Console | None) -> Progress:
    return Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[status]}"), TimeElapsedColumn(),
                    console=console or Console(stderr=True), transient=False,
                    disable=console is None)


def store_article(store: Store, article: Article, summary: Summary) -> None:
    """Extract and store one article, counting the outcome in ``summary``."""
    from ..pipeline import extract

    summary.read += 1
    if store.has(article.id):
        summary.duplicates += 1
        return
    try:
        rec = extract(article)
        result = store.put(rec)
    except Exception as e:  # reported, never fatal for the batch
        summary.failures.append(f"{article.path or article.id}: extraction failed: {e!r}")
        return
    if result.stored:
        summary.stored += 1
        summary.stored_ids.append(result.article_id)
    else:
        summary.duplicates += 1


def ingest_paths(store: Store, paths: Iterable[str | Path], *, published: str | None = None,
                 language: str | None = None, console: Console | None = None) -> Summary:
    from ..ingest import IngestError, iter_files
    from ..ingest.readers import read_file

    files = list(iter_files(paths))
    summary = Summary()
    with _progress(console) as bar:
        task = bar.add_task("ingest", total=len(files), status="")
        for f in files:
            bar.update(task, status=f.name[-40:])
            for item in read_file(f, published=published, language=language):
                if isinstance(item, IngestError):
                    summary.read += 1
                    summary.failures.append(str(item))
                else:
                    store_article(store, item, summary)
            bar.advance(task)
        bar.update(task, status=f"{summary.stored} stored")
    return summary


def ingest_articles(store: Store, articles: Iterable[Article], console: Console | None = None) -> Summary:
    articles = list(articles)
    summary = Summary()
    with _progress(console) as bar:
        task = bar.add_task("ingest", total=len(articles), status="")
        for a in articles:
            store_article(store, a, summary)
            bar.advance(task)
    return summary


def print_summary(s: Summary, console: Console, db: Path | None = None) -> None:
    where = f" into {db}" if db else ""
    console.print(f"read {s.read}, stored {s.stored}, duplicates {s.duplicates}, failed {s.failed}{where}",
                  highlight=False)
    for reason in s.failures:
        console.print(f"  [red]failed[/red] {reason}", highlight=False)
