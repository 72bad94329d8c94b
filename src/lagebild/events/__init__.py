"""The events stage: PLOVER-typed events with actors, targets, place, time, figures, claims
and certainty, and the article's main event.

How it works (German and English share everything but the clause analysis):

1. Triggers (``data/<lang>/triggers.tsv``): verb and noun lemmas, German separable verbs
   joined with their particle ("trat ... zurück" -> zurücktreten), German compounds on their
   last part ("Großkundgebung" -> Kundgebung), multiword entries, English phrasal verbs,
   and entries that need a word in the clause ("verhängen" + Ausnahmezustand -> COERCE).
2. Second opinion (``embed.py``): lead sentences without any lexicon trigger are compared
   with labelled sentences (``data/<lang>/examples.tsv`` and the development sets copied to
   ``examples.bench.tsv``) in multilingual-e5 space; a clear nearest-neighbour vote above a
   similarity threshold adds one event on the sentence's main verb. The lexicon always wins
   where it fires (measured in bench/events.py on the blind sets: German type accuracy
   +0.01, English 0 to +0.01; it costs 20-50 ms a sentence it looks at).
3. Arguments (``german.py`` / ``english.py``): actor and target from the clause (subject
   and object, passive agents "von"/"durch"/"by", coordination, zu-infinitive control),
   targets of non-violent events only when they name actors; resolved to entity ids where
   an entity mention covers the phrase head, else ``{"text": ...}``; pronouns to the claim's
   speaker or the last person named. Place: a locative place mention in the clause, else in
   the sentence, else in the sentence before (same paragraph), else the article's dominant
   place (two or more mentions). Time: in the clause, else the sentence, else the sentence
   before in the same paragraph (narrative reference time), else none. Figures in the clause
   (of a kind that fits the type); claims whose content covers the trigger.
4. Certainty: negated > hypothetical > alleged > reported > asserted; a hostile action
   announced under a condition or threat is itself a THREATEN event (PLOVER).
5. One event per trigger; same-type triggers in one sentence merge unless their actors
   differ; a promise or order verb with a noun trigger as object is the noun's event.
6. Main event (``main_event.py``): type weight, the lead (after a dateline) and its
   predicate, the title's words, casualty figures, recurrence of the type, place; background
   (causal or temporal phrases and clauses, relative clauses, what is investigated or
   prevented) weighs less; a verbal reaction hands the weight to the act it refers to, a
   casualty verb or flight to the act it results from. Measured by bench/main_event.py.
"""
from __future__ import annotations

import dataclasses
import os
import re
from dataclasses import dataclass, field

from ..doc import Doc, Sentence
from ..record import Acled, Event, TextArg, Trigger
from . import lexicon
from .argcues import is_dateline, arg_cues, people_words
from .convention import plover_code
from .lexicon import TriggerEntry, cues, things_ok
from ..places.gazetteer import demonyms, norm

FIG_KINDS = {
    "killed": {"ASSAULT", "CRIME", "PROTEST"}, "injured": {"ASSAULT", "CRIME", "PROTEST", "COERCE"},
    "missing": {"ASSAULT", "CRIME"}, "arrested": {"COERCE"}, "participants": {"PROTEST"},
    "displaced": {"ASSAULT", "RETREAT"}, "other": set(),
}


@dataclass
class Arg:
    start: int
    end: int
    hs: int          # head start / end (character offsets)
    he: int
    text: str
    pron: str | None = None


@dataclass
class Cand:
    sent: Sentence
    start: int                       # trigger span
    end: int
    entry: TriggerEntry
    clause: tuple[int, int]          # character range of the clause (first..last token)
    clause_chars: list[tuple[int, int]] = field(default_factory=list)   # token spans of the clause
    holes: list[tuple[int, int]] = field(default_factory=list)   # embedded relative clauses, appositions (characters)
    actors: list[Arg] = field(default_factory=list)
    targets: list[Arg] = field(default_factory=list)
    certainty: str = "asserted"
    pos: str = "verb"
    source: str = "lexicon"
    in_pp: bool = False              # nominal trigger inside a prepositional phrase
    main_clause: bool = False        # the trigger predicates its sentence's main clause
    modifier: bool = False           # a participle describing a noun ("trucks carrying food")
    merged: list[tuple[int, int]] = field(default_factory=list)  # trigger spans merged into this one
    reason: str = ""                 # why hypothetical: intent | threat | demanded | refused | must | modal | conditional | condition | offer | unless
    #                                  (negated: intent | modal, a refusal "would not meet the demands")


# ------------------------------------------------------------------------------------
def annotate(doc: Doc) -> None:
    doc.events = []
    doc.main_event = None
    if doc.lang not in ("de", "en") or not doc.sentences or lexicon.triggers(doc.lang) is None:
        return
    if doc.lang == "en":
        from .english import set_entities

        set_entities(doc)
    cands: list[Cand] = []
    covered: set[int] = set()
    for sent in doc.sentences:
        if editorial_note(doc, sent):
            covered.add(sent.i)         # no events, and no second opinion either
            continue
        got = _german(doc, sent) if doc.lang == "de" else _english(doc, sent)
        if got or _vetoed(doc, sent):
            covered.add(sent.i)
        cands.extend(got)
    mode = os.environ.get("LAGEBILD_EVENTS_EMBED", "lead")
    if mode != "off":
        from . import embed

        cands.extend(embed.second_opinion(doc, [s for s in doc.sentences if s.i not in covered], mode))
    cands.sort(key=lambda c: (c.start, c.end))
    cands = [c for c in cands if not any(_natural_force(doc, a) for a in c.actors)]
    _threats(cands)
    for c in cands:
        others = [(o.start, o.end) for o in cands if o is not c and o.sent.i == c.sent.i]
        c.actors = [a for a in c.actors if not any(a.hs < e and s < a.he for s, e in others)]
    cands = _light_verbs(doc, cands)
    cands = _denied_involvement(doc, cands)
    cands = _merge(doc, cands)
    _retype(doc, cands)
    _risk_warnings(doc, cands)
    _build(doc, cands)


def _vetoed(doc: Doc, sent) -> bool:
    """Has the sentence a trigger word that a word of the sentence rules out (a "!word" of
    triggers.tsv: "Ein Tanklaster explodierte", "a fuel tanker exploded")? The lexicon has
    decided it tells no event, so the second opinion is not asked."""
    lex = lexicon.triggers(doc.lang)
    toks = doc.tokens[sent.tok_start:sent.tok_end]
    lemmas = {(t.lemma or t.text).lower() for t in toks}
    for t in toks:
        pos = "verb" if t.upos in ("VERB", "AUX") else "noun" if t.upos in ("NOUN", "PROPN") else None
        if pos is None:
            continue
        entries = lex.lookup((t.lemma or t.text).lower(), pos)
        if entries and all(any(r.startswith("!") and r[1:] in lemmas for r in e.requires) for e in entries):
            return True
    return False


def _retype(doc: Doc, cands: list[Cand]) -> None:
    """plover.json's "retype" rules: the same act is another type in other hands ("Crowds
    torched dozens of shops": a riot, not a state's destruction of property)."""
    for rule in lexicon.plover().get("retype", ()):
        for c in cands:
            if c.entry.type != rule["type"] or (rule.get("mode") and c.entry.mode not in rule["mode"]):
                continue
            if rule.get("actor_class") and not (_classes_in(doc, c.actors[:1]) & set(rule["actor_class"])):
                continue
            if "actor_not_class" in rule:
                # someone named, and not of these classes nor these words (the state's forces)
                if not c.actors or _classes_in(doc, c.actors[:1]) & set(rule["actor_not_class"]):
                    continue
                head = doc.token_at(c.actors[0].hs)
                lem = ((head.lemma or head.text) if head is not None else c.actors[0].text).lower()
                if any(lem.endswith(w) for w in rule.get("actor_not_words", ())):
                    continue
            if rule.get("near_type") and not any(o is not c and o.entry.type == rule["near_type"]
                                                 and 0 <= c.sent.i - o.sent.i <= 1 for o in cands):
                continue
            lemmas = set(rule.get("trigger_lemmas", ()))
            if lemmas and c.entry.lemma not in lemmas:
                continue
            if rule.get("no_near_type") and any(
                    o is not c and o.entry.type == rule["no_near_type"] and o.entry.lemma not in lemmas
                    and abs(c.sent.i - o.sent.i) <= 2 for o in cands):
                continue
            c.entry = dataclasses.replace(c.entry, type=rule["to"], mode=rule.get("to_mode", c.entry.mode),
                                          acled_event_type=None, acled_sub_event_type=None)


_WARN_LEMMAS = {"warnen", "warn", "warnung", "warning"}
_POSSIBILITY = {"könne", "könnte", "könnten", "können", "could", "may", "might"}
_PERSONAL = {"er", "sie", "wir", "ich", "man", "it", "they", "we", "he", "she", "i"}
_WARNER_KINDS = {"ngo", "intergov"}
# a condition or the consequences the warner holds out make a warning a threat
_THREAT_WORDS = {"if", "unless", "wenn", "falls", "sofern", "face", "consequence", "consequences", "konsequenz",
                 "konsequenzen", "gegenmaßnahme", "gegenmaßnahmen", "vergeltung", "retaliation", "retaliate",
                 "respond", "response", "reagieren", "antwort"}


def _risk_warnings(doc: Doc, cands: list[Cand]) -> None:
    """A warning of a risk is criticism, not a threat: THREATEN is for what the warner itself
    would do. DISAPPROVE when the warner is an aid, rights or international organisation ("warnte
    die WHO vor einer Abriegelung"), or when what it warns of is a possibility with no party as
    its subject ("Solche Maßnahmen könnten dazu führen ...", "Es könne dazu missbraucht werden
    ..., warnte ihr Vizepräsident"); "warned it could strike", "warned that Israel could face
    consequences" stay threats."""
    for c in cands:
        if c.entry.type != "THREATEN" or c.entry.lemma.lower() not in _WARN_LEMMAS:
            continue
        risk = False
        if c.actors:
            a = c.actors[0]
            kinds = {ent.kind for ent, men in _mentions(doc) if men.start < a.end and a.start < men.end
                     and ent.type == "ORG"}
            risk = bool(kinds & _WARNER_KINDS)
        if not risk:
            for cl in doc.claims:
                if cl.content_start is None or not (cl.start <= c.start < cl.end) \
                        or c.start >= cl.content_start and c.start < cl.content_end:
                    continue
                toks = [t for t in doc.tokens_in(cl.content_start, cl.content_end) if t.upos != "PUNCT"]
                k = next((i for i, t in enumerate(toks) if t.text.lower() in _POSSIBILITY), None)
                if k is None or not toks or toks[0].text.lower() in _PERSONAL \
                        or any(t.text.lower() in _THREAT_WORDS or (t.lemma or "").lower() in _THREAT_WORDS for t in toks):
                    continue    # "other foreign media could face the same measures if they continued"
                named = any(ent.type in ("PER", "ORG", "GPE") and cl.content_start <= men.start < toks[k].start
                            for ent, men in _mentions(doc))
                if not named:
                    risk = True
                    break
        if risk:
            c.entry = dataclasses.replace(c.entry, type="DISAPPROVE", mode=None,
                                          acled_event_type=None, acled_sub_event_type=None)


# -- language front ends -------------------------------------------------------------
def _german(doc: Doc, sent: Sentence, pick=None) -> list[Cand]:
    """Lexicon triggers of one German sentence, or (pick given) the one match pick(clauses) makes."""
    from . import german as de

    cls = de.clauses(doc, sent)
    matches = de.find_triggers(doc, sent, cls) if pick is None else pick(cls)
    if not matches:
        return []
    time_toks = {t.i for tx in doc.times for t in doc.tokens_in(tx.start, tx.end) if t.sent == sent.i} \
        if doc.times else set()
    heads = {m.head for m in matches}
    out = []
    for m in matches:
        k = m.clause.a
        while k < m.clause.b - 1 and doc.tokens[k].text in ("„", "“", "\"", "»", "«", "‚", "'"):
            k += 1          # an opening quotation mark
        first = doc.tokens[k]
        if first.pos == "PWS" and first.text.lower() == "wer":
            continue    # "Wer Menschen im Schlaf angreift, ...": anyone who would, no event
        if m.entry.pos == "noun" and any(np.start <= m.head < np.core_end and np.prep in
                                         cues("de").get("idiom_pps", {}).get(m.entry.lemma, ())
                                         for np in m.clause.nps):
            # "hielt vier Menschen in seiner Gewalt": in his power, no violence, but holding
            # people in one's power is taking them captive
            held = {doc.tokens[i].lemma.lower() for i in m.clause.idx()} & set(cues("de").get("captivity_verbs", ()))
            if not held:
                continue
            m = dataclasses.replace(m, entry=dataclasses.replace(
                m.entry, type="CRIME", mode="kidnap", acled_event_type="Violence against civilians",
                acled_sub_event_type="Abduction/forced disappearance"))
        ra = de.arguments(doc, m, cls, heads, time_toks)
        if ra.impending:
            continue    # "Ihm drohen zehn Jahre Haft": a danger, nobody threatens
        c0, c1 = doc.tokens[m.clause.a], doc.tokens[m.clause.b - 1]
        toks = [doc.tokens[i] for i in m.toks]
        cand = Cand(sent, toks[0].start, toks[-1].end, m.entry, (c0.start, c1.end),
                    [(doc.tokens[i].start, doc.tokens[i].end) for i in m.clause.idx()],
                    pos=m.entry.pos)
        cand.in_pp = ra.in_pp
        # relative clauses and appositions ("einen 41-Jährigen aus Bramsche") hold no place or
        # time of the event
        cand.holes = [(doc.tokens[h0].start, doc.tokens[h1 - 1].end) for h0, h1 in m.clause.holes + ra.appositions]
        cand.main_clause = doc.tokens[m.clause.a].pos not in ("KOUS", "KOUI", "PRELS", "PRELAT", "PWAV", "PWS") \
            and m.clause.finite is not None and (m.entry.pos == "verb" or not ra.in_pp)
        targets = ra.targets
        if m.entry.mode in arg_cues("de").get("actor_only_modes", ()):
            targets = [np for np in targets if de.actor_like(doc, np)]    # smuggled goods are no victims
        elif not things_ok(m.entry) and not (len(targets) > 1 and de.actor_like(doc, targets[0])
                                           and de.coordinated(doc, targets)):
            # a coordination led by an actor keeps its members ("den Gouverneur und seine Berater")
            targets = [np for np in targets if de.actor_like(doc, np)]
        cand.actors = _de_args(doc, ra.actors)
        cand.targets = _de_args(doc, targets)
        cand.certainty, _, cand.reason = _de_certainty(doc, m, cls).partition(":")
        out.append(cand)
    return out


def _de_args(doc: Doc, nps) -> list[Arg]:
    out = []
    for np in nps:
        h = doc.tokens[np.head]
        s, e = doc.tokens[np.start].start, doc.tokens[np.end - 1].end
        pron = h.text.lower() if np.pron else None
        out.append(Arg(s, e, h.start, h.end, doc.text[s:e], pron))
    return out


def _de_certainty(doc: Doc, m, cls) -> str:
    from . import german as de

    cue = cues("de")
    toks = doc.tokens
    c = m.clause
    head = toks[m.head]
    ctoks = [toks[i] for i in c.idx()]
    lemmas = [t.lemma.lower() for t in ctoks]
    words = [t.text.lower() for t in ctoks]
    # the preposition of the phrase the trigger heads, if any ("bei Protesten", "ohne Vorwarnung")
    trig_preps = [np.prep for np in c.nps if np.start <= m.head < np.core_end and np.prep]
    in_pp = bool(trig_preps)
    # "ohne Vorwarnung", "ohne Gegenwehr": the event noun is what did not happen
    if m.entry.pos == "noun" and "ohne" in trig_preps:
        return "negated"
    # "lud die Gewerkschaften zu Gesprächen ein": the talks one is invited to are still to come
    if m.entry.pos == "noun" and set(trig_preps) & {"zu", "zum", "zur"} \
            and de.has_verb(ctoks, cue.get("invitation_verbs", ())):
        return "hypothetical:intent"
    # "drohte mit Angriffen", "droht mit Streik": the threatened action has not happened
    if m.entry.pos == "noun" and "mit" in trig_preps \
            and any(t.lemma.lower() in cue.get("impending_verbs", ()) and t.pos.startswith("V") for t in ctoks):
        return "hypothetical:threat"
    # negation: "nicht" / "kein" / "weder" in the clause before the end of the trigger
    for t in ctoks:
        # "nicht", and "nie" / "niemals" ("habe nie Schmiergeld angenommen")
        neg = t.pos == "PTKNEG" or (t.text.lower() in ("nie", "niemals") and t.pos == "ADV")
        if neg and _negates_attribute(toks, t.i):
            continue        # "ihr nicht dringend benötigtes Personal": an attribute is negated
        # "Festnahmen gab es bislang keine", "Tote habe es keine gegeben": a stranded "kein"
        # after the verb negates the event noun fronted before it
        stranded = t.lemma.lower() in ("kein", "keiner", "keinerlei") and m.entry.pos == "noun" and not in_pp \
            and t.i > m.head and not (t.i + 1 < len(toks) and toks[t.i + 1].pos in ("NN", "NE", "NNA", "ADJA", "CARD")) \
            and not any(x.pos.startswith("V") for x in ctoks if x.i < m.head)
        if stranded:
            return "negated"
        if neg or (t.lemma.lower() in ("kein", "keinerlei", "niemand") and t.i <= m.head + 1) \
                or (t.lemma.lower() == "niemand" and (m.entry.pos == "verb" or (not in_pp and _de_doing_verb(ctoks, m.head)))) \
                or (t.lemma.lower() == "nichts" and m.entry.pos == "noun" and t.i == m.head + 1) \
                or (t.text.lower() == "weder" and t.i < m.head):
            # "Schüsse fielen nicht": a noun whose light verb is negated
            light = m.entry.pos == "noun" and neg and not in_pp and t.i > m.head and (
                bool(m.entry.requires)
                # "Gewalt sei nicht angewendet worden", "Eine Festnahme gab es nicht": the negated
                # verb only carries the noun
                or (any(x.pos.startswith("V") and x.i != m.head
                        and x.lemma.lower() in set(cue.get("noun_event_verbs", ())) | set(cue.get("use_verbs", ()))
                        for x in ctoks)
                    and not (t.i + 1 < len(toks) and toks[t.i + 1].text.lower() == "nur")))
            # "Einen Putsch habe niemand geplant": no one is the subject of the noun's verb
            if m.entry.pos == "verb" or t.i < m.head or light or t.lemma.lower() in ("nichts", "niemand"):
                # "werde die Forderungen nicht erfüllen", "will nicht verhandeln": a refusal
                if any((x.pos == "VAFIN" and x.lemma.lower() == "werden" and any(y.pos == "VVINF" for y in ctoks))
                       or (x.pos == "VMFIN" and x.lemma.lower() in cue.get("refusal_modals", ())) for x in ctoks):
                    return "negated:intent"
                return "negated"
    # hypothetical: future "werden" + infinitive, modal + infinitive, conditional, zu-infinitive
    # under a governor ("drohte, ... zu töten"), noun trigger as object of a governor
    # a participle spelt like the infinitive ("überfallen") is an infinitive only after a modal
    # or a present form of "werden" ("wurde ... überfallen", "hat ... überfallen": participles)
    is_inf = head.pos in ("VVINF", "VVIZU") or (m.head > 0 and toks[m.head - 1].pos == "PTKZU") \
        or (head.pos in ("VVFIN", "VVPP") and head.text.lower() == head.lemma.lower()
            and any((t.pos == "VMFIN" or (t.pos == "VAFIN" and t.lemma.lower() == "werden"
                                          and t.text.lower() not in cue.get("past_werden", ())))
                    and t.i < m.head for t in ctoks))
    perfect_inf = any(w in ("haben", "sein", "worden") for w in words) and any(t.pos == "VVPP" for t in ctoks)
    idx = cls.index(c)
    # denial of having done it: "bestritt, das Krankenhaus bombardiert zu haben", "dementierte,
    # dass ..."
    zu_clause = (m.head > 0 and toks[m.head - 1].pos == "PTKZU") or head.pos == "VVIZU" \
        or (head.pos == "VVPP" and m.head + 1 < len(toks) and toks[m.head + 1].pos == "PTKZU") \
        or (ctoks and ctoks[0].text.lower() == "dass") \
        or (m.entry.pos == "noun" and any(t.pos == "PTKZU" for t in ctoks))   # "bestritt, als Geisel genommen worden zu sein"
    if zu_clause and idx > 0:
        if de.has_verb([toks[i] for i in cls[idx - 1].idx()], cue.get("denial_verbs", ())):
            return "negated"
    conds = cue.get("conditional", ())
    unless = cue.get("unless_phrase", "").split()
    if unless and idx + 1 < len(cls) and \
            [t.text.lower() for t in toks[cls[idx + 1].a:cls[idx + 1].a + len(unless)]] == unless:
        return "hypothetical:unless"             # "werde abziehen, es sei denn, ..."
    if (ctoks and ctoks[0].text.lower() in conds) or any(w in ("wenn", "falls", "sofern") for w in words):
        return "hypothetical:condition"          # "falls die Rebellen angreifen": the condition itself
    if any(toks[cc.a].text.lower() in conds for cc in cls[max(0, idx - 1):idx]):
        return "hypothetical:conditional"        # "Sollte die Regierung nicht einlenken, werde ..."
    for t in ctoks:
        lem = t.lemma.lower()
        if t.pos == "VAFIN" and lem == "werden" and (is_inf or (head.pos == "VVPP" and "werden" in [x.lemma.lower() for x in ctoks if x.pos == "VAINF"])):
            return "hypothetical:intent"
        if t.pos == "VMFIN" and lem in cue.get("modals_hypothetical", ()):
            if lem == "sollen" and (perfect_inf or any(w in ("inzwischen", "mittlerweile", "seit", "seitdem", "seither")
                                                       for w in words)):
                return "alleged"    # "soll ... getötet haben", "soll inzwischen mit der Polizei zusammenarbeiten"
            if (is_inf or head.pos == "VVPP") and t.i != m.head:
                return "hypothetical:" + cue.get("modal_reasons", {}).get(lem, "modal")
            if m.entry.pos == "noun" and any(x.pos == "VAINF" and x.lemma.lower() == "werden" for x in ctoks) \
                    and any(x.pos == "VVPP" for x in ctoks) and not in_pp:
                # "Die Verhandlungen sollen am 23. Juni fortgesetzt werden": a planned next step
                return "hypothetical:" + cue.get("modal_reasons", {}).get(lem, "modal")
            if m.entry.pos == "noun" and any(x.pos == "VVINF" and x.lemma.lower() in cue.get("noun_event_verbs", ())
                                             for x in ctoks):
                # "wollen in einen Streik treten", "wollen Gespräche führen"
                return "hypothetical:" + cue.get("modal_reasons", {}).get(lem, "modal")
        if t.pos == "VAFIN" and lem == "werden" and t.text.lower() not in cue.get("past_werden", ()) \
                and m.entry.pos == "noun" and not in_pp and any(x.pos == "VVINF" for x in ctoks):
            # "Ab Dienstag wird eine Sonderkommission die Ermittlungen übernehmen": a future step
            return "hypothetical:intent"

    def governed(cands_toks):
        # particles of the trigger's clause and of the clause before it ("kündigte an, ... zu lockern")
        parts = [toks[i].lemma.lower() for cc in cls[max(0, idx - 1):idx + 1] for i in cc.idx()
                 if toks[i].pos == "PTKVZ"]
        for t in cands_toks:
            keys = [t.lemma.lower()] + [p + t.lemma.lower() for p in parts]
            for key in keys:
                if key in cue.get("hypothetical_governors", ()):
                    if key in cue.get("toll_verbs", ()) and any(
                            x.lemma.lower() in cue.get("toll_nouns", ()) for x in ctoks):
                        continue    # "Die Kämpfe forderten 30 Menschenleben": a toll, no demand
                    if key in cue.get("impending_verbs", ()) and de.impending(doc, c):
                        return "hypothetical:impending"     # "ihr droht die Abschiebung"
                    return "hypothetical:" + cue.get("governor_reasons", {}).get(key, "intent")
        return None

    if is_inf:
        idx = cls.index(c)
        gov = [toks[i] for cc in cls[max(0, idx - 1):idx + 1] for i in cc.idx()
               if (toks[i].pos.startswith("VV") or toks[i].pos == "ADJD") and i != m.head]
        r = governed(gov)
        if r:
            return r
        if idx > 0:
            # "Es gebe keine Pläne, die Beziehungen abzubrechen", "die Absicht, ... zu entsenden"
            for i in cls[idx - 1].idx():
                if toks[i].pos == "NN" and toks[i].lemma.lower() in cue.get("hypothetical_governor_nouns", ()):
                    if any(toks[k].lemma.lower() in ("kein", "keinerlei") for k in range(max(cls[idx - 1].a, i - 3), i)):
                        return "negated"
                    return "hypothetical:intent"
    for phrase in cue.get("hypothetical_phrases", ()):
        if all(w in lemmas for w in phrase.split()) and not in_pp:
            return "hypothetical:intent"         # "stellte Kenia ein Darlehen in Aussicht"
    if m.entry.pos == "noun" and not in_pp and idx > 0 \
            and any(t.pos in ("VVIZU", "PTKZU") for t in ctoks):
        # "Kanada plant, Strafzölle ... zu erheben": the noun's support verb is a planned infinitive
        r = governed([toks[i] for i in cls[idx - 1].idx() if toks[i].pos.startswith("VV")])
        if r:
            return r
    if m.entry.pos == "noun" and not in_pp:
        # "sicherte dem Sudan ihre Solidarität zu": assured support is the support itself
        promise = set(cue.get("promise_verbs", ())) if m.entry.type == "SUPPORT" else set()
        # "beschloss neue Sanktionen": adopting the measure is imposing it
        promise |= set(cue.get("adopting_verbs", ()))
        own = _own_conjunct(ctoks, m.head)
        parts = [t.lemma.lower() for t in own if t.pos == "PTKVZ"]
        r = governed([t for t in own if t.pos.startswith("VV") and t.i != m.head
                      and not ({t.lemma.lower()} | {p + t.lemma.lower() for p in parts}) & promise])
        if r:
            return r
    if m.entry.pos == "verb" and m.entry.lemma in cue.get("promise_verbs", ()) \
            and m.entry.type not in cue.get("speech_act_types", ()) and m.entry.type != "CRIME":
        return "hypothetical:intent"              # "Syrien bot dem Libanon Truppen an": offered aid
    # a hedge on a participant ("mutmaßliche Dschihadisten") does not hedge the event
    if any((t.text.lower() in cue.get("hedges", ()) or t.lemma.lower() in cue.get("hedges", ())) and t.pos != "ADJA"
           for t in ctoks):
        return "alleged"
    # Konjunktiv I on the trigger or its auxiliary: reported speech
    for t in ctoks:
        if t.finite and (t.mood == "sub1" or (t.mood is None and t.text.lower() in cue.get("reported_forms", ()))):
            return "reported"
    return "asserted"


_COORDINATORS = {"und", "oder", "sowie", "aber", "and", "or", "but"}


def _own_conjunct(ctoks, head: int):
    """The conjunct of coordinated predicates that holds token ``head`` ("verurteilte den
    Anschlag | und sagte den Opfern Hilfe zu"), when that conjunct has a full verb of its own;
    else the whole clause."""
    cuts = [k for k, t in enumerate(ctoks) if t.pos == "KON" and t.text.lower() in _COORDINATORS]
    if not cuts:
        return ctoks
    bounds = [0] + [k + 1 for k in cuts] + [len(ctoks) + 1]
    for a, b in zip(bounds, bounds[1:]):
        seg = ctoks[a:b - 1]
        if any(t.i == head for t in seg):
            if any(t.pos.startswith("VV") and t.i != head for t in seg) \
                    and all(any(t.pos.startswith("VV") for t in ctoks[x:y - 1]) for x, y in zip(bounds, bounds[1:])):
                return seg
            return ctoks
    return ctoks


def _de_doing_verb(ctoks, head: int) -> bool:
    """Does the clause hold a verb of doing or planning for the event noun ("einen Putsch
    geplant", "den Anschlag verübt"), not one of claiming or reporting it?"""
    from .argcues import arg_cues

    verbs = set(cues("de").get("hypothetical_governors", ())) | set(arg_cues("de").get("support_verbs", ())) \
        | set(cues("de").get("noun_event_verbs", ())) | {"verüben", "begehen", "planen", "durchführen", "anordnen"}
    return any(t.pos.startswith("VV") and t.i != head and t.lemma.lower() in verbs for t in ctoks)


def _negates_attribute(toks, i: int) -> bool:
    """Does the German "nicht" at token i negate an attributive adjective ("nicht dringend
    benötigtes Personal", "ein nicht genehmigter Protest") rather than the clause?"""
    k = i + 1
    while k < len(toks) and toks[k].sent == toks[i].sent and toks[k].pos in ("ADV", "ADJD"):
        k += 1
    return k < len(toks) and toks[k].sent == toks[i].sent and toks[k].pos == "ADJA"


_AIR_STRIKE = re.compile(r"\b(?:air[ -]?strikes?|drone strikes?|missile strikes?|rocket strikes?)\b", re.IGNORECASE)
_LABOUR = re.compile(r"\b(?:workers?|unions?|general strike|walkout|wages?|pay|teachers|doctors|nurses|miners|drivers|employees)\b",
                     re.IGNORECASE)


def _english(doc: Doc, sent: Sentence, pick=None) -> list[Cand]:
    from . import english as en

    matches = en.find_triggers(doc, sent) if pick is None else pick()
    out = []
    forces = cues("en").get("natural_forces", set())
    for m in matches:
        if m.entry.pos == "verb" and m.entry.lemma in ("verify", "confirm", "corroborate") and (
                any(ch.dep_ == "neg" for ch in m.head.children)
                or (m.head.dep_ == "xcomp" and m.head.head.lemma_.lower() in ("unable", "impossible", "able")
                    and (m.head.head.lemma_.lower() != "able"
                         or any(ch.dep_ == "neg" for ch in m.head.head.head.children)))):
            continue    # "could not be independently verified", "was unable to verify": a caveat
        if m.entry.pos == "noun" and m.entry.lemma == "strike" and m.entry.type == "PROTEST" \
                and _AIR_STRIKE.search(doc.text, 0, sent.start) \
                and not _LABOUR.search(doc.text, sent.start, sent.end):
            # "condemned the strike" after an air strike was told: that strike, no walkout
            alt = [e for e in (lexicon.triggers("en").lookup("strike", "noun") or ()) if e.type == "ASSAULT"]
            if alt:
                m = dataclasses.replace(m, entry=alt[0])
        if m.entry.pos == "verb":
            subj, passive = en._subject(m.head)
            if subj is not None and not passive and subj.pos_ == "NOUN" and subj.lemma_.lower() in forces \
                    and not any(ch.dep_ == "compound" for ch in subj.children):   # not "Artillery fire hit ..."
                continue    # "A fire destroyed 1,800 shelters": a disaster, no one's act
        ra = en.arguments(m)
        patient = f"{m.entry.lemma}:{m.entry.type}" in cues("en").get("patient_subject_entries", ()) and not ra.passive
        if patient:
            # "the convoy came under heavy fire": the subject is the one attacked
            subj, _p = en._subject(m.head)
            ra.actors, ra.targets = [], [subj] if subj is not None else ra.actors
        cl = sorted(m.clause)
        sd = m.head.doc
        c0, c1 = sd[cl[0]], sd[cl[-1]]
        cand = Cand(sent, m.toks[0].idx, m.toks[-1].idx + len(m.toks[-1].text), m.entry,
                    (c0.idx, c1.idx + len(c1.text)),
                    [(sd[i].idx, sd[i].idx + len(sd[i].text)) for i in cl], pos=m.entry.pos)
        nxt = m.head.nbor(1) if m.entry.pos == "verb" and m.head.i + 1 < len(sd) else None
        if nxt is not None and len(m.entry.requires) == 1 and nxt.lemma_.lower() == m.entry.requires[0] \
                and nxt.pos_ == "VERB" and m.toks[-1].i == m.head.i:
            cand.end = nxt.idx + len(nxt.text)      # "were let go": the verb with its one required word
        if patient:
            # the trigger runs to the noun it comes under ("came under heavy fire")
            under = [g for p in m.head.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
            if under:
                cand.end = under[0].idx + len(under[0].text)
        inside = {t.i for t in m.toks}     # "state of emergency": the phrase's head is "state", not a pobj
        ph = next((t for t in m.toks if t.head.i not in inside or t.head.i == t.i), m.head)
        cand.in_pp = m.entry.pos == "noun" and ph.dep_ == "pobj"
        ch = en.clause_head(m.head)
        # "More than 60 trucks carrying food have been stuck …": a participle describing a noun
        # is no predicate of the sentence
        cand.modifier = m.entry.pos == "verb" and m.head.dep_ == "acl" and m.head.tag_ == "VBG"
        cand.main_clause = (ch.dep_ == "ROOT" or (ch.dep_ == "conj" and ch.head.dep_ == "ROOT")) \
            and not cand.in_pp and not cand.modifier
        targets = ra.targets
        if not things_ok(m.entry):
            targets = [x for x in (en.actor_part(doc, t) for t in targets) if x is not None]
        cand.actors = [_en_arg(doc, t) for t in ra.actors]
        cand.targets = [_en_arg(doc, t) for t in targets]
        cand.certainty, _, cand.reason = _en_certainty(m).partition(":")
        out.append(cand)
    return out


def _before_trigger(doc: Doc, a: Arg, c: Cand) -> Arg:
    """The part of a phrase before the trigger inside it."""
    end = c.start
    while end > a.start and doc.text[end - 1] in " ,":
        end -= 1
    return dataclasses.replace(a, end=end, text=doc.text[a.start:end]) if end > a.he - 1 else a


def _en_arg(doc: Doc, tok) -> Arg:
    from .english import np_span

    sp = np_span(tok)
    pron = tok.lower_ if tok.pos_ == "PRON" else None
    head = tok
    if tok.pos_ == "NOUN":
        # "Its president, Daniela Roca, threatened": the named apposition is who the role is
        head = next((c for c in tok.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i <= tok.i + 4), tok)
    return Arg(sp.start, sp.end, head.idx, head.idx + len(head.text), doc.text[sp.start:sp.end], pron)


def _en_modal(verb, cue: dict) -> str | None:
    """The reason of a modal or future auxiliary of verb ("will" intent, "must" must, "could"
    modal); "would" under a verb of saying is the reported future ("said it would send"): intent."""
    reasons = cue.get("modal_reasons", {})
    for c in verb.children:
        if c.dep_ in ("aux", "auxpass") and (c.lower_ in reasons or c.lemma_.lower() in reasons):
            r = reasons.get(c.lower_, reasons.get(c.lemma_.lower(), "modal"))
            sayer = _en_reported(verb, cue)
            if r == "modal" and c.lower_ in cue.get("reported_future", ()) and sayer is not None:
                r = "intent"
            if r in ("intent", "modal") and sayer is not None \
                    and cue.get("governor_reasons", {}).get(sayer.lemma_.lower()) == "threat":
                r = "threat"                      # "warned that it would cut off aid"
            return r
    if verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children) \
            and verb.tag_ == "VB":
        # "will assemble in camps and hand over their weapons": the conjunct shares the modal
        return _en_modal(verb.head, cue)
    return None


def _en_reported(verb, cue: dict):
    """The verb of saying (or announcing, warning ...) whose content verb is, if any."""
    v = verb
    for _ in range(3):
        if v.dep_ not in ("ccomp", "conj") or v.head.i == v.i:
            return None
        v = v.head
        if v.lemma_.lower() in cue.get("reporting_verbs", ()) or v.lemma_.lower() in cue.get("hypothetical_governors", ()):
            return v
    return None


def _en_governor(verb, cue: dict):
    """The verb or adjective of intention, promise, demand or refusal that governs verb, through
    infinitive complements, purpose clauses and coordination: "is willing to send material to
    help", "agreed to cooperate and share", "offered its troops to help"."""
    govs = cue.get("hypothetical_governors", ())
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in cue.get("hypothetical_nouns", ()) \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return verb.head                          # "announced plans to hold joint exercises"
    v = verb
    if v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.lower_ == "to" and v.head.head.lemma_.lower() in govs:
        return v.head.head                        # "is committed to opening up the economy"
    for _ in range(3):
        if v.dep_ not in ("xcomp", "advcl", "conj") or v.head.i == v.i:
            return None
        if v.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            return None
        if v.dep_ == "conj" and v.tag_ == "VBD" and v.head.tag_ == "VB" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.head.children):
            return None     # "called on X to send tankers and threatened ...": not part of the infinitive
        h = v.head
        if v.dep_ != "conj" and h.lemma_.lower() in govs:
            return h
        v = h
    return None


_EN_DOING_VERBS = {"carry", "commit", "stage", "launch", "organize", "organise", "order", "mount", "conduct",
                   "perpetrate", "hold", "make", "start", "fire", "open"}


def _en_certainty(m) -> str:
    cue = cues("en")
    t = m.head
    verb = t
    if m.entry.pos == "noun":
        for c in t.children:
            if c.dep_ == "det" and c.lower_ == "no":
                return "negated"
        if t.dep_ in ("pobj", "pcomp") and t.head.lower_ == "without":
            return "negated"                      # "opened fire without warning"
        if t.dep_ == "pobj" and t.head.lower_ in cue.get("involvement_preps", ()):
            # "had played no part in the arson", "had no hand in", "did not play a role in"
            inv_nouns = {*cue.get("involvement_nouns", ()), "part", "hand"}
            h = t.head.head
            inv = h if h.lemma_.lower() in inv_nouns else next(
                (c for c in h.children if c.dep_ == "dobj" and c.lemma_.lower() in inv_nouns), None)
            if inv is not None and (any(c.dep_ == "det" and c.lower_ == "no" for c in inv.children)
                                    or any(c.dep_ == "neg" for c in inv.head.children)):
                return "negated"
        planned = ("plan", "schedule", "propose", "slate")
        if any(c.dep_ in ("acl", "amod") and c.tag_ == "VBN" and c.lemma_.lower() in planned for c in t.children):
            return "hypothetical:intent"          # "a second round of talks planned for December"
        n = t
        while n.dep_ == "compound" and n.head.pos_ in ("NOUN", "PROPN") and n.head.i > n.i:
            n = n.head                            # "would send a mediation team": the team's verb
        verb = n.head if n.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "pobj") else t
        if n.dep_ == "pobj":
            verb = n.head.head
    if verb.dep_ in ("pcomp", "pobj") and verb.head.lower_ == "without":
        return "negated"                          # "talked for hours without reaching agreement"
    if any(c.dep_ == "neg" for c in verb.children):
        mod = _en_modal(verb, cue)
        return "negated:" + mod if mod in ("intent", "modal") else "negated"   # "would not meet the demands"
    # ("No one planned a coup": the noun's verb, one of doing or planning, has no one as its
    # subject; "No group claimed the attack" leaves the attack done)
    doing = m.entry.pos == "verb" or (verb is not t and verb.lemma_.lower() in _EN_DOING_VERBS | set(
        cue.get("hypothetical_governors", ())))
    if doing and any(c.dep_ in ("nsubjpass", "nsubj") and (
            any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
            or c.lower_ in ("nobody", "none", "nothing", "noone"))
            for c in verb.children):
        return "negated"                          # "No shots were fired", "nobody had been killed"
    chain = [verb]
    v = verb
    while v.dep_ in ("xcomp", "ccomp", "conj", "advcl") and v.head.i != v.i and len(chain) < 4:
        v = v.head
        chain.append(v)
    if len(chain) > 1 and chain[1].lemma_.lower() in cue.get("negating_governors", ()) and verb.dep_ in ("xcomp", "ccomp"):
        return "negated"                          # "denied detaining", "failed to agree"
    for c in verb.children:
        if c.dep_ == "advcl":
            marks = [g.lower_ for g in c.children if g.dep_ == "mark" and g.lower_ in cue.get("conditional", ())]
            if marks and marks[0] not in cue.get("unless", ()) \
                    and c.lemma_.lower() in cue.get("request_conditions", ()):
                return "hypothetical:offer"     # "ready to send a team if asked": an offer, no threat
            if marks:       # "the union will strike if talks fail", "will withdraw unless ..."
                return "hypothetical:" + ("unless" if marks[0] in cue.get("unless", ()) else "conditional")
    if m.entry.pos == "noun" and t.dep_ == "pobj" and t.head.lower_ in ("to", "for") \
            and t.head.head.lemma_.lower() in cue.get("invitation_verbs", ()):
        return "hypothetical:intent"              # "invited the unions to talks": still to come
    if m.entry.pos == "noun" and t.dep_ == "nsubjpass" and verb.i != t.i \
            and verb.lemma_.lower() in cue.get("planning_passives", ()) and not any(c.dep_ == "neg" for c in verb.children):
        return "hypothetical:intent"              # "A donors' meeting is planned in Dhaka next week"
    mod = _en_modal(verb, cue)
    if mod is None and verb.dep_ in ("advcl", "xcomp") and verb.head.pos_ == "VERB" and verb.head.i != verb.i \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            and not any(c.dep_ == "neg" for c in verb.head.children):
        # "will travel to Bor next week to interview survivors": the purpose of a planned act
        mod = _en_modal(verb.head, cue)
    if mod is not None:
        return "hypothetical:" + mod
    for c in verb.children:
        if c.dep_ == "mark" and c.lower_ in cue.get("conditional", ()):
            return "hypothetical:condition"      # "if the rebels attack": the condition, no threat
    gov = None
    if m.entry.pos == "noun" and verb.i != t.i and verb.lemma_.lower() in cue.get("hypothetical_governors", ()) \
            and t.dep_ == "dobj" and verb.lemma_.lower() not in (m.entry.lemma,) \
            and m.entry.lemma not in cue.get("performative_nouns", ()) \
            and not any(c.dep_ == "prt" for c in verb.children):      # "set up an inquiry": no "set to"
        gov = verb
    if gov is None and (m.entry.pos == "verb" or verb.i != t.i):
        gov = _en_governor(verb, cue)
    if gov is not None:
        reason = cue.get("governor_reasons", {}).get(gov.lemma_.lower(), "intent")
        host = gov.head if gov.dep_ in ("acomp", "amod") and gov.head.i != gov.i else gov
        if any(c.dep_ == "neg" for c in host.children) or (gov.pos_ == "NOUN" and any(
                c.dep_ == "det" and c.lower_ == "no" for c in gov.children)):
            return "negated:" + reason           # "is not willing to send troops"
        if reason == "intent" and _en_modal(host, cue) == "must":
            reason = "must"                       # "the US must be ready to mediate"
        return "hypothetical:" + reason
    if m.entry.pos == "verb" and t.lemma_.lower() in cue.get("promise_verbs", ()) \
            and m.entry.type not in cue.get("speech_act_types", ()) and m.entry.type != "CRIME":
        # "Syria offered its troops": the offered aid ("offered voters money for their votes":
        # the offer of a bribe is the crime itself)
        return "hypothetical:intent"
    # a hedge inside a relative clause ("arrested three men who reportedly helped the
    # kidnappers") hedges what that clause says, not the event
    rel = {w.i for r in t.sent if r.dep_ == "relcl" and not (r.left_edge.i <= t.i <= r.right_edge.i)
           for w in r.subtree}
    sent_words = {w.lower_ for w in t.sent if w.i not in rel}
    # a hedge on a participant ("suspected militants", "alleged espionage") leaves the event asserted
    near = {w.lower_ for w in list(verb.subtree) + list(t.subtree)
            if not (w.dep_ == "amod" and w.head.i != t.i) and w.i not in rel}
    if near & cue.get("hedges", set()) or (sent_words & {"allegedly", "reportedly", "purportedly"}):
        return "alleged"
    for v in chain[1:]:
        if v.lemma_.lower() in cue.get("reporting_verbs", ()):
            return "reported"
    return "asserted"


# -- merging, linking, building ---------------------------------------------------------
def _natural_force(doc: Doc, a: Arg) -> bool:
    """An actor that is a natural force ("The earthquake destroyed hundreds of homes", "Das
    Unwetter beschädigte Dächer"): what it does is a disaster, no one's event. The head word
    or, in German, the last part of a compound ("Starkregen") is in cues' natural_forces."""
    forces = cues(doc.lang).get("natural_forces", set())
    if not forces or a.pron:
        return False
    tok = doc.token_at(a.hs)
    if tok is None or tok.pos in ("NE", "NNP", "NNPS") or tok.upos == "PROPN":
        return False        # a name: "Innenminister Sturm", "Governor Wolf"
    if any(ent.type in ("PER", "ORG") and men.start < tok.end and men.end > tok.start for ent, men in _mentions(doc)):
        return False
    lem = (tok.lemma or tok.text).lower()
    if lem in forces or tok.text.lower() in forces:
        return True
    return doc.lang == "de" and any(lem.endswith(f) and len(lem) > len(f) + 2 for f in forces if len(f) >= 4)


def _threats(cands: list[Cand]) -> None:
    """A hostile action announced under a condition or a threat ("drohten, die Stadt
    anzugreifen", "will strike if talks fail") is a THREATEN event (PLOVER), asserted as a
    threat; its mode keeps the threatened action."""
    conv = lexicon.plover().get("coding_convention", {})
    hostile = set(conv.get("hostile", ())) | set(conv.get("threat_also", ()))
    for c in cands:
        if c.certainty == "hypothetical" and c.reason in ("conditional", "unless", "threat") and c.entry.type in hostile:
            e = c.entry
            mode = e.mode or e.type.lower()
            c.entry = TriggerEntry(lemma=e.lemma, pos=e.pos, type="THREATEN", mode=mode, acled_event_type=None,
                                   acled_sub_event_type=None, particle=e.particle, requires=e.requires, line=e.line)
            c.certainty, c.reason = "asserted", ""



def _ordered_actions(doc: Doc, c: Cand, cands: list[Cand]) -> list[Cand]:
    """"ordered the newspaper to suspend publication", "ordered police to disperse the crowd":
    a hostile action ordered by an authority is that action (as "ordered the arrest of")."""
    sd = doc.extras.get("spacy")
    if sd is None:
        return []
    sp = sd.char_span(c.start, c.end, alignment_mode="expand")
    if sp is None:
        return []
    xs = {x.idx for x in sp.root.children if x.dep_ == "xcomp"}
    # "ordered the site closed": an object with a participle
    xs |= {x.idx for x in sp.root.children if x.dep_ == "ccomp" and x.tag_ == "VBN"
           and not any(a.dep_ in ("aux", "auxpass") for a in x.children)}
    # "ordered 23 fans held for four days": the participle the parser hung on the object
    xs |= {x.idx for o in sp.root.children if o.dep_ == "dobj" for x in o.children
           if x.dep_ == "acl" and x.tag_ == "VBN" and x.i == o.i + 1}
    hostile = set(lexicon.plover().get("coding_convention", {}).get("hostile", ()))
    return [o for o in cands if o is not c and o.pos == "verb" and o.start in xs and o.entry.type in hostile]


def _denied_involvement(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """A denial of involvement is the act denied, negated, with the denier as its actor
    (TEST.md: a denial of having done X is X, negated): "denied any involvement in the
    attack" negates the attack's noun; "The RSF denied any involvement." (no act named) is a
    negated copy of the hostile act the sentence or the two before it tell."""
    cue = cues(doc.lang)
    nouns = set(cue.get("involvement_nouns", ()))
    verbs = set(cue.get("involvement_denial_verbs", ()))
    hostile = set(cue.get("deniable_types", ()))
    if not nouns or not verbs:
        return cands
    out = list(cands)
    for c in cands:
        if c.entry.type != "REJECT" or c.entry.lemma not in verbs or not c.actors:
            continue
        toks = [t for t in doc.tokens_in(c.end, c.clause[1]) if t.sent == c.sent.i]
        noun = next((t for t in toks[:6] if (t.lemma or t.text).lower() in nouns), None)
        if noun is None:
            continue
        # the act named after the noun: "involvement in the attack", "Beteiligung an dem Angriff"
        named = [o for o in cands if o is not c and o.sent.i == c.sent.i and o.pos == "noun"
                 and noun.end <= o.start <= noun.end + 40 and o.entry.type in hostile]
        if named:
            o = named[0]
            o.certainty, o.reason = "negated", ""
            o.actors = list(c.actors)
            continue
        nxt = doc.tokens[noun.i + 1] if noun.i + 1 < len(doc.tokens) else None
        if nxt is not None and nxt.sent == c.sent.i and nxt.text.lower() in cue.get("involvement_preps", ()):
            continue        # "involvement in the plot": something named that is no event of ours
        before = [o for o in cands if o is not c and o.start < c.start and c.sent.i - 2 <= o.sent.i <= c.sent.i
                  and o.entry.type in hostile and o.certainty in ("asserted", "reported", "alleged")]
        if not before:
            continue
        src = before[-1]
        out.append(dataclasses.replace(
            src, sent=c.sent, start=noun.start, end=noun.end, clause=c.clause, clause_chars=c.clause_chars,
            holes=[], actors=list(c.actors), targets=[], certainty="negated", pos="noun", in_pp=False,
            main_clause=False, merged=[], reason=""))
    out.sort(key=lambda x: (x.start, x.end))
    return out


def _light_verbs(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """"Hilfe zusagen", "pledge aid", "eine Untersuchung anordnen": a promise or order verb
    with a noun trigger as its object is the noun's event (made hypothetical by the promise),
    not an event of its own."""
    light = cues(doc.lang).get("light_promise_verbs", set())
    cancelling = cues(doc.lang).get("cancelling_verbs", set()) | cues(doc.lang).get("defining_verbs", set())
    drop = set()
    for i, c in enumerate(cands):
        if c.pos in ("verb", "noun") and c.entry.lemma in cancelling and c.entry.requires:
            # "suspended aid", "lifted the sanctions", "violated the ceasefire", "prevented a
            # demonstration": the noun names what is stopped, it is no event of its own;
            # "declared / announced a truce" (defining verbs): the verb's entry for that noun
            # is the event (a one-sided truce); "the lifting of the ban" (a cancelling noun)
            for k, o in enumerate(cands):
                if o is not c and o.pos == "noun" and o.clause == c.clause and o.entry.type != c.entry.type \
                        and o.entry.words and _support_verb(c.entry, o.entry.words[-1]) \
                        and (not o.in_pp if c.pos == "verb" else _of_object(doc, c, o)):
                    drop.add(k)
                    c.targets = c.targets or [a for a in o.targets]
            continue
        if c.pos != "verb" or c.entry.lemma not in light:
            continue
        nouns = [o for o in cands if o is not c and o.pos == "noun" and o.clause == c.clause
                 and o.entry.type != c.entry.type and not o.in_pp and not _other_conjunct(doc, c, o, cands)]
        if c.entry.lemma in cues(doc.lang).get("order_verbs", ()):
            ordered = _ordered_actions(doc, c, cands)
            sd = doc.extras.get("spacy")
            for o in ordered:
                sp = sd.char_span(o.start, o.end, alignment_mode="expand") if sd is not None else None
                if sp is not None and sp.root.dep_ == "ccomp" and sp.root.tag_ == "VBN":
                    # "ordered the site closed": the participle's subject is what is closed
                    o.targets, o.actors = o.actors, []
            nouns += ordered
        if nouns:
            drop.add(i)
            for o in nouns:
                o.actors = o.actors or [a for a in c.actors if not (a.start <= o.start < a.end)]
                o.targets = o.targets or [a for a in c.targets if not (a.start <= o.start < a.end)]
    return [c for i, c in enumerate(cands) if i not in drop]



def _other_conjunct(doc: Doc, c: Cand, o: Cand, cands: list[Cand]) -> bool:
    """ "verurteilte den Angriff und ordnete eine Untersuchung an": the noun o is the object of
    another verb trigger in the conjunct before (or after) the coordinator that separates it
    from c, so c's promise or order does not take it."""
    lo, hi = (o.end, c.start) if o.start < c.start else (c.end, o.start)
    coord = [t for t in doc.tokens_in(lo, hi) if t.text.lower() in _COORDINATORS]
    if not coord:
        return False
    k = coord[0].start if o.start < c.start else coord[-1].start
    side = (lambda v: v.end <= k) if o.start < c.start else (lambda v: v.start > k)
    return any(v is not c and v.pos == "verb" and v.sent.i == o.sent.i and side(v)
               and (v.end <= o.start if o.start < c.start else v.start >= c.end)
               for v in cands)


def _en_subordinate(doc: Doc, main: Cand, sub: Cand) -> bool:
    """Is sub's trigger in a participle, purpose or adverbial clause of main's clause?"""
    from .english import subordinate

    return subordinate(doc, main.start, main.end, sub.start, sub.end, main.entry.type)


def _en_place_ok(doc: Doc, c: Cand, s: int, e: int, scope: str, remote: bool = False) -> bool:
    from .english import place_ok

    return place_ok(doc, c.start, c.end, s, e, scope, remote)


def _of_object(doc: Doc, c: Cand, o: Cand) -> bool:
    """Is o's noun the "of"-object of c's noun ("the lifting of the ban"; German: the genitive
    right after it, "die Lockerung der Sanktionen")?"""
    sd = doc.extras.get("spacy")
    if sd is None:
        if doc.lang != "de" or o.start <= c.end:
            return False
        between = [t for t in doc.tokens if c.end <= t.start and t.end <= o.start]
        return bool(between) and between[0].text.lower() in ("der", "des", "eines", "einer") \
            and all(t.pos in ("ART", "ADJA", "PPOSAT", "CARD", "PIAT") for t in between)
    a, b = sd.char_span(c.start, c.end, alignment_mode="expand"), sd.char_span(o.start, o.end, alignment_mode="expand")
    if a is None or b is None:
        return False
    h = b.root.head
    return b.root.dep_ == "pobj" and h.lower_ == "of" and h.head.i == a.root.i


def _norm(a: Arg) -> str:
    return a.text.lower()


def _support_verb(entry: TriggerEntry, noun: str) -> bool:
    """Is the verb entry a trigger only by its noun ("hold" + talks, "fire" + tear gas)?"""
    return bool(entry.requires) and any(noun == r or noun.endswith(r) for r in entry.requires if len(r) >= 3)


_WITH = re.compile(r"\b(?:with|mit)\b", re.IGNORECASE)


def _instrument_after(doc: Doc, verb: Cand, noun: Cand) -> bool:
    """Is the noun an instrument of the verb ("driven back by police with tear gas", "pushed
    them back with pepper spray"), not its object ("fired tear gas")?"""
    if noun.start <= verb.end:
        # German, verb last: "hätten Beamte die Menge mit Schlagstöcken zurückgedrängt"
        if doc.lang != "de" or noun.end > verb.start:
            return False
        prev = doc.text[max(0, noun.start - 40):noun.start]
        m = re.search(r"\bmit\s+(?:\w+\s+){0,2}$", prev)
        return m is not None and "," not in doc.text[noun.end:verb.start] and len(doc.text[noun.end:verb.start].split()) <= 3
    last = None
    for m in _WITH.finditer(doc.text, verb.end, noun.start):
        last = m
    # the noun inside the with-phrase ("with tear gas and water cannon"), not after it ("gründete
    # mit einer Firma aus Usbekistan ein Gemeinschaftsunternehmen")
    between = doc.text[last.end():noun.start] if last else ""
    return last is not None and "," not in between and len(between.split()) <= 3


def _coordinated(doc: Doc, a: Cand, b: Cand) -> bool:
    """Are the two verb triggers joined by a coordinating conjunction ("und", "and", "or")
    between them, each with its own object?"""
    lo, hi = (a, b) if a.start < b.start else (b, a)
    return any(t.text.lower() in ("und", "and", "oder", "or", "sowie") for t in doc.tokens_in(lo.end, hi.start))


def _verb_between(doc: Doc, a: Cand, b: Cand) -> bool:
    """Is there another verb between the two triggers ("He said they attacked ... and she said
    they attacked ...")?"""
    lo, hi = (a, b) if a.start < b.start else (b, a)
    return any(t.upos in ("VERB", "AUX") for t in doc.tokens_in(lo.end, hi.start))


def _objects_of_two_verbs(doc: Doc, a: Cand, b: Cand) -> bool:
    """English: are the two noun triggers the objects of two different verbs?"""
    sd = doc.extras.get("spacy") if doc.lang == "en" else None
    if sd is None:
        return False
    heads = []
    for c in (a, b):
        sp = sd.char_span(c.start, c.end, alignment_mode="expand")
        if sp is None or sp.root.dep_ != "dobj":
            return False
        heads.append(sp.root.head.i)
    return heads[0] != heads[1]


def _de_second_predicate(doc: Doc, a: Cand, b: Cand) -> bool:
    """German: does "und" / "sowie" between the two triggers open a conjunct whose noun trigger
    has a full verb of its own ("... einberufen und ... in Alarmbereitschaft versetzt"): two
    predicates, two acts?"""
    first, second = (a, b) if a.start <= b.start else (b, a)
    sent = first.sent
    if second.pos != "noun":
        # "setzte Tränengas ein und nahm 23 Personen fest": a second finite verb after "und"
        head = doc.token_at(second.start)
        if head is None or head.pos != "VVFIN":
            return False
        toks = [t for t in doc.tokens[sent.tok_start:sent.tok_end] if first.end <= t.start and t.end <= second.start]
        return any(t.text.lower() in ("und", "sowie") for t in toks)
    end = max(second.end, second.clause[1])
    toks = [t for t in doc.tokens[sent.tok_start:sent.tok_end] if first.end <= t.start and t.end <= end]
    k = next((n for n, t in enumerate(toks) if t.text.lower() in ("und", "sowie") and t.end <= second.start), None)
    return k is not None and any(t.pos.startswith("VV") for t in toks[k + 1:])


def _merge(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """Same-type triggers in one sentence are one event unless their actors differ, or two
    verbs act on different targets."""
    out: list[Cand] = []
    for c in cands:
        twin = None
        for o in out:
            if o.sent.i != c.sent.i or o.entry.type != c.entry.type:
                continue
            if o.actors and c.actors and not ({_norm(a) for a in o.actors} & {_norm(a) for a in c.actors}) \
                    and not any(a.pron for a in o.actors + c.actors):
                continue    # a pronoun is not resolved yet: "said it would hold talks" is one event
            if o.certainty != c.certainty and "negated" in (o.certainty, c.certainty):
                continue
            if o.pos == "verb" and c.pos == "verb" and o.targets and c.targets \
                    and not ({_norm(a) for a in o.targets} & {_norm(a) for a in c.targets}) \
                    and not (o.entry.mode in ("arrest", "detain", "deport", "kidnap") and o.entry.mode == c.entry.mode
                             and _coordinated(doc, o, c)
                             and not _verb_between(doc, o, c)):
                continue    # "ambushed villagers and torched dozens of houses": two acts (but "nahm
                #             Demonstranten fest und verhaftete Journalisten" is one arrest of both)
            if o.clause != c.clause and o.entry.mode and c.entry.mode and o.entry.mode != c.entry.mode \
                    and not (o.clause[0] <= c.start < o.clause[1] or c.clause[0] <= o.start < c.clause[1]):
                continue    # "verhängte eine Ausgangssperre und ordnete an, die Märkte zu schließen"
            if o.pos == "noun" and c.pos == "noun" and o.entry.mode != c.entry.mode and _objects_of_two_verbs(doc, o, c):
                continue    # "declared a state of emergency and imposed a curfew": two measures
            if doc.lang == "de" and o.entry.mode and c.entry.mode and o.entry.mode != c.entry.mode \
                    and _de_second_predicate(doc, o, c):
                continue    # "hat Reservisten einberufen und die Luftabwehr in Alarmbereitschaft versetzt"
            if o.pos == "verb" and c.pos == "verb" and o.entry.mode and c.entry.mode \
                    and o.entry.mode != c.entry.mode and _coordinated(doc, o, c) \
                    and any(not r.startswith("!") for e in (o.entry, c.entry) for r in e.requires):
                # "hat fünf Diplomaten ausgewiesen und den Güterverkehr gestoppt": a verb that is
                # a trigger only by its own object is a second act ("attacked and killed the
                # villagers" is one)
                continue
            twin = o
            break
        if twin is None:
            out.append(c)
            continue
        # keep the verb (the predicate) as the trigger, unite the arguments
        keep, drop = (twin, c) if (twin.pos == "verb" or c.pos != "verb") else (c, twin)
        if twin.pos == "noun" and c.pos == "noun" and twin.in_pp and not c.in_pp:
            keep, drop = c, twin        # "Under the agreement, a ceasefire will take effect": the subject
        if keep is c and doc.lang == "en" and _en_subordinate(doc, twin, c):
            keep, drop = twin, c        # "opened fire ..., killing two": the main clause's noun stays
        if keep.pos == "verb" and drop.pos == "noun" and drop.entry.words \
                and _support_verb(keep.entry, drop.entry.words[-1]) and not _instrument_after(doc, keep, drop):
            keep, drop = drop, keep     # "held talks", "resumed negotiations": the noun names the event
        codes = lexicon.plover().get("coding_convention", {}).get("mode_codes", {})
        if f"{drop.entry.type}:{drop.entry.mode}" in codes and f"{keep.entry.type}:{keep.entry.mode}" not in codes \
                and drop.pos == "verb" and keep.pos == "noun" and keep.entry.words \
                and _support_verb(drop.entry, keep.entry.words[-1]):
            # "schlossen ein Abkommen": the noun names the event, its support verb says it was signed
            keep.entry = dataclasses.replace(keep.entry, mode=drop.entry.mode)
        if keep.pos == "noun" and keep.in_pp and drop.pos == "verb" \
                and any(keep.entry.lemma.endswith(r) for r in drop.entry.required_words if len(r) > 3):
            keep.in_pp = False      # "unter Quarantäne gestellt": the verb makes the phrase its predicate
            keep.main_clause = keep.main_clause or drop.main_clause
        if keep.pos == "noun" and drop.pos == "noun" and keep.entry.type == drop.entry.type \
                and (drop.end <= keep.start and not doc.text[drop.end:keep.start].strip()
                     or keep.end <= drop.start and not doc.text[keep.end:drop.start].strip()):
            # "a protest march", "eine Protestkundgebung" written apart: one noun phrase, one trigger
            keep.start, keep.end = min(keep.start, drop.start), max(keep.end, drop.end)
        if keep.pos == "noun" and drop.pos == "verb" and drop.certainty == "hypothetical" \
                and keep.certainty in ("asserted", "reported"):
            # "would release 1.5 million euros in humanitarian aid": the predicate's modality
            keep.certainty, keep.reason = drop.certainty, drop.reason
        if keep is c:
            out[out.index(twin)] = c
        # ("Two peacekeepers killed in ambush": the noun took the passive's subject as its
        # doer; the victims are no actors)
        keep.actors = keep.actors or [a for a in drop.actors if not any(a.start == t.start for t in keep.targets)]
        keep.targets = keep.targets or drop.targets
        keep.merged += [(drop.start, drop.end)] + drop.merged
        if keep.entry.acled_event_type is None and drop.entry.acled_event_type is not None:
            # "verhängte eine Ausgangssperre": the noun's mode and ACLED category are the finer ones;
            # but a mode the PLOVER convention codes by ("unterzeichneten ein Abkommen über eine
            # Waffenruhe": a signing) stays
            coded = f"{keep.entry.type}:{keep.entry.mode}" in codes
            keep.entry = dataclasses.replace(drop.entry, lemma=keep.entry.lemma, pos=keep.entry.pos,
                                             mode=keep.entry.mode if coded else drop.entry.mode)
    return out


def _mentions(doc: Doc):
    for ent in doc.entities:
        for men in ent.mentions:
            yield ent, men


def _resolve(doc: Doc, a: Arg, claims_here: list, prev_person: dict,
             sent: Sentence | None = None) -> str | TextArg | None:
    lang = doc.lang
    cue = cues(lang)
    if a.pron:
        p = a.pron
        if claims_here and p in (cue.get("pronoun_person", set()) | cue.get("speaker_pronouns", set())) \
                and claims_here[0].mode != "according_to":
            # (the source of "nach Angaben aus seinem Umfeld wurde er festgehalten" is not "er")
            cl = claims_here[0]
            one_person = cl.speaker and getattr(doc.item(cl.speaker), "type", None) == "PER"
            ante = None
            if cl.content_start is not None and cl.start >= cl.content_start and sent is not None:
                # reported speech going on without a frame ("Die Polizisten hätten nicht
                # eingegriffen. Sie seien selbst bedroht worden"): the subject before first
                ante = _antecedent(doc, sent, p)
            if ante is not None:
                return _resolve(doc, ante, [], {})
            if p in ("they", "them") and one_person:
                pass        # "He said they were being questioned": one person is no "they"
            elif cl.speaker:
                return cl.speaker
            elif cl.speaker_text:
                return TextArg(text=cl.speaker_text)
        ante = _antecedent(doc, sent, p) if sent is not None else None
        if ante is not None:
            return _resolve(doc, ante, [], {})
        if p in cue.get("pronoun_person", set()) or p in cue.get("object_pronoun_person", ()):
            # "stellte sich nicht hinter ihn": the person named last before the trigger
            return prev_person.get("id")
        return None
    best = None
    for ent, men in _mentions(doc):
        if men.start < a.he and men.end > a.hs:
            if best is None or ent.type in ("PER", "ORG") and best.type not in ("PER", "ORG"):
                best = ent
    if best is not None and best.type not in ("PER", "ORG"):
        # "Der Flüchtlingsrat Sachsen-Anhalt": the organisation named before the place in
        # the same phrase is the party, not the place
        for ent, men in _mentions(doc):
            if ent.type in ("PER", "ORG") and a.start <= men.start and men.end <= a.hs:
                best = ent
                break
    if best is not None and best.type not in ("PER", "ORG") and _actor_noun_before(doc, a):
        best = None     # "Die Kriminalpolizeiinspektion Anklam": the office, not the town
    if best is None:
        best = _apposition_entity(doc, a)
    if best is None:
        # a name right after the head inside the phrase: "State news agency IRNA", "the rights
        # group Amnesty International"
        best = next((ent for ent, men in _mentions(doc) if ent.type in ("PER", "ORG") and a.he <= men.start
                     and not doc.text[a.he:men.start].strip() and "\n" not in doc.text[a.he:men.start]
                     and (men.end <= a.end or a.end == a.he)
                     # (not a genitive: "Anhänger Acostas" are Acosta's supporters, not Acosta)
                     and not (doc.lang == "de" and doc.text[men.start:men.end].endswith("s")
                              and (not (ent.name or "").endswith("s")
                                   or any(m.text == doc.text[men.start:men.end - 1] for m in ent.mentions)))), None)
    if best is None:
        best = _definite_org(doc, a)
    if best is not None:
        return best.id
    text = a.text.strip().strip("\"„“”'‚‘’«» ")
    return TextArg(text=text) if text else None


_ORG_KIND = {"de": ("organisation", "gruppe", "miliz", "partei", "bewegung", "gewerkschaft", "verband",
                    "behörde", "agentur", "mission", "kommission", "allianz", "bündnis", "konzern", "firma",
                    "unternehmen", "rebellengruppe", "terrorgruppe", "terrormiliz"),
             "en": ("organisation", "organization", "group", "militia", "party", "movement", "union", "agency",
                    "mission", "commission", "alliance", "company", "firm", "charity")}
_GENERIC_ORG = {"organisation", "hilfsorganisation", "menschenrechtsorganisation", "gruppe", "organization",
                "group", "charity"}


def _definite_org(doc: Doc, a: Arg):
    """A definite description of an organisation named shortly before: "Das Tansanische Rote
    Kreuz brachte 31 Verletzte in das Krankenhaus. ... Die Hilfsorganisation rief die Bevölkerung
    zu Blutspenden auf", "Die Miliz M23 griff Goma an. Die Miliz eroberte den Flughafen": the
    organisation last named within three sentences whose name or the noun before it has the
    same head noun, or, for a generic noun ("die Organisation", "the group"), the only one."""
    toks = doc.tokens_in(a.start, a.end)
    head = doc.token_at(a.hs)
    if not toks or head is None or len(toks) > 3 or toks[0].text.lower() not in ("der", "die", "das", "the") \
            or any(t.pos in ("NE", "NNP", "NNPS") for t in toks):
        return None
    noun = (head.lemma or head.text).lower()
    if not noun.endswith(_ORG_KIND.get(doc.lang, ())):
        return None
    here = head.sent
    recent = [(ent, men) for ent, men in _mentions(doc) if ent.type == "ORG" and men.end <= a.start
              and 0 <= here - (doc.token_at(men.start).sent if doc.token_at(men.start) else -9) <= 3]
    if not recent:
        return None
    same = []
    for ent, men in recent:
        first = doc.token_at(men.start)
        before = doc.tokens[max(0, first.i - 3):first.i] if first is not None else []
        words = [(t.lemma or t.text).lower() for t in before] + ent.name.lower().split()
        if any(w == noun or w.endswith(noun) for w in words):
            same.append((ent, men))
    if same:
        return max(same, key=lambda p: p[1].start)[0]
    if noun in _GENERIC_ORG:
        if len({ent.id for ent, _ in recent}) == 1:
            return recent[0][0]
        # several: the one a sentence opened with, its topic ("Das Tansanische Rote Kreuz brachte
        # 31 Schwerverletzte in das Bugando-Krankenhaus ...")
        topics = {ent.id: (ent, men) for ent, men in recent
                  if (t := doc.token_at(men.start)) is not None and t.i - doc.sentences[t.sent].tok_start <= 2}
        if len(topics) == 1:
            ent, men = next(iter(topics.values()))
            # (not one of two coordinated: "The Red Cross and Doctors Without Borders sent teams")
            if not any(o is not ent and re.fullmatch(r"\s*(?:,|and|und|sowie|or|oder)\s*", doc.text[men.end:om.start])
                       for o, om in recent):
                return ent
    return None


_APPOSITION_GAP = re.compile(r"\s*,\s*(?:[^\W\d_][\w.]*\s+){0,2}")


def _de_object_pronoun(doc: Doc, a: Arg, c: Cand):
    """"Der High Court untersagte den Ärzten, weiter zu streiken. Er forderte sie auf, ...": an
    object pronoun after a subject pronoun that takes up the subject before points to the
    object of the sentence before (people, not a thing)."""
    if doc.lang != "de" or c.sent.i == 0 or not any(x.pron in ("er", "sie") and x.start < a.start for x in c.actors):
        return None
    from .german import actor_like, clauses

    prev = doc.sentences[c.sent.i - 1]
    for cl in clauses(doc, prev):
        if cl.finite is None:
            continue
        subject_first = any(np.prep is None and np.end <= cl.finite and np.case in ("nom", "amb") for np in cl.nps)
        objs = [np for np in cl.nps if np.prep is None and not np.pron and np.start > cl.finite and actor_like(doc, np)
                and (np.case in ("dat", "acc", "obj") or (np.case == "amb" and subject_first))]
        if objs:
            arg = _de_args(doc, [objs[0]])[0]
            return _resolve(doc, arg, [], {})
    return None


def _en_them(doc: Doc, a: Arg, actors: list[Arg]):
    """"Four policemen were hurt when farmers threw stones at them": an object "them" in a
    clause under the main one is the main clause's subject naming people (not the doer)."""
    sd = doc.extras.get("spacy")
    if sd is None:
        return None
    from .english import actor_like

    tok = next((t for t in sd if t.idx == a.hs), None)
    if tok is None:
        return None
    verb = next((v for v in tok.ancestors if v.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    # the subject of a clause above the one "them" stands in
    above = {v.i for v in verb.ancestors}
    subs = [t for t in tok.sent if t.dep_ in ("nsubj", "nsubjpass") and t.i < tok.i and t.tag_ in ("NNS", "NNPS")
            and t.head.i in above and actor_like(doc, t)
            and not any(x.start <= t.idx < x.end for x in actors)]
    if not subs:
        return None
    best = _en_arg(doc, subs[-1])
    return _resolve(doc, best, [], {})


def _apposition_entity(doc: Doc, a: Arg):
    """The person or organisation named in an apposition right after a phrase that names
    none: "Der Bürgermeister von Marmaris, Cem Ertürk, forderte ...", "The alleged ringleader,
    Col. Désiré Hakizimana, was arrested" (up to two title words before the name; the
    apposition closes with a comma, a bracket or the verb)."""
    for ent, men in _mentions(doc):
        if ent.type not in ("PER", "ORG") or men.start < a.end or men.start > a.end + 40:
            continue
        gap = doc.text[a.end:men.start]
        if not _APPOSITION_GAP.fullmatch(gap) or not all(w[:1].isupper() for w in gap.strip(" ,").split()):
            continue        # title words only ("Col."), not "the mayor, who met Anna Berg, ..."
        after = doc.text[men.end:men.end + 3].lstrip()
        if after[:1] in (",", "(", ")", "–", "-"):
            return ent
    return None


def _actor_noun_before(doc: Doc, a: Arg) -> bool:
    """A common noun naming an actor before the phrase's head ("Die Kriminalpolizeiinspektion
    Anklam", "the police in Bradford" has its head first)."""
    cue = cues(doc.lang)
    sufs = tuple(cue.get("actor_suffixes", ())) + tuple(cue.get("collective_nouns", ()))
    words = people_words(doc.lang)
    for t in doc.tokens_in(a.start, a.hs):
        if t.pos in ("NN", "NNS") or t.upos == "NOUN":
            lem = (t.lemma or t.text).lower()
            if lem in words or (sufs and lem.endswith(sufs)):
                return True
    return False


def _antecedent(doc: Doc, sent: Sentence, pron: str) -> Arg | None:
    """The previous sentence's subject as the antecedent of a subject pronoun, when it agrees
    and names an actor ("Der Versammlungsleiter wurde aufgefordert ... Er lehnte dies ab.")."""
    if doc.lang == "de":
        from .german import subject_antecedent

        if pron not in ("er", "sie", "es"):
            return None
        from .german import es_subject

        if pron == "es" and not es_subject(doc, sent):
            return None     # expletive "es": "Es demonstrierten Tausende", "es gab Verletzte"
        np = subject_antecedent(doc, sent, pron)
        return _de_args(doc, [np])[0] if np is not None else None
    if doc.lang == "en":
        from .english import subject_antecedent

        tok = subject_antecedent(doc, sent, pron)
        return _en_arg(doc, tok) if tok is not None else None
    return None


def _place_ok(doc: Doc, s: int, e: int, args: list[Arg]) -> bool:
    return not any(a.start <= s and e <= a.end for a in args)


def _in_named_actor(doc: Doc, s: int, e: int) -> bool:
    """A place name inside an organisation's or person's name ("Defensoría del Pueblo")."""
    for ent, men in _mentions(doc):
        if ent.type in ("ORG", "PER") and men.start <= s and e <= men.end and (men.start, men.end) != (s, e):
            return True
    return False


def _locative(doc: Doc, s: int, e: int | None = None) -> bool:
    """Is the place mention at [s, e) where something happens ("in Almaty", "in the port
    city of Batumi"), not an attribute ("kasachische Medien") or a source?"""
    tok = doc.token_at(s)
    if tok is None:
        return False
    if (tok.pos in ("ADJA", "JJ") or tok.upos == "ADJ") and (e is None or e <= tok.end):
        nxt = doc.tokens[tok.i + 1] if tok.i + 1 < len(doc.tokens) else None
        if not (doc.lang == "en" and tok.text[:1].isupper() and nxt is not None and nxt.sent == tok.sent
                and (nxt.lemma or nxt.text).lower() in cues("en").get("apposition_place_nouns", ())
                and norm(tok.text) not in demonyms("en")):
            return False    # "kasachische Medien", "the Sudanese city of"; but "the Kyiv region" names the place
    if doc.lang == "en" and e is not None:
        last = doc.token_at(max(s, e - 1))
        nxt = doc.tokens[last.i + 1] if last is not None and last.i + 1 < len(doc.tokens) else None
        if nxt is not None and nxt.sent == tok.sent and nxt.pos in ("NN", "NNS") and nxt.text[:1].islower() \
                and any((p.feature == "country" and (nxt.lemma or nxt.text).lower()
                         not in cues("en").get("apposition_place_nouns", ()) or p.country == "XZ")
                        and any(m.start == s for m in p.mentions) for p in doc.places):
            return False    # "near the U.S. embassy in central Seoul": the embassy's country, not the place;
            #                 "the Black Sea port city of Batumi": the sea names the port, the port is the place
            #                 (a town before a noun is where it stands: "the Paris headquarters")
    locs = cues(doc.lang).get("locative_preps", set())
    for k in range(tok.i - 1, max(-1, tok.i - 9), -1):
        t = doc.tokens[k]
        if t.sent != tok.sent:
            break
        if t.text.lower() in cues(doc.lang).get("source_words", ()):
            return False    # "nach Angaben der Defensoría del Pueblo": a source, not a place
        if t.upos == "ADP" or t.pos in ("APPR", "APPRART", "IN"):
            if t.text.lower() in locs or t.lemma.lower() in locs:
                # "nach Angaben aus Islamabad", "nach Angaben westlicher Diplomaten in Addis Abeba":
                # the place of a source
                for q in range(k - 1, max(-1, k - 5), -1):
                    pq = doc.tokens[q]
                    if pq.sent != tok.sent or pq.pos.startswith("V") or pq.text in (",", ";"):
                        break
                    if pq.text.lower() in cues(doc.lang).get("source_words", ()):
                        return False
                return True
            continue        # "in the port city of Batumi", "im Stadtgebiet von Almaty"
        if t.text == "," and k > 0 and doc.tokens[k - 1].sent == tok.sent \
                and (doc.tokens[k - 1].lemma or doc.tokens[k - 1].text).lower() in cues(doc.lang).get("apposition_place_nouns", ()):
            continue        # "outside the building in the capital, Maseru": the apposition's place
        if t.upos in ("VERB", "AUX") or t.pos.startswith("V") or t.text in (",", ";"):
            break
    return False



def _measure_scope(doc: Doc, c, s: int) -> bool:
    """The place a coercive measure is imposed for ("verhängte für Tegucigalpa eine
    Ausgangssperre", "a curfew for the capital"): "für" / "for" right before the place."""
    if c.entry.type != "COERCE":
        return False
    tok = doc.token_at(s)
    if tok is None or tok.i == 0:
        return False
    k = tok.i - 1
    if doc.tokens[k].upos == "DET" or doc.tokens[k].pos in ("ART", "DT"):
        k -= 1
    return k >= 0 and doc.tokens[k].sent == tok.sent and doc.tokens[k].text.lower() == {"de": "für", "en": "for"}.get(doc.lang)


def _de_noun_attribute(doc: Doc, s: int) -> bool:
    """Is the German place mention at ``s`` inside a prepositional phrase that follows a noun
    and so modifies it ("die Forderungen der Demonstranten in Georgien", "Exporte nach China",
    "Stahl aus China"), rather than an adverbial of the clause ("kritisierte am Montag in
    Berlin", "verurteilte in New York")? A noun inside a time expression ("am Montag") does not
    take the phrase."""
    tok = doc.token_at(s)
    if tok is None:
        return False
    for k in range(tok.i - 1, max(-1, tok.i - 7), -1):
        t = doc.tokens[k]
        if t.sent != tok.sent:
            return False
        if t.pos in ("APPR", "APPRART"):
            if k == 0 or doc.tokens[k - 1].sent != tok.sent:
                return False
            prev = doc.tokens[k - 1]
            if prev.pos not in ("NN", "NE"):
                return False
            return not any(tx.start <= prev.start < tx.end for tx in doc.times)
        if t.pos.startswith("V") or t.text in (",", ";", ":"):
            return False
    return False


def _paragraph_start(doc: Doc, sent: Sentence) -> bool:
    if sent.i == 0:
        return True
    prev = doc.sentences[sent.i - 1]
    return "\n" in doc.text[prev.end:sent.start]


def _build(doc: Doc, cands: list[Cand]) -> None:
    # dominant place: the most mentioned place, if mentioned at least twice
    dominant = None
    if doc.places:
        # mentions that name the place as a location: "Chinese miners", "Kasachstans Präsident"
        # say who, not where
        where = {p.id: [m for m in p.mentions if _locative(doc, m.start, m.end)] for p in doc.places}
        # the title and the dateline say where the story is: each counts as one more mention
        # ("Protesters storm Danish Embassy in Islamabad" / "ISLAMABAD (AP) —" outweigh a
        # Copenhagen named four times for the cause and the credits)
        from .main_event import _title

        _t, title_end = _title(doc)

        def lead_bonus(p) -> int:
            # (a town or region named in the title; a country there is mostly the frame: "in
            # Ghana's Ashanti region")
            return int(p.feature != "country" and any(title_end and m.end <= title_end
                                                      and doc.text[m.end:m.end + 2] not in ("'s", "’s")
                                                      for m in where[p.id])) \
                + int(any(_dateline_mention(doc, m.start, m.end) for m in p.mentions))

        best = max(doc.places, key=lambda p: (len(where[p.id]) + lead_bonus(p), len(p.mentions),
                                              -min((m.start for m in p.mentions), default=0)))
        if len(where[best.id]) < 2:
            # no place named twice as a location: the most mentioned one ("Perus
            # Ministerpräsident ... in Peru" is still about Peru)
            best = max(doc.places, key=lambda p: (len(p.mentions), -min((m.start for m in p.mentions), default=0)))
        if len(best.mentions) >= 2:
            dominant = best.id
        else:
            # no place named twice: the dateline's ("BAD KREUZNACH. Fünf Stunden lang ...")
            dominant = next((p.id for p in doc.places for m in p.mentions
                             if _dateline_mention(doc, m.start, m.end)), None)
    events: list[Event] = []
    person_mentions = sorted(((men.start, ent.id) for ent, men in _mentions(doc) if ent.type == "PER"))
    for n, c in enumerate(cands, 1):
        claims_here = [cl for cl in doc.claims
                       if (cl.content_start if cl.content_start is not None else cl.start) <= c.start
                       and c.end <= (cl.content_end if cl.content_end is not None else cl.end)]
        # the persons of the two sentences before, or of the paragraph's start up to four back
        # ("Polizeichef Arnel Cabrera wies die Vorwürfe zurück. [two reported sentences]
        # Einen eigenen Rücktritt lehnte er ab.")
        j = c.sent.i
        if _paragraph_start(doc, c.sent) and j > 0:
            j -= 1          # a paragraph that opens with the pronoun: the paragraph before
        while j > max(0, c.sent.i - 4) and not _paragraph_start(doc, doc.sentences[j]):
            j -= 1
        lo = max(0, min(c.sent.i - 2, j))
        before = [pid for st, pid in person_mentions if st < c.start and st >= doc.sentences[lo].start]
        prev_person = {"id": before[-1]} if before else {}
        # an argument is never the trigger's own phrase ("declared a 30-day state of emergency")
        c.actors = [a for a in c.actors if a.pron or not (a.start <= c.start and c.end <= a.end)]
        # (a noun the trigger's participle follows is the target up to the participle: "ordered
        # 23 fans held", "buildings seized under communism")
        c.targets = [_before_trigger(doc, a, c) if not a.pron and a.start <= c.start and c.end <= a.end
                     and a.he <= c.start else a for a in c.targets]
        c.targets = [a for a in c.targets if a.pron or not (a.start <= c.start and c.end <= a.end)]
        actors = _dedup([_resolve(doc, a, claims_here, prev_person, c.sent) for a in c.actors if not _dateline(doc, a)])
        moved = lexicon.plover()["types"].get(c.entry.type, {}).get("moved")
        targs = [a for a in c.targets if not (moved and moved in _head_classes(doc, a))]
        targets = _dedup([(_de_object_pronoun(doc, a, c) if a.pron in ("sie", "ihn", "ihnen") else None)
                          or _resolve(doc, a, claims_here, prev_person, c.sent)
                          or (_en_them(doc, a, c.actors) if a.pron == "them" else None)
                          for a in targs if not _dateline(doc, a)])
        if c.entry.type in ("COERCE", "ASSAULT") and any(a.pron in ("they", "them", "sie") for a in targs):
            # "Police have arrested 41 suspects. They were charged before a court": the people
            # the act before was done to, not its doers
            prev = [e for e in events if e.type == c.entry.type and e.targets
                    and e.sentence[0] >= doc.sentences[max(0, c.sent.i - 1)].start and e.sentence[0] < c.sent.start]
            if prev and set(map(str, targets)) & set(map(str, prev[-1].actors)):
                targets = list(prev[-1].targets)
        targets = [t for t in targets if t not in actors]
        allargs = c.actors + c.targets
        place = _link_place(doc, c, allargs, dominant)
        time = _link_time(doc, c)
        figs = _link_figures(doc, c, cands)
        certainty = c.certainty
        relative_hedge = bool(claims_here) and _hedge_in_relative_only(doc, c)
        hedged = any(cl.hedged for cl in claims_here) and not _participant_hedge_only(doc, c) \
            and not relative_hedge
        if relative_hedge:
            # a claim made only of that hedge (no speaker, no channel) is no source of the event
            claims_here = [cl for cl in claims_here if cl.speaker or cl.speaker_text or cl.channel]
        if certainty == "asserted" and claims_here:
            certainty = "alleged" if hedged else "reported"
        elif certainty == "reported" and hedged:
            certainty = "alleged"
        ev = Event(
            id=f"V{n}", type=c.entry.type, mode=c.entry.mode,
            acled=_acled(doc, c, cands),
            trigger=Trigger(start=c.start, end=c.end, text=doc.text[c.start:c.end]),
            actors=actors, targets=targets, place=place, time=time, figures=figs,
            claims=[cl.id for cl in claims_here], certainty=certainty,
            sentence=(c.sent.start, c.sent.end),
        )
        events.append(ev)
    _orphan_figures(doc, events, cands)
    _anaphoric_times(doc, events, cands)
    _ticker_times(doc, events, cands)
    _title_times(doc, events, cands)
    doc.events = events
    # why an event is hypothetical, or negated as a refusal ("would not meet the demands"):
    # what the PLOVER convention (convention.py) codes by
    reasons = {ev.id: c.reason for ev, c in zip(events, cands)
               if ev.certainty == "hypothetical" or (ev.certainty == "negated" and c.reason)}
    doc.extras["events.hypothetical"] = reasons
    for ev in events:
        code = plover_code(ev, reasons.get(ev.id))
        ev.plover = code if code != ev.type else None
    doc.extras["events.source"] = {ev.id: c.source for ev, c in zip(events, cands)}
    doc.main_event = _main_event(doc, events, cands)


_DEFINITE = {"de": {"der", "die", "das", "den", "dem", "des"}, "en": {"the", "this", "these"}}
_VIOLENT = {"ASSAULT", "PROTEST"}


def _title_times(doc: Doc, events: list[Event], cands: list[Cand]) -> None:
    """A headline's event has no time of its own ("Demonstranten stürmen Regionalparlament"):
    the first later telling of the same act (same type, and a shared actor or target, the same
    trigger word or required object, or told in the lead) dates it."""
    from .main_event import _lead_sentence, _title

    _t, title_end = _title(doc)
    if not title_end:
        return
    lead_i = _lead_sentence(doc, title_end)
    for ev, c in zip(events, cands):
        if ev.time is not None or c.end > title_end or ev.certainty in ("hypothetical", "negated"):
            continue
        args = set(map(str, ev.actors + ev.targets))
        for o, oc in zip(events, cands):
            if oc.start < title_end or o.time is None or o.type != ev.type or o.certainty in ("hypothetical", "negated"):
                continue
            # ("ceasefire collapses" in the title, "Truce breaks down" later: the same required thing)
            if (args & set(map(str, o.actors + o.targets))) or oc.entry.lemma == c.entry.lemma \
                    or oc.sent.i <= lead_i + 2 or (set(c.entry.requires) & set(oc.entry.requires)):
                ev.time = o.time        # (or the same kind of act told in the lead)
                break


def _ticker_times(doc: Doc, events: list[Event], cands: list[Cand]) -> None:
    """A live ticker's entry ("15.05 Uhr – Demonstranten dringen in den Plenarsaal ein",
    then its text): an event of the entry without a time of its own and not planned happened
    at (or was reported by) the entry's clock time."""
    from ..language.tokenize import TICKER_HEAD

    if not doc.times:
        return
    heads: list[tuple[int, str]] = []       # (sentence index, time id)
    for s in doc.sentences:
        if TICKER_HEAD.match(doc.text[s.start:s.end]):
            tx = next((tx for tx in doc.times if tx.start == s.start), None)
            if tx is not None:
                heads.append((s.i, tx.id))
    if len(heads) < 2:
        return      # one clock time before a paragraph is no ticker
    for ev, c in zip(events, cands):
        if ev.time is not None or ev.certainty in ("hypothetical", "reported"):
            continue        # (what a statement in the entry tells happened before it)
        before = [tid for si, tid in heads if si <= c.sent.i]
        if before:
            ev.time = before[-1]


def _anaphoric_times(doc: Doc, events: list[Event], cands: list[Cand]) -> None:
    """A definite noun at the start of the next sentence that takes up an undated event and
    dates it ("... bei Zusammenstößen ... getötet worden. Die Gewalt brach in der Nacht zum
    Montag aus"; "... were arrested. The arrests came on Tuesday"): the event gets its time."""
    by_sent: dict[int, list[int]] = {}
    for k, c in enumerate(cands):
        by_sent.setdefault(c.sent.i, []).append(k)
    for ev, c in zip(events, cands):
        if ev.time is None or c.pos != "noun" or c.sent.i == 0 or _paragraph_start(doc, c.sent):
            continue
        t = doc.token_at(c.start)
        if t is None or t.i == 0:
            continue
        det = doc.tokens[t.i - 1]
        if det.text.lower() not in _DEFINITE.get(doc.lang, ()) or det.start != c.sent.start:
            continue        # the noun must open its sentence: "Die Gewalt brach ... aus"
        fam = _VIOLENT if ev.type in _VIOLENT else {ev.type}
        for j in by_sent.get(c.sent.i - 1, ()):
            if events[j].time is None and events[j].type in fam and events[j].certainty != "hypothetical":
                events[j].time = ev.time


def _reporting_segment(doc: Doc, c: Cand, pos: int) -> bool:
    """Is the place mention at pos in a comma-delimited stretch of the sentence that holds a
    verb of saying and not the trigger ("..., teilte ein Militärsprecher in Abuja mit", "sagte
    der Gouverneur in Gusau", "..., his spokesman said in New York")?"""
    from . import german as de

    german = doc.lang == "de"
    verbs = cues(doc.lang).get("reporting_verbs", ())
    toks = doc.tokens_in(c.sent.start, c.sent.end)
    k = next((i for i, t in enumerate(toks) if t.start <= pos < t.end), None)
    if k is None:
        return False

    def punct(t) -> bool:
        return t.pos.startswith("$") if german else t.upos == "PUNCT"

    a = k
    while a > 0 and not punct(toks[a - 1]):
        a -= 1
    b = k
    while b + 1 < len(toks) and not punct(toks[b + 1]):
        b += 1
    seg = toks[a:b + 1]
    if any(t.start < c.end and c.start < t.end for t in seg):
        return False
    if german:
        return de.has_verb(seg, verbs)
    verbs = set(verbs)
    return any(t.pos.startswith("VB") and (t.lemma or "").lower() in verbs for t in seg)


_EDITORIAL_NOTE = re.compile(r"\(\s*(Adds|Updates|Recasts|Rewrites|Writes through|Corrects|Changes|Adds and|"
                             r"Neu:|Aktualisiert|Ergänzt|Berichtigt)\b", re.I)


def editorial_note(doc: Doc, sent) -> bool:
    """An agency's editorial note ("(Adds Pemex denial, union accusations)", "(Ergänzt um
    ...)"): a line about the report, not about the events."""
    return bool(_EDITORIAL_NOTE.match(doc.text, sent.start))


def _participant_hedge_only(doc: Doc, c: Cand) -> bool:
    """Is every hedge word of the event's sentence an attribute of a participant ("mutmaßliche
    Verstecke der Entführer", "suspected militants")? Such a hedge makes the statement that
    holds it hedged, not the event (TEST.md: certainty)."""
    hedges = set(cues(doc.lang).get("hedges", ()))
    found = False
    for t in doc.tokens_in(c.sent.start, c.sent.end):
        low = t.text.lower()
        if low in hedges or t.lemma.lower() in hedges:
            if t.pos not in ("ADJA", "JJ"):
                return False
            found = True
    return found


def _hedge_in_relative_only(doc: Doc, c: Cand) -> bool:
    """Is every hedge of the event's sentence ("soll", "angeblich", "reportedly") inside a
    relative clause of the trigger's clause ("nahmen drei Männer fest, die den Entführern die
    Route verraten haben sollen")? It hedges what the relative clause says, not the event."""
    hedges = set(cues(doc.lang).get("hedges", ())) | ({"sollen"} if doc.lang == "de" else set())
    toks = doc.tokens_in(c.sent.start, c.sent.end)
    sd = doc.extras.get("spacy") if doc.lang == "en" else None
    found = False
    for k, t in enumerate(toks):
        if t.text.lower() in hedges or t.lemma.lower() in hedges:
            if not (any(h0 <= t.start < h1 for h0, h1 in c.holes) or _in_relative(toks, k, c)
                    or (sd is not None and _en_in_relcl(sd, t.start, c.start))):
                return False
            found = True
    return found


def _en_relcl_of_another_time(sd, pos: int, trigger: int) -> bool:
    """Is the English word at char ``pos`` in a relative clause, without the trigger, told in
    another tense than the trigger's clause ("has imposed sanctions on officers who seized power
    earlier this month"; but "dispersed hundreds who gathered outside the office on Sunday" is
    the same occasion)?"""
    if not _en_in_relcl(sd, pos, trigger):
        return False
    sp, tp = sd.char_span(pos, pos + 1, alignment_mode="expand"), sd.char_span(trigger, trigger + 1, alignment_mode="expand")
    if sp is None or tp is None:
        return False
    rel = next((a for a in [sp[0]] + list(sp[0].ancestors) if a.dep_ == "relcl"), None)
    main = tp[0]
    while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
        main = main.head            # a noun trigger: the verb of its clause
    while main.tag_ in ("VB", "VBG") and main.dep_ in ("xcomp", "advcl") and main.head.i != main.i:
        main = main.head            # "used batons to disperse ...": the finite verb's tense

    def tense(v) -> str:
        aux = {c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")}
        if aux & {"had"}:
            return "pluperf"
        if aux & {"has", "have"}:
            return "perfect"
        if aux & {"will", "would"}:
            return "future"
        return {"VBD": "past", "VBN": "past"}.get(v.tag_, "present")
    return rel is not None and tense(rel) != tense(main)


def _en_in_relcl(sd, pos: int, trigger: int) -> bool:
    """Is the English word at char ``pos`` inside a relative clause that does not hold the trigger?"""
    sp = sd.char_span(pos, pos + 1, alignment_mode="expand")
    if sp is None:
        return False
    w = sp[0]
    for a in [w] + list(w.ancestors):
        if a.dep_ == "relcl":
            lo, hi = a.left_edge.idx, a.right_edge.idx + len(a.right_edge)
            return not (lo <= trigger < hi)
    return False


_RELATIVE_TAGS = {"PRELS", "PRELAT", "WP", "WDT", "WP$"}


def _in_relative(toks, k: int, c: Cand) -> bool:
    """Is token k in a relative clause that opens after a comma and does not hold the trigger?"""
    j = k - 1
    while j >= 0 and toks[j].text not in (",", ";", ":", "–", "-"):
        j -= 1
    if j < 0 or j + 1 >= len(toks):
        return False
    first = toks[j + 1]
    rel = first.pos in _RELATIVE_TAGS or (first.pos in ("APPR", "APPRART", "IN") and j + 2 < len(toks)
                                          and toks[j + 2].pos in _RELATIVE_TAGS)
    end = next((toks[x].start for x in range(k + 1, len(toks)) if toks[x].text in (",", ";", ":")), toks[-1].end)
    return rel and not (first.start <= c.start < end)


def _dateline(doc: Doc, a: Arg) -> bool:
    """"NAIROBI, Sept 18 (AFP) -", "Johannesburg (dpa) -": the dateline's city is no argument."""
    return is_dateline(doc.text, a.start, a.end)


def _dedup(refs):
    out, seen = [], set()
    for r in refs:
        if r is None:
            continue
        key = r if isinstance(r, str) else ("t", r.text.lower())
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out


def _in_clause(c: Cand, s: int, e: int) -> bool:
    return any(a < e and s < b for a, b in c.clause_chars)


def _dateline_mention(doc: Doc, start: int, end: int) -> bool:
    """A place mention in the dateline: an agency dateline ("Manila (AFP) -") or an all-caps
    name opening a paragraph ("BAD KREUZNACH. ...", "NAIROBI, Sept 18 -")."""
    from ..places import caps_dateline

    return is_dateline(doc.text, start, end) or (start < 600 and caps_dateline(doc, start, end))


def _link_place(doc: Doc, c: Cand, args: list[Arg], dominant: str | None) -> str | None:
    best = None
    # Acts done at a distance (criticism, demands, support, sanctions ...: "place": "adverbial"
    # in plover.json) happen where the clause says, not where a noun they mention is
    remote = lexicon.plover()["types"].get(c.entry.type, {}).get("place") == "adverbial"
    cut = None
    if doc.lang == "de" and c.pos == "verb":
        t = doc.token_at(c.start)
        nxt = doc.tokens[t.i + 1] if t is not None and t.i + 1 < len(doc.tokens) else None
        if t is not None and t.pos in ("VVPP", "VVINF", "VVIZU") and nxt is not None and nxt.pos == "KON":
            cut = c.end     # "hat Diplomaten ausgewiesen und den Verkehr zu Belarus gestoppt": the next conjunct's
    for scope in ("clause", "sentence"):
        cands_here: list = []
        for p in doc.places:
            for men in p.mentions:
                if not (c.sent.start <= men.start < c.sent.end):
                    continue
                if cut is not None and men.start >= cut:
                    continue
                if scope == "clause" and not _in_clause(c, men.start, men.end):
                    continue
                if any(h0 <= men.start < h1 for h0, h1 in c.holes):
                    continue        # in a relative clause inside the trigger's clause
                if doc.lang == "en" and doc.extras.get("spacy") is not None \
                        and _en_relcl_of_another_time(doc.extras["spacy"], men.start, c.start):
                    continue        # "officers who seized power in The Gambia"
                # a measure imposed on a place ("a curfew on Agogo", "die Blockade von Gaza"): the
                # place is its target and where it holds
                # (also a name after the target's head: "stellte die Hafenstadt Toamasina unter
                # Quarantäne"; not a place further on in it: "two men from Kano")
                measured = c.entry.type == "COERCE" and any(
                    (a.start == men.start and a.end == men.end)
                    or (a.hs <= men.start and men.end <= a.end
                        and re.fullmatch(r"[\s\w-]*", doc.text[a.hs:men.start] or "") is not None
                        and len(doc.text[a.hs:men.start].split()) <= 1)
                    for a in c.targets) \
                    and getattr(doc.token_at(men.start), "upos", "") != "ADJ"   # not "a Chinese fishing boat"
                if not (_place_ok(doc, men.start, men.end, args) or measured) \
                        or _in_named_actor(doc, men.start, men.end):
                    continue
                if doc.lang == "en" and not measured and not _en_place_ok(doc, c, men.start, men.end, scope, remote):
                    continue
                loc = _locative(doc, men.start, men.end) or _measure_scope(doc, c, men.start) or measured
                if not loc:
                    continue        # "ein von Russland geführtes Bündnis", "Kasachstans Präsident"
                if remote and doc.lang == "de" and _de_noun_attribute(doc, men.start):
                    continue        # "kritisierte das Vorgehen gegen Demonstranten in Tiflis"
                if scope == "sentence" and _reporting_segment(doc, c, men.start):
                    continue        # "..., teilte ein Militärsprecher in Abuja mit": the speaker's place
                d = abs(men.start - c.start)
                key = (0 if loc else 1, d)
                cands_here.append((men.start, men.end, p))
                if best is None or key < best[0]:
                    best = (key, p.id, men.start)
        if best:
            return _most_specific(doc, best[1], best[2], cands_here)
    # narrative place: a place named in the sentence before, same paragraph
    if not _paragraph_start(doc, c.sent):
        prev = doc.sentences[c.sent.i - 1]
        ms = [(men.start, p.id) for p in doc.places for men in p.mentions
              if prev.start <= men.start < prev.end and _locative(doc, men.start, men.end)]
        if ms:
            return max(ms)[1]
    if remote and c.actors and dominant is not None:
        # an act done at a distance by a state ("Litauen weist Diplomaten aus") happens in
        # that state, not in the article's most named place (the neighbour it is aimed at)
        states = [p for p in doc.places for a in c.actors[:1] for men in p.mentions
                  if p.feature == "country" and a.hs <= men.start < a.he]
        if states and states[0].id != dominant:
            return states[0].id
    return dominant


def _most_specific(doc: Doc, pid: str, start: int, cands: list) -> str:
    """ "in der Stadt Ede im Bundesstaat Osun", "in Ede, Osun State", "in der Region Adrar im
    Norden Mauretaniens": a town or region named right before the region or country it lies
    in is where the event happened, not the larger unit."""
    level = {"country": 2, "admin1": 1}
    chosen = next((p for p in doc.places if p.id == pid), None)
    if chosen is None or chosen.feature not in level:
        return pid
    for s0, e0, p in sorted(cands, key=lambda x: -x[1]):
        if p.id == pid or level.get(p.feature, 0) >= level[chosen.feature] or e0 > start or start - e0 > 30:
            continue
        if p.country and chosen.country and p.country != chosen.country:
            continue
        between = doc.text[e0:start]
        if any(ch in between for ch in ".;:!?()\"„“") or len(between.split()) > 4:
            continue
        return p.id
    return pid


def _link_time(doc: Doc, c: Cand) -> str | None:
    if not doc.times:
        return None
    best = None
    for scope in ("clause", "sentence"):
        for tx in doc.times:
            if tx.type == "SET" or not (c.sent.start <= tx.start < c.sent.end):
                continue
            if tx.type == "DURATION" and not tx.text.lower().startswith(("seit", "since", "for ")):
                continue            # "zehn Jahre Haft", "eine Stunde lang": how long, not when
            if scope == "clause" and not _in_clause(c, tx.start, tx.end):
                continue
            if any(h0 <= tx.start < h1 for h0, h1 in c.holes):
                continue
            if doc.lang == "en" and doc.extras.get("spacy") is not None \
                    and _en_relcl_of_another_time(doc.extras["spacy"], tx.start, c.start):
                continue            # "sanctions on officers who seized power earlier this month"
            if is_dateline(doc.text, tx.start, tx.end):
                continue            # "KINSHASA, Oct 23 (Reuters) - ... on Tuesday": the report's date
            if _possessor_of_other(doc, c, tx.start, tx.end):
                continue
            # a time inside the reported content that holds the trigger
            # beats one of the reporting frame ("said on Thursday it would send ... next
            # week": the sending is next week, Thursday is when it was said)
            frame = _in_frame(doc, c, tx.start)
            d = (frame, abs(tx.start - c.start))
            if best is None or d < best[0]:
                best = (d, tx.id)
        if best:
            return best[1]
    # narrative reference time: the last date of the sentence before, same paragraph
    if not _paragraph_start(doc, c.sent):
        prev = doc.sentences[c.sent.i - 1]
        ts = [tx for tx in doc.times if prev.start <= tx.start < prev.end and tx.type in ("DATE", "TIME")]
        if ts:
            return ts[-1].id
    return None


def _possessor_of_other(doc: Doc, c: Cand, start: int, end: int) -> bool:
    """A time in the Saxon genitive dates the noun it determines, not the clause ("opened an
    investigation into Sunday's attack": Sunday is when the attack was, not the opening)."""
    if doc.lang != "en" or doc.text[end:end + 2] not in ("'s", "’s"):
        return False
    sd = doc.extras.get("spacy")
    if sd is None:
        return False
    poss = sd.char_span(end, end + 2, alignment_mode="expand")
    if poss is None or len(poss) != 1:
        return False
    head = poss[0].head
    if head.dep_ == "poss":
        head = head.head                    # "'s" hangs on the possessor, the possessor on the noun
    if head.dep_ in ("nsubj", "nsubjpass"):
        return False                        # "Sunday's attack killed 12 people": the same event
    return not any(t.idx <= c.start < t.idx + len(t.text) for t in head.subtree)


def _in_frame(doc: Doc, c: Cand, pos: int) -> bool:
    """Whether ``pos`` lies outside the content of a claim whose content holds the trigger,
    in the claim's own span (its reporting frame: speaker, cue, the time of saying)."""
    for cl in doc.claims:
        if cl.content_start is None or not (cl.content_start <= c.start < cl.content_end):
            continue
        if cl.start <= pos < cl.end and not (cl.content_start <= pos < cl.content_end):
            return True
    return False


def _link_figures(doc: Doc, c: Cand, cands: list[Cand]) -> list[str]:
    out = []
    same_sent = [o for o in cands if o.sent.i == c.sent.i]
    for f in doc.figures:
        if not (c.sent.start <= f.start < c.sent.end):
            continue
        ok_types = FIG_KINDS.get(f.kind, set())
        # the clause, or the event's own argument outside it: the noun a reduced participle
        # modifies ("reported 27 people killed": "27 people" is what "killed" is about)
        in_args = any(a.start <= f.start and f.end <= a.end for a in c.actors + c.targets if not a.pron)
        if _in_clause(c, f.start, f.end) or in_args:
            if f.kind == "other" or c.entry.type in ok_types:
                out.append(f.id)
            continue
        # outside the clause: only when this is the one event of a fitting type in the sentence
        fitting = [o for o in same_sent if o.entry.type in ok_types]
        if len(fitting) == 1 and fitting[0] is c:
            out.append(f.id)
    return out


def _orphan_figures(doc: Doc, events: list[Event], cands: list[Cand]) -> None:
    """A figure in a sentence without an event it fits ("Die Polizei sprach von etwa 7.000
    Teilnehmern.") belongs to the one fitting event of the nearest sentence before it in the
    same paragraph that has fitting events (at most three sentences back: "Unbekannte
    verübten einen Brandanschlag ... Elf Bewohner seien ... gebracht worden. Lebensgefahr
    bestehe nicht. Die Feuerwehr sprach von 14 Verletzten.")."""
    linked = {f for ev in events for f in ev.figures}
    for f in doc.figures:
        if f.id in linked:
            continue
        sent = doc.sentence_at(f.start)
        if sent is None or sent.i == 0 or _paragraph_start(doc, sent):
            continue
        ok_types = FIG_KINDS.get(f.kind, set())
        if any(c.sent.i == sent.i and c.entry.type in ok_types for c in cands):
            continue
        k = sent.i - 1
        while k >= max(0, sent.i - 3):
            fitting = [ev for ev, c in zip(events, cands) if c.sent.i == k and ev.type in ok_types]
            if fitting:
                if len(fitting) == 1:
                    fitting[0].figures.append(f.id)
                break
            if _paragraph_start(doc, doc.sentences[k]):
                break
            k -= 1


def _head_classes(doc: Doc, a: Arg) -> set[str]:
    """Word classes of an argument's head ("4.000 Soldaten" -> forces)."""
    found: set[str] = set()
    for t in doc.tokens_in(a.hs, a.he):
        for w in {t.lemma.lower(), t.text.lower()}:
            found |= lexicon.word_classes(doc.lang, w)
    return found


def _classes_in(doc: Doc, args: list[Arg]) -> set[str]:
    found: set[str] = set()
    for a in args:
        words = {t.lemma.lower() for t in doc.tokens_in(a.start, a.end)} | {w.lower() for w in re.findall(r"\w+", a.text)}
        for w in words:
            found |= lexicon.word_classes(doc.lang, w)
    return found


def _acled(doc: Doc, c: Cand, cands: list[Cand]) -> Acled | None:
    conf = lexicon.plover().get("acled", {})
    e = c.entry
    cur = None
    if e.acled_event_type:
        cur = {"event_type": e.acled_event_type, "sub_event_type": e.acled_sub_event_type}
    elif e.type in conf.get("defaults", {}):
        cur = conf["defaults"][e.type]
    actor_cls = _classes_in(doc, c.actors)
    target_cls = _classes_in(doc, c.targets)
    sent_types = {o.entry.type for o in cands if o.sent.i == c.sent.i and o is not c}
    for r in conf.get("rules", []):
        if r.get("type") and r["type"] != e.type:
            continue
        if "mode" in r and e.mode not in r["mode"]:
            continue
        if "actor_class" in r and r["actor_class"] not in actor_cls:
            continue
        if "target_class" in r and r["target_class"] not in target_cls:
            continue
        if "sentence_has" in r and not (sent_types & set(r["sentence_has"])):
            continue
        cur = r["then"]
        break
    if not cur:
        return None
    return Acled(event_type=cur["event_type"], sub_event_type=cur.get("sub_event_type"))


def _main_event(doc: Doc, events: list[Event], cands: list[Cand]) -> str | None:
    from .main_event import choose

    scores: list = []
    doc.extras["events.main_scores"] = scores      # (event id, score, parts): bench/main_event.py --explain
    doc.extras["events.merged"] = {ev.id: list(c.merged) for ev, c in zip(events, cands)}
    return choose(doc, events, cands, scores)
