"""Claims rules of the fourteenth session: a bare role noun taking up the speaker named just
before ("..., sagte der Priester"), a feminine organisation as the antecedent of "sie", a
name with a preposition before a name apposition, "es" as the subject of a speech verb,
"ist von ... die Rede", what a count after "darunter" adds, and a thing that "shows"
something inside a speaker's report."""
from claims_helpers import channels, claim_with, run, speaker


def test_de_role_noun_takes_up_the_speaker_not_the_outlet():
    doc = run("Generalsekretär Jean-Marie Kabasele sprach gegenüber der Katholischen Nachrichten-Agentur (KNA) "
              "von einem ersten Schritt. „Freiheit für einige ist noch keine Versöhnung für alle“, sagte der "
              "Priester. Die Bischöfe hätten mehr als zwanzig Mal verhandelt.", "de")
    assert "Kabasele" in speaker(doc, claim_with(doc, "keine Versöhnung"))
    assert "Kabasele" in speaker(doc, claim_with(doc, "zwanzig Mal"))


def test_en_role_noun_takes_up_the_speaker():
    doc = run("Bishop John Okoro told Reuters the talks had failed. \"We will not give up,\" the bishop said.", "en")
    assert "Okoro" in speaker(doc, claim_with(doc, "We will not give up"))


def test_de_sie_after_a_feminine_organisation():
    doc = run("Die Schauspielerin Grâce Ilunga dankte den Bischöfen.\n\nDie kongolesische Menschenrechtsorganisation "
              "Asadho sprach dagegen von lediglich 187 Freigelassenen. Mehr als 700 Regierungskritiker säßen "
              "weiterhin in Haft, erklärte sie.", "de")
    assert "Asadho" in speaker(doc, claim_with(doc, "700 Regierungskritiker"))
    # a woman named last is still who "sie" is
    doc = run("Die Ministerin Anna Berg besuchte das Lager. Die Lage sei ernst, erklärte sie.", "de")
    assert "Anna Berg" in speaker(doc, claim_with(doc, "Die Lage sei ernst"))


def test_de_name_with_preposition_before_the_apposition():
    doc = run("Sollte Mwamba nicht freikommen, werde seine Partei zu Protesten aufrufen, drohte der Sprecher der "
              "Front für den Wandel, Didier Lukusa.", "de")
    assert "Didier Lukusa" in speaker(doc, doc.claims[0])


def test_de_es_as_subject_of_a_speech_verb():
    doc = run("Das usbekische Außenministerium verurteilte den Anschlag. Es kündigte an, am Mittwoch Ermittler "
              "nach Kabul zu schicken.", "de")
    assert "Außenministerium" in speaker(doc, claim_with(doc, "Ermittler"))
    # an expletive "es" is still nobody
    assert run("Es wurde mitgeteilt, dass die Lage ruhig sei.", "de").claims[0].speaker_text is None


def test_de_ist_von_die_rede():
    doc = run("In dem Bericht der UN ist von 300 Toten die Rede.", "de")
    c = claim_with(doc, "300 Toten")
    assert c.mode == "according_to" and "Bericht der UN" in speaker(doc, c)
    doc = run("In dem Bekennerschreiben ist von mehr als 40 getöteten Soldaten die Rede. Die Echtheit des "
              "Schreibens ließ sich zunächst nicht überprüfen.", "de")
    c = claim_with(doc, "40 getöteten")
    assert c.hedged and "Bekennerschreiben" in speaker(doc, c)


def test_de_darunter_after_a_counted_object():
    doc = run("Der Gewerkschaftsbund sprach von mehr als 60 Festnahmen, darunter neun Gewerkschaftsfunktionäre.", "de")
    assert claim_with(doc, "60 Festnahmen").content == "mehr als 60 Festnahmen, darunter neun Gewerkschaftsfunktionäre"


def test_de_a_thing_that_shows_inside_a_report_is_no_speaker():
    doc = run("Präsident Emeka Okonkwo sagte, der Streik werde fortgesetzt. Die Festnahmen zeigten, dass die "
              "Regierung den Dialog fürchte. Sollten die Gewerkschafter nicht freikommen, würden auch die "
              "Beschäftigten der Ölindustrie streiken.", "de")
    for needle in ("Dialog fürchte", "Ölindustrie"):
        assert "Okonkwo" in speaker(doc, claim_with(doc, needle))
    assert not any("Festnahmen" in speaker(doc, c) for c in doc.claims)


def test_de_reports_wonach_are_a_claim_of_nobody_in_particular():
    doc = run("Berichte, wonach Beamte in Marabella einen Unbeteiligten erschossen hätten, wies Ramsaran zurück.", "de")
    c = claim_with(doc, "einen Unbeteiligten erschossen")
    assert c.mode == "according_to" and c.hedged and c.speaker_text is None
    doc = run("Es gibt Berichte der Opposition, wonach 40 Menschen getötet worden seien.", "de")
    assert "Opposition" in speaker(doc, claim_with(doc, "40 Menschen"))


def test_en_declaring_an_emergency_or_recalling_envoys_is_no_statement():
    assert run("Haiti declares state of emergency after gang storms police station", "en").claims == []
    assert run("Germany, France and Netherlands recall ambassadors from Tehran after Iran hangs three "
               "protesters", "en").claims == []
    assert claim_with(run("The president declared that the war was over.", "en"), "the war was over")
    assert claim_with(run("He recalled that the war had ended in 1995.", "en"), "ended in 1995")


def test_en_toll_with_including():
    doc = run("The National Human Rights Defense Network (RNDDH) put the death toll at 11, including five "
              "civilians, and said gang members burned dozens of houses.", "en")
    assert claim_with(doc, "toll").content == "the death toll at 11, including five civilians"


def test_en_organisation_named_again_at_a_clause_start():
    doc = run("Security forces opened fire on protesters in Sanandaj, killing four people, the Kurdish rights group "
              "Hengaw said. Tasnim reported 38 arrests in the city; Hengaw put the number at more than 60.", "en")
    assert "Hengaw" in speaker(doc, claim_with(doc, "more than 60"))
    assert [e.type for e in doc.entities if e.name == "Hengaw"] == ["ORG"]


def test_en_statement_read_on_an_outlet():
    doc = run("In a statement read on GRTS on Monday, junta spokesman Captain Lamin Darboe rejected the sanctions as "
              "\"illegal and inhumane\".", "en")
    c = claim_with(doc, "illegal and inhumane")
    assert "Darboe" in speaker(doc, c) and channels(doc, c) == ["GRTS"]


def test_de_press_service_is_a_channel():
    doc = run("„Die Menschen holen sich das Benzin, weil sie arm sind“, sagte Bischof Daniel Mushi dem Evangelischen "
              "Pressedienst.", "de")
    assert channels(doc, doc.claims[0]) == ["Evangelischen Pressedienst"]


def test_speaker_after_a_rank_or_a_role_apposition():
    doc = run("Ein Grenzposten sei von Taliban-Kämpfern angegriffen worden, erklärte der Kommandeur der iranischen "
              "Grenzpolizei, General Reza Tavakoli. Die Angreifer seien zurückgeschlagen worden.", "de")
    assert all("Tavakoli" in speaker(doc, c) for c in doc.claims) and len(doc.claims) == 2
    doc = run("„Ich lasse mich nicht einschüchtern“, sagte Acosta, ein früherer Polizeikommissar, dem Radiosender "
              "Ñandutí.", "de")
    assert channels(doc, doc.claims[0]) == ["Ñandutí"]
    doc = run("\"I am stepping down so that the investigation can proceed,\" Munkhbayar said in a statement posted "
              "on Facebook.", "en")
    assert "Munkhbayar" in speaker(doc, doc.claims[0]) and channels(doc, doc.claims[0]) == ["Facebook"]
