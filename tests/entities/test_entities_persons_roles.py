"""Persons: roles and titles before and after names, office modifiers, and no persons made
from the names of organisations or institutions."""
import pytest

from lagebild.ingest import make_article
from lagebild.pipeline import Pipeline

PIPE = Pipeline(("language", "entities"))


def ents(text, lang):
    return PIPE(make_article(text, language=lang)).entities


def person(text, lang, name):
    for e in ents(text, lang):
        if e.type == "PER" and e.name == name:
            return e
    raise AssertionError(f"no person {name!r} in {[(e.type, e.name) for e in ents(text, lang)]}")


@pytest.mark.parametrize("text,name,role,country", [
    ("Ghana's information minister, Fatimatu Abubakar, dismissed the report on Tuesday.",
     "Fatimatu Abubakar", "information minister", "GH"),
    ("According to police chief Japhet Koome, 11 suspects were arrested overnight.",
     "Japhet Koome", "police chief", None),
    ("Zelenskiy's chief of staff, Andriy Yermak, said energy facilities had been hit.",
     "Andriy Yermak", "chief of staff", None),
    ("U.N. Secretary-General Antonio Guterres voiced concern about the fighting.",
     "Antonio Guterres", "Secretary-General", None),
    ("Exiled opposition figure Mukhtar Ablyazov called for more protests on Sunday.",
     "Mukhtar Ablyazov", "opposition figure", None),
    ("Dr. Fatima Al-Hassan, a surgeon at the city's main hospital, said 40 people had been treated.",
     "Fatima Al-Hassan", "surgeon", None),
    ("Lt. Col. Ibrahim Traore, the junta leader, addressed the nation on state television.",
     "Ibrahim Traore", "junta leader", None),
])
def test_english_roles(text, name, role, country):
    e = person(text, "en", name)
    assert role in e.roles
    if country:
        assert e.country == country


@pytest.mark.parametrize("text,name,role", [
    ("Generalmajor Ahmed Hassan sagte, die Armee habe die Stadt eingenommen.", "Ahmed Hassan", "Generalmajor"),
    ("Die Augenzeugin Fatma Yilmaz berichtete von Schüssen.", "Fatma Yilmaz", "Augenzeugin"),
    ("Kardinal Reinhard Marx rief zur Besonnenheit auf.", "Reinhard Marx", "Kardinal"),
])
def test_german_roles(text, name, role):
    assert role in person(text, "de", name).roles


def test_a_name_ending_like_a_role_is_no_role():
    e = person("Das Land wurde über Jahrzehnte von Machthaber Nursultan Nasarbajew regiert.", "de",
               "Nursultan Nasarbajew")
    assert e.roles == ["Machthaber"]


@pytest.mark.parametrize("text,lang,name", [
    ("Aigerim Sadykova, who heads the rights group Kadir-Kasiet, called for an inquiry.", "en", "Kadir-Kasiet"),
    ("Die Menschenrechtsorganisation Kadir-Kasiet forderte eine unabhängige Untersuchung.", "de", "Kadir-Kasiet"),
    ("Sheikh Ahmed al-Tayeb, the grand imam of Al-Azhar, echoed the call for peace.", "en", "Al-Azhar"),
])
def test_no_person_from_an_organisation_name(text, lang, name):
    found = [e for e in ents(text, lang) if e.name == name]
    assert found and all(e.type != "PER" for e in found)


def test_sentence_initial_common_word_before_its_noun_is_no_person():
    doc = PIPE(make_article("Riot police fired tear gas and rubber bullets at several thousand demonstrators "
                            "who had blocked the main bridges, witnesses said.", language="en"))
    assert [e.name for e in doc.entities if e.type == "PER"] == []


@pytest.mark.parametrize("text,name,role", [
    ("Die Demonstrantin Lea Fischer sagte, die Polizei habe ohne Vorwarnung geschossen.", "Lea Fischer", "Demonstrantin"),
    ("Der Hafenarbeiter Jan Peeters sprach von Wut.", "Jan Peeters", "Hafenarbeiter"),
    ("Die Anwohnerin Maria Schulz hörte in der Nacht Schüsse.", "Maria Schulz", "Anwohnerin"),
])
def test_german_person_descriptors_as_roles(text, name, role):
    assert person(text, "de", name).roles == [role]


def test_surname_that_is_a_common_noun_stays_a_name():
    e = person("Innenminister Thomas Schüler sagte, die Lage sei ruhig. Schüler kündigte Kontrollen an.", "de",
               "Thomas Schüler")
    assert e.roles == ["Innenminister"] and len(e.mentions) == 2


@pytest.mark.parametrize("text,lang,name,role,country", [
    ("UK Foreign Secretary David Lammy called for a ceasefire.", "en", "David Lammy", "Foreign Secretary", "GB"),
    ("South African President Cyril Ramaphosa said the talks had failed.", "en", "Cyril Ramaphosa", "President", "ZA"),
    ("The U.N. special envoy for Sudan, Ramtane Lamamra, met both sides in Port Sudan.", "en", "Ramtane Lamamra",
     "special envoy", None),
    ("Die UN-Sonderbeauftragte für Sudan, Clementine Nkweta-Salami, forderte eine Waffenruhe.", "de",
     "Clementine Nkweta-Salami", "UN-Sonderbeauftragte", None),
])
def test_country_of_a_role_not_its_portfolio(text, lang, name, role, country):
    e = person(text, lang, name)
    assert role in e.roles and e.country == country
