"""The command line, run as a user runs it (a real subprocess, a real database)."""
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

SEED = Path(__file__).resolve().parents[1] / "src" / "lagebild" / "examples" / "kasachstan-2022-01-06.de.txt"


def run(*args, env=None):
    return subprocess.run([sys.executable, "-m", "lagebild.cli", *args], capture_output=True, text=True, env=env)


def test_extract_prints_a_valid_record():
    from lagebild.record import Record

    res = run("extract", str(SEED), "--published", "2022-01-06")
    assert res.returncode == 0, res.stderr
    recs = json.loads(res.stdout)
    assert len(recs) == 1
    rec = Record.from_dict(recs[0])
    assert rec.article.language == "de" and rec.article.published == "2022-01-06"
    assert rec.tokens and rec.sentences


def test_extract_rejects_bad_published_date():
    res = run("extract", str(SEED), "--published", "gestern")
    assert res.returncode != 0
    assert "ISO 8601" in res.stderr


def test_ingest_show_export(tmp_path):
    db = tmp_path / "t.duckdb"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    res = run("ingest", str(folder), "--db", str(db), "--published", "2022-01-06")
    assert res.returncode == 1  # one input failed
    assert "stored 1" in res.stderr and "failed 1" in res.stderr and "empty.txt" in res.stderr
    again = run("ingest", str(folder / "a.txt"), "--db", str(db))
    assert again.returncode == 0 and "stored 0, duplicates 1" in again.stderr

    exported = run("export", "--format", "jsonl", "--db", str(db))
    assert exported.returncode == 0
    lines = exported.stdout.splitlines()
    assert len(lines) == 1
    aid = json.loads(lines[0])["article"]["id"]

    shown = run("show", aid[:8], "--db", str(db))
    assert shown.returncode == 0 and json.loads(shown.stdout)["article"]["id"] == aid
    assert run("show", "nosuchid", "--db", str(db)).returncode == 1

    table = run("export", "--format", "csv", "--db", str(db))
    header = next(csv.reader(io.StringIO(table.stdout)))
    assert header[:3] == ["article_id", "published", "source"]


def test_show_without_database_is_a_clear_error(tmp_path):
    res = run("show", "abc", "--db", str(tmp_path / "missing.duckdb"))
    assert res.returncode == 1 and "no database" in res.stderr
