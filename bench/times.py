"""Benchmark of the times stage on the hand-composed development set.

usage: PYTHONPATH=src python bench/times.py [--lang de|en] [--split dev|heldout|heldout2|narrative|heldout3|heldout4|heldout5] [--errors]

Prints, per language: extraction precision/recall/F1 with strict spans (exact offsets)
and relaxed spans (any overlap), value accuracy over the relaxed matches, value F1
(a predicted expression counts when it overlaps a gold one and has its value), and the
speed of the times stage alone in expressions per second (the language stage runs
before it and is not timed). The data format is described in bench/data/times/README.md.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "times"
MARK = re.compile(r"\[\[(.+?)\|(.*?)\]\]")


def parse_devset(path: Path) -> list[dict]:
    """Documents with their text and gold expressions (start, end, text, value)."""
    docs: list[dict] = []
    cur: dict | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            pub = line[1:].strip()
            cur = {"published": None if pub == "none" else pub, "paragraphs": []}
            docs.append(cur)
            continue
        if cur is None:
            raise ValueError(f"{path}: text before the first @ line")
        cur["paragraphs"].append(line)
    out = []
    for n, d in enumerate(docs):
        text, gold = "", []
        for k, para in enumerate(d["paragraphs"]):
            if k:
                text += "\n\n"
            pos = 0
            for m in MARK.finditer(para):
                text += para[pos:m.start()]
                start = len(text)
                text += m.group(1)
                gold.append({"start": start, "end": len(text), "text": m.group(1), "value": m.group(2)})
                pos = m.end()
            text += para[pos:]
        if "[[" in text or "]]" in text:
            raise ValueError(f"{path}: unbalanced markup in document {n}")
        out.append({"id": f"{path.stem}-{n}", "published": d["published"], "text": text, "gold": gold})
    return out


def prf(tp_p: int, n_pred: int, tp_g: int, n_gold: int) -> tuple[float, float, float]:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_g / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate(lang: str, show_errors: bool = False, split: str = "dev") -> dict:
    from lagebild.doc import Doc
    from lagebild import language, times
    from lagebild.record import Article

    docs = parse_devset(DATA / f"{split}.{lang}.txt")
    prepared = []
    for d in docs:
        doc = Doc(article=Article(id=d["id"], language=lang, published=d["published"], text=d["text"]))
        language.annotate(doc)
        prepared.append((d, doc))
    times.annotate(prepared[0][1])  # warm up: lexicons and patterns load once per process
    elapsed = 0.0
    n_gold = n_pred = strict_p = strict_g = relax_p = relax_g = value_ok = value_pred_ok = 0
    errors = []
    for d, doc in prepared:
        doc.times = []
        t0 = time.perf_counter()
        times.annotate(doc)
        elapsed += time.perf_counter() - t0
        pred = doc.times
        gold = d["gold"]
        n_gold += len(gold)
        n_pred += len(pred)
        for p in pred:
            if any(g["start"] == p.start and g["end"] == p.end for g in gold):
                strict_p += 1
            ov = [g for g in gold if g["start"] < p.end and p.start < g["end"]]
            if ov:
                relax_p += 1
                if any(g["value"] == p.value for g in ov):
                    value_pred_ok += 1
            else:
                errors.append(("FP", d["published"], p.text, p.value, "", _context(d["text"], p.start, p.end)))
        for g in gold:
            if any(g["start"] == p.start and g["end"] == p.end for p in pred):
                strict_g += 1
            ov = [p for p in pred if p.start < g["end"] and g["start"] < p.end]
            if ov:
                relax_g += 1
                best = min(ov, key=lambda p: abs(p.start - g["start"]) + abs(p.end - g["end"]))
                if any(p.value == g["value"] for p in ov):
                    value_ok += 1
                else:
                    errors.append(("VAL", d["published"], g["text"], best.value, g["value"],
                                   _context(d["text"], g["start"], g["end"])))
                if not any(g["start"] == p.start and g["end"] == p.end for p in ov):
                    errors.append(("SPAN", d["published"], g["text"], best.text, "",
                                   _context(d["text"], g["start"], g["end"])))
            else:
                errors.append(("FN", d["published"], g["text"], "", g["value"], _context(d["text"], g["start"], g["end"])))
    sp, sr, sf = prf(strict_p, n_pred, strict_g, n_gold)
    rp, rr, rf = prf(relax_p, n_pred, relax_g, n_gold)
    vp, vr, vf = prf(value_pred_ok, n_pred, value_ok, n_gold)
    res = {
        "lang": lang, "documents": len(docs), "gold": n_gold, "predicted": n_pred,
        "strict": (sp, sr, sf), "relaxed": (rp, rr, rf),
        "value_accuracy": value_ok / relax_g if relax_g else 0.0, "value_f1": vf,
        "expr_per_s": n_pred / elapsed if elapsed else 0.0,
        "chars_per_s": sum(len(d["text"]) for d, _ in prepared) / elapsed if elapsed else 0.0,
    }
    if show_errors:
        for e in errors:
            print("  %-4s %-10s %-30r got %-22s gold %-22s | %s" % (e[0], e[1], e[2], e[3], e[4], e[5]))
    return res


def _context(text: str, s: int, e: int, w: int = 45) -> str:
    return (text[max(0, s - w):s] + "[" + text[s:e] + "]" + text[e:e + w]).replace("\n", " ")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", choices=["de", "en"], action="append")
    ap.add_argument("--errors", action="store_true", help="list misses, false alarms and wrong values")
    ap.add_argument("--split", choices=["dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "narrative"], action="append",
                    help="dev (the development set), heldout (written after the grammar; its first run is in heldout_first_run.txt), heldout2 (written last, not tuned on), narrative (background and history passages), heldout3 (agency-style parts of day, bounds and anchored relatives; first run in heldout3_first_run.txt), heldout4 (written after the heldout3 fixes; first run in heldout4_first_run.txt), heldout5 (written after the heldout4 fixes; first run in heldout5_first_run.txt)")
    args = ap.parse_args(argv)
    for split in args.split or ["dev", "heldout", "heldout2", "narrative", "heldout3", "heldout4", "heldout5"]:
        for lang in args.lang or ["de", "en"]:
            report(lang, split, args.errors)
    return 0


def report(lang: str, split: str, errors: bool) -> None:
    r = evaluate(lang, errors, split)
    if True:
        lang = f"{split} {lang}"
        print(f"[{lang}] documents {r['documents']}, gold expressions {r['gold']}, predicted {r['predicted']}")
        print("[%s] extraction strict  P %.3f R %.3f F1 %.3f" % (lang, *r["strict"]))
        print("[%s] extraction relaxed P %.3f R %.3f F1 %.3f" % (lang, *r["relaxed"]))
        print("[%s] value accuracy (of relaxed matches) %.3f, value F1 %.3f" % (lang, r["value_accuracy"], r["value_f1"]))
        print("[%s] speed %.0f expressions/s, %.0f chars/s (times stage only)" % (lang, r["expr_per_s"], r["chars_per_s"]))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
