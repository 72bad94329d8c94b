"""Places stage on English sentences: possessives, adjectives, ambiguity, non-places."""
from __future__ import annotations

from functools import lru_cache

from lagebild.doc import Doc
from lagebild.pipeline import Pipeline
from lagebild.record import Article
from lagebild import places


@lru_cache(maxsize=1)
def _pre():
    return Pipeline(("language",))


def run(text: str) -> Doc:
    doc = _pre()(Article(id="t", language="en", text=text))
    places.annotate(doc)
    for p in doc.places:
        for m in p.mentions:
            assert doc.text[m.start:m.end] == m.text
    return doc


def test_possessive_and_adjectives():
    doc = run("Kazakhstan's president said Russian paratroopers and Armenian soldiers would leave Kazakhstan soon.")
    kz = [p for p in doc.places if p.country == "KZ"]
    assert len(kz) == 1 and [m.text for m in kz[0].mentions] == ["Kazakhstan", "Kazakhstan"]
    assert {p.country for p in doc.places} == {"KZ", "RU", "AM"}
    assert all(p.feature == "country" and p.precision == 3 for p in doc.places)


def test_language_names_and_person_nouns_are_not_places():
    doc = run("She speaks Russian and Kazakh fluently, like many Russians.")
    assert doc.places == []


def test_ambiguous_names_by_context():
    assert run("Thousands marched in Paris on Saturday.").places[0].country == "FR"
    doc = run("A tornado hit Paris, Texas, on Tuesday.")
    paris = [p for p in doc.places if p.name == "Paris"]
    assert paris and paris[0].country == "US" and paris[0].admin1 == "Texas"
    assert run("Archaeologists found a shipwreck off Alexandria.").places[0].country == "EG"
    doc = run("Police in Alexandria, Virginia, arrested a man.")
    assert [p for p in doc.places if p.name == "Alexandria"][0].country == "US"
    doc = run("The governor of Georgia signed the bill in Atlanta.")
    assert [p for p in doc.places if p.name == "Georgia"][0].feature == "admin1"
    doc = run("Georgia's parliament met in Tbilisi.")
    assert [p for p in doc.places if p.name == "Georgia"][0].feature == "country"


def test_region_in_context():
    doc = run("Bushfires burned across Victoria as authorities in Melbourne issued warnings.")
    vic = [p for p in doc.places if p.name == "Victoria"]
    assert vic and vic[0].country == "AU" and vic[0].feature == "admin1" and vic[0].precision == 3


def test_outlets_people_and_months():
    doc = run("The Washington Post and Tass reported in March that Paris Hilton and Denzel Washington "
              "posted on Telegram and Facebook.")
    assert doc.places == []


def test_near_gives_precision_two():
    doc = run("Fighting was reported near Donetsk.")
    assert doc.places[0].name == "Donetsk" and doc.places[0].precision == 2


def test_given_names_and_titles():
    doc = run("Jordan Peterson and Mr Paris spoke at the event.")
    assert doc.places == []
    assert run("Jordan closed its border.").places[0].country == "JO"


def test_regions_named_with_their_towns():
    doc = run("Voters in Georgia lined up outside polling stations in Atlanta and Savannah.")
    ga = [p for p in doc.places if p.name == "Georgia"]
    assert ga and ga[0].feature == "admin1" and ga[0].country == "US"


def test_region_named_after_its_town_is_a_separate_coarse_place():
    doc = run("Shelling hit Donetsk, and fighting spread across the Donetsk region.")
    don = [p for p in doc.places if p.name == "Donetsk"]
    assert sorted(p.precision for p in don) == [1, 3]


def test_unresolvable_town_stays_at_country_level():
    doc = run("Police in Springfield arrested two men.")
    assert [(p.feature, p.country, p.precision) for p in doc.places] == [("country", "US", 3)]
    doc = run("A storm hit Springfield, Illinois.")
    spr = [p for p in doc.places if p.name == "Springfield"]
    assert spr and spr[0].admin1 == "Illinois" and spr[0].precision == 1


@lru_cache(maxsize=1)
def _with_entities():
    return Pipeline(("language", "entities"))


def test_names_of_korea_and_last_words_of_longer_names():
    doc = _with_entities()(Article(id="t", language="en", text=(
        "The Democratic People's Republic of Korea (DPRK) put its artillery on alert. South Korea sent "
        "two destroyers to waters near Yeonpyeong Island, close to the Military Demarcation Line on "
        "the Korean peninsula. The DPRK warned of countermeasures.")))
    places.annotate(doc)
    by_cc = {p.country: [m.text for m in p.mentions] for p in doc.places}
    assert by_cc["KP"] == ["Democratic People's Republic of Korea", "DPRK", "DPRK"]
    assert by_cc["KR"] == ["South Korea"]
    assert "IS" not in by_cc and "CZ" not in by_cc and "US" not in by_cc   # Iceland, Líně, Peninsula (Ohio)


def test_a_big_place_inside_a_longer_name_stays():
    doc = _with_entities()(Article(id="t", language="en", text=(
        "A teenager was stabbed outside a nightclub in south London. Navies held exercises in the South China Sea.")))
    places.annotate(doc)
    assert {p.country for p in doc.places} >= {"GB"}
