"""Event rules of 2026-12-08 (sixth session): hostages taken ("nahm 50 Dorfbewohner als
Geiseln", "took three customers hostage"): the verb's subject is the actor, its object the
target; hostages taken by a single person of no armed group or state are a crime."""
from __future__ import annotations

from helpers_events import analyze, full, names, of_type, run


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


def test_en_returned_fire_and_raids():
    doc = run(analyze("Soldiers exchanged fire with gunmen near the border.", "en"))
    assert _args(of_type(doc, "ASSAULT")[0]) == (["Soldiers"], ["gunmen"])
    doc = run(analyze("Its fighters had only returned fire.", "en"))
    assert [e.type for e in doc.events] == ["ASSAULT"]
    assert [e.type for e in run(analyze("At least 11 people were killed in a cattle raid.", "en")).events
            if e.trigger.text == "raid"] in ([], ["ASSAULT"])
    assert [e.type for e in run(analyze("Residents called it a revenge raid.", "en")).events] == ["ASSAULT"]
    # a police raid stays a search
    assert [e.type for e in run(analyze("Police carried out a raid on the house of the suspect.", "en")).events] \
        == ["INVESTIGATE"]


def test_en_who_names_an_act_does_not_do_it():
    ev, = run(analyze("Residents called it a revenge raid.", "en")).events
    assert ev.actors == []


def test_en_act_in_a_reported_conjunct_keeps_the_reported_subject():
    # "attack" is also a verb of criticism, but its plain reading is the assault
    doc = run(analyze("The army said that armed youths had crossed into Uganda and attacked a settlement near Moroto.",
                      "en"))
    ev = of_type(doc, "ASSAULT")[0]
    assert ev.certainty == "reported" and _args(ev) == (["armed youths"], ["a settlement"])
    # a speech act in that position is still the speaker's
    doc = run(analyze("Police denied that herders had attacked anyone and accused the army of lying.", "en"))
    assert [a.text for a in of_type(doc, "DISAPPROVE")[0].actors] == ["Police"]


def test_en_speaker_place_is_no_event_place():
    doc = full("The U.N. Secretary-General condemned the ambush and called on the authorities to act, "
               "his spokesman said in New York.", "en")
    assert all(e.place is None for e in doc.events)
    doc = full("Gunmen killed five people in Kaduna, police said in Abuja.", "en")
    assert names(doc, [of_type(doc, "ASSAULT")[0].place]) == ["Kaduna"]


def test_en_participle_that_spells_out_sanctions_is_the_same_act():
    doc = run(analyze("ECOWAS has imposed sanctions on seven military officers who seized power in The Gambia "
                      "earlier this month, freezing their assets.", "en"))
    ev, = of_type(doc, "SANCTION")
    assert ev.trigger.text == "sanctions"
    assert _args(ev) == (["ECOWAS"], ["seven military officers"])


def test_en_time_and_place_of_a_relative_clause_are_not_the_main_clause_s():
    doc = full("ECOWAS has imposed sanctions on seven military officers who seized power in The Gambia "
               "earlier this month.", "en")
    ev, = of_type(doc, "SANCTION")
    assert ev.time is None and ev.place is None


def test_en_threat_targets():
    doc = run(analyze("The mayor threatened to take the company to court if supplies did not arrive by Friday.", "en"))
    ev, = of_type(doc, "THREATEN")
    assert _args(ev) == (["The mayor"], ["the company"])
    doc = run(analyze("Darboe warned that The Gambia would leave ECOWAS if the bloc moved troops towards the capital.",
                      "en"))
    assert [a.text for a in of_type(doc, "THREATEN")[0].targets] == ["the bloc"]


def test_en_stones_thrown_at_officers_and_a_sit_in_broken_up():
    doc = run(analyze("Protesters threw stones and bottles at officers, who pushed them back with pepper spray.", "en"))
    riot = of_type(doc, "PROTEST")[0]
    assert _args(riot) == (["Protesters"], ["officers"])
    assert [a.text for a in of_type(doc, "COERCE")[0].actors] == ["officers"]
    doc = run(analyze("Last month, police broke up a sit-in by opposition lawmakers outside parliament.", "en"))
    ev = of_type(doc, "COERCE")[0]
    assert ev.trigger.text == "broke up" and [a.text for a in ev.actors] == ["police"]
    assert not [e for e in of_type(doc, "PROTEST") if [a.text for a in e.actors] == ["police"]]


def test_en_time_of_a_relative_clause_on_the_same_occasion_stays():
    doc = full("Police used batons to disperse hundreds of job seekers who gathered outside the office on Sunday.",
               "en")
    ev = [e for e in doc.events if e.type == "COERCE"][0]
    assert ev.time is not None and doc.item(ev.time).text == "Sunday"


def test_instrument_is_no_event_noun_of_the_verb():
    ev, = run(analyze("The crowd was driven back by police with tear gas and water cannon.", "en")).events
    assert ev.trigger.text == "driven back" and _args(ev) == (["police"], ["The crowd"])
    ev, = run(analyze("Police fired tear gas at the crowd.", "en")).events
    assert ev.trigger.text == "tear gas"        # the object of a support verb names the event
    ev, = run(analyze("Die Polizei drängte die Demonstranten mit Tränengas zurück.", "de")).events
    assert ev.type == "COERCE" and _args(ev) == (["Die Polizei"], ["die Demonstranten"])


def test_de_measure_on_a_town_named_after_its_kind():
    doc = full("Wegen der Lungenpest hat die Regierung Madagaskars die Hafenstadt Toamasina für 21 Tage unter "
               "Quarantäne gestellt.", "de")
    ev = of_type(doc, "COERCE")[0]
    assert names(doc, [ev.place]) == ["Toamasina"]


def test_en_origin_of_a_person_is_no_place():
    doc = full("Police detained a journalist from Kabul in Herat.", "en")
    ev = of_type(doc, "COERCE")[0]
    assert names(doc, [ev.place]) != ["Kabul"]


def test_en_troops_called_in():
    doc = run(analyze("Polling was suspended at 14 stations and army troops were called in to guard the rest.", "en"))
    assert [e.trigger.text for e in of_type(doc, "MOBILIZE")] == ["called in"]
    doc = run(analyze("Police called in the suspect for questioning.", "en"))
    assert of_type(doc, "MOBILIZE") == []


def test_de_comitative_mit_is_no_instrument():
    doc = run(analyze("Der staatliche Ölkonzern gründete mit einer Firma aus Usbekistan ein Gemeinschaftsunternehmen.",
                      "de"))
    assert [e.trigger.text for e in of_type(doc, "COOPERATE")] == ["Gemeinschaftsunternehmen"]


def test_en_past_tense_hung_on_an_infinitive_goes_with_the_main_verb():
    doc = run(analyze("Mayor Jorge Arbeláez called on Ecopetrol to send tankers and threatened to take the company "
                      "to court if supplies did not arrive by Friday.", "en"))
    ev, = of_type(doc, "THREATEN")
    assert ev.certainty == "asserted" and _args(ev) == (["Mayor Jorge Arbeláez"], ["the company"])


def test_en_remote_control_is_no_agent_and_blasts_rip_through():
    ev, = run(analyze("A second bomb was detonated by remote control near a polling station.", "en")).events
    assert ev.actors == []
    ev, = run(analyze("The bomb was detonated by militants.", "en")).events
    assert [a.text for a in ev.actors] == ["militants"]
    ev, = run(analyze("A blast ripped through a market in the capital.", "en")).events
    assert ev.type == "ASSAULT" and ev.trigger.text == "ripped through"
    assert run(analyze("The storm tore through the town.", "en")).events == []


def test_invited_to_talks_is_a_meeting_still_to_come():
    doc = run(analyze("Der Minister lud die Gewerkschaften für Freitag zu Gesprächen nach Abuja ein.", "de"))
    ev, = of_type(doc, "CONSULT")
    assert ev.certainty == "hypothetical" and _args(ev) == (["Der Minister"], ["die Gewerkschaften"])
    doc = run(analyze("The president invited the unions to talks in Abuja on Friday.", "en"))
    ev, = of_type(doc, "CONSULT")
    assert ev.certainty == "hypothetical" and _args(ev) == (["The president"], ["the unions"])
    # talks that took place stay asserted
    ev, = of_type(run(analyze("Die Gespräche fanden in Abuja statt.", "de")), "CONSULT")
    assert ev.certainty == "asserted"
