#!/usr/bin/env python3
"""Writes a generated corpus with planted stories for bench/corpus: news articles as JSONL, each
drawn from one planted event (a city of 500,000 people or more from Sitrep's own gazetteer, two
armed groups, a handful of words for what happened, a few days), and the gold: which event each
article is about.

usage: corpus_generate.py OUT.jsonl GOLD.jsonl N_ARTICLES N_EVENTS [SEED] [FIRST_ID]
Deterministic for a given seed. Events are the same for one seed, so a second, smaller file of
the same seed and events (the "100 more" of the benchmark, from FIRST_ID on) adds to the first
file's stories.
"""
import gzip
import json
import random
import sys
from pathlib import Path

GAZETTEER = Path(__file__).resolve().parent.parent / "Sources/SitrepKit/Resources/Gazetteer/gazetteer.tsv.gz"
ACTIONS = ("shelling airstrike convoy ambush siege evacuation ceasefire offensive checkpoint curfew "
           "protest hostage drone bombardment retreat surrender truce blockade raid landmine").split()
COMMON = ("officials residents forces fighting area town region morning night week local security "
          "situation reports sources witnesses government control early late several people").split()
GROUP_WORDS = ("Red Black White Northern Southern Free Liberation Revolutionary National Popular "
               "Victory Martyrs Falcons Lions Guardians Sentinels Vanguard Defenders").split()
GROUP_HEADS = ["Brigade", "Front", "Army", "Battalion", "Movement", "Forces", "Regiment"]
OUTLETS = [f"{a} {b}" for a in ("Valley", "Harbour", "Coastal", "Northern", "Plains") for b in ("Post", "Times", "Wire", "Herald")]


def places():
    countries, cities = {}, []
    with gzip.open(GAZETTEER, "rt", encoding="utf8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if p[0] != "P":
                continue
            if p[2] == "C":
                countries[p[3]] = p[9]
            elif p[2] == "P" and int(p[8]) >= 500_000 and p[9].isascii() and " " not in p[9]:
                cities.append((p[9], p[3]))
    return [(city, countries[cc]) for city, cc in sorted(cities) if cc in countries]


def events(rng, count):
    cities = places()
    out = []
    for e in range(count):
        city, country = rng.choice(cities)
        groups = [f"{rng.choice(GROUP_WORDS)} {rng.choice(GROUP_WORDS)} {rng.choice(GROUP_HEADS)}" for _ in range(2)]
        start = rng.randint(0, 3000)
        out.append({"id": e, "city": city, "country": country, "groups": groups,
                    "words": rng.sample(ACTIONS, 5), "start": start, "days": rng.randint(1, 6),
                    "remaining": rng.randint(5, 90) * 1000, "killed": rng.randint(3, 60)})
    return out


def day(n):
    import datetime
    return (datetime.date(2015, 1, 1) + datetime.timedelta(days=n)).isoformat()


def sentence(rng, event, mention_city):
    words = [rng.choice(event["words"]) if rng.random() < 0.45 else rng.choice(COMMON) for _ in range(rng.randint(9, 16))]
    if mention_city:
        words.insert(rng.randint(1, len(words)), "in " + event["city"])
    if rng.random() < 0.4:
        words.insert(rng.randint(1, len(words)), "by the " + rng.choice(event["groups"]))
    return "The " + " ".join(words) + rng.choice([".", ", officials said.", ", witnesses said."])


def article(rng, event, i):
    paragraphs = []
    for p in range(rng.randint(4, 6)):
        paragraphs.append(" ".join(sentence(rng, event, p == 0 and s == 0 or rng.random() < 0.25) for s in range(rng.randint(2, 3))))
    paragraphs[0] = paragraphs[0][:-1] + f", {event['country']}."
    # Planted figures: the event's residents remaining (some sources a third lower, a contradiction)
    # and, in half the articles, its dead.
    remaining = event["remaining"] if rng.random() < 0.8 else event["remaining"] * 2 // 3
    figures = f"About {remaining:,} residents remain in {event['city']}, {rng.choice(['officials', 'aid workers', 'witnesses'])} said."
    if rng.random() < 0.5:
        figures += f" At least {event['killed']} people were killed in {event['city']}."
    paragraphs.insert(1, figures)
    title = f"{rng.choice(event['words']).capitalize()} in {event['city']} ({i})"
    outlet = rng.choice(OUTLETS)
    # Each outlet its own site, as in a real corpus (the corpus pass learns boilerplate by site).
    return {"url": f"https://{outlet.lower().replace(' ', '-')}.example/{i}", "title": title, "text": "\n\n".join(paragraphs),
            "published": day(event["start"] + rng.randint(0, event["days"] - 1)), "outlet": outlet}


def main():
    out, gold, n, n_events = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    seed = int(sys.argv[5]) if len(sys.argv) > 5 else 1
    first = int(sys.argv[6]) if len(sys.argv) > 6 else 0
    pool = events(random.Random(seed), n_events)
    rng = random.Random(seed * 7919 + first)
    with open(out, "w") as f, open(gold, "w") as g:
        for i in range(first, first + n):
            event = rng.choice(pool)
            a = article(rng, event, i)
            f.write(json.dumps(a) + "\n")
            g.write(json.dumps({"url": a["url"], "event": event["id"]}) + "\n")


if __name__ == "__main__":
    main()
