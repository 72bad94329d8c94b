"""English speech frames, according-to phrases and hedges from spaCy's dependency parse.

The language stage keeps the parsed spaCy ``Doc`` in ``doc.extras["spacy"]``. A speech
verb (``data/en/claims.json``) gives a claim when it has content: its clausal complement
(``ccomp``, "police said 12 people were killed", "…, police said"), a that-clause in its
subtree, or an adjacent quotation; its subject is the speaker; its addressee ("told the
BBC"), "on Telegram", "in a televised address" are channels; "citing Y" makes Y the
speaker and the reporting outlet a channel.
"""
from __future__ import annotations

import re

from ..doc import Doc
from . import Candidate, Channel, Raw, quote_coverage, quote_words, strip_span
from .quotes import Quote


class _E:
    def __init__(self, doc: Doc, lex: dict, quotes: list[Quote], sdoc):
        self.doc = doc
        self.lex = lex
        self.quotes = quotes
        self.sdoc = sdoc
        self.text = doc.text

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Character span of spaCy tokens [a, b), without surrounding punctuation."""
        sd = self.sdoc
        return strip_span(self.text, sd[a].idx, sd[b - 1].idx + len(sd[b - 1].text))

    def tspan(self, tok) -> tuple[int, int]:
        return self.span(tok.left_edge.i, tok.right_edge.i + 1)

    def same_sent(self, a, b) -> bool:
        """Are two spaCy tokens in the same lagebild sentence (spaCy may run over a paragraph break)?"""
        sa, sb = self.doc.sentence_at(a.idx), self.doc.sentence_at(b.idx)
        return sa is None or sb is None or sa.i == sb.i

    def in_quote(self, tok) -> bool:
        return any(q.contains(tok.idx, tok.idx + len(tok.text)) for q in self.quotes)

    def mode(self, span: tuple[int, int]) -> tuple[str, tuple[int, int], Quote | None]:
        cov, best = quote_coverage(self.text, self.quotes, span[0], span[1])
        if best is not None and (cov >= 0.97 or (cov >= 0.8 and quote_words(self.doc, best) >= 4)):
            return "direct", (best.inner_start, best.inner_end), best
        return "indirect", span, None

    def is_role(self, tok) -> bool:
        return tok.lemma_.lower() in self.lex["person_roles_set"] or tok.text.lower() in self.lex["person_roles_set"]

    def outlet_name(self, tok, allow_propn: bool = True) -> tuple[int, int] | None:
        """The name of an outlet or platform in the phrase headed by tok, if it is one."""
        sub = list(tok.subtree)
        words = " ".join(t.text.lower() for t in sub if t.dep_ != "det")
        low_tokens = [t.text.lower() for t in sub]
        for n in (3, 2, 1):
            for i in range(len(sub) - n + 1):
                w = " ".join(low_tokens[i:i + n])
                if n == 1 and w.endswith(".") and len(w) > 1 and i == len(sub) - 1:
                    w = w[:-1]   # "on X." tokenised with the full stop
                if w in self.lex["outlets_set"] or w in self.lex["platforms_set"]:
                    if n == 1 and not sub[i].text[:1].isupper() and w not in ("social",):
                        continue
                    return self.span(sub[i].i, sub[i + n - 1].i + 1)
        if tok.text[:1].isupper() and tok.i > tok.sent.start and tok.text.lower().endswith(
                ("funk", "news", "tv", "radio", "times", "post", "journal", "herald", "gazette", "tribune", "zeitung")):
            return self.span(tok.i, tok.i + 1)
        propn = [t for t in sub if t.pos_ == "PROPN"]
        head_is_channel = tok.lemma_.lower() in self.lex["channel_nouns"] or any(
            t.lemma_.lower() in self.lex["channel_nouns"] for t in sub if t.dep_ == "compound")
        if propn and ((tok.pos_ == "PROPN" and allow_propn) or head_is_channel):
            a, b = propn[0].i, propn[-1].i + 1
            return self.span(a, b)
        if head_is_channel and sub[-1].i == tok.i and tok.i + 1 < len(self.sdoc):
            nxt = self.sdoc[tok.i + 1]
            if nxt.text.isalpha() and nxt.text.isupper() and len(nxt.text) >= 2 and nxt.head.i != tok.i:
                # "told the state news agency SUNA that …": the parser left the name outside
                return self.span(nxt.i, nxt.i + 1)
        if head_is_channel or words in self.lex["platforms_set"]:
            return self.tspan_nodet(tok)
        return None

    def tspan_nodet(self, tok) -> tuple[int, int]:
        a = tok.left_edge.i
        while a < tok.i and self.sdoc[a].dep_ in ("det", "poss", "case") and self.sdoc[a].tag_ in ("DT", "PRP$"):
            a += 1
        return self.span(a, tok.right_edge.i + 1)

    def kind(self, words: str) -> str:
        w = words.lower()
        if w in self.lex["platforms_set"] or any(p in w for p in ("telegram", "facebook", "twitter", "instagram", "youtube", "tiktok", "social")):
            return "platform"
        for noun, kind in self.lex["channel_nouns"].items():
            if w.endswith(noun):
                return kind
        return "outlet"


def _speaker(e: _E, verb):
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj and verb.dep_ == "conj":
        subj = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        h = verb.head
        if not subj and h.dep_ == "acl" and h.tag_ == "VBD" and h.head.i < h.i \
                and h.head.pos_ in ("NOUN", "PROPN") and h.head.dep_ == "ROOT":
            # "The UN's deputy envoy for Yemen, Lena Marković, called on … and said …" parsed with
            # 'called' as a modifier of the root noun: that noun is the subject
            subj = [h.head]
    if not subj and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj", "dep") and verb.head is not verb:
        # "The court ordered an inquiry, saying …": the subject of the clause the participle hangs on
        subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
    subj = [c for c in subj if e.same_sent(c, verb)]
    if not subj and verb.i > 0 and e.sdoc[verb.i - 1].tag_ in ("NNP", "NNPS") \
            and e.sdoc[verb.i - 1].dep_ in ("auxpass", "aux", "npadvmod", "dep", "compound") \
            and e.sdoc[verb.i - 1].head.i == verb.i:
        # '"...," Munkhbayar said': a name right before the verb the parser gave another role
        subj = [e.sdoc[verb.i - 1]]
    if not subj:
        ms = _misparsed_subject(e, verb)
        if ms is not None:
            return ms
        return None, None, None
    s = subj[0]
    before = [c for c in subj if c.i < verb.i]
    if len(subj) > 1 and before:
        # "…, most of them in Kenema, party secretary-general Fatmata Kamara said": of two subjects
        # the parser gives the verb, the one right before it says it
        s = max(before, key=lambda c: c.i)
    if s.text.lower() == "it" and s.dep_ == "nsubjpass":
        return None, None, None   # "It has been emphasised that …", "…, so it was said"
    if s.tag_ == "PRP" or s.text.lower() in e.lex["pronouns_set"]:
        return e.span(s.i, s.i + 1), "pronoun", s
    if s.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" and verb.head.i < s.i:
        s = verb.head   # "the Interior Ministry, which said …": the speaker is the antecedent
    # drop a relative clause hanging off the subject
    right = s.right_edge.i
    for c in s.children:
        if (c.dep_ in ("relcl", "acl") or (c.dep_ in ("appos", "amod", "npadvmod") and c.pos_ == "NUM")) and c.i > s.i:
            right = min(right, c.left_edge.i - 1)   # "Okafor, 52, whose party …, said"
    a = s.left_edge.i
    while a < s.i and e.sdoc[a].tag_ in ("DT",):
        a += 1
    right = _before_relative(e, a, right)
    span = e.span(a, right + 1)
    kind = "np"
    toks = [t for t in e.sdoc[s.left_edge.i:right + 1] if t.tag_ != "DT" and t.dep_ not in ("punct",)]
    if s.left_edge.text.lower() == "the" and len(toks) <= 2 and e.is_role(s) and not any(t.pos_ == "PROPN" for t in toks):
        kind = "role"
    return span, kind, s


def _before_relative(e: _E, a: int, right: int) -> int:
    """Last token before ', who/which …' ("A doctor at the hospital, who asked not to be named")."""
    for x in range(a + 1, right):
        if e.sdoc[x].text == "," and e.sdoc[x + 1].text.lower() in ("who", "which", "whose", "whom"):
            return x - 1
    return right


def _misparsed_subject(e: _E, verb):
    """'Okafor, 52, whose party won …, said …' parsed with 'won' as a clause of 'said':
    the name before the relative 'whose/who' is the speaker. (span, kind, token) or None."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    pre = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if not pre:
        return None
    c = pre[0]
    rel = next((t for t in e.sdoc[c.left_edge.i:c.i] if t.text.lower() in ("whose", "who")), None)
    if rel is None:
        return None
    subj = next((t for t in e.sdoc[c.left_edge.i:rel.i] if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("PROPN", "NOUN")), None)
    if subj is None:
        return None
    right = subj.i
    while right + 1 < rel.i and e.sdoc[right + 1].pos_ == "PROPN":
        right += 1
    left = subj.i
    while left - 1 >= c.left_edge.i and e.sdoc[left - 1].dep_ == "compound":
        left -= 1
    return e.span(left, right + 1), "np", subj


_AIR_VERBS = {"read", "broadcast", "air", "publish", "post", "televise", "show", "circulate"}


def _channels(e: _E, verb, skip_tok) -> list[Channel]:
    out: list[Channel] = []
    if verb.lemma_.lower() == "quote":
        # "… was quoted as saying by Tass"
        for t in verb.subtree:
            if t.text.lower() == "by" and t.dep_ in ("prep", "agent"):
                for o in t.children:
                    if o.dep_ == "pobj":
                        sp = e.outlet_name(o) or e.tspan_nodet(o)
                        out.append(Channel(sp[0], sp[1], e.kind(e.text[sp[0]:sp[1]])))
    for c in verb.children:
        if c is skip_tok:
            continue
        if c.dep_ in ("dobj", "dative", "iobj") and verb.lemma_.lower() == "tell":
            sp = e.outlet_name(c)
            if sp:
                out.append(Channel(sp[0], sp[1], e.kind(e.text[sp[0]:sp[1]])))
        elif c.dep_ == "prep" and c.text.lower() in ("on", "in", "to", "via", "during", "at"):
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                # "in an interview with X"
                if p.lemma_.lower() == "interview":
                    w = [x for x in p.children if x.dep_ == "prep" and x.text.lower() == "with"]
                    objs = [o for x in w for o in x.children if o.dep_ == "pobj"]
                    if objs:
                        sp = e.tspan_nodet(objs[0])
                        out.append(Channel(sp[0], sp[1], e.kind(e.text[sp[0]:sp[1]])))
                        continue
                # "in a statement carried by the state news agency SUNA"
                carried = [o for x in p.children if x.dep_ == "acl" and x.lemma_.lower() in e.lex["carry_verbs_set"]
                           for b_ in x.children if b_.dep_ == "agent" or (b_.dep_ == "prep" and b_.text.lower() == "by")
                           for o in b_.children if o.dep_ == "pobj"]
                for o in carried:
                    m = o.right_edge.i + 1
                    n = m
                    while n < len(e.sdoc) and e.sdoc[n].pos_ == "PROPN" and e.sdoc[n].text[:1].isupper():
                        n += 1
                    if n > m and o.lemma_.lower() in e.lex["channel_nouns"]:
                        csp = e.span(m, n)   # "the state news agency SUNA": the name after the channel noun
                    else:
                        csp = e.outlet_name(o)
                        if csp is None:
                            continue   # "a statement released by their lawyer": a person, not a channel
                    out.append(Channel(csp[0], csp[1], e.kind(e.text[csp[0]:csp[1]])))
                # "in a statement read on GRTS", "in a video posted on X": where it was read
                aired = [o for x in p.children if x.dep_ == "acl" and x.lemma_.lower() in _AIR_VERBS
                         for b_ in x.children if b_.dep_ == "prep" and b_.text.lower() in ("on", "over")
                         for o in b_.children if o.dep_ == "pobj" and o.pos_ == "PROPN"
                         and not any(t.start <= o.idx < t.end for t in e.doc.times)]
                for o in aired:
                    csp = e.outlet_name(o, allow_propn=True)
                    if csp is not None:
                        out.append(Channel(csp[0], csp[1], e.kind(e.text[csp[0]:csp[1]])))
                sp = e.outlet_name(p, allow_propn=c.text.lower() == "to")
                if sp is None and c.text.lower() in ("in", "during", "at") and (
                        p.lemma_.lower() in e.lex["channel_in_nouns_set"]):
                    sp = e.tspan_nodet(p)
                    # keep only the noun phrase, not a relative clause inside it
                    right = p.i
                    for x in p.children:
                        if x.i > p.i and x.dep_ in ("relcl", "acl", "prep"):
                            break
                        right = max(right, x.right_edge.i)
                    sp = e.span(sp and _first_non_det(e, p), right + 1)
                if sp:
                    out.append(Channel(sp[0], sp[1], e.kind(e.text[sp[0]:sp[1]])))
    return out


def _first_non_det(e: _E, p) -> int:
    a = p.left_edge.i
    while a < p.i and e.sdoc[a].tag_ in ("DT", "PRP$"):
        a += 1
    return a


def _act_object(e: _E, verb) -> bool:
    """"Haiti declares state of emergency ...", "proclaimed a curfew": an act, not a statement."""
    if verb.lemma_.lower() not in e.lex.get("act_verbs_set", ()):
        return False
    nxt = next((t for t in e.sdoc[verb.i + 1:verb.i + 4] if t.tag_ not in ("DT", "JJ", "CD", "HYPH")), None)
    return nxt is not None and nxt.lemma_.lower() in e.lex.get("act_objects_set", ())


def _content(e: _E, verb):
    """The reported clause of a speech verb: its ccomp, a that-clause, or a quotation."""
    lex = e.lex
    comp = [c for c in verb.children if c.dep_ == "ccomp" and e.same_sent(c, verb)]
    if len(comp) > 1 and comp[0].i < verb.i < comp[-1].i and _misparsed_subject(e, verb) is not None:
        comp = comp[1:]   # "Okafor, 52, whose party won …, said he …": the first 'ccomp' is the subject
    if comp and verb.lemma_.lower() not in lex["need_that_clause_set"]:
        c = comp[0]
        a, b = c.left_edge.i, c.right_edge.i + 1
        while a < c.i and (e.sdoc[a].text.lower() == "that" or e.sdoc[a].is_punct):
            a += 1
        a = _skip_frame_adverbials(e, c, a)
        # a contrasting clause with its own subject is not part of it: "…, while the commission put …"
        for x in c.children:
            if x.i > c.i and x.dep_ == "advcl" and any(m.dep_ == "mark" and m.text.lower() in ("while", "whereas") for m in x.children):
                b = min(b, x.left_edge.i)
        while a < b and (e.sdoc[a].dep_ == "mark" or e.sdoc[a].is_punct):
            a += 1
        return e.span(a, b), c
    for c in verb.children:
        # "witnesses reported hearing gunfire"
        if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i > verb.i and c.lemma_.lower() not in lex["citing_set"]:
            return e.span(c.left_edge.i, c.right_edge.i + 1), c
        # the same, parsed with the gerund as a compound of the object
        if c.dep_ == "dobj" and c.i > verb.i and c.left_edge.i == verb.i + 1 and c.left_edge.tag_ == "VBG" \
                and c.left_edge.lemma_.lower() not in lex["citing_set"]:
            end = max(c.right_edge.i, max((x.right_edge.i for x in verb.children if x.dep_ == "prep" and x.i > c.i), default=c.right_edge.i))
            return e.span(c.left_edge.i, end + 1), c
    for t in verb.subtree:
        if t.i > verb.i and t.dep_ == "mark" and t.text.lower() == "that":
            h = t.head
            if h.i > t.i:
                return e.span(t.i + 1, h.right_edge.i + 1), h
    for t in verb.subtree:
        # "said at the time that he was …": a that-clause misparsed as a relative clause of the
        # adverbial noun; with a subject of its own, 'that' is a complementizer
        if verb.i < t.i <= verb.i + 6 and t.text.lower() == "that" and t.head.dep_ == "relcl" and t.head.i > t.i \
                and any(c.dep_ in ("nsubj", "nsubjpass") and c is not t for c in t.head.children) \
                and t.head.head.dep_ in ("pobj", "npadvmod"):
            h = t.head
            return e.span(t.i + 1, h.right_edge.i + 1), h
    if comp:
        c = comp[0]
        if any(x.dep_ == "mark" and x.text.lower() in ("that",) for x in c.children):
            a, b = c.left_edge.i, c.right_edge.i + 1
            while a < b and (e.sdoc[a].dep_ == "mark" or e.sdoc[a].is_punct):
                a += 1
            return e.span(a, b), c
    return None, None


def _skip_frame_adverbials(e: _E, c, a: int) -> int:
    """'said on Thursday it would send …': without 'that', an adverbial before the
    complement's subject belongs to the speech verb (the parser hangs it on the complement),
    so the content starts at the subject."""
    if e.sdoc[a].text.lower() == "that" or (a > 0 and e.sdoc[a - 1].text.lower() == "that"):
        return a
    subj = [x for x in c.children if x.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subj:
        return a
    s0 = subj[0].left_edge.i
    for x in c.children:
        if x.i >= s0:
            break
        if x.dep_ in ("prep", "npadvmod", "advmod", "punct") and x.left_edge.i == a:
            a = x.right_edge.i + 1
            while a < s0 and e.sdoc[a].is_punct:
                a += 1
    return a


_FINITE = ("VBD", "VBZ", "VBP", "MD")


_ANONYMITY = re.compile(r"(?:asking|requesting|declining|speaking|who (?:asked|spoke|declined|requested))\b"
                        r"[^.;]*?\b(?:named|identified|anonymity|record|publicly)\b", re.I)


def _postposed_frame(e: _E, verb):
    """'CONTENT, SPEAKER said/told X.' where the parser hung the speech verb on the content
    as a conjunct ("… detained editor A and journalist B, lawyer C told AFP", "…, the group's
    director, D, told The Associated Press") or on a title run into the lead: the content is
    the sentence up to the comma that opens the speaker phrase, the speaker the verbless
    phrase between that comma and the verb. (content span, speaker span, kind) or None."""
    sd = e.sdoc
    if verb.lemma_.lower() in e.lex["need_that_clause_set"] or any(
            c.dep_ == "ccomp" and e.same_sent(c, verb) for c in verb.children):
        return None
    sent = e.doc.sentence_at(verb.idx)
    if sent is None:
        return None
    toks = [t for t in sd if sent.start <= t.idx < sent.end and not t.is_space]
    pos = next((k for k, t in enumerate(toks) if t.i == verb.i), None)
    if pos is None or pos < 3:
        return None
    tail = toks[pos + 1:]
    if len(tail) > 1 and tail[0].text == "," and _ANONYMITY.match(e.text, tail[1].idx):
        tail = []     # "…, two diplomats said, asking not to be named": no clause of the verb's own
    if any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in tail):
        return None   # the verb has a clause of its own after it
    def apposed_participle(m: int) -> bool:
        # "the mission, known as MINUSCA, said": a participle set off after the speaker's noun
        return toks[m].tag_ == "VBN" and toks[m].dep_ == "acl" and m > 0 and toks[m - 1].text == ","

    k = pos - 1
    while k >= 0 and pos - k <= 12 and not ((toks[k].tag_.startswith("VB") or toks[k].tag_ == "MD")
                                            and not apposed_participle(k)):
        k -= 1
    if k < 0 or pos - k > 12:
        # a long clause before the frame ("... outside Bali, a town some 20 kilometres west of
        # Bamenda, Governor Jean-Pierre Mvondo told CRTV"): the speaker is the stretch after the
        # last comma, with a role phrase set off before a name ("its spokesman, Father X, told")
        commas = [m for m in range(max(0, pos - 12), pos) if toks[m].text == ","
                  and not (m + 1 < pos and apposed_participle(m + 1))]
        if commas and commas[-1] == pos - 1:
            commas = commas[:-1]    # "…, Father Emmanuel Tanyi, told AFP": the comma closing the name
        if not commas:
            return None
        comma = commas[-1]
        if len(commas) >= 2:
            seg = [t for t in toks[commas[-2] + 1:comma] if not t.is_punct]
            if 0 < len(seg) <= 4 and any(e.is_role(t) for t in seg) and seg[0].pos_ in ("DET", "PRON") \
                    and all(t.pos_ == "PROPN" for t in toks[comma + 1:pos] if not t.is_punct):
                comma = commas[-2]      # "its spokesman, Father Emmanuel Tanyi,"
        if any((toks[m].tag_.startswith("VB") or toks[m].tag_ == "MD") and not apposed_participle(m)
               for m in range(comma + 1, pos)):
            return None
    else:
        comma = next((m for m in range(k + 1, pos) if toks[m].text == ","), None)
    if comma is None or comma == 0:
        return None
    cut = next((m for m in range(comma + 1, pos) if apposed_participle(m)), None)
    spk = [t for t in toks[comma + 1:cut - 1 if cut is not None else pos] if not t.is_punct]
    if not spk or not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in spk) or e.in_quote(spk[0]):
        return None
    if spk[0].pos_ in ("SCONJ", "CCONJ", "ADP", "ADV") or (verb.lemma_.lower() != "tell" and any(
            c.dep_ == "dobj" for c in verb.children)):
        return None   # ", while police estimated the crowd at 20,000": a clause of its own
    if not any(t.tag_ in _FINITE for t in toks[:comma]):
        return None
    content = strip_span(e.text, toks[0].idx, toks[comma].idx)
    speaker = e.span(spk[0].i, spk[-1].i + 1)
    if speaker[1] <= speaker[0] or content[1] <= content[0]:
        return None
    kind = "pronoun" if len(spk) == 1 and spk[0].tag_ == "PRP" else "np"
    return content, speaker, kind


def _preposed_frame(e: _E, verb):
    """'SPEAKER [participle phrase] said CLAUSE' where the parser hung the speech verb inside
    the subject's modifier ("A Honduran detainee reached by phone said guards had beaten two
    strikers; …"): the content is the clause after the verb up to a semicolon or the end of
    the sentence, the speaker the noun phrase opening the sentence up to the participle."""
    sd = e.sdoc
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.lemma_.lower() in e.lex["need_that_clause_set"]:
        return None
    sent = e.doc.sentence_at(verb.idx)
    if sent is None:
        return None
    toks = [t for t in sd if sent.start <= t.idx < sent.end and not t.is_space]
    pos = next((k for k, t in enumerate(toks) if t.i == verb.i), None)
    if pos is None or pos < 1 or pos + 2 >= len(toks):
        return None
    end = next((m for m in range(pos + 1, len(toks)) if toks[m].text in (";", ":")), len(toks))
    after = toks[pos + 1:end]
    if after[0].is_punct or toks[pos + 1].text.lower() in ("that",) and len(after) < 3:
        return None
    if not any(t.tag_ in _FINITE for t in after[1:7]):
        return None   # no clause of its own right after the verb
    spk = []
    for t in toks[:pos]:
        if t.tag_ in ("VBN", "VBG") or t.is_punct or t.tag_ in _FINITE:
            break
        spk.append(t)
    if not spk or not any(t.pos_ in ("NOUN", "PROPN") for t in spk) or any(t.tag_ in _FINITE for t in toks[len(spk):pos]):
        return None
    a = pos + 1 + (1 if toks[pos + 1].text.lower() == "that" else 0)
    content = strip_span(e.text, toks[a].idx, toks[end - 1].idx + len(toks[end - 1].text))
    first = 1 if spk[0].tag_ == "DT" else 0
    if first >= len(spk):
        return None
    speaker = e.span(spk[first].i, spk[-1].i + 1)
    return content, speaker, "np"


def _adjacent_quote(e: _E, verb) -> Quote | None:
    """A quotation right after 'X said:' or right before '…," X said'."""
    sent = verb.sent
    left, right = sent.start_char, sent.end_char
    for q in e.quotes:
        if q.start >= verb.idx and e.text[verb.idx + len(verb.text):q.start].strip() in (":", ",", ""):
            if q.start - (verb.idx + len(verb.text)) <= 3 or e.text[verb.idx:q.start].rstrip().endswith(":"):
                return q
    for q in e.quotes:
        if q.end <= verb.idx and q.end >= left - 2:
            between = e.text[q.end:verb.idx]
            if len(between) < 80 and between.strip().startswith(",") or between.strip() == "":
                return q
    return None


def extract(doc: Doc, lex: dict, quotes: list[Quote]):
    sdoc = doc.extras.get("spacy")
    raws: list[Raw] = []
    candidates: list[Candidate] = []
    if sdoc is None:
        return raws, candidates
    e = _E(doc, lex, quotes, sdoc)
    for sent in sdoc.sents:
        si = _sent_index(doc, sent.start_char)
        sraws: list[Raw] = []
        for v in sent:
            if v.pos_ == "VERB" and v.lemma_.lower() in lex["toll_verbs_set"] and not e.in_quote(v):
                _toll(e, v, si, sraws)
            if v.pos_ == "VERB" and v.lemma_.lower() in lex["count_report_verbs_set"] and not e.in_quote(v):
                _reported_count(e, v, si, sraws)
            if v.pos_ == "VERB" and v.lemma_.lower() in lex["label_verbs_set"] and not e.in_quote(v):
                _label_quote(e, v, si, sraws)
            as_verb = v.pos_ == "VERB" or (v.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in v.children)
                                           and any(c.dep_ == "ccomp" for c in v.children))   # "…, the UN estimates."
            if not as_verb or v.lemma_.lower() not in lex["speech_verbs_set"]:
                continue
            if e.in_quote(v):
                continue
            if any(c.dep_ == "mark" and c.text.lower() == "as" for c in v.children):
                if v.lemma_.lower() in lex["need_that_clause_set"]:
                    continue
                _as_clause(e, v, si, sraws)
                continue
            if _act_object(e, v):
                continue
            span, node = _content(e, v)
            q = None
            post = None
            if span is None:
                q = _adjacent_quote(e, v)
                if q is None or quote_words(doc, q) < 2:
                    post = _postposed_frame(e, v) or _preposed_frame(e, v)
                    if post is None:
                        continue
                    span = post[0]
                else:
                    span = (q.inner_start, q.inner_end)
            mode, cspan, best = e.mode(span)
            sp, kind, stok = _speaker(e, v)
            if post is not None:
                sp, kind, stok = post[1], post[2], None
            channels = _channels(e, v, stok)
            if stok is not None:
                # "The governor, speaking on local radio, said …"
                for t in stok.subtree:
                    if t.tag_ == "VBG" and t.lemma_.lower() in ("speak", "talk", "write") and t.i != v.i:
                        channels += _channels(e, t, None)
            # "X reported, citing Y" (the parser may hang 'citing' on the reported clause)
            cites = [c for c in v.children if c.dep_ in ("advcl", "xcomp", "conj", "dep", "prep") and c.lemma_.lower() in lex["citing_set"]]
            cites += [c for c in sent if c.lemma_.lower() in lex["citing_set"] and c.i > v.i and c not in cites
                      and c.idx < cspan[1] and e.doc.text[v.idx + len(v.text):c.idx].strip() in (",", "")]
            for c in cites:
                if True:
                    objs = [o for o in c.children if o.dep_ in ("dobj", "pobj")]
                    if objs:
                        if stok is not None:
                            name = e.outlet_name(stok)
                            if name is None and stok.lemma_.lower() in lex["media_subject_nouns_set"]:
                                name = sp
                            if name:
                                channels.insert(0, Channel(name[0], name[1], e.kind(e.text[name[0]:name[1]])))
                        sp = e.tspan_nodet(objs[0])
                        kind = "np"
                        cut = objs[0].right_edge.idx + len(objs[0].right_edge.text)
                        if cspan[0] <= c.idx < cspan[1] and cut < cspan[1]:
                            rest = e.doc.text[cut:cspan[1]]
                            off = len(rest) - len(rest.lstrip(" ,"))
                            if rest.lstrip(" ,").lower().startswith("that "):
                                off += len(rest.lstrip(" ,")[:5])
                            cspan = strip_span(e.doc.text, cut + off, cspan[1])
            segments = [cspan]
            if mode == "direct" and best is not None:
                # an interrupted quotation: “A,” the mayor said, “B.”
                frame_end = max(v.idx + len(v.text), (stok.right_edge.idx + len(stok.right_edge.text)) if stok is not None else 0)
                for q2 in quotes:
                    if q2.start > best.end and q2.start > frame_end and e.text[frame_end:q2.start].strip() in (",", ", ", ""):
                        segments.append((q2.inner_start, q2.inner_end))
                        break
            fs = (min(v.idx, sp[0] if sp else v.idx), v.idx + len(v.text))
            sraws.append(Raw(mode=mode, content=segments, sent=si, speaker=sp, speaker_kind=kind or "np",
                             cue=(v.idx, v.idx + len(v.text)), channels=channels, frame=fs))
        _according(e, sent, si, sraws)
        _hedges(e, sent, si, sraws)
        raws.extend(sraws)
        candidates.extend(_candidates(e, sent, si))
    doc.extras["claims.e"] = e
    return raws, candidates


def _label_quote(e: _E, v, si: int, raws: list[Raw]) -> None:
    """'The ministry dismissed the report as "fabricated"': quoted words inside the clause of a
    labelling verb are the subject's own."""
    if any(c.dep_ == "dobj" and c.tag_ == "PRP" and c.text.lower() in ("itself", "themselves", "himself", "herself")
           for c in v.children):
        return   # "The group calls itself "Last Generation"": a name
    lo = v.idx + len(v.text)
    own = [c for c in v.children if c.i > v.i and (
        c.dep_ not in ("advcl", "ccomp", "xcomp", "conj", "parataxis", "punct", "cc")
        or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.text.lower() == "as" for m in c.children)))]
    if not own:
        return
    last = max(c.right_edge for c in own)
    hi = last.idx + len(last.text)
    q = next((q for q in e.quotes if lo <= q.start and q.end <= hi + 1), None)
    if q is None or not any(ch.isalpha() for ch in e.text[q.inner_start:q.inner_end]):
        return
    sp, kind, stok = _speaker(e, v)
    if sp is None:
        return
    raws.append(Raw(mode="direct", content=[(q.inner_start, q.inner_end)], sent=si, speaker=sp,
                    speaker_kind=kind or "np", cue=(v.idx, v.idx + len(v.text)), channels=_channels(e, v, stok),
                    frame=(min(sp[0], v.idx), v.idx + len(v.text))))


def _toll(e: _E, v, si: int, raws: list[Raw]) -> None:
    """'X put the death toll at 14', 'X estimated the number of dead at 30': X states a figure."""
    objs = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in e.lex["toll_nouns_set"]]
    preps = ("at", "to") if v.lemma_.lower() in e.lex["toll_change_verbs_set"] else ("at",)
    ats = [c for c in v.children if c.dep_ == "prep" and c.text.lower() in preps and c.i > v.i]
    if objs and not ats:
        # "put the number detained at more than 40": the parser hangs 'at' on the participle
        ats = [c for p in objs[0].children if p.dep_ in ("acl", "amod") and p.i > objs[0].i
               for c in p.children if c.dep_ == "prep" and c.text.lower() in preps]
    if not objs or not ats:
        return
    sp, kind, stok = _speaker(e, v)
    if sp is None:
        return
    a = _first_non_det(e, objs[0]) if objs[0].i > v.i else ats[0].i
    end = ats[0].right_edge.i + 1
    for c in v.children:
        # "put the death toll at 11, including five civilians": the part named after the comma
        # is still the speaker's count
        if c.i > end - 1 and c.lower_ in ("including", "among") and all(
                e.sdoc[k].is_punct for k in range(end, c.i)):
            end = c.right_edge.i + 1
    cs = e.span(min(objs[0].left_edge.i, ats[0].i) if objs[0].i > v.i else ats[0].i, end)
    raws.append(Raw(mode="indirect", content=[cs], sent=si, speaker=sp, speaker_kind=kind or "np",
                    cue=(v.idx, v.idx + len(v.text)), channels=_channels(e, v, stok), frame=(min(sp[0], v.idx), v.idx + len(v.text))))


def _reported_count(e: _E, v, si: int, raws: list[Raw]) -> None:
    """'Health authorities have reported 27 people killed and 40 wounded', 'police confirmed three
    deaths': a count of casualties as the object of a verb of reporting (no that-clause) is the
    subject's statement."""
    if any(c.dep_ in ("ccomp", "xcomp") for c in v.children):
        return                      # "reported that ...": the speech verb's own content
    objs = [c for c in v.children if c.dep_ == "dobj" and c.i > v.i]
    if not objs:
        return
    obj = objs[0]
    words = e.lex["casualty_words_set"]
    tail = [t for t in v.subtree if t.i >= obj.left_edge.i]
    if not any(t.like_num or t.tag_ == "CD" for t in obj.subtree):
        return
    if not any(t.lemma_.lower() in words or t.lower_ in words for t in tail):
        return
    sp, kind, stok = _speaker(e, v)
    if sp is None:
        return
    end = max(t.i for t in tail)
    while end > obj.i and e.sdoc[end].is_punct:
        end -= 1
    cs = e.span(obj.left_edge.i, end + 1)
    raws.append(Raw(mode="indirect", content=[cs], sent=si, speaker=sp, speaker_kind=kind or "np",
                    cue=(v.idx, v.idx + len(v.text)), channels=_channels(e, v, stok), frame=(min(sp[0], v.idx), v.idx + len(v.text))))


def _as_clause(e: _E, v, si: int, raws: list[Raw]) -> None:
    """'…, as Reuters reported': the main clause is attributed."""
    head = v.head
    if head is v:
        return
    a, b = head.left_edge.i, head.right_edge.i + 1
    va, vb = v.left_edge.i, v.right_edge.i + 1
    if va <= a:
        cs = e.span(vb, b)
    else:
        cs = e.span(a, va)
    sp, kind, stok = _speaker(e, v)
    raws.append(Raw(mode="according_to", content=[cs], sent=si, speaker=sp, speaker_kind=kind or "np",
                    cue=(v.idx, v.idx + len(v.text)), channels=[], frame=e.span(va, vb)))


def _according(e: _E, sent, si: int, raws: list[Raw]) -> None:
    for t in sent:
        low = t.text.lower()
        if low in e.lex.get("according_per_set", ()):
            # ", per the police": 'per' after a comma or opening the sentence, with a source as its
            # object (not "per cent", "per day", "$5 per person")
            if not (t.i == sent.start or e.sdoc[t.i - 1].text == ","):
                continue
            objs = [o for o in t.children if o.dep_ == "pobj"]
            if not objs or objs[0].like_num or objs[0].lemma_.lower() in e.lex.get("per_not_source_set", ()):
                continue
            to = [t]
        elif low != "according":
            continue
        else:
            to = [c for c in t.children if c.text.lower() == "to"]
            nxt = e.sdoc[t.i + 1] if t.i + 1 < len(e.sdoc) else None
            if not to and nxt is not None and nxt.text.lower() == "to":
                to = [nxt]
            if not to:
                continue
            objs = [o for o in to[0].children if o.dep_ == "pobj"]
        if not objs:
            continue
        obj = objs[0]
        sp = e.tspan_nodet(obj)
        # "according to the ministry, which said …": the relative clause is not the source
        right = obj.right_edge.i
        for c in obj.children:
            if c.dep_ in ("relcl", "acl") and c.i > obj.i and c.left_edge.i > obj.i:
                right = min(right, c.left_edge.i - 1)
        right = _before_relative(e, obj.left_edge.i, right)
        while right > obj.i and e.sdoc[right].is_punct:
            right -= 1
        if right < obj.right_edge.i and sp is not None:
            sp = (sp[0], e.sdoc[right].idx + len(e.sdoc[right].text))
        a, b = t.i, max(obj.right_edge.i, to[0].i) + 1
        s0, s1 = sent.start, sent.end
        ls = e.doc.sentence_at(t.idx)
        if ls is not None:   # spaCy may join sentences: keep to lagebild's sentence
            while s0 < t.i and e.sdoc[s0].idx < ls.start:
                s0 += 1
            while s1 > b and e.sdoc[s1 - 1].idx >= ls.end:
                s1 -= 1
        # inside a relative or subordinate clause, only that clause is attributed
        h = t.head
        while h.pos_ not in ("VERB", "AUX") and h.head is not h:
            h = h.head
        if h.dep_ in ("relcl", "advcl") and h.head is not h:
            s0, s1 = h.left_edge.i, h.right_edge.i + 1
        elif h.dep_ == "ccomp" and h.head.i > h.i:
            rel = next((x for x in e.sdoc[h.left_edge.i:h.i] if x.text.lower() in ("whose", "who")), None)
            if rel is not None:   # a relative clause misparsed as the clause of a later 'said'
                s0, s1 = rel.i, h.right_edge.i + 1
        if a <= s0 + 0:
            cs = e.span(b, s1)
        elif b >= s1 - 1 or all(x.is_punct for x in e.sdoc[b:s1]):
            cs = e.span(s0, a)
        else:
            cs = e.span(s0, s1)
        if cs[1] <= cs[0]:
            continue
        hedged = any(c.hedged for c in raws if c.cstart <= cs[0] < c.cend)
        raws.append(Raw(mode="according_to", content=[cs], sent=si, speaker=sp, speaker_kind="np",
                        cue=(t.idx, to[0].idx + len(to[0].text)), channels=[], frame=e.span(a, b), hedged=hedged))


def _hedges(e: _E, sent, si: int, raws: list[Raw]) -> None:
    for t in sent:
        if t.text.lower() in e.lex["hedge_adverbs_set"] and t.pos_ == "ADV" and not e.in_quote(t):
            covering = [r for r in raws if r.cstart <= t.idx < r.cend]
            if covering:
                for r in covering:
                    r.hedged = True
                continue
            raws.append(Raw(mode="indirect", content=[e.span(sent.start, sent.end)], sent=si,
                            cue=(t.idx, t.idx + len(t.text)), hedged=True))


def _candidates(e: _E, sent, si: int) -> list[Candidate]:
    out = []
    root = sent.root
    subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subj and subj[0].tag_ != "PRP" and not e.in_quote(subj[0]):
        s = subj[0]
        sp = e.tspan_nodet(s)
        a0 = next((t.i for t in s.subtree if t.idx >= sp[0]), s.i)
        sp = e.span(a0, _before_relative(e, a0, s.right_edge.i) + 1)
        named = any(t.pos_ == "PROPN" for t in s.subtree)
        out.append(Candidate(sp[0], sp[1], e.text[sp[0]:sp[1]], None, named, si))
    for ent in e.doc.entities:
        if ent.type not in ("PER", "ORG"):
            continue
        for m in ent.mentions:
            if sent.start_char <= m.start < sent.end_char:
                out.append(Candidate(m.start, m.end, m.text, ent.id, ent.type == "PER", si))
    return out


def _sent_index(doc: Doc, offset: int) -> int:
    s = doc.sentence_at(offset)
    return s.i if s else 0


def continuations(doc: Doc, lex: dict, quotes: list[Quote], raws: list[Raw]) -> list[Raw]:
    """Quotations without a frame belong to the last speaker of the paragraph; 'could
    not be verified' hedges the claims just before it."""
    e: _E = doc.extras.pop("claims.e", None)
    out = list(raws)
    text = doc.text
    claimed_sents = {_sent_index(doc, r.cstart) for r in raws} | {_sent_index(doc, r.frame[0]) for r in raws if r.frame}
    for q in quotes:
        if quote_words(doc, q) < 4:
            continue
        if _sent_index(doc, q.start) in claimed_sents:
            continue   # a quotation inside a sentence with its own attribution (a title, a phrase)
        if any(r.cstart <= q.inner_start < r.cend or q.inner_start <= r.cstart < q.inner_end for r in out if r.mode == "direct"):
            continue
        qs_ = _sent_index(doc, q.start)
        para_start = text.rfind("\n", 0, q.start) + 1
        opens_para = text[para_start:q.start].strip() == ""
        prior = [r for r in out if r.speaker_text and (r.frame or (r.cstart, r.cend))[1] <= q.start
                 and ("\n" not in text[r.cend:q.start]
                      # a paragraph that is only a quotation, right after the speaker's sentence
                      or (opens_para and _sent_index(doc, r.cstart) == qs_ - 1
                          and text[q.end:(text.find("\n", q.end) + 1 or len(text) + 1) - 1].strip() in ("", ".")))]
        if not prior:
            continue
        last = max(prior, key=lambda r: r.cend)
        qs = _sent_index(doc, q.start)
        if qs - _sent_index(doc, last.cstart) > 3:
            continue
        out.append(Raw(mode="direct", content=[(q.inner_start, q.inner_end)], sent=qs, speaker=None,
                       channels=list(last.channels), speaker_id=last.speaker_id,
                       speaker_text=last.speaker_text, resolved=True))
    # hedges that look back
    for sent in doc.sentences:
        low = text[sent.start:sent.end].lower()
        if any(p in low for p in lex["hedge_back"]):
            prev = doc.sentences[sent.i - 1].start if sent.i > 0 else sent.start
            for r in out:
                if prev <= r.cstart < sent.end and "\n" not in text[r.cstart:sent.start]:
                    r.hedged = True
    return out
