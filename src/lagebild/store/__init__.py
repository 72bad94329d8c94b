"""The store: one embedded DuckDB file holding articles, every record layer and the full record.

An article is written inside one transaction (all of its rows, or none; ``put_many``
writes a few articles in one), so a crash in the middle of a batch never leaves half an
article and never loses one already committed; articles not yet committed are simply
extracted again by the next run.
Articles are keyed by their id: storing the same article twice stores it once.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..record import Record

SCHEMA_SQL = """
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, url VARCHAR, source VARCHAR, title VARCHAR, published VARCHAR,
    language VARCHAR, path VARCHAR, text VARCHAR, n_sentences INTEGER, n_tokens INTEGER,
    main_event VARCHAR, stored_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS records (article_id VARCHAR PRIMARY KEY, record JSON);
CREATE TABLE IF NOT EXISTS entities (
    article_id VARCHAR, id VARCHAR, type VARCHAR, name VARCHAR, kind VARCHAR, roles VARCHAR[],
    country VARCHAR, place VARCHAR, n_mentions INTEGER, mentions JSON, PRIMARY KEY (article_id, id)
);
CREATE TABLE IF NOT EXISTS places (
    article_id VARCHAR, id VARCHAR, name VARCHAR, feature VARCHAR, country VARCHAR, admin1 VARCHAR,
    lat DOUBLE, lon DOUBLE, geonames_id BIGINT, precision INTEGER, n_mentions INTEGER, mentions JSON,
    PRIMARY KEY (article_id, id)
);
CREATE TABLE IF NOT EXISTS times (
    article_id VARCHAR, id VARCHAR, text VARCHAR, start_offset INTEGER, end_offset INTEGER,
    type VARCHAR, value VARCHAR, begin_at VARCHAR, end_at VARCHAR, anchored BOOLEAN,
    PRIMARY KEY (article_id, id)
);
CREATE TABLE IF NOT EXISTS figures (
    article_id VARCHAR, id VARCHAR, text VARCHAR, start_offset INTEGER, end_offset INTEGER,
    kind VARCHAR, who VARCHAR, min BIGINT, max BIGINT, qualifier VARCHAR, estimate BIGINT,
    claim VARCHAR, PRIMARY KEY (article_id, id)
);
CREATE TABLE IF NOT EXISTS claims (
    article_id VARCHAR, id VARCHAR, start_offset INTEGER, end_offset INTEGER, mode VARCHAR,
    speaker VARCHAR, speaker_text VARCHAR, cue VARCHAR, channel VARCHAR[], content VARCHAR,
    hedged BOOLEAN, PRIMARY KEY (article_id, id)
);
CREATE TABLE IF NOT EXISTS events (
    article_id VARCHAR, id VARCHAR, type VARCHAR, mode VARCHAR, acled_event_type VARCHAR,
    acled_sub_event_type VARCHAR, trigger VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
    actors JSON, targets JSON, place VARCHAR, time VARCHAR, figures VARCHAR[], claims VARCHAR[],
    certainty VARCHAR, sentence_start INTEGER, sentence_end INTEGER, is_main BOOLEAN,
    PRIMARY KEY (article_id, id)
);
"""

LAYER_TABLES = ("entities", "places", "times", "figures", "claims", "events")


def default_db_path() -> Path:
    """``$LAGEBILD_DB``, else ``$XDG_DATA_HOME/lagebild/lagebild.duckdb`` (~/.local/share/...)."""
    env = os.environ.get("LAGEBILD_DB")
    if env:
        return Path(env)
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "lagebild" / "lagebild.duckdb"


@dataclass
class StoreResult:
    stored: bool        # False: the article was already there
    article_id: str


class Store:
    def __init__(self, path: str | Path | None = None, *, read_only: bool = False):
        import duckdb

        self.path = Path(path) if path else default_db_path()
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        elif not self.path.exists():
            raise FileNotFoundError(f"no database at {self.path}")
        self.con = duckdb.connect(str(self.path), read_only=read_only)
        if not read_only:
            self.con.execute(SCHEMA_SQL)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing -------------------------------------------------------------
    def has(self, article_id: str) -> bool:
        return self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is not None

    def put(self, record: Record) -> StoreResult:
        """Store one record in one transaction; an article already stored is left as it is."""
        return self.put_many([record])[0]

    def put_many(self, records: list[Record]) -> list[StoreResult]:
        """Store several records in one transaction (all or none): the rows of all of them
        go in as one INSERT per table, which costs a fraction of one transaction per
        record (DuckDB's per-statement cost dominates for an article's few dozen rows).
        Records already stored, or repeated in ``records``, are left out and reported with
        ``stored=False``. On an error nothing of the batch is stored and the error is raised:
        callers that must isolate a bad record retry the batch one record at a time."""
        return self.put_rows([record_rows(r) for r in records])

    def put_rows(self, batch: list["RecordRows"]) -> list[StoreResult]:
        """``put_many`` for records already turned into rows (``record_rows``, e.g. in the
        worker process that extracted them, so that the storing process neither parses nor
        serializes a record)."""
        if not batch:
            return []
        ids = [rr.article_id for rr in batch]
        have = self.existing(ids)
        results, new = [], []
        for rr in batch:
            aid = rr.article_id
            results.append(StoreResult(aid not in have, aid))
            if aid not in have:
                have.add(aid)
                new.append(rr)
        if not new:
            return results
        tables: dict[str, list[tuple]] = {"articles": [], "records": [], **{t: [] for t in LAYER_TABLES}}
        for rr in new:
            for table, rows in rr.tables.items():
                tables[table].extend(rows)
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            for table, rows in tables.items():
                _insert_rows(con, table, rows)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return results

    def existing(self, article_ids: list[str]) -> set[str]:
        """Those of ``article_ids`` already stored (one query)."""
        if not article_ids:
            return set()
        return {row[0] for row in self.con.execute(
            "SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [list(article_ids)]).fetchall()}

    def delete(self, article_id: str) -> bool:
        """Remove one article and all of its rows (one transaction); False if absent."""
        if not self.has(article_id):
            return False
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            for table in LAYER_TABLES:
                con.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])
            con.execute("DELETE FROM records WHERE article_id = ?", [article_id])
            con.execute("DELETE FROM articles WHERE id = ?", [article_id])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return True

    # -- reading -------------------------------------------------------------
    def count(self, table: str = "articles") -> int:
        if table not in ("articles", "records", *LAYER_TABLES):
            raise ValueError(f"unknown table {table!r}")
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def resolve_id(self, prefix: str) -> str | None:
        """The article id that equals or uniquely starts with ``prefix``."""
        rows = self.con.execute("SELECT id FROM articles WHERE id = ? OR starts_with(id, ?) LIMIT 2",
                                [prefix, prefix]).fetchall()
        exact = [r[0] for r in rows if r[0] == prefix]
        if exact:
            return exact[0]
        return rows[0][0] if len(rows) == 1 else None

    def get(self, article_id: str) -> Record | None:
        row = self.con.execute("SELECT record FROM records WHERE article_id = ?", [article_id]).fetchone()
        return Record.from_json(row[0]) if row else None

    def records(self) -> Iterator[Record]:
        cur = self.con.execute("SELECT record FROM records ORDER BY article_id")
        while True:
            batch = cur.fetchmany(256)
            if not batch:
                return
            for (rec,) in batch:
                yield Record.from_json(rec)

    def query(self, sql: str, params: list | None = None):
        return self.con.execute(sql, params or [])


def _insert_rows(con, table: str, rows: list[tuple]) -> None:
    """All rows in one statement, passed as one list-of-structs parameter and unnested:
    about four times faster than multi-row ``VALUES`` (DuckDB binds every ``?`` on its
    own) and forty times faster than ``executemany`` (one statement per row)."""
    if not rows:
        return
    cols = _columns(con, table)
    if any(len(row) != len(cols) for row in rows):
        raise ValueError(f"{table}: rows must have {len(cols)} values ({', '.join(n for n, _t in cols)})")
    struct = "STRUCT(" + ", ".join(f'"{name}" {typ}' for name, typ in cols) + ")"
    names = ", ".join(f'"{name}"' for name, _typ in cols)
    con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM "
                f"(SELECT unnest(?::{struct}[], recursive := true))",
                [[dict(zip((name for name, _typ in cols), row)) for row in rows]])


_COLUMN_CACHE: dict[tuple[int, str], list[tuple[str, str]]] = {}


def _columns(con, table: str) -> list[tuple[str, str]]:
    """(name, SQL type) of a table's columns in order (cached per connection)."""
    key = (id(con), table)
    if key not in _COLUMN_CACHE:
        _COLUMN_CACHE[key] = [(name, typ) for name, typ in con.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_name = ? AND column_default IS NULL ORDER BY ordinal_position",
            [table]).fetchall()]
    return _COLUMN_CACHE[key]


def _j(value) -> str:
    return json.dumps(value, ensure_ascii=False)


@dataclass
class RecordRows:
    """One record as the rows of every table (``record_rows``); picklable."""
    article_id: str
    tables: dict[str, list[tuple]]


def record_rows(r: Record) -> RecordRows:
    """The rows one record adds to each table: its article, the full record JSON and its
    layers."""
    a = r.article
    tables = {"articles": [(a.id, a.url, a.source, a.title, a.published, a.language, a.path, a.text,
                            len(r.sentences), len(r.tokens), r.main_event)],
              "records": [(a.id, r.to_json())]}
    tables.update(_layer_rows(r))
    return RecordRows(a.id, tables)


def _layer_rows(r: Record) -> dict[str, list[tuple]]:
    aid = r.article.id
    ments = lambda ms: _j([m.model_dump() for m in ms])  # noqa: E731
    args = lambda xs: _j([x if isinstance(x, str) else x.model_dump() for x in xs])  # noqa: E731
    return {
        "entities": [(aid, e.id, e.type, e.name, e.kind, e.roles, e.country, e.place, len(e.mentions),
                      ments(e.mentions)) for e in r.entities],
        "places": [(aid, p.id, p.name, p.feature, p.country, p.admin1, p.lat, p.lon, p.geonames_id,
                    p.precision, len(p.mentions), ments(p.mentions)) for p in r.places],
        "times": [(aid, t.id, t.text, t.start, t.end, t.type, t.value,
                   t.interval.begin if t.interval else None, t.interval.end if t.interval else None,
                   t.anchored) for t in r.times],
        "figures": [(aid, f.id, f.text, f.start, f.end, f.kind, f.who, f.min, f.max, f.qualifier,
                     f.estimate, f.claim) for f in r.figures],
        "claims": [(aid, c.id, c.start, c.end, c.mode, c.speaker, c.speaker_text, c.cue, c.channel,
                    c.content, c.hedged) for c in r.claims],
        "events": [(aid, v.id, v.type, v.mode, v.acled.event_type if v.acled else None,
                    v.acled.sub_event_type if v.acled else None, v.trigger.text, v.trigger.start,
                    v.trigger.end, args(v.actors), args(v.targets), v.place, v.time, v.figures,
                    v.claims, v.certainty, v.sentence[0], v.sentence[1], v.id == r.main_event)
                   for v in r.events],
    }
