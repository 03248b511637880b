#!/usr/bin/env python3
"""Scores Sitrep's stories against the planted events of corpus_generate.py: B-cubed precision
(how much of an article's story is its own event) and recall (how much of its event is in its
story), over the articles of the gold file, each in the first story that holds it.

usage: corpus_score.py GOLD.jsonl REPORT.json
"""
import json
import sys


def main():
    gold = {}
    for line in open(sys.argv[1]):
        r = json.loads(line)
        gold[r["url"]] = r["event"]
    report = json.load(open(sys.argv[2]))
    url = {a["id"]: a.get("url") for a in report["articles"]}
    story = {}
    for s in report.get("stories", []):
        for a in s["articles"]:
            story.setdefault(url.get(a), s["id"])
    members, events = {}, {}
    for u, e in gold.items():
        members.setdefault(story.get(u, "none:" + u), []).append(u)
        events.setdefault(e, []).append(u)
    p = r_ = 0.0
    for u, e in gold.items():
        same_story = members[story.get(u, "none:" + u)]
        p += sum(gold[v] == e for v in same_story) / len(same_story)
        r_ += sum(story.get(v, "none:" + v) == story.get(u, "none:" + u) for v in events[e]) / len(events[e])
    p, r_ = p / len(gold), r_ / len(gold)
    f = 2 * p * r_ / (p + r_) if p + r_ else 0
    print(f"articles={len(gold)} events={len(events)} stories={len(report.get('stories', []))} "
          f"bcubed_precision={p:.3f} bcubed_recall={r_:.3f} bcubed_f1={f:.3f}")


if __name__ == "__main__":
    main()
