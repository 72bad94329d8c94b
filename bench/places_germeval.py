#!/usr/bin/env python3
"""Recognition of the places stage on GermEval 2014 dev (German NER with LOC, LOCderiv, LOCpart).

An independent check of German recognition on text we did not write (Wikipedia and news
sentences, ../shared/data/ner/germeval2014-dev.tsv; the data is read, never committed).
No resolution gold there: only recognition.

- toponym recall: gold LOC spans (outer column) overlapped by a predicted place mention.
  GermEval's LOC also covers streets, buildings, rivers, mountains and continents that a
  gazetteer of countries, admin units and towns does not hold, so recall is a lower bound.
- adjective recall: gold LOCderiv spans ("deutsche", "kasachischen") overlapped by a mention.
- precision: predicted mentions overlapping any gold LOC, LOCderiv or LOCpart span (outer or
  inner column); the others are false places, printed with --verbose.

    PYTHONPATH=src python bench/places_germeval.py [--limit N] [--verbose]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "ner" / "germeval2014-dev.tsv"


def read(path: Path):
    sents, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if cur:
                sents.append(cur)
            cur = []
            continue
        parts = line.split("\t")
        cur.append((parts[1], parts[2], parts[3] if len(parts) > 3 else "O"))
    if cur:
        sents.append(cur)
    return sents


def spans(tags, offs):
    out, start, typ = [], None, None
    for k, t in enumerate(tags + ["O"]):
        if t.startswith("B-") or t == "O" or (t.startswith("I-") and t[2:] != typ):
            if start is not None:
                out.append((offs[start][0], offs[k - 1][1], typ))
                start, typ = None, None
            if t.startswith(("B-", "I-")):
                start, typ = k, t[2:]
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0, help="only the first N sentences")
    ap.add_argument("--per-doc", type=int, default=10, help="sentences per document")
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args()
    if not DATA.exists():
        print(f"missing {DATA}")
        return 1
    from lagebild import places
    from lagebild.pipeline import Pipeline
    from lagebild.record import Article

    sents = read(DATA)
    if args.limit:
        sents = sents[: args.limit]
    pre = Pipeline(("language",))
    gold_loc, gold_adj, gold_any = [], [], []
    preds = []
    t_places = 0.0
    for d0 in range(0, len(sents), args.per_doc):
        chunk = sents[d0:d0 + args.per_doc]
        text, offs_all = "", []
        for s in chunk:
            offs = []
            for tok, _o, _i in s:
                if text and not text.endswith("\n"):
                    text += " "
                offs.append((len(text), len(text) + len(tok)))
                text += tok
            text += "\n"
            offs_all.append(offs)
        doc = pre(Article(id=f"g{d0}", language="de", text=text))
        t = time.perf_counter()
        places.annotate(doc)
        t_places += time.perf_counter() - t
        base = len(gold_any)
        for s, offs in zip(chunk, offs_all):
            for col in (1, 2):
                for a, b, typ in spans([x[col] for x in s], offs):
                    if typ.startswith("LOC"):
                        gold_any.append((d0, a, b, typ))
                        if col == 1 and typ == "LOC":
                            gold_loc.append((d0, a, b, text[a:b]))
                        if col == 1 and typ == "LOCderiv":
                            gold_adj.append((d0, a, b, text[a:b]))
        for p in doc.places:
            for m in p.mentions:
                preds.append((d0, m.start, m.end, m.text, p.name, p.country, text))

    def ov(x, y):
        return x[0] == y[0] and x[1] < y[2] and y[1] < x[2]

    tp = [p for p in preds if any(ov(p, g) for g in gold_any)]
    fp = [p for p in preds if not any(ov(p, g) for g in gold_any)]
    r_loc = sum(1 for g in gold_loc if any(ov(p, g) for p in preds))
    r_adj = sum(1 for g in gold_adj if any(ov(p, g) for p in preds))
    P = len(tp) / len(preds) if preds else 0.0
    print(f"GermEval 2014 dev: {len(sents)} sentences | predicted mentions {len(preds)}, precision {P:.3f} "
          f"| LOC recall {r_loc}/{len(gold_loc)} = {r_loc / max(1, len(gold_loc)):.3f} "
          f"| LOCderiv recall {r_adj}/{len(gold_adj)} = {r_adj / max(1, len(gold_adj)):.3f} "
          f"| places stage {len(range(0, len(sents), args.per_doc)) / t_places:.0f} docs/s ({args.per_doc} sentences each)")
    if args.verbose:
        for d0, a, b, s, name, cc, text in fp:
            ctx = text[max(0, a - 40):b + 40].replace("\n", " ")
            print(f"  FALSE {s!r} -> {name} {cc} | {ctx}")
        for d0, a, b, s in gold_loc:
            if not any(ov(p, (d0, a, b)) for p in preds):
                print(f"  MISS {s!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
