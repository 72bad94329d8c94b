"""Places stage on German sentences: inflection, adjectives, compounds, ambiguity, non-places."""
from __future__ import annotations

from functools import lru_cache

import pytest

from lagebild.doc import Doc
from lagebild.pipeline import Pipeline
from lagebild.record import Article, Entity, Mention
from lagebild import places


@lru_cache(maxsize=1)
def _pre():
    return Pipeline(("language",))


def run(text: str, lang: str = "de", entities=()) -> Doc:
    doc = _pre()(Article(id="t", language=lang, text=text))
    doc.entities = list(entities)
    places.annotate(doc)
    for p in doc.places:
        for m in p.mentions:
            assert doc.text[m.start:m.end] == m.text
    return doc


def by_country(doc, cc, feature=None):
    return [p for p in doc.places if p.country == cc and (feature is None or p.feature == feature)]


def mention_texts(doc):
    return [m.text for p in doc.places for m in p.mentions]


def test_genitive_and_adjectives_are_country_mentions():
    doc = run("Kasachstans Präsident entließ die Regierung. Die kasachische Polizei und ein kasachischer "
              "Sprecher bestätigten die Festnahmen in Kasachstan.")
    kz = by_country(doc, "KZ", "country")
    assert len(kz) == 1
    assert [m.text for m in kz[0].mentions] == ["Kasachstans", "kasachische", "kasachischer", "Kasachstan"]
    assert kz[0].precision == 3 and kz[0].geonames_id == 1522867


def test_city_genitive_and_one_place_per_city():
    doc = run("Die Polizei in Almaty meldete Festnahmen. Almatys Bürgermeister trat zurück.")
    alm = [p for p in doc.places if p.name == "Almaty"]
    assert len(alm) == 1 and alm[0].feature == "city" and alm[0].precision == 1
    assert [m.text for m in alm[0].mentions] == ["Almaty", "Almatys"]
    assert abs(alm[0].lat - 43.25) < 0.2 and alm[0].country == "KZ"


@pytest.mark.parametrize("adj,cc", [("armenische", "AM"), ("amerikanischen", "US"), ("russisches", "RU"),
                                    ("chinesischem", "CN")])
def test_adjective_inflections(adj, cc):
    doc = run(f"Das {adj} Militär äußerte sich am Abend.")
    assert [p.country for p in doc.places] == [cc]
    assert doc.places[0].mentions[0].text == adj


def test_hyphen_compounds():
    doc = run("Das US-Außenministerium rief zur Mäßigung auf. In der Almaty-Region fiel der Strom aus.")
    us = by_country(doc, "US", "country")
    assert us and us[0].mentions[0].text == "US"
    alm = [p for p in doc.places if p.name == "Almaty"]
    assert alm and alm[0].mentions[0].text == "Almaty" and alm[0].precision == 3  # the Almaty region


def test_outlets_platforms_and_people_are_not_places():
    doc = run("Die Agenturen Interfax-Kasachstan, Tass und Ria Nowosti berichteten. Mehrere Telegram-Kanäle "
              "verbreiteten Videos, die Washington Post und Facebook ebenfalls. Paris Hilton und Denzel "
              "Washington äußerten sich nicht.")
    assert doc.places == []


def test_common_nouns_that_are_town_names():
    doc = run("Das Essen war kalt. Die Halle wurde gesperrt, der Wald brannte und der Kampf dauerte an.")
    assert doc.places == []
    doc = run("In Essen und in Halle demonstrierten am Samstag Tausende.")
    assert {p.name for p in doc.places} == {"Essen", "Halle (Saale)"}


def test_ambiguous_names_with_and_without_context():
    doc = run("In Frankfurt stiegen die Aktienkurse.")
    assert doc.places[0].name == "Frankfurt am Main"
    doc = run("Die Stadt Frankfurt (Oder) liegt an der Grenze zu Polen.")
    assert doc.places[0].name == "Frankfurt (Oder)"
    doc = run("Im US-Bundesstaat Georgia rief der Gouverneur den Notstand aus.")
    ga = [p for p in doc.places if p.name == "Georgia"]
    assert ga and ga[0].feature == "admin1" and ga[0].country == "US"
    doc = run("In Georgien und Armenien gab es Proteste.")
    assert {p.country for p in doc.places} == {"GE", "AM"}


def test_unknown_names_stay_out():
    doc = run("Der Minister Hans Xylophonowski besuchte das Dorf Qwzxtrupp.")
    assert doc.places == []


def test_entities_block_and_link():
    text = "Die Zeitung Frankfurter Rundschau und die Polizei in Halle berichteten."
    s = text.index("Halle")
    gpe = Entity(id="E1", type="GPE", name="Halle", mentions=[Mention(start=s, end=s + 5, text="Halle")])
    org = Entity(id="E2", type="ORG", name="Polizei in Halle",
                 mentions=[Mention(start=text.index("Polizei"), end=s + 5, text="Polizei in Halle")])
    doc = run(text, entities=[gpe])
    assert doc.places and doc.entities[0].place == doc.places[0].id
    doc = run(text, entities=[org])
    assert doc.places == []


def test_inflected_multiword_country_names():
    doc = run("Er reiste in die Vereinigten Staaten und später nach den Vereinigten Arabischen Emiraten.")
    assert {p.country for p in doc.places} == {"US", "AE"}
    assert [m.text for p in doc.places for m in p.mentions] == ["Vereinigten Staaten",
                                                                  "Vereinigten Arabischen Emiraten"]


def test_german_spellings_of_cyrillic_names():
    doc = run("Die Kämpfe um Pokrowsk und Awdijiwka dauern an.")
    assert {p.name for p in doc.places} == {"Pokrovsk", "Avdiyivka"}
    assert all(p.country == "UA" for p in doc.places)


def test_titles_make_people():
    doc = run("Herr Paris und Frau Wald kandidieren für den Stadtrat.")
    assert doc.places == []


def test_continents_are_not_towns():
    doc = run("Die Lage in Europa und Asien bleibt angespannt.")
    assert doc.places == []


def test_indeclinable_adjective_and_people_noun():
    doc = run("Die Schweizer Armee half. Viele Schweizer stimmten dagegen.")
    ch = [p for p in doc.places if p.country == "CH"]
    assert len(ch) == 1 and [m.text for m in ch[0].mentions] == ["Schweizer"]
    assert ch[0].mentions[0].start == doc.text.index("Schweizer")


def test_all_caps_words():
    doc = run("Das Spiel lief im ROM-Modul. Die USA und TOKIO meldeten Erfolge.")
    assert {p.country for p in doc.places} == {"US", "JP"}


def test_unresolvable_town_stays_at_country_level():
    doc = run("Die Polizei in Neustadt nahm zwei Männer fest.")
    assert [(p.feature, p.country, p.precision) for p in doc.places] == [("country", "DE", 3)]
    assert doc.places[0].mentions[0].text == "Neustadt"
    doc = run("In Neustadt an der Weinstraße brannte es.")
    assert doc.places[0].name == "Neustadt an der Weinstraße" and doc.places[0].precision == 1
