"""The rule prefilter of the times grammars (``grammar.necessary``): a rule is skipped only
where it cannot match, so the hits are those of running every rule."""
from __future__ import annotations

import re
import re._parser as sre_parser

import pytest

from lagebild.times import lang_de, lang_en
from lagebild.times.grammar import necessary

TEXTS = {
    "de": [
        "Berlin (dpa) - Am Dienstagabend haben in der Nacht zum Mittwoch rund 3.000 Menschen "
        "demonstriert. Seit drei Jahren und sechs Monaten dauert der Streit an; im ersten "
        "Quartal 2024 und am 5. März um 14.30 Uhr, zu Ostern und vor zwei Wochen.",
        "Die Polizei nahm elf Personen fest.",
        "DIENSTAG, 3. MÄRZ: Frıday ſeit İSTANBUL heute.",          # case variants: every rule runs
    ],
    "en": [
        "NAIROBI, March 5 (Reuters) - Police said on Tuesday night that 12 people were killed "
        "two weeks ago; talks are due next month, every Friday at 9 a.m. GMT, since 2019.",
        "The ministry declined to comment.",
        "TUESDAY: the Kelvin sign K and a dotless ı in Frıday.",
    ],
}


@pytest.mark.parametrize("lang,mod", [("de", lang_de), ("en", lang_en)])
def test_prefilter_finds_what_every_rule_finds(lang, mod):
    g = mod.grammar()
    assert sum(r.needs is not None for r in g.rules) > len(g.rules) // 2     # most rules are gated
    for text in TEXTS["de"] + TEXTS["en"]:
        with_filter = [(h.start, h.end, h.rule, repr(h.sem)) for h in g.find(text)]
        saved = [r.needs for r in g.rules]
        try:
            for r in g.rules:
                r.needs = None
            every_rule = [(h.start, h.end, h.rule, repr(h.sem)) for h in g.find(text)]
        finally:
            for r, n in zip(g.rules, saved):
                r.needs = n
        assert with_filter == every_rule, text
    assert g.find(TEXTS[lang][0])          # and they do find something


def _needs(pattern: str, flags: int = re.IGNORECASE):
    return necessary(sre_parser.parse(pattern, flags))


def test_necessary_strings_of_a_pattern():
    assert _needs(r"\bvor\s+(?P<n>\d+)\s+(?:Tagen|Wochen)") == {"tagen", "wochen"}
    assert _needs(r"\b(?:Jan|Feb)\.?\s+\d+") == {"jan", "feb"}
    assert _needs(r"\d+\s*Uhr") == {"uhr"}
    assert _needs(r"(?:seit\s+)?heute") == {"heute"}           # an optional part guarantees nothing
    assert _needs(r"(?:heute|)") is None                         # nor does an empty alternative
    assert _needs(r"[^a]+") is None                              # nor a negated class
