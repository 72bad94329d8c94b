"""The article's main event: the event that answers the article's who, what, when and where.

Every event gets a score from explainable parts (``choose(..., explain=[])`` lists them);
the best-scoring event is the main event. Measured on bench/data/main_event
(``bench/main_event.py``).

* type weight (``plover.json``): violence and protest over talk;
* position: the lead sentence (the first sentence that is not a dateline) tells the main
  event first (inverted pyramid), its main-clause predicate most of all (unless it is a
  reaction: a condemnation or demand leads when it is the newest turn of a story, but the
  act reacted to stays the main event); the sentence after it and the rest of the first
  paragraph less;
* title: an event named in the title (by the title's words, also when the title is kept
  apart from the text, as HTML, RSS and the bundled examples keep it; a first line without
  sentence-final punctuation counts as the title of a plain-text article);
* recurrence of the type, casualty / arrest / turnout figures, a place;
* background: what an investigation looks into ("investigate the killing of protesters"),
  a noun in a causal or temporal prepositional phrase ("wegen der
  Niederschlagung von Protesten", "three weeks after an attack"), an event in a relative
  clause ("who had gathered", "in which hundreds were killed"), any other prepositional
  phrase a little;
* reactions: a condemnation, demand, rejection or welcome (words, not acts such as
  summoning an ambassador or an order) that predicates a sentence with a reported action
  in it ("condemned an air strike", "Nach den Schüssen ... fordert die Opposition ...")
  refers to that action, which takes the sentence's weight;
* results: a bare casualty verb ("killed", "wurden getötet") or flight ("sind geflohen")
  next to an act of violence in the same sentence or the sentence before (same paragraph)
  is that act's result: the act takes the casualty figures and, in the lead, the weight
  of the predicate;
* demands: what a demand asks for (after it, in its clause) has not happened;
* prevention: a noun named as prevented or banned ("einen Anschlag vereitelt", "eine
  geplante Kundgebung verboten") did not take place and weighs as a hypothetical event;
* certainty: negated and hypothetical events (announced, demanded, threatened) weigh less,
  an announcement that predicates the lead ("hat seinen Rücktritt angekündigt") less so.
"""
from __future__ import annotations

import re

from ..doc import Doc
from ..record import Event
from . import lexicon

REACTION_TYPES = {"DISAPPROVE", "DEMAND", "REJECT", "SUPPORT"}
ACTION_MODES = {"summon", "legal", "recognize"}   # summoning an envoy, a lawsuit, recognition: acts, not words
NOT_REACTED_TO = REACTION_TYPES | {"CONSULT", "INVESTIGATE"}
ACT_TYPES = {"ASSAULT", "CRIME", "COERCE", "PROTEST"}      # what people flee from
RELATIVE_TAGS = {"PRELS", "PRELAT", "PWAV", "WDT", "WP", "WP$", "WRB"}
SENT_END = re.compile(r"[.!?:;\"“”»«„)]\s*$")


def choose(doc: Doc, events: list[Event], cands: list, explain: list | None = None) -> str | None:
    """The id of the main event, or None without events. ``explain`` (a list) receives one
    ``(event id, score, {part: contribution})`` per event."""
    if not events:
        return None
    types = lexicon.plover()["types"]
    title, title_end = _title(doc)
    title_words = _words(title) if title else []
    lead = _lead_sentence(doc, title_end)
    lead_par_end = doc.text.find("\n", doc.sentences[lead].start if lead < len(doc.sentences) else 0)
    if lead_par_end < 0:
        lead_par_end = len(doc.text)
    counts: dict[str, int] = {}
    for ev in events:
        counts[ev.type] = counts.get(ev.type, 0) + 1
    fig_by_id = {f.id: f for f in doc.figures}
    pairs = list(zip(events, cands))
    mains = {c.start for _, c in pairs if c.main_clause}
    info = {ev.id: _features(doc, ev, c, mains) for ev, c in pairs}

    # what an investigation looks into is background: "to investigate the killing of protesters"
    probes = [c for ev, c in pairs if ev.type == "INVESTIGATE"]
    for ev, c in pairs:
        if ev.type not in NOT_REACTED_TO and not info[ev.id]["main"] \
                and any(p.sent.i == c.sent.i and p.end <= c.start for p in probes):
            info[ev.id]["background"] = True

    # what a demand asks for has not happened: "fordern schärfere Regeln für Abschiebungen"
    demanded: set[str] = set()
    for ev, c in pairs:
        if ev.type == "DEMAND":
            demanded.update(o.id for o, oc in pairs if oc.sent.i == c.sent.i and oc.start > c.end
                            and _in_clause(oc, c) and not info[o.id]["background"])

    # reactions that predicate a sentence refer to the reported actions in it
    reacted: set[str] = set()
    reacting: set[str] = set()
    for ev, c in pairs:
        if not _reaction(doc, ev, c) or not info[ev.id]["main"]:
            continue
        # (a noun in a PP that is no background is the setting: "a bombing at a political rally")
        objs = [o for o, oc in pairs if oc.sent.i == c.sent.i and o.type not in NOT_REACTED_TO and o.id not in demanded
                and not (oc.in_pp and not info[o.id]["background"])
                and o.certainty not in ("negated", "hypothetical")
                and not any(p.sent.i == oc.sent.i and p.end <= oc.start for p in probes)]
        # "condemned the jailing of X, who was sentenced to ...": a relative clause names the
        # act only when nothing outside one does, and only for a reaction that looks back (a
        # demand asks for what is to come: "demanded an end to the siege of X, where ...")
        objs = [o for o in objs if not info[o.id]["relative"]] or (objs if ev.type != "DEMAND" else [])
        if objs:
            reacting.add(ev.id)
            reacted.update(o.id for o in objs)

    # a demand, call or proposal named as the object of a reaction is what it answers:
    # "rejected the opposition's demands", "dismissed calls for his resignation"
    answered: set[str] = set()
    for ev, c in pairs:
        if c.pos != "verb" or not _reaction(doc, ev, c) or not info[ev.id]["main"]:
            continue
        answered.update(o.id for o, oc in pairs if o is not ev and oc.pos == "noun" and o.type in NOT_REACTED_TO
                        and oc.sent.i == c.sent.i and oc.start > c.end and _in_clause(oc, c))

    # casualty verbs and flight next to an act of violence are its result
    fig_bonus = {ev.id: _figure_bonus(ev, fig_by_id) for ev, _ in pairs}
    result_of: dict[str, str] = {}
    for ev, c in pairs:
        if not info[ev.id]["casualty"]:
            continue
        kinds = ACT_TYPES if ev.type == "RETREAT" else {"ASSAULT", "CRIME", "COERCE"}   # protests do not kill
        acts = [(o, oc) for o, oc in pairs if o is not ev and o.type in kinds and not info[o.id]["casualty"]
                and o.certainty not in ("negated", "hypothetical")
                and (oc.sent.i == c.sent.i
                     or (oc.sent.i == c.sent.i - 1 and not _paragraph_start(doc, c.sent)))]
        if acts:
            act = min(acts, key=lambda p: (p[1].sent.i != c.sent.i, p[0].type != "ASSAULT",
                                           abs(p[1].start - c.start)))[0]
            result_of[ev.id] = act.id

    lead_ids = {ev.id for ev, c in pairs if c.sent.i == lead}
    # of coordinated lead predicates the first tells the news ("police cleared a camp ...,
    # and thousands marched the same evening")
    # ("Youths set cars ablaze and clashed with police": one subject, one story; no bonus)
    preds = sorted(((c.start, tuple(a if isinstance(a, str) else a.text for a in ev.actors)) for ev, c in pairs if c.sent.i == lead and info[ev.id]["main"]
                    and not _reaction(doc, ev, c) and ev.certainty not in ("negated", "hypothetical")
                    and ev.id not in result_of))
    first_pred = preds[0][0] if len(preds) > 1 and preds[0][1] and \
        all(a and not set(a) & set(preds[0][1]) for _, a in preds[1:]) else None
    # a title word whose event in the title is background ("orders probe into protest
    # killings", "erupts after police killing of teen") names what the news is about, not
    # the news: events of the body that repeat it weigh less than those repeating the rest
    ticker = _live_ticker(doc, title)
    weak: list[str] = []
    for ev, c in pairs:
        if title_end and ev.trigger.start < title_end and (info[ev.id]["background"] or c.in_pp):
            weak += info[ev.id]["words"]
    strong_words = [w for w in title_words if not (weak and _in_title([w], weak))]
    best = None
    for ev, c in pairs:
        f = info[ev.id]
        parts: dict[str, float] = {"type": types.get(ev.type, {}).get("weight", 1.0)}
        si = c.sent.i
        if title_end and ev.trigger.start < title_end:
            parts["title"] = 6.0 if ticker else 3.0
        elif strong_words and _in_title(strong_words, f["words"]):
            parts["title"] = 2.0
        elif title_words and _in_title(title_words, f["words"]):
            parts["title"] = 1.0
        if si == lead:
            # news lead: the inverted pyramid tells the main event first (a live ticker's
            # intro only sets the scene: its title tells the news)
            parts["lead"] = 2.25 if ticker else 4.5
            if f["main"] and not _reaction(doc, ev, c) and ev.certainty not in ("negated", "hypothetical") \
                    and ev.id not in result_of:
                parts["lead_predicate"] = 0.75 if ticker else 1.5
                if c.start == first_pred:
                    parts["first_predicate"] = 1.0
        elif si == lead + 1:
            parts["lead"] = 2.0
        elif doc.sentences[lead].start <= ev.trigger.start < lead_par_end:
            parts["lead"] = 1.0
        if any(act == ev.id and info[r]["main"] and r in lead_ids for r, act in result_of.items()):
            parts["lead_predicate"] = 1.5   # "Vor Kämpfen sind Tausende geflohen": the act is the news
        if counts[ev.type] > 1:
            parts["recurrence"] = min(counts[ev.type] - 1, 4) * 0.4
        if fig_bonus[ev.id]:
            parts["figures"] = fig_bonus[ev.id]
        if ev.id in result_of:
            parts["result"] = -(fig_bonus[ev.id] + 1.0)     # the act it belongs to takes the figures
        got = [fig_bonus[r] for r, act in result_of.items() if act == ev.id]
        if got and max(got) > fig_bonus[ev.id]:
            parts["result_figures"] = max(got) - fig_bonus[ev.id]
        if ev.place:
            parts["place"] = 0.5
        if ev.certainty in ("negated", "hypothetical"):
            # an announced step told by the lead's predicate ("hat seinen Rücktritt angekündigt")
            # is news all the same; elsewhere what is demanded, threatened or planned weighs less
            parts["certainty"] = -1.5 if (si == lead and f["main"] and ev.certainty == "hypothetical") else -3.0
        if ev.id in demanded and "certainty" not in parts:
            parts["demanded"] = -3.0    # "fordern ... Regeln für Abschiebungen": asked for, not done
        elif f["prevented"] and "certainty" not in parts:
            parts["prevented"] = -3.0   # "hat einen Anschlag vereitelt": it did not take place
        if c.source != "lexicon":
            parts["source"] = -1.0
        if ev.id in reacting:
            parts["reaction"] = -1.5   # "condemned an air strike": the strike is the news
        if ev.id in reacted:
            parts["reacted_to"] = 1.0
        elif f["background"]:
            parts["background"] = -2.0  # "wegen der Niederschlagung von Protesten", "after an attack"
        elif c.in_pp:
            parts["in_pp"] = -1.5      # "bei Protesten", "over the crackdown"
        if f["relative"] and ev.id not in reacted:
            parts["relative"] = -2.0   # "who had gathered", "in which hundreds were killed"
        if f["main"] and ev.id not in answered:
            parts["main_clause"] = 1.0
        if ev.id in answered:
            parts["answered"] = -1.0
        s = sum(parts.values())
        if explain is not None:
            explain.append((ev.id, s, parts))
        if best is None or s > best[0]:
            best = (s, ev.id)
    return best[1]


# -- parts --------------------------------------------------------------------------------
def _words_of(doc: Doc, key: str) -> set[str]:
    """A word list of the main-event choice from the language's cues.json ("main_event_<key>")."""
    return lexicon.cues(doc.lang).get(f"main_event_{key}", set())


def _reaction(doc: Doc, ev: Event, c) -> bool:
    """A verbal reaction: a condemnation, demand, rejection or welcome (not the summoning of
    an envoy, a lawsuit, a recognition or an order, which are acts of their own)."""
    return ev.type in REACTION_TYPES and ev.mode not in ACTION_MODES \
        and c.entry.lemma not in _words_of(doc, "order_verbs")


def _figure_bonus(ev: Event, fig_by_id: dict) -> float:
    for fid in ev.figures:
        f = fig_by_id.get(fid)
        if f and f.kind in ("killed", "injured"):
            return 2.0
        if f and f.kind in ("arrested", "participants"):
            return 1.0
    return 0.0


def _features(doc: Doc, ev: Event, c, mains=()) -> dict:
    spans = [(c.start, c.end)] + list(getattr(c, "merged", []))
    words = _words(" ".join([doc.text[s:e] for s, e in spans] + [c.entry.lemma]))
    background = any(_background_pp(doc, s) for s, _ in spans) or _background_clause(doc, c, mains)
    return {
        "casualty": (c.entry.type == "ASSAULT" and c.entry.pos == "verb" and c.entry.lemma in _words_of(doc, "casualty_verbs")
                     and not any(_act_noun(doc, s, e) for s, e in spans[1:]))
        or (c.entry.type == "RETREAT" and c.entry.mode == "flee"),
        "background": background,
        "prevented": c.pos == "noun" and _prevented(doc, c),
        "relative": _relative(doc, c),
        # a PP is no predicate; nor is a relative clause inside a reported one ("Three aid
        # workers who were kidnapped ... have been released, their organisation said")
        "main": (c.main_clause or (_reported_main(doc, c) and not _relative(doc, c))) and not background
                and not c.modifier,
        "words": words,
    }


def _in_clause(o, c) -> bool:
    """Is trigger ``o`` inside the clause of ``c``?"""
    return any(a <= o.start < b for a, b in c.clause_chars)


def _prevented(doc: Doc, c) -> bool:
    """Is the noun trigger the object of a verb of preventing or banning in its clause?"""
    for a, b in c.clause_chars:
        for t in doc.tokens_in(a, b):
            if t.upos == "VERB" and t.lemma.lower() in _words_of(doc, "prevent_verbs") and not (c.start <= t.start < c.end):
                return True
    return False


def _act_noun(doc: Doc, s: int, e: int) -> bool:
    """A merged noun trigger ("an air strike ... that killed"): the event is the act."""
    toks = doc.tokens_in(s, e)
    return bool(toks) and toks[-1].upos in ("NOUN", "PROPN")


_SOURCE_NOUNS = {"angaben", "informationen", "berichten", "erkenntnissen", "darstellung", "aussagen", "schätzungen",
                 "accounts", "reports", "estimates"}


def _background_pp(doc: Doc, start: int) -> bool:
    """Is the trigger at ``start`` a noun inside a prepositional phrase of cause or earlier
    time? Scans left over its noun phrase ("der gewaltsamen Niederschlagung von")."""
    tok = doc.token_at(start)
    if tok is None or tok.upos not in ("NOUN", "PROPN"):
        return False
    preps = _words_of(doc, "background_preps")
    k = tok.i - 1
    det = False             # after the noun phrase's determiner only a preposition may follow
    while k >= 0 and doc.tokens[k].sent == tok.sent:
        t = doc.tokens[k]
        low = t.text.lower()
        if t.upos == "ADP" or t.pos in ("APPR", "APPRART", "IN"):
            if low in _words_of(doc, "genitive_preps"):
                det = False
                k -= 1
                continue
            if k + 1 < tok.i and doc.tokens[k + 1].text.lower() in _SOURCE_NOUNS:
                return False    # "nach Angaben von Augenzeugen | Tränengas": a source phrase, not the noun's
            return low in preps
        if det:
            return False    # "vor dem Parlamentsgebäude | das Feuer": another phrase
        if t.upos == "DET" or t.pos in ("ART", "PPOSAT", "POS"):
            det = True
        elif not (t.upos in ("ADJ", "ADV", "NUM", "NOUN", "PROPN") or t.pos == "HYPH"
                  or (t.upos == "PUNCT" and t.text in ("-", "–"))):
            return False
        k -= 1
    return False


def _background_clause(doc: Doc, c, mains=()) -> bool:
    """Is the trigger in a clause of cause or earlier time ("a day after protesters stormed
    parliament and police shot dead 23 people", "nachdem die Miliz Schiffe angegriffen
    hatte")? Scans left from the trigger to a conjunction of cause or earlier time, stopping
    at the trigger of a main-clause event (``mains``: start offsets) or a semicolon."""
    if c.main_clause:
        return False
    conj = _words_of(doc, "background_conj")
    tok = doc.token_at(c.start)
    if tok is None:
        return False
    k = tok.i - 1
    while k >= 0 and doc.tokens[k].sent == tok.sent:
        t = doc.tokens[k]
        if t.start in mains or t.text == ";":
            return False
        if t.text.lower() in conj and (t.upos in ("SCONJ", "ADP") or t.pos in ("KOUS", "IN")):
            if c.pos == "verb":
                return True     # "after a police officer shot dead a driver"
            # a noun: only in a clause with a verb of its own ("as both sides kept up heavy
            # attacks"), not in a PP ("after an attack" is read by _background_pp)
            return any(x.upos in ("VERB", "AUX") for x in doc.tokens[k + 1:tok.i])
        k -= 1
    return False


def _relative(doc: Doc, c) -> bool:
    """Is the trigger's clause a relative clause ("who had gathered", "in which ... were
    killed", "die ... getötet wurden")? Read off the clause's first tokens."""
    if not c.clause_chars or c.main_clause:
        return False
    first = doc.tokens_in(*c.clause_chars[0])
    nxt = doc.tokens_in(*c.clause_chars[1]) if len(c.clause_chars) > 1 else []
    toks = (first + nxt)[:2]
    if not toks:
        return False
    if toks[0].pos in RELATIVE_TAGS:
        return True
    return len(toks) > 1 and (toks[0].upos == "ADP" or toks[0].pos in ("APPR", "APPRART", "IN")) \
        and toks[1].pos in RELATIVE_TAGS


def _reported_main(doc: Doc, c) -> bool:
    """"Gunmen abducted 40 people ..., residents said": the reported clause that opens the
    sentence is its news; the reporting verb after it is not."""
    for cl in doc.claims:
        cs = cl.content_start if cl.content_start is not None else cl.start
        ce = cl.content_end if cl.content_end is not None else cl.end
        if not (cs <= c.start < ce) or cs > c.sent.start + 60 or ce >= cl.end:
            continue            # the content must open the sentence, the cue follow it
        verbs, pending = [], False
        for t in doc.tokens_in(cs, ce):
            if t.pos in RELATIVE_TAGS:
                pending = True      # "aid workers who were kidnapped ... have been released":
            elif t.upos == "VERB":  # a relative pronoun takes the next verb
                if not pending:
                    verbs.append(t)
                pending = False
        if not verbs:
            return False
        if c.pos == "verb":
            return verbs[0].start <= c.start < verbs[0].end     # its first full verb
        # a noun as that verb's object ("vessels fired water cannon at a boat, ... said")
        between = doc.tokens_in(verbs[0].end, c.start)
        return verbs[0].end <= c.start and all(t.upos in ("DET", "ADJ", "NUM", "NOUN", "PROPN")
                                               or t.pos in ("PRP$", "PPOSAT") for t in between)
    return False


def _paragraph_start(doc: Doc, sent) -> bool:
    if sent.i == 0:
        return True
    prev = doc.sentences[sent.i - 1]
    return "\n" in doc.text[prev.end:sent.start]


# -- title and lead -----------------------------------------------------------------------
def _title(doc: Doc) -> tuple[str | None, int]:
    """The title and where it ends in the text (0 when the text does not begin with it). A
    plain-text article's first line without sentence-final punctuation is its title."""
    title = doc.article.title
    if title and doc.text.startswith(title):
        return title, len(title)
    if title:
        return title, 0
    nl = doc.text.find("\n")
    if 0 < nl < 200:
        first = doc.text[:nl].strip()
        if first and not SENT_END.search(first) and 2 <= len(first.split()) <= 20 and doc.text[nl:nl + 2].strip() == "":
            return first, nl
    return None, 0


_BYLINE = re.compile(r"(?:Von|By)\s+[A-ZÄÖÜ][\w.'’-]+(?:\s+[A-ZÄÖÜ][\w.'’-]+){0,3}(?:\s*(?:,|\|)\s*[\w .'’-]+)?")
_CREDIT_LINE = re.compile(r"(?:(?:Text|Excerpt|Excerpts|Summary|Translation) of (?:an? )?(?:report|article|"
                          r"commentary|editorial|interview|statement|broadcast)|Updated:|Published:|Aktualisiert:)",
                          re.IGNORECASE)


def _lead_sentence(doc: Doc, title_end: int) -> int:
    """The first sentence after the title that is not a dateline ("WASHINGTON (AP) -"); when a
    line further down opens with a dateline ("SAO PAULO (AA) - Three protesters were
    killed …"), the sentence it opens: what stands before it is a deck or a byline."""
    from .argcues import dateline_end

    text = doc.text
    pos = text.find("\n", title_end)
    while 0 <= pos < title_end + 600:
        line = pos + 1
        d_end = dateline_end(text, line)
        if d_end is not None and text[line:line + 1].strip():
            k = next((s.i for s in doc.sentences if s.start <= d_end < s.end), None)
            if k is not None and doc.sentences[k].start > title_end:
                return k
        end = text.find("\n", line)
        if _BYLINE.fullmatch(text[line:end if end >= 0 else len(text)].strip()) and any(
                title_end <= s.start < line and any(t.finite for t in doc.sentence_tokens(s)) for s in doc.sentences):
            # "Von Tobias Kessler, São Paulo": the article starts after the byline (a deck before it)
            k = next((s.i for s in doc.sentences if s.start > (end if end >= 0 else len(text))
                      and any(t.finite for t in doc.sentence_tokens(s))), None)
            if k is not None:
                return k
        pos = end
    for s in doc.sentences:
        if s.end <= title_end:
            continue
        text = doc.text[s.start:s.end]
        if len(re.findall(r"\w+", text)) <= 5 and (re.search(r"[-–—:]\s*$", text) or text.isupper()):
            continue
        if re.search(r"[-–—]\s*$", text) and not any(t.upos in ("VERB", "AUX") for t in doc.sentence_tokens(s)):
            continue        # "GOMA, Democratic Republic of Congo, July 9 (Reuters) -"
        if _CREDIT_LINE.match(text):
            continue        # "Text of report by Ugandan privately-owned newspaper …", "Updated: Jul 22, 2026"
        if _own_line(doc.text, s.start, s.end) and (not SENT_END.search(text) or text.rstrip().endswith(")")) \
                and len(text.split()) <= 8 and not any(t.finite for t in doc.sentence_tokens(s)):
            continue        # "Kimberley Grant/Staff Reporter", "Our Correspondent", "Lena Hartmann (now)": a credit line
        return s.i
    return 0


_LIVE_TITLE = re.compile(r"\b(?:live[- ]?(?:ticker|blog|updates?)|liveblog|newsblog|live)\b", re.IGNORECASE)


def _live_ticker(doc: Doc, title: str | None) -> bool:
    """A live ticker or live blog: its title says so and its entries open with a clock time
    ("22.40 Uhr – ...", "07:10 GMT – ..."), newest first; the intro under the title only sets
    the scene."""
    from ..language.tokenize import TICKER_HEAD

    if not title or not _LIVE_TITLE.search(title):
        return False
    heads = sum(1 for line in doc.text.splitlines() if TICKER_HEAD.match(line.strip()))
    return heads >= 2


def _own_line(text: str, start: int, end: int) -> bool:
    """Does text[start:end] stand on a line of its own?"""
    return text[:start].rstrip(" \t").endswith("\n") and (text[end:].lstrip(" \t").startswith("\n") or not text[end:].strip())


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"\w+", text.lower()) if len(w) >= 4]


def _in_title(title_words: list[str], words: list[str]) -> bool:
    """Does a trigger word match a title word: the same word, an inflection (a common
    prefix all but the last three letters long) or a compound's part ("Anschlag" in
    "Selbstmordanschlag")?"""
    for w in words:
        for t in title_words:
            if w == t:
                return True
            short, long_ = sorted((w, t), key=len)
            if len(short) >= 5 and long_.endswith(short):
                return True
            n = 0
            while n < len(short) and w[n] == t[n]:
                n += 1
            if n >= max(4, len(short) - 3):
                return True
    return False
