"""Extraction in several processes that share the loaded models.

Where the platform forks (Linux), the parent process loads every model once (a warm-up
run over the bundled examples, one per language) and then forks the workers. The models
are only read, so their memory pages stay shared between the processes (copy-on-write):
two workers cost little more memory than one. Where it cannot fork, or when torch runs
more than one intra-op thread (an OpenMP pool does not survive a fork), the workers are
spawned instead and each loads its own models.

    with ExtractPool(workers=2) as pool:
        for article, record_json, error in pool.imap(articles):
            ...

or, to keep the workers busy while the caller stores results, ``pool.submit(article)``
(returns a function that waits for the result).

A failing article yields its error message and never stops the batch. ``task`` (default
``extract_one``: the record as JSON) is what a worker does with an article; it must be a
module-level function returning (article, result, error).
"""
from __future__ import annotations

import gc
import multiprocessing as mp
import os
from typing import Callable, Iterable, Iterator

from .record import Article

Result = tuple[Article, "str | None", "str | None"]


def extract_one(article: Article) -> Result:
    """(article, record JSON, error): runs in a worker process or inline."""
    from .pipeline import extract

    try:
        return article, extract(article).to_json(), None
    except Exception as e:  # reported, never fatal for the batch
        return article, None, f"{article.path or article.id}: extraction failed: {e!r}"


_warm = False


def warm_up() -> None:
    """Load every lazy resource of the default pipeline in this process (once)."""
    global _warm
    if _warm:
        return
    from . import examples
    from .pipeline import default_pipeline

    pipe = default_pipeline()
    seen = set()
    for a in examples.load():
        if a.language not in seen:
            seen.add(a.language)
            pipe(a)
    _warm = True


_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3
MMAP_THRESHOLD = 32 << 20        # glibc's largest
TRIM_THRESHOLD = 128 << 20


def keep_freed_memory() -> bool:
    """Let glibc's malloc keep freed blocks up to 32 MB in the heap and free memory at
    its top back to the system only beyond 128 MB (Linux/glibc; elsewhere nothing).

    By default every block over 128 KB (a layer's activations for an article are several
    MB) comes from a fresh mmap and goes back at free: each one costs page faults and the
    kernel zeroing its pages, thousands of faults an article (measured: 4,500 minor faults
    and 13 ms of system time an article in a worker, 1,500 and 6 ms with this). The heap
    then keeps what the largest article needed, a few tens of MB a process."""
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6")
        return bool(libc.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(
            libc.mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD))
    except (OSError, AttributeError):  # not glibc
        return False


def start_method() -> str:
    """'fork' (models loaded once and shared) where safe, else 'spawn'."""
    if os.environ.get("LAGEBILD_START_METHOD") in ("fork", "spawn"):
        return os.environ["LAGEBILD_START_METHOD"]
    if "fork" not in mp.get_all_start_methods():
        return "spawn"
    import torch

    from .encoder import set_threads

    return "fork" if set_threads() == 1 and torch.get_num_threads() == 1 else "spawn"


class ExtractPool:
    """Extract articles in ``workers`` processes (inline when ``workers`` is 1)."""

    def __init__(self, workers: int = 1, task: Callable[[Article], tuple] = extract_one):
        self.workers = max(1, int(workers))
        self.task = task
        self.method = None
        self.pool = None
        keep_freed_memory()               # forked workers inherit it
        if self.workers > 1:
            self.method = start_method()
            if self.method == "fork":
                warm_up()
                # objects that exist now are never collected in the workers: the collector
                # does not touch (and so copy) the pages of the shared models
                gc.freeze()
            self.pool = mp.get_context(self.method).Pool(self.workers)
            if self.method == "fork":
                gc.unfreeze()

    def imap(self, articles: Iterable[Article]) -> Iterator[Result]:
        if self.pool is None:
            return map(self.task, articles)
        return self.pool.imap(self.task, articles)

    def submit(self, article: Article) -> Callable[[], Result]:
        """Queue one article; the returned function waits for and returns its result.
        Inline (one worker) the article is extracted when the function is called."""
        if self.pool is None:
            return lambda: self.task(article)
        return self.pool.apply_async(self.task, (article,)).get

    def pids(self) -> list[int]:
        return [p.pid for p in getattr(self.pool, "_pool", [])] if self.pool else []

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool.join()
            self.pool = None

    def __enter__(self) -> "ExtractPool":
        return self

    def __exit__(self, *exc) -> None:
        if self.pool is not None and exc[0] is not None:
            self.pool.terminate()
            self.pool.join()
            self.pool = None
        self.close()
