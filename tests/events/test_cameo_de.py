"""German triggers and rules found with the German CAMEO set (bench/data/events/cameo.de.jsonl):
new lemmas, separable verbs, nominal triggers, verbs that take their type from their object,
certainty. The sentences are written for the tests, not taken from the bench set."""
import pytest

from helpers_events import analyze, names, run


def _events(text):
    return run(analyze(text, "de")).events


def _on(text, word):
    evs = [e for e in _events(text) if word in e.trigger.text]
    assert evs, [(e.type, e.trigger.text) for e in _events(text)]
    return evs[0]


@pytest.mark.parametrize("text,word,typ", [
    # new lemmas
    ("Die Opposition bezichtigte den Regierungschef der Wahlfälschung.", "bezichtigte", "DISAPPROVE"),
    ("Mehrere Anwohner verklagten den Chemiekonzern auf Schadenersatz.", "verklagten", "DISAPPROVE"),
    ("Unbekannte bedrohten den Bürgermeister der Kleinstadt.", "bedrohten", "THREATEN"),
    ("In der Nacht wurde ein Arzt von Bewaffneten verschleppt.", "verschleppt", "CRIME"),
    ("Die Helfer verteilten Decken und Zelte an die Obdachlosen.", "verteilten", "AID"),
    ("Der Senat stimmte mit knapper Mehrheit gegen das Haushaltsgesetz.", "stimmte", "REJECT"),
    # separable verbs whose object decides the type
    ("Die Lehrergewerkschaft sagte die für Montag geplante Kundgebung ab.", "sagte", "CONCEDE"),
    ("Die Separatisten stellten die Kampfhandlungen an der Front ein.", "stellten", "RETREAT"),
    ("Die Behörde stellte das Mobilfunknetz in der Region wieder her.", "stellte", "CONCEDE"),
    ("Die Regierung setzte die Verhandlungen mit der Gewerkschaft aus.", "setzte", "SANCTION"),
    ("Der Iran setzte sich über die Auflagen der Atomenergiebehörde hinweg.", "setzte", "REJECT"),
    # an attack on a military post is violence, a raid on a shop a crime
    ("Aufständische überfielen am Abend einen Kontrollpunkt der Armee.", "überfielen", "ASSAULT"),
    ("Maskierte überfielen am Abend einen Juwelier in der Innenstadt.", "überfielen", "CRIME"),
    # warships sent are a deployment, peacekeepers sent are aid
    ("Italien entsandte zwei Fregatten in die Straße von Hormus.", "entsandte", "MOBILIZE"),
    ("Die Afrikanische Union entsandte Friedenstruppen nach Somalia.", "entsandte", "AID"),
    # nominal triggers
    ("Hilfskonvois des Roten Kreuzes erreichten die eingeschlossene Stadt.", "Hilfskonvois", "AID"),
    ("Das Regime gewährte den Beobachtern der OSZE Zugang zu den Wahllokalen.", "Zugang", "RETREAT"),
])
def test_de_cameo_trigger_types(text, word, typ):
    assert _on(text, word).type == typ


def test_de_strong_preterite_read_as_adjective():
    # the tagger reads "entsandten" as a participle adjective (lemma "entsandt")
    ev = _on("Die Vereinten Nationen entsandten Blauhelme in die Grenzregion.", "entsandten")
    assert ev.type == "AID"


def test_de_trigger_is_no_object_of_itself():
    # "eintreffen" ends in "treffen", which must not satisfy the CONSULT entry
    ev = _on("Die Hilfslieferungen sind noch nicht in der Stadt eingetroffen.", "eingetroffen")
    assert ev.type == "AID" and ev.certainty == "negated"


def test_de_declared_unilateral_truce_is_one_retreat():
    evs = _events("Die Miliz rief eine einseitige Waffenruhe über die Feiertage aus.")
    assert [e.type for e in evs] == ["RETREAT"]


def test_de_cancelled_strike_is_no_protest():
    evs = _events("Die Piloten sagten ihren Streik in letzter Minute ab.")
    assert [e.type for e in evs] == ["CONCEDE"]


def test_de_niemand_negates():
    ev = _on("Bei der Razzia hat die Polizei niemanden festgenommen.", "festgenommen")
    assert ev.type == "COERCE" and ev.certainty == "negated"


def test_de_survivor_of_an_attack_is_the_target():
    ev = _on("Der Bürgermeister überlebte einen Bombenanschlag.", "Bombenanschlag")
    assert ev.type == "ASSAULT" and ev.actors == []
    assert names(None, ev.targets) == ["Der Bürgermeister"]


def test_de_unter_beschuss_nehmen_has_the_shooter_as_actor():
    ev = _on("Die Kanonenboote der Marine nahmen die Küstenstadt unter Beschuss.", "Beschuss")
    assert names(None, ev.actors) == ["Die Kanonenboote der Marine"]


def test_de_instrument_after_mit_is_no_target():
    ev = _on("Polizisten schossen mit Gummigeschossen auf Studenten.", "schossen")
    assert names(None, ev.targets) == ["Studenten"]


def test_de_planned_noun_event_with_support_verb_is_hypothetical():
    ev = _on("Indien und Japan wollen im Herbst gemeinsame Seepatrouillen durchführen.", "Seepatrouillen")
    assert ev.type == "COOPERATE" and ev.certainty == "hypothetical" and ev.plover == "AGREE"


def test_de_assured_support_is_asserted_but_assured_aid_is_a_pledge():
    ev = _on("Die Regierung sicherte den Flutopfern ihre Solidarität zu.", "Solidarität")
    assert ev.type == "SUPPORT" and ev.certainty == "asserted"
    ev = _on("Die Weltbank sicherte Ghana weitere Finanzhilfen zu.", "Finanzhilfen")
    assert ev.type == "AID" and ev.certainty == "hypothetical" and ev.plover == "AGREE"
