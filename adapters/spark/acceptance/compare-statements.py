#!/usr/bin/env python3
"""Compares the CLI's statement JSON with the Spark job's, figure by figure.

Every value must be equal, except the lists the driver's statement leaves empty by design
(docs/spark.md: per-connection lines, impact lines, per-connection amounts, credit rows, order lines,
leakage items; they are the job's Parquet tables) and the order of the gap
lists (sorted on Spark). Prints what it compared and every difference; exit status 1 on any.

    compare-statements.py CLI_JSON SPARK_JSON
"""
import json
import re
import sys

# Paths of lists (dot-separated keys) that the Spark statement leaves empty by design.
LEFT_OUT = [
    r"connections",
    r"impacts",
    r"breakdowns\.byAccount",
    r"revenueAtRisk\.(byConnection|plannedByConnection)",
    r"usageLost\.byConnection",
    r"slaCredits\.byConnection",
    r"fulfilment\.orders",
    r"enabled\.byConnection",
    r"lost\.byConnection",
    r"leakage\.items",
    r"protectedRevenue\.byConnection",
]
UNORDERED = [r"gaps\.[A-Za-z]+"]


def read(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return json.loads(text[text.index("{"):])


def matches(patterns, path):
    return any(re.fullmatch(p, path) for p in patterns)


def compare(a, b, path, out):
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            p = f"{path}.{k}" if path else k
            if k not in a or k not in b:
                out["differences"].append(f"{p}: only in {'CLI' if k in a else 'Spark'}")
            else:
                compare(a[k], b[k], p, out)
        return
    if isinstance(a, list) and isinstance(b, list):
        if not b and a and matches(LEFT_OUT, path):
            out["leftOut"].append(f"{path} ({len(a)})")
            return
        if matches(UNORDERED, path):
            key = lambda v: json.dumps(v, sort_keys=True)
            a, b = sorted(a, key=key), sorted(b, key=key)
        if len(a) != len(b):
            out["differences"].append(f"{path}: {len(a)} items in the CLI's, {len(b)} in Spark's")
            return
        for i, (x, y) in enumerate(zip(a, b)):
            compare(x, y, f"{path}[{i}]", out)
        return
    out["values"] += 1
    if a != b:
        out["differences"].append(f"{path}: CLI {a!r}, Spark {b!r}")


def main():
    cli, spark = read(sys.argv[1]), read(sys.argv[2])
    out = {"values": 0, "differences": [], "leftOut": []}
    compare(cli, spark, "", out)
    print(f"compared {out['values']} values")
    if out["leftOut"]:
        print("left out by the Spark statement (in its tables): " + ", ".join(out["leftOut"]))
    for d in out["differences"][:50]:
        print("DIFFERENT " + d)
    if out["differences"]:
        print(f"{len(out['differences'])} differences")
        return 1
    print("the same figures")
    return 0


if __name__ == "__main__":
    sys.exit(main())
