"""English temporal expression grammar (patterns over the lexicon in data/en/lexicon.json)."""
from __future__ import annotations

import re
from functools import lru_cache

from .dates import valid_date, year2
from .grammar import Grammar, alt, rule_collector, load_json, word_after, words_before
from .lang_de import _pvalue
from .sem import Sem

F = re.IGNORECASE | re.UNICODE
NL = r"(?![A-Za-z])"

ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                 "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
                 "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    L = load_json("en", "lexicon")
    months = L["months"]
    MON = alt(months)
    WD = alt(L["weekdays"])
    NUMW = alt(L["numbers"])
    NUM = rf"(?:\d+(?:\.\d+)?|{NUMW})"
    VAGUE = alt(L["vague_numbers"])
    APPROX = alt(L["approx"])
    UNIT = alt(L["units"])
    PLUNIT = alt(L["plural_units"])
    DAY = r"(?:0?[1-9]|[12]\d|3[01])"
    ORDSUF = r"(?:st|nd|rd|th)?"
    YEAR = r"(?:1[0-9]\d\d|20\d\d)"
    SHIFT = r"(?:this\s+coming|last|next|this|past|coming|previous|following|current|same)"
    MOD = r"(?:early|mid|late|end\s+of|beginning\s+of|start\s+of|middle\s+of)"
    HOL = alt(L["holidays"])
    ORD = alt(L["quarter_ordinals"])
    triggers = set(L["month_triggers"])
    qty_before_year = set(L["quantity_before_year"])
    age_rx = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(a) for a in L["age_context"]) + r")", re.IGNORECASE)

    def num(s: str | None) -> float | None:
        if s is None:
            return None
        s = re.sub(r"\s+", " ", s.lower())
        if s in L["numbers"]:
            return float(L["numbers"][s])
        if re.fullmatch(r"\d+(?:\.\d+)?", s):
            return float(s)
        return None

    def month(s: str) -> int:
        return months[s.lower()]

    def mod_of(s: str | None):
        if not s:
            return None
        s = s.lower()
        for k, v in (("early", "START"), ("beginning", "START"), ("start", "START"), ("mid", "MID"), ("middle", "MID"),
                     ("late", "END"), ("end", "END")):
            if k in s:
                return v
        return None

    def shift_of(s: str | None):
        if not s:
            return None
        s = re.sub(r"\s+", " ", s.lower())
        if s == "this coming":
            return 1
        v = L["shifts"].get(s)
        if v == "ref":
            return "ref"
        if s == "following":
            return "ref+1"
        return v

    rules, rule = rule_collector(F)

    SCHEDULED_FOR = [[w, "for"] for w in ("scheduled", "planned", "set", "slated", "due", "rescheduled", "postponed")]

    def month_ok(name: str) -> bool:
        return name[0].isupper()

    # -- calendar dates ----------------------------------------------------------------
    @rule("date_mdy", rf"(?:\b(?P<wd>{WD}),?\s+)?\b(?P<mon>{MON}){NL}\s*(?P<d>{DAY}){ORDSUF}\b"
                      rf"(?:\s*(?:-|–|to|and|through)\s*(?P<d2>{DAY}){ORDSUF}\b)?(?:,?\s+(?P<y>{YEAR})\b)?", priority=2)
    def _date_mdy(m, text):
        if not month_ok(m.group("mon")):
            return None
        mo, d = month(m.group("mon")), int(m.group("d"))
        y = int(m.group("y")) if m.group("y") else None
        if not valid_date(y or 2000, mo, d):
            return None
        nxt = word_after(text, m.end()).lower()
        if not m.group("y") and (nxt in L["plural_units"] or nxt in ("percent", "people")):
            return None
        sem = Sem("cal", y=y, m=mo, d=d)
        if m.group("wd"):
            sem.dow = L["weekdays"][m.group("wd").lower()]
        if m.group("d2"):
            d2 = int(m.group("d2"))
            if not valid_date(y or 2000, mo, d2) or d2 <= d:
                return None
            sem.end = Sem("cal", y=y, m=mo, d=d2)
        return sem

    @rule("date_dmy", rf"\b(?:the\s+)?(?P<d>{DAY}){ORDSUF}\s+(?:of\s+)?(?P<mon>{MON}){NL}(?:,?\s+(?P<y>{YEAR})\b)?", priority=2)
    def _date_dmy(m, text):
        if not month_ok(m.group("mon")):
            return None
        mo, d = month(m.group("mon")), int(m.group("d"))
        y = int(m.group("y")) if m.group("y") else None
        if not valid_date(y or 2000, mo, d):
            return None
        if m.group("mon").lower() in ("may", "march") and not y and not re.match(r"\s*(?:,|\.|;|$)", text[m.end():m.end() + 2]):
            return None
        return Sem("cal", y=y, m=mo, d=d)

    @rule("date_us", rf"(?<![\d/.])\b(?P<m>0?[1-9]|1[0-2])/(?P<d>{DAY})/(?P<y>(?:19|20)\d\d|\d\d)\b(?!/)", priority=3)
    def _date_us(m, text):
        y, mo, d = year2(m.group("y")), int(m.group("m")), int(m.group("d"))
        return Sem("cal", y=y, m=mo, d=d) if valid_date(y, mo, d) else None

    # "17.03.2026" (a byline's date in agency copy outside the English-speaking world): only
    # with a four-digit year, so that "6.15" stays a clock time and "2.5" a number
    @rule("date_dots", rf"(?<![\d.,])\b(?P<d>{DAY})\.(?P<m>0?[1-9]|1[0-2])\.(?P<y>(?:19|20)\d\d)(?![\d.,]\d)(?!\d)", priority=3)
    def _date_dots(m, text):
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        return Sem("cal", y=y, m=mo, d=d) if valid_date(y, mo, d) else None

    @rule("date_iso", rf"\b(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b", priority=3)
    def _date_iso(m, text):
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        return Sem("cal", y=y, m=mo, d=d) if valid_date(y, mo, d) else None

    SAMEYEAR = (r"(?P<same>\s+of\s+(?:that|the\s+same)\s+year\b)"
                r"|\s+of\s+the\s+(?P<nextyr>following|next|previous|preceding)\s+year\b")

    def year_suffix(sem, m):
        if m.group("same"):
            sem.shift = "ref"
        elif m.group("nextyr"):
            w = m.group("nextyr").lower()
            sem.shift = "ref+1" if w in ("following", "next") else "ref-1"
        return sem

    @rule("month", rf"\b(?:(?P<mod>{MOD})[\s-]+)?(?P<mon>{MON}){NL}(?:,?\s+(?:of\s+)?(?P<y>{YEAR})\b|{SAMEYEAR})?")
    def _month(m, text):
        name = m.group("mon")
        if not month_ok(name):
            return None
        y = int(m.group("y")) if m.group("y") else None
        if re.search(r"\d(?:st|nd|rd|th)?\s*(?:of\s+)?$", text[max(0, m.start() - 6):m.start()]):
            return None   # the month of a day that is not a date ("February 30" is caught there, "30 February" here)
        if re.match(r"\s*\d", text[m.end():m.end() + 3]) and not y:
            return None
        prev = words_before(text, m.start(), 1)
        if not y and not m.group("mod"):
            if name.lower() in L["ambiguous_months"] or name.endswith("."):
                if not prev or prev[-1] not in triggers:
                    return None
        return year_suffix(Sem("cal", y=y, m=month(name), mod=mod_of(m.group("mod"))), m)

    COUNT_ADJ = re.compile(r"additional|more|extra|new|other|further|fresh|foreign|armed|unarmed|civilian|local|\w+(?:ional|ive|ous)")

    @rule("year", rf"(?<![\d.,/$-])\b(?:(?P<mod>{MOD})[\s-]+)?(?P<y>{YEAR})\b(?![.,]\d|\d|%|\s*(?:%|percent))")
    def _year(m, text):
        prev = words_before(text, m.start(), 2)
        if prev and (prev[-1] in qty_before_year or " ".join(prev[-2:]) in qty_before_year) and not (
                prev[-1] == "than" and len(prev) > 1 and prev[-2] in ("later", "earlier", "sooner", "before", "after")):
            return None   # but "no later than 2024"
        nxt = word_after(text, m.end())
        nl = nxt.lower()
        if nl and nxt[0].islower() and COUNT_ADJ.fullmatch(nl):
            # "1200 additional troops", "2000 more people": the noun after the adjective decides
            two = re.match(r"\s*[\w'’-]+\s+([\w'’-]+)", text[m.end():m.end() + 80])
            if two and two.group(1)[:1].islower():
                nxt = two.group(1)
                nl = nxt.lower()
        if nl and nxt[0].islower() and nl.endswith("s") and nl not in ("was", "is", "has", "as", "this", "its", "his", "hers", "ours", "yours") \
                and (not prev or prev[-1] not in triggers | {"of", "the"}):
            return None   # "2000 people"
        return Sem("cal", y=int(m.group("y")), mod=mod_of(m.group("mod")))

    @rule("decade", rf"\b(?:(?P<mod>early|mid|late)[\s-]+)?(?P<dec>(?:1[5-9]|20)\d0)['’]?s\b")
    def _decade(m, text):
        return Sem("cal", decade=int(m.group("dec")) // 10, mod=mod_of(m.group("mod")))

    @rule("decade_short", rf"(?:\b(?P<mod>early|mid|late)[\s-]+)?['’](?P<dec>\d0)s\b")
    def _decade_short(m, text):
        return Sem("cal", decade=190 + int(m.group("dec")) // 10, mod=mod_of(m.group("mod")))

    @rule("decade_word", r"\b(?:(?P<mod>early|mid|late)[\s-]+)?(?:the\s+)?(?P<w>" + alt(L["decade_words"]) + r")\b")
    def _decade_word(m, text):
        if not re.search(r"\bthe\s+" + re.escape(m.group("w")) + "$", text[max(0, m.start() - 5):m.end()], re.I) \
                and "the" not in words_before(text, m.start(), 1):
            return None
        return Sem("cal", decade=190 + L["decade_words"][m.group("w").lower()], mod=mod_of(m.group("mod")))

    @rule("century", rf"\b(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<w>{alt(ORDINAL_WORDS)}))[\s-]+century\b")
    def _century(m, text):
        n = int(m.group("n")) if m.group("n") else ORDINAL_WORDS[m.group("w").lower()]
        return Sem("cal", century=n - 1) if 1 <= n <= 21 else None

    @rule("quarter", rf"\b(?P<ord>{ORD})\s+(?P<u>quarter|half)\b(?:\s+of\s+(?:(?P<y>{YEAR})|(?:the\s+|this\s+)?(?P<shift>last|next|this|the)?\s*year))?")
    def _quarter(m, text):
        k = L["quarter_ordinals"][m.group("ord").lower()]
        nxt = word_after(text, m.end()).lower()
        if nxt in ("century", "mile", "point", "inning", "of"):
            return None
        sem = Sem("cal", y=int(m.group("y")) if m.group("y") else None)
        if m.group("u").lower() == "quarter":
            sem.quarter = k
        else:
            if k > 2:
                k = 2
            sem.half = k
        sh = (m.group("shift") or "").lower()
        if sh in ("last", "next", "this"):
            sem.extra["year_shift"] = {"last": -1, "next": 1, "this": 0}[sh]
        return sem

    @rule("quarter_span", rf"\b(?P<s>first|last|final)\s+(?P<n>three|six|3|6)\s+months\s+of\s+(?:(?P<y>{YEAR})\b|"
                          rf"(?:(?P<shift>last|next|this)\s+|the\s+)?year\b)", priority=1)
    def _quarter_span(m, text):
        # "the first three months of this year" is the first quarter, "the first six months of 2023"
        # the first half, "the last three months of the year" the fourth quarter
        six = m.group("n").lower() in ("six", "6")
        first = m.group("s").lower() == "first"
        sem = Sem("cal", y=int(m.group("y")) if m.group("y") else None)
        if six:
            sem.half = 1 if first else 2
        else:
            sem.quarter = 1 if first else 4
        sh = (m.group("shift") or "").lower()
        if sh in ("last", "next", "this"):
            sem.extra["year_shift"] = {"last": -1, "next": 1, "this": 0}[sh]
        return sem

    @rule("quarter_months", rf"\b(?:the\s+)?(?P<x>(?P<m1>{MON})\s*[-–]\s*(?P<m2>{MON})\s+quarter\b(?:\s+of\s+(?P<y>{YEAR})\b)?)", priority=3)
    def _quarter_months(m, text):
        # "the October-December quarter": a calendar quarter named by its months
        a, b = month(m.group("m1")), month(m.group("m2"))
        if not (month_ok(m.group("m1")) and b == a + 2 and a % 3 == 1):
            return None
        return Sem("cal", y=int(m.group("y")) if m.group("y") else None, quarter=(a + 2) // 3)

    @rule("quarter_q", rf"\bQ(?P<q>[1-4])(?:\s+(?P<y>{YEAR}))?\b", flags=re.UNICODE)
    def _quarter_q(m, text):
        return Sem("cal", y=int(m.group("y")) if m.group("y") else None, quarter=int(m.group("q")))

    @rule("season", rf"\b(?:(?P<shift>{SHIFT})\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?P<s>spring|summer|fall|autumn|winter)\b(?:\s+(?:of\s+)?(?P<y>{YEAR})\b|{SAMEYEAR})?")
    def _season(m, text):
        prev = words_before(text, m.start(), 2)
        y = int(m.group("y")) if m.group("y") else None
        ok = y or m.group("shift") or m.group("mod")
        if not ok and prev:
            if prev[-1] in ("in", "since", "until", "by", "during", "through", "over", "before", "after"):
                ok = True
            elif prev[-1] == "the" and len(prev) > 1 and prev[-2] in ("in", "since", "until", "by", "during", "through", "over", "before", "after", "for"):
                ok = True
        if not ok:
            return None
        code = L["seasons"][m.group("s").lower()]
        sem = Sem("cal", y=y, season=code, mod=mod_of(m.group("mod")))
        sh = shift_of(m.group("shift"))
        if isinstance(sh, int):
            sem.shift = sh
        return year_suffix(sem, m)

    # -- weekdays, days, parts of days -------------------------------------------------
    @rule("weekday", rf"\b(?:(?P<shift>{SHIFT})\s+)?(?:(?P<mod>early|late)\s+(?:on\s+)?)?(?P<wd>{WD})\b(?:\s+(?P<pod>morning|afternoon|evening|night)\b)?")
    def _weekday(m, text):
        if not m.group("wd")[0].isupper():
            return None
        if not m.group("shift") and words_before(text, m.start(), 1)[-1:] in (["a"], ["any"], ["every"]):
            return None   # "fell on a Friday": no particular day
        pod = m.group("pod")
        sem = Sem("weekday", dow=L["weekdays"][m.group("wd").lower()], pod=L["day_parts"][pod.lower()] if pod else None,
                  shift=shift_of(m.group("shift")))
        if (m.group("mod") or "").lower() == "early":
            sem.extra["early"] = True
        if words_before(text, m.start(), 2)[-2:] in SCHEDULED_FOR:
            sem.cue = "scheduled"   # "the meeting scheduled for Saturday was cancelled"
        return sem

    @rule("pod_date", rf"\b(?:(?:early|late)\s+)?(?P<pod>morning|afternoon|evening|night|(?:early|small|wee)\s+hours)\s+of\s+(?:(?P<wd>{WD}),?\s+)?"
                      rf"(?:(?P<mon>{MON}){NL}\s*(?P<d>{DAY}){ORDSUF}\b|(?:the\s+)?(?P<d2>{DAY}){ORDSUF}\s+(?:of\s+)?(?P<mon2>{MON}){NL})"
                      rf"(?:,?\s+(?P<y>{YEAR})\b)?", priority=2)
    def _pod_date(m, text):
        # "on the evening of Oct. 9", "the night of 9 November 1989": one expression
        name = m.group("mon") or m.group("mon2")
        if not month_ok(name):
            return None
        y = int(m.group("y")) if m.group("y") else None
        mo, d = month(name), int(m.group("d") or m.group("d2"))
        if not valid_date(y or 2000, mo, d):
            return None
        p = m.group("pod").lower()
        sem = Sem("cal", y=y, m=mo, d=d, pod=None if p.endswith("hours") else L["day_parts"][p])   # "early hours of Jan. 5": the day
        if m.group("wd"):
            sem.dow = L["weekdays"][m.group("wd").lower()]
        return sem

    @rule("pod_weekday", rf"\b(?P<pod>morning|afternoon|evening|night)\s+of\s+(?P<wd>{WD})\b", priority=1)
    def _pod_weekday(m, text):
        if not m.group("wd")[0].isupper():
            return None
        return Sem("weekday", dow=L["weekdays"][m.group("wd").lower()], pod=L["day_parts"][m.group("pod").lower()])

    @rule("weekday_hours", rf"\b(?:early|small|wee)\s+hours\s+of\s+(?P<wd>{WD})\b", priority=1)
    def _weekday_hours(m, text):
        sem = Sem("weekday", dow=L["weekdays"][m.group("wd").lower()])
        sem.extra["early"] = True
        return sem

    @rule("eve", r"\bthe\s+(?P<x>eve)\b(?!\s+of\b|-)")
    def _eve(m, text):
        # "On the eve, the company had threatened ...": the evening before the story's day, like
        # "the previous evening"; "on the eve of the summit" hangs on an event that has no date here
        if words_before(text, m.start(), 1)[-1:] not in (["on"], ["by"]):
            return None
        return Sem("refday", shift=-1, pod="EV")

    @rule("refday_pod", r"\bthe\s+(?P<x>(?P<s>next|following|previous|preceding)\s+(?P<pod>morning|afternoon|evening|night))\b"
                        r"|\b(?P<x2>(?P<pod2>morning|afternoon|evening|night|day))\s+before\b(?!\s+(?:the|a|an|last|his|her|their|its)\b)", priority=1)
    def _refday_pod(m, text):
        # "the next morning", "the following night", "the night before": the story's day, shifted
        if m.group("x2"):
            prev = words_before(text, m.start(), 1)
            nxt = word_after(text, m.end())
            if not prev or prev[-1] != "the" or (nxt and (nxt[0].isupper() or nxt[0].isdigit())):
                return None   # "the day before Christmas", "the night before Jan. 5": anchored on what follows
            if m.group("pod2").lower() == "day":
                return Sem("refday", shift=-1)   # "the day before"
            pod, back = L["day_parts"][m.group("pod2").lower()], True
        else:
            pod, back = L["day_parts"][m.group("pod").lower()], m.group("s").lower() in ("previous", "preceding")
        shift = -1 if back else 1
        if pod == "NI" and not back:
            shift = 0   # the night after a day began on that day
        return Sem("refday", shift=shift, pod=pod)

    @rule("later_in_the", r"\b(?P<lead>later|earlier)\s+in\s+the\s+(?P<u>day|week|month|year)\b")
    def _later_in_the(m, text):
        # "later in the day", "earlier in the week": the story's day, week, month or year
        u = m.group("u").lower()
        if u == "day":
            return Sem("refday", shift=0)
        return Sem("relunit", unit={"week": "W", "month": "M", "year": "Y"}[u], shift="ref")

    @rule("that_day", r"\b(?:later|earlier)\s+that\s+day\b")
    def _that_day(m, text):
        return Sem("refday", shift=0)

    @rule("early_hours", r"\b(?:early|small|wee)\s+hours\b(?!\s+of\b)")
    def _early_hours(m, text):
        prev = words_before(text, m.start(), 2)
        if prev[-2:] not in (["in", "the"], ["during", "the"], ["until", "the"], ["into", "the"]):
            return None
        return Sem("refday", shift=0)   # "In the early hours fighters attacked": the day in question

    @rule("weekday_midnight", rf"\b(?P<t>midnight|noon)\s+(?:on\s+)?(?P<wd>{WD})\b", priority=1)
    def _weekday_midnight(m, text):
        return Sem("weekday", dow=L["weekdays"][m.group("wd").lower()], hour=24 if m.group("t").lower() == "midnight" else 12, minute=0)

    @rule("relday", r"\b(?P<rd>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tonight|tomorrow)\b"
                    r"(?:\s+(?P<pod>morning|afternoon|evening|night))?")
    def _relday(m, text):
        rd = re.sub(r"\s+", " ", m.group("rd").lower())
        pod = m.group("pod")
        if rd == "tonight":
            return Sem("relday", shift=0, pod="NI")
        return Sem("relday", shift=L["relative_days"][rd], pod=L["day_parts"][pod.lower()] if pod else None)

    @rule("this_pod", r"\b(?P<s>this|last|tomorrow|yesterday)\s+(?P<pod>morning|afternoon|evening|night)\b", priority=1)
    def _this_pod(m, text):
        s, pod = m.group("s").lower(), L["day_parts"][m.group("pod").lower()]
        if s == "last" and pod == "NI":
            return Sem("lastnight")
        if s == "last":
            return Sem("relday", shift=-1, pod=pod)
        return Sem("relday", shift={"this": 0, "tomorrow": 1, "yesterday": -1}[s], pod=pod)

    @rule("night_into", rf"\b(?:overnight\s+(?:from\s+)?(?P<wd1>{WD})|(?P<wd0>{WD})\s+night)\s+(?:into|to)\s+(?P<wd>{WD})\b", priority=2)
    def _night_into(m, text):
        # "overnight Wednesday into Thursday", "Sunday night into Monday": one night
        first = (m.group("wd1") or m.group("wd0"))
        if not (first[0].isupper() and m.group("wd")[0].isupper()):
            return None
        d1, d2 = L["weekdays"][first.lower()], L["weekdays"][m.group("wd").lower()]
        if d2 != d1 % 7 + 1:
            return None
        return Sem("weekday", dow=d2, pod="NI", night_before=True)

    @rule("overnight", r"\bovernight\b")
    def _overnight(m, text):
        nxt = word_after(text, m.end()).lower()
        if nxt in ("stay", "stays", "trip", "train", "flight", "shift", "shifts", "rates", "rate", "success", "sensation", "bag"):
            return None
        # unlike "last night", "overnight" may follow the story's day ("on Saturday ... overnight")
        return Sem("lastnight", extra={"anaphoric": True})

    @rule("pod", r"\b(?:(?P<mod>early|late|mid)[\s-]+)?(?P<pod>morning|afternoon|evening|night|noon|midday|midnight)\b")
    def _pod(m, text):
        p = m.group("pod").lower()
        if m.group("mod") and p in ("noon", "midday", "midnight"):
            return None
        prev = words_before(text, m.start(), 2)
        last = prev[-1] if prev else ""
        if p in ("noon", "midday", "midnight"):
            if last not in ("at", "by", "until", "till", "before", "after", "around", "since", "from", "to", "about", "past") and not (
                    last in ("the", "a") and word_after(text, m.end()).lower() in ("deadline", "curfew", "cutoff", "cut-off")):
                return None   # but "just after the midnight deadline"
            return Sem("time", hour=24 if p == "midnight" else 12, minute=0)
        if last in ("every", "each"):
            return Sem("set", value="T" + L["day_parts"][p])
        if last == "the" and len(prev) > 1 and prev[-2] in ("in", "during", "by", "until", "through", "overnight", "into", "throughout"):
            return Sem("pod", pod=L["day_parts"][p])
        if last in ("that", "same"):
            return Sem("pod", pod=L["day_parts"][p])
        return None

    # "at dawn", "at daybreak", "at first light", "by nightfall", "at dusk": a part of the day like
    # "in the morning"/"in the evening" (the day comes from the context: "Tuesday at dawn")
    PHR = alt(L["day_part_phrases"])
    PHRASE_PREV = {"at", "by", "before", "after", "until", "till", "around", "about", "since", "toward", "towards", "near"}
    DUSK_DAWN = re.compile(r"(?:dusk|sunset|sundown|nightfall)[\s-]+(?:to|till|until|and)[\s-]+(?:dawn|sunrise|daybreak|first\s+light)", re.IGNORECASE)

    def curfew_span(text: str, start: int, end: int) -> bool:
        """"a curfew from dusk to dawn", "between sunset and sunrise": every night, no one day."""
        for mm in DUSK_DAWN.finditer(text, max(0, start - 30), min(len(text), end + 30)):
            if mm.start() <= start and end <= mm.end():
                return True
        return False

    @rule("pod_phrase", rf"\b(?P<ph>{PHR}){NL}(?![\s-]+(?:of|raids?|curfew)\b)")
    def _pod_phrase(m, text):
        if not m.group("ph")[0].islower():
            return None   # "Dawn" (a name, a newspaper)
        prev = words_before(text, m.start(), 1)
        if not prev or prev[-1] not in PHRASE_PREV or curfew_span(text, m.start(), m.end()):
            return None
        return Sem("pod", pod=L["day_part_phrases"][re.sub(r"\s+", " ", m.group("ph").lower())])

    @rule("pod_phrase_before", rf"\bbefore\s+(?P<ph>dawn|daybreak|first\s+light|sunrise){NL}|\bpre-?dawn\s+hours\b", priority=1)
    def _pod_phrase_before(m, text):
        # "before dawn", "in the pre-dawn hours": the early hours of the day, one expression (like
        # the German "in den frühen Morgenstunden"); "before nightfall" is the evening with "before"
        # outside, as with "before midnight"
        if m.group("ph") and not m.group("ph")[0].islower():
            return None
        return Sem("pod", pod="MO")

    @rule("weekend", rf"\b(?:(?P<shift>{SHIFT})\s+)?weekend\b")
    def _weekend(m, text):
        return Sem("weekend", shift=shift_of(m.group("shift")))

    # -- relative expressions ----------------------------------------------------------
    @rule("relunit", rf"\b(?:(?P<lead>earlier|later|early|late|mid)[\s-]+)?(?P<shift>{SHIFT})\s+(?P<unit>week|month|year|quarter|decade)\b")
    def _relunit(m, text):
        unit = {"week": "W", "month": "M", "year": "Y", "quarter": "Q", "decade": "DE"}[m.group("unit").lower()]
        sh = shift_of(m.group("shift"))
        if sh is None:
            return None
        lead = (m.group("lead") or "").lower()
        if unit == "DE":
            if lead:
                return None
            if m.group("shift").lower() in ("past", "last") and words_before(text, m.start(), 1)[-1:] == ["the"]:
                return Sem("dur", n=1.0, unit="DE")   # "over the past decade": the last ten years
            if not isinstance(sh, int):
                return None
            return Sem("relunit", unit="DE", shift=sh)   # "this decade", "next decade"
        mod = {"early": "START", "late": "END", "mid": "MID"}.get(lead)
        if m.group("shift").lower() == "past" and unit in ("W", "M", "Y"):
            prev = words_before(text, m.start(), 1)
            if prev and prev[-1] == "the" and not lead:
                return Sem("dur", n=1.0, unit=unit)   # "over the past year": a span up to now
            sh = -1
        sem = Sem("relunit", unit=unit, shift=sh, mod=mod)
        # "this week" said on a Sunday is the week starting that day, but "earlier this week" is
        # the one ending it
        sem.extra["sunday_week"] = lead != "earlier"
        return sem

    @rule("relunit_mod", r"\b(?P<mod>end|beginning|start|middle)\s+of\s+(?P<det>the|this)\s+(?P<unit>week|month|year)\b")
    def _relunit_mod(m, text):
        unit = {"week": "W", "month": "M", "year": "Y"}[m.group("unit").lower()]
        sem = Sem("relunit", unit=unit, shift=0, mod=mod_of(m.group("mod")))
        if m.group("det").lower() == "the":
            sem.extra["definite"] = True   # "the end of the year": this one, or the one the tense allows
        return sem

    @rule("prev_unit", r"\b(?:the\s+)?(?P<x>(?P<s>previous|following|same|next)\s+(?P<unit>day|year|month))\b", priority=1)
    def _prev_unit(m, text):
        s = m.group("s").lower()
        unit = m.group("unit").lower()
        if s == "next":
            if unit != "day" or "the" not in words_before(text, m.start("x"), 1):
                return None   # "next year": relative to the publication date (relunit)
            s = "following"
        if unit == "day":
            return Sem("refday", shift={"previous": -1, "following": 1, "same": 0}[s])
        return Sem("relunit", unit={"year": "Y", "month": "M"}[unit], shift={"previous": "ref-1", "following": "ref+1", "same": "ref"}[s])

    @rule("ago", rf"\b(?:(?P<approx>{APPROX})\s+)?(?P<n>{NUM}|{VAGUE})\s+(?P<unit>{UNIT})\s+ago\b", priority=1)
    def _ago(m, text):
        n = num(m.group("n"))
        unit = L["units"][m.group("unit").lower()]
        if n is None:
            return Sem("ref", value="PAST_REF")
        return Sem("offset", n=n, unit=unit, shift=-1, exact=(m.group("approx") or "").lower() in L["exact_words"])

    @rule("ago_bare", rf"\b(?P<unit>{PLUNIT})\s+ago\b")
    def _ago_bare(m, text):
        return Sem("ref", value="PAST_REF")

    @rule("in_future", rf"\bin\s+(?P<n>{NUM})\s+(?P<unit>days|weeks|months|years)(?:['’]\s+time)?\b", priority=-1)
    def _in_future(m, text):
        prev = words_before(text, m.start(), 3)
        if set(prev) & {"time", "first", "level", "high", "highest", "low", "lowest", "once", "twice", "ever", "last", "only"}:
            return None
        n = num(m.group("n"))
        return Sem("offset", n=n, unit=L["units"][m.group("unit").lower()], shift=1) if n else None

    @rule("vague_ref", rf"\b(?P<s>recent|coming|upcoming|past\s+few|last\s+few|next\s+few)\s+(?P<unit>{PLUNIT})\b")
    def _vague_ref(m, text):
        s = m.group("s").lower()
        if s in ("coming", "upcoming") or s.startswith("next"):
            return Sem("ref", value="FUTURE_REF")
        return Sem("dur", n=None, unit=L["plural_units"][m.group("unit").lower()])

    # -- durations ---------------------------------------------------------------------
    @rule("duration", rf"\b(?:(?P<approx>{APPROX})\s+)?(?P<n>{NUM}|{VAGUE})[\s-]+(?P<unit>{UNIT})(?:-long)?\b(?!-old)")
    def _duration(m, text):
        low = text[max(0, m.start() - 12):m.end() + 12].lower()
        if age_rx.search(low):
            return None
        nxt = word_after(text, m.end()).lower()
        if nxt in ("old", "older", "younger", "ago"):
            return None
        n = num(m.group("n"))
        unit = L["units"][m.group("unit").lower()]
        if unit == "Q" and nxt == "of":
            return None   # "three-quarters of a percentage point"
        if unit == "S" and m.group("n").lower() in ("a", "an", "one") and not m.group("approx"):
            return None   # "a second term"
        if m.group("n").lower() in ("a", "an") and not m.group("approx"):
            prev = words_before(text, m.start(), 1)
            last = prev[-1] if prev else ""
            if nxt not in ("after", "before", "later", "earlier", "of", "or", "and", "in", "to") and last not in (
                    "for", "in", "within", "over", "than", "nearly", "almost", "only", "just", "least", "about", "around", "half", "but", "lasted", "took", "spent"):
                # "100,000 vehicles a day", "twice a year": a frequency
                if last and unit in ("D", "W", "M", "Y", "H"):
                    return Sem("set", value=_pvalue(1, unit))
                return None
        return Sem("dur", n=n, unit=unit)

    @rule("duration_ordinal", rf"\b(?P<s>past|last|next|coming|previous|first|final)\s+(?:(?P<approx>{APPROX})\s+)?(?P<n>{NUM})\s+(?P<unit>{PLUNIT})\b")
    def _duration_ordinal(m, text):
        prev = words_before(text, m.start(), 1)
        if not prev or prev[-1] not in ("the", "these", "those", "its", "their", "his", "her", "our"):
            return None   # "expected to last about three weeks": the verb, not "the last"
        n = num(m.group("n"))
        return Sem("dur", n=n, unit=L["plural_units"][m.group("unit").lower()]) if n else None

    @rule("duration_bare", rf"\b(?:for|over|within|after|in)\s+(?P<x>(?:(?:many|several|some)\s+)?(?P<unit>{PLUNIT}))\b")
    def _duration_bare(m, text):
        return Sem("dur", n=None, unit=L["plural_units"][m.group("unit").lower()])

    @rule("duration_verb", rf"\b(?:take|takes|took|taken|taking|last|lasts|lasted|lasting|spend|spends|spent|spending|wait|waits|waited|waiting)\s+"
                           rf"(?P<x>(?:(?:many|several|some)\s+)?(?P<unit>{PLUNIT}))\b")
    def _duration_verb(m, text):
        # "restoring power could take days", "the talks lasted weeks"
        nxt = word_after(text, m.end()).lower()
        if nxt in ("off", "ago", "old") or (nxt == "of" and m.group(0).lower().startswith("last")):
            return None   # "took days off", "the last days of the war"; but "could take months of talks"
        return Sem("dur", n=None, unit=L["plural_units"][m.group("unit").lower()])

    @rule("duration_later", rf"\b(?P<x>(?P<unit>hours|days|weeks|months|years|decades))\s+(?:after|before|later|earlier){NL}")
    def _duration_later(m, text):
        pm = re.search(r"([\w'’-]+)\s+$", text[max(0, m.start() - 30):m.start()])
        prev = [pm.group(1).lower()] if pm else []
        if prev and (prev[-1] in L["numbers"] or prev[-1] in L["vague_numbers"] or prev[-1].isdigit() or prev[-1] in ("few", "many", "the", "of")):
            return None
        return Sem("dur", n=None, unit=L["plural_units"][m.group("unit").lower()])

    @rule("duration_period", r"\b(?:a|an)\s+(?:limited|short|long|brief|certain|indefinite|extended|lengthy)\s+(?:period|time|while)(?:\s+of\s+time)?\b")
    def _duration_period(m, text):
        return Sem("dur", n=None, unit="X")

    # -- sets --------------------------------------------------------------------------
    @rule("set_every", rf"\b(?:every|each)\s+(?:(?P<n>{NUM})\s+)?(?P<unit>{UNIT})\b", priority=1)
    def _set_every(m, text):
        n = num(m.group("n")) if m.group("n") else 1.0
        return Sem("set", value=_pvalue(n, L["units"][m.group("unit").lower()])) if n else None

    @rule("set_per", r"\b(?:per|a)\s+(?P<unit>day|week|month|year|hour)\b(?=\s*(?:[.,;]|$|\b(?:for|to|in|on|at|during)\b))", priority=-1)
    def _set_per(m, text):
        g = m.group(0).lower()
        if g.startswith("a "):
            return None
        return Sem("set", value=_pvalue(1, L["units"][m.group("unit").lower()]))

    @rule("set_per2", r"\bper\s+(?P<unit>day|week|month|year|hour)\b", priority=1)
    def _set_per2(m, text):
        return Sem("set", value=_pvalue(1, L["units"][m.group("unit").lower()]))

    @rule("set_weekday", rf"\b(?:every|each)\s+(?P<wd>{WD})\b", priority=1)
    def _set_weekday(m, text):
        return Sem("set", value=f"XXXX-WXX-{L['weekdays'][m.group('wd').lower()]}")

    @rule("set_season", r"\b(?:every|each)\s+(?P<s>spring|summer|fall|autumn|winter)\b", priority=1)
    def _set_season(m, text):
        return Sem("set", value="XXXX-" + L["seasons"][m.group("s").lower()])

    @rule("set_wd_plural", r"\b(?P<w>" + alt(L["weekday_sets"]) + r")\b")
    def _set_wd_plural(m, text):
        if not m.group("w")[0].isupper():
            return None
        return Sem("set", value=f"XXXX-WXX-{L['weekday_sets'][m.group('w').lower()]}")

    @rule("set_adverb", r"\b(?P<w>daily|weekly|monthly|annually|yearly|hourly|nightly|quarterly)\b")
    def _set_adverb(m, text):
        w = m.group("w").lower()
        v = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
             "nightly": "TNI", "quarterly": "P3M"}[w]
        return Sem("set", value=v)

    # -- clock times -------------------------------------------------------------------
    @rule("time_ampm", r"(?<![\d.:])\b(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)", flags=re.IGNORECASE)
    def _time_ampm(m, text):
        h = int(m.group("h")) % 12
        if m.group("ap").lower().startswith("p"):
            h += 12
        return Sem("time", hour=h, minute=int(m.group("mi") or 0))

    @rule("time_gmt", r"(?<![\d.:,])\b(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?:GMT|UTC|ET|EST|EDT)\b", flags=re.UNICODE, priority=2)
    def _time_gmt(m, text):
        # wire style "(1900 GMT)": a clock time, not the year 1900
        return Sem("time", hour=int(m.group("h")), minute=int(m.group("mi")))

    @rule("time_24dot", r"(?<![\d.:,])\b(?P<h>[01]?\d|2[0-3])\.(?P<mi>[0-5]\d)\s*(?:GMT|UTC|CET|BST|EST|EDT|IST|local\s+time)\b")
    def _time_24dot(m, text):
        # "15.10 GMT", "18.45 local time": a clock time with a dot, only with its zone (else a decimal)
        return Sem("time", hour=int(m.group("h")), minute=int(m.group("mi")))

    @rule("time_24", r"(?<![\d.:])\b(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)\b(?!:\d)(?:\s*(?:GMT|UTC|CET|ET|EST|EDT|BST|local\s+time)\b)?")
    def _time_24(m, text):
        return Sem("time", hour=int(m.group("h")), minute=int(m.group("mi")))

    @rule("time_daypart", rf"\b(?:at|around|about|by|until|after|before|since|from)\s+(?:(?:about|around|roughly|approximately)\s+)?"
                          rf"(?P<x>(?P<h>1[0-2]|0?[1-9]|{alt(['one','two','three','four','five','six','seven','eight','nine','ten','eleven','twelve'])})"
                          r"(?::(?P<mi>[0-5]\d))?(?:\s+o['’]clock)?\s+(?:in\s+the\s+(?P<dp>morning|afternoon|evening)|at\s+(?P<dp2>night)))\b", priority=2)
    def _time_daypart(m, text):
        # "at 3 in the morning", "at 8 o'clock in the evening", "at 10 at night"
        h = num(m.group("h"))
        if not h:
            return None
        h = int(h) % 12
        dp = (m.group("dp") or m.group("dp2")).lower()
        if dp in ("afternoon", "evening") or (dp == "night" and h >= 6):
            h += 12
        return Sem("time", hour=h, minute=int(m.group("mi") or 0))

    @rule("time_oclock", rf"\b(?P<h>1[0-2]|0?[1-9]|{alt(['one','two','three','four','five','six','seven','eight','nine','ten','eleven','twelve'])})\s+o['’]clock\b")
    def _time_oclock(m, text):
        h = num(m.group("h"))
        return Sem("time", hour=int(h), minute=0) if h else None

    # -- holidays ----------------------------------------------------------------------
    @rule("holiday", rf"\b(?P<hol>{HOL})(?![A-Za-z])(?:\s+(?P<y>{YEAR})\b)?")
    def _holiday(m, text):
        if not m.group("hol")[0].isupper():
            return None
        if word_after(text, m.end()).lower() in L["holiday_modified"]:
            return None   # "the Easter recess", "Christmas shopping"
        key = re.sub(r"\s+", " ", m.group("hol").lower()).replace("’", "'")
        return Sem("holiday", holiday=L["holidays"][key], y=int(m.group("y")) if m.group("y") else None)

    @rule("holiday_weekend", r"\b(?P<w>" + alt(L["holiday_weekends"]) + r")\b", priority=1)
    def _holiday_weekend(m, text):
        if not m.group("w")[0].isupper():
            return None
        return Sem("weekend", holiday=L["holiday_weekends"][re.sub(r"\s+", " ", m.group("w").lower())])

    @rule("new_year", r"\bthe\s+(?P<x>new\s+year)\b")
    def _new_year(m, text):
        if m.group("x")[0].isupper():
            return None   # "the New Year": the holiday
        return Sem("cal", shift="newyear")

    @rule("past_future_ref", r"\b(?P<w>" + alt(L["past_ref"] + L["future_ref"]) + r")(?![\w])")
    def _past_future_ref(m, text):
        w = re.sub(r"\s+", " ", m.group("w")).lower()
        prev = words_before(text, m.start(), 1)
        if prev and prev[-1] in ("as", "too", "how", "so", "very", "bis"):
            return None   # "as soon as", "bis vor kurzem"
        if w in ("shortly", "soon") and word_after(text, m.end()).lower() in (
                "after", "afterwards", "afterward", "thereafter", "before", "beforehand", "then"):
            return None   # "Shortly afterwards, both parties agreed": relative to the story, no reference of its own
        return Sem("ref", value="PAST_REF" if w in [x.lower() for x in L["past_ref"]] else "FUTURE_REF")

    @rule("present_ref", r"\b(?P<w>" + alt(L["present_ref"]) + r")\b")
    def _present_ref(m, text):
        return Sem("ref", value="PRESENT_REF")

    return Grammar("en", rules)
