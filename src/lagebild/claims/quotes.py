"""Quotation spans in every common style: „…“ „…" "…" »…« «…» ‚…‘ '…' “…” ‘…’.

A quotation never crosses a paragraph break. Apostrophes inside words ("don't",
"Peskow’s") are not quotation marks.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Quote:
    start: int        # the opening mark
    end: int          # one past the closing mark
    inner_start: int
    inner_end: int

    def contains(self, s: int, e: int) -> bool:
        return self.inner_start <= s and e <= self.inner_end


# opening mark -> closing marks it accepts
_PAIRS = {
    "„": ("“", '"', "”"),
    "»": ("«",),
    "«": ("»",),
    "‚": ("‘", "'", "’"),
    "“": ("”", "“"),
    "‘": ("’",),
    '"': ('"', "“", "”"),
    "'": ("'", "’"),
}
_SINGLE_AMBIG = {"'", "’", "‘"}


def _is_open(text: str, i: int) -> bool:
    """A straight or ambiguous mark opens when it starts a word."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/:,;„»«\"“") and not after.isspace()


def _is_close(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or not after.isalnum())


def find_quotes(text: str) -> list[Quote]:
    out: list[Quote] = []
    pos = 0
    for para in text.split("\n"):
        out.extend(_para_quotes(para, pos))
        pos += len(para) + 1
    out.sort(key=lambda q: q.start)
    return out


def _para_quotes(para: str, base: int) -> list[Quote]:
    quotes = []
    stack: list[tuple[str, int]] = []   # (opening mark, index)
    guillemet_open = None
    for i, ch in enumerate(para):
        if ch not in _PAIRS and ch not in ("”", "’"):
            continue
        # apostrophes inside words
        if ch in _SINGLE_AMBIG and i > 0 and i + 1 < len(para) and para[i - 1].isalnum() and para[i + 1].isalnum():
            continue
        if ch in ("'", "’") and i > 0 and para[i - 1] in "sSzx" and (i + 1 >= len(para) or not para[i + 1].isalnum()) \
                and not any(m in ("'", "‘", "‚") for m, _ in stack):
            continue   # English plural possessive "officers' union"
        # does it close the innermost open quotation?
        closed = False
        for depth in range(len(stack) - 1, -1, -1):
            mark, at = stack[depth]
            if ch in _PAIRS[mark] and (ch not in ('"', "'", "“") or _is_close(para, i) or mark in ("„", "‚")):
                if ch == "“" and mark == "“" and not _is_close(para, i):
                    continue
                quotes.append(Quote(base + at, base + i + 1, base + at + 1, base + i))
                del stack[depth:]
                closed = True
                break
            if mark in ("„", "“", '"', "»", "«"):
                break   # only single quotes may stay open inside a double quotation
        if closed:
            continue
        if ch in ("”", "’"):
            continue
        if ch in ("»", "«"):
            if guillemet_open is None:
                guillemet_open = ch
            if ch != guillemet_open:
                continue
            stack.append((ch, i))
            continue
        if ch in ('"', "'", "“", "‘") and not _is_open(para, i):
            continue
        stack.append((ch, i))
    return [q for q in quotes if q.inner_end > q.inner_start]
