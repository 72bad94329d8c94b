"""Entities: an acronym written as a word in parentheses ("Unama", as German papers write
them) after an organisation, also after "in <place>", is a mention of it."""
from entities_helpers import run


def test_de_word_acronym_after_an_organisation_and_its_seat():
    doc = run("Die UN-Unterstützungsmission in Afghanistan (Unama) forderte die Taliban auf, die Hintergründe "
              "aufzuklären. Unama zählte 40 Tote.", "de")
    mission = [e for e in doc.entities if e.name == "UN-Unterstützungsmission"][0]
    assert [m.text for m in mission.mentions].count("Unama") == 2
    assert not any(e.name == "Unama" for e in doc.entities if e is not mission)


def test_de_a_place_in_parentheses_is_no_acronym():
    doc = run("Der Bürgermeister von Goma (Kivu) sagte, die Lage sei ruhig.", "de")
    assert all("Kivu" not in [m.text for m in e.mentions] or e.name == "Kivu" for e in doc.entities)
