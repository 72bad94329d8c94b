"""Times: causes of the e2e-dev3 misses as general rules (German and English): the first or last
three or six months of a year are a quarter or half, coordinated verb phrases are clauses of their
own for the tense, and "overnight" before a named earlier day is the night before that day."""
from __future__ import annotations

import pytest

from times_helpers import find, run


# ------------------------------------------------------------ first / last months of a year
@pytest.mark.parametrize("text,needle,value", [
    ("The UN counted 400 kidnappings in the first three months of this year alone.", "first three months", "2024-Q1"),
    ("Exports fell in the first six months of 2023.", "first six months", "2023-H1"),
    ("Sales rose in the last three months of 2022.", "last three months", "2022-Q4"),
    ("Output grew in the last six months of last year.", "last six months", "2023-H2"),
])
def test_en_months_of_a_year_as_quarter_or_half(text, needle, value):
    doc = run(text, "2024-05-30", lang="en")
    t = find(doc, needle)
    assert t.value == value and t.type == "DATE"


def test_en_this_year_is_the_publication_year_after_a_background_year():
    doc = run("Moise was killed in 2021. The UN counted 400 kidnappings in the first three months of this year.",
              "2024-05-30", lang="en")
    assert find(doc, "first three months").value == "2024-Q1"


def test_en_months_without_a_year_stay_a_duration():
    doc = run("The talks lasted for the first three months.", "2024-05-30", lang="en")
    assert all(not t.value.endswith("Q1") for t in doc.times)


@pytest.mark.parametrize("text,needle,value", [
    ("Die UN zählten in den ersten drei Monaten dieses Jahres 400 Entführungen.", "ersten drei Monaten", "2024-Q1"),
    ("Moise wurde 2021 getötet. In den ersten drei Monaten dieses Jahres gab es 400 Entführungen.",
     "ersten drei Monaten", "2024-Q1"),
    ("Die Exporte sanken in den ersten sechs Monaten 2023.", "ersten sechs Monaten", "2023-H1"),
    ("In den letzten drei Monaten des vergangenen Jahres stieg der Absatz.", "letzten drei Monaten", "2023-Q4"),
])
def test_de_months_of_a_year_as_quarter_or_half(text, needle, value):
    t = find(run(text, "2024-05-30"), needle)
    assert t.value == value and t.type == "DATE"


# ------------------------------------------------------------ coordinated verb phrases
def test_de_coordinated_relative_clause_keeps_each_verbs_tense():
    doc = run("An der Übung, die am Donnerstag startete und bis Dienstag dauern soll, nähmen 10.000 Soldaten teil.",
              "2025-05-09")
    assert find(doc, "Donnerstag").value == "2025-05-08"
    assert find(doc, "Dienstag").value == "2025-05-13"


def test_de_coordinated_main_clauses():
    doc = run("Der Minister kam am Montag an und wird am Freitag abreisen.", "2025-05-07")
    assert find(doc, "Montag").value == "2025-05-05"
    assert find(doc, "Freitag").value == "2025-05-09"


def test_de_coordinated_nouns_are_not_cut():
    doc = run("Polizisten und Soldaten waren am Donnerstag im Einsatz.", "2025-05-09")
    assert find(doc, "Donnerstag").value == "2025-05-08"


def test_en_coordinated_verb_phrases():
    doc = run("The delegation arrived on Thursday and will leave on Tuesday.", "2025-05-09", lang="en")
    assert find(doc, "Thursday").value == "2025-05-08"
    assert find(doc, "Tuesday").value == "2025-05-13"


# ------------------------------------------------------------ overnight before a named day
def test_en_overnight_before_a_later_named_day():
    doc = run("Saturday's blast ripped through a tank.\n\nAround 600 residents were evacuated overnight and "
              "allowed to return on Sunday, the agency said.", "2024-07-09", lang="en")
    assert find(doc, "overnight").value == "2024-07-06TNI"


def test_en_overnight_reported_on_an_earlier_day():
    doc = run("Rebels attacked the village overnight, the army said on Monday.", "2024-07-09", lang="en")
    assert find(doc, "overnight").value == "2024-07-07TNI"


def test_en_overnight_reported_on_the_publication_day_is_the_last_night():
    doc = run("Rebels attacked the village overnight, the army said on Tuesday.", "2024-07-09", lang="en")
    assert find(doc, "overnight").value == "2024-07-08TNI"


def test_de_last_night_unchanged():
    doc = run("In der Nacht griffen Rebellen das Dorf an, teilte die Armee am Montag mit.", "2024-07-09")
    assert all(t.value != "2024-07-09TNI" for t in doc.times)
