#!/usr/bin/env python3
"""Scores found near-duplicate pairs against the planted truth.

usage: dedup_score.py TRUTH.tsv THRESHOLD NAME=PAIRS.tsv:SECONDS:DOCS ...
A planted pair counts as a duplicate to find when its exact 5-gram Jaccard reaches THRESHOLD.
Precision: found pairs that are such duplicates. Recall: such duplicates found, also per edit band.
"""
import sys


def load_pairs(path):
    pairs = set()
    for line in open(path):
        parts = line.rstrip("\n").split("\t")
        if len(parts) >= 2:
            a, b = (p.rsplit("/", 1)[-1] for p in parts[:2])
            pairs.add((min(a, b), max(a, b)))
    return pairs


def main():
    truth_path, threshold = sys.argv[1], float(sys.argv[2])
    jaccard = {}
    for line in open(truth_path):
        a, b, j = line.split("\t")
        jaccard[(min(a, b), max(a, b))] = float(j)
    wanted = {p for p, j in jaccard.items() if j >= threshold}
    rows = []
    for arg in sys.argv[3:]:
        name, spec = arg.split("=", 1)
        path, seconds, docs = spec.rsplit(":", 2)
        found = load_pairs(path)
        tp = len(found & wanted)
        precision = tp / len(found) if found else 0.0
        recall = tp / len(wanted) if wanted else 0.0
        rows.append((name, precision, recall, int(docs) / float(seconds), len(found)))
    base = rows[-1][3] if rows else 1
    print(f"pairs to find (Jaccard >= {threshold}): {len(wanted)}")
    print(f"{'method':<22} {'precision':>9} {'recall':>7} {'pairs':>7} {'docs/s':>10} {'× datasketch':>13}")
    for name, p, r, rate, n in rows:
        print(f"{name:<22} {p:>9.4f} {r:>7.4f} {n:>7} {rate:>10.0f} {rate / base:>13.1f}")


if __name__ == "__main__":
    main()
