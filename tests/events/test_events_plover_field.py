"""The record's `plover` field: the PLOVER/CAMEO-convention code where it differs from `type`."""
import pytest

from helpers_events import analyze, run


@pytest.mark.parametrize("lang,text,trigger", [
    ("en", "France will send 4,000 peacekeepers to Liberia, the defence minister said on Monday.", "send"),
    ("de", "Frankreich will 4.000 Soldaten nach Liberia entsenden, sagte der Verteidigungsminister am Montag.",
     "entsenden"),
])
def test_stated_intention_keeps_the_action_type_and_codes_agree(lang, text, trigger):
    doc = run(analyze(text, lang))
    ev = next(e for e in doc.events if e.trigger.text == trigger)
    assert (ev.type, ev.certainty, ev.plover) == ("AID", "hypothetical", "AGREE")


@pytest.mark.parametrize("lang,text", [
    ("en", "Police arrested 20 protesters in Lagos on Monday."),
    ("de", "Die Polizei nahm am Montag in Lagos 20 Demonstranten fest."),
])
def test_asserted_action_has_no_separate_plover_code(lang, text):
    doc = run(analyze(text, lang))
    assert doc.events and all(e.plover is None for e in doc.events)
