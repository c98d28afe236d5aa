#!/usr/bin/env python3
"""Peer for bench_export: Python 3's standard library doing what `sessionscope export` does.

usage: export_century.py BASE_URL KEY_ENV OUT.csv

Pages GET BASE_URL/smart-ia/sessions (limit 100, newest first, the same view as
`sessionscope export --backend century` with no filters) through nextCursor to the end,
with urllib + json, and writes the export's default columns with the csv module: times
as the API sends them (ISO 8601 UTC), durations in seconds, statuses as the dashboard
names them. The key is read from the environment variable KEY_ENV. Prints the row count.
"""
import csv
import json
import os
import re
import sys
import urllib.parse
import urllib.request

HEADERS = ["Status", "Pupil", "Username", "Subject", "Assessment", "Started", "Finished", "Duration", "Level"]
STATUS = {"COMPLETED": "Completed", "IN_PROGRESS": "Live"}
DURATION = re.compile(r"^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:\.\d+)?S)?)?$")


def seconds(text):
    m = DURATION.match(text or "")
    if not text or not m:
        return ""
    w, d, h, mi, s = (int(g) if g else 0 for g in m.groups())
    return str((((w * 7 + d) * 24 + h) * 60 + mi) * 60 + s)


def main():
    base, key_env, out_path = sys.argv[1], sys.argv[2], sys.argv[3]
    key = os.environ[key_env]
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    query = {"limit": "100", "sort[field]": "startDate", "sort[direction]": "desc"}
    cursor, rows = None, 0
    with open(out_path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(HEADERS)
        while True:
            params = dict(query)
            if cursor:
                params["cursor"] = cursor
            request = urllib.request.Request(base + "/smart-ia/sessions?" + urllib.parse.urlencode(params),
                                             headers={"x-api-key": key})
            with opener.open(request) as response:
                page = json.load(response)
            for s in page["data"]:
                user, test, result = s["user"], s["test"], s.get("result") or {}
                writer.writerow([STATUS.get(s["status"], s["status"]), user["fullName"], user["username"],
                                 test["subject"], test["name"], s["startDate"], s.get("endDate", ""),
                                 seconds(result.get("duration")), result.get("level", "")])
                rows += 1
            cursor = page["pagination"].get("nextCursor")
            if not cursor:
                break
        out.flush()
        os.fsync(out.fileno())
    print(rows)


if __name__ == "__main__":
    main()
