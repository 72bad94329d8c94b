"""Main-event benchmark: does the pipeline pick the article's main event?

usage: python bench/main_event.py [--batch N[,N]] [--title apart|text|none] [--verbose] [--only ID[,ID]]

Runs ``lagebild.pipeline.extract`` end to end on every article of
bench/data/main_event (``gold.jsonl``: one line per article with its id, language,
publication date, title, batch, and the analyst's main event: PLOVER type, trigger as
written, optionally a longer ``context`` string that locates the trigger when the word
recurs, actor, target, place; plus 0-2 ``also_acceptable`` triggers). The text file is
``<id>.<lang>.txt`` (lead + body, no title, like the bundled examples).

Prints per language and overall:

* main   -- main-event accuracy: the chosen event's trigger span overlaps the gold
            trigger or an acceptable one;
* type   -- the chosen event's PLOVER type equals the gold type;
* found  -- the gold event (gold or acceptable trigger, also as a merged trigger) is among the extracted events at
            all, so a detection miss is told apart from a choice miss;
* choice -- main-event accuracy among the articles where the gold event was found;
* main~merged -- as main, but a trigger the events stage merged into the chosen event
            (same sentence, same type: "an air strike ... that killed 31" is one event with
            the trigger "killed") also counts (for reading; main is the measure).

--title apart (default) gives the title as ``Article.title`` with the text apart (as
HTML, RSS and the bundled examples do); ``text`` puts the title as the first line of the
text (a pasted plain-text article); ``none`` drops it. --verbose prints every article's
chosen event and the gold. Actor, target and place in the gold are for reading; they are
not scored here (bench/events.py and bench/e2e.py score arguments).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "main_event"


def spans(text: str, item: dict, offset: int = 0) -> tuple[int, int]:
    """The gold trigger's span in ``text``, searched from ``offset`` (after a title line)."""
    ctx = item.get("context") or item["trigger"]
    at = text.find(ctx, offset)
    if at < 0 or text.find(ctx, at + 1) >= 0:
        raise SystemExit(f"main_event: {ctx!r} must occur exactly once")
    s = at + ctx.index(item["trigger"])
    return s, s + len(item["trigger"])


def load(batches: set[int] | None, only: set[str] | None) -> list[dict]:
    out = []
    for line in (DATA / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        if batches and g["batch"] not in batches:
            continue
        if only and g["id"] not in only:
            continue
        out.append(g)
    return out


def run(golds: list[dict], title_mode: str = "apart", explain: bool = False):
    from lagebild.ingest import make_article
    from lagebild.pipeline import default_pipeline
    from lagebild.record import Record

    rows = []
    for g in golds:
        body = (DATA / f"{g['id']}.{g['lang']}.txt").read_text(encoding="utf-8")
        title = g.get("title") if title_mode != "none" else None
        text = f"{title}\n\n{body}" if title_mode == "text" and title else body
        art = make_article(text, title=title, published=g["published"])
        doc = default_pipeline()(art)
        rec = Record.from_doc(doc, with_tokens=False).to_dict()
        text = rec["article"]["text"]
        off = text.find(body.strip()[:40]) if title_mode == "text" else 0
        gold = [spans(text, g["main"], off)] + [spans(text, a, off) for a in g.get("also_acceptable", [])]
        evs = {e["id"]: e for e in rec["events"]}
        chosen = evs.get(rec.get("main_event"))

        merged = doc.extras.get("events.merged", {})

        def hit(ev, with_merged=False):
            if ev is None:
                return False
            trig = [(ev["trigger"]["start"], ev["trigger"]["end"])] + (merged.get(ev["id"], []) if with_merged else [])
            return any(a < e and s < b for a, b in trig for s, e in gold)

        if explain:
            print(f"== {g['id']}  gold {g['main']['type']} {g['main']['trigger']!r}")
            for vid, sc, parts in sorted(doc.extras.get("events.main_scores", []), key=lambda x: -x[1])[:6]:
                ev = evs[vid]
                mark = "*" if hit(ev) else " "
                print(f"  {mark}{vid:4s} {sc:5.2f} {ev['type']:10s} {ev['trigger']['text']!r:28s} "
                      + " ".join(f"{k}={v:+.1f}" for k, v in parts.items()))
        rows.append({
            "id": g["id"], "lang": g["lang"], "batch": g["batch"],
            "main": hit(chosen), "merged": hit(chosen, True), "type": bool(chosen and chosen["type"] == g["main"]["type"]),
            "found": any(hit(e, True) for e in rec["events"]),
            "chosen": (chosen["type"], chosen["trigger"]["text"], chosen["certainty"]) if chosen else None,
            "gold": (g["main"]["type"], g["main"]["trigger"]),
            "detected_language": rec["article"]["language"],
        })
    return rows


def pct(n: int, d: int) -> str:
    return f"{n}/{d} ({100.0 * n / d:.0f}%)" if d else "-"


def report(rows: list[dict], verbose: bool = False) -> None:
    if verbose:
        for r in rows:
            mark = "ok  " if r["main"] else ("~ok " if r["merged"] else ("MISS" if r["found"] else "DET "))
            ch = f"{r['chosen'][0]} {r['chosen'][1]!r} ({r['chosen'][2]})" if r["chosen"] else "none"
            print(f"{mark} {r['id']:34s} chosen {ch:48s} gold {r['gold'][0]} {r['gold'][1]!r}")
        print()
    groups = defaultdict(list)
    for r in rows:
        groups[r["lang"]].append(r)
        groups["all"].append(r)
    print(f"{'':6s} {'main':>14s} {'type':>14s} {'found':>14s} {'choice':>14s} {'main~merged':>14s}")
    for k in ("de", "en", "all"):
        rs = groups.get(k, [])
        if not rs:
            continue
        found = [r for r in rs if r["found"]]
        print(f"{k:6s} {pct(sum(r['main'] for r in rs), len(rs)):>14s} {pct(sum(r['type'] for r in rs), len(rs)):>14s} "
              f"{pct(len(found), len(rs)):>14s} {pct(sum(r['main'] for r in found), len(found)):>14s} "
              f"{pct(sum(r['merged'] for r in rs), len(rs)):>14s}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--batch", help="only these batches (comma-separated numbers)")
    ap.add_argument("--only", help="only these article ids (comma-separated)")
    ap.add_argument("--title", choices=("apart", "text", "none"), default="apart")
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--explain", action="store_true", help="print the six best-scoring events per article")
    a = ap.parse_args(argv)
    batches = {int(b) for b in a.batch.split(",")} if a.batch else None
    only = set(a.only.split(",")) if a.only else None
    rows = run(load(batches, only), a.title, a.explain)
    report(rows, a.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
