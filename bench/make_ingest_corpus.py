"""Write an ingestion test corpus: every input format, 1,000 JSONL articles, and bad input.

    python bench/make_ingest_corpus.py DIR [--jsonl 1000] [--feed-items 20] [--warc-pages 20]

The generated articles are derived from the bundled example articles: their sentences,
recombined (a seeded random choice per article, so the corpus is the same every run),
each labelled as generated in its ``source``. Nothing here is a real news report.

DIR/
  examples/           the bundled example articles (.txt)
  html/               two HTML pages (UTF-8, and windows-1252 declared in <meta>)
  articles.jsonl      N articles, one a line, distinct ids "gen-00001" ...
  feed.rss            an RSS 2.0 feed (items with content:encoded, others with description only)
  feed.atom           an Atom feed
  pages.warc.gz       a WARC file: warcinfo, request/response pairs for HTML pages, and
                      responses that are not articles (a redirect, an image, robots.txt)
  bad-input/          one file per bad-input case (some hold good articles beside the bad part)
  .manifest.json      (hidden, so ingesting DIR skips it) what a reader must find: the number of articles and every error
                      (file, line/record/item, case)
"""
from __future__ import annotations

import argparse
import gzip
import html as htmlmod
import io
import json
import random
import re
import shutil
import sys
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from lagebild import examples  # noqa: E402
from lagebild.ingest import MAX_BYTES  # noqa: E402

GEN_SOURCE = "lagebild generated test corpus (sentences recombined from the bundled examples)"
SITE_NAME = "lagebild generated site"
FEED_TITLE = "lagebild generated feed (sentences recombined from the bundled examples)"

_SPLIT = re.compile(r"(?<=[^\d\s][.!?])([\"“”»«’']?)\s+(?=[\"„“»«A-ZÄÖÜ])")


def _open_quote(s: str) -> bool:
    """True while a quotation opened in ``s`` is not closed yet."""
    if s.count('"') % 2:
        return True
    if "„" in s:
        return s.count("„") > s.count("“")
    return s.count("“") > s.count("”")


def sentences(text: str) -> list[str]:
    """Sentences of a plain-text article (headings, i.e. lines without end punctuation, dropped;
    no split inside a quotation or after an ordinal number such as "24.")."""
    out = []
    for para in text.split("\n\n"):
        para = " ".join(para.split())
        if not para or not re.search(r"[.!?][\"“”»«’']?$", para):
            continue
        pieces = _SPLIT.split(para)
        # re.split keeps the captured closing quote as its own piece: glue it back
        sents, cur = [], ""
        for i, p in enumerate(pieces):
            if i % 2 == 0:
                cur = p
            else:
                sents.append(cur + p)
                cur = ""
        if cur:
            sents.append(cur)
        merged: list[str] = []
        for sent in sents:
            if merged and _open_quote(merged[-1]):
                merged[-1] += " " + sent
            else:
                merged.append(sent)
        out.extend(merged)
    return [s.strip() for s in out if len(s.strip()) > 20]


class Generator:
    """Distinct articles made of example sentences, in German and English."""

    def __init__(self, seed: int = 20240227):
        self.rng = random.Random(seed)
        self.pool: dict[str, list[str]] = {}
        for art in examples.load():
            self.pool.setdefault(art.language, []).extend(sentences(art.text))
        self.seen: set[str] = set()

    def article(self, lang: str | None = None) -> tuple[str, list[str]]:
        rng = self.rng
        while True:
            lang_ = lang or ("de" if rng.random() < 0.6 else "en")
            pool = self.pool[lang_]
            k = rng.randint(3, min(9, len(pool)))
            chosen = rng.sample(pool, k)
            paras, i = [], 0
            while i < len(chosen):
                n = rng.randint(1, 3)
                paras.append(" ".join(chosen[i:i + n]))
                i += n
            text = "\n\n".join(paras)
            if text not in self.seen:
                self.seen.add(text)
                return lang_, paras

    def when(self) -> datetime:
        start = datetime(2021, 1, 1, 6, 0, tzinfo=timezone(timedelta(hours=1)))
        return start + timedelta(minutes=self.rng.randint(0, 4 * 365 * 24 * 60))


def page_html(title: str, paras: list[str], *, url: str, published: str | None,
              site: str = SITE_NAME, charset: str = "utf-8", lang: str = "de") -> str:
    esc = htmlmod.escape
    meta_date = f'<meta property="article:published_time" content="{published}">' if published else ""
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="{charset}">
<title>{esc(title)} | {esc(site)}</title>
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="{esc(site)}">
<meta property="og:url" content="{url}">
<link rel="canonical" href="{url}">
{meta_date}
<script>window.dataLayer = [];</script>
</head>
<body>
<header><nav><a href="/">Start</a> <a href="/politik">Politik</a> <a href="/welt">Welt</a></nav></header>
<main>
<article>
<h1>{esc(title)}</h1>
{body}
</article>
</main>
<footer><p>Generated page for testing lagebild. Impressum · Datenschutz</p></footer>
</body>
</html>
"""


def _title(lang: str, i: int) -> str:
    return f"Generierter Testartikel {i}" if lang == "de" else f"Generated test article {i}"


def write_jsonl(path: Path, gen: Generator, n: int) -> int:
    with path.open("w", encoding="utf-8") as f:
        for i in range(1, n + 1):
            lang, paras = gen.article()
            rec = {"id": f"gen-{i:05d}", "text": "\n\n".join(paras), "source": GEN_SOURCE}
            if i % 2:
                rec["title"] = _title(lang, i)
            if i % 3:
                rec["url"] = f"https://generated.example.org/{lang}/{i:05d}"
            dt = gen.when()
            if i % 5 == 1:
                rec["published"] = dt.date().isoformat()
            elif i % 5 != 0:   # every fifth line has no date
                rec["published"] = dt.isoformat(timespec="seconds")
            if i % 7 == 0:
                rec["generated_by"] = "bench/make_ingest_corpus.py"   # unknown fields are ignored
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        f.write("\n")   # a trailing blank line is not an article and not an error
    return n


def feed_rss(items: list[dict], title: str = FEED_TITLE) -> str:
    esc = htmlmod.escape
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
           "<channel>", f"<title>{esc(title)}</title>",
           "<link>https://generated.example.org/</link>",
           "<description>Generated items for testing lagebild</description>"]
    for it in items:
        out.append("<item>")
        if it.get("title"):
            out.append(f"<title>{esc(it['title'])}</title>")
        if it.get("link"):
            out.append(f"<link>{esc(it['link'])}</link><guid>{esc(it['link'])}</guid>")
        if it.get("date"):
            out.append(f"<pubDate>{it['date']}</pubDate>")
        if it.get("content") is not None:
            out.append(f"<content:encoded><![CDATA[{it['content']}]]></content:encoded>")
        if it.get("description") is not None:
            out.append(f"<description>{esc(it['description'])}</description>")
        out.append("</item>")
    out += ["</channel>", "</rss>", ""]
    return "\n".join(out)


def write_rss(path: Path, gen: Generator, n: int) -> int:
    items = []
    for i in range(1, n + 1):
        lang, paras = gen.article()
        it = {"title": _title(lang, 10_000 + i), "link": f"https://generated.example.org/feed/{i}",
              "date": format_datetime(gen.when())}
        if i % 2:
            it["content"] = "".join(f"<p>{htmlmod.escape(p)}</p>" for p in paras)
            it["description"] = paras[0][:80]   # a teaser: the content wins
        else:
            it["description"] = "<p>" + "</p><p>".join(htmlmod.escape(p) for p in paras) + "</p>"
        items.append(it)
    path.write_text(feed_rss(items), encoding="utf-8")
    return n


def write_atom(path: Path, gen: Generator, n: int) -> int:
    esc = htmlmod.escape
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">',
           f"<title>{esc(FEED_TITLE)} (Atom)</title>", "<id>urn:lagebild:generated-atom</id>",
           "<updated>2024-03-01T12:00:00Z</updated>"]
    for i in range(1, n + 1):
        lang, paras = gen.article()
        dt = gen.when().isoformat(timespec="seconds")
        body = esc("".join(f"<p>{htmlmod.escape(p)}</p>" for p in paras))
        out += ["<entry>", f"<title>{esc(_title(lang, 20_000 + i))}</title>",
                f'<link href="https://generated.example.org/atom/{i}"/>',
                f"<id>urn:lagebild:generated-atom:{i}</id>", f"<published>{dt}</published>",
                f"<updated>{dt}</updated>", f'<content type="html">{body}</content>', "</entry>"]
    out += ["</feed>", ""]
    path.write_text("\n".join(out), encoding="utf-8")
    return n


def _warc_writer(f):
    from warcio.warcwriter import WARCWriter

    return WARCWriter(f, gzip=True)


def _response(writer, uri: str, body: bytes, ctype: str, status: str = "200 OK", extra=()):
    from warcio.statusandheaders import StatusAndHeaders

    headers = StatusAndHeaders(status, [("Content-Type", ctype), ("Content-Length", str(len(body))),
                                        *extra], protocol="HTTP/1.1")
    rec = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers)
    writer.write_record(rec)


def _request(writer, uri: str):
    from warcio.statusandheaders import StatusAndHeaders

    path = "/" + uri.split("/", 3)[3] if uri.count("/") >= 3 else "/"
    headers = StatusAndHeaders(f"GET {path} HTTP/1.1", [("Host", uri.split("/")[2]),
                                                         ("User-Agent", "lagebild-corpus")],
                               is_http_request=True)
    writer.write_record(writer.create_warc_record(uri, "request", http_headers=headers))


def write_warc(path: Path, gen: Generator, n: int) -> tuple[int, int]:
    """n HTML article pages plus non-article records; returns (articles, records)."""
    with path.open("wb") as f:
        w = _warc_writer(f)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "lagebild bench/make_ingest_corpus.py",
                                                           "description": "generated pages for testing"}))
        records = 1
        for i in range(1, n + 1):
            lang, paras = gen.article()
            uri = f"https://generated.example.org/warc/{lang}/{i}.html"
            dt = gen.when().isoformat(timespec="seconds")
            if i == 2:   # one page in a legacy encoding, declared only in the HTTP header
                body = page_html(_title(lang, 30_000 + i), paras, url=uri, published=dt,
                                 charset="windows-1252", lang=lang)
                _request(w, uri)
                _response(w, uri, body.encode("cp1252", "replace"), "text/html; charset=windows-1252")
            else:
                body = page_html(_title(lang, 30_000 + i), paras, url=uri, published=dt, lang=lang)
                _request(w, uri)
                _response(w, uri, body.encode("utf-8"), "text/html; charset=utf-8")
            records += 2
        # not articles, skipped without an error
        _response(w, "https://generated.example.org/old", b"", "text/html", "301 Moved Permanently",
                  extra=[("Location", "https://generated.example.org/new")])
        _response(w, "https://generated.example.org/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png")
        _response(w, "https://generated.example.org/robots.txt", b"User-agent: *\nDisallow:\n", "text/plain")
        _response(w, "https://generated.example.org/missing", b"<html><body><p>Not found</p></body></html>",
                  "text/html", "404 Not Found")
        records += 4
    return n, records


# ---------------------------------------------------------------- bad input

def write_bad_input(d: Path, gen: Generator) -> tuple[int, list[dict]]:
    """One file per bad-input case; returns (good articles inside them, expected errors)."""
    d.mkdir(parents=True, exist_ok=True)
    errors: list[dict] = []
    good = 0

    def err(name, where, case):
        errors.append({"file": f"{d.name}/{name}", "where": where, "case": case})

    (d / "empty.txt").write_bytes(b"")
    err("empty.txt", None, "empty file")
    (d / "blank.txt").write_text(" \n\t\n  \n", encoding="utf-8")
    err("blank.txt", None, "whitespace only")
    rng = random.Random(7)
    (d / "random.bin").write_bytes(bytes(rng.randrange(256) for _ in range(4096)) + b"\x00")
    err("random.bin", None, "binary file (NUL bytes)")
    (d / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(2048)))
    err("picture.png", None, "binary file (PNG)")
    (d / "report.pdf.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    err("report.pdf.txt", None, "binary file (PDF) behind a .txt name")
    # oversized: one byte over the limit for plain text
    line = "Dies ist eine sehr lange Datei, die größer ist als die Grenze für Textdateien.\n".encode("utf-8")
    with (d / "oversized.txt").open("wb") as f:
        written = 0
        while written <= MAX_BYTES:
            f.write(line)
            written += len(line)
    err("oversized.txt", None, "oversized file")
    # legacy encodings: decoded, so these are good articles
    lang, paras = gen.article("de")
    legacy = "„Wir fordern Mäßigung“, sagte der Sprecher – so die Agentur. " + "\n\n".join(paras)
    (d / "legacy-cp1252.txt").write_bytes(legacy.encode("cp1252", "replace"))
    good += 1
    lang, paras = gen.article("en")
    (d / "utf16-bom.txt").write_bytes("\n\n".join(paras).encode("utf-16"))
    good += 1
    lang, paras = gen.article("de")
    uri = "https://generated.example.org/legacy-meta.html"
    (d / "legacy-meta-charset.html").write_bytes(
        page_html("Umlaute in windows-1252: Größe, Maß, Bürger", paras, url=uri, published="2023-05-04",
                  charset="windows-1252").encode("cp1252", "replace"))
    good += 1
    # truncated HTML: cut in the middle of the article
    lang, paras = gen.article("de")
    page = page_html(_title(lang, 40_001), paras, url="https://generated.example.org/cut.html", published=None)
    cut = page.index("<article>") + (page.index("</article>") - page.index("<article>")) // 2
    (d / "truncated.html").write_text(page[:cut], encoding="utf-8")
    err("truncated.html", None, "truncated HTML")
    (d / "no-text.html").write_text("<!DOCTYPE html><html><head><title>Nur Navigation</title></head>"
                                    "<body><nav><a href='/'>Start</a></nav></body></html>", encoding="utf-8")
    err("no-text.html", None, "HTML without article text")
    # malformed JSONL lines: the good lines go on
    lines = []
    _, p1 = gen.article("de")
    lines.append(json.dumps({"id": "bad-1", "text": "\n\n".join(p1), "source": GEN_SOURCE}, ensure_ascii=False))
    lines.append('{"id": "bad-2", "text": "Ein Satz ohne Ende')                      # line 2: broken JSON
    lines.append(json.dumps({"id": "bad-3", "title": "Nur ein Titel"}))            # line 3: no text
    lines.append(json.dumps({"id": "bad-4", "text": ["kein", "String"]}))          # line 4: text not a string
    lines.append(json.dumps({"id": "bad-5", "text": "   "}))                        # line 5: empty text
    lines.append(json.dumps({"id": "bad-6", "text": "Ein Satz.", "published": "irgendwann"}))  # line 6
    lines.append('["eine", "Liste"]')                                               # line 7: not an object
    _, p2 = gen.article("en")
    lines.append(json.dumps({"id": "bad-8", "text": "\n\n".join(p2), "source": GEN_SOURCE,
                             "published": "2022-03-01"}, ensure_ascii=False))
    (d / "malformed-lines.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    good += 2
    for n, case in [(2, "malformed JSON"), (3, "no text field"), (4, "text not a string"),
                    (5, "empty text"), (6, "unreadable published date"), (7, "not a JSON object")]:
        err("malformed-lines.jsonl", f"line {n}", case)
    # feed with an item without text
    _, p3 = gen.article("de")
    items = [{"title": "Meldung mit Text", "link": "https://generated.example.org/f/1",
              "date": "Tue, 17 Oct 2023 08:15:00 +0200",
              "content": "".join(f"<p>{htmlmod.escape(p)}</p>" for p in p3)},
             {"title": "Meldung ohne Text", "link": "https://generated.example.org/f/2",
              "date": "Tue, 17 Oct 2023 09:00:00 +0200"}]
    (d / "item-without-text.rss").write_text(feed_rss(items, "Generated feed with an empty item"),
                                             encoding="utf-8")
    good += 1
    err("item-without-text.rss", "item 2", "feed item without text")
    (d / "not-a-feed.xml").write_text('<?xml version="1.0"?><config><option name="a">1</option></config>\n',
                                      encoding="utf-8")
    err("not-a-feed.xml", None, "XML that is not a feed")
    (d / "broken-feed.rss").write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Kaputt',
                                       encoding="utf-8")
    err("broken-feed.rss", None, "malformed feed without items")
    # WARC with an HTML record without text (record 3; record 1 is warcinfo, 2 the good page)
    with (d / "record-without-text.warc.gz").open("wb") as f:
        w = _warc_writer(f)
        w.write_record(w.create_warcinfo_record("record-without-text.warc.gz", {"software": "lagebild"}))
        _, p4 = gen.article("en")
        uri = "https://generated.example.org/w/good.html"
        _response(w, uri, page_html("Good page", p4, url=uri, published="2024-01-05", lang="en").encode(),
                  "text/html; charset=utf-8")
        _response(w, "https://generated.example.org/w/empty.html",
                  b"<!DOCTYPE html><html><head><title>Leer</title></head><body><nav>Start</nav></body></html>",
                  "text/html; charset=utf-8")
    good += 1
    err("record-without-text.warc.gz", "record 3", "WARC record without text")
    # WARC cut off in the middle of its second page record (gzip stream ends early)
    buf = io.BytesIO()
    w = _warc_writer(buf)
    _, p5 = gen.article("de")
    uri = "https://generated.example.org/w/first.html"
    _response(w, uri, page_html("Erste Seite", p5, url=uri, published="2024-01-06").encode(),
              "text/html; charset=utf-8")
    first_end = buf.tell()
    _, p6 = gen.article("de")
    uri = "https://generated.example.org/w/second.html"
    _response(w, uri, page_html("Zweite Seite", p6, url=uri, published="2024-01-06").encode(),
              "text/html; charset=utf-8")
    data = buf.getvalue()
    (d / "truncated.warc.gz").write_bytes(data[:first_end + (len(data) - first_end) // 2])
    good += 1
    err("truncated.warc.gz", "record 2", "truncated WARC")
    (d / "not-a-warc.warc").write_text("This file only claims to be a WARC file.\n", encoding="utf-8")
    err("not-a-warc.warc", None, "not a WARC file")
    return good, errors


def make_corpus(out: Path, *, n_jsonl: int = 1000, n_feed: int = 20, n_warc: int = 20,
                n_atom: int = 5) -> dict:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    gen = Generator()
    counts: dict[str, int] = {}
    ex = out / "examples"
    ex.mkdir(exist_ok=True)
    for p in examples.paths():
        shutil.copyfile(p, ex / p.name)
    counts["examples"] = len(examples.paths())
    h = out / "html"
    h.mkdir(exist_ok=True)
    lang, paras = gen.article("de")
    (h / "seite-utf8.html").write_text(
        page_html(_title(lang, 50_001), paras, url="https://generated.example.org/html/1",
                  published="2023-10-17T09:30:00+02:00"), encoding="utf-8")
    lang, paras = gen.article("en")
    (h / "page-cp1252.html").write_bytes(
        page_html("Generated page: “quotes” – dashes", paras, url="https://generated.example.org/html/2",
                  published="2024-02-27", charset="windows-1252", lang="en").encode("cp1252", "replace"))
    counts["html"] = 2
    counts["jsonl"] = write_jsonl(out / "articles.jsonl", gen, n_jsonl)
    counts["rss"] = write_rss(out / "feed.rss", gen, n_feed)
    counts["atom"] = write_atom(out / "feed.atom", gen, n_atom)
    counts["warc"], warc_records = write_warc(out / "pages.warc.gz", gen, n_warc)
    counts["bad-input (good parts)"], errors = write_bad_input(out / "bad-input", gen)
    manifest = {
        "about": "Generated by bench/make_ingest_corpus.py: texts are sentences recombined from the "
                 "bundled example articles; not real news.",
        "articles": sum(counts.values()),
        "articles_by_part": counts,
        "warc_records": warc_records,
        "errors": errors,
    }
    (out / ".manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n",
                                       encoding="utf-8")
    return manifest


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", type=Path)
    ap.add_argument("--jsonl", type=int, default=1000, help="JSONL articles (default 1000)")
    ap.add_argument("--feed-items", type=int, default=20)
    ap.add_argument("--warc-pages", type=int, default=20)
    args = ap.parse_args(argv)
    m = make_corpus(args.dir, n_jsonl=args.jsonl, n_feed=args.feed_items, n_warc=args.warc_pages)
    print(f"wrote {args.dir}: {m['articles']} good articles expected "
          f"({', '.join(f'{k} {v}' for k, v in m['articles_by_part'].items())}), "
          f"{len(m['errors'])} errors expected")
    return 0


if __name__ == "__main__":
    sys.exit(main())
