"""Post-LayerNorm BERT/XLM-R encoder (GELU feed-forward) in torch, weights from the E5S1 file."""
from __future__ import annotations

import warnings

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

from .fileformat import E5File, dequantize_q4_0


class Layer(nn.Module):
    def __init__(self, hidden: int, heads: int, ffn: int, eps: float):
        super().__init__()
        self.heads = heads
        self.q = nn.Linear(hidden, hidden)
        self.k = nn.Linear(hidden, hidden)
        self.v = nn.Linear(hidden, hidden)
        self.ao = nn.Linear(hidden, hidden)
        self.aln = nn.LayerNorm(hidden, eps=eps)
        self.fi = nn.Linear(hidden, ffn)
        self.fo = nn.Linear(ffn, hidden)
        self.oln = nn.LayerNorm(hidden, eps=eps)
        self.qkv: nn.Module | None = None      # fused q/k/v for inference (see fuse_qkv)

    def fuse_qkv(self, dtype: torch.dtype) -> None:
        """One [3h, h] projection instead of three (inference): a quarter faster on this
        part; the numbers are the same up to the summation order of the matmul."""
        h = self.q.in_features
        lin = nn.Linear(h, 3 * h).to(dtype)
        with torch.no_grad():
            lin.weight.copy_(torch.cat([self.q.weight, self.k.weight, self.v.weight]))
            lin.bias.copy_(torch.cat([self.q.bias, self.k.bias, self.v.bias]))
        lin.requires_grad_(False)
        self.qkv = lin

    def quantize_int8(self, reduce_range: bool = False) -> None:
        """Inference only: the projections in int8 (``Int8Linear``; the feed-forward's per
        row, see there), q/k/v fused into one; the float32 weights are dropped (training
        needs a fresh ``Layer``)."""
        if self.qkv is None:
            self.fuse_qkv(torch.float32)
        for name in ("qkv", "ao", "fi", "fo"):
            lin = getattr(self, name)
            if isinstance(lin, nn.Linear):
                setattr(self, name, Int8Linear(lin, per_row=name in ("fi", "fo"),
                                               reduce_range=reduce_range))
        self.q = self.k = self.v = None

    def forward(self, x: torch.Tensor, mask: torch.Tensor | None) -> torch.Tensor:
        b, t, h = x.shape
        hd = h // self.heads
        if self.qkv is not None and not self.training:
            q, k, v = (y.view(b, t, self.heads, hd).transpose(1, 2) for y in self.qkv(x).split(h, -1))
        else:
            q = self.q(x).view(b, t, self.heads, hd).transpose(1, 2)
            k = self.k(x).view(b, t, self.heads, hd).transpose(1, 2)
            v = self.v(x).view(b, t, self.heads, hd).transpose(1, 2)
        ctx = F.scaled_dot_product_attention(q, k, v, attn_mask=mask)
        ctx = ctx.transpose(1, 2).reshape(b, t, h)
        x = self.aln(x + self.ao(ctx))
        return self.oln(x + self.fo(F.gelu(self.fi(x))))

    def forward_packed(self, x: torch.Tensor, pk: "Packing") -> torch.Tensor:
        """Inference on packed sequences: x [N, h] holds the rows of every sequence one
        after another (see ``Packing``); only attention looks at the sequences. Same
        numbers as ``forward`` on the real rows of a padded batch."""
        if self.qkv is not None:
            qkv = self.qkv(x)
        else:
            qkv = torch.cat([self.q(x), self.k(x), self.v(x)], -1)
        x = self.aln(x + self.ao(pk.attention(qkv, self.heads)))
        return self.oln(x + self.fo(F.gelu(self.fi(x))))

    def load_from(self, f: E5File, i: int, hidden: int, ffn: int) -> None:
        shapes = {"q": (hidden, hidden), "k": (hidden, hidden), "v": (hidden, hidden),
                  "ao": (hidden, hidden), "fi": (ffn, hidden), "fo": (hidden, ffn)}
        with torch.no_grad():
            for name, shape in shapes.items():
                lin: nn.Linear = getattr(self, name)
                lin.weight.copy_(torch.from_numpy(f.q4(f"l{i}.{name}.w", shape)))
                lin.bias.copy_(torch.from_numpy(f.f32(f"l{i}.{name}.b")))
            for name in ("aln", "oln"):
                ln: nn.LayerNorm = getattr(self, name)
                ln.weight.copy_(torch.from_numpy(f.f32(f"l{i}.{name}.w")))
                ln.bias.copy_(torch.from_numpy(f.f32(f"l{i}.{name}.b")))


class Int8Linear(nn.Module):
    """Inference-only stand-in for an ``nn.Linear``: the weight in int8 with one symmetric
    scale per output row, the input quantized to 8 bits at every call (dynamic
    quantization), the product in torch's int8 kernels (fbgemm: AVX512-VNNI where the CPU
    has it), the bias added in float32. Output float32.

    ``per_row``: the input gets one scale per row (per token) instead of one for the whole
    matrix. torch's dynamic quantization scales the whole input at once; a token with large
    activations then costs every other token its resolution. Measured on the NER (KL of its
    tag distributions from float32 over the held-out GermEval and English sentences): all
    projections per matrix 7.4e-3 (1.05 % of the words change their best tag; MISC lost 7
    points of F1), the feed-forward's two projections per row 0.34e-3 (0.15 %), all per row
    0.37e-3. So ``Layer.quantize_int8`` takes the rows of ``fi`` and ``fo`` one by one: each
    row is divided by its largest magnitude, which makes the kernels' per-matrix scale a
    per-row one, and the product is scaled back (a few per cent more time).

    ``reduce_range`` quantizes the input to 7 bits: needed where the kernels multiply with
    AVX2 ``vpmaddubsw`` (its 16-bit sums can saturate), not with VNNI (32-bit sums)."""

    def __init__(self, lin: nn.Linear, per_row: bool = False, reduce_range: bool = False):
        super().__init__()
        self.in_features, self.out_features = lin.in_features, lin.out_features
        self.per_row, self.reduce_range = bool(per_row), bool(reduce_range)
        w = lin.weight.detach().float()
        scale = (w.abs().amax(1) / 127.0).clamp_min(1e-12).double()
        zero = torch.zeros(w.shape[0], dtype=torch.long)
        bias = lin.bias.detach().float().clone() if lin.bias is not None else torch.zeros(w.shape[0])
        self.register_buffer("bias", bias)
        with warnings.catch_warnings():
            # torch marks its quantized tensor types deprecated (in favour of torchao, not a
            # dependency of ours); these are the kernels torch itself runs for
            # torch.ao.quantization.quantize_dynamic
            warnings.filterwarnings("ignore", message=".*deprecated", category=UserWarning)
            warnings.filterwarnings("ignore", category=DeprecationWarning)
            wq = torch.quantize_per_channel(w, scale, zero, 0, torch.qint8)
            self._packed = torch.ops.quantized.linear_prepack(wq, None if per_row else bias)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.float()
        if not self.per_row:
            return torch.ops.quantized.linear_dynamic(x, self._packed, self.reduce_range)
        s = torch.maximum(x.amax(-1, keepdim=True), x.amin(-1, keepdim=True).neg_()).clamp_min_(1e-12)
        y = torch.ops.quantized.linear_dynamic(x / s, self._packed, self.reduce_range)
        return torch.addcmul(self.bias, y, s, out=y)          # in place: y is ours

    def extra_repr(self) -> str:
        return (f"in_features={self.in_features}, out_features={self.out_features}, int8"
                + (", per row" if self.per_row else ""))


class Packing:
    """Sequences stored one after another, without padding: sequence r is rows
    ``offsets[r] .. offsets[r] + lengths[r]`` of a matrix [N, d]. The per-token layers
    (projections, feed-forward, LayerNorm: nearly all the work) run on those N rows.

    Attention needs one sequence per batch row. ``attention`` runs it group by group:
    neighbouring sequences of about the same length (callers pass them sorted by length)
    are padded to the group's longest only, a group of equal lengths is a view of the
    rows without any copy. One padded batch for everything cost about twice the attention
    arithmetic (short sentences padded to the longest of the batch) and a copy of every
    q/k/v row into it and of every output row out of it, in every layer."""

    SLACK = 1.25      # a group's padded attention work may exceed its real work by this

    def __init__(self, lengths: list[int]):
        self.lengths = [int(n) for n in lengths]
        if not self.lengths or min(self.lengths) < 1:
            raise ValueError("Packing needs at least one sequence and no empty one")
        off = np.concatenate([[0], np.cumsum(self.lengths)])
        self.offsets = off[:-1].tolist()
        self.n = int(off[-1])
        self.groups: list[tuple[int, int, int, int, torch.Tensor | None, torch.Tensor | None]] = []
        r = 0
        while r < len(self.lengths):
            e, t, work = r + 1, self.lengths[r], self.lengths[r] ** 2
            while e < len(self.lengths):
                t2 = max(t, self.lengths[e])
                if (e + 1 - r) * t2 * t2 > self.SLACK * (work + self.lengths[e] ** 2):
                    break
                t, work, e = t2, work + self.lengths[e] ** 2, e + 1
            self.groups.append(self._group(r, e, t))
            r = e

    def _group(self, r: int, e: int, t: int):
        """(first row, end row, sequences, padded length, row index into the padded
        [sequences * t] layout or None when all have length t, key mask or None)."""
        lens = torch.tensor(self.lengths[r:e])
        if bool((lens == t).all()):
            return self.offsets[r], self.offsets[r] + t * (e - r), e - r, t, None, None
        keep = torch.arange(t)[None, :] < lens[:, None]                     # [g, t]
        index = keep.reshape(-1).nonzero().squeeze(1)
        end = self.offsets[e - 1] + self.lengths[e - 1]
        return self.offsets[r], end, e - r, t, index, keep[:, None, None, :]

    def positions(self) -> torch.Tensor:
        """Each row's position within its sequence [N]."""
        return torch.cat([torch.arange(n) for n in self.lengths])

    def attention(self, qkv: torch.Tensor, heads: int) -> torch.Tensor:
        """Scaled dot-product attention of packed fused projections qkv [N, 3h] (q, k, v
        side by side) within each sequence; returns the context [N, h]."""
        h = qkv.shape[-1] // 3
        hd = h // heads
        parts = []
        for r0, r1, g, t, index, mask in self.groups:
            rows = qkv[r0:r1]
            if index is not None:
                padded = rows.new_zeros(g * t, 3 * h)
                padded.index_copy_(0, index, rows)
                rows = padded
            y = rows.view(g, t, 3, heads, hd)
            q, k, v = (y[:, :, j].transpose(1, 2) for j in range(3))
            ctx = F.scaled_dot_product_attention(q, k, v, attn_mask=mask)      # [g, heads, t, hd]
            ctx = ctx.transpose(1, 2).reshape(g * t, h)
            parts.append(ctx if index is None else ctx.index_select(0, index))
        return parts[0] if len(parts) == 1 else torch.cat(parts)

    def unpad(self, y: torch.Tensor) -> torch.Tensor:
        """Padded [b, t, d] (b = the sequences, t >= the longest) -> packed [N, d]."""
        return torch.cat([y[r, :n] for r, n in enumerate(self.lengths)])

    def pad(self, y: torch.Tensor) -> torch.Tensor:
        """Packed [N, d] -> padded [b, max length, d] (padding rows zero)."""
        out = y.new_zeros(len(self.lengths), max(self.lengths), y.shape[-1])
        for r, (o, n) in enumerate(zip(self.offsets, self.lengths)):
            out[r, :n] = y[o:o + n]
        return out

    def split(self, y: torch.Tensor) -> list[torch.Tensor]:
        """Packed [N, ...] -> one tensor per sequence (views)."""
        return [y[o:o + n] for o, n in zip(self.offsets, self.lengths)]


class WordEmbeddings:
    """Q4_0 word embeddings kept quantized; rows are dequantized on lookup (saves ~380 MB)."""

    def __init__(self, f: E5File, hidden: int):
        self.hidden = hidden
        self.blocks = f.q4_blocks("emb.word")                # [rows * hidden/32, 18]
        self.per_row = hidden // 32
        self.rows = self.blocks.shape[0] // self.per_row

    def __call__(self, ids: np.ndarray) -> torch.Tensor:
        flat = np.asarray(ids, dtype=np.int64).reshape(-1)
        if flat.size and (flat.min() < 0 or flat.max() >= self.rows):
            raise IndexError("token id out of range")
        idx = (flat[:, None] * self.per_row + np.arange(self.per_row)[None, :]).reshape(-1)
        vec = dequantize_q4_0(self.blocks[idx]).reshape(*np.shape(ids), self.hidden)
        return torch.from_numpy(vec)


class E5Model(nn.Module):
    def __init__(self, f: E5File):
        super().__init__()
        h = f.header
        self.hidden, self.n_layers, self.ffn = h["hidden"], h["layers"], h["ffn"]
        self.max_positions = h["max_positions"]
        self.word = WordEmbeddings(f, self.hidden)
        pos = f.f32("emb.pos").reshape(self.max_positions, self.hidden)
        typ = f.f32("emb.type").reshape(h["token_types"], self.hidden)
        self.register_buffer("pos", torch.from_numpy(pos))
        self.register_buffer("type0", torch.from_numpy(typ[0].copy()))
        self.eln = nn.LayerNorm(self.hidden, eps=f.eps)
        with torch.no_grad():
            self.eln.weight.copy_(torch.from_numpy(f.f32("emb.ln.w")))
            self.eln.bias.copy_(torch.from_numpy(f.f32("emb.ln.b")))
        self.layers = nn.ModuleList()
        for i in range(self.n_layers):
            layer = Layer(self.hidden, h["heads"], self.ffn, f.eps)
            layer.load_from(f, i, self.hidden, self.ffn)
            self.layers.append(layer)
        self.requires_grad_(False)
        self.eval()

    def embed_packed(self, ids: np.ndarray, pk: Packing) -> torch.Tensor:
        """Packed ids [N] (sequences one after another, see ``Packing``) -> embedding
        LayerNorm output [N, h] float32."""
        x = self.word(ids)
        x = x + self.pos[pk.positions()] + self.type0
        return self.eln(x)

    def embed(self, ids: np.ndarray) -> torch.Tensor:
        """ids [b, t] (padded) -> embedding LayerNorm output [b, t, h] float32.

        Positions follow the file's position table: row p for the p-th token of a sequence
        (the reference engine's convention; the table was exported that way)."""
        x = self.word(ids)
        t = x.shape[1]
        x = x + self.pos[:t].unsqueeze(0) + self.type0
        return self.eln(x)

    @staticmethod
    def attention_mask(lengths: list[int], t: int) -> torch.Tensor | None:
        """Boolean key mask [b, 1, 1, t] (True = attend), or None without padding."""
        if all(n == t for n in lengths):
            return None
        keep = torch.arange(t)[None, :] < torch.tensor(lengths)[:, None]      # [b, t]
        return keep[:, None, None, :]

    def run_layers_packed(self, x: torch.Tensor, pk: Packing, start: int = 0,
                          stop: int | None = None) -> torch.Tensor:
        """``run_layers`` for inference on packed sequences x [N, h] (see ``Packing``)."""
        for layer in self.layers[start:stop]:
            x = layer.forward_packed(x, pk)
        return x

    def run_layers(self, x: torch.Tensor, mask: torch.Tensor | None, start: int = 0,
                   stop: int | None = None) -> torch.Tensor:
        for layer in self.layers[start:stop]:
            x = layer(x, mask)
        return x
