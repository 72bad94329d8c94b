"""Places of 2026-12-07 (fifth session): "St" for "Saint", a region in the possessive before a
town, one apposition for every mention of a name, a road named after a town."""
from __future__ import annotations

from lagebild.pipeline import Pipeline
from lagebild.record import Article

PIPE = Pipeline(("language", "entities", "places"))


def places(text: str, lang: str = "en"):
    return [(p.name, p.country, p.feature, len(p.mentions)) for p in PIPE(Article(id="t", language=lang, text=text)).places]


def test_st_abbreviates_saint():
    got = places("Roads were blocked across Spanish Town, St Catherine, yesterday as residents protested in Jamaica.")
    assert ("Saint Catherine", "JM", "admin1", 1) in got


def test_a_regions_possessive_and_an_apposition_settle_an_ambiguous_town():
    # Aurangabad in Maharashtra is ten times larger than Aurangabad in Bihar
    text = ("A journalist was shot dead in Bihar's Aurangabad on Saturday.\n\n"
            "Police in Aurangabad said three men were arrested.")
    got = places(text)
    assert [(n, a) for n, _c, a, _k in got if n.startswith("Aurang")] == [("Aurangābād", "city")]
    pl = PIPE(Article(id="t", language="en", text=text)).places
    town = [p for p in pl if p.name.startswith("Aurang")][0]
    assert town.admin1 == "Bihār" and len(town.mentions) == 2
    text = ("Aurangabad (Bihar), Apr 20 (PTI) Three men have been arrested for the murder of a journalist.\n\n"
            "Journalists blocked a road in Aurangabad on Sunday.")
    pl = PIPE(Article(id="t", language="en", text=text)).places
    town = [p for p in pl if p.name.startswith("Aurang")][0]
    assert town.admin1 == "Bihār" and len(town.mentions) == 2


def test_a_road_named_after_a_town_is_no_mention_of_the_town():
    got = places("About 200 journalists blocked the Grand Trunk Road in India for three hours on Sunday.")
    assert [n for n, *_ in got] == ["India"]


def test_former_country_names():
    got = places("Eswatini, formerly known as Swaziland, is a landlocked kingdom.")
    assert got == [("Eswatini", "SZ", "country", 2)]
    got = places("Swasiland und Osttimor schickten Beobachter nach Kapverden.", "de")
    assert {(n, c) for n, c, *_ in got} == {("Eswatini", "SZ"), ("Timor Leste", "TL"), ("Cabo Verde", "CV")}
