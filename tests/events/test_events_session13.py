"""Event rules of 2026-12-08 (sixth session): hostages taken ("nahm 50 Dorfbewohner als
Geiseln", "took three customers hostage"): the verb's subject is the actor, its object the
target; hostages taken by a single person of no armed group or state are a crime."""
from __future__ import annotations

from helpers_events import analyze, of_type, run


def _args(ev):
    return [a.text for a in ev.actors], [a.text for a in ev.targets]


def test_de_hostages_taken_as_predicative_noun():
    doc = run(analyze("Die Miliz nahm bei dem Überfall mehr als 50 Dorfbewohner als Geiseln.", "de"))
    ev = [e for e in doc.events if e.trigger.text == "Geiseln"][0]
    assert ev.type == "ASSAULT"
    assert _args(ev) == (["Die Miliz"], ["mehr als 50 Dorfbewohner"])
    doc = run(analyze("Ein Mann hat in einer Bank in Hamburg mehrere Kunden als Geiseln genommen.", "de"))
    ev = [e for e in doc.events if e.trigger.text == "Geiseln"][0]
    assert _args(ev) == (["Ein Mann"], ["mehrere Kunden"])


def test_de_hostage_taking_by_a_single_person_is_a_crime():
    doc = run(analyze("Ein bewaffneter Mann hat in einer Bank mehrere Kunden als Geiseln genommen.", "de"))
    assert [e.type for e in doc.events if e.trigger.text == "Geiseln"] == ["CRIME"]
    # an armed group's hostage-taking stays an assault
    doc = run(analyze("Kämpfer der Miliz nahmen mehrere Kunden als Geiseln.", "de"))
    assert [e.type for e in doc.events if e.trigger.text == "Geiseln"] == ["ASSAULT"]
    # no actor named: an assault, as before
    doc = run(analyze("Mehrere Kunden wurden als Geiseln genommen.", "de"))
    assert [e.type for e in doc.events if e.trigger.text == "Geiseln"] == ["ASSAULT"]


def test_de_als_phrase_of_another_noun_is_no_predicative():
    # "als Terrorangriff bezeichnet": the noun names what the act was, nobody took part in it here
    doc = run(analyze("Die Armee bezeichnete den Vorfall als Terrorangriff.", "de"))
    for ev in doc.events:
        assert [a.text for a in ev.actors] != ["Die Armee"] or ev.type != "ASSAULT"


def test_en_hostages_taken_as_predicative_noun():
    doc = run(analyze("Militants took 20 villagers hostage.", "en"))
    assert _args(of_type(doc, "ASSAULT")[0]) == (["Militants"], ["20 villagers"])
    doc = run(analyze("Inmates are holding five guards hostage.", "en"))
    assert _args(of_type(doc, "ASSAULT")[0]) == (["Inmates"], ["five guards"])
    doc = run(analyze("Twelve tourists were taken hostage by the rebels.", "en"))
    assert _args(of_type(doc, "ASSAULT")[0]) == (["the rebels"], ["Twelve tourists"])


def test_en_hostage_taking_by_a_single_person_is_a_crime():
    doc = run(analyze("A man armed with a knife took three customers hostage at a bank on Monday.", "en"))
    ev, = [e for e in doc.events if e.trigger.text == "hostage"]
    assert ev.type == "CRIME" and _args(ev) == (["A man"], ["three customers"])
