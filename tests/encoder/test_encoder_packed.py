"""The packed inference path (per-token layers on the real rows only) computes what the
padded path computes."""
import numpy as np
import pytest
import torch

from lagebild.encoder import Encoder
from lagebild.encoder.model import Packing

SENTENCES = ["Die Polizei nahm in Almaty mehr als 2000 Menschen fest.",
             "Protesters stormed the mayor's office.",
             "Tokajew bat Russland um Hilfe."]


def _batch(enc):
    ids = [enc.tokenize(s)[0] for s in SENTENCES]
    lens = [len(x) + 2 for x in ids]
    t = max(lens)
    arr = np.full((len(ids), t), enc.file.pad, dtype=np.int64)
    for r, x in enumerate(ids):
        arr[r, 0], arr[r, 1:len(x) + 1], arr[r, len(x) + 1] = enc.file.bos, x, enc.file.eos
    return arr, lens, t


def test_packing_round_trip():
    pk = Packing([3, 1, 2])
    assert pk.offsets == [0, 3, 4] and pk.n == 6
    assert pk.positions().tolist() == [0, 1, 2, 0, 0, 1]
    padded = torch.arange(9.0).view(3, 3, 1)
    packed = pk.unpad(padded)
    assert packed.view(-1).tolist() == [0.0, 1.0, 2.0, 3.0, 6.0, 7.0]
    assert pk.pad(packed).view(-1).tolist() == [0.0, 1.0, 2.0, 3.0, 0.0, 0.0, 6.0, 7.0, 0.0]
    assert [p.view(-1).tolist() for p in pk.split(packed)] == [[0.0, 1.0, 2.0], [3.0], [6.0, 7.0]]


def test_packing_groups_lengths_for_attention():
    pk = Packing([5, 5, 5, 6, 9, 9, 30])
    # (first row, end row, sequences, padded length, needs padding); a group's padded
    # attention work stays within Packing.SLACK of its real work: 30 is never padded with 5s
    assert [(r0, r1, g, t, index is not None) for r0, r1, g, t, index, _mask in pk.groups] == [
        (0, 15, 3, 5, False), (15, 21, 1, 6, False), (21, 39, 2, 9, False), (39, 69, 1, 30, False)]
    pk = Packing([8, 9, 9, 10])
    assert [(r0, r1, g, t, index is not None) for r0, r1, g, t, index, _mask in pk.groups] == [
        (0, 36, 4, 10, True)]
    assert pk.groups[0][5].shape == (4, 1, 1, 10)


def test_packed_attention_equals_padded_attention():
    torch.manual_seed(0)
    lengths = [3, 4, 4, 7, 12]
    heads, h = 2, 8
    pk = Packing(lengths)
    qkv = torch.randn(pk.n, 3 * h)
    got = pk.attention(qkv, heads)
    for r, (o, n) in enumerate(zip(pk.offsets, lengths)):
        q, k, v = (qkv[o:o + n, j * h:(j + 1) * h].view(n, heads, h // heads).transpose(0, 1) for j in range(3))
        ref = torch.nn.functional.scaled_dot_product_attention(q, k, v).transpose(0, 1).reshape(n, h)
        assert torch.allclose(got[o:o + n], ref, atol=1e-5), r


@pytest.mark.parametrize("precision", ["bf16", "fp32", "int8"])
def test_packed_layers_equal_padded_layers(precision):
    enc = Encoder.get(precision)
    enc.use_inference_weights()
    model = enc.model
    arr, lens, t = _batch(enc)
    assert len(set(lens)) == 3                      # really padded
    with torch.inference_mode(), torch.autocast("cpu", dtype=torch.bfloat16, enabled=enc.dtype == torch.bfloat16):
        x = model.embed(arr)
        padded = model.run_layers(x, model.attention_mask(lens, t))
        pk = Packing(lens)
        packed = pk.pad(model.run_layers_packed(pk.unpad(x), pk))
    for r, n in enumerate(lens):
        a, b = padded[r, :n].float(), packed[r, :n].float()
        cos = torch.nn.functional.cosine_similarity(a, b, dim=-1)
        # int8 quantizes q/k/v and the attention output with one scale per matrix, and the
        # padded path's matrices hold the padding rows too: close, not the same numbers
        assert cos.min().item() > (0.99 if precision == "int8" else 0.999), (SENTENCES[r], cos.min().item())
        assert torch.all(packed[r, n:] == 0)
