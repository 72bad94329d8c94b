"""Rules from the first runs of the blind end-to-end sets dev6 and dev7 (coups, repelled
attacks, accusations, investigations into attacks, planned purposes), German and English."""
from __future__ import annotations

from helpers_events import analyze, entity, names, of_type, run, timex


def test_en_coup_and_repelled_attack():
    doc = run(analyze("Burundi arrests 31 soldiers after foiled coup attempt, imposes curfew", "en"))
    assert [e.trigger.text for e in of_type(doc, "ASSAULT")] == ["coup attempt"]   # one noun phrase, one trigger (session 14)
    doc = run(analyze("The attackers were repelled by the presidential guard.", "en"))
    ev = of_type(doc, "ASSAULT")[0]
    assert ev.trigger.text == "repelled"
    assert names(doc, ev.actors) == ["the presidential guard"] and names(doc, ev.targets) == ["The attackers"]
    # coup plotters are people, no coup of their own
    assert not of_type(run(analyze("The coup plotters fled.", "en")), "ASSAULT")


def test_de_putsch_and_repelled_attack():
    doc = run(analyze("Die Armee hat einen Putschversuch niedergeschlagen.", "de"))
    assert of_type(doc, "ASSAULT")[0].trigger.text == "Putschversuch"
    doc = run(analyze("Die Soldaten wehrten den Angriff ab.", "de"))
    assert names(doc, of_type(doc, "ASSAULT")[0].actors) == ["Die Soldaten"]


def test_en_noun_trigger_in_a_compound_takes_the_certainty_of_its_verb():
    doc = run(analyze("The bloc said it would send a mediation team to Maseru next week.", "en"))
    assert of_type(doc, "CONSULT")[0].certainty == "hypothetical"
    doc = run(analyze("The bloc sent a mediation team to Maseru.", "en"))
    assert of_type(doc, "CONSULT")[0].certainty == "asserted"


def test_en_unresolved_pronoun_does_not_split_an_event():
    doc = run(analyze("The UN said it would hold talks with the rebels.", "en"))
    assert len(of_type(doc, "CONSULT")) == 1
    doc = run(analyze("He said they attacked the village and she said they attacked the town.", "en"))
    assert len(of_type(doc, "ASSAULT")) == 2            # different targets stay two


def test_en_the_accused_did_it_not_the_accuser():
    doc = run(analyze("State officials blamed armed youth from a neighbouring county for the attack.", "en"))
    assert names(doc, of_type(doc, "DISAPPROVE")[0].targets) == ["armed youth"]
    assert names(doc, of_type(doc, "ASSAULT")[0].actors) == ["armed youth"]
    doc = run(analyze("State officials blamed rebels for the attack.", "en"))
    assert names(doc, of_type(doc, "ASSAULT")[0].actors) == ["rebels"]
    doc = run(analyze("Police arrested two men for the killing of a journalist.", "en"))
    assert names(doc, of_type(doc, "ASSAULT")[0].actors) == ["two men"]


def test_en_who_investigates_an_attack_did_not_commit_it():
    doc = run(analyze("The UN opened an investigation into the attack, in which ten people were killed.", "en"))
    assert names(doc, of_type(doc, "INVESTIGATE")[0].actors) == ["The UN"]
    ev = of_type(doc, "ASSAULT")[0]
    assert ev.actors == [] and names(doc, ev.targets) == ["ten people"]
    doc = run(analyze("The rebels took part in the attack.", "en"))
    assert names(doc, of_type(doc, "ASSAULT")[0].actors) == ["The rebels"]
    # a day's attack is nobody's: "Sunday's" is no target of the investigation
    doc = analyze("The UN opened a joint investigation into Sunday's attack on the hospital.", "en")
    timex(doc, "T1", "Sunday", "2022-01-02")
    assert of_type(run(doc), "INVESTIGATE")[0].targets == []


def test_en_shelter_information_cattle_raids_and_interviews():
    assert not run(analyze("About 4,000 people have sought shelter near the base.", "en")).events
    assert not of_type(run(analyze("According to information gathered by the mission, the men left.", "en")), "PROTEST")
    assert of_type(run(analyze("Thousands gathered in the square.", "en")), "PROTEST")
    doc = run(analyze("Weeks of cattle raids have displaced thousands of people.", "en"))
    assert of_type(doc, "ASSAULT") and not of_type(doc, "INVESTIGATE")
    doc = run(analyze("A team will travel to Bor next week to interview survivors and witnesses.", "en"))
    ev = of_type(doc, "INVESTIGATE")[0]
    assert ev.certainty == "hypothetical" and names(doc, ev.targets) == ["survivors", "witnesses"]
    doc = run(analyze("Investigators travelled to Bor to interview survivors.", "en"))
    assert of_type(doc, "INVESTIGATE")[0].certainty == "asserted"


def test_de_part_of_a_whole_is_no_agent_and_a_passive_support_verb_has_one():
    doc = run(analyze("Nach Angaben des Dienstleisters wurden 212 von 260 Servern verschlüsselt.", "de"))
    assert of_type(doc, "COERCE")[0].actors == []
    assert names(doc, of_type(run(analyze("Drei Menschen wurden von Soldaten erschossen.", "de")),
                              "ASSAULT")[0].actors) == ["Soldaten"]
    doc = run(analyze("Die Ermittlungen werden vom Landeskriminalamt geführt.", "de"))
    assert names(doc, of_type(doc, "INVESTIGATE")[0].actors) == ["Landeskriminalamt"]
    # who confirms an arrest did not necessarily make it; another event's verb keeps its agent
    assert of_type(run(analyze("Die Festnahme wurde von der Polizei bestätigt.", "de")), "COERCE")[0].actors == []
    doc = run(analyze("Die Blockade wurde von Einsatzkräften aufgelöst.", "de"))
    assert of_type(doc, "PROTEST")[0].actors == []
    assert names(doc, of_type(doc, "COERCE")[0].actors) == ["Einsatzkräften"]


def test_de_a_state_is_no_event():
    assert run(analyze("Der Flughafen Dalaman blieb geöffnet.", "de")).events == []
    assert of_type(run(analyze("Die Grenze wurde geöffnet.", "de")), "CONCEDE")


def test_apposition_names_the_actor():
    doc = analyze("Der Bürgermeister von Marmaris, Cem Ertürk, forderte Entschädigungen.", "de")
    entity(doc, "E1", "PER", "Cem Ertürk")
    assert of_type(run(doc), "DEMAND")[0].actors == ["E1"]
    doc = analyze("The alleged ringleader, Col. Désiré Hakizimana, was arrested on Sunday.", "en")
    entity(doc, "E1", "PER", "Désiré Hakizimana")
    assert of_type(run(doc), "COERCE")[0].targets == ["E1"]
    doc = analyze("The mayor, who met Anna Berg, criticised the plan.", "en")
    entity(doc, "E1", "PER", "Anna Berg")
    assert of_type(run(doc), "DISAPPROVE")[0].actors != ["E1"]


def test_deaths_in_a_disaster_are_no_attack():
    from lagebild.ingest import make_article
    from lagebild.pipeline import extract

    rec = extract(make_article("Waldbrände in der Türkei\n\nBei schweren Waldbränden im Südwesten der Türkei "
                               "sind mindestens drei Menschen ums Leben gekommen.", language="de",
                               published="2025-08-04"))
    assert [e for e in rec.events if e.type == "ASSAULT"] == []
    rec = extract(make_article("Anschlag auf Markt\n\nBei einem Anschlag auf einen Markt sind drei Menschen "
                               "ums Leben gekommen.", language="de", published="2025-08-04"))
    assert [e for e in rec.events if e.type == "ASSAULT"]


def test_two_coordinated_acts_each_with_its_own_object():
    doc = run(analyze("Litauen hat fünf belarussische Diplomaten ausgewiesen und den Güterverkehr an einem "
                      "weiteren Grenzübergang zu Belarus gestoppt.", "de"))
    evs = of_type(doc, "SANCTION")
    assert [e.trigger.text for e in evs] == ["ausgewiesen", "gestoppt"]
    assert names(doc, evs[0].targets) == ["fünf belarussische Diplomaten"]   # not the next conjunct's Belarus
    doc = run(analyze("Lithuania expelled five diplomats and halted freight traffic at a border crossing.", "en"))
    assert [e.trigger.text for e in of_type(doc, "SANCTION")] == ["expelled", "halted"]


def test_de_state_passive_of_a_named_facility():
    doc = run(analyze("Der Grenzübergang Medininkai ist ab Donnerstag für Lastwagen gesperrt.", "de"))
    ev = of_type(doc, "COERCE")[0]
    assert ev.actors == [] and names(doc, ev.targets) in (["Der Grenzübergang Medininkai"], ["Medininkai"])
    doc = run(analyze("Der Präsident Lukaschenko ist zurückgetreten.", "de"))
    assert names(doc, of_type(doc, "RETREAT")[0].actors) == ["Der Präsident Lukaschenko"]


def test_de_planned_complaint_and_animals_and_names():
    doc = run(analyze("Der Anwalt will Verfassungsbeschwerde einlegen.", "de"))
    assert of_type(doc, "DISAPPROVE")[0].certainty == "hypothetical"
    # a dog that bites is no party; a minister named Sturm is no storm
    assert run(analyze("Ein Polizist wurde von einem Hund gebissen und leicht verletzt.", "de")).events == []
    assert run(analyze("A policeman was bitten by a dog and slightly injured.", "en")).events == []
    doc = analyze("Innenminister Sturm forderte mehr Polizei.", "de")
    entity(doc, "E1", "PER", "Sturm")
    assert of_type(run(doc), "DEMAND")[0].actors == ["E1"]


def test_the_dominant_place_is_named_as_a_location_not_as_a_nationality():
    from lagebild.ingest import make_article
    from lagebild.pipeline import extract

    rec = extract(make_article(
        "Chinese miners freed in Central African Republic\n\n"
        "BANGUI, April 14 (Reuters) - Eleven Chinese gold miners held by an armed group in the Central "
        "African Republic were freed on Monday, the Chinese embassy said.\n\n"
        "The Chinese workers had been seized in February. A Chinese spokesperson thanked Qatar. "
        "The men were seized at a mine in the Central African Republic. They will be flown home to China.",
        language="en", published="2026-04-14"))
    places = {p.id: p.country for p in rec.places}
    seized = [e for e in rec.events if e.trigger.text == "seized"]
    assert seized and places.get(seized[0].place) == "CF"


def test_en_a_vehicle_is_no_agent_of_a_coordinated_passive():
    doc = run(analyze("The miners were handed over to officials near the town of Bria and flown to Bangui "
                      "by a U.N. helicopter, the ministry said.", "en"))
    assert all(e.actors == [] for e in doc.events)
    doc = run(analyze("The protesters were attacked and beaten by soldiers.", "en"))
    assert names(doc, of_type(doc, "ASSAULT")[0].actors) == ["soldiers"]


def test_en_who_stops_a_march_does_not_march_and_the_purpose_gives_the_place():
    doc = analyze("A day after police fired tear gas to stop a march on parliament in the capital, Lilongwe.", "en")
    from helpers_events import place
    place(doc, "P1", "Lilongwe", "MW")
    run(doc)
    assert of_type(doc, "PROTEST")[0].actors == []
    ev = of_type(doc, "COERCE")[0]
    assert names(doc, ev.actors) == ["police"] and ev.place == "P1"
    doc = run(analyze("Police banned the protest.", "en"))
    assert of_type(doc, "PROTEST")[0].actors == []
    # "thousands of striking teachers": the strikers, no strike of the government's
    doc = run(analyze("The government ordered thousands of striking public school teachers back to work.", "en"))
    assert not of_type(doc, "PROTEST")


def test_prison_riot_forms():
    doc = run(analyze("Negotiators tried to secure the release of nine guards held hostage by inmates.", "en"))
    assert names(doc, of_type(doc, "ASSAULT")[0].actors) == ["inmates"]
    doc = run(analyze("The government declared a 30-day state of emergency in the department.", "en"))
    assert of_type(doc, "COERCE")[0].targets == []          # the event's own phrase is no target
    doc = run(analyze("We will not negotiate under threat of violence, the minister said.", "en"))
    assert not of_type(doc, "THREATEN")
    assert of_type(run(analyze("The convoy came under attack near the border.", "en")), "ASSAULT")
    doc = run(analyze("Inmates overpowered eleven guards, set mattresses on fire and took control of two cellblocks.", "en"))
    assert names(doc, of_type(doc, "ASSAULT")[0].targets) == ["eleven guards"]
    assert all(names(doc, e.actors) == ["Inmates"] for e in doc.events)
    assert of_type(run(analyze("Some 400 soldiers and police officers have surrounded the prison.", "en")), "COERCE")
    assert of_type(run(analyze("Häftlinge überwältigten elf Wärter.", "de")), "ASSAULT")
    assert of_type(run(analyze("Hunderte Polizisten umzingelten das Gefängnis.", "de")), "COERCE")
    # who ignores warnings did not warn
    doc = run(analyze("Relatives accused the authorities of ignoring warnings about a riot.", "en"))
    assert all(e.actors == [] for e in of_type(doc, "THREATEN"))


def test_border_clash_and_mine_clearance_forms():
    # "Pakistans Außenministerium" is one phrase; a chargé d'affaires is a person
    doc = run(analyze("Pakistans Außenministerium bestellte den afghanischen Geschäftsträger ein.", "de"))
    ev = of_type(doc, "DISAPPROVE")[0]
    assert names(doc, ev.actors) == ["Pakistans Außenministerium"]
    assert names(doc, ev.targets) == ["den afghanischen Geschäftsträger"]
    # civilians who are hit are not met; ministers who meet are
    doc = run(analyze("Die Taliban drohten mit Vergeltung, sollten erneut Zivilisten getroffen werden.", "de"))
    assert not of_type(doc, "CONSULT")
    assert of_type(run(analyze("Die Minister haben sich in Genf getroffen.", "de")), "CONSULT")
    assert of_type(run(analyze("Schüsse aus einem Auto trafen einen Mann.", "de")), "ASSAULT")
    doc = run(analyze("Gendarmes moved in to clear hundreds of informal miners from a site.", "en"))
    assert names(doc, of_type(doc, "COERCE")[0].targets) == ["informal miners"]
    # a mining concession is a licence, no concession made to anyone
    assert not of_type(run(analyze("The company suspended its operations at the mining concession.", "en")), "CONCEDE")
    assert of_type(run(analyze("The government made concessions to the strikers.", "en")), "CONCEDE")
    doc = run(analyze("The military-led government ordered the site closed in December.", "en"))
    ev = of_type(doc, "COERCE")[0]
    assert names(doc, ev.actors) == ["The military-led government"] and names(doc, ev.targets) == ["the site"]


def test_en_flood_aid_forms():
    doc = run(analyze("The European Union said it would release 1.5 million euros in humanitarian aid.", "en"))
    ev = of_type(doc, "AID")[0]
    assert ev.certainty == "hypothetical" and names(doc, ev.actors) == ["The European Union"]
    doc = run(analyze("Three aid workers have been released unharmed.", "en"))
    assert of_type(doc, "CONCEDE") and not of_type(doc, "AID")
    doc = run(analyze("India has offered to send rescue helicopters.", "en"))
    assert of_type(doc, "AID")[0].certainty == "hypothetical"
    doc = run(analyze("A donors' meeting on reconstruction is planned in Dhaka next week.", "en"))
    assert of_type(doc, "CONSULT")[0].certainty == "hypothetical"
    assert of_type(run(analyze("The meeting was held in Dhaka.", "en")), "CONSULT")[0].certainty == "asserted"
    # a flood warning is no threat
    assert not of_type(run(analyze("The government ignored flood warnings issued by India.", "en")), "THREATEN")


def test_election_night_and_drone_strike_forms():
    doc = analyze("Die Wahlbeobachter der Organisation Amerikanischer Staaten riefen beide Lager zur "
                  "Zurückhaltung auf.", "de")
    entity(doc, "E1", "ORG", "Organisation Amerikanischer Staaten")
    ev = of_type(run(doc), "DEMAND")[0]
    assert names(doc, ev.actors) == ["Die Wahlbeobachter der Organisation Amerikanischer Staaten"]
    assert ev.targets == []                               # one phrase, not an actor and a target
    doc = run(analyze("Sollte der Wahlrat die Auszählung nicht stoppen, würden seine Anhänger das Land lahmlegen.", "de"))
    ev = of_type(doc, "THREATEN")[0]
    assert names(doc, ev.actors) == ["seine Anhänger"]
    # the counted in a reduced passive are its victims, not its doers
    doc = run(analyze("He said nine workers and residents had been killed and 23 wounded.", "en"))
    assert all(e.actors == [] for e in doc.events)
    doc = run(analyze("Local health authorities reported 27 people killed and at least 40 wounded.", "en"))
    ev = of_type(doc, "ASSAULT")[0]
    assert ev.actors == [] and "27 people" in names(doc, ev.targets)
    assert names(doc, of_type(run(analyze("Two gunmen killed 23 soldiers.", "en")), "ASSAULT")[0].actors) == ["Two gunmen"]


def test_de_plural_antecedent_dative_target_and_demand_from():
    doc = run(analyze("Dutzende Angehörige versammelten sich am Samstag. Sie forderten Auskunft.", "de"))
    assert names(doc, of_type(doc, "DEMAND")[0].actors) == ["Dutzende Angehörige"]
    doc = run(analyze("Die Ministerin besuchte das Lager. Sie forderte mehr Hilfe.", "de"))
    assert names(doc, of_type(doc, "DEMAND")[0].actors) == ["Die Ministerin"]
    doc = run(analyze("Die Angehörigen forderten von der Regierung Auskunft.", "de"))
    assert names(doc, of_type(doc, "DEMAND")[0].targets) == ["der Regierung"]
    doc = run(analyze("Die Behörden entzogen dem Sender die Lizenz.", "de"))
    assert names(doc, of_type(doc, "COERCE")[0].targets) == ["dem Sender"]


def test_an_act_at_a_distance_by_a_state_happens_in_that_state():
    from lagebild.ingest import make_article
    from lagebild.pipeline import extract

    rec = extract(make_article(
        "Litauen weist Diplomaten aus\n\n"
        "Litauen hat fünf belarussische Diplomaten ausgewiesen und den Güterverkehr an einem weiteren "
        "Grenzübergang zu Belarus gestoppt. Auslöser sind Ballons mit Schmuggelzigaretten aus Belarus. "
        "Die Diplomaten müssten das Land binnen 72 Stunden verlassen. Der Grenzübergang zu Belarus bleibt "
        "für Lastwagen gesperrt, an der Grenze zu Belarus stauen sich Lastwagen.", language="de",
        published="2026-05-20"))
    places = {p.id: p.country for p in rec.places}
    expel = [e for e in rec.events if e.trigger.text == "ausgewiesen"][0]
    assert places.get(expel.place) == "LT"


def test_a_denial_of_involvement_is_the_act_negated():
    doc = run(analyze("The RSF denied any involvement in the attack.", "en"))
    ev = of_type(doc, "ASSAULT")[0]
    assert ev.certainty == "negated" and names(doc, ev.actors) == ["The RSF"]
    doc = run(analyze("The army blamed the RSF for the drone strike. The RSF denied any involvement.", "en"))
    evs = of_type(doc, "ASSAULT")
    assert [e.certainty for e in evs] == ["asserted", "negated"] and evs[1].trigger.text == "involvement"
    assert names(doc, evs[1].actors) == ["The RSF"]
    doc = run(analyze("Bei dem Anschlag wurden drei Menschen getötet. Die Miliz bestritt jede Beteiligung.", "de"))
    assert [e.certainty for e in of_type(doc, "ASSAULT")] == ["asserted", "negated"]
    doc = run(analyze("Die Miliz bestritt jede Beteiligung an dem Angriff.", "de"))
    ev = of_type(doc, "ASSAULT")[0]
    assert ev.certainty == "negated" and names(doc, ev.actors) == ["Die Miliz"]
    # something named that is no event of ours: no guess
    doc = run(analyze("Gunmen attacked the village. The party denied any involvement in the plot.", "en"))
    assert [e.certainty for e in of_type(doc, "ASSAULT")] == ["asserted"]


def test_coup_article_forms():
    doc = run(analyze("Internet access was restricted on Sunday but restored on Monday morning.", "en"))
    ev = of_type(doc, "CONCEDE")[0]
    assert ev.trigger.text == "restored" and ev.actors == []        # a shared passive
    doc = run(analyze("The villagers were attacked and fled to the hills.", "en"))
    assert names(doc, of_type(doc, "RETREAT")[0].actors) == ["The villagers"]
    assert of_type(run(analyze("He had been dismissed from the army last Thursday.", "en")), "COERCE")
    doc = run(analyze("The court dismissed the appeal.", "en"))
    assert of_type(doc, "REJECT") and all(e.actors == [] for e in of_type(doc, "DEMAND"))
    doc = run(analyze("Die Behörden brachten mehr als 3200 Anwohner in Sicherheit.", "de"))
    ev = of_type(doc, "AID")[0]
    assert names(doc, ev.actors) == ["Die Behörden"] and names(doc, ev.targets) == ["mehr als 3200 Anwohner"]
