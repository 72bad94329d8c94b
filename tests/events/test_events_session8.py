"""Rules of 2026-12-07: figures of a reduced participle's noun, times in a Saxon genitive,
light-verb noun triggers ("opened fire"), German and English."""
from __future__ import annotations

from helpers_events import analyze, figure, of_type, run, timex


def _time_text(doc, ev):
    return next((t.text for t in doc.times if t.id == ev.time), None)


def test_en_figure_of_the_noun_a_casualty_participle_modifies():
    doc = analyze("Local health authorities have reported 27 people killed, including four nurses, and at least 40 wounded.", "en")
    figure(doc, "F1", "27 people", "killed")
    figure(doc, "F2", "at least 40", "injured")
    run(doc)
    killed = [e for e in of_type(doc, "ASSAULT") if e.trigger.text == "killed"][0]
    assert killed.figures[0] == "F1"


def test_en_time_in_a_saxon_genitive_dates_its_noun():
    doc = analyze("The UN mission and the UN Human Rights Office today opened a joint investigation into Sunday's attack on the hospital.", "en")
    timex(doc, "T1", "today", "2022-01-06")
    timex(doc, "T2", "Sunday", "2022-01-02")
    run(doc)
    inv = of_type(doc, "INVESTIGATE")[0]
    assert _time_text(doc, inv) == "today"
    att = of_type(doc, "ASSAULT")[0]
    assert _time_text(doc, att) == "Sunday"
    # as the subject, the genitive's time is the clause's own event
    doc = analyze("Sunday's attack on the hospital killed 12 people.", "en")
    timex(doc, "T1", "Sunday", "2022-01-02")
    run(doc)
    assert _time_text(doc, of_type(doc, "ASSAULT")[0]) == "Sunday"


def test_en_light_verb_and_noun_trigger_together():
    doc = run(analyze("Armed men entered the compound and opened fire in the wards.", "en"))
    assert [e.trigger.text for e in of_type(doc, "ASSAULT")] == ["opened fire"]
    # the noun alone elsewhere stays as it was
    doc = run(analyze("The police fired tear gas at the crowd.", "en"))
    assert [e.trigger.text for e in of_type(doc, "COERCE")] == ["tear gas"]
