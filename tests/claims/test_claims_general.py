"""Claims: general patterns found missing on unseen articles (each with a fresh sentence).

Appositions after role nouns, pronoun typing, reportive 'sollen' under attributions,
article-less genitives after 'nach Angaben', verb-second content after 'die', labels
with quotations, channels with abbreviations; English participle speakers, toll
statements, channels of carried statements, paragraph breaks, misparsed appositions.
"""
from claims_helpers import channels, run, speaker


def claim_with(doc, word):
    cs = [c for c in doc.claims if word in c.content]
    assert cs, [(c.mode, c.content, c.speaker_text) for c in doc.claims]
    return cs[0]


# -- German -----------------------------------------------------------------

def test_de_separable_verb_after_name_apposition():
    doc = run("Zwei Wanderer seien noch nicht gefunden worden, gab die Sprecherin der Bergwacht "
              "von Garmisch, Lena Forstner, am Abend bekannt.", "de")
    c = claim_with(doc, "Wanderer")
    assert c.mode == "indirect" and "Forstner" in speaker(doc, c)


def test_de_role_with_genitive_and_apposition_after_quote():
    doc = run("„Wir haben keine Zeit zu verlieren“, sagte der Generalsekretär der Hilfsorganisation "
              "Care, Tomas Lindqvist, in Oslo. Die Vorräte würden nur noch wenige Tage reichen.", "de")
    q = claim_with(doc, "keine Zeit")
    assert q.mode == "direct" and "Lindqvist" in speaker(doc, q)
    k = claim_with(doc, "Vorräte")
    assert k.mode == "indirect" and "Lindqvist" in speaker(doc, k)


def test_de_laut_role_with_apposition():
    doc = run("Laut der Leiterin der Klinik, Dr. Maren Falk, sind drei Patienten in kritischem Zustand.", "de")
    c = doc.claims[0]
    assert c.mode == "according_to" and "Falk" in speaker(doc, c) and "Patienten" in c.content


def test_de_definite_role_noun_with_age_points_to_last_named_speaker():
    doc = run("Die Feuerwehr war mit 80 Kräften im Einsatz, sagte Einsatzleiter Bernd Kolb. "
              "„So ein Feuer habe ich noch nie gesehen“, sagte der 58-jährige Beamte.", "de")
    c = claim_with(doc, "Feuer habe")
    assert c.mode == "direct" and "Kolb" in speaker(doc, c)


def test_de_pronoun_skips_party_in_parentheses():
    doc = run("Bayerns Umweltministerin Karin Seidl (Grüne) besuchte das Hochwassergebiet. "
              "„Die Schäden sind enorm“, sagte sie dem Bayerischen Rundfunk (BR).", "de")
    c = claim_with(doc, "Schäden")
    assert "Seidl" in speaker(doc, c) and "Grüne" not in speaker(doc, c)
    assert any("Rundfunk" in n or "BR" in n for n in channels(doc, c))


def test_de_channel_noun_with_name_and_abbreviation():
    doc = run("Die Lage sei ernst, sagte der Bürgermeister dem Hessischen Rundfunk (HR).", "de")
    assert any("Rundfunk" in n for n in channels(doc, doc.claims[0]))
    doc = run("„Wir bleiben hier“, sagte ein Sprecher dem Sender Radio Bremen (RB).", "de")
    assert any("Radio Bremen" in n for n in channels(doc, doc.claims[0]))


def test_de_reportive_sollen_under_attribution_is_hedged():
    doc = run("Nach Angaben der Feuerwehr sollen sich noch mehrere Menschen in dem Gebäude aufhalten.", "de")
    c = doc.claims[0]
    assert c.mode == "according_to" and c.hedged
    doc = run("Einem Bericht der Zeitung zufolge sollen die Ermittler eine Spur (eine DNA-Probe) verfolgt haben.", "de")
    assert doc.claims[0].hedged


def test_de_deontic_sollen_is_not_a_hedge():
    doc = run("Die Brücke soll im kommenden Jahr saniert werden.", "de")
    assert doc.claims == []


def test_de_semicolon_separates_attribution_and_hedge():
    doc = run("Die Autobahn wurde laut Polizei gesperrt; zahlreiche Fahrer sollen im Stau festsitzen.", "de")
    a = claim_with(doc, "Autobahn")
    h = claim_with(doc, "Fahrer")
    assert a is not h and a.mode == "according_to" and not a.hedged and h.hedged


def test_de_nach_angaben_genitive_without_article():
    doc = run("Nach Angaben kurdischer Sicherheitskräfte wurden vier Kämpfer gefasst.", "de")
    c = doc.claims[0]
    assert c.mode == "according_to" and "Sicherheitskräfte" in speaker(doc, c)


def test_de_content_with_article_die_after_comma_is_main_clause():
    doc = run("Ein Sprecher der Kommission erklärte am Morgen in Straßburg, die Kommission prüfe den Antrag.", "de")
    c = doc.claims[0]
    assert c.content == "die Kommission prüfe den Antrag" and "Sprecher" in speaker(doc, c)


def test_de_relative_clause_after_speech_verb_is_not_content():
    doc = run("Er berichtete von der Reform, die die Regierung gestern vorgelegt hat.", "de")
    assert all("die Regierung gestern" not in c.content or c.mode != "indirect" or c.content.startswith("der Reform")
               for c in doc.claims)


def test_de_subordinate_clause_on_main_clause_before_frame():
    doc = run("Es sei unklar, ob die Brücke einsturzgefährdet sei, sagte dessen Prüfer Ralf Stein.", "de")
    c = doc.claims[0]
    assert "Stein" in speaker(doc, c) and c.content.startswith("Es sei unklar")
    assert not (c.speaker_text or "").startswith("dessen")


def test_de_label_verb_with_quotation():
    assert run("Die Initiative nennt sich „Saubere Luft jetzt“.", "de").claims == []
    doc2 = run("Die Reederei wies den Bericht als „frei erfunden“ zurück.", "de")
    assert doc2.claims and doc2.claims[0].content == "frei erfunden"
    doc = run("Der Verbandspräsident Udo Brandt nannte die Entscheidung einen „Schlag ins Gesicht“.", "de")
    c = doc.claims[0]
    assert c.mode == "direct" and c.content == "Schlag ins Gesicht" and "Brandt" in speaker(doc, c)


def test_de_call_without_quotation_is_not_a_claim_but_with_quotation_is():
    assert run("Die Stadt rief die Anwohner auf, die Fenster geschlossen zu halten.", "de").claims == []
    doc = run("Sie forderte die Regierung auf, „endlich zu handeln“.", "de")
    assert doc.claims and doc.claims[0].content == "endlich zu handeln"


# -- English ----------------------------------------------------------------

def test_en_participle_takes_subject_of_main_clause():
    doc = run("The union called off the strike on Friday, saying management had agreed to a pay rise.", "en")
    c = doc.claims[0]
    assert "union" in speaker(doc, c) and "management" in c.content


def test_en_she_resolves_to_a_person_not_an_organisation():
    doc = run("Senator Helen Marsh questioned the Federal Aviation Administration (FAA) for two hours. "
              "\"Nobody has given us a straight answer,\" she said.", "en")
    c = claim_with(doc, "straight answer")
    assert "Marsh" in speaker(doc, c)


def test_en_it_resolves_to_an_organisation():
    doc = run("Mayor Tom Reed thanked the Red Cross for its help. Two of its volunteers were injured, "
              "it said in a statement.", "en")
    c = claim_with(doc, "volunteers")
    assert "Red Cross" in speaker(doc, c)


def test_en_toll_statement():
    doc = run("Local officials put the number of dead at 31.", "en")
    c = doc.claims[0]
    assert "officials" in speaker(doc, c) and "31" in c.content


def test_en_statement_carried_by_agency():
    doc = run("The ministry said in a statement carried by the official news agency WAM that the "
              "border would reopen.", "en")
    assert "WAM" in channels(doc, doc.claims[0])


def test_en_quote_after_paragraph_break_is_its_own_claim():
    doc = run("The council said it would examine the complaint and \"respond in due course.\"\n\n"
              "\"Our street has been flooded three times this year,\" said Paul Okonjo, a resident.", "en")
    a = claim_with(doc, "examine")
    b = claim_with(doc, "flooded")
    assert "council" in speaker(doc, a) and "Okonjo" in speaker(doc, b) and b.mode == "direct"


def test_en_name_with_age_and_relative_clause_before_said():
    doc = run("Morales, 61, whose movement won 40 seats according to the electoral board, "
              "said he would form a coalition.", "en")
    c = claim_with(doc, "coalition")
    assert c.mode == "indirect" and "Morales" in speaker(doc, c)
    a = claim_with(doc, "40 seats")
    assert a.mode == "according_to" and "coalition" not in a.content


def test_en_nested_claims_of_two_speakers_stay_apart():
    doc = run("The army said 12 soldiers were wounded, while the rebels put the toll at 40.", "en")
    assert len(doc.claims) == 2
    assert "rebels" in speaker(doc, claim_with(doc, "40"))


def test_de_object_report_citing_a_source():
    doc = run("Das Staatsfernsehen meldete unter Berufung auf Rettungskräfte mehr als 20 Verletzte.", "de")
    assert len(doc.claims) == 1
    c = doc.claims[0]
    assert "Rettungskräfte" in speaker(doc, c) and c.content == "mehr als 20 Verletzte"
    assert any("Staatsfernsehen" in n for n in channels(doc, c))


def test_en_channel_at_a_news_conference():
    doc = run("The governor said at a press briefing that the curfew would be lifted.", "en")
    c = doc.claims[0]
    assert any("briefing" in n for n in channels(doc, c)) and "curfew" in c.content


def test_en_revised_toll():
    doc = run("Authorities raised the death toll to 54 on Tuesday.", "en")
    c = doc.claims[0]
    assert "Authorities" in speaker(doc, c) and "54" in c.content


def test_en_that_clause_after_time_adverbial():
    doc = run("The senator said at the time that she had not seen the letter.", "en")
    assert doc.claims and doc.claims[0].content == "she had not seen the letter"


def test_de_demonstrative_points_to_the_sentence_before():
    doc = run("Auf der Autobahn 7 wurden vier Menschen verletzt. Das teilte die Polizei in Kassel mit.", "de")
    c = doc.claims[0]
    assert c.mode == "according_to" and "Polizei" in speaker(doc, c) and "vier Menschen" in c.content
    assert doc.figures and doc.figures[0].claim == c.id
    assert run("Der Minister plant Reformen. Das sagte er aber nicht.", "de").claims == []


def test_de_lowercase_outlet_after_channel_noun():
    doc = run("Die Lage sei angespannt, sagte ein Sprecher der Nachrichtenagentur epd.", "de")
    assert channels(doc, doc.claims[0]) == ["epd"]


def test_en_person_releasing_a_statement_is_not_a_channel():
    doc = run("\"We want answers,\" the parents said in a statement released by their attorney.", "en")
    assert channels(doc, doc.claims[0]) == []


def test_de_gapped_second_speaker():
    doc = run("Die Organisatoren sprachen von 40.000 Demonstranten, die Behörden von 15.000.", "de")
    assert [(c.speaker_text, c.content) for c in doc.claims] == [("Organisatoren", "40.000 Demonstranten"),
                                                                 ("Behörden", "15.000")]
    assert [(f.kind, f.min) for f in doc.figures] == [("participants", 40000), ("participants", 15000)]
    assert [f.claim for f in doc.figures] == [c.id for c in doc.claims]


def test_en_gerund_object_of_report_and_noun_tagged_estimates():
    doc = run("Residents reported seeing smoke over the harbour.", "en")
    assert doc.claims and "seeing smoke" in doc.claims[0].content
    doc = run("About 5,000 people have fled the region, the Red Cross estimates.", "en")
    assert doc.claims and "Red Cross" in speaker(doc, doc.claims[0])


def test_en_platform_name_with_full_stop_token():
    doc = run("\"The border is closed,\" the minister wrote on X.", "en")
    assert channels(doc, doc.claims[0]) == ["X"]


def test_de_den_angaben_zufolge_refers_to_the_source_before():
    doc = run("Die Feuerwehr meldete zwölf Verletzte. Den Angaben zufolge erlitten zwei von ihnen Brandwunden.", "de")
    c = claim_with(doc, "Brandwunden")
    assert c.mode == "according_to" and "Feuerwehr" in speaker(doc, c) and not c.hedged
    doc = run("Den Angaben zufolge erlitten zwei Menschen Brandwunden.", "de")
    assert doc.claims[0].hedged and not doc.claims[0].speaker_text


def test_de_subjunctive_clause_with_article_after_frame():
    doc = run("Die Bahn teilte mit, der Verkehr ruhe vorerst.", "de")
    assert doc.claims and doc.claims[0].content == "der Verkehr ruhe vorerst"


def test_de_role_of_a_newspaper_with_apposition_is_no_channel():
    doc = run("Die Auflage sei gestiegen, sagte die Chefredakteurin der Tageszeitung, Petra Lanz, in Bern.", "de")
    c = doc.claims[0]
    assert "Lanz" in speaker(doc, c) and channels(doc, c) == []


def test_en_dateline_is_not_content_and_unnamed_he_is_not_the_outlet():
    doc = run("GOMA, June 2 (Reuters) - Nine people were killed in a mortar attack, hospital staff said.\n\n"
              "A nurse at the main clinic, who declined to be named, told Reuters that more patients were arriving. "
              "He said the clinic had no electricity.", "en")
    first = claim_with(doc, "Nine people")
    assert first.content.startswith("Nine people")
    doc2 = run("LIMA, March 4 (AFP) - The electoral court on Monday annulled the vote, saying ballots had been lost.", "en")
    assert "LIMA" not in (doc2.claims[0].speaker_text or "") and "court" in doc2.claims[0].speaker_text
    nurse = claim_with(doc, "electricity")
    assert "nurse" in speaker(doc, nurse) and "Reuters" not in speaker(doc, nurse)
    assert "declined" not in speaker(doc, nurse)


def test_de_dateline_is_not_content():
    doc = run("Kiew (dpa) - Bei einem Angriff seien drei Menschen verletzt worden, teilte die Militärverwaltung mit.", "de")
    assert doc.claims[0].content.startswith("Bei einem Angriff")


def test_de_channel_phrase_before_reported_object():
    doc = run("Die Feuerwehr meldete auf ihrer Internetseite drei Verletzte.", "de")
    c = doc.claims[0]
    assert c.content == "drei Verletzte" and any("Internetseite" in n for n in channels(doc, c))


def test_de_sourceless_findings_keep_the_reported_speaker():
    doc = run("Eine Sprecherin der Stadt sagte, die Wasserversorgung sei gesichert. "
              "Schäden an Gebäuden gebe es nach ersten Erkenntnissen nicht.", "de")
    c = claim_with(doc, "Schäden")
    assert "Sprecherin" in speaker(doc, c) and c.mode == "indirect"


def test_de_suspected_in_attributed_statement_hedges_it_only():
    doc = run("Drei mutmaßliche Plünderer wurden gefasst, wie die Polizei mitteilte.", "de")
    assert len(doc.claims) == 1 and doc.claims[0].hedged
    assert run("Die Polizei fasste einen mutmaßlichen Dieb.", "de").claims == []


def test_en_crowd_estimate():
    doc = run("Police estimated the crowd at 8,000.", "en")
    assert doc.claims and "8,000" in doc.claims[0].content
    assert [(f.kind, f.min) for f in doc.figures] == [("participants", 8000)]


def test_en_label_verbs_with_quotation_and_self_naming():
    doc = run("The agency dismissed the claim as \"absurd\".", "en")
    assert doc.claims and doc.claims[0].content == "absurd"
    doc = run("The company dismissed the allegations as \"baseless\".", "en")
    assert doc.claims and doc.claims[0].content == "baseless" and doc.claims[0].mode == "direct"
    assert run("The movement calls itself \"Free Voices\".", "en").claims == []


def test_en_channel_in_participle_next_to_speaker():
    doc = run("The mayor, speaking on state television, said the curfew would stay.", "en")
    assert any("television" in n for n in channels(doc, doc.claims[0]))


def test_quotation_paragraph_after_the_speakers_paragraph():
    doc = run("Der Landrat Peter Vogt sagte, die Feuerwehr sei im Dauereinsatz.\n\n"
              "„Wir haben so etwas noch nie erlebt. Das Wasser kam in Minuten.“", "de")
    c = claim_with(doc, "Minuten")
    assert c.mode == "direct" and "Vogt" in speaker(doc, c)
    doc = run("Der Landrat Peter Vogt sagte, die Feuerwehr sei im Dauereinsatz.\n\nDie Pegel sinken inzwischen.", "de")
    assert len(doc.claims) == 1
    doc = run("Governor Ruth Ames said the levee had held.\n\n\"We were lucky this time. Next time we may not be.\"", "en")
    c = claim_with(doc, "lucky")
    assert c.mode == "direct" and "Ames" in speaker(doc, c)


def test_relative_clause_after_a_source_is_not_part_of_the_speaker():
    doc = run("Three guards were wounded, according to the prison service, which said 40 inmates had escaped.",
              "en", published="2024-03-02")
    by_mode = {c.mode: c for c in doc.claims}
    assert by_mode["according_to"].speaker_text == "prison service"
    assert by_mode["indirect"].speaker_text == "prison service"
    assert by_mode["indirect"].content == "40 inmates had escaped"
