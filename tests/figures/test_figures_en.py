"""English figures."""
import pytest

from figures_helpers import figs as _figs
from figures_helpers import one as _one


def figs(text):
    return _figs(text, "en")


def one(text):
    return _one(text, "en")


@pytest.mark.parametrize("text,kind,lo,hi,qual,est", [
    ("At least 23 people were killed in a bomb attack.", "killed", 23, None, "at_least", 23),
    ("Security forces detained about 200 protesters.", "arrested", 200, 200, "about", 200),
    ("Up to 3,000 people have been left homeless.", "displaced", None, 3000, "at_most", 3000),
    ("Fourteen miners remain missing after the explosion.", "missing", 14, 14, "exact", 14),
    ("Between 20 and 30 fighters died in the clashes.", "killed", 20, 30, "about", 20),
    ("The conflict has killed more than half a million people.", "killed", 500000, None, "at_least", 500000),
    ("More than a dozen police officers were injured.", "injured", 12, None, "at_least", 12),
    ("Some 20,000 people demonstrated in Berlin on Saturday.", "participants", 20000, 20000, "about", 20000),
    ("The militia abducted two hundred villagers.", "other", 200, 200, "exact", 200),
])
def test_numbers(text, kind, lo, hi, qual, est):
    f = one(text)
    assert (f.kind, f.min, f.max, f.qualifier, f.estimate) == (kind, lo, hi, qual, est)


@pytest.mark.parametrize("text,kind,est", [
    ("Dozens of opposition supporters were arrested.", "arrested", 12),
    ("Hundreds of pilgrims were injured in the stampede.", "injured", 100),
    ("Thousands of demonstrators marched through Belgrade.", "participants", 1000),
    ("Tens of thousands took to the streets.", "participants", 10000),
    ("Scores of protesters were wounded.", "injured", 20),
])
def test_vague(text, kind, est):
    f = one(text)
    assert (f.kind, f.qualifier, f.estimate) == (kind, "vague", est)


def test_kinds_per_clause_and_bare_numbers():
    fs = figs("One person was killed and three were seriously injured in the crash.")
    assert [(f.kind, f.min) for f in fs] == [("killed", 1), ("injured", 3)]
    f = one("The death toll rose to 57, officials said.")
    assert (f.kind, f.min) == ("killed", 57)


@pytest.mark.parametrize("text", [
    "The city of 80,000 residents lies close to the border.",
    "The 54-year-old has ruled the country since 1999.",
    "The explosion happened at around 2 pm.",
    "About 70 percent of voters backed the new constitution.",
    "Parliament passed the bill by 312 votes to 107.",
    "A total of 1,200 police officers are on duty.",
    "Fuel prices rose by 40 cents a litre within a week.",
])
def test_not_figures(text):
    assert figs(text) == []


def test_subject_cut_by_an_inserted_clause():
    fs = figs("Seventeen people, including nine children, were killed in the bus crash.")
    assert [(f.text, f.kind) for f in fs] == [("Seventeen people", "killed"), ("nine children", "killed")]


def test_dates_and_years_are_not_figures():
    assert figs("On March 3, the two sides agreed on a ceasefire.") == []
    assert "2010 famine" not in [f.text for f in figs("In June to August 2010 famine struck the Sahel.")]


def test_part_of_a_figure_keeps_its_kind_when_the_next_conjunct_has_another():
    fs = figs("Local health authorities have reported 27 people killed, including four nurses, "
              "and at least 40 wounded.")
    assert [(f.text, f.kind) for f in fs] == [("27 people", "killed"), ("four nurses", "killed"),
                                              ("at least 40", "injured")]


def test_people_who_sought_shelter_are_displaced():
    f = one("About 4,000 people have sought shelter near the UN base since Sunday.")
    assert (f.kind, f.min) == ("displaced", 4000)
    f = one("More than 300 families took refuge in the church.")
    assert f.kind == "displaced"
