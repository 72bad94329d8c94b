"""Arguments: subjects and objects, passives, separable verbs, coordination, entity linking,
place / time / figure / claim linking against hand-made upstream layers."""
from helpers_events import analyze, claim, entity, figure, names, of_type, place, run, timex


def test_de_separable_verb_finite():
    doc = run(analyze("Am Mittwoch trat die Regierung nach den Protesten zurück.", "de"))
    ev = of_type(doc, "RETREAT")[0]
    assert ev.trigger.text == "trat"
    assert names(doc, ev.actors) == ["die Regierung"]


def test_de_separable_verb_participle_and_zu_infinitive():
    doc = run(analyze("Die Behörden haben das Internet im ganzen Land abgeschaltet.", "de"))
    assert [e.trigger.text for e in of_type(doc, "COERCE")] == ["abgeschaltet"]
    doc = run(analyze("Die Junta weigerte sich, die Gefangenen freizulassen.", "de"))
    ev = of_type(doc, "CONCEDE")[0]
    assert ev.trigger.text == "freizulassen"
    assert names(doc, ev.actors) == ["Die Junta"]          # control: subject of the clause before
    assert names(doc, ev.targets) == ["die Gefangenen"]


def test_de_separable_with_object_requirement():
    doc = run(analyze("Die Sicherheitskräfte schalteten am Abend das Mobilfunknetz ab.", "de"))
    ev = of_type(doc, "COERCE")[0]
    assert ev.trigger.text == "schalteten" and ev.mode == "censor"
    # "abschalten" without a communication network is no event
    doc = run(analyze("Der Betreiber schaltete das alte Kraftwerk ab.", "de"))
    assert not of_type(doc, "COERCE")


def test_de_passive_with_von():
    doc = run(analyze("Der Journalist wurde in Minsk von Polizisten festgenommen.", "de"))
    ev = of_type(doc, "COERCE")[0]
    assert names(doc, ev.actors) == ["Polizisten"]
    assert names(doc, ev.targets) == ["Der Journalist"]


def test_de_passive_without_agent():
    doc = run(analyze("Bei den Protesten sind dutzende Demonstranten getötet worden.", "de"))
    ev = of_type(doc, "ASSAULT")[0]
    assert ev.actors == []
    assert names(doc, ev.targets) == ["dutzende Demonstranten"]
    assert ev.acled.event_type == "Protests" and ev.acled.sub_event_type == "Excessive force against protesters"


def test_de_vorfeld_object_and_coordination():
    doc = run(analyze("In der Hauptstadt stürmten Demonstranten und Studenten das Parlament.", "de"))
    ev = of_type(doc, "ASSAULT")[0]
    assert names(doc, ev.actors) == ["Demonstranten", "Studenten"]
    assert names(doc, ev.targets) == ["das Parlament"]
    assert ev.acled.event_type == "Riots"


def test_en_passive_with_by():
    doc = run(analyze("The journalist was arrested by security forces in Minsk.", "en"))
    ev = of_type(doc, "COERCE")[0]
    assert names(doc, ev.actors) == ["security forces"]
    assert names(doc, ev.targets) == ["The journalist"]


def test_en_phrasal_verb_and_coordinated_subject():
    doc = run(analyze("The prime minister and two of his deputies stepped down on Friday.", "en"))
    ev = of_type(doc, "RETREAT")[0]
    assert ev.trigger.text == "stepped down"
    assert len(ev.actors) == 2


def test_en_curfew_object_is_no_target():
    doc = run(analyze("The military imposed a curfew on the capital.", "en"))
    evs = of_type(doc, "COERCE")
    assert len(evs) == 1                      # verb and noun trigger merge into one event
    assert names(doc, evs[0].actors) == ["The military"]


def test_entities_places_times_figures_claims_linked():
    text = ("In Almaty wurden am Mittwoch mindestens acht Polizisten getötet, teilte das Innenministerium mit. "
            "Präsident Tokajew verhängte den Ausnahmezustand.")
    doc = analyze(text, "de")
    entity(doc, "E1", "ORG", "Innenministerium")
    entity(doc, "E2", "PER", "Präsident Tokajew", name="Kassym-Schomart Tokajew")
    place(doc, "P1", "Almaty", "KZ")
    timex(doc, "T1", "am Mittwoch", "2022-01-05")
    figure(doc, "F1", "mindestens acht Polizisten", "killed")
    claim(doc, "C1", "In Almaty wurden am Mittwoch mindestens acht Polizisten getötet", speaker="E1")
    run(doc)
    kill = of_type(doc, "ASSAULT")[0]
    assert kill.place == "P1" and kill.time == "T1"
    assert kill.figures == ["F1"] and kill.claims == ["C1"]
    assert kill.certainty == "reported"
    emerg = of_type(doc, "COERCE")[0]
    assert emerg.actors == ["E2"]
    assert emerg.place == "P1"            # narrative place and time: the sentence before,
    assert emerg.time == "T1"             # same paragraph


def test_place_fallback_needs_a_dominant_place():
    text = "Proteste in Almaty.\n\nDie Polizei nahm Demonstranten fest. Auch in Almaty blieb es unruhig."
    doc = analyze(text, "de")
    place(doc, "P1", "Almaty", "KZ")
    place(doc, "P1", "Almaty", "KZ", nth=1)
    run(doc)
    arrest = of_type(doc, "COERCE")[0]
    assert arrest.place == "P1"           # no place in its sentence or paragraph: the dominant place
    assert arrest.time is None            # and no time rather than a guess


def test_pronoun_subject_resolved_to_claim_speaker():
    text = "Präsident Tokajew erklärte, er habe das Militärbündnis um Hilfe gebeten."
    doc = analyze(text, "de")
    entity(doc, "E1", "PER", "Präsident Tokajew", name="Kassym-Schomart Tokajew")
    c = claim(doc, "C1", "er habe das Militärbündnis um Hilfe gebeten", speaker="E1")
    assert c.speaker == "E1"
    run(doc)
    ev = of_type(doc, "DEMAND")[0]
    assert ev.actors == ["E1"]
    assert names(doc, ev.targets) == ["das Militärbündnis"]
    assert ev.certainty == "reported"


def test_no_dominant_place_from_a_single_mention_and_no_place_from_non_locatives():
    text = "Ein von Russland geführtes Bündnis sagte Hilfe zu.\n\nDie Polizei nahm Demonstranten fest."
    doc = analyze(text, "de")
    place(doc, "P1", "Russland", "RU", feature="country")
    run(doc)
    assert all(e.place is None for e in doc.events)


def test_figure_in_the_next_sentence_joins_the_event_before():
    text = "Am Mittwoch zogen Tausende Menschen durch die Innenstadt. Die Polizei sprach von etwa 7.000 Teilnehmern."
    doc = analyze(text, "de")
    figure(doc, "F1", "etwa 7.000 Teilnehmern", "participants")
    run(doc)
    march = of_type(doc, "PROTEST")[0]
    assert march.figures == ["F1"]


# -- targets and actors beyond subject and object ------------------------------------------

def test_en_demanded_clause_subject_is_the_target():
    doc = run(analyze("The European Commission demanded that Hungary withdraw the law.", "en"))
    ev = of_type(doc, "DEMAND")[0]
    assert names(doc, ev.actors) == ["The European Commission"]
    assert names(doc, ev.targets) == ["Hungary"]


def test_de_demanded_clause_subject_is_the_target():
    doc = run(analyze("Die Regierung forderte, dass die USA ihre Pläne aufgeben.", "de"))
    ev = of_type(doc, "DEMAND")[0]
    assert names(doc, ev.actors) == ["Die Regierung"]
    assert names(doc, ev.targets) == ["die USA"]


def test_en_actor_of_willing_to_and_target_in_the_infinitive():
    doc = run(analyze("The Azerbaijani parliament threatened on Monday to break relations with Russia.", "en"))
    ev = of_type(doc, "THREATEN")[0]
    assert names(doc, ev.actors) == ["The Azerbaijani parliament"]
    assert names(doc, ev.targets) == ["Russia"]
    doc = run(analyze("Syria says it is willing to withdraw its troops from Lebanon.", "en"))
    ev = of_type(doc, "RETREAT")[0]
    assert names(doc, ev.actors) == ["Syria"]      # "it" under "says": the sayer
    assert ev.targets == []                       # its own troops are no target


def test_de_own_objects_are_no_targets():
    doc = run(analyze("Die Regierung rief ihren Botschafter aus Paris zurück.", "de"))
    ev = of_type(doc, "SANCTION")[0]
    assert names(doc, ev.actors) == ["Die Regierung"]
    assert ev.targets == []


def test_en_condition_subject_is_the_target_of_a_threat():
    doc = run(analyze("Russia threatened to stop the negotiations if the United States deploys new missiles.", "en"))
    ev = of_type(doc, "THREATEN")[0]
    assert names(doc, ev.actors) == ["Russia"]
    assert names(doc, ev.targets) == ["the United States"]


def test_de_condition_subject_is_the_target_of_a_threat():
    doc = run(analyze("Die Gewerkschaft droht mit einem Streik, falls die Arbeitgeber nicht einlenken.", "de"))
    ev = of_type(doc, "THREATEN")[0]
    assert names(doc, ev.actors) == ["Die Gewerkschaft"]
    assert names(doc, ev.targets) == ["die Arbeitgeber"]


def test_en_source_and_demonym_of_a_rejected_object():
    doc = run(analyze("The rebels rejected calls by the African Union to lay down their arms.", "en"))
    ev = of_type(doc, "REJECT")[0]
    assert names(doc, ev.targets) == ["the African Union"]
    doc = analyze("Serbia flatly rejected an Australian ultimatum.", "en")
    ev = of_type(run(doc), "REJECT")[0]
    assert names(doc, ev.targets) == ["Australian"]


def test_de_demonym_of_a_rejected_object():
    doc = analyze("Serbien lehnte das australische Ultimatum ab.", "de")
    place(doc, "P1", "australische", "AU", feature="country")
    ev = of_type(run(doc), "REJECT")[0]
    assert names(doc, ev.actors) == ["Serbien"]
    assert names(doc, ev.targets) == ["australische"]


def test_en_mediator_and_parties():
    doc = run(analyze("King Hassan offered to host a meeting between Israel and the PLO.", "en"))
    ev = of_type(doc, "CONSULT")[0]
    assert names(doc, ev.actors) == ["King Hassan"]
    assert names(doc, ev.targets) == ["Israel", "the PLO"]


def test_de_mediator_and_parties():
    doc = run(analyze("Die Arabische Liga vermittelte zwischen der Regierung und den Rebellen.", "de"))
    ev = of_type(doc, "CONSULT")[0]
    assert names(doc, ev.actors) == ["Die Arabische Liga"]
    assert names(doc, ev.targets) == ["der Regierung", "den Rebellen"]
    doc = run(analyze("Die Kämpfe zwischen der Armee und den Rebellen dauern an.", "de"))
    ev = of_type(doc, "ASSAULT")[0]
    assert names(doc, ev.actors) == ["der Armee", "den Rebellen"]      # no mediator: the parties act


def test_en_purpose_of_a_protest_names_its_target():
    doc = run(analyze("Thousands of students staged demonstrations to demand reforms by President Suharto's government.", "en"))
    ev = of_type(doc, "PROTEST")[0]
    assert names(doc, ev.actors) == ["Thousands of students"]
    assert names(doc, ev.targets) == ["President Suharto's government"]


def test_de_purpose_of_a_protest_names_its_target():
    doc = run(analyze("Tausende Studenten demonstrierten in Jakarta, um den Rücktritt des Präsidenten zu fordern.", "de"))
    ev = of_type(doc, "PROTEST")[0]
    assert names(doc, ev.actors) == ["Tausende Studenten"]
    assert names(doc, ev.targets) == ["des Präsidenten"]


def test_en_participle_and_purpose_clauses_share_the_subject():
    doc = run(analyze("Egyptian police opened fire to disperse the demonstrators.", "en"))
    disperse = [e for e in of_type(doc, "COERCE") if e.trigger.text == "disperse"][0]
    assert names(doc, disperse.actors) == ["Egyptian police"]
    assert names(doc, disperse.targets) == ["the demonstrators"]
    doc = run(analyze("Egyptian police fired tear gas, arresting dozens of protesters.", "en"))
    arrest = [e for e in of_type(doc, "COERCE") if e.trigger.text == "arresting"][0]
    assert names(doc, arrest.actors) == ["Egyptian police"]


def test_en_target_hanging_off_the_object_and_weapon_subject():
    doc = run(analyze("Morocco severed diplomatic ties with Algeria.", "en"))
    ev = of_type(doc, "SANCTION")[0]
    assert names(doc, ev.targets) == ["Algeria"]
    doc = run(analyze("Russian missiles struck the power grid in Odesa on Monday.", "en"))
    ev = of_type(doc, "ASSAULT")[0]
    assert names(doc, ev.actors) == ["Russian missiles"]


def test_en_dative_and_accusation_and_passive_by():
    doc = run(analyze("The United States sent Ukraine new weapons.", "en"))
    ev = of_type(doc, "AID")[0]
    assert names(doc, ev.actors) == ["The United States"] and names(doc, ev.targets) == ["Ukraine"]
    doc = run(analyze("Human rights groups accused the army of torture.", "en"))
    ev = of_type(doc, "DISAPPROVE")[0]
    assert names(doc, ev.actors) == ["Human rights groups"] and names(doc, ev.targets) == ["the army"]
    doc = run(analyze("The opposition leader was arrested by the police and the army.", "en"))
    ev = of_type(doc, "COERCE")[0]
    assert names(doc, ev.actors) == ["the police", "the army"]
    assert names(doc, ev.targets) == ["The opposition leader"]


def test_de_dative_accusation_and_passive_durch():
    doc = run(analyze("Frankreich schickte der Ukraine Hilfsgüter.", "de"))
    ev = of_type(doc, "AID")[0]
    assert names(doc, ev.actors) == ["Frankreich"] and names(doc, ev.targets) == ["der Ukraine"]
    doc = run(analyze("Die Opposition warf der Regierung Wahlbetrug vor.", "de"))
    ev = of_type(doc, "DISAPPROVE")[0]
    assert names(doc, ev.actors) == ["Die Opposition"] and names(doc, ev.targets) == ["der Regierung"]
    doc = run(analyze("Die EU forderte Ungarn auf, das Gesetz zurückzunehmen.", "de"))
    ev = of_type(doc, "DEMAND")[0]
    assert names(doc, ev.actors) == ["Die EU"] and names(doc, ev.targets) == ["Ungarn"]
    doc = run(analyze("Der Oppositionsführer wurde durch die Polizei und die Armee festgenommen.", "de"))
    ev = of_type(doc, "COERCE")[0]
    assert names(doc, ev.actors) == ["die Polizei", "die Armee"]
    assert names(doc, ev.targets) == ["Der Oppositionsführer"]


def test_de_feminine_people_and_sanctions_against():
    doc = run(analyze("Die Kanzlerin würdigte den Mut der Demonstrantinnen.", "de"))
    ev = of_type(doc, "SUPPORT")[0]
    assert names(doc, ev.targets) == ["der Demonstrantinnen"]
    doc = run(analyze("Die USA verhängten neue Sanktionen gegen den Iran und Syrien.", "de"))
    ev = of_type(doc, "SANCTION")[0]
    assert names(doc, ev.actors) == ["Die USA"]
    assert names(doc, ev.targets) == ["den Iran", "Syrien"]


def test_actor_inside_the_phrase_of_a_protest_and_targets_hanging_off_a_thing():
    doc = run(analyze("Thousands of people protested in Paris against the government's pension reform.", "en"))
    ev = of_type(doc, "PROTEST")[0]
    assert names(doc, ev.targets) == ["the government"]
    doc = run(analyze("Tausende Menschen protestierten in Paris gegen die Rentenreform der Regierung.", "de"))
    ev = of_type(doc, "PROTEST")[0]
    assert names(doc, ev.targets) == ["der Regierung"]
    doc = run(analyze("Turkey threatened attacks on Kurdish militias.", "en"))
    ev = of_type(doc, "THREATEN")[0]
    assert names(doc, ev.actors) == ["Turkey"] and names(doc, ev.targets) == ["Kurdish militias"]
    doc = run(analyze("Die Türkei drohte mit Angriffen auf kurdische Milizen.", "de"))
    ev = of_type(doc, "THREATEN")[0]
    assert names(doc, ev.actors) == ["Die Türkei"] and names(doc, ev.targets) == ["kurdische Milizen"]


def test_de_clause_subject_is_no_target_of_an_object_noun():
    doc = run(analyze("Die Rebellen wiesen die Forderungen der Regierung zurück.", "de"))
    rej = of_type(doc, "REJECT")[0]
    assert names(doc, rej.actors) == ["Die Rebellen"] and names(doc, rej.targets) == ["der Regierung"]
    dem = of_type(doc, "DEMAND")[0]
    assert names(doc, dem.actors) == ["der Regierung"] and dem.targets == []


def test_en_dateline_conjunct_voice_and_object_control():
    doc = run(analyze("NAIROBI, Sept 18 (AFP) - Kenya's High Court on Tuesday ordered the police to investigate the killings.", "en"))
    ev = of_type(doc, "DEMAND")[0]
    assert names(doc, ev.actors) == ["Kenya's High Court"]        # not the dateline's city
    doc = run(analyze("The State Department said it was concerned and called on the government to investigate.", "en"))
    dem = of_type(doc, "DEMAND")[0]
    assert names(doc, dem.actors) == ["The State Department"] and names(doc, dem.targets) == ["the government"]
    inv = of_type(doc, "INVESTIGATE")[0]
    assert names(doc, inv.actors) == ["the government"]            # object control


def test_en_finite_verb_parsed_as_participle_in_a_verbless_sentence():
    doc = run(analyze("Russia, which has military bases in both former Soviet republics, called for restraint.", "en"))
    ev = of_type(doc, "DEMAND")[0]
    assert names(doc, ev.actors) == ["Russia"]
    assert ev.targets == []


def test_de_object_control_of_zu_infinitives():
    doc = run(analyze("Die EU forderte Ungarn auf, das Gesetz zurückzunehmen.", "de"))
    ev = of_type(doc, "CONCEDE")[0]
    assert names(doc, ev.actors) == ["Ungarn"]                 # the addressee, not the EU
    doc = run(analyze("Die Junta weigerte sich, die Gefangenen freizulassen.", "de"))
    ev = of_type(doc, "CONCEDE")[0]
    assert names(doc, ev.actors) == ["Die Junta"]              # subject control stays


def test_de_past_tense_tagged_as_adjective():
    doc = run(analyze("Bewaffnete entführten in der Nacht zwei Journalisten.", "de"))
    ev = of_type(doc, "CRIME")[0]
    assert names(doc, ev.actors) == ["Bewaffnete"] and names(doc, ev.targets) == ["zwei Journalisten"]
    doc = run(analyze("Israelische Kampfflugzeuge bombardierten Ziele im Gazastreifen.", "de"))
    ev = of_type(doc, "ASSAULT")[0]
    assert names(doc, ev.actors) == ["Israelische Kampfflugzeuge"] and names(doc, ev.targets) == ["Ziele"]


def test_en_remote_act_takes_no_place_from_its_content():
    # praise and accusations are not where the things they mention happen
    doc = analyze("The Arab League praised Egypt's mediation efforts in Gaza.", "en")
    place(doc, "P1", "Gaza", "PS")
    ev = of_type(run(doc), "SUPPORT")[0]
    assert ev.place is None
    doc = analyze("Rights groups accused the army of executing civilians in Amhara.", "en")
    place(doc, "P1", "Amhara", "ET")
    ev = of_type(run(doc), "DISAPPROVE")[0]
    assert ev.place is None
    # a phrase of the trigger's own clause is its place
    doc = analyze("In Geneva, the foreign minister condemned the attack on Monday.", "en")
    place(doc, "P1", "Geneva", "CH")
    ev = of_type(run(doc), "DISAPPROVE")[0]
    assert ev.place == "P1"
    # a physical act keeps the place after its object
    doc = analyze("Gunmen attacked a police station in Kano on Friday.", "en")
    place(doc, "P1", "Kano", "NG")
    ev = of_type(run(doc), "ASSAULT")[0]
    assert ev.place == "P1"


def test_en_deployed_forces_are_no_target():
    doc = run(analyze("Poland is stationing additional troops on the border with Belarus.", "en"))
    ev = of_type(doc, "MOBILIZE")[0]
    assert names(doc, ev.actors) == ["Poland"]
    assert ev.targets == []


def test_de_receiving_verb_turns_subject_into_recipient():
    # "erhalten", "bekommen": the subject receives, the "von" / "aus" phrase gives
    doc = analyze("Kenia erhielt einen Kredit von der Weltbank.", "de")
    entity(doc, "E1", "GPE", "Kenia")
    entity(doc, "E2", "ORG", "Weltbank")
    ev = of_type(run(doc), "AID")[0]
    assert names(doc, ev.actors) == ["Weltbank"]
    assert names(doc, ev.targets) == ["Kenia"]
    doc = run(analyze("Die Flüchtlinge bekamen am Montag Hilfe vom Roten Kreuz.", "de"))
    ev = of_type(doc, "AID")[0]
    assert names(doc, ev.targets) == ["Die Flüchtlinge"]
    assert names(doc, ev.actors) == ["Roten Kreuz"]
    # the giver as the subject stays the actor
    doc = run(analyze("Dänemark schickte den Flüchtlingen Hilfe.", "de"))
    ev = of_type(doc, "AID")[0]
    assert names(doc, ev.actors) == ["Dänemark"]
    assert names(doc, ev.targets) == ["den Flüchtlingen"]


def test_de_search_for_persons_is_the_target():
    doc = run(analyze("Nach dem Anschlag fahndet die Polizei nach zwei Verdächtigen.", "de"))
    ev = of_type(doc, "INVESTIGATE")[0]
    assert names(doc, ev.actors) == ["die Polizei"]
    assert names(doc, ev.targets) == ["zwei Verdächtigen"]      # not "dem Anschlag"


def test_de_role_nouns_name_actors_and_possessive_genitives_attach():
    # "Politiker" is a role noun of the entity lexicon: the owner of the seized property
    doc = run(analyze("Die Behörden beschlagnahmten das Vermögen des geflohenen Politikers.", "de"))
    ev = of_type(doc, "COERCE")[0]
    assert names(doc, ev.targets) == ["des geflohenen Politikers"]
    # "Flugzeuge" is no role ("Zeuge"): the lemma decides
    doc = run(analyze("Für die Erdbebenopfer schickte Aserbaidschan zwei Flugzeuge mit Zelten.", "de"))
    ev = of_type(doc, "AID")[0]
    assert names(doc, ev.targets) == ["die Erdbebenopfer"]
    # "seiner Asienreise" is the genitive of "Auftakt", not a subject; a role noun and a
    # place after it are two phrases
    doc = analyze("Zum Auftakt seiner Asienreise besuchte der Bundespräsident Vietnam.", "de")
    place(doc, "P1", "Vietnam", "VN", feature="country")
    ev = of_type(run(doc), "CONSULT")[0]
    assert names(doc, ev.actors) == ["der Bundespräsident"]
    assert names(doc, ev.targets) == ["Vietnam"]


def test_condemning_or_counting_an_event_is_not_doing_it():
    for lang, text, typ in (("de", "Der Innenminister verurteilte den Anschlag als widerwärtige Tat.", "ASSAULT"),
                            ("de", "Das Bundeskriminalamt hatte 120 Angriffe auf Flüchtlingsunterkünfte gezählt.", "ASSAULT"),
                            ("en", "The minister condemned the attack on the shelter.", "ASSAULT"),
                            ("en", "Russia will respond to the expulsion of its diplomats.", "SANCTION")):
        doc = run(analyze(text, lang))
        ev = of_type(doc, typ)[0]
        assert ev.actors == [], (text, names(doc, ev.actors))
    # a support verb keeps its subject: the doers of the attack
    doc = run(analyze("Die Rebellen verübten einen Anschlag auf eine Kaserne.", "de"))
    assert names(doc, of_type(doc, "ASSAULT")[0].actors) == ["Die Rebellen"]
    doc = run(analyze("The European Union confirmed the suspension of development aid to Niger.", "en"))
    assert names(doc, of_type(doc, "SANCTION")[0].actors) == ["The European Union"]


def test_de_postposition_and_dateline_are_no_arguments():
    doc = run(analyze("Anwohnern zufolge sollen Unbekannte zwei Autos angezündet haben.", "de"))
    ev = of_type(doc, "COERCE")[0]
    assert names(doc, ev.actors) == ["Unbekannte"]
    doc = run(analyze("Johannesburg (dpa) - Bei Zusammenstößen sind mindestens zwei Menschen getötet worden.", "de"))
    ev = of_type(doc, "ASSAULT")[0]
    assert names(doc, ev.targets) == ["zwei Menschen"]


def test_en_title_without_full_stop_is_parsed_apart_from_the_dateline():
    text = ("UN peacekeepers hand over base near Beni; rebels attack village hours later\n\n"
            "KINSHASA, Oct 23 (Reuters) - United Nations peacekeepers handed over a base near the city "
            "of Beni to the national army on Tuesday, local officials said.")
    doc = run(analyze(text, "en"))
    attack = of_type(doc, "ASSAULT")[0]
    assert "KINSHASA" not in names(doc, attack.targets)
    handover = [e for e in of_type(doc, "RETREAT") if e.trigger.text == "handed over"][0]
    assert names(doc, handover.actors) == ["United Nations peacekeepers"]     # no dateline in the span


def test_en_misparsed_clause_is_cut_from_an_argument():
    doc = run(analyze("Authorities imposed a curfew after clashes between members of two religious "
                      "communities left at least four people dead, officials said.", "en"))
    ev = [e for e in of_type(doc, "ASSAULT") if e.trigger.text == "clashes"][0]
    assert all("left" not in a for a in names(doc, ev.actors))


def test_de_arson_attack_on_a_dwelling_is_an_attack_on_property_elsewhere_destruction():
    doc = run(analyze("Unbekannte haben einen Brandanschlag auf eine Flüchtlingsunterkunft verübt.", "de"))
    ev = of_type(doc, "ASSAULT")[0]
    assert names(doc, ev.actors) == ["Unbekannte"]
    assert names(doc, ev.targets) == ["eine Flüchtlingsunterkunft"]
    doc = run(analyze("Linksextremisten verübten einen Brandanschlag auf Kabelschächte der Bahn.", "de"))
    assert of_type(doc, "COERCE") and not of_type(doc, "ASSAULT")


def test_de_headline_parts_around_a_dash_and_agency_datelines():
    doc = run(analyze("Brandanschlag auf Flüchtlingsunterkunft in Halle – Staatsschutz ermittelt", "de"))
    ev = of_type(doc, "INVESTIGATE")[0]
    assert names(doc, ev.actors) == ["Staatsschutz"]
    doc = run(analyze("Halle (Saale) (dpa) - Unbekannte haben einen Brandanschlag auf ein Wohnhaus verübt.", "de"))
    ev = of_type(doc, "ASSAULT")[0]
    assert names(doc, ev.actors) == ["Unbekannte"]          # not the agency "dpa"


def test_en_two_subjects_from_a_misparse_take_the_nearest():
    doc = run(analyze("A detainee reached by phone said guards had beaten two strikers on Monday night.", "en"))
    ev = of_type(doc, "ASSAULT")[0]
    assert names(doc, ev.actors) == ["guards"]
    doc = analyze("MEXICO CITY, March 27 (AP) - Dozens of migrants held at a detention centre in the "
                  "city of Tapachula have been on hunger strike since last Thursday, rights groups said.", "en")
    place(doc, "P1", "Tapachula", "MX")
    ev = of_type(run(doc), "PROTEST")[0]
    assert names(doc, ev.actors) == ["Dozens of migrants"]          # not the dateline's city
    assert ev.place == "P1"                 # where the doers are held


def test_en_disputing_figures_filing_petitions_and_requests_for_comment():
    doc = run(analyze("The institute disputed those figures.", "en"))
    assert of_type(doc, "REJECT")
    doc = run(analyze("Lawyers plan to file habeas corpus petitions with a federal court.", "en"))
    ev = of_type(doc, "DISAPPROVE")[0]
    assert ev.certainty == "hypothetical"
    doc = run(analyze("The ministry did not respond to a request for comment.", "en"))
    assert not of_type(doc, "DEMAND")


def test_en_role_with_named_apposition_links_the_person_and_speech_acts_keep_the_speaker():
    doc = analyze("Its president, Daniela Roca, threatened to extend the strike.", "en")
    entity(doc, "E1", "PER", "Daniela Roca")
    ev = of_type(run(doc), "THREATEN")[0]
    assert ev.actors == ["E1"]
    doc = run(analyze("Musa Bello denied that herders had attacked anyone and accused police of "
                      "ignoring attacks on Fulani families.", "en"))
    ev = [e for e in of_type(doc, "DISAPPROVE") if e.trigger.text == "accused"][0]
    assert names(doc, ev.actors) == ["Musa Bello"]
    assert names(doc, ev.targets) == ["police"]


def test_en_dateline_date_is_not_the_event_time():
    doc = analyze("KINSHASA, Oct 23 (Reuters) - Peacekeepers handed over a base to the army on Tuesday.", "en",
                  published="2024-10-23")
    timex(doc, "T1", "Oct 23", "2024-10-23")
    timex(doc, "T2", "Tuesday", "2024-10-22")
    ev = of_type(run(doc), "RETREAT")[0]
    assert ev.time == "T2"


def test_de_casualty_figures_link_back_through_the_paragraph_and_org_before_place():
    text = ("Unbekannte haben in der Nacht einen Brandanschlag auf ein Wohnhaus verübt. "
            "Die Täter warfen zwei Brandsätze durch ein Fenster. Lebensgefahr bestehe nicht. "
            "Die Feuerwehr sprach von 14 Verletzten.")
    doc = analyze(text, "de")
    figure(doc, "F1", "14 Verletzten", "injured")
    run(doc)
    assault = [e for e in of_type(doc, "ASSAULT") if e.trigger.text == "warfen"][0]
    assert assault.figures == ["F1"]
    doc = analyze("Der Flüchtlingsrat Sachsen-Anhalt forderte besseren Schutz.", "de")
    entity(doc, "E1", "ORG", "Flüchtlingsrat", name="Flüchtlingsrat Sachsen-Anhalt")
    entity(doc, "E2", "GPE", "Sachsen-Anhalt")
    ev = of_type(run(doc), "DEMAND")[0]
    assert ev.actors == ["E1"]
    # a quoted generic statement is no event either
    doc = run(analyze("„Wer Menschen im Schlaf angreift, nimmt ihren Tod in Kauf“, sagte er.", "de"))
    assert not of_type(doc, "ASSAULT")


def test_de_participant_hedge_and_the_speakers_place():
    text = ("Kampfflugzeuge hätten in der Nacht mutmaßliche Verstecke der Entführer bombardiert, "
            "teilte ein Militärsprecher in Abuja mit.")
    doc = analyze(text, "de")
    place(doc, "P1", "Abuja", "NG")
    claim(doc, "C1", "Kampfflugzeuge hätten in der Nacht mutmaßliche Verstecke der Entführer bombardiert",
          speaker=None, hedged=True)
    ev = of_type(run(doc), "ASSAULT")[0]
    assert ev.certainty == "reported"       # "mutmaßliche" hedges the hideouts, not the strike
    assert ev.place is None                 # Abuja is where the spokesman spoke


def test_de_elliptic_participles_share_subject_and_auxiliary():
    doc = run(analyze("Der Mann hatte die Filiale betreten, drei Angestellte mit einer Pistole bedroht "
                      "und Bargeld verlangt.", "de"))
    threat = of_type(doc, "THREATEN")[0]
    assert names(doc, threat.actors) == ["Der Mann"]
    assert names(doc, threat.targets) == ["drei Angestellte"]
    demand = of_type(doc, "DEMAND")[0]
    assert names(doc, demand.actors) == ["Der Mann"] and demand.targets == []


def test_de_police_report_forms():
    doc = run(analyze("Gegen 15.40 Uhr nahmen Beamte den 41-Jährigen fest.", "de"))
    assert names(doc, of_type(doc, "COERCE")[0].targets) == ["den 41-Jährigen"]
    doc = run(analyze("Der Mann hielt vier Menschen in seiner Gewalt.", "de"))
    assert not of_type(doc, "ASSAULT")                     # in his power: no violence,
    assert of_type(doc, "CRIME")[0].mode == "kidnap"       # but held captive
    doc = run(analyze("Schüsse fielen bei dem Zugriff nicht.", "de"))
    assert of_type(doc, "ASSAULT")[0].certainty == "negated"
    doc = run(analyze("Die Polizei hatte die Innenstadt weiträumig abgesperrt.", "de"))
    assert of_type(doc, "COERCE")
    doc = run(analyze("Das Amtsgericht verurteilte den Aktivisten zu einer Geldstrafe.", "de"))
    assert of_type(doc, "COERCE") and not of_type(doc, "DISAPPROVE")
    doc = run(analyze("Der Verteidiger kündigte an, Berufung einzulegen.", "de"))
    assert of_type(doc, "DISAPPROVE")[0].certainty == "hypothetical"


def test_clearing_camps_using_force_paying_ransoms_and_suspending_work():
    doc = run(analyze("Serbian riot police cleared a protest camp near the village on Tuesday.", "en"))
    assert names(doc, of_type(doc, "COERCE")[0].actors) == ["Serbian riot police"]
    doc = run(analyze("Die Polizei räumte am Morgen das Protestcamp.", "de"))
    assert of_type(doc, "COERCE") and not of_type(doc, "RETREAT")
    doc = run(analyze("The minister said police had not used force.", "en"))
    assert of_type(doc, "COERCE")[0].certainty == "negated"
    doc = run(analyze("We did not pay a ransom.", "en"))
    assert of_type(doc, "CONCEDE")[0].certainty == "negated"
    doc = run(analyze("The charity said it would suspend its work in the area.", "en"))
    assert of_type(doc, "RETREAT")[0].certainty == "hypothetical"
    doc = run(analyze("Mobile internet services were suspended in the district.", "en"))
    assert of_type(doc, "COERCE")


def test_de_laundering_cyber_attacks_and_denials():
    doc = run(analyze("Die Beschuldigten sollen über Jahre Geld über Autohäuser gewaschen haben.", "de"))
    assert of_type(doc, "CRIME")[0].certainty == "alleged"
    doc = run(analyze("Seine Mandanten hätten mit Geldwäsche nichts zu tun.", "de"))
    assert of_type(doc, "CRIME")[0].certainty == "negated"
    doc = run(analyze("Nach einem Cyberangriff auf das Klinikum ist die Notaufnahme abgemeldet.", "de"))
    assert of_type(doc, "COERCE")[0].mode == "cyber"


def test_alerts_talks_interventions_and_planned_continuations():
    doc = run(analyze("Armenien habe seine Truppen in erhöhte Bereitschaft versetzt.", "de"))
    assert of_type(doc, "MOBILIZE")
    doc = run(analyze("Sie kündigte an, am Donnerstag mit Gewerkschaft und Unternehmen zu sprechen.", "de"))
    ev = of_type(doc, "CONSULT")[0]
    assert ev.certainty == "hypothetical" and names(doc, ev.targets) == ["Gewerkschaft", "Unternehmen"]
    doc = run(analyze("Er sprach mit der Nachrichtenagentur Reuters.", "de"))
    assert not of_type(doc, "CONSULT")                       # an interview is no consultation
    doc = run(analyze("Police did not intervene, residents said.", "en"))
    assert of_type(doc, "COERCE")[0].certainty == "negated"
    doc = run(analyze("Die Verhandlungen sollen am 23. Juni fortgesetzt werden.", "de"))
    assert of_type(doc, "CONSULT")[0].certainty == "hypothetical"


def test_editorial_notes_rescues_and_reported_accusations():
    doc = run(analyze("Mexico arrests two contractors\n\n(Adds union accusations, paragraphs 8-9)\n\n"
                      "Prosecutors arrested two contractors on Tuesday.", "en"))
    assert not [e for e in doc.events if e.trigger.text == "Adds"]
    doc = run(analyze("Eight miners had been pulled out alive, the official said.", "en"))
    assert not of_type(doc, "RETREAT")
    doc = run(analyze("The union said maintenance had been neglected for years and accused the company "
                      "management of ignoring warnings.", "en"))
    ev = [e for e in of_type(doc, "DISAPPROVE") if e.trigger.text == "accused"][0]
    assert names(doc, ev.actors) == ["The union"]


def test_de_topicalised_required_object_colon_headline_and_dateline_without_dash():
    doc = run(analyze("Scharfe Munition habe die Polizei nicht eingesetzt, sagte die Sprecherin.", "de"))
    ev = of_type(doc, "ASSAULT")[0]
    assert names(doc, ev.actors) == ["die Polizei"] and ev.certainty == "negated"
    doc = run(analyze("Sambia: Bischöfe kritisieren Ausschluss von Oppositionsführer", "de"))
    assert names(doc, of_type(doc, "DISAPPROVE")[0].actors) == ["Bischöfe"]
    doc = run(analyze("Lusaka (KNA) Die katholischen Bischöfe haben den Ausschluss scharf kritisiert.", "de"))
    assert names(doc, of_type(doc, "DISAPPROVE")[0].actors) == ["Die katholischen Bischöfe"]


def test_de_instrument_of_a_passive_is_no_doer():
    doc = run(analyze("Mehrere Bewohner wurden durch Pfefferspray verletzt.", "de"))
    ev = of_type(doc, "ASSAULT")[0]
    assert ev.actors == [] and names(doc, ev.targets) == ["Mehrere Bewohner"]


def test_police_forms_of_dev4():
    doc = run(analyze("Festgenommen wurde bislang niemand.", "de"))
    assert of_type(doc, "COERCE")[0].certainty == "negated"
    doc = run(analyze("Die Polizei sei nicht eingeschritten, sagte er.", "de"))
    assert of_type(doc, "COERCE")[0].certainty == "negated"
    doc = run(analyze("Der Bürgermeister soll Schmiergelder angenommen haben.", "de"))
    assert of_type(doc, "CRIME")[0].certainty == "alleged"
    doc = run(analyze("The national guard intercepted the boat off Sfax.", "en"))
    assert names(doc, of_type(doc, "COERCE")[0].actors) == ["The national guard"]
    doc = run(analyze("Pirates boarded the tanker on Sunday.", "en"))
    assert names(doc, of_type(doc, "CRIME")[0].actors) == ["Pirates"]


def test_a_time_in_the_reported_content_beats_the_time_of_saying():
    text = "The United States said on Thursday it would send equipment to Guinea next week."
    doc = analyze(text, "en", published="2023-04-20")
    timex(doc, "T1", "Thursday", "2023-04-20")
    timex(doc, "T2", "next week", "2023-W17")
    place(doc, "P1", "Guinea", "GN", feature="country")
    claim(doc, "C1", "it would send equipment to Guinea next week", start=0)
    assert of_type(run(doc), "AID")[0].time == "T2"
    # without a time of its own, the reported event keeps the time of the report
    doc = analyze("Police said on Monday that two men were arrested.", "en")
    timex(doc, "T1", "Monday", "2022-01-03")
    claim(doc, "C1", "two men were arrested", start=0)
    assert of_type(run(doc), "COERCE")[0].time == "T1"


def test_calling_something_unacceptable_is_disapproval_and_an_acronym_is_an_actor():
    doc = run(analyze('The foreign minister called the closure "unjustified and unfriendly".', "en"))
    assert names(doc, of_type(doc, "DISAPPROVE")[0].actors) == ["The foreign minister"]
    doc = run(analyze("Der Außenminister nannte die Schließung inakzeptabel.", "de"))
    assert names(doc, of_type(doc, "DISAPPROVE")[0].actors) == ["Der Außenminister"]
    doc = run(analyze("Die Opposition bezeichnete das Urteil als rechtswidrig.", "de"))
    assert names(doc, of_type(doc, "DISAPPROVE")[0].actors) == ["Die Opposition"]
    assert run(analyze("Er nannte den Namen des Täters.", "de")).events == []
    doc = run(analyze("The WHO criticized the move.", "en"))
    assert names(doc, of_type(doc, "DISAPPROVE")[0].actors) == ["The WHO"]


def test_en_pronoun_subject_takes_the_fitting_subject_of_the_sentence_before():
    doc = run(analyze("The company said the deal was off. It rejected the offer.", "en"))
    assert names(doc, of_type(doc, "REJECT")[0].actors) == ["The company"]
    doc = run(analyze("The protesters gathered in the square. They blocked the road.", "en"))
    assert [names(doc, e.actors) for e in of_type(doc, "PROTEST")] == [["The protesters"]] * 2
    # "he" does not refer back to an organisation
    doc = run(analyze("The company closed the plant. He rejected the offer.", "en"))
    assert of_type(doc, "REJECT")[0].actors == []


def test_en_stone_throwing_is_a_riot():
    doc = run(analyze("Students pelted stones at the police.", "en"))
    assert names(doc, of_type(doc, "PROTEST")[0].actors) == ["Students"]
    doc = run(analyze("Protesters allegedly threw stones at the police.", "en"))
    assert of_type(doc, "PROTEST")[0].certainty == "alleged"


def test_en_lesotho_and_enga_forms():
    doc = run(analyze("The motion was defeated by 68 votes to 49 in the National Assembly.", "en"))
    ev = of_type(doc, "REJECT")[0]
    assert ev.trigger.text == "defeated" and ev.actors == []        # "by 68 votes" is no doer
    doc = run(analyze("The European Union delegation has also expressed concern about the arrests.", "en"))
    assert names(doc, of_type(doc, "DISAPPROVE")[0].actors) == ["The European Union delegation"]
    assert of_type(run(analyze("The governor declared a 48-hour lockdown across the province.", "en")), "COERCE")
    # setting fire to houses is an attack on the people in them, to tyres property destruction
    assert of_type(run(analyze("Attackers set fire to several houses.", "en")), "ASSAULT")
    assert not of_type(run(analyze("Protesters set fire to tyres.", "en")), "ASSAULT")


def test_en_capital_apposition_levy_and_mediators():
    doc = analyze("Police fired tear gas at opposition supporters in the capital, Maseru.", "en")
    place(doc, "P1", "Maseru", "LS")
    assert of_type(run(doc), "COERCE")[0].place == "P1"
    doc = run(analyze("He announced that the fuel levy would be suspended from September.", "en"))
    assert of_type(doc, "CONCEDE")[0].certainty == "hypothetical"
    doc = run(analyze("The EU will send a delegation to Kyiv.", "en"))
    assert of_type(doc, "CONSULT") and not of_type(doc, "AID")


def test_en_destination_of_another_verb_is_no_place():
    doc = analyze("Myanmar militia frees hundreds from scam compounds, hands them to Thailand", "en")
    place(doc, "P1", "Thailand", "TH", feature="country")
    assert of_type(run(doc), "CONCEDE")[0].place is None


def test_en_reduced_relative_participle_and_armed_raid():
    doc = run(analyze("She said several officers had been hit by stones thrown by the crowd.", "en"))
    assert names(doc, of_type(doc, "PROTEST")[0].actors) == ["the crowd"]
    doc = run(analyze("An armed group raided two scam compounds near the border.", "en"))
    assert names(doc, of_type(doc, "ASSAULT")[0].actors) == ["An armed group"]
    assert of_type(run(analyze("Police raided the offices of the newspaper.", "en")), "INVESTIGATE")
