"""Calendar arithmetic for the times stage: intervals, ISO weeks, movable feasts, formatting.

Intervals are half-open ``[begin, end)`` in naive local time; a day ``2022-01-05`` is
``2022-01-05T00:00:00`` to ``2022-01-06T00:00:00`` (that is "Wednesday 24:00").
"""
from __future__ import annotations

import calendar as _cal
from datetime import date, datetime, timedelta

# parts of the day: (begin hour, end hour; end may exceed 24 = into the next day)
POD_HOURS = {"MO": (6, 12), "MI": (11, 14), "AF": (12, 18), "EV": (18, 22), "NI": (20, 30), "DT": (6, 18)}
SEASON_MONTHS = {"SP": (3, 6), "SU": (6, 9), "FA": (9, 12), "WI": (12, 15)}


def valid_date(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= _cal.monthrange(y, m)[1]


def year2(s: str) -> int:
    """A written year: two digits are 19xx from 50 on, else 20xx."""
    y = int(s)
    if len(s) == 2:
        y += 2000 if y < 50 else 1900
    return y


def day_start(d: date) -> datetime:
    return datetime(d.year, d.month, d.day)


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


def month_interval(y: int, m: int) -> tuple[datetime, datetime]:
    ny, nm = add_months(y, m, 1)
    return datetime(y, m, 1), datetime(ny, nm, 1)


def year_interval(y: int) -> tuple[datetime, datetime]:
    return datetime(y, 1, 1), datetime(y + 1, 1, 1)


def day_interval(d: date) -> tuple[datetime, datetime]:
    b = day_start(d)
    return b, b + timedelta(days=1)


def week_monday(d: date) -> date:
    return d - timedelta(days=d.isoweekday() - 1)


def week_interval(d: date) -> tuple[datetime, datetime]:
    b = day_start(week_monday(d))
    return b, b + timedelta(days=7)


def week_value(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def weekend_of(d: date) -> date:
    """The Saturday of the weekend belonging to the ISO week of ``d``."""
    return week_monday(d) + timedelta(days=5)


def season_interval(y: int, s: str) -> tuple[datetime, datetime]:
    a, b = SEASON_MONTHS[s]
    ey, em = add_months(y, 1, b - 1)
    return datetime(y, a, 1), datetime(ey, em, 1)


def quarter_interval(y: int, q: int) -> tuple[datetime, datetime]:
    b = datetime(y, 3 * (q - 1) + 1, 1)
    ey, em = add_months(y, 3 * (q - 1) + 1, 3)
    return b, datetime(ey, em, 1)


def half_interval(y: int, h: int) -> tuple[datetime, datetime]:
    return (datetime(y, 1, 1), datetime(y, 7, 1)) if h == 1 else (datetime(y, 7, 1), datetime(y + 1, 1, 1))


def pod_interval(d: date, pod: str) -> tuple[datetime, datetime]:
    a, b = POD_HOURS.get(pod, (0, 24))
    s = day_start(d)
    return s + timedelta(hours=a), s + timedelta(hours=b)


def sub_interval(b: datetime, e: datetime, mod: str | None) -> tuple[datetime, datetime]:
    """Anfang/Mitte/Ende (early/mid/late): the first, middle or last third."""
    if not mod:
        return b, e
    third = (e - b) / 3
    if mod == "START":
        return b, _round_day(b + third)
    if mod == "MID":
        return _round_day(b + third), _round_day(b + 2 * third)
    if mod == "END":
        return _round_day(b + 2 * third), e
    return b, e


def _round_day(t: datetime) -> datetime:
    if t.hour >= 12:
        t = t + timedelta(days=1)
    return datetime(t.year, t.month, t.day)


def easter(y: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a = y % 19
    b, c = divmod(y, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(y, month, day)


def holiday_date(rule: str, y: int) -> tuple[date, str | None] | None:
    """Resolve a holiday rule for year ``y``.

    Rules: ``MM-DD`` (fixed, optional ``TNI`` etc. suffix), ``E+n`` (Easter offset),
    ``NMM-W-k[+o]`` (k-th weekday W of month MM, plus o days), ``LMM-W`` (last weekday W).
    Returns the date and an optional part of day.
    """
    pod = None
    if "T" in rule and rule[0].isdigit():
        rule, pod = rule.split("T", 1)
    try:
        if rule[0] == "E":
            return easter(y) + timedelta(days=int(rule[1:])), pod
        if rule[0] == "N":
            extra = 0
            body = rule[1:]
            if "+" in body:
                body, o = body.split("+")
                extra = int(o)
            mm, wd, k = (int(x) for x in body.split("-"))
            first = date(y, mm, 1)
            off = (wd - first.isoweekday()) % 7
            return first + timedelta(days=off + 7 * (k - 1) + extra), pod
        if rule[0] == "L":
            mm, wd = (int(x) for x in rule[1:].split("-"))
            last = date(y, mm, _cal.monthrange(y, mm)[1])
            return last - timedelta(days=(last.isoweekday() - wd) % 7), pod
        mm, dd = (int(x) for x in rule.split("-"))
        return date(y, mm, dd), pod
    except ValueError:
        return None


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%S")


def fmt_num(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else ("%g" % n)
