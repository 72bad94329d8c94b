"""Tokens and sentences with character offsets.

German (and any language without its own pipeline) goes through SoMaJo, whose
sentence splitter keeps an opening quotation mark with the sentence it opens.
English goes through spaCy's English pipeline (see ``en``), which also tags.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..doc import Doc, Sentence, Token


@lru_cache(maxsize=4)
def _somajo(language: str):
    from somajo import SoMaJo

    sm = SoMaJo(language, split_camel_case=False, split_sentences=True, character_offsets=True)
    _skip_emoji_scan_without_emoji(sm._tokenizer)
    _skip_alignment_of_nfc_text()
    return sm


def _skip_alignment_of_nfc_text() -> None:
    """SoMaJo finds its offsets in the NFC form of a paragraph and maps them back to the
    raw text through per-character dictionaries, a third of its time on news text. When
    the raw text is NFC already (nearly always), that map is the identity: skip building
    it; the offsets are the same."""
    import unicodedata

    from somajo import alignment

    if getattr(alignment.token_offsets, "lagebild_fast", False):
        return
    full = alignment.token_offsets

    def token_offsets(token_list, raw, position, xml_input, tokens):
        if xml_input or not unicodedata.is_normalized("NFC", raw):
            return full(token_list, raw, position, xml_input, tokens)
        # SoMaJo's _determine_offsets without copying the rest of the text at every token;
        # a token that is not simply next in the text goes back to SoMaJo's own search
        flat = _WHITESPACE.sub(" ", raw)
        offsets, i = [], 0
        for tok in tokens:
            text = tok.original_spelling if tok.original_spelling is not None else tok.text
            text = _WHITESPACE.sub(" ", text)
            if tok.markup or not text:
                return full(token_list, raw, position, xml_input, tokens)
            if flat.startswith(text, i):
                start = i
            elif flat.startswith(" " + text, i):
                start = i + 1
            else:
                return full(token_list, raw, position, xml_input, tokens)
            i = start + len(text)
            offsets.append((start + position, i + position))
        return offsets

    token_offsets.lagebild_fast = True
    alignment.token_offsets = token_offsets


def _skip_emoji_scan_without_emoji(tokenizer) -> None:
    """SoMaJo looks for emoji grapheme by grapheme with one regex search each, about half
    of its time on news text. A token text without any emoji code point (the characters
    its per-grapheme test looks for) cannot yield an emoji token, so skip the scan there;
    the tokens are the same."""
    import regex

    any_emoji = regex.compile(r"[\p{Extended_Pictographic}\p{Emoji_Presentation}\uFE0F]")
    scan = tokenizer._split_emojis

    def split_emojis(node, token_class: str = "emoticon") -> None:
        if any_emoji.search(node.value.text):
            scan(node, token_class)

    tokenizer._split_emojis = split_emojis


_LINE_END_BREAK = re.compile(r"""[.!?:;"“”„»«)\]]$""")
_LIST_ITEM = re.compile(r"^\s*(?:[-–•*]|\d+[.)])\s")
WRAP_MIN_CHARS = 50  # a line this long that ends mid-sentence was wrapped, not a headline
# a live ticker's entry heading: a clock time and a dash ("15.05 Uhr – Demonstranten dringen
# in den Plenarsaal ein", "15.10 GMT – Relatives protest outside hospital")
TICKER_HEAD = re.compile(r"^\d{1,2}[.:]\d{2}(?:\s*(?:Uhr|h|GMT|UTC|MEZ|MESZ|[AP]\.?M\.?|[ap]\.?m\.?|local time|Ortszeit))?\s*[-–—|]\s+\S")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character spans of the text's paragraphs: blocks that no sentence crosses.

    A blank line always ends a paragraph; a single line break ends one unless the text was
    hard-wrapped there: the line ends without sentence punctuation and either the next line
    starts in lower case ("... in der\nNacht") or the line is long. A short line without
    final punctuation ("Demonstranten besetzen Flughafen") is a headline: its own paragraph.
    """
    spans: list[tuple[int, int]] = []
    start = None
    prev_line = ""
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            if start is not None:
                spans.append((start, end))
                start = None
        else:
            first = pos + (len(line) - len(line.lstrip()))
            last = pos + len(line.rstrip())
            if start is not None and not _continues(prev_line, stripped):
                spans.append((start, end))
                start = None
            if start is None:
                start = first
            end = last
            prev_line = stripped
        pos += len(line) + 1
    if start is not None:
        spans.append((start, end))
    return spans


def _continues(prev: str, line: str) -> bool:
    if _LINE_END_BREAK.search(prev) or _LIST_ITEM.match(line) or TICKER_HEAD.match(prev):
        return False
    if prev.endswith((",", "-", "–")) or line[:1].islower() or line[:1].isdigit():
        return True
    return len(prev) >= WRAP_MIN_CHARS


def somajo_tokenize(doc: Doc, language: str = "de_CMC") -> None:
    """Fill ``doc.tokens`` and ``doc.sentences`` from SoMaJo, paragraph by paragraph."""
    text = doc.text
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    # SoMaJo treats each list element as a paragraph; offsets are relative to it. Line
    # breaks inside a paragraph become spaces (same length, so offsets stay exact).
    german = language.startswith("de")
    for pos, end in paragraphs(text):
        para = text[pos:end].replace("\n", " ")
        for sent in _somajo(language).tokenize_text([para]):
            first = len(tokens)
            spans = [(pos + s, pos + e) for s, e in (t.character_offset for t in sent)]
            for k, (s, e) in enumerate(spans):
                nxt = text[spans[k + 1][0]:spans[k + 1][1]] if k + 1 < len(spans) else None
                if german and nxt in _SENTENCE_OPENERS_DE and _NUMBER_STOP.fullmatch(text[s:e]):
                    # "ausgelegt ist sie für 800. Der Flüchtlingsrat ...": a number closing a
                    # sentence, not an ordinal (an ordinal is followed by its noun, never by
                    # an article or pronoun); the full stop ends the sentence
                    tokens.append(Token(i=len(tokens), text=text[s:e - 1], start=s, end=e - 1, sent=len(sentences)))
                    tokens.append(Token(i=len(tokens), text=".", start=e - 1, end=e, sent=len(sentences)))
                    sentences.append(Sentence(i=len(sentences), start=tokens[first].start,
                                              end=tokens[-1].end, tok_start=first, tok_end=len(tokens)))
                    first = len(tokens)
                    continue
                prev = text[spans[k - 1][0]:spans[k - 1][1]] if k > 0 else ""
                if nxt is not None and text[s:e] == "X." and prev in _PLATFORM_WORDS \
                        and (nxt in _SENTENCE_OPENERS_DE or nxt in _SENTENCE_OPENERS_EN):
                    # "verurteilte den Mord im Onlinedienst X. Er versprach ...": the platform X
                    # ends the sentence (not an initial)
                    tokens.append(Token(i=len(tokens), text="X", start=s, end=e - 1, sent=len(sentences)))
                    tokens.append(Token(i=len(tokens), text=".", start=e - 1, end=e, sent=len(sentences)))
                    sentences.append(Sentence(i=len(sentences), start=tokens[first].start,
                                              end=tokens[-1].end, tok_start=first, tok_end=len(tokens)))
                    first = len(tokens)
                    continue
                tokens.append(Token(i=len(tokens), text=text[s:e], start=s, end=e, sent=len(sentences)))
            if len(tokens) > first:
                sentences.append(Sentence(i=len(sentences), start=tokens[first].start,
                                          end=tokens[-1].end, tok_start=first, tok_end=len(tokens)))
    doc.tokens = tokens
    doc.sentences = sentences


_WHITESPACE = re.compile(r"\s")
_NUMBER_STOP = re.compile(r"\d[\d.,]*\d\.|\d\.")
# capitalized words that open a German sentence and never follow an ordinal number
_SENTENCE_OPENERS_DE = {"Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Einem", "Einer",
                        "Er", "Sie", "Es", "Wir", "Ich", "Man", "Dies", "Diese", "Dieser", "Dieses",
                        "Auch", "Doch", "Aber", "Damit", "Dabei", "Danach", "Zudem", "Außerdem", "Nach",
                        "Laut", "Wie", "Als", "Am", "Im", "Bei", "Seit", "Bis", "Zuvor", "Später"}


_SENTENCE_OPENERS_EN = {"The", "A", "An", "He", "She", "It", "They", "We", "I", "This", "That", "But", "In",
                        "On", "At", "After", "According", "His", "Her", "Their", "Its"}
# words before the platform X ("auf X", "im Onlinedienst X", "on X", "the platform X")
_PLATFORM_WORDS = {"auf", "bei", "Onlinedienst", "Kurznachrichtendienst", "Plattform", "Netzwerk",
                   "Onlineplattform", "on", "platform", "network", "site"}


def split_at_paragraphs(doc: Doc) -> None:
    """Split any sentence of ``doc`` that crosses a paragraph boundary (see ``paragraphs``),
    e.g. a headline without a full stop that a statistical splitter joined to the next line."""
    bounds = [start for start, _end in paragraphs(doc.text)][1:]
    if not bounds or not doc.tokens:
        return
    sentences: list[Sentence] = []
    b = 0
    for sent in doc.sentences:
        first = sent.tok_start
        for k in range(sent.tok_start, sent.tok_end):
            tok = doc.tokens[k]
            while b < len(bounds) and bounds[b] <= doc.tokens[first].start:
                b += 1
            if k > first and b < len(bounds) and tok.start >= bounds[b]:
                sentences.append(_sentence(doc, len(sentences), first, k))
                first = k
        sentences.append(_sentence(doc, len(sentences), first, sent.tok_end))
    for s in sentences:
        for tok in doc.tokens[s.tok_start:s.tok_end]:
            tok.sent = s.i
    doc.sentences = sentences


def _sentence(doc: Doc, i: int, tok_start: int, tok_end: int) -> Sentence:
    return Sentence(i=i, start=doc.tokens[tok_start].start, end=doc.tokens[tok_end - 1].end,
                    tok_start=tok_start, tok_end=tok_end)
