"""Times of 2026-12-07 (fifth session): a subheading's weekday is the day its paragraph tells."""
from __future__ import annotations

from times_helpers import values as times


def test_de_subheading_weekday_takes_the_value_of_its_paragraph():
    text = ("Wahl in Nigeria von Gewalt überschattet\n\n"
            "Bewaffnete griffen am Samstag ein Wahllokal an.\n\n"
            "Neue Abstimmung am Dienstag\n\n"
            "Die Kommission setzte die Abstimmung aus. Dort soll am Dienstag erneut gewählt werden.")
    got = times(text, "de", "2026-08-09")
    assert got == [("Samstag", "2026-08-08"), ("Dienstag", "2026-08-11"), ("Dienstag", "2026-08-11")]


def test_de_subheading_weekday_without_a_match_below_keeps_its_own_reading():
    text = ("Wahl in Nigeria\n\n"
            "Proteste am Dienstag\n\n"
            "Die Kommission setzte die Abstimmung aus.")
    got = times(text, "de", "2026-08-09")
    assert got == [("Dienstag", "2026-08-04")]


def test_en_dotted_date_with_a_four_digit_year():
    got = times("Peter Ekai Lokwang |17.03.2026 - Update : 17.03.2026\n\nThe rate rose 2.5 percent at 6.15 pm.",
                "en", "2026-03-17")
    assert got == [("17.03.2026", "2026-03-17"), ("17.03.2026", "2026-03-17"), ("6.15 pm", "2026-03-17T18:15")]


def test_ticker_headings_take_the_tickers_day_not_a_day_an_entry_names():
    text = ("Tripoli ceasefire collapses - live updates\n\n"
            "19:40 GMT – Rada will not withdraw\nThe group said it would stay.\n\n"
            "15:05 GMT – Schools closed\nSchools will stay closed on Sunday, the ministry said.\n\n"
            "13:20 GMT – Brigade denies firing first\nA spokesman denied it.\n\n"
            "00:30 GMT – Shooting heard\nResidents heard shots.\n\n"
            "23:40 GMT – Talks end\nThe two groups agreed to a truce.")
    got = dict((v, t) for t, v in times(text, "en", "2026-09-12"))
    assert "2026-09-12T13:20" in got and "2026-09-12T00:30" in got and "2026-09-11T23:40" in got
