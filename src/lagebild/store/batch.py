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

from ..record import Article
from ..workers import ExtractPool
from . import RecordRows, Store, record_rows


def extract_rows(article: Article) -> tuple[Article, RecordRows | None, str | None]:
    """(article, its rows for the store, error): the worker's task. The worker extracts and
    turns the record into rows, so the storing process only inserts them."""
    from ..pipeline import extract

    try:
        rec = extract(article)
    except Exception as e:  # reported, never fatal for the batch
        return article, None, f"{article.path or article.id}: extraction failed: {e!r}"
    try:
        return article, record_rows(rec), None
    except Exception as e:
        return article, None, f"{article.path or article.id}: not stored: {e!r}"


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
    the store stays in this one. Articles are checked against the store a few at a time
    (one query each ``CHECK_BATCH``), extracted, and stored ``STORE_BATCH`` at a time."""

    CHECK_BATCH = 16

    def __init__(self, store: Store, summary: Summary, workers: int):
        self.store, self.summary, self.workers = store, summary, max(1, workers)
        self.pending: list[Article] = []      # read, not yet checked against the store
        self.inflight: deque = deque()        # (article, function returning its result)
        self.done: list[tuple[Article, RecordRows]] = []
        self.seen: set[str] = set()
        self.pool = ExtractPool(self.workers, task=extract_rows)
        self.window = 1 if self.workers == 1 else WINDOW_PER_WORKER * self.workers
        self.check_batch = 1 if self.workers == 1 else self.CHECK_BATCH
        self.threads_set = False
        if self.workers > 1:
            # the workers have the cores; DuckDB's own thread pool (one per core) only
            # competes with them for the few rows this process writes
            store.con.execute("SET threads TO 1")
            self.threads_set = True

    def add(self, article: Article) -> None:
        self.summary.read += 1
        if article.id in self.seen:
            self.summary.duplicates += 1
            return
        self.seen.add(article.id)
        self.pending.append(article)
        if len(self.pending) >= self.check_batch:
            self._submit_pending()

    def _submit_pending(self) -> None:
        pending, self.pending = self.pending, []
        stored = self.store.existing([a.id for a in pending])
        for article in pending:
            if article.id in stored:
                self.summary.duplicates += 1
                continue
            self.inflight.append((article, self.pool.submit(article)))
            while len(self.inflight) >= self.window:
                self._collect_one()

    def _collect_one(self) -> None:
        article, result = self.inflight.popleft()
        _article, rows, error = result()
        if error:
            self.summary.failures.append(error)
            return
        self.done.append((article, rows))
        if len(self.done) >= STORE_BATCH:
            self._store()

    def _store(self) -> None:
        done, self.done = self.done, []
        if not done:
            return
        try:
            results = self.store.put_rows([rows for _a, rows in done])
        except Exception:
            results = []
            for article, rows in done:          # find the record the store refuses
                try:
                    results.extend(self.store.put_rows([rows]))
                except Exception as e:
                    self.summary.failures.append(f"{article.path or article.id}: not stored: {e!r}")
        for result in results:
            if result.stored:
                self.summary.stored += 1
            else:
                self.summary.duplicates += 1

    def flush(self) -> None:
        self._submit_pending()
        while self.inflight:
            self._collect_one()
        self._store()

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self.pool.close()
            if self.threads_set:
                self.store.con.execute("RESET threads")
                self.threads_set = False


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
