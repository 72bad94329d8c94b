"""Entities: an article the model tags on its own ("to The Gambia": "The" ORG, "Gambia" LOC)
names nobody."""
from entities_helpers import run


def test_en_article_alone_is_no_entity():
    doc = run("On Monday, the European Union suspended budget support to The Gambia.", "en")
    names = sorted(e.name for e in doc.entities)
    assert "The" not in names and "Gambia" in names and "European Union" in names, names
