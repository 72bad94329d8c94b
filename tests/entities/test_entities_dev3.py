"""Entities rules found on the e2e dev3 set: a large city the model reads as a person
('Eriwan warnt vor Eskalation'); a ministry named with its seat ('das Außenministerium in
Eriwan'); a 'Ministeriumssprecher' of the ministry named last; missions of an international
organisation ('EU-Beobachtermission'); multiword places after a place head ('Staatsanwaltschaft
Bad Kreuznach', 'Flughafen Nürnberg'); 'Gewerkschaft der Polizei'; a single compound spelling
its acronym ('Spezialeinsatzkommandos (SEK)'); hyphenated institution names
('St.-Elisabeth-Klinikum'); 'eine Gruppe namens „…“'; a MISC reading of a named group."""
from entities_helpers import find, run


def test_de_large_city_read_as_person_is_the_city():
    doc = run("Eriwan/Baku (AFP) - Aserbaidschan hat ein Manöver begonnen. Eriwan warnt vor einer Eskalation, "
              "teilte das Verteidigungsministerium in Baku mit.")
    assert not [e for e in doc.entities if e.type == "PER" and e.name in ("Eriwan", "Baku")]


def test_de_ministry_with_its_seat_and_its_spokesman():
    doc = run("Das Manöver sei eine Drohung, sagte der Sprecher des Außenministeriums in Eriwan, Tigran Melkonjan.")
    assert find(doc, "Außenministeriums", "ORG").country == "AM"
    assert find(doc, "Tigran Melkonjan", "PER").country == "AM"
    doc = run("Das aserbaidschanische Verteidigungsministerium bestritt das. Jede weitere Provokation werde "
              "beantwortet, sagte Ministeriumssprecher Anar Gulijew.")
    assert find(doc, "Anar Gulijew", "PER").country == "AZ"
    # a spokesman of no ministry takes no ministry's country
    doc = run("Das aserbaidschanische Verteidigungsministerium bestritt das. Polizeisprecher Anar Gulijew "
              "sagte, es gebe keine Verletzten.")
    assert find(doc, "Anar Gulijew", "PER").country is None


def test_de_mission_of_an_international_organisation():
    doc = run("Die EU-Beobachtermission in Armenien verstärkte ihre Patrouillen.")
    assert find(doc, "EU-Beobachtermission", "ORG") is not None
    doc = run("Die Grenzmission wurde verstärkt.")
    assert find(doc, "Grenzmission") is None


def test_de_place_head_with_multiword_place_and_airport():
    doc = run("Der Mann sei verschuldet gewesen, sagte ein Sprecher der Staatsanwaltschaft Bad Kreuznach. "
              "Der Flughafen Nürnberg verlangt Schadenersatz.")
    assert find(doc, "Staatsanwaltschaft Bad Kreuznach", "ORG") is not None
    assert find(doc, "Flughafen Nürnberg", "ORG") is not None and find(doc, "Nürnberg", "GPE") is not None


def test_de_union_with_genitive_name():
    doc = run("Zwei Polizisten seien verletzt worden. Die Gewerkschaft der Polizei (GdP) sprach dagegen von "
              "vier verletzten Einsatzkräften.")
    e = find(doc, "Gewerkschaft der Polizei", "ORG")
    assert e is not None and "GdP" in [m.text for m in e.mentions]


def test_de_compound_spelling_its_acronym():
    doc = run("Gegen 15.40 Uhr stürmten Beamte eines Spezialeinsatzkommandos (SEK) die Filiale.")
    e = find(doc, "SEK", "ORG")
    assert e is not None and e.name == "Spezialeinsatzkommando"
    doc = run("Das Landeskriminalamt (LKA) ermittelt.")
    assert find(doc, "LKA", "ORG") is not None
    # initials that are no parts of the word: no long form
    doc = run("Die Einsatzleitung (SEK) meldete sich.")
    assert find(doc, "Einsatzleitung") is None


def test_de_hyphenated_institution_names():
    doc = run("Nach einem Cyberangriff auf das St.-Elisabeth-Klinikum in Fulda ist die Notaufnahme abgemeldet. "
              "Teile der IT-Systeme des St.-Elisabeth-Klinikums wurden verschlüsselt.")
    e = find(doc, "St.-Elisabeth-Klinikum", "ORG")
    assert e is not None and len(e.mentions) == 2
    doc = run("Das Robert-Koch-Institut meldete neue Fälle.")
    assert find(doc, "Robert-Koch-Institut", "ORG") is not None


def test_de_group_named_and_quoted_group_repeated():
    doc = run('Auf einer Seite im Darknet bekannte sich eine Gruppe namens "Black Lantern" zu dem Angriff.')
    assert find(doc, "Black Lantern", "ORG") is not None
    doc = run("Die Aktivisten der Gruppe „Generation Jetzt“ hatten sich festgeklebt. Eine Sprecherin von "
              "„Generation Jetzt“ sagte, man werde weitermachen.")
    e = find(doc, "Generation Jetzt", "ORG")
    assert e is not None and len(e.mentions) == 2


def test_en_class_noun_before_a_name_and_its_repetitions():
    doc = run("Three aid workers of the charity Hands for Haiti were freed on Wednesday. Hands for Haiti director "
              "Marie-Claude Dorval denied paying. Hands for Haiti said it would suspend its work.", "en")
    e = find(doc, "Hands for Haiti", "ORG")
    assert e is not None and len(e.mentions) == 3
    doc = run("The activists' group Save the Jadar Valley put the number detained at more than 40. Save the "
              "Jadar Valley spokeswoman Jelena Pavlovic read a statement.", "en")
    e = find(doc, "Save the Jadar Valley", "ORG")
    assert e is not None and len(e.mentions) == 2
    # a weekday or a place after the class noun is no name
    doc = run("The group Tuesday said nothing. The group in Belgrade marched.", "en")
    assert not [e for e in doc.entities if e.type == "ORG"]


def test_en_gang_named_before_its_head():
    doc = run("Police blamed the 400 Mawozo gang, which controls much of the area.", "en")
    assert find(doc, "400 Mawozo", "ORG") is not None
    doc = run("Police blamed a Haitian gang for the attack.", "en")
    assert not [e for e in doc.entities if e.type == "ORG"]


def test_en_office_of_a_role_and_trade_bodies():
    doc = run("Two contractors were arrested over the blast, the Attorney General's Office said. The oil "
              "workers' union said maintenance had been neglected. Oaxaca's civil protection agency put the "
              "number of injured at 17. The ministry rejected claims by the miners' association.", "en")
    assert find(doc, "Attorney General's Office", "ORG") is not None
    assert find(doc, "oil workers' union", "ORG") is not None
    assert find(doc, "civil protection agency", "ORG") is not None
    assert find(doc, "miners' association", "ORG") is not None
    doc = run("He met John's office manager. The workers' demands were rejected.", "en")
    assert not [e for e in doc.entities if e.type == "ORG"]


def test_en_national_society_short_form():
    doc = run("Rescue teams from the Tanzania Red Cross Society were digging, but the chances were slim, a Red "
              "Cross official said.", "en")
    e = find(doc, "Tanzania Red Cross Society", "ORG")
    assert e is not None and "Red Cross" in [m.text for m in e.mentions]


def test_en_well_known_mining_company():
    doc = run("Rio Tinto, which holds the licences, did not respond to a request for comment.", "en")
    assert find(doc, "Rio Tinto", "ORG") is not None


def test_de_town_found_once_is_the_town_where_the_model_was_unsure():
    doc = run("Suhl (epd). In der Erstaufnahmeeinrichtung in Suhl ist es zu Ausschreitungen gekommen. "
              "Einen Aufnahmestopp für Suhl lehnte der Minister ab.")
    suhl = [e for e in doc.entities if e.name == "Suhl"]
    assert len(suhl) == 1 and suhl[0].type == "GPE" and len(suhl[0].mentions) == 3
