"""Event rules of 2026-12-07 (fourth session): negated event nouns ("Festnahmen gab es keine"),
hearsay "soll inzwischen", causative "prüfen zu lassen", denials by "played no part in",
trigger words inside titles, object pronouns, predictions under the PLOVER convention,
demands named as what a reaction answers, antecedents after a reported-speech frame, town
names after a noun, headlines after a "Country:" prefix, live-ticker entries and headline
times."""
from __future__ import annotations

from helpers_events import analyze, full, names, of_type, run


def test_de_negated_event_nouns():
    doc = run(analyze("Festnahmen gab es bislang keine.", "de"))
    assert [(e.type, e.certainty) for e in doc.events] == [("COERCE", "negated")]
    doc = run(analyze("Ihre Mandanten hätten die Anschläge nie begangen.", "de"))
    assert [(e.type, e.certainty) for e in doc.events] == [("ASSAULT", "negated")]
    doc = run(analyze("Eine Zwangsernährung sei derzeit nicht geplant.", "de"))
    assert [(e.type, e.certainty) for e in doc.events] == [("COERCE", "negated")]
    # the same nouns stay asserted or planned without the negation
    doc = run(analyze("Die Polizei meldete mehrere Festnahmen.", "de"))
    assert [e.certainty for e in of_type(doc, "COERCE")] == ["asserted"]
    doc = run(analyze("Die Rebellen wollen weitere Anschläge verüben.", "de"))
    assert [e.certainty for e in of_type(doc, "ASSAULT")] == ["hypothetical"]


def test_de_hearsay_sollen_with_inzwischen_is_alleged_a_plan_stays_hypothetical():
    doc = run(analyze("Einer von ihnen soll inzwischen mit der Staatsanwaltschaft zusammenarbeiten.", "de"))
    assert [(e.type, e.certainty) for e in doc.events] == [("COOPERATE", "alleged")]
    doc = run(analyze("Die Gespräche sollen am Montag beginnen.", "de"))
    assert [e.certainty for e in doc.events] == ["hypothetical"]


def test_de_causative_lassen_takes_the_causer():
    doc = run(analyze("Farias kündigte an, alle Verträge von einer unabhängigen Kommission prüfen zu lassen.", "de"))
    ev = of_type(doc, "INVESTIGATE")[0]
    assert [a.text for a in ev.actors] == ["Farias"] and ev.certainty == "hypothetical"


def test_de_expanding_operations_is_mobilisation_expanding_sanctions_a_sanction():
    doc = run(analyze("Die Armee weitete ihre Operation auf den Norden aus.", "de"))
    assert [e.type for e in doc.events] == ["MOBILIZE"]
    doc = run(analyze("Die EU weitet die Sanktionen gegen Russland aus.", "de"))
    assert [e.type for e in doc.events] == ["SANCTION"]


def test_en_played_no_part_negates_the_act():
    doc = run(analyze("He said Podemos had played no part in the arson.", "en"))
    assert [e.certainty for e in doc.events] == ["negated"]
    doc = run(analyze("The group said it had no hand in the bombing.", "en"))
    assert [(e.type, e.certainty) for e in doc.events] == [("ASSAULT", "negated")]
    doc = run(analyze("The army played a key role in the attack.", "en"))
    assert [(e.type, e.certainty) for e in doc.events] == [("ASSAULT", "asserted")]


def test_en_a_trigger_inside_a_title_is_no_event():
    doc = run(analyze("Sudan's humanitarian aid commissioner denied the report.", "en"))
    assert not of_type(doc, "AID")
    doc = run(analyze("The UN delivered humanitarian aid to Gaza.", "en"))
    assert of_type(doc, "AID")


def test_object_pronouns_take_the_person_named_last():
    doc = full("Die Arbeiterpartei PT, der Marcelo Tavares angehört, stellte sich nicht hinter ihn.", "de")
    ev = of_type(doc, "SUPPORT")[0]
    assert ev.certainty == "negated" and names(doc, ev.targets) == ["Marcelo Tavares"]
    doc = full("Police said John Mbeki had been arrested. They later released him.", "en")
    ev = of_type(doc, "CONCEDE")[0]
    assert names(doc, ev.targets) == ["John Mbeki"]


def test_en_a_prediction_is_no_stated_intention_under_the_plover_convention():
    doc = full("The Commonwealth is expected to suspend Fiji's membership next week.", "en")
    ev = of_type(doc, "SANCTION")[0]
    assert ev.certainty == "hypothetical" and ev.plover is None
    doc = full("The Commonwealth will suspend Fiji's membership next week.", "en")
    ev = of_type(doc, "SANCTION")[0]
    assert ev.plover == "THREATEN"


def test_en_misread_verbs_and_new_entries():
    doc = run(analyze("The northern town was overrun by rebels, Radio Muhabura said.", "en"))
    assert [e.type for e in doc.events] == ["ASSAULT"]
    doc = run(analyze("Ecuador's president revoked the state of emergency in the province on Wednesday.", "en"))
    assert doc.events[0].type == "CONCEDE"
    doc = run(analyze("The king dismissed parliament on Monday.", "en"))
    assert [e.type for e in doc.events] == ["COERCE"]
    doc = run(analyze("The emir dismissed demands by the opposition for the restoration of parliament.", "en"))
    assert of_type(doc, "REJECT") and not of_type(doc, "COERCE")
    doc = run(analyze("The army passed intelligence on rebel hideouts to U.S. advisers.", "en"))
    assert [e.type for e in doc.events] == ["COOPERATE"]
    doc = run(analyze("The registrar has registered the opposition front as a political party.", "en"))
    assert [e.type for e in doc.events] == ["CONCEDE"]
    doc = run(analyze("Petroperu said the line had been deliberately cut.", "en"))
    assert [e.type for e in doc.events] == ["ASSAULT"]
    doc = run(analyze("A court fined the newspaper.", "en"))
    assert [e.type for e in doc.events] == ["COERCE"]
    doc = run(analyze("The government cut spending.", "en"))
    assert not doc.events


def test_a_demand_named_as_what_a_reaction_answers_is_not_the_main_event():
    doc = run(analyze("The government rejected the opposition's demands.", "en"))
    assert next(e for e in doc.events if e.id == doc.main_event).type == "REJECT"
    doc = run(analyze("Die Regierung wies die Forderungen der Opposition zurück.", "de"))
    assert next(e for e in doc.events if e.id == doc.main_event).type == "REJECT"


def test_de_pronoun_after_a_reported_speech_frame_is_not_the_reported_subject():
    doc = full("Die Oppositionspartei UPADS warf der Regierung Fahrlässigkeit vor. Die Armee lagere seit Jahren "
               "veraltete Munition in Wohngebieten, erklärte Parteisprecher Guy-Noël Loemba. Sie verlangte den "
               "Rücktritt von Verteidigungsminister Hervé Moukala.", "de")
    ev = of_type(doc, "DEMAND")[0]
    assert names(doc, ev.actors) == ["UPADS"]
    doc = full("Die Organisation warf den Soldaten vor, Männer verschleppt zu haben. Die Familien seien nicht "
               "informiert worden, sagte Sprecherin Nour Fathi. Sie forderte eine unabhängige Untersuchung.", "de")
    ev = of_type(doc, "DEMAND")[0]
    assert names(doc, ev.actors) == ["Nour Fathi"]


def test_de_a_town_after_a_noun_is_no_agent_a_country_is():
    doc = full("Der Politiker ist am Flughafen von Lomé festgenommen worden.", "de")
    ev = of_type(doc, "COERCE")[0]
    assert ev.actors == [] and names(doc, [ev.place]) == ["Lomé"]
    doc = full("Das Abkommen wurde am Mittwoch von Kasachstan und Turkmenistan unterzeichnet.", "de")
    ev = of_type(doc, "AGREE")[0]
    assert names(doc, ev.actors) == ["Kasachstan", "Turkmenistan"]


def test_de_headline_after_a_country_prefix_is_passive():
    doc = run(analyze("Togo: Oppositionsführer nach Rückkehr aus dem Exil festgenommen\n\n"
                      "Lomé (dpa) - Der Politiker ist festgenommen worden.", "de"))
    ev = doc.events[0]
    assert ev.actors == [] and [a.text for a in ev.targets] == ["Oppositionsführer"]
    doc = run(analyze("Brandanschlag auf Flüchtlingsunterkunft in Halle – Staatsschutz ermittelt", "de"))
    assert names(doc, of_type(doc, "INVESTIGATE")[0].actors) == ["Staatsschutz"]


TICKER = """Liveticker: Demonstranten stürmen Regionalparlament in Santa Cruz

Bolivien-Ticker, Donnerstag, 15. Oktober 2026

16.40 Uhr – Polizei räumt das Gebäude
Spezialkräfte der Polizei haben das Parlament mit Tränengas geräumt. Die Eindringlinge wurden von den Beamten auf die Straße gedrängt.

15.05 Uhr – Demonstranten dringen in den Plenarsaal ein
Mehrere Hundert Demonstranten haben das Gebäude des Regionalparlaments gestürmt.
"""


def test_de_live_ticker_entries_date_their_events_and_the_headline():
    doc = full(TICKER, "de", published="2026-10-15")
    times = {t.id: t.value for t in doc.times}
    storm = [e for e in of_type(doc, "ASSAULT") if e.trigger.text == "gestürmt"][0]
    assert names(doc, storm.actors) == ["Mehrere Hundert Demonstranten"]     # not the heading's words
    assert times[storm.time] == "2026-10-15T15:05"
    pushed = [e for e in doc.events if e.trigger.text == "gedrängt"][0]
    assert pushed.type == "COERCE" and times[pushed.time] == "2026-10-15T16:40"
    title = [e for e in doc.events if e.trigger.text == "stürmen"][0]
    assert times[title.time] == "2026-10-15T15:05"        # the headline's act, dated by its telling


def test_de_postponing_a_vote_is_a_concession_urging_a_demand():
    doc = run(analyze("Die Parlamentspräsidentin hat die Abstimmung über das Gesetz auf kommende Woche vertagt.", "de"))
    assert [e.type for e in doc.events] == ["CONCEDE"]
    doc = run(analyze("Die EU drängte die Regierung zu Reformen.", "de"))
    assert [e.type for e in doc.events] == ["DEMAND"]


def test_de_landing_aid_or_troops():
    doc = run(analyze("Ein Militärflugzeug mit Medikamenten und Ärzten soll am Dienstag in Pointe-Noire landen.", "de"))
    assert [(e.type, e.certainty) for e in doc.events] == [("AID", "hypothetical")]
    doc = run(analyze("In der Nacht landeten 300 Soldaten in Bangui.", "de"))
    assert [e.type for e in doc.events] == ["MOBILIZE"]
    doc = run(analyze("Das Flugzeug landete sicher in Berlin.", "de"))
    assert not doc.events


def test_en_they_after_a_count_of_people():
    doc = full("Hundreds of residents have blocked the road. They have threatened to keep the engineers.", "en")
    ev = of_type(doc, "THREATEN")[0]
    assert names(doc, ev.actors) == ["residents"]


def test_de_suspension_from_duty_planted_weapons_hearings_and_support():
    doc = full("Die 23 an den Einsätzen beteiligten Polizisten wurden vom Dienst suspendiert.", "de")
    ev = of_type(doc, "COERCE")[0]
    assert ev.actors == [] and ev.trigger.text == "suspendiert"      # "vom Dienst" is no agent
    doc = run(analyze("Mehrere Beamte sollen nach den Schüssen Pistolen neben die Leichen gelegt haben.", "de"))
    assert [(e.type, e.certainty) for e in doc.events] == [("CRIME", "alleged")]
    doc = run(analyze("Der Senat will am kommenden Dienstag eine Anhörung abhalten.", "de"))
    assert [(e.type, e.certainty) for e in doc.events] == [("INVESTIGATE", "hypothetical")]
    doc = run(analyze("Die Kirche werde den Familien der Opfer Anwälte zur Seite stellen.", "de"))
    assert [e.type for e in doc.events] == ["AID"]


def test_de_pronoun_takes_the_person_who_opened_the_paragraph():
    doc = full("Polizeichef General Arnel Cabrera wies die Vorwürfe zurück. Seine Beamten hätten niemanden "
               "hingerichtet. Die Einsätze seien rechtmäßig gewesen. Einen eigenen Rücktritt lehnte er ab.", "de")
    ev = [e for e in doc.events if e.trigger.text == "lehnte"][0]
    assert names(doc, ev.actors) == ["Arnel Cabrera"]


def test_en_coming_under_fire_harm_and_combing_operations():
    doc = run(analyze("The convoy of three vehicles came under heavy fire near the town, police said.", "en"))
    ev = doc.events[0]
    assert ev.type == "ASSAULT" and ev.trigger.text == "came under heavy fire"
    assert [a.text for a in ev.targets] == ["The convoy of three vehicles"] and ev.actors == []
    doc = run(analyze("The two sides came to an agreement.", "en"))
    assert [e.type for e in doc.events] == ["AGREE"]
    doc = run(analyze("The remaining prisoners were not harmed.", "en"))
    assert [(e.type, e.certainty) for e in doc.events] == [("ASSAULT", "negated")]
    doc = run(analyze("Joint teams of the army and state police launched combing operations around the lake.", "en"))
    assert [e.type for e in doc.events] == ["COERCE"]


def test_en_an_order_with_a_participle_after_its_object():
    doc = run(analyze("The public prosecutor's office has ordered 23 fans held for four days pending investigation.", "en"))
    ev = of_type(doc, "COERCE")[0]
    assert ev.trigger.text == "held" and [a.text for a in ev.actors] == ["The public prosecutor's office"]
    assert [a.text for a in ev.targets] == ["23 fans"]
    assert not of_type(doc, "DEMAND")


def test_en_a_conjunct_with_an_object_does_not_share_the_passive():
    doc = run(analyze("The union said at least 27 fans had been killed and accused police of murder.", "en"))
    ev = of_type(doc, "DISAPPROVE")[0]
    assert [a.text for a in ev.actors] == ["The union"] and [a.text for a in ev.targets] == ["police"]
    doc = run(analyze("Internet access was restricted on Sunday but restored on Monday.", "en"))
    assert of_type(doc, "CONCEDE")[0].actors == []


def test_de_a_sentence_without_a_finite_verb_gets_its_weak_past():
    doc = run(analyze("In der Nacht zum Mittwoch versiegelten Polizisten die Redaktionsräume im Stadtteil Plateau "
                      "und beschlagnahmten Computer.", "de"))
    ev = doc.events[0]
    assert ev.type == "COERCE" and ev.trigger.text == "versiegelten" and [a.text for a in ev.actors] == ["Polizisten"]
    doc = run(analyze("Die Afrikanische Union entsandte Friedenstruppen nach Somalia.", "de"))
    assert doc.events[0].trigger.text == "entsandte"


def test_de_a_name_with_a_preposition_inside_is_one_phrase():
    doc = full("Die Organisation Reporter ohne Grenzen verurteilte das Verbot. Sie forderte die Regierung auf, "
               "die Zeitung sofort wieder erscheinen zu lassen.", "de")
    assert names(doc, of_type(doc, "DISAPPROVE")[0].actors) == ["Reporter ohne Grenzen"]
    assert names(doc, of_type(doc, "DEMAND")[0].actors) == ["Reporter ohne Grenzen"]


def test_de_marches_announced_and_marching_to_a_ministry():
    doc = run(analyze("Die Gewerkschaft kündigte für Samstag einen Marsch durch die Hauptstadt an.", "de"))
    assert [(e.type, e.certainty) for e in doc.events] == [("PROTEST", "hypothetical")]
    doc = run(analyze("Am Nachmittag zogen Journalisten und Anhänger der Opposition vor das Ministerium.", "de"))
    assert [e.type for e in doc.events] == ["PROTEST"]
    doc = run(analyze("Die Regierung zog die Wahl um eine Woche vor.", "de"))
    assert not of_type(doc, "PROTEST")


def test_en_the_strike_after_an_air_strike_is_that_strike():
    doc = run(analyze("An air strike hit the market on Tuesday. The UN condemned the strike.", "en"))
    assert [e.type for e in doc.events if e.trigger.text == "strike"] == ["ASSAULT"]
    doc = run(analyze("Workers at the port went on strike on Monday. The strike has paralysed exports.", "en"))
    assert {e.type for e in doc.events} == {"PROTEST"}


def test_en_a_conjunct_inside_a_postposed_report_keeps_its_own_subject():
    doc = run(analyze("Soldiers set up new checkpoints on the road on Wednesday and turned back two aid trucks, "
                      "residents said.", "en"))
    ev = [e for e in doc.events if e.trigger.text == "turned back"][0]
    assert [a.text for a in ev.actors] == ["Soldiers"] and ev.certainty == "reported"


def test_en_a_paragraph_opening_pronoun_takes_the_person_of_the_paragraph_before():
    doc = full("Military spokesman Major General Kyaw Soe Lin told state broadcaster MRTV that the air force had "
               "struck a camp. The army had not attacked any market, he said.\n\n"
               "He also warned that villages sheltering fighters would face further operations.", "en")
    assert names(doc, of_type(doc, "THREATEN")[0].actors) == ["Kyaw Soe Lin"]


def test_a_headline_act_takes_the_time_of_the_lead():
    doc = full("Myanmar air strike on Ye-U market: What we know so far\n\n"
               "A crowded market was bombed by military jets on Tuesday in the town of Ye-U.", "en",
               published="2026-03-05")
    title = [e for e in doc.events if e.trigger.text == "air strike"][0]
    assert {t.id: t.value for t in doc.times}[title.time] == "2026-03-03"


def test_en_let_go_charged_and_things_attacked():
    doc = run(analyze("Both were let go Wednesday, the diocese said.", "en"))
    assert [(e.type, e.trigger.text) for e in doc.events] == [("CONCEDE", "let go")]
    doc = full("Police have arrested 41 suspects. They were charged before a court in Marsabit on Monday.", "en")
    charged = [e for e in doc.events if e.trigger.text == "charged"][0]
    assert charged.type == "COERCE" and names(doc, charged.targets) == ["41 suspects"]
    doc = run(analyze("Armed men torched more than 80 houses on the outskirts of the town.", "en"))
    assert [a.text for a in doc.events[0].targets] == ["more than 80 houses"]
    doc = run(analyze("Rebels fired rockets at the base.", "en"))
    assert [a.text for a in doc.events[0].targets] == ["the base"]
    doc = run(analyze("The army imposed a curfew.", "en"))
    assert doc.events[0].targets == []


def test_a_caveat_that_something_could_not_be_verified_is_no_inquiry():
    for text, lang in (("Die Echtheit der Aufnahmen ließ sich zunächst nicht überprüfen.", "de"),
                       ("Unabhängig überprüfen ließen sich die Angaben nicht.", "de"),
                       ("The claims could not be independently verified.", "en"),
                       ("Reuters was unable to verify the report.", "en")):
        assert run(analyze(text, lang)).events == [], text
    doc = run(analyze("Die Staatsanwaltschaft prüft die Vorwürfe.", "de"))
    assert of_type(doc, "INVESTIGATE")
    doc = run(analyze("The ministry confirmed the arrests.", "en"))
    assert of_type(doc, "COERCE")
