"""XLM-R SentencePiece-unigram tokenizer rebuilt from the E5S1 file, with character spans.

Pipeline (spec ``e5s1-format.md``): NFC; map every code point through the normalizer table
(replacement may be empty = deletion); collapse runs of spaces; prefix U+2581 unless the
text starts with a space; spaces become U+2581; best-scoring (Viterbi) split into pieces,
each unknown character its own ``<unk>``.

Every piece of the vocabulary carries U+2581 only as its first character, so a piece
boundary falls before every U+2581 and the Viterbi search splits exactly into independent
segments (one per "word"); segments are cached.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

import numpy as np

META = "\u2581"


class Tokenizer:
    def __init__(self, pieces: list[str], scores: np.ndarray, norm: dict[int, tuple[int, ...]],
                 bos: int = 0, eos: int = 2, pad: int = 1, unk: int = 3):
        self.bos, self.eos, self.pad, self.unk = bos, eos, pad, unk
        self.pieces = pieces
        sc = [float(x) for x in scores.astype(np.float32)]
        # piece -> (id, score); the first occurrence wins like the reference hash lookup
        vocab: dict[str, tuple[int, float]] = {}
        for i, p in enumerate(pieces):
            if i == unk or not p or p in vocab:
                continue
            vocab[p] = (i, sc[i])
        self._vocab = vocab
        self.unk_score = float(np.float32(min(sc)) - np.float32(10.0))
        self.max_piece_bytes = max(len(p.encode("utf-8")) for p in pieces)
        self.max_piece_chars = max(len(p) for p in pieces)
        self._norm = {cp: "".join(chr(c) for c in rep) for cp, rep in norm.items()}
        self._segment = lru_cache(maxsize=200_000)(self._viterbi)

    # -- normalization with alignment ---------------------------------------
    def normalize(self, text: str) -> tuple[str, list[int], list[int]]:
        """Return (normalized string incl. metaspaces, orig start per char, orig end per char)."""
        chars: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        norm = self._norm
        for seg_text, s0, s1 in _nfc_groups(text):
            for ch in seg_text:
                rep = norm.get(ord(ch))
                if rep is None:
                    chars.append(ch)
                    starts.append(s0)
                    ends.append(s1)
                else:
                    for r in rep:
                        chars.append(r)
                        starts.append(s0)
                        ends.append(s1)
        # collapse runs of spaces
        out_c: list[str] = []
        out_s: list[int] = []
        out_e: list[int] = []
        for c, s, e in zip(chars, starts, ends):
            if c == " " and out_c and out_c[-1] == " ":
                out_e[-1] = e
                continue
            out_c.append(c)
            out_s.append(s)
            out_e.append(e)
        if not out_c or out_c[0] != " ":
            out_c.insert(0, " ")
            out_s.insert(0, 0)
            out_e.insert(0, 0)
        return "".join(out_c).replace(" ", META), out_s, out_e

    # -- segmentation ------------------------------------------------------------
    def _viterbi(self, seg: str) -> tuple[tuple[int, int], ...]:
        """Best split of one segment: tuple of (piece id, char length)."""
        n = len(seg)
        vocab = self._vocab
        maxb = self.max_piece_bytes
        nbytes = [len(c.encode("utf-8")) for c in seg]
        neg = -1e30
        best = [neg] * (n + 1)
        back: list[tuple[int, int]] = [(-1, 0)] * (n + 1)   # (piece id or -1, from index)
        best[0] = 0.0
        f32 = np.float32
        for i in range(n):
            bi = best[i]
            if bi <= -1e29:
                continue
            blen = 0
            for e in range(i + 1, n + 1):
                blen += nbytes[e - 1]
                if blen > maxb:
                    break
                hit = vocab.get(seg[i:e])
                if hit is not None:
                    sc = float(f32(bi) + f32(hit[1]))
                    if sc > best[e]:
                        best[e] = sc
                        back[e] = (hit[0], i)
            us = float(f32(bi) + f32(self.unk_score))
            if us > best[i + 1]:
                best[i + 1] = us
                back[i + 1] = (-1, i)
        out: list[tuple[int, int]] = []
        i = n
        while i > 0:
            pid, j = back[i]
            out.append((self.unk if pid < 0 else pid, i - j))
            i = j
        out.reverse()
        return tuple(out)

    def tokenize(self, text: str) -> tuple[list[int], list[tuple[int, int]]]:
        """Content piece ids (no <s>/</s>) and their character spans in ``text``.

        A span covers the original characters the piece was made from, without the
        metaspace; a piece that is only a metaspace gets an empty span.
        """
        norm, st, en = self.normalize(text)
        ids: list[int] = []
        spans: list[tuple[int, int]] = []
        # split into segments at each metaspace
        cuts = [k for k, c in enumerate(norm) if c == META] + [len(norm)]
        if cuts[0] != 0:
            cuts.insert(0, 0)
        for a, b in zip(cuts, cuts[1:]):
            if a == b:
                continue
            pos = a
            for pid, ln in self._segment(norm[a:b]):
                s, e = pos, pos + ln
                ids.append(pid)
                k = s + 1 if norm[s] == META else s
                if k < e:
                    spans.append((st[k], en[e - 1]))
                else:
                    spans.append((st[s], st[s]) if s < len(st) else (0, 0))
                pos = e
        return ids, spans

    def encode_ids(self, text: str) -> list[int]:
        return self.tokenize(text)[0]


def _nfc_groups(text: str):
    """Yield (nfc_text, orig_start, orig_end) for base+combining-mark groups.

    Text already in NFC yields one group per character, keeping a 1:1 alignment."""
    if unicodedata.is_normalized("NFC", text):
        for i, ch in enumerate(text):
            yield ch, i, i + 1
        return
    n = len(text)
    i = 0
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        yield unicodedata.normalize("NFC", text[i:j]), i, j
        i = j
