"""Speakers and channels resolve to entities of the entities layer where it has them.

The entities are set by hand here (as the entities stage would) so that the test does not
depend on the NER model: the claims stage must reuse them, not add duplicates.
"""
from lagebild import claims, figures
from lagebild.ingest import make_article
from lagebild.pipeline import Pipeline
from lagebild.record import Entity, Mention, Record

LANG = Pipeline(("language",))


def doc_with(text, ents):
    doc = LANG(make_article(text, language="de"))
    for k, (typ, name) in enumerate(ents, 1):
        ms = []
        start = 0
        while (i := text.find(name, start)) >= 0:
            ms.append(Mention(start=i, end=i + len(name), text=name))
            start = i + 1
        doc.entities.append(Entity(id=f"E{k}", type=typ, name=name, mentions=ms))
    figures.annotate(doc)
    claims.annotate(doc)
    Record.from_doc(doc)
    return doc


def test_speaker_and_channels_reuse_entities():
    text = ("Dutzende Angreifer seien getötet worden, sagte Polizeisprecher Saltanat Asirbek "
            "den Nachrichtenagenturen Interfax-Kasachstan, Tass und Ria Nowosti.")
    doc = doc_with(text, [("PER", "Saltanat Asirbek"), ("ORG", "Tass"), ("GPE", "Kasachstan")])
    c = doc.claims[0]
    assert c.speaker == "E1" and c.speaker_text == "Polizeisprecher Saltanat Asirbek"
    names = [doc.item(x).name for x in c.channel]
    assert names == ["Interfax-Kasachstan", "Tass", "Ria Nowosti"]
    assert c.channel[1] == "E2"                       # the existing ORG
    assert doc.item(c.channel[0]).id == "E4"          # new ids continue after the last one
    assert [e.kind for e in doc.entities[3:]] == ["outlet", "outlet"]
    assert doc.figures[0].claim == c.id


def test_pronoun_resolves_to_person_entity():
    text = ("Kasachstans Präsident Kassym-Schomart Tokajew trat am Abend im Fernsehen auf. "
            "Er sagte, er habe das Militärbündnis um Hilfe gebeten.")
    doc = doc_with(text, [("GPE", "Kasachstans"), ("PER", "Kassym-Schomart Tokajew")])
    c = doc.claims[0]
    assert c.speaker == "E2" and c.speaker_text == "Kassym-Schomart Tokajew"


def test_place_name_in_speaker_phrase_is_not_the_speaker():
    text = "Die Lage sei ruhig, sagten kasachische Medien."
    doc = doc_with(text, [("NORP", "kasachische")])
    c = doc.claims[0]
    assert c.speaker is None and c.speaker_text == "kasachische Medien"
