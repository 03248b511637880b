#!/usr/bin/env python3
"""Writes a corpus with planted near-duplicates for the dedup benchmark, and its ground truth.

usage: dedup_corpus.py OUT.jsonl TRUTH.tsv N_DOCUMENTS [SEED]

Originals are 250-450 words drawn from a 6,000-word Zipf vocabulary. One document in five is a
copy of an earlier original with a known share of its words edited (substituted, inserted or
deleted): 2%, 5%, 10% or 20%. TRUTH.tsv lists every planted pair (copy–original, and copies of
one original with each other) with the exact Jaccard similarity of their word 5-gram sets.
"""
import json
import random
import re
import sys

TOKEN = re.compile(r"\w+")


def shingles(text, n=5):
    words = TOKEN.findall(text.lower())
    return {tuple(words[i:i + n]) for i in range(max(1, len(words) - n + 1))}


def main():
    out, truth_path, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 11)
    vocabulary = [f"w{i}" + "".join(rng.choice("abcdefghij") for _ in range(rng.randint(1, 5))) for i in range(6000)]
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    originals = []          # (id, words)
    copies_of = {}          # original id -> [copy ids]
    texts = {}
    with open(out, "w") as f:
        for i in range(n):
            doc_id = f"d{i:06d}"
            if originals and rng.random() < 0.2:
                base_id, base = rng.choice(originals)
                rate = rng.choice([0.02, 0.05, 0.10, 0.20])
                words = []
                for w in base:
                    r = rng.random()
                    if r < rate / 3:
                        continue                                   # deletion
                    if r < 2 * rate / 3:
                        words.append(rng.choices(vocabulary, weights)[0])  # substitution
                        continue
                    words.append(w)
                    if r < rate:
                        words.append(rng.choices(vocabulary, weights)[0])  # insertion
                copies_of.setdefault(base_id, []).append(doc_id)
            else:
                words = rng.choices(vocabulary, weights, k=rng.randint(250, 450))
                originals.append((doc_id, words))
            text = " ".join(words)
            texts[doc_id] = text
            f.write(json.dumps({"url": f"https://example.org/{doc_id}", "text": text}) + "\n")
    with open(truth_path, "w") as t:
        for base_id, copies in copies_of.items():
            group = [base_id] + copies
            for a in range(len(group)):
                for b in range(a + 1, len(group)):
                    sa, sb = shingles(texts[group[a]]), shingles(texts[group[b]])
                    t.write(f"{group[a]}\t{group[b]}\t{len(sa & sb) / len(sa | sb):.4f}\n")


if __name__ == "__main__":
    main()
