from lagebild.ingest import make_article
from lagebild.pipeline import Pipeline


def test_navigation_helpers_agree_with_offsets():
    doc = Pipeline(["language"])(make_article("Die Polizei nahm 40 Menschen fest. Am Abend blieb es ruhig."))
    text = doc.text
    second = doc.sentences[1]
    assert text[second.start:second.end] == "Am Abend blieb es ruhig."
    assert doc.sentence_at(second.start + 3) is second
    assert doc.sentence_at(len(text) + 5) is None
    tok = doc.token_at(text.index("Menschen") + 2)
    assert tok.text == "Menschen"
    assert [t.text for t in doc.tokens_in(text.index("40"), text.index("fest"))] == ["40", "Menschen"]
    assert [t.text for t in doc.tokens_in(0, 3)] == ["Die"]
