"""Figures rules found on the e2e dev2 set: animals and vehicles are no people, residents and
members count when a cue says what happened to them, a relative clause or a later predicate
gives the kind, hunger strikers take part in a protest, 'N of them' is part of the figure
before, expelled diplomats are 'other', English number words split at the hyphen."""
from figures_helpers import figs


def _k(text, lang):
    return [(f.text, f.kind) for f in figs(text, lang)]


def test_animals_and_vehicles_are_not_casualties_or_participants():
    assert _k("He said more than 300 cattle had been killed or stolen since January.", "en") == []
    assert _k("Bei dem Brand im Stall kamen mehr als 200 Rinder ums Leben.", "de") == []
    assert _k("Rund 600 Menschen hatten sich mit etwa 250 Traktoren an der Blockade beteiligt.", "de") == [
        ("Rund 600 Menschen", "participants")]
    assert _k("Police arrested 14 people and seized two shotguns.", "en") == [("14 people", "arrested")]


def test_residents_with_a_later_predicate():
    fs = figs("Elf Bewohner, darunter vier Kinder, seien mit Verdacht auf Rauchvergiftung in Krankenhäuser "
              "gebracht worden, sagte ein Polizeisprecher.", "de")
    assert [(f.text, f.kind, f.min) for f in fs] == [("Elf Bewohner", "injured", 11), ("vier Kinder", "injured", 4)]
    assert figs("Das Dorf hat rund 800 Bewohner, darunter viele Familien.", "de") == []


def test_residents_who_march_are_participants():
    f = figs("Hundreds of residents marched through the town on Wednesday morning.", "en")
    assert [(x.kind, x.estimate) for x in f] == [("participants", 100)]
    assert figs("The town of 80,000 residents lies close to the border.", "en") == []


def test_members_count_with_a_cue_in_a_relative_clause():
    f = figs("Der Bauernverband sprach dagegen von mehr als 40 Mitgliedern, die in Gewahrsam genommen "
             "worden seien.", "de")
    assert [(x.kind, x.min, x.qualifier) for x in f] == [("arrested", 40, "at_least")]
    assert figs("Die Partei hat nach eigenen Angaben 40.000 Mitglieder.", "de") == []
    f = figs("The union said at least four other staff members had been briefly held and questioned.", "en")
    assert [(x.kind, x.min, x.qualifier) for x in f] == [("arrested", 4, "at_least")]
    assert figs("The alliance has 32 members.", "en") == []


def test_blockers_are_participants_but_what_they_block_is_not():
    f = figs("Die Polizei setzte Tränengas ein, nachdem Hunderte Arbeiter die Zufahrt zur Mine blockiert hatten.", "de")
    assert [(x.kind, x.estimate) for x in f] == [("participants", 100)]
    assert figs("Die Streikenden blockierten mehrere Zufahrtsstraßen.", "de") == []


def test_hunger_strikers_are_participants():
    f = figs("Dozens of migrants held at an immigration detention centre have been on hunger strike "
             "since last Thursday, rights groups said.", "en")
    assert [(x.kind, x.estimate) for x in f] == [("participants", 12)]
    f = figs("The group said about 120 detainees, most of them from Venezuela and Haiti, were refusing food.", "en")
    assert [(x.kind, x.min) for x in f] == [("participants", 120)]
    f = figs("Nach Angaben der Organisation befinden sich 40 Häftlinge im Hungerstreik.", "de")
    assert [(x.kind, x.min) for x in f] == [("participants", 40)]


def test_part_of_them_and_split_number_words():
    fs = figs("Thirty-one people were injured, eleven of them police officers, he said.", "en")
    assert [(f.text, f.kind, f.min) for f in fs] == [("Thirty-one people", "injured", 31),
                                                      ("eleven of them police officers", "injured", 11)]
    fs = figs("Police arrested 14 people, nine of them herders, on Sunday.", "en")
    assert [(f.kind, f.min) for f in fs] == [("arrested", 14), ("arrested", 9)]


def test_expelled_diplomats_and_people_taken_away_in_a_kidnapping():
    assert _k("Moldau weist drei russische Diplomaten aus.", "de") == [("drei russische Diplomaten", "other")]
    assert _k("The government expelled four Russian diplomats on Friday.", "en") == [
        ("four Russian diplomats", "other")]
    fs = figs("Bewaffnete haben in Zamfara Dorfbewohner entführt. Ein Bauer sagte, die Bewaffneten hätten "
              "mehr als 80 Menschen mitgenommen.", "de")
    assert [(f.kind, f.min) for f in fs] == [("other", 80)]
    assert figs("Der Bus hatte 40 Menschen mitgenommen.", "de") == []
