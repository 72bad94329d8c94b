"""Event rules of 2026-12-07 (second session): boarding a ship, breaking into a building,
headline casualties, natural forces in participle clauses, press-release datelines, the
dominant place from the title and dateline, a measure imposed on a place."""
from __future__ import annotations

from helpers_events import analyze, of_type, place, run


def _place_name(doc, ev):
    return next((p.name for p in doc.places if p.id == ev.place), None)


def test_en_commandos_boarding_a_tanker_is_coerce_but_passengers_boarding_is_nothing():
    doc = run(analyze("The tanker was boarded by Guards commandos from a helicopter.", "en"))
    ev = of_type(doc, "COERCE")[0]
    assert ev.trigger.text == "boarded" and [a.text for a in ev.actors] == ["Guards commandos"]
    doc = run(analyze("Passengers boarded the ferry in Dover.", "en"))
    assert not doc.events


def test_de_soldiers_boarding_a_ship_is_coerce_pirates_crime():
    doc = run(analyze("Soldaten der Revolutionsgarde enterten den Tanker am Montag.", "de"))
    assert [e.type for e in doc.events] == ["COERCE"]
    doc = run(analyze("Piraten enterten den Frachter.", "de"))
    assert [e.type for e in doc.events] == ["CRIME"]


def test_en_breaking_into_an_embassy_with_its_target():
    doc = run(analyze("Hundreds of protesters broke into the compound of the Danish Embassy on Friday.", "en"))
    ev = doc.events[0]
    assert ev.trigger.text == "broke into" and ev.type in ("ASSAULT", "PROTEST")
    assert "Danish Embassy" in ev.targets[0].text
    doc = run(analyze("Thieves broke into a house in the suburb.", "en"))
    assert [e.type for e in doc.events] == ["CRIME"]


def test_en_headline_counts_are_victims_not_actors():
    for text, victims in (("Protesters storm embassy; 1 killed", "1"),
                          ("Five killed in bomb blast in Quetta", "Five"),
                          ("Two journalists arrested in Minsk", "Two journalists")):
        doc = run(analyze(text, "en"))
        ev = [e for e in doc.events if e.trigger.text in ("killed", "arrested")][0]
        assert not ev.actors and [t.text for t in ev.targets] == [victims], text


def test_en_denied_firing_live_ammunition_is_a_negated_assault():
    doc = run(analyze("Police denied firing live ammunition.", "en"))
    ev = of_type(doc, "ASSAULT")[0]
    assert ev.certainty == "negated" and [a.text for a in ev.actors] == ["Police"]


def test_en_natural_force_destroys_no_one_acts():
    doc = run(analyze("A fire destroyed 1,800 shelters.", "en"))
    assert not doc.events
    doc = run(analyze("The Norwegian Refugee Council today called on donors to release emergency funds after "
                      "a fire swept through Kakuma refugee camp on Sunday night, destroying more than 1,800 shelters.", "en"))
    assert "COERCE" not in [e.type for e in doc.events]
    assert [a.text for a in of_type(doc, "DEMAND")[0].actors] == ["The Norwegian Refugee Council"]
    # a weapon's fire is no natural force
    doc = run(analyze("Artillery fire hit the outskirts of the city.", "en"))
    assert of_type(doc, "ASSAULT")


def test_press_release_dateline_is_no_actor():
    doc = run(analyze("Nairobi, 11 March 2025 – The Norwegian Refugee Council today called on donors to act.", "en"))
    assert [a.text for a in of_type(doc, "DEMAND")[0].actors] == ["The Norwegian Refugee Council"]
    doc = run(analyze("Genf, 3. September 2026 – Das UN-Flüchtlingshilfswerk forderte mehr Geld von den Geberländern.", "de"))
    assert [a.text for a in of_type(doc, "DEMAND")[0].actors] == ["Das UN-Flüchtlingshilfswerk"]


def test_en_curfew_imposed_on_a_town_holds_there():
    doc = analyze("The ministry imposed a dusk-to-dawn curfew on Agogo and surrounding communities.", "en")
    place(doc, "P1", "Agogo", "GH")
    run(doc)
    assert _place_name(doc, of_type(doc, "COERCE")[0]) == "Agogo"


def test_title_and_dateline_make_the_dominant_place():
    from lagebild.pipeline import default_pipeline
    from lagebild.record import Article

    text = ("Protesters storm Danish Embassy in Islamabad\n\n"
            "ISLAMABAD (AP) — Hundreds of protesters gathered on Friday in anger over the burning of a Quran "
            "in Copenhagen, police said. Smaller rallies were held in Islamabad and Rawalpindi.\n\n"
            "The crowd was driven back by police with tear gas after two hours.\n\n"
            "Denmark's ambassador in Copenhagen was summoned. Danish police arrested a man in Copenhagen on Tuesday.")
    doc = default_pipeline()(Article(id="x", language="en", text=text, published="2026-09-04"))
    ev = next(e for e in doc.events if e.trigger.text == "driven back")
    assert _place_name(doc, ev) == "Islamabad"


def test_de_beating_of_a_pronoun_denied_is_a_negated_assault():
    doc = run(analyze("Er sei in der Haft nicht geschlagen worden, sagte Kollmann dem ORF.", "de"))
    ev = of_type(doc, "ASSAULT")[0]
    assert ev.certainty == "negated"
    doc = run(analyze("Sie schlugen den Titelverteidiger mit 3:1.", "de"))
    assert not of_type(doc, "ASSAULT")


def test_de_predicate_after_a_comma_shares_the_main_clause_subject():
    doc = run(analyze("Die Exil-Opposition begrüßte die Freilassung, warf dem Regime aber \"Geiselhandel\" vor.", "de"))
    ev = of_type(doc, "DISAPPROVE")[0]
    assert [a.text for a in ev.actors] == ["Die Exil-Opposition"] and [t.text for t in ev.targets] == ["dem Regime"]


def test_de_quarantine_is_coerce():
    doc = run(analyze("Wegen eines Ebola-Ausbruchs hat die Regierung Liberias den Bezirk Foya unter Quarantäne gestellt.", "de"))
    ev = of_type(doc, "COERCE")[0]
    assert [a.text for a in ev.actors] == ["die Regierung Liberias"]


def test_de_residents_torching_a_checkpoint_at_a_protest_riot():
    doc = run(analyze("Am Mittwoch kam es in Foya zu Protesten gegen die Abriegelung. Hunderte Bewohner errichteten "
                      "Straßensperren und zündeten einen Kontrollposten der Armee an.", "de"))
    ev = next(e for e in doc.events if e.trigger.text == "zündeten")
    assert ev.type == "PROTEST" and ev.mode == "riot"


def test_warning_of_a_risk_is_criticism_a_warning_of_consequences_a_threat():
    from lagebild.pipeline import default_pipeline
    from lagebild.record import Article

    pipe = default_pipeline()

    def types(lang, text):
        doc = pipe(Article(id="x", language=lang, text=text, published="2026-03-05"))
        return [e.type for e in doc.events if e.trigger.text in ("warnte", "warned")]

    assert types("de", "Vor einer Abriegelung ganzer Regionen warnte die Weltgesundheitsorganisation WHO jedoch.") == ["DISAPPROVE"]
    assert types("de", "Es könne dazu missbraucht werden, in Italien lebende Oppositionelle an Tunesien zu "
                       "überstellen, warnte ihr Vizepräsident Karim Jlassi.") == ["DISAPPROVE"]
    assert types("en", "Amnesty International warned that the law could be used to silence critics.") == ["DISAPPROVE"]
    assert types("en", "Iran warned it could strike US bases.") == ["THREATEN"]
    assert types("en", "Mammadli warned that other foreign media could face \"the same measures\" if they continued.") == ["THREATEN"]
    assert types("de", "Der Kreml warnte, Russland könne mit Gegenmaßnahmen reagieren.") == ["THREATEN"]


def test_de_headline_participle_names_the_victim():
    doc = run(analyze("Radiojournalist in Kolumbien erschossen – Kollegen fordern Schutz", "de"))
    ev = of_type(doc, "ASSAULT")[0]
    assert not ev.actors and [t.text for t in ev.targets] == ["Radiojournalist"]
    # with a full stop it is a sentence: a present tense the tagger reads as a participle keeps its subject
    doc = run(analyze("Polen stationiert zusätzliche Truppen an der Grenze zu Belarus.", "de"))
    assert [a.text for a in of_type(doc, "MOBILIZE")[0].actors] == ["Polen"]


def test_de_second_finite_verb_after_und_takes_its_own_phrases():
    doc = run(analyze("Sie hielten Fotos von Pineda hoch und forderten von der Regierung einen besseren Schutz.", "de"))
    assert [t.text for t in of_type(doc, "DEMAND")[0].targets] == ["der Regierung"]


def test_platform_x_ends_a_sentence():
    from lagebild.pipeline import Pipeline
    from lagebild.record import Article

    doc = Pipeline(("language",))(Article(id="x", language="de", text="Der Präsident verurteilte den Mord im "
                                          "Onlinedienst X. Er versprach Aufklärung."))
    assert len(doc.sentences) == 2
    doc = run(analyze("Der Präsident verurteilte den Mord im Onlinedienst X. Er versprach, die Tat werde "
                      "\"nicht straflos bleiben\".", "de"))
    assert of_type(doc, "AGREE")


def test_de_minister_held_by_soldiers_and_his_denial_of_being_a_hostage():
    from lagebild.pipeline import default_pipeline
    from lagebild.record import Article

    doc = default_pipeline()(Article(id="x", language="de", text=(
        "Kouassi war am Montag nach Bouaké gereist. Dort wurde er nach Angaben aus seinem Umfeld von "
        "Soldaten mehrere Stunden lang in der Kaserne festgehalten. Der Minister selbst bestritt, als Geisel "
        "genommen worden zu sein.")))
    held = next(e for e in doc.events if e.trigger.text == "festgehalten")
    names = {x.id: x.name for x in doc.entities}
    assert held.type == "COERCE" and [names.get(t, t) for t in held.targets] == ["Kouassi"]
    hostage = next(e for e in doc.events if e.trigger.text == "Geisel")
    assert hostage.certainty == "negated"


def test_en_talks_planned_for_later_are_hypothetical():
    doc = run(analyze("The opposition demanded reforms before a second round of talks planned for December.", "en"))
    assert of_type(doc, "CONSULT")[0].certainty == "hypothetical"
    # an expected topic does not make a visit hypothetical
    doc = run(analyze("Vice President Al Hassan left for Rabat on a visit expected to focus on regional security.", "en"))
    assert all(e.certainty != "hypothetical" for e in of_type(doc, "CONSULT"))


def test_en_name_after_an_agency_noun_is_the_antecedent():
    from lagebild.pipeline import default_pipeline
    from lagebild.record import Article

    doc = default_pipeline()(Article(id="x", language="en", published="2026-05-12", text=(
        "State news agency IRNA said the tanker had collided with an Iranian fishing boat on Sunday night. "
        "It accused the crew of smuggling fuel.")))
    names = {x.id: x.name for x in doc.entities}
    ev = next(e for e in doc.events if e.type == "DISAPPROVE")
    assert [names.get(a, getattr(a, "text", a)) for a in ev.actors] == ["IRNA"]
