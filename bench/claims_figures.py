#!/usr/bin/env python3
"""Benchmark of the figures and claims stages on the composed dev set.

usage: PYTHONPATH=src python bench/claims_figures.py [--lang de|en] [--show]

Runs the pipeline (language, entities, places, times, figures, claims) over every
snippet of bench/data/claims/{dev,heldout}.<lang>.jsonl (dev: composed before the rules
and used while developing them; heldout: composed after, never tuned on) and prints per-field precision, recall
and F1 for figures (detection, kind, min/max, estimate) and claims (detection, mode,
speaker, channel, content span overlap, hedged), per language, plus sentences/second.

Matching: a predicted item is paired with the gold item it overlaps most (figures: the
figure span; claims: the content span), one to one. A field counts as correct when the
pair agrees on it; precision divides by all predicted items, recall by all gold items.
Content counts when the character overlap is at least half (Dice >= 0.5).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from lagebild import claims as claims_stage
from lagebild import figures as figures_stage
from lagebild.ingest import make_article
from lagebild.pipeline import Pipeline

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "claims"
STAGES = ("language", "entities", "places", "times")
PRONOUNS = {"er", "sie", "es", "he", "she", "they", "it", "wir", "we", "man", "ich", "i"}


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def pair(pred: list, gold: list, pspan, gspan) -> list[tuple[int, int]]:
    cands = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            ov = overlap(pspan(p), gspan(g))
            if ov > 0:
                cands.append((ov, i, j))
    used_p, used_g, out = set(), set(), []
    for ov, i, j in sorted(cands, reverse=True):
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j))
    return out


def speaker_names(doc, c) -> list[str]:
    names = []
    if c.speaker:
        ent = doc.item(c.speaker)
        if ent is not None:
            names.append(ent.name)
            names += [m.text for m in ent.mentions]
    if c.speaker_text:
        names.append(c.speaker_text)
    return names


def channel_names(doc, c) -> list[list[str]]:
    out = []
    for ref in c.channel:
        ent = doc.item(ref)
        out.append([ent.name] + [m.text for m in ent.mentions] if ent is not None else [ref])
    return out


def run(lang: str, show: bool, which: str = "dev") -> dict:
    items = [json.loads(line) for line in (DATA / f"{which}.{lang}.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    pipe = Pipeline(STAGES)
    pipe(make_article(items[0]["text"], language=lang))  # load models once, outside the timing
    counts = {k: [0, 0, 0] for k in ("figure", "fig.kind", "fig.min/max", "fig.estimate",
                                     "claim", "claim.mode", "claim.speaker", "claim.channel",
                                     "claim.content", "claim.hedged")}
    n_sent = 0
    t_total = 0.0
    t_stages = 0.0
    for it in items:
        text = it["text"]
        t0 = time.perf_counter()
        doc = pipe(make_article(text, language=lang))
        t1 = time.perf_counter()
        figures_stage.annotate(doc)
        claims_stage.annotate(doc)
        t2 = time.perf_counter()
        t_total += t2 - t0
        t_stages += t2 - t1
        n_sent += len(doc.sentences)
        # figures
        gold = []
        for g in it["figures"]:
            s = text.find(g[0])
            gold.append({"span": (s, s + len(g[0])), "kind": g[1], "min": g[2], "max": g[3], "estimate": g[4]})
        pred = doc.figures
        pairs = pair(pred, gold, lambda f: (f.start, f.end), lambda g: g["span"])
        for key in ("figure", "fig.kind", "fig.min/max", "fig.estimate"):
            counts[key][1] += len(pred)
            counts[key][2] += len(gold)
        for i, j in pairs:
            f, g = pred[i], gold[j]
            counts["figure"][0] += 1
            counts["fig.kind"][0] += f.kind == g["kind"]
            counts["fig.min/max"][0] += (f.min, f.max) == (g["min"], g["max"])
            counts["fig.estimate"][0] += f.estimate == g["estimate"]
        bad_fig = len(pairs) != len(pred) or len(pairs) != len(gold) or any(
            (pred[i].kind, pred[i].min, pred[i].max, pred[i].estimate)
            != (gold[j]["kind"], gold[j]["min"], gold[j]["max"], gold[j]["estimate"]) for i, j in pairs)
        # claims
        gold = []
        for g in it["claims"]:
            s = text.find(g["content"])
            gold.append({**g, "span": (s, s + len(g["content"]))})
        pred = doc.claims
        pairs = pair(pred, gold, lambda c: (c.content_start, c.content_end), lambda g: g["span"])
        for key in ("claim", "claim.mode", "claim.speaker", "claim.channel", "claim.content", "claim.hedged"):
            counts[key][1] += len(pred)
            counts[key][2] += len(gold)
        bad_claim = len(pairs) != len(pred) or len(pairs) != len(gold)
        for i, j in pairs:
            c, g = pred[i], gold[j]
            counts["claim"][0] += 1
            counts["claim.mode"][0] += c.mode == g["mode"]
            names = speaker_names(doc, c)
            if g["speaker"] is None:
                ok_sp = not [n for n in names if n.lower() not in PRONOUNS]
            else:
                ok_sp = any(g["speaker"].lower() in n.lower() for n in names)
            counts["claim.speaker"][0] += ok_sp
            chans = channel_names(doc, c)
            ok_ch = len(chans) == len(g["channel"]) and all(
                any(any(gc.lower() in n.lower() or n.lower() in gc.lower() for n in ch) for ch in chans)
                for gc in g["channel"])
            counts["claim.channel"][0] += ok_ch
            ps, gs = (c.content_start, c.content_end), g["span"]
            ok_ct = 2 * overlap(ps, gs) / ((ps[1] - ps[0]) + (gs[1] - gs[0])) >= 0.5
            counts["claim.content"][0] += ok_ct
            counts["claim.hedged"][0] += c.hedged == g["hedged"]
            bad_claim |= not (ok_sp and ok_ch and ok_ct and c.mode == g["mode"] and c.hedged == g["hedged"])
        if show and (bad_fig or bad_claim):
            print(f"--- {it['id']}: {text}")
            if bad_fig:
                print("  gold figs:", it["figures"])
                print("  pred figs:", [(f.text, f.kind, f.min, f.max, f.estimate, f.qualifier, f.who) for f in doc.figures])
            if bad_claim:
                print("  gold claims:", [(g["mode"], g["speaker"], g["content"], g["channel"], g["hedged"]) for g in it["claims"]])
                print("  pred claims:", [(c.mode, c.speaker_text, c.content, [n[0] for n in channel_names(doc, c)], c.hedged, c.cue) for c in doc.claims])
    return {"counts": counts, "sentences": n_sent, "seconds": t_total, "stage_seconds": t_stages,
            "items": len(items)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", choices=["de", "en"], action="append")
    ap.add_argument("--show", action="store_true", help="print every snippet with an error")
    ap.add_argument("--set", choices=["dev", "heldout"], action="append",
                    help="dev: the set the rules were developed on; heldout: written after the rules, never tuned on")
    args = ap.parse_args(argv)
    for which in args.set or ["dev", "heldout"]:
        for lang in args.lang or ["de", "en"]:
            res = run(lang, args.show, which)
            print(f"== {which}.{lang}: {res['items']} snippets, {res['sentences']} sentences, "
                  f"{res['sentences'] / res['seconds']:.1f} sentences/second (pipeline up to claims), "
                  f"{res['sentences'] / res['stage_seconds']:.1f} sentences/second (figures + claims alone)")
            print(f"{'field':<15} {'P':>6} {'R':>6} {'F1':>6}   (tp/pred/gold)")
            for key, (tp, n_pred, n_gold) in res["counts"].items():
                p, r, f = prf(tp, n_pred, n_gold)
                print(f"{key:<15} {p:6.3f} {r:6.3f} {f:6.3f}   ({tp}/{n_pred}/{n_gold})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
