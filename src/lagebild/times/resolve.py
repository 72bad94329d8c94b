"""Normalization: a ``Sem`` plus its context becomes a TIMEX3 value and an interval.

The context is the publication date (``dct``), the tense of the clause the expression
stands in, the reference day of the paragraph (for "am Abend", "um 14 Uhr") and, for
background passages, a narrative reference (the last explicitly dated expression).
Without a publication date nothing is guessed: relative values stay underspecified
(``XXXX-WXX-3``) and ``anchored`` is false.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from . import dates as D
from .sem import Sem

NARRATIVE_GAP_DAYS = 300   # a reference this far before the publication date opens a background passage
MINUTE = timedelta(minutes=1)  # a clock time covers its minute
FAR_DAYS = 270             # a past-tense day or month further back than this ...
SOON_DAYS = 90             # ... while its next occurrence is this close, takes the next one


@dataclass
class Res:
    value: str
    type: str = "DATE"
    begin: datetime | None = None
    end: datetime | None = None
    anchored: bool = True
    day: date | None = None          # the day this expression points at, for later references
    day_value: str | None = None     # its underspecified day value when unanchored ("XXXX-WXX-6")
    explicit: bool = False           # carries its own year: may open a narrative passage
    day_explicit: bool = False       # the day was named by a calendar date
    eve: date | None = None          # for nights: the day the night began on
    early: bool = False              # early in its day ("early Saturday", "Saturday morning")


@dataclass
class Ctx:
    dct: date | None
    tense: str = "none"              # past | future | present | prospect | none
    #                                  (prospect: looking ahead from a past clause, "kündigte an, am
    #                                  Donnerstag ... zu sprechen": the nearest occurrence)
    ref_day: date | None = None
    ref_value: str | None = None     # underspecified reference day ("XXXX-WXX-6") when unanchored
    ref_explicit: bool = False       # the reference day was named by a date in the text
    ref_eve: date | None = None      # the reference is a night: the day it began on
    ref_early: bool = False          # the reference is early in its day: its midnight is the one before
    ref_pod: str | None = None       # the reference's part of day (EV, NI, ...), if it names one
    narr: datetime | None = None     # begin of the narrative reference, if any
    pluperf: bool = False            # the clause is in the pluperfect: earlier than the narrative reference


def direction(sem: Sem, ctx: Ctx, weekday: bool = False) -> str:
    if sem.cue == "scheduled":
        # "für den 31. Oktober geplant": future, unless the clause itself is past; then the
        # nearer one ("das für Samstag geplante Treffen wurde abgesagt")
        if ctx.tense != "past":
            return "future!" if not weekday else "future"
        return "nearest"
    elif sem.cue:
        return sem.cue + ("" if weekday else "!")
    if sem.signal == "since":
        return "past" if weekday else "past!"   # "seit Januar" in October is this January, never the coming one
    if sem.signal in ("until", "from"):
        # a past clause may set a coming bound ("extended the curfew until Friday") or report a
        # finished one ("winds battered the coast until late Monday"): the nearer occurrence
        return "nearest" if ctx.tense == "past" else "future"
    if weekday:
        return {"past": "past", "future": "future", "present": "future", "prospect": "nearest"}.get(ctx.tense, "past")
    return {"past": "past", "future": "future"}.get(ctx.tense, "nearest")


def _pick_year(f, ctx: Ctx, dirn: str, allow_narrative: bool = True, day_level: bool = False) -> int | None:
    """The year for a year-less expression whose interval in year y is ``f(y)`` (or None).

    The tense gives the direction; in a past-tense clause a day or month that would land
    more than nine months back while its next occurrence is under three months ahead takes
    the next one: past-tense verbs often announce coming dates ("scheduled arguments for
    April 22", "signaled another move in July"); a pluperfect clause never does ("im Oktober
    hatten Proteste begonnen").
    """
    if allow_narrative and ctx.narr is not None and ctx.tense == "past" and (
            ctx.dct is None or ctx.narr < D.day_start(ctx.dct) - timedelta(days=NARRATIVE_GAP_DAYS)):
        if ctx.pluperf:
            # "Bereits am 30. April hatte sich ...": the latest occurrence up to the reference
            for y in (ctx.narr.year, ctx.narr.year - 1):
                iv = f(y)
                if iv and iv[0] <= ctx.narr:
                    return y
        else:
            # the story runs forward: the first occurrence from the reference on
            for y in (ctx.narr.year, ctx.narr.year + 1):
                iv = f(y)
                if iv and iv[0] >= ctx.narr:
                    if ctx.dct is None or iv[0] <= D.day_start(ctx.dct):
                        return y
                    break
    if ctx.dct is None:
        return None
    d0 = D.day_start(ctx.dct)
    Y = ctx.dct.year
    cands = [(y, f(y)) for y in (Y - 1, Y, Y + 1)]
    cands = [(y, iv) for y, iv in cands if iv]
    if not cands:
        return None
    strict = dirn.endswith("!")       # a lexical cue ("rückwirkend") is not overruled
    dirn = dirn.rstrip("!")
    if strict:
        day_level = False
    if dirn == "past":
        ok = [(y, b) for y, (b, e) in cands if b <= d0]
        if ok:
            y, b = max(ok)
            soon = [b2 for y2, (b2, e2) in cands if y2 > y and b2 - d0 <= timedelta(days=SOON_DAYS)]
            if not (day_level and d0 - b > timedelta(days=FAR_DAYS) and soon and not ctx.pluperf):
                return y
    elif dirn == "future":
        ok = [(y, e) for y, (b, e) in cands if e > d0]
        if ok:
            return min(ok)[0]

    def dist(iv):
        b, e = iv
        if b <= d0 < e:
            return timedelta(0)
        return min(abs(b - d0), abs(e - d0))
    return min(cands, key=lambda c: dist(c[1]))[0]


def _cal_parts(sem: Sem, y: int | None):
    """(value, begin, end) of a calendar expression for year y (None: year unknown)."""
    ys = f"{y:04d}" if y is not None else "XXXX"
    if sem.century is not None:
        b, e = datetime(sem.century * 100, 1, 1) if sem.century else datetime(1, 1, 1), datetime((sem.century + 1) * 100, 1, 1)
        return f"{sem.century:02d}", *D.sub_interval(b, e, sem.mod)
    if sem.decade is not None:
        b, e = datetime(sem.decade * 10, 1, 1), datetime(sem.decade * 10 + 10, 1, 1)
        return f"{sem.decade:03d}", *D.sub_interval(b, e, sem.mod)
    if sem.season:
        iv = D.season_interval(y, sem.season) if y is not None else (None, None)
        return f"{ys}-{sem.season}", *(D.sub_interval(*iv, sem.mod) if y is not None else iv)
    if sem.quarter:
        iv = D.quarter_interval(y, sem.quarter) if y is not None else (None, None)
        return f"{ys}-Q{sem.quarter}", *iv
    if sem.half:
        iv = D.half_interval(y, sem.half) if y is not None else (None, None)
        return f"{ys}-H{sem.half}", *iv
    if sem.m:
        if sem.d:
            if y is not None and not D.valid_date(y, sem.m, sem.d):
                return None
            day = date(y, sem.m, sem.d) if y is not None else None
            if sem.night_before:
                if day is None:
                    return f"XXXX-{sem.m:02d}-{sem.d:02d}TNI", None, None
                prev = day - timedelta(days=1)
                return f"{prev.isoformat()}TNI", *D.pod_interval(prev, "NI")
            v = f"{ys}-{sem.m:02d}-{sem.d:02d}"
            if sem.pod:
                return v + "T" + sem.pod, *(D.pod_interval(day, sem.pod) if day else (None, None))
            return v, *(D.day_interval(day) if day else (None, None))
        if y is None:
            return f"XXXX-{sem.m:02d}", None, None
        return f"{ys}-{sem.m:02d}", *D.sub_interval(*D.month_interval(y, sem.m), sem.mod)
    if y is None:
        return "XXXX", None, None
    return ys, *D.sub_interval(*D.year_interval(y), sem.mod)


def _cal_interval_fn(sem: Sem):
    def f(y):
        parts = _cal_parts(sem, y)
        if parts is None or parts[1] is None:
            return None
        return parts[1], parts[2]
    return f


def resolve(sem: Sem, ctx: Ctx) -> Res | None:
    if sem.end is not None:
        return _range(sem, ctx)
    res = _resolve_one(sem, ctx)
    if res is None:
        return None
    if res.day is not None and (res.value.endswith("TMO") or sem.extra.get("early")):
        res.early = True
    if ctx.dct is not None and res.begin is not None and res.type in ("DATE", "TIME"):
        d0 = D.day_start(ctx.dct)
        d1 = d0 + timedelta(days=1)
        if sem.signal == "since" and res.begin < d1:
            res.end = max(res.end or d1, d1)
        elif sem.signal == "until" and res.end is not None and d0 < res.end:
            res.begin = min(res.begin, d0)
    return res


def _range(sem: Sem, ctx: Ctx) -> Res | None:
    a_sem, b_sem = sem, sem.end
    a_sem.end = None
    if a_sem.kind == "cal" and b_sem.kind == "cal":
        if a_sem.y is None and b_sem.y is not None:
            a_sem.y = b_sem.y
    a = _resolve_one(a_sem, ctx)
    if a is None:
        return None
    if b_sem.kind == "weekday" and a.day is not None and ctx.dct is not None:
        delta = (b_sem.dow - a.day.isoweekday()) % 7
        bd = a.day + timedelta(days=delta)
        b = Res(bd.isoformat(), begin=D.day_interval(bd)[0], end=D.day_interval(bd)[1], day=bd)
    elif b_sem.kind == "time":
        b = _time(b_sem, ctx)
        if a.begin is not None and b.begin is not None and b.begin <= a.begin:
            nb = b.begin + timedelta(days=1)
            b = Res(_time_value(nb.date(), b_sem.hour, b_sem.minute), "TIME", nb, nb + MINUTE, day=nb.date())
    else:
        if b_sem.kind == "cal" and b_sem.y is None and a.begin is not None and (b_sem.m or b_sem.season or b_sem.quarter):
            # the end point follows its start: "von Juni bis August", "from November to February"
            b_sem.y = a.begin.year
            parts = _cal_parts(b_sem, b_sem.y)
            if parts is not None and parts[1] is not None and parts[1] < a.begin:
                b_sem.y += 1
        b = _resolve_one(b_sem, ctx)
    if b is None:
        return None
    b_end = b.begin if b_sem.kind == "time" or b.end is None else b.end   # "bis 7 Uhr" ends at 7:00
    res = Res(f"{a.value}/{b.value}", a.type, a.begin, b_end,
              a.anchored and b.anchored, day=a.day, explicit=a.explicit)
    if res.begin is None or res.end is None:
        res.begin = res.end = None
    return res


def _resolve_one(sem: Sem, ctx: Ctx) -> Res | None:
    k = sem.kind
    if k == "cal":
        return _cal(sem, ctx)
    if k == "weekday":
        return _weekday(sem, ctx)
    if k == "weekend":
        return _weekend(sem, ctx)
    if k == "relday":
        return _relday(sem, ctx)
    if k == "relunit":
        return _relunit(sem, ctx)
    if k == "offset":
        return _offset(sem, ctx)
    if k == "holiday":
        return _holiday(sem, ctx)
    if k == "time":
        return _time(sem, ctx)
    if k == "pod":
        return _pod(sem, ctx)
    if k == "refday":
        return _refday(sem, ctx)
    if k == "lastnight":
        if ctx.dct is None:
            return Res("XXXX-XX-XXTNI", "TIME", anchored=False)
        d = ctx.dct - timedelta(days=1)
        if (sem.extra.get("anaphoric") and ctx.tense == "past" and ctx.ref_day is not None
                and ctx.ref_day < d and ctx.ref_pod in ("AF", "EV", "NI")):
            # "attacked on Saturday afternoon. Farmers retaliated overnight" (published Tuesday):
            # the night that follows the story's afternoon or evening, not the one before the
            # publication day (a bare earlier day, "shot on Tuesday ... arrested overnight", is
            # often background: the night stays the last one)
            d = ctx.ref_eve or ctx.ref_day
        return Res(d.isoformat() + "TNI", "TIME", *D.pod_interval(d, "NI"), day=d + timedelta(days=1), eve=d)
    if k == "dur":
        return _dur(sem, ctx)
    if k == "set":
        return Res(sem.value, "SET")
    if k == "ref":
        return Res(sem.value, "DATE", anchored=ctx.dct is not None)
    return None


def _typ(value: str) -> str:
    return "TIME" if "T" in value[4:] else "DATE"


def _cal(sem: Sem, ctx: Ctx) -> Res | None:
    if sem.extra.get("bc"):
        # before Christ: TIMEX3 "BC" prefix, no interval (the calendar module stops at year 1)
        if sem.century is not None:
            return Res(f"BC{sem.century:02d}")
        if sem.decade is not None:
            return Res(f"BC{sem.decade:03d}")
        return Res(f"BC{sem.y:04d}")
    explicit = sem.y is not None or sem.decade is not None or sem.century is not None
    y = sem.y
    needs_year = not explicit
    if needs_year and sem.shift in ("ref", "ref+1", "ref-1"):
        # "im August desselben Jahres", "im Frühjahr des folgenden Jahres": the passage's year
        if ctx.narr is not None:
            y = ctx.narr.year
        elif ctx.ref_day is not None:
            y = ctx.ref_day.year
        if y is not None and sem.shift != "ref":
            y += 1 if sem.shift == "ref+1" else -1
        needs_year = y is None
    if needs_year and sem.shift == "newyear" and ctx.dct is not None:
        y = ctx.dct.year + (1 if ctx.dct.month >= 10 else 0)
        needs_year = False
    if needs_year:
        shift = sem.shift if isinstance(sem.shift, int) else sem.extra.get("year_shift")
        if shift is not None and ctx.dct is not None:
            y = ctx.dct.year + shift
            if sem.season == "WI" and shift == 0 and ctx.dct.month <= 2:
                y -= 1
        else:
            y = None
            if sem.dow and sem.m and sem.d and ctx.dct is not None:
                # "Dienstag, 31. August": the year in which that day is a Tuesday, nearest first
                for yy in sorted(range(ctx.dct.year - 6, ctx.dct.year + 7), key=lambda v: abs(v - ctx.dct.year)):
                    if D.valid_date(yy, sem.m, sem.d) and date(yy, sem.m, sem.d).isoweekday() == sem.dow:
                        if abs(yy - ctx.dct.year) <= 1:
                            y = yy
                        break
            if y is None:
                y = _pick_year(_cal_interval_fn(sem), ctx, direction(sem, ctx), allow_narrative=sem.signal is None,
                               day_level=bool(sem.m))
    parts = _cal_parts(sem, y)
    if parts is None:
        return None
    v, b, e = parts
    day = None
    if sem.m and sem.d and y is not None:
        day = date(y, sem.m, sem.d)
    anchored = "XXXX" not in v
    from_context = y is not None and not explicit and (ctx.narr is not None or sem.shift in ("ref", "ref+1", "ref-1"))
    return Res(v, _typ(v), b, e, anchored, day=day, explicit=explicit or from_context,
               day_explicit=day is not None, eve=day - timedelta(days=1) if day is not None and sem.night_before else None)


def _weekday_date(sem: Sem, ctx: Ctx) -> date:
    dct = ctx.dct
    wd = dct.isoweekday()
    sh = sem.shift
    if "week_shift" in sem.extra:
        return D.week_monday(dct + timedelta(days=7 * sem.extra["week_shift"])) + timedelta(days=sem.dow - 1)
    if sh == -1:
        return dct - timedelta(days=((wd - sem.dow) % 7) or 7)
    if sh in (1, "ref+1"):
        return dct + timedelta(days=((sem.dow - wd) % 7) or 7)
    if sh == 0:
        return D.week_monday(dct) + timedelta(days=sem.dow - 1)
    dirn = direction(sem, ctx, weekday=True)
    if dirn == "future":
        return dct + timedelta(days=(sem.dow - wd) % 7)
    if dirn == "nearest":
        back, fwd = (wd - sem.dow) % 7, (sem.dow - wd) % 7
        return dct - timedelta(days=back) if back <= fwd else dct + timedelta(days=fwd)
    return dct - timedelta(days=(wd - sem.dow) % 7)


def _weekday(sem: Sem, ctx: Ctx) -> Res:
    if ctx.dct is None:
        dow = sem.dow
        if sem.night_before:
            dow = dow - 1 or 7
            return Res(f"XXXX-WXX-{dow}TNI", "TIME", anchored=False, day_value=f"XXXX-WXX-{sem.dow}")
        v = f"XXXX-WXX-{dow}" + (f"T{sem.pod}" if sem.pod else "")
        return Res(v, _typ(v), anchored=False, day_value=f"XXXX-WXX-{dow}")
    day = _weekday_date(sem, ctx)
    if sem.night_before:
        prev = day - timedelta(days=1)
        return Res(prev.isoformat() + "TNI", "TIME", *D.pod_interval(prev, "NI"), day=day, eve=prev)
    if sem.hour is not None:
        t = D.day_start(day) + timedelta(hours=sem.hour, minutes=sem.minute or 0)
        return Res(_time_value(day, sem.hour, sem.minute or 0), "TIME", t, t + MINUTE, day=day)
    if sem.pod:
        return Res(day.isoformat() + "T" + sem.pod, "TIME", *D.pod_interval(day, sem.pod), day=day)
    return Res(day.isoformat(), "DATE", *D.day_interval(day), day=day)


def _weekend(sem: Sem, ctx: Ctx) -> Res:
    if sem.holiday:
        hol = _holiday(Sem("holiday", holiday=sem.holiday, y=sem.y, cue=sem.cue, signal=sem.signal), ctx)
        if hol is None or hol.day is None:
            return Res("XXXX-WXX-WE", anchored=False)
        d = hol.day - timedelta(days=1) if hol.day.isoweekday() == 1 else hol.day
        sat = D.weekend_of(d)
        b = D.day_start(sat)
        return Res(D.week_value(sat) + "-WE", "DATE", b, b + timedelta(days=2))
    if ctx.dct is None:
        return Res("XXXX-WXX-WE", anchored=False)
    dct = ctx.dct
    on_weekend = dct.isoweekday() >= 6
    this_sat = D.weekend_of(dct)
    sh = sem.shift
    if sh == -1:
        sat = this_sat - timedelta(days=7)
    elif sh in (1, "ref+1"):
        sat = this_sat + timedelta(days=7) if on_weekend else this_sat
    elif sh == 0:
        sat = this_sat
    else:
        dirn = direction(sem, ctx, weekday=True)
        if dirn == "past":
            sat = this_sat if on_weekend else this_sat - timedelta(days=7)
        else:
            # on a Sunday the current weekend is all but over: "by the weekend" is the next one
            sat = this_sat + timedelta(days=7) if dct.isoweekday() == 7 else this_sat
    b = D.day_start(sat)
    return Res(D.week_value(sat) + "-WE", "DATE", b, b + timedelta(days=2))


def _relday(sem: Sem, ctx: Ctx) -> Res:
    if ctx.dct is None:
        v = "XXXX-XX-XX" + (f"T{sem.pod}" if sem.pod else "")
        return Res(v, _typ(v), anchored=False)
    day = ctx.dct + timedelta(days=sem.shift)
    if sem.pod:
        return Res(day.isoformat() + "T" + sem.pod, "TIME", *D.pod_interval(day, sem.pod), day=day)
    return Res(day.isoformat(), "DATE", *D.day_interval(day), day=day)


def _unit_value(base: date, unit: str, k: int, mod: str | None, exact: bool = False) -> tuple[str, datetime, datetime, date | None]:
    if unit == "D":
        d = base + timedelta(days=k)
        return d.isoformat(), *D.day_interval(d), d
    if unit == "W":
        d = base + timedelta(days=7 * k)
        if exact:
            return d.isoformat(), *D.day_interval(d), d
        return D.week_value(d), *D.sub_interval(*D.week_interval(d), mod), None
    if unit == "M":
        y, m = D.add_months(base.year, base.month, k)
        if exact:
            import calendar as _c
            d = date(y, m, min(base.day, _c.monthrange(y, m)[1]))
            return d.isoformat(), *D.day_interval(d), d
        return f"{y:04d}-{m:02d}", *D.sub_interval(*D.month_interval(y, m), mod), None
    if unit == "Q":
        q0 = (base.month - 1) // 3
        t = base.year * 4 + q0 + k
        y, q = t // 4, t % 4 + 1
        return f"{y:04d}-Q{q}", *D.quarter_interval(y, q), None
    if unit == "HY":
        h0 = (base.month - 1) // 6
        t = base.year * 2 + h0 + k
        y, h = t // 2, t % 2 + 1
        return f"{y:04d}-H{h}", *D.half_interval(y, h), None
    years = {"Y": 1, "DE": 10, "CE": 100}.get(unit)
    if years:
        y = base.year + years * k
        if exact:
            try:
                d = base.replace(year=y)
            except ValueError:
                d = base.replace(year=y, day=28)
            return d.isoformat(), *D.day_interval(d), d
        return f"{y:04d}", *D.sub_interval(*D.year_interval(y), mod), None
    # hours, minutes: the day
    return base.isoformat(), *D.day_interval(base), base


_UNDERSPEC = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Q": "XXXX-QX", "HY": "XXXX-HX", "Y": "XXXX", "DE": "XXX", "CE": "XX"}


def _relunit(sem: Sem, ctx: Ctx) -> Res:
    sh = sem.shift
    base = ctx.dct
    if sh in ("ref", "ref+1", "ref-1"):
        if ctx.narr is not None:
            base = ctx.narr.date()
        elif ctx.ref_day is not None and sem.unit in ("D", "W"):
            base = ctx.ref_day
        k = {"ref": 0, "ref+1": 1, "ref-1": -1}[sh]
    else:
        k = int(sh)
        if sem.unit == "W" and sem.extra.get("sunday_week") and base is not None and base.isoweekday() == 7 \
                and ctx.tense not in ("past", "pluperf"):
            base = base + timedelta(days=1)   # English weeks begin on Sunday
    if base is None:
        return Res(_UNDERSPEC.get(sem.unit, "XXXX"), anchored=False)
    if sem.unit == "DE":
        dec = base.year // 10 + k   # "this decade": 202, "next decade": 203
        return Res(f"{dec:03d}", "DATE", datetime(dec * 10, 1, 1), datetime(dec * 10 + 10, 1, 1))
    v, b, e, day = _unit_value(base, sem.unit, k, sem.mod)
    if sem.extra.get("definite") and k == 0 and sem.mod and b is not None and e is not None and ctx.dct is not None:
        # "Gegen Ende des Jahres schwächte sich die Wirtschaft ab" in early January: last year's
        d0 = D.day_start(ctx.dct)
        if ctx.tense == "past" and b > d0 and sem.signal not in ("until", "from"):
            v, b, e, day = _unit_value(base, sem.unit, -1, sem.mod)
        elif ctx.tense == "future" and e <= d0:
            v, b, e, day = _unit_value(base, sem.unit, 1, sem.mod)
    return Res(v, _typ(v), b, e, day=day, explicit=sh in ("ref", "ref+1", "ref-1") and ctx.narr is not None)


def _offset(sem: Sem, ctx: Ctx) -> Res:
    n = sem.n or 1
    if ctx.dct is None:
        return Res(_UNDERSPEC.get(sem.unit, "XXXX-XX-XX"), anchored=False)
    unit = sem.unit
    if unit in ("H", "MIN", "S"):
        unit = "D"
        n = 0
    if n != int(n):
        # "vor anderthalb Jahren": count in the next smaller unit
        if unit == "Y":
            unit, n = "M", n * 12
        elif unit == "M":
            unit, n = "D", n * 30
        elif unit == "W":
            unit, n = "D", n * 7
        n = round(n)
    try:
        v, b, e, day = _unit_value(ctx.dct, unit, int(n) * sem.shift, None, exact=sem.exact)
    except (ValueError, OverflowError):
        return Res("PAST_REF" if sem.shift < 0 else "FUTURE_REF")   # "vor 5000 Jahren"
    return Res(v, _typ(v), b, e, day=day)


def _holiday(sem: Sem, ctx: Ctx) -> Res | None:
    def f(y):
        r = D.holiday_date(sem.holiday, y)
        if r is None:
            return None
        d, pod = r
        return D.pod_interval(d, pod) if pod else D.day_interval(d)

    y = sem.y
    if y is None:
        y = _pick_year(f, ctx, direction(sem, ctx), allow_narrative=sem.signal is None, day_level=True)
    if y is None:
        r = D.holiday_date(sem.holiday, 2000)
        if r and sem.holiday[0].isdigit():
            d, pod = r
            v = f"XXXX-{d.month:02d}-{d.day:02d}" + (f"T{pod}" if pod else "")
            return Res(v, _typ(v), anchored=False)
        return Res("XXXX-XX-XX", anchored=False)
    r = D.holiday_date(sem.holiday, y)
    if r is None:
        return None
    d, pod = r
    if pod:
        return Res(d.isoformat() + "T" + pod, "TIME", *D.pod_interval(d, pod), day=d, explicit=sem.y is not None)
    return Res(d.isoformat(), "DATE", *D.day_interval(d), day=d, explicit=sem.y is not None)


def _time_value(day: date, h: int, mi: int) -> str:
    return f"{day.isoformat()}T{h:02d}:{mi:02d}"


def _last_night(ctx: Ctx) -> bool:
    """A night or midnight without a named day in a past-tense clause: the one before the
    publication day ("Gegen Mitternacht fielen Schüsse", "lasted into the night")."""
    return ctx.ref_day is None and ctx.dct is not None and ctx.tense == "past"


def _time(sem: Sem, ctx: Ctx) -> Res:
    h, mi = sem.hour, sem.minute or 0
    day = ctx.ref_day or ctx.dct
    if h == 24 and (_last_night(ctx) or (sem.signal == "since" and ctx.ref_day is None and ctx.dct is not None)):
        day = ctx.dct - timedelta(days=1)   # "Seit Mitternacht gilt eine Ausgangssperre": the one that began today
    elif h == 24 and ctx.ref_early and ctx.ref_day is not None:
        day = ctx.ref_day - timedelta(days=1)   # "early Saturday, just after the midnight deadline"
    if ctx.ref_eve is not None and ctx.ref_day is not None and h >= 12:
        day = ctx.ref_eve
    if day is None:
        base = ctx.ref_value or "XXXX-XX-XX"
        return Res(f"{base}T{h:02d}:{mi:02d}", "TIME", anchored=False)
    t = D.day_start(day) + timedelta(hours=h, minutes=mi)
    return Res(_time_value(day, h, mi), "TIME", t, t + MINUTE, day=day)


def _pod(sem: Sem, ctx: Ctx) -> Res:
    day = ctx.ref_day or ctx.dct
    if sem.pod == "NI" and _last_night(ctx):
        day = ctx.dct - timedelta(days=1)
    elif sem.pod == "NI" and ctx.ref_eve is not None:
        day = ctx.ref_eve   # the night of "overnight", "in der Nacht zu Montag": the day it began on
    elif (sem.pod == "MO" and sem.signal == "until" and ctx.ref_pod in ("EV", "NI") and ctx.ref_eve is None
          and ctx.ref_day is not None):
        day = ctx.ref_day + timedelta(days=1)   # "am Mittwochabend ... bis in den Morgen": Thursday morning
    if day is None:
        base = ctx.ref_value or "XXXX-XX-XX"
        return Res(f"{base}T{sem.pod}", "TIME", anchored=False)
    return Res(day.isoformat() + "T" + sem.pod, "TIME", *D.pod_interval(day, sem.pod), day=day)


def _refday(sem: Sem, ctx: Ctx) -> Res:
    day = ctx.ref_day or ctx.dct
    if day is None:
        return Res("XXXX-XX-XX", anchored=False)
    if ctx.ref_eve is not None and ctx.ref_day is not None and (sem.shift or 0) > 0:
        # after a night ("In der Nacht zum Montag ... am Morgen danach"): counted from the
        # evening it began, so the next morning is the morning that ends it
        day = ctx.ref_eve
    day = day + timedelta(days=sem.shift or 0)
    if sem.pod:
        return Res(day.isoformat() + "T" + sem.pod, "TIME", *D.pod_interval(day, sem.pod), day=day)
    return Res(day.isoformat(), "DATE", *D.day_interval(day), day=day)


def _dur(sem: Sem, ctx: Ctx) -> Res:
    if sem.extra.get("parts"):
        # a compound duration: P3Y6M, PT2H30M, P2DT3H
        date_part = "".join(D.fmt_num(n) + u for n, u in sem.extra["parts"] if u in ("Y", "M", "W", "D"))
        date_part += "".join(D.fmt_num(n * 10) + "Y" for n, u in sem.extra["parts"] if u == "DE")
        time_part = "".join(D.fmt_num(n) + ("M" if u == "MIN" else u) for n, u in sem.extra["parts"] if u in ("H", "MIN", "S"))
        return Res("P" + date_part + ("T" + time_part if time_part else ""), "DURATION")
    unit, n = sem.unit, sem.n
    if unit == "X":
        return Res("PXX", "DURATION")
    if n is not None and unit == "H" and n < 1:
        unit, n = "MIN", n * 60
    if n is not None and unit == "MIN" and n < 1:
        unit, n = "S", n * 60
    num = "X" if n is None else D.fmt_num(n)
    if unit in ("H", "MIN", "S"):
        v = f"PT{num}{'M' if unit == 'MIN' else unit}"
    else:
        v = f"P{num}{unit}"
    res = Res(v, "DURATION")
    if sem.signal == "since" and n is not None and ctx.dct is not None and unit in ("D", "W", "M", "Y"):
        end = D.day_start(ctx.dct) + timedelta(days=1)
        if unit == "D":
            begin = end - timedelta(days=n)
        elif unit == "W":
            begin = end - timedelta(days=7 * n)
        else:
            months = int(round(n * (12 if unit == "Y" else 1)))
            y, m = D.add_months(ctx.dct.year, ctx.dct.month, -months)
            import calendar as _c
            begin = datetime(y, m, min(ctx.dct.day, _c.monthrange(y, m)[1]))
        res.begin, res.end = begin, end
    return res
