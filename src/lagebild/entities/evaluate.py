"""Strict span evaluation of the NER model on GermEval-2014 or CoNLL-style files.

Formats
- ``germeval``: ``index<TAB>token<TAB>outer<TAB>inner`` lines, ``#`` comment lines with the
  source, blank lines between sentences. Outer column only; OTH -> MISC; ``*deriv`` and
  ``*part`` (e.g. ``B-LOCderiv``) are not entities (O).
- ``conll``: one token per line, the token first and the tag last (whitespace separated),
  IOB1 or IOB2 tags (PER/ORG/LOC/MISC); ``-DOCSTART-`` lines ignored. Europarl-de's tsv
  (token, lemma, POS, chunk, NER) reads the same way.

Scores are strict: a predicted span counts only with the exact token start, end and type.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

TYPES = ("PER", "ORG", "LOC", "MISC")
_GERMEVAL_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "OTH": "MISC"}


@dataclass
class Sentence:
    words: list[str]
    tags: list[str]                      # BIO (IOB2) over TYPES
    doc: str = ""                        # document id (GermEval: source URL)
    meta: dict = field(default_factory=dict)

    def spans(self) -> list[tuple[int, int, str]]:
        return bio_to_spans(self.tags)


def bio_to_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Token spans (start, end exclusive, type) from IOB2 tags (a stray I- starts a span)."""
    spans = []
    start, typ = None, None
    for i, t in enumerate(list(tags) + ["O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != typ):
            if typ is not None:
                spans.append((start, i, typ))
                start, typ = None, None
            if t != "O":
                start, typ = i, t[2:]
    return spans


def iob1_to_bio(tags: list[str]) -> list[str]:
    out = []
    prev = "O"
    for t in tags:
        if t.startswith("I-") and (prev == "O" or prev[2:] != t[2:]):
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def _germeval_tag(tag: str) -> str:
    if tag == "O" or len(tag) < 3:
        return "O"
    bio, typ = tag[:2], tag[2:]
    if typ.endswith("deriv") or typ.endswith("part"):
        return "O"
    typ = _GERMEVAL_TYPES.get(typ)
    return bio + typ if typ else "O"


def read_germeval(path: str) -> list[Sentence]:
    sents: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    doc = ""
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#\t") or line.startswith("# "):
                parts = line.split("\t")
                doc = parts[1] if len(parts) > 1 else line
                continue
            if not line.strip():
                if words:
                    sents.append(Sentence(words, _fix_bio(tags), doc))
                    words, tags = [], []
                continue
            cols = line.split("\t")
            words.append(cols[1])
            tags.append(_germeval_tag(cols[2]))
    if words:
        sents.append(Sentence(words, _fix_bio(tags), doc))
    return sents


def _fix_bio(tags: list[str]) -> list[str]:
    """After dropping deriv/part, an I- may follow O: make it B-."""
    out = []
    prev = "O"
    for t in tags:
        if t.startswith("I-") and prev[2:] != t[2:]:
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def read_conll(path: str) -> list[Sentence]:
    sents: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    ndoc = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.split()
            if not cols:
                if words:
                    sents.append(Sentence(words, iob1_to_bio(tags), f"{path}#{ndoc}"))
                    words, tags = [], []
                continue
            if cols[0] == "-DOCSTART-":
                ndoc += 1
                continue
            tag = cols[-1] if len(cols) > 1 else "O"
            if tag != "O" and (len(tag) < 3 or tag[2:] not in TYPES or tag[:2] not in ("B-", "I-")):
                tag = "O"
            words.append(cols[0])
            tags.append(tag)
    if words:
        sents.append(Sentence(words, iob1_to_bio(tags), f"{path}#{ndoc}"))
    return sents


def read(path: str, format: str) -> list[Sentence]:
    if format == "germeval":
        return read_germeval(path)
    if format == "conll":
        return read_conll(path)
    raise ValueError(f"unknown format {format!r} (germeval|conll)")


# -- scoring -------------------------------------------------------------------
def score(gold: list[list[tuple[int, int, str]]], pred: list[list[tuple[int, int, str]]]) -> dict:
    tp, fp, fn = Counter(), Counter(), Counter()
    for g, p in zip(gold, pred):
        gs, ps = set(g), set(p)
        for s in ps & gs:
            tp[s[2]] += 1
        for s in ps - gs:
            fp[s[2]] += 1
        for s in gs - ps:
            fn[s[2]] += 1
    res: dict = {"per_type": {}}
    for t in TYPES:
        res["per_type"][t] = _prf(tp[t], fp[t], fn[t])
    res["overall"] = _prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    res["sentences"] = len(gold)
    return res


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn, "support": tp + fn}


def char_spans_to_token_spans(offsets: list[tuple[int, int]], spans) -> list[tuple[int, int, str]]:
    """Map character spans (start, end, label, ...) onto word indices (words overlapping)."""
    out = []
    for sp in spans:
        s, e, lab = sp[0], sp[1], sp[2]
        idx = [i for i, (a, b) in enumerate(offsets) if b > s and a < e]
        if idx:
            out.append((idx[0], idx[-1] + 1, lab))
    return out


def evaluate(path: str, format: str = "germeval", lang: str = "de", sentences: list[Sentence] | None = None) -> dict:
    """P/R/F1 per type and overall of the NER model (for English: the per-label
    combination with spaCy that :mod:`lagebild.entities.model` uses)."""
    from .model import predict_words

    sents = sentences if sentences is not None else read(path, format)
    preds = predict_words([s.words for s in sents], lang)
    gold = [s.spans() for s in sents]
    res = score(gold, [[(a, b, lab) for a, b, lab, _ in p] for p in preds])
    res["file"] = path
    res["format"] = format
    res["lang"] = lang
    return res


def format_report(res: dict) -> str:
    lines = [f"NER evaluation: {res.get('file', '')} (format {res.get('format', '?')}, lang {res.get('lang', '?')}, "
             f"{res.get('sentences', 0)} sentences; strict outer spans)",
             f"{'type':<8}{'P':>8}{'R':>8}{'F1':>8}{'gold':>8}{'pred':>8}"]
    rows = list(res["per_type"].items()) + [("overall", res["overall"])]
    for t, m in rows:
        lines.append(f"{t:<8}{m['precision']:>8.3f}{m['recall']:>8.3f}{m['f1']:>8.3f}"
                     f"{m['support']:>8d}{m['tp'] + m['fp']:>8d}")
    return "\n".join(lines)
