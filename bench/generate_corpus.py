#!/usr/bin/env python3
"""Writes a synthetic news corpus for the ingest benchmark: plain-text files, HTML pages and JSONL
files in equal thirds, each article ~3 KB with a title, byline, dateline, body and site boilerplate.

usage: generate_corpus.py OUTDIR N_ARTICLES [SEED]
Deterministic for a given seed. No two articles share a body, so every one is stored.
"""
import json
import os
import random
import sys

WORDS = ("river town council flood bridge army convoy officials said police storm coast harbour valley "
         "minister election market prices rose fell talks ceasefire aid workers families homes road "
         "school hospital district province capital border crossing report witnesses residents morning "
         "night week month agency statement spokesman government opposition forces troops village city").split()
OUTLETS = ["Valley Post", "Harbour Times", "Coastal Review", "Northern Wire", "Plains Herald"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(10, 24))]
    words[0] = words[0].capitalize()
    return " ".join(words) + rng.choice([".", ".", ".", ", officials said.", ", witnesses said."])


def article(rng, i):
    outlet = rng.choice(OUTLETS)
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2015, 2024)
    title = " ".join(w.capitalize() for w in (rng.choice(WORDS) for _ in range(rng.randint(5, 9)))) + f" {i}"
    paragraphs = [" ".join(sentence(rng) for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(5, 9))]
    return outlet, (year, month, day), title, paragraphs


def as_text(outlet, date, title, paragraphs):
    year, month, day = date
    head = [title, "", f"By [{outlet}](#)", "", f"{outlet}, {MONTHS[month - 1]} {day:02d}, {year}", ""]
    tail = ["", "[Share this on social media](#)", "", f"Copyright © {outlet}, {year}"]
    return "\n".join(head + [p + "\n" for p in paragraphs] + tail) + "\n"


def as_html(outlet, date, title, paragraphs):
    year, month, day = date
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title} | {outlet}</title>"
            f"<meta property=\"og:site_name\" content=\"{outlet}\">"
            f"<meta property=\"article:published_time\" content=\"{year}-{month:02d}-{day:02d}T08:00:00Z\"></head>"
            f"<body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a></nav>"
            f"<article><h1>{title}</h1>{body}</article>"
            f"<footer>© {year} {outlet}. All rights reserved. <a href=\"/privacy\">Privacy</a></footer></body></html>\n")


def main():
    out, n = sys.argv[1], int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
    os.makedirs(os.path.join(out, "text"), exist_ok=True)
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    os.makedirs(os.path.join(out, "jsonl"), exist_ok=True)
    jsonl = None
    for i in range(n):
        outlet, date, title, paragraphs = article(rng, i)
        kind = i % 3
        if kind == 0:
            with open(os.path.join(out, "text", f"{i:07d}.txt"), "w") as f:
                f.write(as_text(outlet, date, title, paragraphs))
        elif kind == 1:
            with open(os.path.join(out, "html", f"{i:07d}.html"), "w") as f:
                f.write(as_html(outlet, date, title, paragraphs))
        else:
            if jsonl is None or (i // 3) % 1000 == 0:
                if jsonl:
                    jsonl.close()
                jsonl = open(os.path.join(out, "jsonl", f"{i:07d}.jsonl"), "w")
            year, month, day = date
            jsonl.write(json.dumps({"url": f"https://news.example/{i}", "title": title, "outlet": outlet,
                                    "published": f"{year}-{month:02d}-{day:02d}",
                                    "text": "\n\n".join(paragraphs)}) + "\n")
    if jsonl:
        jsonl.close()


if __name__ == "__main__":
    main()
