#!/usr/bin/env python3
"""Runs the Python extractors on a benchmark folder, in-process on HTML already in memory, and
writes each one's bodies to OUT/<peer>/NAME.txt. Prints `peer seconds pages` per peer for one
run from cold per-string caches; bench/extraction calls it once per round and keeps the best.

usage: extraction_peers.py DATA_DIR OUT_DIR
"""
import gzip
import sys
import time
from pathlib import Path

import html_text
import trafilatura
from readability import Document


def load(data):
    pages = {}
    for path in sorted(data.glob("*.html.gz")):
        pages[path.name[:-len(".html.gz")]] = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
    return pages


def readability_text(html):
    return html_text.extract_text(Document(html).summary(html_partial=True))


PEERS = {
    "trafilatura": lambda html: trafilatura.extract(html) or "",
    "trafilatura-fast": lambda html: trafilatura.extract(html, fast=True) or "",
    "readability": readability_text,
}


def clear_string_caches():
    """trafilatura memoises some text functions by input string: a pass after another over the
    same pages would be timed on cached answers. Each timed pass starts from cold caches, as a
    first pass does (unbounded caches of fixed tables are kept)."""
    for module in list(sys.modules.values()):
        if not getattr(module, "__name__", "").startswith(("trafilatura", "readability", "html_text")):
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if callable(info) and info().maxsize is not None:
                value.cache_clear()


def main():
    data, out = Path(sys.argv[1]), Path(sys.argv[2])
    pages = load(data)
    for name, extract in PEERS.items():
        target = out / name
        target.mkdir(parents=True, exist_ok=True)
        results = {}
        # Untimed: one page first, so lazy imports and set-up are not counted; then cold caches.
        try:
            extract(next(iter(pages.values())))
        except Exception:
            pass
        clear_string_caches()
        start = time.perf_counter()
        for page, html in pages.items():
            try:
                results[page] = extract(html)
            except Exception:  # a peer's crash on a page counts as extracting nothing
                results[page] = ""
        seconds = time.perf_counter() - start
        for page, text in results.items():
            (target / (page + ".txt")).write_text(text, encoding="utf-8")
        print(f"{name} {seconds:.4f} {len(pages)}")


if __name__ == "__main__":
    main()
