"""Claims: sources German reports name in passing: "nach ihrer Zählung" (the organisation of
the sentence before, also without a speech verb there), "nach Angaben aus Washington / aus
seinem Umfeld", and an estimate "geht von mindestens 19 Toten aus" (a belief only with
"davon … dass")."""
from claims_helpers import claim_with, run


def test_nach_ihrer_zaehlung_takes_the_organisation_named_before():
    doc = run("Die Menschenrechtsgruppe Memorial legte am Montag einen Bericht vor. Nach ihrer Zählung "
              "sitzen derzeit mehr als 400 Menschen aus politischen Gründen in Haft.", "de")
    c = claim_with(doc, "400 Menschen")
    assert c.mode == "according_to" and "Memorial" in (c.speaker_text or "")


def test_nach_seiner_darstellung_without_any_source_before_is_hedged():
    doc = run("Am Abend brannte eine Lagerhalle. Nach seiner Darstellung wurde niemand verletzt.", "de")
    c = claim_with(doc, "niemand verletzt")
    assert c.speaker is None and not c.speaker_text


def test_nach_angaben_aus_names_the_place_or_circle_as_source():
    doc = run("Das Abkommen war nach Angaben aus Brüssel bereits am Freitag unterzeichnet worden.", "de")
    c = claim_with(doc, "unterzeichnet")
    assert c.mode == "according_to" and c.speaker_text == "Brüssel"
    doc = run("Der Minister wurde nach Angaben aus seinem Umfeld stundenlang festgehalten.", "de")
    c = claim_with(doc, "festgehalten")
    assert "Umfeld" in (c.speaker_text or "")


def test_ausgehen_von_a_number_is_an_estimate_with_a_source():
    doc = run("Die Hilfsorganisation Caritas geht von mindestens 40 Toten aus.", "de")
    c = claim_with(doc, "40 Toten")
    assert "Caritas" in (c.speaker_text or "")
    fig = next(f for f in doc.figures if f.min == 40)
    assert fig.kind == "killed" and fig.claim == c.id


def test_ausgehen_davon_dass_stays_a_belief_and_without_number_no_claim():
    doc = run("Die Polizei geht davon aus, dass der Täter allein handelte.", "de")
    assert claim_with(doc, "allein handelte").speaker_text == "Polizei"
    doc = run("Die Ermittler gehen von einem Racheakt aus.", "de")
    assert doc.claims == []


def test_genitive_name_before_the_speaker_noun_is_its_owner_not_the_speaker():
    doc = run("Die Polizei nahm den Direktor, Hugo Acosta, fest. Acostas Anwalt wies die Vorwürfe zurück. "
              "Sein Mandant habe von dem Tunnel nichts gewusst, sagte er.", "de")
    c = claim_with(doc, "nichts gewusst")
    assert c.speaker_text == "Acostas Anwalt" and c.speaker is None
    doc = run("Hugo Acosta's lawyer said his client was innocent.", "en")
    c = claim_with(doc, "innocent")
    assert "lawyer" in c.speaker_text and c.speaker is None


def test_nach_eigenen_angaben_after_a_verb_the_tagger_took_for_an_adjective():
    doc = run("Die Bundespolizei verstärkte nach eigenen Angaben die Kontrollen an der Grenze.", "de")
    c = claim_with(doc, "Kontrollen")
    assert c.mode == "according_to" and c.speaker_text == "Bundespolizei"


def test_hiess_es_darin_names_the_document_of_the_sentence_before():
    doc = run("Das Dekret wurde am Montagabend im Staatsfernsehen verlesen. Parteien dürften keine "
              "Versammlungen mehr abhalten, hieß es darin.", "de")
    assert claim_with(doc, "Versammlungen").speaker_text == "Dekret"
    doc = run("Am Abend brannte es. Die Lage sei unter Kontrolle, hieß es dort.", "de")
    assert claim_with(doc, "Kontrolle").speaker_text is None


def test_speaker_in_apposition_then_channel_and_acronym_channels():
    doc = run("Mindestens 23 Menschen seien getötet worden, sagte der Gouverneur der Region Mopti, Oberst "
              "Boubacar Sangaré, am Dienstag im Staatsfernsehen ORTM.", "de")
    c = claim_with(doc, "getötet")
    assert "Sangaré" in c.speaker_text and [doc.item(x).name for x in c.channel] == ["ORTM"]
    doc = run("Ibrahim Osman denied the report. He told the state news agency SUNA that the trucks had "
              "failed to present the documents.", "en")
    c = claim_with(doc, "trucks had failed")
    assert [doc.item(x).name for x in c.channel] == ["SUNA"]


def test_hiess_es_darin_reaches_a_document_two_sentences_back():
    doc = run("Am Abend verbreitete die Miliz auf Telegram ein Bekennerschreiben. Dessen Echtheit ließ sich nicht "
              "überprüfen. Die Kämpfer hätten die Leitung getroffen, hieß es darin.", "de")
    assert claim_with(doc, "Leitung getroffen").speaker_text == "Bekennerschreiben"
