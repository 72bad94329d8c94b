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


def test_en_commission_on_and_a_title_alone():
    doc = run("The Commission on Human Rights office in Iloilo City said it had sent a team. Villanueva's lawyer, "
              "Atty. Grace Ledesma, said the farmworkers had ignored three notices.", "en")
    names = [e.name for e in doc.entities]
    assert "Commission on Human Rights" in names and "Atty" not in names and "Grace Ledesma" in names, names


def test_en_surname_after_a_generational_suffix():
    doc = run("The farmworkers had occupied land left idle by its owner, Arsenio Villanueva Jr. The eviction was "
              "ordered by a court, which granted a petition filed by Villanueva in June. Villanueva's lawyer said "
              "the law was clear.", "en")
    owner = [e for e in doc.entities if e.type == "PER" and "Villanueva" in e.name][0]
    assert len(owner.mentions) == 3 and not any(e.type in ("GPE", "LOC") and e.name == "Villanueva"
                                                for e in doc.entities)
