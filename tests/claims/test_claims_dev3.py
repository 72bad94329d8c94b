"""Claims rules found on the e2e dev3 set: 'nach seinen Angaben' pointing back to the speaker
named before; 'she said' after a quotation of several sentences (the antecedent is counted from
where the quotation opens); 'put the number detained at more than 40' with 'at' hung on the
participle."""
from claims_helpers import claim_with, run, speaker


def test_de_according_to_his_statements_is_the_speaker_before():
    doc = run("Zwei Attentäterinnen hätten sich in die Luft gesprengt, sagte ein Polizeisprecher des Bundesstaats "
              "Borno, Usman Garba, am Abend. Nach seinen Angaben starben 14 Menschen, 37 wurden verletzt.", "de")
    c = claim_with(doc, "14 Menschen")
    assert c.mode == "according_to" and "Garba" in speaker(doc, c)
    f = [f for f in doc.figures if f.min == 14][0]
    assert f.kind == "killed" and f.claim == c.id


def test_en_pronoun_after_a_quotation_of_several_sentences():
    doc = run('Save the Jadar Valley spokeswoman Jelena Pavlovic read a statement outside the police station. '
              '"This morning the state sent hundreds of police against farmers. We were not armed, we did not '
              'resist. This valley is our home and we will not leave it. If the government does not stop the '
              'project, we will block the roads to Loznica," she said.', "en")
    c = claim_with(doc, "We were not armed")
    assert c.mode == "direct" and "Pavlovic" in speaker(doc, c) and "block the roads" in c.content


def test_en_put_the_number_participle_at():
    doc = run("The activists' group Save the Jadar Valley put the number detained at more than 40 and said five "
              "people had been injured.", "en")
    c = claim_with(doc, "40")
    assert "Save the Jadar Valley" in speaker(doc, c)
    f = [f for f in doc.figures if f.min == 40][0]
    assert f.kind == "arrested" and f.qualifier == "at_least" and f.claim == c.id


def test_de_speaker_with_seat_before_the_name():
    doc = run("Das Manöver sei „eine unverhohlene Drohung“ und gefährde den Friedensprozess, sagte der Sprecher "
              "des Außenministeriums in Eriwan, Tigran Melkonjan.", "de")
    c = claim_with(doc, "Drohung")
    assert "Melkonjan" in speaker(doc, c)


def test_de_particle_read_as_adverb():
    doc = run("Geschäftsführerin Anke Hofmeister stellte klar, dass das Klinikum nicht zahlen werde.", "de")
    c = claim_with(doc, "nicht zahlen")
    assert c.mode == "indirect" and "Hofmeister" in speaker(doc, c)


def test_en_of_two_subjects_the_one_before_the_verb():
    doc = run("At least 11 of its supporters had been killed, most of them in Kenema, party secretary-general "
              "Fatmata Kamara said on Sunday.", "en")
    c = claim_with(doc, "11")
    assert "Kamara" in speaker(doc, c) and "Kenema" not in speaker(doc, c)


def test_en_conjoined_said_after_a_verb_misread_as_modifier():
    doc = run("The UN's deputy envoy for Yemen, Lena Markovic, called on both sides to respect the truce and said "
              "a joint monitoring committee should investigate the incidents.", "en")
    c = claim_with(doc, "monitoring committee")
    assert "Markovic" in speaker(doc, c)
