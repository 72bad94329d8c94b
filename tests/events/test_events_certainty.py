"""Certainty classes in both languages, the PLOVER intent convention, and the main event."""
import pytest

from helpers_events import analyze, claim, figure, of_type, place, run
from lagebild.events.convention import plover_code


@pytest.mark.parametrize("lang,text,typ,certainty", [
    ("de", "Die Polizei hat keine Demonstranten festgenommen.", "COERCE", "negated"),
    ("de", "Die Regierung hat die Ausgangssperre nicht aufgehoben.", "CONCEDE", "negated"),
    ("de", "Die Allianz werde Friedenstruppen entsenden.", "AID", "hypothetical"),
    ("de", "Die Rebellen planen, die Stadt anzugreifen.", "ASSAULT", "hypothetical"),
    ("de", "Die Soldaten sollen dutzende Zivilisten erschossen haben.", "ASSAULT", "alleged"),
    ("de", "Angeblich wurden mehrere Oppositionelle verhaftet.", "COERCE", "alleged"),
    ("de", "Dutzende Angreifer seien getötet worden.", "ASSAULT", "reported"),
    ("de", "Die Armee beschoss die Stadt.", "ASSAULT", "asserted"),
    ("en", "Police did not arrest any protesters.", "COERCE", "negated"),
    ("en", "The alliance will send peacekeeping troops.", "AID", "hypothetical"),
    ("en", "The rebels plan to attack the city.", "ASSAULT", "hypothetical"),
    ("en", "Soldiers reportedly killed dozens of civilians.", "ASSAULT", "alleged"),
    ("en", "The army shelled the city.", "ASSAULT", "asserted"),
])
def test_certainty(lang, text, typ, certainty):
    doc = run(analyze(text, lang))
    evs = of_type(doc, typ)
    assert evs, [(e.type, e.trigger.text) for e in doc.events]
    assert evs[0].certainty == certainty


def test_reported_and_alleged_from_claims():
    text = "Nach Angaben der Polizei wurden drei Menschen getötet."
    doc = analyze(text, "de")
    claim(doc, "C1", "wurden drei Menschen getötet")
    run(doc)
    assert of_type(doc, "ASSAULT")[0].certainty == "reported"
    doc = analyze(text, "de")
    claim(doc, "C1", "wurden drei Menschen getötet", hedged=True)
    run(doc)
    assert of_type(doc, "ASSAULT")[0].certainty == "alleged"


def test_plover_convention_for_stated_intentions():
    doc = run(analyze("Portugal will support the new government.", "en"))
    ev = of_type(doc, "SUPPORT")[0]
    assert ev.certainty == "hypothetical"
    assert plover_code(ev, doc.extras["events.hypothetical"][ev.id]) == "AGREE"
    doc = run(analyze("The government will expel the diplomats.", "en"))
    ev = of_type(doc, "SANCTION")[0]
    assert plover_code(ev, doc.extras["events.hypothetical"][ev.id]) == "THREATEN"


def test_threatened_hostile_action_is_a_threat():
    for lang, text in (("de", "Die Rebellen drohten, die Stadt anzugreifen."),
                       ("en", "The rebels threatened to attack the city."),
                       ("en", "If talks fail, the union will strike."),
                       ("de", "Sollte die Regierung nicht einlenken, werde die Gewerkschaft streiken.")):
        doc = run(analyze(text, lang))
        threats = [e for e in doc.events if e.type == "THREATEN"]
        assert len(threats) == 1, (text, [(e.type, e.trigger.text) for e in doc.events])
        assert threats[0].certainty == "asserted" and threats[0].actors
        assert not [e for e in doc.events if e.type in ("ASSAULT", "PROTEST")]


def test_same_type_triggers_in_one_sentence_merge():
    doc = run(analyze("Die Polizei nahm Demonstranten fest und verhaftete auch mehrere Journalisten.", "de"))
    assert len(of_type(doc, "COERCE")) == 1
    doc = run(analyze("Die Polizei nahm Demonstranten fest, die Armee verhaftete Journalisten.", "de"))
    assert len(of_type(doc, "COERCE")) == 2          # different actors: two events


def test_main_event_prefers_violence_with_casualties_in_the_lead():
    text = ("Bei Protesten in Lagos sind am Montag zwölf Demonstranten getötet worden. "
            "Die Regierung kritisierte die Opposition. Der Präsident traf später Vertreter der Gewerkschaften. "
            "Die Opposition fordert Neuwahlen.")
    doc = analyze(text, "de")
    place(doc, "P1", "Lagos", "NG")
    figure(doc, "F1", "zwölf Demonstranten", "killed")
    run(doc)
    main = doc.item(doc.main_event)
    assert main.type == "ASSAULT"
    assert main.figures == ["F1"] and main.place == "P1"


def test_main_event_english_and_no_events():
    doc = run(analyze("Riot police fired tear gas at thousands of protesters in Nairobi. "
                      "The interior minister later praised the officers.", "en"))
    assert doc.item(doc.main_event).type in ("PROTEST", "COERCE")
    doc = run(analyze("Die Stadt hat zwei Millionen Einwohner.", "de"))
    assert doc.events == [] and doc.main_event is None
