"""Extraction in worker processes gives the same records as inline extraction."""
from lagebild import examples
from lagebild.pipeline import extract
from lagebild.record import Record
from lagebild.workers import ExtractPool, start_method


def test_forked_workers_give_the_inline_records():
    arts = examples.load()[:3]
    with ExtractPool(workers=2) as pool:
        assert pool.method == start_method() == "fork"
        out = list(pool.imap(arts))
    assert [a.id for a, _, _ in out] == [a.id for a in arts]
    for (article, rec_json, error), a in zip(out, arts):
        assert error is None
        assert Record.from_json(rec_json) == extract(a)


def test_one_worker_runs_inline():
    a = examples.load()[0]
    with ExtractPool(workers=1) as pool:
        assert pool.pool is None
        [(article, rec_json, error)] = list(pool.imap([a]))
    assert error is None and Record.from_json(rec_json).article.id == a.id
