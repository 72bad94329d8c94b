"""Speed and memory of the whole pipeline: extract and ingest.

usage: python bench/pipeline.py [PATH ...] [--repeat N] [--stages a,b,c]

Without PATH it runs on the bundled example articles. Prints articles/second,
tokens/second, the time spent in each stage, and the peak resident memory of the
process (which includes loading every model once). Run it on an otherwise idle machine.
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


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--repeat", type=int, default=5, help="passes over the articles (default 5)")
    ap.add_argument("--stages", default=None, help="comma-separated stage names (default: all)")
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
    n_tokens = 0
    n = 0
    t0 = time.perf_counter()
    from lagebild.doc import Doc

    for _ in range(args.repeat):
        for a in articles:
            doc = Doc(article=a.model_copy())
            for name, fn in pipe.stages:
                s = time.perf_counter()
                fn(doc)
                per_stage[name] += time.perf_counter() - s
            Record.from_doc(doc)
            n_tokens += len(doc.tokens)
            n += 1
    dt = time.perf_counter() - t0
    print(f"extract: {n} articles in {dt:.2f} s = {n / dt:.1f} articles/s, {n_tokens / dt:,.0f} tokens/s")
    for name, _ in pipe.stages:
        print(f"  {name:<10} {1000 * per_stage[name] / n:8.1f} ms/article")

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
    return 0


if __name__ == "__main__":
    sys.exit(main())
