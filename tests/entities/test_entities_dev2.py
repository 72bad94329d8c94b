"""Entities rules found on the e2e dev2 set: a minister with no country cue in a report
datelined in that country's city; councils of a place ('Flüchtlingsrat Sachsen-Anhalt'); a
name hyphenated to a group head ('Farc-Guerilla'); the same organisation name typed PER by
the model elsewhere; English: an age before the role apposition, a role directly before the
next name, media roles, 'The Tribune' after 'The Harare Tribune', '<place> medical
association', organisations named after a person, a model span running into '(ADF'."""
from entities_helpers import find, run


def test_de_minister_takes_the_country_of_the_dateline():
    doc = run("Chişinău (Reuters) - Die Republik Moldau hat drei Diplomaten ausgewiesen. Außenminister Andrei "
              "Ciobanu sagte dem Sender TV8, sein Land lasse sich nicht einschüchtern.")
    e = find(doc, "Andrei Ciobanu", "PER")
    assert e.roles == ["Außenminister"] and e.country == "MD"
    # no dateline, or a dateline country the text never names: no guess
    doc = run("Außenminister Andrei Ciobanu sagte dem Sender TV8, sein Land lasse sich nicht einschüchtern.")
    assert find(doc, "Andrei Ciobanu", "PER").country is None
    doc = run("Brüssel (dpa) - Außenministerin Anna Weber traf ihre Amtskollegen.")
    assert find(doc, "Anna Weber", "PER").country is None


def test_en_minister_takes_the_country_of_the_dateline_spokesman_not():
    doc = run("LA PAZ, April 15 (Reuters) - Bolivia's government accepted offers of aid. Health Minister "
              "Rodrigo Quispe said a team would arrive on Sunday. Police spokesman Juan Perez confirmed it.", "en")
    assert find(doc, "Rodrigo Quispe", "PER").country == "BO"
    assert find(doc, "Juan Perez", "PER").country is None


def test_de_council_of_a_place_and_state_security():
    doc = run("Weil ein politisches Motiv nicht ausgeschlossen werden könne, habe der Staatsschutz die "
              "Ermittlungen übernommen. Der Flüchtlingsrat Sachsen-Anhalt forderte, Unterkünfte besser zu schützen.")
    assert find(doc, "Staatsschutz", "ORG") is not None
    rat = [e for e in doc.entities if e.type == "ORG" and e.name == "Flüchtlingsrat Sachsen-Anhalt"]
    assert rat and find(doc, "Sachsen-Anhalt", "GPE") is not None
    doc = run("Der Landrat Peter Weber sprach von Hochverrat.")
    assert not [e for e in doc.entities if e.type == "ORG"]


def test_de_name_hyphenated_to_a_group_head():
    doc = run("Mehr als 2000 Menschen sind vor Kämpfen zwischen der ELN und Dissidenten der früheren "
              "Farc-Guerilla geflohen.")
    assert find(doc, "Farc-Guerilla", "ORG") is not None and find(doc, "ELN", "ORG") is not None
    doc = run("Die Jugend-Bewegung rief zu Protesten auf.")
    assert find(doc, "Jugend-Bewegung") is None


def test_de_organisation_name_typed_person_elsewhere():
    doc = run("Unbekannte sollen zwei Fahrzeuge des Minenbetreibers Magalies Platinum angezündet haben. "
              "Am Vorabend hatte Magalies Platinum gedroht, allen Streikenden zu kündigen.")
    e = find(doc, "Magalies Platinum")
    assert e.type == "ORG" and len(e.mentions) == 2


def test_en_age_before_role_and_role_before_the_next_name():
    doc = run('"We have lived side by side for generations," said Ghulam Rasool, 62, a shopkeeper whose '
              'store was burned.', "en")
    assert find(doc, "Ghulam Rasool", "PER").roles == ["shopkeeper"]
    doc = run("Officers detained editor Tendai Moyo and journalist Chipo Ncube, lawyer Farai Chikomba told AFP.", "en")
    assert find(doc, "Tendai Moyo", "PER").roles == ["editor"]
    assert find(doc, "Chipo Ncube", "PER").roles == ["journalist"]
    assert find(doc, "Farai Chikomba", "PER").roles == ["lawyer"]


def test_en_short_form_of_an_outlet_named_with_a_place():
    doc = run("Police raided the offices of the independent weekly The Harare Tribune on Wednesday. "
              "The Tribune, which prints about 15,000 copies a week, was founded in 2011.", "en")
    e = find(doc, "Harare Tribune", "ORG")
    assert e is not None and len(e.mentions) == 2


def test_en_place_association_and_organisation_named_after_a_person():
    doc = run("The Santa Cruz medical association went on strike on Wednesday.", "en")
    assert find(doc, "Santa Cruz medical association", "ORG") is not None
    doc = run("The union leader spoke in Santa Cruz on Wednesday.", "en")
    assert not [e for e in doc.entities if e.type == "ORG"]
    doc = run("The Fray Matías de Córdova Human Rights Center said about 120 detainees were refusing food.", "en")
    assert find(doc, "Fray Matías de Córdova Human Rights Center", "ORG") is not None
    assert not [e for e in doc.entities if e.type == "PER"]


def test_en_acronym_after_a_model_span_with_an_open_parenthesis():
    doc = run("Late on Tuesday, fighters believed to belong to the Allied Democratic Forces (ADF) attacked a "
              "village. The ADF has killed thousands of civilians.", "en")
    e = find(doc, "Allied Democratic Forces", "ORG")
    assert e is not None and len(e.mentions) == 3
