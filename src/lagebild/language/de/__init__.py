"""German: POS tags and lemmas from HanTa (STTS), verb mood from our own rules (``mood``)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...doc import Doc
from . import hanta, mood

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
    hanta.speed_up(tagger)       # same results, faster (see hanta.py)
    tagger.analyze_forward = lru_cache(maxsize=200_000)(tagger.analyze_forward)
    tagger._analyze = lru_cache(maxsize=200_000)(tagger._analyze)
    return tagger


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
        _verb_not_adjective(toks)
        _participle_before_passive(toks)
        _hyphen_compounds(toks)
        _capitalized_adjectives(toks)
        _dash_ends_clause(toks)
        _subjunctive_not_adjective(toks)
    mood.annotate(doc)


def _subjunctive_not_adjective(toks) -> None:
    """A Konjunktiv I form HanTa reads as an attributive adjective ("Die Neuregelung sichere
    Tausende Arbeitsplätze, sagte er": "sichere", not "safe"): right after the subject noun, in a
    clause with no finite verb before the comma of a reporting frame ("..., sagte er"), a form in
    -e whose infinitive is a verb."""
    comma = next((k for k, t in enumerate(toks) if t.text == ","), None)
    if comma is None or comma < 3 or any(t.finite for t in toks[:comma]) \
            or not any(t.pos == "VVFIN" for t in toks[comma + 1:comma + 3]):
        return
    for i in range(1, comma):
        t = toks[i]
        w = t.text
        if t.pos != "ADJA" or not w.islower() or not w.endswith("e") or len(w) < 5 \
                or toks[i - 1].pos not in ("NN", "NE"):
            continue
        stem = w[:-1]
        inf = stem + ("n" if stem.endswith(("er", "el")) else "en")
        if _alone(inf)[1] != "VVINF":
            continue
        t.pos, t.upos, t.lemma, t.finite = "VVFIN", "VERB", inf, True
        return


_DASHES = {"–", "—", "-"}
_PARTICLES = {"ab", "an", "auf", "aus", "bei", "ein", "mit", "nach", "vor", "zu", "zurück", "fest", "frei", "los",
              "weg", "hin", "her", "um", "durch", "dar", "fort", "vorbei", "zusammen", "entgegen", "gegenüber"}


def _dash_ends_clause(toks) -> None:
    """A dash is punctuation ("Südsudan weist UN-Mission aus – Kirchen befürchten ..."): HanTa
    tags it as foreign material and the separable particle before it as a preposition."""
    for k, t in enumerate(toks):
        if t.text not in _DASHES or t.pos.startswith("$"):
            continue
        t.pos, t.upos, t.lemma = "$(", "PUNCT", t.text
        if k > 0 and toks[k - 1].pos in ("APPR", "ADV") and toks[k - 1].text.lower() in _PARTICLES \
                and any(x.pos == "VVFIN" for x in toks[:k - 1]):
            p = toks[k - 1]
            p.pos, p.upos = "PTKVZ", "ADP"


def _capitalized_adjectives(toks) -> None:
    """A capitalised word HanTa tags as an adjective and that modifies no noun after it is a
    noun (an ADJA: a nominalised adjective, "einem Dutzend Bewaffneter"); a capitalised ADJD is
    a noun HanTa does not know ("Kleinfischer haben den Hafen blockiert", "haben Kleinfischer im Norden ..."): inside
    a sentence German capitalises nouns and names, not adverbial adjectives; at its start only
    a word in -er before the finite verb ("Schnell reagierte die Polizei" stays an adjective)."""
    for k, t in enumerate(toks):
        w = t.text
        if t.pos == "ADJA" and k > 0 and w[:1].isupper() and w[1:].islower() and toks[k - 1].pos not in ("$.", "$(") \
                and (k + 1 == len(toks) or toks[k + 1].pos not in ("NN", "NE", "NNA", "ADJA", "ADJD", "CARD", "TRUNC")):
            # "von einem Dutzend Bewaffneter gestoppt": a nominalised adjective, no attribute
            t.pos, t.upos, t.lemma, t.finite = "NN", "NOUN", w, False
            continue
        if t.pos != "ADJD" or not w[:1].isupper() or w.isupper() or not w[1:].islower():
            continue
        if k == 0 or toks[k - 1].pos in ("$.", "$(") and toks[k - 1].text not in (",", "(", ")"):
            if not (w.endswith("er") and len(w) >= 8 and k + 1 < len(toks) and toks[k + 1].pos.endswith("FIN")):
                continue
        t.pos, t.upos, t.lemma, t.finite = "NN", "NOUN", w, False


def _hyphen_compounds(toks) -> None:
    """A hyphenated noun takes the lemma of its last part: HanTa does not know
    "Rohingya-Flüchtlingslager" and strips a case ending that is none ("Rohingya-flüchtlingslag");
    the last part alone it knows ("Flüchtlingslager")."""
    for t in toks:
        if t.pos != "NN" or "-" not in t.text or t.text.endswith("-"):
            continue
        head, _, last = t.text.rpartition("-")
        if len(last) < 3 or not last[:1].isupper() or not head:
            continue
        lem = _alone(last)[0]
        if lem:
            t.lemma = head + "-" + lem


@lru_cache(maxsize=50_000)
def _alone(word: str) -> tuple[str, str]:
    """HanTa's lemma and STTS tag of a word tagged on its own (the last part of a hyphenated
    noun, an infinitive to test)."""
    _w, lemma, tag = _tagger().tag_sent([word], taglevel=1)[0]
    return lemma, stts(tag)


_PASSIVE_AFTER = {"worden", "wurde", "wurden", "würden", "würde"}


def _participle_before_passive(toks) -> None:
    """A word tagged ADJD right before "worden" / "wurde(n)" is the participle of the passive
    ("dass Festgenommene misshandelt worden seien": HanTa reads "misshandelt" as an adjective)."""
    for i in range(len(toks) - 1):
        t = toks[i]
        w = t.text
        if t.pos != "ADJD" or toks[i + 1].text.lower() not in _PASSIVE_AFTER or not w.islower() \
                or not w.endswith(("t", "en")) or len(w) < 6:
            continue
        t.pos, t.upos = "VVPP", "VERB"
        if t.lemma == w:
            base = w[2:] if w.startswith("ge") and len(w) > 7 else w
            if base.endswith("en"):
                t.lemma = base
            elif base.endswith(("et", "elt", "ert")):
                t.lemma = base[:-1] + "n"
            else:
                t.lemma = base[:-1] + "en"


_AFTER_ADJA = {"NN", "NE", "ADJA", "ADJD", "CARD", "ADV", "TRUNC", "$(", "PIAT"}


def _verb_not_adjective(toks) -> None:
    """A weak past form tagged as an attributive adjective right after a noun and before no
    noun ("Die Armee verstärkte nach eigenen Angaben die Kontrollen"): an attributive
    adjective stands before its noun, so this is the finite verb (HanTa confuses the two)."""
    for i in range(1, len(toks) - 1):
        t = toks[i]
        w = t.text
        if t.pos != "ADJA" or not w.islower() or not (w.endswith("te") or w.endswith("ten")) or len(w) < 6:
            continue
        if toks[i - 1].pos not in ("NN", "NE") or toks[i + 1].pos in _AFTER_ADJA:
            continue
        if any(x.finite for x in toks[:i]) or any(x.text == "," for x in toks[:i]):
            continue    # the main clause's verb is earlier, or a subordinate clause precedes
        t.pos, t.upos, t.finite = "VVFIN", "VERB", True
        t.lemma = _weak_lemma(w)
    # a sentence without any finite verb: a weak past form after the fronted phrase is its
    # verb, and so is one after "und" ("In der Nacht zum Mittwoch versiegelten Polizisten die
    # Räume und beschlagnahmten Computer")
    if len(toks) < 6 or toks[-1].text not in (".", "!") or any(x.finite for x in toks):
        return
    first = None
    for i in range(1, len(toks) - 1):
        t = toks[i]
        w = t.text
        if t.pos != "ADJA" or not w.islower() or not w.endswith(("te", "ten")) or len(w) < 7:
            continue
        if (first is None and toks[i - 1].pos in ("NN", "NE")) or (first is not None and toks[i - 1].text == "und"):
            t.pos, t.upos, t.finite = "VVFIN", "VERB", True
            t.lemma = _weak_lemma(w)
            first = i


def _weak_lemma(w: str) -> str:
    """The infinitive of a weak past form: "verstärkte" -> "verstärken", "versiegelten" ->
    "versiegeln", "forderten" -> "fordern"."""
    stem = w[:-2] if w.endswith("te") else w[:-3]
    if stem.endswith("e"):
        stem = stem[:-1]        # "arbeiteten" -> "arbeit"
    for past, present in _MIXED_STEMS:
        if stem.endswith(past):
            stem = stem[:-len(past)] + present     # "entsandte" -> "entsenden", "brachte" -> "bringen"
            break
    return stem + ("n" if stem.endswith(("el", "er")) and not stem.endswith("ier") else "en")


# the mixed verbs, whose past stem changes its vowel ("senden, sandte")
_MIXED_STEMS = (("sand", "send"), ("wand", "wend"), ("nann", "nenn"), ("kann", "kenn"), ("brann", "brenn"),
                ("rann", "renn"), ("dach", "denk"), ("brach", "bring"))


def saxon_genitive(tok, tokens, cache: dict | None = None) -> bool:
    """A name in the Saxon genitive before its head noun ("Pakistans Außenministerium",
    "Acostas Anwalt"): the tagger's lemma drops the "s", or, for a name it does not know, the
    name without "s" occurs in the text (``tokens``; ``cache`` keeps the answer per word)."""
    w = tok.text
    if not w.endswith("s") or len(w) < 3:
        return False
    if tok.lemma and tok.lemma != w:
        return True
    if cache is not None and w in cache:
        return cache[w]
    stem = w[:-1]
    got = any(u.text == stem for u in tokens)
    if cache is not None:
        cache[w] = got
    return got
