"""Claims: a participle set off after the speaker of a trailing frame ("the mission, known as
MINUSCA, said in a statement") belongs to the speaker phrase, not to a clause of its own."""
from claims_helpers import run, speaker


def test_en_apposed_participle_in_a_trailing_frame():
    doc = run("The patrol was attacked by about 30 armed men, the mission, known as MINUSCA, said in a statement.", "en")
    got = [(speaker(doc, c), doc.text[c.content_start:c.content_end]) for c in doc.claims]
    assert len(got) == 1 and "mission" in got[0][0] and "MINUSCA" not in got[0][0], got
    assert got[0][1] == "The patrol was attacked by about 30 armed men"
    doc = run("Two soldiers were killed, the army, based in Bamako, said on Monday.", "en")
    assert [doc.text[c.content_start:c.content_end] for c in doc.claims] == ["Two soldiers were killed"]


def test_de_threat_reported_after_its_content():
    doc = run("Sollte der Politiker nicht freikommen, werde seine Partei zu Protesten aufrufen, drohte der Sprecher "
              "der Partei, Didier Lukusa.", "de")
    assert len(doc.claims) == 1
    assert "werde seine Partei zu Protesten aufrufen" in doc.text[doc.claims[0].content_start:doc.claims[0].content_end]
    # without reported speech before it, "drohte" frames nothing
    assert run("Die Rebellen kämpfen weiter, drohte der Kommandeur.", "de").claims == []
