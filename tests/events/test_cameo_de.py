"""German triggers and rules found with the German CAMEO set (bench/data/events/cameo.de.jsonl):
new lemmas, separable verbs, nominal triggers, verbs that take their type from their object,
certainty. The sentences are written for the tests, not taken from the bench set."""
import pytest

from helpers_events import analyze, names, run


def _events(text):
    return run(analyze(text, "de")).events


def _on(text, word):
    evs = [e for e in _events(text) if word in e.trigger.text]
    assert evs, [(e.type, e.trigger.text) for e in _events(text)]
    return evs[0]


@pytest.mark.parametrize("text,word,typ", [
    # new lemmas
    ("Die Opposition bezichtigte den Regierungschef der Wahlfälschung.", "bezichtigte", "DISAPPROVE"),
    ("Mehrere Anwohner verklagten den Chemiekonzern auf Schadenersatz.", "verklagten", "DISAPPROVE"),
    ("Unbekannte bedrohten den Bürgermeister der Kleinstadt.", "bedrohten", "THREATEN"),
    ("In der Nacht wurde ein Arzt von Bewaffneten verschleppt.", "verschleppt", "CRIME"),
    ("Die Helfer verteilten Decken und Zelte an die Obdachlosen.", "verteilten", "AID"),
    ("Der Senat stimmte mit knapper Mehrheit gegen das Haushaltsgesetz.", "stimmte", "REJECT"),
    # separable verbs whose object decides the type
    ("Die Lehrergewerkschaft sagte die für Montag geplante Kundgebung ab.", "sagte", "CONCEDE"),
    ("Die Separatisten stellten die Kampfhandlungen an der Front ein.", "stellten", "RETREAT"),
    ("Die Behörde stellte das Mobilfunknetz in der Region wieder her.", "stellte", "CONCEDE"),
    ("Die Regierung setzte die Verhandlungen mit der Gewerkschaft aus.", "setzte", "SANCTION"),
    ("Der Iran setzte sich über die Auflagen der Atomenergiebehörde hinweg.", "setzte", "REJECT"),
    # an attack on a military post is violence, a raid on a shop a crime
    ("Aufständische überfielen am Abend einen Kontrollpunkt der Armee.", "überfielen", "ASSAULT"),
    ("Maskierte überfielen am Abend einen Juwelier in der Innenstadt.", "überfielen", "CRIME"),
    # warships sent are a deployment, peacekeepers sent are aid
    ("Italien entsandte zwei Fregatten in die Straße von Hormus.", "entsandte", "MOBILIZE"),
    ("Die Afrikanische Union entsandte Friedenstruppen nach Somalia.", "entsandte", "AID"),
    # nominal triggers
    ("Hilfskonvois des Roten Kreuzes erreichten die eingeschlossene Stadt.", "Hilfskonvois", "AID"),
    ("Das Regime gewährte den Beobachtern der OSZE Zugang zu den Wahllokalen.", "Zugang", "RETREAT"),
    # batch 3 and args.de lemma gaps
    ("Die Kanzlerin kondolierte der Familie des getöteten Polizisten.", "kondolierte", "SUPPORT"),
    ("Der Premier hat den Sieger der Wahl herzlich beglückwünscht.", "beglückwünscht", "SUPPORT"),
    ("Die Ministerin nahm die Polizei gegen die Vorwürfe in Schutz.", "Schutz", "SUPPORT"),
    ("Katar überwies der Autonomiebehörde 150 Millionen Dollar.", "überwies", "AID"),
    ("Japan stellte den Philippinen zwei Patrouillenboote zur Verfügung.", "stellte", "AID"),
    ("Das Gericht wies die Beschwerde der Gewerkschaft ab.", "wies", "REJECT"),
    ("Der Bischof mahnte die Konfliktparteien zur Mäßigung.", "mahnte", "DEMAND"),
    ("Die Behörden entließen 200 politische Gefangene aus der Haft.", "entließen", "CONCEDE"),
    ("Die Gewerkschaft beendete ihren Streik nach drei Wochen.", "beendete", "CONCEDE"),
    ("Die Armee öffnete einen Korridor für die Zivilbevölkerung.", "öffnete", "RETREAT"),
    ("Das Ministerium verhängte Einreiseverbote gegen zwölf Richter.", "Einreiseverbote", "SANCTION"),
    ("Die Regierung setzte drei Banken auf die schwarze Liste.", "Liste", "SANCTION"),
    ("Die Armee setzte Fassbomben gegen die Vororte ein.", "Fassbomben", "ASSAULT"),
    ("Unbekannte raubten in der Nacht eine Tankstelle aus.", "raubten", "CRIME"),
    ("Der Kassenwart soll Spendengelder veruntreut haben.", "veruntreut", "CRIME"),
    ("Milizen feuerten am Abend mehrere Raketen auf die Stadt ab.", "feuerten", "ASSAULT"),
    ("Der Regimekritiker wurde unter Hausarrest gestellt.", "Hausarrest", "COERCE"),
    # batch 4
    ("Der Stadtrat erteilte dem Bau der Moschee eine Absage.", "Absage", "REJECT"),
    ("Die Rebellen schlugen die Einladung zu Gesprächen aus.", "schlugen", "REJECT"),
    ("Brüssel legte Warschau nahe, das Gesetz zu überarbeiten.", "legte", "DEMAND"),
    ("Der Senator hielt dem Präsidenten Wortbruch vor.", "hielt", "DISAPPROVE"),
    ("Der Kanzler attackierte die Opposition in seiner Rede scharf.", "attackierte", "DISAPPROVE"),
    ("Unbekannte attackierten am Abend einen Polizisten.", "attackierten", "ASSAULT"),
    ("Studenten hielten vor der Universität eine Mahnwache ab.", "Mahnwache", "PROTEST"),
    ("Die Gefangenen verweigern seit einer Woche die Nahrung.", "verweigern", "PROTEST"),
    ("Die Regierung verweigerte jede Stellungnahme.", "verweigerte", "REJECT"),
    ("Die Marine hielt vor der Küste eine Übung mit scharfer Munition ab.", "Übung", "MOBILIZE"),
    ("Die Armeen beider Länder hielten eine gemeinsame Übung ab.", "Übung", "COOPERATE"),
    ("Die Fahnder stellten in Bremen zwei Tonnen Kokain sicher.", "stellten", "COERCE"),
    ("Die Justizministerin legte ihr Amt nieder.", "legte", "RETREAT"),
    ("Die Kämpfer legten ihre Waffen nieder.", "legten", "RETREAT"),
    ("Die Regierung gestattete den Inspektoren die Einreise.", "gestattete", "RETREAT"),
    ("Kanada setzte seine Strafzölle auf Stahl aus.", "setzte", "RETREAT"),
    # batch 5
    ("Der Senat stoppte das geplante Wahlgesetz.", "stoppte", "REJECT"),
    ("Die Kanzlerin sagte ihren Besuch in Peking kurzfristig ab.", "sagte", "REJECT"),
    ("Die Bürgerinitiative zog gegen den Bau der Autobahn vor Gericht.", "zog", "DISAPPROVE"),
    ("Die Fluglotsen legten den Flugverkehr in ganz Frankreich lahm.", "legten", "PROTEST"),
    ("Demonstranten zündeten bei den Protesten mehrere Polizeiautos an.", "zündeten", "PROTEST"),
    ("Die Regierung beorderte Soldaten an die Grenze.", "beorderte", "MOBILIZE"),
    ("Die Regierung legte die Verhandlungen mit Brüssel auf Eis.", "legte", "SANCTION"),
    ("Das Parlament hob die Immunität der Abgeordneten auf.", "hob", "COERCE"),
    ("Die Rebellen rückten auf die Provinzhauptstadt vor.", "rückten", "ASSAULT"),
    ("Schläger verprügelten einen Reporter vor dem Stadion.", "verprügelten", "ASSAULT"),
    ("Die Stadt zeichnete die Helferin mit einem Preis aus.", "zeichnete", "SUPPORT"),
    ("Die Verbündeten stärkten der Regierung den Rücken.", "stärkten", "SUPPORT"),
    ("Das Rote Kreuz errichtete an der Grenze ein Feldlazarett.", "errichtete", "AID"),
    ("Die Kirche bat die Betroffenen um Verzeihung.", "bat", "CONCEDE"),
    ("Die Nachbarländer baten um Hilfe.", "baten", "DEMAND"),
    ("Der Kreml kündigte eine neue Mobilisierungswelle an.", "Mobilisierungswelle", "MOBILIZE"),
    ("Brüssel billigte ein weiteres Sanktionspaket gegen Teheran.", "Sanktionspaket", "SANCTION"),
])
def test_de_cameo_trigger_types(text, word, typ):
    assert _on(text, word).type == typ


def test_de_strong_preterite_read_as_adjective():
    # the tagger reads "entsandten" as a participle adjective (lemma "entsandt")
    ev = _on("Die Vereinten Nationen entsandten Blauhelme in die Grenzregion.", "entsandten")
    assert ev.type == "AID"


def test_de_trigger_is_no_object_of_itself():
    # "eintreffen" ends in "treffen", which must not satisfy the CONSULT entry
    ev = _on("Die Hilfslieferungen sind noch nicht in der Stadt eingetroffen.", "eingetroffen")
    assert ev.type == "AID" and ev.certainty == "negated"


def test_de_declared_unilateral_truce_is_one_retreat():
    evs = _events("Die Miliz rief eine einseitige Waffenruhe über die Feiertage aus.")
    assert [e.type for e in evs] == ["RETREAT"]


def test_de_cancelled_strike_is_no_protest():
    evs = _events("Die Piloten sagten ihren Streik in letzter Minute ab.")
    assert [e.type for e in evs] == ["CONCEDE"]


def test_de_niemand_negates():
    ev = _on("Bei der Razzia hat die Polizei niemanden festgenommen.", "festgenommen")
    assert ev.type == "COERCE" and ev.certainty == "negated"


def test_de_survivor_of_an_attack_is_the_target():
    ev = _on("Der Bürgermeister überlebte einen Bombenanschlag.", "Bombenanschlag")
    assert ev.type == "ASSAULT" and ev.actors == []
    assert names(None, ev.targets) == ["Der Bürgermeister"]


def test_de_unter_beschuss_nehmen_has_the_shooter_as_actor():
    ev = _on("Die Kanonenboote der Marine nahmen die Küstenstadt unter Beschuss.", "Beschuss")
    assert names(None, ev.actors) == ["Die Kanonenboote der Marine"]


def test_de_instrument_after_mit_is_no_target():
    ev = _on("Polizisten schossen mit Gummigeschossen auf Studenten.", "schossen")
    assert names(None, ev.targets) == ["Studenten"]


def test_de_planned_noun_event_with_support_verb_is_hypothetical():
    ev = _on("Indien und Japan wollen im Herbst gemeinsame Seepatrouillen durchführen.", "Seepatrouillen")
    assert ev.type == "COOPERATE" and ev.certainty == "hypothetical" and ev.plover == "AGREE"


def test_de_assured_support_is_asserted_but_assured_aid_is_a_pledge():
    ev = _on("Die Regierung sicherte den Flutopfern ihre Solidarität zu.", "Solidarität")
    assert ev.type == "SUPPORT" and ev.certainty == "asserted"
    ev = _on("Die Weltbank sicherte Ghana weitere Finanzhilfen zu.", "Finanzhilfen")
    assert ev.type == "AID" and ev.certainty == "hypothetical" and ev.plover == "AGREE"


def test_de_lifting_sanctions_is_one_retreat():
    # the cancelling noun governs the genitive: no separate SANCTION event
    evs = _events("Die EU beschloss eine Lockerung der Sanktionen gegen Belarus.")
    assert [e.type for e in evs] == ["RETREAT"]


def test_de_in_aussicht_stellen_is_a_promise():
    ev = _on("Der Währungsfonds stellte Sambia einen Kredit in Aussicht.", "Kredit")
    assert ev.type == "AID" and ev.certainty == "hypothetical" and ev.plover == "AGREE"


def test_de_extradition_targets_the_receiving_state():
    ev = _on("Peru lieferte den gesuchten Bankier an Spanien aus.", "lieferte")
    assert ev.type == "COOPERATE" and names(None, ev.targets) == ["Spanien"]


def test_de_frozen_aid_targets_the_recipient():
    ev = _on("Schweden fror die Entwicklungshilfe für Simbabwe ein.", "fror")
    assert ev.type == "SANCTION" and names(None, ev.targets) == ["Simbabwe"]


def test_de_signing_keeps_its_convention_code_next_to_a_truce_noun():
    ev = _on("Beide Seiten unterzeichneten ein Abkommen über eine Waffenruhe.", "unterzeichneten")
    assert ev.type == "AGREE" and ev.plover == "SUPPORT"


def test_de_botschaft_is_no_prison_term():
    # "verurteilen" is a sentence only with a prison term; "Botschaft" merely ends in "haft"
    ev = _on("Die Regierung verurteilte den Angriff auf die Botschaft.", "verurteilte")
    assert ev.type == "DISAPPROVE"


def test_de_noun_in_a_planned_infinitive_is_hypothetical():
    ev = _on("Die EU erwägt, Strafzölle auf Stahl aus Asien zu erheben.", "Strafzölle")
    assert ev.type == "SANCTION" and ev.certainty == "hypothetical"
    assert names(None, ev.actors) == ["Die EU"]


def test_de_one_sided_truce_announced_is_a_planned_retreat():
    ev = _on("Die Miliz kündigte eine einseitige Waffenruhe an.", "Waffenruhe")
    assert ev.type == "RETREAT" and ev.certainty == "hypothetical" and ev.plover == "AGREE"


def test_de_passive_support_verb_subject_is_the_target():
    ev = _on("Der Blogger wurde in Gewahrsam genommen.", "Gewahrsam")
    assert ev.type == "COERCE" and ev.actors == [] and names(None, ev.targets) == ["Der Blogger"]


def test_de_concluding_an_agreement_is_a_signing():
    ev = _on("Die Nachbarn schlossen ein Abkommen über den Grenzverlauf.", "Abkommen")
    assert ev.type == "AGREE" and ev.plover == "SUPPORT"


def test_de_released_person_is_the_target_of_freikommen():
    ev = _on("Nach zwei Jahren in Haft kam die Journalistin frei.", "kam")
    assert ev.type == "CONCEDE" and ev.actors == [] and names(None, ev.targets) == ["die Journalistin"]


def test_de_adopted_sanctions_are_imposed_and_a_scheduled_meeting_is_planned():
    ev = _on("Die Regierung beschloss neue Strafmaßnahmen gegen Minsk.", "Strafmaßnahmen")
    assert ev.type == "SANCTION" and ev.certainty == "asserted"
    ev = _on("Ein Treffen der Außenminister soll im Juni in Rom stattfinden.", "Treffen")
    assert ev.type == "CONSULT" and ev.certainty == "hypothetical"


def test_de_yielding_to_demands_targets_those_who_made_them():
    ev = _on("Der Senat ging auf die Forderungen der Lehrer ein.", "ging")
    assert ev.type == "CONCEDE" and names(None, ev.targets) == ["der Lehrer"]


def test_de_a_vote_for_sanctions_against_a_state_is_no_rejection():
    evs = _events("Die Abgeordneten stimmten für Sanktionen gegen Russland.")
    assert "REJECT" not in [e.type for e in evs]


def test_de_joint_drill_needs_armed_forces():
    assert _on("Soldaten beider Länder übten gemeinsam den Häuserkampf.", "übten").type == "COOPERATE"
    assert [e.type for e in _events("Die Mannschaft übte gemeinsam für das Pokalspiel.")] == []


@pytest.mark.parametrize("text", [
    "Die Daten legen nahe, dass die Zahl der Opfer höher ist.",     # suggest, no demand
    "Der Konzern brachte ein neues Medikament auf den Markt.",        # a product, no aid
    "Die Partei verteilte Material an ihre Mitglieder.",              # leaflets, no aid
    "Die Mannschaft übte gemeinsam für das Pokalspiel.",              # sport, no joint drill
])
def test_de_cameo_lemmas_need_their_context(text):
    assert _events(text) == []


@pytest.mark.parametrize("text,word", [
    ("Der Minister stellte sein Amt zur Verfügung.", "stellte"),          # an offer to resign
    ("Das Gericht zog eine positive Bilanz des Jahres.", "zog"),           # no lawsuit
])
def test_de_cameo_verbs_need_their_object(text, word):
    assert not [e for e in _events(text) if word in e.trigger.text and e.type in ("AID", "DISAPPROVE")]
