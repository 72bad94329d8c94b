"""The bundled examples, and the generated ingestion corpus read end to end."""
import importlib.util
import json
from pathlib import Path

from lagebild import examples
from lagebild.ingest import KINDS, IngestError, read

ROOT = Path(__file__).resolve().parents[2]


def _generator():
    spec = importlib.util.spec_from_file_location("make_ingest_corpus", ROOT / "bench" / "make_ingest_corpus.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_examples_index_and_load():
    idx = examples.index()
    arts = examples.load()
    assert len(arts) == len(idx) >= 3
    for entry, art in zip(idx, arts):
        assert (examples.EXAMPLES_DIR / entry["file"]).is_file()
        assert art.published == entry["published"] and art.language == entry["language"]
        assert art.constructed is entry["constructed"]
        assert entry.get("provenance") and entry.get("license")
    seed = next(a for e, a in zip(idx, arts) if e["file"] == "kasachstan-2022-01-06.de.txt")
    assert seed.published == "2022-01-06" and seed.constructed is False
    assert seed.text.startswith("Bei den Protesten in Kasachstan")
    constructed = [(e, a) for e, a in zip(idx, arts) if e["constructed"]]
    assert {e["language"] for e, _ in constructed} >= {"de", "en"}
    assert sum(e["language"] == "de" for e, _ in constructed) >= 1
    for e, a in constructed:
        assert "onstructed" in e["provenance"] and len(a.text) > 1500 and a.title
    assert [a.language for a in examples.load("en")] == ["en"] * len(examples.load("en"))
    assert len({a.id for a in arts}) == len(arts)


def test_examples_folder_reads_as_plain_text():
    # the example files are plain text: read() finds the same texts (without index metadata)
    texts = {a.text for a in read(examples.paths())}
    assert texts == {a.text for a in examples.load()}


def test_generated_corpus_matches_its_manifest(tmp_path):
    gen = _generator()
    out = tmp_path / "corpus"
    manifest = gen.make_corpus(out, n_jsonl=40, n_feed=4, n_warc=4, n_atom=2)
    assert json.loads((out / ".manifest.json").read_text(encoding="utf-8")) == manifest
    items = list(read([out]))
    arts = [x for x in items if not isinstance(x, IngestError)]
    errs = [x for x in items if isinstance(x, IngestError)]
    assert len(arts) == manifest["articles"] == len(examples.paths()) + 2 + 40 + 4 + 2 + 4 + manifest["articles_by_part"]["bad-input (good parts)"]
    assert len({a.id for a in arts}) == len(arts)
    got = sorted((str(Path(e.path).relative_to(out)), e.where) for e in errs)
    want = sorted((e["file"], e["where"]) for e in manifest["errors"])
    assert got == want, [str(e) for e in errs]
    kinds = {str(Path(e.path).relative_to(out)) + (f":{e.where}" if e.where else ""): e.kind for e in errs}
    assert set(kinds.values()) <= set(KINDS), kinds
    assert kinds["bad-input/record-without-text.warc.gz:record 3"] == "no-text"
    assert kinds["bad-input/truncated.warc.gz:record 2"] == "truncated"
    assert kinds["bad-input/empty.txt"] == "empty" and kinds["bad-input/random.bin"] == "binary"
    assert kinds["bad-input/oversized.txt"] == "oversized" and kinds["bad-input/truncated.html"] == "truncated"
    assert kinds["bad-input/malformed-lines.jsonl:line 2"] == "malformed"
    assert kinds["bad-input/malformed-lines.jsonl:line 6"] == "date"
    assert kinds["bad-input/item-without-text.rss:item 2"] == "no-text"
    assert kinds["bad-input/not-a-warc.warc"] == "unsupported"
    gen_jsonl = [a for a in arts if a.path.endswith("articles.jsonl")]
    assert all(a.source.startswith("lagebild generated") and a.id.startswith("gen-") for a in gen_jsonl)
    assert sum(a.published is None for a in gen_jsonl) == 8   # every fifth line has no date
    # the generated texts are whole sentences of the examples
    pool = set()
    for a in examples.load():
        pool.update(gen.sentences(a.text))
    for a in gen_jsonl[:10]:
        for para in a.text.split("\n\n"):
            assert any(s in para for s in pool)


def test_generator_is_deterministic(tmp_path):
    gen = _generator()
    gen.make_corpus(tmp_path / "a", n_jsonl=5, n_feed=1, n_warc=1, n_atom=1)
    gen.make_corpus(tmp_path / "b", n_jsonl=5, n_feed=1, n_warc=1, n_atom=1)
    for name in ("articles.jsonl", "feed.rss", "feed.atom"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
