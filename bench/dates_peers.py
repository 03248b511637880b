#!/usr/bin/env python3
"""Publication dates on a folder of pages with a gold.json: times htmldate (extensive and fast)
in-process on pages in memory, and reports Sitrep's JSON output beside it.

usage: dates_peers.py url-map DATA_DIR OUT.json
           writes the file-name → URL map Sitrep is given
       dates_peers.py time-peers DATA_DIR
           runs each htmldate mode once (after an untimed warm-up pass, with cold per-string
           caches) and prints `name seconds correct` per mode
       dates_peers.py report DATA_DIR ROUNDS SITREP_JSON_DIR DATE_ONLY_JSON_DIR
           prints the table from ROUNDS (`name seconds [correct]` lines, best time per name)
           and the accuracy of Sitrep's two outputs; exits 1 when the date-only output differs
           from the full one on any page (day, moment or source)
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
    """htmldate memoises its date parsing by input string: a pass after another over the same
    pages would be timed on memoised answers. Each timed pass starts from cold caches, as a first
    pass does (the unbounded caches of fixed tables are kept)."""
    import htmldate.extractors
    import htmldate.validators
    for module in (htmldate.extractors, htmldate.validators):
        for value in vars(module).values():
            info = getattr(value, "cache_info", None)
            if info is not None and info().maxsize is not None:
                value.cache_clear()


def time_peers(data):
    from htmldate import find_date

    truth = gold(data)
    pages = {f: gzip.decompress((data / f).read_bytes()).decode("utf-8", errors="replace") for f in truth}
    for name, extensive in [("htmldate-extensive", True), ("htmldate-fast", False)]:
        def run(f):
            try:
                return find_date(pages[f], url=truth[f][0], extensive_search=extensive, original_date=True)
            except Exception:
                return None
        # Untimed: one pass over the pages first, so lazy imports and set-up (dateparser loads a
        # language's data when it first meets it) are paid as a long-running worker pays them,
        # once; then htmldate's per-string caches are emptied so the timed pass computes afresh.
        for f in pages:
            run(f)
        clear_string_caches()
        start = time.perf_counter()
        found = {f: run(f) for f in pages}
        seconds = time.perf_counter() - start
        print(f"{name} {seconds:.4f} {sum(found[f] == truth[f][1] for f in truth)}")


def sitrep_date(directory, name):
    """The day, moment and source Sitrep wrote for one page (Nones when it wrote nothing)."""
    try:
        found = json.loads((directory / (name[:-len(".html.gz")] + ".json")).read_text())
    except (OSError, ValueError):
        found = {}
    return found.get("published"), found.get("published_at"), found.get("published_source")


def report(data, rounds_path, full_dir, date_dir):
    truth = gold(data)
    best, correct, order = {}, {}, []
    for line in Path(rounds_path).read_text().split("\n"):
        if not line.strip():
            continue
        name, seconds, *rest = line.split()
        if name not in best:
            order.append(name)
            best[name] = float(seconds)
        best[name] = min(best[name], float(seconds))
        if rest:
            correct[name] = int(rest[0])
    found = {"sitrep": {f: sitrep_date(Path(full_dir), f) for f in truth},
             "sitrep-date": {f: sitrep_date(Path(date_dir), f) for f in truth}}
    for name, dates in found.items():
        right = sum(dates[f][0] == day for f, (_, day) in truth.items())
        correct[name] = correct[name + "-process"] = right

    fast_rate = len(truth) / best["htmldate-fast"]
    print(f"{'extractor':<20} {'accuracy':>9} {'pages/s':>9} {'× htmldate-fast':>16}")
    for name in order:
        rate = len(truth) / best[name]
        print(f"{name:<20} {correct[name] / len(truth):>9.3f} {rate:>9.1f} {rate / fast_rate:>16.2f}")
    differ = [f for f in truth if found["sitrep"][f] != found["sitrep-date"][f]]
    for f in differ:
        print(f"date-only differs on {f}: {found['sitrep'][f]} vs {found['sitrep-date'][f]}")
    return 1 if differ else 0


def main():
    command, data = sys.argv[1], Path(sys.argv[2])
    if command == "url-map":
        Path(sys.argv[3]).write_text(json.dumps({f: u for f, (u, _) in gold(data).items()}))
    elif command == "time-peers":
        time_peers(data)
    elif command == "report":
        sys.exit(report(data, *sys.argv[3:6]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
