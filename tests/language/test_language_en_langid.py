"""English tokens/sentences and language identification on real text."""
import pytest

from lagebild.doc import Doc
from lagebild.ingest import make_article
from lagebild.language import annotate, langid


def analyze(text: str, language: str | None = None) -> Doc:
    doc = Doc(article=make_article(text, language=language))
    annotate(doc)
    return doc


def test_english_tokens_and_sentences():
    text = ('Police said at least 12 people were killed in Almaty on Thursday. "We will not retreat," '
            'President Tokayev told state television. The U.S. embassy urged citizens to stay indoors.')
    doc = analyze(text)
    assert doc.lang == "en"
    sents = [doc.text[s.start:s.end] for s in doc.sentences]
    assert len(sents) == 3
    assert sents[1].startswith('"We will not retreat,"')
    assert sents[2].startswith("The U.S. embassy")
    for tok in doc.tokens:
        assert doc.text[tok.start:tok.end] == tok.text
    by = {t.text: t for t in doc.tokens}
    assert by["killed"].pos == "VBN" and by["killed"].lemma == "kill" and not by["killed"].finite
    assert by["said"].finite and by["said"].mood == "ind"
    assert by["people"].upos == "NOUN"
    assert by["Almaty"].upos == "PROPN"
    assert by["12"].upos == "NUM"


def test_english_headline_is_its_own_sentence():
    doc = analyze("Protesters storm airport\n\nDozens of protesters stormed the airport in Almaty "
                  "on Wednesday, police said. The airport was closed.", language="en")
    sents = [doc.text[s.start:s.end] for s in doc.sentences]
    assert sents == ["Protesters storm airport",
                     "Dozens of protesters stormed the airport in Almaty on Wednesday, police said.",
                     "The airport was closed."]
    for s in doc.sentences:
        assert all(t.sent == s.i for t in doc.sentence_tokens(s))


GERMAN = ("Bei den Protesten in Kasachstan sind in der Nacht zu Donnerstag dutzende Demonstranten "
          "getötet worden, teilte die Polizei mit.")
ENGLISH = ("Dozens of protesters were killed overnight in Kazakhstan, police said on Thursday, "
           "as unrest spread across the country.")
FRENCH = ("Des dizaines de manifestants ont été tués dans la nuit au Kazakhstan, a annoncé la police "
          "jeudi, alors que les troubles s'étendent dans tout le pays.")


@pytest.mark.parametrize("text, lang", [(GERMAN, "de"), (ENGLISH, "en"), (FRENCH, "fr")])
def test_language_identification(text, lang):
    assert langid.detect(text) == lang


def test_language_identification_too_short_falls_back():
    assert langid.detect("Almaty", default="de") == "de"
    assert langid.detect("", default=None) is None


def test_auto_language_routes_to_pipeline():
    assert analyze(GERMAN).lang == "de"
    assert analyze(ENGLISH).lang == "en"
    fr = analyze(FRENCH)
    assert fr.lang == "fr"
    # unsupported language: tokens and sentences, no tags, no moods
    assert fr.tokens and fr.sentences
    assert all(t.mood is None for t in fr.tokens)
