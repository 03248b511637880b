#!/usr/bin/env python3
"""The reading benchmark's peers, timed in-process on the same texts Sitrep reads, in CPU time
(time.thread_time), as Sitrep's `ingest --timing` counts its stages.

  reading_peers.py time FILE.jsonl...   prints "dateparser SECONDS TEXTS" and "quantulum3 SECONDS TEXTS"
                                        (dateparser's search_dates with each text's publication date as
                                        RELATIVE_BASE; quantulum3's parser.parse)
"""
import datetime, json, sys, time


def texts(paths):
    for path in paths:
        with open(path, encoding='utf8') as f:
            for line in f:
                if line.strip():
                    record = json.loads(line)
                    yield record.get('text') or '', record.get('published')


def main():
    mode, paths = sys.argv[1], sys.argv[2:]
    assert mode == 'time'
    from dateparser.search import search_dates
    from quantulum3 import parser
    items = list(texts(paths))
    # Untimed warm-up: both load their data on first use.
    search_dates('on Tuesday, 3 May 2016', languages=['en'])
    parser.parse('about 4,000 people')
    start = time.thread_time()
    for text, published in items:
        base = datetime.datetime.fromisoformat(published[:10]) if published else datetime.datetime(2020, 1, 1)
        try:
            search_dates(text, languages=['en'], settings={'RELATIVE_BASE': base})
        except Exception:
            pass
    print(f'dateparser {time.thread_time() - start:.4f} {len(items)}')
    start = time.thread_time()
    for text, _ in items:
        try:
            parser.parse(text)
        except Exception:
            pass
    print(f'quantulum3 {time.thread_time() - start:.4f} {len(items)}')


if __name__ == '__main__':
    main()
