"""Claims rules found on the e2e dev2 set: a speech verb the parser hung on its content
('…, lawyer X told AFP'; a speaker with a participle phrase), the addressee after the
speaker's apposition, 'der 58-Jährige' and an unnamed role noun as antecedents, 'he'
continuing the subject of the sentence before, 'nannten 1500 Teilnehmer'."""
from claims_helpers import claim_with, channels, run, speaker


def test_en_postposed_frame_the_parser_hung_on_the_content():
    doc = run("Officers arrived at about 9 pm and detained editor Tendai Moyo and journalist Chipo Ncube, "
              "lawyer Farai Chikomba told AFP.", "en")
    c = claim_with(doc, "detained")
    assert c.mode == "indirect" and "Chikomba" in speaker(doc, c) and channels(doc, c) == ["AFP"]
    doc = run("Two men had been taken to hospital on Tuesday after collapsing, the group's director, "
              "Lucía Herrera, told The Associated Press.", "en")
    c = claim_with(doc, "hospital")
    assert "Herrera" in speaker(doc, c) and channels(doc, c) == ["Associated Press"]


def test_en_postposed_frame_is_not_a_contrasting_clause():
    doc = run("Organisers said more than 50,000 people joined the march, while police estimated the crowd "
              "at 20,000.", "en")
    assert not any("while" in (c.speaker_text or "") for c in doc.claims)


def test_en_speaker_with_a_participle_phrase():
    doc = run("A Honduran detainee reached by phone said guards had beaten two strikers on Monday night; "
              "the account could not be verified.", "en")
    c = claim_with(doc, "beaten")
    assert c.mode == "indirect" and "detainee" in speaker(doc, c) and c.hedged


def test_en_he_continues_the_subject_of_the_sentence_before():
    doc = run("Musa Bello, a spokesman for the cattle owners' association, accused police of ignoring "
              "attacks on Fulani families. He said more than 300 cattle had been stolen since January.", "en")
    c = claim_with(doc, "300 cattle")
    assert "Bello" in speaker(doc, c)


def test_de_addressee_after_the_speakers_apposition():
    doc = run("Unter den Toten sei ein 19 Jahre alter Lehrling, sagte der Regionalsekretär der Gewerkschaft, "
              "Sipho Dlamini, der Nachrichtenagentur Reuters.", "de")
    c = claim_with(doc, "Lehrling")
    assert "Dlamini" in speaker(doc, c) and channels(doc, c) == ["Reuters"]


def test_de_pronoun_after_an_unnamed_role_noun():
    doc = run("Die Polizei habe scharf geschossen, sagte Gewerkschafter Sipho Dlamini. Ein Polizeisprecher wies "
              "das zurück. Es sei keine scharfe Munition eingesetzt worden, sagte er.", "de")
    c = claim_with(doc, "keine scharfe Munition")
    assert "Polizeisprecher" in speaker(doc, c) and "Dlamini" not in speaker(doc, c)


def test_de_age_noun_refers_to_the_person_named_before():
    doc = run("Marty drohte, die Grenzübergänge ab kommender Woche zu sperren. „Wir haben nichts mehr zu "
              "verlieren“, sagte der 58-Jährige.", "de")
    c = claim_with(doc, "nichts mehr zu verlieren")
    assert c.mode == "direct" and "Marty" in speaker(doc, c)


def test_de_nennen_with_a_number():
    doc = run("Die Polizei zählte rund 600 Teilnehmer. Die Organisatoren nannten 1500 Teilnehmer.", "de")
    c = claim_with(doc, "1500")
    assert "Organisatoren" in speaker(doc, c)
    assert run("Die Polizei nannte keine Namen.", "de").claims == []
