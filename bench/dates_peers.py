#!/usr/bin/env python3
"""Publication dates: runs htmldate (extensive and fast) in-process on pages in memory, reads
Sitrep's JSON output, and prints accuracy (exact day) and pages/s for each.

usage: dates_peers.py DATA_DIR SITREP_JSON_DIR PIPELINE_SECONDS PROCESS_SECONDS
       dates_peers.py DATA_DIR - 0 --url-map OUT.json
With --url-map, only writes the file-name → URL map Sitrep is given, and exits.
"""
import gzip
import json
import sys
import time
from pathlib import Path


def gold(data):
    table = json.loads((data / "gold.json").read_text())
    return {entry["file"] + ".gz": (url, entry["date"]) for url, entry in table.items()}


def main():
    data = Path(sys.argv[1])
    truth = gold(data)
    if "--url-map" in sys.argv:
        Path(sys.argv[sys.argv.index("--url-map") + 1]).write_text(json.dumps({f: u for f, (u, _) in truth.items()}))
        return
    from htmldate import find_date

    pages = {f: gzip.decompress((data / f).read_bytes()).decode("utf-8", errors="replace") for f in truth}
    rows = []
    for name, extensive in [("htmldate-extensive", True), ("htmldate-fast", False)]:
        found = {}
        start = time.perf_counter()
        for f, html in pages.items():
            try:
                found[f] = find_date(html, url=truth[f][0], extensive_search=extensive, original_date=True)
            except Exception:
                found[f] = None
        seconds = time.perf_counter() - start
        rows.append((name, sum(found[f] == truth[f][1] for f in truth), seconds))

    sitrep_dir, pipeline_seconds, process_seconds = Path(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
    correct = 0
    for f, (_, day) in truth.items():
        out = sitrep_dir / (f[:-len(".html.gz")] + ".json")
        try:
            correct += json.loads(out.read_text()).get("published") == day
        except (OSError, ValueError):
            pass
    rows.append(("sitrep", correct, pipeline_seconds))
    rows.append(("sitrep-process", correct, process_seconds))

    fast_rate = next(len(truth) / s for n, _, s in rows if n == "htmldate-fast")
    print(f"{'extractor':<20} {'accuracy':>9} {'pages/s':>9} {'× htmldate-fast':>16}")
    for name, right, seconds in rows:
        rate = len(truth) / seconds
        print(f"{name:<20} {right / len(truth):>9.3f} {rate:>9.1f} {rate / fast_rate:>16.2f}")


if __name__ == "__main__":
    main()
