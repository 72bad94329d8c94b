"""Claims: a short parenthesis of names after a noun ("der Katholischen Nachrichten-Agentur
(KNA)", "die Nationale Bischofskonferenz (Cenco)") does not end the reporting clause."""
from claims_helpers import run, speaker


def test_de_parenthesised_acronym_inside_the_frame():
    doc = run("Cenco-Generalsekretär Jean-Marie Kabasele sprach gegenüber der Katholischen Nachrichten-Agentur "
              "(KNA) von einem ersten Schritt.", "de")
    assert len(doc.claims) == 1 and "Kabasele" in speaker(doc, doc.claims[0])
    assert "ersten Schritt" in doc.text[doc.claims[0].content_start:doc.claims[0].content_end]
    doc = run("Die meisten Häftlinge verließen das Gefängnis am Nachmittag, wie die Nationale Bischofskonferenz "
              "(Cenco) mitteilte.", "de")
    assert len(doc.claims) == 1 and "Bischofskonferenz" in speaker(doc, doc.claims[0])
