"""Times: causes of the e2e-dev4 misses as general rules (German and English)."""
from __future__ import annotations

import pytest

from times_helpers import find, run


# ------------------------------------------------ bylines and subheadings do not count as sentences
@pytest.mark.parametrize("text,lang,needle,value", [
    ("Bombe legt Bahnhof lahm\n\nEin Koffer hat am Dienstag den Bahnhof lahmgelegt. Die Ermittler gehen "
     "von Erpressung aus.\n\nVon Sabine Maurer\n\nEsslingen – Es war kurz nach 7.40 Uhr, als eine "
     "Reinigungskraft den Koffer bemerkte.", "de", "7.40 Uhr", "2025-01-14T07:40"),
    ("Bomb shuts station\n\nA suitcase bomb shut the station on Tuesday. Investigators suspect "
     "blackmail.\n\nBy Sabine Maurer\n\nIt was shortly after 7:40 a.m. when a cleaner spotted the "
     "suitcase.", "en", "7:40", "2025-01-14T07:40"),
])
def test_byline_does_not_break_the_reference_day(text, lang, needle, value):
    doc = run(text, "2025-01-15", lang=lang)
    assert find(doc, needle).value == value


def test_reference_day_still_ends_after_real_sentences():
    # (a day of the lead is the story's day and stays the fallback: see test_times_session13)
    doc = run("Bahnhof gesperrt\n\nDer Hauptbahnhof ist gesperrt.\n\nDie Bahn rät von Fahrten ab.\n\n"
              "Ein Koffer wurde am Dienstag gefunden. Die Polizei ermittelt. Die Bahn schweigt. "
              "Zeugen melden sich.\n\nEs war kurz nach 7.40 Uhr, als der Zug hielt.", "2025-01-15")
    assert find(doc, "Dienstag").value == "2025-01-14"
    assert find(doc, "7.40 Uhr").value == "2025-01-15T07:40"


# ------------------------------------------------ a date naming when an election or vote takes place
@pytest.mark.parametrize("text,lang,needle,value", [
    ("Die Wahlkommission hatte am Dienstag die Kandidatur für die Wahl am 13. August zurückgewiesen.",
     "de", "13. August", "2026-08-13"),
    ("The commission had rejected his candidacy for the election on August 13.", "en", "August 13", "2026-08-13"),
    ("The commission had rejected his candidacy for the August 13 election.", "en", "August 13", "2026-08-13"),
    ("Bei der Wahl am 13. März hatte die Partei verloren.", "de", "13. März", "2026-03-13"),
])
def test_election_date_is_the_nearest_occurrence(text, lang, needle, value):
    doc = run(text, "2026-05-14", lang=lang)
    assert find(doc, needle).value == value


def test_plain_pluperfect_date_stays_in_the_past():
    doc = run("Die Kommission hatte die Kandidatur am 13. August zurückgewiesen.", "2026-05-14")
    assert find(doc, "13. August").value == "2025-08-13"


# ------------------------------------------------ "für Sonntag" / "for Sunday": a date set for something
@pytest.mark.parametrize("text,lang,value", [
    ("Für Sonntag rief die Bischofskonferenz zu einem landesweiten Gebetstag auf.", "de", "2026-05-17"),
    ("The bishops called a national day of prayer for Sunday.", "en", "2026-05-17"),
])
def test_weekday_set_for_something_is_ahead(text, lang, value):
    doc = run(text, "2026-05-14", lang=lang)
    assert find(doc, "Sunday" if lang == "en" else "Sonntag").value == value


def test_for_a_past_weekday_event_stays_past():
    doc = run("He was arrested for Sunday's attack.", "2026-05-14", lang="en")
    assert find(doc, "Sunday").value == "2026-05-10"
    doc = run("Am Sonntag rief die Bischofskonferenz zu einem Gebetstag auf.", "2026-05-14")
    assert find(doc, "Sonntag").value == "2026-05-10"


# ------------------------------------------------ "bis Ende der Woche 300 Bewohner": the count is no year
@pytest.mark.parametrize("text,needle,value", [
    ("Der Minister kündigte an, bis Ende der Woche 300 Bewohner in andere Einrichtungen zu verlegen.",
     "Ende der Woche", "2024-W28"),
    ("Bis Ende des Monats sollen 1.500 Menschen versorgt werden.", "Ende des Monats", "2024-07"),
    ("Ende des Jahres 2023 hatte er gekündigt.", "Ende des Jahres 2023", "2023"),
])
def test_de_end_of_unit_before_a_number(text, needle, value):
    doc = run(text, "2024-07-08")
    assert find(doc, needle).value == value


def test_en_end_of_week_before_a_number():
    doc = run("The minister said 300 residents would be moved by the end of the week.", "2024-07-08", lang="en")
    assert find(doc, "end of the week").value.startswith("2024-W28")


# ------------------------------------------------ a present-tense state after a past weekday event
@pytest.mark.parametrize("text,lang,needle,value", [
    ("A charity says three people are missing after the operation on Friday night.", "en", "Friday night",
     "2024-09-27TNI"),
    ("Charity says three people missing after Friday night operation off Sfax", "en", "Friday night", "2024-09-27TNI"),
    ("Three people are missing after Friday's attack.", "en", "Friday", "2024-09-27"),
    ("Nach dem Anschlag am Freitag herrscht in der Stadt Trauer.", "de", "Freitag", "2024-09-27"),
])
def test_present_state_after_a_weekday_event_looks_back(text, lang, needle, value):
    doc = run(text, "2024-09-29", lang=lang)
    assert find(doc, needle).value == value


@pytest.mark.parametrize("text,lang,needle,value", [
    ("Talks resume after Friday.", "en", "Friday", "2024-10-04"),
    ("Das Treffen findet am Freitag statt.", "de", "Freitag", "2024-10-04"),
])
def test_present_schedule_still_looks_ahead(text, lang, needle, value):
    doc = run(text, "2024-09-29", lang=lang)
    assert find(doc, needle).value == value
