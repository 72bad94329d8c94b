"""Every input format: plain text, HTML, JSONL, JSON, RSS, Atom, WARC; and date precedence."""
import io
import json

import pytest

from lagebild.ingest import IngestError, read
from lagebild.ingest.dates import normalize_date

DE = ("Bei Zusammenstößen in der Hafenstadt sind am Montag mindestens vier Menschen getötet worden. "
      "Die Polizei habe Tränengas eingesetzt, sagte ein Sprecher des Innenministeriums.")
DE2 = ("Mehr als 60 Demonstranten wurden nach Angaben der Behörden festgenommen. "
       "„Wir werden nicht aufgeben“, sagte eine Organisatorin am Abend.")
EN = ("At least 12 people were killed when police opened fire on protesters in the capital on Sunday, "
      "a hospital official said. The government blamed \"foreign agitators\" for the unrest.")

PAGE = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>Vier Tote bei Protesten | Beispielblatt</title>
<meta property="og:site_name" content="Beispielblatt">
<meta property="og:title" content="Vier Tote bei Protesten">
<link rel="canonical" href="https://www.beispielblatt.example/politik/proteste-123.html">
<meta property="article:published_time" content="2023-03-14T09:30:00+01:00">
<script>var tracking = "nicht im Text";</script>
</head><body>
<nav><a href="/">Startseite</a> <a href="/politik">Politik</a> <a href="/sport">Sport</a></nav>
<article><h1>Vier Tote bei Protesten</h1>
<p>{p1}</p>
<h2>Festnahmen</h2>
<p>{p2}</p>
</article>
<footer><p>© Beispielblatt · Impressum · Datenschutz</p></footer>
</body></html>
"""


def items(paths, **kw):
    out = list(read(paths, **kw))
    return [x for x in out if not isinstance(x, IngestError)], [x for x in out if isinstance(x, IngestError)]


def only_article(paths, **kw):
    arts, errs = items(paths, **kw)
    assert not errs, [str(e) for e in errs]
    assert len(arts) == 1
    return arts[0]


# ---------------------------------------------------------------- plain text

def test_plain_text_file(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(DE + "\r\n\r\n" + DE2 + "  \r\n", encoding="utf-8")
    a = only_article([f])
    assert a.text == DE + "\n\n" + DE2
    assert a.published is None and a.title is None and a.url is None
    assert a.path == str(f)
    assert len(a.id) == 16


def test_a_single_path_may_be_given_without_a_list(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(DE, encoding="utf-8")
    assert [a.text for a in read(str(f))] == [DE] == [a.text for a in read(f)]


def test_text_with_unknown_extension_is_read_as_text(tmp_path):
    f = tmp_path / "meldung.md"
    f.write_text(EN + "\n", encoding="utf-8")
    assert only_article([f]).text == EN
    g = tmp_path / "MELDUNG"
    g.write_text(DE, encoding="utf-8")
    assert only_article([g]).text == DE


def test_folder_is_read_recursively_sorted_and_hidden_files_skipped(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(DE2, encoding="utf-8")
    (tmp_path / "1.txt").write_text(DE, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(EN, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(EN, encoding="utf-8")
    arts, errs = items([tmp_path])
    assert not errs
    assert [a.text for a in arts] == [DE, DE2]


def test_same_text_gives_same_id_different_source_different_id(tmp_path):
    (tmp_path / "a.txt").write_text(DE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(DE + "\n", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": DE, "source": "Blatt"}) + "\n", encoding="utf-8")
    arts, _ = items([tmp_path])
    assert arts[0].id == arts[1].id != arts[2].id


# ---------------------------------------------------------------- HTML

def test_html_page_main_text_and_metadata(tmp_path):
    f = tmp_path / "seite.html"
    f.write_text(PAGE.format(p1=DE, p2=DE2), encoding="utf-8")
    a = only_article([f])
    assert a.text == DE + "\n\nFestnahmen\n\n" + DE2
    assert a.title == "Vier Tote bei Protesten"
    assert a.source == "Beispielblatt"
    assert a.published == "2023-03-14"
    assert a.url.startswith("https://www.beispielblatt.example/politik/proteste-123")
    for boilerplate in ("Startseite", "Impressum", "tracking"):
        assert boilerplate not in a.text


NEWS_PAGE = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Unwetter: Mindestens elf Tote | Tagesblatt</title><meta property="og:site_name" content="Tagesblatt">
<script type="application/ld+json">{{"@type":"NewsArticle","datePublished":"2023-06-20T10:05:00+02:00",
"headline":"Unwetter: Mindestens elf Tote"}}</script></head>
<body><div id="cookie-banner"><p>Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten. Mit Klick auf
Akzeptieren stimmen Sie zu.</p><button>Akzeptieren</button></div>
<header><ul class="menu"><li><a href="/">Home</a></li><li><a href="/politik">Politik</a></li></ul></header>
<div class="container"><div class="col-main"><div class="article-header"><span class="kicker">Unwetter</span>
<h1>Mindestens elf Tote</h1><div class="byline">Von Anna Beispiel, 20.06.2023, 10:05 Uhr</div></div>
<div class="share"><a>Teilen</a><a>E-Mail</a></div>
<div class="article-body"><p>{p1}</p><p>{p2}</p><div class="ad">Anzeige</div><p>{p3}</p></div>
<div class="related"><h3>Mehr zum Thema</h3><ul><li><a href="/a">Hochwasser: Pegel steigen weiter an der Donau
und am Rhein</a></li><li><a href="/b">Klimawandel: Warum Starkregen häufiger wird</a></li></ul></div>
<div id="comments"><h3>Kommentare</h3><div class="comment"><p>Schrecklich, mein Beileid an alle Angehörigen,
die jetzt trauern müssen.</p></div></div></div>
<aside><h3>Meistgelesen</h3><ol><li>Bundesliga: Transfergerüchte um den Stürmer des Jahres</li></ol></aside></div>
<footer><p>© 2023 Tagesblatt GmbH · Impressum · Datenschutz · AGB</p></footer></body></html>"""


def test_html_news_page_without_boilerplate(tmp_path):
    paras = ["Bei schweren Unwettern im Süden des Landes sind nach Behördenangaben mindestens elf Menschen "
             "ums Leben gekommen.",
             "Rettungskräfte suchten am Dienstag weiter nach Vermissten, wie ein Sprecher des "
             "Katastrophenschutzes sagte.",
             "„Die Lage ist weiterhin sehr ernst“, sagte der Bürgermeister der besonders betroffenen Kleinstadt."]
    f = tmp_path / "unwetter.html"
    f.write_text(NEWS_PAGE.format(p1=paras[0], p2=paras[1], p3=paras[2]), encoding="utf-8")
    a = only_article([f])
    assert a.text == "\n\n".join(paras)
    assert (a.title, a.source, a.published) == ("Mindestens elf Tote", "Tagesblatt", "2023-06-20")


def test_html_is_sniffed_without_html_extension(tmp_path):
    f = tmp_path / "artikel.php"
    f.write_text(PAGE.format(p1=EN, p2=EN.replace("12", "13")), encoding="utf-8")
    a = only_article([f])
    assert a.text.startswith(EN) and a.source == "Beispielblatt"


def test_html_in_legacy_encoding_declared_in_meta(tmp_path):
    f = tmp_path / "alt.htm"
    page = PAGE.format(p1=DE, p2=DE2).replace('charset="utf-8"', 'charset="iso-8859-1"')
    f.write_bytes(page.encode("cp1252"))
    a = only_article([f])
    assert "Zusammenstößen" in a.text and "„Wir werden nicht aufgeben“" in a.text


# ---------------------------------------------------------------- JSONL and JSON

def test_jsonl_fields(tmp_path):
    f = tmp_path / "a.jsonl"
    rows = [{"id": "x1", "text": DE, "title": "Titel", "url": "https://e.example/1", "source": "Blatt",
             "published": "2023-03-14T08:00:00Z", "extra": "ignored"},
            {"text": EN, "published": "Tue, 14 Mar 2023 08:00:00 +0100"},
            {"id": 7, "text": DE2, "published": "14.03.2023"}]
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n\n\n", encoding="utf-8")
    arts, errs = items([f])
    assert not errs and len(arts) == 3
    a, b, c = arts
    assert (a.id, a.text, a.title, a.url, a.source, a.published) == \
        ("x1", DE, "Titel", "https://e.example/1", "Blatt", "2023-03-14T08:00:00+00:00")
    assert b.published == "2023-03-14T08:00:00+01:00" and b.title is None and b.id != "x1"
    assert c.id == "7" and c.published == "2023-03-14"


def test_ndjson_extension_and_sniffed_jsonl(tmp_path):
    (tmp_path / "a.ndjson").write_text(json.dumps({"text": DE}) + "\n", encoding="utf-8")
    (tmp_path / "b.dump").write_text(json.dumps({"text": EN}) + "\n" + json.dumps({"text": DE2}) + "\n",
                                     encoding="utf-8")
    arts, errs = items([tmp_path])
    assert not errs and [a.text for a in arts] == [DE, EN, DE2]


def test_gzip_compressed_jsonl(tmp_path):
    import gzip

    data = (json.dumps({"text": DE}) + "\n" + json.dumps({"text": EN}) + "\n").encode()
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(data))
    arts, errs = items([tmp_path])
    assert not errs and [a.text for a in arts] == [DE, EN]
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(data)[:-12])   # cut off
    arts, errs = items([tmp_path])
    assert len(errs) == 1 and errs[0].kind == "truncated"


def test_json_file_object_and_array(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps({"text": DE, "title": "T"}), encoding="utf-8")
    (tmp_path / "many.json").write_text(json.dumps([{"text": EN}, {"title": "ohne Text"}]), encoding="utf-8")
    arts, errs = items([tmp_path])
    assert [a.text for a in arts] == [EN, DE]
    assert len(errs) == 1 and errs[0].where == "item 2" and "text" in errs[0].reason


# ---------------------------------------------------------------- feeds

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Beispielblatt – Politik</title><link>https://www.beispielblatt.example/</link>
<description>Nachrichten</description>
<item><title>Vier Tote</title><link>https://www.beispielblatt.example/1</link>
<pubDate>Tue, 14 Mar 2023 09:30:00 +0100</pubDate>
<description>Kurzer Anriss.</description>
<content:encoded><![CDATA[<p>{p1}</p><p>{p2}<br/>Zweite Zeile.</p><script>x()</script>]]></content:encoded></item>
<item><title>Nur Zusammenfassung</title><link>https://www.beispielblatt.example/2</link>
<description>&lt;p&gt;{en}&lt;/p&gt;</description></item>
<item><title>Leer</title><link>https://www.beispielblatt.example/3</link><description></description></item>
</channel></rss>
"""


def test_rss_content_summary_link_date_source_and_item_without_text(tmp_path):
    f = tmp_path / "feed.rss"
    f.write_text(RSS.format(p1=DE, p2=DE2, en=EN), encoding="utf-8")
    arts, errs = items([f])
    assert len(arts) == 2
    a, b = arts
    assert a.text == DE + "\n\n" + DE2 + "\nZweite Zeile."
    assert a.title == "Vier Tote" and a.url == "https://www.beispielblatt.example/1"
    assert a.published == "2023-03-14T09:30:00+01:00"
    assert a.source == "Beispielblatt – Politik"
    assert b.text == EN and b.published is None
    assert len(errs) == 1
    assert errs[0].where == "item 3" and "no text" in errs[0].reason and str(f) in str(errs[0])


def test_atom_feed_sniffed_from_xml(tmp_path):
    f = tmp_path / "feed.xml"
    f.write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Wire</title><id>urn:x</id>
<updated>2024-02-27T10:00:00Z</updated>
<entry><title>Clashes</title><link href="https://wire.example/1"/><id>urn:x:1</id>
<published>2024-02-26T18:05:00-04:00</published><updated>2024-02-26T19:00:00-04:00</updated>
<content type="html">&lt;p&gt;{EN}&lt;/p&gt;</content></entry></feed>""", encoding="utf-8")
    a = only_article([f])
    assert (a.text, a.title, a.url, a.source, a.published) == \
        (EN, "Clashes", "https://wire.example/1", "Example Wire", "2024-02-26T18:05:00-04:00")


# ---------------------------------------------------------------- WARC

def write_warc(path, records, gz=True):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=gz)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "test"}))
        for uri, body, ctype, status, rtype in records:
            if rtype == "resource":
                w.write_record(w.create_warc_record(uri, "resource", payload=io.BytesIO(body),
                                                    warc_content_type=ctype))
                continue
            req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "x.example")], is_http_request=True)
            w.write_record(w.create_warc_record(uri, "request", http_headers=req))
            h = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=h))


@pytest.mark.parametrize("name,gz", [("cc.warc.gz", True), ("plain.warc", False)])
def test_warc_html_responses_through_the_html_path(tmp_path, name, gz):
    f = tmp_path / name
    nocanon = PAGE.format(p1=EN, p2=EN.replace("Sunday", "Monday")).replace(
        '<link rel="canonical" href="https://www.beispielblatt.example/politik/proteste-123.html">', "")
    write_warc(f, [
        ("https://www.beispielblatt.example/a", PAGE.format(p1=DE, p2=DE2).encode(), "text/html; charset=utf-8", "200 OK", "response"),
        ("https://www.beispielblatt.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(20), "image/png", "200 OK", "response"),
        ("https://www.beispielblatt.example/alt", b"", "text/html", "301 Moved Permanently", "response"),
        ("https://news.example/en/b", nocanon.encode("cp1252"), "text/html; charset=windows-1252", "200 OK", "response"),
        ("https://news.example/res", PAGE.format(p1=DE2, p2=DE).encode(), "text/html", None, "resource"),
    ], gz=gz)
    arts, errs = items([f])
    assert not errs, [str(e) for e in errs]
    assert len(arts) == 3
    a, b, c = arts
    assert a.text == DE + "\n\nFestnahmen\n\n" + DE2 and a.source == "Beispielblatt"
    assert a.published == "2023-03-14" and a.title == "Vier Tote bei Protesten"
    assert b.url == "https://news.example/en/b"   # no canonical link: the WARC-Target-URI
    assert b.text.startswith(EN)
    assert c.text.startswith(DE2)


# ---------------------------------------------------------------- publication date precedence

def test_published_argument_wins_over_metadata(tmp_path):
    (tmp_path / "a.html").write_text(PAGE.format(p1=DE, p2=DE2), encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": EN, "published": "2020-01-01"}) + "\n", encoding="utf-8")
    (tmp_path / "c.rss").write_text(RSS.format(p1=DE, p2=DE2, en=EN), encoding="utf-8")
    (tmp_path / "d.txt").write_text(DE2, encoding="utf-8")
    arts, _ = items([tmp_path], published="2022-01-06")
    assert len(arts) == 5 and {a.published for a in arts} == {"2022-01-06"}
    arts, _ = items([tmp_path])
    assert [a.published for a in arts] == ["2023-03-14", "2020-01-01", "2023-03-14T09:30:00+01:00", None, None]


def test_published_argument_makes_a_bad_metadata_date_irrelevant(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"text": EN, "published": "kürzlich"}) + "\n", encoding="utf-8")
    _, errs = items([f])
    assert errs and errs[0].kind == "date"
    assert only_article([f], published="2024-02-27").published == "2024-02-27"


def test_jsonl_language_codes(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text("\n".join(json.dumps({"text": EN, "language": code}) for code in ("EN", "de-AT", "English"))
                 + "\n", encoding="utf-8")
    assert [a.language for a in items([f])[0]] == ["en", "de", ""]


def test_published_argument_is_normalized_and_checked_at_once(tmp_path):
    (tmp_path / "d.txt").write_text(DE2, encoding="utf-8")
    assert only_article([tmp_path], published="2022-01-06T14:30:00Z").published == "2022-01-06T14:30:00+00:00"
    assert only_article([tmp_path], published="6. Januar 2022").published == "2022-01-06"
    with pytest.raises(ValueError, match="not a date"):
        read([tmp_path], published="letzte Woche")


def test_language_argument_is_passed_on(tmp_path):
    (tmp_path / "d.txt").write_text(DE2, encoding="utf-8")
    (tmp_path / "e.jsonl").write_text(json.dumps({"text": EN, "language": "en"}) + "\n", encoding="utf-8")
    assert [a.language for a in items([tmp_path])[0]] == ["", "en"]
    assert [a.language for a in items([tmp_path], language="de")[0]] == ["de", "de"]


@pytest.mark.parametrize("value,expected", [
    ("2022-01-06", "2022-01-06"),
    ("20220106", "2022-01-06"),
    ("2022-01-06T10:15:00", "2022-01-06T10:15:00"),
    ("2022-01-06 10:15", "2022-01-06T10:15:00"),
    ("2022-01-06T10:15:00.123+01:00", "2022-01-06T10:15:00+01:00"),
    ("Thu, 06 Jan 2022 10:15:00 GMT", "2022-01-06T10:15:00+00:00"),
    ("06 Jan 2022", "2022-01-06"),
    ("06.01.2022", "2022-01-06"),
    ("2022/01/06", "2022-01-06"),
    ("6. Januar 2022", "2022-01-06"),
    ("January 6, 2022", "2022-01-06"),
    ("2022-02-30", None),
    ("gestern", None),
    ("yesterday at noon", None),
    ("6. Januar", None),
    ("", None),
    (None, None),
    (20220106, None),
])
def test_normalize_date(value, expected):
    assert normalize_date(value) == expected
