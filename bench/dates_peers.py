#!/usr/bin/env python3
"""Publication dates: runs htmldate (extensive and fast) in-process on pages in memory, reads
Sitrep's JSON output, and prints accuracy (exact day) and pages/s for each.

usage: dates_peers.py DATA_DIR SITREP_JSON_DIR PIPELINE_SECONDS PROCESS_SECONDS \
                      [DATE_ONLY_JSON_DIR PIPELINE_SECONDS PROCESS_SECONDS]
       dates_peers.py DATA_DIR - 0 --url-map OUT.json
The date-only run must find the very dates the full run found: any page where they differ is
listed, and the script exits 1.
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


def clear_string_caches():
    """htmldate memoises its date parsing by input string: a second pass over the same pages
    would be timed on cached answers. Each timed pass starts from a cold cache, as a first pass
    does (the unbounded caches of fixed tables are kept)."""
    import htmldate.extractors
    import htmldate.validators
    for module in (htmldate.extractors, htmldate.validators):
        for value in vars(module).values():
            info = getattr(value, "cache_info", None)
            if info is not None and info().maxsize is not None:
                value.cache_clear()


def sitrep_date(directory, name):
    """The day, moment and source Sitrep wrote for one page (Nones when it wrote nothing)."""
    try:
        found = json.loads((directory / (name[:-len(".html.gz")] + ".json")).read_text())
    except (OSError, ValueError):
        found = {}
    return found.get("published"), found.get("published_at"), found.get("published_source")


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
        seconds = float("inf")
        for _ in range(3):  # best of three, as the Sitrep runs
            clear_string_caches()
            start = time.perf_counter()
            for f, html in pages.items():
                try:
                    found[f] = find_date(html, url=truth[f][0], extensive_search=extensive, original_date=True)
                except Exception:
                    found[f] = None
            seconds = min(seconds, time.perf_counter() - start)
        rows.append((name, sum(found[f] == truth[f][1] for f in truth), seconds))

    runs = [("sitrep", sys.argv[2:5])]
    if len(sys.argv) >= 8:
        runs.append(("sitrep-date", sys.argv[5:8]))
    found_by_run = {}
    for name, (directory, pipeline_seconds, process_seconds) in runs:
        found_by_run[name] = {f: sitrep_date(Path(directory), f) for f in truth}
        correct = sum(found_by_run[name][f][0] == day for f, (_, day) in truth.items())
        rows.append((name, correct, float(pipeline_seconds)))
        rows.append((name + "-process", correct, float(process_seconds)))

    fast_rate = next(len(truth) / s for n, _, s in rows if n == "htmldate-fast")
    print(f"{'extractor':<20} {'accuracy':>9} {'pages/s':>9} {'× htmldate-fast':>16}")
    for name, right, seconds in rows:
        rate = len(truth) / seconds
        print(f"{name:<20} {right / len(truth):>9.3f} {rate:>9.1f} {rate / fast_rate:>16.2f}")
    if "sitrep-date" in found_by_run:
        differ = [f for f in truth if found_by_run["sitrep"][f] != found_by_run["sitrep-date"][f]]
        for f in differ:
            print(f"date-only differs on {f}: {found_by_run['sitrep'][f]} vs {found_by_run['sitrep-date'][f]}")
        if differ:
            sys.exit(1)


if __name__ == "__main__":
    main()
