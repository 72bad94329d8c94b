"""Benchmark of the entities stage on composed German and English news paragraphs.

usage: PYTHONPATH=src python bench/entities.py [--lang de|en] [--errors] [--no-ablation]

Prints entity-level precision / recall / F1 (per type and overall), role and country
accuracy on matched entities, an ablation per candidate source (the full system without
each source, and each source alone), and tokens per second of the stage alone.

Matching: a predicted entity matches a gold entity of the same type when its canonical
name, or one of its mentions, equals the gold name or one of the gold aliases (case-folded);
one-to-one, in text order. MISC is not annotated in the dev set and not scored.
The first 30 paragraphs per language were used while writing the rules (errors looked at);
the rest are reported separately as held out (never inspected).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from lagebild import entities as stage
from lagebild.pipeline import Pipeline
from lagebild.record import Article

DATA = Path(__file__).parent / "data" / "entities"
TYPES = ("PER", "ORG", "GPE", "LOC", "NORP")
INSPECTED = 30


def load(lang: str) -> list[dict]:
    with open(DATA / f"dev.{lang}.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _names(e: dict) -> set[str]:
    return {n.casefold() for n in [e["name"], *e.get("aliases", [])]}


def match(gold: list[dict], pred: list) -> list[tuple[dict, object]]:
    pairs = []
    used = set()
    for g in gold:
        names = _names(g)
        for p in pred:
            if id(p) in used or p.type != g["type"]:
                continue
            ptexts = {p.name.casefold(), *(m.text.casefold() for m in p.mentions)}
            if names & ptexts:
                pairs.append((g, p))
                used.add(id(p))
                break
    return pairs


def role_ok(gold_roles: list[str], pred_roles: list[str]) -> bool:
    for g in gold_roles:
        for r in pred_roles:
            a, b = g.casefold(), r.casefold()
            if a == b or a.endswith(b) or b.endswith(a):
                return True
    return False


def score(items: list[tuple[dict, list]]) -> dict:
    tp = defaultdict(int)
    fp = defaultdict(int)
    fn = defaultdict(int)
    roles_n = roles_ok = ctry_n = ctry_ok = 0
    for gold_item, pred in items:
        pred = [p for p in pred if p.type in TYPES]
        gold = gold_item["entities"]
        pairs = match(gold, pred)
        matched_g = {id(g) for g, _ in pairs}
        matched_p = {id(p) for _, p in pairs}
        for g, p in pairs:
            tp[g["type"]] += 1
            if g.get("roles"):
                roles_n += 1
                roles_ok += role_ok(g["roles"], p.roles)
            if g.get("country"):
                ctry_n += 1
                ctry_ok += p.country == g["country"]
        for g in gold:
            if id(g) not in matched_g:
                fn[g["type"]] += 1
        for p in pred:
            if id(p) not in matched_p:
                fp[p.type] += 1
    out = {}
    for t in (*TYPES, "ALL"):
        a = sum(tp.values()) if t == "ALL" else tp[t]
        b = sum(fp.values()) if t == "ALL" else fp[t]
        c = sum(fn.values()) if t == "ALL" else fn[t]
        p = a / (a + b) if a + b else 0.0
        r = a / (a + c) if a + c else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[t] = (p, r, f, a + c)
    out["roles"] = (roles_ok, roles_n)
    out["country"] = (ctry_ok, ctry_n)
    return out


def fmt(s: dict) -> str:
    p, r, f, _ = s["ALL"]
    ro, rn = s["roles"]
    co, cn = s["country"]
    return (f"P {p:.3f} R {r:.3f} F1 {f:.3f} | roles {ro}/{rn} = {ro / max(rn, 1):.3f} | "
            f"country {co}/{cn} = {co / max(cn, 1):.3f}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", choices=("de", "en"), action="append")
    ap.add_argument("--errors", action="store_true", help="print misses and false positives (inspected part)")
    ap.add_argument("--no-ablation", action="store_true")
    args = ap.parse_args(argv)
    langs = args.lang or ["de", "en"]
    lang_pipe = Pipeline(("language",))
    try:
        import lagebild.entities.model  # noqa: F401
        model_state = "present"
    except ImportError:
        model_state = "absent (lagebild.entities.model not installed: the model source adds nothing)"
    print(f"model source: {model_state}")
    for lang in langs:
        data = load(lang)
        docs = [lang_pipe(Article(id=d["id"], language=lang, text=d["text"])) for d in data]
        ntok = sum(len(d.tokens) for d in docs)
        # warm-up (lexicons load once per process), then time the stage alone
        stage.preload(lang)
        stage.annotate(docs[0])
        t0 = time.perf_counter()
        for d in docs:
            stage.annotate(d)
        dt = time.perf_counter() - t0
        preds = [list(d.entities) for d in docs]
        insp = [(g, p) for g, p in zip(data, preds) if int(g["id"].split("-")[1]) <= INSPECTED]
        held = [(g, p) for g, p in zip(data, preds) if int(g["id"].split("-")[1]) > INSPECTED]
        n_gold = sum(len(g["entities"]) for g in data)
        print(f"\n== {lang}: {len(data)} paragraphs, {n_gold} gold entities, {ntok} tokens")
        print(f"speed: {ntok / dt:,.0f} tokens/s (entities stage alone, one process, after warm-up)")
        full = score(list(zip(data, preds)))
        print(f"all       : {fmt(full)}")
        print(f"inspected : {fmt(score(insp))}  ({len(insp)} paragraphs)")
        print(f"held out  : {fmt(score(held))}  ({len(held)} paragraphs)")
        print("per type  : " + "  ".join(
            f"{t} P {full[t][0]:.2f} R {full[t][1]:.2f} F {full[t][2]:.2f} (n={full[t][3]})" for t in TYPES))
        if args.errors:
            for g, pred in insp:
                pred = [p for p in pred if p.type in TYPES]
                pairs = match(g["entities"], pred)
                mg = {id(x) for x, _ in pairs}
                mp = {id(x) for _, x in pairs}
                for x in g["entities"]:
                    if id(x) not in mg:
                        print(f"  MISS {g['id']} {x['type']} {x['name']}")
                for p in pred:
                    if id(p) not in mp:
                        print(f"  FP   {g['id']} {p.type} {p.name!r}")
                for x, p in pairs:
                    if x.get("roles") and not role_ok(x["roles"], p.roles):
                        print(f"  ROLE {g['id']} {x['name']}: gold {x['roles']} pred {p.roles}")
                    if x.get("country") and p.country != x["country"]:
                        print(f"  CTRY {g['id']} {x['name']}: gold {x['country']} pred {p.country}")
        if args.no_ablation:
            continue
        print("ablation (F1 all / roles acc / country acc):")
        srcs = [s for s in stage.SOURCES if not (lang == "de" and s == "spacy")
                and not (lang == "en" and s in ("capitalized", "shape"))]
        for s in srcs:
            use = tuple(x for x in srcs if x != s)
            minus = score([(g, list(_run(d, use))) for g, d in zip(data, docs)])
            alone = score([(g, list(_run(d, (s,)))) for g, d in zip(data, docs)])
            print(f"  without {s:<12} F1 {minus['ALL'][2]:.3f} (delta {minus['ALL'][2] - full['ALL'][2]:+.3f})"
                  f"   alone F1 {alone['ALL'][2]:.3f} P {alone['ALL'][0]:.3f} R {alone['ALL'][1]:.3f}")
        for d in docs:  # restore
            stage.annotate(d)
    return 0


def _run(doc, use):
    stage.annotate(doc, use)
    return doc.entities


if __name__ == "__main__":
    sys.exit(main())
