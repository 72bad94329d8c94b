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
    doc = run("Ein Koffer wurde am Dienstag gefunden. Die Polizei ermittelt. Die Bahn schweigt. "
              "Zeugen melden sich.\n\nEs war kurz nach 7.40 Uhr, als der Zug hielt.", "2025-01-15")
    assert find(doc, "7.40 Uhr").value == "2025-01-15T07:40"
