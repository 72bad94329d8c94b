"""Baseline for comparison only (never shipped): a plain spaCy CNN NER (blank German
pipeline, default HashEmbedCNN tok2vec + transition-based NER) trained on exactly the same
training sentences as train_ner.py and scored on the same held-out GermEval split.

    nice -n 10 python training/train_cnn_baseline.py --data ../shared/data

Writes the held-out scores to bench/data/ner/cnn-baseline-result.json (read by bench/ner.py).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "src"))
sys.path.insert(0, os.path.join(ROOT, "training"))

import spacy  # noqa: E402
from spacy.tokens import Doc  # noqa: E402
from spacy.training import Example, iob_to_biluo  # noqa: E402
from spacy.util import minibatch  # noqa: E402

from lagebild.entities.evaluate import bio_to_spans, score  # noqa: E402
from train_ner import load_corpora  # noqa: E402

OUT = os.path.join(ROOT, "bench", "data", "ner", "cnn-baseline-result.json")


def to_example(nlp, s):
    doc = Doc(nlp.vocab, words=s.words)
    return Example.from_dict(doc, {"entities": iob_to_biluo(s.tags)})


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    ap.add_argument("--config", default=os.path.join(ROOT, "training", "ner.json"))
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--out", default=OUT)
    args = ap.parse_args(argv)
    with open(args.config, encoding="utf-8") as f:
        cfg = json.load(f)
    train_s, held_s = load_corpora(cfg, args.data)
    random.seed(cfg["seed"])
    spacy.util.fix_random_seed(cfg["seed"])
    nlp = spacy.blank("de")
    nlp.add_pipe("ner")
    train = [to_example(nlp, s) for s in train_s]
    nlp.initialize(lambda: train)
    best = None
    # the held-out split is used for epoch selection here too, exactly like the model
    for ep in range(args.epochs):
        t0 = time.time()
        random.shuffle(train)
        losses = {}
        for batch in minibatch(train, size=32):
            nlp.update(batch, drop=0.2, losses=losses)
        pred = []
        for s in held_s:
            doc = nlp(Doc(nlp.vocab, words=s.words))
            pred.append([(e.start, e.end, e.label_) for e in doc.ents])
        res = score([bio_to_spans(s.tags) for s in held_s], pred)
        f1 = res["overall"]["f1"]
        print(f"epoch {ep + 1}: loss {losses.get('ner', 0):.1f} held-out F1 {f1:.4f} "
              f"{ {t: round(m['f1'], 3) for t, m in res['per_type'].items()} } ({time.time() - t0:.0f}s)", flush=True)
        if best is None or f1 > best["overall"]["f1"]:
            best = res | {"epoch": ep + 1}
    best["system"] = "spaCy 3.8 blank('de') CNN NER, same training data and held-out split"
    best["train_sentences"] = len(train_s)
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(best, f, indent=1)
    print(f"best epoch {best['epoch']}: F1 {best['overall']['f1']:.4f}; wrote {args.out}")


if __name__ == "__main__":
    main()
