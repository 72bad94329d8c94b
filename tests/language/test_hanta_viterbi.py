"""Our sentence Viterbi for HanTa gives HanTa's tags (it only skips impossible tags sooner)."""
from pathlib import Path

from HanTa.HanoverTagger import HanoverTagger

from lagebild.doc import Doc
from lagebild.language.de import _tagger
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


def test_same_tags_as_hanta():
    tagger = _tagger()
    sents = list(_german_sentences())
    assert len(sents) > 50
    for words in sents + [["Hallo"], ["xqzv", "Blörk", "?"]]:
        assert tagger.tag_sent_viterbi(words) == HanoverTagger.tag_sent_viterbi(tagger, words), words
