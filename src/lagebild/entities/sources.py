"""Language-independent sources of candidate spans: gazetteer (outlets, platforms,
organisations), countries and demonyms, cities, the NER model and spaCy's English NER."""
from __future__ import annotations

import re
from functools import lru_cache

from ..doc import Doc
from . import lexicon
from .base import QUOTES, Cand, cap, common_word, sentence_initial

_CTX_WORDS = {"auf", "on", "via", "bei", "über", "plattform", "platform", "kurznachrichtendienst",
              "onlinedienst", "messengerdienst", "dienst", "app", "messaging", "messenger", "using",
              "account", "in", "im", "posted", "wrote", "schrieb", "postete", "veröffentlichte"}
_MEDIA_HEADS = {"zeitung", "magazin", "nachrichtenmagazin", "blatt", "sender", "boulevardblatt",
                "newspaper", "magazine", "tageszeitung", "wochenzeitung", "des", "der", "the"}


@lru_cache(maxsize=1)
def _gaz_regex():
    gaz = lexicon.gazetteer()
    cs = sorted((n for n, e in gaz.items() if "cs" in e.flags or n == e.key and "cs" in e.flags),
                key=len, reverse=True)
    ci = sorted((n for n, e in gaz.items() if "cs" not in e.flags), key=len, reverse=True)
    alt = lambda names: "|".join(re.escape(n) for n in names)  # noqa: E731
    # names followed by an optional genitive s, a hyphenated continuation or nothing
    tail = r"(?P<gen>s|'s|’s)?(?P<hy>-[\w\-]+)?(?![\w])"
    return (re.compile(rf"(?<![\w\-])(?P<n>{alt(cs)}){tail}"),
            re.compile(rf"(?<![\w\-])(?P<n>{alt(ci)}){tail}", re.IGNORECASE))


def _hyphen_is_name(rest: str, doc: Doc) -> bool:
    """'Interfax-Kasachstan': the part after the hyphen is itself a name, not a common noun."""
    words = [w for w in rest.split("-") if w]
    if not words:
        return False
    lang = doc.lang
    c = lexicon.countries(lang)
    for w in words:
        if not w[:1].isupper():
            return False
        if w in c.names or w in lexicon.cities():
            continue
        if common_word(w, lang, 3.0):
            return False
    return True


def gazetteer(doc: Doc) -> list[Cand]:
    text = doc.text
    gaz = lexicon.gazetteer()
    out: list[Cand] = []
    for rx in _gaz_regex():
        for m in rx.finditer(text):
            form = m.group("n")
            entry = gaz.get(form)
            if entry is None:  # case-insensitive hit: find the entry by case-folding
                entry = next((e for n, e in gaz.items() if n.lower() == form.lower()
                              and "cs" not in e.flags), None)
            if entry is None or not form[:1].isupper() and form not in gaz and not entry.key[:1].islower():
                continue
            if "cs" not in entry.flags and form.isupper() and not entry.key.isupper() \
                    and len(form) <= 4 and form not in gaz:
                continue
            start, end = m.start("n"), m.end("n")
            key = entry.key
            hy = m.group("hy")
            if hy:
                if "prefix" in entry.flags and _hyphen_is_name(hy, doc):
                    end = m.end("hy")
                    key = text[start:end]
                elif entry.kind not in ("platform", "outlet", "agency") and doc.lang == "de":
                    continue   # "Grünen-Politikerin", "Nato-Gipfel": part of a word, not a mention
                # else: "Telegram-Kanäle": the mention is the name part only (the channel)
            elif m.group("gen") and doc.lang != "en":   # "Facebooks"; English "'s" stays outside
                end = m.end("gen")
            tok = doc.token_at(start)
            if "ctx" in entry.flags and not _has_context(doc, start):
                continue
            if "quoted" in entry.flags and not _quoted_or_media(doc, start, end):
                continue
            if tok is not None and entry.type == "ORG" and form.lower() in ("linke", "grünen", "grüne") \
                    and sentence_initial(doc, tok):
                continue
            state = entry.kind in ("government", "ministry", "parliament", "military", "court")
            out.append(Cand(start, end, entry.type, "gazetteer", kind=entry.kind, key="gaz:" + key,
                            country=entry.country if state else None))
    return out


def _has_context(doc: Doc, start: int) -> bool:
    tok = doc.token_at(start)
    if tok is None or tok.i == 0:
        return False
    prev = doc.tokens[tok.i - 1].text.lower()
    if prev in _CTX_WORDS:
        return True
    nxt = " ".join(t.text.lower() for t in doc.tokens[tok.i + 1: tok.i + 4])
    return "twitter" in nxt


def _quoted_or_media(doc: Doc, start: int, end: int) -> bool:
    before = doc.text[max(0, start - 2):start].strip()
    after = doc.text[end:end + 1]
    if before[-1:] in QUOTES and after in QUOTES:
        return True
    tok = doc.token_at(start)
    if tok is not None and tok.i > 0:
        prev = doc.tokens[tok.i - 1]
        if prev.text.lower() in _MEDIA_HEADS - {"des", "der", "the"}:
            return True
        # "Der Spiegel" mid-sentence, "the Guardian"
        if prev.text in ("Der", "Die", "The") and not sentence_initial(doc, prev):
            return True
    return False


_MEDIA_CONTEXT = {"bericht", "berichten", "berichtete", "berichtet", "interview", "gespräch", "angaben",
                  "laut", "ausgabe", "online-ausgabe", "sagte", "sagten", "erklärte", "schrieb", "schreibt",
                  "recherche", "recherchen", "artikel", "told", "report", "interview", "according"}


def quoted_outlets(doc: Doc) -> list[Cand]:
    """'sagte er der „Bild am Sonntag“', 'laut einem Bericht des „Handelsblatts“': a short
    quoted name after an article and a media context word is an outlet."""
    toks = doc.tokens
    out = []
    for k, t in enumerate(toks):
        if t.text not in QUOTES or k < 2:
            continue
        art = toks[k - 1]
        if art.text.lower() not in ("der", "des", "dem", "im", "the"):
            continue
        window = [x.text.lower() for x in toks[max(0, k - 8):k - 1] if x.sent == t.sent]
        if toks[k - 2].text.lower() not in _MEDIA_CONTEXT and not (
                art.text.lower() in ("der", "dem") and any(w in _MEDIA_CONTEXT for w in window)):
            continue
        j = k + 1
        while j < len(toks) and toks[j].text not in QUOTES and j - k <= 5 and toks[j].sent == t.sent:
            j += 1
        inner = toks[k + 1:j]
        if not inner or j >= len(toks) or toks[j].text not in QUOTES or not cap(inner[0]) \
                or any(x.pos.startswith("V") and x.finite for x in inner) or toks[j].start - inner[0].start > 40:
            continue
        text = doc.text[inner[0].start:inner[-1].end]
        name = text[:-1] if art.text.lower() == "des" and text.endswith("s") and len(inner) == 1 else None
        out.append(Cand(inner[0].start, inner[-1].end, "ORG", "orgheads", kind="outlet", name=name,
                        key=f"org:{(name or text).lower()}"))
    return out


def clubs(doc: Doc) -> list[Cand]:
    """'FC Bayern München', 'Borussia Dortmund', 'Real Madrid': a club word and the
    capitalized names after it form one organisation."""
    prefixes = lexicon.word_list(doc.lang, "club_prefixes.txt")
    if not prefixes:
        return []
    toks = doc.tokens
    out = []
    k = 0
    while k < len(toks):
        t = toks[k]
        first = k
        if t.text == "1" and k + 2 < len(toks) and toks[k + 1].text == "." and toks[k + 2].text == "FC":
            k += 2
            t = toks[k]
        elif t.text == "1." and k + 1 < len(toks) and toks[k + 1].text == "FC":
            k += 1
            t = toks[k]
        suffix = _club_suffix(doc, k)
        if suffix:
            out.append(_club(doc, suffix[0], suffix[1], prefixes))
            k = suffix[1]
            continue
        if t.text not in prefixes:
            k += 1
            continue
        j = k + 1
        while j < len(toks) and j - k <= 3 and toks[j].sent == t.sent and cap(toks[j]) \
                and toks[j].text[:1].isalpha() and toks[j].pos not in ("ART", "APPR", "KON") \
                and not (toks[j].pos.startswith("V") or toks[j].upos in ("VERB", "AUX")):
            j += 1
        strong = t.text in ("FC", "SC", "SV", "VfB", "VfL", "TSV", "TSG", "SpVgg", "SSV", "AC", "AS", "RB",
                            "FSV", "VfR", "KFC", "SpVg", "FSG", "BSG", "SG")
        if j > k + 1 and (strong or toks[k + 1].text in lexicon.cities()):
            if j < len(toks) and toks[j].sent == t.sent and re.fullmatch(r"0\d|\d\d", toks[j].text):
                j += 1   # "FSV Mainz 05", "Hannover 96"
            out.append(_club(doc, first, j, prefixes))
            k = j
        else:
            k += 1
    return out


def _club(doc: Doc, i: int, j: int, prefixes) -> Cand:
    """A club over tokens i..j-1; its cluster key leaves out a trailing city when a name word
    remains ('Oder-Kickers Frankfurt' and 'die Oder-Kickers', 'FSV Lausitz Cottbus')."""
    toks = doc.tokens
    words = [t.text for t in toks[i:j]]
    key_words = words
    if len(words) >= 2 and words[-1] in lexicon.cities() and any(
            w not in prefixes and w not in ("1", "1.", ".") for w in words[:-1]):
        key_words = words[:-1]
    return Cand(toks[i].start, toks[j - 1].end, "ORG", "orgheads", kind="club",
                key="club:" + " ".join(key_words).lower())


def _club_suffix(doc: Doc, k: int) -> tuple[int, int] | None:
    """'Würzburger Kickers', 'Kickers Offenbach', 'Oder-Kickers Frankfurt', 'Newcastle United':
    a word closing a club's name (club_suffixes.txt), with a place adjective or city before it
    or a hyphenated first part, and an optional city after it."""
    suffixes = lexicon.word_list(doc.lang, "club_suffixes.txt")
    toks = doc.tokens
    t = toks[k]
    hy = "-" in t.text and t.text.rsplit("-", 1)[1] in suffixes and t.text[:1].isupper()
    if not (t.text in suffixes or hy):
        return None
    cities = lexicon.cities()
    sent = t.sent
    i = k
    if not hy and k > 0 and toks[k - 1].sent == sent and cap(toks[k - 1]) and (
            toks[k - 1].text in cities or (doc.lang == "de" and toks[k - 1].text.endswith("er")
                                           and toks[k - 1].text[:-2] in cities)):
        i = k - 1
    j = k + 1
    if j < len(toks) and toks[j].sent == sent and toks[j].text in cities:
        j += 1
    if i == k and not hy and j == k + 1:
        return None
    return i, j


# -- countries and demonyms -------------------------------------------------
@lru_cache(maxsize=4)
def _country_regex(lang: str):
    c = lexicon.countries(lang)
    names = sorted(c.names, key=len, reverse=True)
    nouns = sorted(c.nouns, key=len, reverse=True)
    alt = lambda ns: "|".join(re.escape(n) for n in ns)  # noqa: E731
    gen = r"(?:'s|’s)?" if lang == "en" else ""
    after = r"(?![\w])" if lang == "en" else r"(?![\w\-])"   # English "Russia-led" names Russia
    return (re.compile(rf"(?<![\w\-])(?:{alt(names)}){gen}{after}"),
            re.compile(rf"(?<![\w\-])(?:{alt(nouns)})(?![\w\-])"))


def countries(doc: Doc) -> list[Cand]:
    lang = doc.lang
    c = lexicon.countries(lang)
    rx_names, rx_nouns = _country_regex(lang)
    out: list[Cand] = []
    for m in rx_names.finditer(doc.text):
        form = m.group(0)
        base = re.sub(r"(?:'s|’s)$", "", form)
        iso = c.names.get(base)
        if iso is None:
            continue
        end = m.start() + len(base)
        if lang == "en" and base in ("US", "U.S.") and _adjectival_us(doc, end):
            continue  # "U.S. President": an affiliation cue, not a mention of the country
        out.append(Cand(m.start(), end, "GPE", "countries", kind="country", key=f"gpe:{iso}",
                        name=c.canonical.get(iso, base), country=iso))
    for m in rx_nouns.finditer(doc.text):
        iso = c.nouns[m.group(0)]
        out.append(Cand(m.start(), m.end(), "NORP", "countries", key=f"norp:{m.group(0)}",
                        country=iso))
    forms, rx_peoples = _peoples(lang)
    if rx_peoples is not None:
        for m in rx_peoples.finditer(doc.text):
            name = forms[m.group(0)]
            out.append(Cand(m.start(), m.end(), "NORP", "countries", key=f"norp:{name}", name=name))
    return out


@lru_cache(maxsize=4)
def _peoples(lang: str):
    """Peoples and ethnic groups that are no country's demonym ('Rohingya', 'Kurden'), from
    data/<lang>/peoples.txt: form -> name, and a regex of the forms as whole words."""
    forms: dict[str, str] = {}
    for line in lexicon._lines(lexicon.DATA / lang / "peoples.txt"):
        parts = [p.strip() for p in line.split("|") if p.strip()]
        for p in parts:
            forms.setdefault(p, parts[0])
    if not forms:
        return forms, None
    alt = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return forms, re.compile(rf"(?<![\w\-])(?:{alt})(?![\w\-])")


def _adjectival_us(doc: Doc, end: int) -> bool:
    tok = doc.token_at(end) or doc.token_at(end + 1)
    nxt = doc.text[end:end + 2]
    if nxt.startswith("'") or nxt.startswith("’"):
        return False
    if tok is None:
        return False
    if tok.start < end:  # "U.S." token followed by its own tail
        return False
    return tok.upos in ("NOUN", "PROPN", "ADJ") and tok.text[:1].isalpha()


@lru_cache(maxsize=4)
def _region_regex(lang: str):
    forms = sorted(lexicon.regions(lang), key=len, reverse=True)
    if not forms:
        return None
    return re.compile(r"(?<![\w\-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w\-])")


def regions(doc: Doc) -> list[Cand]:
    rx = _region_regex(doc.lang)
    if rx is None:
        return []
    table = lexicon.regions(doc.lang)
    out = []
    for m in rx.finditer(doc.text):
        name, typ = table[m.group(0)]
        out.append(Cand(m.start(), m.end(), typ, "regions", kind="region", key=f"region:{name}", name=name))
    return out


# -- cities -----------------------------------------------------------------
_PLACE_PREPS = {"in", "nach", "aus", "von", "bei", "bis", "im", "to", "from", "near", "at", "of"}


def cities(doc: Doc) -> list[Cand]:
    """Cities of the GeoNames gazetteer, only where the tagger calls the word a proper noun."""
    table = lexicon.cities()
    lang = doc.lang
    cn = lexicon.countries(lang)
    out: list[Cand] = []
    toks = doc.tokens
    i = 0
    while i < len(toks):
        hit = None
        if cap(toks[i]):
            for n in (3, 2, 1):
                j = i + n
                if j > len(toks) or toks[j - 1].sent != toks[i].sent:
                    continue
                span = doc.text[toks[i].start:toks[j - 1].end]
                form = span
                dateline = False
                if form not in table and lang == "de" and form.endswith("s"):
                    form = form[:-1]
                if form not in table and span.isupper() and len(span) >= 4 \
                        and (toks[i].start == 0 or doc.text[toks[i].start - 1] == "\n"):
                    # a dateline's city, whatever the tagger made of its capitals:
                    # "NAIROBI, Sept 18 (AFP) -", "BAD KREUZNACH. Fünf Stunden lang ..."
                    form, dateline = span.title(), True
                if form in table and form not in cn.names and form not in cn.nouns \
                        and form not in cn.adjectives:
                    if dateline or all(t.upos in ("PROPN", "X") or t.pos in ("NE", "FM", "NNP") for t in toks[i:j]
                           if t.text[:1].isalpha()):
                        hit = (j, form)
                        break
                    # tagged as a common noun ('Solingen' -> Soling): only after a place preposition
                    if i > 0 and toks[i - 1].text in _PLACE_PREPS and toks[i - 1].sent == toks[i].sent \
                            and (table[form][2] >= 100_000 or not common_word(form, lang, 3.5)):
                        hit = (j, form)
                        break
        if hit and _inside_longer_name(doc, i, hit[0]):
            hit = None   # "Michael Jackson", "Borussia Dortmund", "Inter Mailand"
        if hit and hit[0] == i + 1 and toks[i].text in _MONTHS_DAYS:
            hit = None   # "in March": a month before a city of that name
        if hit:
            j, form = hit
            gid, iso, _pop = table[form]
            out.append(Cand(toks[i].start, toks[j - 1].end, "GPE", "cities", kind="city",
                            key=f"city:{gid}", name=form))
            i = j
        else:
            i += 1
    return out


_MONTHS_DAYS = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                "Saturday", "Sunday", "Januar", "Februar", "März", "Mai", "Juni", "Juli", "Oktober",
                "Dezember", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"}


def _inside_longer_name(doc: Doc, i: int, j: int) -> bool:
    toks = doc.tokens
    from .base import PARTICLES

    def namey(k: int) -> bool:
        if k < 0 or k >= len(toks) or toks[k].sent != toks[i].sent:
            return False
        t = toks[k]
        if not cap(t) or not t.text[:1].isalpha():
            return False
        if t.upos == "PROPN" or t.pos in ("NE", "FM", "NNP"):
            c = lexicon.countries(doc.lang)
            if doc.lang == "en":
                from .en import role_at_tokens
                if role_at_tokens([t.text.lower()]):
                    return False   # "Kyiv Mayor Vitali Klitschko"
            elif lexicon.de_role(t.text):
                return False
            return t.text not in c.names and t.text not in c.adjectives
        return False

    if namey(i - 1) and not sentence_initial(doc, toks[i - 1]) or namey(j):
        return True
    if i > 0 and toks[i - 1].text.lower() in PARTICLES and toks[i - 1].text[:1].islower() and namey(i - 2):
        return True   # "Giacomo della Porta"
    prev = toks[i - 1] if i > 0 else None
    if prev is not None and doc.lang == "de":
        from .lexicon import de_role
        if de_role(prev.text):
            return True   # "Präsident Jackson"
    return False


# -- the trained NER model (another stage helper ships it) -----------------
_MODEL_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}


_BYLINE = re.compile(r"(?:(?:By|Von|Text:)\s+)?([A-ZÄÖÜ][\w'’-]+(?: [A-ZÄÖÜ][\w'’-]+){1,2})")
BYLINE_PARAGRAPHS = 4      # a byline stands among the first paragraphs after the title


def bylines(doc: Doc) -> list[Cand]:
    """The author's name on a line of its own below the title: "By Nomsa Dube", "Von Anna
    Weber", or a bare name whose next line starts with an outlet ("Nomsa Dube" /
    "BBC News, Johannesburg"). Not a word of it may be a place, country, organisation head
    or known organisation."""
    from ..language.tokenize import paragraphs

    paras = paragraphs(doc.text)
    gaz = lexicon.gazetteer()
    c = lexicon.countries(doc.lang) if doc.lang in ("de", "en") else None
    heads = lexicon.word_list(doc.lang, "org_heads.txt") if doc.lang in ("de", "en") else frozenset()
    out = []
    for n in range(1, min(len(paras), BYLINE_PARAGRAPHS + 1)):
        a, b = paras[n]
        m = _BYLINE.fullmatch(doc.text[a:b])
        if not m:
            continue
        words = m.group(1).split()
        if any(w.isupper() or w in gaz or w in heads or w in lexicon.cities()
               or (c is not None and (w in c.names or w in c.adjectives)) for w in words):
            continue
        if m.group(1) == m.group(0):           # no "By": the next line must name an outlet
            if n + 1 >= len(paras):
                continue
            nxt = doc.text[paras[n + 1][0]:paras[n + 1][1]]
            first = re.match(r"[\w.&-]+(?: [\w.&-]+)?", nxt)
            if not first or not any(gaz.get(f) is not None and gaz[f].kind in ("outlet", "agency")
                                    for f in (first.group(0), first.group(0).split()[0])):
                continue
        out.append(Cand(a + m.start(1), a + m.end(1), "PER", "bylines"))
    return out


def _unknown_acronym(doc: Doc, text: str) -> bool:
    """An all-capital word of four or more letters that is no country, region, city or
    gazetteer name."""
    if len(text) < 4 or not text.isalpha() or not text.isupper():
        return False
    c = lexicon.countries(doc.lang)
    return not any(form in c.names or form in lexicon.regions(doc.lang) or form in lexicon.cities()
                   or form in lexicon.gazetteer() for form in (text, text.title()))   # "LIBREVILLE, Gabon"


_ARTICLES = {"the", "a", "an", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer"}


def model(doc: Doc) -> list[Cand]:
    """Spans of the trained NER model, when its module and weights are installed."""
    try:
        from . import model as ner_model  # noqa: PLC0415
    except ImportError:
        return []
    predict = getattr(ner_model, "predict", None)
    if predict is None:
        return []
    try:
        spans = predict(doc) or []
    except FileNotFoundError:   # the module is there but its weights are not (not trained yet)
        return []
    c = lexicon.countries(doc.lang) if doc.lang in ("de", "en") else None
    out = []
    for start, end, label, conf in spans:
        typ = _MODEL_TYPES.get(label)
        if typ is None or end <= start:
            continue
        start, end = int(start), int(end)
        if doc.lang == "en" and typ in ("ORG", "PER", "MISC"):
            # "the Kommersant newspaper", "Reuters news agency": English names are capitalized,
            # a trailing lower-case word is a descriptor, not part of the name (as for spaCy's spans)
            toks = doc.tokens_in(start, end)
            while len(toks) > 1 and (toks[-1].text[:1].islower() or not toks[-1].text[:1].isalpha()):
                toks = toks[:-1]
            while len(toks) > 1 and toks[0].text.lower() in ("the", "a", "an"):
                toks = toks[1:]
            if toks:
                start, end = max(start, toks[0].start), min(end, toks[-1].end)
        text = doc.text[start:end]
        if text.lower() in _ARTICLES:
            continue       # "to The Gambia" tagged "The" (ORG) + "Gambia" (LOC): an article names nobody
        if doc.lang == "en" and typ == "LOC" and _unknown_acronym(doc, text):
            typ = "ORG"    # "ECOWAS", "IGAD": an acronym no gazetteer knows as a place is a body
        if c is not None and typ == "MISC":
            if text in c.adjectives or text.lower() in c.adjectives:
                continue   # "kasachische", "Russian": an affiliation cue, not a name
            if text in c.nouns:
                typ = "NORP"
        out.append(Cand(start, end, typ, "model", conf=float(conf)))
    return out


# -- acronyms ---------------------------------------------------------------
_ACR_SKIP = {"of", "for", "and", "on", "the", "de", "del", "la", "los", "las", "el", "do", "da", "dos", "y", "ng", "sa", "mga",
             "e", "di", "du", "und", "für", "der", "des", "die", "im", "in", "zur", "zum", "&"}


def acronym_at(doc: Doc, k: int) -> str | None:
    """The acronym in '( ACR )' starting at token k ('(' at k), or None."""
    toks = doc.tokens
    if k + 2 >= len(toks) or toks[k].text != "(" or toks[k + 2].text != ")":
        return None
    a = toks[k + 1].text
    letters = [ch for ch in a if ch.isalpha()]
    if not 2 <= len(letters) <= 8 or not a[:1].isupper() or sum(ch.isupper() for ch in letters) < len(letters) - 1:
        return None
    return a


def _initials(words: list[str], hyphen_parts: bool) -> str:
    out = []
    for w in words:
        if w.lower() in _ACR_SKIP and not w[:1].isupper():
            continue
        parts = [p for p in w.split("-") if p] if hyphen_parts else [w]
        out += [p[0] for p in parts if p[:1].isalpha()]
    return "".join(out).upper()


def acronym_longforms(doc: Doc, org_head) -> list[Cand]:
    """'Independent Policing Oversight Authority (IPOA)', 'Rundfunk Berlin-Brandenburg (RBB)',
    'Jurado Nacional de Elecciones (JNE)': capitalized words before an acronym in parentheses whose
    initials spell it form an organisation's name when the last word is an organisation head
    (``org_head(word)``) or every word is tagged a proper noun / foreign word."""
    toks = doc.tokens
    out = []
    for k in range(1, len(toks) - 2):
        acr = acronym_at(doc, k)
        if acr is None:
            continue
        target = "".join(ch for ch in acr if ch.isalpha()).upper()
        sent = toks[k].sent
        for n in range(len(target), 1, -1):
            # the shortest window of content words ending at k-1 with n initials
            i = k
            content = 0
            while i - 1 >= 0 and toks[i - 1].sent == sent and content < n:
                w = toks[i - 1].text
                if w.lower() in _ACR_SKIP and not w[:1].isupper():
                    i -= 1
                    continue
                if not (w[:1].isupper() and w[:1].isalpha()):
                    break
                content += 1
                i -= 1
            if i == k or toks[i].text.lower() in _ACR_SKIP:
                continue
            words = [t.text for t in toks[i:k]]
            if _initials(words, False) != target and _initials(words, True) != target:
                continue
            if len([w for w in words if w[:1].isupper()]) < 2 and "-" not in words[0]:
                continue
            # without an organisation head: a foreign-language name ('Jurado Nacional de Elecciones')
            proper = doc.lang != "en" and any(t.pos == "FM" for t in toks[i:k]) and all(
                t.upos in ("PROPN", "X") or t.pos in ("NE", "FM") for t in toks[i:k] if t.text[:1].isupper())
            if not (org_head(toks[k - 1].text) or org_head(toks[i].text) or proper):
                continue
            if toks[i].pos == "ART" or toks[i].text in ("The", "A", "An"):
                i += 1
            out.append(Cand(toks[i].start, toks[k - 1].end, "ORG", "orgheads", kind="org"))
            break
        else:
            c = _compound_longform(doc, k, target, org_head)
            if c is not None:
                out.append(c)
    return out


def _compound_longform(doc: Doc, k: int, target: str, org_head) -> Cand | None:
    """German single-word long forms whose compound parts spell the acronym: 'Beamte eines
    Spezialeinsatzkommandos (SEK)', 'das Landeskriminalamt (LKA)': the first letter opens the
    word, the others open later parts (in order), and the word ends in an organisation head."""
    if doc.lang != "de" or k == 0 or not 2 <= len(target) <= 5:
        return None
    tok = doc.tokens[k - 1]
    word = tok.text
    if not word[:1].isupper() or "-" in word or word[:1].upper() != target[0] or len(word) < 4 * len(target):
        return None
    base = word[:-2] if word.endswith("es") else word[:-1] if word.endswith("s") else word
    if not (org_head(word) or org_head(base) or base.lower().endswith(_COMPOUND_HEADS)):
        return None
    low, pos = base.lower(), 1
    for ch in target[1:].lower():
        pos = low.find(ch, pos + 2)   # a new part: at least two letters after the previous one
        if pos < 0:
            return None
    return Cand(tok.start, tok.end, "ORG", "orgheads", kind="org", name=base, key="org:" + base.lower())


_COMPOUND_HEADS = ("kommando", "amt", "gericht", "behörde", "dienst", "zentrum", "agentur", "anstalt")
