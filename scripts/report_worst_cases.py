#!/usr/bin/env python3
"""Times `normcheck report` on hostile inputs and prints seconds per 20 pages printed (the
goal: at most 1 s per 20 pages, whatever the input). Each case is one answer on the
built-in checklist whose note is built to stress line breaking, shaping or font fallback.

    scripts/report_worst_cases.py [--normcheck target/release/normcheck]
"""

import argparse
import json
import os
import re
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

CASES = {
    "20,000 x 'A' (no space)": "A" * 20000,
    "100,000 characters of words": ("Ghi chú về tiến độ thực hiện; the working group reviewed "
                                    "the drafts and agreed next steps. ") * 1150,
    "20,000 Thai without a space": "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม" * 580,
    "20,000 Khmer without a space": "ក្រសួងការពារជាតិ" * 1250,
    "20,000 Myanmar without a space": "ဝန်ကြီးဌာနပညာ" * 1540,
    "'a' + 20,000 combining accents": "a" + "\u0301" * 20000,
    "20,000 characters no font has": "中文" * 10000,
    "10,000 one-letter lines": "x\n" * 10000,
    "20,000 hyphens and slashes": "-/" * 10000,
    "20,000 spaces between two words": "start" + " " * 20000 + "end",
}


def pages(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    m = re.search(r"Pages:\s+(\d+)", out)
    return int(m.group(1)) if m else 0


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--normcheck", default=os.path.join(ROOT, "target", "release", "normcheck"))
    args = p.parse_args()
    print(f"load average {os.getloadavg()[0]:.2f} (1 min)")
    print("| input (one note) | pages | time | s per 20 pages |")
    print("|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, note in CASES.items():
            session = {
                "format": "normcheck-session", "format_version": 1,
                "checklist": {"id": "normcheck-nic-reference", "version": "1.0.0"},
                "answers": {"a.1": {"level": 1, "note": note}},
            }
            path = os.path.join(tmp, "s.json")
            with open(path, "w", encoding="utf-8") as f:
                json.dump(session, f, ensure_ascii=False)
            pdf = os.path.join(tmp, "r.pdf")
            t = time.perf_counter()
            subprocess.run([args.normcheck, "report", path, "-o", pdf], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            dt = time.perf_counter() - t
            n = pages(pdf)
            print(f"| {name} | {n} | {dt:.2f} s | {dt / max(n, 1) * 20:.2f} |")


if __name__ == "__main__":
    main()
