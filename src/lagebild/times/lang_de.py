"""German temporal expression grammar (patterns over the lexicon in data/de/lexicon.json)."""
from __future__ import annotations

import re
from functools import lru_cache

_OF_EVENT = re.compile(r"\s+(?:des|der)\s+[A-ZÄÖÜ]")

from .dates import valid_date, year2
from .grammar import Grammar, alt, rule_collector, load_json, word_after, words_before
from .sem import Sem

F = re.IGNORECASE | re.UNICODE
NL = r"(?![A-Za-zÄÖÜäöüß])"          # no letter follows


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    L = load_json("de", "lexicon")
    T = load_json("de", "tense")
    months = L["months"]
    MON = alt(months)
    WD = alt(L["weekdays"])
    PODW = alt(L["day_parts"])
    NUMW = alt(L["numbers"])
    NUM = rf"(?:\d+(?:,\d+)?|{NUMW})"
    VAGUE = alt(L["vague_numbers"])
    APPROX = alt(L["approx"])
    UNIT = alt(L["units"])
    PLUNIT = alt(L["plural_units"])
    DAY = r"(?:0?[1-9]|[12]\d|3[01])"
    YEAR = r"(?:1[0-9]\d\d|20\d\d)"
    SHIFT = alt(L["shifts"]) + r"(?:e|en|er|es|em)?"
    MOD = alt(L["boundary"])
    HOL = alt(L["holidays"])
    ORD = alt(L["quarter_ordinals"])
    DECW = alt(L["decade_words"])
    SEASON = r"(?:Frühjahr(?:es|s)?|Frühling(?:s)?|Sommer(?:s)?|Herbst(?:es|s)?|Winter(?:s)?)"
    triggers = set(L["month_triggers"])
    qty_before_year = set(L["quantity_before_year"])
    age_rx = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(a) for a in L["age_context"]) + r")", re.IGNORECASE)
    past_cues = set(T.get("past_cues", []))
    _VAGUE_COUNTS = {"hunderte", "tausende", "dutzende", "zehntausende", "hunderttausende", "zahlreiche",
                     "mehrere", "viele", "einige", "etliche"}
    COUNT_ADJ = re.compile(r"(?:\w+(?:lich|isch|ig|bar|los|sam|haft)|weiter|neu|ander|zivil)(?:e|en|er|es|em)$", re.IGNORECASE)
    future_cues = set(T.get("future_cues", []))

    def num(s: str | None) -> float | None:
        if s is None:
            return None
        s = s.lower()
        if s in L["numbers"]:
            return float(L["numbers"][s])
        if re.fullmatch(r"\d+(?:,\d+)?", s):
            return float(s.replace(",", "."))
        return None

    def month(s: str) -> int:
        return months[s.lower().replace(" ", "")]

    def shift_of(s: str | None):
        if not s:
            return None
        s = s.lower()
        for stem, v in L["shifts"].items():
            if s.startswith(stem):
                if stem in ("folgend", "darauffolgend"):
                    return "ref+1"
                return v
        return None

    def mod_of(s: str | None):
        return L["boundary"].get(s.lower()) if s else None

    sched_after = set(L.get("schedule_cues_after", []))

    def cue(text: str, pos: int, end: int | None = None):
        for w in words_before(text, pos, 3):
            if w in past_cues:
                return "past"
            if w in future_cues:
                return "future"
        if end is not None:
            after = re.findall(r"[\wäöüß]+", text[end:end + 40].split(".")[0])[:3]
            if any(w.lower() in sched_after or re.sub(r"(?:e|en|er|es|em)$", "", w.lower()) in sched_after for w in after):
                return "scheduled"   # "ist für den 31. Oktober geplant", "das für Samstag geplante Treffen"
        return None

    rules, rule = rule_collector(F)

    # -- absolute and partial calendar dates ------------------------------------------
    @rule("date_text", rf"(?:\b(?P<wd>{WD})\s*,?\s+(?:(?:den|dem)\s+)?)?(?<![\d.])\b(?P<d>{DAY})\.\s*"
                       rf"(?:(?P<conn>und|bis|–|-)\s*(?P<d2>{DAY})\.\s*)?(?P<mon>{MON}){NL}(?:\s+(?P<y>{YEAR})\b)?", priority=2)
    def _date_text(m, text):
        mo = month(m.group("mon"))
        y = int(m.group("y")) if m.group("y") else None
        d = int(m.group("d"))
        if not valid_date(y or 2000, mo, d):
            return None
        sem = Sem("cal", y=y, m=mo, d=d, cue=cue(text, m.start(), m.end()))
        if m.group("wd"):
            sem.dow = L["weekdays"][m.group("wd").lower()]
        if m.group("d2"):
            d2 = int(m.group("d2"))
            if not valid_date(y or 2000, mo, d2) or d2 <= d:
                return None
            sem.end = Sem("cal", y=y, m=mo, d=d2)
        return sem

    @rule("date_num", rf"(?<![\d.,])\b(?P<d>{DAY})\.(?P<m>0?[1-9]|1[0-2])\.(?:(?P<y>(?:19|20)\d\d|\d\d)(?![\d.,]\d))?(?!\d)", priority=2)
    def _date_num(m, text):
        d, mo = int(m.group("d")), int(m.group("m"))
        y = year2(m.group("y")) if m.group("y") else None
        if not valid_date(y or 2000, mo, d):
            return None
        if y is None and re.match(r"\s*\d", text[m.end():m.end() + 3]):
            return None
        return Sem("cal", y=y, m=mo, d=d, cue=cue(text, m.start(), m.end()))

    @rule("date_iso", rf"\b(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b", priority=3)
    def _date_iso(m, text):
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        return Sem("cal", y=y, m=mo, d=d) if valid_date(y, mo, d) else None

    SAMEYEAR = (r"(?P<same>\s+(?:desselben|des\s+gleichen|des\s+selben|jenes)\s+Jahres\b)"
                r"|\s+(?:des\s+)?(?P<nextyr>folgenden|darauffolgenden|nächsten|kommenden|vergangenen|letzten|vorigen)\s+Jahres\b")

    def year_suffix(sem, m):
        if m.group("same"):
            sem.shift = "ref"
        elif m.group("nextyr"):
            w = m.group("nextyr").lower()
            if w in ("folgenden", "darauffolgenden"):
                sem.shift = "ref+1"
            else:
                sem.extra["year_shift"] = 1 if w in ("nächsten", "kommenden") else -1
        return sem

    @rule("month", rf"\b(?:(?P<mod>{MOD})\s+)?(?P<mon>{MON}){NL}(?:\s+(?P<y>{YEAR})\b|{SAMEYEAR})?")
    def _month(m, text):
        name = m.group("mon")
        if not name[0].isupper():
            return None
        if not m.group("mod") and re.search(r"\d\.\s*$", text[max(0, m.start() - 4):m.start()]):
            return None   # the month of a day that is not a date ("31. Februar")
        y = int(m.group("y")) if m.group("y") else None
        prev = words_before(text, m.start(), 1)
        if not y and not m.group("mod"):
            if name.lower() in L["ambiguous_months"] or name.endswith("."):
                if not prev or prev[-1] not in triggers:
                    return None
            nxt = word_after(text, m.end())
            if name.lower() == "august" and nxt[:1].isupper() and (not prev or prev[-1] not in triggers):
                return None
        sem = Sem("cal", y=y, m=month(name), mod=mod_of(m.group("mod")), cue=cue(text, m.start(), m.end()))
        return year_suffix(sem, m)

    @rule("year", rf"(?<![\d.,/-])\b(?:(?P<mod>{MOD})\s+)?(?P<y>{YEAR})\b(?![.,]\d|\d|%|\s*(?:%|Prozent))")
    def _year(m, text):
        prev = words_before(text, m.start(), 2)
        if prev and (prev[-1] in qty_before_year or " ".join(prev[-2:]) in qty_before_year):
            return None
        nxt = word_after(text, m.end())
        announced = prev and prev[-1] in ("jahr", "jahre", "jahren", "jahres", "im", "seit", "bis", "ab", "von", "vom", "in",
                                          "sommer", "herbst", "winter", "frühjahr", "frühling", "anfang", "mitte", "ende", "und")
        if nxt and not nxt[0].isupper() and COUNT_ADJ.match(nxt) and not m.group("mod"):
            # "1200 zusätzliche Soldaten", "2000 weitere Menschen": an attributive adjective between
            # the number and its noun makes it a count (verbs have no such endings)
            two = re.match(r"\s*[\w'’-]+\s+([\w'’-]+)", text[m.end():m.end() + 80])
            if two and two.group(1)[:1].isupper():
                nxt = two.group(1)
        if nxt and nxt[0].isupper() and nxt.lower() not in months and not m.group("mod") \
                and nxt.lower() not in _VAGUE_COUNTS:
            # ("waren 2025 Hunderte Oppositionelle festgenommen worden": a count word of its own
            # follows, so the number is a year)
            # "2000 Menschen": a count, not a year, unless a temporal word announces the year
            if not announced:
                return None
        return Sem("cal", y=int(m.group("y")), mod=mod_of(m.group("mod")))

    @rule("decade", rf"\b(?:(?P<mod>{MOD})\s+(?:der\s+)?)?(?P<dec>(?:1[5-9]|20)?\d0)er(?:\s*|-)?(?:Jahren?|Jahre)?{NL}")
    def _decade(m, text):
        dec = m.group("dec")
        val = int(dec) // 10 if len(dec) == 4 else 190 + int(dec) // 10
        return Sem("cal", decade=val, mod=mod_of(m.group("mod")))

    @rule("decade_word", rf"\b(?:(?P<mod>{MOD})\s+(?:der\s+)?)?(?P<w>{DECW})(?:n|\s+Jahren?|-Jahren?)?{NL}")
    def _decade_word(m, text):
        return Sem("cal", decade=190 + L["decade_words"][m.group("w").lower()], mod=mod_of(m.group("mod")))

    @rule("century", rf"\b(?P<n>\d{{1,2}})\.\s*Jahrhunderts?{NL}")
    def _century(m, text):
        n = int(m.group("n"))
        return Sem("cal", century=n - 1) if 1 <= n <= 21 else None

    @rule("quarter_compound", rf"\b(?P<w>Schlussquartal|Jahresschlussquartal|Auftaktquartal|Startquartal)(?:es|s)?{NL}"
                              rf"(?:\s+(?P<y>{YEAR})\b)?")
    def _quarter_compound(m, text):
        # "im Schlussquartal" (the fourth), "im Auftaktquartal" (the first)
        q = 4 if "schluss" in m.group("w").lower() else 1
        return Sem("cal", y=int(m.group("y")) if m.group("y") else None, quarter=q, cue=cue(text, m.start(), m.end()))

    @rule("quarter", rf"\b(?P<ord>{ORD})\s+(?P<u>Quartal|Halbjahr|Jahreshälfte)(?:es|s)?{NL}"
                     rf"(?:\s+(?P<y>{YEAR})\b|\s+(?:des\s+)?(?P<shift>{SHIFT})\s+Jahres\b)?")
    def _quarter(m, text):
        k = L["quarter_ordinals"][m.group("ord").lower()]
        u = m.group("u").lower()
        sem = Sem("cal", y=int(m.group("y")) if m.group("y") else None, cue=cue(text, m.start(), m.end()))
        if u.startswith("quartal"):
            sem.quarter = k
        else:
            if k > 2:
                return None
            sem.half = k
        sh = shift_of(m.group("shift"))
        if isinstance(sh, int):
            sem.extra["year_shift"] = sh
        return sem

    @rule("quarter_span", rf"\b(?P<s>ersten|letzten)\s+(?P<n>drei|sechs|3|6)\s+Monaten?\s+(?:(?:des\s+Jahres\s+)?(?P<y>{YEAR})\b|"
                          rf"(?:des\s+)?(?P<shift>{SHIFT})\s+Jahres\b|des\s+Jahres\b)", priority=1)
    def _quarter_span(m, text):
        # "in den ersten drei Monaten dieses Jahres" is the first quarter, "in den ersten sechs
        # Monaten 2023" the first half, "die letzten drei Monate des Jahres" the fourth quarter
        six = m.group("n").lower() in ("sechs", "6")
        first = m.group("s").lower() == "ersten"
        sem = Sem("cal", y=int(m.group("y")) if m.group("y") else None, cue=cue(text, m.start(), m.end()))
        if six:
            sem.half = 1 if first else 2
        else:
            sem.quarter = 1 if first else 4
        sh = shift_of(m.group("shift"))
        if isinstance(sh, int):
            sem.extra["year_shift"] = sh
        return sem

    @rule("season", rf"\b(?:(?P<shift>{SHIFT})\s+)?(?:(?P<mod>{MOD})\s+(?:des\s+)?)?(?P<s>{SEASON}){NL}(?:\s+(?P<y>{YEAR})\b|{SAMEYEAR})?")
    def _season(m, text):
        s = m.group("s").lower()
        code = next(v for k, v in L["seasons"].items() if s.startswith(k))
        prev = words_before(text, m.start(), 2)
        y = int(m.group("y")) if m.group("y") else None
        after_dem = prev[-2:] in (["seit", "dem"], ["vor", "dem"], ["nach", "dem"])   # "seit dem Sommer"
        if not (y or m.group("shift") or m.group("mod") or after_dem or (prev and prev[-1] in triggers | {"zum", "diesen", "im", "den", "über"})):
            return None
        if not m.group("s")[0].isupper():
            return None
        sem = Sem("cal", y=y, season=code, mod=mod_of(m.group("mod")), cue=cue(text, m.start(), m.end()))
        sh = shift_of(m.group("shift"))
        if sh is not None:
            sem.shift = sh
        return year_suffix(sem, m)

    # -- weekdays, parts of days, nights, weekends ------------------------------------
    PODC = r"(?:morgen|vormittag|mittag|nachmittag|abend|nacht|früh)"
    PHR = alt(L["day_part_phrases"])
    PODG = rf"(?:(?P<pod>Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)(?:stunden)?|(?P<ph>{PHR})(?:e?s)?)"

    def phrase_code(s: str) -> str:
        return L["day_part_phrases"][re.sub(r"\s+", " ", s.lower())]

    def podg_code(m) -> str:
        return L["day_parts"][m.group("pod").lower()] if m.group("pod") else phrase_code(m.group("ph"))

    @rule("weekday", rf"\b(?:(?P<early2>früh|spät)\s+am\s+)?(?:(?P<shift>{SHIFT})\s+)?(?:(?:heutigen|gestrigen|morgigen)\s+)?(?:(?P<early>frühen|späten)\s+)?(?P<wd>{WD})(?P<pod>{PODC})?{NL}(?:\s+(?P<pod2>früh|morgen|vormittag|mittag|nachmittag|abend|nacht){NL})?"
                     rf"(?:\s+(?:der\s+)?(?P<wk>{SHIFT})\s+Woche{NL})?")
    def _weekday(m, text):
        if not m.group("wd")[0].isupper():
            return None
        if not m.group("shift") and words_before(text, m.start(), 1)[-1:] in (["einen"], ["einem"], ["eines"], ["ein"]):
            return None   # "auf einen Freitag fallen": no particular day
        pod = m.group("pod") or m.group("pod2")
        sem = Sem("weekday", dow=L["weekdays"][m.group("wd").lower()],
                  pod=L["day_parts"][pod.lower()] if pod else None, shift=shift_of(m.group("shift")),
                  cue=cue(text, m.start(), m.end()))
        if (m.group("early") or "").lower() == "frühen" or (m.group("early2") or "").lower() == "früh":
            sem.extra["early"] = True   # "am frühen Samstag", "früh am Samstag" (like "early on Saturday")
        wk = shift_of(m.group("wk"))
        if isinstance(wk, int) or wk == "ref+1":
            sem.extra["week_shift"] = 1 if wk == "ref+1" else wk   # "Mittwoch nächster Woche"
        return sem

    @rule("night_wd", rf"\bNacht\s+(?:von\s+(?P<wd1>{WD})\s+)?(?:zu[mr]?|auf|auf\s+den)\s+(?:(?P<shift>{SHIFT})\s+)?(?:(?:heutigen|gestrigen|morgigen)\s+)?(?P<wd>{WD}){NL}"
                      rf"(?:,?\s+(?:dem|den)\s+(?P<d>{DAY})\.\s*(?P<mon>{MON}){NL}(?:\s+(?P<y>{YEAR})\b)?)?", priority=1)
    def _night_wd(m, text):
        if m.group("d"):
            y = int(m.group("y")) if m.group("y") else None
            mo, d = month(m.group("mon")), int(m.group("d"))
            if not valid_date(y or 2000, mo, d):
                return None
            return Sem("cal", y=y, m=mo, d=d, pod="NI", night_before=True, cue=cue(text, m.start()))
        return Sem("weekday", dow=L["weekdays"][m.group("wd").lower()], pod="NI", night_before=True,
                   shift=shift_of(m.group("shift")), cue=cue(text, m.start()))

    @rule("night_date", rf"\bNacht\s+(?:zu[mr]?|auf\s+den|vom\s+{DAY}\.\s*(?:{MON}\s+)?(?:auf|zu)(?:\s+den|m)?)\s+(?P<d>{DAY})\.\s*(?P<mon>{MON}){NL}(?:\s+(?P<y>{YEAR})\b)?", priority=1)
    def _night_date(m, text):
        y = int(m.group("y")) if m.group("y") else None
        mo, d = month(m.group("mon")), int(m.group("d"))
        if not valid_date(y or 2000, mo, d):
            return None
        return Sem("cal", y=y, m=mo, d=d, pod="NI", night_before=True, cue=cue(text, m.start()))

    @rule("pod_weekday_gen", rf"\b(?:(?:frühen|späten)\s+)?{PODG}\s+des\s+(?P<wd>{WD})s?{NL}", priority=2)
    def _pod_weekday_gen(m, text):
        # "am Abend des Mittwochs", "in den frühen Morgenstunden des Dienstags", "im Morgengrauen des Dienstags"
        if m.group("ph") and not m.group("ph")[0].isupper():
            return None
        return Sem("weekday", dow=L["weekdays"][m.group("wd").lower()], pod=podg_code(m), cue=cue(text, m.start(), m.end()))

    @rule("pod_date", rf"\b(?:(?:frühen|späten)\s+)?{PODG}\s+(?:des|vom)\s+"
                      rf"(?:(?P<wd>{WD})\s*,?\s+(?:(?:des|dem|den)\s+)?)?(?P<d>{DAY})\.\s*(?P<mon>{MON}){NL}(?:\s+(?P<y>{YEAR})\b)?", priority=2)
    def _pod_date(m, text):
        # "am Abend des 5. Januar", "in der Nacht des 9. November 1989": one expression
        y = int(m.group("y")) if m.group("y") else None
        mo, d = month(m.group("mon")), int(m.group("d"))
        if not valid_date(y or 2000, mo, d):
            return None
        if m.group("ph") and not m.group("ph")[0].isupper():
            return None
        sem = Sem("cal", y=y, m=mo, d=d, pod=podg_code(m), cue=cue(text, m.start(), m.end()))
        if m.group("wd"):
            sem.dow = L["weekdays"][m.group("wd").lower()]
        return sem

    # "im Morgengrauen", "bei Tagesanbruch", "bei Einbruch der Dunkelheit", "in der Abenddämmerung",
    # "zur Mittagszeit": a part of the day like "am Morgen"/"am Abend" (the day comes from the context)
    PHRASE_PREV = {"im", "bei", "beim", "vom", "zum", "zur", "bis", "gegen", "ab", "seit", "nach", "vor", "mit", "um"}
    PHRASE_PREV2 = {"der": {"in", "während", "bis", "seit", "zu", "mit", "nach", "vor", "bei"},
                    "dem": {"seit", "nach", "vor", "mit", "ab", "bei", "von", "zu"},
                    "die": {"um", "gegen", "in", "bis"},
                    "des": {"während"}}

    def phrase_ok(text: str, start: int) -> bool:
        prev = words_before(text, start, 2)
        last = prev[-1] if prev else ""
        if last in PHRASE_PREV:
            return True
        return last in PHRASE_PREV2 and len(prev) > 1 and prev[-2] in PHRASE_PREV2[last]

    @rule("pod_phrase", rf"\b(?P<ph>{PHR})(?:e?s)?{NL}")
    def _pod_phrase(m, text):
        if not m.group("ph")[0].isupper() or not phrase_ok(text, m.start()):
            return None
        if re.match(r"\s+(?:bis(?:\s+zum)?|und)\s+(?:zum\s+|dem\s+)?(?:Sonnenaufgang|Morgengrauen|Tagesanbruch|Sonnenuntergang|Einbruch)", text[m.end():m.end() + 40]) \
                or re.search(r"(?:Sonnenuntergang|Abenddämmerung|Dunkelheit|Sonnenaufgang|Morgengrauen|Tagesanbruch)\s+(?:bis(?:\s+zum)?|und)\s+(?:zum\s+|dem\s+)?$",
                             text[max(0, m.start() - 40):m.start()]):
            return None   # "Ausgangssperre von Sonnenuntergang bis Sonnenaufgang": every night, no one day
        return Sem("pod", pod=phrase_code(m.group("ph")))

    @rule("pod_phrase_before", rf"\bvor\s+(?:dem\s+|der\s+)?(?P<ph>{PHR})(?:e?s)?{NL}", priority=1)
    def _pod_phrase_before(m, text):
        # "vor Tagesanbruch", "vor dem Morgengrauen": the early hours of the day, one expression
        # (like "in den frühen Morgenstunden"); "vor Einbruch der Dunkelheit" is the evening with
        # "vor" outside, as with "vor Mitternacht"
        if not m.group("ph")[0].isupper() or phrase_code(m.group("ph")) != "MO" or "sonnenunter" in m.group("ph").lower():
            return None
        return Sem("pod", pod="MO")

    @rule("relday", rf"\b(?P<rd>vorgestern|gestern|heute|übermorgen|morgen){NL}(?:\s+(?P<pod>früh|morgen|vormittag|mittag|nachmittag|abend|nacht){NL})?")
    def _relday(m, text):
        rd = m.group("rd")
        if rd.lower() == "morgen":
            prev = words_before(text, m.start(), 1)
            if rd[0].isupper() and prev and prev[-1] in ("am", "zum", "vom", "dem", "den", "des", "der", "jeden", "frühen", "späten",
                                                         "heute", "gestern", "diesen", "einen", "am", "bis", "guten"):
                return None
        pod = m.group("pod")
        return Sem("relday", shift=L["relative_days"][rd.lower()], pod=L["day_parts"][pod.lower()] if pod else None)

    @rule("pod", rf"\b(?:(?P<shift>vergangenen|letzten|letzte|gestrigen|heutigen|frühen|späten|selben|gleichen|ganzen|ganze)\s+)?"
                 rf"(?P<pod>Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht|Mitternacht)(?P<st>stunden)?{NL}", re.UNICODE)
    def _pod(m, text):
        prev = words_before(text, m.start(), 2)
        sh = (m.group("shift") or "").lower()
        p = m.group("pod").lower()
        last = prev[-1] if prev else ""
        if m.group("st"):
            if sh in ("frühen", "späten"):
                return Sem("pod", pod=L["day_parts"][p])
            return Sem("set", value="T" + L["day_parts"][p]) if last in ("den", "in") else None
        if last in ("jeden", "jede"):
            return Sem("set", value="T" + L["day_parts"].get(p, "MI"))
        if p == "nacht" and sh in ("vergangenen", "letzten", "letzte"):
            return Sem("lastnight")
        if p == "mitternacht":
            if last not in ("um", "gegen", "nach", "vor", "bis", "ab", "seit", "zu"):
                return None
            return Sem("time", hour=24, minute=0)
        if last in ("die", "den") and sh in ("ganze", "ganzen") and p != "mitternacht":
            return Sem("pod", pod=L["day_parts"][p])   # "die ganze Nacht (über)", "den ganzen Abend"
        if last in ("die", "den") and len(prev) > 1 and prev[-2] == "in" and p != "mitternacht":
            return Sem("pod", pod=L["day_parts"][p])   # "bis (tief) in die Nacht", "bis in den Abend"
        if not (last in ("am", "zum", "vom", "der", "dem", "den", "bis", "gegen", "durch", "über", "im", "in", "des", "seit", "ab")
                or sh in ("gestrigen", "heutigen")):
            return None
        if last == "der" and not (len(prev) > 1 and prev[-2] in ("in", "während", "bis", "seit", "zu", "mit")):
            return None
        if sh == "gestrigen":
            return Sem("relday", shift=-1, pod=L["day_parts"][p])
        if sh == "heutigen":
            return Sem("relday", shift=0, pod=L["day_parts"][p])
        if sh in ("selben", "gleichen"):
            return Sem("refday", shift=0, pod=L["day_parts"][p])
        return Sem("pod", pod=L["day_parts"][p])

    @rule("weekend", rf"\b(?:(?P<shift>{SHIFT})\s+)?Wochenendes?{NL}")
    def _weekend(m, text):
        return Sem("weekend", shift=shift_of(m.group("shift")), cue=cue(text, m.start(), m.end()))

    # -- relative expressions ----------------------------------------------------------
    @rule("relunit", rf"\b(?:(?P<mod>{MOD})\s+(?:des\s+|der\s+)?)?(?P<shift>{SHIFT})\s+(?P<unit>Woche|Monats?|Jahr(?:es|s)?|Quartals?|Halbjahr(?:es|s)?|Jahrzehnts?){NL}")
    def _relunit(m, text):
        u = m.group("unit").lower()
        unit = "DE" if u.startswith("jahrzehnt") else {"w": "W", "m": "M", "j": "Y", "q": "Q", "h": "HY"}[u[0]]
        sh = shift_of(m.group("shift"))
        if sh is None:
            return None
        if unit == "DE":
            if m.group("mod") or not isinstance(sh, int):
                return None
            if sh == -1:
                return Sem("dur", n=1.0, unit="DE")   # "im vergangenen Jahrzehnt": the last ten years
            return Sem("relunit", unit="DE", shift=sh)   # "in diesem Jahrzehnt", "im nächsten Jahrzehnt"
        return Sem("relunit", unit=unit, shift=sh, mod=mod_of(m.group("mod")))

    @rule("year_mod", rf"\b(?P<mod>{MOD})\s+des\s+Jahres\s+(?P<y>{YEAR})\b", priority=1)
    def _year_mod(m, text):
        return Sem("cal", y=int(m.group("y")), mod=mod_of(m.group("mod")))

    @rule("relunit_mod", rf"\b(?P<mod>{MOD})\s+(?P<det>des|der|dieses|diesen|dieser)\s+(?P<unit>Woche|Monats|Jahres){NL}(?!\s+\d+\b(?![.,]?\d)(?!\s+[A-ZÄÖÜ][a-zäöüß]))")
    # a number after it is its year ("Ende des Jahres 2023", see year_mod), not a count of a noun
    # ("bis Ende der Woche 300 Bewohner zu verlegen")
    def _relunit_mod(m, text):
        u = m.group("unit").lower()
        sem = Sem("relunit", unit={"w": "W", "m": "M", "j": "Y"}[u[0]], shift=0, mod=mod_of(m.group("mod")))
        if m.group("det").lower() in ("des", "der"):
            sem.extra["definite"] = True   # "Ende des Jahres": this one, or the one the tense allows
        return sem

    @rule("relunit_compound", r"\b(?P<w>" + alt({**L["year_compounds"], **L["month_compounds"]}) + r")s?" + NL)
    def _relunit_compound(m, text):
        w = m.group("w").lower()
        if w in L["year_compounds"]:
            return Sem("relunit", unit="Y", shift=0, mod=L["year_compounds"][w])
        return Sem("relunit", unit="M", shift=0, mod=L["month_compounds"][w])

    @rule("prev_unit", r"\b(?P<w>" + alt(L["prev_units"]) + r")" + NL)
    def _prev_unit(m, text):
        unit, k = L["prev_units"][m.group("w").lower()]
        if unit == "D":
            sem = Sem("refday", shift=k)
            if _OF_EVENT.match(text, m.end()):
                # "am Vortag des Streiks", "am Folgetag der Freilassungen": the day before or
                # after the story's event, not before the day last named
                sem.extra["of_event"] = True
            return sem
        return Sem("relunit", unit=unit, shift=k)

    @rule("course_of", r"\b(?P<x>(?:Laufe|Verlauf)\s+(?:des|der)\s+(?P<u>Tages|Vormittags|Nachmittags|Abends|Woche|Monats|Jahres))" + NL)
    def _course_of(m, text):
        # "im Laufe des Tages", "im Verlauf der Woche": the story's day, week, month or year
        u = m.group("u").lower()
        if u == "tages":
            return Sem("refday", shift=0)
        if u in ("vormittags", "nachmittags", "abends"):
            return Sem("pod", pod=L["day_parts"][u[:-1]])
        return Sem("relunit", unit={"woche": "W", "monats": "M", "jahres": "Y"}[u], shift="ref")

    @rule("refday_pod", r"\b(?:(?P<next>nächsten|folgenden|darauffolgenden|anschließenden)\s+(?P<pod>Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)"
                        r"|(?P<pod2>Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)\s+(?P<rel>danach|darauf|zuvor|davor))" + NL, priority=1)
    def _refday_pod(m, text):
        # "am nächsten Morgen", "in der folgenden Nacht", "am Abend zuvor": the story's day, shifted
        if m.group("pod2"):
            prev = words_before(text, m.start(), 2)
            if not prev or prev[-1] not in ("am", "den", "der", "dem"):
                return None
        pod = L["day_parts"][(m.group("pod") or m.group("pod2")).lower()]
        back = (m.group("rel") or "").lower() in ("zuvor", "davor")
        shift = -1 if back else 1
        if pod == "NI":
            shift += 0 if back else -1   # the night after a day began on that day
        return Sem("refday", shift=shift, pod=pod)

    @rule("eve", r"\bVorabends?" + NL + r"(?!\s+(?:des|der|dem|von|vom|zu[mr]?|seine[rs]?|ihre[rs]?)\b)")
    def _eve(m, text):
        # "Am Vorabend hatte das Unternehmen gedroht": the evening before the story's day, like
        # "am Abend zuvor"; "am Vorabend des Gipfels" hangs on an event that has no date here
        if words_before(text, m.start(), 1)[-1:] not in (["am"], ["vom"], ["zum"], ["den"], ["dem"]):
            return None
        return Sem("refday", shift=-1, pod="EV")

    @rule("refday", r"\b(?:(?P<same>selben|gleichen)\s+Tag(?:es)?|(?P<next>nächsten|folgenden|darauffolgenden)\s+Tag(?:es)?"
                    r"|Tag(?:es)?\s+(?P<after>darauf|danach|zuvor|davor|vorher)|tags\s+(?P<after2>darauf|zuvor))" + NL)
    def _refday(m, text):
        if m.group("same"):
            return Sem("refday", shift=0)
        if m.group("next"):
            prev = words_before(text, m.start(), 1)
            if not prev or prev[-1] not in ("am", "dem", "den", "des", "zum", "bis", "vom"):
                return None
            return Sem("refday", shift=1)
        rel = (m.group("after") or m.group("after2") or "").lower()
        if rel in ("zuvor", "davor", "vorher"):
            if m.group("after") and not words_before(text, m.start(), 1)[-1:] in (["am"], ["dem"], ["den"]):
                return None
            return Sem("refday", shift=-1)
        return Sem("refday", shift=1)

    @rule("ago", rf"\bvor\s+(?:(?P<approx>{APPROX})\s+)?(?P<n>{NUM}|{VAGUE})\s+(?P<unit>{UNIT}){NL}", priority=1)
    def _ago(m, text):
        n = num(m.group("n"))
        unit = L["units"][m.group("unit").lower()]
        if n is None:
            return Sem("ref", value="PAST_REF")
        exact = (m.group("approx") or "").lower() in L["exact_words"]
        return Sem("offset", n=n, unit=unit, shift=-1, exact=exact)

    @rule("in_future", rf"\b(?:in|binnen)\s+(?P<n>{NUM})\s+(?P<unit>Tagen|Wochen|Monaten|Jahren){NL}(?!\s+(?:alt|Haft))", priority=-1)
    def _in_future(m, text):
        if m.group(0).lower().startswith("binnen"):
            return None
        prev = words_before(text, m.start(), 1)
        if prev and prev[-1] in ("den", "der"):
            return None
        n = num(m.group("n"))
        return Sem("offset", n=n, unit=L["units"][m.group("unit").lower()], shift=1) if n else None

    @rule("vague_ref", rf"\b(?P<s>{alt(L['future_ref_plural'] + L['past_ref_plural'])})\s+(?P<unit>{PLUNIT}){NL}")
    def _vague_ref(m, text):
        s = m.group("s").lower()
        unit = L["plural_units"][m.group("unit").lower()]
        if s in L["future_ref_plural"]:
            return Sem("ref", value="FUTURE_REF")
        return Sem("dur", n=None, unit=unit)

    # -- durations ----------------------------------------------------------------------
    @rule("duration", rf"\b(?:(?P<sig>seit|über|während)\s+)?(?:(?P<approx>{APPROX})\s+)?(?P<n>{NUM}|{VAGUE})\s+(?P<unit>{UNIT}){NL}")
    def _duration(m, text):
        low = text[max(0, m.start() - 30):m.end() + 12].lower()
        a = age_rx.search(low)
        off = m.start() - max(0, m.start() - 30)
        if a and not (a.group(0) == "jährig" and a.end() < off and len(re.findall(r"\w+", low[a.end():off])) > 2):
            # an age ("im Alter von 17 Jahren"); a "-jährige" person further back does not make
            # "einen 34-jährigen Mann am Mittwoch zu neun Jahren Haft verurteilt" an age
            return None
        nxt = word_after(text, m.end()).lower()
        if nxt in ("alt", "älter", "jünger"):
            return None
        n = num(m.group("n"))
        if n is None and m.group("n").lower() in ("ein", "eine", "einen", "einem", "einer", "eines"):
            n = 1.0
        unit = L["units"][m.group("unit").lower()]
        prev1 = words_before(text, m.start(), 1)
        if prev1 and prev1[-1] == "an" and unit == "D":
            return None   # "an fünf Tagen (in der Woche)": a count of days, not a span
        if prev1 and prev1[-1] in ("unter", "über", "ab") and m.group("unit").lower() == "jahren" and not m.group("sig"):
            return None   # "Kinder unter zwölf Jahren": an age (dative), unlike "über vier Jahre"
        if m.group("n").lower() in ("ein", "eine", "einen", "einem", "einer", "eines") and not m.group("sig") and not m.group("approx"):
            prev = words_before(text, m.start(), 1)
            if prev and prev[-1] in ("an", "am", "in", "im", "zu", "eines"):
                return None
        sem = Sem("dur", n=n, unit=unit)
        if m.group("sig") and m.group("sig").lower() == "seit":
            sem.signal = "since"
        return sem

    @rule("duration_ordinal", rf"\b(?P<s>vergangenen|letzten|kommenden|nächsten|ersten|zurückliegenden)\s+(?:(?P<approx>{APPROX})\s+)?(?P<n>{NUM})\s+(?P<unit>{PLUNIT}){NL}")
    def _duration_ordinal(m, text):
        n = num(m.group("n"))
        return Sem("dur", n=n, unit=L["plural_units"][m.group("unit").lower()]) if n else None

    @rule("duration_bare", rf"\b(?P<sig>seit|über|vor)\s+(?:(?P<q>vielen|langen|wenigen|einigen|mehreren)\s+)?(?P<unit>{PLUNIT}){NL}")
    def _duration_bare(m, text):
        sig = m.group("sig").lower()
        unit = L["plural_units"][m.group("unit").lower()]
        if sig == "vor":
            return Sem("ref", value="PAST_REF")
        sem = Sem("dur", n=None, unit=unit)
        if sig == "seit":
            sem.signal = "since"
        return sem

    @rule("duration_bare_pp", rf"\b(?P<sig>für|nach|binnen|innerhalb|innert)\s+(?:von\s+)?"
                              rf"(?P<x>(?:(?P<q>vielen|langen|wenigen|einigen|mehreren|weniger|einiger|mehrerer|vieler|langer)\s+)?(?P<unit>{PLUNIT})){NL}")
    def _duration_bare_pp(m, text):
        # "nach wenigen Tagen", "binnen weniger Tage", "für Wochen": the preposition stays outside,
        # as with numbered durations ("nach drei Monaten")
        if m.group("sig").lower() == "nach" and not m.group("q"):
            return None
        return Sem("dur", n=None, unit=L["plural_units"][m.group("unit").lower()])

    @rule("duration_later", rf"\b(?P<x>(?P<unit>Stunden|Tage|Wochen|Monate|Jahre|Jahrzehnte)(?P<lang>\s+lang)?)(?P<later>\s+(?:später|danach|zuvor|vorher))?{NL}")
    def _duration_later(m, text):
        if not (m.group("lang") or m.group("later")):
            return None
        pm = re.search(r"([\wäöüß'’-]+)\s+$", text[max(0, m.start() - 30):m.start()])
        if pm and (pm.group(1).lower() in L["vague_numbers"] + list(L["numbers"]) or pm.group(1).isdigit()):
            return None
        return Sem("dur", n=None, unit=L["plural_units"][m.group("unit").lower()])

    DAUERN = r"(?:dauern|dauert|dauerte|dauerten|gedauert|andauern|anhalten|hielten|hielt)"

    @rule("duration_verb", rf"\b(?P<x>(?P<unit>Stunden|Tage|Wochen|Monate|Jahre|Jahrzehnte))\s+(?:[\wäöüß]+\s+)?"
                           rf"(?:dauern|dauert|dauerte|dauerten|gedauert|andauern|anhalten){NL}")
    def _duration_verb(m, text):
        # "Der Wiederaufbau wird Jahre dauern"
        prev = words_before(text, m.start(), 1)
        if prev and (prev[-1] in L["vague_numbers"] or prev[-1] in L["numbers"] or prev[-1].isdigit()
                     or prev[-1] in ("die", "der", "den", "diese", "dieser", "ersten", "letzten")):
            return None
        return Sem("dur", n=None, unit=L["plural_units"][m.group("unit").lower()])

    @rule("duration_verb2", rf"\b(?:dauert|dauerte|dauerten|dauern)\s+(?:(?:noch|schon|bereits|oft|meist)\s+)?"
                            rf"(?P<x>(?P<unit>Stunden|Tage|Wochen|Monate|Jahre|Jahrzehnte)){NL}")
    def _duration_verb2(m, text):
        # "es dauerte Tage, bis Hilfe kam"
        return Sem("dur", n=None, unit=L["plural_units"][m.group("unit").lower()])

    @rule("duration_adj", rf"\b(?P<n>{NUMW}|\d+-?)(?P<u>tägig|wöchig|monatig|stündig|minütig)(?:e|en|er|es|em)?{NL}")
    def _duration_adj(m, text):
        # "eine siebentägige Staatstrauer", "einen zweiwöchigen Ausnahmezustand", "die 14-tägige Frist"
        n = num(m.group("n").rstrip("-"))
        unit = {"tägig": "D", "wöchig": "W", "monatig": "M", "stündig": "H", "minütig": "MIN"}[m.group("u").lower()]
        return Sem("dur", n=n, unit=unit) if n else None

    @rule("duration_long", r"\b(?P<w>" + alt(L["long_adjectives"]) + r")(?:e|en|er|es|em)?" + NL)
    def _duration_long(m, text):
        return Sem("dur", n=None, unit=L["long_adjectives"][m.group("w").lower()])

    @rule("duration_period", r"\b(?:einen|einem|eines|eine|einer)\s+(?:begrenzten|kurzen|längeren|langen|unbestimmten|gewissen|befristeten|bestimmten)\s+(?:Zeitraum|Zeit|Dauer)" + NL)
    def _duration_period(m, text):
        return Sem("dur", n=None, unit="X")

    # -- sets --------------------------------------------------------------------------
    @rule("set_every", rf"\b(?:jede[nrsm]?|alle)\s+(?:(?P<n>{NUM})\s+)?(?P<unit>{UNIT}){NL}", priority=1)
    def _set_every(m, text):
        n = num(m.group("n")) if m.group("n") else 1.0
        if n is None:
            return None
        unit = L["units"][m.group("unit").lower()]
        return Sem("set", value=_pvalue(n, unit))

    @rule("set_weekday", rf"\bjede[nrsm]?\s+(?P<wd>{WD}){NL}", priority=1)
    def _set_weekday(m, text):
        return Sem("set", value=f"XXXX-WXX-{L['weekdays'][m.group('wd').lower()]}")

    @rule("set_season", rf"\bjede[nrsm]?\s+(?P<s>{SEASON}){NL}", priority=1)
    def _set_season(m, text):
        s = m.group("s").lower()
        return Sem("set", value="XXXX-" + next(v for k, v in L["seasons"].items() if s.startswith(k)))

    @rule("set_wd_adverb", r"\b(?P<w>" + alt(L["weekday_sets"]) + r")" + NL)
    def _set_wd_adverb(m, text):
        dow = L['weekday_sets'][m.group('w').lower()]
        if m.group("w")[0].isupper() and words_before(text, m.start(), 1)[-1:] in (["des"], ["dieses"], ["vergangenen"], ["kommenden"]):
            # genitive of one day ("im Laufe des Mittwochs"), not the adverb "mittwochs"
            return Sem("weekday", dow=dow, cue=cue(text, m.start()))
        return Sem("set", value=f"XXXX-WXX-{dow}")

    @rule("set_pod_adverb", r"\b(?P<w>" + alt(L["day_part_sets"]) + r")" + NL)
    def _set_pod_adverb(m, text):
        w = m.group("w")
        if w[0].isupper() and words_before(text, m.start(), 1)[-1:] in (["des"], ["eines"]):
            return None
        return Sem("set", value="T" + L["day_part_sets"][w.lower()])

    @rule("set_adverb", r"\b(?P<w>täglich|wöchentlich|monatlich|jährlich|alljährlich|stündlich|vierteljährlich|halbjährlich)" + NL)
    def _set_adverb(m, text):
        w = m.group("w").lower()
        v = {"täglich": "P1D", "wöchentlich": "P1W", "monatlich": "P1M", "jährlich": "P1Y", "alljährlich": "P1Y",
             "stündlich": "PT1H", "vierteljährlich": "P3M", "halbjährlich": "P6M"}[w]
        return Sem("set", value=v)

    @rule("set_freq", r"\b(?:(?P<k>einmal|zweimal|dreimal|viermal|fünfmal|\d+\s*-?mal)\s+)?(?:pro|je|im|in\s+der|am|die)\s+(?P<unit>Woche|Monat|Jahr|Tag|Stunde)" + NL)
    def _set_freq(m, text):
        g = m.group(0).lower()
        if not m.group("k") and not (g.startswith("pro") or g.startswith("je")):
            return None
        unit = {"w": "W", "m": "M", "j": "Y", "t": "D", "s": "H"}[m.group("unit").lower()[0]]
        return Sem("set", value=_pvalue(1, unit))

    # -- clock times -------------------------------------------------------------------
    DAYPART = r"(?:\s+(?P<dp>morgens|früh|vormittags|mittags|nachmittags|abends|nachts)" + NL + ")?"

    def dayhour(h: int, dp: str | None) -> int:
        """The 24-hour clock of "8 Uhr abends" (20), "10 Uhr nachts" (22), "3 Uhr nachts" (3)."""
        dp = (dp or "").lower()
        if h < 12 and (dp in ("nachmittags", "abends") or (dp == "nachts" and h >= 6) or (dp == "mittags" and h <= 3)):
            return h + 12
        return h

    @rule("time", r"(?<![\d.,])\b(?P<h>[01]?\d|2[0-4])(?:[:.](?P<mi>[0-5]\d))?\s*Uhr" + NL + r"(?:\s+(?P<mi2>[0-5]\d)\b)?" + DAYPART)
    def _time(m, text):
        h = dayhour(int(m.group("h")), m.group("dp"))
        mi = int(m.group("mi") or m.group("mi2") or 0)
        return Sem("time", hour=h, minute=mi)

    @rule("time_half", rf"\b(?:um|gegen|ab|bis|nach|vor|kurz\s+vor|kurz\s+nach)\s+(?P<x>halb\s+(?P<h>{NUMW}|1[0-2]|[1-9]){NL}{DAYPART})(?!\s+(?:{UNIT}|Prozent|Millionen|Milliarden))")
    def _time_half(m, text):
        h = num(m.group("h"))
        if not h or h > 12:
            return None
        return Sem("time", hour=dayhour(int(h) - 1 if h > 1 else 12, m.group("dp")), minute=30)

    @rule("time_range", r"\b(?:von|zwischen)\s+(?P<h1>[01]?\d|2[0-4])(?:[:.](?P<m1>[0-5]\d))?(?:\s*Uhr)?\s+(?:bis|und)\s+"
                        r"(?P<h2>[01]?\d|2[0-4])(?:[:.](?P<m2>[0-5]\d))?\s*Uhr" + NL, priority=2)
    def _time_range(m, text):
        a = Sem("time", hour=int(m.group("h1")), minute=int(m.group("m1") or 0))
        a.end = Sem("time", hour=int(m.group("h2")), minute=int(m.group("m2") or 0))
        return a

    # -- holidays ----------------------------------------------------------------------
    @rule("holiday", rf"\b(?P<hol>{HOL}){NL}(?:\s+(?P<y>{YEAR})\b)?")
    def _holiday(m, text):
        if not any(c.isupper() for c in m.group("hol")):
            return None
        key = re.sub(r"\s+", " ", m.group("hol").lower())
        return Sem("holiday", holiday=L["holidays"][key], y=int(m.group("y")) if m.group("y") else None,
                   cue=cue(text, m.start(), m.end()))

    @rule("holiday_weekend", r"\b(?P<w>" + alt(L["holiday_weekends"]) + r")s?(?:\s+(?P<y>" + YEAR + r")\b)?" + NL, priority=1)
    def _holiday_weekend(m, text):
        return Sem("weekend", holiday=L["holiday_weekends"][m.group("w").lower()], y=int(m.group("y")) if m.group("y") else None,
                   cue=cue(text, m.start(), m.end()))

    @rule("past_future_ref", r"\b(?P<w>" + alt(L["past_ref"] + L["future_ref"]) + r")(?![\w])")
    def _past_future_ref(m, text):
        w = re.sub(r"\s+", " ", m.group("w")).lower()
        prev = words_before(text, m.start(), 1)
        if prev and prev[-1] in ("as", "too", "how", "so", "very", "bis"):
            return None   # "as soon as", "bis vor kurzem"
        if w == "shortly" and word_after(text, m.end()).lower() in ("after", "before"):
            return None
        if w == "in kürze" and (text[m.end():m.end() + 2].lstrip(" ")[:1] in (":", "\n", "") or (
                prev and prev[-1] in ("wichtigste", "überblick", "nachrichten", "meldungen"))):
            return None   # "Das Wichtigste in Kürze:": in brief, no time
        return Sem("ref", value="PAST_REF" if w in [x.lower() for x in L["past_ref"]] else "FUTURE_REF")

    @rule("present_ref", r"\b(?P<w>" + alt(L["present_ref"]) + r")" + NL)
    def _present_ref(m, text):
        return Sem("ref", value="PRESENT_REF")

    return Grammar("de", rules)


def _pvalue(n: float, unit: str) -> str:
    from .dates import fmt_num

    if unit in ("H", "MIN", "S"):
        return f"PT{fmt_num(n)}{'M' if unit == 'MIN' else unit}"
    return f"P{fmt_num(n)}{unit}"
