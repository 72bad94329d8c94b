"""Event rules of the fourteenth session: investigators sent, a copula's subject, detention
suffered, a crowd as target, the pronoun after a gendered doublet ("Ärztinnen und Ärzte"),
a definite description of an organisation named before, looting with no protest near it,
an exploding vehicle, and a dateline glued to its em dash."""
from __future__ import annotations

from helpers_events import analyze, full, names, of_type, run


def _args(doc, ev):
    return names(doc, ev.actors), names(doc, ev.targets)


def test_de_investigators_sent_is_an_investigation():
    doc = full("Das Außenministerium verurteilte den Anschlag. Es kündigte an, am Mittwoch Ermittler nach "
               "Kabul zu schicken.", "de")
    ev = [e for e in doc.events if e.trigger.text == "schicken"][0]
    assert ev.type == "INVESTIGATE" and ev.certainty == "hypothetical"
    assert _args(doc, ev)[1] == [] and doc.item(ev.place).name == "Kabul"   # the investigators are the means
    # doctors sent are still aid
    doc = run(analyze("Die Regierung schickte Ärzte nach Kabul.", "de"))
    assert [e.type for e in doc.events] == ["AID"]


def test_en_investigators_sent_is_an_investigation():
    doc = run(analyze("The ministry said it would send investigators to Kabul on Wednesday.", "en"))
    ev = of_type(doc, "INVESTIGATE")[0]
    assert ev.trigger.text == "send" and ev.certainty == "hypothetical" and _args(doc, ev)[1] == []
    # the people to be interviewed are still the target of an interview
    doc = run(analyze("A team will travel to Bor next week to interview survivors and witnesses.", "en"))
    assert _args(doc, of_type(doc, "INVESTIGATE")[0])[1] == ["survivors", "witnesses"]


def test_de_copula_subject_does_not_do_the_predicative_noun():
    doc = run(analyze("Grundlage ist ein Amnestiegesetz, das der Präsident unterzeichnet hatte.", "de"))
    ev = [e for e in doc.events if e.trigger.text == "Amnestiegesetz"][0]
    assert _args(doc, ev)[0] == []
    # a genitive doer still is one
    doc = run(analyze("Der Angriff der Rebellen war ein Massaker.", "de"))
    assert _args(doc, [e for e in doc.events if e.trigger.text == "Angriff"][0])[0] == ["der Rebellen"]


def test_de_who_sits_in_detention_suffers_it():
    doc = run(analyze("Mehr als 700 Regierungskritiker säßen weiterhin in Haft, erklärte sie.", "de"))
    ev = [e for e in doc.events if e.trigger.text == "Haft"][0]
    assert _args(doc, ev) == ([], ["Mehr als 700 Regierungskritiker"])


def test_de_a_crowd_is_a_target():
    doc = run(analyze("Die Beamten hätten die Menge mehrfach aufgefordert, sich zu entfernen.", "de"))
    assert _args(doc, of_type(doc, "DEMAND")[0]) == (["Die Beamten"], ["die Menge"])
    doc = run(analyze("Die Polizei trieb die Menge mit Tränengas auseinander.", "de"))
    assert _args(doc, of_type(doc, "COERCE")[0]) == (["Die Polizei"], ["die Menge"])


def test_de_pronoun_after_a_gendered_doublet_means_both():
    doc = run(analyze("In Kumasi haben rund 200 Ärztinnen und Ärzte das Verwaltungsgebäude besetzt. Sie verlangen "
                      "die Auszahlung von Gehältern.", "de"))
    assert _args(doc, of_type(doc, "DEMAND")[0])[0] == ["200 Ärztinnen und Ärzte"]


def test_definite_description_of_an_organisation_named_before():
    doc = full("Das Tansanische Rote Kreuz brachte 31 Verletzte ins Krankenhaus. Die Hilfsorganisation rief die "
               "Bevölkerung zu Blutspenden auf.", "de")
    assert names(doc, of_type(doc, "DEMAND")[0].actors) == ["Tansanische Rote Kreuz"]
    doc = full("The Red Cross took 31 injured people to hospital. The group called on residents to donate blood.", "en")
    assert names(doc, of_type(doc, "DEMAND")[0].actors) == ["Red Cross"]
    # two organisations named before: a generic noun points to neither
    doc = full("The Red Cross and Doctors Without Borders sent teams. The group called on residents to donate "
               "blood.", "en")
    assert names(doc, of_type(doc, "DEMAND")[0].actors) == ["The group"]


def test_looting_without_a_protest_is_theft():
    doc = run(analyze("Im Nordwesten Tansanias haben Hunderte Menschen einen umgestürzten Tanklaster geplündert.", "de"))
    assert [(e.type, e.mode) for e in doc.events] == [("CRIME", "theft")]
    doc = run(analyze("Residents looted an overturned fuel tanker.", "en"))
    assert [(e.type, e.mode) for e in doc.events] == [("CRIME", "theft")]
    # in a protest, looting is rioting
    doc = run(analyze("Bei den Protesten wurden Geschäfte geplündert. Demonstranten plünderten einen Supermarkt.", "de"))
    assert {e.type for e in doc.events} == {"PROTEST"}
    doc = run(analyze("Rioters looted shops.", "en"))
    assert [e.type for e in doc.events] == ["PROTEST"]


def test_an_exploding_tanker_is_no_attack():
    assert run(analyze("Tanklaster explodiert in Tansania – Plünderer unter den Toten", "de")).events == []
    assert full("A fuel tanker exploded in Nigeria on Monday.", "en").events == []
    assert of_type(run(analyze("Eine Autobombe explodierte vor dem Ministerium.", "de")), "ASSAULT")


def test_en_dateline_glued_to_an_em_dash_is_no_actor():
    doc = full("BACOLOD CITY—Police and court sheriffs evicted about 300 landless farmworkers from a sugar "
               "estate on Tuesday.", "en")
    ev = of_type(doc, "COERCE")[0]
    assert _args(doc, ev) == (["Police", "court sheriffs"], ["about 300 landless farmworkers"])


def test_de_report_clause_wonach_and_the_rejection():
    doc = full("Berichte, wonach Beamte in Marabella einen Unbeteiligten erschossen hätten, wies Ramsaran zurück.", "de")
    shot = [e for e in doc.events if e.trigger.text == "erschossen"][0]
    assert _args(doc, shot) == (["Beamte"], ["einen Unbeteiligten"]) and shot.certainty in ("alleged", "reported")
    assert _args(doc, of_type(doc, "REJECT")[0])[0] == ["Ramsaran"]


def test_de_holding_something_excessive_is_criticism():
    doc = run(analyze("Die Opposition hält den Ausnahmezustand für überzogen.", "de"))
    assert _args(doc, of_type(doc, "DISAPPROVE")[0])[0] == ["Die Opposition"]
    assert not of_type(run(analyze("Die Polizei hält den Verdächtigen in Haft.", "de")), "DISAPPROVE")


def test_de_suing_before_a_court():
    doc = run(analyze("Seine Partei werde vor dem High Court klagen, falls das Parlament den Ausnahmezustand "
                      "verlängere, sagte Mohammed.", "de"))
    ev = [e for e in doc.events if e.trigger.text == "klagen"][0]
    assert ev.type == "DISAPPROVE" and ev.certainty == "hypothetical"
    assert run(analyze("Die Bewohner klagen über Wassermangel.", "de")).events == []


def test_en_crew_taken_off_a_ship_is_aid():
    doc = run(analyze("All 21 crew members were taken off the ship by a French frigate and brought to Djibouti.", "en"))
    ev = of_type(doc, "AID")[0]
    assert ev.trigger.text == "taken off" and _args(doc, ev) == (["a French frigate"], ["All 21 crew members"])
    assert run(analyze("The general took off his cap.", "en")).events == []


def test_en_hanging_with_a_time_on_a_day():
    doc = run(analyze("Iran hanged three men at dawn on Thursday.", "en"))
    assert _args(doc, of_type(doc, "ASSAULT")[0]) == (["Iran"], ["three men"])
    # a headline's reduced passive: the counted were hanged
    doc = run(analyze("Three men hanged at dawn", "en"))
    assert _args(doc, of_type(doc, "ASSAULT")[0]) == ([], ["Three men"])


def test_en_subject_the_parser_hung_on_a_fronted_phrase():
    doc = run(analyze("In a video circulated on WhatsApp, a man who identified himself as the gang's leader, Jonas "
                      "Pierre-Louis, threatened to attack Saint-Marc.", "en"))
    assert _args(doc, of_type(doc, "THREATEN")[0])[0] == ["a man"]


def test_en_live_blog_headings_are_sentences_of_their_own():
    doc = full("07.10 BST\nThree men hanged at dawn\nIran hanged three men at dawn on Thursday in Ghezel Hesar prison "
               "in Karaj, the judiciary's Mizan news agency reported.", "en", published="2026-05-21")
    body = [e for e in doc.events if e.trigger.text == "hanged" and e.actors]
    assert body and names(doc, body[0].actors) == ["Iran"] and doc.item(body[0].place).name == "Karaj"
    assert all("BST" not in t for e in doc.events for t in names(doc, e.targets))


def test_en_a_number_of_them_is_a_target():
    doc = run(analyze("Police arrested 19 of them.", "en"))
    assert _args(doc, of_type(doc, "COERCE")[0]) == (["Police"], ["19 of them"])


def test_en_them_in_a_subordinate_clause_is_the_main_subject():
    doc = run(analyze("Four policemen were hurt when farmers threw stones and bamboo poles at them, he said.", "en"))
    assert _args(doc, doc.events[0]) == (["farmers"], ["Four policemen"])
    # in its own clause, "them" stays unresolved rather than guessed
    doc = run(analyze("Police arrested the men and questioned them.", "en"))
    assert all("men" not in names(doc, e.targets) for e in doc.events if e.trigger.text == "questioned")


def test_de_object_control_of_a_ban_and_an_object_pronoun_after_a_subject_pronoun():
    doc = run(analyze("Am Donnerstag untersagte der High Court den Ärzten, weiter zu streiken. Er forderte sie auf, "
                      "an ihre Arbeitsplätze zurückzukehren.", "de"))
    assert names(doc, of_type(doc, "PROTEST")[0].actors) == ["den Ärzten"]
    assert _args(doc, of_type(doc, "DEMAND")[0])[1] == ["den Ärzten"]
    doc = run(analyze("Die Polizei nahm am Montag drei Demonstranten fest. Sie verhörte sie stundenlang.", "de"))
    assert _args(doc, of_type(doc, "INVESTIGATE")[0]) == (["Die Polizei"], ["drei Demonstranten"])


def test_en_compound_event_noun_is_one_trigger():
    doc = run(analyze("The party said it would hold a protest march on Tuesday.", "en"))
    ev = of_type(doc, "PROTEST")[0]
    assert ev.trigger.text == "protest march" and ev.certainty == "hypothetical"


def test_en_taken_from_home_by_officers_is_an_arrest():
    doc = run(analyze("Fareed was taken from his home in Male by officers of the Maldives Police Service.", "en"))
    ev = of_type(doc, "COERCE")[0]
    assert ev.trigger.text == "taken" and _args(doc, ev) == (["officers of the Maldives Police Service"], ["Fareed"])
    assert run(analyze("The officer took his children home.", "en")).events == []


def test_destroying_military_hardware_is_an_attack_and_its_forces_are_the_sayers():
    doc = run(analyze("U.S. Central Command said its forces had destroyed two Houthi drone boats near Mokha.", "en"))
    ev = of_type(doc, "ASSAULT")[0]
    assert _args(doc, ev) == (["U.S. Central Command"], ["two Houthi drone boats"])
    assert [e.type for e in run(analyze("Bulldozers destroyed dozens of homes.", "en")).events] == ["COERCE"]
    doc = run(analyze("Die Armee zerstörte zwei Raketenwerfer der Rebellen.", "de"))
    assert [e.type for e in doc.events] == ["ASSAULT"]
    assert [e.type for e in run(analyze("Soldaten zerstörten Dutzende Häuser.", "de")).events] == ["COERCE"]


def test_de_support_with_food_is_aid_and_compound_strikes():
    doc = run(analyze("Die Kirche werde die Familien der Opfer mit Lebensmitteln unterstützen.", "de"))
    assert [e.type for e in doc.events] == ["AID"]
    assert [e.type for e in run(analyze("Die Partei unterstützt den Kandidaten.", "de")).events] == ["SUPPORT"]
    doc = run(analyze("Die Gewerkschaft der Pflegekräfte kündigte für Montag einen landesweiten Solidaritätsstreik an.", "de"))
    ev = of_type(doc, "PROTEST")[0]
    assert ev.trigger.text == "Solidaritätsstreik" and ev.certainty == "hypothetical"


def test_de_generic_organisation_noun_takes_the_topic_of_the_sentence_before():
    doc = full("Das Tansanische Rote Kreuz brachte 31 Schwerverletzte in das Bugando-Krankenhaus in Mwanza. Die "
               "Klinik in Kahama sei völlig überlastet, erklärte die Hilfsorganisation. Sie rief die Bevölkerung zu "
               "Blutspenden auf.", "de")
    assert names(doc, of_type(doc, "DEMAND")[0].actors) == ["Tansanische Rote Kreuz"]


def test_en_warning_that_sanctions_would_follow_has_their_targets():
    doc = run(analyze("The EU's foreign policy chief warned that the bloc would impose sanctions on Iranian judges and "
                      "prison officials if more protesters were executed.", "en"))
    ev = [e for e in doc.events if e.trigger.text == "warned"][0]
    assert _args(doc, ev) == (["The EU's foreign policy chief"], ["Iranian judges", "prison officials"])


def test_en_it_after_a_spokesman_is_the_body_he_spoke_of():
    doc = run(analyze("GSF spokesman Major Daniel Otieno said the force would set up a base in Saint-Marc next week. It "
                      "would not withdraw from the Artibonite, he said.", "en"))
    base = [e for e in doc.events if e.trigger.text == "set up"][0]
    assert base.type == "MOBILIZE" and base.certainty == "hypothetical" and names(doc, base.actors) == ["the force"]
    withdraw = of_type(doc, "RETREAT")[0]
    assert withdraw.certainty == "negated" and names(doc, withdraw.actors) == ["the force"]


def test_de_arson_on_an_office_is_an_attack_on_it():
    doc = run(analyze("In der Grenzstadt haben Unbekannte das Wahlkampfbüro eines Bürgermeisterkandidaten in Brand "
                      "gesteckt.", "de"))
    ev = of_type(doc, "ASSAULT")[0]
    assert _args(doc, ev) == (["Unbekannte"], ["das Wahlkampfbüro eines Bürgermeisterkandidaten"])
    # protesters setting cars on fire still riot
    assert [e.type for e in run(analyze("Demonstranten setzten mehrere Autos in Brand.", "de")).events] == ["PROTEST"]


def test_en_subject_hung_on_the_agency_of_a_dateline():
    doc = run(analyze("Mongolia's mining minister quits\n\nULAANBAATAR, Oct 22 (Reuters) - Mongolia's minister of "
                      "mining and heavy industry, Davaadorj Munkhbayar, resigned on Thursday, the government said.", "en"))
    ev = [e for e in doc.events if e.trigger.text == "resigned"][0]
    assert names(doc, ev.actors) and "Reuters" not in names(doc, ev.actors)[0]


def test_de_between_phrase_of_another_noun_names_no_parties():
    doc = run(analyze("An der Grenze zwischen dem Iran und Afghanistan haben sich Grenzsoldaten beider Länder ein "
                      "stundenlanges Feuergefecht geliefert.", "de"))
    assert names(doc, of_type(doc, "ASSAULT")[0].actors) == ["Grenzsoldaten beider Länder"]
    doc = run(analyze("Zwischen Armee und Rebellen kam es zu heftigen Kämpfen.", "de"))
    assert names(doc, of_type(doc, "ASSAULT")[0].actors) == ["Armee", "Rebellen"]


def test_main_event_source_phrase_and_byline_are_no_background_or_lead():
    doc = full("Angola: Tote bei Gedränge um Lebensmittel\n\nLuanda (KNA) Bei einer Lebensmittelausgabe in Lobito hat "
               "die Polizei nach Angaben von Augenzeugen Tränengas in die wartende Menge gefeuert. In dem folgenden "
               "Gedränge kamen mindestens 19 Menschen ums Leben.", "de")
    assert doc.item(doc.main_event).trigger.text == "Tränengas"
    doc = full("Three EU states recall ambassadors after Iran hangs three protesters – live\n\nThu 21 May 2026 17.50 BST\n"
               "Lena Hartmann (now) and Omid Farahani (earlier)\n\nSummary\n- Germany, France and the Netherlands "
               "recalled their ambassadors from Tehran on Thursday after Iran hanged three young men.\n\n07.10 BST\n"
               "Three men hanged at dawn\nIran hanged three men at dawn on Thursday, the judiciary's news agency "
               "reported.", "en", published="2026-05-21")
    assert doc.item(doc.main_event).type == "SANCTION"


def test_de_supporters_of_a_named_person_and_a_group_left_without_its_article():
    doc = full("„Ich lasse mich nicht einschüchtern“, sagte Acosta. Am Sonntagnachmittag zogen Anhänger Acostas durch "
               "das Stadtzentrum.", "de")
    assert names(doc, of_type(doc, "PROTEST")[0].actors) == ["Anhänger Acostas"]
    assert [e.name for e in doc.entities if e.type == "PER"] == ["Acosta"]
    doc = run(analyze("In einem Bekennerschreiben, das am Sonntagmorgen auftauchte, übernahm eine bis dahin unbekannte "
                      "Gruppe die Verantwortung. Sie drohte mit weiteren Anschlägen.", "de"))
    assert "Gruppe" in names(doc, of_type(doc, "THREATEN")[0].actors)[0]


def test_a_distance_is_no_target():
    doc = run(analyze("Anfang des Monats war in Capitán Bado, rund 80 Kilometer weiter südlich, ein Stadtratskandidat "
                      "auf offener Straße erschossen worden.", "de"))
    assert _args(doc, of_type(doc, "ASSAULT")[0])[1] == ["ein Stadtratskandidat"]


def test_en_threat_targets_of_a_passive_consequence_and_a_law_invoked_against_people():
    doc = run(analyze("The court warned that the union's leaders could be fined if they ignored the order.", "en"))
    assert _args(doc, [e for e in doc.events if e.trigger.text == "warned"][0])[1] == ["the union's leaders"]
    doc = run(analyze("Chile's Interior Ministry threatened to invoke the State Security Law against the organizers of "
                      "the strike.", "en"))
    assert _args(doc, of_type(doc, "THREATEN")[0])[1] == ["the organizers of the strike"]
    doc = run(analyze("A Senate committee will question the transport minister on Wednesday.", "en"))
    ev = of_type(doc, "INVESTIGATE")[0]
    assert ev.certainty == "hypothetical" and _args(doc, ev) == (["A Senate committee"], ["the transport minister"])


def test_de_instrument_before_the_final_verb_is_no_trigger():
    doc = run(analyze("Anschließend hätten Beamte die Menge mit Schlagstöcken zurückgedrängt, sagte der Pfarrer.", "de"))
    ev = of_type(doc, "COERCE")[0]
    assert ev.trigger.text == "zurückgedrängt" and _args(doc, ev) == (["Beamte"], ["die Menge"])
