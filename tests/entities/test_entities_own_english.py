"""English entities without spaCy's entity recognizer (the language stage runs spaCy
without it; our model and rules find the names): bylines, acronyms no gazetteer knows as a
place, a dateline's city in capitals, organisation names with a country or a possessive
inside, hyphenated names after a class noun, the short form of an outlet named with a place."""
from entities_helpers import find, run

from lagebild.entities import model as M
from lagebild.language.en import nlp


def test_language_stage_runs_spacy_without_its_entity_recognizer():
    assert "ner" not in nlp().pipe_names
    assert "parser" in nlp().pipe_names


def test_byline_below_the_title_is_a_person():
    doc = run("Lesotho PM survives no-confidence vote\n\nNomsa Dube\nBBC News, Johannesburg\n\n"
              "Lesotho's prime minister has survived a vote of no confidence in parliament.", "en")
    assert find(doc, "Nomsa Dube", "PER") is not None
    doc = run("Grenzschließung verlängert\n\nVon Anna Weber\n\nDie Regierung hat die Grenze geschlossen.", "de")
    assert find(doc, "Anna Weber", "PER") is not None


def test_no_byline_from_a_headline_or_without_an_outlet():
    # a two-word line with no outlet after it is no byline
    doc = run("Flood Warning\n\nHeavy Rains\n\nRivers rose across the region on Monday.", "en")
    assert find(doc, "Heavy Rains", "PER") is None
    # a place is no author
    doc = run("Protests spread\n\nBy Nairobi\n\nProtesters marched.", "en")
    assert find(doc, "Nairobi", "PER") is None


def test_acronym_no_gazetteer_knows_as_a_place_is_an_organisation():
    doc = run("The West African bloc ECOWAS said it was alarmed by the coup.", "en")
    assert find(doc, "ECOWAS", "ORG") is not None


def test_dateline_city_in_capitals_is_the_city():
    doc = run("LIBREVILLE, Gabon (AP) — Gabon closed its land border on Wednesday.", "en")
    e = find(doc, "LIBREVILLE")
    assert e is not None and e.type == "GPE"


def test_organisation_names_with_a_country_or_a_possessive_inside():
    doc = run("Members of the All India Students' Federation marched to the campus.", "en")
    assert find(doc, "All India Students' Federation", "ORG") is not None
    doc = run("Rescue teams from the Tanzania Red Cross Society were digging.", "en")
    assert find(doc, "Tanzania Red Cross Society", "ORG") is not None
    doc = run("The ship is owned by Aegean Bulk Carriers, a Greek company.", "en")
    assert find(doc, "Aegean Bulk Carriers", "ORG") is not None
    # a country at the start of a sentence stays the country
    doc = run("Kenya Police Service officers arrested him.", "en")
    assert find(doc, "Kenya", "GPE") is not None


def test_hyphenated_name_after_a_class_noun():
    doc = run("Aigerim Sadykova, who heads the rights group Kadir-Kasiet, called for an inquiry.", "en")
    assert find(doc, "Kadir-Kasiet", "ORG") is not None


def test_english_model_labels_in_use():
    # MISC reaches F1 0.17 on the English dev set: it is not taken from the model in English
    assert "MISC" not in M.en_labels() and {"PER", "ORG", "LOC"} <= M.en_labels()


def test_national_body_of_a_known_organisation_and_country_of_an_adjective_led_name():
    doc = run("At least three people were wounded, according to the Kenya Red Cross.", "en")
    e = find(doc, "Kenya Red Cross", "ORG")
    assert e is not None and e.country == "KE"
    doc = run("The head of the Tanzanian Meteorological Authority warned of heavy rains.", "en")
    e = find(doc, "Tanzanian Meteorological Authority", "ORG")
    assert e is not None and e.country == "TZ"
