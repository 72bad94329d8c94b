"""German speech frames, according-to phrases, hedges and reported-speech continuation.

Works on STTS tags, HanTa lemmas and ``Token.mood`` (Konjunktiv I/II). A speech frame is
a speech or cognition verb (``data/de/claims.json``) with

- its content before it (``„…“, sagte X`` / ``…, sagte X`` / ``…, so X``): the speaker is
  the noun phrase after the verb;
- or after it (``X sagte, …`` / ``X sagte: „…“`` / ``Zuvor hatte X erklärt, …``): the
  speaker is the Vorfeld noun phrase, else the first noun phrase after the finite verb.
"""
from __future__ import annotations

import re

from ..doc import Doc, Sentence, Token
from . import Candidate, Channel, Raw, _possessor, quote_coverage, quote_words, strip_span
from .quotes import Quote

QUOTE_MARKS = set("„“”\"»«‚‘’'")
BOUNDARY = {",", ";", ":", "–", "—", "(", ")"}
NOUN = {"NN", "NE", "NNA", "NNI", "FM", "TRUNC"}
REL_WORDS = {"der", "die", "das", "dem", "den", "deren", "dessen", "denen", "welche", "welcher", "welches", "welchen", "welchem"}
DET = {"ART", "PIAT", "PDAT", "PPOSAT", "PIDAT"}
SUBORD_START = {"KOUS", "PRELS", "PRELAT", "PWAV", "PWS", "KOUI"}
PUBLISH = {"veröffentlichen", "verbreiten", "posten", "teilen", "zeigen", "hochladen", "senden",
           "ausstrahlen", "publizieren", "twittern", "berichten", "melden", "zirkulieren"}
SKIP_AFTER_VERB = {"ADV", "PTKNEG", "PROAV", "PAV", "ADJD"}


# "der 58-Jährige": an age noun refers to a person named before, like a role noun
_AGE_NOUN = re.compile(r"^\d+-Jährige[nr]?$")

class _S:
    """Sentence-level view: tokens, lower-case texts, clause numbers."""

    def __init__(self, g: "_G", sent: Sentence):
        self.g = g
        self.sent = sent
        self.a, self.b = sent.tok_start, sent.tok_end
        toks = g.toks
        self.clause: dict[int, int] = {}
        # a short parenthesis of names ("der Katholischen Nachrichten-Agentur (KNA)") is part of
        # its clause, not a boundary
        inner: set[int] = set()
        for k in range(self.a, self.b):
            if toks[k].text == "(":
                e = next((j for j in range(k + 1, min(k + 5, self.b)) if toks[j].text == ")"), None)
                if e is not None and e > k + 1 and all(toks[j].pos in NOUN for j in range(k + 1, e)):
                    inner |= {k, e}
        c = 0
        for k in range(self.a, self.b):
            if toks[k].text in BOUNDARY and not g.in_quote[k] and k not in inner:
                c += 1
                self.clause[k] = -c
            else:
                self.clause[k] = c

    def clause_range(self, k: int) -> tuple[int, int]:
        c = self.clause[k]
        s = k
        while s - 1 >= self.a and self.clause[s - 1] == c:
            s -= 1
        e = k
        while e + 1 < self.b and self.clause[e + 1] == c:
            e += 1
        return s, e + 1


class _G:
    def __init__(self, doc: Doc, lex: dict, quotes: list[Quote]):
        self.doc = doc
        self.lex = lex
        self.quotes = quotes
        self.toks = doc.tokens
        self.low = [t.text.lower() for t in doc.tokens]
        self.lem = [(t.lemma or t.text).lower() for t in doc.tokens]
        self.in_quote = [any(q.contains(t.start, t.end) for q in quotes) for t in doc.tokens]
        self.is_mark = [t.text in QUOTE_MARKS for t in doc.tokens]

    def tok_at(self, offset: int) -> int:
        for i, t in enumerate(self.toks):
            if t.start <= offset < t.end:
                return i
        return 0

    # -- token classes -----------------------------------------------------
    def noun(self, k: int) -> bool:
        t = self.toks[k]
        return t.pos in NOUN and t.text[:1].isalpha() or _AGE_NOUN.match(t.text) is not None

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Character span of tokens [a, b), without surrounding punctuation."""
        return strip_span(self.doc.text, self.toks[a].start, self.toks[b - 1].end)

    def verb_lemma(self, k: int, s: _S) -> str:
        """Lemma with a separated particle joined back ('teilte ... mit' -> 'mitteilen')."""
        t = self.toks[k]
        if t.finite and t.pos.startswith("VV"):
            c = s.clause[k]
            m = k + 1
            while m < s.b:
                if s.clause[m] != c:
                    # "teilte der Sprecher der Behörde, Ahmed Samir, am Abend mit": skip a name apposition
                    skip = self.apposition_end(m, s.b)
                    if skip is None:
                        break
                    m = skip + 1
                    c = s.clause.get(m, c)
                    continue
                if self.toks[m].pos == "PTKVZ":
                    return self.low[m] + self.lem[k]
                if self.toks[m].pos in ("ADJD", "ADV") and (m + 1 >= s.b or self.toks[m + 1].text in (",", ".", ":")) \
                        and (self.low[m] + self.lem[k]) in self.lex["speech_verbs_set"]:
                    # "stellte klar, dass ...": a particle the tagger read as an adverb closing the clause
                    return self.low[m] + self.lem[k]
                if self.toks[m].finite:
                    break
                m += 1
        return self.lem[k]

    def apposition_end(self, m: int, end: int) -> int | None:
        """At a comma m opening a name apposition (', Ahmed Samir,'): the closing comma's index."""
        toks = self.toks
        if toks[m].text != "," or m + 1 >= end or toks[m + 1].pos not in ("NE", "FM", "NN"):
            return None
        n = m + 1
        while n < end and n - m <= 5 and toks[n].pos in ("NE", "FM", "NN") and toks[n].text[:1].isupper():
            n += 1
        if n < end and toks[n].text == "," and any(toks[x].pos in ("NE", "FM") for x in range(m + 1, n)):
            return n
        return None

    # -- noun phrases ------------------------------------------------------
    def genitive_name(self, k: int) -> bool:
        """A name in the Saxon genitive before its head noun ("Acostas Anwalt")."""
        from ..language.de import saxon_genitive

        return saxon_genitive(self.toks[k], self.toks, self.doc.extras.setdefault("de_genitive_names", {}))

    def np_after(self, i: int, end: int, allow_pron: bool = True) -> tuple[int, int, str] | None:
        """A speaker noun phrase starting at token i (before ``end``): (start, end, kind)."""
        toks, low = self.toks, self.low
        j = i
        while j < end and toks[j].pos in SKIP_AFTER_VERB and low[j] not in ("so",):
            j += 1
        if j >= end:
            return None
        if toks[j].pos == "PPER" or low[j] in ("man",):
            return (j, j + 1, "pronoun") if allow_pron else None
        start = j
        if toks[j].pos in DET or (low[j] in ("deren", "dessen") and j + 1 < end and self.noun(j + 1)):
            j += 1
        while j < end and toks[j].pos in ("ADJA", "ADJD", "CARD") and not self.noun(j):
            j += 1
        k = j
        while k < end and (self.noun(k) or (self.is_mark[k] and self._quoted_name(k, end))):
            if (k > j and toks[k].pos == "NN" and toks[k - 1].pos == "NE" and "-" not in toks[k].text
                    and not (k + 1 < end and toks[k + 1].pos == "NE") and not self.genitive_name(k - 1)
                    and not (k + 1 >= len(toks) or toks[k + 1].text in (".", ",", "(", ";"))):
                break   # "Ministerpräsident Erdogan Pläne": the object starts; "Kasachstans Präsident Tokajew" goes on
            if k > j and low[k] in self.lex["outlets_set"] and toks[k - 1].pos == "NN" and self.is_role(k - 1):
                break   # "sagte eine Ärztin Reuters am Telefon": the agency is the channel, in the dative
            if self.is_mark[k]:
                k = self._quoted_name(k, end)
            else:
                k += 1
        if k == j:
            return None
        head_end = k
        k = self._extend(k, end, start)
        return (start, k, "np")

    def _quoted_name(self, k: int, end: int) -> int | None:
        """Token index after a quoted name („Le Monde“) opening at k, else None."""
        for q in self.quotes:
            if q.start == self.toks[k].start:
                m = k + 1
                while m < end and self.toks[m].start < q.end:
                    m += 1
                if m - k - 2 <= 5:
                    return m
        return None

    def _pp_nouns_end(self, m: int, end: int) -> int | None:
        """After a preposition: past its determiners and adjectives, the end of its nouns (None
        without a noun)."""
        while m < end and self.toks[m].pos in DET | {"ADJA"}:
            m += 1
        n = m
        while n < end and self.noun(n):
            n += 1
        return n if n > m else None

    def _extend(self, k: int, end: int, start: int) -> int:
        """Genitive attributes, 'von X' and name appositions after a noun phrase head."""
        toks, low = self.toks, self.low
        lex = self.lex
        while k < end:
            if low[k] in ("des", "der", "eines", "einer") and k + 1 < end:
                m = k + 1
                while m < end and toks[m].pos in ("ADJA", "CARD"):
                    m += 1
                if m < end and (self.noun(m) or self.is_mark[m]):
                    if self.low[k - 1] in lex["according_nouns_set"]:
                        pass   # "einem Bericht der „New York Times“": genitive
                    elif (self.is_channel_word(m) or (self.is_mark[m] and self._is_channel_quote(m, end))) and not (
                            m + 1 < end and self.apposition_end(m + 1, end) is not None and self.is_role(k - 1)):
                        break   # "sagte ein Augenzeuge der Nachrichtenagentur AFP": dative, a channel
                        # (but "der Geschäftsführer der Wochenzeitung, Dietrich Sattler,": a genitive)
                    n = m
                    while n < end and (self.noun(n) or self.is_mark[n]):
                        n = (self._quoted_name(n, end) or n + 1) if self.is_mark[n] else n + 1
                    k = n
                    continue
                break
            if low[k] == "von" and k + 1 < end and k > start and (
                    self.is_role(k - 1) or self.low[k - 1] in lex["according_nouns_set"]
                    or (toks[k + 1].pos == "NE" and self.noun(k - 1) and any(self.is_role(x) for x in range(start, k)))):
                n = self._pp_nouns_end(k + 1, end)
                if n is not None:
                    k = n
                    continue
                break
            if low[k] in ("für", "gegen", "zur", "zum") and k > start and any(self.is_role(x) for x in range(start, k)):
                # "der Sprecher der Front für den Wandel, Didier Lukusa": a name with a
                # preposition in it, where a name apposition follows
                n = self._pp_nouns_end(k + 1, end)
                if n is not None and n + 1 < end and toks[n].text == "," and toks[n + 1].pos in ("NE", "FM"):
                    k = n
                    continue
            if low[k] in ("in", "aus") and k + 3 < end and toks[k + 1].pos == "NE" and toks[k + 2].text == "," \
                    and toks[k + 3].pos == "NE" and any(self.is_role(x) for x in range(start, k)):
                # "der Sprecher des Außenministeriums in Eriwan, Tigran Melkonjan": the seat, then the name
                k += 2
                continue
            if toks[k].text == "," and k + 2 < end and low[k + 1] in lex["name_titles_set"] and toks[k + 2].pos in ("NE", "FM", "NN"):
                n = k + 2   # ", Dr. Maren Falk,", ", General Reza Tavakoli."
                while n < end and (toks[n].pos in ("NE", "FM") or (n == k + 2 and toks[n].text[:1].isupper())):
                    n += 1
                if (n >= end or toks[n].text in (",", ".")) and any(self.is_role(x) for x in range(start, k)):
                    k = n
                    continue
                break
            if toks[k].text == "," and k + 1 < end and toks[k + 1].pos == "NE":
                n = k + 1
                while n < end and toks[n].pos in ("NE", "FM") or (n < end and toks[n].pos == "NN" and toks[n].text[:1].isupper() and n > k + 1 and toks[n - 1].pos == "NE"):
                    n += 1
                if n >= end or toks[n].text in (",", ".") or toks[n].pos in ("APPR", "APPRART", "ADV", "VVFIN", "VAFIN"):
                    if self.is_role(k - 1) or any(self.is_role(x) for x in range(start, k)) \
                            or (n < end and toks[n].text == "," and self.is_channel_word(start if self.noun(start) else start + 1)):
                        # (also an outlet's name: "wie die Nachrichtenagentur der Justiz, Mizan, meldete")
                        k = n + (1 if n < end and toks[n].text == "," else 0)
                        if toks[k - 1].text == ",":
                            k -= 1
                        continue
                break
            break
        return k

    def np_before(self, k: int, lo: int) -> tuple[int, int] | None:
        """The noun phrase ending just before token k ('Den Vereinten Nationen' zufolge)."""
        toks = self.toks
        j = k - 1
        if j < lo:
            return None
        if self.is_mark[j]:
            for q in self.quotes:
                if q.end == toks[j].end:
                    m = j
                    while m > lo and toks[m].start > q.start:
                        m -= 1
                    j = m
                    break
        elif not self.noun(j):
            return None
        e = k
        m = j
        # a run of names / a head noun, then adjectives and one determiner
        while m - 1 >= lo and toks[m - 1].pos in ("NE",) and toks[m].pos in ("NE",):
            m -= 1
        while m - 1 >= lo and toks[m - 1].pos in ("ADJA", "CARD"):
            m -= 1
        # genitive: "Angaben der Polizei zufolge"
        if m - 1 >= lo and toks[m - 1].pos == "ART":
            m -= 1
            if m - 1 >= lo and self.noun(m - 1) and self.low[m - 1] in self.lex["according_nouns_set"]:
                m -= 1
                while m - 1 >= lo and toks[m - 1].pos in ("ADJA",):
                    m -= 1
                if m - 1 >= lo and toks[m - 1].pos == "ART":
                    m -= 1
        return m, e

    # -- word classes ------------------------------------------------------
    def is_role(self, k: int) -> bool:
        w = self.low[k]
        roles = self.lex["person_roles_set"]
        return w in roles or w.endswith(self.lex["person_role_suffixes_tuple"])

    def is_channel_word(self, k: int) -> bool:
        w = self.low[k]
        lex = self.lex
        if w in lex["channel_nouns"] or w in lex["outlets_set"] or w in lex["platforms_set"]:
            return True
        return w.endswith(("agentur", "agenturen", "zeitung", "sender", "kanal", "kanäle", "kanälen", "pressedienst",
                           "ansprache", "botschaft", "medien", "fernsehen", "portal", "interview"))

    def _is_channel_quote(self, k: int, end: int) -> bool:
        m = self._quoted_name(k, end)
        if m is None:
            return False
        return any(self.is_channel_word(x) for x in range(k + 1, m - 1)) or \
            self.doc.text[self.toks[k].end:self.toks[m - 1].start].strip().lower() in self.lex["outlets_set"]

    def channel_kind(self, words: str) -> str:
        w = words.lower()
        lex = self.lex
        if w in lex["platforms_set"] or any(p in w for p in ("telegram", "facebook", "twitter", "instagram", "youtube", "tiktok", "netzwerk", "kanal", "kanäle")):
            return "platform"
        for noun, kind in lex["channel_nouns"].items():
            if w.endswith(noun):
                return kind
        if w.endswith(("ansprache", "botschaft", "interview", "medien", "fernsehen", "radio", "rede")):
            return "media"
        return "outlet"


# -- channels -----------------------------------------------------------------

def _channels(g: _G, a: int, b: int, skip: tuple[int, int] | None, list_end: int | None = None) -> list[Channel]:
    """Channel mentions among tokens [a, b), outside the speaker phrase ``skip``; a list
    of names after a channel noun may run on to ``list_end``."""
    toks, low = g.toks, g.low
    b0 = b
    out: list[Channel] = []
    k = a
    while k < b:
        if skip and skip[0] <= k < skip[1]:
            k = skip[1]
            continue
        # "in einem Interview mit X", "im Gespräch mit X"
        if low[k] in ("interview", "gespräch", "fernsehinterview") and k + 2 < b and low[k + 1] == "mit":
            np = g.np_after(k + 2, b, allow_pron=False)
            if np:
                s, e = _np_name(g, np[0], np[1])
                out.append(Channel(s, e, g.channel_kind(g.doc.text[s:e])))
                k = np[1]
                continue
        if g.is_mark[k] and g._is_channel_quote(k, b):
            m = g._quoted_name(k, b)
            s, e = g.span(k, m)
            out.append(Channel(s, e, g.channel_kind(g.doc.text[s:e])))
            k = m
            continue
        multi = _lexicon_name(g, k, b)
        if multi:
            s, e, m = multi
            out.append(Channel(s, e, g.channel_kind(g.doc.text[s:e])))
            k = m
            continue
        if g.noun(k) and g.is_channel_word(k):
            # head noun followed by names: "den Nachrichtenagenturen Interfax, Tass und Ria Nowosti"
            b = max(b0, list_end or b0)
            m = k + 1
            names = []
            while m < b:
                if g.is_mark[m] and g._quoted_name(m, b):
                    e = g._quoted_name(m, b)
                    names.append(g.span(m, e))
                    m = e
                elif toks[m].pos in ("NE", "FM") or low[m] in g.lex["outlets_set"] or (
                        toks[m].text.isupper() and toks[m].text.isalpha() and len(toks[m].text) >= 2) or (
                        m == k + 1 and toks[m].text[:1].isupper() and _org_starts(g, m)):
                    # (a name the tagger took for a common noun: "dem Sender Unitel")
                    # (an acronym the tagger took for a common noun: "im Staatsfernsehen ORTM")
                    n = m
                    while n < b and toks[n].pos in ("NE", "FM", "NN") and toks[n].text[:1].isupper() and not g.is_channel_word(n) or (n < b and low[n] in g.lex["outlets_set"] and n == m):
                        n += 1
                    if n == m:
                        break
                    names.append(g.span(m, n))
                    m = n
                else:
                    break
                if m < b and low[m] in (",", "und", "sowie", "oder") and m + 1 < b and (toks[m + 1].pos in ("NE", "FM") or g.is_mark[m + 1] or low[m + 1] in g.lex["outlets_set"]):
                    m += 1
                    continue
                break
            b = b0
            if len(names) == 1 and m + 2 < len(toks) and toks[m].text == "(" and toks[m + 2].text == ")" \
                    and toks[m + 1].text[:1].isupper() and toks[m + 1].text.upper() == toks[m + 1].text:
                # a full name with its abbreviation: "dem Hessischen Rundfunk (HR)", "dem Sender Radio Bremen (RB)"
                names = [(g.span(k, k + 1)[0], names[0][1])]
            if names:
                for s, e in names:
                    out.append(Channel(s, e, g.channel_kind(g.doc.text[toks[k].start:toks[k].end])))
                k = m
                continue
            # the noun phrase itself: "in einer Fernsehansprache", "kasachische Medien", "im Radio"
            st = k
            while st - 1 >= a and toks[st - 1].pos in ("ADJA",) and not (skip and skip[0] <= st - 1 < skip[1]):
                st -= 1
            s, e = g.span(st, k + 1)
            out.append(Channel(s, e, g.channel_kind(low[k])))
            k += 1
            continue
        k += 1
    return out


def _org_starts(g: _G, m: int) -> bool:
    """Does an organisation's mention start at token m?"""
    st = g.toks[m].start
    return any(men.start == st for ent in g.doc.entities if ent.type == "ORG" for men in ent.mentions)


def _lexicon_name(g: _G, k: int, b: int) -> tuple[int, int, int] | None:
    """A known outlet or platform name of one to three tokens at k."""
    for n in (3, 2, 1):
        if k + n > b:
            continue
        words = " ".join(g.low[k:k + n])
        if words in g.lex["outlets_set"] or words in g.lex["platforms_set"]:
            if n == 1 and not g.toks[k].text[:1].isupper() and words not in ("sozialen", "soziale"):
                continue
            s, e = g.span(k, k + n)
            return s, e, k + n
    return None


def _np_name(g: _G, a: int, b: int) -> tuple[int, int]:
    """Strip leading determiners: 'die Nachrichtenagentur dpa' -> 'Nachrichtenagentur dpa'."""
    while a < b - 1 and (g.toks[a].pos in DET or g.low[a] in ("deren", "dessen")):
        a += 1
    return g.span(a, b)


def _speaker_span(g: _G, np: tuple[int, int, str]) -> tuple[tuple[int, int], str]:
    a, b, kind = np
    s, e = _np_name(g, a, b)
    if kind == "np":
        # a bare role noun with a definite article and no name: "der Staatschef"
        toks = g.toks
        body = [k for k in range(a, b) if toks[k].pos not in DET and (toks[k].pos != "ADJA" or g.noun(k))]
        if toks[a].pos == "ART" and g.low[a] in ("der", "die", "das", "dem", "den") and len(body) == 1 and g.is_role(body[0]):
            kind = "role"
    return (s, e), kind


# -- frames -------------------------------------------------------------------

def _has_finite(g: _G, a: int, b: int) -> bool:
    return any(g.toks[k].finite and not g.in_quote[k] for k in range(a, b))


def _quote_ending_at(g: _G, k_boundary: int, verb: int) -> Quote | None:
    """A quotation whose closing mark sits just before the frame (before or after the comma)."""
    lo = g.toks[k_boundary - 1].start if k_boundary > 0 else 0
    hi = g.toks[verb].start
    best = None
    for q in g.quotes:
        if lo <= q.end <= hi + 1 and q.end <= hi:
            best = q
    return best


def _quote_starting_at(g: _G, k: int) -> Quote | None:
    if k < len(g.toks) and g.is_mark[k]:
        for q in g.quotes:
            if q.start == g.toks[k].start:
                return q
    return None


def _content_end(g: _G, s: _S, a: int) -> int:
    """End token of a content clause starting at a: the sentence end, or a following
    coordinated main clause of the frame (', und rief ...')."""
    toks = g.toks
    for k in range(a, s.b):
        if toks[k].text == "," and not g.in_quote[k] and k + 2 < s.b and g.low[k + 1] in ("und", "doch", "aber", "sondern") \
                and toks[k + 2].finite:
            return k
    return s.b


def _frames(g: _G, s: _S, raws: list[Raw], frame_spans: list[tuple[int, int]]) -> None:
    toks, low, lex = g.toks, g.low, g.lex
    speech = lex["speech_verbs_set"]
    cognition = lex["cognition_verbs_set"]
    # a closing ", so X." frame makes every speech verb before it part of the content
    so_at = next((k for k in range(s.a + 1, s.b - 1) if low[k] == "so" and toks[k - 1].text == ","
                  and not g.in_quote[k] and (np := g.np_after(k + 1, s.b)) and np[1] >= s.b - 1
                  and toks[np[0]].pos in ("NE", "NN", "ART", "PPER")), None)
    for k in range(s.a, s.b):
        t = toks[k]
        if g.in_quote[k] or not t.pos.startswith("VV") or (so_at is not None and k < so_at):
            continue
        lemma = g.verb_lemma(k, s)
        is_speech = lemma in speech
        is_cog = lemma in cognition or (lemma == "gehen" and "davon" in low[s.a:s.b] and "aus" in low[s.a:s.b])
        if lemma == "ausgehen" and "davon" not in low[s.a:s.b]:
            # "geht von mindestens 19 Toten aus": an estimate, the object of 'von' (object_verbs);
            # "geht davon aus, dass …" is a belief
            is_cog, is_speech = False, True
        if lemma in lex["label_verbs_set"] and t.finite:
            _label_quote(g, s, k, raws, frame_spans)
        if not (is_speech or is_cog):
            continue
        if lemma == "heißen" and not (k + 1 < s.b and low[k + 1] == "es") and not (k > s.a and low[k - 1] == "es"):
            continue
        if t.pos == "VVIZU" or (k > s.a and toks[k - 1].pos == "PTKZU"):
            continue   # "weigerte sich zu glauben, dass …": not a statement of the subject
        if lemma in ("erklären", "zeigen", "melden", "äußern") and any(
                toks[m].pos == "PRF" for m in range(k + 1, min(k + 3, s.b))):
            continue   # "erklärte sich zum Sieger", "zeigte sich erschüttert": reflexive, no report
        if lemma in lex.get("evidence_verbs_set", ()) and _evidence_in_report(g, s, k, g.earlier):
            continue
        cs, ce = s.clause_range(k)
        before_has_clause = cs > s.a and (_has_finite_outside_relatives(g, s, s.a, cs - 1) or _quote_ending_at(g, cs - 1, k) is not None)
        postposed = cs == k and cs > s.a and before_has_clause and t.finite and not _fronted_subclause(g, s, cs - 1) \
            and (lemma not in lex["content_only_with_clause_set"] or _subjunctive_in(g, s.a, cs - 1))
        if postposed:
            _postposed(g, s, k, lemma, is_cog, raws, frame_spans)
        else:
            _preposed(g, s, k, lemma, is_cog, raws, frame_spans)
    # ", so Price."
    for k in range(s.a + 1, s.b - 1):
        if low[k] == "so" and toks[k - 1].text == "," and not g.in_quote[k] and _has_finite(g, s.a, k - 1):
            np = g.np_after(k + 1, s.b)
            if np and np[1] >= s.b - 1 and toks[np[0]].pos in ("NE", "NN", "ART", "PPER"):
                content = _content_before(g, s, k - 1, k)
                if content:
                    sp, kind = _speaker_span(g, np)
                    mode = _mode(g, content)
                    raws.append(Raw(mode=mode[0], content=[mode[1]], sent=s.sent.i, speaker=sp, speaker_kind=kind,
                                    cue=(toks[k].start, toks[k].end), frame=(toks[k].start, toks[np[1] - 1].end)))
                    frame_spans.append((toks[k].start, toks[np[1] - 1].end))


def _evidence_in_report(g: _G, s: _S, k: int, raws: list[Raw]) -> bool:
    """"NLC-Präsident Okonkwo sagte, der Streik werde fortgesetzt. Die Festnahmen zeigten, dass
    die Regierung den Dialog fürchte.": a thing (no person, group or outlet) that 'shows' something
    inside a speaker's report is part of what the speaker says, not a new source. True when
    the subject before the verb is such a thing, the sentence before holds a reported claim and
    the sentence goes on in the Konjunktiv."""
    toks = g.toks
    if not toks[k].finite or not any(r.sent == s.sent.i - 1 and r.mode == "indirect" for r in raws):
        return False
    np = g.np_after(s.a, k, allow_pron=False)
    if np is None or np[1] != k:
        return False
    head = max((x for x in range(np[0], np[1]) if g.noun(x)), default=None)
    if head is None or g.is_role(head) or toks[head].pos == "NE" or g.is_channel_word(head):
        return False
    doc = g.doc
    if any(m.start <= toks[head].start < m.end for ent in doc.entities for m in ent.mentions):
        return False
    return _subjunctive_in(g, k + 1, s.b)


def _gapped(g: _G, s: _S, k: int, ce: int, prep: str, raws: list[Raw], frame_spans) -> None:
    """'Die Veranstalter sprachen von 100.000 Teilnehmern, die Polizei von 30.000.': a second
    speaker with the same verb left out (gapping) says the second object."""
    toks, low = g.toks, g.low
    if ce >= s.b or toks[ce].text != ",":
        return
    a = ce + 1
    m = a
    while m < s.b and low[m] != prep and not toks[m].finite and toks[m].text not in BOUNDARY:
        m += 1
    if m >= s.b or low[m] != prep or m == a or _has_finite(g, a, s.b):
        return
    np = g.np_after(a, m, allow_pron=False)
    if np is None or np[1] != m:
        return
    e = s.b
    while e > m + 1 and toks[e - 1].text in ".!?;":
        e -= 1
    if e <= m + 1:
        return
    sp, kd = _speaker_span(g, np)
    fs = (toks[a].start, toks[m].end)
    frame_spans.append(fs)
    raws.append(Raw(mode="indirect", content=[g.span(m + 1, e)], sent=s.sent.i, speaker=sp, speaker_kind=kd,
                    cue=(toks[k].start, toks[k].end), frame=fs))


def _label_quote(g: _G, s: _S, k: int, raws: list[Raw], frame_spans) -> None:
    """'X bezeichnete das Angebot als „Provokation“', 'X verurteilte den Angriff als »feigen
    Akt«': a quotation inside the clause of a labelling verb is the subject's own words."""
    toks = g.toks
    if g.in_quote[k] or k == s.a:
        return
    if k + 1 < s.b and toks[k + 1].pos == "PRF":
        return   # "Die Gruppe nennt sich „Letzte Generation“": a name, not a statement
    # the clause of the verb up to the next finite verb of a coordinated clause
    end = k + 1
    while end < s.b and not (toks[end].finite and not g.in_quote[end]) and toks[end].text not in (";", ":"):
        end += 1
    q = next((q for q in g.quotes if toks[k].end <= q.start and q.end <= toks[end - 1].end
              and toks[s.a].start <= q.start), None)
    if q is None or not any(c.isalpha() for c in g.doc.text[q.inner_start:q.inner_end]):
        return
    if g._quoted_name(g.tok_at(q.start), end) is not None and g._is_channel_quote(g.tok_at(q.start), end):
        return
    if toks[s.a].pos == "PPER":
        np = (s.a, s.a + 1, "pronoun")
    else:
        np = g.np_after(s.a, k, allow_pron=False)
        if np is None or np[0] != s.a or np[1] < k - 1:
            return
    sp, kind = _speaker_span(g, np)
    fs = (toks[s.a].start, toks[k].end)
    frame_spans.append(fs)
    raws.append(Raw(mode="direct", content=[(q.inner_start, q.inner_end)], sent=s.sent.i, speaker=sp,
                    speaker_kind=kind, cue=(toks[k].start, toks[k].end), frame=fs))


def _content_before(g: _G, s: _S, boundary: int, verb: int) -> tuple[int, int] | None:
    q = _quote_ending_at(g, boundary, verb)
    toks = g.toks
    if q is not None:
        sa = toks[s.a].start
        # the quotation is the content when it starts the sentence (or an earlier one)
        if q.start <= sa + 1 or not _has_finite(g, s.a, boundary) or _q_covers(g, q, s.a, boundary) \
                or g.doc.text[:q.start].rstrip().endswith(":"):
            return (q.inner_start, q.inner_end)
    if boundary <= s.a:
        return None
    return g.span(s.a, boundary)


def _q_covers(g: _G, q: Quote, a: int, b: int) -> bool:
    text = g.doc.text
    s, e = g.span(a, b)
    cov, _ = quote_coverage(text, [q], s, e)
    return cov >= 0.8


def _mode(g: _G, span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """Direct when quotations carry (almost) all of the content; the content is then the quotation."""
    cov, best = quote_coverage(g.doc.text, g.quotes, span[0], span[1])
    if best is not None and (cov >= 0.97 or (cov >= 0.8 and quote_words(g.doc, best) >= 4)):
        return "direct", (max(span[0], best.inner_start) if best.inner_start >= span[0] - 1 else best.inner_start,
                          best.inner_end)
    return "indirect", span


def _has_finite_outside_relatives(g: _G, s: _S, a: int, b: int) -> bool:
    """A finite verb in [a, b) that is not inside a relative clause ('Gomery, der … leitete, sagte …')."""
    for m in range(a, b):
        if g.toks[m].finite and not g.in_quote[m]:
            cs, ce = s.clause_range(m)
            if _is_relative(g, s, cs, ce):
                continue
            return True
    return False


def _reported_clause(g: _G, s: _S, first: int, a: int, e: int) -> bool:
    """Is [a, e) a reported clause: dass/ob/wie + clause, a main clause (finite verb early:
    'die Lage sei ruhig'), a Konjunktiv clause or a zu-infinitive ('den Streik fortzusetzen')?
    Not a relative clause ('…, die …') or an adverbial clause ('…, als …')."""
    toks, low = g.toks, g.low
    if low[first] in ("dass", "ob", "wie", "warum", "weshalb", "wann", "wo", "wer", "was", "welche", "welcher", "inwiefern"):
        return _has_finite(g, a, e)
    if low[a] in ("der", "die", "das") and a + 1 < e and g.noun(a + 1) and (
            _verb_second(g, s, a, e) or any(toks[m].finite and toks[m].mood == "sub1" for m in range(a + 2, min(e, a + 6)))):
        pass   # "…, die EU stehe an der Seite der Opfer": an article and a main clause (verb second), not a relative
    elif toks[a].pos in ("KOUS", "PRELS", "PRELAT", "KOKOM") or (low[a] in REL_WORDS and _is_relative(g, s, *s.clause_range(a))):
        return False
    if toks[a].pos in ("APPR", "APPRART") and a + 1 < e and (
            low[a + 1] in ("denen", "deren", "dessen") or toks[a + 1].pos in ("PRELS", "PRELAT")
            or (low[a + 1] in REL_WORDS and _is_relative(g, s, *s.clause_range(a)))):
        return False   # "…, unter denen …": a relative clause
    if _subjunctive_in(g, a, e):
        return True
    cs, ce = s.clause_range(a)
    fin = next((m for m in range(a, min(ce, e)) if toks[m].finite and not g.in_quote[m]), None)
    if fin is not None:
        return fin - a <= 5 and fin > a
    return any(toks[m].pos in ("PTKZU", "VVIZU") for m in range(a, min(ce, e)))


def _verb_second(g: _G, s: _S, a: int, e: int) -> bool:
    """Does the clause at a have its finite verb after a short first phrase and words after it
    (a main clause), rather than at its end (a relative clause)?"""
    toks = g.toks
    cs, ce = s.clause_range(a)
    ce = min(ce, e)
    fin = next((m for m in range(a + 1, ce) if toks[m].finite and not g.in_quote[m]), None)
    if fin is None or fin - a > 4 or not all(g.noun(m) or toks[m].pos in ("ADJA", "CARD") for m in range(a + 1, fin)):
        return False
    rest = [m for m in range(fin + 1, ce) if toks[m].text[:1].isalnum()]
    return len(rest) >= 2 and not (toks[ce - 1].finite if toks[ce - 1].text[:1].isalnum() else toks[ce - 2].finite)


def _fronted_subclause(g: _G, s: _S, boundary: int) -> bool:
    """'Später, als Augustus das Reich gegründet hatte, bezeichneten …': the clause before
    the verb is a fronted subordinate clause, so the verb is in second position."""
    if boundary <= s.a:
        return False
    cs, _ = s.clause_range(boundary - 1)
    if cs > s.a + 1 and _has_finite(g, s.a, cs - 1):
        return False   # "Es gebe Hinweise, dass …, sagte X": the subordinate clause hangs on a main clause
    return g.toks[cs].pos in ("KOUS", "PWAV") and g.low[cs] not in ("wie",) and not g.in_quote[cs]


def _postposed(g: _G, s: _S, k: int, lemma: str, is_cog: bool, raws: list[Raw], frame_spans) -> None:
    toks, low = g.toks, g.low
    cs, ce = s.clause_range(k)
    boundary = cs - 1
    content = _content_before(g, s, boundary, k)
    if content is None:
        return
    # speaker: the noun phrase after the verb ("sagte Polizeisprecher Saltanat Asirbek")
    frame_end = ce
    if lemma == "heißen":
        np = _heisst_es_source(g, k, s.b)
    else:
        np = g.np_after(k + 1, s.b)
    speaker = kind = None
    if np:
        speaker, kind = _speaker_span(g, np)
        frame_end = max(frame_end, np[1])
    channels = _channels(g, k + 1, frame_end, (np[0], np[1]) if np else None, list_end=s.b)
    if np and not channels and np[1] + 1 < s.b and toks[np[1] - 1].text == "," or (
            np and not channels and np[1] + 1 < s.b and toks[np[1]].text == ","):
        # "sagte der Regionalsekretär der Gewerkschaft, Sipho Dlamini, der Nachrichtenagentur
        # Reuters": the addressee after the speaker's apposition
        j = np[1] + (0 if toks[np[1] - 1].text == "," else 1)
        e2 = next((m for m in range(j, s.b) if toks[m].text in (",", ".", ";", ":")), s.b)
        if 0 < e2 - j <= 6 and not any(toks[m].pos.startswith("V") for m in range(j, e2)):
            extra = _channels(g, j, e2, None, list_end=e2)
            if extra:
                channels = extra
                frame_end = e2
            elif any(t.pos == "NE" for t in toks[j:e2]) and e2 < s.b and toks[e2].text == ",":
                # "sagte der Gouverneur der Region Mopti, Oberst Boubacar Sangaré, am Dienstag im
                # Staatsfernsehen ORTM": the apposition names the speaker, the channel follows it
                e3 = next((m for m in range(e2 + 1, s.b) if toks[m].text in (",", ".", ";", ":")), s.b)
                if not any(toks[m].pos.startswith("V") for m in range(e2 + 1, e3)):
                    speaker = (toks[np[0]].start if toks[np[0]].pos not in DET else toks[np[0] + 1].start,
                               toks[e2 - 1].end)
                    extra = _channels(g, e2 + 1, e3, None, list_end=e3)
                    channels = extra or channels
                    frame_end = e3
            elif any(g.noun(m) and g.is_role(m) for m in range(j, e2)) and e2 < s.b and toks[e2].text == ",":
                # "sagte Acosta, ein früherer Polizeikommissar, dem Radiosender Ñandutí": past the
                # speaker's role, the addressee
                e3 = next((m for m in range(e2 + 1, s.b) if toks[m].text in (",", ".", ";", ":")), s.b)
                if 0 < e3 - e2 - 1 <= 6 and not any(toks[m].pos.startswith("V") for m in range(e2 + 1, e3)):
                    extra = _channels(g, e2 + 1, e3, None, list_end=e3)
                    if extra:
                        channels = extra
                        frame_end = e3
    # "unter Berufung auf X": X speaks, the reporting outlet is the channel
    speaker, kind, channels = _citing(g, k, frame_end, speaker, kind, channels, np)
    mode, cspan = _mode(g, content)
    segments = [cspan]
    # an interrupted quotation: „A“, sagte X, „B“
    nxt = frame_end
    if mode == "direct" and nxt < s.b + 40 and nxt < len(toks) and toks[nxt].text == ",":
        q2 = _quote_starting_at(g, nxt + 1)
        if q2 is not None:
            segments.append((q2.inner_start, q2.inner_end))
    if is_cog and mode != "direct" and not _subjunctive_in(g, s.a, boundary):
        return
    fs = (toks[k].start, toks[frame_end - 1].end)
    frame_spans.append(fs)
    raws.append(Raw(mode=mode, content=segments, sent=s.sent.i, speaker=speaker, speaker_kind=kind or "np",
                    cue=(toks[k].start, toks[k].end), channels=channels, frame=fs))


_DOCUMENT_NOUNS = ("dekret", "erklärung", "mitteilung", "bericht", "schreiben", "brief", "resolution", "text",
                   "beschluss", "urteil", "gesetz", "papier", "kommuniqué", "stellungnahme", "verordnung",
                   "erlass", "botschaft", "video", "aufruf", "statement", "pressemitteilung", "note", "memorandum")


def _document_before(g: _G, k: int):
    """The document named last in the two sentences before k ("Das Dekret wurde … verlesen",
    "verbreitete … ein Bekennerschreiben. Dessen Echtheit …")."""
    si = g.toks[k].sent
    if si == 0:
        return None
    first = g.doc.sentences[max(0, si - 2)].tok_start
    start = g.doc.sentences[si].tok_start
    if "\n\n" in g.doc.text[g.toks[first].start:g.toks[start].start]:
        first = g.doc.sentences[si - 1].tok_start
    for x in range(start - 1, first - 1, -1):
        if g.noun(x) and g.low[x].endswith(_DOCUMENT_NOUNS):
            a = x
            while a > first and g.toks[a - 1].pos in DET | {"ADJA"}:
                a -= 1
            return (a, x + 1, "np")
    return None


def _heisst_es_source(g: _G, k: int, end: int):
    """'hieß es aus Polizeikreisen', 'heißt es in dem Bericht von Amnesty International'."""
    low = g.low
    for m in range(k + 1, end):
        if low[m] in ("darin", "dort") and m <= k + 2:
            # "…, hieß es darin": the document the sentence before names ("Das Dekret wurde …
            # verlesen")
            np = _document_before(g, k)
            if np:
                return np
        if low[m] == "aus" and m + 1 < end:
            np = g.np_after(m + 1, end, allow_pron=False)
            if np:
                return np
        if low[m] == "von" and m + 1 < end:
            np = g.np_after(m + 1, end, allow_pron=False)
            if np:
                return np
    return None


def _citing(g: _G, k: int, end: int, speaker, kind, channels, np):
    low = g.low
    for m in range(k + 1, end):
        if low[m] in ("berufung", "verweis") and m + 2 <= end and low[m + 1] == "auf":
            src = g.np_after(m + 2, len(g.toks), allow_pron=False)
            if src:
                if speaker is not None and np is not None:
                    # the reporting subject becomes a channel when it is an outlet or medium
                    chs = [c for c in channels if not (speaker[0] <= c.start < speaker[1])]
                    inner = _channels(g, np[0], np[1], None)
                    if inner:
                        chs = inner + chs
                    else:
                        s_, e_ = speaker
                        words = g.doc.text[s_:e_]
                        if any(g.is_channel_word(x) for x in range(np[0], np[1])):
                            chs = [Channel(s_, e_, g.channel_kind(words))] + chs
                    channels = chs
                sp, kd = _speaker_span(g, src)
                channels = [c for c in channels if not (sp[0] <= c.start < sp[1])]
                return sp, kd, channels
    return speaker, kind, channels


def _subjunctive_in(g: _G, a: int, b: int) -> bool:
    return any(g.toks[k].finite and g.toks[k].mood in ("sub1", "sub2") for k in range(a, b))


_OBJECT_PRONOUNS = {"ihnen", "ihm", "ihn", "mir", "mich", "dir", "dich", "uns", "euch"}


def _preposed(g: _G, s: _S, k: int, lemma: str, is_cog: bool, raws: list[Raw], frame_spans) -> None:
    toks, low, lex = g.toks, g.low, g.lex
    cs, ce = s.clause_range(k)
    # the frame clause may start before an apposition: "Der Gouverneur der Region, Sergej Aksjonow, erklärte"
    ms = cs
    if cs > s.a and not _has_finite_outside_relatives(g, s, s.a, cs - 1):
        ms = s.a
    # the finite verb of the frame clause and the subject
    fin = next((m for m in range(ms, k + 1) if toks[m].finite and not g.in_quote[m]), None)
    if fin is None:
        return
    if fin > ms and toks[ms].pos in SUBORD_START | {"KON"} and low[ms] not in ("und",):
        if toks[ms].pos in ("PRELS", "PWAV", "KOUS"):
            return   # a speech verb inside a relative or subordinate clause
    np = None
    if fin == ms + 1 and low[ms] == "man":
        return   # "Man kann sagen, dass …": nobody in particular says it
    if fin > ms and toks[ms].pos in DET | NOUN | {"ADJA", "PPER", "PIS", "CARD"} and not g.in_quote[ms]:
        a = ms
        b = fin
        for m in range(a, fin - 1):
            if toks[m].text == "," and (toks[m + 1].pos in ("PRELS", "PRELAT") or low[m + 1] in REL_WORDS
                                        or (toks[m + 1].pos == "APPR" and m + 2 < fin and low[m + 2] in REL_WORDS)):
                b = m   # "Gomery, der die Kommission leitete, sagte": the subject ends before the relative clause
                break
        while b > a and toks[b - 1].text in BOUNDARY:
            b -= 1
        if toks[a].pos == "PPER" and low[a] in _OBJECT_PRONOUNS:
            return   # "Ihnen werde vorgeworfen, ...": the ones accused, no speaker
        if toks[a].pos == "PPER":
            np = (a, a + 1, "pronoun")
        elif any(g.noun(x) for x in range(a, b)):
            np = (a, b, "np")
    if np is None and fin > ms and low[ms] == "aus":
        np = g.np_after(ms + 1, fin, allow_pron=False)    # "Aus Regierungskreisen verlautete, …"
    if np is None:
        np = g.np_after(fin + 1, ce if ce > fin + 1 else s.b)
    if np is not None and low[np[0]] == "es" and lemma != "heißen" and not (
            g.toks[k].pos == "VVFIN" and abs(np[0] - k) == 1 and lemma not in ("verlauten",)):
        # "es" is no speaker ("Es wurde mitgeteilt, dass ...") unless it is the subject of the
        # finite speech verb itself: "Das Außenministerium verurteilte den Anschlag. Es
        # kündigte an, Ermittler zu schicken" (resolved like any pronoun)
        np = None
    if np is not None and low[np[0]] == "man" and np[1] - np[0] == 1:
        return   # "Man kann sagen, dass …": nobody in particular says it
    quoted_by = None
    if lemma == "zitieren" and np is not None:
        # "Die Agentur Tass zitierte den Gouverneur mit den Worten: …": the quoted person speaks
        obj = g.np_after(max(k + 1, np[1] if np[0] > k else k + 1), ce, allow_pron=True)
        if obj is not None:
            quoted_by, np = np, obj
    if lemma == "heißen":
        np = _heisst_es_source(g, k, s.b)
    # the content: after the frame clause (comma or colon), or the object of 'sprechen von'
    frame_end = ce
    # the frame clause may continue after a quoted name with a comma inside: keep it simple
    content = None
    if frame_end < s.b and toks[frame_end].text in (",", ":"):
        a = frame_end + 1
        q = _quote_starting_at(g, a)
        if q is not None and (toks[frame_end].text == ":" or quote_words(g.doc, q) >= 3):
            content = (q.inner_start, q.inner_end)
        elif a < s.b:
            if low[a] in ("dass", "ob"):
                a += 1
            e = _content_end(g, s, a)
            if a < e:
                clause_ok = _reported_clause(g, s, frame_end + 1, a, e)
                if is_cog and not (low[frame_end + 1] in ("dass", "ob") or _subjunctive_in(g, a, e)):
                    clause_ok = False
                if lemma in lex["content_only_with_clause_set"] and not (low[frame_end + 1] in ("dass", "ob") or _subjunctive_in(g, a, e)):
                    clause_ok = False
                if clause_ok:
                    content = g.span(a, e)
    if content is None and lemma in lex["object_verbs_set"] and not is_cog:
        preps = lex["object_preps"].get(lemma, [])
        ob = None
        for m in range(k + 1, ce):
            if preps and low[m] in preps:
                ob = m + 1
                break
        if not preps:
            ob = k + 1
        if ob is not None and not preps and low[ob] in lex["channel_preps_set"]:
            # "meldete auf ihrem Telegram-Kanal zwei Verletzte": a channel phrase, then the object
            m = ob + 1
            while m < ce and (toks[m].pos in DET or toks[m].pos == "ADJA" or low[m] in ("ihrem", "seinem", "ihren", "seinen")):
                m += 1
            if m < ce and g.noun(m) and g.is_channel_word(m):
                m += 1
                while m < ce and toks[m].pos in ("NE", "FM"):
                    m += 1
                ob = m
        if ob is not None and ob + 2 < ce and low[ob] in ("unter", "mit") and low[ob + 1] in ("berufung", "verweis") and low[ob + 2] == "auf":
            # "meldete unter Berufung auf Krankenhauskreise 14 Tote": the source, then the object
            src = g.np_after(ob + 3, ce, allow_pron=False)
            ob = src[1] if src else None
        if ob is not None:
            e = ce
            if preps and ce + 1 < s.b and toks[ce].text == "," and low[ce + 1] in ("darunter", "davon", "unter"):
                # "sprach von mehr als 60 Festnahmen, darunter neun Gewerkschaftsfunktionäre": the
                # part named after the comma is still what the speaker counted
                m = ce + 1
                while m < s.b and not toks[m].finite and toks[m].text not in (";", ".", "!", "?") and not g.in_quote[m]:
                    m += 1
                if m >= s.b or not toks[m].finite:
                    e = m
            while e > ob and (toks[e - 1].pos in ("PTKVZ",) or toks[e - 1].text in ".!?;"):
                e -= 1
            # skip channel phrases before the object ("sprach im Radio von ...")
            if lemma in lex.get("object_verbs_need_number_set", ()) and not any(
                    toks[x].pos == "CARD" for x in range(ob, e)):
                e = ob   # "Die Organisatoren nannten 1500 Teilnehmer", not "nannte keine Namen"
            if lemma in lex.get("count_verbs_set", ()) and not any(
                    toks[ob].start <= f.start < toks[e - 1].end for f in g.doc.figures):
                e = ob   # "zählte 46 Verletzte" counts people; "zählt 300.000 Einwohner", "registrierte 1.450 Straftaten" no one affected
            if e > ob and any(g.noun(x) or toks[x].pos == "CARD" for x in range(ob, e)):
                content = g.span(ob, e)
                frame_end = ob
                if preps:
                    _gapped(g, s, k, ce, low[ob - 1], raws, frame_spans)
    if content is None and fin == s.a + 1 and low[s.a] in ("das", "dies", "dieses") and not is_cog \
            and np is not None and s.sent.i > 0 and not any(toks[m].pos == "PTKNEG" for m in range(ms, ce)):
        # "Das teilte die Polizei am Montag mit.": the sentence before is what the speaker said
        prev = g.doc.sentences[s.sent.i - 1]
        if "\n" not in g.doc.text[prev.end:s.sent.start] and not any(g.in_quote[m] for m in range(prev.tok_start, prev.tok_end)):
            sp, kd = _speaker_span(g, np)
            channels = _channels(g, ms, ce, (np[0], np[1]))
            fs = (toks[ms].start, toks[ce - 1].end)
            frame_spans.append(fs)
            raws.append(Raw(mode="according_to", content=[strip_span(g.doc.text, prev.start, prev.end)], sent=s.sent.i,
                            speaker=sp, speaker_kind=kd, cue=(toks[k].start, toks[k].end), channels=channels, frame=fs))
            return
    if content is None:
        if np is not None and not is_cog and lemma not in lex["content_only_with_clause_set"]:
            # a speaker without content here ("wies die Vorwürfe zurück") may go on in Konjunktiv
            sp, kd = _speaker_span(g, np)
            fs = (toks[ms].start, toks[ce - 1].end)
            raws.append(Raw(mode="indirect", content=[fs], sent=s.sent.i, speaker=sp, speaker_kind=kd,
                            cue=(toks[k].start, toks[k].end), frame=fs, anchor=True))
        return
    speaker = kind = None
    if np is not None:
        speaker, kind = _speaker_span(g, np)
    channels = _channels(g, ms, frame_end, (np[0], np[1]) if np else None)
    if quoted_by is not None:
        inner = _channels(g, quoted_by[0], quoted_by[1], None)
        if not inner:
            qs_, qe_ = _np_name(g, quoted_by[0], quoted_by[1])
            inner = [Channel(qs_, qe_, g.channel_kind(g.doc.text[qs_:qe_]))]
        channels = inner + [c for c in channels if not (toks[quoted_by[0]].start <= c.start < toks[quoted_by[1] - 1].end)]
    speaker, kind, channels = _citing(g, ms, frame_end, speaker, kind, channels, np)
    mode, cspan = _mode(g, content)
    fs = (toks[ms].start, toks[max(ms, frame_end - 1)].end)
    frame_spans.append(fs)
    raws.append(Raw(mode=mode, content=[cspan], sent=s.sent.i, speaker=speaker, speaker_kind=kind or "np",
                    cue=(toks[k].start, toks[k].end), channels=channels, frame=fs))


# -- according to ---------------------------------------------------------------

def _according(g: _G, s: _S, raws: list[Raw], frame_spans) -> None:
    toks, low, lex = g.toks, g.low, g.lex
    text = g.doc.text

    def in_frame(k: int) -> bool:
        return any(a <= toks[k].start < b for a, b in frame_spans)

    k = s.a
    while k < s.b:
        if g.in_quote[k] or in_frame(k):
            k += 1
            continue
        found = None   # (cue start, cue end (exclusive token), speaker np, cue token)
        hedge = False
        if low[k] in lex["according_prep_set"] and toks[k].pos in ("APPR", "ADV", "ADJD", "NN", "NE", "PTKVZ") or (low[k] == "laut" and k + 1 < s.b):
            np = g.np_after(k + 1, s.b, allow_pron=False)
            if np:
                found = (k, np[1], _source_in(g, np), k)
        elif low[k] in lex["according_post_set"]:
            np = g.np_before(k, s.a)
            if np:
                a, b = np
                src = _source_in(g, (a, b, "np"))
                if all(low[x] in lex["according_nouns_set"] or toks[x].pos in DET | {"ADJA"} for x in range(a, b)):
                    src = None
                    hedge = True
                    if a - 1 >= s.a and toks[a - 1].pos in ("PPOSAT", "PDAT") and low[a - 1] in lex["anaphoric_determiners_set"]:
                        a -= 1
                    if low[a] in lex["anaphoric_determiners_set"]:
                        # "den Angaben zufolge", "ihren Informationen zufolge": the source named before
                        src = (a, b, "anaphor")
                found = (a, k + 1, src, k)
        elif low[k] == "nach" and k + 2 < s.b and toks[k + 1].pos == "PPOSAT" \
                and low[k + 1] in lex["anaphoric_determiners_set"] and low[k + 2] in lex["according_nouns_set"] \
                and not (k + 3 < s.b and low[k + 3] in ("des", "der", "von")):
            # "Nach seinen Angaben starben 14 Menschen": the source named before (resolved later)
            found = (k, k + 3, (k + 1, k + 3, "anaphor"), k)
        elif low[k] == "nach" and k + 1 < s.b:
            m = k + 1
            while m < s.b and toks[m].pos in ("ADJA",):
                m += 1
            if m < s.b and low[m] in lex["according_nouns_set"]:
                adjs = low[k + 1:m]
                if any(a.startswith("unbestätigt") for a in adjs):
                    found = (k, m + 1, None, k)
                    hedge = True
                elif any(a.startswith("eigen") for a in adjs):
                    found = (k, m + 1, ("self",), k)
                elif adjs and all(a.startswith(tuple(lex["sourceless_adjectives"])) for a in adjs) and not (
                        m + 1 < s.b and low[m + 1] in ("des", "der", "von", "eines", "einer")):
                    found = (k, m + 1, None, k)   # "nach bisherigen Erkenntnissen": nobody in particular
                elif m + 1 < s.b and low[m + 1] in ("des", "der", "von", "eines", "einer"):
                    np = g.np_after(m + 2 if low[m + 1] == "von" else m + 1, s.b, allow_pron=False)
                    if np:
                        found = (k, np[1], (np[0] if low[m + 1] != "von" else np[0], np[1], "np"), k)
                elif m + 2 < s.b and low[m + 1] == "aus" and (toks[m + 2].pos in ("NE", "NN", "ADJA") or (
                        toks[m + 2].pos in ("PPOSAT", "ART") and m + 3 < s.b)):
                    # "nach Angaben aus Washington", "nach Angaben aus seinem Umfeld": the place or
                    # circle the information came from is the source
                    np = g.np_after(m + 2, s.b, allow_pron=False)
                    if np:
                        found = (k, np[1], (np[0], np[1], "np"), k)
                elif m + 1 < s.b and (toks[m + 1].pos == "ADJA" or (toks[m + 1].pos == "NE" and low[m + 1].endswith("s"))):
                    # a genitive without article: "nach Angaben örtlicher Behörden", "nach Angaben Kiews"
                    np = g.np_after(m + 1, s.b, allow_pron=False)
                    if np:
                        found = (k, np[1], np, k)
                    else:
                        found = (k, m + 1, (k + 1, m + 1, "np"), k)
                else:
                    found = (k, m + 1, (k + 1, m + 1, "np"), k)
            elif m == k + 1 and m < s.b and any(low[m].endswith(suf) for suf in lex["according_compound_suffix"]) and g.noun(m):
                found = (k, m + 1, (m, m + 1, "np"), k)
        elif low[k] in ("berufung", "verweis") and k > s.a and low[k - 1] in ("unter", "mit") and k + 1 < s.b and low[k + 1] == "auf":
            np = g.np_after(k + 2, s.b, allow_pron=False)
            if np:
                found = (k - 1, np[1], np, k - 1)
        elif low[k] == "wie" and (k == s.a or toks[k - 1].text == ",") and toks[k].pos in ("KOUS", "PWAV", "KOKOM", "KON", "ADV"):
            cs, ce = s.clause_range(k)
            if ce < s.b and toks[ce].text == ",":
                # "wie die Nachrichtenagentur der Justiz, Mizan, meldete": past a name apposition
                n = g.apposition_end(ce, s.b)
                if n is not None and n + 1 < s.b:
                    ce = s.clause_range(n + 1)[1]
            last = ce - 1
            while last > k and toks[last].text in ".!?":
                last -= 1
            if toks[last].finite and g.verb_lemma(last, s) in lex["wie_verbs_set"] | {"mitteilen", "bekanntgeben"} or (
                    toks[last].pos == "PTKVZ" and (toks[last].text.lower() + g.lem[last - 1]) in lex["wie_verbs_set"]) or (
                    last > k and g.lem[last] in lex["wie_verbs_set"]):
                np = g.np_after(k + 1, last, allow_pron=False)
                if np:
                    found = (k, ce, np, k)
        if not found:
            k += 1
            continue
        a, b, src, cue_tok = found
        content = _according_content(g, s, a, b)
        if content is None:
            k = b
            continue
        speaker = kind = None
        if src == ("self",):
            np = _clause_subject(g, s, a)
            if np:
                speaker, kind = _speaker_span(g, np)
        elif src:
            speaker, kind = _speaker_span(g, src)
        if low[cue_tok] == "nach" and b - a >= 2:
            cue = (toks[a].start, toks[min(a + 2, b) - 1].end) if low[a + 1] not in lex["according_nouns_set"] else (toks[a].start, toks[a + 1].end)
            m = a + 1
            while m < b and low[m] not in lex["according_nouns_set"] and not any(low[m].endswith(x) for x in lex["according_compound_suffix"]):
                m += 1
            cue = (toks[a].start, toks[min(m, b - 1)].end)
        elif low[cue_tok] == "unter":
            cue = (toks[a].start, toks[min(a + 2, b - 1)].end)
        elif low[cue_tok] == "wie":
            cue = (toks[cue_tok].start, toks[cue_tok].end)
        else:
            cue = (toks[cue_tok].start, toks[cue_tok].end)
        # "Nach Angaben der Feuerwehr sollen sich noch Menschen im Gebäude aufhalten": reportive 'sollen' under an attribution
        ca, cb = content
        if not hedge and any(toks[m].pos == "VMFIN" and low[m] in lex["hedge_modal_set"] and not g.in_quote[m]
                             and not _is_relative(g, s, *s.clause_range(m))
                             for m in range(s.a, s.b) if ca <= toks[m].start < cb):
            hedge = True
        fs = (toks[a].start, toks[b - 1].end)
        channels = []
        if kind == "anaphor":
            hedge = False   # resolved to the earlier source, else hedged again in _resolve_speakers
        raws.append(Raw(mode="according_to" if (speaker or not hedge) else "indirect", content=[content],
                        sent=s.sent.i, speaker=speaker, speaker_kind=kind or "np", cue=cue,
                        channels=channels, hedged=hedge, frame=fs))
        frame_spans.append(fs)
        k = b


def _source_in(g: _G, np: tuple[int, int, str]):
    """'einem Bericht der „New York Times“' -> the New York Times; 'Angaben der Polizei' -> Polizei."""
    a, b, kind = np
    toks, low = g.toks, g.low
    m = a
    while m < b and toks[m].pos in DET | {"ADJA"}:
        m += 1
    if m < b and low[m] in g.lex["according_nouns_set"]:
        n = m + 1
        if n < b and low[n] in ("des", "der", "von", "eines", "einer"):
            n += 1
            if n < b:
                return (n, b, "np")
        if n >= b:
            return np
    return np


def _clause_subject(g: _G, s: _S, k: int):
    """The subject of the clause containing token k (for 'nach eigenen Angaben')."""
    cs, ce = s.clause_range(k)
    toks = g.toks
    fin = next((m for m in range(cs, ce) if toks[m].finite), None)
    if fin is None:
        return None
    if fin > cs and toks[cs].pos in DET | NOUN | {"PPER", "ADJA"}:
        if toks[cs].pos == "PPER":
            return (cs, cs + 1, "pronoun")
        return g.np_after(cs, fin)
    return g.np_after(fin + 1, ce)


_REPORT_NOUNS = ("bericht", "berichte", "meldung", "meldungen", "angabe", "angaben", "information", "informationen",
                 "gerücht", "gerüchte", "aussage", "aussagen", "darstellung", "darstellungen", "hinweis", "hinweise",
                 "behauptung", "behauptungen", "vorwurf", "vorwürfe", "spekulation", "spekulationen")


def _wonach(g: _G, s: _S, raws: list[Raw], frame_spans) -> None:
    """'Berichte, wonach Beamte einen Unbeteiligten erschossen hätten, wies Ramsaran zurück':
    what the reports say (the wonach-clause) is a claim of theirs, by nobody in particular
    unless the reports name their source ('Berichte der Opposition, wonach ...')."""
    toks, low = g.toks, g.low
    for k in range(s.a + 2, s.b - 2):
        if low[k] != "wonach" or toks[k - 1].text != "," or g.in_quote[k]:
            continue
        n = k - 2
        while n > s.a and toks[n].pos in ("NE", "NN", "ART", "ADJA") and low[n] not in _REPORT_NOUNS:
            n -= 1          # "Berichte der Opposition, wonach": back to the report noun
        if low[n] not in _REPORT_NOUNS or not g.noun(n):
            continue
        e = k + 1
        while e < s.b and toks[e].text not in (",", ";", ".", "!", "?") and not g.in_quote[e]:
            e += 1
        if e - k < 3:
            continue
        speaker = kind = None
        if n + 2 < k and low[n + 1] in ("der", "des", "von"):
            np = g.np_after(n + 2 if low[n + 1] == "von" else n + 1, k - 1, allow_pron=False)
            if np:
                speaker, kind = _speaker_span(g, np)
        fs = (toks[n].start, toks[k].end)
        frame_spans.append(fs)
        raws.append(Raw(mode="according_to", content=[g.span(k + 1, e)], sent=s.sent.i, speaker=speaker,
                        speaker_kind=kind or "np", cue=(toks[k].start, toks[k].end), frame=fs,
                        hedged=speaker is None))


def _die_rede(g: _G, s: _S, raws: list[Raw], frame_spans) -> None:
    """'In dem Bekennerschreiben ist von mehr als 40 Toten die Rede', 'Im Bericht der UN war von
    300 Toten die Rede': what the document speaks of (the 'von' object), with the document (the
    'in' phrase before the verb) as its source; without one, nobody in particular."""
    toks, low = g.toks, g.low
    for k in range(s.a + 1, s.b):
        if low[k] != "rede" or low[k - 1] != "die" or g.in_quote[k]:
            continue
        fin = max((x for x in range(s.a, k - 1) if toks[x].finite and toks[x].lemma.lower() == "sein"
                   and not g.in_quote[x]), default=None)
        if fin is None:
            continue
        von = next((x for x in range(fin + 1, k - 1) if low[x] == "von"), None)
        if von is None or von + 1 >= k - 1 or any(toks[x].finite for x in range(fin + 1, k - 1)):
            continue
        speaker = kind = None
        first = next((x for x in range(s.a, fin) if low[x] in ("in", "im") and not g.in_quote[x]), None)
        if first is not None:
            np = g.np_after(first + 1, fin, allow_pron=False)
            if np:
                speaker, kind = _speaker_span(g, np)
        content = g.span(von + 1, k - 1)
        fs = (toks[first if first is not None else fin].start, toks[k].end)
        frame_spans.append(fs)
        raws.append(Raw(mode="according_to", content=[content], sent=s.sent.i, speaker=speaker,
                        speaker_kind=kind or "np", cue=(toks[k].start, toks[k].end), frame=fs,
                        hedged=speaker is None))
        return


def _according_content(g: _G, s: _S, a: int, b: int) -> tuple[int, int] | None:
    """The statement an according-to phrase [a, b) attributes."""
    toks = g.toks
    cs, ce = s.clause_range(a)
    ce = max(ce, min(b, s.b))
    words_outside = [m for m in range(cs, ce) if not (a <= m < b) and toks[m].text[:1].isalnum()]
    if len(words_outside) < 2:
        # the phrase is a clause of its own ("Wie die Feuerwehr mitteilte,")
        if cs == s.a or a == s.a:
            start = ce + 1 if ce < s.b and toks[ce].text in BOUNDARY else ce
            if start >= s.b:
                return None
            return g.span(start, s.b)
        return g.span(s.a, cs - 1) if cs - 1 > s.a else None
    if cs > s.a and toks[cs].pos in SUBORD_START | {"APPR"} and (toks[cs].pos != "APPR" or (cs + 1 < ce and toks[cs + 1].pos in ("PRELS", "PRELAT"))):
        return g.span(cs, ce)
    start, end = _semi_range(g, s, a)
    last = end
    while last > start and toks[last - 1].text in ".!?":
        last -= 1
    if a == start:
        start = b
    elif b >= last:
        end = a
    if start >= end:
        return None
    sp = g.span(start, end)
    return sp if sp[1] > sp[0] else None


# -- hedges -------------------------------------------------------------------

def _hedges(g: _G, s: _S, raws: list[Raw]) -> None:
    toks, low, lex = g.toks, g.low, g.lex
    for k in range(s.a, s.b):
        if g.in_quote[k]:
            continue
        t = toks[k]
        if t.pos == "VMFIN" and low[k] in lex["hedge_modal_set"]:
            cs, ce = s.clause_range(k)
            relative = _is_relative(g, s, cs, ce)
            # the verbal complex may follow a parenthesis: "sollen … der Gruppe (BLA) gefunden haben"
            ve = _verbal_end(g, s, k)
            perfect = any(toks[m].pos == "VAINF" and low[m] in ("sein", "haben") for m in range(k + 1, ve)) or \
                any(low[m] == "sehen" and m > 0 and low[m - 1] == "zu" for m in range(k + 1, ve)) or \
                any(low[m] in ("zeigen", "belegen", "beweisen", "dokumentieren") for m in range(k + 1, ve)) or \
                any(toks[m].pos in ("VVINF", "VAINF") and g.lem[m] in lex["hedge_stative_set"] for m in range(k + 1, ve))
            if relative:
                content = g.span(cs, ce)
                speaker, kind, channels = _publisher(g, s, cs)
                raws.append(Raw(mode="indirect", content=[content], sent=s.sent.i, speaker=speaker,
                                speaker_kind=kind or "np", cue=(t.start, t.end), channels=channels, hedged=True,
                                frame=(t.start, t.end)))
            elif perfect:
                a, b = _semi_range(g, s, k)
                raws.append(Raw(mode="indirect", content=[g.span(a, b)], sent=s.sent.i,
                                cue=(t.start, t.end), hedged=True))
        elif t.pos == "ADJA" and low[k] in lex["hedge_words_set"]:
            # "zwei mutmaßliche Schleuser": hedges a claim that holds it, makes none of its own
            for r in raws:
                if r.content and r.cstart <= t.start < r.cend:
                    r.hedged = True
        elif low[k] in lex["hedge_adverbs_set"] and t.pos in ("ADV", "ADJD"):
            raws.append(Raw(mode="indirect", content=[g.span(s.a, s.b)], sent=s.sent.i,
                            cue=(t.start, t.end), hedged=True))


def _verbal_end(g: _G, s: _S, k: int) -> int:
    """End of the clause of token k for its verbal complex: parentheses do not end it."""
    m = k + 1
    depth = 0
    while m < s.b:
        t = g.toks[m].text
        if t == "(":
            depth += 1
        elif t == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and t in BOUNDARY and not g.in_quote[m]:
            break
        m += 1
    return m


def _semi_range(g: _G, s: _S, k: int) -> tuple[int, int]:
    """The part of the sentence between semicolons that holds token k."""
    a, b = s.a, s.b
    for m in range(k - 1, s.a - 1, -1):
        if g.toks[m].text == ";" and not g.in_quote[m]:
            a = m + 1
            break
    for m in range(k + 1, s.b):
        if g.toks[m].text == ";" and not g.in_quote[m]:
            b = m
            break
    return a, b


def _is_relative(g: _G, s: _S, cs: int, ce: int) -> bool:
    """A relative clause: 'die … zeigen sollen', 'bei der … getötet wurden'."""
    toks, low = g.toks, g.low
    if cs <= s.a or toks[cs - 1].text != ",":
        return False
    first = cs + 1 if toks[cs].pos in ("APPR", "APPRART") else cs
    if first >= ce or not (toks[first].pos in ("PRELS", "PRELAT") or low[first] in REL_WORDS):
        return False
    last = ce - 1
    while last > first and (toks[last].text in ".!?" or g.is_mark[last]):
        last -= 1
    return toks[last].finite or toks[last].pos.startswith("VM")


def _publisher(g: _G, s: _S, rel_start: int):
    """Who published what a hedged relative clause describes: 'Telegram-Kanäle
    veröffentlichten Videos, die … zeigen sollen'."""
    toks = g.toks
    rs, re_ = s.clause_range(rel_start)
    fin = next((m for m in range(s.a, s.b) if toks[m].finite and not (rs <= m < re_)), None)
    if fin is None:
        return None, None, []
    np = None
    if fin > s.a and toks[s.a].pos in DET | NOUN | {"ADJA", "PIAT"}:
        b = fin
        np = (s.a, b, "np")
        # stop the subject at the first comma (the relative clause may sit inside the Vorfeld)
        for m in range(s.a, fin):
            if toks[m].text == ",":
                np = (s.a, m, "np")
                break
    channels = []
    speaker = kind = None
    rs, re_ = s.clause_range(rel_start)
    rest_end = s.b
    channels = _channels(g, fin, rest_end, (rs, re_))
    channels = [c for c in channels if not (toks[rs].start <= c.start < toks[re_ - 1].end)]
    publishes = toks[fin].pos == "VVFIN" and g.verb_lemma(fin, s) in PUBLISH
    if np is not None and publishes and any(g.noun(x) for x in range(np[0], np[1])):
        speaker, kind = _speaker_span(g, np)
        if any(g.is_channel_word(x) for x in range(np[0], np[1])) or _lexicon_name(g, np[0], np[1]):
            inner = _channels(g, np[0], np[1], None)
            if inner:
                channels = inner + channels
    return speaker, kind, channels


def _hedge_back(g: _G, s: _S, raws: list[Raw]) -> None:
    """'Die Angaben ließen sich nicht unabhängig überprüfen.' hedges the claims before it."""
    low = g.low[s.a:s.b]
    joined = " ".join(low)
    if "nicht" not in low and "kein" not in joined:
        return
    if not any(w.startswith(("überprüf", "verifizier", "bestätig", "prüf")) for w in low):
        return
    if not ("unabhängig" in low or any(w in ("ließen", "ließ", "lassen", "lässt", "waren", "war") for w in low)):
        return
    start = g.toks[s.a].start
    # the claims of the reported passage just before (up to three sentences, same paragraph)
    first = s.sent.i
    for i in range(s.sent.i - 1, max(-1, s.sent.i - 4), -1):
        prev = g.doc.sentences[i]
        if "\n" in g.doc.text[prev.end:start] or not any(prev.start <= r.cstart < prev.end for r in raws):
            break
        first = i
    prev_start = g.doc.sentences[first].start
    for r in raws:
        if prev_start <= r.cstart < g.toks[s.b - 1].end:
            r.hedged = True


# -- candidates for pronoun resolution -----------------------------------------------

def _candidates(g: _G, s: _S) -> list[Candidate]:
    toks = g.toks
    out = []
    fin = next((m for m in range(s.a, s.b) if toks[m].finite and not g.in_quote[m]), None)
    if fin is not None and fin > s.a and not g.in_quote[s.a]:
        np = g.np_after(s.a, fin, allow_pron=False)
        if np and np[0] == s.a and toks[s.a].pos in DET | NOUN | {"ADJA"}:
            a, b = np[0], np[1]
            named = any(toks[x].pos == "NE" for x in range(a, b))
            role = any(g.is_role(x) for x in range(a, b))
            if named or role or any(g.noun(x) for x in range(a, b)):
                sp = _np_name(g, a, b)
                out.append(Candidate(sp[0], sp[1], g.doc.text[sp[0]:sp[1]], None, named, s.sent.i))
    # names right after a role noun anywhere: "von Machthaber Nursultan Nasarbajew"
    for ent in g.doc.entities:
        if ent.type not in ("PER", "ORG"):
            continue
        for m in ent.mentions:
            if toks[s.a].start <= m.start < toks[s.b - 1].end and not _possessor(g.doc, ent, m, toks[s.b - 1].end):
                out.append(Candidate(m.start, m.end, m.text, ent.id, ent.type == "PER", s.sent.i))
    return out


# -- entry points -------------------------------------------------------------

def extract(doc: Doc, lex: dict, quotes: list[Quote]):
    g = _G(doc, lex, quotes)
    raws: list[Raw] = []
    g.earlier = raws          # the claims of the sentences before (``_evidence_in_report``)
    candidates: list[Candidate] = []
    for sent in doc.sentences:
        s = _S(g, sent)
        frame_spans: list[tuple[int, int]] = []
        sraws: list[Raw] = []
        _frames(g, s, sraws, frame_spans)
        _according(g, s, sraws, frame_spans)
        _die_rede(g, s, sraws, frame_spans)
        _wonach(g, s, sraws, frame_spans)
        _hedges(g, s, sraws)
        raws.extend(sraws)
        candidates.extend(_candidates(g, s))
    doc.extras["claims.g"] = g
    return raws, candidates


def _paragraph_break(doc: Doc, a: int, b: int) -> bool:
    return "\n" in doc.text[a:b]


def _main_mood(g: _G, sent: Sentence) -> str | None:
    s = _S(g, sent)
    for k in range(s.a, s.b):
        t = g.toks[k]
        if not t.finite or g.in_quote[k]:
            continue
        cs, _ = s.clause_range(k)
        if cs > s.a and g.toks[cs].pos in SUBORD_START:
            continue
        return t.mood
    return None


def _subordinate_sub1(g: _G, sent: Sentence) -> bool:
    """Has a dass-clause of the sentence (outside quotations) a verb in the Konjunktiv I?"""
    s = _S(g, sent)
    for k in range(s.a, s.b):
        if g.low[k] == "dass" and not g.in_quote[k]:
            _cs, ce = s.clause_range(k + 1)
            if any(g.toks[x].finite and g.toks[x].mood == "sub1" and not g.in_quote[x] for x in range(k + 1, ce)):
                return True
    return False


def continuations(doc: Doc, lex: dict, quotes: list[Quote], raws: list[Raw]) -> list[Raw]:
    """Reported speech that goes on over following sentences: subjunctive main clauses
    (indirect) and quotations without a frame (direct) belong to the last speaker."""
    g: _G = doc.extras.pop("claims.g")
    by_sent: dict[int, list[Raw]] = {}
    for r in raws:
        by_sent.setdefault(_sent_index(doc, r), []).append(r)
    out = list(raws)
    last: Raw | None = None
    chain_end = -10
    for sent in doc.sentences:
        own = [r for r in by_sent.get(sent.i, []) if (r.speaker is not None or r.channels)]
        if own:
            last = max(own, key=lambda r: r.cend)
            chain_end = sent.i
            continue
        if last is None:
            continue
        if _paragraph_break(doc, doc.sentences[_sent_index(doc, last)].start, sent.start):
            # a new paragraph goes on with the speaker only when it opens with reported speech
            # (Konjunktiv I or a quotation without a frame) right after the speaker's sentence
            opens = sent.i == chain_end + 1 and (_main_mood(g, sent) == "sub1" or any(
                sent.start <= q.start <= sent.start + 1 and quote_words(doc, q) >= 4 for q in quotes))
            if not opens:
                last = None
                continue
        mood = _main_mood(g, sent)
        if mood == "ind" and _subordinate_sub1(g, sent):
            # "Die Festnahmen zeigten, dass die Regierung den Dialog fürchte": the Konjunktiv I
            # of the dependent clause marks the sentence as the speaker's
            mood = "sub1"
        covered = [r for r in by_sent.get(sent.i, [])]
        added = False
        if sent.i == chain_end + 1 and mood in ("sub1", "sub2"):
            span = strip_span(doc.text, sent.start, sent.end)
            cover = [r for r in covered if not r.anchor and r.cstart <= span[0] + 2 and span[1] - 2 <= r.cend]
            if not cover:
                out.append(_copy(last, "indirect", [span], sent.i))
            for r in cover:
                if r.speaker is None and not r.speaker_text and not r.hedged:
                    # "Deutsche seien nach bisherigen Erkenntnissen nicht unter den Opfern": still the speaker before
                    r.mode, r.speaker_text, r.speaker_id, r.resolved = "indirect", last.speaker_text, last.speaker_id, True
                    r.channels = r.channels or list(last.channels)
            chain_end = sent.i
            added = True
        # quotations without a frame of their own
        if sent.i - _sent_index(doc, last) <= 3:
            for q in quotes:
                if not (sent.start <= q.start < sent.end) or quote_words(doc, q) < 4:
                    continue
                if any(r.mode == "direct" and r.cstart <= q.inner_start and q.inner_end <= r.cend for r in out):
                    continue
                if any(r.cstart <= q.inner_start < r.cend for r in raws if r.mode == "direct" and not r.anchor):
                    continue
                out.append(_copy(last, "direct", [(q.inner_start, q.inner_end)], sent.i))
                chain_end = sent.i
                added = True
    for sent in doc.sentences:
        _hedge_back(g, _S(g, sent), out)
    return out


def _sent_index(doc: Doc, r: Raw) -> int:
    s = doc.sentence_at(r.cstart)
    if r.frame:
        fs = doc.sentence_at(r.frame[0])
        if fs is not None:
            return fs.i
    return s.i if s else r.sent


def _copy(r: Raw, mode: str, content, sent: int) -> Raw:
    return Raw(mode=mode, content=content, sent=sent, speaker=None, speaker_kind="np",
               cue=None, channels=list(r.channels), hedged=False, frame=None,
               speaker_id=r.speaker_id, speaker_text=r.speaker_text, resolved=True)
