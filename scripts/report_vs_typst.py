#!/usr/bin/env python3
"""Paired timing of `normcheck report` against Typst on the same content (whole processes).

For each case, the Markdown report is converted to Typst source (scripts/md_to_typst.py) once;
then the two commands alternate (which one goes first alternates too), N pairs, and the medians
and their ratio are printed, with each side's peak memory (`/usr/bin/time -v`), page count and
the machine's load average. Typst runs through its Python binding (`pip install typst`) as a
whole `python3` process, fonts limited to the bundled ones.

    cargo build --release --bin normcheck --example report_inputs
    target/release/examples/report_inputs /tmp/nc-inputs
    scripts/report_vs_typst.py /tmp/nc-inputs [--runs 7] [--large-runs 3]
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import md_to_typst  # noqa: E402

FONTS = os.path.join(ROOT, "assets", "fonts")


def run(cmd):
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def peak_mib(cmd):
    out = subprocess.run(["/usr/bin/time", "-v", *cmd], check=True, capture_output=True, text=True)
    kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", out.stderr).group(1))
    return kb / 1024


def pages(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    m = re.search(r"Pages:\s+(\d+)", out)
    return int(m.group(1)) if m else 0


def case(name, normcheck, session, extra, runs, tmp):
    md = os.path.join(tmp, f"{name}.md")
    typ = os.path.join(tmp, f"{name}.typ")
    ours_pdf = os.path.join(tmp, f"{name}.pdf")
    typst_pdf = os.path.join(tmp, f"{name}-typst.pdf")
    subprocess.run([normcheck, "report", session, *extra, "--format", "md", "-o", md], check=True)
    with open(md, encoding="utf-8") as f, open(typ, "w", encoding="utf-8") as g:
        g.write(md_to_typst.convert(f.read()))
    ours = [normcheck, "report", session, *extra, "-o", ours_pdf]
    code = (f"import typst; typst.compile({typ!r}, output={typst_pdf!r}, "
            f"font_paths=[{FONTS!r}], ignore_system_fonts=True)")
    theirs = [sys.executable, "-c", code]
    run(ours), run(theirs)  # warm the page cache
    a, b = [], []
    for i in range(runs):
        if i % 2 == 0:
            a.append(run(ours)); b.append(run(theirs))
        else:
            b.append(run(theirs)); a.append(run(ours))
    ratios = [x / y for x, y in zip(a, b)]
    ma, mb = statistics.median(a), statistics.median(b)
    return {
        "case": name, "runs": runs,
        "normcheck_s": ma, "typst_s": mb, "ratio_of_medians": ma / mb,
        "median_pair_ratio": statistics.median(ratios),
        "normcheck_mib": peak_mib(ours), "typst_mib": peak_mib(theirs),
        "normcheck_pages": pages(ours_pdf), "typst_pages": pages(typst_pdf),
        "normcheck_bytes": os.path.getsize(ours_pdf), "typst_bytes": os.path.getsize(typst_pdf),
    }


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", help="folder written by the report_inputs example")
    p.add_argument("--normcheck", default=os.path.join(ROOT, "target", "release", "normcheck"))
    p.add_argument("--runs", type=int, default=7, help="pairs for the built-in case")
    p.add_argument("--large-runs", type=int, default=3, help="pairs for the 2,000-item case")
    p.add_argument("--only", choices=["builtin", "large"])
    args = p.parse_args()
    load_before = os.getloadavg()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        if args.only in (None, "builtin"):
            results.append(case("built-in", args.normcheck, os.path.join(args.inputs, "builtin.json"),
                                [], args.runs, tmp))
        if args.only in (None, "large"):
            extra = ["--checklist", os.path.join(args.inputs, "large-checklist.json")]
            results.append(case("2,000 items", args.normcheck, os.path.join(args.inputs, "large.json"),
                                extra, args.large_runs, tmp))
    load_after = os.getloadavg()
    print(f"load average before {load_before[0]:.2f} / after {load_after[0]:.2f} "
          f"(1 min), {os.cpu_count()} cores")
    print("| case | pairs | normcheck median | Typst median | ratio of medians | median pair ratio "
          "| normcheck peak | Typst peak | pages (normcheck / Typst) | size (normcheck / Typst) |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['case']} | {r['runs']} | {r['normcheck_s']:.3f} s | {r['typst_s']:.3f} s "
              f"| {r['ratio_of_medians']:.2f} | {r['median_pair_ratio']:.2f} "
              f"| {r['normcheck_mib']:.0f} MiB | {r['typst_mib']:.0f} MiB "
              f"| {r['normcheck_pages']} / {r['typst_pages']} "
              f"| {r['normcheck_bytes'] / 1e6:.2f} / {r['typst_bytes'] / 1e6:.2f} MB |")


if __name__ == "__main__":
    main()
