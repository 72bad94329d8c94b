"""German argument structure (bench/data/events/args.de.jsonl was written to find these):
prefield phrases, appositions, lists, "weder ... noch", topicalised objects, support verbs,
passive subjects that name a thing, denials, participles spelt like infinitives. The
sentences are written for the tests, not taken from the bench set."""
import pytest

from helpers_events import analyze, entity, names, of_type, place, run, timex


def _event(doc, trigger_word):
    evs = [e for e in doc.events if trigger_word in e.trigger.text]
    assert evs, [(e.type, e.trigger.text) for e in doc.events]
    return evs[0]


def test_de_prefield_locative_belongs_to_the_actor():
    # one constituent before the finite verb: "in Tiflis" is part of the actor, no place
    doc = analyze("Die Behörden in Tiflis nahmen am Freitag zwölf Studenten fest.", "de")
    place(doc, "P1", "Tiflis", "GE")
    ev = of_type(run(doc), "COERCE")[0]
    assert names(doc, ev.actors) == ["Die Behörden in Tiflis"]
    assert ev.place is None
    # in the middle field it is where the arrests happened
    doc = analyze("Die Behörden nahmen am Freitag in Tiflis zwölf Studenten fest.", "de")
    place(doc, "P1", "Tiflis", "GE")
    ev = of_type(run(doc), "COERCE")[0]
    assert names(doc, ev.actors) == ["Die Behörden"]
    assert ev.place == "P1"


def test_de_prefield_coordination_across_a_locative():
    doc = run(analyze("Die Armee in Khartum und die Milizen vereinbarten eine Feuerpause.", "de"))
    ev = _event(doc, "vereinbarten")
    assert names(doc, ev.actors) == ["Die Armee in Khartum", "die Milizen"]


def test_de_apposition_is_no_argument():
    doc = run(analyze("Die Justizministerin, Maria Kovač, trat am Dienstag zurück.", "de"))
    ev = _event(doc, "trat")
    assert names(doc, ev.actors) == ["Die Justizministerin"]
    assert ev.targets == []


def test_de_comma_list_is_one_group():
    doc = run(analyze("Polen, Litauen und Lettland verurteilten die Blockade.", "de"))
    ev = of_type(doc, "DISAPPROVE")[0]
    assert names(doc, ev.actors) == ["Polen", "Litauen", "Lettland"]


def test_de_weder_noch_coordination_and_negation():
    doc = run(analyze("Weder die Armee noch die Miliz unterzeichneten das Abkommen.", "de"))
    ev = _event(doc, "unterzeichneten")
    assert names(doc, ev.actors) == ["die Armee", "die Miliz"]
    assert ev.certainty == "negated"


def test_de_topicalised_event_noun_with_support_verb():
    doc = run(analyze("Heftige Kritik an der Regierung übte am Mittwoch die Gewerkschaft.", "de"))
    ev = of_type(doc, "DISAPPROVE")[0]
    assert names(doc, ev.actors) == ["die Gewerkschaft"]
    assert names(doc, ev.targets) == ["der Regierung"]


def test_de_topicalised_abstract_object():
    doc = run(analyze("Die Forderung nach Neuwahlen lehnte der Präsident ab.", "de"))
    ev = of_type(doc, "REJECT")[0]
    assert names(doc, ev.actors) == ["der Präsident"]
    # an actor before the verb stays the subject
    doc = run(analyze("Die Junta ließ am Abend 50 Gefangene frei.", "de"))
    ev = _event(doc, "ließ")
    assert names(doc, ev.actors) == ["Die Junta"]
    assert names(doc, ev.targets) == ["50 Gefangene"]


def test_de_passive_subject_thing_gives_its_genitive():
    doc = run(analyze("Das Verschwinden des Bürgermeisters wird von der Staatsanwaltschaft untersucht.", "de"))
    ev = of_type(doc, "INVESTIGATE")[0]
    assert names(doc, ev.actors) == ["der Staatsanwaltschaft"]
    assert names(doc, ev.targets) == ["des Bürgermeisters"]


def test_de_object_genitive_actor_by_written_form():
    # "Polizeikräfte": lemma "Polizeikraft", the written form names the actor
    doc = run(analyze("Die Opposition verurteilte das Vorgehen der Polizeikräfte gegen Studenten.", "de"))
    ev = of_type(doc, "DISAPPROVE")[0]
    assert names(doc, ev.targets) == ["der Polizeikräfte"]


def test_de_denial_with_perfect_infinitive():
    doc = run(analyze("Die Miliz bestritt, das Dorf angegriffen zu haben.", "de"))
    ev = of_type(doc, "ASSAULT")[0]
    assert ev.certainty == "negated"
    assert names(doc, ev.actors) == ["Die Miliz"]
    assert names(doc, ev.targets) == ["das Dorf"]


def test_de_past_passive_participle_spelt_like_infinitive():
    doc = run(analyze("Ein Juwelier wurde in der Nacht überfallen.", "de"))
    ev = _event(doc, "überfallen")
    assert ev.certainty == "asserted"
    doc = run(analyze("Die Bande will einen Juwelier überfallen.", "de"))
    assert _event(doc, "überfallen").certainty == "hypothetical"


def test_de_event_noun_under_modal_and_support_verb():
    doc = run(analyze("Die Ärzte wollen ab Mittwoch in den Streik treten.", "de"))
    ev = of_type(doc, "PROTEST")[0]
    assert ev.certainty == "hypothetical"
    assert names(doc, ev.actors) == ["Die Ärzte"]


def test_de_ganz_inside_a_locative_phrase():
    doc = run(analyze("Am Montag streikten die Busfahrer in ganz Italien.", "de"))
    ev = of_type(doc, "PROTEST")[0]
    assert names(doc, ev.actors) == ["die Busfahrer"]
    assert ev.targets == []


def test_de_name_with_s_is_no_genitive():
    doc = run(analyze("Innenminister Jonas Brandt stellte sich hinter den Polizeichef.", "de"))
    ev = of_type(doc, "SUPPORT")[0]
    assert len(ev.actors) == 1 and "Brandt" in names(doc, ev.actors)[0]
    assert names(doc, ev.targets) == ["den Polizeichef"]


def test_de_relative_clause_after_the_subject():
    text = "Die Lehrer, die seit Tagen vor dem Ministerium ausharren, verlangten ein Gespräch mit der Ministerin."
    doc = analyze(text, "de")
    from helpers_events import timex
    timex(doc, "T1", "seit Tagen", "P3D")
    ev = of_type(run(doc), "DEMAND")[0]
    assert names(doc, ev.actors) == ["Die Lehrer"]
    assert ev.time is None          # the time of the relative clause is not the demand's


def test_de_time_phrase_ends_before_a_name():
    doc = analyze("Der kenianische Präsident besuchte am Sonntag Uganda.", "de")
    from helpers_events import timex
    timex(doc, "T1", "am Sonntag", "2024-03-17")
    ev = of_type(run(doc), "CONSULT")[0]
    assert names(doc, ev.targets) == ["Uganda"]


def test_de_von_after_a_time_phrase_is_no_attribute():
    doc = analyze("Die Weltbank verlangte letzte Woche von Pakistan höhere Steuern.", "de")
    from helpers_events import timex
    timex(doc, "T1", "letzte Woche", "2024-W10")
    ev = of_type(run(doc), "DEMAND")[0]
    assert names(doc, ev.targets) == ["Pakistan"]


def test_de_event_noun_with_durch_agent():
    doc = run(analyze("Die Verhaftung von zwölf Studenten durch die Geheimpolizei", "de"))
    ev = of_type(doc, "COERCE")[0]
    assert names(doc, ev.actors) == ["die Geheimpolizei"]
    assert names(doc, ev.targets) == ["zwölf Studenten"]


def test_de_announced_zu_infinitive_is_hypothetical():
    doc = run(analyze("Die Junta kündigte an, die Sperrstunde in der Hauptstadt zu lockern.", "de"))
    ev = _event(doc, "lockern")
    assert ev.certainty == "hypothetical"
    assert names(doc, ev.actors) == ["Die Junta"]


def test_de_topicalised_event_noun_object():
    doc = run(analyze("Die Vorwürfe gegen den Bürgermeister prüft jetzt ein Sonderermittler.", "de"))
    ev = _event(doc, "prüft")
    assert names(doc, ev.actors) == ["ein Sonderermittler"]
    assert names(doc, ev.targets) == ["den Bürgermeister"]


def test_de_state_passive_with_agent():
    doc = run(analyze("Das Abkommen ist inzwischen von beiden Parlamenten ratifiziert.", "de"))
    ev = _event(doc, "ratifiziert")
    assert names(doc, ev.actors) == ["beiden Parlamenten"]


def test_de_state_passive_thing_subject_gives_the_attached_actor():
    doc = run(analyze("Die Militärhilfe für Honduras ist seit Januar eingefroren.", "de"))
    ev = _event(doc, "eingefroren")
    assert ev.actors == []
    assert names(doc, ev.targets) == ["Honduras"]


def test_de_perfect_of_intransitive_is_no_passive():
    doc = run(analyze("Der Bürgermeister ist am Montag zurückgetreten.", "de"))
    ev = _event(doc, "zurückgetreten")
    assert names(doc, ev.actors) == ["Der Bürgermeister"]


def test_de_hedge_on_a_participant_keeps_the_event_asserted():
    doc = run(analyze("Die Armee nahm am Sonntag zwölf mutmaßliche Schmuggler fest.", "de"))
    assert of_type(doc, "COERCE")[0].certainty == "asserted"
    doc = run(analyze("Die Armee nahm am Sonntag mutmaßlich zwölf Schmuggler fest.", "de"))
    assert of_type(doc, "COERCE")[0].certainty == "alleged"


def test_de_fronted_target_of_a_support_verb_noun():
    doc = run(analyze("Gegen den Gouverneur und seine Berater verhängte die EU neue Sanktionen.", "de"))
    ev = of_type(doc, "SANCTION")[0]
    assert names(doc, ev.actors) == ["die EU"]
    assert names(doc, ev.targets) == ["den Gouverneur", "seine Berater"]


def test_de_two_adjacent_names_are_two_phrases():
    doc = analyze("Laut Diplomaten hat Ankara Athen mit Konsequenzen gedroht.", "de")
    place(doc, "P1", "Ankara", "TR")
    place(doc, "P2", "Athen", "GR")
    ev = of_type(run(doc), "THREATEN")[0]
    assert names(doc, ev.actors) == ["Ankara"]
    assert names(doc, ev.targets) == ["Athen"]


def test_de_place_of_a_source_is_no_place():
    doc = analyze("Nach Angaben aus Kiew hat Russland neue Truppen zusammengezogen.", "de")
    place(doc, "P1", "Kiew", "UA")
    ev = of_type(run(doc), "MOBILIZE")[0]
    assert ev.place is None


def test_de_dative_target_of_a_visit_noun():
    doc = run(analyze("Dem König stattete die Kanzlerin am Montag einen Besuch ab.", "de"))
    ev = of_type(doc, "CONSULT")[0]
    assert names(doc, ev.actors) == ["die Kanzlerin"]
    assert names(doc, ev.targets) == ["Dem König"]


def test_de_origin_phrase_belongs_to_the_people_named():
    doc = analyze("Die Feuerwehr arbeitet bei den Löscharbeiten mit Spezialisten aus Portugal zusammen.", "de")
    place(doc, "P1", "Portugal", "PT")
    ev = of_type(run(doc), "COOPERATE")[0]
    assert names(doc, ev.targets) == ["Spezialisten aus Portugal"]
    assert ev.place is None
    # events that move people: where they leave is the place
    doc = analyze("Die Regierung zog ihre Soldaten aus Mali ab.", "de")
    place(doc, "P1", "Mali", "ML")
    ev = of_type(run(doc), "RETREAT")[0]
    assert ev.place == "P1"


def test_de_smuggled_goods_are_no_target():
    doc = run(analyze("Die Bande schmuggelte Zigaretten über die Grenze.", "de"))
    ev = of_type(doc, "CRIME")[0]
    assert names(doc, ev.actors) == ["Die Bande"]
    assert ev.targets == []


def test_de_accused_party_does_the_infinitive():
    # object control: the one accused is the doer of what the zu-infinitive says
    doc = run(analyze("Die Gewerkschaft warf dem Konzern vor, Streikende angegriffen zu haben.", "de"))
    ev = of_type(doc, "DISAPPROVE")[0]
    assert names(doc, ev.actors) == ["Die Gewerkschaft"]
    assert names(doc, ev.targets) == ["dem Konzern"]
    content = [e for e in doc.events if e.trigger.text == "angegriffen"]
    assert content and names(doc, content[0].actors) == ["dem Konzern"]


def test_de_remote_act_takes_no_place_from_a_noun_attribute():
    # criticism is not where the people it mentions are ("place": "adverbial" in plover.json)
    doc = analyze("Frankreich kritisierte das Vorgehen der Polizei gegen Demonstranten in Tiflis.", "de")
    place(doc, "P1", "Tiflis", "GE")
    ev = of_type(run(doc), "DISAPPROVE")[0]
    assert ev.place is None
    # an adverbial of the clause is its place, also after a time phrase ending in a noun
    doc = analyze("Frankreich kritisierte am Montag in Tiflis das Vorgehen der Polizei.", "de")
    place(doc, "P1", "Tiflis", "GE")
    timex(doc, "T1", "am Montag", "2022-01-03")
    ev = of_type(run(doc), "DISAPPROVE")[0]
    assert ev.place == "P1"
    # goods "aus" a country are no place of the sanction
    doc = analyze("Die USA verboten die Einfuhr von Stahl aus China.", "de")
    place(doc, "P1", "China", "CN")
    ev = of_type(run(doc), "SANCTION")[0]
    assert ev.place is None


def test_de_physical_act_keeps_the_place_after_its_object():
    # a storming happens where the stormed building is
    doc = analyze("Demonstranten stürmten am Mittwoch das Rathaus in Almaty.", "de")
    place(doc, "P1", "Almaty", "KZ")
    ev = _event(run(doc), "stürmten")
    assert ev.place == "P1"


def test_de_deployed_forces_are_no_target():
    # what a MOBILIZE event moves is not its target ("moved": "forces" in plover.json)
    doc = run(analyze("Frankreich will bis Jahresende 1500 Soldaten nach Rumänien verlegen.", "de"))
    ev = of_type(doc, "MOBILIZE")[0]
    assert names(doc, ev.actors) == ["Frankreich"]
    assert ev.targets == []
    assert ev.certainty == "hypothetical"


def test_de_nicht_before_an_attributive_adjective_negates_no_event():
    doc = run(analyze("Die Regierung hat ihr nicht dringend benötigtes Personal aus Khartum abgezogen.", "de"))
    assert _event(doc, "abgezogen").certainty == "asserted"
    doc = run(analyze("Die Polizei löste eine nicht genehmigte Demonstration auf.", "de"))
    assert _event(doc, "Demonstration").certainty == "asserted"
    doc = run(analyze("Die Regierung hat ihre Truppen nicht abgezogen.", "de"))
    assert _event(doc, "abgezogen").certainty == "negated"


def test_de_a_sentence_to_prison_is_coercion_also_as_a_noun():
    doc = run(analyze("Die Verurteilung des Journalisten zu sieben Jahren Haft löste Proteste aus.", "de"))
    ev = _event(doc, "Verurteilung")
    assert (ev.type, ev.mode) == ("COERCE", "sentence")
    doc = run(analyze("Die Bundesregierung bekräftigte ihre Verurteilung des Angriffs.", "de"))
    assert _event(doc, "Verurteilung").type == "DISAPPROVE"


def test_de_dispersing_a_blockade_is_coerce_and_its_doer_is_no_protester():
    doc = run(analyze("Gegen 09:40 Uhr wurde die Blockade von Einsatzkräften der Polizei aufgelöst.", "de"))
    assert names(doc, of_type(doc, "COERCE")[0].actors) == ["Einsatzkräften der Polizei"]
    assert of_type(doc, "PROTEST")[0].actors == []
    doc = run(analyze("Die Polizei löste die Kundgebung auf.", "de"))
    assert names(doc, of_type(doc, "COERCE")[0].actors) == ["Die Polizei"]
    assert of_type(doc, "PROTEST")[0].actors == []
    # a genitive that names no actor is not the doer of the event noun
    doc = run(analyze("Die Blockade der Hafenzufahrt dauerte sechs Stunden.", "de"))
    assert of_type(doc, "PROTEST")[0].actors == []


def test_de_pronoun_subject_takes_the_agreeing_subject_of_the_sentence_before():
    doc = run(analyze("Der Versammlungsleiter wurde mehrfach aufgefordert, die Zufahrt freizugeben. "
                      "Er lehnte dies ab.", "de"))
    assert names(doc, of_type(doc, "REJECT")[0].actors) == ["Der Versammlungsleiter"]
    doc = run(analyze("Die Aktivisten blockierten die Zufahrt. Sie lehnten Gespräche ab.", "de"))
    assert names(doc, of_type(doc, "REJECT")[0].actors) == ["Die Aktivisten"]
    # "er" does not refer back to a feminine subject
    doc = run(analyze("Die Polizei nahm den Mann fest. Er lehnte jede Aussage ab.", "de"))
    assert of_type(doc, "REJECT")[0].actors == []
    # a neuter subject: "es" as the subject of its clause, but not the expletive "es"
    doc = run(analyze("Das Innenministerium reagierte zurückhaltend. Es kritisierte, die Flüchtlinge "
                      "seien nicht befragt worden.", "de"))
    assert names(doc, of_type(doc, "DISAPPROVE")[0].actors) == ["Das Innenministerium"]
    doc = run(analyze("Das Ministerium schwieg. Es demonstrierten dennoch Tausende.", "de"))
    assert names(doc, of_type(doc, "PROTEST")[0].actors) == ["Tausende"]


def test_de_stones_thrown_at_officers_criminal_complaint_and_extended_attribute():
    doc = run(analyze("Aus der Gruppe heraus sollen Steine auf die Beamten geworfen worden sein.", "de"))
    ev = of_type(doc, "PROTEST")[0]
    assert ev.certainty == "alleged" and names(doc, ev.targets) == ["die Beamten"]
    doc = run(analyze("Die Betreibergesellschaft kündigte an, Strafanzeige gegen die Organisatoren zu erstatten.", "de"))
    ev = of_type(doc, "DISAPPROVE")[0]
    assert names(doc, ev.actors) == ["Die Betreibergesellschaft"] and ev.certainty == "hypothetical"
    assert names(doc, ev.targets) == ["die Organisatoren"] and of_type(doc, "THREATEN") == []
    doc = run(analyze("Gegen die elf in Gewahrsam genommenen Personen leitete die Polizei "
                      "Ermittlungsverfahren ein.", "de"))
    ev = of_type(doc, "INVESTIGATE")[0]
    assert names(doc, ev.actors) == ["die Polizei"]
    assert names(doc, ev.targets) == ["die elf in Gewahrsam genommenen Personen"]
    # an office named with its town is the office, not the town
    doc = analyze("Die Kriminalpolizeiinspektion Anklam nahm Ermittlungen auf.", "de")
    place(doc, "P1", "Anklam", "DE")
    ev = of_type(run(doc), "INVESTIGATE")[0]
    assert names(doc, ev.actors) == ["Die Kriminalpolizeiinspektion Anklam"]


def test_de_court_report_forms():
    # a strong past the tagger reads as an adjective; a year ends the time phrase before a count
    doc = analyze("Nach Überzeugung des Gerichts betrog die Bande zwischen März 2021 und Oktober 2022 "
                  "mindestens 46 Seniorinnen in Niedersachsen.", "de")
    timex(doc, "T1", "März 2021", "2021-03")
    timex(doc, "T2", "Oktober 2022", "2022-10")
    ev = of_type(run(doc), "CRIME")[0]
    assert names(doc, ev.actors) == ["die Bande"] and names(doc, ev.targets) == ["46 Seniorinnen"]
    doc = run(analyze("Die Angeklagten hätten sich am Telefon als Polizisten ausgegeben, sagte der Richter.", "de"))
    assert names(doc, of_type(doc, "CRIME")[0].actors) == ["Die Angeklagten"]
    assert run(analyze("Die Regierung gab im Jahr 2023 mehr Geld aus.", "de")).events == []
    # an auxiliary, an apposition between commas, then the participle: one clause, and the
    # apposition's place is not the event's
    doc = analyze("Die Staatsanwaltschaft hatte für den Angeklagten, einen 41-Jährigen aus Bramsche, "
                  "sieben Jahre Haft gefordert.", "de")
    place(doc, "P1", "Bramsche", "DE")
    ev = of_type(run(doc), "DEMAND")[0]
    assert names(doc, ev.actors) == ["Die Staatsanwaltschaft"] and ev.place is None


def test_de_shots_hit_and_a_name_in_apposition_to_a_noun():
    doc = run(analyze("Schüsse aus einem Auto trafen einen Mann.", "de"))
    ev = of_type(doc, "ASSAULT")[0]
    assert ev.actors == [] and names(doc, ev.targets) == ["einen Mann"]
    assert of_type(run(analyze("Der Kanzler traf den Präsidenten.", "de")), "CONSULT")
    doc = analyze("Der Opferschutzverein Weisser Ring forderte mehr Aufklärung für Senioren.", "de")
    entity(doc, "E1", "ORG", "Weisser Ring")
    assert names(doc, of_type(run(doc), "DEMAND")[0].actors) == ["Weisser Ring"]


def test_de_church_asylum_report_forms():
    doc = run(analyze("Die Polizei hat eine afghanische Familie in Abschiebehaft genommen.", "de"))
    assert names(doc, of_type(doc, "COERCE")[0].actors) == ["Die Polizei"]
    assert run(analyze("Die Botschaft nahm Stellung.", "de")).events == []     # no kind of "Haft"
    doc = run(analyze("Beamte drangen in der Nacht in das Gemeindehaus ein.", "de"))
    assert names(doc, of_type(doc, "COERCE")[0].actors) == ["Beamte"]
    assert run(analyze("Einbrecher drangen in das Haus ein.", "de")).events == []
    doc = run(analyze("Auch der Bischof stellte sich hinter die Gemeinde.", "de"))
    assert names(doc, of_type(doc, "SUPPORT")[0].targets) == ["die Gemeinde"]
    doc = run(analyze("Der Innenausschuss des Landtags will sich mit dem Fall befassen.", "de"))
    assert of_type(doc, "INVESTIGATE")[0].certainty == "hypothetical"


def test_de_negated_light_verb_after_the_noun_and_looming_dangers():
    assert of_type(run(analyze("Gewalt sei bei dem Einsatz nicht angewendet worden.", "de")),
                   "ASSAULT")[0].certainty == "negated"
    assert of_type(run(analyze("Tränengas wurde nicht eingesetzt.", "de")), "COERCE")[0].certainty == "negated"
    # what looms over someone is no threat by anyone
    assert run(analyze("Ihm drohen zehn Jahre Haft.", "de")).events == []
    doc = run(analyze("Der Familie droht die Abschiebung nach Afghanistan.", "de"))
    assert [(e.type, e.certainty) for e in doc.events] == [("COERCE", "hypothetical")]
    # a threat with "mit" is one THREATEN event, the threatened action did not happen
    doc = run(analyze("Die Rebellen drohten der Regierung mit Angriffen.", "de"))
    assert [(e.type, names(doc, e.actors)) for e in doc.events] == [("THREATEN", ["Die Rebellen"])]


def test_de_surrounding_a_place():
    doc = run(analyze("Das Militär umstellte die Stadt.", "de"))
    assert names(doc, of_type(doc, "COERCE")[0].actors) == ["Das Militär"]
    assert run(analyze("Die Firma stellte die Produktion auf Elektroautos um.", "de")).events == []


def test_de_coordinated_participles_keep_their_own_objects():
    doc = run(analyze("Drei Männer haben einen Geldtransporter überfallen und einen Wachmann verletzt.", "de"))
    assert names(doc, of_type(doc, "CRIME")[0].targets) == ["einen Geldtransporter"]
    ev = of_type(doc, "ASSAULT")[0]
    assert names(doc, ev.actors) == ["Drei Männer"] and names(doc, ev.targets) == ["einen Wachmann"]


def test_de_ships_moved_and_ramming():
    doc = run(analyze("China verlegte mehr als zehn Schiffe an das Riff.", "de"))
    assert names(doc, of_type(doc, "MOBILIZE")[0].actors) == ["China"]
    doc = run(analyze("Die Küstenwache rammte ein Versorgungsboot.", "de"))
    assert names(doc, of_type(doc, "ASSAULT")[0].actors) == ["Die Küstenwache"]


def test_de_separable_particle_belongs_to_the_nearest_verb():
    doc = run(analyze("Die Bundespolizei räumte den Bahnhof und sperrte die umliegenden Straßen ab.", "de"))
    assert "räumte" in [e.trigger.text for e in of_type(doc, "COERCE")]


@pytest.mark.parametrize("text,trigger", [
    ("Das Land wolle im kommenden Jahr 150 zusätzliche Ermittler gegen Clan-Kriminalität einsetzen.", "einsetzen"),
    ("Die Bundespolizei will ab dem Wochenende zusätzliche Streifen an Bahnhöfen einsetzen.", "einsetzen"),
    ("Die EU-Beobachtermission verstärkte ihre Patrouillen entlang der Grenze.", "verstärkte"),
])
def test_de_deploying_investigators_and_patrols_is_mobilize(text, trigger):
    doc = run(analyze(text, "de"))
    assert trigger in [e.trigger.text for e in of_type(doc, "MOBILIZE")]


def test_de_pronoun_after_an_inverted_subject_and_participle_attribute_in_zu_clause():
    doc = run(analyze('Auf einer Seite im Darknet bekannte sich eine Gruppe namens "Black Lantern" zu dem Angriff. '
                      "Sie drohte, bis Freitag erbeutete Patientendaten zu veröffentlichen.", "de"))
    assert names(doc, of_type(doc, "THREATEN")[0].actors) == ["eine Gruppe"]
    # "erbeutete Patientendaten": an attribute, no verb of the zu-clause
    assert of_type(doc, "CRIME") == []


def test_de_the_federation_is_an_actor():
    doc = run(analyze("Der Innenminister forderte den Bund auf, die Kliniken stärker zu unterstützen.", "de"))
    assert names(doc, of_type(doc, "DEMAND")[0].targets) == ["den Bund"]


@pytest.mark.parametrize("text,typ,trigger,certainty", [
    ("Sein Mandant habe nie Schmiergeld angenommen, sagte der Anwalt.", "CRIME", "angenommen", "negated"),
    ("Die Polizei hat niemals Demonstranten festgenommen.", "COERCE", "festgenommen", "negated"),
    ("Der Politiker soll Schmiergelder angenommen haben.", "CRIME", "angenommen", "alleged"),
    ("Die Polizei kündigte an, das Sperrgebiet rund um die Uhr zu bewachen.", "MOBILIZE", "bewachen", "hypothetical"),
])
def test_de_never_negates_bribes_and_guarding(text, typ, trigger, certainty):
    doc = run(analyze(text, "de"))
    ev = [e for e in of_type(doc, typ) if e.trigger.text == trigger]
    assert ev and ev[0].certainty == certainty


def test_de_two_measures_in_two_clauses_stay_two_events():
    doc = run(analyze("Er verhängte eine nächtliche Ausgangssperre und ordnete an, alle Märkte der Stadt "
                      "bis Mittwoch zu schließen.", "de"))
    assert {e.trigger.text for e in of_type(doc, "COERCE")} == {"Ausgangssperre", "schließen"}


def test_de_postposition_governs_the_noun_before_it():
    doc = run(analyze("Am Freitag gingen Augenzeugen zufolge mehrere tausend Rohingya gegen die Pläne auf die Straße.", "de"))
    assert names(doc, of_type(doc, "PROTEST")[0].actors) == ["mehrere tausend Rohingya"]
