"""Human-readable views of a record: rich tables, the demo report, flat event rows for CSV."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table

from .record import Record

EVENT_COLUMNS = [
    "article_id", "published", "source", "title", "event_id", "is_main", "type", "mode",
    "acled_event_type", "acled_sub_event_type", "trigger", "certainty", "actors", "targets",
    "place", "country", "admin1", "lat", "lon", "geo_precision", "time", "time_begin", "time_end",
    "killed", "injured", "arrested", "sources", "sentence",
]


def _names(rec: Record, refs) -> list[str]:
    by_id = {x.id: x for x in (*rec.entities, *rec.places)}
    names = []
    for r in refs:
        if isinstance(r, str):
            item = by_id.get(r)
            names.append(item.name if item else r)
        else:
            names.append(r.text)
    return names


def _sources(rec: Record, claim_ids) -> list[str]:
    claims = {c.id: c for c in rec.claims}
    out: list[str] = []
    for cid in claim_ids:
        c = claims.get(cid)
        if c is None:
            continue
        for n in _names(rec, [c.speaker] if c.speaker else []) or ([c.speaker_text] if c.speaker_text else []):
            if n and n not in out:
                out.append(n)
        for n in _names(rec, c.channel):
            if n not in out:
                out.append(n)
    return out


def _toll(rec: Record, fig_ids, kind: str) -> int | None:
    figs = {f.id: f for f in rec.figures}
    vals = [figs[f].estimate for f in fig_ids if f in figs and figs[f].kind == kind
            and figs[f].estimate is not None]
    return max(vals) if vals else None


def event_rows(rec: Record) -> list[dict]:
    a = rec.article
    places = {p.id: p for p in rec.places}
    times = {t.id: t for t in rec.times}
    rows = []
    for v in rec.events:
        p = places.get(v.place) if v.place else None
        t = times.get(v.time) if v.time else None
        rows.append({
            "article_id": a.id, "published": a.published, "source": a.source, "title": a.title,
            "event_id": v.id, "is_main": v.id == rec.main_event, "type": v.type, "mode": v.mode,
            "acled_event_type": v.acled.event_type if v.acled else None,
            "acled_sub_event_type": v.acled.sub_event_type if v.acled else None,
            "trigger": v.trigger.text, "certainty": v.certainty,
            "actors": "; ".join(_names(rec, v.actors)), "targets": "; ".join(_names(rec, v.targets)),
            "place": p.name if p else None, "country": p.country if p else None,
            "admin1": p.admin1 if p else None, "lat": p.lat if p else None, "lon": p.lon if p else None,
            "geo_precision": p.precision if p else None,
            "time": t.value if t else None,
            "time_begin": t.interval.begin if t and t.interval else None,
            "time_end": t.interval.end if t and t.interval else None,
            "killed": _toll(rec, v.figures, "killed"), "injured": _toll(rec, v.figures, "injured"),
            "arrested": _toll(rec, v.figures, "arrested"),
            "sources": "; ".join(_sources(rec, v.claims)),
            "sentence": a.text[v.sentence[0]:v.sentence[1]],
        })
    return rows


def _clip(s: str | None, n: int = 70) -> str:
    s = (s or "").replace("\n", " ")
    return s if len(s) <= n else s[: n - 1] + "…"


def record_tables(rec: Record) -> list[Table]:
    a = rec.article
    head = Table(title=f"{a.title or a.path or a.id}", show_header=False, title_justify="left")
    head.add_row("id", a.id)
    head.add_row("language", a.language)
    head.add_row("published", a.published or "unknown")
    head.add_row("sentences / tokens", f"{len(rec.sentences)} / {len(rec.tokens)}")
    tables = [head]
    if rec.events:
        t = Table(title="events", title_justify="left")
        for col in ("id", "type", "trigger", "actors", "place", "time", "certainty"):
            t.add_column(col)
        places = {p.id: p.name for p in rec.places}
        times = {x.id: x.value for x in rec.times}
        for v in rec.events:
            t.add_row(v.id + (" *" if v.id == rec.main_event else ""), v.type, v.trigger.text,
                      _clip(", ".join(_names(rec, v.actors)), 30), places.get(v.place, ""),
                      times.get(v.time, ""), v.certainty)
        tables.append(t)
    if rec.figures:
        t = Table(title="figures", title_justify="left")
        for col in ("id", "kind", "text", "who", "estimate", "qualifier", "source"):
            t.add_column(col)
        for f in rec.figures:
            t.add_row(f.id, f.kind, _clip(f.text, 40), _clip(f.who, 30),
                      "" if f.estimate is None else str(f.estimate), f.qualifier,
                      ", ".join(_sources(rec, [f.claim] if f.claim else [])))
        tables.append(t)
    if rec.claims:
        t = Table(title="claims", title_justify="left")
        for col in ("id", "mode", "speaker", "cue", "channel", "content", "hedged"):
            t.add_column(col)
        for c in rec.claims:
            speaker = (_names(rec, [c.speaker]) if c.speaker else [c.speaker_text or ""])[0]
            t.add_row(c.id, c.mode, _clip(speaker, 30), c.cue or "", _clip(", ".join(_names(rec, c.channel)), 30),
                      _clip(c.content, 60), "yes" if c.hedged else "")
        tables.append(t)
    if rec.entities:
        t = Table(title="entities", title_justify="left")
        for col in ("id", "type", "name", "mentions", "roles", "country"):
            t.add_column(col)
        for e in rec.entities:
            t.add_row(e.id, e.type, e.name, str(len(e.mentions)), ", ".join(e.roles), e.country or "")
        tables.append(t)
    if rec.places:
        t = Table(title="places", title_justify="left")
        for col in ("id", "name", "feature", "country", "lat", "lon", "precision", "mentions"):
            t.add_column(col)
        for p in rec.places:
            t.add_row(p.id, p.name, p.feature, p.country, f"{p.lat:.2f}", f"{p.lon:.2f}", str(p.precision),
                      str(len(p.mentions)))
        tables.append(t)
    if rec.times:
        t = Table(title="times", title_justify="left")
        for col in ("id", "text", "type", "value", "begin", "end"):
            t.add_column(col)
        for x in rec.times:
            t.add_row(x.id, x.text, x.type, x.value, x.interval.begin if x.interval else "",
                      x.interval.end if x.interval else "")
        tables.append(t)
    return tables


def demo_report(rec: Record, console: Console) -> None:
    """A few readable lines per article: the main event, the tolls and who reported them."""
    a = rec.article
    heading = a.title or _clip(a.text[: rec.sentences[0][1]] if rec.sentences else a.id, 60)
    console.rule(f"[bold]{heading}[/bold]  ({a.language}, {a.published or 'date unknown'})")
    by_id = {v.id: v for v in rec.events}
    main = by_id.get(rec.main_event) if rec.main_event else None
    if main:
        row = next(r for r in event_rows(rec) if r["event_id"] == main.id)
        where = f" in {row['place']} ({row['country']})" if row["place"] else ""
        when = f" on {row['time']}" if row["time"] else ""
        console.print(f"main event: [bold]{main.type}[/bold] '{main.trigger.text}'{where}{when}, "
                      f"{main.certainty}", highlight=False)
    for f in rec.figures:
        src = _sources(rec, [f.claim] if f.claim else [])
        console.print(f"  {f.kind:<12} {'' if f.estimate is None else f.estimate:>6}  "
                      f"{_clip(f.text, 50)}" + (f"  (per {', '.join(src)})" if src else ""), highlight=False)
    console.print(f"  {len(rec.entities)} entities, {len(rec.places)} places, {len(rec.times)} times, "
                  f"{len(rec.claims)} claims, {len(rec.events)} events; `lagebild show {a.id}` for the record",
                  highlight=False)
