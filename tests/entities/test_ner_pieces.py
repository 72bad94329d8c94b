"""The NER's per-word piece cache gives exactly the pieces of the joined sentence."""
import pytest

from lagebild.encoder import Encoder
from lagebild.entities import model as M

SENTENCES = [
    "Präsident Kassym-Schomart Tokajew hat die Regierung in Nur-Sultan entlassen .",
    "„ Wir werden nicht weichen “ , sagte der Sprecher am Mittwoch ( Ortszeit ) .",
    "Police in Lusaka said 5 people were killed on Chambishi Road , per Reuters .",
    "Die Straße nach Almaty war 2022 gesperrt … 🇩🇪 ﬁnal",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_word_pieces_equal_sentence_pieces(sentence):
    enc = Encoder.get()
    words = sentence.split(" ")
    assert M.sentence_pieces(enc, words) == M._sentence_pieces_slow(enc, words)


@pytest.mark.parametrize("odd", ["\u200b", "a\u00a0b", "e\u0301", "x\u3000y"])
def test_words_the_normalizer_changes_take_the_slow_path(odd):
    enc = Encoder.get()
    words = ["Der", odd, "Mann"]
    assert M.sentence_pieces(enc, words) == M._sentence_pieces_slow(enc, words)
