"""Each PLOVER type is detected in German and in English (lexicon path, no embeddings)."""
import pytest

from helpers_events import analyze, run
from lagebild.record import PLOVER_TYPES

DE = {
    "AGREE": ("Die Nachbarländer haben sich nach monatelangem Streit auf einen Grenzverlauf geeinigt.", "geeinigt"),
    "CONSULT": ("Der Außenminister verhandelte in Kairo mit der Hamas-Führung.", "verhandelte"),
    "SUPPORT": ("Die Europäische Kommission lobte die Reformpläne der Regierung.", "lobte"),
    "CONCEDE": ("Der Bildungsminister ist nach dem Skandal zurückgetreten.", "zurückgetreten"),
    "COOPERATE": ("Die beiden Länder wollen beim Grenzschutz enger kooperieren.", "kooperieren"),
    "AID": ("Das Welternährungsprogramm lieferte Lebensmittel in die Flüchtlingslager.", "lieferte"),
    "RETREAT": ("Die Armee zog sich aus der umkämpften Provinz zurück.", "zog"),
    "INVESTIGATE": ("Die Staatsanwaltschaft ermittelt wegen Betrugs gegen den Bürgermeister.", "ermittelt"),
    "DEMAND": ("Die Vereinten Nationen forderten eine sofortige Feuerpause.", "forderten"),
    "DISAPPROVE": ("Die Bundesregierung kritisierte die Verhaftung des Journalisten.", "kritisierte"),
    "REJECT": ("Die Regierung lehnte die Forderungen der Opposition ab.", "lehnte"),
    "THREATEN": ("Der Präsident drohte den Separatisten mit harten Konsequenzen.", "drohte"),
    "SANCTION": ("Die Vereinigten Staaten verhängten Sanktionen gegen die Militärjunta.", "Sanktionen"),
    "PROTEST": ("Tausende Menschen demonstrierten am Wochenende gegen die Regierung.", "demonstrierten"),
    "CRIME": ("Bewaffnete entführten in der Nacht einen Geschäftsmann.", "entführten"),
    "MOBILIZE": ("Die Regierung ordnete die Mobilisierung der Reservisten an.", "Mobilisierung"),
    "COERCE": ("Die Polizei nahm Dutzende Oppositionelle fest.", "nahm"),
    "ASSAULT": ("Bei einem Angriff auf einen Markt wurden mehrere Zivilisten getötet.", "getötet"),
}

EN = {
    "AGREE": ("The two neighbours agreed on a new border line after months of dispute.", "agreed"),
    "CONSULT": ("The foreign minister negotiated with Hamas leaders in Cairo.", "negotiated"),
    "SUPPORT": ("The European Commission praised the government's reform plans.", "praised"),
    "CONCEDE": ("The education minister resigned after the scandal.", "resigned"),
    "COOPERATE": ("The two countries will cooperate more closely on border security.", "cooperate"),
    "AID": ("The World Food Programme delivered food to the refugee camps.", "delivered"),
    "RETREAT": ("The army withdrew from the contested province.", "withdrew"),
    "INVESTIGATE": ("Prosecutors are investigating the mayor for fraud.", "investigating"),
    "DEMAND": ("The United Nations demanded an immediate ceasefire.", "demanded"),
    "DISAPPROVE": ("The German government criticized the arrest of the journalist.", "criticized"),
    "REJECT": ("The government rejected the opposition's demands.", "rejected"),
    "THREATEN": ("The president threatened the separatists with harsh consequences.", "threatened"),
    "SANCTION": ("The United States imposed sanctions on the military junta.", "sanctions"),
    "PROTEST": ("Thousands of people demonstrated against the government at the weekend.", "demonstrated"),
    "CRIME": ("Gunmen kidnapped a businessman overnight.", "kidnapped"),
    "MOBILIZE": ("The government ordered the mobilization of reservists.", "mobilization"),
    "COERCE": ("Police detained dozens of opposition activists.", "detained"),
    "ASSAULT": ("Several civilians were killed in an attack on a market.", "killed"),
}


def test_every_type_has_a_sentence():
    assert set(DE) == set(PLOVER_TYPES) == set(EN)


@pytest.mark.parametrize("lang,typ", [("de", t) for t in DE] + [("en", t) for t in EN])
def test_type_detected(lang, typ):
    text, trig = (DE if lang == "de" else EN)[typ]
    doc = run(analyze(text, lang))
    hits = [e for e in doc.events if e.type == typ]
    assert hits, [(e.type, e.trigger.text) for e in doc.events]
    assert any(e.trigger.text == trig for e in hits), [e.trigger.text for e in hits]
    for e in doc.events:
        assert doc.text[e.trigger.start:e.trigger.end] == e.trigger.text
        assert e.sentence == (doc.sentences[0].start, doc.sentences[0].end)


def test_ids_in_order_and_record_valid():
    from lagebild.record import Record

    doc = run(analyze("Die Polizei nahm Demonstranten fest. Danach stürmten Hunderte das Rathaus.", "de"))
    assert [e.id for e in doc.events] == [f"V{i}" for i in range(1, len(doc.events) + 1)]
    Record.from_doc(doc)      # references and offsets validate
