#!/usr/bin/env python3
"""Feeds mutated session and checklist files to the normcheck commands and reports any run that
panics, hangs, prints control characters raw, or splits an error over lines without the file name.

Usage: scripts/fuzz_files.py [--seconds 60] [--binary target/release/normcheck] [--seed N]
Bounded by time, not run in CI by default. Prints a summary line with the figures.
"""
import json, os, random, tempfile, time

from fuzzing import ROOT, Failures, arguments, check

SEEDS = [
    "tests/fixtures/small-session.json",
    "tests/fixtures/small-checklist.json",
    "checklists/nic-reference.json",
]
NASTY = ["\u001b[2J", "\r", "\n", "\u0000", "\u0007", "\u009b", "\ufeff", "ကခ", "ที่", "ễ"]


def mutate(data: bytes, rng: random.Random) -> bytes:
    kind = rng.randrange(8)
    b = bytearray(data)
    if kind == 0 and b:  # flip bytes
        for _ in range(rng.randint(1, 8)):
            b[rng.randrange(len(b))] = rng.randrange(256)
    elif kind == 1:  # truncate
        b = b[: rng.randrange(len(b) + 1)]
    elif kind == 2:  # byte-order mark
        b = bytearray(b"\xef\xbb\xbf") + b
    elif kind == 3:  # duplicate a key
        text = b.decode("utf-8", "replace")
        i = text.find('"format_version"')
        if i >= 0:
            text = text[:i] + '"format_version": 999, ' + text[i:]
        b = bytearray(text.encode())
    else:  # structured edits on the JSON
        try:
            value = json.loads(data)
        except ValueError:
            return bytes(b)
        edit_json(value, rng)
        b = bytearray(json.dumps(value, ensure_ascii=rng.random() < 0.5).encode())
    return bytes(b)


def edit_json(value, rng):
    nodes = []

    def walk(v):
        if isinstance(v, dict):
            nodes.append(v)
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)

    walk(value)
    if not nodes:
        return
    node = rng.choice(nodes)
    choice = rng.randrange(5)
    if choice == 0 and node:
        key = rng.choice(list(node))
        node[key] = rng.choice([1e308, -1, 0, None, "", [], {}, "x" * 20000, 2**63, True])
    elif choice == 1:
        node[rng.choice(NASTY) + "key"] = 1
    elif choice == 2 and node:
        key = rng.choice(list(node))
        if isinstance(node[key], str):
            node[key] += rng.choice(NASTY)
    elif choice == 3 and node:
        node.pop(rng.choice(list(node)))
    else:
        node["weight"] = rng.choice([1e308, 0, -5, 1000, 1000.0001])


def main():
    args = arguments()
    rng = random.Random(args.seed)
    seeds = [open(os.path.join(ROOT, s), "rb").read() for s in SEEDS]
    runs = files = 0
    failures = Failures("fuzz-failure", "json")
    deadline = time.time() + args.seconds
    with tempfile.TemporaryDirectory() as tmp:
        while time.time() < deadline:
            data = mutate(rng.choice(seeds), rng)
            path = os.path.join(tmp, f"f{files}.json")
            with open(path, "wb") as f:
                f.write(data)
            files += 1
            out = os.path.join(tmp, "out.md")
            for cmd in (
                [args.binary, "validate", path],
                [args.binary, "score", path],
                [args.binary, "report", path, "--format", "md", "-o", out],
            ):
                runs += 1
                problem = check(cmd, 20, named=path)
                if problem:
                    failures.record(cmd, data, problem)
            os.remove(path)
    failures.finish(f"{files} files, {runs} runs in {args.seconds:.0f} s")


if __name__ == "__main__":
    main()
