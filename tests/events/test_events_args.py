"""Arguments: subjects and objects, passives, separable verbs, coordination, entity linking,
place / time / figure / claim linking against hand-made upstream layers."""
from helpers_events import analyze, claim, entity, figure, names, of_type, place, run, timex


def test_de_separable_verb_finite():
    doc = run(analyze("Am Mittwoch trat die Regierung nach den Protesten zurück.", "de"))
    ev = of_type(doc, "CONCEDE")[0]
    assert ev.trigger.text == "trat"
    assert names(doc, ev.actors) == ["die Regierung"]


def test_de_separable_verb_participle_and_zu_infinitive():
    doc = run(analyze("Die Behörden haben das Internet im ganzen Land abgeschaltet.", "de"))
    assert [e.trigger.text for e in of_type(doc, "COERCE")] == ["abgeschaltet"]
    doc = run(analyze("Die Junta weigerte sich, die Gefangenen freizulassen.", "de"))
    ev = of_type(doc, "CONCEDE")[0]
    assert ev.trigger.text == "freizulassen"
    assert names(doc, ev.actors) == ["Die Junta"]          # control: subject of the clause before
    assert names(doc, ev.targets) == ["die Gefangenen"]


def test_de_separable_with_object_requirement():
    doc = run(analyze("Die Sicherheitskräfte schalteten am Abend das Mobilfunknetz ab.", "de"))
    ev = of_type(doc, "COERCE")[0]
    assert ev.trigger.text == "schalteten" and ev.mode == "censor"
    # "abschalten" without a communication network is no event
    doc = run(analyze("Der Betreiber schaltete das alte Kraftwerk ab.", "de"))
    assert not of_type(doc, "COERCE")


def test_de_passive_with_von():
    doc = run(analyze("Der Journalist wurde in Minsk von Polizisten festgenommen.", "de"))
    ev = of_type(doc, "COERCE")[0]
    assert names(doc, ev.actors) == ["Polizisten"]
    assert names(doc, ev.targets) == ["Der Journalist"]


def test_de_passive_without_agent():
    doc = run(analyze("Bei den Protesten sind dutzende Demonstranten getötet worden.", "de"))
    ev = of_type(doc, "ASSAULT")[0]
    assert ev.actors == []
    assert names(doc, ev.targets) == ["dutzende Demonstranten"]
    assert ev.acled.event_type == "Protests" and ev.acled.sub_event_type == "Excessive force against protesters"


def test_de_vorfeld_object_and_coordination():
    doc = run(analyze("In der Hauptstadt stürmten Demonstranten und Studenten das Parlament.", "de"))
    ev = of_type(doc, "ASSAULT")[0]
    assert names(doc, ev.actors) == ["Demonstranten", "Studenten"]
    assert names(doc, ev.targets) == ["das Parlament"]
    assert ev.acled.event_type == "Riots"


def test_en_passive_with_by():
    doc = run(analyze("The journalist was arrested by security forces in Minsk.", "en"))
    ev = of_type(doc, "COERCE")[0]
    assert names(doc, ev.actors) == ["security forces"]
    assert names(doc, ev.targets) == ["The journalist"]


def test_en_phrasal_verb_and_coordinated_subject():
    doc = run(analyze("The prime minister and two of his deputies stepped down on Friday.", "en"))
    ev = of_type(doc, "CONCEDE")[0]
    assert ev.trigger.text == "stepped down"
    assert len(ev.actors) == 2


def test_en_curfew_object_is_no_target():
    doc = run(analyze("The military imposed a curfew on the capital.", "en"))
    evs = of_type(doc, "COERCE")
    assert len(evs) == 1                      # verb and noun trigger merge into one event
    assert names(doc, evs[0].actors) == ["The military"]


def test_entities_places_times_figures_claims_linked():
    text = ("In Almaty wurden am Mittwoch mindestens acht Polizisten getötet, teilte das Innenministerium mit. "
            "Präsident Tokajew verhängte den Ausnahmezustand.")
    doc = analyze(text, "de")
    entity(doc, "E1", "ORG", "Innenministerium")
    entity(doc, "E2", "PER", "Präsident Tokajew", name="Kassym-Schomart Tokajew")
    place(doc, "P1", "Almaty", "KZ")
    timex(doc, "T1", "am Mittwoch", "2022-01-05")
    figure(doc, "F1", "mindestens acht Polizisten", "killed")
    claim(doc, "C1", "In Almaty wurden am Mittwoch mindestens acht Polizisten getötet", speaker="E1")
    run(doc)
    kill = of_type(doc, "ASSAULT")[0]
    assert kill.place == "P1" and kill.time == "T1"
    assert kill.figures == ["F1"] and kill.claims == ["C1"]
    assert kill.certainty == "reported"
    emerg = of_type(doc, "COERCE")[0]
    assert emerg.actors == ["E2"]
    assert emerg.place == "P1"            # narrative place and time: the sentence before,
    assert emerg.time == "T1"             # same paragraph


def test_place_fallback_needs_a_dominant_place():
    text = "Proteste in Almaty.\n\nDie Polizei nahm Demonstranten fest. Auch in Almaty blieb es unruhig."
    doc = analyze(text, "de")
    place(doc, "P1", "Almaty", "KZ")
    place(doc, "P1", "Almaty", "KZ", nth=1)
    run(doc)
    arrest = of_type(doc, "COERCE")[0]
    assert arrest.place == "P1"           # no place in its sentence or paragraph: the dominant place
    assert arrest.time is None            # and no time rather than a guess


def test_pronoun_subject_resolved_to_claim_speaker():
    text = "Präsident Tokajew erklärte, er habe das Militärbündnis um Hilfe gebeten."
    doc = analyze(text, "de")
    entity(doc, "E1", "PER", "Präsident Tokajew", name="Kassym-Schomart Tokajew")
    c = claim(doc, "C1", "er habe das Militärbündnis um Hilfe gebeten", speaker="E1")
    assert c.speaker == "E1"
    run(doc)
    ev = of_type(doc, "DEMAND")[0]
    assert ev.actors == ["E1"]
    assert names(doc, ev.targets) == ["das Militärbündnis"]
    assert ev.certainty == "reported"


def test_no_dominant_place_from_a_single_mention_and_no_place_from_non_locatives():
    text = "Ein von Russland geführtes Bündnis sagte Hilfe zu.\n\nDie Polizei nahm Demonstranten fest."
    doc = analyze(text, "de")
    place(doc, "P1", "Russland", "RU", feature="country")
    run(doc)
    assert all(e.place is None for e in doc.events)


def test_figure_in_the_next_sentence_joins_the_event_before():
    text = "Am Mittwoch zogen Tausende Menschen durch die Innenstadt. Die Polizei sprach von etwa 7.000 Teilnehmern."
    doc = analyze(text, "de")
    figure(doc, "F1", "etwa 7.000 Teilnehmern", "participants")
    run(doc)
    march = of_type(doc, "PROTEST")[0]
    assert march.figures == ["F1"]
