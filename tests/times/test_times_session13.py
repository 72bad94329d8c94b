"""Times of 2026-12-08 (sixth session): "am Vortag des Streiks" counts from the story's day; a
clock time told in the past with no day near it is on the story's day, a statement's time on the
day of the report; "earlier this week" said on a Sunday; a deadline in a condition."""
from __future__ import annotations

from times_helpers import values as times


def test_de_day_before_an_event_counts_from_the_story_day():
    text = ("Generalstreik in Nigeria\n\n"
            "Lagos (dpa) - Ein Generalstreik hat am Mittwoch weite Teile Nigerias lahmgelegt.\n\n"
            "Die Gewerkschaften fordern höhere Löhne.\n\n"
            "Der Polizeichef hatte am Vortag des Streiks alle Kundgebungen untersagt.")
    assert ("Vortag", "2026-11-10") in times(text, "de", "2026-11-12")
    # without the event named, the day before the day last told, as before
    text = ("Wahl in Nigeria\n\nAm Montag wurde gewählt. Am Vortag hatten Unbekannte ein Wahlbüro angezündet.")
    assert times(text, "de", "2026-11-12")[-1] == ("Vortag", "2026-11-08")


_KABUL = ("Anschlag auf Botschaft\n\n"
          "Kabul (dpa) - Bei einem Anschlag auf die Botschaft sind am Montag fünf Menschen getötet worden.\n\n"
          "Der Täter war den Behörden bekannt. Er stammte aus dem Norden. Sein Bruder sitzt in Haft.\n\n")


def test_de_clock_time_of_the_event_is_on_the_story_day_a_statement_on_the_report_day():
    text = _KABUL + "Nach Angaben des Ministeriums zündete ein Attentäter gegen 10.30 Uhr Ortszeit einen Kleinbus."
    assert ("10.30 Uhr", "2026-06-15T10:30") in times(text, "de", "2026-06-16")
    text = _KABUL + "Das Ministerium sprach am Abend von sechs Verletzten."
    assert ("Abend", "2026-06-16TEV") in times(text, "de", "2026-06-16")


def test_en_earlier_this_week_said_on_a_sunday_is_the_week_ending_that_day():
    pub = "2026-06-14"      # a Sunday
    assert times("He had given a speech at a rally earlier this week.", "en", pub) == [("earlier this week", "2026-W24")]
    assert times("He spoke at a rally this week.", "en", pub) == [("this week", "2026-W24")]
    assert times("The talks will resume this week.", "en", pub) == [("this week", "2026-W25")]


def test_en_deadline_in_a_condition_is_still_to_come():
    pub = "2026-04-14"      # a Tuesday
    got = times("The mayor threatened to take the company to court if supplies did not arrive by Friday.", "en", pub)
    assert got == [("Friday", "2026-04-17")]
    assert times("Police said the suspects had fled by Friday.", "en", pub) == [("Friday", "2026-04-10")]
