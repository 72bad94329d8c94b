"""One reader per input format; ``read_file`` dispatches on the file's name and content.

Formats: plain text, HTML, JSONL (and JSON), RSS/Atom feeds, WARC (plain or gzip).
Each reader yields ``Article`` or ``IngestError`` items and never raises for bad input.

Size limits (the reason names the limit):
- text and HTML files, and files of unknown type: ``MAX_BYTES`` for the whole file;
- feeds: ``MAX_FEED_BYTES`` (a feed is parsed whole);
- JSONL and WARC files are streamed, so the file may be any size; each line or record
  may hold at most ``MAX_RECORD_BYTES``.
"""
from __future__ import annotations

import gzip
import json
import re
import zlib
from pathlib import Path
from typing import Iterator

from ..record import Article
from . import (MAX_BYTES, MAX_FEED_BYTES, MAX_RECORD_BYTES, IngestError, InputProblem, make_article)
from .dates import from_struct_time, normalize_date
from .decode import NotText, binary_kind, bom_encoding, decode
from .html import NoArticle, charset_of, decode_html, extract_page, fragment_to_text

TEXT_EXT = {".txt", ".text"}
HTML_EXT = {".html", ".htm", ".xhtml", ".shtml"}
JSONL_EXT = {".jsonl", ".ndjson"}
JSON_EXT = {".json"}
FEED_EXT = {".rss", ".atom", ".xml", ".rdf"}
WARC_SUFFIXES = (".warc", ".warc.gz")

HEAD_BYTES = 65536
FEED_ROOTS = {"rss", "feed", "rdf:rdf", "rdf"}
_ROOT = re.compile(r"<([A-Za-z][\w:.-]*)")
_LEAD = re.compile(r"^(?:\s+|<\?.*?\?>|<!--.*?-->|<!doctype[^>]*>)+", re.I | re.S)

JSON_FIELDS = ("text", "title", "url", "source", "published", "id", "language")


# ---------------------------------------------------------------- sniffing

def _gunzip_head(path: Path, n: int = 64) -> bytes | None:
    try:
        with gzip.open(path, "rb") as f:
            return f.read(n)
    except (OSError, EOFError):
        return None


def sniff(path: Path, head: bytes) -> str:
    """The format of a file: text, html, jsonl, json, feed, xml, warc or binary."""
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"\x1f\x8b"):
        inner = _gunzip_head(path)
        if inner and inner.startswith(b"WARC/"):
            return "warc"
        if name.endswith((".jsonl.gz", ".ndjson.gz")) or (inner or b"").lstrip().startswith(b"{"):
            return "jsonl"
        return "binary"
    ext = path.suffix.lower()
    if ext in TEXT_EXT:
        return "text"
    if ext in HTML_EXT:
        return "html"
    if ext in JSONL_EXT:
        return "jsonl"
    if ext in JSON_EXT:
        return "json"
    if binary_kind(head) is not None:
        return "binary"
    enc = bom_encoding(head) or "utf-8"
    s = head.decode(enc, "replace").lstrip("\ufeff \t\r\n")
    if s.startswith("<"):
        lead = _LEAD.match(s)
        rest = s[lead.end():] if lead else s
        m = _ROOT.match(rest)
        root = m.group(1).lower() if m else ""
        if root in FEED_ROOTS:
            return "feed"
        low = s[:4096].lower()
        if root == "html" or "<!doctype html" in low or "<html" in low or "<body" in low:
            return "html"
        if ext in FEED_EXT:
            return "feed"  # the feed reader says why it is not a feed
        return "xml" if s.startswith("<?xml") else "html"
    if ext in FEED_EXT:
        return "feed"
    if s.startswith("{"):
        first = s.split("\n", 1)[0].strip()
        try:
            json.loads(first)
            return "jsonl"
        except ValueError:
            return "json"
    if s.startswith("["):
        return "json"
    return "text"


# ---------------------------------------------------------------- helpers

def _article(path: Path, where: str | None, fields: dict, *, published, language) -> Article | IngestError:
    """An Article from extracted fields; the ``published`` argument wins over metadata."""
    try:
        return make_article(fields["text"], title=fields.get("title"), url=fields.get("url"),
                            source=fields.get("source"), id=fields.get("id"),
                            published=published or fields.get("published"),
                            language=language or fields.get("language"), path=str(path))
    except InputProblem as e:
        return IngestError(str(path), where, str(e), e.kind)


def _too_big(size: int, limit: int, what: str) -> str:
    return f"{what} of {size:,} bytes exceeds the limit of {limit:,} bytes"


# ---------------------------------------------------------------- plain text

def read_text(path: Path, data: bytes, *, published, language) -> Iterator[Article | IngestError]:
    try:
        text, _ = decode(data)
    except NotText as e:
        yield IngestError(str(path), None, str(e), e.kind)
        return
    if not text.strip():
        yield IngestError(str(path), None, "empty file (only whitespace)", "empty")
        return
    yield _article(path, None, {"text": text}, published=published, language=language)


# ---------------------------------------------------------------- HTML

def html_fields(data: bytes, *, url: str | None = None, http_charset: str | None = None) -> dict:
    """Article fields of an HTML page given as bytes; raises NotText or NoArticle."""
    return extract_page(decode_html(data, http_charset), url=url)


def read_html(path: Path, data: bytes, *, published, language) -> Iterator[Article | IngestError]:
    try:
        fields = html_fields(data)
    except InputProblem as e:
        yield IngestError(str(path), None, str(e), e.kind)
        return
    yield _article(path, None, fields, published=published, language=language)


# ---------------------------------------------------------------- JSON lines

def json_fields(obj, *, check_date: bool = True) -> dict:
    """Article fields of one JSON record; raises InputProblem naming what is wrong.
    ``check_date=False`` ignores the record's "published" (the caller gives the date)."""
    if not isinstance(obj, dict):
        raise InputProblem(f"a JSON {type(obj).__name__}, not an object with a \"text\" field")
    if "text" not in obj:
        raise InputProblem('no "text" field')
    fields = {}
    for key in JSON_FIELDS:
        v = obj.get(key)
        if v is None:
            continue
        if key == "id" and isinstance(v, int) and not isinstance(v, bool):
            v = str(v)
        if not isinstance(v, str):
            raise InputProblem(f'field "{key}" must be a string, not {type(v).__name__}')
        fields[key] = v.strip() if key != "text" else v
    if not fields.get("text", "").strip():
        raise InputProblem('empty "text"', "no-text")
    if not check_date:
        fields.pop("published", None)
    if fields.get("published"):
        norm = normalize_date(fields["published"])
        if norm is None:
            raise InputProblem(f'"published" is not a date: {fields["published"][:60]!r}', "date")
        fields["published"] = norm
    if "language" in fields:   # "de", "DE", "de-AT" -> "de"; anything else is left to identification
        code = fields["language"].lower().replace("_", "-").split("-")[0]
        fields["language"] = code if re.fullmatch(r"[a-z]{2}", code) else ""
    for key in ("title", "url", "source", "id", "language"):
        if key in fields and not fields[key]:
            del fields[key]
    return fields


def _decode_line(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return decode(raw)[0]


def read_jsonl(path: Path, *, published, language) -> Iterator[Article | IngestError]:
    """One article a line (plain or gzip-compressed), streamed: blank lines are skipped,
    a bad line is reported and the next line read."""
    found = 0
    try:
        with path.open("rb") as f:
            gz = f.read(2) == b"\x1f\x8b"
        f = gzip.open(path, "rb") if gz else path.open("rb")
    except OSError as e:
        yield IngestError(str(path), None, f"cannot read: {e.strerror or e}", "unreadable")
        return
    with f:
        n = 0
        while True:
            try:
                raw = f.readline(MAX_RECORD_BYTES + 1)
                if not raw:
                    break
                n += 1
                size = len(raw)
                if size > MAX_RECORD_BYTES and not raw.endswith(b"\n"):
                    while True:   # skip the rest of the over-long line
                        more = f.readline(1 << 20)
                        size += len(more)
                        if not more or more.endswith(b"\n"):
                            break
            except (OSError, EOFError, zlib.error) as e:   # damaged or cut-off gzip data
                yield IngestError(str(path), f"line {n + 1}", f"unreadable compressed data ({e}); "
                                  "the rest of the file is skipped", "truncated")
                return
            where = f"line {n}"
            if size > MAX_RECORD_BYTES:
                yield IngestError(str(path), where, _too_big(size, MAX_RECORD_BYTES, "line"), "oversized")
                found += 1
                continue
            if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            found += 1
            try:
                obj = json.loads(_decode_line(raw).strip())
            except NotText as e:
                yield IngestError(str(path), where, str(e), e.kind)
                continue
            except json.JSONDecodeError as e:
                msg = re.sub(r"[\s:]*(?:\bat)?[\s:]*$", "", e.msg)
                yield IngestError(str(path), where, f"malformed JSON: {msg} at column {e.colno}")
                continue
            try:
                fields = json_fields(obj, check_date=not published)
            except InputProblem as e:
                yield IngestError(str(path), where, str(e), e.kind)
                continue
            yield _article(path, where, fields, published=published, language=language)
    if not found:
        yield IngestError(str(path), None, "empty file (no JSON lines)", "empty")


def read_json(path: Path, data: bytes, *, published, language) -> Iterator[Article | IngestError]:
    """A .json file: one article object, or an array of them ("item N")."""
    try:
        obj = json.loads(decode(data)[0])
    except NotText as e:
        yield IngestError(str(path), None, str(e), e.kind)
        return
    except json.JSONDecodeError as e:
        yield IngestError(str(path), None, f"malformed JSON ({e.msg} at line {e.lineno}, column {e.colno})")
        return
    items = obj if isinstance(obj, list) else [obj]
    if not items:
        yield IngestError(str(path), None, "empty JSON array", "empty")
    for i, item in enumerate(items, 1):
        where = f"item {i}" if isinstance(obj, list) else None
        try:
            fields = json_fields(item, check_date=not published)
        except InputProblem as e:
            yield IngestError(str(path), where, str(e), e.kind)
            continue
        yield _article(path, where, fields, published=published, language=language)


# ---------------------------------------------------------------- RSS / Atom

def _entry_text(entry) -> str:
    """The item's text: its fullest content, else its summary (HTML turned into paragraphs)."""
    candidates = []
    for c in entry.get("content") or []:
        candidates.append((c.get("value") or "", c.get("type") or "text/html"))
    best = ""
    for value, ctype in candidates:
        text = value.strip() if ctype == "text/plain" else fragment_to_text(value)
        if len(text) > len(best):
            best = text
    if best:
        return best
    summary = entry.get("summary") or ""
    stype = (entry.get("summary_detail") or {}).get("type") or "text/html"
    return summary.strip() if stype == "text/plain" else fragment_to_text(summary)


def _entry_title(entry) -> str | None:
    title = entry.get("title") or ""
    if "html" in ((entry.get("title_detail") or {}).get("type") or ""):
        title = fragment_to_text(title)
    return " ".join(title.split()) or None


def _entry_date(entry) -> str | None:
    for key in ("published", "updated", "created"):
        norm = normalize_date(entry.get(key))
        if norm:
            return norm
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        norm = from_struct_time(entry.get(key))
        if norm:
            return norm
    return None


def read_feed(path: Path, data: bytes, *, published, language) -> Iterator[Article | IngestError]:
    import feedparser

    what = binary_kind(data[:8192])
    if what:
        yield IngestError(str(path), None, f"binary file ({what}), not a feed", "binary")
        return
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    version = parsed.get("version") or ""
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo") and not version:
            exc = parsed.get("bozo_exception")
            yield IngestError(str(path), None, f"not an RSS/Atom feed ({exc or 'unreadable XML'})", "unsupported")
        elif not version:
            yield IngestError(str(path), None, "not an RSS/Atom feed (no <rss>, <feed> or <rdf:RDF> root)",
                              "unsupported")
        elif parsed.get("bozo"):
            exc = str(parsed.get("bozo_exception") or "unreadable XML").strip()
            yield IngestError(str(path), None, f"malformed feed, no item could be read ({exc})")
        else:
            yield IngestError(str(path), None, "feed without items", "no-text")
        return
    feed_title = (parsed.feed.get("title") or "").strip() or None
    for i, entry in enumerate(entries, 1):
        where = f"item {i}"
        text = _entry_text(entry)
        title = _entry_title(entry)
        if not text:
            label = f" ({title[:60]!r})" if title else ""
            yield IngestError(str(path), where, f"feed item{label} has no text (neither content nor summary)",
                              "no-text")
            continue
        fields = {"text": text, "title": title, "url": entry.get("link") or None,
                  "source": feed_title, "published": _entry_date(entry),
                  "language": None}
        yield _article(path, where, fields, published=published, language=language)


# ---------------------------------------------------------------- WARC

def _is_html(ctype: str | None) -> bool:
    ctype = (ctype or "").lower()
    return "html" in ctype


_CUT = ": truncated WARC"


def _warc_record(path: Path, n: int, record) -> Iterator[dict | IngestError]:
    """The article fields of one WARC record, an error, or nothing (not an article)."""
    rtype = record.rec_type
    if rtype not in ("response", "resource"):
        return
    uri = record.rec_headers.get_header("WARC-Target-URI") or None
    if rtype == "response":
        if record.http_headers is None:
            return   # a response that is not HTTP (e.g. DNS): not an article
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return   # redirects and errors are not articles
        ctype = record.http_headers.get_header("Content-Type")
    else:
        ctype = record.rec_headers.get_header("Content-Type")
    if not _is_html(ctype):
        return   # images, scripts, feeds, robots.txt ...: not articles
    where = f"record {n}"
    label = f" ({uri})" if uri else ""
    length = record.rec_headers.get_header("Content-Length")
    if length and length.isdigit() and int(length) > MAX_RECORD_BYTES:
        yield IngestError(str(path), where, _too_big(int(length), MAX_RECORD_BYTES, "record") + label,
                          "oversized")
        return
    truncated = record.rec_headers.get_header("WARC-Truncated")
    if truncated:
        yield IngestError(str(path), where, f"record{label} was truncated by the crawler "
                          f"(WARC-Truncated: {truncated}); the article text would be incomplete", "truncated")
        return
    payload = record.content_stream().read(MAX_RECORD_BYTES + 1)
    if len(payload) > MAX_RECORD_BYTES:
        yield IngestError(str(path), where,
                          f"decoded payload exceeds the limit of {MAX_RECORD_BYTES:,} bytes{label}", "oversized")
        return
    if getattr(record.raw_stream, "limit", 0):
        yield IngestError(str(path), where, f"the file ends inside this record{label}{_CUT}", "truncated")
        return
    if not payload.strip():
        yield IngestError(str(path), where, f"record{label} has an empty HTML payload", "empty")
        return
    try:
        fields = html_fields(payload, url=uri, http_charset=charset_of(ctype))
    except InputProblem as e:
        yield IngestError(str(path), where, f"{e}{label}", e.kind)
        return
    if uri and not fields.get("url"):
        fields["url"] = uri
    yield fields


def _gzip_cut(f, offset: int) -> bool:
    """True when the gzip members from ``offset`` to the end of the file are not all complete."""
    import zlib

    f.seek(offset)
    d = zlib.decompressobj(31)
    pending = False
    while True:
        chunk = f.read(1 << 20)
        if not chunk:
            return pending
        while chunk:
            d.decompress(chunk, 1 << 16)
            chunk = d.unconsumed_tail
            pending = True
            if d.eof:
                chunk = d.unused_data + chunk
                d = zlib.decompressobj(31)
                pending = bool(chunk.strip(b"\x00"))
                if not pending:
                    break


def _warc_cut(f, archive, last, gz: bool) -> bool:
    """True when the file ends inside a record (a cut-off download, a truncated copy)."""
    if getattr(last.raw_stream, "limit", 0):
        return True
    if gz:
        return _gzip_cut(f, archive.get_record_offset())
    f.seek(archive.get_record_offset() + archive.get_record_length())
    if f.read(1 << 16).strip():
        return True
    f.seek(0, 2)
    size = f.tell()
    f.seek(max(0, size - 4))
    tail = f.read(4)
    return not (tail == b"\r\n\r\n" or tail.endswith(b"\n\n"))   # a WARC record ends with CRLF CRLF


def read_warc(path: Path, *, published, language) -> Iterator[Article | IngestError]:
    """HTML responses (and HTML resource records) of a WARC file, plain or gzip; other
    records (requests, metadata, redirects, images ...) are not articles and pass silently."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        with path.open("rb") as f:
            head = f.read(64)
    except OSError as e:
        yield IngestError(str(path), None, f"cannot read: {e.strerror or e}", "unreadable")
        return
    gz = head.startswith(b"\x1f\x8b")
    if gz:
        head = _gunzip_head(path) or b""
    if not head:
        yield IngestError(str(path), None, "empty WARC file (no records)", "empty")
        return
    if not (head.startswith(b"WARC/") or head.startswith(b"filedesc://")):
        yield IngestError(str(path), None, "not a WARC file (it does not start with a WARC/ record header)",
                          "unsupported")
        return
    n = 0
    cut_reported = False
    with path.open("rb") as f:
        archive = ArchiveIterator(f, arc2warc=True)
        records = iter(archive)
        while True:
            try:
                record = next(records)
            except StopIteration:
                break
            except ArchiveLoadFailed as e:
                yield IngestError(str(path), f"record {n + 1}",
                                  f"malformed WARC record ({str(e).strip()}); the rest of the file is skipped")
                return
            except Exception as e:   # warcio and zlib fail in many ways on damaged files
                yield IngestError(str(path), f"record {n + 1}", f"unreadable WARC data "
                                  f"({type(e).__name__}: {e}); the rest of the file is skipped")
                return
            n += 1
            try:
                results = list(_warc_record(path, n, record))
            except Exception as e:   # a damaged payload (bad gzip/chunked encoding ...)
                yield IngestError(str(path), f"record {n}", f"unreadable record payload "
                                  f"({type(e).__name__}: {e})")
                continue
            for r in results:
                if isinstance(r, IngestError):
                    cut_reported = r.reason.endswith(_CUT)
                    yield r
                else:
                    yield _article(path, f"record {n}", r, published=published, language=language)
        if n and not cut_reported:
            try:
                cut = _warc_cut(f, archive, record, gz)
            except Exception:   # zlib errors: damaged data after the last record read
                cut = True
            if cut:
                yield IngestError(str(path), f"record {n}" if getattr(record.raw_stream, "limit", 0)
                                  else f"record {n + 1}", f"the file ends inside this record{_CUT}", "truncated")
    if n == 0:
        yield IngestError(str(path), None, "no WARC records could be read")


# ---------------------------------------------------------------- dispatch

def read_file(path: Path, *, published: str | None = None,
              language: str | None = None) -> Iterator[Article | IngestError]:
    """Every article in one file, or an error for each one that cannot be read."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(HEAD_BYTES)
    except OSError as e:
        yield IngestError(str(path), None, f"cannot read: {e.strerror or e}", "unreadable")
        return
    if size == 0:
        yield IngestError(str(path), None, "empty file (0 bytes)", "empty")
        return
    kind = sniff(path, head)
    if kind == "warc":
        yield from read_warc(path, published=published, language=language)
        return
    if kind == "jsonl":
        yield from read_jsonl(path, published=published, language=language)
        return
    if kind == "binary":
        what = binary_kind(head) or "compressed data"
        hint = ("; of compressed files, .warc.gz and .jsonl.gz are read" if head.startswith(b"\x1f\x8b")
                else "")
        yield IngestError(str(path), None, f"binary file ({what}), not text{hint}", "binary")
        return
    limit = MAX_FEED_BYTES if kind == "feed" else MAX_BYTES
    if size > limit:
        label = {"feed": "feed file", "html": "HTML file", "json": "JSON file"}.get(kind, "file")
        yield IngestError(str(path), None, _too_big(size, limit, label), "oversized")
        return
    data = head if size <= len(head) else path.read_bytes()
    if not data.strip():
        yield IngestError(str(path), None, "empty file (only whitespace)", "empty")
        return
    if kind == "html":
        yield from read_html(path, data, published=published, language=language)
    elif kind == "feed":
        yield from read_feed(path, data, published=published, language=language)
    elif kind == "json":
        yield from read_json(path, data, published=published, language=language)
    elif kind == "xml":
        yield IngestError(str(path), None, "XML document that is neither an RSS/Atom feed nor HTML", "unsupported")
    else:
        yield from read_text(path, data, published=published, language=language)
