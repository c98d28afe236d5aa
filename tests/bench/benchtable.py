#!/usr/bin/env python3
"""Judges the BENCH lines of one ./dev bench run, prints the table and writes bench-results.json.

usage: benchtable.py LOG RESULTS.json [FAILED_BENCH ...]
       benchtable.py --markdown RESULTS.json     (the table of a past run, for a README)

LOG holds every benchmark's output; the lines that matter are written by tests/bench/benchreport.h:
  BENCH <id> value=<v> unit=<u> [peer=<name> peer_value=<v> ratio=<r> peer_noise=<n>]
        goal=<g> noise=<n> pass=yes|no [valid=no]
A figure passes when it meets its goal; it passes "within noise" when it misses the goal by
less than the spread its own runs measured (for a ratio goal, ours and the peer's spreads
added); otherwise it fails, and so does the run (exit status 1). FAILED_BENCH names are
benchmark programs that did not finish: they fail the run too.
"""
import json
import os
import re
import subprocess
import sys
import time

FIELD = re.compile(r"(\w+)=(\S+)")
GOAL = re.compile(r"^(ratio)?(<=|>=)([-+0-9.eE]+)$")
FAILED = ("fail", "invalid")


def number(text):
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def parse(line):
    _, figure, rest = line.split(None, 2)
    fields = dict(FIELD.findall(rest))
    # Older lines spell the peer's value peervalue=; both are read.
    peer_value = fields.get("peer_value", fields.get("peervalue"))
    return {
        "figure": figure,
        "value": number(fields.get("value")),
        "unit": fields.get("unit", ""),
        "peer": fields.get("peer"),
        "peer_value": number(peer_value),
        "ratio": number(fields.get("ratio")),
        "goal": fields.get("goal", "report"),
        "noise": number(fields.get("noise")) or 0.0,
        "peer_noise": number(fields.get("peer_noise")) or 0.0,
        "strict_pass": fields.get("pass") == "yes",
        "valid": fields.get("valid", "yes") != "no",
    }


def verdict(f):
    """pass, pass~ (missed by less than the measured noise), fail, invalid (the run went wrong:
    rows lost, outputs that differ, a peer that failed) or info (no goal)."""
    if not f["valid"]:
        return "invalid"
    match = GOAL.match(f["goal"])
    if not match:
        # A goal this script cannot read (an older bench): trust the bench's own pass=.
        return "info" if f["goal"] == "report" else ("pass" if f["strict_pass"] else "fail")
    on_ratio, op, limit = match.group(1), match.group(2), float(match.group(3))
    value = f["ratio"] if on_ratio else f["value"]
    if value is None:
        return "fail"
    noise = f["noise"] + (f["peer_noise"] if on_ratio else 0.0)
    if (op == "<=" and value <= limit) or (op == ">=" and value >= limit):
        return "pass"
    # Missed: by more than the noise? (value - limit) measured against the value's own spread.
    if abs(value - limit) <= noise * abs(value):
        return "pass~"
    return "fail"


def shown(value, digits=4):
    if value is None:
        return "-"
    if value == 0:
        return "0"
    magnitude = abs(value)
    if magnitude >= 10 ** digits:
        return f"{value:,.0f}"
    return f"{value:.{digits}g}"


def machine():
    load = os.getloadavg()
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                                cwd=os.path.dirname(os.path.abspath(__file__))).stdout.strip()
    except OSError:
        commit = ""
    return {"date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "cpus": os.cpu_count(),
            "load_average_1_5_15": [round(x, 2) for x in load], "commit": commit}


def noise_shown(f):
    return f"±{100 * (f['noise'] + (f['peer_noise'] if f['goal'].startswith('ratio') else 0)):.0f}%"


def markdown(results_path):
    with open(results_path, encoding="utf-8") as f:
        result = json.load(f)
    print("| figure | ours | peer | peer's | ratio | goal | noise | verdict |")
    print("|---|--:|---|--:|--:|---|--:|---|")
    for f in result["figures"]:
        unit = f" {f['unit']}" if f["value"] is not None else ""
        peer_unit = unit if f["peer_value"] is not None else ""
        verdict = f["verdict"].upper() if f["verdict"] in FAILED else f["verdict"]
        print(f"| {f['figure']} | {shown(f['value'])}{unit} | {f['peer'] or '—'} | {shown(f['peer_value'])}{peer_unit} "
              f"| {shown(f['ratio'], 3)} | {f['goal'].replace('<=', ' ≤ ').replace('>=', ' ≥ ').strip()} | {noise_shown(f)} "
              f"| {'**' + verdict + '**' if verdict.isupper() else verdict} |")
    return 0


def main():
    if sys.argv[1] == "--markdown":
        return markdown(sys.argv[2])
    log_path, out_path, failed_benches = sys.argv[1], sys.argv[2], sys.argv[3:]
    with open(log_path, encoding="utf-8", errors="replace") as f:
        figures = [parse(line) for line in f if line.startswith("BENCH ")]
    for fig in figures:
        fig["verdict"] = verdict(fig)

    header = ["figure", "ours", "unit", "peer", "peer value", "ratio", "goal", "noise", "verdict"]
    rows = [[f["figure"], shown(f["value"]), f["unit"], f["peer"] or "-", shown(f["peer_value"]),
             shown(f["ratio"], 3), f["goal"], noise_shown(f),
             f["verdict"].upper() if f["verdict"] in FAILED else f["verdict"]] for f in figures]
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    right = {1, 4, 5, 7}
    print()
    print("Summary: medians; ratio = ours / peer in the figure's unit, both measured in this run;")
    print("noise = median absolute deviation of the runs (for a ratio goal, ours + the peer's);")
    print("pass~ = missed the goal by less than the noise measured; INVALID = the run went wrong (see its log).")
    for r in [header, ["-" * w for w in widths]] + rows:
        print("  ".join(str(c).rjust(w) if i in right else str(c).ljust(w) for i, (c, w) in enumerate(zip(r, widths))))

    failed = [f["figure"] for f in figures if f["verdict"] in FAILED]
    result = {"machine": machine(), "figures": figures, "failed_figures": failed, "failed_benches": failed_benches}
    with open(log_path, encoding="utf-8", errors="replace") as f:
        # run-benchmarks' uptime lines: how loaded this shared machine was around the run.
        result["machine"]["uptime"] = [line.strip() for line in f if line.startswith("Machine ")]
    with open(out_path, "w", encoding="utf-8") as out:
        json.dump(result, out, indent=2)
        out.write("\n")
    print(f"\nResults: {os.path.abspath(out_path)}")
    print(f"Machine: {result['machine']['cpus']} CPUs; load average now {result['machine']['load_average_1_5_15']}")
    if failed_benches:
        print("Benchmarks that did not finish: " + ", ".join(failed_benches), file=sys.stderr)
    if failed:
        print("Missed by more than the noise measured: " + ", ".join(failed), file=sys.stderr)
    return 1 if failed or failed_benches or not figures else 0


if __name__ == "__main__":
    sys.exit(main())
