"""The matching machinery shared by the language grammars.

A grammar is a list of ``Rule``s: a compiled pattern and a builder that turns one match
into a ``Sem`` (or rejects it). All rules run over the whole text once; overlapping hits
are resolved longest-first; then interval signals ("seit", "bis zum", "since", "until")
are attached and closed ranges ("von Montag bis Mittwoch") are merged.
"""
from __future__ import annotations

import json
import re
import re._casefix as _casefix
import re._constants as _C
import re._parser as _sre_parser
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable

from .sem import Sem

DATA = Path(__file__).resolve().parent / "data"


@lru_cache(maxsize=None)
def load_json(lang: str, name: str) -> dict:
    path = DATA / lang / f"{name}.json"
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def alt(words, *, escape: bool = True) -> str:
    """A regex alternation of lexicon entries, longest first, spaces matching any whitespace."""
    items = sorted(set(words), key=len, reverse=True)
    out = []
    for w in items:
        p = re.escape(w) if escape else w
        p = p.replace(r"\ ", r"\s+").replace(" ", r"\s+")
        out.append(p)
    return "(?:" + "|".join(out) + ")"


@dataclass
class Rule:
    name: str
    pattern: re.Pattern
    build: Callable[[re.Match, str], Sem | None]
    priority: int = 0
    # lower-case strings one of which every match contains (``needs``), None if unknown
    needs: tuple[str, ...] | None = None

    def __post_init__(self):
        if self.needs is None:
            found = necessary(_sre_parser.parse(self.pattern.pattern, self.pattern.flags))
            self.needs = tuple(sorted(found)) if found else None


def rule_collector(flags: int):
    """A list of rules and a decorator that compiles a pattern and adds its builder to it."""
    rules: list[Rule] = []

    def rule(name, pattern, flags=flags, priority=0):
        def deco(fn):
            rules.append(Rule(name, re.compile(pattern, flags), fn, priority))
            return fn
        return deco

    return rules, rule


# -- which rules can match at all: a prefilter ------------------------------------------
# Every rule scans the whole text; most cannot match because none of the words it is built
# on occurs (no month name, no "Quartal", no "Uhr"). ``necessary`` reads the compiled
# pattern's syntax tree and returns strings one of which every match must contain; ``find``
# skips a rule whose strings are all absent from the lower-cased text. The result is the
# same as running every rule; it only saves the scans (about half the times stage).

def necessary(sub) -> set[str] | None:
    """Lower-case strings one of which occurs in every match of the parsed (sub)pattern, or
    None if the pattern guarantees none. Of the sequence's mandatory parts the most
    selective is taken (the longest shortest string, then the fewest strings)."""
    items = list(sub)
    cands: list[set[str]] = []
    i = 0
    while i < len(items):
        op, av = items[i]
        if op is _C.LITERAL:
            j, s = i, ""
            while j < len(items) and items[j][0] is _C.LITERAL:
                s += chr(items[j][1])
                j += 1
            cands.append({s.lower()})
            i = j
            continue
        found = _item_necessary(op, av)
        if found:
            cands.append(found)
        i += 1
    if not cands:
        return None
    return max(cands, key=lambda c: (min(len(x) for x in c), -len(c)))


def _item_necessary(op, av) -> set[str] | None:
    if op is _C.IN:                     # a small class of single characters
        chars: set[str] = set()
        for o, a in av:
            if o is _C.LITERAL:
                chars.add(chr(a).lower())
            elif o is _C.RANGE and a[1] - a[0] < 12:
                chars |= {chr(c).lower() for c in range(a[0], a[1] + 1)}
            else:
                return None             # negated classes, categories, wide ranges
        return chars
    if op is _C.BRANCH:                 # every alternative must guarantee something
        out: set[str] = set()
        for branch in av[1]:
            found = necessary(branch)
            if not found:
                return None
            out |= found
        return out
    if op is _C.SUBPATTERN:
        return necessary(av[3])
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
        return necessary(av[2]) if av[0] >= 1 else None
    if op is _C.ATOMIC_GROUP:
        return necessary(av)
    return None                         # anchors, lookarounds, categories, any character


# characters that ignore-case matching equates with a letter whose lower case they are not
# ("ı", "ſ", "K", "İ", Greek and Cyrillic variants): a text holding one is scanned by every rule
_CASE_EXTRAS = frozenset(ch for k, vs in _casefix._EXTRA_CASES.items() for ch in [chr(k), *map(chr, vs)]
                         if not ch.isascii()) | {"İ", "K", "Å"}


@dataclass
class Hit:
    start: int
    end: int
    sem: Sem
    rule: str
    priority: int = 0


_BC = re.compile(r"\s*(?:v\.\s*Chr\.|vor\s+Christus|v\.\s*u\.\s*Z\.|BCE\b|BC\b|B\.C\.(?:E\.)?)")
WORD = re.compile(r"[\w.'’-]+", re.UNICODE)


def words_before(text: str, pos: int, n: int = 3) -> list[str]:
    """The up to ``n`` words before ``pos`` (lower-cased, nearest last), within the sentence."""
    seg = text[max(0, pos - 80):pos]
    cut = max(seg.rfind(". "), seg.rfind("\n"), seg.rfind("! "), seg.rfind("? "))
    if cut >= 0:
        seg = seg[cut + 1:]
    return [w.lower().strip(".'’") for w in WORD.findall(seg)][-n:]


def word_after(text: str, pos: int) -> str:
    m = re.match(r"\s*([\w'’-]+)", text[pos:pos + 60])
    return m.group(1) if m else ""


class Grammar:
    """One language's rules plus its signal and range vocabulary."""

    def __init__(self, lang: str, rules: list[Rule]):
        self.lang = lang
        self.rules = rules
        lex = load_json(lang, "lexicon")
        sig = lex.get("signals", {})
        self.signals = []
        for kind, phrases in sig.items():
            for p in phrases:
                self.signals.append((kind, p))
        self.signals.sort(key=lambda kp: len(kp[1]), reverse=True)
        self.signal_re = [(k, re.compile(r"(?:^|(?<=[\s(„\"“]))" + alt([p]) + r"\s+$", re.IGNORECASE)) for k, p in self.signals]
        self.range_from = re.compile(r"(?:^|(?<=[\s(„\"“]))" + alt(lex.get("range_from", [])) + r"\s+$", re.IGNORECASE)
        self.range_to = re.compile(r"^\s*" + alt(lex.get("range_to", [])) + r"\s*$", re.IGNORECASE)

    def find(self, text: str) -> list[Hit]:
        hits: list[Hit] = []
        low = text.lower()
        every = not _CASE_EXTRAS.isdisjoint(text)
        for rule in self.rules:
            if rule.needs is not None and not every and not any(n in low for n in rule.needs):
                continue
            for m in rule.pattern.finditer(text):
                try:
                    sem = rule.build(m, text)
                except KeyError:
                    # ignore-case matched a letter variant the lexicon does not hold
                    # ("Frıday" with a dotless i): no reading, not a failed article
                    continue
                if sem is None:
                    continue
                s, e = (m.span("x") if "x" in rule.pattern.groupindex and m.group("x") is not None else m.span())
                if e <= s:
                    continue
                if sem.kind == "cal" and (sem.y is not None or sem.century is not None or sem.decade is not None):
                    bc = _BC.match(text, e)
                    if bc:
                        sem.extra["bc"] = True
                        e = bc.end()
                hits.append(Hit(s, e, sem, rule.name, rule.priority))
        chosen = self._select(hits)
        chosen = self._ranges(text, chosen)
        chosen = self._compound_durations(text, chosen)
        self._signals(text, chosen)
        return chosen

    @staticmethod
    def _select(hits: list[Hit]) -> list[Hit]:
        hits.sort(key=lambda h: (-(h.end - h.start), -h.priority, h.start))
        taken: list[Hit] = []
        for h in hits:
            if any(h.start < t.end and t.start < h.end for t in taken):
                continue
            taken.append(h)
        taken.sort(key=lambda h: h.start)
        return taken

    _RANGE_KINDS = {"cal", "weekday", "holiday", "time"}

    def _ranges(self, text: str, hits: list[Hit]) -> list[Hit]:
        """Merge "von A bis B", "zwischen A und B", "from A to B", "A bis B" (same granularity)."""
        out: list[Hit] = []
        i = 0
        while i < len(hits):
            h = hits[i]
            if i + 1 < len(hits):
                n = hits[i + 1]
                between = text[h.end:n.start]
                if (h.sem.kind in self._RANGE_KINDS and n.sem.kind in self._RANGE_KINDS and h.sem.end is None
                        and n.sem.end is None and len(between) <= 12 and self.range_to.match(between)):
                    conn = between.strip().lower()
                    pre = self.range_from.search(text[max(0, h.start - 20):h.start])
                    same = _same_granularity(h.sem, n.sem)
                    pair_ok = (pre is not None and (conn not in ("und", "and") or pre.group(0).strip().lower() in ("zwischen", "between"))) \
                        or (same and conn in ("bis", "-", "–", "to", "through"))
                    if pair_ok and (same or h.sem.kind == n.sem.kind):
                        start = h.start - len(pre.group(0)) if pre is not None else h.start
                        sem = h.sem
                        sem.end = n.sem
                        out.append(Hit(start, n.end, sem, h.rule + "+range", h.priority))
                        i += 2
                        continue
            out.append(h)
            i += 1
        return out

    _UNIT_ORDER = ["DE", "Y", "M", "W", "D", "H", "MIN", "S"]

    def _compound_durations(self, text: str, hits: list[Hit]) -> list[Hit]:
        """"drei Jahren und sechs Monaten", "two hours and 30 minutes": one duration (P3Y6M, PT2H30M)."""
        out: list[Hit] = []
        for h in hits:
            if out:
                p = out[-1]
                a, b = p.sem, h.sem
                between = text[p.end:h.start].strip().lower()
                if (a.kind == "dur" and b.kind == "dur" and between in ("und", "and", ",")
                        and b.signal is None and b.n is not None
                        and (a.n is not None or a.extra.get("parts"))):
                    parts = a.extra.get("parts") or [(a.n, a.unit)]
                    order = self._UNIT_ORDER
                    if parts[-1][1] in order and b.unit in order and order.index(b.unit) > order.index(parts[-1][1]):
                        a.extra["parts"] = parts + [(b.n, b.unit)]
                        p.end = h.end
                        continue
            out.append(h)
        return out

    def _signals(self, text: str, hits: list[Hit]) -> None:
        for h in hits:
            if h.sem.end is not None and not h.rule.endswith("+range"):
                # a range matched by one rule ("3. bis 5. März"): take its "vom"/"zwischen dem"
                pre = self.range_from.search(text[max(0, h.start - 20):h.start])
                if pre is not None:
                    h.start -= len(pre.group(0))
                continue
            if h.sem.signal or h.sem.end is not None or h.sem.kind in ("set", "ref", "offset"):
                continue
            before = text[max(0, h.start - 25):h.start]
            for kind, rx in self.signal_re:
                m = rx.search(before)
                if m:
                    if h.sem.kind == "dur" and kind != "since":
                        break
                    h.sem.signal = kind
                    h.start -= len(m.group(0))
                    break


def _same_granularity(a: Sem, b: Sem) -> bool:
    if a.kind != b.kind:
        return False
    if a.kind == "cal":
        fa = tuple(x is not None for x in (a.m, a.d, a.season, a.quarter, a.decade, a.hour))
        fb = tuple(x is not None for x in (b.m, b.d, b.season, b.quarter, b.decade, b.hour))
        return fa == fb or (a.d is not None and b.d is not None)
    return True
