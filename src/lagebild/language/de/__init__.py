"""German: POS tags and lemmas from HanTa (STTS), verb mood from our own rules (``mood``)."""
from __future__ import annotations

import math
import re
import types
from functools import lru_cache

from ...doc import Doc
from . import mood

_STTS_TO_UPOS = {
    "ADJA": "ADJ", "ADJD": "ADJ", "ADV": "ADV", "APPR": "ADP", "APPRART": "ADP", "APPO": "ADP",
    "APZR": "ADP", "ART": "DET", "CARD": "NUM", "FM": "X", "ITJ": "INTJ", "KOUI": "SCONJ",
    "KOUS": "SCONJ", "KON": "CCONJ", "KOKOM": "CCONJ", "NN": "NOUN", "NNA": "NOUN", "NE": "PROPN",
    "PDS": "PRON", "PDAT": "DET", "PIS": "PRON", "PIAT": "DET", "PIDAT": "DET", "PPER": "PRON",
    "PPOSS": "PRON", "PPOSAT": "DET", "PRELS": "PRON", "PRELAT": "DET", "PRF": "PRON", "PWS": "PRON",
    "PWAT": "DET", "PWAV": "ADV", "PAV": "ADV", "PROAV": "ADV", "PTKZU": "PART", "PTKNEG": "PART",
    "PTKVZ": "ADP", "PTKANT": "PART", "PTKA": "PART", "TRUNC": "X", "XY": "X",
    "$,": "PUNCT", "$.": "PUNCT", "$(": "PUNCT",
}


@lru_cache(maxsize=1)
def _tagger():
    from HanTa import HanoverTagger as ht

    tagger = ht.HanoverTagger("morphmodel_ger.pgz")
    # HanTa analyses every word form afresh in every sentence; the analysis of a form
    # (and the lemma of a form under a tag) does not depend on the sentence, so memoize
    # both per process. News vocabulary repeats, so this removes most of the work.
    tagger.analyze_forward = lru_cache(maxsize=200_000)(tagger.analyze_forward)
    tagger._analyze = lru_cache(maxsize=200_000)(tagger._analyze)
    tagger.tag_sent_viterbi = types.MethodType(_tag_sent_viterbi, tagger)
    return tagger


def _tag_sent_viterbi(self, sent, casesensitive=True):
    """HanTa's ``HanoverTagger.tag_sent_viterbi`` with the same result, a few times faster.

    HanTa tries every tag the transition table allows after a state and then drops those
    the word cannot have; this walks the word's few candidate tags and looks up their
    transitions instead (same sums in the same order, same tie-breaking: within one
    previous state every candidate makes a different new state, and the previous states
    are visited in HanTa's order). Checked against HanTa on the UD German treebanks
    (tests/language/test_hanta_viterbi.py)."""
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


_PAREN = re.compile(r"\((\w+)\)")


def stts(tag: str) -> str:
    """HanTa writes 'VA(FIN)', 'ADJ(A)'; STTS writes 'VAFIN', 'ADJA'."""
    return _PAREN.sub(r"\1", tag)


def upos(tag: str) -> str:
    if tag.startswith("VA"):
        return "AUX"
    if tag.startswith("VM"):
        return "AUX" if tag.endswith("FIN") else "VERB"
    if tag.startswith("VV"):
        return "VERB"
    return _STTS_TO_UPOS.get(tag, "X")


def tag(doc: Doc) -> None:
    """POS, lemma and finiteness for every token, sentence by sentence."""
    tagger = _tagger()
    for sent in doc.sentences:
        toks = doc.tokens[sent.tok_start:sent.tok_end]
        for tok, (_w, lemma, t) in zip(toks, tagger.tag_sent([t.text for t in toks], taglevel=1)):
            tok.pos = stts(t)
            tok.upos = upos(tok.pos)
            tok.lemma = lemma
            tok.finite = tok.pos.endswith("FIN")
    mood.annotate(doc)
