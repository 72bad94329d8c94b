"""German sentence ends after a number: SoMaJo reads "800." before a capital as an ordinal
("am 3. Mai"); before an article or pronoun it is a number closing the sentence."""
from lagebild.pipeline import Pipeline
from lagebild.record import Article

_pipe = Pipeline(("language",))


def _sentences(text: str) -> list[str]:
    doc = _pipe(Article(id="t", language="de", text=text))
    return [doc.text[s.start:s.end] for s in doc.sentences]


def test_number_before_an_article_ends_the_sentence():
    assert _sentences("Ausgelegt ist sie für 800. Der Flüchtlingsrat warf der Regierung Versagen vor.") == [
        "Ausgelegt ist sie für 800.", "Der Flüchtlingsrat warf der Regierung Versagen vor."]


def test_ordinals_stay_inside_their_sentence():
    assert _sentences("Am 3. Mai kam es zu Protesten. Im 20. Jahrhundert war das anders.") == [
        "Am 3. Mai kam es zu Protesten.", "Im 20. Jahrhundert war das anders."]
