"""Times: a participle that looks like an infinitive ("seien … entkommen") makes a past clause."""
from times_helpers import find, run


def test_perfect_with_sein_and_infinitive_like_participle_is_past():
    doc = run("Die Häftlinge seien in der Nacht zum Mittwoch durch einen Tunnel entkommen.", published="2025-08-21")
    assert find(doc, "Nacht zum Mittwoch").value.startswith("2025-08-19")
    doc = run("Am Freitag ist Ruhetag.", published="2025-08-21")
    assert find(doc, "Freitag").value == "2025-08-22"


def test_intransitive_verbs_with_sein_are_perfect():
    doc = run("Der Sprengsatz sei in der Nacht zum Mittwoch detoniert, teilte das Ministerium am Donnerstag mit.",
              published="2026-11-12")
    assert find(doc, "Nacht zum Mittwoch").value.startswith("2026-11-10")
