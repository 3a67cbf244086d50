#!/usr/bin/env python3
"""scripts/gen_synthetic_catalog.py is deterministic: the same seed and count
give the same bytes (whatever PYTHONHASHSEED), another seed gives other
records, and every line is a package dict with a unique id. Skips (77) when
the real records it reads (../shared/data/datagoth) are absent."""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(HERE, "..", "..", "scripts", "gen_synthetic_catalog.py")
REAL = os.path.join(HERE, "..", "..", "..", "shared", "data", "datagoth", "datagoth-1236.jsonl")


def run(*args, hashseed="0"):
    env = dict(os.environ, PYTHONHASHSEED=hashseed)
    return subprocess.run([sys.executable, SCRIPT, *args], env=env, capture_output=True,
                          check=True, timeout=60).stdout


def main():
    if not os.path.exists(REAL):
        print(f"skipped: {REAL} is absent")
        return 77
    failures = []

    def check(ok, what):
        if not ok:
            failures.append(what)

    a = run("--count", "40", "--seed", "3")
    check(a == run("--count", "40", "--seed", "3", hashseed="12345"), "same seed, same bytes")
    check(a != run("--count", "40", "--seed", "4"), "another seed, other records")
    check(run("--count", "10", "--seed", "3") == b"".join(a.splitlines(keepends=True)[:10]),
          "a smaller count is a prefix of a larger one")
    lines = a.decode().splitlines()
    check(len(lines) == 40, "one record per line")
    ids = [json.loads(l)["id"] for l in lines]
    check(len(set(ids)) == len(ids), "unique ids")
    q = run("--count", "30", "--seed", "7", "--queries", "--agencies-for", "1000")
    check(q == run("--count", "30", "--seed", "7", "--queries", "--agencies-for", "1000", hashseed="99"),
          "same query log for the same seed")
    check(len(q.decode().splitlines()) == 30, "one query per line")
    for f in failures:
        print("FAILED:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
