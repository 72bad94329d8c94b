"""Claims: causes of the e2e-dev5 misses, as general rules: a German pronoun agrees in gender
with its antecedent; a bare role noun is the one person the text gave that role; a town inside
the speaker's phrase is not the speaker; a city's administration speaks."""
from claims_helpers import run


def by_content(doc, part):
    return next(c for c in doc.claims if part in c.content)


def test_german_pronoun_agrees_in_gender_with_its_antecedent():
    doc = run("Der 41-Jährige selbst bestritt, jemanden betrogen zu haben. Eine 86 Jahre alte Frau aus Melle "
              "hatte im Zeugenstand geschildert, wie sie einem Polizisten Geld übergeben hatte. „Ich habe mich "
              "so geschämt“, sagte sie. Der Mann widersprach. „Das stimmt nicht“, sagte er.", "de")
    c = by_content(doc, "geschämt")
    assert c.speaker_text == "86 Jahre alte Frau aus Melle" and c.speaker is None
    assert by_content(doc, "stimmt nicht").speaker_text == "Mann"


def test_role_noun_speaker_is_the_one_holder_of_that_role():
    doc = run("Das Landgericht hat am Dienstag vier Männer verurteilt, sagte der Vorsitzende Richter Martin "
              "Albers. Die Strafen wurden zur Bewährung ausgesetzt. Eine Frau aus Melle hatte im Zeugenstand "
              "ausgesagt. Die Ermittler kamen durch Hinweise aus der Türkei auf die Spur. Der Richter sprach "
              "von einer „besonders perfiden Masche“.", "de")
    c = by_content(doc, "perfiden Masche")
    assert doc.item(c.speaker).name == "Martin Albers"


def test_city_hall_speaks_for_the_city():
    doc = run("Phnom Penh City Hall said in a statement on Tuesday that 112 families had been relocated "
              "voluntarily.", "en")
    c = by_content(doc, "112 families")
    assert doc.item(c.speaker).name == "Phnom Penh City Hall"
    assert any(p.name == "Phnom Penh" for p in doc.places)


def test_plea_before_a_colon_frames_reported_speech_and_a_feminine_role_is_no_man():
    doc = run("Sein Verteidiger Tobias Reinke hatte auf Freispruch plädiert: Sein Mandant habe von den "
              "Betrügereien nichts gewusst. Die Sprecherin betonte: Das Verfahren sei fair gewesen.", "de")
    c = by_content(doc, "nichts gewusst")
    assert c.mode == "indirect" and doc.item(c.speaker).name == "Tobias Reinke"
    assert by_content(doc, "fair gewesen").speaker is None
