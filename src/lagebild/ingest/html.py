"""HTML to article fields: main text, title, date, site name, url (trafilatura).

The same path serves HTML files and HTML responses inside WARC files. Feed items carry
HTML fragments, not pages: ``fragment_to_text`` turns those into paragraphs.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from . import InputProblem
from .dates import normalize_date
from .decode import NotText, decode

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_OPEN_DOC = re.compile(r"<(?:html|body)[\s>/]", re.I)
_WS = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")

BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
              "pre", "table", "tr", "section", "article", "header", "footer", "figure",
              "figcaption", "dl", "dt", "dd", "address", "aside", "main", "nav", "hr"}


class NoArticle(InputProblem):
    """The page holds no article text (kind "no-text"), or is incomplete ("truncated")."""


def charset_of(content_type: str | None) -> str | None:
    """The charset parameter of an HTTP Content-Type header."""
    if not content_type:
        return None
    m = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", content_type, re.I)
    return m.group(1) if m else None


def decode_html(data: bytes, http_charset: str | None = None) -> str:
    """HTML bytes as text: the HTTP charset, else a <meta> charset, else detection."""
    declared = http_charset
    if not declared:
        m = _META_CHARSET.search(data[:4096])
        declared = m.group(1).decode("ascii", "ignore") if m else None
    text, _ = decode(data, declared)
    return text


def truncation(html: str) -> str | None:
    """Why ``html`` looks cut off, or ``None`` when it looks complete."""
    tail = html.rstrip()
    if not tail:
        return None
    last_lt, last_gt = tail.rfind("<"), tail.rfind(">")
    if last_lt > last_gt:
        return "it ends inside a tag"
    if tail.rfind("<!--") > tail.rfind("-->"):
        return "it ends inside a comment"
    low = tail.lower()
    if _OPEN_DOC.search(low[:20000]) and "</body" not in low and "</html" not in low:
        return "it has no closing </body> or </html>"
    for tag in ("script", "style"):
        if low.rfind(f"<{tag}") > low.rfind(f"</{tag}"):
            return f"it ends inside a <{tag}> element"
    return None


_SENTENCE = re.compile(r"\w+\W+\w+\W+\w+\W+\w+[^\n]*?[.!?…:;\"“”»«]")


def looks_like_prose(text: str) -> bool:
    """True for running text: a sentence of four words or more, or 25 words. What a page
    yields without it is navigation ("Start Politik Welt"), a cookie notice's buttons or
    a bare headline, not an article."""
    return bool(_SENTENCE.search(text)) or len(text.split()) >= 25


DATA = Path(__file__).resolve().parent / "data"


@lru_cache(maxsize=1)
def furniture() -> frozenset[str]:
    """Stand-alone paragraphs that are page furniture ("Anzeige", "Advertisement"), from
    ``data/boilerplate/<language>.txt``, lower-cased."""
    out = set()
    for f in sorted((DATA / "boilerplate").glob("*.txt")):
        for line in f.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                out.add(line.lower())
    return frozenset(out)


def _paragraphs(lines) -> str:
    out = []
    for line in lines:
        line = _WS.sub(" ", line).strip()
        if line:
            out.append(line)
    return "\n\n".join(out)


@lru_cache(maxsize=1)
def _trafilatura():
    import trafilatura

    return trafilatura


def extract_page(html: str, url: str | None = None) -> dict:
    """Article fields of an HTML page: text, title, source, published, url.

    Paragraphs are separated by a blank line (as in plain-text articles); a first
    paragraph that repeats the title (the page's <h1>) is dropped, the title is kept apart.
    Raises ``NoArticle`` for incomplete pages and pages without main text.
    """
    why = truncation(html)
    if why:
        raise NoArticle(f"truncated HTML ({why}); the article text would be incomplete", "truncated")
    doc = _trafilatura().bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True,
        include_images=False, include_links=False,
        # metadata only: dates in the page's markup, not guesses from its running text
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None or not (doc.text or "").strip():
        raise NoArticle("no article text found in the HTML", "no-text")
    title = _WS.sub(" ", doc.title).strip() if doc.title else None
    lines = doc.text.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if title and lines and _WS.sub(" ", lines[0]).strip() == title:
        lines = lines[1:]
    junk = furniture()
    text = _paragraphs(ln for ln in lines if _WS.sub(" ", ln).strip().rstrip(":.…").lower() not in junk)
    if not text:
        raise NoArticle("no article text found in the HTML (only a headline)", "no-text")
    if not looks_like_prose(text):
        raise NoArticle(f"no article text found in the HTML (only {text[:60]!r}: no sentence)", "no-text")
    return {
        "text": text,
        "title": title or None,
        "source": (doc.sitename or "").strip() or None,
        "published": normalize_date(doc.date),
        "url": doc.url or url,
    }


def fragment_to_text(fragment: str) -> str:
    """Plain paragraphs from an HTML fragment (a feed item's content or summary)."""
    if "<" not in fragment and "&" not in fragment:
        return _paragraphs(re.split(r"\n\s*\n", fragment)) if fragment.strip() else ""
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:   # lxml raises several types for junk; the caller reports "no text"
        return ""
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    parts: list[str] = []

    def walk(el):
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "br":
            parts.append("\n")
        elif tag in BLOCK_TAGS:
            parts.append(_PARA)
        if el.text and tag:
            parts.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if tag in BLOCK_TAGS:
            parts.append(_PARA)

    walk(root)
    paras = []
    for block in "".join(parts).split(_PARA):
        lines = [_WS.sub(" ", ln.replace("\n", " ")).strip() for ln in block.split("\n")]
        block = "\n".join(ln for ln in lines if ln)
        if block:
            paras.append(block)
    return "\n\n".join(paras)


_PARA = "\x00"   # paragraph break marker while walking a fragment (NUL never occurs in parsed text)


__all__ = ["NoArticle", "NotText", "charset_of", "decode_html", "extract_page",
           "fragment_to_text", "truncation"]
