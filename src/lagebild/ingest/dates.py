"""Publication dates from input metadata, normalized to ISO 8601.

``normalize_date`` turns what inputs carry (ISO 8601, RFC 822 feed dates, "06.01.2022",
"6. Januar 2022", ``datetime`` objects) into ``YYYY-MM-DD`` or, when the input states a
time, ``YYYY-MM-DDTHH:MM:SS[+HH:MM]``. What it cannot read gives ``None``: a date is
never guessed. Relative expressions ("gestern", "yesterday") are refused, since they
would be resolved against today's date, not the article's.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from functools import lru_cache

MIN_YEAR, MAX_YEAR = 1900, 2100

_DMY = re.compile(r"^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$")
_YMD_SLASH = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$")
_RFC822 = re.compile(r"^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\b")
_HAS_TIME = re.compile(r"\d{1,2}:\d{2}")


def _fmt(value: date | datetime) -> str | None:
    if not (MIN_YEAR <= value.year <= MAX_YEAR):
        return None
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    return value.isoformat()


def _date_only(value: datetime) -> str | None:
    return _fmt(value.date())


@lru_cache(maxsize=1)
def _dateparser():
    import dateparser

    return dateparser


def normalize_date(value) -> str | None:
    """ISO 8601 date or datetime for ``value``, or ``None`` when it is not a readable date."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return _fmt(value)
    if isinstance(value, date):
        return _fmt(value)
    if not isinstance(value, str):
        return None
    s = value.strip()
    if not s or len(s) > 100:
        return None
    # ISO 8601: date, or date and time ("Z" and offsets are accepted by Python 3.11)
    if re.match(r"^\d{4}-?\d{2}-?\d{2}$", s):
        try:
            return _fmt(date.fromisoformat(s))
        except ValueError:
            return None
    if re.match(r"^\d{4}-\d{2}-\d{2}[T ]\d", s):
        try:
            return _fmt(datetime.fromisoformat(s))
        except ValueError:
            pass
    m = _DMY.match(s)
    if m:
        d, mo, y = map(int, m.groups())
        try:
            return _fmt(date(y, mo, d))
        except ValueError:
            return None
    m = _YMD_SLASH.match(s)
    if m:
        y, mo, d = map(int, m.groups())
        try:
            return _fmt(date(y, mo, d))
        except ValueError:
            return None
    if _RFC822.match(s):
        try:
            dt = parsedate_to_datetime(s)
        except (TypeError, ValueError, IndexError):
            dt = None
        if dt is not None:
            return _fmt(dt) if _HAS_TIME.search(s) else _date_only(dt)
    # last resort: absolute dates in words ("6. Januar 2022", "January 6, 2022, 10:00 PM EST")
    if not re.search(r"\d{4}", s):
        return None   # without a year the date would be guessed
    dt = _dateparser().parse(s, languages=["de", "en"],
                             settings={"PARSERS": ["absolute-time"],
                                       "REQUIRE_PARTS": ["day", "month", "year"]})
    if dt is None:
        return None
    return _fmt(dt) if _HAS_TIME.search(s) else _date_only(dt)


def from_struct_time(st) -> str | None:
    """A feedparser ``*_parsed`` value (a UTC ``time.struct_time``) as ISO 8601 in UTC."""
    if st is None:
        return None
    try:
        return _fmt(datetime(*st[:6], tzinfo=timezone.utc))
    except (TypeError, ValueError):
        return None
