"""English agency-wire patterns fixed on bench/data/events/wire.en.jsonl: idioms and phrasal
verbs, ordinary crime, participants and places in long wire sentences, certainty of denials
and failures. The sentences are written for these tests, apart from the bench set (lexicon
path, no embeddings)."""
import pytest

from helpers_events import analyze, entity, names, of_type, place, run, timex

# (sentence, trigger text, type)
TRIGGERS = [
    ("The Kremlin hit out at Brussels over the new tariffs.", "hit out", "DISAPPROVE"),
    ("Tokyo lashed out at Seoul for its handling of the dispute.", "lashed out", "DISAPPROVE"),
    ("Berlin threw its weight behind the Dutch candidate for NATO chief.", "threw", "SUPPORT"),
    ("The finance minister poured cold water on hopes of a tax cut.", "poured", "REJECT"),
    ("A judge threw out the lawsuit against the mining company.", "threw out", "REJECT"),
    ("The appeals court overturned the ban on the newspaper.", "overturned", "REJECT"),
    ("Moscow brushed aside the accusations.", "brushed aside", "REJECT"),
    ("Bus drivers walked off the job in Lagos.", "walked off", "PROTEST"),
    ("A city official embezzled 3 million dollars from the water utility.", "embezzled", "CRIME"),
    ("Armed men looted a bank in Goma.", "looted", "CRIME"),
    ("Rioters looted shops in the suburbs.", "looted", "PROTEST"),
    ("The gang made off with two paintings from the gallery.", "made off", "CRIME"),
    ("A suicide bomber struck a checkpoint near the airport.", "struck", "ASSAULT"),
    ("Police mowed down marchers in the square.", "mowed down", "ASSAULT"),
    ("The authorities cut off mobile internet in the province.", "cut off", "COERCE"),
    ("Negotiators hammered out a compromise on fishing rights.", "hammered out", "AGREE"),
    ("The army quit the town after a week of fighting.", "quit", "RETREAT"),
    ("The minister quit on Friday.", "quit", "RETREAT"),
    ("Prosecutors grilled the former mayor over the contracts.", "grilled", "INVESTIGATE"),
    ("The navy dispatched two frigates to the strait.", "dispatched", "MOBILIZE"),
    ("The government bailed out the national airline.", "bailed out", "AID"),
    ("The EU suspended budget support to the country in protest at the coup.", "suspended", "SANCTION"),
    ("Western envoys will boycott the president's inauguration in protest at the vote.", "boycott", "SANCTION"),
    ("The group vowed revenge for the death of its commander.", "vowed", "THREATEN"),
    ("Ankara kicked out three Dutch diplomats.", "kicked out", "SANCTION"),
]


@pytest.mark.parametrize("text,trig,typ", TRIGGERS, ids=[t[1] + "-" + t[2] for t in TRIGGERS])
def test_wire_idioms_and_phrasal_verbs(text, trig, typ):
    doc = run(analyze(text, "en"))
    hits = [e for e in doc.events if e.trigger.text == trig]
    assert hits, [(e.type, e.trigger.text) for e in doc.events]
    assert hits[0].type == typ, (hits[0].type, hits[0].mode)


def test_en_idiom_targets():
    doc = run(analyze("The Kremlin hit out at Brussels over the new tariffs.", "en"))
    assert names(doc, of_type(doc, "DISAPPROVE")[0].targets) == ["Brussels"]
    doc = run(analyze("Berlin threw its weight behind the Dutch candidate for NATO chief.", "en"))
    assert names(doc, of_type(doc, "SUPPORT")[0].targets) == ["the Dutch candidate"]


def test_en_result_participle_does_not_take_over_the_attack():
    doc = run(analyze("Soldiers opened fire on villagers, killing six.", "en"))
    ass = of_type(doc, "ASSAULT")
    assert len(ass) == 1 and ass[0].trigger.text == "opened fire"
    assert names(doc, ass[0].targets) == ["villagers"]


def test_en_adjective_proposer_is_no_target():
    doc = run(analyze("Kabul rejected a Pakistani peace plan.", "en"))
    rej = of_type(doc, "REJECT")[0]
    assert rej.targets == []


def test_en_money_object_gives_way_to_from_target():
    doc = run(analyze("A city official embezzled 3 million dollars from the water utility.", "en"))
    crime = of_type(doc, "CRIME")[0]
    assert names(doc, crime.targets) == ["the water utility"]


def test_en_recalled_ambassador_names_the_host_as_target():
    doc = run(analyze("Peru recalled its ambassador to Mexico.", "en"))
    assert names(doc, of_type(doc, "SANCTION")[0].targets) == ["Mexico"]


def test_en_particle_verb_keeps_its_object_before_a_time_phrase():
    doc = analyze("Soldiers rounded up dozens of young men on Sunday.", "en")
    timex(doc, "T1", "Sunday", "2022-01-02")
    doc = run(doc)
    tg = names(doc, of_type(doc, "COERCE")[0].targets)
    assert tg and "men" in tg[0]


def test_en_passive_event_noun_takes_agent_and_target():
    doc = run(analyze("Fresh sanctions were imposed by the European Union on three Iranian generals.", "en"))
    ev = of_type(doc, "SANCTION")[0]
    assert names(doc, ev.actors) == ["the European Union"]
    assert names(doc, ev.targets) == ["three Iranian generals"]


def test_en_criticism_drawn_from_someone():
    doc = run(analyze("The verdict drew sharp criticism from Western governments.", "en"))
    assert names(doc, of_type(doc, "DISAPPROVE")[0].actors) == ["Western governments"]


def test_en_subject_place_belongs_to_the_actor():
    doc = analyze("Police in Mombasa arrested two suspects.", "en")
    place(doc, "P1", "Mombasa", "KE")
    run(doc)
    ev = of_type(doc, "COERCE")[0]
    assert names(doc, ev.actors) == ["Police in Mombasa"]
    assert ev.place is None


def test_en_place_in_relative_clause_or_bound_to_a_noun_is_not_the_events():
    doc = analyze("The ministry condemned the militia that attacked a village near Bunia.", "en")
    place(doc, "P1", "Bunia", "CD")
    run(doc)
    assert of_type(doc, "DISAPPROVE")[0].place is None
    doc = analyze("Germany praised the training mission to Mali.", "en")
    place(doc, "P1", "Mali", "ML", feature="country")
    run(doc)
    assert of_type(doc, "SUPPORT")[0].place is None


def test_en_hedge_on_a_participant_leaves_the_event_asserted():
    doc = run(analyze("Suspected rebels attacked a police post.", "en"))
    assert of_type(doc, "ASSAULT")[0].certainty == "asserted"
    doc = run(analyze("Rebels allegedly attacked a police post.", "en"))
    assert of_type(doc, "ASSAULT")[0].certainty == "alleged"


def test_en_denial_and_failure_negate():
    doc = run(analyze("The minister denied accepting bribes from the contractor.", "en"))
    crime = [e for e in of_type(doc, "CRIME") if e.trigger.text in ("accepting", "bribes")]
    assert crime and crime[0].certainty == "negated"
    doc = run(analyze("The two sides failed to agree on a ceasefire.", "en"))
    assert [e for e in of_type(doc, "AGREE") if e.trigger.text == "agree"][0].certainty == "negated"


def test_en_likely_is_hypothetical():
    doc = run(analyze("France is likely to block the trade deal.", "en"))
    assert of_type(doc, "REJECT")[0].certainty == "hypothetical"


def test_en_inked_is_a_signing():
    doc = run(analyze("Kenya and Uganda inked an energy pact in Kampala.", "en"))
    ev = [e for e in of_type(doc, "AGREE") if e.trigger.text == "inked"][0]
    assert ev.mode == "sign" and ev.plover == "SUPPORT"


def test_en_spacy_doc_takes_the_entities_of_our_layers():
    from lagebild.events.english import set_entities

    doc = analyze("Russian troops shelled Kharkiv on Monday, Ukraine's army said.", "en")
    entity(doc, "E1", "GPE", "Kharkiv")
    entity(doc, "E2", "GPE", "Ukraine")
    timex(doc, "T1", "Monday", "2022-01-03")
    set_entities(doc)
    sd = doc.extras["spacy"]
    assert {(e.text, e.label_) for e in sd.ents} == {("Russian", "NORP"), ("Kharkiv", "GPE"), ("Ukraine", "GPE"),
                                                    ("Monday", "DATE")}


def test_en_money_object_gives_way_to_the_source():
    doc = run(analyze("Officials siphoned off $12 million from the relief fund.", "en"))
    tg = names(doc, of_type(doc, "CRIME")[0].targets)
    assert tg and "fund" in tg[0]


def test_en_two_acts_on_different_targets_stay_two_events():
    doc = run(analyze("Gunmen ambushed villagers on a highway and torched dozens of houses.", "en"))
    assert {e.trigger.text for e in of_type(doc, "ASSAULT")} == {"ambushed", "torched"}
    # one act told twice stays one event
    doc = run(analyze("Soldiers attacked and killed the villagers.", "en"))
    assert len(of_type(doc, "ASSAULT")) == 1


def test_en_relative_pronoun_subject_is_its_antecedent():
    doc = run(analyze("The Economic Offences Unit of Bihar Police, which is investigating the leak, arrested "
                      "three more people on Saturday night.", "en"))
    actors = names(doc, of_type(doc, "INVESTIGATE")[0].actors)
    assert len(actors) == 1 and actors[0].startswith("The Economic Offences Unit")


@pytest.mark.parametrize("text,typ,trigger", [
    ("Police said 120 soldiers would be flown to Wabag on Wednesday.", "MOBILIZE", "flown"),
    ("The armed group handed 260 foreign workers over to Thai authorities.", "CONCEDE", "handed"),
    ("Many had been lured with fake job offers.", "CRIME", "lured"),
])
def test_en_flown_troops_handed_over_workers_lured_victims(text, typ, trigger):
    doc = run(analyze(text, "en"))
    assert trigger in [e.trigger.text for e in of_type(doc, typ)]


@pytest.mark.parametrize("lang,text,typ,trigger", [
    ("en", "Indigenous communities blocked the main access roads on Friday.", "PROTEST", "blocked"),
    ("en", "The authorities blocked access to Facebook and WhatsApp.", "COERCE", "blocked"),
    ("en", "Volunteers distributed rice, drinking water and tarpaulins to displaced families.", "AID", "distributed"),
    ("en", "Rights groups condemned the forced eviction of 300 families.", "COERCE", "eviction"),
    ("de", "Menschenrechtler verurteilten die Zwangsräumung von 300 Familien.", "COERCE", "Zwangsräumung"),
    ("de", "Die Polizei kündigte die Räumung des Protestcamps an.", "COERCE", "Räumung"),
])
def test_road_blockade_aid_lists_and_evictions(lang, text, typ, trigger):
    doc = run(analyze(text, lang))
    assert trigger in [e.trigger.text for e in of_type(doc, typ)]


def test_en_the_accused_does_the_act_of_the_gerund():
    doc = run(analyze("A rescue charity accused the national guard of firing shots into the water while "
                      "intercepting a migrant boat.", "en"))
    assert names(doc, of_type(doc, "ASSAULT")[0].actors) == ["the national guard"]
    assert names(doc, of_type(doc, "COERCE")[0].actors) == ["the national guard"]
    doc = run(analyze("The government blamed rebels for attacking the convoy.", "en"))
    assert names(doc, of_type(doc, "ASSAULT")[0].actors) == ["rebels"]


@pytest.mark.parametrize("text,n", [
    ("Troops fired on protesters in the capital.", 1),
    ("Police fired on the crowd on Sunday.", 1),
    ("The company fired him on Monday.", 0),
])
def test_en_firing_on_someone_is_an_assault_firing_someone_on_a_day_is_not(text, n):
    assert len(of_type(run(analyze(text, "en")), "ASSAULT")) == n


def test_en_denied_firing_on_a_city_is_negated():
    doc = run(analyze("The Houthis denied that their fighters had fired on the city.", "en"))
    assert of_type(doc, "ASSAULT")[0].certainty == "negated"
