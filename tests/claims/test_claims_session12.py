"""Claims: "Ihnen werde vorgeworfen, ..." names the accused, no speaker; the report goes on
with the speaker of the frame after it."""
from claims_helpers import run, speaker


def test_de_object_pronoun_before_a_passive_speech_verb_is_no_speaker():
    doc = run("Conakry (AFP) - Nach einer Meuterei sind fünf Offiziere festgenommen worden. Ihnen werde "
              "vorgeworfen, den Aufstand angestiftet zu haben, sagte Regierungssprecher Ousmane Camara. "
              "Sie würden in Conakry verhört.", "de")
    speakers = [speaker(doc, c) for c in doc.claims]
    assert speakers and all("Camara" in s for s in speakers), speakers
    assert run("Ihm wurde vorgeworfen, Geld angenommen zu haben.", "de").claims == []


def test_de_report_with_a_konjunktiv_spelt_like_an_adjective():
    doc = run("Produktionsminister Hernán Valdivia lehnte eine Rücknahme des Dekrets ab. Die Neuregelung sichere "
              "Tausende Arbeitsplätze in der Fischmehlindustrie, sagte er dem Sender RPP. Die Küste werde "
              "weiterhin überwacht, Verstöße würden streng geahndet.", "de")
    got = [(speaker(doc, c), doc.text[c.content_start:c.content_end][:20]) for c in doc.claims]
    assert len(got) == 2 and all("Hernán Valdivia" in s for s, _ in got), got
