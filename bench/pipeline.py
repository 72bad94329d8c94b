"""Speed and memory of the whole pipeline: extract and ingest.

usage: python bench/pipeline.py [PATH ...] [--repeat N] [--stages a,b,c] [--workers N]

Without PATH it runs on the bundled example articles. Prints articles/second,
tokens/second, the time spent in each stage (wall and CPU time: the CPU time is what the
stage costs even on a busy machine), and the peak resident memory of the process
(which includes loading every model once). With ``--workers N`` (N > 1) it also runs
extract + store the way ``lagebild ingest --workers N`` does (``lagebild.workers``:
models loaded once, workers forked) and prints the articles/second, then runs it again to
sample the peak memory of all processes together (sum of their proportional set sizes, so
shared pages count once; sampling would slow the first run). Run it on an otherwise idle
machine.
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pss_mb(pids: list[int]) -> float:
    """Proportional set size of the processes together (Linux), in MB."""
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/smaps_rollup") as f:
                total += sum(int(line.split()[1]) for line in f if line.startswith("Pss:"))
        except OSError:
            pass
    return total / 1024


def children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return out


def parallel(articles, workers: int, repeat: int) -> None:
    """extract + store with ``workers`` processes: ``lagebild ingest --workers`` itself
    (``store.batch.ingest_articles``: forked workers extract, this process stores)."""
    import os
    import threading

    from lagebild.store import Store
    from lagebild.store.batch import ingest_articles
    from lagebild.workers import warm_up

    warm_up()     # as a long ingest would have: models loaded before the workers fork

    batch = [a.model_copy(update={"id": f"{a.id}-p{rep}"}) for rep in range(repeat) for a in articles]
    # two runs: the first measures speed undisturbed; the second samples the memory of all
    # processes once a second (reading /proc/PID/smaps_rollup walks a process's page tables:
    # it costs this process a few ms of kernel time per sample and holds up the workers)
    for sampled in (False, True):
        peak = [0.0]
        with tempfile.TemporaryDirectory() as tmp:
            store = Store(Path(tmp) / "bench-parallel.duckdb")
            stop = threading.Event()

            def sample():
                while not stop.is_set():
                    peak[0] = max(peak[0], pss_mb([os.getpid(), *children(os.getpid())]))
                    stop.wait(1.0)

            sampler = threading.Thread(target=sample, daemon=True)
            if sampled:
                sampler.start()
            t0 = time.perf_counter()
            r0, c0 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
            summary = ingest_articles(store, batch, workers=workers)
            dt = time.perf_counter() - t0
            r1, c1 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
            stop.set()
            if sampled:
                sampler.join()
            store.close()
        for failure in summary.failures:
            print(failure, file=sys.stderr)
        n = summary.stored
        if sampled:
            print(f"  peak memory of all processes together (PSS, second run, sampled once a second): "
                  f"{peak[0]:.0f} MB")
            continue
        print(f"ingest with {workers} worker processes: {n} articles in {dt:.2f} s = "
              f"{n / dt:.1f} articles/s (incl. starting the workers)")
        cpu = lambda a, b: (b.ru_utime + b.ru_stime) - (a.ru_utime + a.ru_stime)  # noqa: E731
        main_ms, workers_ms = cpu(r0, r1) / max(n, 1) * 1000, cpu(c0, c1) / max(n, 1) * 1000
        print(f"  CPU an article: workers {workers_ms:.0f} ms + this process (storing) {main_ms:.0f} ms; "
              f"at most {workers * 1000 / (workers_ms + main_ms):.1f} articles/s on {workers} free cores")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--repeat", type=int, default=5, help="passes over the articles (default 5)")
    ap.add_argument("--stages", default=None, help="comma-separated stage names (default: all)")
    ap.add_argument("--workers", type=int, default=0, help="also run extract + store in N processes")
    args = ap.parse_args(argv)

    from lagebild.ingest import IngestError, read
    from lagebild.pipeline import STAGES, Pipeline
    from lagebild.record import Record
    from lagebild.store import Store

    if args.paths:
        articles = [a for a in read(args.paths) if not isinstance(a, IngestError)]
    else:
        from lagebild import examples

        articles = examples.load()
    if not articles:
        print("no articles", file=sys.stderr)
        return 2

    stages = args.stages.split(",") if args.stages else list(STAGES)
    t0 = time.perf_counter()
    pipe = Pipeline(stages)
    for a in articles:  # load every lazy resource once (some load only for some inputs)
        pipe(a)
    load_s = time.perf_counter() - t0
    print(f"articles: {len(articles)} ({sum(len(a.text) for a in articles):,} characters), "
          f"stages: {', '.join(stages)}")
    print(f"load and warm-up (one pass, all models): {load_s:.2f} s, peak RSS so far {peak_mb():.0f} MB")

    per_stage: dict[str, float] = defaultdict(float)
    per_stage_cpu: dict[str, float] = defaultdict(float)
    n_tokens = 0
    n = 0
    t0 = time.perf_counter()
    c0 = time.process_time()
    from lagebild.doc import Doc

    for _ in range(args.repeat):
        for a in articles:
            doc = Doc(article=a.model_copy())
            for name, fn in pipe.stages:
                s, c = time.perf_counter(), time.process_time()
                fn(doc)
                per_stage[name] += time.perf_counter() - s
                per_stage_cpu[name] += time.process_time() - c
            Record.from_doc(doc)
            n_tokens += len(doc.tokens)
            n += 1
    dt = time.perf_counter() - t0
    cpu = time.process_time() - c0
    print(f"extract: {n} articles in {dt:.2f} s = {n / dt:.1f} articles/s, {n_tokens / dt:,.0f} tokens/s; "
          f"CPU {1000 * cpu / n:.0f} ms an article (= {n / cpu:.1f} articles per CPU-second)")
    for name, _ in pipe.stages:
        print(f"  {name:<10} {1000 * per_stage[name] / n:8.1f} ms/article wall {1000 * per_stage_cpu[name] / n:8.1f} ms CPU")

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.duckdb")
        t0 = time.perf_counter()
        k = 0
        for rep in range(args.repeat):
            for a in articles:
                # distinct ids so that every pass stores anew
                b = a.model_copy(update={"id": f"{a.id}-{rep}"})
                store.put(Record.from_doc(pipe(b)))
                k += 1
        dt = time.perf_counter() - t0
        store.close()
    print(f"ingest (extract + store): {k} articles in {dt:.2f} s = {k / dt:.1f} articles/s")
    print(f"peak RSS: {peak_mb():.0f} MB")
    if args.workers > 1:
        parallel(articles, args.workers, max(args.repeat, 2 * args.workers))
    return 0


if __name__ == "__main__":
    sys.exit(main())
