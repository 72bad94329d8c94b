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
    assert find(doc, "Flughafen Nürnberg", "ORG") is not None


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
