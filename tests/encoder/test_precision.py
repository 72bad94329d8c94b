"""The encoder's precision: chosen by what the CPU offers, overridable, and the int8
projections compute what the float32 ones compute."""
import pytest
import torch

from lagebild import encoder
from lagebild.encoder.model import Int8Linear, Layer


@pytest.fixture
def cpu(monkeypatch):
    """Pretend to be a CPU with the given features."""
    def set_features(**feats):
        monkeypatch.setattr(encoder, "cpu_features", lambda: {"amx": False, "vnni": False, "bf16": False, **feats})
    monkeypatch.delenv("LAGEBILD_PRECISION", raising=False)
    monkeypatch.delenv("LAGEBILD_ENCODER_FP32", raising=False)
    return set_features


def test_precision_follows_the_cpu(cpu):
    cpu(amx=True, vnni=True, bf16=True)            # Intel Sapphire Rapids and later
    assert encoder.default_precision() == "bf16"
    cpu(vnni=True, bf16=True)                      # AMD Zen 4, Intel Cooper Lake
    assert encoder.default_precision() == "int8"
    cpu(vnni=True)                                 # Intel Cascade Lake / Ice Lake
    assert encoder.default_precision() == "int8"
    cpu(bf16=True)
    assert encoder.default_precision() == "bf16"
    cpu()                                          # AVX2 only
    assert encoder.default_precision() == "fp32"


def test_precision_override(cpu, monkeypatch):
    cpu(vnni=True, bf16=True)
    monkeypatch.setenv("LAGEBILD_PRECISION", "bf16")
    assert encoder.default_precision() == "bf16"
    monkeypatch.setenv("LAGEBILD_PRECISION", " FP32 ")
    assert encoder.default_precision() == "fp32"
    monkeypatch.setenv("LAGEBILD_PRECISION", "int4")
    with pytest.raises(ValueError, match="LAGEBILD_PRECISION"):
        encoder.default_precision()
    monkeypatch.delenv("LAGEBILD_PRECISION")
    monkeypatch.setenv("LAGEBILD_ENCODER_FP32", "1")
    assert encoder.default_precision() == "fp32"


def test_cpu_features_are_booleans():
    feats = encoder.cpu_features()
    assert set(feats) == {"amx", "vnni", "bf16"} and all(isinstance(v, bool) for v in feats.values())


def test_int8_linear_close_to_float():
    torch.manual_seed(0)
    lin = torch.nn.Linear(384, 1536)
    x = torch.randn(50, 384)
    with torch.inference_mode():
        ref = lin(x)
        for per_row in (False, True):
            got = Int8Linear(lin, per_row=per_row)(x)
            assert got.dtype == torch.float32 and got.shape == ref.shape
            assert ((got - ref).norm() / ref.norm()).item() < 0.02


def test_int8_per_row_keeps_the_small_rows_resolution():
    """One token with large activations (as <s> and </s> have in the feed-forward) costs
    the other tokens their resolution when the whole matrix shares one scale."""
    torch.manual_seed(0)
    lin = torch.nn.Linear(384, 1536)
    x = torch.randn(50, 384)
    x[7] *= 40
    rest = [r for r in range(50) if r != 7]
    with torch.inference_mode():
        ref = lin(x)[rest]
        err = {per_row: ((Int8Linear(lin, per_row=per_row)(x)[rest] - ref).norm() / ref.norm()).item()
               for per_row in (False, True)}
    assert err[True] < 0.02 and err[True] < 0.2 * err[False], err


def test_quantized_layer_matches_float_layer():
    enc = encoder.Encoder.get("fp32")
    src = enc.model.layers[3]
    layer = Layer(enc.hidden, src.heads, enc.model.ffn, enc.file.eps)
    layer.load_state_dict(src.state_dict())
    layer.eval()
    torch.manual_seed(1)
    x = torch.randn(2, 9, enc.hidden)
    with torch.inference_mode():
        ref = layer(x, None)
        layer.quantize_int8()
        assert layer.q is None and isinstance(layer.qkv, Int8Linear) and layer.fi.per_row
        got = layer(x, None)
    cos = torch.nn.functional.cosine_similarity(ref, got, dim=-1)
    assert cos.min().item() > 0.999
