#!/usr/bin/env python3
"""Kills `normcheck new --force` and `normcheck report` with SIGKILL at random moments while they
replace an existing file, then checks that the target is always a complete old or new file and
counts the temporary files left beside it (the next save of that file removes them once they are
older than normcheck's stale age).

Usage: scripts/kill_during_save.py [--runs 300] [--binary target/release/normcheck]
"""
import argparse, glob, json, os, random, signal, subprocess, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=300)
    ap.add_argument("--binary", default=os.path.join(ROOT, "target/release/normcheck"))
    args = ap.parse_args()
    rng = random.Random(7)
    complete = broken = left = 0
    with tempfile.TemporaryDirectory() as tmp:
        session = os.path.join(tmp, "s.json")
        report = os.path.join(tmp, "r.md")
        subprocess.run([args.binary, "new", "--member-state", "Viet Nam", "-o", session], check=True)
        fixture = os.path.join(ROOT, "tests/fixtures/small-session.json")
        checklist = os.path.join(ROOT, "tests/fixtures/small-checklist.json")
        subprocess.run([args.binary, "report", fixture, "--checklist", checklist, "--format",
                        "md", "-o", report], check=True)
        for i in range(args.runs):
            if i % 2 == 0:
                cmd = [args.binary, "new", "--member-state", f"State {i}", "--force", "-o", session]
                target = session
            else:
                cmd = [args.binary, "report", fixture, "--checklist", checklist, "--format", "md",
                       "--force", "-o", report]
                target = report
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0, 0.004))
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            data = open(target, "rb").read()
            ok = data.endswith(b"\n") and (target == report or json.loads(data) is not None)
            complete += ok
            broken += not ok
        left = len(glob.glob(os.path.join(tmp, ".*.tmp")))
    print(f"{args.runs} killed writes: {complete} targets complete, {broken} damaged, "
          f"{left} temporary files left (removed by the next save after "
          f"normcheck's stale age)")
    raise SystemExit(1 if broken else 0)


if __name__ == "__main__":
    main()
