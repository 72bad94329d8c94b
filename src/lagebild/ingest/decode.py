"""Bytes to text: byte-order marks, declared charsets, UTF-8, legacy encodings; binary refused.

``decode(data)`` returns ``(text, encoding)`` or raises ``NotText`` with a reason a person
can act on ("binary file (a PDF document), not text").
"""
from __future__ import annotations

import codecs
import re

from . import InputProblem

SNIFF_BYTES = 8192


class NotText(InputProblem):
    """The bytes are not text in any encoding we can read (kind "binary" or "encoding")."""


_MAGIC: list[tuple[bytes, str]] = [
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (.zip, .docx, .odt, .epub ...)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"BZh91AY&SY", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"(\xb5/\xfd", "zstd-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy MS Office document (.doc, .xls)"),
    (b"PAR1", "a Parquet file"),
    (b"OggS", "an Ogg media file"),
    (b"\x00\x00\x00\x18ftyp", "an MP4 media file"),
    (b"\x00\x00\x00\x20ftyp", "an MP4 media file"),
]

# longest first: the UTF-32 LE mark starts with the UTF-16 LE one
_BOMS: list[tuple[bytes, str]] = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]

# WHATWG: these labels mean windows-1252 on the web, and real "latin-1" text from
# Windows machines uses the 0x80-0x9F range for „“–€
_AS_CP1252 = {"latin-1", "latin1", "iso-8859-1", "iso8859-1", "iso_8859_1", "l1", "ascii",
              "us-ascii", "windows-1252", "cp1252", "iso-8859-15", "latin9"}

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def bom_encoding(data: bytes) -> str | None:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc
    return None


def binary_kind(data: bytes) -> str | None:
    """What binary format ``data`` looks like, or ``None`` when it may be text."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    if bom_encoding(data) in ("utf-16", "utf-32"):
        return None
    if b"\x00" in data:
        return "NUL bytes"
    return None


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _AS_CP1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _legacy(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    results = from_bytes(data)
    best = results.best()
    if best is None:
        raise NotText("not text: no known character encoding fits the bytes", "encoding")
    chosen = best
    # equally good single-byte candidates: prefer windows-1252, the usual legacy
    # encoding of German and English text (cp1250 and cp1252 often tie on such text)
    for r in results:
        if r.encoding == "cp1252" and r.chaos <= best.chaos + 0.01 and r.coherence >= best.coherence - 0.05:
            chosen = r
            break
    return str(chosen), chosen.encoding


def check_text(text: str) -> None:
    """Refuse decoded 'text' that is mostly control characters (binary data)."""
    if not text:
        return
    n = len(_CONTROL.findall(text[:200_000]))
    if n > 2 and n / min(len(text), 200_000) > 0.005:
        raise NotText("binary data (control characters), not text", "binary")


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text without a byte-order mark: Latin-script text then has a NUL in nearly
    every second byte (the high byte of each code unit)."""
    head = data[:SNIFF_BYTES]
    if len(head) < 16 or len(data) % 2:
        return None
    even, odd = head[0::2], head[1::2]
    for zeros, enc in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros.count(0) >= 0.9 * len(zeros) and (even if zeros is odd else odd).count(0) == 0:
            try:
                text = data.decode(enc)
                check_text(text)
                return text, enc
            except (UnicodeDecodeError, NotText):
                return None
    return None


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """``(text, encoding)`` for ``data``; ``declared`` is a charset named by the input itself."""
    bom = bom_encoding(data)
    if bom:
        try:
            return data.decode(bom), bom
        except UnicodeDecodeError as e:
            raise NotText(f"invalid {bom} text after its byte-order mark ({e.reason} at byte {e.start})",
                          "encoding")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return utf16
    what = binary_kind(data[:SNIFF_BYTES])
    if what is None and b"\x00" in data:
        what = "NUL bytes"
    if what:
        raise NotText(f"binary file ({what}), not text", "binary")
    codec = _codec(declared)
    if codec and codec not in ("utf-8", "cp1252"):
        try:
            text = data.decode(codec)
            check_text(text)
            return text, codec
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        text, enc = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text = None
    if text is None and codec == "cp1252":
        try:
            text, enc = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            text = None
    if text is None:
        text, enc = _legacy(data)
    check_text(text)
    return text, enc
