"""Who may be a speaker: persons, organisations (and their metonyms), outlets, states and
role nouns; never a place, a street, a facility name typed as a place, or a date. The head
of the speaker phrase decides: 'residents of Chambishi Road' are people."""
import pytest

from claims_helpers import run, speaker


def claims(text, lang):
    doc = run(text, lang)
    return doc, doc.claims


@pytest.mark.parametrize("text,lang", [
    ("Five people were killed on Monday, according to Chambishi Road.", "en"),
    ("Three protesters died, according to Monday.", "en"),
    ("Laut Hauptstraße wurden fünf Menschen getötet.", "de"),
    ("Laut Montag wurden drei Demonstranten festgenommen.", "de"),
])
def test_place_or_date_is_no_attribution(text, lang):
    doc, cs = claims(text, lang)
    assert [c for c in cs if c.mode == "according_to"] == []
    assert all(c.speaker is None or doc.item(c.speaker).type != "LOC" for c in cs)


@pytest.mark.parametrize("text,lang,spk", [
    ("The death toll rose to 14, according to residents of Chambishi Road.", "en", "residents"),
    ("Laut Anwohnern der Hauptstraße wurden fünf Menschen getötet.", "de", "Anwohnern"),
    ("Nach Angaben der Bewohner der Karl-Marx-Allee stieg die Zahl der Toten auf sieben.", "de", "Bewohner"),
])
def test_people_named_after_a_street_are_speakers_but_not_the_street(text, lang, spk):
    doc, cs = claims(text, lang)
    c = next(c for c in cs if c.mode == "according_to")
    assert spk in c.speaker_text
    assert c.speaker is None   # the street is not who spoke


def test_association_in_a_township_is_not_the_township():
    doc, cs = claims("A residents' association in the township of Chambishi Road put the death toll "
                     "at seven, saying two bodies had been taken away by relatives.", "en")
    assert cs and all(c.speaker is None for c in cs)
    assert all("association" in (c.speaker_text or "") for c in cs)


@pytest.mark.parametrize("text,lang,name", [
    ("Laut Polizei wurden fünf Menschen getötet.", "de", "Polizei"),
    ("Laut Weißem Haus reist der Präsident am Montag nach Kiew.", "de", "Weißem Haus"),
    ("According to Kyiv, three drones were shot down overnight.", "en", "Kyiv"),
    ("Downing Street said the talks would continue next week.", "en", "Downing Street"),
    ("According to the Pentagon, two soldiers were wounded in the attack.", "en", "Pentagon"),
])
def test_organisations_states_and_metonyms_stay_speakers(text, lang, name):
    doc, cs = claims(text, lang)
    assert len(cs) == 1
    assert name in speaker(doc, cs[0])


@pytest.mark.parametrize("text,spk", [
    ("Five people were killed in the clashes, per the police.", "police"),
    ("Per the health ministry, 40 people were treated in hospital.", "health ministry"),
])
def test_per_as_according_to(text, spk):
    doc, cs = claims(text, "en")
    assert [(c.mode, c.cue.lower()) for c in cs] == [("according_to", "per")]
    assert spk in speaker(doc, cs[0])


@pytest.mark.parametrize("text", [
    "Fuel now costs $2 per litre, the highest price in years.",
    "Inflation rose to 12 per cent in March.",
    "Five people were killed on Monday, per Chambishi Road.",
])
def test_per_without_a_source_is_no_claim(text):
    doc, cs = claims(text, "en")
    assert cs == []
