"""Places stage: coverage of country adjectives, units and compounds (German and English)."""
from __future__ import annotations

from functools import lru_cache

import pytest

from lagebild.doc import Doc
from lagebild.pipeline import Pipeline
from lagebild.record import Article
from lagebild import places


@lru_cache(maxsize=1)
def _pre():
    return Pipeline(("language",))


def run(text: str, lang: str) -> Doc:
    doc = _pre()(Article(id="t", language=lang, text=text))
    places.annotate(doc)
    for p in doc.places:
        for m in p.mentions:
            assert doc.text[m.start:m.end] == m.text
    return doc


def country_mentions(doc, cc):
    return [m.text for p in doc.places if p.country == cc and p.feature == "country" for m in p.mentions]


# --------------------------------------------------------------------------- country adjectives
@pytest.mark.parametrize("text,cc,adj", [
    ("A Honduran detainee said guards had beaten two strikers.", "HN", "Honduran"),
    ("Malaysian police arrested three men on Monday.", "MY", "Malaysian"),
    ("The Guatemalan army said the road was open again.", "GT", "Guatemalan"),
    ("Several South Sudanese soldiers crossed the border.", "SS", "South Sudanese"),
])
def test_more_country_adjectives_en(text, cc, adj):
    assert country_mentions(run(text, "en"), cc) == [adj]


@pytest.mark.parametrize("text,cc,adj", [
    ("Ein honduranischer Häftling sagte, die Wärter hätten zwei Streikende geschlagen.", "HN", "honduranischer"),
    ("Die malaysische Polizei nahm am Montag drei Männer fest.", "MY", "malaysische"),
    ("Die guatemaltekische Armee meldete, die Straße sei wieder frei.", "GT", "guatemaltekische"),
])
def test_more_country_adjectives_de(text, cc, adj):
    assert country_mentions(run(text, "de"), cc) == [adj]


def test_country_and_adjective_are_two_mentions():
    doc = run("Most of them came from Honduras. A Honduran detainee said guards had beaten him.", "en")
    assert country_mentions(doc, "HN") == ["Honduras", "Honduran"]
    doc = run("Die meisten stammen aus Honduras. Ein honduranischer Häftling sagte, er sei geschlagen worden.", "de")
    assert country_mentions(doc, "HN") == ["Honduras", "honduranischer"]


# --------------------------------------------------------------------------- adjectives opening a clause
@pytest.mark.parametrize("text,cc,adj", [
    ("Perpignan (AFP) - Französische Landwirte haben die Autobahn blockiert.", "FR", "Französische"),
    ("Berlin (dpa) – Russische Truppen haben die Stadt angegriffen.", "RU", "Russische"),
    ("Der Minister sagte: „Polnische Bauern blockieren die Grenze.“", "PL", "Polnische"),
])
def test_capitalized_adjective_after_dateline_dash_or_quote_de(text, cc, adj):
    assert country_mentions(run(text, "de"), cc) == [adj]


def test_capitalized_noun_after_dash_is_not_an_adjective_de():
    doc = run("Berlin (dpa) - Deutsche wurden am Flughafen festgenommen.", "de")
    assert country_mentions(doc, "DE") == []


def test_adjective_after_dateline_dash_en():
    doc = run("PERPIGNAN (AFP) - French farmers blocked the motorway for days.", "en")
    assert country_mentions(doc, "FR") == ["French"]
