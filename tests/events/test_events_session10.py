"""Event rules of 2026-12-07 (third session): suspending parties, escapes from custody, tolls
that "fordern" lives, genitive attributes and names, particles after appositions and embedded
clauses, shutdowns and encounters, ex gratia payments, "picked up on suspicion", "they" after
one speaker."""
from __future__ import annotations

from helpers_events import analyze, full, names, of_type, run


def test_de_suspending_parties_is_coercion_suspending_aid_a_sanction():
    doc = run(analyze("Die Militärregierung hat die Tätigkeit aller politischen Parteien ausgesetzt.", "de"))
    ev = of_type(doc, "COERCE")[0]
    assert ev.trigger.text == "ausgesetzt" and [a.text for a in ev.actors] == ["Die Militärregierung"]
    doc = run(analyze("Die Junta suspendierte die Zeitung am Montag.", "de"))
    assert [e.type for e in doc.events] == ["COERCE"]
    doc = run(analyze("Die EU setzte die Hilfe für das Land aus.", "de"))
    assert [e.type for e in doc.events] == ["SANCTION"]


def test_escape_from_custody_is_crime_fleeing_fighting_retreat():
    doc = run(analyze("Mehr als 40 Häftlinge sind aus dem Gefängnis der Stadt geflohen.", "de"))
    assert [e.type for e in doc.events] == ["CRIME"]
    doc = run(analyze("Die Häftlinge seien durch einen Tunnel entkommen.", "de"))
    assert [e.type for e in doc.events] == ["CRIME"]
    doc = run(analyze("Nach dem Gefängnisausbruch leitete die Polizei eine Fahndung ein.", "de"))
    assert "CRIME" in [e.type for e in doc.events]
    doc = run(analyze("Dozens of inmates escaped from the central prison overnight.", "en"))
    assert [e.type for e in doc.events] == ["CRIME"]
    doc = run(analyze("Twelve prisoners broke out of a jail in Lagos.", "en"))
    assert [e.type for e in doc.events] == ["CRIME"]
    doc = run(analyze("Thousands of villagers fled the town.", "en"))
    assert [e.type for e in doc.events] == ["RETREAT"]


def test_de_a_toll_is_no_demand():
    doc = run(analyze("Die Kämpfe forderten mindestens 30 Menschenleben.", "de"))
    assert [(e.type, e.certainty) for e in doc.events] == [("ASSAULT", "asserted")]
    doc = run(analyze("Die Opposition forderte den Rücktritt der Ministerin.", "de"))
    assert of_type(doc, "DEMAND")


def test_de_genitive_quantity_and_genitive_name_attach_to_their_noun():
    doc = run(analyze("Nach dem Ausbruch Dutzender Häftlinge haben die Behörden eine Großfahndung eingeleitet.", "de"))
    ev = of_type(doc, "INVESTIGATE")[0]
    assert [a.text for a in ev.actors] == ["die Behörden"]
    doc = run(analyze("Die Polizei nahm den Direktor Hugo Acosta fest. Acostas Anwalt wies die Vorwürfe zurück.", "de"))
    ev = of_type(doc, "REJECT")[0]
    assert [a.text for a in ev.actors] == ["Acostas Anwalt"]


def test_de_particle_after_apposition_or_embedded_clause_closes_the_main_clause():
    doc = run(analyze("Die Polizei nahm am Abend den Direktor der Haftanstalt, einen früheren Offizier, und sieben Wärter fest.", "de"))
    ev = of_type(doc, "COERCE")[0]
    assert [a.text for a in ev.actors] == ["Die Polizei"] and ev.trigger.text == "nahm"
    doc = run(analyze("Der Clan wies in einer Erklärung, die am Abend verbreitet wurde, jede Beteiligung zurück.", "de"))
    assert [a.text for a in of_type(doc, "REJECT")[0].actors] == ["Der Clan"]
    doc = run(analyze("Der Präsident wies die Forderung, die Wahl zu wiederholen, zurück.", "de"))
    assert [a.text for a in of_type(doc, "REJECT")[0].actors] == ["Der Präsident"]


def test_de_von_after_a_noun_is_no_agent_of_a_perfect_with_sein():
    doc = run(analyze("Im Januar waren aus dem Gefängnis von Tacumbú 75 Häftlinge geflohen.", "de"))
    ev = doc.events[0]
    assert [a.text for a in ev.actors] == ["75 Häftlinge"]


def test_en_shutdown_called_by_a_group_is_a_strike_encounter_an_armed_clash():
    doc = run(analyze("The Maoists called a 48-hour shutdown across the district.", "en"))
    assert [e.type for e in doc.events] == ["PROTEST"]
    doc = run(analyze("The government ordered an internet shutdown in the region.", "en"))
    assert [e.type for e in doc.events] == ["COERCE"]
    doc = run(analyze("Three militants were killed in an encounter with police.", "en"))
    assert {e.type for e in doc.events} == {"ASSAULT"}


def test_en_ex_gratia_payments_are_aid_of_the_announcer():
    doc = run(analyze("The railway ministry announced ex gratia payments to the families of the dead.", "en"))
    ev = of_type(doc, "AID")[0]
    assert [a.text for a in ev.actors] == ["The railway ministry"]


def test_en_picked_up_on_suspicion_is_an_arrest_picking_up_friends_nothing():
    doc = run(analyze("Two men were picked up on Tuesday on suspicion of helping the rebels.", "en"))
    assert of_type(doc, "COERCE")
    doc = run(analyze("She picked up two friends at the station.", "en"))
    assert not doc.events


def test_en_they_is_not_the_one_person_who_said_it():
    doc = full("Two men were picked up on Tuesday, police superintendent Rakesh Tirkey said. "
                "He said they had not been formally arrested.", "en")
    ev = next(e for e in doc.events if e.trigger.text == "arrested")
    assert ev.certainty == "negated"
    assert "Rakesh Tirkey" not in names(doc, ev.targets)


def test_en_turned_back_convoy_is_refusal_turned_back_boat_coercion():
    doc = run(analyze("The convoy was turned back by border officials on Saturday.", "en"))
    ev = of_type(doc, "REJECT")[0]
    assert ev.trigger.text == "turned back" and [a.text for a in ev.actors] == ["border officials"]
    doc = run(analyze("Greek coastguards turned back a boat carrying 40 migrants.", "en"))
    assert of_type(doc, "COERCE")[0].trigger.text == "turned back"


def test_en_participle_describing_a_noun_is_not_the_lead_predicate():
    doc = full("Aid trucks stranded at border\n\nMore than 60 trucks carrying food have been stuck at the border "
                "crossing since Saturday after the authorities refused to let them through, the UN said. "
                "The army denied that it had blocked the trucks.", "en")
    carrying = next(e for e in doc.events if e.trigger.text == "carrying")
    parts = next(p for eid, _s, p in doc.extras["events.main_scores"] if eid == carrying.id)
    assert "lead_predicate" not in parts and "main_clause" not in parts


def test_credit_line_is_neither_lead_nor_an_embedding_event():
    doc = full("Uganda: Police raid university halls\n\nText of report by Ugandan privately-owned newspaper "
                "Daily Monitor website on 23 October\n\nPolice stormed three halls of residence at the university "
                "and detained at least 46 students.", "en")
    assert not any(e.trigger.text == "owned" for e in doc.events)
    main = next(e for e in doc.events if e.id == doc.main_event)
    assert main.trigger.text in ("stormed", "detained")


def test_de_pronoun_in_reported_speech_going_on_is_the_subject_before_not_the_speaker():
    doc = full("Die Männer seien von Bewohnern geschlagen worden, teilte die Staatsanwaltschaft am Dienstag mit. "
                "Die wenigen Polizisten vor Ort hätten nicht eingegriffen. Sie seien selbst von der Menge "
                "bedroht worden.", "de", published="2026-07-08")
    ev = next(e for e in doc.events if e.trigger.text == "bedroht")
    assert names(doc, ev.targets) == ["Die wenigen Polizisten"]


def test_de_coordinated_participles_share_subject_and_agent():
    doc = run(analyze("Die beiden Männer seien von Bewohnern aus dem Haus gezerrt, geschlagen und angezündet "
                      "worden.", "de"))
    ev = of_type(doc, "ASSAULT")[0]
    assert ev.trigger.text == "geschlagen" and [a.text for a in ev.actors][0].startswith("Bewohnern")
    assert [t.text for t in ev.targets] == ["Die beiden Männer"]
    doc = run(analyze("Die Mannschaft wurde am Samstag klar geschlagen.", "de"))
    assert not doc.events


def test_de_participle_tagged_adjective_before_worden_is_a_trigger():
    doc = run(analyze("Eine Sprecherin der Nationalgarde bestritt, dass Festgenommene misshandelt worden seien.", "de"))
    ev = of_type(doc, "ASSAULT")[0]
    assert ev.trigger.text == "misshandelt" and ev.certainty == "negated"


def test_de_planting_a_mine_is_an_attack_presenting_a_plan_nothing():
    doc = run(analyze("Kämpfer sollen die Mine in der Nacht zum Montag vergraben haben.", "de"))
    ev = of_type(doc, "ASSAULT")[0]
    assert ev.trigger.text == "vergraben" and ev.certainty == "alleged"
    doc = run(analyze("Die Regierung legte am Montag einen Plan vor.", "de"))
    assert not doc.events


def test_en_seizing_weapons_is_a_seizure_not_a_capture_even_near_a_town():
    doc = run(analyze("Police seized a large cache of weapons in a village near the town of Zubin Potok.", "en"))
    assert [e.type for e in doc.events] == ["COERCE"]
    doc = run(analyze("Rebels seized the town of Bunagana on Monday.", "en"))
    assert [e.type for e in doc.events] == ["ASSAULT"]


def test_en_court_ordering_custody_is_detention_by_the_court():
    doc = run(analyze("A court in Mitrovica ordered the five held in custody for 30 days.", "en"))
    ev = of_type(doc, "COERCE")[0]
    assert [a.text for a in ev.actors] == ["A court in Mitrovica"]
    assert not of_type(doc, "DEMAND")


def test_en_putting_a_fee_rise_on_hold_is_a_concession():
    doc = run(analyze("The government put the tax hike on hold.", "en"))
    assert [e.type for e in doc.events] == ["CONCEDE"]
    doc = run(analyze("He put the phone on hold.", "en"))
    assert not doc.events


def test_en_vowing_to_fight_is_a_threat_vowing_to_fight_corruption_or_rebuild_is_not():
    doc = run(analyze("The rebels vowed to fight on.", "en"))
    assert [e.type for e in doc.events] == ["THREATEN"]
    doc = run(analyze("The government vowed to fight corruption.", "en"))
    assert "THREATEN" not in [e.type for e in doc.events]
    doc = run(analyze("The foundation vowed to rebuild every school destroyed by the earthquake.", "en"))
    assert "THREATEN" not in [e.type for e in doc.events]


def test_en_training_own_hackers_is_mobilization_training_foreign_soldiers_aid():
    doc = run(analyze("North Korea has trained more than 500 computer hackers.", "en"))
    assert [e.type for e in doc.events] == ["MOBILIZE"]
    doc = run(analyze("The United States trained Somali soldiers.", "en"))
    assert [e.type for e in doc.events] == ["AID"]


def test_de_removal_from_office_is_coercion():
    doc = run(analyze("Landesparlament setzt Gouverneur von Rio Grande do Norte ab", "de"))
    assert [e.type for e in doc.events] == ["COERCE"]
    doc = run(analyze("Gouverneur Marcelo Tavares ist seines Amtes enthoben worden.", "de"))
    assert [e.type for e in doc.events] == ["COERCE"]
    doc = run(analyze("Der Arzt setzte das Medikament ab.", "de"))
    assert not doc.events


def test_de_embezzling_and_clashing_crowds():
    doc = run(analyze("Er soll rund 48 Millionen Reais aus Aufträgen für Spitäler abgezweigt haben.", "de"))
    assert [(e.type, e.certainty) for e in doc.events] == [("CRIME", "alleged")]
    doc = run(analyze("Vor dem Parlament gerieten in der Nacht Anhänger und Gegner des Gouverneurs aneinander.", "de"))
    assert [e.type for e in doc.events] == ["ASSAULT"]


def test_de_article_tagged_relative_pronoun_and_second_finite_verb():
    doc = run(analyze("Die Arbeiterpartei PT, der Tavares angehört, stellte sich nicht hinter ihn.", "de"))
    ev = of_type(doc, "SUPPORT")[0]
    assert ev.certainty == "negated" and [a.text for a in ev.actors] == ["Die Arbeiterpartei PT"]
    doc = run(analyze("Die Militärpolizei setzte Tränengas ein und nahm 23 Personen fest.", "de"))
    assert len(of_type(doc, "COERCE")) == 2


def test_en_agent_hung_on_a_time_phrase_and_nobody_negates():
    doc = run(analyze("The boat was attacked on the river shortly after 9 a.m. by about 20 armed men.", "en"))
    assert [a.text for a in of_type(doc, "ASSAULT")[0].actors] == ["about 20 armed men"]
    doc = run(analyze("He added that nobody had been killed.", "en"))
    assert of_type(doc, "ASSAULT")[0].certainty == "negated"


def test_en_called_on_a_weekday_is_a_call_and_a_conjunct_goes_on_with_the_reported_clause():
    doc = run(analyze("Relatives said the kidnappers had called on Tuesday morning and demanded a ransom.", "en"))
    ev = next(e for e in doc.events if e.trigger.text == "demanded")
    assert [a.text for a in ev.actors] == ["the kidnappers"]
    assert not any(e.trigger.text == "called on" for e in doc.events)
    doc = run(analyze("The union said maintenance had been neglected for years and accused the management of "
                      "ignoring warnings.", "en"))
    ev = next(e for e in doc.events if e.trigger.text == "accused")
    assert "union" in ev.actors[0].text


def test_dateline_further_down_marks_the_lead():
    doc = full("Brazil: Police open fire on dam protest, 3 killed\n\nProtesters had blocked the highway since "
                "Saturday to oppose the dam project\n\nLucas Ferreira |20.05.2026\n\nSAO PAULO (AA) - Three "
                "protesters were killed on Tuesday when military police opened fire to clear a blockade of the "
                "highway near Itaituba, according to a local association.", "en", published="2026-05-20")
    main = next(e for e in doc.events if e.id == doc.main_event)
    assert main.type == "ASSAULT"


def test_de_von_after_a_direction_is_a_place_not_an_agent():
    doc = run(analyze("Der Sprengsatz sei rund 20 Kilometer westlich von El-Arisch detoniert.", "de"))
    assert not any("El-Arisch" in a.text for e in doc.events for a in e.actors)


def test_de_hitting_a_facility_is_an_attack_meeting_a_colleague_a_consultation():
    doc = run(analyze("Die Kämpfer hätten die Lebensader des Regimes getroffen.", "de"))
    assert [e.type for e in doc.events] == ["ASSAULT"]
    doc = run(analyze("Der Minister traf sich mit Vertretern der Raffinerie.", "de"))
    assert [e.type for e in doc.events] == ["CONSULT"]


def test_de_sie_with_a_singular_verb_is_not_the_plural_subject_before():
    doc = full("Die Familien seien nicht informiert worden, sagte Sprecherin Nour Fathi. Sie forderte eine "
                "unabhängige Untersuchung.", "de", published="2026-11-12")
    ev = next(e for e in doc.events if e.trigger.text == "forderte")
    assert names(doc, ev.actors) != ["Die Familien"]
    doc = run(analyze("Die Demonstranten wurden festgenommen. Sie forderten ihre Freilassung.", "de"))
    ev = next(e for e in doc.events if e.trigger.text == "forderten")
    assert [a.text for a in ev.actors] == ["Die Demonstranten"]


def test_en_handing_over_weapons_is_demobilization_sharing_the_modal_of_its_conjunct():
    doc = run(analyze("The fighters will assemble in designated camps and hand over their weapons within 90 days.", "en"))
    ev = of_type(doc, "RETREAT")[0]
    assert ev.trigger.text == "hand over" and ev.certainty == "hypothetical"
    doc = run(analyze("Soldiers stormed the building and arrested the leader.", "en"))
    assert of_type(doc, "COERCE")[0].certainty == "asserted"


def test_en_the_subject_noun_is_the_trigger_not_the_noun_in_a_pp():
    doc = run(analyze("Under the agreement, a ceasefire will take effect from Saturday.", "en"))
    assert [e.trigger.text for e in doc.events] == ["ceasefire"]


def test_byline_after_a_deck_marks_the_lead():
    doc = full("Brasilien: Landesparlament setzt Gouverneur ab\n\nDie Abgeordneten werfen ihm vor, Millionen "
                "abgezweigt zu haben.\n\nVon Tobias Kessler, São Paulo\n\nIm Gliedstaat Rio Grande do Norte ist "
                "Gouverneur Marcelo Tavares seines Amtes enthoben worden.", "de", published="2026-06-18")
    main = next(e for e in doc.events if e.id == doc.main_event)
    assert main.type == "COERCE"


def test_de_flying_air_strikes_and_ceasing_operations():
    doc = run(analyze("Die Armee flog in der Nacht Luftangriffe auf Verstecke der Angreifer.", "de"))
    ev = of_type(doc, "ASSAULT")[0]
    assert [a.text for a in ev.actors] == ["Die Armee"]
    doc = run(analyze("Die Firma stellte den Betrieb der Mine bis auf Weiteres ein.", "de"))
    assert [e.type for e in doc.events] == ["RETREAT"]
    doc = run(analyze("Die Gewerkschaft stellte den Streik ein.", "de"))
    assert [e.type for e in doc.events] == ["CONCEDE"]


def test_de_dateline_without_dash_is_no_prefield_subject():
    doc = run(analyze("Chile: Häftlinge im Hungerstreik\n\nSantiago de Chile (KNA) Im Gefängnis der Stadt Angol "
                      "verweigern sechs Häftlinge seit 52 Tagen jede Nahrung.", "de"))
    ev = next(e for e in doc.events if e.trigger.text == "verweigern")
    assert [a.text for a in ev.actors] == ["sechs Häftlinge"]
