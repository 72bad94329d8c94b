"""The end-to-end sets (dev: bench/data/e2e; held-out test: bench/data/e2e-test) are well
formed: every expectations file names its text,
publication date and language; its checks use the scorer's check language; every text
the checks look for literally occurs in the article (so no check is unmeetable by
construction); and the scorer accepts it."""
import importlib.util
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SETS = {"dev": ROOT / "bench" / "data" / "e2e", "test": ROOT / "bench" / "data" / "e2e-test"}
DATA = SETS["dev"]
FILES = sorted(DATA.glob("*.expected.json"))
TEST_FILES = sorted(SETS["test"].glob("*.expected.json"))
ALL_FILES = FILES + TEST_FILES
LISTS = {"article", "entities", "places", "times", "figures", "claims", "events", "main_event"}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE",
          "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "SANCTION", "PROTEST", "CRIME", "MOBILIZE",
          "COERCE", "ASSAULT"}
KEYS = re.compile(r"^(id|in|none|[a-z_]+~(any|all)?|[a-z_]+_any|mentions_at_least|near|begin_before|"
                  r"end_after|place_country|claim_exists|type|kind|country|feature|language|min|max|"
                  r"qualifier|estimate|mode|hedged|certainty)$")


def test_ten_articles_six_german_four_english():
    langs = [json.loads(f.read_text(encoding="utf-8"))["input"]["language"] for f in FILES]
    assert len(FILES) == 10
    assert langs.count("de") == 6 and langs.count("en") == 4


def test_test_set_ten_articles_five_german_five_english():
    langs = [json.loads(f.read_text(encoding="utf-8"))["input"]["language"] for f in TEST_FILES]
    assert len(TEST_FILES) == 10
    assert langs.count("de") == 5 and langs.count("en") == 5
    assert (SETS["test"] / "README.md").is_file()


def test_sets_are_disjoint():
    """No article of the held-out test set is (a copy of) a dev article."""
    def texts(files):
        return {json.loads(f.read_text(encoding="utf-8"))["input"]["file"]: (f.parent / json.loads(
            f.read_text(encoding="utf-8"))["input"]["file"]).read_text(encoding="utf-8") for f in files}
    dev, test = texts(FILES), texts(TEST_FILES)
    assert not set(dev) & set(test)
    dev_sentences = {s.strip() for t in dev.values() for s in re.split(r"(?<=[.!?])\s+", t) if len(s) > 40}
    for name, t in test.items():
        assert not dev_sentences & {s.strip() for s in re.split(r"(?<=[.!?])\s+", t)}, name


@pytest.mark.parametrize("path", TEST_FILES, ids=[f.name.split(".")[0] for f in TEST_FILES])
def test_test_set_sizes(path):
    """The held-out articles keep to their brief: 250-450 words, 30-45 checks, every family."""
    exp = json.loads(path.read_text(encoding="utf-8"))
    text = (path.parent / exp["input"]["file"]).read_text(encoding="utf-8")
    assert 250 <= len(text.split()) <= 450
    assert 30 <= len(exp["checks"]) <= 45
    ids = [c["id"] for c in exp["checks"]]
    for prefix in ("lang", "per-", "org-", "place-", "time-", "fig-", "no-fig-", "claim-", "ev-",
                   "main-event"):
        assert any(i.startswith(prefix) for i in ids), (path.name, prefix)


@pytest.mark.parametrize("path", ALL_FILES,
                         ids=[f"{f.parent.name}/{f.name.split('.')[0]}" for f in ALL_FILES])
def test_expectations_well_formed(path):
    exp = json.loads(path.read_text(encoding="utf-8"))
    inp = exp["input"]
    text_path = path.parent / inp["file"]
    assert text_path.name.endswith(f".{inp['language']}.txt")
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", inp["published"])
    assert inp.get("constructed") is True
    text = text_path.read_text(encoding="utf-8")
    assert 250 <= len(text.split()) <= 500
    checks = exp["checks"]
    assert 30 <= len(checks) <= 50
    ids = [c["id"] for c in checks]
    assert len(ids) == len(set(ids))
    assert {"lang", "main-event"} <= set(ids)
    low = text.lower()
    for c in checks:
        assert c["in"] in LISTS, c
        for k, v in c.items():
            assert KEYS.match(k), (c["id"], k)
            if k in ("type_any",) and c["in"] in ("events", "main_event"):
                assert set(v) <= PLOVER, c["id"]
            if k.endswith("~") and isinstance(v, str):
                assert v.lower() in low, (c["id"], v)
            if k.endswith("~all"):
                assert all(w.lower() in low for w in v), (c["id"], v)
            if k.endswith("~any"):
                assert any(w.lower() in low for w in v), (c["id"], v)


def test_scorer_accepts_every_file():
    path = ROOT.parent / "shared" / "tools" / "check_record.py"
    if not path.is_file():
        pytest.skip("../shared/tools/check_record.py not present")
    spec = importlib.util.spec_from_file_location("check_record", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    empty = mod.Record({})
    for f in ALL_FILES:
        for c in json.loads(f.read_text(encoding="utf-8"))["checks"]:
            # an empty record meets exactly the checks that ask for absence
            assert bool(mod.check(empty, c)) == bool(c.get("none")), (f.name, c["id"])
