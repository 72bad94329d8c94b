"""Bad input: every case gives one clear error naming the file (and line/record/item), and
the batch goes on with the next article."""
import gzip
import io
import json

import pytest

from lagebild import ingest
from lagebild.ingest import MAX_BYTES, IngestError, read
from lagebild.ingest import readers

GOOD = ("Die Polizei nahm nach den Ausschreitungen am Samstag 40 Menschen fest, "
        "wie ein Sprecher am Sonntag mitteilte.")
GOOD_EN = "Police arrested 40 people after Saturday's riots, a spokesman said on Sunday."


def run(paths, **kw):
    out = list(read(paths, **kw))
    return ([x for x in out if not isinstance(x, IngestError)],
            [x for x in out if isinstance(x, IngestError)])


def one_error(path, **kw):
    arts, errs = run([path], **kw)
    assert not arts, arts
    assert len(errs) == 1, [str(e) for e in errs]
    e = errs[0]
    assert e.path == str(path) and str(e).startswith(str(path))
    return e


def test_batch_goes_on_after_bad_files(tmp_path):
    (tmp_path / "1-empty.txt").write_bytes(b"")
    (tmp_path / "2-good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "3-binary.bin").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "4-good.txt").write_text(GOOD_EN, encoding="utf-8")
    arts, errs = run([tmp_path, tmp_path / "missing.txt"])
    assert [a.text for a in arts] == [GOOD, GOOD_EN]
    assert [e.path.rsplit("/", 1)[-1] for e in errs] == ["1-empty.txt", "3-binary.bin", "missing.txt"]
    assert "cannot read" in errs[-1].reason


def test_empty_and_whitespace_files(tmp_path):
    for name in ("e.txt", "e.html", "e.jsonl", "e.rss", "e.warc.gz", "e"):
        (tmp_path / name).write_bytes(b"")
        assert "empty" in one_error(tmp_path / name).reason
    (tmp_path / "w.txt").write_text(" \n\t \r\n", encoding="utf-8")
    assert "only whitespace" in one_error(tmp_path / "w.txt").reason
    (tmp_path / "w.jsonl").write_text("\n\n  \n", encoding="utf-8")
    assert "empty" in one_error(tmp_path / "w.jsonl").reason


@pytest.mark.parametrize("name,data,what", [
    ("x.bin", bytes(range(256)) * 8, "NUL bytes"),
    ("bild.png", b"\x89PNG\r\n\x1a\n" + b"\x11\x22\x33" * 50, "PNG"),
    ("bericht.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    ("archiv.zip", b"PK\x03\x04\x14\x00\x00\x00", "ZIP"),
    ("daten.txt.gz", gzip.compress(GOOD.encode()), "gzip"),
    ("seite.html", b"<html>\x00\x00\x00\x01", "NUL bytes"),
    ("feed.rss", b"\x89PNG\r\n\x1a\n" + bytes(30), "PNG"),
    ("steuer.txt", bytes([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x1b, 0x7f]) * 40 + b"abc", "control characters"),
])
def test_binary_files(tmp_path, name, data, what):
    f = tmp_path / name
    f.write_bytes(data)
    e = one_error(f)
    assert "binary" in e.reason and what in e.reason


def test_legacy_encodings_are_detected_and_decoded(tmp_path):
    de = "„Wir fordern Mäßigung“, sagte der Sprecher – die Strafe betrage 500 €. Größere Schäden gab es nicht."
    (tmp_path / "cp1252.txt").write_bytes(de.encode("cp1252"))
    (tmp_path / "latin1.txt").write_bytes("Die Bürger äußerten Ärger über die Maßnahmen in Köln.".encode("latin-1"))
    (tmp_path / "utf16.txt").write_bytes(GOOD.encode("utf-16"))
    (tmp_path / "utf8bom.txt").write_bytes(b"\xef\xbb\xbf" + GOOD_EN.encode())
    (tmp_path / "utf16le-nobom.txt").write_bytes(GOOD.encode("utf-16-le"))
    (tmp_path / "utf16be-nobom.txt").write_bytes(GOOD_EN.encode("utf-16-be"))
    arts, errs = run([tmp_path])
    assert not errs
    assert [a.text for a in arts] == [de, "Die Bürger äußerten Ärger über die Maßnahmen in Köln.", GOOD,
                                      GOOD_EN, GOOD, GOOD_EN]


def test_legacy_encoded_jsonl_line(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_bytes(json.dumps({"text": "Großer Ärger in Düsseldorf über die Maßnahmen."}, ensure_ascii=False)
                  .encode("cp1252") + b"\n")
    arts, errs = run([f])
    assert not errs and arts[0].text == "Großer Ärger in Düsseldorf über die Maßnahmen."


def test_oversized_text_and_html_files(tmp_path):
    chunk = b"Ein Satz, der sich wiederholt, bis die Datei zu gross ist.\n"
    for name in ("gross.txt", "gross.html", "gross"):
        f = tmp_path / name
        f.write_bytes(chunk * (MAX_BYTES // len(chunk) + 1))
        e = one_error(f)
        assert "exceeds the limit of 5,000,000 bytes" in e.reason and e.where is None


def test_oversized_jsonl_line_skipped_next_line_read(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_RECORD_BYTES", 2000)
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"text": GOOD}) + "\n" + json.dumps({"text": "x " * 5000}) + "\n"
                 + json.dumps({"text": GOOD_EN}) + "\n", encoding="utf-8")
    arts, errs = run([f])
    assert [a.text for a in arts] == [GOOD, GOOD_EN]
    assert len(errs) == 1 and errs[0].where == "line 2" and "exceeds the limit of 2,000 bytes" in errs[0].reason


def test_text_over_the_character_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_TEXT_CHARS", 50)
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"text": GOOD}) + "\n", encoding="utf-8")
    arts, errs = run([f])
    assert not arts and errs[0].where == "line 1" and "exceeds the limit of 50" in errs[0].reason


def test_malformed_jsonl_lines(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text("\n".join([
        json.dumps({"text": GOOD}),
        '{"text": "abgeschnitten',
        json.dumps({"title": "kein Text"}),
        json.dumps({"text": 42}),
        json.dumps({"text": " \n "}),
        json.dumps({"text": GOOD_EN, "published": "neulich"}),
        "[1, 2]",
        "",
        "nur Text",
        json.dumps({"text": GOOD_EN, "title": ["a"]}),
        json.dumps({"text": GOOD_EN, "id": "ok-1"}),
    ]) + "\n", encoding="utf-8")
    arts, errs = run([f])
    assert [a.id for a in arts][-1] == "ok-1" and len(arts) == 2
    got = {e.where: e.reason for e in errs}
    assert list(got) == ["line 2", "line 3", "line 4", "line 5", "line 6", "line 7", "line 9", "line 10"]
    assert got["line 2"].startswith("malformed JSON")
    assert got["line 3"] == 'no "text" field'
    assert "must be a string" in got["line 4"]
    assert got["line 5"] == 'empty "text"'
    assert "not a date" in got["line 6"] and "neulich" in got["line 6"]
    assert "not an object" in got["line 7"]
    assert got["line 9"].startswith("malformed JSON")
    assert '"title" must be a string' in got["line 10"]
    assert str(errs[0]) == f"{f}:line 2: {errs[0].reason}"


def test_truncated_html(tmp_path):
    page = ("<!DOCTYPE html><html><head><title>T</title></head><body><article><p>" + GOOD + "</p><p>"
            + GOOD_EN + "</p></article></body></html>")
    cut_in_text = page[: page.index(GOOD_EN) + 20]
    cut_in_tag = page[: page.index("</article>") + 4]
    for name, data in (("a.html", cut_in_text), ("b.html", cut_in_tag), ("c.html", page[:-7] + "<!-- x")):
        (tmp_path / name).write_text(data, encoding="utf-8")
        e = one_error(tmp_path / name)
        assert e.reason.startswith("truncated HTML")
    (tmp_path / "ok.html").write_text(page, encoding="utf-8")
    arts, _ = run([tmp_path / "ok.html"])
    assert arts[0].text == GOOD + "\n\n" + GOOD_EN


def test_html_without_article_text(tmp_path):
    f = tmp_path / "nav.html"
    f.write_text("<html><head><title>Start</title></head><body><nav><a href='/'>Start</a> "
                 "<a href='/a'>Politik</a></nav></body></html>", encoding="utf-8")
    assert "no article text" in one_error(f).reason
    g = tmp_path / "leer.html"
    g.write_text("<html><head><title>Leer</title></head><body></body></html>", encoding="utf-8")
    assert "no article text" in one_error(g).reason


def test_feeds_that_are_not_feeds_or_broken(tmp_path):
    (tmp_path / "conf.xml").write_text('<?xml version="1.0"?><config><a>1</a></config>', encoding="utf-8")
    assert "not an RSS/Atom feed" in one_error(tmp_path / "conf.xml").reason
    (tmp_path / "cut.rss").write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>x', encoding="utf-8")
    assert "malformed feed" in one_error(tmp_path / "cut.rss").reason
    (tmp_path / "none.rss").write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>'
                                       '</channel></rss>', encoding="utf-8")
    assert "without items" in one_error(tmp_path / "none.rss").reason


def test_feed_items_without_text(tmp_path):
    f = tmp_path / "f.atom"
    f.write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>W</title><id>urn:w</id><updated>2024-01-01T00:00:00Z</updated>
<entry><title>Nur Titel</title><id>urn:w:1</id><updated>2024-01-01T00:00:00Z</updated></entry>
<entry><title>Leeres HTML</title><id>urn:w:2</id><updated>2024-01-01T00:00:00Z</updated>
<content type="html">&lt;p&gt; &lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;</content></entry>
<entry><title>Gut</title><id>urn:w:3</id><updated>2024-01-01T00:00:00Z</updated><summary>{GOOD_EN}</summary></entry>
</feed>""", encoding="utf-8")
    arts, errs = run([f])
    assert [a.text for a in arts] == [GOOD_EN]
    assert [(e.where, "no text" in e.reason) for e in errs] == [("item 1", True), ("item 2", True)]
    assert "Nur Titel" in errs[0].reason


def _warc(path, bodies, *, gz=True, truncated_header=None):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    for i, body in enumerate(bodies):
        h = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        extra = {"WARC-Truncated": truncated_header} if truncated_header and i == 1 else None
        rec = w.create_warc_record(f"https://site.example/{i}", "response", payload=io.BytesIO(body),
                                   http_headers=h, warc_headers_dict=extra)
        w.write_record(rec)
    path.write_bytes(buf.getvalue())
    return buf.getvalue()


def _page(text):
    return (f"<html><head><title>T</title></head><body><article><p>{text}</p></article></body></html>").encode()


def test_warc_record_without_text(tmp_path):
    f = tmp_path / "a.warc.gz"
    _warc(f, [_page(GOOD), b"<html><body><nav>Start</nav></body></html>", b"  ", _page(GOOD_EN)])
    arts, errs = run([f])
    assert [a.text for a in arts] == [GOOD, GOOD_EN]
    assert [e.where for e in errs] == ["record 2", "record 3"]
    assert "no article text" in errs[0].reason and "https://site.example/1" in errs[0].reason
    assert "empty HTML payload" in errs[1].reason


def test_warc_record_oversized_and_truncated_by_crawler(tmp_path, monkeypatch):
    f = tmp_path / "a.warc"
    _warc(f, [_page(GOOD), _page(GOOD_EN)], gz=False, truncated_header="length")
    arts, errs = run([f])
    assert len(arts) == 1 and errs[0].where == "record 2" and "WARC-Truncated" in errs[0].reason
    monkeypatch.setattr(readers, "MAX_RECORD_BYTES", 100)
    arts, errs = run([f])
    assert not arts and [e.where for e in errs] == ["record 1", "record 2"]
    assert all("exceeds the limit of 100 bytes" in e.reason for e in errs)


def test_warc_cut_off_and_not_a_warc(tmp_path):
    data = _warc(tmp_path / "full.warc.gz", [_page(GOOD), _page(GOOD_EN), _page(GOOD)])
    f = tmp_path / "cut.warc.gz"
    f.write_bytes(data[: len(data) * 5 // 6])
    arts, errs = run([f])
    assert [a.text for a in arts] == [GOOD, GOOD_EN]
    assert len(errs) == 1 and errs[0].where == "record 3"
    g = tmp_path / "fake.warc"
    g.write_text("kein WARC\n", encoding="utf-8")
    assert "not a WARC file" in one_error(g).reason
    h = tmp_path / "fake.warc.gz"
    h.write_bytes(gzip.compress(b"auch kein WARC\n"))
    assert "not a WARC file" in one_error(h).reason
    k = tmp_path / "broken.warc.gz"
    k.write_bytes(b"\x1f\x8b\x08\x00garbage")
    assert one_error(k).reason


def test_bytes_in_no_known_encoding(tmp_path):
    import random

    rng = random.Random(1)
    f = tmp_path / "kaputt.txt"
    f.write_bytes(bytes(rng.randrange(0x80, 0x100) for _ in range(3000)))
    e = one_error(f)
    assert e.kind == "encoding" and "no known character encoding" in e.reason


def test_every_error_has_a_known_kind(tmp_path):
    from lagebild.ingest import KINDS

    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.bin").write_bytes(b"\x00" * 10)
    (tmp_path / "c.jsonl").write_text("{\n", encoding="utf-8")
    _, errs = run([tmp_path, tmp_path / "fehlt.txt"])
    assert [e.kind for e in errs] == ["empty", "binary", "malformed", "unreadable"]
    assert all(e.kind in KINDS for e in errs)
