"""Seas, straits and lakes (data/water.tsv, country XZ: international waters) and named regions
that are unions of first-level units (data/regions.tsv), in German and English."""
import pytest

from lagebild.pipeline import Pipeline
from lagebild.record import Article


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(("language", "entities", "places"))


def places(pipe, lang, text):
    doc = pipe(Article(id="x", language=lang, text=text))
    return {p.name: p for p in doc.places}


def test_seas_and_lakes_en(pipe):
    ps = places(pipe, "en", "Warships sailed into the Yellow Sea. Migrants drowned in the Mediterranean.")
    assert ps["Yellow Sea"].feature == "other" and ps["Yellow Sea"].country == "XZ"
    assert abs(ps["Yellow Sea"].lat - 35.5) < 3 and abs(ps["Yellow Sea"].lon - 123) < 3
    assert "Mediterranean Sea" in ps


def test_seas_and_lakes_de_inflected(pipe):
    ps = places(pipe, "de", "Im Schwarzen Meer sank ein Frachter. Die Rebellen zogen sich an den Kivusee zurück.")
    assert {"Black Sea", "Lake Kivu"} <= set(ps)


def test_regions_made_of_first_level_units(pipe):
    ps = places(pipe, "en", "Fighting was reported in Puntland. Troops moved into South Ossetia. "
                            "Drought hit the Bay region of Somalia.")
    assert ps["Puntland"].country == "SO" and ps["Puntland"].feature == "other"
    assert ps["South Ossetia"].country == "GE"
    assert ps["Bay"].country == "SO" and ps["Bay"].feature == "admin1"
    assert not any(p.country == "PH" for p in ps.values())   # not Bay, Laguna
    ps = places(pipe, "de", "Kämpfe in Südossetien und auf der Sinai-Halbinsel.")
    assert ps["South Ossetia"].country == "GE" and ps["Sinai"].country == "EG"


def test_small_namesake_in_a_country_the_article_never_names_is_dropped(pipe):
    # Foya in Liberia is missing from the gazetteer; its only namesake is a small town in China
    ps = places(pipe, "de", "Die Regierung Liberias hat den Bezirk Foya unter Quarantäne gestellt. "
                            "Am Mittwoch kam es in Foya zu Protesten.")
    assert "Foya" not in ps and "Liberia" in ps


def test_compass_word_alone_is_no_town_and_a_named_region_rules_out_a_foreign_namesake():
    from lagebild.pipeline import Pipeline
    from lagebild.record import Article
    pipe = Pipeline(("language", "entities", "places"))
    doc = pipe(Article(id="x", language="en", text="Four passengers were killed near Chakradharpur in Jharkhand's "
                       "West Singhbhum district. Three rebels were killed in the Saranda forest last week."))
    names = {(p.name, p.country) for p in doc.places}
    assert ("Chakradharpur", "IN") in names
    assert not any(c in ("US", "AL") for _n, c in names)


def test_names_of_halls_of_residence_are_no_places():
    from lagebild.pipeline import Pipeline
    from lagebild.record import Article
    pipe = Pipeline(("language", "entities", "places"))
    doc = pipe(Article(id="x", language="en", text="Armed men broke down the doors of Livingstone and Mitchell "
                       "halls at about 2 a.m. in Kampala."))
    assert [p.name for p in doc.places] == ["Kampala"]


def test_word_before_an_arabic_article_compound_is_no_place_of_its_own():
    from lagebild.pipeline import Pipeline
    from lagebild.record import Article
    pipe = Pipeline(("language", "entities", "places"))
    doc = pipe(Article(id="x", language="de", text="Die Armee riegelte in Ägypten das Gebiet um Bir al-Abd ab."))
    assert [p.country for p in doc.places] == ["EG"]


def test_upper_case_two_word_dateline_stays_one_name():
    from lagebild.pipeline import Pipeline
    from lagebild.record import Article
    pipe = Pipeline(("language", "entities", "places"))
    doc = pipe(Article(id="x", language="en", text="Rebels sign peace deal\n\nADDIS ABABA, Sept. 11 (Xinhua) -- "
                       "The government and the rebels signed a peace agreement on Thursday."))
    assert ("Addis Ababa", "ET") in {(p.name, p.country) for p in doc.places}
