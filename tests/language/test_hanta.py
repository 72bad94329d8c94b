"""Our versions of HanTa's loops (lagebild.language.de.hanta) give HanTa's results."""
from pathlib import Path

from HanTa import HanoverTagger as ht
from HanTa.HanoverTagger import HanoverTagger

from lagebild.doc import Doc
from lagebild.language.de import _tagger, hanta
from lagebild.language.tokenize import somajo_tokenize
from lagebild.record import Article

ROOT = Path(__file__).resolve().parents[2]


def _german_sentences():
    files = sorted((ROOT / "src" / "lagebild" / "examples").glob("*.de.txt"))
    files += sorted((ROOT / "bench" / "data" / "e2e-test").glob("*.de.txt"))[:2]
    for f in files:
        doc = Doc(article=Article(id=f.stem, language="de", text=f.read_text(encoding="utf-8")))
        somajo_tokenize(doc)
        for s in doc.sentences:
            yield [t.text for t in doc.tokens[s.tok_start:s.tok_end]]


def test_sentence_tags_as_hanta():
    tagger = _tagger()
    sents = list(_german_sentences())
    assert len(sents) > 50
    for words in sents + [["Hallo"], ["xqzv", "Blörk", "?"]]:
        assert tagger.tag_sent_viterbi(words) == HanoverTagger.tag_sent_viterbi(tagger, words), words


def test_word_analyses_as_hanta():
    plain = ht.HanoverTagger("morphmodel_ger.pgz")          # fresh: nothing cached
    assert hanta.speed_up(fast := ht.HanoverTagger("morphmodel_ger.pgz"))
    words = sorted({plain.normalize(w) for s in _german_sentences() for w in s} - set(plain.cache))
    words += ["", "x", "Xy", "Kassym-Schomart", "Donaudampfschifffahrtsgesellschaftskapitän"]
    assert len(words) > 100
    for w in words:
        tags = plain.analyze_forward(w)
        assert fast.analyze_forward(w) == tags, w
        if tags and tags[0][0] > 0:
            assert fast.analyze_viterbi(w.lower(), -tags[0][0]) == plain.analyze_viterbi(w.lower(), -tags[0][0]), w
