"""The PLOVER / CAMEO coding convention for stated intentions (see plover.json, coding_convention).

lagebild types an event by the action (AID for "will send peacekeepers", with certainty
hypothetical); PLOVER-coded data type the sentence by its speech act (AGREE: a promise).
``plover_code`` maps one to the other, for export to and comparison with PLOVER data.
"""
from __future__ import annotations

from ..record import Event
from .lexicon import plover


def plover_code(ev: Event, reason: str | None) -> str:
    conv = plover().get("coding_convention", {})
    if ev.certainty != "hypothetical" or not reason:
        return ev.type
    coop = ev.type in conv.get("cooperative", ())
    hostile = ev.type in conv.get("hostile", ())
    if reason in conv.get("threat_reasons", ()) and (coop or hostile):
        return "THREATEN"
    if reason in conv.get("intent_reasons", ()):
        if coop:
            return "AGREE"
        if hostile:
            return "THREATEN"
    if reason in conv.get("refusal_reasons", ()) and coop:
        return "REJECT"
    if reason in conv.get("obligation_reasons", ()) and ev.claims and (coop or hostile):
        return "DEMAND"
    return ev.type
