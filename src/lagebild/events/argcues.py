"""Argument cues of the events stage (``data/<lang>/arguments.json``), loaded once per process.

Kept apart from ``cues.json`` (triggers, certainty) because they only steer the choice of
actors and targets:
- ``extra_target_preps``: prepositions whose object is the target, by event type, in
  addition to ``cues.json``'s ``target_preps`` ("demanded autonomy from Serbia").
- ``clause_target_types``: event types whose target is the subject of the demanded /
  rejected content clause ("demanded that the US cancel ..." -> the US).
- ``embedded_target_preps``: prepositions that name the target inside an infinitive
  complement ("threatened to break relations with Russia").
- ``source_preps``: prepositions naming the author of a demand / offer / plan inside the
  object ("rejected calls by Kofi Annan", "an appeal from the president").
- ``mediator_types``: types whose "between X and Y" names the parties, not the actor, when
  the clause has a subject of its own ("X hosted talks between Y and Z").
- ``instrument_nouns``: German nouns (and compounds ending in them) that name the means of a
  passive, not its doer ("durch Pfefferspray verletzt").
- ``observer_verbs``: verbs whose subject judges, counts or reports the event named by
  their object ("condemned the attack", "hatte 120 Angriffe gezählt"): that subject is not
  the event's actor.
- ``recipient_types`` / ``beneficiary_object_verbs``: for these types the object of "to"
  is the target, not the direct object ("contributed troops to a peace force"), except after
  verbs whose object is the one helped ("evacuated 35 children to Ankara").
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"

# a dateline opening a line: "NAIROBI, Sept 18 (AFP) - ", "Johannesburg (dpa) - ",
# "Halle (Saale) (dpa) - ", "KITWE, Zambia, Aug 14 - ", "Aurangabad (Bihar), Apr 20 (PTI) ":
# a place with a parenthesised agency,
# or an upper-case place, then a dash (or an em dash with no space after it)
_DATELINE = re.compile(r"(?:[A-ZÄÖÜ][^\n]{0,60}?\([^()\n]{1,30}\)|[A-ZÄÖÜ]{3,}[^\n]{0,40}?)\s*[-–—]\s"
                       # an upper-case place glued to an em dash: "BACOLOD CITY—Police and ..."
                       r"|[A-ZÄÖÜ]{3,}(?:[ .'-][A-ZÄÖÜ]{2,})*(?:,\s[A-Z][\w .']{1,30}?)?—(?=[A-Z„\"])"
                       # "Lusaka (KNA) Die Bischöfe ...", "Suhl (epd). In der Nacht ...": no dash
                       r"|[A-ZÄÖÜ][\w./ -]{1,40}?\s\((?:[A-Za-z]{2,8}(?:/[A-Za-z]{2,8})?)\)\.?\s+(?=[A-ZÄÖÜ„\"])"
                       # a press release's place and full date: "Nairobi, 11 March 2025 – ",
                       # "Genf, 3. September 2026 – ", "Geneva, March 11, 2025 - "
                       r"|[A-ZÄÖÜ][\w.' /-]{1,40}?,\s(?:\d{1,2}\.?\s[A-ZÄÖÜ][a-zäöü]+\.?\s\d{4}"
                       r"|[A-Z][a-z]+\.?\s\d{1,2},?\s\d{4}|\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4})\s*[-–—]\s"
                       # Indian agency style: "Aurangabad (Bihar), Apr 20 (PTI) Three men ...",
                       # "New Delhi, Mar 3 (IANS) ..."
                       r"|[A-Z][\w.' -]{1,40}?(?:\s\([^()\n]{1,30}\))?,\s[A-Z][a-z]{2,8}\.?\s\d{1,2}\s"
                       r"\([A-Za-z]{2,8}\)\.?\s+(?=[A-Z„\"])")


def dateline_end(text: str, line: int) -> int | None:
    """Where a dateline opening the line at ``line`` ends, or None."""
    m = _DATELINE.match(text, line)
    return m.end() if m is not None else None


def is_dateline(text: str, start: int, end: int) -> bool:
    """Does text[start:end] lie inside an agency dateline? The dateline's place, agency and
    date are no actor or target."""
    line = text.rfind("\n", 0, start) + 1
    if line > 400:
        return False        # datelines open the article (after at most a title)
    e = dateline_end(text, line)
    return e is not None and end <= e


@lru_cache(maxsize=None)
def arg_cues(lang: str) -> dict:
    p = DATA / lang / "arguments.json"
    if not p.exists():
        return {}
    return json.loads(p.read_text(encoding="utf-8"))


def target_preps(lang: str, base: dict) -> dict:
    """``cues.json``'s target prepositions united with the extra ones."""
    extra = arg_cues(lang).get("extra_target_preps", {})
    out = {k: list(v) for k, v in base.items()}
    for k, v in extra.items():
        out.setdefault(k, [])
        out[k] = out[k] + [t for t in v if t not in out[k]]
    return out


@lru_cache(maxsize=None)
def people_words(lang: str) -> frozenset[str]:
    """Lemmas that name people, groups, organisations or states: every word class of
    ``classes.tsv`` (actor, armed, mob, nonstate, protesters, state) names actors."""
    from .lexicon import classes

    return frozenset(w for ws in classes(lang).values() for w in ws)
