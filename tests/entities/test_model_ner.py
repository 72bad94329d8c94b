"""The trained NER model on real German and English news sentences."""
import pytest

from lagebild.doc import Doc
from lagebild.entities import model as M
from lagebild.record import Article


def _found(text, spans):
    return {(text[s:e], lab) for s, e, lab, _ in spans}


def test_german_persons_places_orgs():
    text = ("Bundeskanzler Olaf Scholz hat am Montag in Paris den französischen Präsidenten "
            "Emmanuel Macron getroffen. Die Europäische Zentralbank in Frankfurt ließ die Zinsen unverändert.")
    spans = M.predict_text(text, "de")
    got = _found(text, spans)
    assert ("Olaf Scholz", "PER") in got
    assert ("Emmanuel Macron", "PER") in got
    assert ("Paris", "LOC") in got
    assert ("Frankfurt", "LOC") in got
    assert ("Europäische Zentralbank", "ORG") in got
    for s, e, lab, conf in spans:
        assert lab in M.TYPES and 0.0 < conf <= 1.0 and 0 <= s < e <= len(text)


def test_english_transfer():
    text = "President Joe Biden spoke with Vladimir Putin by phone on Tuesday, the White House said."
    got = _found(text, M.predict_text(text, "en"))
    assert ("Joe Biden", "PER") in got
    assert ("Vladimir Putin", "PER") in got


def test_predict_doc_offsets():
    from lagebild import language

    text = ("Der frühere Außenminister Hans-Dietrich Genscher ist im Alter von 89 Jahren gestorben. "
            "Die Nachrichtenagentur dpa berichtete aus Bonn.")
    doc = Doc(article=Article(id="t1", language="de", text=text))
    language.annotate(doc)
    spans = M.predict(doc)
    assert spans == sorted(spans)
    got = _found(text, spans)
    assert ("Hans-Dietrich Genscher", "PER") in got
    assert ("Bonn", "LOC") in got
    for s, e, _, _ in spans:
        assert text[s:e] == text[s:e].strip() and e > s


def test_bio_decoding_constraints():
    import numpy as np

    probs = np.full((3, len(M.LABELS)), 0.01, dtype=np.float32)
    probs[0, M.LABELS.index("I-PER")] = 0.6     # I- at the start is not allowed
    probs[0, M.LABELS.index("B-PER")] = 0.3
    probs[1, M.LABELS.index("I-PER")] = 0.9
    probs[2, M.LABELS.index("O")] = 0.9
    assert [(a, b, t) for a, b, t, _ in M.decode(probs)] == [(0, 2, "PER")]


def test_long_sentence_is_chunked():
    words = ["Berlin", "und", "Paris"] * 250
    preds = M.predict_words([words])
    assert len(preds) == 1
    assert all(0 <= a < b <= len(words) for a, b, _, _ in preds[0])


def test_evaluate_end_to_end(tmp_path):
    from lagebild.entities.evaluate import evaluate, format_report

    conll = """Bundeskanzler B-PER
Olaf I-PER
Scholz I-PER
reiste O
nach O
Paris B-LOC
. O

Die O
Polizei O
in O
Hamburg B-LOC
nahm O
zwei O
Männer O
fest O
. O
"""
    p = tmp_path / "mini.conll"
    p.write_text(conll.replace("Bundeskanzler B-PER\nOlaf I-PER", "Bundeskanzler O\nOlaf B-PER"),
                 encoding="utf-8")
    res = evaluate(str(p), format="conll", lang="de")
    assert res["sentences"] == 2
    assert res["overall"]["support"] == 3
    assert res["overall"]["tp"] >= 2
    assert "LOC" in format_report(res)


def test_predict_english_doc():
    from lagebild import language

    text = "Russian President Vladimir Putin met Turkish leader Recep Tayyip Erdogan in Sochi on Friday."
    doc = Doc(article=Article(id="t2", language="en", text=text))
    language.annotate(doc)
    got = _found(text, M.predict(doc))
    assert ("Vladimir Putin", "PER") in got
    # the three-part name may come out split; its surname must be inside a PER span
    assert any(lab == "PER" and "Erdogan" in span for span, lab in got)
    assert ("Sochi", "LOC") in got
    assert all(lab in M.en_labels() for _span, lab in got)


def test_adjacent_same_type_spans_merge():
    import numpy as np

    probs = np.full((4, len(M.LABELS)), 0.01, dtype=np.float32)
    probs[0, M.LABELS.index("B-PER")] = 0.9
    probs[1, M.LABELS.index("B-PER")] = 0.9
    probs[2, M.LABELS.index("I-PER")] = 0.9
    probs[3, M.LABELS.index("B-LOC")] = 0.9
    assert [(a, b, t) for a, b, t, _ in M.decode(probs)] == [(0, 3, "PER"), (3, 4, "LOC")]
    assert [(a, b, t) for a, b, t, _ in M.decode(probs, merge_adjacent=False)] == [(0, 1, "PER"), (1, 3, "PER"), (3, 4, "LOC")]
