"""The times stage: temporal expressions in German and English, normalized to TIMEX3.

``annotate(doc)`` fills ``doc.times`` with ``TimeX`` items: the exact span, its type
(DATE, TIME, DURATION, SET), a TIMEX3 value anchored on the publication date
(``doc.article.published``) and the resolved interval ``[begin, end)`` where one exists.

Recognition is a compiled regex grammar per language (``lang_de``, ``lang_en``) over
lexicons in ``data/<lang>/``; normalization (``resolve``) uses the clause tense from the
language layer (``tense``) to place weekdays and year-less dates before or after the
publication date, the paragraph's reference day for times of day, and a narrative
reference (the last explicitly dated expression) in background passages. Without a
publication date, relative values stay underspecified and ``anchored`` is false.

Conventions:
- Spans leave out locating prepositions ("am", "in der", "on") and keep interval signals
  ("seit 2019", "bis zum 19. Januar", "since 2015", "von Montag bis Mittwoch").
- Intervals are half-open local datetimes: a day ends at 00:00 of the next day ("24:00");
  a night (``TNI``) runs 20:00-06:00, "in der Nacht zu Donnerstag" is Wednesday night.
  "seit X" runs from X to the end of the publication day, "bis X" from the publication day
  to the end of X. A clock time covers its minute. Durations and sets have no interval.
- A clock time or part of day without a day of its own takes the day it is attached to ("at dawn
  on Saturday", "im Morgengrauen am Samstag"), else the last day named before it in its sentence,
  else the next one, else the paragraph's.
- A night or midnight without a named day in a past-tense clause ("Gegen Mitternacht fielen
  Schüsse", "lasted into the night") is the one before the publication day; the morning or day
  after a night counts from the evening it began.
- Closed ranges are one item with value ``BEGIN/END`` ("2023-07-03/2023-07-05").
- Weekends are ``YYYY-Www-WE`` (ISO week of the Saturday); BC years ``BC1000``.
- ``anchored`` is false only when the value needed a publication date that was missing.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import date, timedelta

from ..doc import Doc
from ..record import Interval, TimeX
from . import dates as D
from .resolve import Ctx, Res, resolve
from .tense import TenseIndex

NARRATIVE_WINDOW = 3        # sentences a narrative reference stays active
REF_WINDOW = 2              # sentences a reference day carries over a paragraph break
_PARA = re.compile(r"\n[ \t]*\n")
_POD_END = re.compile(r"T(MO|MI|AF|EV|NI)$")
# a year-less date naming when an election, vote or summit takes place ("die Wahl am 13. August",
# "the election on August 13", "the August 13 vote") dates that event, not the clause's verb:
# the nearest occurrence, whatever the tense ("hatte die Kandidatur für die Wahl am 13. August
# zurückgewiesen")
_EVENT_BEFORE = re.compile(
    r"(?:\w*(?:wahl|wahlen|wahlgang|stichwahl|abstimmung|referendum|volksentscheid|gipfel|gipfeltreffen|urnengang)"
    r"\s+(?:am|vom)|\b(?:elections?|votes?|polls|referendum|run-?off|ballot|summit)\s+(?:on|of|set\s+for|"
    r"scheduled\s+for|due\s+on))\s+$", re.IGNORECASE)
_EVENT_AFTER = re.compile(
    r"\s+(?:(?:presidential|parliamentary|general|legislative|local|municipal)\s+)?"
    r"(?:elections?|votes?|polls|referendum|run-?off|ballot|summit)\b", re.IGNORECASE)
# a weekday introduced by "für"/"for" is a date set for something ("Für Sonntag rief die
# Bischofskonferenz zu einem Gebetstag auf", "called a strike for Sunday"): scheduled, the nearest
# one from a past clause; not "for Friday's attack", "blamed for Friday attack"
_FOR_BEFORE = re.compile(r"\b(?:für|for)\s+$", re.IGNORECASE)
# a sentence that reports a statement ("Die Marine sprach am Abend von sechs Verletzten"): its
# time of day is when it was said, on the day of the report, not the story's day
_SAYING = re.compile(r"\b(?:sagte|sagten|sprach|sprachen|teilte|teilten|erklärte|erklärten|berichtete|"
                    r"berichteten|meldete|meldeten|gab|gaben|said|says|told|reported|announced|stated|"
                    r"confirmed)\b", re.IGNORECASE)
# a deadline in a condition ("threatened to go to court if supplies did not arrive by Friday"):
# still to come, whatever the tense the report gives the condition
_BY_BEFORE = re.compile(r"\b(?:by|before)\s+$", re.IGNORECASE)
_CONDITION = re.compile(r"\b(?:if|unless)\b", re.IGNORECASE)
# announcing or calling something for a weekday from a past clause: it is still to come
_ANNOUNCED = re.compile(r"\b(?:kündigte\w*|angekündigt|rief(?:en)?\b[^.]*\bauf|aufgerufen|ruft\w*|beriefen|berief|"
                        r"einberufen|anberaumt|angesetzt|announced|called|summoned|scheduled|set)\b", re.IGNORECASE)
_FOR_AFTER_OK = re.compile(r"\s*(?:[.,;:)\"”“«»]|$)|\s+(?:in|at|to|and|or|but|when|as|after|before|with|on|across|"
                           r"outside|near|from|by|against|over|under|[A-ZÄÖÜ]\w*)\b")
# a weekday in a present-tense clause dating an event that something follows ("three people are
# missing after the operation on Friday night", "missing after Friday night operation", "Trauer
# nach dem Anschlag am Freitag") is the last one, not the next
_AFTER_BEFORE = re.compile(
    r"\b(?:(?:after|following)\s+(?P<np>(?:the|a|an|this|its|their)\s+(?:[\w-]+\s+){1,3}(?:on\s+)?)?"
    r"|nach\s+(?:dem|der|den|einem|einer)\s+(?:[\w-]+\s+){1,3}(?:am\s+|vom\s+))$", re.IGNORECASE)
_ATTRIBUTIVE = re.compile(r"['’]s\b|\s+(?!(?:and|or|to|in|at|on|when|as|if|but|with|for|from|by|until|before|after|"
                          r"the|a|an|is|are|was|were|will|would)\b)[a-z]{3,}\b")
_ATTACHED = re.compile(r"\s+(?:on|am|an)\s+|\s+", re.IGNORECASE)   # "at dawn on Saturday", "im Morgengrauen am Samstag"


def grammar_for(lang: str):
    if lang == "de":
        from .lang_de import grammar
        return grammar()
    if lang == "en":
        from .lang_en import grammar
        return grammar()
    return None


def parse_published(published: str | None) -> date | None:
    if not published:
        return None
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", published)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _paragraph_starts(text: str) -> list[int]:
    starts = [0] + [m.end() for m in _PARA.finditer(text)]
    if len(starts) == 1 and "\n" in text.strip():
        starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
    return starts


def _safe_resolve(sem, ctx) -> Res | None:
    """Resolve one expression; calendar arithmetic beyond year 1..9999 drops it, never the article."""
    try:
        return resolve(sem, ctx)
    except (ValueError, OverflowError):
        return None


def _recent_day(results, info, k: int, para: int, sent: int, not_after: date | None = None,
                not_before: date | None = None, rank: list[int] | None = None,
                entry: list[int] | None = None) -> Res | None:
    """The latest day-level expression before hit k in its paragraph or the previous two sentences
    (skipping days after ``not_after``, for past-tense clauses, and before ``not_before``, for
    present- and future-tense ones); in a live ticker, within the same entry (``entry``: the
    entry of each hit)."""
    for j in range(k - 1, -1, -1):
        if entry is not None and entry[j] != entry[k]:
            return None
        r = results[j]
        if r is None or (r.day is None and r.day_value is None):
            continue
        if not_after is not None and r.day is not None and r.day > not_after:
            continue   # "... no later than Monday morning. The shares had fallen the previous day."
        if not_before is not None and r.day is not None and r.day < not_before:
            continue   # "... am 31. Januar vollzogen worden. Die Übergangsphase endet um Mitternacht."
        gap = sent - info[j][1] if rank is None else rank[sent] - rank[info[j][1]]
        if info[j][0] == para or gap <= REF_WINDOW:
            return r
        return None
    return None


def _lead_day(results, info, k: int) -> Res | None:
    """The story's day: the first day named in the title or the first two paragraphs, before
    hit k."""
    for j in range(k):
        r = results[j]
        if info[j][0] > 2:
            return None
        if r is not None and r.day is not None:
            return r
    return None


_ZONES = r"(?:Uhr|h|GMT|UTC|BST|CET|CEST|EST|EDT|PST|IST|MEZ|MESZ|Ortszeit|local time)"
# a line that is only a clock time, bare or decorated: "+++ 14.05 Uhr +++", "17.50 BST"
_TICKER_LINE = re.compile(r"^\s*(?:[+*#=•]{1,4}\s*)?\d{1,2}[.:]\d{2}\s*" + _ZONES + r"?\s*(?:[+*#=•]{1,4})?\s*$")


_TICKER_HEADING = re.compile(r"^[ \t]*(?:[+*#=•]{2,}[^\n]*[+*#=•]{2,}|\d{1,2}[.:]\d{2}[ \t]*" + _ZONES + r"?)[ \t]*$", re.M)


def _ticker_days(text: str, hits, dct: date | None, para_set: set[int]) -> dict[int, date]:
    """The day of each clock time that opens a live-ticker entry (two or more such entries)."""
    from ..language.tokenize import TICKER_HEAD

    if dct is None:
        return {}
    heads = []
    for k, h in enumerate(hits):
        if h.sem.kind != "time":
            continue
        line_start = text.rfind("\n", 0, h.start) + 1
        line_end = text.find("\n", h.start)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if _TICKER_LINE.match(line):
            # "+++ 14.05 Uhr +++", "*** 9:45 ***": a line that is only a decorated clock time
            heads.append((k, _clock_minutes(text[h.start:h.end])))
            continue
        if h.start not in para_set and not text.endswith("\n", 0, h.start):
            continue
        if TICKER_HEAD.match(line[h.start - line_start:]):
            heads.append((k, _clock_minutes(text[h.start:h.end])))
    if len(heads) < 2 or any(m is None for _k, m in heads):
        return {}
    down = sum(1 for (_a, x), (_b, y) in zip(heads, heads[1:]) if y <= x)
    newest_first = down * 2 >= len(heads) - 1
    out, day, prev = {}, dct, None
    for k, m in heads:
        if prev is not None and ((newest_first and m > prev) or (not newest_first and m < prev)):
            day = day - timedelta(days=1) if newest_first else day + timedelta(days=1)
        out[k] = day
        prev = m
    if not newest_first:
        # oldest first: the last entry is the publication day
        shift = (dct - day).days
        out = {k: d + timedelta(days=shift) for k, d in out.items()}
    return out


def _clock_minutes(s: str) -> int | None:
    m = re.match(r"\s*(\d{1,2})[.:](\d{2})", s)
    return int(m.group(1)) * 60 + int(m.group(2)) if m else None


def annotate(doc: Doc) -> None:
    g = grammar_for(doc.lang)
    if g is None:
        doc.times = []
        return
    text = doc.text
    dct = parse_published(doc.article.published)
    hits = g.find(text)
    if not hits:
        doc.times = []
        return
    paras = _paragraph_starts(text)
    tenses = TenseIndex(doc)

    def para_of(pos: int) -> int:
        return bisect.bisect_right(paras, pos) - 1

    sent_starts = [x.start for x in doc.sentences]

    def sent_of(pos: int) -> int:
        return max(0, bisect.bisect_right(sent_starts, pos) - 1)

    # sentence ranks for the reference-day window: a one-line paragraph without closing
    # punctuation (byline "Von Sabine Maurer", subheading) does not count as a sentence
    para_set = set(paras)
    rank: list[int] = []
    headings: set[int] = set()
    n = 0
    for si, x in enumerate(doc.sentences):
        rank.append(n)
        seg = text[x.start:x.end].strip()
        rest = text[x.end:x.end + 3]
        if not (x.start in para_set or x.start == 0 or text[:x.start].endswith("\n")) or \
                not (rest.startswith("\n") or x.end >= len(text.rstrip())) or \
                re.search(r"[.!?:;\"“”»«)]$", seg) or len(seg.split()) > 8:
            n += 1
        else:
            headings.add(si)
    if not rank:
        rank = [0]

    late = {"time", "pod"}
    results: list[Res | None] = [None] * len(hits)
    info = [(para_of(h.start), sent_of(h.start)) for h in hits]
    narr = None          # (begin datetime, sentence index)

    # pass 1: everything that does not hang on a reference day
    for k, h in enumerate(hits):
        if h.sem.kind in late:
            continue
        p, s = info[k]
        tense = tenses.tense_at(h.start, h.end)
        ctx = Ctx(dct=dct, tense="past" if tense == "pluperf" else tense,
                  pluperf=tense == "pluperf" and h.sem.cue != "scheduled")
        if narr is not None and s - narr[1] <= NARRATIVE_WINDOW and not any(
                tenses.sentence_tense(j) in ("present", "future") for j in range(narr[1] + 1, s)) and not (
                ctx.pluperf and narr[2] == "pluperf"):
            # a background passage: no present- or future-tense sentence since its dated start;
            # a pluperfect is earlier than a past-tense reference, but a pluperfect reference
            # only puts both before the news ("hatte im Sommer 2022 ... gesprengt. Der Prozess
            # hatte Mitte Januar begonnen")
            ctx.narr = narr[0]
        sem = h.sem
        if sem.kind == "weekday" and sem.cue is None and sem.signal is None and sem.end is None \
                and "week_shift" not in sem.extra and sem.shift is None \
                and _FOR_BEFORE.search(text, max(0, h.start - 6), h.start) \
                and (doc.lang == "de" or _FOR_AFTER_OK.match(text, h.end)):
            sx = doc.sentences[s] if s < len(doc.sentences) else None
            if tense == "past" and sx is not None and _ANNOUNCED.search(text, sx.start, sx.end):
                # "Die ANR kündigte für Montag einen Generalstreik an", "called a strike for
                # Sunday": what is announced for a weekday is still to come
                sem = replace(sem, cue="future")
            else:
                sem = replace(sem, cue="scheduled")
        elif sem.kind == "weekday" and sem.cue is None and sem.signal is None and sem.end is None \
                and sem.shift is None and "week_shift" not in sem.extra and doc.lang == "en" \
                and _BY_BEFORE.search(text, max(0, h.start - 8), h.start) \
                and s < len(doc.sentences) and _CONDITION.search(text, doc.sentences[s].start, h.start):
            sem = replace(sem, cue="future")
        elif sem.kind == "weekday" and sem.cue is None and sem.signal is None and sem.end is None \
                and sem.shift is None and "week_shift" not in sem.extra and tense == "present" \
                and (am := _AFTER_BEFORE.search(text, max(0, h.start - 50), h.start)) \
                and (doc.lang == "de" or am.group("np") or _ATTRIBUTIVE.match(text, h.end)):
            sem = replace(sem, cue="past")   # bare "after Friday" only before its noun: "after Friday's attack"
        if h.sem.kind == "cal" and h.sem.y is None and h.sem.d is not None and h.sem.signal is None \
                and h.sem.end is None and (_EVENT_BEFORE.search(text, max(0, h.start - 60), h.start)
                                           or _EVENT_AFTER.match(text, h.end)):
            ctx.tense, ctx.pluperf = "none", False
        ref = _recent_day(results, info, k, p, s, not_after=dct if tense in ("past", "pluperf") else None, rank=rank)
        if sem.extra.get("of_event"):
            ref = _lead_day(results, info, k) or ref
        if ref is not None:
            ctx.ref_day, ctx.ref_value, ctx.ref_explicit = ref.day, ref.day_value, ref.day_explicit
            ctx.ref_eve, ctx.ref_early = ref.eve, ref.early
            pm = _POD_END.search(ref.value)
            ctx.ref_pod = pm.group(1) if pm else None
        res = _safe_resolve(sem, ctx)
        results[k] = res
        if res is None:
            continue
        if res.explicit and res.begin is not None and h.sem.signal is None and h.sem.end is None:
            narr = (res.begin, s, tense)

    # a title or subheading without a verb ("Neue Abstimmung am Dienstag") names the day its
    # paragraph tells: the same weekday or day word in the paragraph below takes its value
    for k, h in enumerate(hits):
        if h.sem.kind != "weekday" or results[k] is None or info[k][1] not in headings \
                or tenses.sentence_tense(info[k][1]) not in (None, "none"):
            continue
        word = text[h.start:h.end].lower()
        for j in range(k + 1, len(hits)):
            if info[j][0] > info[k][0] + 1:
                break
            if info[j][1] in headings:
                break
            if results[j] is not None and hits[j].sem.kind == "weekday" and text[hits[j].start:hits[j].end].lower() == word:
                results[k] = results[j]
                break

    # an "overnight" in a past-tense sentence that goes on to name an earlier day than the
    # publication day ("were evacuated overnight and allowed to return on Sunday", "attacked
    # overnight, the army said on Monday"): the night before that day, not the last one
    if dct is not None:
        last_night = (dct - timedelta(days=1)).isoformat() + "TNI"
        for k, h in enumerate(hits):
            if h.sem.kind != "lastnight" or not h.sem.extra.get("anaphoric") or results[k] is None \
                    or results[k].value != last_night or tenses.tense_at(h.start, h.end) not in ("past", "pluperf"):
                continue
            later = [results[j] for j in range(k + 1, len(hits)) if info[j][1] == info[k][1]
                     and hits[j].sem.kind not in late and results[j] is not None and results[j].day is not None]
            if later and later[0].day < dct and later[0].eve is None:
                d = later[0].day - timedelta(days=1)
                results[k] = Res(d.isoformat() + "TNI", "TIME", *D.pod_interval(d, "NI"),
                                 day=d + timedelta(days=1), eve=d)

    # live-ticker headings ("19:40 GMT – ...", "22.40 Uhr – ..."): the day of the ticker, not a
    # day an entry's text names ("Schools will stay closed on Sunday"); newest first, a clock
    # time later than the one above it is from the day before (and the other way round)
    ticker_day = _ticker_days(text, hits, dct, para_set)
    # the entries of a live ticker ("+++ 14.05 Uhr +++", "+++ Was bisher geschah +++"): a clock
    # time takes no day from another entry
    entries = None
    if ticker_day:
        heads = [m.start() for m in _TICKER_HEADING.finditer(text)]
        entries = [bisect.bisect_right(heads, h.start) for h in hits]
    # pass 2: clock times and parts of days take the day named in their sentence or paragraph
    by_sent: dict[int, list[int]] = {}
    for j, (_p, sj) in enumerate(info):
        by_sent.setdefault(sj, []).append(j)
    for k, h in enumerate(hits):
        if h.sem.kind not in late:
            continue
        p, s = info[k]
        tense = tenses.tense_at(h.start, h.end)
        ctx = Ctx(dct=dct, tense="past" if tense == "pluperf" else tense)
        ahead = dct if tense in ("present", "future") else None   # a present clause does not look back
        same = [(j, results[j]) for j in by_sent.get(s, ()) if j != k and results[j] is not None
                and (results[j].day is not None or results[j].day_value is not None)
                and not (ahead is not None and results[j].day is not None and results[j].day < ahead)]
        before = [x for x in same if x[0] < k]
        after = [x for x in same if x[0] > k]
        pick = before[-1][1] if before else (after[0][1] if after else None)
        if before and after and _ATTACHED.fullmatch(text[h.end:hits[after[0][0]].start]):
            pick = after[0][1]   # "said on Monday ... at dawn on Saturday": the day it is attached to
        if k in ticker_day and not before and not after:
            day = ticker_day[k]
            ctx.ref_day, ctx.ref_value, ctx.ref_eve, ctx.ref_early, ctx.ref_pod = day, day.isoformat(), None, False, None
            results[k] = _safe_resolve(h.sem, ctx)
            continue
        if pick is None:
            pick = _recent_day(results, info, k, p, s, not_before=ahead, rank=rank, entry=entries)
        if pick is None and tense in ("past", "pluperf") and s < len(doc.sentences) \
                and not _SAYING.search(text, doc.sentences[s].start, doc.sentences[s].end):
            # "zündete ein Attentäter gegen 10.30 Uhr ... einen Kleinbus": a clock time told in
            # the past with no day near it is on the story's day (but "sprach am Abend von
            # sechs Verletzten": a statement is made on the day of the report)
            pick = _lead_day(results, info, k)
        if pick is not None:
            ctx.ref_day, ctx.ref_value, ctx.ref_eve, ctx.ref_early = pick.day, pick.day_value, pick.eve, pick.early
            pm = _POD_END.search(pick.value)
            ctx.ref_pod = pm.group(1) if pm else None
        results[k] = _safe_resolve(h.sem, ctx)

    out: list[TimeX] = []
    for h, res in zip(hits, results):
        if res is None:
            continue
        interval = None
        if res.begin is not None and res.end is not None:
            interval = Interval(begin=D.iso(res.begin), end=D.iso(res.end))
        out.append(TimeX(id=f"T{len(out) + 1}", text=text[h.start:h.end], start=h.start, end=h.end,
                         type=res.type, value=res.value, interval=interval, anchored=res.anchored))
    doc.times = out
