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


# --------------------------------------------------------------------------- hyphen compounds
def names(doc):
    return [(p.name, p.country, [m.text for m in p.mentions]) for p in doc.places]


@pytest.mark.parametrize("text,name,mention", [
    ("The New York-based Committee to Protect Journalists called for their release.", "New York City", "New York"),
    ("A Sierra Leone-born activist was detained.", "Sierra Leone", "Sierra Leone"),
    ("He joined a London-based rights group last year.", "London", "London"),
    ("The Paris-based organisation condemned the raid.", "Paris", "Paris"),
])
def test_place_before_based_or_born_en(text, name, mention):
    doc = run(text, "en")
    assert [(n, ms) for n, _cc, ms in names(doc)] == [(name, [mention])]


def test_new_york_based_is_not_york_en():
    doc = run("The New York-based Committee to Protect Journalists called for their release.", "en")
    assert [p.country for p in doc.places] == ["US"]


@pytest.mark.parametrize("text,name,mention", [
    ("Das Sri-Lanka-Komitee forderte die Freilassung.", "Sri Lanka", "Sri-Lanka"),
    ("Die New-York-Reise des Kanzlers wurde abgesagt.", "New York City", "New-York"),
    ("Vor der Baden-Württemberg-Wahl stiegen die Umfragewerte.", "Baden-Württemberg", "Baden-Württemberg"),
    ("Das in New York ansässige Komitee zum Schutz von Journalisten protestierte.", "New York City", "New York"),
])
def test_multiword_place_in_hyphen_compound_de(text, name, mention):
    doc = run(text, "de")
    assert [(n, ms) for n, _cc, ms in names(doc)] == [(name, [mention])]


# --------------------------------------------------------------------------- unit words before a name
def test_department_and_city_of_the_same_name_en():
    doc = run("Dengue overwhelms Santa Cruz. Bolivia said the outbreak in the eastern department of Santa Cruz "
              "had killed 41 people. Doctors will arrive in Santa Cruz de la Sierra on Sunday.", "en")
    sc = {(p.feature, p.country): [m.text for m in p.mentions] for p in doc.places if p.name.startswith("Santa Cruz")}
    assert sc[("admin1", "BO")] == ["Santa Cruz"]
    assert ("city", "BO") in sc


def test_department_and_city_of_the_same_name_de():
    doc = run("Dengue-Ausbruch in Santa Cruz. Bolivien meldet aus dem Departamento Santa Cruz 41 Tote. "
              "Ärzte sollen am Sonntag in Santa Cruz de la Sierra eintreffen.", "de")
    sc = {(p.feature, p.country): [m.text for m in p.mentions] for p in doc.places if p.name.startswith("Santa Cruz")}
    assert sc[("admin1", "BO")] == ["Santa Cruz"]
    assert ("city", "BO") in sc


# --------------------------------------------------------------------------- units and regions
def places_by_name(doc):
    return {p.name: p for p in doc.places}


@pytest.mark.parametrize("word,name,cc", [
    ("Gagausien", "Gagauzia", "MD"), ("Kalabrien", "Calabria", "IT"), ("Abchasien", "Abkhazia", "GE"),
])
def test_german_ien_names_of_regions_de(word, name, cc):
    doc = run(f"Die Polizei durchsuchte mehrere Wohnungen in {word}.", "de")
    p = places_by_name(doc)[name]
    assert p.country == cc and p.feature == "admin1" and p.mentions[0].text == word


@pytest.mark.parametrize("word", ["Medien", "Kolonien", "Studien", "Familien"])
def test_ien_rule_leaves_common_nouns_alone_de(word):
    assert run(f"Die {word} berichteten am Montag ausführlich darüber.", "de").places == []


def test_transnistria_de_en():
    doc = run("In der abtrünnigen Region Transnistrien sind rund 1500 russische Soldaten stationiert.", "de")
    p = places_by_name(doc)["Transnistria"]
    assert p.country == "MD" and p.feature == "other" and p.mentions[0].text == "Transnistrien"
    assert abs(p.lat - 47.0) < 0.8 and abs(p.lon - 29.4) < 0.8
    doc = run("About 1,500 Russian soldiers are stationed in the breakaway region of Transnistria.", "en")
    assert places_by_name(doc)["Transnistria"].country == "MD"


def test_french_departement_de_en():
    doc = run("Das teilte die Präfektur des Départements Pyrénées-Orientales mit.", "de")
    p = places_by_name(doc)["Pyrénées-Orientales"]
    assert p.country == "FR" and p.feature == "admin2" and p.precision == 2
    assert abs(p.lat - 42.6) < 0.5 and abs(p.lon - 2.6) < 0.6
    doc = run("Farmers blocked roads in the Pyrénées-Orientales department on Monday.", "en")
    assert places_by_name(doc)["Pyrénées-Orientales"].feature == "admin2"


def test_departement_named_like_its_town_stays_the_town_de_en():
    # second-level units named like a town: the bare name is the town
    doc = run("Tausende demonstrierten am Samstag in Barcelona und Madrid.", "de")
    assert [(p.name, p.feature) for p in doc.places] == [("Barcelona", "city"), ("Madrid", "city")]
    doc = run("Thousands marched in Barcelona and Madrid on Saturday.", "en")
    assert [(p.name, p.feature) for p in doc.places] == [("Barcelona", "city"), ("Madrid", "city")]


def test_bare_name_after_named_department_is_the_department_de_en():
    doc = run("ELN-Kämpfer griffen im Departamento Arauca einen Militärposten an. "
              "Mehr als 2000 Menschen sind in Arauca geflohen.", "de")
    ar = [p for p in doc.places if p.name == "Arauca"]
    assert len(ar) == 1 and ar[0].feature == "admin1" and len(ar[0].mentions) == 2
    doc = run("Rebels attacked an army post in the department of Arauca. "
              "More than 2,000 people have fled fighting in Arauca.", "en")
    ar = [p for p in doc.places if p.name == "Arauca"]
    assert len(ar) == 1 and ar[0].feature == "admin1" and len(ar[0].mentions) == 2
