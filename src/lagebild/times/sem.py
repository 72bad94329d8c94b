"""The language-independent meaning of a recognized temporal expression.

The grammars (one per language) turn a regex match into a ``Sem``; the resolver turns a
``Sem`` plus its context (publication date, clause tense, reference dates) into a TIMEX3
value and an interval.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Sem:
    # cal      calendar expression with some of y/m/d/season/quarter/half/decade/century/hour
    # weekday  a day of the week (dow), optional part of day, optional night_before
    # weekend  a weekend (shift)
    # relday   a day relative to the publication date (shift days), optional part of day
    # relunit  a week/month/year/quarter/half relative to the publication date (unit, shift)
    # offset   n units before (shift -1) or after (+1) the publication date
    # holiday  a named day (holiday rule), optional year
    # time     a clock time without a date (hour, minute)
    # pod      a part of a day without the day
    # refday   the reference day shifted by ``shift`` days ("am selben Tag", "tags darauf")
    # lastnight the night before the publication date ("overnight", "letzte Nacht")
    # dur      a duration n unit (n None = vague)
    # set      a recurring time (value fixed)
    # ref      PAST_REF / PRESENT_REF / FUTURE_REF (value fixed)
    kind: str
    y: int | None = None
    m: int | None = None
    d: int | None = None
    dow: int | None = None
    pod: str | None = None
    mod: str | None = None
    shift: int | str | None = None
    n: float | None = None
    unit: str | None = None      # S MIN H D W M Q HY Y DE CE
    hour: int | None = None
    minute: int | None = None
    season: str | None = None
    quarter: int | None = None
    half: int | None = None
    decade: int | None = None     # "199" for the 1990s
    century: int | None = None    # "18" for the 19th century
    holiday: str | None = None
    night_before: bool = False
    value: str | None = None
    signal: str | None = None     # since | until | from
    exact: bool = False
    cue: str | None = None        # lexical direction cue: past | future
    end: "Sem | None" = None      # closed range: the second end point
    extra: dict = field(default_factory=dict)
