"""The figures stage: counts of people an event affected (killed, injured, arrested, ...).

Fills ``doc.figures``. Works on the tokens of the language stage (STTS or PTB tags,
lemmas) with a per-language lexicon in ``data/<lang>/figures.json``:

1. quantities: digits ("317", "1.200", "1,2 Millionen"), number words ("acht",
   "drei Dutzend", "two hundred", "half a million"), vague quantities ("Dutzende",
   "mehrere Hundert", "tens of thousands") and ranges ("zwischen 20 und 30", "15 bis 20"),
   with a qualifier in front ("mindestens", "rund", "bis zu", "at least", "up to");
2. the counted noun after it ("Demonstranten", "Polizisten und Soldaten", "dozens of
   football fans"); numbers that count units, money, time, inhabitants ... are dropped;
3. the kind from the counted noun ("Tote", "Verletzte", "Festnahmen") or from the nearest
   cue word of the same clause ("getötet", "ums Leben", "festgenommen", "fled"); a
   quantity with no kind cue counts nothing an event affected and is not a figure;
4. ``estimate`` in ACLED's conservative way (lowest figure; dozens 12, hundreds 100 ...).

``Figure.claim`` is filled later by the claims stage.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..doc import Doc, Token
from ..record import Figure

DATA = Path(__file__).with_name("data")

_BOUNDARY = {",", ";", ":", "(", ")", "–", "—", "[", "]"}
_DIGITS = re.compile(r"^\d+(?:[.,\u202f\u00a0 ]\d{3})*(?:[.,]\d+)?$")
_RANGE_TOKEN = re.compile(r"^(\d+(?:[.,]\d{3})*)[-–](\d+(?:[.,]\d{3})*)$")
_NOUN_TAGS = {"NN", "NE", "NNA", "NNS", "NNP", "NNPS", "FM"}
_ADJ_TAGS = {"ADJA", "ADJD", "JJ", "JJR", "JJS", "VBN", "VBG", "RB", "ADV", "PIAT", "PIDAT"}
_DET_TAGS = {"ART", "DT", "PRP$", "PPOSAT", "PDAT", "POS"}
# currency signs and codes written before an amount
CURRENCY_BEFORE = {"$", "€", "£", "¥", "₹", "rs", "inr", "usd", "us$", "eur", "gbp", "chf", "sfr", "fr", "ksh",
                    "kes", "ngn", "zar", "r", "cfa", "fcfa", "tk", "pkr", "aed", "sar", "rmb", "cny"}

# person nouns that may be counted by an article ("ein Polizist", "a man")
_PERSON_ONE = {
    "de": {"mann", "frau", "kind", "junge", "mädchen", "person", "mensch", "polizist", "polizistin",
           "soldat", "soldatin", "demonstrant", "demonstrantin", "journalist", "journalistin",
           "zivilist", "zivilistin", "passant", "passantin", "beamter", "beamtin", "jugendlicher",
           "schüler", "schülerin", "student", "studentin", "arzt", "ärztin", "fahrer", "fahrerin",
           "bewohner", "bewohnerin", "anwohner", "anwohnerin", "wachmann", "sicherheitsbeamter",
           "lehrer", "lehrerin", "arbeiter", "arbeiterin", "bauer", "bäuerin", "häftling", "gefangener",
           "geisel", "verdächtiger", "tatverdächtiger", "angreifer", "täter", "angestellte", "angestellter",
           "mitarbeiter", "mitarbeiterin"},
    "en": {"man", "woman", "child", "boy", "girl", "person", "police officer", "officer",
           "policeman", "policewoman", "soldier", "protester", "demonstrator", "journalist",
           "civilian", "passer-by", "bystander", "teenager", "student", "doctor", "driver",
           "resident", "guard", "security guard", "teacher", "worker", "farmer", "prisoner", "villager",
           "suspect", "gunman", "attacker", "assailant", "hostage", "employee", "miner"},
}


@lru_cache(maxsize=8)
def lexicon(lang: str) -> dict | None:
    path = DATA / lang / "figures.json"
    if not path.exists():
        return None
    lex = json.loads(path.read_text(encoding="utf-8"))
    kinds = {}
    for kind, spec in lex["kinds"].items():
        kinds[kind] = {
            "lemmas": {w.lower() for w in spec.get("lemmas", [])},
            "words": sorted({w.lower() for w in spec.get("words", [])}, key=len, reverse=True),
            "nouns": {w.lower() for w in spec.get("nouns", [])},
            "weak": bool(spec.get("weak")),
            # cue words of a weak kind that decide it like a strong one ("on hunger strike")
            "strong": {w.lower() for w in spec.get("strong", [])},
            # cue verbs whose subject, not object, is counted ("Hunderte Arbeiter blockierten …")
            "subject_only": {w.lower() for w in spec.get("subject_only", [])},
            "requires": {w.lower(): ([r.lower()] if isinstance(r, str) else [x.lower() for x in r])
                         for w, r in spec.get("requires", {}).items()},
        }
    for spec in kinds.values():
        # for _kind_cues: the words as a set, the multi-word ones by first word (in order)
        spec["word_set"] = set(spec["words"])
        spec["multi"] = {}
        for w in spec["words"]:
            ws = w.split()
            if len(ws) > 1:
                spec["multi"].setdefault(ws[0], []).append(ws)
    lex["kinds"] = kinds
    # cue words that are no counted nouns: a tagger may read a headline verb as a noun ("Thousands flee …")
    lex["cue_not_noun"] = {w for spec in kinds.values() for w in spec["words"] if " " not in w} - {
        w for spec in kinds.values() for w in spec["nouns"]}
    lex["qual_sorted"] = sorted(lex["qualifiers"].items(), key=lambda kv: -len(kv[0].split()))
    lex["not_counted"] = {w.lower() for w in lex["not_counted"]}
    return lex


# -- numbers -----------------------------------------------------------------

_DE_UNITS = {"ein": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
             "sieben": 7, "acht": 8, "neun": 9}
_DE_TEENS = {"zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
             "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19}
_DE_TENS = {"zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
            "siebzig": 70, "achtzig": 80, "neunzig": 90}


def _de_below_hundred(w: str) -> int | None:
    if w in _DE_UNITS:
        return _DE_UNITS[w]
    if w in _DE_TEENS:
        return _DE_TEENS[w]
    if w in _DE_TENS:
        return _DE_TENS[w]
    if "und" in w:
        a, _, b = w.partition("und")
        if a in _DE_UNITS and b in _DE_TENS:
            return _DE_UNITS[a] + _DE_TENS[b]
    return None


def _de_below_thousand(w: str) -> int | None:
    if not w:
        return 0
    if "hundert" in w:
        a, _, b = w.partition("hundert")
        h = 1 if a in ("", "ein") else _DE_UNITS.get(a)
        rest = _de_below_hundred(b) if b else 0
        if h is None or rest is None:
            return None
        return h * 100 + rest
    return _de_below_hundred(w)


def german_number_word(w: str) -> int | None:
    """'dreihundertzwölf' -> 312, 'zweitausend' -> 2000, 'fünfundzwanzig' -> 25."""
    w = w.lower()
    if "tausend" in w:
        a, _, b = w.partition("tausend")
        t = 1 if a in ("", "ein") else _de_below_thousand(a)
        rest = _de_below_thousand(b)
        if t is None or rest is None:
            return None
        return t * 1000 + rest
    return _de_below_thousand(w)


def parse_digits(text: str, decimal_comma: bool) -> float | None:
    t = text.replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
    if not _DIGITS.match(text):
        return None
    thousands, decimal = (".", ",") if decimal_comma else (",", ".")
    if re.match(rf"^\d{{1,3}}(\{thousands}\d{{3}})+$", t):
        return float(t.replace(thousands, ""))
    t = t.replace(thousands, "") if t.count(thousands) and not t.count(decimal) else t
    try:
        return float(t.replace(decimal, "."))
    except ValueError:
        return None


@dataclass
class Quantity:
    start: int          # first token (qualifier included)
    num_start: int      # first token of the number itself
    end: int            # one past the last token of the quantity
    lo: int | None
    hi: int | None
    qualifier: str
    estimate: int | None
    vague: bool = False
    big_vague: bool = False
    article: bool = False


class _Reader:
    def __init__(self, doc: Doc, lex: dict, toks: list[Token]):
        self.doc = doc
        self.lex = lex
        self.toks = toks
        self.low = [t.text.lower() for t in toks]
        self.lang = doc.lang

    def word_value(self, i: int) -> tuple[float, int] | None:
        """A plain number at token i: (value, next index)."""
        if i >= len(self.toks):
            return None
        low = self.low[i]
        tok = self.toks[i]
        val = None
        if tok.text[:1].isdigit():
            text = tok.text
            if self.lang == "de" and text.endswith("."):
                # "19. Januar" is an ordinal; "auf 57." at the end of a sentence is a number
                nxt = self.toks[i + 1] if i + 1 < len(self.toks) else None
                if nxt is not None and (nxt.pos in ("NN", "NE", "ADJA", "NNA") or nxt.text[:1].islower()):
                    return None
                text = text[:-1]
            val = parse_digits(text, self.lex.get("decimal_comma", False))
        elif low in self.lex["number_words"] and low not in self.lex["article_one"]:
            val = float(self.lex["number_words"][low])
        elif self.lang == "de":
            v = german_number_word(low) if tok.pos in ("CARD", "ADJA", "ADV", "NN") or low.endswith(
                ("zig", "ßig", "hundert", "tausend", "zehn")) else None
            if v:
                val = float(v)
        elif self.lang == "en" and "-" in low:
            parts = low.split("-")
            if all(p in self.lex["number_words"] for p in parts):
                val = float(sum(self.lex["number_words"][p] for p in parts))
        if val is None:
            return None
        j = i + 1
        if re.fullmatch(r"\d{1,3}", tok.text):
            # "11 800", "1 250 000": thousands set off by a space (Swiss, French style), split by the tokenizer
            while j < len(self.toks) and re.fullmatch(r"\d{3}\.?", self.toks[j].text) \
                    and self.toks[j].start - self.toks[j - 1].end == 1 \
                    and not (self.lang == "de" and self.toks[j].text.endswith(".") and j + 1 < len(self.toks)
                             and self.toks[j + 1].pos in ("NN", "NE", "ADJA", "NNA")):
                val = val * 1000 + int(self.toks[j].text.rstrip("."))
                j += 1
        if self.lang == "en" and 20 <= val < 100 and val % 10 == 0 and not tok.text[:1].isdigit() \
                and j + 1 < len(self.toks) and self.low[j] == "-" \
                and 0 < self.lex["number_words"].get(self.low[j + 1], 0) < 10:
            val += self.lex["number_words"][self.low[j + 1]]   # "Thirty-one" split by the tokenizer
            j += 2
        # "two hundred", "zwei Millionen", "1,2 Millionen", "three dozen"
        while j < len(self.toks) and self.low[j] in self.lex["multipliers"]:
            val *= self.lex["multipliers"][self.low[j]]
            j += 1
        # English "twenty five" / "one hundred and twenty"
        return val, j

    def quantity(self, i: int) -> Quantity | None:
        lex = self.lex
        toks, low = self.toks, self.low
        n = len(toks)
        lo = hi = None
        vague = big_vague = article = False
        j = i
        val = None
        m = _RANGE_TOKEN.match(toks[i].text)
        if m:
            a = parse_digits(m.group(1), lex.get("decimal_comma", False))
            b = parse_digits(m.group(2), lex.get("decimal_comma", False))
            if a is not None and b is not None and a < b:
                lo, hi, j = int(a), int(b), i + 1
        if lo is None:
            two = low[i] + " " + low[i + 1] if i + 1 < n else ""
            if two in lex["vague_before_multiplier"] and i + 2 < n and low[i + 2] in lex["multipliers"]:
                # "ein paar Hundert"
                val, j, vague = float(lex["multipliers"][low[i + 2]]), i + 3, True
            elif low[i] in lex["vague_before_multiplier"] and i + 1 < n and low[i + 1] in lex["multipliers"]:
                val, j, vague = float(lex["multipliers"][low[i + 1]]), i + 2, True   # mehrere Hundert
            elif low[i] in lex["article_one"] and i + 1 < n and low[i + 1] in lex["multipliers"]:
                val, j = float(lex["multipliers"][low[i + 1]]), i + 2                 # ein Dutzend
            elif (low[i] in lex["article_one"] and i + 2 < n and low[i + 1] in lex["half"]
                  and low[i + 2] in lex["multipliers"]):
                val, j = lex["multipliers"][low[i + 2]] / 2, i + 3                   # eine halbe Million
            elif (low[i] in lex["half"] and i + 2 < n and low[i + 1] in lex["article_one"]
                  and low[i + 2] in lex["multipliers"]):
                val, j = lex["multipliers"][low[i + 2]] / 2, i + 3                   # half a million
            elif two in lex["vague"]:
                val, j, vague = float(lex["vague"][two]), i + 2, True
            elif low[i] in lex["vague"] and not (self.lang == "de" and low[i] == "millionen"):
                val, j, vague = float(lex["vague"][low[i]]), i + 1, True
                big_vague = low[i] not in lex["vague_before_multiplier"] and low[i] not in lex.get("small_vague", [])
                # "tens of thousands", "hundreds of thousands"
                if j + 1 < n and low[j] == "of" and low[j + 1] in lex["vague"] and lex["vague"][low[j + 1]] >= 100:
                    val *= lex["vague"][low[j + 1]]
                    j += 2
            elif low[i] in lex["article_one"]:
                if any(m < n and (toks[m].text[:1].isdigit() or self.word_value(m) is not None)
                       and not (m + 1 < n and (low[m + 1] in _AGE_WORDS or low[m + 1].startswith("-")))
                       and "-" not in toks[m].text
                       for m in (i + 1, i + 2)):
                    return None   # "an estimated 10,000 people": the article belongs to the number's qualifier
                if i + 1 < n and low[i + 1] in lex.get("collective_nouns", ()):
                    return None   # "a crowd", "eine Menschenmenge": one group, not a count of one
                val, j, article = 1.0, i + 1, True
            else:
                wv = self.word_value(i)
                if wv is None:
                    return None
                val, j = wv
            if val is None:
                return None
            # ranges "15 bis 20", "20 to 30", "zwischen 20 und 30"
            if not vague and not article and j + 1 < n and low[j] in lex["range_join"]:
                wv = self.word_value(j + 1)
                if wv is not None and wv[0] > val:
                    opened = i > 0 and low[i - 1] in lex["range_open"]
                    if low[j] not in ("und", "and", "oder", "or") or opened:
                        lo, hi, j = int(val), int(wv[0]), wv[1]
            if lo is None:
                lo = hi = int(val)
        # qualifier before the number
        start = i
        qualifier = "vague" if vague else "exact"
        if i > 0 and low[i - 1] in lex["range_open"] and lo != hi:
            start = i - 1
        for phrase, q in lex["qual_sorted"]:
            words = phrase.split()
            k = start - len(words)
            if article:
                break
            if k >= 0 and low[k:start] == words:
                start = k
                if not vague:
                    qualifier = q
                break
        if vague:
            return Quantity(start, i, j, None, None, "vague", int(val), vague=True, big_vague=big_vague)
        if lo != hi:
            q = qualifier if qualifier not in ("exact",) else "about"
            return Quantity(start, i, j, lo, hi, q, lo)
        v = lo
        if qualifier == "at_least":
            return Quantity(start, i, j, v, None, qualifier, v, article=article)
        if qualifier == "at_most":
            return Quantity(start, i, j, None, v, qualifier, v, article=article)
        return Quantity(start, i, j, v, v, qualifier, v, article=article)


_AGE_WORDS = {"jahre", "jahr", "jahren", "monate", "year", "years", "month", "months", "jährige", "jähriger",
              "jährigen", "-jährige", "-jähriger", "year-old", "-year-old"}


# -- the stage ---------------------------------------------------------------

@dataclass
class _Cand:
    q: Quantity
    head: int | None          # token index of the counted noun
    np_end: int               # one past the last token of the counted noun phrase
    who_start: int | None
    noun_kind: str | None
    others: bool


_LIST_NOUNS = {"NN", "NNS"}


def _clauses(toks: list[Token]) -> list[int]:
    """Clause number per token (split at commas, colons, dashes, brackets; not at a comma in a
    list of nouns: "mehr als 80 Politiker, Journalisten und Aktivisten … in Haft")."""
    out, c = [], 0
    for k, t in enumerate(toks):
        if t.text == "," and 0 < k < len(toks) - 1 and toks[k - 1].pos in _LIST_NOUNS \
                and toks[k + 1].pos in _LIST_NOUNS:
            out.append(-1)
        elif t.text in _BOUNDARY:
            c += 1
            out.append(-1)
        elif t.text.lower() == "where" and t.pos == "WRB" and k > 0:
            c += 1              # "arrested the owner of a factory where at least 12 people were crushed"
            out.append(c)
        else:
            out.append(c)
    return out


def _separable(toks: list[Token], clause: list[int]) -> dict[int, str]:
    """German separable verbs: 'nahm ... fest' -> {index of nahm: 'festnehmen'}."""
    out = {}
    for k, t in enumerate(toks):
        if t.pos == "PTKVZ":
            for m in range(k - 1, -1, -1):
                if clause[m] != clause[k]:
                    break
                if toks[m].pos.startswith("VV") and toks[m].finite:
                    out[m] = t.text.lower() + (toks[m].lemma or toks[m].text).lower()
                    break
            else:
                continue
            if any(out.get(m) for m in range(k) if clause[m] == clause[k]):
                continue
            if not any(toks[m].pos.startswith("V") for m in range(len(toks)) if clause[m] == clause[k]):
                # "nahm den Direktor, Hugo Acosta, und sieben Wärter fest": after an apposition
                # the particle stands for the verb of the clause before
                for m in range(k - 1, -1, -1):
                    if toks[m].pos.startswith("VV") and toks[m].finite:
                        out[k] = t.text.lower() + (toks[m].lemma or toks[m].text).lower()
                        break
    return out


_FACILITY_NOUNS = {"centre", "center", "centres", "centers", "camp", "camps", "facility", "facilities", "cell",
                   "cells", "ward", "wards"}


def _kind_cues(lex: dict, toks: list[Token], low: list[str], sep: dict[int, str]) -> list[tuple[int, int, str, bool]]:
    """(first token, last token, kind, weak) for every cue word in the sentence."""
    cues = []
    n = len(toks)
    lems = [(t.lemma or "").lower() for t in toks]
    for kind, spec in lex["kinds"].items():
        words, multi = spec["word_set"], spec["multi"]
        for k in range(n):
            lem = lems[k]
            hit = None
            if low[k] in spec["nouns"] or low[k] in words:
                hit = (k, k)
            elif lem in spec["lemmas"] and toks[k].upos != "PROPN" and toks[k].pos not in ("NNP", "NNPS", "NE") and (
                    toks[k].upos in ("VERB", "ADJ", "NOUN", "AUX") or toks[k].pos[:1] in "VNJ"):
                hit = (k, k)
            elif k in sep and sep[k] in spec["lemmas"]:
                hit = (k, k)
            else:
                for ws in multi.get(low[k], ()):        # longest first, as in spec["words"]
                    if low[k:k + len(ws)] == ws:
                        hit = (k, k + len(ws) - 1)
                        break
            if hit and hit[0] == hit[1] and hit[1] + 1 < n and low[hit[1] + 1] in _FACILITY_NOUNS:
                hit = None   # "an immigration detention centre" is a place, no detention
            req = spec.get("requires", {}).get(low[hit[0]]) if hit else None
            if req and not any(low[m] in req for m in range(max(0, hit[0] - 8), min(n, hit[1] + 9))):
                hit = None   # "gezogen" counts marchers only with "durch": "durch die Innenstadt gezogen"
            if hit:
                is_noun = hit[0] == hit[1] and low[k] in spec["nouns"]
                weak = spec["weak"] and " ".join(low[hit[0]:hit[1] + 1]) not in spec["strong"]
                # "Die Streikenden blockierten mehrere Straßen": a participants noun is a cue
                # for a bare number only ("die Zahl der Demonstranten auf 8000")
                cues.append((hit[0], hit[1], kind, weak, weak and is_noun))
    return cues


def _head(lex: dict, toks: list[Token], low: list[str], q: Quantity, lang: str) -> tuple[int | None, int, int | None, bool]:
    """The counted noun after a quantity: (head index, NP end, who start, 'others')."""
    n = len(toks)
    j = q.end
    others = False
    who_start = None
    if lang == "en" and j < n and low[j] == "of":
        if j + 1 < n and toks[j + 1].pos == "VBG":
            return None, q.end, None, False   # "one of preventing …"
        j += 1
        if j + 1 < n and low[j] in ("them", "whom") and toks[j + 1].pos in _NOUN_TAGS | _ADJ_TAGS - {"RB"}:
            j += 1   # "eleven of them police officers": a part of the people counted before
    # skip determiners / age phrases ("ein 19 Jahre alter Mann", "a 19-year-old man")
    while j < n and toks[j].pos in _DET_TAGS:
        j += 1
    if q.article:
        k = j
        while k < n and (toks[k].text[:1].isdigit() or low[k] in ("-", "year", "years", "old", "jahre", "jahr", "month", "months")
                         or (low[k] in lex["number_words"] and k + 1 < n and low[k + 1] in ("-", "year", "month"))
                         or toks[k].pos in ("ADJA", "JJ", "HYPH")):
            k += 1
        j = k
    head = None
    k = j
    while k < n:
        t = toks[k]
        if low[k] in lex["others"]:
            others = True
            k += 1
            continue
        if t.pos in _NOUN_TAGS and t.text not in _BOUNDARY and t.text[:1].isalpha():
            if low[k] in lex["cue_not_noun"] and head is None:
                break   # "Thousands flee as fighting nears Goma": the verb, not what is counted
            if who_start is None:
                who_start = k
            head = k
            k += 1
            # English compounds "police officers", "opposition supporters"
            if lang == "en" and k < n and toks[k].pos in ("NN", "NNS", "NNP", "NNPS") and toks[k].text[:1].isalpha():
                continue
            # coordination "Polizisten und Soldaten"
            if (k + 1 < n and low[k] in ("und", "and", "oder", "or")
                    and toks[k + 1].pos in _NOUN_TAGS and toks[k + 1].text[:1].isalpha()
                    and not any(toks[k + 1].text[:1].isdigit() for _ in [0])):
                head = k + 1
                k += 2
            break
        if t.pos in _ADJ_TAGS or (lang == "en" and t.pos in ("RB",)):
            if who_start is None and t.pos not in ("RB", "ADV"):
                who_start = k
            k += 1
            continue
        break
    np_end = (head + 1) if head is not None else q.end
    if head is None:
        who_start = None
    return head, np_end, who_start, others


def annotate(doc: Doc) -> None:
    lex = lexicon(doc.lang)
    if lex is None or not doc.tokens:
        return
    time_spans = [(t.start, t.end) for t in doc.times]
    figures: list[Figure] = []
    last: list[Figure] = []
    for sent in doc.sentences:
        toks = doc.sentence_tokens(sent)
        last = _sentence_figures(doc, lex, toks, time_spans, last)   # the sentence before may be referred to
        figures.extend(last)
    for k, f in enumerate(figures, 1):
        f.id = f"F{k}"
    doc.figures = figures


def _context_kind(doc: Doc, lex: dict, toks: list[Token], low: list[str], c: _Cand) -> str | None:
    """A kind that a neutral verb takes from its context: people who 'arrived' or 'crossed
    the border' are displaced when the sentence or the two before it speak of flight."""
    sent = doc.sentence_at(toks[c.q.start].start)
    if sent is None:
        return None
    for kind, spec in lex["context_kinds"].items():
        where = range(len(toks))
        if spec.get("scope") == "document":   # a cue of the figure's own clause only
            cl = _clauses(toks)
            where = [m for m in where if cl[m] == cl[c.q.start]]
        if not any(" ".join(low[m:m + len(w.split())]) == w for w in spec["words"] for m in where):
            continue
        lo = doc.sentences[max(0, sent.i - 2)].start
        hi = doc.sentences[min(len(doc.sentences) - 1, sent.i + 1)].end
        if spec.get("scope") == "document":
            # "die Bewaffneten hätten mehr als 80 Menschen mitgenommen" in a report on a kidnapping
            lo, hi = 0, len(doc.text)
        window = doc.text[lo:hi].lower()
        if any(ctx in window for ctx in spec["context"]):
            return kind
    return None


def _in_time(tok: Token, spans) -> bool:
    return any(s <= tok.start and tok.end <= e for s, e in spans)


_COUNT_VERBS = {"zählt", "zählte", "zählen", "zählten", "nennt", "nannte", "nennen", "nannten",
                "counts", "counted", "count", "cites", "cited", "gives", "gave"}


# "A package covering 30 officials was blocked by Hungary": a passive subject did not do it
_PASSIVE_AUX = {"was", "were", "been", "be", "is", "are", "being"}

_GENERIC_PEOPLE = {"menschen", "mensch", "personen", "person", "people", "persons"}

_OTHER_COUNT_VERBS = {"sprach", "spricht", "sprachen", "sprechen", "nannte", "nennt", "nannten", "zählte", "zählt",
                      "schätzte", "schätzt", "bezifferte", "beziffert", "spoke", "speaks", "cited", "cites",
                      "counted", "counts", "estimated", "estimates", "put"}


def _has_other_object(toks: list[Token], c: _Cand) -> bool:
    """A noun right after the bare number: it counts something else ("zählt sechs Fälle")."""
    k = c.q.end
    return k < len(toks) and toks[k].pos in _NOUN_TAGS


def _estimate_of_before(lex: dict, low: list[str], start: int) -> bool:
    """'Police put the number at 150', 'put the figure at more than 30', 'bezifferte die Zahl der
    Teilnehmer auf 800': another source's number for the figure just given."""
    if start < 3 or low[start - 1] not in ("at", "auf"):
        return False
    window = low[max(0, start - 7):start - 1]
    return any(w in lex.get("estimate_nouns", ()) for w in window) \
        and any(w in lex.get("estimate_verbs", ()) for w in window)


def _sentence_figures(doc: Doc, lex: dict, toks: list[Token], time_spans, before=()) -> list[Figure]:
    lang = doc.lang
    low = [t.text.lower() for t in toks]
    n = len(toks)
    reader = _Reader(doc, lex, toks)
    clause = _clauses(toks)
    sep = _separable(toks, clause) if lang == "de" else {}
    cands: list[_Cand] = []
    i = 0
    while i < n:
        q = None
        if toks[i].text not in _BOUNDARY:
            q = reader.quantity(i)
        if q is None:
            i += 1
            continue
        head, np_end, who_start, others = _head(lex, toks, low, q, lang)
        i = max(q.end, i + 1)
        if not _counts_people(lex, toks, low, q, head, np_end, time_spans, lang):
            continue
        noun_kind = None
        if head is not None:
            for kind, spec in lex["kinds"].items():
                if low[head] in spec["nouns"]:
                    req = spec["requires"].get(low[head])
                    if req and not any(low[m] in req for m in range(max(0, head - 8), min(n, head + 9))):
                        continue   # "retteten drei Menschenleben": lives saved are not deaths
                    noun_kind = kind
                    break
        # a number directly used as a noun ("30 Verletzte" tagged NN for "Verletzte")
        cands.append(_Cand(q, head, np_end, who_start, noun_kind, others))
        i = max(i, np_end)
    if not cands:
        return []
    cues = _kind_cues(lex, toks, low, sep)
    # a cue belongs to the quantity nearest to it (verb after its subject preferred)

    def dist(c: _Cand, cue) -> float:
        a, b = c.q.start, c.np_end - 1
        if _governs(toks, cue, a):
            return 0.25   # "killing five and wounding 23": a verb right before its object
        if cue[0] > b:
            return cue[0] - b
        if cue[1] < a:
            return (a - cue[1]) + 1.5
        return 0.0

    owned: dict[int, list] = {k: [] for k in range(len(cands))}
    for cue in cues:
        same = [k for k, c in enumerate(cands) if clause[c.q.start] == clause[cue[0]]]
        if not same:
            continue
        # cues inside a candidate's own number are not cues
        same = [k for k in same if not (cands[k].q.num_start <= cue[0] < cands[k].q.end)]
        if not same:
            continue
        best = min(same, key=lambda k: dist(cands[k], cue))
        owned[best].append(cue)
    out = []
    for k, c in enumerate(cands):
        cl = clause[c.q.start]
        mine = [cu for cu in owned[k] if not (c.head is not None and cu[0] == c.head)]
        allc = [cu for cu in cues if clause[cu[0]] == cl and not (c.q.num_start <= cu[0] < c.q.end)
                and not (c.head is not None and cu[0] == c.head)]
        if c.head is None and c.q.end + 1 < n and low[c.q.end] in ("of", "von") \
                and low[c.q.end + 1] in _PART_OF_PEOPLE and not any(not cu[3] for cu in mine):
            continue   # "40 police officers were injured, two of them seriously": a part, no verb of its own
        strong = [cu for cu in mine if not cu[3]] or [cu for cu in allc if not cu[3]]
        if strong and not any(not cu[3] for cu in mine) and lang == "de" and c.np_end < n \
                and low[c.np_end] in _HABEN and toks[c.np_end].pos == "VAFIN" \
                and all(any(cu in owned[j] for j in range(len(cands)) if j != k) for cu in strong):
            # "Drei maskierte Männer haben ... einen Wachmann ... verletzt": the subject of an active
            # perfect did what the verb says to the figure that owns it; they are not its victims
            continue
        if not strong:
            # "mehr als 40 Mitgliedern, die in Gewahrsam genommen worden seien": the relative
            # clause right after the counted noun says what happened to them
            rel = _relative_clause(toks, low, clause, c)
            if rel is not None:
                strong = [cu for cu in cues if clause[cu[0]] == rel and not cu[3]]
        kind = None
        # a status noun ("Häftlinge", "detainees") counts who; a verb of another kind owned by
        # the figure says what happened to them ("14 Häftlinge kamen ums Leben")
        verb_other = [cu for cu in mine + _predicate_cues(toks, clause, cues, c)
                      if not cu[3] and c.noun_kind and cu[2] != c.noun_kind
                      and low[cu[0]] not in lex["kinds"][cu[2]]["nouns"]
                      and low[c.head] in lex.get("status_nouns", [])]
        if not verb_other and c.noun_kind and c.noun_kind != "participants" and c.head is not None \
                and low[c.head] in lex.get("status_nouns", []):
            # "hundreds of refugees protested": who they are (refugees) is not what they did; a
            # protest verb right after them counts them as participants
            verb_other = [cu for cu in mine if cu[2] == "participants" and not cu[4]
                          and c.np_end <= cu[0] <= c.np_end + 1
                          and (toks[cu[0]].pos[:1] == "V" or toks[cu[0]].upos == "VERB")]
        if verb_other:
            kind = min(verb_other, key=lambda cu: dist(c, cu))[2]
        elif c.noun_kind == "arrested" and c.head is not None and low[c.head] in lex.get("status_nouns", []) \
                and any(clause[x] == cl and low[x] in lex.get("release_words", []) for x in range(len(toks))):
            # "the first 80 prisoners were exchanged", "20 Häftlinge wurden freigelassen": people who
            # were prisoners leave custody; no arrest
            kind = "other"
        elif c.noun_kind and not lex["kinds"][c.noun_kind]["weak"]:
            kind = c.noun_kind
        elif strong:
            kind = min(strong, key=lambda cu: dist(c, cu))[2]
        elif c.noun_kind:
            kind = c.noun_kind
        else:
            # a weak cue (a protest noun or verb) does not reach down into clauses nested under
            # others: "The protest followed a spill … that residents say contaminated a stream used
            # by about 8,000 people" (three finite verbs between) is no turnout
            weak = [cu for cu in mine + allc if cu[3] and (c.head is None or not cu[4])
                    and _finite_between(toks, cu, c.q.start) < 3
                    and not (low[cu[0]] in lex["kinds"][cu[2]]["subject_only"]
                             and (cu[0] < c.q.start or (cu[0] > 0 and low[cu[0] - 1] in _PASSIVE_AUX)))]
            if weak:
                kind = weak[0][2]
        if kind is None and out and c.q.end + 1 < n and low[c.q.end] == "of" and low[c.q.end + 1] == "them" \
                and not _has_verb(toks, clause, cl):
            kind = out[-1].kind   # "31 people were injured, eleven of them police officers"
        if kind is None and not _has_verb(toks, clause, cl):
            nxt = _next_verb_clause(toks, clause, cl)
            if nxt is not None:
                later = [cu for cu in cues if clause[cu[0]] == nxt and not cu[3]]
                if later:
                    kind = min(later, key=lambda cu: cu[0])[2]
                    strong = later   # "Elf Bewohner, darunter vier Kinder, seien … verletzt worden"
        if out and any(" ".join(low[max(0, c.q.start - n):c.q.start]) in lex.get("including", []) for n in (1, 2)) \
                and (kind is None or (c.noun_kind is None and not any(not cu[3] for cu in mine))):
            # "…, unter ihnen elf Polizisten": a part of the figure before; also when a verb of
            # the next conjunct is nearer ("27 people killed, including four nurses, and at
            # least 40 wounded": the nurses are among the dead)
            kind = out[-1].kind

        if kind is None and c.head is None and out and c.q.start > 0 and not _has_verb(toks, clause, cl):
            # gapping: "sprachen von 100.000 Teilnehmern, die Polizei von 30.000"
            prep = low[c.q.start - 1]
            prev = out[-1]
            pk = next((m for m, t in enumerate(toks) if t.start == prev.start), None)
            if pk is not None and pk > 0 and low[pk - 1] == prep and toks[c.q.start - 1].pos in ("APPR", "IN"):
                kind = prev.kind
        if kind is None and c.head is None and out and c.q.start > 0 and low[c.q.start - 1] in _COUNT_VERBS \
                and not _has_other_object(toks, c):
            # "vier Journalisten getötet, RSF zählt mindestens sechs", "…; the UN counts 40": another
            # count of the figure just given
            prev = out[-1]
            f = _figure(doc, lex, toks, low, c, prev.kind, clause)
            f.who = f.who or prev.who
            out.append(f)
            continue
        if kind is None and c.head is None and (out or before) and _estimate_of_before(lex, low, c.q.start):
            prev = out[-1] if out else before[-1]
            f = _figure(doc, lex, toks, low, c, prev.kind, clause)
            f.who = f.who or prev.who
            out.append(f)
            continue
        if kind is None and c.head is not None and (out or before) \
                and any(w in _OTHER_COUNT_VERBS for w in low):
            # "Die Hafenbehörde sprach von etwa 250 Booten mit höchstens 1.200 Fischern": another
            # source's count of the people just counted (the same noun)
            head_words = {low[c.head], toks[c.head].lemma.lower()}
            prev = next((f for f in reversed(list(before) + out) if f.who and f.who.split()[-1].lower() in head_words), None)
            if prev is None and head_words & _GENERIC_PEOPLE:
                # "Die Bezirksverwaltung spricht von rund 20.000 Menschen": the people just counted
                prev = next(iter(reversed(list(before) + out)), None)
            if prev is not None:
                kind = prev.kind
        if kind is None and c.head is not None and lex.get("context_kinds"):
            kind = _context_kind(doc, lex, toks, low, c)
        if c.head is not None and low[c.head] in lex.get("population_nouns", ()) \
                and ((not strong and not _acting_verb(toks, mine, c))
                     or (c.q.start > 0 and low[c.q.start - 1] in ("mit", "with", "of"))):
            continue   # "Die Stadt hat 57.000 Einwohner", "ein Land mit 120 Millionen Einwohnern": a population
        if kind is None:
            continue
        if c.noun_kind is None and _passive_agent(toks, low, clause, c, lang):
            continue   # "von zwei Männern erschossen", "shot dead by two gunmen": who did it, not victims
        if c.q.article and c.noun_kind is None:
            # "ein Mann wurde getötet": an article counts one person only, with the verb right after
            if c.head is None or not _person_one(lang, toks, c.head):
                continue
            # (a cue of several words counts by its verb: "ist ums Leben gekommen", "ist ...
            # seinen Verletzungen erlegen")
            if not any(not cu[3] and ((c.head < cu[0] <= c.head + 7 and (toks[cu[0]].pos[:1] == "V" or toks[cu[0]].upos == "VERB"))
                                      or (cu[1] > cu[0] and c.head < cu[0] and cu[1] <= c.head + 12
                                          and (toks[cu[1]].pos[:1] == "V" or toks[cu[1]].upos == "VERB"))
                                      or _governs(toks, cu, c.q.start))
                       for cu in cues if clause[cu[0]] == cl):
                continue
        if c.head is None and c.q.vague and not c.q.big_vague:
            continue      # "viele der ..." without a noun is not a count
        if c.head is None and c.q.article:
            continue
        out.append(_figure(doc, lex, toks, low, c, kind, clause))
    return out


def _relative_clause(toks: list[Token], low: list[str], clause: list[int], c: _Cand) -> int | None:
    """The clause of a relative clause right after the counted noun (", die …", ", who …")."""
    k = c.np_end
    if c.head is None or k + 1 >= len(toks) or toks[k].text != ",":
        return None
    if toks[k + 1].pos in ("PRELS", "WP") or low[k + 1] in ("who", "whom"):
        return clause[k + 1]
    return None


def _predicate_cues(toks: list[Token], clause: list[int], cues: list, c: _Cand) -> list:
    """Cues of the predicate after an apposition of the counted noun ("about 120 detainees,
    most of them from Venezuela, were refusing food"): the first clause after the noun phrase
    that opens with a verb."""
    if c.head is None or c.np_end >= len(toks) or toks[c.np_end].text != ",":
        return []
    k = c.np_end + 1
    while k < len(toks) and k - c.np_end < 15:
        if toks[k].text == "," and k + 1 < len(toks):
            t = toks[k + 1]
            if t.pos in _FINITE_TAGS:
                return [cu for cu in cues if clause[cu[0]] == clause[k + 1]]
        elif toks[k].pos in _FINITE_TAGS:
            return []   # the apposition has a verb of its own: a clause, not an apposition
        k += 1
    return []


def _acting_verb(toks: list[Token], mine: list, c: _Cand) -> bool:
    """A weak cue verb right after people counted as residents or members: they did it
    ("Hundreds of residents marched through Beni", "Hunderte Anwohner demonstrierten")."""
    def verb(t: Token) -> bool:
        return t.pos[:1] == "V" or t.upos in ("VERB", "AUX")

    end = c.np_end
    if end < len(toks) and toks[end].text.lower() in ("of", "von", "der", "des", "aus"):
        # "About 400 members of Atacameño communities took part": a complement of the noun
        # between it and the verb
        k = end + 1
        while k < min(len(toks), end + 6) and not verb(toks[k]) and toks[k].text not in _BOUNDARY:
            k += 1
        end = k
    return any(cu[3] and not cu[4] and c.np_end <= cu[0] <= end + 2 and verb(toks[cu[0]]) for cu in mine)


_NOT_VERBS = {"including", "darunter", "among"}
_FINITE_TAGS = {"VBD", "VBP", "VBZ", "MD", "VVFIN", "VAFIN", "VMFIN"}


def _finite_between(toks: list[Token], cue, start: int) -> int:
    """Finite verbs between a cue before a quantity and the quantity."""
    return sum(1 for m in range(cue[1] + 1, start) if toks[m].pos in _FINITE_TAGS) if cue[1] < start else 0


def _governs(toks: list[Token], cue, start: int) -> bool:
    """Whether the cue is a verb directly before the quantity at ``start`` (only determiners
    between): its object, whatever stands before it ("killing at least five people and
    wounding 23", "töten drei Zivilisten und verletzen zwölf weitere", "Police kill three")."""
    if cue[1] >= start:
        return False
    if any(toks[m].pos not in _DET_TAGS for m in range(cue[1] + 1, start)):
        return False
    return any(toks[m].pos[:1] == "V" or toks[m].upos in ("VERB", "AUX") for m in range(cue[0], cue[1] + 1))


def _has_verb(toks: list[Token], clause: list[int], cl: int) -> bool:
    return any(clause[k] == cl and (toks[k].pos[:1] == "V" or toks[k].upos in ("VERB", "AUX"))
               and toks[k].text.lower() not in _NOT_VERBS for k in range(len(toks)))


def _next_verb_clause(toks: list[Token], clause: list[int], cl: int) -> int | None:
    """The first clause after ``cl`` that has a verb ("Seventeen people, including nine
    children, were killed")."""
    for c in sorted({x for x in clause if x > cl}):
        if _has_verb(toks, clause, c):
            return c
    return None


_PASSIVE_AUX_DE = {"wurde", "wurden", "worden", "werden", "wird", "sei", "seien", "würden", "würde"}


def _passive_agent(toks: list[Token], low: list[str], clause: list[int], c: _Cand, lang: str) -> bool:
    """The counted people are the agent of a passive: "von/durch zwei Männern … erschossen"
    (a form of 'werden' and a participle in the clause), "shot dead by two gunmen" (a
    participle before 'by')."""
    k = c.q.start
    if k == 0:
        return False
    prep = low[k - 1]
    cl = clause[k]
    same = [m for m in range(len(toks)) if clause[m] == cl]
    if lang == "de" and prep in ("von", "durch"):
        return any(low[m] in _PASSIVE_AUX_DE for m in same) and any(
            toks[m].pos == "VVPP" for m in same if m >= c.np_end)
    if lang == "en" and prep == "by":
        return any(toks[m].pos == "VBN" for m in same if m < k - 1)
    return False


def _person_one(lang: str, toks: list[Token], head: int) -> bool:
    w = toks[head].text.lower()
    lem = (toks[head].lemma or "").lower()
    words = _PERSON_ONE.get(lang, set())
    if w in words or lem in words:
        return True
    if lang == "de" and toks[head].pos == "NN" and any(
            len(x) >= 5 and len(w) > len(x) + 2 and (w.endswith(x) or lem.endswith(x)) for x in words):
        return True   # a compound's head: "Motorradtaxifahrer", "Grenzpolizist", "Bauarbeiter"
    if head > 0 and f"{toks[head - 1].text.lower()} {w}" in words:
        return True
    return False


def _counts_people(lex, toks, low, q: Quantity, head, np_end, time_spans, lang) -> bool:
    n = len(toks)
    if any(_in_time(toks[k], time_spans) for k in range(q.num_start, q.end)):
        return False
    # proportions: "vier von zehn Erwachsenen", "four in ten adults"
    if q.end + 1 < n and low[q.end] in ("von", "of", "in", "out") and reader_number(lex, toks, q.end + 1):
        return False
    if q.start >= 2 and low[q.start - 1] in ("von", "of", "in") and reader_number(lex, toks, q.start - 2):
        return False
    if q.num_start > 0 and low[q.num_start - 1].rstrip(".") in CURRENCY_BEFORE:
        return False    # "Rs 10 lakh", "US$ 5 million", "EUR 200": money
    # units, money, time, inhabitants right after the number or as the counted noun
    if head is not None and low[head] in lex.get("population_nouns", ()) and all(
            low[k] not in lex["not_counted"] or k == head for k in range(q.end, np_end)):
        return True   # "Einwohner" with a verb of an affecting kind: decided in _sentence_figures
    for k in range(q.end, min(n, (np_end if head is not None else q.end) + 1)):
        if low[k] in lex["not_counted"] or (toks[k].lemma or "").lower() in lex["not_counted"]:
            if not (q.article and k < (head or 0)):
                return False
    if lang == "en" and q.end + 2 < n and low[q.end] == "-" and low[q.end + 1] in ("year", "years"):
        return False
    if head is not None and low[head] in lex.get("population_nouns", ()):
        return True   # "2.500 Einwohner wurden evakuiert" counts, "hat 57.000 Einwohner" not: the kind decides
    if head is not None and (low[head] in lex["not_counted"] or (toks[head].lemma or "").lower() in lex["not_counted"]):
        return False
    if (q.qualifier == "exact" and q.lo is not None and q.lo == q.hi and 1900 <= q.lo <= 2100
            and re.fullmatch(r"\d{4}", toks[q.num_start].text) and head is not None):
        # "2010 famine", "die 1980 gegründete Partei": a year, unless it counts people
        hw = low[head]
        people = lex.get("people_nouns", [])
        is_kind = any(hw in spec["nouns"] for spec in lex["kinds"].values())
        if not (is_kind or hw in people) or (q.start > 0 and low[q.start - 1] in ("the", "der", "die", "das", "im")):
            return False
    if head is None and q.end + 1 < n and low[q.end] in ("of", "von") and low[q.end + 1] in _PART_OF_PEOPLE:
        return True   # "detained around 40 of them", "zwölf von ihnen wurden verletzt": part of a group named before
    if head is None and q.end < n and low[q.end] in ("of", "von") and not q.vague:
        return False   # "one of preventing …"
    if q.start > 0 and low[q.start - 1] in lex.get("not_counted_after", []):
        return False   # capacity or purpose: "für 2.000 Menschen ausgelegt", "food for 250,000 people"
    if "%" in "".join(low[q.end:q.end + 1]):
        return False
    if (head is None and not q.vague and q.start >= 2 and low[q.start - 1] == "," and q.end < n and low[q.end] == ","
            and (toks[q.start - 2].pos[:2] in ("NN", "NE") or toks[q.start - 2].upos in ("NOUN", "PROPN"))
            and q.lo is not None and q.lo < 120):
        return False   # "the suspect, 34, had been arrested": an age in apposition
    if head is None and not q.vague:
        # bare numbers that look like years, clock times or ordinals count nothing
        if q.lo is not None and q.lo == q.hi and 1800 <= q.lo <= 2100 and q.qualifier == "exact":
            return False
        if q.end < n and low[q.end] in ("uhr", "pm", "am", "p.m.", "a.m.", "%"):
            return False
        prev = low[q.start - 1] if q.start > 0 else ""
        if prev in lex.get("year_words", []) or (q.qualifier == "exact" and q.lo is not None and q.lo == q.hi
                                                  and 1000 <= q.lo <= 2100 and prev not in ("auf", "to", "at", "von", "of")):
            return False   # "im Jahr 363", "starb 1399", "since 2011"
        months = lex.get("months", [])
        if (q.num_start > 0 and low[q.num_start - 1] in months) or (q.end < n and low[q.end] in months):
            return False   # "March 3", "3. März"
    return True


_HABEN = {"haben", "hat", "hatte", "hatten", "hätten", "hätte"}
_PART_OF_PEOPLE = {"them", "whom", "those", "us", "ihnen", "denen"}


def reader_number(lex: dict, toks: list[Token], k: int) -> bool:
    if k < 0 or k >= len(toks):
        return False
    w = toks[k].text.lower()
    return toks[k].text[:1].isdigit() or (w in lex["number_words"] and w not in lex["article_one"])


def _figure(doc: Doc, lex: dict, toks: list[Token], low: list[str], c: _Cand, kind: str, clause) -> Figure:
    q = c.q
    last = (c.np_end - 1) if c.head is not None else q.end - 1
    if c.head is None and c.others:
        # "30 weitere"
        k = q.end
        while k < len(toks) and low[k] in lex["others"]:
            last = k
            k += 1
    start, end = toks[q.start].start, toks[last].end
    if doc.lang == "de" and last == q.end - 1 and toks[last].text[:1].isdigit() and doc.text[end - 1] == ".":
        end -= 1   # "auf 57." glued with the full stop by the tokenizer
    who = None
    if c.head is not None and c.noun_kind is None or (c.head is not None and lex["kinds"].get(c.noun_kind, {}).get("weak")):
        ws = c.who_start if c.who_start is not None else c.head
        who = doc.text[toks[ws].start:toks[c.np_end - 1].end]
    if who is None:
        who = _among(doc, lex, toks, low, c, clause)
    return Figure(id="F0", text=doc.text[start:end], start=start, end=end, kind=kind, who=who,
                  min=q.lo, max=q.hi, qualifier=q.qualifier, estimate=q.estimate)


def _among(doc, lex, toks, low, c: _Cand, clause) -> str | None:
    """'Unter den Sicherheitskräften gebe es 317 Verletzte' -> 'Sicherheitskräften'."""
    cl = clause[c.q.start]
    for k in range(len(toks)):
        if clause[k] != cl:
            continue
        for phrase in sorted(lex.get("among", []), key=lambda p: -len(p.split())):
            ws = phrase.split()
            if low[k:k + len(ws)] == ws:
                m = k + len(ws)
                while m < len(toks) and toks[m].pos in _DET_TAGS | {"ADJA", "JJ"}:
                    m += 1
                if m < len(toks) and toks[m].pos in _NOUN_TAGS and not (c.q.start <= m < c.np_end):
                    if toks[m].text.lower() in lex["kinds"].get("arrested", {}).get("nouns", set()):
                        return None
                    return toks[m].text
    return None
