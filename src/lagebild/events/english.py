"""English clause analysis for the events stage, on spaCy's dependency parse.

The language stage keeps the spaCy ``Doc`` in ``doc.extras["spacy"]``; its tokens and
``doc.tokens`` share character offsets. Triggers are found on lemmas (phrasal verbs by their
particle, multiword nouns on consecutive lemmas), arguments on the dependency relations:
nsubj / agent ("by") as actors, dobj / dative / nsubjpass / prepositional objects as targets.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..doc import Doc, Sentence
from .lexicon import TriggerEntry, cues, triggers

CLAUSE_DEPS = {"ROOT", "ccomp", "advcl", "xcomp", "relcl", "conj", "parataxis", "acl", "pcomp", "csubj"}
NOMINAL = {"NOUN", "PROPN", "PRON", "NUM"}


@dataclass
class Match:
    head: object                       # spaCy token
    toks: tuple                        # spaCy tokens of the trigger (contiguous)
    entry: TriggerEntry
    clause: set = field(default_factory=set)   # spaCy token indices of the clause


@dataclass
class Span:
    start: int
    end: int
    head: object                       # spaCy token


def spacy_doc(doc: Doc):
    return doc.extras.get("spacy")


def clause_head(tok):
    t = tok
    while True:
        if t.pos_ in ("VERB", "AUX") and (t.dep_ in CLAUSE_DEPS or t.head.i == t.i):
            return t
        if t.head.i == t.i:
            return t
        t = t.head


def clause_tokens(tok) -> set[int]:
    ch = clause_head(tok)
    inside = {t.i for t in ch.subtree}
    for c in ch.children:
        if c.dep_ in ("ccomp", "advcl", "relcl", "parataxis", "conj", "csubj") and c.pos_ in ("VERB", "AUX") \
                and tok.i not in {t.i for t in c.subtree}:
            inside -= {t.i for t in c.subtree}
    return inside


def _requires_ok(entry: TriggerEntry, lemmas: set[str]) -> bool:
    if not entry.requires:
        return True
    return any(r in lemmas for r in entry.requires)


def _particle_ok(entry: TriggerEntry, tok) -> bool:
    if not entry.particle:
        return True
    doc = tok.doc
    for c in tok.children:
        if c.dep_ in ("prt", "prep", "acomp", "advmod", "oprd") and c.lower_ == entry.particle and c.i > tok.i:
            return True
    for k in (1, 2):
        if tok.i + k < len(doc) and doc[tok.i + k].lower_ == entry.particle:
            return True
        if tok.i + k < len(doc) and doc[tok.i + k].pos_ not in ("DET", "PRON", "ADV", "PART"):
            break
    return False


def choose(entries: list[TriggerEntry], tok, lemmas: set[str]) -> TriggerEntry | None:
    ok = [e for e in entries if _requires_ok(e, lemmas) and _particle_ok(e, tok)]
    if not ok:
        return None
    spec = [e for e in ok if e.specific]
    if not spec:
        return ok[0]
    # the most constrained entry: "walk out" of talks (particle and object) over "walk out"
    return max(spec, key=lambda e: bool(e.requires) + bool(e.particle))


def _speech_marks(t) -> set[str]:
    """Pseudo-lemmas for "requires" (triggers.tsv) from the verb's syntax: "@ccomp" for a verb
    with reported content ("protested that ...", "..., a rights group protested here"),
    "@must" for a verb of saying whose content says another party must act ("said the
    government must release ...")."""
    out: set[str] = set()
    if t.pos_ != "VERB":
        return out
    comps = [c for c in t.children if c.dep_ == "ccomp"]
    if comps or _speech_tail(t):
        out.add("@ccomp")
    obl = cues("en").get("obligation_modals", ())
    subj = [c.lower_ for c in t.children if c.dep_ == "nsubj"]
    for c in comps:
        if any(a.dep_ == "aux" and a.lower_ in obl for a in c.children):
            csubj = [x.lower_ for x in c.children if x.dep_ in ("nsubj", "nsubjpass")]
            if csubj and csubj != subj and csubj[0] not in ("i", "it"):
                out.add("@must")
    return out


def _speech_tail(t) -> bool:
    """ "<content>, a human rights group protested here Wednesday.": the verb closes the
    sentence after a comma, the content before it is the sentence's main clause (spaCy then
    hangs the verb on the last noun), nothing but its own adverbials follow it."""
    sent = t.sent
    root = sent.root
    if t.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or t.i == root.i or root.i > t.i or root.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("dobj", "xcomp", "ccomp", "prep", "dative") for c in t.children):
        return False
    sub = {x.i for x in t.subtree}
    if any(x.i not in sub and not x.is_punct for x in sent if x.i > t.i):
        return False
    subj = [c for c in t.children if c.dep_ == "nsubj"]
    if subj:
        left = subj[0].left_edge
    elif t.dep_ in ("acl", "relcl"):
        left = t.head.left_edge
    else:
        return False
    return left.i > sent.start + 2 and t.doc[left.i - 1].text in (",", '"', "”", "''")


def find_triggers(doc: Doc, sent: Sentence) -> list[Match]:
    lex = triggers("en")
    sd = spacy_doc(doc)
    if lex is None or sd is None:
        return []
    s0 = doc.tokens[sent.tok_start].start
    s1 = doc.tokens[sent.tok_end - 1].end
    span = sd.char_span(s0, s1, alignment_mode="expand")
    if span is None:
        return []
    stoks = [t for t in span if not t.is_space]
    out: list[Match] = []
    used: set[int] = set()
    lem = {t.i: t.lemma_.lower() for t in stoks}
    for e in lex.multi:
        n = len(e.words)
        for k in range(len(stoks) - n + 1):
            seq = stoks[k:k + n]
            if all(lem[seq[j].i] == e.words[j] or seq[j].lower_ == e.words[j] for j in range(n)) \
                    and (seq[-1].pos_ in ("NOUN", "PROPN") if e.pos == "noun" else seq[-1].pos_ == "VERB"):
                head = seq[-1]
                cl = clause_tokens(head)
                if _requires_ok(e, {lem[i] for i in cl if i in lem}):
                    out.append(Match(head, tuple(seq), e, cl))
                    used.update(t.i for t in seq)
    for t in stoks:
        if t.i in used:
            continue
        if t.pos_ == "VERB":
            pos = "verb"
        elif t.pos_ in ("NOUN",) or (t.pos_ == "PROPN" and t.lemma_.lower() in ("riot",)):
            pos = "noun"
        else:
            continue
        entries = lex.lookup(t.lemma_.lower(), pos) or (lex.lookup(t.lower_, pos) if pos == "noun" else [])
        if not entries:
            continue
        if t.dep_ == "compound" and (pos == "verb" or (t.head.pos_ == "NOUN" and _actorish(t.head))):
            continue        # "aid workers", "riot police", "protest leaders": people, no event
        cl = clause_tokens(t)
        lemmas = {sd[i].lemma_.lower() for i in cl} | {sd[i].lower_ for i in cl}
        lemmas |= _speech_marks(t)
        for c in t.children:
            if c.dep_ == "ccomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
                # "allowed opposition leaders to hold a rally": the object parsed into the infinitive
                lemmas |= {x.lemma_.lower() for x in c.subtree if x.i < c.i}
        e = choose(entries, t, lemmas)
        if e is None:
            continue
        toks = (t,)
        if e.particle:
            nxt = [c for c in sd[t.i + 1:t.i + 3] if c.lower_ == e.particle]
            if nxt and nxt[0].i == t.i + 1:
                toks = (t, nxt[0])
        out.append(Match(t, toks, e, cl))
    return out


# -- arguments ---------------------------------------------------------------------------

def np_span(tok) -> Span:
    """The noun phrase headed by tok: its left part, compounds, 'of'-phrases, no clauses."""
    left = tok
    for c in tok.lefts:
        if c.dep_ in ("det", "amod", "compound", "nummod", "poss", "nmod", "quantmod", "case", "predet", "advmod", "npadvmod"):
            left = c.left_edge if c.left_edge.i < left.i else left
            break
    right = tok
    for c in tok.rights:
        if c.dep_ in ("compound", "flat", "nummod", "case") or (c.dep_ == "prep" and c.lower_ in ("of",)):
            if c.right_edge.i > right.i:
                right = c.right_edge
        else:
            break
    return Span(left.idx, right.idx + len(right.text), tok)


def conjuncts(tok) -> list:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in NOMINAL:
            out.extend(conjuncts(c))
    return out


def _subject(v):
    """nsubj of a verb, inherited through xcomp / conj / relcl when missing."""
    for c in v.children:
        if c.dep_ in ("nsubj",):
            return c, False
        if c.dep_ == "nsubjpass":
            return c, True
    if v.dep_ == "conj" and v.head.i != v.i:
        return _subject(v.head)
    if v.dep_ in ("xcomp",) and v.head.i != v.i:
        s, pas = _subject(v.head)
        return s, False
    if v.dep_ == "acl" and v.tag_ in ("VBD", "VBZ", "VBP"):
        return None, False          # a finite verb misparsed as a modifier: see arguments()
    if v.dep_ in ("relcl", "acl") and v.head.pos_ in NOMINAL:
        return v.head, v.dep_ == "acl" and v.tag_ == "VBN"
    return None, False


def _agent(v):
    for c in v.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    for c in v.children:
        if c.dep_ == "conj":
            a = _agent(c)
            if a is not None:
                return a
    if v.dep_ == "conj" and v.head.i != v.i:
        for c in v.head.children:
            if c.dep_ == "agent":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
    return None


def _prep_targets(v, m: Match):
    tp = cues("en").get("target_preps", {})
    out = []
    for c in v.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in tp:
            allowed = tp[c.lower_]
            if "*" in allowed or m.entry.type in allowed or (m.entry.particle == c.lower_):
                for g in c.children:
                    if g.dep_ == "pobj":
                        out.append(g)
        elif c.dep_ == "prep" and m.entry.particle == c.lower_:
            for g in c.children:
                if g.dep_ == "pobj":
                    out.append(g)
    return out


@dataclass
class RawArgs:
    actors: list = field(default_factory=list)    # spaCy head tokens
    targets: list = field(default_factory=list)
    passive: bool = False


def _actorish(tok) -> bool:
    from .lexicon import classes

    lem = tok.lemma_.lower()
    return tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") \
        or lem in classes("en").get("actor", set()) or any(lem.endswith(s) for s in cues("en").get("actor_suffixes", ()))


def actor_part(doc: Doc, tok):
    """tok if it names actors, else the actor inside it: "the government's proposal",
    "the assets of several oligarchs", "thousands of troops", "the police crackdown"."""
    if actor_like(doc, tok):
        return tok
    for c in tok.children:
        if c.dep_ == "poss" and c.pos_ != "PRON" and actor_like(doc, c):
            return c
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj" and actor_like(doc, g):
                    return g
    for c in tok.children:
        if c.dep_ == "compound" and actor_like(doc, c):
            return c
    return None


def actor_like(doc: Doc, tok) -> bool:
    """Does the phrase headed by tok name people, a group, an organisation or a state?"""
    from .lexicon import classes

    if tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    s, e = tok.idx, tok.idx + len(tok.text)
    for ent in doc.entities:
        for men in ent.mentions:
            if men.start < e and men.end > s:
                return True
    lem = tok.lemma_.lower()
    if lem in classes("en").get("actor", set()):
        return True
    return any(lem.endswith(suf) for suf in cues("en").get("actor_suffixes", ()))


def _bad(tok, m: Match) -> bool:
    cue = cues("en")
    if tok is None:
        return True
    if tok.lemma_.lower() in cue.get("not_arguments", ()) or tok.lower_ in cue.get("not_arguments", ()):
        return not (tok.lower_ in cue.get("pronoun_person", ()))
    if tok.i in {t.i for t in m.toks}:
        return True
    if tok.ent_type_ in ("DATE", "TIME"):
        return True
    if m.entry.requires and tok.lemma_.lower() in m.entry.requires and not _actorish(tok):
        return True
    if tok.pos_ not in NOMINAL:
        return True
    return False


def _speaker_for(pron):
    """ "The State Department said it was concerned and called on ...": a pronoun subject
    under a verb of saying is the sayer."""
    if pron.lower_ not in cues("en").get("speaker_pronouns", set()) | cues("en").get("pronoun_person", set()):
        return pron
    v = pron.head
    for _ in range(6):
        if v.head.i == v.i:
            break
        v = v.head
        if v.lemma_.lower() in cues("en").get("reporting_verbs", set()):
            for c in v.children:
                if c.dep_ == "nsubj" and c.pos_ != "PRON":
                    return c
            break
    return pron


def arguments(m: Match) -> RawArgs:
    t = m.head
    out = RawArgs()
    if m.entry.pos == "verb":
        subj, passive = _subject(t)
        if t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children):
            passive = True
        out.passive = passive
        if passive:
            if subj is not None and not _bad(subj, m):
                out.targets = conjuncts(subj)
            ag = _agent(t)
            if ag is not None and not _bad(ag, m):
                out.actors = conjuncts(ag)
        else:
            if subj is None and t.tag_ in ("VBD", "VBZ", "VBP") and t.dep_ in ("acl", "relcl"):
                # a finite verb parsed as a modifier: "Russia, which has bases ..., called for"
                root = t.sent.root
                if root.pos_ in ("PROPN", "NOUN") and root.i < t.i:
                    subj = root
            if subj is not None and subj.pos_ == "PRON":
                subj = _speaker_for(subj)
            if subj is not None and not _bad(subj, m):
                out.actors = conjuncts(subj)
            objs = [c for c in t.children if c.dep_ in ("dative",) and c.pos_ in NOMINAL and not _bad(c, m)]
            if not objs:
                objs = [c for c in t.children if c.dep_ in ("dobj",) and not _bad(c, m)]
            preps = [p for p in _prep_targets(t, m) if not _bad(p, m)]
            if m.entry.particle and preps:
                objs = preps
            elif preps and (not objs or (objs[0].pos_ != "PROPN" and preps[0].pos_ == "PROPN"
                                         and m.entry.type in ("AID", "SANCTION", "ASSAULT", "COERCE", "DEMAND", "THREATEN", "SUPPORT", "COOPERATE"))):
                objs = preps
            if not objs:
                # "opened fire on the protesters", "severed ties with Algeria": the target
                # hangs off the object
                for c in t.children:
                    if c.dep_ == "dobj" or c.lemma_.lower() in m.entry.requires:
                        objs = [p for p in _prep_targets(c, m) if not _bad(p, m)]
                        if objs:
                            break
            if not objs:
                # "agreed to provide aid to Romania", "offered to negotiate with Armenia":
                # the recipient of the embedded action
                for x in t.children:
                    if x.dep_ == "xcomp":
                        for c in x.children:
                            if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "with"):
                                objs += [g for g in c.children if g.dep_ == "pobj" and not _bad(g, m)]
                            elif c.dep_ == "dative" and not _bad(c, m):
                                objs.append(c)
            if objs:
                out.targets = conjuncts(objs[0])
    else:
        # nominal trigger: possessor / by / of / between as actor, on / against as target
        poss = [c for c in t.children if c.dep_ == "poss" and c.pos_ != "PRON" and not _bad(c, m)]
        if poss:
            out.actors = conjuncts(poss[0])
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in ("by", "between", "among"):
                objs = [g for g in c.children if g.dep_ == "pobj" and not _bad(g, m)]
                if objs and not out.actors:
                    out.actors = conjuncts(objs[0])
            if c.dep_ == "prep" and c.lower_ == "of":
                objs = [g for g in c.children if g.dep_ == "pobj" and not _bad(g, m)]
                if objs:
                    if m.entry.type in ("INVESTIGATE", "DISAPPROVE", "COERCE") or m.entry.mode in ("release", "extradite"):
                        out.targets = out.targets or conjuncts(objs[0])
                    elif not out.actors and t.dep_ not in ("dobj",):
                        out.actors = conjuncts(objs[0])
        tg = [p for p in _prep_targets(t, m) if not _bad(p, m)]
        if tg and not out.targets:
            out.targets = conjuncts(tg[0])
        if t.dep_ == "pobj" and t.head.lower_ == "under" and t.head.head.pos_ in ("AUX", "VERB"):
            # "three officers are under investigation": the subject is the target
            subj, _ = _subject(t.head.head)
            if subj is not None and not _bad(subj, m) and not out.targets:
                out.targets = conjuncts(subj)
        elif t.dep_ in ("dobj", "attr", "oprd") or (t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.pos_ in ("VERB", "AUX")
                                                  and t.head.lower_ in ("in", "to", "for", "into", "on")):
            v = t.head if t.dep_ != "pobj" else t.head.head
            if not out.actors:
                subj, passive = _subject(v)
                if passive:
                    subj = _agent(v)
                if subj is not None and not _bad(subj, m):
                    out.actors = conjuncts(subj)
            if not out.targets and t.dep_ == "dobj":
                tg = [p for p in _prep_targets(v, m) if not _bad(p, m)]
                dat = [c for c in v.children if c.dep_ == "dative" and not _bad(c, m)]
                if dat:
                    out.targets = conjuncts(dat[0])
                elif tg:
                    out.targets = conjuncts(tg[0])
    actor_ids = {a.i for a in out.actors}
    out.targets = [x for x in out.targets if x.i not in actor_ids]
    return out
