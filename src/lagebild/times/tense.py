"""Clause tense from the language layer (POS, lemma, finiteness): past, future, present or none.

Sentences are cut into clauses at punctuation, quotes and subordinating conjunctions; a
clause's tense comes from its finite verbs: "hatte ... erklärt", "sind ... getötet
worden", "trat zurück", "said" are past; "werde ... reisen", "soll ... beginnen", "will
travel", "is expected to" are future; other finite verbs are present. An expression in
a clause without a finite verb takes the tense of the nearest clause that has one.
"""
from __future__ import annotations

import bisect
import re

from .grammar import load_json

_CUT_POS = {"$,", "$(", "$.", ",", ":", ".", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP"}
_QUOTES = set("\"„“”«»‚‘’")
_CUT_TEXT = {";", ":", "–", "—", "-", "(", ")"}
_PART2 = re.compile(r"^\w*ge\w+(?:t|en)(?:e|en|er|es|em)$")
_PART1 = re.compile(r"^\w+end(?:e|en|er|es|em)$")


def _quiet_parens(doc, toks) -> set[int]:
    """Token indices of parentheses without a finite verb ("in Halle (Saale) verübt", "die CDU
    (Christlich Demokratische Union) hat"): an aside that does not end its clause."""
    quiet: set[int] = set()
    open_at = None
    for k, t in enumerate(toks):
        if t.text == "(":
            open_at = k
        elif t.text == ")" and open_at is not None:
            inner = toks[open_at + 1:k]
            if len(inner) <= 8 and not any(x.finite or x.pos.endswith("FIN") or x.pos in ("VBD", "VBZ", "VBP", "MD")
                                           for x in inner):
                quiet.update(x.i for x in toks[open_at:k + 1])
            open_at = None
    return quiet


def _segments(doc, sent) -> list[tuple[int, int]]:
    toks = doc.tokens[sent.tok_start:sent.tok_end]
    segs = []
    start = sent.tok_start
    quiet = _quiet_parens(doc, toks)
    for t in toks:
        if t.i in quiet:
            continue
        cut_before = (t.pos in ("KOUS", "PRELS", "PWAV", "KOUI") or (t.upos == "SCONJ" and doc.lang == "en")
                      or (doc.lang == "en" and t.pos in ("WDT", "WP")))
        is_punct = t.text in _QUOTES or t.text in _CUT_TEXT or t.pos in _CUT_POS or t.text == ","
        if (cut_before or is_punct) and t.i > start:
            segs.append((start, t.i))
            start = t.i + 1 if is_punct else t.i
        elif is_punct:
            start = t.i + 1
    if start < sent.tok_end:
        segs.append((start, sent.tok_end))
    segs = [x for s in segs if s[1] > s[0] for x in _split_coordinated(doc, s)]
    return segs or [(sent.tok_start, sent.tok_end)]


def _finite(t) -> bool:
    return t.finite or t.pos.endswith("FIN") or t.pos in ("VBD", "VBZ", "VBP", "MD")


def _split_coordinated(doc, seg: tuple[int, int]) -> list[tuple[int, int]]:
    """Coordinated verb phrases with a finite verb on each side are clauses of their own: "die am
    Donnerstag startete und bis Dienstag dauern soll", "arrived on Monday and will leave on Friday"."""
    toks = doc.tokens
    out, start = [], seg[0]
    for i in range(seg[0] + 1, seg[1] - 1):
        t = toks[i]
        if not ((doc.lang == "de" and t.pos == "KON") or (doc.lang == "en" and t.pos == "CC")):
            continue
        if t.text.lower() not in ("und", "oder", "aber", "sondern", "and", "or", "but"):
            continue
        if any(_finite(x) for x in toks[start:i]) and any(_finite(x) for x in toks[i + 1:seg[1]]):
            out.append((start, i))
            start = i + 1
    out.append((start, seg[1]))
    return out


def _stem(lemma: str) -> str:
    lemma = lemma.lower()
    for suf in ("eln", "ern", "en", "n"):
        if lemma.endswith(suf) and len(lemma) > len(suf) + 1:
            return lemma[: -len(suf)] if suf in ("en", "n") else lemma[:-1]
    return lemma


def _norm_vowels(s: str) -> str:
    return s.replace("ie", "e").replace("ä", "a").replace("ö", "o").replace("ü", "u").replace("i", "e")


def _de_subj2(text: str, lemma: str) -> bool:
    """Konjunktiv II of a strong verb: an umlaut the lemma lacks plus an e-ending ("stünden", "käme")."""
    w, lem = text.lower(), lemma.lower()
    return (any(c in w for c in "äöü") and not any(c in lem for c in "äöü")
            and re.search(r"e(n|st|t)?$", w) is not None)


def _de_finite_past(text: str, lemma: str, T: dict) -> bool:
    """Is a German finite full verb in the Präteritum (heuristic over form and lemma)?"""
    w = text.lower()
    if w in T["irregular_present"]:
        return False
    st = _stem(lemma)
    if not st:
        return False
    if w.startswith(st):
        rest = w[len(st):]
        if rest in ("", "e", "st", "est", "t", "et", "en", "n", "e"):
            return False
        return bool(re.fullmatch(r"e?te(n|st|t)?", rest))
    # strong verbs: present forms with vowel change still begin with the normalized stem
    if _norm_vowels(w).startswith(_norm_vowels(st)) and (w.endswith("t") or w.endswith("st")):
        rest = _norm_vowels(w)[len(_norm_vowels(st)):]
        if rest in ("t", "st", "et", "est", ""):
            return False
    return True


def _clause_tense_de(toks, T) -> str | None:
    finite = [t for t in toks if t.finite or t.pos.endswith("FIN")]
    if not finite:
        return None
    ersatz = False
    if any(t.text.lower() in T["past_aux"] or t.text.lower() in T["perfect_have"] for t in finite):
        # Ersatzinfinitiv: "hatte sich Zutritt verschaffen wollen", "hat nicht kommen können":
        # the clause-final modal is an infinitive standing for a participle
        last = toks[-1] if toks[-1].pos != "$." else (toks[-2] if len(toks) > 1 else toks[-1])
        if last.pos in ("VMFIN", "VMINF") and last.text.lower().endswith("en") and any(x.pos in ("VVINF", "VAINF") for x in toks):
            kept = [t for t in finite if t is not last]
            if kept:
                finite, ersatz = kept, True
    has_inf = any(t.pos in ("VVINF", "VAINF", "VMINF", "VVIZU") for t in toks)
    pps = [t for t in toks if t.pos in ("VVPP", "VAPP", "VMPP")]
    worden = any(t.text.lower() == "worden" for t in toks)
    out = set()
    for f in finite:
        w = f.text.lower()
        if w in T["future_aux"]:
            out.add("future" if has_inf else ("past" if worden else "present"))
        elif w in T["modal_present"]:
            perf_inf = pps and any(t.pos == "VAINF" and t.lemma in ("haben", "sein") for t in toks)
            out.add("past" if perf_inf else ("future" if has_inf else "present"))
        elif w in T["perfect_have"]:
            out.add("past" if pps or ersatz else "present")
        elif w in T["perfect_be"]:
            if worden:
                out.add("past")
            elif pps and any(any(_stem(p.lemma).endswith(_stem(v)) or p.lemma.lower().endswith(v) for v in T["sein_verbs"]) for p in pps):
                out.add("past")
            elif pps and has_inf:
                out.add("future")
            elif not pps and any(t.pos == "VVINF" for t in toks):
                out.add("past")      # "seien … entkommen": a participle the tagger took for the infinitive
            else:
                out.add("present")
        elif w in ("sollte", "sollten") and has_inf \
                and not (pps and any(t.pos == "VAINF" and t.lemma in ("haben", "sein") for t in toks)):
            # "Sie sollten am Freitag einem Haftrichter vorgeführt werden", "Die Verhandlung
            # sollte am Freitag beginnen": a plan (or its subjunctive), the nearer day
            out.add("prospect")
        elif w in T["past_aux"]:
            if ersatz and w.startswith("hatt"):
                out.add("pluperf")
            elif pps and (w.startswith("hatt") or worden or (w.startswith("war") and any(
                    any(_stem(p.lemma).endswith(_stem(v)) for v in T["sein_verbs"]) for p in pps))):
                out.add("pluperf")   # "hatte ... erklärt", "war ... geflohen": before the story's time
            else:
                out.add("past")
        elif w in T["subj_past_aux"]:
            out.add("past" if pps else "none")
        elif f.pos.startswith("VV") or f.pos.startswith("VA") or f.pos.startswith("VM"):
            if f.mood == "sub2" or _de_subj2(f.text, f.lemma or f.text):
                out.add("none")
            else:
                out.add("past" if _de_finite_past(f.text, f.lemma or f.text, T) else "present")
    for t in ("future", "prospect", "pluperf", "past", "present", "none"):
        if t in out:
            return t
    return None


_EN_SAME_FORM = {"spread", "hit", "cut", "set", "put", "quit", "cost", "hurt", "let", "shut", "beat", "burst",
                 "cast", "broadcast", "forecast", "bet", "bid", "split", "shed", "upset", "read", "hurt"}
_EN_SCHEDULED = {"expected", "scheduled", "planned", "slated", "due"}
_EN_PLAN = {"schedule", "plan", "set", "due", "expect", "slate"}


def _verb_tenses_en(toks, T) -> list[tuple[int, str]]:
    """(token index, tense) of every finite verb group in an English clause."""
    out = []
    for k, f in enumerate(toks):
        if not (f.finite or f.pos in ("VBD", "VBZ", "VBP", "MD")):
            continue
        w = f.text.lower()
        after = toks[k + 1:k + 5]
        follow = " ".join(t.text.lower() for t in toks[k:k + 4])
        if f.pos == "MD":
            out.append((f.i, "future" if w in T["future_modals"] else "present"))
        elif any(follow.startswith(p) or (" " + p) in follow for p in T["future_phrases"]) and f.pos != "VBD":
            out.append((f.i, "future"))
        elif f.pos == "VBD":
            pluperf = f.lemma == "have" and any(t.pos == "VBN" for t in after)
            if pluperf and any(t.text.lower() in ("to", "for") or t.lemma in _EN_PLAN for t in after):
                pluperf = False   # "had been set to begin on March 4": the plan names a date, maybe ahead
            out.append((f.i, "pluperf" if pluperf else "past"))
        elif f.pos == "VBP" and w in _EN_SAME_FORM:
            continue   # "riots spread across France on Saturday": present and past look alike
        elif f.pos in ("VBZ", "VBP"):
            if f.lemma == "be" and after and after[0].text.lower() in _EN_SCHEDULED:
                out.append((f.i, "future"))   # "a deal is expected before Christmas", "the vote is scheduled for Monday"
            elif f.lemma == "have" and any(t.pos == "VBN" for t in after):
                out.append((f.i, "past"))
            else:
                out.append((f.i, "present"))
    return out


def _clause_tense_en(toks, T, anchor: int | None = None) -> str | None:
    """The tense of the finite verb nearest the expression, preferring one before it
    ("officials said on Wednesday they would meet"): English clauses often run on
    without a comma or conjunction."""
    verbs = _verb_tenses_en(toks, T)
    if not verbs:
        return None
    if anchor is None:
        for t in ("future", "pluperf", "past", "present"):
            if any(v[1] == t for v in verbs):
                return t
    before = [v for v in verbs if v[0] < anchor]
    if before:
        i0, t = before[-1]
        if t in ("past", "pluperf") and toks:
            # "pledged to visit the mine on Thursday", "announced plans to meet on Friday": the
            # infinitive after a prospective verb looks ahead of it, either side of publication
            base = toks[0].i
            k0 = i0 - base
            verb = toks[k0]
            if (verb.lemma or "").lower() == "have":
                # "has agreed to hold talks on Tuesday": the participle after the auxiliary is the verb
                part = next((x for x in range(k0 + 1, min(k0 + 4, anchor - base)) if toks[x].pos == "VBN"), None)
                if part is not None:
                    k0 = part
                    verb = toks[k0]
            between = toks[k0 + 1:anchor - base]
            if (verb.lemma or "").lower() in T.get("prospective_verbs", ()) and any(
                    a.pos == "TO" and b.pos == "VB" for a, b in zip(between, between[1:])):
                return "prospect"
        return t
    return min(verbs, key=lambda v: v[0] - anchor)[1]


class TenseIndex:
    """Clause tenses of one document, computed once."""

    def __init__(self, doc):
        self.doc = doc
        self.T = load_json(doc.lang, "tense")
        self._cache: dict[int, list[tuple[tuple[int, int], str | None]]] = {}
        self._fn = _clause_tense_de if doc.lang == "de" else _clause_tense_en
        self._starts = [t.start for t in doc.tokens]

    def _sent_info(self, sent):
        if sent.i not in self._cache:
            segs = _segments(self.doc, sent)
            self._cache[sent.i] = [(s, self._fn(self.doc.tokens[s[0]:s[1]], self.T)) for s in segs]
        return self._cache[sent.i]

    def _participle_after(self, end: int) -> str | None:
        """German attributive participles: "die am Wochenende ausgebrochenen Unruhen" (past),
        "die am Sonntag stattfindende Wahl" (future)."""
        if self.doc.lang != "de":
            return None
        k = bisect.bisect_left(self._starts, end)
        after = self.doc.tokens[k:k + 3]
        for t in after:
            if t.pos in ("ADJA", "ADJD"):
                w = t.text.lower()
                if _PART2.match(w):
                    return "past"
                if _PART1.match(w):
                    return "future"
                continue
            if t.pos in ("ADV", "ADJD", "APPR", "APPRART", "ART", "CARD", "NE", "NN") and t.pos not in ("NN", "NE"):
                continue
            break
        return None

    def _governed_de(self, info, k: int) -> str | None:
        """The tense of a zu-infinitive clause governed by a prospective verb in the nearest clause
        before it: "future" after a present or future one ("plant, am Montag ... zu reisen"),
        "prospect" (the nearest occurrence, either side of publication) after a past one."""
        for j in range(k - 1, -1, -1):
            if not info[j][1]:
                continue
            toks = self.doc.tokens[info[j][0][0]:info[j][0][1]]
            particles = [t.text.lower() for t in toks if t.pos == "PTKVZ"]
            lemmas = set()
            for t in toks:
                if t.pos.startswith("VV"):
                    lem = (t.lemma or t.text).lower()
                    lemmas.add(lem)
                    lemmas.update(p + lem for p in particles)
            if lemmas & set(self.T.get("prospective_verbs", ())):
                return "future" if info[j][1] in ("present", "future") else "prospect"
            return None
        return None

    def sentence_tense(self, i: int) -> str | None:
        """The tense of a sentence's first clause with a finite verb."""
        if not (0 <= i < len(self.doc.sentences)):
            return None
        info = self._sent_info(self.doc.sentences[i])
        if self.doc.lang == "en":
            for (s0, s1), _t in info:
                t = _clause_tense_en(self.doc.tokens[s0:s1], self.T)
                if t:
                    return t
            return None
        return next((t for _s, t in info if t), None)

    def tense_at(self, start: int, end: int) -> str:
        if not self.T or not self.doc.sentences:
            return "none"
        part = self._participle_after(end)
        if part:
            return part
        k = bisect.bisect_right(self._starts, start) - 1
        toks = self.doc.tokens
        tok = toks[k] if 0 <= k < len(toks) and start < toks[k].end else None
        if tok is None and 0 <= k + 1 < len(toks) and toks[k + 1].start < end:
            tok = toks[k + 1]
        if tok is None:
            return "none"
        sent = self.doc.sentences[tok.sent]
        info = self._sent_info(sent)
        k = next((j for j, (s, _t) in enumerate(info) if s[0] <= tok.i < s[1]), None)
        if k is None:
            k = min(range(len(info)), key=lambda j: abs(info[j][0][0] - tok.i))
        if self.doc.lang == "en":
            s0, s1 = info[k][0]
            t = _clause_tense_en(self.doc.tokens[s0:s1], self.T, anchor=tok.i)
            if t:
                return t
        elif info[k][1]:
            return info[k][1]
        else:
            s0, s1 = info[k][0]
            if any(t.pos in ("PTKZU", "VVIZU") for t in self.doc.tokens[s0:s1]):
                # a zu-infinitive clause ("beschlossen, die Fördermenge im November zu erhöhen")
                # looks ahead of its main clause: it takes no tense from it; after a verb of
                # announcing, planning or threatening it is prospective ("kündigte an, am
                # Donnerstag ... zu sprechen")
                return self._governed_de(info, k) or "none"
        for dist in range(1, len(info)):
            for j in (k - dist, k + dist):
                if 0 <= j < len(info) and info[j][1]:
                    return info[j][1]
        return "none"
