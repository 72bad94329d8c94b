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
- ``observer_verbs``: verbs whose subject judges, counts or reports the event named by
  their object ("condemned the attack", "hatte 120 Angriffe gezählt"): that subject is not
  the event's actor.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"

# after a dateline's place: an optional "(Saale)", ", Aug 14", "(dpa)" / "(AFP)", then a dash
_DATELINE_TAIL = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:,[^\n()]{0,40}?)?(?:\([^()\n]{1,40}\)\s*)?[-–—]")


def is_dateline(text: str, start: int, end: int) -> bool:
    """Is text[start:end] the place of an agency dateline ("NAIROBI, Sept 18 (AFP) -",
    "Johannesburg (dpa) -", "Halle (Saale) (dpa) -")? Such a place is no actor or target."""
    if start < 40 and text[start:end].isupper() and end - start > 2 and text[end:end + 2].lstrip()[:1] in (",", "("):
        return True
    line_start = start == 0 or text[start - 1] == "\n"
    return line_start and bool(_DATELINE_TAIL.match(text, end))


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
