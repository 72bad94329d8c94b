"""The PLOVER / CAMEO coding convention (see plover.json, coding_convention).

lagebild types an event by the action (AID for "will send peacekeepers", with certainty
hypothetical); PLOVER-coded data type the sentence by its speech act (AGREE: a promise).
``plover_code`` maps one to the other, for export to and comparison with PLOVER data:

- a stated intention or offer of a cooperative action is AGREE, of a hostile one THREATEN;
  a cooperative action announced "unless" the other side acts is THREATEN;
- a refused or negated announced cooperative action ("refused to release", "would not
  meet the demands") is REJECT;
- an action someone says another party must take is DEMAND (when it is reported speech);
- preparing an armed attack is MOBILIZE (CAMEO 15), as PLOVER codes military preparations;
- a few actions lagebild types by what is done, PLOVER by its diplomatic meaning
  (``mode_codes``: signing an agreement, apologizing, establishing relations are SUPPORT;
  PLOVER has no CRIME: kidnapping, hijacking, murder and stabbing are ASSAULT).
"""
from __future__ import annotations

from ..record import Event
from .lexicon import plover


def plover_code(ev: Event, reason: str | None) -> str:
    conv = plover().get("coding_convention", {})
    coop = ev.type in conv.get("cooperative", ())
    hostile = ev.type in conv.get("hostile", ())
    base = conv.get("mode_codes", {}).get(f"{ev.type}:{ev.mode}", ev.type)
    if ev.certainty == "negated":
        if reason and reason in conv.get("negated_refusal_reasons", ()) and coop:
            return "REJECT"
        return base
    if ev.certainty != "hypothetical" or not reason:
        return base
    if reason in conv.get("threat_reasons", ()) and (coop or hostile):
        return "THREATEN"
    if reason == "prepare" and ev.type in conv.get("prepare_codes", {}):
        return conv["prepare_codes"][ev.type]      # "the army prepared to resume shelling"
    if reason in conv.get("intent_reasons", ()):
        if coop:
            return "AGREE"
        if hostile:
            return "THREATEN"
    if reason in conv.get("refusal_reasons", ()) and coop:
        return "REJECT"
    if reason in conv.get("obligation_reasons", ()) and ev.claims and (coop or hostile):
        return "DEMAND"
    return base
