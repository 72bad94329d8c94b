"""The kind of a figure comes from the verb that governs it: an active verb right before
its object ("killing at least five people and wounding 23") binds to that object, also in
headline grammar ("Guards kill at least five", "Soldaten töten drei Zivilisten")."""
import pytest

from figures_helpers import figs


def kinds(text, lang):
    return [(f.text, f.kind) for f in figs(text, lang)]


@pytest.mark.parametrize("text,expected", [
    ("Security guards opened fire on hundreds of residents, killing at least five people and "
     "wounding 23, police said.", [("at least five people", "killed"), ("23", "injured")]),
    ("Soldiers killed four civilians and wounded nine others.",
     [("four civilians", "killed"), ("nine others", "injured")]),
    ("The blast killed 12 and injured 30.", [("12", "killed"), ("30", "injured")]),
    ("Guards kill at least five at protest over toxic spill at copper mine",
     [("at least five", "killed")]),
    ("Blast kills 12, injures 30 at market in Maiduguri", [("12", "killed"), ("30", "injured")]),
    ("Floods kill at least 40 and displace thousands in northern Nigeria",
     [("at least 40", "killed"), ("thousands", "displaced")]),
    ("Police arrest 15 and injure dozens as strike turns violent",
     [("15", "arrested"), ("dozens", "injured")]),
    ("Troops wound 12 protesters in Dhaka", [("12 protesters", "injured")]),
    ("Two people died and 15 were injured.", [("Two people", "killed"), ("15", "injured")]),
])
def test_english_governing_verb(text, expected):
    assert kinds(text, "en") == expected


@pytest.mark.parametrize("text,expected", [
    ("Soldaten töten drei Zivilisten und verletzen zwölf weitere",
     [("drei Zivilisten", "killed"), ("zwölf weitere", "injured")]),
    ("Unwetter tötet mindestens 40 Menschen und vertreibt Tausende",
     [("mindestens 40 Menschen", "killed"), ("Tausende", "displaced")]),
    ("Polizei nimmt 15 Menschen fest und verletzt Dutzende",
     [("15 Menschen", "arrested"), ("Dutzende", "injured")]),
    ("Mindestens fünf Tote bei Protesten in Kenia", [("Mindestens fünf Tote", "killed")]),
    ("Sicherheitskräfte töten fünf Demonstranten in Nairobi", [("fünf Demonstranten", "killed")]),
    ("Bei den Zusammenstößen wurden drei Menschen getötet und 40 verletzt.",
     [("drei Menschen", "killed"), ("40", "injured")]),
])
def test_german_governing_verb(text, expected):
    assert kinds(text, "de") == expected


def test_article_object_of_a_verb_counts_one():
    assert kinds("Gunmen abduct 20 students and kill a teacher in Kaduna", "en") == [
        ("20 students", "other"), ("a teacher", "killed")]
    assert kinds("Bewaffnete entführen 20 Schüler und töten einen Lehrer", "de") == [
        ("20 Schüler", "other"), ("einen Lehrer", "killed")]


def test_weak_protest_cue_does_not_reach_into_nested_clauses():
    assert kinds("The protest followed a spill from a tailings dam at the mine earlier this month that residents "
                 "say contaminated a stream used by about 8,000 people for drinking water and irrigation.", "en") == []
    assert kinds("Some 20,000 people took part in the protest on Saturday.", "en") == [
        ("Some 20,000 people", "participants")]


@pytest.mark.parametrize("text,expected", [
    ("Thousands flee as fighting nears Goma", [("Thousands", "displaced")]),
    ("Five dead, dozens hurt in Nairobi protest", [("Five", "killed"), ("dozens", "injured")]),
    ("Dozens detained in crackdown on opposition", [("Dozens", "arrested")]),
])
def test_headline_verb_read_as_a_noun_is_no_counted_noun(text, expected):
    assert kinds(text, "en") == expected


def test_weak_protest_cue_reaches_far_in_one_clause():
    assert kinds("Zu der Kundgebung gegen die geplante Schließung des Stahlwerks im Süden der Stadt kamen nach "
                 "Angaben der Polizei am Samstagvormittag rund 8000 Menschen.", "de") == [
        ("rund 8000 Menschen", "participants")]
