"""The article's main event: the event that answers the article's who, what, when and where.

A weighted score per event (``score``); the best-scoring event is the main event.
"""
from __future__ import annotations

from ..doc import Doc
from ..record import Event
from . import lexicon


def choose(doc: Doc, events: list[Event], cands: list, explain: list | None = None) -> str | None:
    """The id of the main event, or None without events. ``explain`` (a list) receives one
    ``(event id, score, {feature: contribution})`` per event."""
    if not events:
        return None
    types = lexicon.plover()["types"]
    title_end = 0
    if doc.article.title and doc.text.startswith(doc.article.title):
        title_end = len(doc.article.title)
    first_par_end = doc.text.find("\n")
    if first_par_end < 0:
        first_par_end = len(doc.text)
    counts: dict[str, int] = {}
    for ev in events:
        counts[ev.type] = counts.get(ev.type, 0) + 1
    fig_by_id = {f.id: f for f in doc.figures}
    best = None
    for ev, c in zip(events, cands):
        parts: dict[str, float] = {"type": types.get(ev.type, {}).get("weight", 1.0)}
        si = c.sent.i
        if ev.trigger.start < title_end:
            parts["title"] = 3.0
        if si == 0:
            parts["lead"] = 4.5        # news lead: the inverted pyramid tells the main event first
        elif si == 1:
            parts["lead"] = 2.0
        elif ev.trigger.start < first_par_end:
            parts["lead"] = 1.0
        if counts[ev.type] > 1:
            parts["recurrence"] = min(counts[ev.type] - 1, 4) * 0.4
        for fid in ev.figures:
            f = fig_by_id.get(fid)
            if f and f.kind in ("killed", "injured"):
                parts["figures"] = 2.0
                break
            if f and f.kind in ("arrested", "participants"):
                parts["figures"] = 1.0
                break
        if ev.place:
            parts["place"] = 0.5
        if ev.certainty in ("negated", "hypothetical"):
            parts["certainty"] = -3.0
        if c.source != "lexicon":
            parts["source"] = -1.0
        if c.in_pp:
            parts["in_pp"] = -1.5        # "nach wochenlangen Protesten", "over the crackdown": background
        if c.main_clause:
            parts["main_clause"] = 1.0
        s = sum(parts.values())
        if explain is not None:
            explain.append((ev.id, s, parts))
        if best is None or s > best[0]:
            best = (s, ev.id)
    return best[1]
