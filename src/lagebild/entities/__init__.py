"""The entities stage: fills ``doc.entities`` with persons, organisations, outlets,
platforms, countries and groups, each with all its mentions, roles and country.

Candidate spans come from several independent sources (see ``SOURCES``): gazetteers of
outlets, platforms and organisations; countries and demonyms (pycountry plus our lexicon);
role-cued persons ("Polizeisprecher Saltanat Asirbek"); organisations by head noun
("Nachrichtenagentur …", "…ministerium"); capitalized-adjective names; GeoNames cities;
the trained NER model (``lagebild.entities.model``, when installed); spaCy's English NER;
and a proper-noun shape rule. ``document`` resolves overlaps (outer span wins), attaches
roles and countries from titles and appositions, propagates short names and clusters.
"""
from __future__ import annotations

from ..doc import Doc
from . import document, sources

SOURCES = ("gazetteer", "countries", "regions", "roles", "orgheads", "capitalized", "cities", "model", "spacy",
           "shape")


def _rules(lang: str):
    if lang == "de":
        from . import de

        return de
    if lang == "en":
        from . import en

        return en
    return None


def candidates(doc: Doc, use: tuple[str, ...] | frozenset[str] = SOURCES):
    """All candidate spans of the enabled sources (before resolution)."""
    rules = _rules(doc.lang)
    out = []
    if "gazetteer" in use:
        out += sources.gazetteer(doc)
    if rules is None:
        return out, None
    if "countries" in use:
        out += sources.countries(doc)
    if "regions" in use:
        out += sources.regions(doc)
    phrases = rules.role_phrases_cache(doc)
    if "roles" in use:
        out += rules.role_persons(doc, phrases)
    if "orgheads" in use:
        out += rules.org_heads(doc)
        out += sources.quoted_outlets(doc)
        out += sources.clubs(doc)
        if doc.lang == "de":
            out += rules.quoted_orgs(doc)
    if "capitalized" in use and doc.lang == "de":
        out += rules.capitalized_names(doc)
    if "cities" in use:
        out += sources.cities(doc)
    if "model" in use:
        out += sources.model(doc)
    if "spacy" in use:
        out += sources.spacy(doc)
    if "shape" in use and doc.lang == "de":
        out += rules.shape_persons(doc)
    return out, rules


def preload(lang: str) -> None:
    """Load every lexicon of a language now (they load lazily, once per process, otherwise)."""
    from . import lexicon

    lexicon.gazetteer()
    sources._gaz_regex()
    lexicon.cities()
    if _rules(lang) is not None:
        lexicon.countries(lang)
        lexicon.roles(lang)
        sources._country_regex(lang)
        sources._region_regex(lang)
        lexicon.zipf("haus", lang)


def annotate(doc: Doc, use: tuple[str, ...] | frozenset[str] = SOURCES) -> None:
    doc.extras.pop("entities.role_phrases", None)
    doc.extras.pop("entities.nominal", None)
    if not doc.tokens:
        doc.entities = []
        return
    cands, rules = candidates(doc, use)
    if rules is None:
        doc.entities = document.cluster(doc, document.resolve(cands)) if cands else []
        return
    cands = document.trim(doc, cands, rules)
    accepted = document.resolve(cands)
    accepted = document.propagate(doc, accepted)
    document.attach(doc, accepted, rules)
    doc.entities = document.cluster(doc, accepted)
    document.corefer_roles(doc, rules)
    doc.extras["entities.candidates"] = cands
