"""A dateline names a town of any size ("BAD KREUZNACH. Fünf Stunden lang ..."), through the
whole pipeline: entities (the city source reads the capitals), places (a dateline is no
acronym) and events (the dateline's town is the place of events that name none, when no
place is named twice); a street named after a town is no mention of the town."""
from __future__ import annotations

from lagebild.pipeline import extract
from lagebild.record import Article


def _record(text: str, lang: str = "de"):
    return extract(Article(id="t", language=lang, text=text, published="2023-09-14"))


def test_small_town_in_a_dateline_is_the_place_of_the_events():
    rec = _record("Geiselnahme in Bankfiliale\n\nBAD KREUZNACH. Fünf Stunden lang hat ein Mann am Mittwoch in "
                  "einer Bankfiliale vier Menschen in seiner Gewalt gehalten. Gegen 15.40 Uhr stürmten Beamte "
                  "eines Spezialeinsatzkommandos die Filiale und nahmen den Mann fest.")
    towns = {p.name: p for p in rec.places}
    assert "Bad Kreuznach" in towns and towns["Bad Kreuznach"].country == "DE"
    pid = towns["Bad Kreuznach"].id
    assert all(e.place == pid for e in rec.events if e.type in ("ASSAULT", "COERCE"))


def test_an_all_caps_word_opening_a_paragraph_without_dateline_punctuation_is_no_town():
    rec = _record("Polizeibericht\n\nPOLIZEIBERICHT\n\nIn der Nacht wurde ein Auto aufgebrochen.")
    assert not [p for p in rec.places if p.mentions[0].text == "POLIZEIBERICHT"]


def test_street_named_after_a_town_is_not_the_town():
    rec = _record("Die Beamten stürmten die Filiale in der Mannheimer Straße. Die Münchner Polizei half.")
    names = {p.name for p in rec.places}
    assert "Mannheim" not in names and "Munich" in names
