"""German verb mood: indicative, Konjunktiv I or Konjunktiv II for every finite verb.

Reported speech in German news is carried by the subjunctive ("Dutzende Angreifer seien
eliminiert worden", "er habe um Hilfe gebeten", "Sie hätten versucht"), so the claims stage
needs the mood of each finite verb. HanTa gives POS and lemma but no mood; these rules add it
from the word form, the lemma and the clause:

* Konjunktiv I: the "sei-" paradigm of *sein*, and the present stem + "-e" ("gebe", "habe",
  "handele"/"handle", "könne", "wisse"), which is Konjunktiv I unless the subject is "ich"
  (then it is the indicative 1st person singular "ich habe").
  The plural forms ("haben", "geben") equal the indicative and stay "ind", as in the Universal
  Dependencies annotation the benchmark measures against.
* Konjunktiv II: the umlauted / vowel-changed preterite stems of strong, mixed and irregular
  verbs from ``data/strong_verbs.tsv`` + e/est/en/et ("gäbe", "hätten", "würde", "könnte",
  "stünde"), also with verb prefixes ("aufbrächten", "ausschlösse"). Where the stem has no
  umlaut ("ginge"), only the singular is unambiguous: "gingen" is also the indicative.
  Weak preterites ("machte") are formally Konjunktiv II too but read as indicative; "sollte(n)"
  reads as Konjunktiv II ("should"), "wollte(n)" as indicative (see ``data/mood.json``).
* Context: a plural form that is both preterite and Konjunktiv II ("fehlten", "gingen") reads
  as Konjunktiv II in a main clause of reported speech (the sentence has an unambiguous
  Konjunktiv, or a speech verb in another clause that is not an attribution "wie X sagte"),
  or when coordinated with a Konjunktiv II ("könnten ... und hörten"), unless its clause
  governs a dass/ob clause ("entschieden sie, dass ..."): then it is the frame, not the report.

Before that, ``fix_finiteness`` corrects HanTa where the clause shows it erred: an infinitive
or participle tagged finite next to a finite auxiliary, a finite verb tagged as adjective at
the end of a clause or as a lower-case noun in a clause without a verb.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ...doc import Doc, Token

_ENDINGS_K2 = ("est", "en", "et", "st", "e", "t")  # hättest, hätten, hättet, wärst, hätte, wärt


@dataclass(frozen=True)
class _Lex:
    sein_k1: frozenset[str]
    first_sg: frozenset[str]
    subject_pronouns: frozenset[str]
    speech_verbs: frozenset[str]
    attribution_words: frozenset[str]
    prefixes: tuple[str, ...]
    pret_modals_sub2: frozenset[str]
    # K2 stem -> (infinitive, unambiguous in the plural?)
    k2_stems: dict[str, tuple[str, bool]]


def _data_text(name: str) -> str:
    return resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def lexicon() -> _Lex:
    conf = json.loads(_data_text("mood.json"))
    k2_stems: dict[str, tuple[str, bool]] = {}
    for line in _data_text("strong_verbs.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        inf, pret, k2 = line.split("\t")
        pret_stems = {p[:-1] if p.endswith("te") else p for p in pret.split("|")}
        for form in k2.split("|"):
            stem = form[:-1]
            k2_stems[stem] = (inf, stem not in pret_stems)
    prefixes = tuple(sorted(conf["verb_prefixes"], key=len, reverse=True))
    return _Lex(
        sein_k1=frozenset(conf["sein_konjunktiv1"]),
        first_sg=frozenset(conf["first_person_singular"]),
        subject_pronouns=frozenset(conf["subject_pronouns_not_1sg"]),
        speech_verbs=frozenset(conf["speech_verbs"]),
        attribution_words=frozenset(conf["attribution_words"]),
        prefixes=prefixes,
        pret_modals_sub2=frozenset(conf["preterite_modals_sub2"]),
        k2_stems=k2_stems,
    )


def _strip_prefixes(word: str, prefixes: tuple[str, ...], min_rest: int = 3) -> list[str]:
    """``word`` and every form of it with one or two verb prefixes removed."""
    out = [word]
    for p in prefixes:
        if word.startswith(p) and len(word) - len(p) >= min_rest:
            rest = word[len(p):]
            out.append(rest)
            for q in prefixes:
                if rest.startswith(q) and len(rest) - len(q) >= min_rest:
                    out.append(rest[len(q):])
    return out


def _k2_analysis(word: str, lex: _Lex) -> tuple[str, bool] | None:
    """(infinitive, unambiguous) if ``word`` is a Konjunktiv II form of a listed verb."""
    for w in _strip_prefixes(word, lex.prefixes):
        for end in _ENDINGS_K2:
            if w.endswith(end):
                stem = w[: -len(end)]
                hit = lex.k2_stems.get(stem)
                if hit is None:
                    continue
                inf, umlauted = hit
                # bare st/t endings only in "wär-st", "wär-t"; elsewhere they are present forms
                if end in ("st", "t") and inf != "sein":
                    continue
                if end in ("en", "et", "t") and not umlauted:
                    return inf, False  # "gingen", "bliebet": also indicative preterite
                return inf, True
    return None


def _present_stems(lemma: str) -> list[str]:
    """Present stems of a verb lemma: machen -> mach, handeln -> handel/handl, tun -> tu."""
    lemma = lemma.lower()
    if lemma.endswith("en"):
        return [lemma[:-2]]
    if lemma.endswith(("eln", "ern")):
        return [lemma[:-1], lemma[:-3] + lemma[-2]]
    if lemma.endswith("n"):
        return [lemma[:-1]]
    return []


def _is_k1_e_form(word: str, lemma: str, lex: _Lex) -> bool:
    """``word`` is present stem + "-e" of ``lemma`` (also for separated/added prefixes)."""
    if not word.endswith("e") or len(word) < 3:
        return False
    wstem = word[:-1]
    for stem in _present_stems(lemma):
        if stem == wstem or (stem.endswith(wstem) and len(wstem) >= 2):
            return True
        # lemma lacks a prefix the word has ("ausmache" with lemma "machen")
        if wstem.endswith(stem) and wstem[: -len(stem)] in lex.prefixes:
            return True
    return False


def _clause_bounds(toks: list[Token], k: int) -> tuple[int, int]:
    """Token index range [a, b) of the clause around ``toks[k]``: up to punctuation."""
    a = k
    while a > 0 and not _is_boundary(toks[a - 1]):
        a -= 1
    b = k + 1
    while b < len(toks) and not _is_boundary(toks[b]):
        b += 1
    return a, b


_BOUNDARY_TEXT = frozenset("()[];:")


def _is_boundary(tok: Token) -> bool:
    """Clause punctuation: commas, sentence ends, brackets; not hyphens or quotes."""
    return tok.pos in ("$,", "$.") or tok.text in _BOUNDARY_TEXT


def _subject_is_first_sg(toks: list[Token], k: int, lex: _Lex) -> bool:
    a, b = _clause_bounds(toks, k)
    return any(t.text.lower() in lex.first_sg and t.pos == "PPER" for t in toks[a:b])


def classify(toks: list[Token], k: int) -> str:
    """Mood of the finite verb ``toks[k]`` in its sentence ``toks``."""
    lex = lexicon()
    tok = toks[k]
    w = tok.text.lower()
    lemma = (tok.lemma or "").lower()
    if w in lex.sein_k1:
        return "sub1"
    k2 = _k2_analysis(w, lex)
    if k2 is not None:
        inf, unambiguous = k2
        # "führen" is a K2 form of fahren but also the present of führen: trust the lemma
        if unambiguous and (_lemma_has_base(lemma, inf, lex) or not _is_present_form(w, lemma)):
            return "sub2"
    # sollte(n) vs wollte(n): formally identical to the preterite; UD convention per data file
    if _is_preterite_modal(tok, lex):
        return "sub2"
    if _is_k1_e_form(w, lemma, lex) and not _subject_is_first_sg(toks, k, lex) \
            and not _verb_first_without_subject(toks, k, lex):
        return "sub1"
    return "ind"


def _is_preterite_modal(tok: Token, lex: _Lex) -> bool:
    w = tok.text.lower()
    for inf in lex.pret_modals_sub2:
        st = _present_stems(inf)[0]
        if w in (st + "te", st + "ten", st + "test", st + "tet"):
            return True
    return False


def _lemma_has_base(lemma: str, inf: str, lex: _Lex) -> bool:
    if lemma == inf:
        return True
    return lemma.endswith(inf) and inf in _strip_prefixes(lemma, lex.prefixes)


def _is_present_form(word: str, lemma: str) -> bool:
    return any(word in (st + "e", st + "en", st + "n", st + "et", st + "t", st + "st", st + "est")
               for st in _present_stems(lemma))


def _verb_first_without_subject(toks: list[Token], k: int, lex: _Lex) -> bool:
    """A sentence opening with an "-e" verb and no pronoun subject after it ("Habe mich
    operieren lassen", "Kenne den Laden seit Jahren") drops "ich" or is an imperative; a
    verb-first Konjunktiv I clause has its subject right after the verb ("Gebe es ...")."""
    first = 0
    while first < len(toks) and toks[first].pos.startswith("$"):
        first += 1
    if k != first:
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is None or nxt.text not in lex.subject_pronouns


def _ambiguous_preterite(tok: Token, lex: _Lex) -> bool:
    """Weak preterite ("hörten") or plain-stem strong plural ("gingen"): K2 or indicative."""
    w = tok.text.lower()
    for st in _present_stems(tok.lemma or ""):
        if w in (st + "te", st + "ten", st + "ete", st + "eten"):
            return True
    k2 = _k2_analysis(w, lex)
    return k2 is not None and not k2[1]


_AUX_PERFECT = frozenset({"haben", "sein", "werden"})


def fix_finiteness(toks: list[Token]) -> None:
    """Undo HanTa confusions the clause makes plain: an "-en" verb tagged finite next to
    another finite verb is the infinitive ("werde ... Friedenstruppen entsenden"), and a
    "-t" verb tagged finite at the end of a clause with a finite haben/sein/werden is the
    participle ("hat immer funktioniert"); coordination ("und") keeps both finite. Finite
    verbs tagged as adjective or noun: see ``_verb_from_nominal``."""
    for k, tok in enumerate(toks):
        if tok.pos in ("ADJA", "NN") and tok.text[:1].islower() and tok.text.isalpha():
            _verb_from_nominal(toks, k)
        elif (tok.finite and tok.text[:1].isupper() and k > 0 and not toks[k - 1].pos.startswith("$")
              and not tok.text.isupper()):
            # mid-sentence capitals are nouns or names ("auf Links und Anhänge", "von Lasse
            # Hallström"), never finite verbs
            tok.pos, tok.upos, tok.lemma, tok.finite = "NN", "NOUN", tok.text, False
        if tok.pos != "VVFIN":
            continue
        a, b = _clause_bounds(toks, k)
        others = [i for i in range(a, b) if i != k and toks[i].pos.endswith("FIN")
                  and toks[i].pos.startswith(("VA", "VM"))]
        if not others:
            continue
        j = min(others, key=lambda i: abs(i - k))
        lo, hi = min(j, k), max(j, k)
        if any(toks[i].pos in ("KON", "KOUS") for i in range(lo + 1, hi)):
            continue
        w, lemma = tok.text.lower(), (tok.lemma or "").lower()
        clause_final = k + 1 >= b or toks[k + 1].pos.startswith("V")
        if w == lemma and w.endswith("n"):
            if clause_final or k < j:
                tok.pos, tok.upos, tok.finite = "VVINF", "VERB", False
        elif (w.endswith("t") and clause_final and j < k and _participle_shape(w, lemma)
              and (toks[j].lemma or "").lower() in _AUX_PERFECT):
            tok.pos, tok.upos, tok.finite = "VVPP", "VERB", False


_NOMINAL_LEFT = frozenset({"ART", "APPR", "APPRART", "PPOSAT", "PIAT", "PIDAT", "PDAT", "PWAT", "PRELAT",
                           "ADJA", "CARD"})


def _verb_from_nominal(toks: list[Token], k: int) -> None:
    """HanTa sometimes tags a finite verb as attributive adjective at the end of a clause
    ("ob der Staat das überlebte.") or, lower-cased, as noun in a clause that has no other
    finite verb ("die Regierung folge dem Plan"). Neither can be right: an attributive
    adjective precedes its noun, and German nouns are capitalized."""
    tok = toks[k]
    w = tok.text.lower()
    a, b = _clause_bounds(toks, k)
    if tok.pos == "ADJA":
        if not w.endswith(("te", "ten")) or not (k + 1 >= len(toks) or toks[k + 1].pos == "$."):
            return
    else:
        if (k > 0 and toks[k - 1].pos in _NOMINAL_LEFT) or not w.endswith("e") \
                or any(t.finite for t in toks[a:b]):
            return
    from . import _tagger  # the HanTa model is loaded once per process

    lemma, tag = _tagger().analyze(tok.text, pos="VV(FIN)")
    if tag != "VV(FIN)" or not lemma.endswith("n") or lemma == w:
        return
    if tok.pos == "NN" and lemma != w + "n":
        return
    tok.pos, tok.upos, tok.lemma, tok.finite = "VVFIN", "VERB", lemma, True


_INSEPARABLE = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer")


def _participle_shape(w: str, lemma: str) -> bool:
    """``w`` is the weak participle of ``lemma``: ge-marked ("gekauft", "eingekauft") or
    without ge- ("begrüßt", "funktioniert"); not "sieht", "eingeht" (present tense)."""
    for stem in _present_stems(lemma)[:1]:
        cands = set()
        if lemma.endswith("ieren") or lemma.startswith(_INSEPARABLE):
            cands.add(stem)
        else:
            cands.add("ge" + stem)
            for p in lexicon().prefixes:
                if p not in _INSEPARABLE and stem.startswith(p) and len(stem) > len(p) + 1:
                    cands.add(p + "ge" + stem[len(p):])
        if any(w in (c + "t", c + "et") for c in cands):
            return True
    return False


def annotate(doc: Doc) -> None:
    """Set ``tok.mood`` on every finite verb of a German ``doc`` (others get None), after
    correcting the finiteness of verbs HanTa mis-tags."""
    for sent in doc.sentences:
        toks = doc.tokens[sent.tok_start:sent.tok_end]
        fix_finiteness(toks)
        _annotate_sentence(toks)


def _annotate_sentence(toks: list[Token]) -> None:
    lex = lexicon()
    last_finite = None
    ambiguous: list[int] = []
    for k, tok in enumerate(toks):
        tok.mood = classify(toks, k) if tok.finite else None
        if not tok.finite:
            continue
        if tok.mood == "ind" and _ambiguous_preterite(tok, lex):
            # "Sie könnten ... nicht unterscheiden und hörten nur ...": a verb coordinated
            # with a Konjunktiv II and sharing its subject takes its mood
            if (last_finite is not None and last_finite.mood == "sub2" and k > 0
                    and toks[k - 1].pos == "KON"):
                tok.mood = "sub2"
            elif (_plural_form(tok) and not tok.pos.startswith("VM")
                  and (tok.lemma or "").lower() not in lex.speech_verbs and _main_clause_v2(toks, k)):
                ambiguous.append(k)
        last_finite = tok
    if not ambiguous:
        return
    # Reported speech: where Konjunktiv I equals the indicative (plural), writers use the
    # Konjunktiv II, which for weak verbs equals the preterite ("Der Bahn fehlten ... Mark,
    # für die Waigel keine Vorsorge getroffen habe"; "In Madrid hieß es, ... Transporter
    # steckten in den Staus"). Read such forms as Konjunktiv II when the sentence has an
    # unambiguous Konjunktiv or a speech verb in another clause.
    has_subj = any(t.mood in ("sub1", "sub2") and not _ambiguous_preterite(t, lex) for t in toks)
    for k in ambiguous:
        if _frames_complement(toks, k):
            continue  # "Stattdessen entschieden sie, dass ... würde": the frame, not the report
        if has_subj or _speech_frame(toks, k, lex):
            toks[k].mood = "sub2"


_COMPLEMENTIZERS = frozenset({"dass", "daß", "ob"})


def _frames_complement(toks: list[Token], k: int) -> bool:
    """The clause of ``toks[k]`` is followed by a dass/ob clause it governs."""
    _a, b = _clause_bounds(toks, k)
    return b + 1 < len(toks) and toks[b].pos == "$," and toks[b + 1].text.lower() in _COMPLEMENTIZERS


def _plural_form(tok: Token) -> bool:
    return tok.text.lower().endswith("en")


_SUBORDINATORS = frozenset({"KOUS", "KOUI", "PRELS", "PRELAT", "PWS", "PWAV", "PWAT"})


def _main_clause_v2(toks: list[Token], k: int) -> bool:
    """``toks[k]`` is the verb of a main clause (verb second), not of a relative or other
    subordinate clause (verb last): those keep the indicative even inside reported speech."""
    a, b = _clause_bounds(toks, k)
    if any(t.pos in _SUBORDINATORS for t in toks[a:k]):
        return False
    return k + 1 < b and not _is_boundary(toks[k + 1])


def _speech_frame(toks: list[Token], k: int, lex: _Lex) -> bool:
    """A speech verb outside the clause of ``toks[k]``, except in an attribution clause
    ("wie die Polizei mitteilte"), which frames indicative statements."""
    a, b = _clause_bounds(toks, k)
    for i, t in enumerate(toks):
        if (a <= i < b) or not t.pos.startswith("VV") or (t.lemma or "").lower() not in lex.speech_verbs:
            continue
        ca, _cb = _clause_bounds(toks, i)
        if any(x.text.lower() in lex.attribution_words for x in toks[ca:i]):
            continue
        return True
    return False
