"""Figures of 2026-12-07 (fifth session): another source's count of the people just counted
("sprach von ... höchstens 1.200 Fischern"), people who blocked a road are participants."""
from figures_helpers import figs, one


def test_de_another_sources_count_of_the_same_people():
    fs = figs("Nach Angaben des Verbands beteiligen sich mehr als 4.000 Fischer an der Blockade. Die "
              "Hafenbehörde sprach von etwa 250 Booten mit höchstens 1.200 Fischern.", "de")
    got = [(f.kind, f.min, f.max, f.qualifier) for f in fs]
    assert got == [("participants", 4000, None, "at_least"), ("participants", None, 1200, "at_most")]
    # without a count verb, a later number of the same noun is no such figure
    fs = figs("Mehr als 4.000 Fischer beteiligen sich an der Blockade. Die Stadt hat 1.200 Fischer.", "de")
    assert [(f.kind, f.min) for f in fs] == [("participants", 4000)]


def test_en_people_who_blocked_a_road_are_participants():
    f = one("About 200 journalists blocked the Grand Trunk Road for three hours on Sunday.", "en")
    assert (f.kind, f.min, f.max, f.qualifier) == ("participants", 200, 200, "about")
    # the blocked are not counted as participants by "blocked"
    assert [(f.kind, f.min) for f in figs("Soldiers blocked the road to 2,000 refugees.", "en")] == [("displaced", 2000)]


def test_de_arrivals_after_flight_and_another_count_of_the_people():
    fs = figs("Nach Kämpfen sind Tausende Menschen nach Kenia geflohen. Das UNHCR zählte mehr als 12.000 "
              "Neuankömmlinge in Mandera. Die Bezirksverwaltung spricht von rund 20.000 Menschen.", "de")
    assert [(f.kind, f.min) for f in fs if f.min] == [("displaced", 12000), ("displaced", 20000)]
    assert figs("Die Stadt hat 20.000 Einwohner. Der Bürgermeister sprach von 300 Menschen auf dem Platz.", "de") == []
