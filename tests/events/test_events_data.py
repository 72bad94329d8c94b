"""The typology, lexicons and examples are valid data; the embedding second opinion works."""
import os

from helpers_events import analyze
from lagebild import events
from lagebild.events import embed, lexicon
from lagebild.record import PLOVER_TYPES


def test_plover_typology_complete():
    pl = lexicon.plover()
    assert set(pl["types"]) == set(PLOVER_TYPES)
    for rule in pl["acled"]["rules"]:
        assert rule["type"] in PLOVER_TYPES and rule["then"]["event_type"]


def test_trigger_lexicons_cover_every_type():
    for lang in ("de", "en"):
        lex = lexicon.parse_triggers(lexicon.DATA / lang / "triggers.tsv", lang)   # raises on bad lines
        types = {e.type for es in lex.single.values() for e in es} | {e.type for e in lex.multi}
        assert types == set(PLOVER_TYPES), (lang, set(PLOVER_TYPES) - types)


def test_examples_cover_every_type():
    for lang in ("de", "en"):
        types = {t for t, _ in lexicon.examples(lang)}
        assert types == set(PLOVER_TYPES) | {"NONE"}


def test_embedding_second_opinion_adds_an_event_the_lexicon_misses():
    text = "Thousands of people paraded with banners and whistles through the old town."
    doc = analyze(text, "en")
    os.environ["LAGEBILD_EVENTS_EMBED"] = "off"
    events.annotate(doc)
    assert doc.events == []                        # no trigger in the lexicon
    typ, sim, share = embed.classify([text])[0]
    assert typ == "PROTEST" and sim >= embed.THRESHOLD and share >= embed.SHARE
    os.environ["LAGEBILD_EVENTS_EMBED"] = "all"
    try:
        events.annotate(doc)
    finally:
        os.environ.pop("LAGEBILD_EVENTS_EMBED", None)
    assert [e.type for e in doc.events] == ["PROTEST"]
    assert doc.extras["events.source"][doc.events[0].id] == "embedding"
    assert doc.events[0].trigger.text == "paraded"
    assert doc.events[0].actors == [] or "people" in str(doc.events[0].actors[0])


def test_embedding_second_opinion_abstains_on_background():
    typ, sim, share = embed.classify(["Die Stadt liegt am Ufer eines großen Sees und hat einen Hafen."])[0]
    assert typ == "NONE" or sim < embed.THRESHOLD or share < embed.SHARE


def test_embedding_second_opinion_types_a_german_lead_sentence_by_default():
    """Default mode ("lead"): a German lead sentence without any trigger lemma ("zogen ...
    zum Rathaus") gets the type of its nearest labelled sentences; a background sentence after it
    is not looked at, and background sentences are voted NONE."""
    # (the first wording, "mit Fahnen und Trommeln", sat on the vote boundary: share 0.5998
    # against SHARE 0.6 once cameo.de batch 5 put a COERCE sentence among its five neighbours)
    lexicon_only = analyze("In Tunis zogen am Montag Tausende Menschen mit Fahnen und Sprechchören "
                           "vom Bahnhof zum Rathaus.", "de")
    os.environ["LAGEBILD_EVENTS_EMBED"] = "off"
    events.annotate(lexicon_only)
    assert lexicon_only.events == []
    text = ("In Tunis zogen am Montag Tausende Menschen mit Fahnen und Sprechchören vom Bahnhof "
            "zum Rathaus. Die Hauptstadt zählt etwa drei Millionen Einwohner.")
    doc = analyze(text, "de")
    os.environ.pop("LAGEBILD_EVENTS_EMBED", None)
    events.annotate(doc)
    assert [e.type for e in doc.events] == ["PROTEST"]
    assert doc.extras["events.source"][doc.events[0].id] == "embedding"
    assert doc.events[0].trigger.text == "zogen"
    assert doc.main_event == doc.events[0].id
    for background in ("Unabhängig überprüfen ließen sich diese Zahlen zunächst nicht.",
                       "The capital has about three million inhabitants and lies on the coast."):
        assert embed.classify([background])[0][0] == "NONE"


def test_development_sets_are_in_the_example_bank():
    """scripts/build_event_examples.py copies the development sets into examples.bench.tsv
    (never the blind test sets); rerun it after editing a set."""
    import json
    from pathlib import Path

    bench = Path(__file__).resolve().parents[2] / "bench" / "data" / "events"
    for lang in ("de", "en"):
        bank = set(lexicon.examples(lang))
        for name in ("dev", "cameo", "args", "wire"):
            path = bench / f"{name}.{lang}.jsonl"
            if path.exists():
                for line in path.read_text(encoding="utf-8").splitlines():
                    item = json.loads(line)
                    assert (item["type"], " ".join(item["text"].split())) in bank, (path.name, item.get("id"))
        test = bench / f"test.{lang}.jsonl"
        item = json.loads(test.read_text(encoding="utf-8").splitlines()[0])
        assert not any(text == " ".join(item["text"].split()) for _, text in bank)


def test_shipped_example_embeddings_are_current():
    """data/examples.e5.npz must be rebuilt (python scripts/build_event_examples.py) after
    editing examples.tsv or a development set, else every process embeds the examples again
    at startup."""
    import numpy as np

    pairs = lexicon.examples("de") + lexicon.examples("en")
    with np.load(embed.CACHE) as z:
        assert str(z["key"]) == embed._examples_key(pairs)
        assert z["mat"].shape == (len(pairs), 384)
        fresh = np.asarray(embed.model().passage([pairs[0][1], pairs[-1][1]]), dtype=np.float32)
        # bf16 inference: the same sentence in another batch (other padding) moves by ~1e-3
        cos = (z["mat"][[0, -1]] * fresh).sum(1) / np.linalg.norm(fresh, axis=1) / np.linalg.norm(z["mat"][[0, -1]], axis=1)
        assert cos.min() > 0.999
