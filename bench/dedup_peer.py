#!/usr/bin/env python3
"""datasketch MinHashLSH on the dedup corpus, in-process, with the same shingles Sitrep uses
(lowercased \\w+ words, 5-grams) and the same threshold and permutation count. Prints the
pairs found (id, id) to OUT and `seconds documents` on standard output.

usage: dedup_peer.py CORPUS.jsonl OUT.tsv THRESHOLD
"""
import json
import re
import sys
import time

from datasketch import MinHash, MinHashLSH

TOKEN = re.compile(r"\w+")


def main():
    corpus, out, threshold = sys.argv[1], sys.argv[2], float(sys.argv[3])
    docs = [json.loads(line) for line in open(corpus)]
    start = time.perf_counter()
    lsh = MinHashLSH(threshold=threshold, num_perm=128)
    pairs = []
    for doc in docs:
        doc_id = doc["url"].rsplit("/", 1)[1]
        words = TOKEN.findall(doc["text"].lower())
        grams = {" ".join(words[i:i + 5]) for i in range(max(1, len(words) - 4))}
        m = MinHash(num_perm=128)
        m.update_batch([g.encode() for g in grams])
        for match in lsh.query(m):
            pairs.append((match, doc_id))
        lsh.insert(doc_id, m)
    seconds = time.perf_counter() - start
    with open(out, "w") as f:
        for a, b in pairs:
            f.write(f"{a}\t{b}\n")
    print(f"{seconds:.3f} {len(docs)}")


if __name__ == "__main__":
    main()
