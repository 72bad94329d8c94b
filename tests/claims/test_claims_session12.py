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
