#!/usr/bin/env python3
"""Clean news text through Sitrep's cleaning: how much of it survives, and what is taken out.

usage: cleaning_news.py build BENCH_DIR OUT_DIR
       cleaning_news.py score OUT_DIR VARIANT REPORT.json [REMOVALS.tsv]

`build` writes one plain-text file per article of the bench sets' clean news (timebank-dev's
TimeML with its tags stripped, lgl-dev's <text>, newsquant-dev's sentences, polnear-dev's texts)
in four variants, each in OUT_DIR/VARIANT/:

- clean:   the text as the set gives it, one paragraph per line, a blank line between them;
- wrapped: every paragraph re-wrapped at 70-100 columns and indented, as text copied out of a
           page's source or a wire feed arrives; half the articles keep a blank line between
           paragraphs, the other half mark a paragraph only by a deeper indent;
- tabular: a table of `label: number` lines (totals, and figures per place named in the
           article) inside or after the body, with or without a heading line or bullets;
- wire:    a wire dateline ("PLACE (AGENCY) --") on its own line before the body, and on every
           other one-paragraph article a photo caption with its credit closing the paragraph.

OUT_DIR/VARIANT.expected.json records, per file, the words the reader should get (the article's
own words; the table is article text too) and the furniture added (dateline, caption), which a
reader would agree to see removed.

`score` reads `sitrep report --format json` after `sitrep ingest OUT_DIR/VARIANT` and prints the
share of the article's words kept in each article's title and text, overall and per article, the
articles that lost any, and every removal with its reason (all of them in REMOVALS.tsv).
Words are compared as multisets of lowercased \\w+ tokens, so order and spacing do not count.
"""
import collections
import glob
import hashlib
import html
import json
import os
import random
import re
import sys
import textwrap
import xml.etree.ElementTree as ET

TOKEN = re.compile(r"\w+")
VARIANTS = ["clean", "wrapped", "tabular", "wire"]


def words(text):
    return TOKEN.findall(text.lower())


# ---------------------------------------------------------------------------------------------
# Reading the bench sets


def timebank(bench):
    for path in sorted(glob.glob(os.path.join(bench, "timebank-dev", "*.tml"))):
        raw = open(path, encoding="utf-8").read()
        match = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
        if not match:
            continue
        text = html.unescape(re.sub(r"<[^>]+>", "", match.group(1)))
        yield "timebank-" + os.path.basename(path)[:-4], paragraphs_of(text)


def lgl(bench):
    root = ET.parse(os.path.join(bench, "lgl-dev.xml")).getroot()
    for article in root.iter("article"):
        text = article.findtext("text") or ""
        yield "lgl-" + article.get("docid", "x"), paragraphs_of(text)


def newsquant(bench):
    for index, item in enumerate(json.load(open(os.path.join(bench, "newsquant-dev.json"), encoding="utf-8"))):
        yield f"newsquant-{index:03d}", paragraphs_of(item["text"])


def polnear(bench):
    for path in sorted(glob.glob(os.path.join(bench, "polnear-dev", "text", "*.txt"))):
        yield "polnear-" + os.path.basename(path)[:-4], paragraphs_of(open(path, encoding="utf-8").read())


def paragraphs_of(text):
    """Paragraphs as the set gives them: blank-line separated, or one per line; inner line
    breaks of a paragraph become spaces."""
    text = text.replace("\r\n", "\n")
    blocks = re.split(r"\n\s*\n", text) if re.search(r"\n\s*\n", text) else text.split("\n")
    return [" ".join(block.split()) for block in blocks if block.strip()]


# ---------------------------------------------------------------------------------------------
# Variants

WIRES = [("ATLANTA", "AP"), ("NAIROBI, Kenya", "Reuters"), ("KHARTOUM", "AFP"), ("LIMA, Peru", "AP"),
         ("MOSUL, Iraq", "Reuters"), ("MANILA", "AFP"), ("KYIV, Ukraine", "AP"), ("GOMA", "Reuters")]
DASHES = ["--", "—", "-", "–"]
CAPTIONS = ["Residents walk past the damaged building on Monday. Pic/AFP",
            "Rescue workers search the site after the blast. Photo: Jane Roe/Reuters",
            "Police officers stand guard near the scene. AP/John Doe",
            "A view of the area where the incident took place. Pic/AFP"]
TABLE_HEADINGS = ["Figures so far:", "By place:", "Casualties reported:", None, None]
TOTAL_LABELS = ["Total dead", "Injured", "Missing", "Displaced", "Total"]


def rng_for(name, variant):
    return random.Random(int(hashlib.sha256(f"{variant}:{name}".encode()).hexdigest()[:12], 16))


def wrapped(paragraphs, rng):
    width = rng.randint(70, 100)
    indent = " " * rng.randint(2, 6)
    blank_lines = rng.random() < 0.5
    out = []
    for paragraph in paragraphs:
        first = indent if blank_lines else indent + "   "
        out.append(textwrap.fill(paragraph, width=width, initial_indent=first, subsequent_indent=indent,
                                 break_long_words=False, break_on_hyphens=False))
    return ("\n\n" if blank_lines else "\n").join(out) + "\n"


def places_in(paragraphs):
    """Capitalised words inside sentences (not sentence openers), as a table's row labels."""
    found = []
    for paragraph in paragraphs:
        tokens = paragraph.split()
        for previous, token in zip(tokens, tokens[1:]):
            word = token.strip(".,;:()\"'’“”")
            if (word[:1].isupper() and word[1:].islower() and len(word) > 3 and not previous.endswith((".", "!", "?"))
                    and word not in found):
                found.append(word)
    return found


def table(paragraphs, rng):
    rows = [f"{label}: {rng.randint(3, 9000):,}" for label in rng.sample(TOTAL_LABELS, rng.randint(1, 3))]
    rows += [f"{place}: {rng.randint(1, 5000):,}" for place in places_in(paragraphs)[:rng.randint(2, 9)]]
    bullet = "- " if rng.random() < 0.25 else ""
    lines = [bullet + row for row in rows]
    heading = rng.choice(TABLE_HEADINGS)
    return ([heading] if heading else []) + lines


def tabular(paragraphs, rng):
    rows = table(paragraphs, rng)
    position = rng.choice(["after-first", "middle", "end"])
    at = {"after-first": 1, "middle": max(1, len(paragraphs) // 2), "end": len(paragraphs)}[position]
    at = min(at, len(paragraphs))
    blocks = paragraphs[:at] + ["\n".join(rows)] + paragraphs[at:]
    return "\n\n".join(blocks) + "\n", rows


def wire(paragraphs, rng):
    place, agency = rng.choice(WIRES)
    dateline = f"{place} ({agency}) {rng.choice(DASHES)}"
    body = list(paragraphs)
    caption = None
    if len(body) == 1 and rng.random() < 0.5:
        caption = rng.choice(CAPTIONS)
        body[0] = body[0] + " " + caption
    return dateline + "\n" + "\n\n".join(body) + "\n", dateline, caption


def build(bench, out):
    articles = []
    seen = set()
    for reader in (timebank, lgl, newsquant, polnear):
        for name, paragraphs in reader(bench):
            key = " ".join(paragraphs)
            # Re-ingesting the same content is a no-op, so a repeated text would count as lost.
            if not paragraphs or key in seen:
                continue
            seen.add(key)
            articles.append((name, paragraphs))
    for variant in VARIANTS:
        os.makedirs(os.path.join(out, variant), exist_ok=True)
        expected = {}
        for name, paragraphs in articles:
            rng = rng_for(name, variant)
            furniture = []
            article_text = "\n".join(paragraphs)
            if variant == "clean":
                text = "\n\n".join(paragraphs) + "\n"
            elif variant == "wrapped":
                text = wrapped(paragraphs, rng)
            elif variant == "tabular":
                text, rows = tabular(paragraphs, rng)
                article_text += "\n" + "\n".join(rows)
            else:
                text, dateline, caption = wire(paragraphs, rng)
                furniture = [dateline] + ([caption] if caption else [])
            path = os.path.join(out, variant, name + ".txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            expected[os.path.abspath(path)] = {"words": article_text, "furniture": furniture}
        with open(os.path.join(out, variant + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(expected, f)
    print(f"{len(articles)} articles × {len(VARIANTS)} variants → {out}")


# ---------------------------------------------------------------------------------------------
# Scoring


def kept_share(expected, got):
    want = collections.Counter(words(expected))
    have = collections.Counter(words(got))
    total = sum(want.values())
    kept = sum(min(count, have[word]) for word, count in want.items())
    return kept, total


def score(out, variant, report_path, removals_path=None):
    expected = json.load(open(os.path.join(out, variant + ".expected.json"), encoding="utf-8"))
    report = json.load(open(report_path, encoding="utf-8"))
    by_source = {}
    for article in report["articles"]:
        by_source[os.path.abspath(article["source"])] = article
    total_kept = total_words = 0
    text_kept = 0
    lost_any = []
    lost_whole = []
    removals = []
    reasons = collections.Counter()
    lost_by_reason = collections.Counter()
    furniture = collections.Counter()
    furniture_left = []
    for path, want in sorted(expected.items()):
        article = by_source.get(path)
        name = os.path.basename(path)
        if article is None:
            lost_whole.append((name, "not in the report"))
            total_words += len(words(want["words"]))
            continue
        text = article.get("text") or ""
        kept, total = kept_share(want["words"], (article.get("title") or "") + "\n" + text)
        only_text, _ = kept_share(want["words"], text)
        total_kept += kept
        text_kept += only_text
        total_words += total
        if not text.strip():
            lost_whole.append((name, "empty text"))
        if kept < total:
            lost_any.append((kept / total, total - kept, name))
        missing = collections.Counter(words(want["words"])) - collections.Counter(words((article.get("title") or "") + "\n" + text))
        for segment in article.get("removed", []):
            if segment["reason"] == "markup":
                continue
            taken = collections.Counter(words(segment["text"])) & missing
            lost_by_reason[segment["reason"]] += sum(taken.values())
            missing -= taken
            reasons[segment["reason"]] += 1
            removals.append((variant, name, segment["reason"], " ".join(segment["text"].split())))
        for piece in want["furniture"]:
            flat = " ".join(piece.split())
            how = [s["reason"] for s in article.get("removed", []) if flat in " ".join(s["text"].split())]
            if how:
                furniture[how[0]] += 1
            elif flat in " ".join(text.split()):
                furniture["left in the text"] += 1
                furniture_left.append((name, piece))
            else:
                furniture["split"] += 1
    share = total_kept / total_words if total_words else 1.0
    print(f"{variant:8s} articles {len(expected):4d}  words {total_words:7d}  kept {share * 100:7.3f} %"
          f"  (text alone {text_kept / max(total_words, 1) * 100:7.3f} %)"
          f"  articles losing words {len(lost_any):3d}  lost whole {len(lost_whole):2d}"
          f"  worst {min([s for s, _, _ in lost_any], default=1.0) * 100:6.1f} %")
    for name, why in lost_whole[:10]:
        print(f"  lost whole: {name}: {why}")
    if len(lost_whole) > 10:
        print(f"  … and {len(lost_whole) - 10} more lost whole")
    for fraction, missing, name in sorted(lost_any)[:8]:
        print(f"  {fraction * 100:6.1f} % kept ({missing} words lost): {name}")
    if furniture:
        print("  added furniture (datelines, captions) went as: "
              + ", ".join(f"{reason} {count}" for reason, count in furniture.most_common()))
        for name, piece in furniture_left[:3]:
            print(f"    left in the text: {name}: {piece}")
    print("  removals by reason: " + ", ".join(f"{reason} {count}" for reason, count in reasons.most_common()))
    print("  article words lost, by reason: " + ", ".join(f"{reason} {count}" for reason, count in lost_by_reason.most_common()))
    if removals_path:
        with open(removals_path, "a", encoding="utf-8") as f:
            for row in removals:
                f.write("\t".join(row) + "\n")


def main():
    if len(sys.argv) >= 4 and sys.argv[1] == "build":
        build(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 5 and sys.argv[1] == "score":
        score(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5] if len(sys.argv) > 5 else None)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
