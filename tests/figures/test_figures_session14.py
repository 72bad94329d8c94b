"""Figures of the fourteenth session: executions are deaths ("hanged three young men", "die
Hinrichtung von drei Demonstranten", "elf Hinrichtungen"), burns are injuries, and a count a
source confirms is its claim ("Das Krankenhaus bestätigte drei tote Polizisten")."""
from lagebild.pipeline import Pipeline
from lagebild.record import Article

PIPE = Pipeline(("language", "entities", "places", "times", "figures", "claims"))


def figs(text, lang):
    doc = PIPE(Article(id="t", language=lang, text=text, published="2026-03-05"))
    return doc, [(f.kind, f.min, f.claim) for f in doc.figures]


def test_executions_are_deaths():
    assert figs("Iran hanged three young men convicted over protests in January.", "en")[1] == [("killed", 3, None)]
    assert figs("Nach der Hinrichtung von drei Demonstranten haben drei Staaten ihre Botschafter zurückgerufen.",
                "de")[1] == [("killed", 3, None)]
    doc, got = figs("Amnesty International zählt elf Hinrichtungen.", "de")
    assert got == [("killed", 11, doc.claims[0].id)]
    # flags that hang are no one
    assert figs("An 20 Häusern hängen Fahnen.", "de")[1] == []


def test_burns_are_injuries_and_a_confirmed_count_is_a_claim():
    doc, got = figs("All 21 crew members were taken off the ship. Three of them had suffered burns, it said.", "en")
    assert ("injured", 3, doc.claims[0].id) in got
    doc, got = figs("Das städtische Krankenhaus bestätigte drei tote Polizisten.", "de")
    assert got == [("killed", 3, doc.claims[0].id)] and "Krankenhaus" in doc.claims[0].speaker_text
    assert figs("Die Regierung bestätigte die Festnahme des Journalisten.", "de")[0].claims == []


def test_crushed_to_death_in_a_where_clause():
    assert figs("Police arrested the owner of a factory where at least 12 people, most of them women, were crushed "
                "to death.", "en")[1] == [("killed", 12, None)]
    assert figs("Police arrested 12 people in the town where the riots began.", "en")[1] == [("arrested", 12, None)]
