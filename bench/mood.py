"""Benchmark: German verb mood (Konjunktiv detection) against Universal Dependencies.

Reads the UD German treebanks in ``../shared/data/ud/*.conllu`` (not part of the repo),
tags each sentence with lagebild's German language layer (HanTa POS/lemma + our mood
rules) on the UD tokenization (surface tokens; multi-word tokens such as "zum" stay one
token, as our tokenizer leaves them), and compares with the gold ``Mood`` feature.

Positive class: ``Mood=Sub``. Counted over every token that is a finite verb in the gold
(``VerbForm=Fin`` or, in PUD which has no VerbForm, any ``Mood`` feature) or that we mark
finite, so a subjunctive we put on a non-finite token is a false positive and a gold
subjunctive we failed to see as finite is a false negative.

The sub1/sub2 split is checked against UD's ``Tense`` on true positives:
Konjunktiv I = ``Mood=Sub|Tense=Pres``, Konjunktiv II = ``Mood=Sub|Tense=Past``.

Usage: python bench/mood.py [FILE.conllu ...] [--errors N] [--only NAME]
"""
from __future__ import annotations

import argparse
import glob
import os
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from lagebild.doc import Doc, Sentence, Token  # noqa: E402
from lagebild.language import de  # noqa: E402
from lagebild.record import Article  # noqa: E402

UD_DIR = ROOT.parent / "shared" / "data" / "ud"


def feats(s: str) -> dict[str, str]:
    if s in ("_", ""):
        return {}
    return dict(kv.split("=", 1) for kv in s.split("|") if "=" in kv)


def read_conllu(path: Path):
    """Yield sentences as lists of (form, gold_feats_of_surface_token)."""
    sent: list[tuple[str, dict[str, str]]] = []
    span_end = 0
    span_idx = -1
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if sent:
                    yield sent
                sent, span_end, span_idx = [], 0, -1
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 10:
                continue
            tid = cols[0]
            if "." in tid:
                continue  # empty nodes
            if "-" in tid:
                a, b = tid.split("-")
                sent.append((cols[1], {}))
                span_end, span_idx = int(b), len(sent) - 1
                continue
            if int(tid) <= span_end:
                # a word inside a multi-word token: merge its verb features (rare in German)
                fe = feats(cols[5])
                if "Mood" in fe or fe.get("VerbForm") == "Fin":
                    sent[span_idx] = (sent[span_idx][0], fe)
                continue
            sent.append((cols[1], feats(cols[5])))
    if sent:
        yield sent


def make_doc(sent: list[tuple[str, dict[str, str]]]) -> Doc:
    parts, tokens, pos = [], [], 0
    for i, (form, _fe) in enumerate(sent):
        tokens.append(Token(i=i, text=form, start=pos, end=pos + len(form)))
        parts.append(form)
        pos += len(form) + 1
    text = " ".join(parts)
    doc = Doc(article=Article(id="ud", language="de", text=text))
    doc.tokens = tokens
    doc.sentences = [Sentence(i=0, start=0, end=len(text), tok_start=0, tok_end=len(tokens))]
    return doc


def gold_finite(fe: dict[str, str]) -> bool:
    return fe.get("VerbForm") == "Fin" or "Mood" in fe


def evaluate(path: Path, n_errors: int = 0):
    c = Counter()
    errs: list[str] = []
    n_tok = 0
    t_tag = 0.0
    for sent in read_conllu(path):
        doc = make_doc(sent)
        t0 = time.perf_counter()
        de.tag(doc)
        t_tag += time.perf_counter() - t0
        n_tok += len(doc.tokens)
        for tok, (form, fe) in zip(doc.tokens, sent):
            gf = gold_finite(fe)
            if gf:
                c["gold_fin"] += 1
                c["fin_found"] += tok.finite
            c["pred_fin"] += tok.finite
            if not gf and not tok.finite:
                continue
            g = fe.get("Mood") == "Sub"
            p = tok.mood in ("sub1", "sub2")
            if g and p:
                c["tp"] += 1
                tense = fe.get("Tense")
                if tense in ("Pres", "Past"):
                    c["split_n"] += 1
                    c["split_ok"] += (tense == "Pres") == (tok.mood == "sub1")
            elif p:
                c["fp"] += 1
            elif g:
                c["fn"] += 1
            if (g != p) and len(errs) < n_errors:
                ctx = " ".join(f"[{t.text}]" if t is tok else t.text for t in doc.tokens)
                errs.append(f"{'FP' if p else 'FN'} {tok.text} ({tok.pos} {tok.lemma} {tok.mood}; "
                            f"gold {fe.get('Mood')} {fe.get('Tense')}): {ctx}")
    return c, n_tok, t_tag, errs


def prf(c: Counter) -> tuple[float, float, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*")
    ap.add_argument("--errors", type=int, default=0, help="print up to N errors per file")
    args = ap.parse_args()
    files = [Path(f) for f in args.files] or [Path(f) for f in sorted(glob.glob(str(UD_DIR / "*.conllu")))]
    if not files:
        sys.exit(f"no .conllu files found in {UD_DIR}")
    de._tagger()  # load once, outside the timing
    rows, total, tot_tok, tot_t = [], Counter(), 0, 0.0
    for f in files:
        c, n_tok, t, errs = evaluate(f, args.errors)
        for e in errs:
            print(e)
        rows.append((f.stem, c, n_tok, t))
        total += c
        tot_tok += n_tok
        tot_t += t
    rows.append(("overall", total, tot_tok, tot_t))
    hdr = (f"{'file':<22} {'fin.verbs':>9} {'fin.R':>6} {'fin.P':>6} {'gold Sub':>8} {'TP':>5} {'FP':>4} {'FN':>4} "
           f"{'P':>6} {'R':>6} {'F1':>6} {'I/II ok':>8} {'tok/s':>7}")
    print(hdr)
    print("-" * len(hdr))
    for name, c, n_tok, t in rows:
        p, r, f1 = prf(c)
        split = f"{c['split_ok'] / c['split_n']:.3f}" if c["split_n"] else "-"
        fin = f"{c['fin_found'] / c['gold_fin']:.3f}" if c["gold_fin"] else "-"
        finp = f"{c['fin_found'] / c['pred_fin']:.3f}" if c["pred_fin"] else "-"
        print(f"{name:<22} {c['gold_fin']:>9} {fin:>6} {finp:>6} {c['tp'] + c['fn']:>8} {c['tp']:>5} {c['fp']:>4} "
              f"{c['fn']:>4} {p:>6.3f} {r:>6.3f} {f1:>6.3f} {split:>8} {n_tok / t if t else 0:>7.0f}")
    print(f"\nP/R/F1: Konjunktiv (Mood=Sub) vs. indicative over finite verbs; fin.R / fin.P: recall / "
          f"precision of finiteness (VerbForm=Fin); I/II ok: Konjunktiv I vs II agrees with UD Tense on true "
          f"positives; tok/s: HanTa tagging + mood, one process, {os.cpu_count()} cores shared.")


if __name__ == "__main__":
    main()
