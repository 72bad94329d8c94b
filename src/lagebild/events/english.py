"""English clause analysis for the events stage, on spaCy's dependency parse.

The language stage keeps the spaCy ``Doc`` in ``doc.extras["spacy"]``; its tokens and
``doc.tokens`` share character offsets. Triggers are found on lemmas (phrasal verbs by their
particle, multiword nouns on consecutive lemmas), arguments on the dependency relations:
nsubj / agent ("by") as actors, dobj / dative / nsubjpass / prepositional objects as targets.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..doc import Doc, Sentence
from ..language.en import text_of
from .argcues import is_dateline, arg_cues, people_words, target_preps
from ..figures import CURRENCY_BEFORE
from .lexicon import TriggerEntry, cues, things_ok, triggers

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


# our entity types as spaCy's entity labels (what the clause rules test ``ent_type_`` for)
SPACY_LABELS = {"PER": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "NORP": "NORP", "MISC": "MISC"}


def set_entities(doc: Doc) -> None:
    """Give the spaCy ``Doc`` the entities of lagebild's own layers: the language stage runs
    spaCy without its entity recognizer (our model is better on every type but MISC and
    spaCy's costs a third of the English pipeline's time). Entity mentions keep their type
    (PER as PERSON), a country's adjective or people noun ("Russian", "Kazakhs") not inside
    a mention is NORP, a time expression is DATE or TIME. Longer spans win overlaps."""
    sd = spacy_doc(doc)
    if sd is None or sd.has_annotation("ENT_IOB"):
        return
    from ..entities import lexicon as entity_lexicon

    spans: list[tuple[int, int, str]] = []
    for e in doc.entities:
        label = SPACY_LABELS.get(e.type)
        if label:
            spans += [(m.start, m.end, label) for m in e.mentions]
    for t in doc.times:
        spans.append((t.start, t.end, "TIME" if t.type == "TIME" else "DATE"))
    c = entity_lexicon.countries("en")
    for t in doc.tokens:
        if t.text in c.adjectives or t.text in c.nouns:
            spans.append((t.start, t.end, "NORP"))
    taken: set[int] = set()
    ents = []
    for start, end, label in sorted(spans, key=lambda s: (s[0] - s[1], s[0])):
        span = sd.char_span(start, end, label=label, alignment_mode="expand")
        if span is None or any(i in taken for i in range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        ents.append(span)
    sd.set_ents(sorted(ents, key=lambda s: s.start), default="outside")


CURRENCIES = {"dollar", "euro", "pound", "yen", "yuan", "rupee", "ruble", "rouble", "franc", "shilling",
              "naira", "rand", "peso", "real", "lira", "dinar", "riyal", "dirham", "won", "hryvnia", "tenge"}


def _money(tok) -> bool:
    """An amount of money ("$12 million", "5 million euros")."""
    return any(x.tag_ == "$" or (x.lemma_.lower() in CURRENCIES and any(n.like_num for n in x.subtree))
               for x in tok.subtree)


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
    """One of the required words occurs ("a+b": all of them), none of the "!word" ones."""
    if not entry.requires:
        return True
    if any(r.startswith("!") and r[1:] in lemmas for r in entry.requires):
        return False        # "sent troops in support of the mission" is aid, not a deployment
    positive = [r for r in entry.requires if not r.startswith("!")]
    return not positive or any(all(part in lemmas for part in r.split("+")) for r in positive)


def _dated(p) -> bool:
    """A preposition right before a date or time ("called on Tuesday morning"): no particle."""
    nxt = p.doc[p.i + 1] if p.i + 1 < len(p.doc) else None
    return nxt is not None and (nxt.ent_type_ in ("DATE", "TIME") or nxt.lower_ in _WEEKDAYS)


_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _name_token_indices(doc: Doc, sd, stoks) -> set[int]:
    """spaCy token indices inside the names of organisations of three or more words
    ("Emergency Medicine Centre"): their words are no objects of a trigger."""
    if not stoks:
        return set()
    lo, hi = stoks[0].idx, stoks[-1].idx + len(stoks[-1])
    out: set[int] = set()
    for e in doc.entities:
        if e.type != "ORG":
            continue
        for men in e.mentions:
            if men.end <= lo or men.start >= hi or len(men.text.split()) < 3:
                continue
            out.update(t.i for t in stoks if men.start <= t.idx < men.end)
    return out


def _particle_ok(entry: TriggerEntry, tok) -> bool:
    if not entry.particle:
        return True
    doc = tok.doc
    if entry.particle in ("on", "in", "at") and any(
            c.lower_ == entry.particle and c.i > tok.i and _dated(c) for c in tok.children):
        return False
    for c in tok.children:
        if c.dep_ in ("prt", "prep", "acomp", "advmod", "oprd") and c.lower_ == entry.particle and c.i > tok.i:
            return True
    for k in (1, 2):
        if tok.i + k < len(doc) and doc[tok.i + k].lower_ == entry.particle:
            return True
        if tok.i + k < len(doc) and doc[tok.i + k].pos_ not in ("DET", "PRON", "ADV", "PART"):
            break
    return False


def choose(entries: list[TriggerEntry], tok, lemmas: set[str], outside_subject: set[str] | None = None) -> TriggerEntry | None:
    ok = [e for e in entries if _requires_ok(e, lemmas) and _particle_ok(e, tok)]
    if not ok:
        return None
    spec = [e for e in ok if e.specific]
    if not spec:
        return ok[0]

    # the most constrained entry: "walk out" of talks (particle and object) over "walk out";
    # of equally constrained ones, the one whose required word is not the subject ("the
    # militants handed over four hostages": released hostages, no extradited militants)
    obj = outside_subject if outside_subject is not None else lemmas
    def positive(e):        # "!word" requirements only exclude, they do not make an entry specific
        return any(not r.startswith("!") for r in e.requires)

    return max(spec, key=lambda e: (positive(e) + bool(e.particle), not positive(e) or _requires_ok(e, obj)))


def _subject_tokens(t) -> set[int]:
    return {x.i for c in t.children if c.dep_ in ("nsubj", "nsubjpass") for x in c.subtree}


def verb_keys(t) -> list[str]:
    """Lemmas to look a verb up by: spaCy's lemma, and where spaCy leaves an irregular or
    regular inflected form unlemmatized or strips it wrongly ("forgave", "raped" -> "rap"),
    the lemma of cues.json's irregular forms or the regular stems of the surface form."""
    out = [t.lemma_.lower()]
    w = t.lower_
    irregular = cues("en").get("irregular_verbs", {})
    if w in irregular:
        out.append(irregular[w])
    if t.tag_ in ("VBD", "VBN", "VBP") and w.endswith("ed") and len(w) > 4:     # VBP: "petitioned" mistagged
        out += [w[:-1], w[:-2]] + ([w[:-3]] if w[-3] == w[-4] else []) + ([w[:-3] + "y"] if w.endswith("ied") else [])
    elif t.tag_ == "VBG" and w.endswith("ing") and len(w) > 5:
        out += [w[:-3], w[:-3] + "e"] + ([w[:-4]] if w[-4] == w[-5] else [])
    elif t.tag_ == "VBZ" and w.endswith("s") and len(w) > 3:
        out += [w[:-1]] + ([w[:-2]] if w.endswith("es") else []) + ([w[:-3] + "y"] if w.endswith("ies") else [])
    return list(dict.fromkeys(out))


def _modifier_participle(t) -> bool:
    """ "the occupied villages", "looted bronzes", "burning tyres", "the detained journalists":
    a participle before its noun names a state or a property, no event of this clause."""
    if t.tag_ == "VBG" and t.dep_ == "pcomp" and t.i > 0 and t.doc[t.i - 1].lower_ == "of" \
            and t.lemma_.lower() in cues("en").get("intransitive_protest_verbs", ()) \
            and any(c.dep_ == "dobj" and _actorish(c) for c in t.children):
        return True     # "thousands of striking teachers", misparsed as a gerund with an object
    if not (t.dep_ == "amod" and t.tag_ in ("VBN", "VBG") and t.i < t.head.i and t.head.pos_ in ("NOUN", "PROPN")):
        return False
    # "torched cars and looted shops": a coordinated predicate misparsed as a modifier
    return not (t.i > 0 and t.doc[t.i - 1].lower_ in ("and", "or", ",") and t.head.dep_ == "conj"
                and t.head.head.dep_ == "dobj")


def _speech_marks(t) -> set[str]:
    """Pseudo-lemmas for "requires" (triggers.tsv) from the verb's syntax: "@ccomp" for a verb
    with reported content ("protested that ...", "..., a rights group protested here"),
    "@foreign_object" for an object of people of a named nationality ("trained Somali
    soldiers"), "@object_to" for an object that is to act ("pressed the government to act"),
    "@must" for a verb of saying whose content says another party must act ("said the
    government must release ..."), "@xcomp" for a verb with a to-infinitive complement
    ("undertook to resolve ..."), "@to_clause" for one with any to-infinitive clause."""
    out: set[str] = set()
    if t.pos_ != "VERB":
        return out
    comps = [c for c in t.children if c.dep_ == "ccomp"]
    if comps or _speech_tail(t):
        out.add("@ccomp")
    if any(c.dep_ == "dobj" and _foreign_people(c) for c in t.children):
        out.add("@foreign_object")
    if any(c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in t.children):
        out.add("@xcomp")               # "undertook to resolve the dispute": an undertaking, not a task
    if any(c.dep_ in ("xcomp", "advcl") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
           for c in t.children):
        out.add("@to_clause")           # "gave the leader until midnight to step down": an ultimatum
    if any(c.dep_ in ("dobj", "dative") and _actorish(c) for c in t.children) and any(
            x.dep_ in ("xcomp", "ccomp") and x.i > t.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)
            for x in t.children) or any(x.dep_ == "ccomp" and x.i > t.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)
                                        and any(g.dep_ == "nsubj" and _actorish(g) for g in x.children) for x in t.children):
        out.add("@object_to")          # "pressed the government to act": a demand
    obl = cues("en").get("obligation_modals", ())
    subj = [c.lower_ for c in t.children if c.dep_ == "nsubj"]
    for c in comps:
        if any(a.dep_ == "aux" and a.lower_ in obl for a in c.children):
            csubj = [x.lower_ for x in c.children if x.dep_ in ("nsubj", "nsubjpass")]
            if csubj and csubj != subj and csubj[0] not in ("i", "it"):
                out.add("@must")
    return out


def _foreign_people(tok) -> bool:
    """ "Ukrainian recruits", "the country's soldiers", "troops from Mali": people of a
    nationality named in the phrase ("@foreign_object" in triggers.tsv: "trained Nigerian
    soldiers" is military aid, training one's own is not)."""
    if tok.lemma_.lower() not in people_words("en"):
        return False
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE"):
            return True
        if c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP", "ORG"):
            return True
        if c.dep_ == "prep" and c.lower_ == "from" and any(g.ent_type_ in ("GPE", "NORP") for g in c.children):
            return True
    return False


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


_MULTI_INDEX: dict[int, dict[str, tuple[int, ...]]] = {}


def _token_words(e: TriggerEntry) -> tuple[str, ...]:
    """The entry's words as spaCy tokenizes them: "sit-in" -> sit - in, "cease-fire" -> cease - fire."""
    out: list[str] = []
    for w in e.words:
        parts = w.split("-")
        for k, part in enumerate(parts):
            if k:
                out.append("-")
            if part:
                out.append(part)
    return tuple(out)


_SEQ_ENTRIES: dict[int, list[tuple[TriggerEntry, tuple[str, ...]]]] = {}


def _sequences(lex) -> list[tuple[TriggerEntry, tuple[str, ...]]]:
    """Entries matched on a token sequence: multiword entries and hyphenated single words."""
    seqs = _SEQ_ENTRIES.get(id(lex))
    if seqs is None:
        seqs = [(e, _token_words(e)) for e in lex.multi]
        seqs += [(e, _token_words(e)) for es in lex.single.values() for e in es if "-" in e.lemma.strip("-")]
        _SEQ_ENTRIES[id(lex)] = seqs
    return seqs


def _multi_by_first_word(lex) -> dict[str, tuple[int, ...]]:
    idx = _MULTI_INDEX.get(id(lex))
    if idx is None:
        tmp: dict[str, list[int]] = {}
        for ei, (e, words) in enumerate(_sequences(lex)):
            tmp.setdefault(words[0], []).append(ei)
        idx = _MULTI_INDEX[id(lex)] = {w: tuple(v) for w, v in tmp.items()}
    return idx


def _seq_head(seq):
    """The token of a matched sequence whose head lies outside it."""
    ids = {x.i for x in seq}
    heads = [x for x in seq if x.head.i not in ids or x.head.i == x.i]
    return heads[0] if len(heads) == 1 else seq[-1]


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
    names = _name_token_indices(doc, sd, stoks)
    # multiword entries, tried only where their first word occurs (same order as a scan
    # of every entry at every position)
    first = _multi_by_first_word(lex)
    seqs = _sequences(lex)
    hits = sorted({(ei, k) for k, t in enumerate(stoks)
                   for w in (lem[t.i], t.lower_) for ei in first.get(w, ())})
    for ei, k in hits:
        e, words = seqs[ei]
        n = len(words)
        if k + n <= len(stoks):
            seq = stoks[k:k + n]
            head = seq[-1] if "-" not in words else _seq_head(seq)
            if all(lem[seq[j].i] == words[j] or seq[j].lower_ == words[j] for j in range(n)) \
                    and (head.pos_ in ("NOUN", "PROPN") if e.pos == "noun" else head.pos_ == "VERB"):
                if e.pos == "noun" and head.dep_ == "compound" and head.head.pos_ == "NOUN" \
                        and (_actorish(head.head) or head.head.lemma_.lower() in cues("en").get("site_nouns", ())):
                    continue    # "humanitarian aid commissioner", "peace talks venue": no event
                cl = clause_tokens(head)
                if _requires_ok(e, {lem[i] for i in cl if i in lem}):
                    out.append(Match(head, tuple(seq), e, cl))
                    used.update(t.i for t in seq)
    for t in stoks:
        if t.i in used:
            continue
        if t.pos_ == "VERB" and t.tag_ == "VBZ" and t.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in t.children):
            pos = "noun"    # "held live-fire drills": a plural noun mistagged as a verb
        elif t.pos_ == "VERB" or (t.lower_ in cues("en").get("irregular_verbs", {}) and t.pos_ in ("ADJ", "NOUN", "PROPN")):
            pos = "verb"
        elif t.pos_ in ("NOUN",) or (t.pos_ == "PROPN" and t.lemma_.lower() in ("riot",)):
            pos = "noun"
        else:
            continue
        if pos == "verb":
            if _modifier_participle(t):
                continue
            # every reading of the form, spaCy's lemma first ("raped": lemma "rap", then "rape")
            readings = [es for es in (lex.lookup(k, "verb") for k in verb_keys(t)) if es]
        else:
            readings = [es for es in (lex.lookup(t.lemma_.lower(), pos), lex.lookup(t.lower_, pos)) if es][:1]
        if not readings:
            continue
        entries = readings[0]
        if t.dep_ == "compound" and (pos == "verb" or (t.head.pos_ == "NOUN" and _actorish(t.head))):
            continue        # "aid workers", "riot police", "protest leaders": people, no event
        if pos == "noun" and t.dep_ == "compound" and t.head.pos_ == "NOUN" \
                and t.head.lemma_.lower() in cues("en").get("site_nouns", ()):
            continue        # "scam compounds", "protest camp", "torture centre": a place, no event
        if pos == "noun" and t.dep_ == "pobj" and t.head.lower_ == "under" \
                and t.lemma_.lower() in cues("en").get("under_idiom_nouns", ()):
            continue        # "will not negotiate under threat of violence": a circumstance
        # ("puts the toll at 14": the "Emergency" of "Emergency Medicine Centre" is a name's word)
        cl = [i for i in clause_tokens(t) if i not in names]
        lemmas = {sd[i].lemma_.lower() for i in cl} | {sd[i].lower_ for i in cl}
        # hyphenated words the tokenizer split ("a sit-in", "a walk-out")
        lemmas |= {sd[i - 1].lower_ + "-" + sd[i + 1].lower_ for i in cl
                   if sd[i].text == "-" and 0 < i < len(sd) - 1 and not sd[i].whitespace_ and not sd[i - 1].whitespace_}
        if t.dep_ == "conj" and t.head.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            # "Internet access was restricted but restored on Monday": the shared subject
            lemmas |= {w for c in t.head.children if c.dep_ == "nsubjpass"
                       for x in c.subtree for w in (x.lemma_.lower(), x.lower_)}
        if t.dep_ == "conj" and any(c.dep_ in ("auxpass", "aux") for c in t.children) \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            # "... at 14 stations and army troops were called in": the parser took the subject for
            # a conjunct of the noun before "and"; the words between "and" and the verb are it
            k = t.i - 1
            while k > t.sent.start and sd[k].dep_ in ("aux", "auxpass", "neg", "advmod"):
                k -= 1
            j = k
            while j > t.sent.start and sd[j].lower_ not in ("and", ",", "but") and t.i - j <= 6:
                j -= 1
            if sd[j].lower_ in ("and", ",", "but"):
                lemmas |= {w for x in sd[j + 1:k + 1] for w in (x.lemma_.lower(), x.lower_)}
        lemmas |= _speech_marks(t)
        for c in t.children:
            # "@on": the verb's own "on" phrase names something other than a day or date ("fired
            # on protesters", not "fired him on Monday")
            if c.dep_ == "prep" and c.lower_ in ("on", "upon") and c.i > t.i and any(
                    g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")
                    and g.lemma_.lower() not in cues("en").get("time_nouns", ()) for g in c.children):
                lemmas.add("@on")
        if t.dep_ == "acl" and t.tag_ == "VBN" and t.head.i < t.i:
            # "stones thrown by the crowd": the noun a reduced relative participle modifies is its object
            lemmas |= {t.head.lemma_.lower(), t.head.lower_}
        for c in t.children:
            if c.dep_ == "ccomp" and (any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                                      or (c.tag_ == "VB" and not any(g.dep_ in ("aux", "mark") for g in c.children))):
                # "allowed opposition leaders to hold a rally", "let inspectors visit the
                # plant": the object parsed into the infinitive
                lemmas |= {x.lemma_.lower() for x in c.subtree if x.i <= c.i}
        subj = _subject_tokens(t)
        in_subj = {w for i in cl if i in subj for w in (sd[i].lemma_.lower(), sd[i].lower_)}
        rest = {w for i in cl if i not in subj for w in (sd[i].lemma_.lower(), sd[i].lower_)}
        e = None
        for entries in readings:
            e = choose(entries, t, lemmas, (lemmas - in_subj) | rest)
            if e is not None:
                break
        if e is None:
            continue
        toks = (t,)
        if e.particle:
            nxt = [c for c in sd[t.i + 1:t.i + 3] if c.lower_ == e.particle]
            if nxt and nxt[0].i == t.i + 1:
                toks = (t, nxt[0])
        elif pos == "noun" and t.dep_ == "dobj" and t.head.i == t.i - 1 \
                and t.head.lemma_.lower() in e.required_words:
            toks = (t.head, t)      # "opened fire": the verb the noun needs is part of the trigger
        out.append(Match(t, toks, e, cl))
    return out


def subordinate(doc: Doc, s0: int, e0: int, s1: int, e1: int, typ: str = "") -> bool:
    """Is the trigger at [s1, e1) in a purpose clause, or for types of arguments.json's
    result_participle_types in any adverbial or participle clause, hanging off the clause of
    the trigger at [s0, e0)? ("handed the army aid to help it pay salaries", "opened fire on
    protesters, killing two": the second is a purpose or a result, not the event; "fired tear
    gas, arresting dozens" are two acts)"""
    sd = spacy_doc(doc)
    if sd is None:
        return False
    a, b = sd.char_span(s0, e0, alignment_mode="expand"), sd.char_span(s1, e1, alignment_mode="expand")
    if a is None or b is None:
        return False
    ha, hb = clause_head(a.root), clause_head(b.root)
    if ha.i == hb.i or hb.dep_ not in ("advcl", "xcomp", "acl") or not any(x.i == ha.i for x in hb.ancestors):
        return False
    return typ in arg_cues("en").get("result_participle_types", ()) \
        or any(c.dep_ == "aux" and c.lower_ == "to" for c in hb.children)


def place_ok(doc: Doc, t0: int, t1: int, s: int, e: int, scope: str, remote: bool = False) -> bool:
    """May the place mention at [s, e) be the place of the event triggered at [t0, t1)?
    Not when it only says where a noun is headed or who it is with ("the mission to Haiti",
    "its dispute with Armenia", "the ambassador to Niger"), and, found outside the event's
    clause, not inside a relative, adverbial or participle clause without the trigger
    ("the council that seized power in Niamey") or in the subject of a verb of saying ("the
    foreign ministry in Vilnius said"). For an act done at a distance (``remote``: criticism,
    demands, support ...) only a phrase of the trigger's own clause counts, not one that
    modifies a noun or a verb of its content."""
    sd = spacy_doc(doc)
    if sd is None:
        return True
    sp, tr = sd.char_span(s, e, alignment_mode="expand"), sd.char_span(t0, t1, alignment_mode="expand")
    if sp is None or tr is None:
        return True
    tok, trig = sp.root, tr.root
    head = tok
    while head.dep_ in ("compound", "appos", "conj", "flat", "amod") and head.head.i != head.i:
        head = head.head
    prep = head.head if head.dep_ == "pobj" else None
    cue = arg_cues("en")
    if prep is not None and prep.lower_ in cue.get("noun_bound_preps", ()) and prep.head.pos_ in ("NOUN", "PROPN") \
            and prep.head.i != trig.i and prep.head.lemma_.lower() not in cue.get("route_nouns", ()):
        return False
    if remote and prep is not None and prep.head.i != trig.i and (
            prep.head.pos_ in ("NOUN", "PROPN")
            or (prep.head.pos_ in ("VERB", "AUX") and any(y.i == prep.head.i for y in trig.subtree))):
        # an act done at a distance: "praised Egypt's mediation efforts in Gaza", "accused the
        # troops of executing civilians in Amhara" -- the place of a noun or of the content
        return False
    if prep is not None and prep.lower_ in ("to", "into", "toward", "towards") and prep.head.pos_ in ("VERB", "AUX") \
            and prep.head.i != trig.i and not any(y.i == trig.i for y in prep.head.subtree):
        return False        # "frees hundreds ..., hands them to Thailand": where another verb sends them
    for x in [tok] + list(tok.ancestors):
        if x.dep_ == "acl" and x.tag_ == "VBN" and _in_subject(x.head) and not any(y.i == trig.i for y in x.subtree):
            continue        # "migrants held at a centre in Tapachula have been on hunger strike": where the doers are
        if x.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children) \
                and (x.head.i == trig.i or (trig.dep_ in ("dobj", "nsubjpass") and x.head.i == trig.head.i)):
            continue        # "fired tear gas to stop a march in the capital": where the act was aimed
        if x.dep_ in ("relcl", "acl", "advcl") and x.pos_ in ("VERB", "AUX") and not any(y.i == trig.i for y in x.subtree):
            return False
        if scope == "sentence" and x.dep_ == "nsubj" and x.head.lemma_.lower() in cues("en").get("reporting_verbs", ()) \
                and not any(y.i == trig.i for y in x.subtree):
            return False
    return True


def _speech_act(v) -> bool:
    """Is v a verb that triggers a speech act (accuse, demand, deny, urge ...)? Not a verb whose
    plain reading is another act ("attacked a settlement"; "attacked the plan" only with its
    object)."""
    lex = triggers("en")
    if lex is None:
        return False
    types = set(cues("en").get("speech_act_types", ()))
    entries = lex.lookup(v.lemma_.lower(), "verb")
    return any(e.type in types for e in entries) \
        and not any(e.type not in types and not e.specific for e in entries)


def _in_subject(tok) -> bool:
    """Is tok the subject of a clause or inside one ("Dozens of migrants")?"""
    for x in [tok] + list(tok.ancestors):
        if x.dep_ in ("nsubj", "nsubjpass"):
            return True
        if x.dep_ not in ("pobj", "prep", "compound", "amod", "appos", "conj"):
            return False
    return False


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
        if c.dep_ == "case" and c.tag_ == "POS":
            break                   # "the government's": the possessor without its "'s"
        if c.dep_ in ("compound", "flat", "nummod", "case") or (c.dep_ == "prep" and c.lower_ in ("of",) and not _of_complement(tok)):
            if c.right_edge.i > right.i:
                right = c.right_edge
        elif c.dep_ == "prep" and c.lower_ == "from" and c.i == right.i + 1 and _actorish(tok) and tok.pos_ == "NOUN" \
                and any(g.dep_ == "pobj" and g.ent_type_ in ("ORG", "NORP") for g in c.children):
            right = c.right_edge    # "activists from the Fatah party"
        elif c.dep_ == "prep" and c.lower_ == "in" and c.i == right.i + 1 and tok.dep_ == "nsubj" and _actorish(tok) \
                and len(list(c.subtree)) <= 6 and any(x.ent_type_ in ("GPE", "LOC") or x.pos_ == "PROPN" for x in c.subtree):
            right = c.right_edge    # "Prosecutors in Milan have opened ...": the place names the actor
        elif c.dep_ == "appos" and c.pos_ in ("PROPN", "NOUN") and _apposition_end(right, c) is not None:
            # "the opposition newspaper La Prensa", "Kenzo Oshima, the UN relief coordinator"
            right = _apposition_end(right, c)
        else:
            break
    doc = tok.doc
    for k in range(tok.i - 1, left.i - 1, -1):
        if doc[k].text in ("-", "–", "—") and doc[k - 1].whitespace_:
            left = doc[k + 1]      # "KINSHASA, Oct 23 (Reuters) - United Nations peacekeepers"
            break
    for k in range(tok.i + 1, right.i + 1):
        if doc[k].pos_ in ("VERB", "AUX") and doc[k].dep_ in ("relcl", "acl", "ccomp", "advcl", "conj", "ROOT"):
            # a misparsed clause inside an "of"-phrase: "clashes between members of two
            # communities left four people dead"
            right = doc[k - 1]
            while right.i > tok.i and (right.is_punct or right.dep_ in ("cc", "prep", "mark")):
                right = doc[right.i - 1]
            break
    inside = tok.doc[left.i:right.i + 1]
    if sum(t.text == "(" for t in inside) > sum(t.text == ")" for t in inside) \
            and right.i + 1 < len(tok.doc) and tok.doc[right.i + 1].text == ")":
        right = tok.doc[right.i + 1]   # "the United Bus Company (Sharekat-e Vahed)"
    return Span(left.idx, right.idx + len(right.text), tok)


def _of_complement(tok) -> bool:
    """ "accused the army of torture": the 'of'-phrase belongs to the verb, not the object."""
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in arg_cues("en").get("of_complement_verbs", ())


def _apposition_end(right, app):
    """The last token of an apposition that directly follows the phrase (after at most a
    comma) and is short and free of clauses; else None."""
    gap = [t for t in right.doc[right.i + 1:app.left_edge.i]]
    if any(t.text != "," for t in gap) or len(gap) > 1:
        return None
    toks = list(app.subtree)
    if len(toks) > 8 or any(t.pos_ in ("VERB", "AUX") or t.dep_ in ("relcl", "acl") for t in toks):
        return None
    last = app.right_edge
    while last.is_punct and last.i > app.i and last.text not in (")",):
        last = last.nbor(-1)
    return last


def conjuncts(tok) -> list:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in NOMINAL:
            out.extend(conjuncts(c))
    return out


def _same_tense_conj(v) -> bool:
    """ "said the kidnappers had called on Tuesday and demanded a ransom": after a plain "said"
    without "that", a past conjunct that shares the pluperfect's auxiliary goes on with the
    reported clause."""
    h = v.head
    # (not "said maintenance had been neglected and accused Pemex": a passive clause's subject
    # is no one who could accuse)
    return v.tag_ in ("VBD", "VBN") and any(c.dep_ == "aux" and c.lower_ in ("had", "have", "has") for c in h.children) \
        and not any(c.dep_ in ("aux", "nsubj") for c in v.children) \
        and not any(c.dep_ in ("auxpass", "nsubjpass") for c in h.children) \
        and any(c.dep_ == "nsubj" and _actorish(c) and c.pos_ != "PRON" for c in h.children)


def _subject(v):
    """nsubj of a verb, inherited through xcomp / conj / relcl / purpose clauses when missing."""
    subjects = []
    for c in v.children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if is_dateline(text_of(c.doc), c.idx, c.idx + len(c.text)):
            # "MEXICO CITY, March 27 (AP) - Dozens of migrants ...": not the dateline, but
            # "NAIROBI, Sept 18 (AFP) - Kenya's High Court ...": the apposition it was given
            # ("BRUSSELS (AP) - The European Union and Britain ...": its conjunct)
            app = next((a for a in c.children if a.dep_ in ("appos", "conj") and a.pos_ in NOMINAL
                        and not is_dateline(text_of(a.doc), a.idx, a.idx + len(a.text))), None)
            if app is None:
                # "ULAANBAATAR, Oct 22 (Reuters) - Mongolia's minister ... resigned": the parser
                # hangs the subject on the agency's name inside the dateline
                app = next((a for a in c.subtree if a.dep_ == "appos" and a.pos_ in NOMINAL and a.i > c.i
                            and a.head.i != c.i
                            and is_dateline(text_of(a.doc), a.head.idx, a.head.idx + len(a.head.text))
                            and not is_dateline(text_of(a.doc), a.idx, a.idx + len(a.text))), None)
            if app is None:
                continue
            if not any(x.dep_ == c.dep_ for x in v.children if x.i != c.i):
                return app, c.dep_ == "nsubjpass"
            continue
        if c.tag_ in ("WDT", "WP") and v.dep_ == "relcl" and v.head.pos_ in NOMINAL and v.head.i < c.i:
            # "the unit, which is investigating the leak"; set off by a comma after "X of Y",
            # the clause is about X ("The Economic Offences Unit of Bihar Police, which ...")
            ante = v.head
            if c.i > 0 and c.doc[c.i - 1].text == "," and ante.dep_ == "pobj" and ante.head.lower_ == "of" \
                    and ante.head.head.pos_ in ("NOUN", "PROPN") and ante.head.head.i < ante.i:
                ante = ante.head.head
            return ante, c.dep_ == "nsubjpass"
        subjects.append(c)
    if subjects:
        # two subjects are a misparse ("A detainee reached by phone said guards had beaten",
        # "The U.N. refugee agency UNHCR urged"): the one nearest before the verb
        before = [c for c in subjects if c.i < v.i]
        c = before[-1] if before else subjects[0]
        return c, c.dep_ == "nsubjpass"
    if v.dep_ == "conj" and v.head.i != v.i and v.head.dep_ == "ccomp" and v.head.head.pos_ == "VERB" \
            and v.head.head.i < v.head.i \
            and (any(c.dep_ == "mark" for c in v.head.children)
                 or (v.head.head.lemma_.lower() in cues("en").get("reporting_verbs", ())
                     and not (v.head.head.lemma_.lower() in ("say", "tell") and _same_tense_conj(v)))) \
            and (v.lemma_.lower() in cues("en").get("reporting_verbs", ()) or _speech_act(v)) \
            and not any(c.dep_ == "prt" for c in v.children):
        # "X denied that herders had attacked anyone and accused police of ...": the second
        # speech act is the speaker's, not a conjunct of the reported clause ("had called up
        # reservists" is no speech act)
        return _subject(v.head.head)
    if v.dep_ == "conj" and v.tag_ == "VBD" and v.head.tag_ == "VB" and v.head.dep_ == "xcomp" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.head.children) and v.head.head.pos_ == "VERB":
        # "called on Ecopetrol to send tankers and threatened to ...": a past tense is no part
        # of the infinitive it was hung on; it goes with the main verb
        return _subject(v.head.head)
    if v.dep_ == "conj" and v.head.i != v.i:
        s, pas = _subject(v.head)
        # "said it was concerned and called on ...": the conjunct's own voice counts
        return s, pas and (v.tag_ == "VBN" and not any(c.dep_ == "aux" for c in v.children))
    if v.dep_ in ("xcomp",) and v.head.i != v.i:
        h = v.head
        # object control: "urged the government to investigate", "called on Kyiv to ..."
        for c in h.children:
            if h.i < c.i < v.i and c.dep_ in ("dobj", "dative") and _actorish(c) and c.pos_ != "PRON":
                return c, False
            if h.i < c.i < v.i and c.dep_ == "prep" and c.lower_ in arg_cues("en").get("control_preps", ()):
                for g in c.children:
                    if g.dep_ == "pobj" and _actorish(g) and g.ent_type_ not in ("DATE", "TIME"):
                        return g, False
        if h.pos_ == "ADJ" and h.dep_ in ("acomp", "amod", "xcomp", "oprd") and h.head.i != h.i:
            h = h.head              # "Norway is willing to send ...", "ready to contribute"
        s, pas = _subject(h)
        return s, False
    if v.dep_ == "advcl" and v.head.i != v.i and v.head.pos_ in ("VERB", "AUX") \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        # purpose infinitive: "police used tear gas to disperse demonstrators"
        s, pas = _subject(v.head)
        return (s, False) if not pas else (_agent(v.head), False)
    if v.dep_ in ("advcl", "conj") and v.tag_ == "VBG" and v.head.i != v.i and v.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ == "mark" and c.lower_ not in ("while", "after", "before", "when") for c in v.children):
        # participle clause: "declared a state of siege, ... arresting political opponents",
        # "fired shots while intercepting a boat"
        forces = cues("en").get("natural_forces", ())
        for w in v.doc[v.head.i + 1:v.i]:
            if w.dep_ in ("advcl", "acl") and w.pos_ == "VERB":
                ns = w.head if w.dep_ == "acl" else next((c for c in w.children if c.dep_ == "nsubj"), None)
                if ns is not None and ns.lemma_.lower() in forces:
                    # "called on donors after a fire swept through the camp, destroying 1,800
                    # shelters": the participle goes with the nearer clause, whose subject is a
                    # natural force (the parser hangs it on the main verb)
                    return ns, False
        s, pas = _subject(v.head)
        return (s, False) if not pas else (_agent(v.head), False)
    if v.dep_ == "acl" and v.tag_ in ("VBD", "VBZ", "VBP"):
        return None, False          # a finite verb misparsed as a modifier: see arguments()
    if v.dep_ == "acl" and v.tag_ == "VBN" and not any(c.dep_ in ("agent", "auxpass") for c in v.children):
        # "An official newspaper called Thursday on Arabs to ...", "Russia, which has bases in
        # ... republics, called for restraint": a past tense taken for a participle in a
        # sentence whose root is a noun, without a verb of its own
        root = v.sent.root
        if v.head.pos_ in NOMINAL and v.head.dep_ in ("ROOT", "appos") and v.head.i < v.i:
            if v.lemma_.lower() in cues("en").get("casualty_participles", ()) \
                    and not any(c.dep_ == "dobj" for c in v.children):
                return v.head, True     # a headline: "Five killed in bomb blast", "Ten gunmen killed in clash"
            return v.head, False
        if root.pos_ in ("PROPN", "NOUN") and root.i < v.i and root.i != v.head.i \
                and not any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj") for t in v.sent):
            return root, False
    if v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.dep_ == "prep" and v.head.lower_ in ("of", "for", "with"):
        # "accused the national guard of firing shots", "blamed X for attacking", "charged X
        # with killing": the object of the accusation (or praise) is who did it, whether the
        # parser hangs the preposition on the verb or on its object
        g = v.head.head
        if g.pos_ == "VERB" and g.i != v.i:
            obj = next((c for c in g.children if c.dep_ == "dobj" and c.i < v.i), None)
            if obj is not None:
                return obj, False
        elif g.pos_ in ("NOUN", "PROPN") and g.dep_ == "dobj" and g.head.pos_ == "VERB" and _actorish(g):
            return g, False
    if v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.dep_ == "prep" and v.head.lower_ == "to" \
            and v.head.head.pos_ in ("VERB", "AUX", "ADJ") and v.head.head.i != v.i:
        s, _ = _subject(v.head.head)       # "Vietnam is committed to opening up its economy"
        return s, False
    if v.dep_ == "acl" and v.head.dep_ in ("dobj", "attr") and v.head.head.pos_ in ("VERB", "AUX") \
            and v.head.lemma_.lower() in cues("en").get("hypothetical_nouns", ()) \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        s, pas = _subject(v.head.head)   # "Poland announced plans to hold ...": Poland holds
        return (s, False) if not pas else (_agent(v.head.head), False)
    if v.dep_ in ("relcl", "acl") and v.head.pos_ in NOMINAL:
        return v.head, v.dep_ == "acl" and v.tag_ == "VBN"
    if v.dep_ == "ROOT" and v.tag_ in ("VBD", "VBZ", "VBP"):
        fronted = _fronted_pp_subject(v)
        if fronted is not None:
            return fronted, False
    return None, False


def _fronted_pp_subject(v):
    """"In a video circulated on WhatsApp, a man who ... , threatened to attack": the parser
    hangs the subject on the fronted phrase as an apposition; a noun set off by a comma inside
    a phrase that opens the sentence, whose phrase ends right before the verb, is its subject."""
    for c in v.children:
        if c.dep_ != "prep" or c.i > v.i or c.i != v.sent.start:
            continue
        for a in c.subtree:
            if a.dep_ == "appos" and a.pos_ in ("NOUN", "PROPN") and a.left_edge.i > 0 \
                    and v.doc[a.left_edge.i - 1].text == "," \
                    and all(v.doc[k].is_punct for k in range(a.right_edge.i + 1, v.i)):
                return a
    return None


def _agent(v):
    for c in v.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    words = " ".join(x.lower_ for x in g.subtree if x.dep_ not in ("det", "punct"))
                    if words in arg_cues("en").get("instrument_agents", ()):
                        return None     # "detonated by remote control": how, not who
                    return _thrower(g)
    for c in v.children:
        if c.dep_ == "conj" and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children):
            # (not "12 were arrested and two officers were injured by ...": a clause of its own)
            a = _agent(c)
            if a is not None and _actorish(a):
                # "were attacked and beaten by soldiers"; not "handed over ... and flown to
                # Bangui by a U.N. helicopter"
                return a
    if v.dep_ == "conj" and v.head.i != v.i:
        for c in v.head.children:
            if c.dep_ == "agent":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
    # "was attacked on the Brass River shortly after 9 a.m. by about 20 armed men": the parser
    # hung the agent on the time or place phrase before it
    if any(c.dep_ == "auxpass" for c in v.children):
        for c in v.children:
            if c.dep_ != "prep" or c.lower_ == "by":
                continue
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                for b in g.children:
                    if b.dep_ == "prep" and b.lower_ == "by":
                        for a in b.children:
                            if a.dep_ == "pobj" and _actorish(a):
                                return a
    return None


def _thrower(g):
    """ "injured by stones thrown by the crowd", "hit by bullets fired by soldiers": the means
    named as the agent, with a participle naming who used it: that one."""
    if _actorish(g):
        return g
    for c in g.children:
        if c.dep_ == "acl" and c.tag_ == "VBN":
            for b in c.children:
                if b.dep_ == "agent":
                    a = next((x for x in b.children if x.dep_ == "pobj"), None)
                    if a is not None and _actorish(a):
                        return a
    return g


def _prep_targets(v, m: Match):
    tp = target_preps("en", cues("en").get("target_preps", {}))
    out = []
    for c in v.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in tp:
            allowed = tp[c.lower_]
            if "*" in allowed or m.entry.type in allowed or f"{m.entry.type}:{m.entry.mode}" in allowed \
                    or (m.entry.particle == c.lower_):
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


def _suffix_actor(lem: str) -> bool:
    """An "-er" / "-ist" ... noun that names people ("protester", "militant"), not one of the
    everyday nouns with such an ending ("border", "offer", "sector")."""
    cue = cues("en")
    return lem not in cue.get("not_actor_nouns", ()) and any(lem.endswith(s) for s in cue.get("actor_suffixes", ()))


def _actorish(tok) -> bool:
    lem = tok.lemma_.lower()
    return tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") \
        or lem in people_words("en") or _suffix_actor(lem) or _count_of_people(tok)


def _count_of_people(tok) -> bool:
    """"arresting 19 of them", "freed 12 of the hostages": a number of a group of people."""
    if tok.tag_ != "CD" and not tok.like_num:
        return False
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj" and (g.lower_ in ("them", "us", "those", "these")
                                         or g.lemma_.lower() in people_words("en")):
                    return True
    return False


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
        if c.dep_ in ("compound", "nmod") and actor_like(doc, c):
            return c
    for c in tok.children:
        # "calls by Kofi Annan", "an appeal from the president"
        if c.dep_ == "prep" and c.lower_ in arg_cues("en").get("source_preps", ()):
            for g in c.children:
                if g.dep_ == "pobj" and actor_like(doc, g):
                    return g
    for c in tok.children:
        # "an Australian ultimatum", "proposed Israeli changes": the demonym names the actor
        if c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE") \
                and tok.lemma_.lower() not in arg_cues("en").get("proposal_nouns", ()):
            return c                # (but "an Egyptian ceasefire proposal" names no party)
    return None


def actor_like(doc: Doc, tok) -> bool:
    """Does the phrase headed by tok name people, a group, an organisation or a state?"""
    if tok.ent_type_ in ("DATE", "TIME"):
        return False                # "Sunday's attack": a day, no one's
    if tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    s, e = tok.idx, tok.idx + len(tok.text)
    for ent in doc.entities:
        for men in ent.mentions:
            if men.start < e and men.end > s:
                return True
    lem = tok.lemma_.lower()
    if lem in people_words("en") or _count_of_people(tok):
        return True
    # "-er" / "-or" nouns name people, unless they name an event ("offer", "order")
    return _suffix_actor(lem) and not _event_noun(tok)


# what is fired, thrown or dropped: the means of an attack, never its target
_WEAPONS = {"rocket", "missile", "shell", "bullet", "round", "shot", "grenade", "bomb", "mortar", "drone", "gas",
            "stone", "rock", "brick", "bottle", "firebomb", "explosive", "artillery", "munition", "projectile",
            "flare", "cannon", "gun", "rifle", "weapon", "ammunition", "bullets", "teargas", "pellet", "dart",
            # and what a crime moves or makes: "laundering money", "smuggled cocaine"
            "money", "cash", "fund", "drug", "cocaine", "heroin", "bribe", "fuel", "gold", "ivory"}


def _bad(tok, m: Match, actor: bool = False) -> bool:
    cue = cues("en")
    if tok is None:
        return True
    if (tok.lemma_.lower() in cue.get("not_arguments", ()) or tok.lower_ in cue.get("not_arguments", ())) \
            and not (tok.tag_ in ("NNP", "NNPS") and tok.text.isupper()):    # "WHO": an acronym
        return not (tok.lower_ in cue.get("pronoun_person", ()))
    if tok.i in {t.i for t in m.toks}:
        return True
    if tok.ent_type_ in ("DATE", "TIME"):
        return True
    if m.entry.requires and tok.lemma_.lower() in m.entry.required_words and not actor \
            and m.entry.type in arg_cues("en").get("required_means_types", ()) \
            and m.entry.lemma in arg_cues("en").get("required_means_lemmas", ()):
        return True     # "send investigators to Kabul": the investigators are the means, not what is investigated
    if m.entry.requires and tok.lemma_.lower() in m.entry.required_words and not _actorish(tok) and not actor \
            and not any(c.dep_ == "poss" and c.pos_ != "PRON" for c in tok.children) \
            and not (m.entry.particle and tok.dep_ == "pobj" and tok.head.lower_ == m.entry.particle) \
            and not (things_ok(m.entry) and tok.dep_ == "dobj" and tok.lemma_.lower() not in _WEAPONS
                     and not triggers("en").lookup(tok.lemma_.lower(), "noun")):
        # (but a thing attacked is the target: "torched more than 80 houses")
        # the required object ("imposed a curfew") is no target, unless it names its owner
        # ("defended the military's handling") or is the object of the trigger's particle
        # ("broke into the compound"); a required weapon as the subject ("Russian missiles
        # struck ...") is the actor
        return True
    if tok.pos_ not in NOMINAL and not (tok.pos_ == "ADJ" and tok.ent_type_ in ("NORP", "GPE")) \
            and not _count_of_people(tok):
        return True
    return False


def _sayer_above(tok):
    """The subject of the verb of saying above tok ("CENTCOM said its forces ..."), if it names
    someone (no pronoun)."""
    v = tok
    for _ in range(6):
        if v.head.i == v.i:
            return None
        v = v.head
        if v.lemma_.lower() in cues("en").get("reporting_verbs", set()):
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.pos_ == "PRON":
                return None
            # "The group's military spokesman said": the group speaks through him
            owner = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
            return owner if owner is not None and subj.lemma_.lower() in ("spokesman", "spokeswoman", "spokesperson") \
                else subj
    return None


_OWN_FORCES = {"force", "troop", "fighter", "soldier", "unit", "militant", "member", "man", "men", "gunman"}


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
                    if pron.lower_ in ("they", "them"):
                        # "the police chief said the students were detained after they threw
                        # stones": "they" is the plural named in the content, if there is one
                        ante = _plural_antecedent(pron)
                        if ante is not None and ante.i > c.i:
                            return ante
                        if (c.ent_type_ == "PERSON" or c.tag_ in ("NN", "NNP")) \
                                and c.ent_type_ not in ("ORG", "GPE", "NORP"):
                            return pron     # one person is no "they"
                    return c
            break
    return pron


def _plural_antecedent(pron):
    """The nearest plural noun before ``pron`` in its sentence that is a subject or object."""
    for t in reversed(list(pron.sent)[: pron.i - pron.sent.start]):
        if t.tag_ in ("NNS", "NNPS") and t.dep_ in ("nsubj", "nsubjpass", "dobj"):
            return t
    return None


def _clause_subjects(t, m: Match) -> list:
    """ "demanded that the US cancel ...", "its demands that Burundi's government grant ...":
    the subject of the demanded content clause."""
    marks = set(arg_cues("en").get("content_marks", ()))
    heads = [t] + [c for c in t.children if c.dep_ in ("dobj", "prep")]
    heads += [g for c in heads[1:] if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for h in heads:
        for c in h.children:
            if c.dep_ in ("ccomp", "acl") and c.pos_ in ("VERB", "AUX") and c.i > t.i \
                    and (any(g.dep_ == "mark" and g.lower_ in marks for g in c.children)
                         or (c.dep_ == "ccomp" and not c.doc[c.left_edge.i - 1].is_punct)):
                for g in c.children:
                    if g.dep_ == "nsubj" and not _bad(g, m) and g.pos_ != "PRON":
                        return [g]
    return []


def _purpose_objects(v, m: Match) -> list:
    """ "staged demonstrations to demand reforms by the government", "marched calling for
    independence from Iraq", "a hunger strike in protest of the government's refusal": the
    object of the stated purpose (its actor part becomes the target)."""
    out = []
    for c in v.children:
        if c.dep_ in ("advcl", "xcomp", "acl") and c.pos_ == "VERB" and c.i > v.i \
                and (any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) or c.tag_ == "VBG"):
            out += [g for g in c.children if g.dep_ == "dobj" and not _bad(g, m)]
            out += [g for p in c.children if p.dep_ == "prep" and p.lower_ in ("for", "against")
                    for g in p.children if g.dep_ == "pobj" and not _bad(g, m)]
        elif c.dep_ == "prep" and c.lower_ == "in":
            for g in c.children:       # "in protest of / against ..."
                if g.dep_ == "pobj" and g.lemma_.lower() in arg_cues("en").get("purpose_nouns", ()):
                    out += [x for p in g.children if p.dep_ == "prep" and p.lower_ in ("of", "against", "with")
                            for x in p.children if x.dep_ == "pobj" and not _bad(x, m)]
    if not out and m.entry.pos == "noun" and v.dep_ == "dobj" and v.head.i != v.i:
        return _purpose_objects(v.head, m)
    return out[:1]


def _dateline_tok(tok) -> bool:
    """An upper-case place name opening an agency report ("NAIROBI, Sept 18 (AFP) -")."""
    return tok.i == tok.sent.start and tok.text.isupper() and len(tok.text) > 2 \
        and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ","


def _event_noun(tok) -> bool:
    lex = triggers("en")
    return tok.pos_ == "NOUN" and lex is not None and bool(lex.lookup(tok.lemma_.lower(), "noun"))


def _inner_actor(tok):
    """The actor named inside an event noun: possessor, compound name, "by" / "of" phrase."""
    for c in tok.children:
        if c.dep_ == "poss" and c.pos_ != "PRON":
            return c
    for c in tok.children:
        if c.dep_ in ("compound", "nmod", "amod") and any(x.pos_ == "PROPN" or x.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")
                                                          for x in c.subtree):
            return c                # "Russian missiles", "US Predator attacks"
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "of"):
            for g in c.children:
                if g.dep_ == "pobj" and _actorish(g) and g.lower_.rstrip(".") not in CURRENCY_BEFORE \
                        and not any(x.like_num for x in g.children if x.dep_ in ("nummod", "compound")):
                    return g        # (not "an ex gratia of Rs 10 lakh")
    return None



def _own(tok, m: Match) -> bool:
    """ "withdraw its troops", "recalled its ambassador": the actor's own people or things
    moved by the event are no target of it."""
    return m.entry.type in arg_cues("en").get("own_object_types", ()) \
        and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)


def _condition_subjects(t, m: Match) -> list:
    """ "threatened to stop the talks if the United States goes ahead": the threat is
    directed at the subject of its condition."""
    conds = set(arg_cues("en").get("condition_marks", ()))
    verbs = [t]
    for v in verbs:
        if len(verbs) < 6:
            verbs += [x for x in v.children if x.dep_ in ("xcomp", "dobj", "acl") or
                      (x.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children))
                      # "warned that the country would leave the bloc if it moved troops"
                      or (x.dep_ == "ccomp" and v is t and m.entry.type == "THREATEN")]
    for v in verbs:
        for c in v.children:
            if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in conds for g in c.children):
                for g in c.children:
                    if g.dep_ == "nsubj" and not _bad(g, m) and g.pos_ != "PRON":
                        return [g]
    return []


def _embedded_targets(t, m: Match, depth: int = 0) -> list:
    """Targets of an infinitive complement of the trigger: its indirect object, an object
    naming actors, a prepositional object ("with Russia", "to Romania"), a prepositional
    object of its object ("relations with Russia"), else its object."""
    preps = arg_cues("en").get("embedded_target_preps", ())
    found: list = []
    for x in t.children:
        threat = x.dep_ == "ccomp" and m.entry.type == "THREATEN" and depth == 0 \
            and any(a.dep_ == "aux" and a.lower_ in ("would", "will", "could", "might", "may") for a in x.children)
        if (x.dep_ != "xcomp" and not threat) or x.pos_ not in ("VERB", "AUX"):
            continue        # ("warned that the bloc would impose sanctions on judges": what it holds out)
        dats = [c for c in x.children if c.dep_ == "dative" and c.pos_ in NOMINAL and not _bad(c, m)]
        dobjs = [c for c in x.children if c.dep_ == "dobj" and not _bad(c, m) and not _own(c, m)]
        # object control: "allow United Nations planes to land"
        dobjs += [g for c in x.children if c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                  for g in c.children if g.dep_ == "nsubj" and not _bad(g, m)]
        # (not a word the embedded verb's own trigger needs: "court" in "take the company to court")
        lex = triggers("en")
        needed = {w for e in (lex.lookup(x.lemma_.lower(), "verb") if lex is not None else ())
                  for w in e.required_words}
        pps = [g for c in x.children if c.dep_ in ("prep", "dative") and c.lower_ in preps
               for g in c.children if g.dep_ == "pobj" and not _bad(g, m) and g.lemma_.lower() not in needed]
        opps = [g for d in dobjs for c in d.children if c.dep_ == "prep" and c.lower_ in preps
                for g in c.children if g.dep_ == "pobj" and not _bad(g, m)]
        # ("threatened to invoke the State Security Law against the organizers": a law is no party)
        opps = [g for d in dobjs for c in d.children if c.dep_ == "prep" and c.lower_ in preps
                for g in c.children if g.dep_ == "pobj" and not _bad(g, m)]
        named = [d for d in dobjs if (d.pos_ == "PROPN" or d.ent_type_ in ("ORG", "GPE", "NORP", "PERSON"))
                 and (d.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") or not (pps or opps))]
        # "warned that its leaders could be fined": who would suffer it
        passives = [c for c in x.children if threat and c.dep_ == "nsubjpass" and not _bad(c, m)]
        ranked = dats + named + pps + opps + [d for d in dobjs if _actorish(d)] + passives
        if not ranked and depth < 1:
            ranked = _embedded_targets(x, m, depth + 1)
        ranked = ranked or [d for d in dobjs if _inner_actor(d) is not None]
        if ranked:
            found.append(ranked[0])
            break
    return found


def arguments(m: Match) -> RawArgs:
    t = m.head
    out = RawArgs()
    if m.entry.pos == "verb":
        subj, passive = _subject(t)
        if t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children):
            passive = True
        elif subj is None and t.dep_ == "acl" and t.tag_ == "VBN" and t.head.pos_ in NOMINAL and t.head.i == t.i - 1:
            subj, passive = t.head, True     # "ordered 23 fans held": the noun is what the participle does to
        elif (t.tag_ == "VBN" or (t.tag_ == "VBD" and any(not r.startswith("!") for r in m.entry.requires))) \
                and t.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "dobj") for c in t.children) \
                and t.head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.head.children):
            # (not with an object of its own: "had been killed and accused police of murder")
            # (a past tense only for a verb that is a trigger by its object: "were attacked and
            # fled" stays active)
            passive = True      # "was restricted on Sunday but restored on Monday": a shared passive
        out.passive = passive
        if passive:
            if subj is not None and not _bad(subj, m):
                out.targets = conjuncts(subj)
            ag = _agent(t)
            if ag is not None and not _bad(ag, m, actor=True):
                out.actors = conjuncts(ag)
        elif subj is not None and (t.tag_ == "VBN" or t.tag_ == "VBD" and not any(c.dep_ == "dobj" for c in t.children)) \
                and (subj.tag_ == "CD" or any(c.dep_ == "nummod" for c in subj.children)) \
                and t.lemma_.lower() in cues("en").get("casualty_participles", ()) \
                and not any(c.dep_ in ("aux", "auxpass") for c in t.children) and not _bad(subj, m):
            # "nine had been killed and 23 wounded", "27 people killed": a reduced passive,
            # the counted are its targets (also as a headline the tagger reads as a past tense
            # with no object: "Five killed in bomb blast", "...; 1 killed")
            out.passive = True
            out.targets = conjuncts(subj)
        else:
            if subj is None and t.tag_ in ("VBD", "VBZ", "VBP") and t.dep_ in ("acl", "relcl"):
                # a finite verb parsed as a modifier: "Russia, which has bases ..., called for"
                root = t.sent.root
                if root.pos_ in ("PROPN", "NOUN") and root.i < t.i:
                    subj = root
                elif root.pos_ == "VERB" and root.i < t.head.i < t.i and t.head.head.i == root.i \
                        and t.doc[t.i - 1].lower_ in (",", "and"):
                    # "Inmates overpowered eleven guards, set mattresses on fire and ...": a
                    # coordinated predicate parsed as a modifier of the object before it
                    subj = _subject(root)[0]
            if subj is not None and _dateline_tok(subj):
                # "NAIROBI, Sept 18 (AFP) - Kenya's High Court ... ordered": the apposition
                subj = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ in NOMINAL), None)
            if subj is not None and subj.pos_ == "PRON":
                subj = _speaker_for(subj)
            elif subj is not None and subj.lemma_.lower() in _OWN_FORCES:
                # "CENTCOM said its forces had destroyed two drone boats": the forces of the sayer
                poss = next((c for c in subj.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
                sayer = _sayer_above(subj) if poss is not None else None
                if sayer is not None:
                    subj = sayer
            if subj is not None and _event_noun(subj):
                # "US Predator attacks have killed ...": the attacker named inside the attack
                subj = _inner_actor(subj)
            if subj is not None and not _bad(subj, m, actor=True):
                out.actors = conjuncts(subj)
            objs = [c for c in t.children if c.dep_ in ("dative",) and c.pos_ in NOMINAL and not _bad(c, m)]
            if not objs and m.entry.type in arg_cues("en").get("recipient_types", ()):
                # "sent Ukraine new weapons", parsed with the recipient inside the object
                objs = [g for c in t.children if c.dep_ == "dobj" for g in c.children
                        if g.dep_ in ("nmod", "compound") and g.i == t.i + 1 and g.pos_ == "PROPN" and not _bad(g, m)]
            if not objs:
                objs = [c for c in t.children if c.dep_ in ("dobj",) and not _bad(c, m) and not _own(c, m)]
            preps = [p for p in _prep_targets(t, m) if not _bad(p, m)]
            on_particle = [p for p in preps if p.head.lower_ == m.entry.particle]
            if m.entry.particle and (on_particle or (preps and (not objs or _actorish(preps[0])))):
                objs = on_particle or preps                # "called on X", "hit out at X"; not "rounded up X on the eve"
            elif objs and objs[0].dep_ == "dobj" and _actorish(objs[0]) \
                    and t.lemma_.lower() in arg_cues("en").get("beneficiary_object_verbs", ()):
                pass                                       # "evacuated 35 children to Ankara": the evacuated are helped
            elif preps and objs and objs[0].dep_ == "dobj" and m.entry.type in arg_cues("en").get("recipient_types", ()):
                objs = preps                               # "contribute troops to a peace force"
            elif preps and objs and _money(objs[0]):
                objs = preps                               # "siphoned off $12 million from a fund"
            elif preps and (not objs or (objs[0].pos_ != "PROPN" and not (things_ok(m.entry) and _actorish(objs[0])) and preps[0].pos_ == "PROPN"
                                         and m.entry.type in ("AID", "SANCTION", "ASSAULT", "COERCE", "DEMAND", "THREATEN", "SUPPORT", "COOPERATE"))):
                objs = preps
            if not objs or (objs[0].pos_ != "PROPN" and not _actorish(objs[0]) and not things_ok(m.entry)
                            and _inner_actor(objs[0]) is None) \
                    or (objs[0].dep_ == "dobj" and objs[0].lemma_.lower() in m.entry.required_words and _inner_actor(objs[0]) is None
                        and any(p.dep_ == "prep" for p in objs[0].children)):     # "recalled its ambassador to Niger"
                # "opened fire on the protesters", "severed ties with Algeria": the target
                # hangs off the object
                for c in t.children:
                    if c.dep_ == "dobj" or c.lemma_.lower() in m.entry.required_words:
                        hang = [p for p in _prep_targets(c, m) if not _bad(p, m)]
                        if hang:
                            objs = hang
                            break
            if m.entry.type in arg_cues("en").get("clause_target_types", ()) \
                    and (not objs or (objs[0].pos_ != "PROPN" and not _actorish(objs[0]))):
                objs = _clause_subjects(t, m) or objs     # "insisted on its demands that X grant ..."
            if not objs:
                # "urged the junta to free ...", "allowed exiled politicians to return", "let
                # inspectors visit": the subject of the complement clause is the verb's object
                objs = [g for c in t.children if c.dep_ == "ccomp" and c.i > t.i
                        and (any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                             or (c.tag_ == "VB" and not any(a.dep_ in ("aux", "mark") for a in c.children)))
                        for g in c.children if g.dep_ == "nsubj" and g.i < c.i and _actorish(g) and g.pos_ != "PRON"
                        and not _bad(g, m)][:1]
            if not objs:
                # "agreed to provide aid to Romania", "threatened to break relations with
                # Russia", "refused to allow United Nations planes to land": the target of
                # the embedded action
                objs = _embedded_targets(t, m)
            if objs:
                out.targets = conjuncts(objs[0])
    else:
        # nominal trigger: possessor / by / of / between as actor, on / against as target
        # "took three customers hostage": the noun is the predicative of a verb it requires
        predicative = t.dep_ in ("xcomp", "ccomp", "oprd", "dobj") and t.head.lemma_.lower() in m.entry.required_words
        poss = [c for c in t.children if c.dep_ == "poss" and c.pos_ != "PRON" and not _bad(c, m)]
        if poss:
            out.actors = conjuncts(poss[0])
        if t.dep_ == "compound" and t.head.pos_ == "NOUN" and not any(c.dep_ == "prep" for c in t.children) \
                and any(c.dep_ == "prep" and c.lower_ == "between" for c in t.head.children):
            t = t.head              # "undertook a mediation mission between X and Y"
        mediated = m.entry.type in arg_cues("en").get("mediator_types", ()) and t.dep_ == "dobj" \
            and _subject(t.head)[0] is not None and not _subject(t.head)[1]
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in ("by", "between", "among"):
                objs = [g for g in c.children if g.dep_ == "pobj" and not _bad(g, m)]
                if objs and mediated and c.lower_ != "by":
                    # "King Hassan would host a meeting between X and Y": X and Y are the parties
                    out.targets = out.targets or conjuncts(objs[0])
                elif objs and not out.actors:
                    out.actors = conjuncts(objs[0])
            if c.dep_ == "prep" and c.lower_ == "of":
                objs = [g for g in c.children if g.dep_ == "pobj" and not _bad(g, m)]
                if objs:
                    if m.entry.type in arg_cues("en").get("of_target_types", ()) or m.entry.mode in ("release", "extradite", "expel", "deport"):
                        out.targets = out.targets or conjuncts(objs[0])
                    elif not out.actors and t.dep_ not in ("dobj",):
                        out.actors = conjuncts(objs[0])
        tg = [p for p in _prep_targets(t, m) if not _bad(p, m)]
        if tg and not out.targets:
            out.targets = conjuncts(tg[0])
        if t.dep_ == "pobj" and t.head.lower_ in ("to", "for") \
                and t.head.head.lemma_.lower() in cues("en").get("invitation_verbs", ()):
            # "invited the unions to talks": the inviter and the invited
            inv = t.head.head
            subj, passive = _subject(inv)
            guest = [c for c in inv.children if c.dep_ == "dobj" and not _bad(c, m)]
            if passive:
                guest, subj = ([subj] if subj is not None else []), _agent(inv)
            if subj is not None and not out.actors and not _bad(subj, m, actor=True):
                out.actors = conjuncts(subj)
            if guest and not out.targets:
                out.targets = conjuncts(guest[0])
        if t.dep_ == "nsubjpass" and t.head.pos_ == "VERB":
            # "a deal was sealed by the EU and Mercosur", "sanctions were imposed by the US on ..."
            ag = _agent(t.head)
            if ag is not None and not out.actors and not _bad(ag, m, actor=True):
                out.actors = conjuncts(ag)
            tg = [p for p in _prep_targets(t.head, m) if not _bad(p, m)]
            if tg and not out.targets:
                out.targets = conjuncts(tg[0])
        if t.dep_ == "dobj" and t.head.lemma_.lower() in arg_cues("en").get("receiving_verbs", ()):
            # "drew condemnation from Arab states": the source is the actor
            src = [g for c in t.head.children if c.dep_ == "prep" and c.lower_ == "from"
                   for g in c.children if g.dep_ == "pobj" and _actorish(g) and not _bad(g, m, actor=True)]
            if src:
                out.actors = conjuncts(src[0])
        g = t.head.head if t.dep_ == "pobj" and t.head.lower_ in ("for", "of", "with") else None
        obj = None
        for _ in range(4):              # "blamed youth from a neighbouring county for the attack"
            if g is None or g.dep_ not in ("pobj", "prep") or g.head.i == g.i:
                break
            g = g.head
        if g is not None and g.pos_ in ("NOUN", "PROPN") and g.dep_ == "dobj":
            g, obj = g.head, g          # the parser hung "for the attack" on the object
        accused = g is not None and g.pos_ == "VERB" and g.lemma_.lower() in arg_cues("en").get("accusing_verbs", ())
        if accused:
            # "blamed armed youth for the attack", "arrested two men for the killing": the
            # accused did it, not the accuser
            obj = obj or next((c for c in g.children if c.dep_ == "dobj" and c.i < t.i), None)
            if obj is not None and not out.actors and _actorish(obj) and not _bad(obj, m, actor=True):
                out.actors = conjuncts(obj)
        elif t.dep_ == "pobj" and t.head.lower_ == "under" and t.head.head.pos_ in ("AUX", "VERB"):
            # "three officers are under investigation": the subject is the target
            subj, _ = _subject(t.head.head)
            if subj is not None and not _bad(subj, m) and not out.targets:
                out.targets = conjuncts(subj)
        elif t.dep_ in ("dobj", "attr", "oprd") or (t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.pos_ in ("VERB", "AUX")
                                                  and t.head.lower_ in ("in", "to", "for", "into", "on")) \
                or (predicative and t.dep_ in ("xcomp", "ccomp")):
            v = t.head if t.dep_ != "pobj" else t.head.head
            # "the minister condemned the attack", "police recorded 120 attacks": the subject
            # judges, counts or reports the event, it does not do it
            observer = v.lemma_.lower() in arg_cues("en").get("observer_verbs", ()) \
                and (t.dep_ == "dobj" or v.lemma_.lower() in arg_cues("en").get("reacting_verbs", ()))
            if t.dep_ == "oprd" and v.lemma_.lower() in arg_cues("en").get("naming_verbs", ()):
                observer = True     # "in what residents called a revenge raid": they name it
            if t.dep_ == "pobj" and any(c.dep_ == "dobj" and _event_noun(c) for c in v.children):
                # "opened an investigation into the attack": the phrase belongs to the object,
                # the subject investigates, it did not attack
                observer = True
            if not out.actors and not observer:
                subj, passive = _subject(v)
                if any(c.dep_ == "agent" for c in v.children):
                    passive = True        # "guards held hostage by inmates", misparsed as a past tense
                if passive:
                    if t.dep_ in ("oprd", "attr") and subj is not None and not _bad(subj, m) and not out.targets:
                        out.targets = conjuncts(subj)     # "the attache was declared persona non grata"
                    subj = _agent(v)
                if subj is not None and not _bad(subj, m, actor=True):
                    out.actors = conjuncts(subj)
            if predicative:
                # "took three customers hostage" (the object), "took 20 villagers hostage" (the
                # parser's compound of the noun)
                held = [c for c in t.children if c.dep_ == "compound" and _actorish(c) and not _bad(c, m)] \
                    or [c for c in v.children if c.dep_ == "dobj" and c.i != t.i and _actorish(c) and not _bad(c, m)]
                if held:
                    out.targets = conjuncts(held[0])
            if not out.targets and t.dep_ == "dobj":
                tg = [p for p in _prep_targets(v, m) if not _bad(p, m)]
                dat = [c for c in v.children if c.dep_ == "dative" and not _bad(c, m)]
                if dat:
                    out.targets = conjuncts(dat[0])
                elif tg:
                    out.targets = conjuncts(tg[0])
    actor_ids = {a.i for a in out.actors}
    out.targets = [x for x in out.targets if x.i not in actor_ids]
    if not out.targets or not (things_ok(m.entry) or any(_actorish(x) or _inner_actor(x) is not None for x in out.targets)):
        # "threatened to stop the talks if the United States goes ahead", "the union will
        # call a general strike if the government does not back down"
        v = m.head if m.entry.pos == "verb" else (m.head.head if m.head.dep_ in ("dobj", "attr") else None)
        if v is not None:
            out.targets = [x for x in _condition_subjects(v, m) if x.i not in actor_ids] or out.targets
    if not out.targets and m.entry.type in arg_cues("en").get("purpose_target_types", ()):
        out.targets = [x for x in _purpose_objects(m.head, m) if x.i not in actor_ids]
    return out


def subject_antecedent(doc: Doc, sent: Sentence, pron: str):
    """The subject of the sentence before ``sent``, when a pronoun subject ("He refused.",
    "They blocked the road.") fits it: he/she a person, they a plural or a group, it a singular
    organisation or state. None when nothing fits."""
    sdoc = spacy_doc(doc)
    if sdoc is None or sent.i == 0:
        return None
    prev = doc.sentences[sent.i - 1]
    span = sdoc.char_span(prev.start, prev.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    found = _fitting_subject(root, pron)
    if found is None and pron in ("it", "they") and root.lemma_.lower() in cues("en").get("reporting_verbs", ()):
        # "GSF spokesman Otieno said the force would set up a base ... It would not withdraw":
        # the subject of what was said, where the sayer does not fit
        comp = next((c for c in root.children if c.dep_ == "ccomp"), None)
        found = _fitting_subject(comp, pron) if comp is not None else None
    return found


# bodies a singular "it" takes up, though their words also name people ("the force")
_IT_BODIES = {"force", "army", "police", "military", "government", "mission", "militia", "group", "unit", "navy",
              "guard", "coalition", "alliance", "company", "firm", "ministry", "court", "junta", "regime"}


def _fitting_subject(root, pron: str):
    subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj or subj[0].pos_ == "PRON":
        return None
    s = subj[0]
    if len(subj) > 1 and subj[1].i == s.i + 1 and subj[1].pos_ == "PROPN":
        s = subj[1]     # "State news agency IRNA said": the name the parser took for a second subject
    if s.lower_ in ("hundreds", "thousands", "dozens", "scores", "tens", "millions", "some", "many", "several"):
        # "Hundreds of residents have blocked the road. They ...": the people counted
        of = next((c for c in s.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is not None:
            s = pobj
    lem = s.lemma_.lower()
    if not _actorish(s) and lem not in cues("en").get("collective_nouns", ()):
        return None
    group = s.ent_type_ in ("ORG", "GPE", "NORP") or lem in cues("en").get("collective_nouns", ())
    person = s.ent_type_ == "PERSON" or (not group and (lem in people_words("en") or _suffix_actor(lem)))
    plural = s.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in s.children)
    if pron in ("he", "she"):
        ok = person and not plural and s.ent_type_ not in ("ORG", "GPE")
    elif pron == "they":
        ok = plural or group
    elif pron == "it":
        ok = not plural and (not person and group or lem in _IT_BODIES)
    else:
        ok = False
    return s if ok else None
