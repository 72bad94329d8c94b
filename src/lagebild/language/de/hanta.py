"""Faster drop-in versions of three HanTa 1.2.1 methods, with HanTa's results.

HanTa is pure Python. Two of its loops cost most of the German language stage:

- ``tag_sent_viterbi`` (every sentence) tried every tag the transition table allows after
  a state and then dropped those the word cannot have;
- ``analyze_forward`` / ``analyze_viterbi`` (every word form not yet seen in this process:
  most of a new article's vocabulary) called ``lp_m_t`` once per state, segment and tag.

Ours walk the word's candidate tags, and inline ``lp_m_t`` with its per-segment parts
(suffixes, length index) computed once per segment. The sums are HanTa's, in HanTa's order,
and states enter each lattice row in HanTa's order, so ties break the same way: the results
are identical (checked against HanTa on every word form and sentence of the UD German
treebanks; tests/language/test_hanta.py checks the bundled texts).
"""
from __future__ import annotations

import math
import types
from operator import itemgetter

from numpy import logaddexp

_NEG_INF = -math.inf


def speed_up(tagger) -> bool:
    """Replace the three methods on this tagger instance; only for HanTa 1.2.1 (the version
    pinned and checked), another version keeps its own."""
    from importlib.metadata import version

    if version("HanTa") != "1.2.1":
        return False
    tagger.tag_sent_viterbi = types.MethodType(tag_sent_viterbi, tagger)
    tagger.analyze_forward = types.MethodType(analyze_forward, tagger)
    tagger.analyze_viterbi = types.MethodType(analyze_viterbi, tagger)
    return True


def tag_sent_viterbi(self, sent, casesensitive=True):
    """HanTa's ``HanoverTagger.tag_sent_viterbi`` with the same result, a few times faster.

    HanTa tries every tag the transition table allows after a state and then drops those
    the word cannot have; this walks the word's few candidate tags and looks up their
    transitions instead (same sums in the same order, same tie-breaking: within one
    previous state every candidate makes a different new state, and the previous states
    are visited in HanTa's order). Checked against HanTa on the UD German treebanks
    (tests/language/test_hanta.py)."""
    from HanTa.HanoverTagger import EMPTY, END, START, UNKNOWN

    lowerbound = -1e6
    table = []
    backpointer = []
    cs = False
    for i, w in enumerate(sent):
        if i == 0:
            cs = False
        elif casesensitive:
            cs = True
        wprobs = dict(self._tag_word(w, cutoff=5, casesensitive=cs, conditional=True))
        wprobs_empty = len(wprobs) == 0
        if len(wprobs) == 1 and UNKNOWN in wprobs:
            wprobs = {}
            wprobs_empty = True
        cands = [(c, lpwc) for c, lpwc in wprobs.items() if c != END]
        row = {}
        bp = {}
        backpointer.append(bp)
        prevrow = {(EMPTY, START): 0.0} if i == 0 else table[i - 1]
        if len(prevrow) > 5:
            rowbound = sorted(prevrow.values(), reverse=True)[5] - 1
        else:
            rowbound = lowerbound
        for state, lp0 in prevrow.items():
            if lp0 < rowbound:
                continue
            lp_t = self.LP_trans_word[state]
            if wprobs_empty:
                items = [(c, lp_tc, 0) for c, lp_tc in lp_t.items() if c != END]
            else:
                items = [(c, lp_t[c], lpwc) for c, lpwc in cands if c in lp_t]
            s1 = state[1]
            for c, lp_tc, lpwc in items:
                lp = lp0 + lp_tc + lpwc
                if lp > lowerbound:
                    newstate = (s1, c)
                    if newstate not in row or lp > row[newstate]:
                        row[newstate] = lp
                        bp[newstate] = state
        table.append(row)
    finalstate = (END, EMPTY)
    prevrow = table[-1]
    row = {}
    bp = {}
    backpointer.append(bp)
    for state, lp0 in prevrow.items():
        lp = lp0 + self.LP_trans_word[state].get(END, -math.inf)
        if lp > row.get(finalstate, -math.inf):
            row[finalstate] = lp
            bp[finalstate] = state
    table.append(row)
    tags = []
    state = finalstate
    for i in range(len(backpointer) - 1, 0, -1):
        state = backpointer[i][state]
        tags.append(state[1])
    return tags[::-1]


def _guess_base(self) -> dict:
    """Per tag that can take an unknown morpheme: Int_t + LP_hapax_t[t] (HanTa's first sum)."""
    base = self.__dict__.get("_lagebild_guess_base")
    if base is None:
        base = {t: self.Int_t + self.LP_hapax_t[t] for t in self.LP_hapax_t if t in self.LP_s_t}
        self._lagebild_guess_base = base
    return base


def _segments(word: str, wlen: int, i: int, strict: bool) -> list:
    """For j = i+1 .. wlen: (j, segment, guess allowed, suffixes 4..1 or None, length index,
    whole word) as HanTa's lp_m_t computes them."""
    out = []
    for j in range(i + 1, wlen + 1):
        segment = word[i:j]
        mlen = j - i
        out.append((j, segment, not strict and (wlen < 4 or mlen > 2),
                    segment[-4:] if mlen > 4 else None, segment[-3:] if mlen > 3 else None,
                    segment[-2:] if mlen > 2 else None, segment[-1:] if mlen > 1 else None,
                    min(mlen, 24), wlen == mlen))
    return out


def _run(self, word, strict, followups_of, table, backpointer=None):
    """The morpheme lattice of HanTa's analyze_forward / analyze_viterbi (rows 0 .. wlen),
    with lp_m_t inlined: the same sums in the same order, the same states in the same
    insertion order."""
    lowerbound = -1e6
    wlen = len(word)
    LP_m_t, LP_s_t, LP_len_t = self.LP_m_t, self.LP_s_t, self.LP_len_t
    base = _guess_base(self)
    for i in range(wlen + 1):
        row = table[i]
        if len(row) > 3:
            rowbound = sorted(row.values(), reverse=True)[3] - 1
        else:
            rowbound = lowerbound
        segs = None
        for state, lp in list(row.items()):
            if lp < rowbound:
                continue
            followup = followups_of(state)
            if not followup:
                continue
            if segs is None:
                segs = _segments(word, wlen, i, strict)
            s1 = state[1]
            for j, segment, guess, x4, x3, x2, x1, li, whole in segs:
                tj = table[j]
                bj = backpointer[j] if backpointer is not None else None
                for tag1, lpt in followup:
                    m = LP_m_t[tag1].get(segment)
                    if m is None:
                        b = base.get(tag1) if guess else None
                        if b is None:
                            m = _NEG_INF
                        else:
                            LP_s = LP_s_t[tag1]
                            if x4 is not None and x4 in LP_s:
                                suf = LP_s[x4]
                            elif x3 is not None and x3 in LP_s:
                                suf = LP_s[x3]
                            elif x2 is not None and x2 in LP_s:
                                suf = LP_s[x2]
                            elif x1 is not None and x1 in LP_s:
                                suf = LP_s[x1]
                            else:
                                suf = LP_s['']
                            m = b + LP_len_t[tag1][li] + suf
                            if whole:
                                m -= 4.6
                    lp1 = lp + lpt + m
                    if lp1 > lowerbound:
                        newstate = (s1, tag1)
                        old = tj.get(newstate)
                        if old is None or lp1 > old:
                            tj[newstate] = lp1
                            if bj is not None:
                                bj[newstate] = (state, i)


def analyze_forward(self, word):
    """HanTa's ``HanoverTagger.analyze_forward`` (a word's tag probabilities from its
    morpheme lattice) with the same result."""
    from HanTa.HanoverTagger import EMPTY, START, UNKNOWN

    lowerbound = -1e6
    wlen = len(word)
    nonfinal = self.LP_trans_nonfinal
    table = [{(EMPTY, START): 0}] + [{} for _ in range(wlen + 1)]
    _run(self, word, self.strict, lambda state: nonfinal.get(state, []), table)
    last = table[-1]
    for state, lp in table[-2].items():
        for tag1, lpt in self.LP_trans_final.get(state, []):
            lp1 = lp + lpt
            if lp1 > lowerbound:
                newstate = (state[1], tag1)
                if newstate not in last or lp1 > last[newstate]:
                    last[newstate] = lp1
    results = {}
    for state, lp in last.items():
        if lp == -math.inf:
            continue
        pos = -state[1]
        if pos in results:
            results[pos] = logaddexp(results[pos], lp)
        else:
            results[pos] = lp
    result_list = list(results.items())
    result_list.sort(key=itemgetter(1), reverse=True)
    if len(result_list) == 0:
        result_list = [(UNKNOWN, 0)]
    return result_list


def analyze_viterbi(self, word, targetpos):
    """HanTa's ``HanoverTagger.analyze_viterbi`` (a word's best morpheme path for a tag,
    for its lemma) with the same result."""
    from HanTa.HanoverTagger import EMPTY, END_UNKNOWN, START, UNKNOWN

    wlen = len(word)
    lowerbound = -1e6
    reachable_t = self.reachability.get(targetpos, frozenset())
    nonfinal = self.LP_trans_nonfinal
    cache: dict = {}

    def followups_of(state):
        f = cache.get(state)
        if f is None:
            f = cache[state] = [(t, p) for (t, p) in nonfinal.get(state, []) if t in reachable_t]
        return f

    for localstrict in [True, False]:
        table = [{(EMPTY, START): 0}] + [{} for _ in range(wlen + 1)]
        backpointer = [{} for _ in range(wlen + 2)]
        _run(self, word, localstrict, followups_of, table, backpointer)
        for state in table[-2]:
            lp = table[-2][state]
            for tag1, lpt in self.LP_trans_final.get(state, []):
                if tag1 == targetpos:
                    lp1 = lp + lpt
                    if lp1 > lowerbound:
                        newstate = (state[1], tag1)
                        if newstate not in table[-1] or lp1 > table[-1][newstate]:
                            table[-1][newstate] = lp1
                            backpointer[-1][newstate] = (state, wlen)
                    break
        if len(table[-1]) > 0:
            break
    pmax = -math.inf
    beststate = (EMPTY, EMPTY)
    for state in table[-1]:
        lp = table[-1][state]
        if lp > pmax:
            pmax = lp
            beststate = state
    i = len(backpointer) - 1
    if beststate == (EMPTY, EMPTY):
        states = [((UNKNOWN, END_UNKNOWN), i), ((START, UNKNOWN), i - 1)]
    else:
        states = [(beststate, i)]
        state = beststate
        while i > 0:
            state, i = backpointer[i][state]
            states.append((state, i))
        states = states[:-1]
    return [(state[1], i) for (state, i) in states[::-1]]
