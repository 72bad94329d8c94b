"""German clause analysis for the events stage: clauses, noun phrases, triggers, arguments.

No parser: STTS tags and HanTa lemmas from the language stage, and the few cues German
offers for grammatical roles: article case forms, position before / after the finite verb
(V2), prepositions, "von"/"durch" agents in passives, separable particles (PTKVZ).
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..doc import Doc, Sentence, Token
from .argcues import arg_cues, is_dateline, people_words, target_preps
from .lexicon import TriggerEntry, cues, things_ok, triggers, word_classes

NP_DET = {"ART", "PDAT", "PIAT", "PIDAT", "PPOSAT", "PWAT", "ADJA", "CARD", "ADJD"}
NP_HEAD = {"NN", "NE", "NNA", "NNI", "FM"}      # NNI: nominalized infinitive ("das Vorgehen")
PRON = {"PPER", "PIS", "PDS", "PRELS"}
FINITE = {"VVFIN", "VAFIN", "VMFIN"}
QUOTES = set("\"„“”‚‘’«»'")
_AGE_NOUN = re.compile(r"\d+-[A-ZÄÖÜ]")     # "den 41-Jährigen": a nominalized adjective
CLAUSE_BREAK = {",", ";", ":", "–", "—", "-"}
COORD = {"und", "sowie", "oder", "&"}


@dataclass
class NP:
    start: int                 # token index (doc.tokens), inclusive
    end: int                   # exclusive, including an attached genitive / von-phrase
    head: int                  # token index of the head noun / pronoun
    core_end: int              # end of the NP without its attachments
    prep: str | None = None    # lemma of the governing preposition
    case: str = "amb"          # nom | acc | dat | gen | obj | amb
    gen: "NP | None" = None    # attached genitive / von-phrase
    pron: bool = False


@dataclass
class Clause:
    a: int                     # first token index
    b: int                     # one past the last
    nps: list[NP] = field(default_factory=list)
    finite: int | None = None
    holes: list[tuple[int, int]] = field(default_factory=list)   # embedded relative clauses [a, b)

    def idx(self) -> list[int]:
        """The clause's token indices without its embedded relative clauses."""
        if not self.holes:
            return list(range(self.a, self.b))
        return [i for i in range(self.a, self.b) if not any(h0 <= i < h1 for h0, h1 in self.holes)]


# -- clauses and noun phrases ----------------------------------------------------------

def clauses(doc: Doc, sent: Sentence) -> list[Clause]:
    out: list[Clause] = []
    a = sent.tok_start
    for i in range(sent.tok_start, sent.tok_end):
        t = doc.tokens[i]
        if t.text in CLAUSE_BREAK and (t.pos.startswith("$") or t.text in ("–", "—")):
            if i > a:
                out.append(Clause(a, i))
            a = i + 1
    if a < sent.tok_end:
        out.append(Clause(a, sent.tok_end))
    # appositions and lists ("Ein Sprecher der Rebellen, Emmanuel Bizimana, wies ... zurück"):
    # a segment without any verb belongs to the clause after it
    # a relative clause after the subject ("Die Behörden, die den Protest geduldet hatten,
    # verhängten ..."): the subject goes on with the clause after it, the relative clause is
    # a clause of its own and a hole in the main clause
    merged: list[Clause] = []
    pending: int | None = None
    holes: list[tuple[int, int]] = []
    for k, c in enumerate(out):
        has_verb = any(doc.tokens[i].pos.startswith("V") for i in range(c.a, c.b))
        # "Brandanschlag auf Unterkunft in Halle – Staatsschutz ermittelt": a headline part
        # before a dash is a phrase of its own, not an apposition of the next clause
        headline = c.b < sent.tok_end and pending is None and (
            doc.tokens[c.b].text in ("–", "—")
            # "Sambia: Bischöfe kritisieren ...": a topic before a colon opening the sentence
            or (doc.tokens[c.b].text == ":" and c.a == sent.tok_start))
        if not has_verb and c is not out[-1] and not headline:
            pending = c.a if pending is None else pending
            continue
        if pending is not None and _relative_start(doc, c) and k + 1 < len(out) \
                and doc.tokens[out[k + 1].a].pos in FINITE:
            merged.append(c)
            holes.append((c.a - 1, c.b + 1))        # with its commas
            continue
        if pending is not None:
            c = Clause(pending, c.b, holes=holes)
            pending, holes = None, []
        merged.append(c)
    out = _rejoin_bracketed(doc, merged)
    for c in out:
        if c.holes:
            pieces, a0 = [], c.a
            for h0, h1 in c.holes:
                pieces.append((a0, h0))
                a0 = h1
            pieces.append((a0, c.b))
            c.nps = [np for p0, p1 in pieces if p1 > p0 for np in noun_phrases(doc, p0, p1)]
        else:
            c.nps = noun_phrases(doc, c.a, c.b)
        for i in c.idx():
            if doc.tokens[i].pos in FINITE:
                c.finite = i
                break
    return out


def _rejoin_bracketed(doc: Doc, cls: list[Clause]) -> list[Clause]:
    """"Die Staatsanwaltschaft hatte für den Angeklagten, einen 41-Jährigen aus Bramsche,
    sieben Jahre Haft gefordert": a clause with only an auxiliary or modal, and after an
    apposition between commas its participle or infinitive without a finite verb, are one
    clause."""
    toks = doc.tokens
    out: list[Clause] = []
    for c in cls:
        if out:
            p = out[-1]
            pv = [toks[i].pos for i in p.idx()]
            cv = [toks[i].pos for i in c.idx()]
            if any(x in ("VAFIN", "VMFIN") for x in pv) and not any(x.startswith("VV") for x in pv) \
                    and not any(x in FINITE for x in cv) and any(x in ("VVPP", "VVINF", "VAINF", "VAPP") for x in cv) \
                    and toks[c.a].pos not in ("KOUS", "KOUI", "PRELS", "PWAV", "KON") \
                    and not any(x in ("KOUS", "KOUI", "PRELS", "PWAV") for x in pv[:1]) \
                    and doc.tokens[p.b].text == "," and not any(toks[i].pos in ("PTKZU", "VVIZU") for i in c.idx()):
                out[-1] = Clause(p.a, c.b, holes=p.holes + c.holes)
                continue
            # "Die Polizei nahm den Direktor, Hugo Acosta, und sieben Wärter fest": after an
            # apposition, the rest of the middle field with the particle of the verb before
            if "VVFIN" in pv and "PTKVZ" not in pv and "PTKVZ" in cv \
                    and not any(x.startswith("V") for x in cv) \
                    and toks[c.a].pos not in ("KOUS", "KOUI", "PRELS", "PWAV") \
                    and doc.tokens[p.b].text == "," \
                    and not any(x in ("KOUS", "KOUI", "PRELS", "PWAV") for x in pv[:1]):
                out[-1] = Clause(p.a, c.b, holes=p.holes + c.holes)
                continue
            # "… aus einer Polizeiwache gezerrt, geschlagen und angezündet worden": coordinated
            # participles after a comma go on with the clause before (its subject, its agent)
            if pv and pv[-1] == "VVPP" and cv and cv[0] == "VVPP" and doc.tokens[p.b].text == "," \
                    and all(x in ("VVPP", "KON", "VAPP", "VAINF", "VAFIN", "ADV", "$.") for x in cv) \
                    and "VVFIN" not in cv:
                out[-1] = Clause(p.a, c.b, holes=p.holes + c.holes)
                continue
            cv_real = [x for x in cv if x not in ("$.", "$,", "$(")]
            if cv_real and cv_real[-1] == "PTKVZ" and not any(x.startswith("V") for x in cv) and len(out) >= 2:
                # "Der Clan wies in einer Erklärung, die …, jede Beteiligung zurück", "wies die
                # Forderung, die Wahl zu wiederholen, zurück": the particle closes the main
                # clause before the embedded clauses, which stay clauses of their own (holes)
                q = next((k for k in range(len(out) - 2, -1, -1)
                          if "VVFIN" in [toks[i].pos for i in out[k].idx()]
                          and "PTKVZ" not in [toks[i].pos for i in out[k].idx()]), None)
                if q is not None and toks[out[q].b].text == "," and toks[out[q + 1].a].pos in (
                        "PRELS", "PRELAT", "APPR", "APPRART", "KOUS", "KOUI", "PWAV", "ART", "PTKZU") \
                        and toks[c.a - 1].text == ",":
                    m = out[q]
                    out[q] = Clause(m.a, c.b, holes=m.holes + [(out[q + 1].a - 1, c.a)] + c.holes)
                    continue
        out.append(c)
    return out


def _relative_start(doc: Doc, c: Clause) -> bool:
    """Does the clause start as a relative clause ("die ...", "in der ...", "dessen ...")?"""
    toks = doc.tokens
    t = toks[c.a]
    if t.pos in ("PRELS", "PRELAT"):
        return True
    if t.pos == "PWAV" and t.text.lower() in ("wonach", "worin", "worüber", "wodurch", "womit", "wobei", "wo"):
        return True     # "Berichte, wonach Beamte einen Mann erschossen hätten, wies er zurück"
    if t.pos == "ART" and t.text.lower() in ("der", "die", "das", "den", "dem", "deren", "dessen") and c.b - c.a >= 3:
        # "Die Arbeiterpartei PT, der Tavares angehört, stellte …": the tagger's article is the
        # relative pronoun when the segment ends in its finite verb
        last = c.b - 1
        while last > c.a and toks[last].pos.startswith("$"):
            last -= 1
        return toks[last].pos in ("VVFIN", "VAFIN", "VMFIN") and not any(
            toks[k].pos in ("VVFIN", "VAFIN", "VMFIN") for k in range(c.a, last))
    return t.pos in ("APPR", "APPRART") and c.a + 1 < c.b and toks[c.a + 1].pos in ("PRELS", "PRELAT")


def _case(tok: Token, cue: dict) -> str:
    w = tok.text.lower()
    if tok.pos in ("PPER", "PRELS", "PDS", "PIS"):
        if w in cue.get("subject_pronouns", ()):
            return "nom" if w not in ("sie", "es") else "amb"
        if w in cue.get("object_pronouns", ()):
            return "obj"
        if w in ("der", "die", "das", "welche", "welcher"):
            return "amb"
        if w in ("den", "dem", "denen", "dessen", "deren"):
            return "obj"
        return "amb"
    if w in cue.get("acc_articles", ()):
        return "acc"
    if w in cue.get("gen_articles", ()):
        return "gen"
    if w in cue.get("dat_articles", ()) and w not in ("der", "einer", "dieser"):
        return "dat"
    return "amb"


_FEMININE_SUFFIXES = ("ung", "heit", "keit", "schaft", "tion", "sion", "gion", "nion", "tät", "ie", "enz", "anz",
                      "erin", "istin", "antin", "entin", "ei")


def _feminine(tok: Token) -> bool:
    """A common noun with a feminine suffix ("Familie", "Regierung", "Polizei", "Ministerin")."""
    lem = (tok.lemma or tok.text).lower()
    return tok.pos == "NN" and len(lem) > 4 and lem.endswith(_FEMININE_SUFFIXES)


def _org_spans(doc: Doc) -> set[tuple[int, int]]:
    """(first, last token index) of every organisation mention."""
    got = doc.extras.get("events.de.orgspans")
    if got is not None and got[0] == len(doc.tokens):
        return got[1]
    out = set()
    for ent in doc.entities:
        if ent.type == "ORG":
            for men in ent.mentions:
                ts = doc.tokens_in(men.start, men.end)
                if ts:
                    out.add((ts[0].i, ts[-1].i))
    doc.extras["events.de.orgspans"] = (len(doc.tokens), out)
    return out


def _mention_spans(doc: Doc) -> dict[int, tuple[int, int]]:
    """Token index -> (first, last token index) of the entity or place mention covering it."""
    got = doc.extras.get("events.de.mentions")
    if got is not None and got[0] == len(doc.tokens):
        return got[1]
    out: dict[int, tuple[int, int]] = {}
    for layer in (doc.places, doc.entities):        # places first: the finer spans
        for it in layer:
            for men in it.mentions:
                ts = doc.tokens_in(men.start, men.end)
                if ts:
                    for t in ts:
                        out.setdefault(t.i, (ts[0].i, ts[-1].i))
    doc.extras["events.de.mentions"] = (len(doc.tokens), out)
    return out


def _time_token_set(doc: Doc) -> set[int]:
    return {t.i for tx in doc.times for t in doc.tokens_in(tx.start, tx.end)} if doc.times else set()


def _named_after(doc: Doc, j: int, b: int) -> int | None:
    """The last token of an organisation's or person's name that starts at token ``j`` with
    a word the tagger did not take for a noun ("Weisser Ring", "Ärzte ohne Grenzen" starts
    with a noun and is handled as one), else None."""
    t = doc.tokens[j]
    if t.pos in NP_HEAD or not t.text[:1].isupper():
        return None
    for ent in doc.entities:
        if ent.type not in ("ORG", "PER"):
            continue
        for men in ent.mentions:
            if men.start == t.start:
                ts = doc.tokens_in(men.start, men.end)
                if ts and ts[-1].i < b and ts[-1].i > j:
                    return ts[-1].i
    return None


def _extended_attribute_end(toks, j: int, b: int) -> int | None:
    """After a determiner, a prepositional phrase that ends in an inflected participle or
    adjective before the noun ("die [in Gewahrsam genommenen] Personen", "der [seit Jahren
    verfolgten] Journalistin"): the index of that attribute, else None."""
    for k in range(j + 1, min(b - 1, j + 6)):
        t = toks[k]
        if t.pos == "ADJA" and toks[k + 1].pos in ("NN", "NE", "NNA"):
            return k
        if t.pos not in ("NN", "NE", "ART", "CARD", "ADJA", "ADJD", "ADV", "APPRART", "PIAT", "PPOSAT"):
            return None
    return None


def _genitive_name(doc: Doc, t) -> bool:
    """A name in the Saxon genitive ("Pakistans", "Acostas Anwalt"), see ``saxon_genitive``."""
    from ..language.de import saxon_genitive

    return saxon_genitive(t, doc.tokens, doc.extras.setdefault("de_genitive_names", {}))


def noun_phrases(doc: Doc, a: int, b: int) -> list[NP]:
    cue = cues("de")
    toks = doc.tokens
    nps: list[NP] = []
    mspan = _mention_spans(doc)
    time_toks = _time_token_set(doc)
    i = a
    while i < b:
        t = toks[i]
        if t.pos in PRON and t.lemma.lower() not in ("sich",):
            nps.append(NP(i, i + 1, i, i + 1, case=_case(t, cue), pron=True))
            i += 1
            continue
        if t.pos == "CARD" and i in time_toks:
            i += 1              # "bis Oktober 2022 mindestens 46 Senioren": the year ends a time phrase
            continue
        if (t.pos in NP_DET or t.pos in NP_HEAD) and t.text not in QUOTES:
            j = i
            head = None
            while j < b:
                tj = toks[j]
                if head is not None and head in mspan and j in mspan and mspan[j] == mspan[head] \
                        and mspan[head][1] >= j and (tj.pos in ("ADJA", "ADJD", "NN", "NE", "CARD")
                                                     or (tj.pos in ("APPR", "ART", "KON") and j < mspan[head][1]
                                                         and mspan[head] in _org_spans(doc))):
                    # (and one with a preposition inside: "Reporter ohne Grenzen", "Ärzte ohne Grenzen")
                    # a name that goes on with an adjective: "der Organisation Amerikanischer Staaten"
                    head = j = mspan[head][1]
                    j += 1
                    continue
                if tj.pos in NP_HEAD and tj.text not in QUOTES:
                    if head is not None and (head in time_toks) != (j in time_toks):
                        break           # "am Wochenende Venezuela": a time phrase ends here
                    if head is not None and tj.pos == "NE" and toks[head].pos in ("NN", "NNA") \
                            and tj.text.endswith("s") and (tj.lemma != tj.text or _genitive_name(doc, tj)) \
                            and not (j + 1 < b and toks[j + 1].pos == "NE" and j + 1 not in time_toks):
                        break           # "die Residenz Tokajews": a genitive, not the head ("Jonas Verhoeven" is a name)
                    if head is not None:
                        ph = toks[head]
                        # "Präsident Tokajew", "Kasachstans Präsident"; not "Militärbündnis Hilfe";
                        # a name the tagger split ("Herbert Kessel/NN"), a named apposition
                        # ("der Provinz Belutschistan/NN")
                        in_name = j in mspan and (mspan[j][0] <= head <= mspan[j][1]
                                                  or (mspan[j][0] == j and ph.pos == "NN"
                                                      and (head not in mspan or mspan[head] == (head, head))))
                        if j in mspan and head in mspan and mspan[j] != mspan[head] and ph.pos == "NE" \
                                and not (_genitive_name(doc, ph) and tj.pos in ("NN", "NNA")):
                            break       # "Teheran Saudi-Arabien": two names, two phrases ("Pakistans
                                        # Außenministerium" is one)
                        if tj.pos == "NE" and ph.pos == "NN" and _role_noun(ph.lemma) and _place_token(doc, tj):
                            break       # "besuchte der Bundespräsident Vietnam": a role, then a place
                        # "Armeesprecher Oberst John Majok Ayuen": a role, a rank, then the name
                        rank = tj.pos == "NN" and ph.pos == "NN" and j + 1 < b and toks[j + 1].pos == "NE" \
                            and _role_noun(ph.lemma) and _role_noun(tj.lemma)
                        if not (tj.pos == "NE" or in_name or (ph.pos == "NE" and _genitive_name(doc, ph))
                                or ph.lemma.lower() in cue.get("quantity_nouns", ()) or rank):
                            break
                    head = j
                    j += 1
                    continue
                if head is None and tj.pos == "ADJA" and (tj.text[:1].isupper() or _AGE_NOUN.match(tj.text)) \
                        and not (j + 1 < b and toks[j + 1].pos in ("NN", "NE", "NNA")) \
                        and not (j + 2 < b and toks[j + 1].pos == "ADJA" and toks[j + 2].pos in ("NN", "NE", "NNA", "ADJA")):
                    head = j            # nominalized adjective: "die Aufständischen", "Bewaffnete"
                    j += 1
                    continue
                if head is None and tj.text.lower() in cue.get("quantifier_preps", ()) and j + 1 < b \
                        and toks[j + 1].pos == "CARD":
                    j += 1              # "über hundert Schüler"
                    continue
                if head is None and (tj.pos in NP_DET or tj.text in QUOTES or tj.text.lower() in ("mehr", "als", "rund", "etwa", "knapp", "fast", "mindestens", "bis", "zu")):
                    # "mehr als 300 Demonstranten", quoted names
                    if tj.text.lower() in ("als", "bis", "zu") and not (j + 1 < b and toks[j + 1].pos == "CARD"):
                        break
                    j += 1
                    continue
                if head is not None and tj.text in QUOTES:
                    j += 1
                    continue
                if head is not None and toks[head].pos == "NN" and head not in mspan:
                    last = _named_after(doc, j, b)
                    if last is not None:
                        # "Der Opferschutzverein Weisser Ring": a name that starts with an
                        # adjective, in apposition to the noun before it
                        head = last
                        j = last + 1
                        continue
                if head is None and j > i and tj.pos in ("APPR", "APPRART"):
                    # an extended attribute: "die elf [in Gewahrsam genommenen] Personen"
                    k = _extended_attribute_end(toks, j, b)
                    if k is not None:
                        j = k
                        continue
                break
            if head is None:
                i = max(j, i + 1)
                continue
            first = i
            while first < head and toks[first].text in QUOTES:
                first += 1
            end = head + 1
            if j < b and toks[j].text == "(":
                # "Rainer Köhnke (SPD)", "die Rapid Support Forces (RSF)": part of the phrase
                close = next((k for k in range(j + 1, min(b, j + 8)) if toks[k].text == ")"), None)
                if close is not None:
                    j = close + 1
            if toks[first].start < 400 and is_dateline(doc.text, toks[first].start, toks[head].end):
                i = j       # "Santiago de Chile (KNA) Im Gefängnis … verweigern …": the dateline is no phrase
                continue
            case = _case(toks[first], cue)
            if case == "amb" and toks[first].text.lower() in ("der", "einer") and _feminine(toks[head]):
                case = "dat"        # "Der Familie droht ...": "der" before a feminine noun is no nominative
            np = NP(first, max(end, j if j > end and toks[j - 1].text == ")" else end), head, end, case=case)
            nps.append(np)
            i = j
            continue
        i += 1
    # governing prepositions
    inner = set(cue.get("np_inner_adverbs", ()))
    for np in nps:
        k = np.start - 1
        while k >= a and (toks[k].text in QUOTES or (toks[k].pos == "ADV" and toks[k].text.lower() in inner)):
            k -= 1              # "in ganz Frankreich"
        if k >= a and toks[k].pos in ("APPR", "APPRART", "APPO") \
                and not (toks[k].pos == "APPO" and k - 1 >= a and toks[k - 1].pos in ("NN", "NE", "PPER")) \
                and not (toks[k].text.lower() in cue.get("quantifier_preps", ()) and toks[np.start].pos == "CARD") \
                and not (toks[k].text.lower() == "von" and k - 1 >= a and toks[k - 1].pos == "CARD"
                         and toks[np.start].pos == "CARD"):
            # ("212 von 260 Servern": a part of a whole, no agent)
            # (a postposition after a noun is that noun's: "Augenzeugen zufolge mehrere tausend
            # Rohingya": the Rohingya are no "zufolge" phrase)
            np.prep = toks[k].lemma.lower() if toks[k].pos == "APPRART" else toks[k].text.lower()
        elif k >= a and toks[k].pos == "KOKOM":
            np.prep = toks[k].text.lower()
        elif np.end < b and toks[np.end].pos == "APPO":
            np.prep = toks[np.end].text.lower()     # a postposition: "Anwohnern zufolge"
    # attach genitives ("der Außenminister der G7") and "von" phrases to the NP before them
    out: list[NP] = []
    for np in nps:
        if out and not np.pron and not out[-1].pron:
            prev = out[-1]
            adjacent = np.start == prev.end and np.prep is None and prev.head not in time_toks
            if adjacent and (np.case == "gen" or toks[np.start].text.lower() in ("der", "des", "eines", "einer", "beider", "aller", "mehrerer", "vieler", "zweier", "dreier",
                                                                                         "seiner", "ihrer", "unserer", "dessen", "deren",
                                                                                         "dutzender", "hunderter", "tausender", "zehntausender", "hunderttausender")
                             or (np.start == np.head and toks[np.start].pos == "NE" and toks[np.start].text.endswith("s")
                                 and (toks[np.start].lemma != toks[np.start].text or _genitive_name(doc, toks[np.start])))
                             # "nach Angaben westlicher Diplomaten": an article-less genitive plural
                             or (prev.prep is not None and toks[prev.head].pos == "NN" and toks[np.start].pos == "ADJA"
                                 and toks[np.start].text.endswith("er") and toks[np.head].pos in ("NN", "NNA")
                                 and toks[np.head].text != toks[np.head].lemma)):
                prev.gen = np
                prev.end = np.end
                continue
        out.append(np)
    return out


def attach_prefield(doc: Doc, c: "Clause", nps: list[NP]) -> list[NP]:
    """German main clauses put one constituent before the finite verb: a locative or "von"
    phrase right after a noun phrase there belongs to that phrase ("Die Polizei in Minsk
    nahm ... fest", "Mit den Behörden in Ecuador tauscht ...")."""
    toks = doc.tokens
    fin = c.finite
    if fin is None or toks[c.a].pos in ("KOUS", "KOUI", "PRELS", "PRELAT", "PWAV", "PWS") \
            or any(toks[i].pos.startswith("V") for i in c.idx() if i < fin):
        return nps
    preps = set(arg_cues("de").get("prefield_attach_preps", ()))
    time_toks = _time_token_set(doc)
    out: list[NP] = []
    for np in nps:
        if out and np.end <= fin and np.prep in preps and not np.pron and not out[-1].pron \
                and np.start == out[-1].end + 1 and toks[out[-1].end].pos in ("APPR", "APPRART") \
                and out[-1].head not in time_toks and np.head not in time_toks:
            gen = np if np.prep == "von" and out[-1].gen is None else out[-1].gen
            out[-1] = dataclasses.replace(out[-1], end=np.end, gen=gen)
            continue
        out.append(np)
    return out


def attach_origin(doc: Doc, nps: list[NP]) -> list[NP]:
    """ "Helfern aus Chile", "Diplomaten aus der EU": an origin phrase right after a phrase
    naming people belongs to it (not for events that move people: "zog ihre Truppen aus X ab")."""
    toks = doc.tokens
    preps = set(arg_cues("de").get("origin_preps", ()))
    out: list[NP] = []
    for np in nps:
        if out and np.prep in preps and not np.pron and not out[-1].pron and np.start == out[-1].end + 1 \
                and toks[out[-1].end].pos in ("APPR", "APPRART") and actor_like(doc, out[-1]) \
                and toks[out[-1].head].pos != "NE" and not _is_place(doc, out[-1]):
            out[-1] = dataclasses.replace(out[-1], end=np.end)
            continue
        out.append(np)
    return out


def attach_von(doc: Doc, nps: list[NP]) -> list[NP]:
    """In active clauses "der Gouverneur von Darfur" is one noun phrase ("vergangene Woche von
    Ägypten" is not)."""
    out: list[NP] = []
    time_toks = _time_token_set(doc)
    for np in nps:
        if out and np.prep == "von" and not out[-1].pron and out[-1].gen is None \
                and np.start == out[-1].end + 1 and doc.tokens[out[-1].head].pos in NP_HEAD \
                and out[-1].head not in time_toks:
            out[-1].gen = np
            out[-1].end = np.end
            continue
        out.append(np)
    return out


# -- triggers ----------------------------------------------------------------------------

@dataclass
class Match:
    head: int
    toks: tuple[int, ...]
    entry: TriggerEntry
    clause: Clause


def _requires_ok(entry: TriggerEntry, lemmas: list[str]) -> bool:
    if not entry.requires:
        return True
    if any(r.startswith("!") and r[1:] in lemmas for r in entry.requires):
        return False        # "!für": "stimmten für Sanktionen gegen Russland" is no vote against
    # "gemeinsam+@armed": every part must occur ("Soldaten übten gemeinsam", not a football team)
    positive = [r for r in entry.requires if not r.startswith("!")]
    return not positive or any(all(_one_required(entry, part, lemmas) for part in r.split("+"))
                               for r in positive)


def _one_required(entry: TriggerEntry, r: str, lemmas: list[str]) -> bool:
    for lem in lemmas:
        if lem == entry.lemma:
            continue        # the trigger is no object of itself ("eintreffen" ends in "treffen")
        if lem == r or (len(r) >= 4 and len(lem) > len(r) and lem.endswith(r)
                        and not any(lem.endswith(x) and x.endswith(r) and len(x) > len(r)
                                    for x in cues("de").get("derivational_suffixes", ()))):
            # "Untersuchungshaft" is a kind of "Haft", "Botschaft" is not
            return True
    return False


def choose(entries: list[TriggerEntry], lemmas: list[str]) -> TriggerEntry | None:
    ok = [e for e in entries if _requires_ok(e, lemmas)]
    if not ok:
        return None
    # an entry with required words is more specific; "!word" exclusions do not make one
    spec = [e for e in ok if any(not r.startswith("!") for r in e.requires)]
    return (spec or ok)[0]


def _must_content(doc: Doc, c: Clause) -> bool:
    """The clause says that another party must act: a modal of obligation whose subject is no
    personal pronoun ("..., die Regierung müsse ...", "..., Israel solle ..."); for "requires"
    "@must" of the verb of saying before it (triggers.tsv)."""
    obl = cues("de").get("obligation_modals", ())
    toks = doc.tokens
    for i in c.idx():
        t = toks[i]
        if t.pos == "VMFIN" and t.lemma.lower() in obl:
            return not any(toks[k].pos == "PPER" for k in range(c.a, min(c.b, i + 2)))
    return False


_MULTI: dict[int, tuple] = {}


def lex_multi_words(lex) -> list[tuple]:
    """The multiword entries with their words, split once."""
    got = _MULTI.get(id(lex))
    if got is None or got[0] is not lex:
        words = [(e, e.words) for e in lex.multi]
        index: dict[str, list[int]] = {}
        for ei, (_e, ws) in enumerate(words):
            index.setdefault(ws[0], []).append(ei)
        got = _MULTI[id(lex)] = (lex, words, {w: tuple(v) for w, v in index.items()})
    return got[1]


def _multi_by_first_word(lex) -> dict[str, tuple[int, ...]]:
    lex_multi_words(lex)
    return _MULTI[id(lex)][2]


_VERIFY_VERBS = {"überprüfen", "prüfen", "verifizieren", "bestätigen", "nachprüfen"}


def find_triggers(doc: Doc, sent: Sentence, cls: list[Clause]) -> list[Match]:
    lex = triggers("de")
    if lex is None:
        return []
    toks = doc.tokens
    out: list[Match] = []
    for ci, c in enumerate(cls):
        cidx = c.idx()
        lemmas = [toks[i].lemma.lower() for i in cidx]
        # the lemmatizer sometimes writes the old spelling ("Untersuchungsausschuß")
        lemmas += [lem.replace("ß", "ss") for lem in lemmas if "ß" in lem]
        if ci + 1 < len(cls) and _must_content(doc, cls[ci + 1]):
            lemmas.append("@must")      # "sagte, die Regierung müsse die Gefangenen freilassen"
        if any(toks[i].pos in ("NN", "NE") and "armed" in word_classes("de", toks[i].lemma.lower()) for i in cidx):
            lemmas.append("@armed")     # soldiers, troops, militias in the clause
        if any(toks[i].pos == "VVPP" for i in cidx) and any(
                toks[i].pos.startswith("VA") and toks[i].lemma.lower() == "werden" or toks[i].text.lower() == "worden"
                for i in cidx):
            lemmas.append("@passive")   # "sollten erneut Zivilisten getroffen werden": hit, not met
        if ci + 1 < len(cls) and any(toks[i].pos in ("PTKZU", "VVIZU") for i in cls[ci + 1].idx()):
            lemmas.append("@zuinf")     # "legte Israel nahe, die Offensive zu verschieben"
        particles = [toks[i] for i in cidx if toks[i].pos == "PTKVZ"]
        # separable verbs count joined for "requires" ("sagte ... Hilfe zu" -> zusagen)
        lemmas += [p.lemma.lower() + toks[i].lemma.lower() for p in particles
                   for i in range(c.a, p.i) if toks[i].pos in ("VVFIN", "VVIMP")]
        used: set[int] = set()
        # multiword entries: consecutive lemmas, tried only where their first word occurs
        # (the same matches, in the same order, as trying every entry at every position)
        first = _multi_by_first_word(lex)
        hits = sorted({(ei, i) for i in range(c.a, c.b) for ei in first.get(toks[i].lemma.lower(), ())})
        for ei, i in hits:
            e, words = lex_multi_words(lex)[ei]
            n = len(words)
            if i + n <= c.b and all(toks[i + k].lemma.lower() == words[k] for k in range(n)) \
                    and _requires_ok(e, lemmas):
                out.append(Match(i + n - 1, tuple(range(i, i + n)), e, c))
                used.update(range(i, i + n))
        for i in cidx:
            if i in used:
                continue
            t = toks[i]
            lem = t.lemma.lower()
            if lem in _VERIFY_VERBS and "sich" in lemmas and any(
                    toks[k].lemma.lower() == "lassen" and toks[k].finite for k in cidx):
                continue    # "Die Angaben ließen sich nicht überprüfen": a caveat, no inquiry
            irregular = cues("de").get("irregular_verbs", {})
            if c.finite is None and t.pos in ("ADJA", "ADJD") and (lem.endswith("t") or t.text.lower() in irregular) \
                    and t.text[:1].islower() and not any(toks[k].pos == "PTKZU" for k in cidx) \
                    and (not (i + 1 < c.b and toks[i + 1].pos in ("NN", "NE", "NNA", "ADJA"))
                         or (i > c.a and toks[i - 1].pos in ("NN", "NE", "NNA") and t.text.endswith(("te", "ten")))):
                # a clause without a finite verb: the tagger took the past tense for a
                # participle adjective ("Bewaffnete entführten in der Nacht ...")
                stem = lem[:-1]
                for guess in (irregular.get(lem) or irregular.get(t.text.lower()), lem[:-1] + "en", lem[:-2] + "en",   # entsandt, entführt, verhaftet
                              stem + "n" if stem.endswith(("er", "el")) else None):    # beordert
                    if not guess:
                        continue
                    e = choose(lex.lookup(guess, "verb"), lemmas)
                    if e is not None:
                        out.append(Match(i, (i,), e, c))
                        break
                continue
            if t.pos.startswith("VV"):
                if t.pos == "VVPP" and c.finite is not None and toks[c.finite].lemma.lower() == "bleiben":
                    continue    # "Der Flughafen blieb geöffnet", "Die Schulen bleiben geschlossen": a state
                keys = []
                if t.pos == "VVFIN" or t.pos == "VVIMP":
                    # the particle of this verb, not of a later coordinated one ("räumte den
                    # Bahnhof und sperrte die Straßen ab": "ab" is "sperrte"'s)
                    after = [p for p in particles if p.i > i
                             and not any(toks[k].pos in ("VVFIN", "VVIMP") for k in range(i + 1, p.i))]
                    if after:
                        p0 = after[0]
                        if p0.i > i + 1 and toks[p0.i - 1].text.lower() == "wieder":
                            # "stellte das Netz wieder her" -> wiederherstellen
                            keys.append("wieder" + p0.lemma.lower() + lem)
                        keys.append(p0.lemma.lower() + lem)
                    else:
                        # a particle the tagger read as an adverb at the clause end ("stellte ... sicher")
                        last = max((k for k in cidx if toks[k].pos not in ("$.", "$,", "$(")), default=i)
                        if last > i + 1 and toks[last].pos in ("ADJD", "ADV") \
                                and lex.lookup(toks[last].lemma.lower() + lem, "verb"):
                            keys.append(toks[last].lemma.lower() + lem)
                        keys.append(lem)
                else:
                    keys.append(lem)
                if t.pos == "VVFIN" and lem == t.text.lower() and not any(lex.lookup(k, "verb") for k in keys):
                    # a past tense the lemmatizer does not know ("umzingelten"): its regular stem
                    for suf in ("ten", "te"):
                        if lem.endswith(suf) and len(lem) > len(suf) + 3:
                            stem = lem[:-len(suf)]
                            keys += [stem + "n", stem + "en"]
                            break
                for key in keys:
                    e = choose(lex.lookup(key, "verb"), lemmas)
                    if e is not None:
                        span = (i,)
                        out.append(Match(i, span, e, c))
                        break
            elif t.pos == "NN" or (t.pos == "NE" and "-" not in t.text and not _mentioned(doc, t.start, t.end)):
                # the tagger takes a sentence-initial compound for a name ("Hilfskonvois der UN ...")
                entries, suf = lex.lookup_noun(lem, compounds=True)
                if not entries and "ß" in lem:
                    entries, suf = lex.lookup_noun(lem.replace("ß", "ss"), compounds=True)
                if not entries and t.text.lower() != lem:
                    # a lemma the lemmatizer made up for an unknown word ("DDoS-Attacke" ->
                    # "ddos-attack"): the written form, and a hyphenated compound's last part
                    form = t.text.lower()
                    for cand in (form, form.rsplit("-", 1)[-1] if "-" in form else None):
                        if cand and not entries and len(cand) > 3:
                            entries, suf = lex.lookup_noun(cand, compounds=True)
                if suf is not None and suf != lem and suf in cues("de").get("no_compound_heads", ()):
                    entries = []
                if not entries:
                    # "Mobilisierungswelle", "Sanktionspaket": a wave or package of the events its
                    # first part names
                    for head in cues("de").get("series_heads", ()):
                        if lem.endswith(head) and len(lem) > len(head) + 3:
                            first = lem[:-len(head)]
                            for stem in (first, first[:-1] if first.endswith("s") else None):
                                if stem and not entries:
                                    entries, suf = lex.lookup_noun(stem, compounds=True)
                e = choose(entries, lemmas)
                if e is not None:
                    out.append(Match(i, (i,), e, c))
    return out


# -- arguments ---------------------------------------------------------------------------

def _coord(doc: Doc, i: int) -> bool:
    """Is token i a coordinating word: "und", "sowie", "oder"; "noch" after "weder"."""
    t = doc.tokens[i]
    w = t.text.lower()
    if w in COORD:
        return True
    if w == "noch":
        s = doc.sentences[t.sent] if 0 <= t.sent < len(doc.sentences) else None
        lo = s.tok_start if s is not None else max(0, i - 12)
        return any(doc.tokens[k].text.lower() == "weder" for k in range(max(lo, i - 12), i))
    return False


def _list_comma(doc: Doc, nps: list[NP], k: int) -> bool:
    """Is the comma before nps[k] a list comma ("Polen, Litauen und Lettland"): the phrases
    after it go on, comma by comma, to a coordinating word and one more phrase?"""
    toks = doc.tokens
    j = k
    while j + 1 < len(nps) and nps[j + 1].prep is None and nps[j].end + 1 == nps[j + 1].start:
        sep = toks[nps[j].end]
        if _coord(doc, nps[j].end):
            return True
        if sep.text != ",":
            return False
        j += 1
    return False


def appositions(doc: Doc, nps: list[NP]) -> set[int]:
    """Ids of appositions set off by commas right after a noun phrase ("Der Innenminister,
    Herbert Kessel, trat zurück"): not arguments of their own (lists are not appositions)."""
    toks = doc.tokens
    out: set[int] = set()
    for k in range(1, len(nps)):
        np, prev = nps[k], nps[k - 1]
        if np.prep is not None or np.pron or np.start != prev.end + 1 or toks[prev.end].text != ",":
            continue
        if np.end < len(toks) and toks[np.end].text == "," and not _list_comma(doc, nps, k) \
                and not _list_comma(doc, nps, k - 1):
            out.add(id(np))
    return out


def coordinated(doc: Doc, nps: list[NP]) -> bool:
    """Are the phrases one coordination ("X und Y", "X, Y und Z")?"""
    return any(g == list(nps) or (len(g) == len(nps) and all(a is b for a, b in zip(g, nps)))
               for g in groups(doc, list(nps)))


def groups(doc: Doc, nps: list[NP]) -> list[list[NP]]:
    """Coordinated noun phrases ("Israel und die Hamas", "Polen, Litauen und Lettland",
    "weder die Regierung noch die Rebellen") form one group."""
    out: list[list[NP]] = []
    toks = doc.tokens
    for k, np in enumerate(nps):
        if out and np.prep is None and out[-1][-1].end + 1 == np.start \
                and (_coord(doc, np.start - 1)
                     or (toks[np.start - 1].text == "," and out[-1][-1] is nps[k - 1] and _list_comma(doc, nps, k))):
            out[-1].append(np)
        else:
            out.append([np])
    # "zwischen Armee und Islamisten": second member without its own preposition
    merged: list[list[NP]] = []
    for g in out:
        if merged and g[0].prep is None and merged[-1][-1].end + 1 == g[0].start \
                and _coord(doc, g[0].start - 1) and merged[-1][0].prep is not None:
            merged[-1].extend(g)
        else:
            merged.append(g)
    return merged


def is_passive(doc: Doc, c: Clause, head: int) -> bool:
    t = doc.tokens[head]
    if t.pos != "VVPP":
        return False
    sein = False
    for i in c.idx():
        u = doc.tokens[i]
        if u.pos.startswith("VA") and u.lemma.lower() == "werden":
            return True
        if u.text.lower() == "worden":
            return True
        sein = sein or (u.pos == "VAFIN" and u.lemma.lower() == "sein")
    if not sein:
        return False
    # "sein" + participle: the state passive ("Der Vertrag ist von allen Staaten ratifiziert",
    # "Die Beziehungen sind abgebrochen"), not the perfect of an intransitive verb ("ist
    # zurückgetreten"): an agent phrase naming an actor, or a subject that names none
    fin = c.finite if c.finite is not None else c.a
    for np in c.nps:
        if np.prep in cues("de").get("passive_agent_preps", ()) and np.start > fin and not np.pron \
                and actor_like(doc, np) and not _is_place(doc, np) and not _locative_von(doc, np) \
                and not (np.start >= 2 and doc.tokens[np.start - 2].pos in ("NN", "NE")
                         and doc.tokens[np.start - 1].text.lower() == "von"):
            # (not "aus dem Gefängnis von X ... geflohen": a "von" right after a noun is its attribute)
            return True
    subj = [np for np in c.nps if np.prep is None and np.case in ("nom", "amb") and not np.pron]
    if not subj or subj[0].start >= fin or _excluded_word(doc, subj[0]):
        return False
    s0 = subj[0]
    # "Der Grenzübergang Medininkai ist gesperrt": a common noun before the name says what it is
    kind = next((k for k in range(s0.start, s0.head) if doc.tokens[k].pos == "NN"), None)
    if kind is not None and doc.tokens[s0.head].pos == "NE":
        return not actor_like(doc, dataclasses.replace(s0, head=kind))
    return not actor_like(doc, s0)


_DIRECTION_WORDS = ("westlich", "östlich", "nördlich", "südlich", "unweit", "abseits", "oberhalb", "unterhalb",
                    "jenseits", "diesseits", "kilometer", "km", "meter", "nordwestlich", "nordöstlich",
                    "südwestlich", "südöstlich")


def _town(doc: Doc, np: NP) -> bool:
    """Does the phrase's head name a place below the level of a state (a town, a district)?"""
    head = doc.tokens[np.head]
    return any(men.start < head.end and men.end > head.start and p.feature not in ("country", "admin1")
               for p in doc.places for men in p.mentions)


def _pp_attribute(doc: Doc, np: NP, nps: list[NP]) -> bool:
    """ "nach Angaben von Augenzeugen": a "von" right after the source noun of another
    prepositional phrase names the source, no agent (but "am Freitag von der Polizei
    festgenommen", "auf dem Rollfeld von Gendarmen abgeführt" do)."""
    if np.prep != "von" or np.start < 2 or doc.tokens[np.start - 1].text.lower() != "von":
        return False
    k = np.start - 2
    if doc.tokens[k].pos not in ("NN", "NE") or doc.tokens[k].text.lower() not in cues("de").get("source_words", ()):
        return False
    return any(o is not np and o.prep is not None and o.prep not in ("von", "durch") and o.start <= k < o.end
               for o in nps)


def _locative_von(doc: Doc, np: NP) -> bool:
    """ "20 Kilometer westlich von El-Arisch": a "von" after a direction or distance is a place."""
    k = np.start - 1
    if np.prep != "von" or k < 1:
        return False
    if doc.tokens[np.head].lemma.lower() in ("dienst", "amt", "posten", "unterricht", "arbeit"):
        return True     # "vom Dienst suspendiert": what someone is taken from, no agent
    prev = doc.tokens[k - 1]
    if prev.pos == "NN" and not any(tx.start <= prev.start < tx.end for tx in doc.times):
        # "am Flughafen von Lomé": a town named after a noun, no agent (a country is a party:
        # "am Mittwoch von Kasachstan unterzeichnet")
        if _town(doc, np):
            return True
    return doc.tokens[k - 1].text.lower() in _DIRECTION_WORDS


def _is_place(doc: Doc, np: NP) -> bool:
    return _place_token(doc, doc.tokens[np.head])


def _excluded_word(doc: Doc, np: NP) -> bool:
    lem = doc.tokens[np.head].lemma.lower()
    return lem in cues("de").get("not_arguments", ())


@dataclass
class RawArgs:
    actors: list[NP] = field(default_factory=list)
    targets: list[NP] = field(default_factory=list)
    passive: bool = False
    in_pp: bool = False
    appositions: list[tuple[int, int]] = field(default_factory=list)   # token ranges [a, b)
    impending: bool = False    # "ihr droht die Abschiebung": a danger, no threat by anyone


def es_subject(doc: Doc, sent: Sentence) -> bool:
    """A sentence-initial "Es" that is the subject of its clause ("Es kritisierte, die
    Flüchtlinge seien nicht befragt worden"): no other nominative phrase in the clause, which
    an expletive "es" announces ("Es demonstrierten Tausende")."""
    toks = doc.tokens
    if toks[sent.tok_start].text != "Es":
        return False
    cls = clauses(doc, sent)
    first = next((c for c in cls if c.a <= sent.tok_start < c.b), None) if cls else None
    if first is None:
        return False
    others = [np for np in first.nps if np.prep is None and not np.pron and np.case in ("nom", "amb")]
    if not others:
        return True
    # "Das Departement ... verurteilte die Tat. Es rief Schweizer Staatsbürger auf, ...": after a
    # sentence whose subject is a neuter party ("Das Ministerium", "Das Gericht"), an "Es" before
    # a singular full verb is that party; the phrase after the verb is its object
    fin = first.finite
    if fin is None or sent.i == 0 or any(np.case == "nom" for np in others):
        return False
    v = toks[fin]
    if not v.pos.startswith("VV") or v.text.lower().endswith(("en", "ern", "eln")) \
            or v.lemma.lower() in cues("de").get("expletive_es_verbs", ()):
        return False
    prev = doc.sentences[sent.i - 1]
    if toks[prev.tok_start].text != "Das":
        return False
    pcls = clauses(doc, prev)
    pfirst = next((c for c in pcls if c.a <= prev.tok_start < c.b), None) if pcls else None
    if pfirst is None or pfirst.finite is None or not pfirst.nps:
        return False
    subj = pfirst.nps[0]
    return subj.start == prev.tok_start and subj.end <= pfirst.finite and actor_like(doc, subj)


def _excluded(doc: Doc, np: NP, m: Match, skip_heads: set[int]) -> bool:
    cue = cues("de")
    head = doc.tokens[np.head]
    lem = head.lemma.lower()
    if np.head in skip_heads or any(np.start <= k < np.end for k in m.toks):
        return True
    if np.pron and head.text == "Es" and np.start == doc.sentences[head.sent].tok_start \
            and es_subject(doc, doc.sentences[head.sent]):
        return False        # "Es kritisierte, ...": a subject pronoun (see es_subject)
    if lem in cue.get("not_arguments", ()) or head.text.lower() in cue.get("not_arguments", ()):
        return True
    return False


def _required_thing(doc: Doc, np: NP, m: Match) -> bool:
    """The object the trigger needs ("verhängte den Ausnahmezustand") is no target."""
    lem = doc.tokens[np.head].lemma.lower()
    if np.prep in ("auf", "gegen"):
        return False        # "Brandanschlag auf eine Unterkunft": the required word is the target
    if m.entry.type == "ASSAULT" and np.prep is None and np.case in ("acc", "amb") and m.entry.mode == "attack" \
            and not _instrument(doc, np):
        return False        # "haben das Wahlkampfbüro in Brand gesteckt": the building attacked is the target
    req = list(m.entry.required_words)
    return bool(req) and any(lem == r or (len(r) >= 4 and lem.endswith(r)) for r in req) \
        and (not actor_like(doc, np) or m.entry.type in arg_cues("de").get("required_means_types", ())
             and m.entry.lemma in arg_cues("de").get("required_means_lemmas", ()))


def actor_like(doc: Doc, np: NP) -> bool:
    """Does the phrase name people, a group, an organisation or a state?"""
    h = doc.tokens[np.head]
    if np.pron or h.pos == "NE":
        return True
    s, e = h.start, h.end
    for ent in doc.entities:
        for men in ent.mentions:
            if men.start < e and men.end > s:
                return True
    lem = h.lemma.lower()
    words = people_words("de")
    for form in (lem, lem[:-2] if lem.endswith("in") and len(lem) > 6 else None):
        # "Demonstrantin", "Ministerin": the feminine form of a word for people
        if form and (form in words or any(len(w) >= 4 and form.endswith(w) for w in words)):
            return True
    if h.pos in ("ADJA", "NNA"):
        return True
    if h.pos == "NN" and _role_noun(h.lemma):
        return True             # the entity stage's role nouns: "des geflohenen Politikers"
    sufs = cues("de").get("actor_suffixes", ())
    # the lemma or the written form: "Sicherheitskräfte" (lemma "Sicherheitskraft")
    return any(lem.endswith(suf) or h.text.lower().endswith(suf) for suf in sufs)


def _place_token(doc: Doc, tok: Token) -> bool:
    """Is the token (part of) a mention of a place the places stage resolved?"""
    return any(men.start < tok.end and men.end > tok.start for p in doc.places for men in p.mentions)


@lru_cache(maxsize=8192)
def _role_noun(word: str) -> bool:
    """A German role noun of the entity stage's lexicon (``entities/data/de/roles.txt``:
    offices, functions, professions, compounds by their last part). Callers pass the
    lemma: the written form "Flugzeuge" would end in the role "Zeuge"."""
    from ..entities.lexicon import de_role

    return de_role(word) is not None


def _instrument(doc: Doc, np: NP) -> bool:
    """ "durch Pfefferspray verletzt", "durch Glassplitter": the means, not the doer
    (``instrument_nouns`` of arguments.json, matched as the last part of a compound)."""
    lem = doc.tokens[np.head].lemma.lower()
    return any(lem.endswith(w) for w in arg_cues("de").get("instrument_nouns", ()))


def _nomish(np: NP) -> bool:
    return np.case in ("nom", "amb")


def _targets_by_prep(doc: Doc, m: Match, nps: list[NP], after: int | None = None) -> list[list[NP]]:
    cue = cues("de")
    tp = target_preps("de", cue.get("target_preps", {}))
    out = []
    for g in groups(doc, nps):
        p = g[0].prep
        if not p or p not in tp:
            continue
        allowed = tp[p]
        if p == "mit" and m.entry.type == "ASSAULT" and not actor_like(doc, g[0]):
            continue        # "schossen mit scharfer Munition auf ...": the instrument, no party
        if p == "nach" and (not actor_like(doc, g[0]) or _is_place(doc, g[0])):
            continue        # "fahndet nach zwei Verdächtigen", not "nach dem Anschlag", not "Ermittler nach Kabul"
        if "*" in allowed or m.entry.type in allowed or f"{m.entry.type}:{m.entry.mode}" in allowed:
            if after is None or g[0].start >= after:
                out.append(g)
    return out


def arguments(doc: Doc, m: Match, cls: list[Clause], trigger_heads: set[int], time_toks: set[int]) -> RawArgs:
    toks = doc.tokens
    c = m.clause
    cue = cues("de")
    passive = is_passive(doc, c, m.head) or _elliptic_passive(doc, c, cls, m.head)
    sent_end = doc.sentences[toks[m.head].sent].tok_end
    if not passive and m.entry.pos == "verb" and toks[m.head].pos == "VVPP" and c.finite is None \
            and c in cls and (cls.index(c) == 0 or (c.a > 0 and toks[c.a - 1].text == ":" and not any(
                toks[i].pos.startswith("V") for cc in cls[:cls.index(c)] for i in cc.idx()))
                # "Meuterei niedergeschlagen – Offiziere festgenommen": a second headline part
                # (not "– Staatsschutz ermittelt": a present tense spelt like the participle)
                or (c.a > 0 and toks[c.a - 1].text in ("–", "—", "-") and not any(
                    toks[i].pos in ("VAFIN", "VMFIN", "VVFIN") for cc in cls[:cls.index(c)] for i in cc.idx())
                    and toks[m.head].lemma.lower() not in cue.get("headline_active_verbs", ()))) \
            and toks[sent_end - 1].text not in (".", "!", "?", ":", "“", "\"") \
            and not any(toks[i].pos in ("VAFIN", "VMFIN", "VVFIN") for i in range(c.a, c.b)) \
            and not any(np.start > m.head and np.prep is None and not np.pron for np in c.nps):
        # a headline (no full stop) without its auxiliary: "Radiojournalist in Kolumbien erschossen"
        # (not "Marine beschlagnahmt Frachter mit Waffen": a present tense with its object after it)
        passive = True
    nps = attach_prefield(doc, c, list(c.nps))
    if m.entry.type not in arg_cues("de").get("own_object_types", ()):
        nps = attach_origin(doc, nps)
    nps = nps if passive else attach_von(doc, nps)
    nps = [np for np in nps if not is_dateline(doc.text, toks[np.start].start, toks[np.end - 1].end)]
    if toks[m.head].pos in ("VVPP", "VVINF", "VVIZU") and m.head + 1 < c.b and toks[m.head + 1].pos == "KON":
        # "hat fünf Diplomaten ausgewiesen und den Güterverkehr zu Belarus gestoppt": the phrases
        # after a clause-final verb and "und" are the next conjunct's
        nps = [np for np in nps if np.start < m.head]
    appos = appositions(doc, nps)
    appos_spans = [(np.start, np.end) for np in nps if id(np) in appos]
    nps = [np for np in nps if id(np) not in appos]
    if m.entry.pos == "verb" and toks[m.head].pos in ("ADJA", "ADJD"):
        # a past tense the tagger took for an adjective ("Kampfflugzeuge bombardierten Ziele"):
        # the noun phrase it opened starts after it
        nps = [dataclasses.replace(np, start=m.head + 1) if np.start <= m.head < np.head else np for np in nps]
    skip = set(time_toks)

    # "zwischen Syrien und den Palästinensern": the second member belongs to the preposition
    in_pp = {id(n) for g in groups(doc, nps) if g[0].prep is not None for n in g}

    def free(np: NP) -> bool:
        return np.prep is None and id(np) not in in_pp and not _excluded(doc, np, m, skip) and np.case != "gen"

    out = RawArgs(passive=passive, appositions=appos_spans)
    trig_np = None
    if m.entry.pos == "noun":
        for np in nps:
            if np.start <= m.head < np.core_end:
                trig_np = np
                break
    out.in_pp = trig_np is not None and trig_np.prep is not None
    fgroups = [g for g in groups(doc, [n for n in nps if free(n) or n is trig_np])]

    def subject_of(gs: list[list[NP]], invert: bool = False) -> list[NP] | None:
        fin = c.finite
        cand = [g for g in gs if _nomish(g[0]) and g[0].case != "obj"]
        if not cand:
            return None
        if fin is not None:
            before = [g for g in cand if g[-1].end <= fin]
            if before and doc.tokens[c.a].pos not in ("KOUS", "PRELS", "PWAV", "KOUI"):
                if _required_thing(doc, before[0][0], m) and not actor_like(doc, before[0][0]):
                    # "Scharfe Munition habe die Polizei nicht eingesetzt": the object the
                    # trigger needs stands first; the doer follows the finite verb
                    after = [g for g in cand if g[0].start > fin and actor_like(doc, g[0])]
                    if after:
                        return after[0]
                if invert:
                    inv = _inverted_subject(doc, c, before[0], cand)
                    if inv:
                        return inv
                return before[0]
            after = [g for g in cand if g[0].start > fin]
            if after:
                return after[0]
        return cand[0]

    if m.entry.pos == "verb":
        if passive:
            subj = subject_of(fgroups)
            if subj and _required_thing(doc, subj[0], m):
                # "Steine wurden auf die Beamten geworfen": the thing thrown is no party
                preps = _targets_by_prep(doc, m, nps)
                subj = preps[0] if preps else None
            if subj and not things_ok(m.entry) and not actor_like(doc, subj[0]):
                # "Der Tod des Journalisten wird untersucht", "Die Beziehungen zu Nicaragua
                # sind abgebrochen", "Die Militärhilfe für Guatemala wurde eingefroren"
                subj = _actor_part(doc, subj) or _attached_actor_pp(doc, subj, nps) or subj
                if not actor_like(doc, subj[0]):
                    # "Medikamente wurden an die Bewohner verteilt": the goods are no party,
                    # the recipient is
                    preps = [g for g in _targets_by_prep(doc, m, nps) if actor_like(doc, g[0])]
                    subj = preps[0] if preps else subj
            if subj:
                out.targets = subj
            else:
                preps = _targets_by_prep(doc, m, nps)
                if preps:
                    out.targets = preps[0]
            agents = [g for g in groups(doc, nps) if g[0].prep in cue.get("passive_agent_preps", ())
                      and not _excluded(doc, g[0], m, skip) and not _instrument(doc, g[0])
                      and not _locative_von(doc, g[0]) and not _pp_attribute(doc, g[0], nps)]
            if agents:
                out.actors = agents[0]
        else:
            if doc.tokens[m.head].pos == "VVIZU" or _zu_inf(doc, m.head):
                subj = _previous_subject(doc, m, cls)     # zu-infinitive: no subject of its own
            elif _elliptic(doc, c, cls, m.head):
                # "hatte der Mann die Filiale betreten, drei Angestellte bedroht und Bargeld
                # verlangt": the participles share the auxiliary and subject of the clause before
                subj = _previous_subject(doc, m, cls)
                # its objects stand after the participle before it ("... bedroht und Bargeld verlangt")
                last_verb = max((i for i in range(c.a, m.head) if toks[i].pos in ("VVPP", "VVINF")), default=c.a - 1)
                fgroups = [g for g in fgroups if g[0].start > last_verb]
            else:
                subj = subject_of(fgroups, invert=m.entry.type in arg_cues("de").get("inverted_subject_types", ()))
                if subj and not actor_like(doc, subj[0]) and c.finite == c.a and c in cls and cls.index(c) > 0 \
                        and c.a > 0 and toks[c.a - 1].text == ",":
                    # "Die Opposition begrüßte die Freilassung, warf dem Regime aber „Geiselhandel“
                    # vor": a predicate after a comma that opens with its finite verb and has no
                    # party to be its subject shares the subject of the main clause before it
                    prev = cls[cls.index(c) - 1]
                    if prev.finite is not None and toks[prev.a].pos not in ("KOUS", "PRELS", "PWAV", "KOUI"):
                        shared = _first_subject(doc, prev)
                        if shared and actor_like(doc, shared[0]):
                            subj = shared
            if m.entry.type == "THREATEN" and m.entry.lemma in cue.get("impending_verbs", ()) and impending(doc, c):
                out.impending = True
            # "haben einen Geldtransporter überfallen und einen Wachmann verletzt": the objects
            # of a participle coordinated after another one stand after that one
            prev_v = max((i for i in c.idx() if i < m.head and toks[i].pos in ("VVPP", "VVINF")), default=None)
            if prev_v is not None and any(toks[i].pos == "KON" for i in range(prev_v + 1, m.head)) \
                    and toks[m.head].pos in ("VVPP", "VVINF"):
                fgroups = [g for g in fgroups if g[0].start > prev_v or (subj is not None and g is subj)]
            instr = None
            if subj and things_ok(m.entry) and _instrument(doc, subj[0]):
                # "Schüsse aus einem Auto trafen einen Mann": the means, not the doer (nor the
                # one hit); "Die Schüsse von Soldaten töteten ...": whose means they were is
                instr, subj = subj, None
                owner = [np for np in c.nps if np.prep == "von" and not np.pron
                         and instr[0].start < np.start < instr[0].end and actor_like(doc, np)]
                if owner:
                    out.actors = owner[:1]
            if subj:
                out.actors = subj
            if subj and m.entry.lemma in cue.get("patient_subject_verbs", ()):
                out.actors, out.targets = [], subj      # "kam ein Soldat frei": the one released
                subj = None
            objs = [g for g in fgroups if g is not subj and g is not instr and (subj is None or g[0].start != subj[0].start)
                    and g[0].case != "nom" and not (subj and g[0].start < subj[0].start and g[0].case == "amb"
                                                    and doc.tokens[c.a].pos not in ("KOUS",) and c.a <= subj[0].start < c.b)]
            # "lehnte den Antrag der Veranstalter ab": the makers of a proposal, request or demand
            makers = {id(g[0].gen) for g in objs if g[0].gen is not None and _proposal(doc, g[0])}
            objs = [[g[0].gen] if id(g[0].gen) in makers else g for g in objs]
            objs = [g for g in objs if g[0].start != (subj[0].start if subj else -1)
                    and not _required_thing(doc, g[0], m) and not _own(doc, g[0], m)]
            if not things_ok(m.entry):
                # "fror die Militärhilfe für Guatemala ein": the party the thing is for
                attach = m.entry.type in ("SANCTION", "AID", "CONCEDE")
                objs = [g if id(g[0]) in makers else _actor_part(doc, g) or (attach and _attached_actor_pp(doc, g, nps)) or []
                        for g in objs]
                objs = [g for g in objs if g]
            pick = None
            dats = [g for g in objs if g[0].case in ("dat", "obj")]
            if dats and m.entry.type in ("AID", "DEMAND", "SUPPORT", "THREATEN", "DISAPPROVE", "SANCTION", "AGREE", "CONCEDE", "CONSULT", "COERCE"):
                pick = dats[0]
            elif objs:
                pick = objs[0]
            # "Sie hielten Fotos von Pineda hoch und forderten von der Regierung ...": a finite verb
            # after "und" and another finite verb takes its phrases from after the "und"
            kon = max((i for i in range(c.a, m.head) if toks[i].pos == "KON"), default=None)
            after = kon if kon is not None and toks[m.head].pos.endswith("FIN") \
                and any(toks[i].pos.endswith("FIN") for i in range(c.a, kon)) else None
            if after is not None:
                objs = [g for g in objs if g[0].start > after]
                dats = [g for g in objs if g[0].case in ("dat", "obj")]
                pick = dats[0] if dats and pick is not None else (objs[0] if objs and pick is not None else None)
            # "verurteilte den Anschlag und sagte den Opfern Hilfe zu": a finite verb before "und"
            # and another finite verb takes no phrase from after the "und"
            kon2 = next((i for i in range(m.head + 1, c.b) if toks[i].pos == "KON"
                         and toks[i].text.lower() in ("und", "oder", "sowie", "aber")), None)
            before = kon2 if kon2 is not None and toks[m.head].pos.endswith("FIN") \
                and any(toks[i].pos.endswith("FIN") for i in range(kon2 + 1, c.b)) else None
            if before is not None and pick is not None:
                objs = [g for g in objs if g[0].start < before]
                dats = [g for g in objs if g[0].case in ("dat", "obj")]
                if pick[0].start > before:
                    pick = dats[0] if dats else (objs[0] if objs else None)
            preps = _targets_by_prep(doc, m, nps, after=after)
            if before is not None:
                preps = [g for g in preps if g[0].start < before]
            if m.entry.mode == "extradite":
                # "lieferte den Kartellchef an die USA aus": the receiving state is the partner
                dest = [g for g in groups(doc, nps) if g[0].prep == "an" and actor_like(doc, g[0])]
                if dest:
                    pick = dest[0]
            if not things_ok(m.entry):
                # "protestierten gegen die Rentenreform der Regierung": the actor in the phrase
                preps = [p for p in (_actor_part(doc, g) for g in preps) if p]
            if preps and (pick is None or (m.entry.type in ("SANCTION", "THREATEN", "ASSAULT", "AID", "DEMAND", "CONSULT")
                                           and not _has_entity(doc, pick) and _has_entity(doc, preps[0]))):
                pick = preps[0]
            if pick is None and m.entry.type in arg_cues("de").get("hanging_types", ()):
                pick = _hanging_target(doc, nps)     # "drohte mit Angriffen auf kurdische Milizen"
            if m.entry.type in arg_cues("de").get("clause_target_types", ()) \
                    and (pick is None or not actor_like(doc, pick[0])):
                pick = _clause_subject(doc, m, cls) or pick    # "forderte, dass die USA ..."
            if pick is None and subj and m.entry.type in arg_cues("de").get("inverted_subject_types", ()):
                # "Die Vorschläge der Schlichter verwarfen die Gewerkschaften": before an
                # inverted subject, the phrase of ambiguous case is the object
                pre = [g for g in fgroups if g is not subj and g[0].prep is None and g[0].case == "amb"
                       and g[0].start < subj[0].start and not _own(doc, g[0], m)]
                if pre and pre[0][0].gen is not None and _proposal(doc, pre[0][0]):
                    pick = pre[0]
                elif pre:
                    pick = _actor_part(doc, pre[0]) or (pre[0] if things_ok(m.entry) else None)
            if pick and pick[0].gen is not None and _proposal(doc, pick[0]):
                pick = [pick[0].gen]        # "lehnte die Forderungen der Gewerkschaften ab": their makers
            if pick:
                out.targets = pick
    else:
        tn = trig_np
        if tn is not None:
            # "die Festnahme von 20 Demonstranten durch die Polizei": the agent of the event noun
            agent = [g for g in groups(doc, nps) if g[0].prep == "durch" and g[0].start == tn.end + 1
                     and actor_like(doc, g[0]) and not _town(doc, g[0])]   # "ein Marsch durch Dakar": the way
            if agent:
                out.actors = agent[0]
            elif tn.prep is None and tn.case in ("nom", "amb") \
                    and not any(h != m.head and c.a <= h < c.b and toks[h].pos.startswith("V") for h in trigger_heads) \
                    and any(toks[i].pos == "VVPP" and is_passive(doc, c, i) for i in c.idx()) \
                    and not _observer_verb_in(doc, c) \
                    and not has_verb([toks[i] for i in c.idx()], cue.get("reporting_verbs", ())):
                # "Die Ermittlungen werden vom Landeskriminalamt geführt": the event noun is the
                # subject of a passive support verb, its agent the event's doer
                agent = [g for g in groups(doc, nps) if g[0].prep in cue.get("passive_agent_preps", ())
                         and g[0].start > tn.end and tn.gen is not g[0] and actor_like(doc, g[0])
                         and not _excluded(doc, g[0], m, skip) and not _instrument(doc, g[0])
                         and not _locative_von(doc, g[0])]
                if agent:
                    out.actors = agent[0]
        # "wurde die Blockade von Einsatzkräften aufgelöst": in the passive of another event's
        # verb, "von" after the subject is that verb's agent, not the noun's
        von_agent = tn is not None and tn.gen is not None and tn.gen.prep == "von" and tn.prep is None \
            and tn.case != "gen" and any(toks[i].pos == "VVPP" and i in trigger_heads and is_passive(doc, c, i)
                                         for i in c.idx())
        if tn is not None and tn.gen is not None and tn.gen.prep in (None, "von"):
            noun = toks[tn.head].lemma.lower()
            if m.entry.type == "INVESTIGATE" or m.entry.mode in ("release", "arrest", "detain", "deport", "extradite") \
                    or noun.endswith(tuple(arg_cues("de").get("patient_nouns", ()))):
                # ("die Hinrichtung von drei Demonstranten", "die Ermordung des Journalisten": who suffers it)
                out.targets = [tn.gen]
            elif not out.actors and (actor_like(doc, tn.gen) or tn.gen.prep == "von") and not von_agent:
                out.actors = [tn.gen]
            elif not out.actors and things_ok(m.entry):
                out.targets = [tn.gen]      # "Blockade der Hafenzufahrt": what is blocked
        # "Kenia erhielt einen Kredit von der Weltbank", "Die Ukraine bekam Militärhilfe aus
        # Dänemark": the subject of a verb of receiving is the recipient, the giver follows
        recv = tn is not None and tn.prep is None \
            and any(toks[i].lemma.lower() in cue.get("recipient_verbs", ()) for i in c.idx())
        if recv:
            subj = subject_of(fgroups)
            if subj and subj[0] is not tn and tn not in subj and actor_like(doc, subj[0]):
                out.actors = [a for a in out.actors if all(a.head != n.head for n in subj)]
                out.targets = subj
                if not out.actors:
                    giver = [g for g in groups(doc, nps) if g[0].prep in ("aus", "von") and g[0].start > tn.start
                             and actor_like(doc, g[0]) and not _excluded(doc, g[0], m, skip)]
                    if giver:
                        out.actors = giver[0]
        other_verbs = [h for h in trigger_heads if c.a <= h < c.b and h != m.head and toks[h].pos.startswith("V")]
        light_pp = tn is not None and tn.prep in cue.get("light_nominal_preps", ()) and not other_verbs
        # "Die Miliz nahm 50 Dorfbewohner als Geiseln": the event noun is the predicative of the
        # verb it requires; that verb's subject does it, its object suffers it
        als_pred = tn is not None and tn.prep == "als" and not other_verbs \
            and bool(m.entry.required_words & {toks[i].lemma.lower() for i in c.idx() if toks[i].pos.startswith("V")})
        light_pp = light_pp or als_pred
        if light_pp and m.entry.required_words & {toks[i].lemma.lower() for i in c.idx() if toks[i].pos.startswith("V")}:
            # "hat die Hafenstadt unter Quarantäne gestellt": the phrase is the predicate the verb
            # it requires makes, no background
            out.in_pp = False
        # "Die Polizei löste die Kundgebung auf": the event noun is what another event's verb
        # acts on; that verb's subject is not the noun's doer
        acted_on = tn is not None and tn.prep is None and bool(other_verbs) and not _support_verb_in(doc, c)
        if tn is not None and (tn.prep is None or light_pp) and not out.actors and not (recv and out.targets) \
                and not acted_on:
            subj = subject_of(fgroups)
            if subj and (subj[0] is tn or tn in subj) and _support_verb_in(doc, c):
                # "Scharfe Kritik an Israel äußerte der Außenbeauftragte": the event noun is the
                # support verb's object, the doer the other nominative phrase
                rest = subject_of([g for g in fgroups if tn not in g])
                subj = rest if rest and actor_like(doc, rest[0]) else None
            zu = any(toks[i].pos in ("VVIZU", "PTKZU") for i in c.idx())
            if subj and (subj[0] is tn or tn in subj) and zu:
                subj = None     # "..., Strafanzeige gegen die Organisatoren zu erstatten": no subject
            if subj is None and zu:
                # "Kanada plant, Strafzölle ... zu erheben": the controller does it
                subj = _previous_subject(doc, m, cls)
            if subj and subj[0] is not tn and tn not in subj and _observer_verb_in(doc, c):
                subj = None     # "Der Minister verurteilte den Anschlag": not the attacker
            if subj and subj[0] is not tn and tn not in subj and _copula_only(doc, c):
                subj = None     # "Grundlage ist ein Amnestiegesetz": the predicative noun's subject does nothing
            if subj and subj[0] is not tn and tn not in subj:
                if any(toks[i].lemma.lower() in cue.get("victim_verbs", ()) for i in c.idx()) \
                        or any(toks[i].pos == "VVPP" and is_passive(doc, c, i) for i in c.idx()):
                    # "Der Anwalt wurde in Gewahrsam genommen": the subject of the passive
                    out.targets = subj      # "Der Gouverneur überlebte einen Mordanschlag"
                else:
                    out.actors = subj
        after = tn.end if tn is not None else m.head + 1
        preps = [g for g in _targets_by_prep(doc, m, nps, after=after) if g[0].start <= after + 1]
        if preps and not (recv and out.targets):
            out.targets = preps[0]
        elif tn is not None and tn.prep is None and not (recv and out.targets):
            subj = out.actors[0] if out.actors else None
            clause_subj = subject_of(fgroups)      # "Die Rebellen wiesen die Forderungen ... zurück"
            objs = [g for g in fgroups if tn not in g and (subj is None or subj not in g) and g is not clause_subj
                    and g[0].case in ("dat", "obj", "acc", "amb") and g[0].start != (out.actors[0].start if out.actors else -1)
                    and actor_like(doc, g[0])]
            if objs and m.entry.type in ("AID", "SUPPORT", "THREATEN", "SANCTION", "DEMAND", "DISAPPROVE", "CONCEDE"):
                out.targets = objs[0]
            elif objs and m.entry.type in arg_cues("de").get("dative_noun_target_types", ()) \
                    and objs[0][0].case in ("dat", "obj"):
                out.targets = objs[0]           # "Dem Papst stattete der Präsident einen Besuch ab"
        invited = tn is not None and tn.prep in ("zu", "zum", "zur") \
            and has_verb([toks[i] for i in c.idx()], cue.get("invitation_verbs", ()))
        if light_pp and not als_pred and m.entry.type in ("ASSAULT", "COERCE") and not out.targets \
                and m.entry.required_words & {toks[i].lemma.lower() for i in c.idx() if toks[i].pos.startswith("V")}:
            # "haben das Wahlkampfbüro in Brand gesteckt": what the support verb acts on is attacked
            things = [g for g in fgroups if tn not in g and all(a not in g for a in out.actors)
                      and g is not subject_of(fgroups) and g[0].case in ("acc", "amb") and not _instrument(doc, g[0])]
            if things:
                out.targets = things[0]
        if (als_pred or invited) and not out.targets:
            # ("lud die Gewerkschaften zu Gesprächen ein": the invited are the counterpart)
            objs = [g for g in fgroups if tn not in g and all(a not in g for a in out.actors)
                    and g is not subject_of(fgroups) and g[0].case in ("acc", "amb", "obj") and actor_like(doc, g[0])]
            if objs:
                out.targets = objs[0]
        if not out.targets and tn is not None and tn.prep is None and c.finite is not None \
                and _support_verb_in(doc, c):
            # "Gegen den Oligarchen verhängte die Schweiz Sanktionen": the target phrase in front
            before = [g for g in _targets_by_prep(doc, m, nps) if g[-1].end <= c.finite and g[0].start < tn.start]
            if before:
                out.targets = before[0]
        # "Kämpfe zwischen Armee und Islamisten"; but "Katar vermittelte Gespräche zwischen
        # Israel und der Hamas": with a subject of its own, the parties are the targets
        subj = subject_of(fgroups) if tn is not None and tn.prep is None else None
        mediated = m.entry.type in arg_cues("de").get("mediator_types", ()) and subj is not None \
            and tn not in subj
        for g in groups(doc, nps):
            pb = g[0].start - 1 - (1 if g[0].start > 0 and toks[g[0].start - 1].pos.startswith("APPR") else 0)
            if g[0].prep == "zwischen" and g[0].start <= after + 1 and not (
                    pb >= 0 and toks[pb].pos == "NN" and (tn is None or pb != tn.head) and pb != m.head):
                # (not "an der Grenze zwischen dem Iran und Afghanistan": the PP of another noun)
                if mediated:
                    out.actors, out.targets = subj, g
                else:
                    out.actors = g
                break
    out.actors = [np for np in out.actors if not _excluded(doc, np, m, skip)]
    out.targets = [np for np in out.targets if not _excluded(doc, np, m, skip) and not _required_thing(doc, np, m)
                   and all(np.head != a.head for a in out.actors)]
    if not any(actor_like(doc, np) for np in out.targets) and not (things_ok(m.entry) and out.targets):
        # "Sollte die Regierung nicht einlenken, werde man den Generalstreik ausrufen"
        cond = _condition_subject(doc, m, cls)
        if cond and all(np.head != a.head for np in cond for a in out.actors):
            out.targets = cond
    if not out.targets and m.entry.type in arg_cues("de").get("purpose_target_types", ()):
        # "Tausende gingen auf die Straße, um den Rücktritt des Präsidenten zu fordern"
        out.targets = _purpose_target(doc, m, cls)
    return out


def has_verb(toks: list[Token], verbs) -> bool:
    """Is one of ``verbs`` (infinitives, separable ones joined: "mitteilen") a full verb of
    ``toks``, a separable verb read with a particle among them ("teilte ... mit")?"""
    verbs = set(verbs)
    parts = [t.lemma.lower() for t in toks if t.pos == "PTKVZ"]
    return any(t.pos.startswith("VV") and ({t.lemma.lower()} | {p + t.lemma.lower() for p in parts}) & verbs
               for t in toks)


def _observer_verb_in(doc: Doc, c: Clause) -> bool:
    """Has the clause a verb whose subject judges, counts or reports an event named by its
    object ("verurteilte den Anschlag", "hatte 120 Angriffe gezählt", "bestritt die Angriffe")
    rather than doing it (``observer_verbs`` of arguments.json)?"""
    return has_verb([doc.tokens[i] for i in c.idx()], arg_cues("de").get("observer_verbs", ()))


def _copula_only(doc: Doc, c: Clause) -> bool:
    """Is the clause's only verb a copula ("Grundlage ist ein Amnestiegesetz", "Ursache war ein
    Anschlag")? Its subject and predicative noun name one thing; neither does the other."""
    verbs = [doc.tokens[i] for i in c.idx() if doc.tokens[i].pos.startswith("V")]
    return bool(verbs) and all(t.pos == "VAFIN" and t.lemma.lower() in ("sein", "bleiben") for t in verbs)


def _support_verb_in(doc: Doc, c: Clause) -> bool:
    """Has the clause a support verb for an event noun ("äußerte Kritik", "leistete Hilfe")?"""
    return has_verb([doc.tokens[i] for i in c.idx()], arg_cues("de").get("support_verbs", ()))


def _inverted_subject(doc: Doc, c: Clause, first: list[NP], cand: list[list[NP]]) -> list[NP] | None:
    """A topicalised object ("Eine Untersuchung der Vorwürfe lehnte das Ministerium ab"): the
    phrase before the finite verb is a case-ambiguous abstract noun (a proposal, a plan, an
    inquiry) and the first phrase after it names an actor; for event types whose doer is a
    person, group or state."""
    toks = doc.tokens
    np = first[0]
    lem = toks[np.head].lemma.lower()
    lex = triggers("de")
    abstract = any(lem.endswith(suf) for suf in arg_cues("de").get("abstract_suffixes", ())) \
        or (lex is not None and bool(lex.lookup_noun(lem, compounds=True)[0]))     # "Die Vorwürfe ..."
    if actor_like(doc, np) or np.pron or toks[np.start].text.lower() in arg_cues("de").get("nominative_articles", ()) \
            or not abstract:
        return None
    after = [g for g in cand if g[0].start > (c.finite or c.b)]
    if not after or not actor_like(doc, after[0][0]) or after[0][0].case not in ("nom", "amb"):
        return None
    # only adverbs, particles and times between the finite verb and that phrase
    for i in range(c.finite + 1, after[0][0].start):
        if toks[i].pos in NP_HEAD or toks[i].pos.startswith("V"):
            if i not in _time_token_set(doc):
                return None
    return after[0]


def _purpose_target(doc: Doc, m: Match, cls: list[Clause]) -> list[NP]:
    """The actor in the object of a purpose clause ("um ... zu fordern") after the trigger's clause."""
    idx = cls.index(m.clause) if m.clause in cls else -1
    if idx < 0 or idx + 1 >= len(cls):
        return []
    nxt = cls[idx + 1]
    if doc.tokens[nxt.a].text.lower() not in arg_cues("de").get("purpose_marks", ()):
        return []
    for g in groups(doc, attach_von(doc, list(nxt.nps))):
        if g[0].prep is None or g[0].prep in arg_cues("de").get("purpose_preps", ()):
            part = _actor_part(doc, g)
            if part:
                return part
    return []


def _proposal(doc: Doc, np: NP) -> bool:
    """Is the phrase headed by a proposal, offer, request or demand (arguments.json
    ``proposal_nouns``, also as the last part of a compound: "Friedensvorschlag")?"""
    lem = doc.tokens[np.head].lemma.lower()
    return any(lem.endswith(w) for w in arg_cues("de").get("proposal_nouns", ()))


def _actor_part(doc: Doc, g: list[NP]) -> list[NP]:
    """The group if it names actors, else the actor in its genitive ("die Reformen der
    Regierung"), else a demonym or name adjective ("das australische Ultimatum")."""
    if actor_like(doc, g[0]):
        return g
    if g[0].gen is not None and actor_like(doc, g[0].gen):
        return [g[0].gen]
    np = g[0]
    for i in range(np.start, np.core_end):
        t = doc.tokens[i]
        if t.pos == "ADJA" and i != np.head and _mentioned(doc, t.start, t.end):
            return [NP(i, i + 1, i, i + 1, prep=np.prep, case=np.case)]
    return []


def _attached_actor_pp(doc: Doc, g: list[NP], nps: list[NP]) -> list[NP] | None:
    """The prepositional phrase naming actors right after a thing ("die Sanktionen gegen
    Venezuela", "die Hilfe für Guatemala")."""
    preps = set(arg_cues("de").get("hanging_preps", ())) | set(arg_cues("de").get("attached_target_preps", ()))
    for h in groups(doc, nps):
        if h[0].start == g[-1].end + 1 and h[0].prep in preps and all(actor_like(doc, n) for n in h):
            return h
    return None


def _hanging_target(doc: Doc, nps: list[NP]) -> list[NP] | None:
    """A prepositional phrase naming actors right after a phrase naming a thing: the target
    of that thing ("drohte mit Angriffen auf kurdische Milizen", "brach die Beziehungen zu
    Georgien ab")."""
    preps = arg_cues("de").get("hanging_preps", ())
    gs = groups(doc, nps)
    for prev, g in zip(gs, gs[1:]):
        if g[0].prep in preps and g[0].start == prev[-1].end + 1 and not actor_like(doc, prev[0]) \
                and all(actor_like(doc, n) for n in g):
            return g
    return None


def _mentioned(doc: Doc, s: int, e: int) -> bool:
    """Is [s, e) (part of) an entity or place mention?"""
    for layer in (doc.entities, doc.places):
        for it in layer:
            for men in it.mentions:
                if men.start < e and men.end > s:
                    return True
    return False


def _own(doc: Doc, np: NP, m: Match) -> bool:
    """ "zog ihre Truppen ab", "rief ihren Botschafter zurück": the actor's own people or
    things moved by the event are no target of it."""
    return m.entry.type in arg_cues("de").get("own_object_types", ()) and doc.tokens[np.start].pos == "PPOSAT"


def _clause_subject(doc: Doc, m: Match, cls: list[Clause]) -> list[NP] | None:
    """ "forderte, dass die USA ihre Pläne aufgeben": the subject of the demanded content
    clause right after the trigger's clause."""
    idx = cls.index(m.clause) if m.clause in cls else -1
    if idx < 0 or idx + 1 >= len(cls):
        return None
    nxt = cls[idx + 1]
    if doc.tokens[nxt.a].text.lower() not in arg_cues("de").get("content_marks", ()):
        return None
    return _first_subject(doc, nxt)


def _condition_subject(doc: Doc, m: Match, cls: list[Clause]) -> list[NP] | None:
    """ "Sollte die Regierung nicht einlenken, werde man ... ausrufen": a threat is directed
    at the subject of its condition (the clause before or after the trigger's)."""
    idx = cls.index(m.clause) if m.clause in cls else -1
    marks = arg_cues("de").get("condition_marks", ())
    for j in (idx - 1, idx + 1):
        if 0 <= j < len(cls) and idx >= 0 and doc.tokens[cls[j].a].text.lower() in marks:
            return _first_subject(doc, cls[j])
    return None


def _first_subject(doc: Doc, c: Clause) -> list[NP] | None:
    gs = groups(doc, [n for n in c.nps if n.prep is None and n.case in ("nom", "amb") and not n.pron])
    gs = [g for g in gs if actor_like(doc, g[0])]
    return gs[0] if gs else None


def _has_entity(doc: Doc, g: list[NP]) -> bool:
    for np in g:
        s, e = doc.tokens[np.head].start, doc.tokens[np.head].end
        for ent in doc.entities:
            for men in ent.mentions:
                if men.start < e and men.end > s:
                    return True
    return False


def _zu_inf(doc: Doc, head: int) -> bool:
    """ "zu fordern", and the perfect infinitive "bombardiert zu haben", "festgenommen zu werden"."""
    toks = doc.tokens
    if head > 0 and toks[head - 1].pos == "PTKZU":
        return True
    if head + 2 < len(toks) and toks[head + 1].pos == "PTKZU" and toks[head + 2].lemma.lower() == "lassen" \
            and toks[head].pos in ("VVINF", "VVFIN"):
        return True     # "kündigte an, die Verträge prüfen zu lassen": the causer is the subject before
    return toks[head].pos == "VVPP" and head + 2 < len(toks) and toks[head + 1].pos == "PTKZU" \
        and toks[head + 2].lemma.lower() in ("haben", "sein", "werden")


def _continued(doc: Doc, c: Clause, cls: list[Clause]) -> Clause | None:
    """The main clause with a finite verb right before c, when c is a stretch without a
    finite verb of its own that may continue it ("hatte ... betreten, drei Angestellte
    bedroht"); else None."""
    if c.finite is not None or c not in cls or cls.index(c) == 0:
        return None
    prev = cls[cls.index(c) - 1]
    if prev.finite is None or doc.tokens[prev.a].pos in ("KOUS", "PRELS", "PWAV"):
        return None
    return prev


def _elliptic(doc: Doc, c: Clause, cls: list[Clause], head: int) -> bool:
    """Is c a coordinated participle (or infinitive) stretch that continues the auxiliary
    (not "werden") of the clause before it?"""
    prev = _continued(doc, c, cls)
    if prev is None or doc.tokens[head].pos not in ("VVPP", "VVINF"):
        return False
    if any(np.prep in ("von", "durch") for np in c.nps):
        return False        # "..., von Kugeln getroffen": a passive participle phrase
    fin = doc.tokens[prev.finite]
    return fin.pos in ("VAFIN", "VMFIN") and fin.lemma.lower() != "werden" \
        and any(doc.tokens[i].pos in ("VVPP", "VVINF") for i in prev.idx())


def _elliptic_passive(doc: Doc, c: Clause, cls: list[Clause], head: int) -> bool:
    """ "Drei Menschen wurden getötet, Dutzende verletzt": a participle stretch without a
    finite verb after a passive clause is passive too."""
    prev = _continued(doc, c, cls)
    return prev is not None and doc.tokens[head].pos == "VVPP" \
        and doc.tokens[prev.finite].lemma.lower() == "werden" \
        and any(doc.tokens[i].pos == "VVPP" for i in prev.idx())


def _previous_subject(doc: Doc, m: Match, cls: list[Clause]) -> list[NP] | None:
    """Control: the subject of a zu-infinitive is the subject of the clause before it."""
    idx = cls.index(m.clause) if m.clause in cls else -1
    for c in reversed(cls[:idx]):
        gs = groups(doc, [n for n in c.nps if n.prep is None and n.case in ("nom", "amb")])
        subj = None
        if c.finite is not None:
            before = [g for g in gs if g[-1].end <= c.finite]
            after = [g for g in gs if g[0].start > c.finite]
            subj = before[0] if before else (after[0] if after else None)
        obj = _controller_object(doc, c, subj)
        return obj or subj
    return None


def _controller_object(doc: Doc, c: Clause, subj: list[NP] | None) -> list[NP] | None:
    """Object control: "forderte Ungarn auf, das Gesetz zurückzunehmen", "appellierte an die
    Demonstranten, die Straßen zu räumen": the addressee does what the infinitive says."""
    toks = doc.tokens
    parts = [toks[i].lemma.lower() for i in c.idx() if toks[i].pos == "PTKVZ"]
    verbs = [toks[i].lemma.lower() for i in c.idx() if toks[i].pos.startswith("VV")]
    keys = set(verbs) | {p + v for p in parts for v in verbs}
    if not keys & set(arg_cues("de").get("object_control_verbs", ())):
        return None
    for g in groups(doc, c.nps):
        if subj is not None and g[0].start == subj[0].start:
            continue
        if (g[0].prep is None and g[0].case in ("acc", "dat", "obj", "amb")) or g[0].prep in ("an",):
            if actor_like(doc, g[0]) and (c.finite is None or g[0].start > c.finite or g[0].prep):
                return g
    return None


# -- pronoun antecedents ---------------------------------------------------------------

_MASC = {"der", "dieser", "jener", "jeder"}
_FEM_PL = {"die", "diese", "jene", "alle", "beide", "eine", "keine"}
_NEUT = {"das", "dieses", "jenes"}
_MASC_NEUT = {"ein", "kein"}


def _agrees(doc: Doc, np: NP, pron: str) -> bool:
    """Gender and number of a nominative phrase, read off its determiner, against er / sie / es."""
    first = doc.tokens[np.start].text.lower()
    head = doc.tokens[np.head]
    if first in _MASC:
        return pron == "er"
    if first in _FEM_PL:
        return pron == "sie"
    if first in _NEUT:
        return pron == "es"
    if first in _MASC_NEUT:
        return pron in ("er", "es")
    if head.pos == "NN" and head.lemma and head.lemma.lower() != head.text.lower():
        return pron == "sie"      # no determiner, an inflected noun: a plural ("Aktivisten")
    if first in _PLURAL_QUANTIFIERS or (doc.tokens[np.start].pos == "CARD" and first not in ("ein", "eine", "1")):
        return pron == "sie"      # "Dutzende Angehörige", "Hunderte Menschen", "30 Demonstranten"
    if head.pos == "NNA" and np.start == np.head:
        return pron == "sie"      # "Bewaffnete", "Angehörige": a nominalized adjective without article
    if pron == "sie" and head.pos == "NN" and head.text.lower().endswith(_FEM_BODY_ENDINGS):
        return True               # "eine bis dahin unbekannte Gruppe": the article the chunker left behind
    return False


_FEM_BODY_ENDINGS = ("gruppe", "miliz", "partei", "regierung", "organisation", "armee", "polizei", "behörde",
                     "front", "allianz", "union", "bewegung", "kommission", "mission", "junta", "gewerkschaft",
                     "koalition", "opposition", "führung", "verwaltung", "justiz", "marine", "garde")


_PLURAL_QUANTIFIERS = {"dutzende", "hunderte", "tausende", "zehntausende", "hunderttausende", "mehrere",
                       "viele", "zahlreiche", "einige", "etliche", "wenige", "alle", "beide", "rund", "etwa",
                       "mehr", "mindestens", "über", "fast", "knapp"}


def subject_antecedent(doc: Doc, sent: Sentence, pron: str) -> NP | None:
    """The subject of the sentence before, when a pronoun subject ("Er lehnte dies ab.")
    agrees with it in gender and number and it names an actor ("Der Versammlungsleiter
    wurde ... aufgefordert, ... Er lehnte dies ab.")."""
    if sent.i == 0:
        return None
    prev = doc.sentences[sent.i - 1]
    cls_prev = clauses(doc, prev)
    main = next((c for c in cls_prev if doc.tokens[c.a].pos not in ("KOUS", "PRELS", "PWAV", "KOUI", "PRELAT")), None)
    if main is not None and main.finite is not None and doc.tokens[main.finite].mood == "sub1" \
            and sent.i >= 2 and doc.tokens[sent.tok_start].text in ("Sie", "Er") \
            and doc.tokens[sent.tok_start + 1].finite and doc.tokens[sent.tok_start + 1].mood != "sub1" \
            and not any(has_verb([doc.tokens[i] for i in c.idx()], cues("de").get("reporting_verbs", ()))
                        for c in cls_prev):
        # the sentence before goes on with a report without a frame ("Halabis Frau sei an Krebs
        # erkrankt"); a pronoun in a told sentence after it takes up the speaker of the frame
        # before ("..., sagte Sprecherin Rima Saab. Halabis Frau sei ... Sie forderte ...")
        cls_back = clauses(doc, doc.sentences[sent.i - 2])
        frame = cls_back[-1] if cls_back else None
        if frame is not None and has_verb([doc.tokens[i] for i in frame.idx()], cues("de").get("reporting_verbs", ())):
            speaker = _frame_speaker(doc, frame)
            if speaker is not None:
                first = doc.tokens[speaker.start]
                fem = _feminine_noun(first)
                if (pron == "sie" and fem and _singular_verb(doc, sent)) or (pron == "er" and first.pos == "NN" and not fem):
                    return speaker
    if main is not None and main.finite is not None and doc.tokens[main.finite].mood == "sub1" \
            and len(cls_prev) > 1 and sent.i >= 2 and doc.tokens[sent.tok_start].text in ("Sie", "Er"):
        # the sentence before is reported speech with its frame after it ("Die Armee lagere
        # veraltete Munition ..., erklärte Parteisprecher X. Sie verlangte den Rücktritt ..."):
        # its subject is no antecedent; the speaker is, if they agree, else the subject before
        speaker = _frame_speaker(doc, cls_prev[-1])
        if speaker is not None:
            first = doc.tokens[speaker.start]
            bare = first.pos in ("NN", "NE") and not _plural_np(doc, speaker)
            fem = _feminine_noun(first)
            if _agrees(doc, speaker, pron) or (bare and pron == "er" and not fem) \
                    or (bare and pron == "sie" and _singular_verb(doc, sent) and (fem or first.pos == "NE")):
                return speaker      # "..., sagte Sprecherin Nour Fathi. Sie forderte ..."
        return subject_antecedent(doc, doc.sentences[sent.i - 1], pron)
    for c in cls_prev:
        if doc.tokens[c.a].pos in ("KOUS", "PRELS", "PWAV", "KOUI", "PRELAT"):
            continue
        noms = [np for np in c.nps if np.prep is None and not np.pron and np.case in ("nom", "amb")]
        fin = c.finite
        inverted = False
        if fin is not None:
            # the phrase before the finite verb, else the first one after it; after a prefield
            # that is no noun phrase ("Auf einer Seite im Darknet bekannte sich eine Gruppe ...")
            # the first phrase after the verb is the subject
            before = [np for np in noms if np.end <= fin][:1]
            inverted = not before and not any(np.end <= fin and np.prep is None for np in c.nps)
            noms = before + [np for np in noms if np.start > fin]
        for np in noms[:2]:
            if np.case == "nom" or (fin is not None and np.end <= fin) or inverted:
                if actor_like(doc, np) and _agrees(doc, np, pron) and not (
                        pron == "sie" and _singular_verb(doc, sent) and _plural_np(doc, np)):
                    return _with_doublet(doc, np)
                break
        break
    return None


def _with_doublet(doc: Doc, np: NP) -> NP:
    """"rund 200 Ärztinnen und Ärzte": the feminine and masculine plural of one noun name one
    group; a pronoun taking it up ("Sie verlangen ...") means both."""
    toks = doc.tokens
    j = np.core_end
    if j + 1 < len(toks) and toks[j].text in ("und", "oder") and toks[j + 1].pos == "NN" \
            and toks[j + 1].sent == toks[np.head].sent:
        w1, w2 = toks[np.head].text, toks[j + 1].text
        stem = w1[:-5] if w1.endswith("innen") else None
        if stem and len(stem) >= 3 and w2.startswith(stem) and len(w2) - len(stem) <= 2:
            return dataclasses.replace(np, end=j + 2, core_end=j + 2)
    return np


def _frame_speaker(doc: Doc, frame: "Clause") -> NP | None:
    """The speaker of a reporting frame after its content ("..., sagte Sprecherin Nour Fathi"):
    the first nominative phrase after the frame's finite verb, if it names an actor."""
    if frame.finite is None:
        return None
    speaker = next((np for np in frame.nps if np.prep is None and not np.pron and np.case in ("nom", "amb")
                    and np.start > frame.finite), None)
    return speaker if speaker is not None and actor_like(doc, speaker) else None


_FEMININE_ROLE = re.compile(r"(?:er|ist|ent|ant|or|är|ot|eur|at|og|ar|on)in$")


def _feminine_noun(tok) -> bool:
    """A feminine role noun ("Sprecherin", "Präsidentin", "Ärztin")."""
    return tok.pos == "NN" and _FEMININE_ROLE.search(tok.text) is not None


def _singular_verb(doc: Doc, sent: Sentence) -> bool:
    """The finite verb of a sentence opening with "Sie" is singular ("Sie forderte"): she."""
    toks = doc.tokens[sent.tok_start:sent.tok_end]
    if len(toks) < 2 or toks[0].text != "Sie" or not toks[1].finite:
        return False
    w = toks[1].text.lower()
    return not w.endswith(("en", "ern", "eln")) and w not in ("sind", "seien")


def _plural_np(doc: Doc, np: NP) -> bool:
    head = doc.tokens[np.head]
    ms = _mention_spans(doc).get(np.head)
    if ms is not None and ms[1] > ms[0]:
        return False    # the last word of a name ("Reporter ohne Grenzen") is no plural head
    w = head.text.lower()
    # (the lemmatizer gives "Sprecherin" the lemma "Sprecher": a feminine singular, no plural)
    return head.pos == "NN" and bool(head.lemma) and head.lemma.lower() != w \
        and w.endswith(("en", "n", "e", "er")) and not w.endswith("in")


_DATIVE_PRONOUNS = {"ihm", "ihr", "ihnen", "mir", "dir", "uns", "euch"}


def impending(doc: Doc, c: Clause) -> bool:
    """"Ihm drohen zehn Jahre Haft", "droht ihr die Abschiebung": "drohen" with something that
    looms as its subject and no one who threatens (no actor in the nominative, no "mit" phrase,
    no zu-infinitive): a danger, not a threat."""
    toks = doc.tokens
    if not any(toks[i].lemma.lower() in cues("de").get("impending_verbs", ()) and toks[i].pos.startswith("V")
               for i in c.idx()):
        return False
    if any(np.prep == "mit" for np in c.nps) or any(toks[i].pos in ("PTKZU", "VVIZU") for i in c.idx()):
        return False
    free = [np for np in c.nps if np.prep is None and np.case != "gen"]
    actors = [np for np in free if actor_like(doc, np) and np.case not in ("dat", "acc", "obj")
              and not (np.pron and toks[np.head].text.lower() in _DATIVE_PRONOUNS)]
    return not actors and any(not actor_like(doc, np) for np in free)
