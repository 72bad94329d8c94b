"""The DuckDB store, on a real database file."""
import subprocess
import sys

import pytest

from lagebild.ingest import make_article
from lagebild.pipeline import extract
from lagebild.store import Store

EN = ("Police in Lyon detained 40 protesters on Saturday after a march against pension cuts turned "
      "violent, the prefecture said. \"The situation is under control,\" a spokesman told AFP.")


@pytest.fixture(scope="module")
def records(seed_text):
    return [extract(make_article(seed_text, published="2022-01-06")), extract(make_article(EN, published="2023-03-12"))]


def test_put_is_idempotent_and_round_trips(tmp_path, records):
    db = tmp_path / "x.duckdb"
    with Store(db) as s:
        assert [s.put(r).stored for r in records] == [True, True]
        assert [s.put(r).stored for r in records] == [False, False]
        assert s.count() == 2
        back = s.get(records[0].article.id)
        assert back.to_dict() == records[0].to_dict()
        assert s.resolve_id(records[1].article.id[:6]) == records[1].article.id
    with Store(db) as s:  # reopened from the file
        assert s.count("records") == 2
        langs = dict(s.query("SELECT id, language FROM articles").fetchall())
        assert langs == {records[0].article.id: "de", records[1].article.id: "en"}


def test_delete_removes_every_row_of_one_article(tmp_path, records):
    with Store(tmp_path / "d.duckdb") as s:
        for r in records:
            s.put(r)
        gone = records[0].article.id
        n_events = s.count("events")
        assert s.delete(gone) is True
        assert s.delete(gone) is False
        assert s.get(gone) is None and s.count() == 1
        for table in ("entities", "places", "times", "figures", "claims", "events"):
            assert s.query(f"SELECT count(*) FROM {table} WHERE article_id = ?", [gone]).fetchone()[0] == 0
        assert s.count("events") == n_events - len(records[0].events) > 0
        assert s.put(records[0]).stored  # stored anew


def test_failed_write_leaves_no_half_article(tmp_path, records, monkeypatch):
    import lagebild.store as store_mod

    real = store_mod._layer_rows

    def broken(rec):
        rows = real(rec)
        rows["times"] = [("too", "few", "columns")]  # the database rejects this insert
        return rows

    with Store(tmp_path / "x.duckdb") as s:
        s.put(records[0])
        monkeypatch.setattr(store_mod, "_layer_rows", broken)
        with pytest.raises(Exception):
            s.put(records[1])
        monkeypatch.setattr(store_mod, "_layer_rows", real)
        assert s.count() == 1
        assert s.count("records") == 1
        assert not s.has(records[1].article.id)
        assert s.put(records[1]).stored  # and the article can be stored afterwards


def test_crash_mid_batch_keeps_committed_articles(tmp_path, seed_text):
    db = tmp_path / "crash.duckdb"
    script = f"""
import os
from lagebild.ingest import make_article
from lagebild.pipeline import Pipeline
from lagebild.record import Record
from lagebild.store import Store
p = Pipeline(["language"])
s = Store({str(db)!r})
for i in range(3):
    s.put(Record.from_doc(p(make_article("Artikel %d. " % i + {seed_text[:400]!r}))))
os._exit(9)  # the process dies without closing the database
"""
    res = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert res.returncode == 9, res.stderr
    with Store(db) as s:
        assert s.count() == 3
        assert s.count("records") == 3


def test_batch_ingest_with_worker_processes(tmp_path, seed_text):
    from lagebild.store.batch import ingest_paths

    folder = tmp_path / "in"
    folder.mkdir()
    paras = [p for p in seed_text.split("\n\n") if len(p) > 200][:4]
    for i, p in enumerate(paras):
        (folder / f"{i}.txt").write_text(p, encoding="utf-8")
    (folder / "dup.txt").write_text(paras[0], encoding="utf-8")
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    with Store(tmp_path / "w.duckdb") as s:
        summary = ingest_paths(s, [folder], published="2022-01-06", workers=2)
        assert (summary.read, summary.stored, summary.duplicates, summary.failed) == (6, 4, 1, 1)
        assert "empty.txt" in summary.failures[0]
        assert s.count() == 4
        again = ingest_paths(s, [folder], workers=2)
        assert (again.stored, again.duplicates) == (0, 5)


def test_put_many_stores_a_batch_in_one_transaction(tmp_path, records):
    with Store(tmp_path / "m.duckdb") as s:
        s.put(records[1])
        res = s.put_many([records[0], records[1], records[0]])
        assert [(r.stored, r.article_id) for r in res] == [
            (True, records[0].article.id), (False, records[1].article.id), (False, records[0].article.id)]
        assert s.count() == 2 and s.count("records") == 2
        assert s.get(records[0].article.id).to_dict() == records[0].to_dict()
        assert s.count("events") == len(records[0].events) + len(records[1].events)
        assert s.put_many([]) == []


def test_put_many_is_all_or_nothing(tmp_path, records, monkeypatch):
    import lagebild.store as store_mod

    real = store_mod._layer_rows
    bad = records[1].article.id

    def broken(rec):
        rows = real(rec)
        if rec.article.id == bad:
            rows["figures"] = [("too", "few")]
        return rows

    monkeypatch.setattr(store_mod, "_layer_rows", broken)
    with Store(tmp_path / "a.duckdb") as s:
        with pytest.raises(Exception):
            s.put_many(records)
        assert s.count() == 0 and s.count("entities") == 0


def test_ingest_reports_a_record_the_store_refuses_and_keeps_the_others(tmp_path, monkeypatch):
    import lagebild.store as store_mod
    from lagebild.store.batch import ingest_articles

    texts = ["Die Polizei nahm in Leipzig am Montag 12 Demonstranten fest.",
             "Police in Nairobi arrested 30 people on Tuesday, officials said.",
             "In Graz protestierten am Samstag rund 2000 Menschen gegen die Reform."]
    arts = [make_article(t, published="2024-05-06") for t in texts]
    real = store_mod._layer_rows
    bad = arts[1].id

    def broken(rec):
        rows = real(rec)
        if rec.article.id == bad:
            rows["places"] = [("too", "few")]
        return rows

    monkeypatch.setattr(store_mod, "_layer_rows", broken)
    with Store(tmp_path / "r.duckdb") as s:
        summary = ingest_articles(s, arts, workers=1)
        assert (summary.read, summary.stored, summary.failed) == (3, 2, 1)
        assert bad in summary.failures[0] and "not stored" in summary.failures[0]
        assert {a.id for a in arts} - {bad} == {row[0] for row in s.query("SELECT id FROM articles").fetchall()}
