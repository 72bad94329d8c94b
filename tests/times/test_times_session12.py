"""Times of 2026-12-07 (fifth session): a subheading's weekday is the day its paragraph tells."""
from __future__ import annotations

from lagebild.pipeline import Pipeline
from lagebild.record import Article


def times(text: str, lang: str, published: str):
    doc = Pipeline(("language", "entities", "places", "times"))(
        Article(id="t", language=lang, text=text, published=published))
    return [(t.text, t.value) for t in doc.times]


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
