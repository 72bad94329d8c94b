"""Batch ingestion: read, extract and store many articles.

The workers extract while this process stores: finished records are written a few at a
time (``STORE_BATCH`` records in one transaction). A broken input or an article the
pipeline cannot handle is reported and skipped; a record the store refuses is retried
alone, so it never takes the others of its batch with it; everything else is stored. The summary counts what was read, stored, already there
and failed (with the reasons).
"""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..record import Article, Record
from ..workers import ExtractPool
from . import Store


@dataclass
class Summary:
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)


def _progress(console: Console | None) -> Progress:
    return Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[status]}"), TimeElapsedColumn(),
                    console=console or Console(stderr=True), transient=False,
                    disable=console is None)


STORE_BATCH = 16          # records per store transaction
WINDOW_PER_WORKER = 4     # articles queued per worker, so none waits while this process stores


class _Runner:
    """Extracts articles inline or in a pool of worker processes (``lagebild.workers``);
    the store stays in this one."""

    def __init__(self, store: Store, summary: Summary, workers: int):
        self.store, self.summary, self.workers = store, summary, max(1, workers)
        self.inflight: deque = deque()        # (article, function returning its result)
        self.done: list[tuple[Article, Record]] = []
        self.seen: set[str] = set()
        self.pool = ExtractPool(self.workers)
        self.window = 1 if self.workers == 1 else WINDOW_PER_WORKER * self.workers

    def add(self, article: Article) -> None:
        self.summary.read += 1
        if article.id in self.seen or self.store.has(article.id):
            self.summary.duplicates += 1
            return
        self.seen.add(article.id)
        self.inflight.append((article, self.pool.submit(article)))
        while len(self.inflight) >= self.window:
            self._collect_one()

    def _collect_one(self) -> None:
        article, result = self.inflight.popleft()
        _article, rec_json, error = result()
        if error:
            self.summary.failures.append(error)
            return
        try:
            self.done.append((article, Record.from_json(rec_json)))
        except Exception as e:
            self.summary.failures.append(f"{article.path or article.id}: not stored: {e!r}")
            return
        if len(self.done) >= STORE_BATCH:
            self._store()

    def _store(self) -> None:
        done, self.done = self.done, []
        if not done:
            return
        try:
            results = self.store.put_many([rec for _a, rec in done])
        except Exception:
            results = []
            for article, rec in done:          # find the record the store refuses
                try:
                    results.append(self.store.put(rec))
                except Exception as e:
                    self.summary.failures.append(f"{article.path or article.id}: not stored: {e!r}")
        for result in results:
            if result.stored:
                self.summary.stored += 1
            else:
                self.summary.duplicates += 1

    def flush(self) -> None:
        while self.inflight:
            self._collect_one()
        self._store()

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self.pool.close()


def _run(store: Store, units: list, label, articles_of, console: Console | None, workers: int) -> Summary:
    """Feed every unit's articles (or errors) through one runner under one progress bar."""
    from ..ingest import IngestError

    summary = Summary()
    runner = _Runner(store, summary, workers)
    try:
        with _progress(console) as bar:
            task = bar.add_task("ingest", total=len(units), status="")
            for unit in units:
                bar.update(task, status=label(unit))
                for item in articles_of(unit):
                    if isinstance(item, IngestError):
                        summary.read += 1
                        summary.failures.append(str(item))
                    else:
                        runner.add(item)
                bar.advance(task)
            runner.flush()
            bar.update(task, status=f"{summary.stored} stored")
    finally:
        runner.close()
    return summary


def ingest_paths(store: Store, paths: Iterable[str | Path], *, published: str | None = None,
                 language: str | None = None, console: Console | None = None, workers: int = 1) -> Summary:
    """Read, extract and store every article in ``paths`` (files or folders)."""
    from ..ingest import iter_files
    from ..ingest.readers import read_file

    return _run(store, list(iter_files(paths)), lambda f: f.name[-40:],
                lambda f: read_file(f, published=published, language=language), console, workers)


def ingest_articles(store: Store, articles: Iterable[Article], console: Console | None = None,
                    workers: int = 1) -> Summary:
    """Extract and store articles already read (e.g. the bundled examples)."""
    return _run(store, list(articles), lambda a: (a.title or a.id)[:40], lambda a: (a,), console, workers)


def print_summary(s: Summary, console: Console, db: Path | None = None) -> None:
    where = f" into {db}" if db else ""
    console.print(f"read {s.read}, stored {s.stored}, duplicates {s.duplicates}, failed {s.failed}{where}",
                  highlight=False, soft_wrap=True)
    for reason in s.failures:
        console.print(f"  [red]failed[/red] {reason}", highlight=False, soft_wrap=True)
