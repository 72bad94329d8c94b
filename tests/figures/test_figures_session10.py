"""Figures: what the people counted did or suffered, not only who they are: refugees who
protest are participants, the agent of a passive is no victim, people treated for burns are
injured, people who lost their homes are displaced; a compound's head counts one person
("Ein Lastwagenfahrer wurde getötet"); a bare number after a count verb is another count of
the figure before it."""
from figures_helpers import figs, one


def test_status_noun_with_protest_verb_counts_participants():
    f = one("On Saturday, hundreds of migrants protested outside the detention centre.", "en")
    assert f.kind == "participants"
    assert one("About 300 refugees fled the fighting.", "en").kind == "displaced"


def test_agent_of_a_passive_is_not_a_victim():
    assert figs("Der Bürgermeister wurde von drei Männern erschossen.", "de") == []
    assert figs("The mayor was shot dead by three gunmen.", "en") == []
    f = one("Bei dem Überfall von 20 Bewaffneten wurden fünf Dorfbewohner getötet.", "de")
    assert (f.kind, f.min) == ("killed", 5)
    assert one("Die Polizei meldete die Festnahme von 20 Menschen.", "de").kind == "arrested"


def test_treated_for_burns_and_lost_homes():
    fs = figs("Officials said 14 people were being treated for burns and about 900 people had lost their homes.", "en")
    assert [(f.kind, f.min) for f in fs] == [("injured", 14), ("displaced", 900)]


def test_german_compound_person_noun_with_article_counts_one():
    f = one("Ein 40-jähriger Lastwagenfahrer wurde bei dem Anschlag getötet.", "de")
    assert (f.kind, f.min, f.max) == ("killed", 1, 1)


def test_bare_number_after_count_verb_repeats_the_kind():
    fs = figs("Seit Januar wurden drei Umweltschützer getötet, die Organisation Global Witness zählt mindestens fünf.", "de")
    assert [(f.kind, f.min) for f in fs] == [("killed", 3), ("killed", 5)]
    fs = figs("The army said 12 soldiers were killed; the rebels counted 30.", "en")
    assert [(f.kind, f.min) for f in fs] == [("killed", 12), ("killed", 30)]


def test_de_escaped_prisoners_recaptured_and_led_away():
    fs = figs("Die Ministerin sprach von 43 Entflohenen, die Gefängnisverwaltung von 39.", "de")
    assert [(f.kind, f.min) for f in fs] == [("other", 43), ("other", 39)]
    f = one("Bis Donnerstag seien elf von ihnen wieder gefasst worden.", "de")
    assert (f.kind, f.min) == ("arrested", 11)
    f = one("Nach Angaben von Angehörigen wurden mindestens 14 Dorfbewohner ohne Haftbefehl abgeführt.", "de")
    assert (f.kind, f.min) == ("arrested", 14)


def test_de_list_of_nouns_and_particle_after_apposition():
    f = one("Seit dem Putsch sitzen mehr als 80 Politiker, Journalisten und Aktivisten ohne Anklage in Haft.", "de")
    assert (f.kind, f.min) == ("arrested", 80)
    f = one("Die Polizei nahm den Direktor der Haftanstalt, Hugo Acosta, und sieben Wärter fest.", "de")
    assert (f.kind, f.min, f.who) == ("arrested", 7, "Wärter")
