"""Certainty classes in both languages, the PLOVER intent convention, and the main event."""
import pytest

from helpers_events import analyze, claim, figure, of_type, place, run
from lagebild.events.convention import plover_code


@pytest.mark.parametrize("lang,text,typ,certainty", [
    ("de", "Die Polizei hat keine Demonstranten festgenommen.", "COERCE", "negated"),
    ("de", "Die Regierung hat die Ausgangssperre nicht aufgehoben.", "CONCEDE", "negated"),
    ("de", "Die Allianz werde Friedenstruppen entsenden.", "AID", "hypothetical"),
    ("de", "Die Rebellen planen, die Stadt anzugreifen.", "ASSAULT", "hypothetical"),
    ("de", "Die Soldaten sollen dutzende Zivilisten erschossen haben.", "ASSAULT", "alleged"),
    ("de", "Angeblich wurden mehrere Oppositionelle verhaftet.", "COERCE", "alleged"),
    ("de", "Dutzende Angreifer seien getötet worden.", "ASSAULT", "reported"),
    ("de", "Die Armee beschoss die Stadt.", "ASSAULT", "asserted"),
    ("en", "Police did not arrest any protesters.", "COERCE", "negated"),
    ("en", "The alliance will send peacekeeping troops.", "AID", "hypothetical"),
    ("en", "The rebels plan to attack the city.", "ASSAULT", "hypothetical"),
    ("en", "Soldiers reportedly killed dozens of civilians.", "ASSAULT", "alleged"),
    ("en", "The army shelled the city.", "ASSAULT", "asserted"),
    # a noun governing the zu-infinitive: a plan, and "keine Pläne" its negation
    ("de", "Es gebe keine Pläne, die diplomatischen Beziehungen zu Russland abzubrechen.", "SANCTION", "negated"),
    ("de", "Die Regierung bekräftigte ihre Absicht, Truppen nach Mali zu entsenden.", "AID", "hypothetical"),
    # "ohne Vorwarnung" / "without warning": the warning did not happen
    ("de", "Die Polizei schoss ohne Vorwarnung in die Menge.", "THREATEN", "negated"),
    ("en", "Police opened fire without warning.", "THREATEN", "negated"),
    # a threat of retaliation
    ("de", "Russland werde angemessen reagieren.", "THREATEN", "hypothetical"),
    ("en", "Russia will respond appropriately.", "THREATEN", "hypothetical"),
    # live ammunition, vandalism
    ("de", "Es sei keine scharfe Munition eingesetzt worden.", "ASSAULT", "negated"),
    ("de", "Angeblich waren rassistische Parolen an die Fassade gesprüht worden.", "CRIME", "alleged"),
    ("en", "Racist slogans were spray-painted on the walls of the shelter.", "CRIME", "asserted"),
])
def test_certainty(lang, text, typ, certainty):
    doc = run(analyze(text, lang))
    evs = of_type(doc, typ)
    assert evs, [(e.type, e.trigger.text) for e in doc.events]
    assert evs[0].certainty == certainty


def test_reported_and_alleged_from_claims():
    text = "Nach Angaben der Polizei wurden drei Menschen getötet."
    doc = analyze(text, "de")
    claim(doc, "C1", "wurden drei Menschen getötet")
    run(doc)
    assert of_type(doc, "ASSAULT")[0].certainty == "reported"
    doc = analyze(text, "de")
    claim(doc, "C1", "wurden drei Menschen getötet", hedged=True)
    run(doc)
    assert of_type(doc, "ASSAULT")[0].certainty == "alleged"


def test_plover_convention_for_stated_intentions():
    doc = run(analyze("Portugal will support the new government.", "en"))
    ev = of_type(doc, "SUPPORT")[0]
    assert ev.certainty == "hypothetical"
    assert plover_code(ev, doc.extras["events.hypothetical"][ev.id]) == "AGREE"
    doc = run(analyze("The government will expel the diplomats.", "en"))
    ev = of_type(doc, "SANCTION")[0]
    assert plover_code(ev, doc.extras["events.hypothetical"][ev.id]) == "THREATEN"


def test_threatened_hostile_action_is_a_threat():
    for lang, text in (("de", "Die Rebellen drohten, die Stadt anzugreifen."),
                       ("en", "The rebels threatened to attack the city."),
                       ("en", "If talks fail, the union will strike."),
                       ("de", "Sollte die Regierung nicht einlenken, werde die Gewerkschaft streiken."),
                       ("de", "Die Gewerkschaft werde streiken, es sei denn, die Regierung lenkt ein."),
                       ("en", "The union will strike unless the government backs down.")):
        doc = run(analyze(text, lang))
        threats = [e for e in doc.events if e.type == "THREATEN"]
        assert len(threats) == 1, (text, [(e.type, e.trigger.text) for e in doc.events])
        assert threats[0].certainty == "asserted" and threats[0].actors
        assert not [e for e in doc.events if e.type in ("ASSAULT", "PROTEST")]


def test_same_type_triggers_in_one_sentence_merge():
    doc = run(analyze("Die Polizei nahm Demonstranten fest und verhaftete auch mehrere Journalisten.", "de"))
    assert len(of_type(doc, "COERCE")) == 1
    doc = run(analyze("Die Polizei nahm Demonstranten fest, die Armee verhaftete Journalisten.", "de"))
    assert len(of_type(doc, "COERCE")) == 2          # different actors: two events


def test_main_event_prefers_violence_with_casualties_in_the_lead():
    text = ("Bei Protesten in Lagos sind am Montag zwölf Demonstranten getötet worden. "
            "Die Regierung kritisierte die Opposition. Der Präsident traf später Vertreter der Gewerkschaften. "
            "Die Opposition fordert Neuwahlen.")
    doc = analyze(text, "de")
    place(doc, "P1", "Lagos", "NG")
    figure(doc, "F1", "zwölf Demonstranten", "killed")
    run(doc)
    main = doc.item(doc.main_event)
    assert main.type == "ASSAULT"
    assert main.figures == ["F1"] and main.place == "P1"


def test_main_event_english_and_no_events():
    doc = run(analyze("Riot police fired tear gas at thousands of protesters in Nairobi. "
                      "The interior minister later praised the officers.", "en"))
    assert doc.item(doc.main_event).type in ("PROTEST", "COERCE")
    doc = run(analyze("Die Stadt hat zwei Millionen Einwohner.", "de"))
    assert doc.events == [] and doc.main_event is None


@pytest.mark.parametrize("lang,text,typ,certainty,code", [
    # an offer through a chain of infinitives, a verb of offering itself, under a condition
    ("en", "Norway is willing to send material to help defend Saudi Arabia.", "AID", "hypothetical", "AGREE"),
    ("en", "Syria offered its troops to Lebanon.", "AID", "hypothetical", "AGREE"),
    ("de", "Syrien bot dem Libanon erneut Truppen an.", "AID", "hypothetical", "AGREE"),
    ("de", "Mehrere Länder boten Mexiko nach dem Hurrikan Unterstützung bei der Bergung an.", "AID", "hypothetical", "AGREE"),
    ("de", "Norwegen ist bereit, Material zu schicken.", "AID", "hypothetical", "AGREE"),
    # refusals: a negated announced cooperative action
    ("en", "The rebels said they would not meet the government's demands.", "CONCEDE", "negated", "REJECT"),
    ("en", "Norway is not willing to send weapons.", "AID", "negated", "REJECT"),
    ("de", "Die Regierung werde die Forderungen der Rebellen nicht erfüllen.", "CONCEDE", "negated", "REJECT"),
    # "unless": a threat to stop cooperating; "would" under a verb of saying: the reported future
    ("en", "Nigeria will withdraw its troops unless the rebels agree to a ceasefire.", "RETREAT", "hypothetical", "THREATEN"),
    ("de", "Nigeria werde seine Truppen abziehen, es sei denn, die Rebellen stimmen einer Waffenruhe zu.", "RETREAT",
     "hypothetical", "THREATEN"),
    ("en", "The farmers said they would blockade the capital.", "PROTEST", "hypothetical", "THREATEN"),
    ("en", "The rebels said they would release the hostages.", "CONCEDE", "hypothetical", "AGREE"),
    # a cooperative action announced in a warning is a threat to stop cooperating
    ("en", "Nigeria warned that it would withdraw its troops from Chad.", "RETREAT", "hypothetical", "THREATEN"),
    # PLOVER codes some actions by their diplomatic meaning (mode_codes)
    ("en", "The two countries signed a trade agreement.", "AGREE", "asserted", "SUPPORT"),
    ("de", "Die beiden Länder unterzeichneten ein Handelsabkommen.", "AGREE", "asserted", "SUPPORT"),
    ("en", "The junta released 150 political prisoners.", "CONCEDE", "asserted", "RETREAT"),
    ("de", "Die Junta ließ 150 politische Gefangene frei.", "CONCEDE", "asserted", "RETREAT"),
    ("en", "Gunmen kidnapped a businessman overnight.", "CRIME", "asserted", "ASSAULT"),
    # preparing an armed attack is a mobilization in PLOVER, preparing martial law a threat
    ("en", "The army prepared to resume shelling the rebel positions.", "ASSAULT", "hypothetical", "MOBILIZE"),
    ("en", "The government is prepared to impose martial law.", "COERCE", "hypothetical", "THREATEN"),
])
def test_plover_convention_codes(lang, text, typ, certainty, code):
    doc = run(analyze(text, lang))
    evs = of_type(doc, typ)
    assert evs, [(e.type, e.trigger.text) for e in doc.events]
    assert evs[0].certainty == certainty
    assert evs[0].type == typ                      # the record keeps the action's own type
    assert plover_code(evs[0], doc.extras["events.hypothetical"].get(evs[0].id)) == code


def test_must_in_reported_speech_is_a_demand():
    text = "The minister said the United States must be ready to mediate."
    doc = analyze(text, "en")
    claim(doc, "C1", "the United States must be ready to mediate")
    run(doc)
    assert [e.trigger.text for e in of_type(doc, "DEMAND")] == ["said"]
    ev = of_type(doc, "CONSULT")[0]
    assert ev.certainty == "hypothetical" and doc.extras["events.hypothetical"][ev.id] == "must"
    assert plover_code(ev, "must") == "DEMAND"
    doc = run(analyze("Der Minister sagte, die Rebellen müssten alle Geiseln freilassen.", "de"))
    assert [e.trigger.text for e in of_type(doc, "DEMAND")] == ["sagte"]
    doc = run(analyze("Der Minister sagte, er müsse zurücktreten.", "de"))
    assert not of_type(doc, "DEMAND")              # his own obligation: no demand on another party


def test_generic_and_reflexive_clauses_are_no_events():
    # "Wer ... angreift": anyone who would; "sich retten": nobody rescues anyone
    doc = run(analyze("Wer Menschen im Schlaf angreift, nimmt ihren Tod in Kauf.", "de"))
    assert not of_type(doc, "ASSAULT")
    doc = run(analyze("Die meisten Bewohner konnten sich selbst ins Freie retten.", "de"))
    assert not of_type(doc, "AID")
    doc = run(analyze("Rettungskräfte retteten elf Bewohner aus dem Gebäude.", "de"))
    assert of_type(doc, "AID")


def test_de_noun_negated_through_es_gab_and_future_werden_for_nouns():
    doc = run(analyze("Eine Festnahme gab es bis Sonntagabend nicht.", "de"))
    assert of_type(doc, "COERCE")[0].certainty == "negated"
    doc = run(analyze("Gewalt gab es nicht nur in der Hauptstadt.", "de"))
    assert of_type(doc, "ASSAULT")[0].certainty == "asserted"
    doc = run(analyze("Ab Dienstag wird eine Sonderkommission die Ermittlungen übernehmen.", "de"))
    assert of_type(doc, "INVESTIGATE")[0].certainty == "hypothetical"


def test_en_no_as_determiner_of_a_passive_subject_negates():
    doc = run(analyze('"No shots were fired," he said.', "en"))
    assert of_type(doc, "ASSAULT")[0].certainty == "negated"
    assert of_type(run(analyze("No one was arrested.", "en")), "COERCE")[0].certainty == "negated"
    assert of_type(run(analyze("Two men were arrested.", "en")), "COERCE")[0].certainty == "asserted"


@pytest.mark.parametrize("lang,text,threat,condition", [
    ("en", "The army will send troops if the rebels attack.", "send", "attack"),
    ("de", "Falls die Rebellen angreifen, werde die Armee Truppen schicken, sagte der Minister.", "schicken",
     "angreifen"),
])
def test_the_condition_itself_is_no_threat(lang, text, threat, condition):
    doc = run(analyze(text, lang))
    threats = [e.trigger.text for e in of_type(doc, "THREATEN")]
    assert threat in threats and condition not in threats
    cond = [e for e in doc.events if e.trigger.text == condition]
    assert cond and cond[0].type == "ASSAULT" and cond[0].certainty == "hypothetical"


def test_en_offer_on_request_is_no_threat():
    doc = run(analyze("Australia said it was ready to send a police advisory team if asked.", "en"))
    assert not of_type(doc, "THREATEN")
    ev = of_type(doc, "MOBILIZE")
    assert ev and ev[0].certainty == "hypothetical"
