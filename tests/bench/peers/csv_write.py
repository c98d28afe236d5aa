#!/usr/bin/env python3
"""Peer for bench_csv: Python's csv module writing the same rows as CsvWriter.

usage: csv_write.py ROWS.json OUT.csv ROW_COUNT RUNS

ROWS.json is {"headers": [...], "rows": [[...], ...]}, the rows already spelled as CsvWriter's plain preset
spells them (ISO 8601 UTC, durations in seconds), so Python does no formatting of its own:
an advantage to the peer. The rows are written ROW_COUNT times in a cycle, RUNS times; each
run prints its rows/s on a line. Each file is fsync'ed before closing, as QSaveFile::commit()
does for ours.
"""
import csv
import itertools
import json
import os
import sys
import time


def main():
    rows_path, out_path, count, runs = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    with open(rows_path, encoding="utf-8") as f:
        data = json.load(f)
    headers, pool = data["headers"], data["rows"]
    for _ in range(runs):
        start = time.perf_counter()
        with open(out_path, "w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(headers)
            writer.writerows(itertools.islice(itertools.cycle(pool), count))
            out.flush()
            os.fsync(out.fileno())
        elapsed = time.perf_counter() - start
        print("%.1f" % (count / elapsed), flush=True)


if __name__ == "__main__":
    main()
