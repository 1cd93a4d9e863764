#!/usr/bin/env python3
"""Feeds mutated spreadsheets (.xlsx) to the commands that read them — a checklist workbook to
`validate` and `new --checklist`, an assessment workbook to `sheet import` — and reports any
run that panics, hangs, or prints control characters raw.

Mutations work inside the workbook as well as on its bytes: cell values replaced by huge,
negative, empty or non-numeric ones, control characters and other scripts in texts, cell
references moved to the sheet's far corner, rows duplicated or cut, and the zip truncated.

Usage: scripts/fuzz_sheets.py [--seconds 60] [--binary target/release/normcheck] [--seed N]
Bounded by time, not run in CI by default. Prints a summary line with the figures.
"""
import io, os, random, re, subprocess, tempfile, time, zipfile

from fuzzing import ROOT, Failures, arguments, check

NASTY = ["\u001b[2J", "\r", "\u0007", "\u009b", "\ufeff", "ကခ", "ที่", "ễ", "中文", "😀"]
VALUES = ["1e308", "-1", "0", "", "NaN", "inf", "99999999999999999999", "0.5", "x" * 40000]


def mutate_xml(text, rng):
    kind = rng.randrange(6)
    if kind == 0:  # a number cell gets a strange value
        cells = list(re.finditer(r"<v>[^<]*</v>", text))
        if cells:
            m = rng.choice(cells)
            return text[: m.start()] + f"<v>{rng.choice(VALUES)}</v>" + text[m.end():]
    elif kind == 1:  # a text gets nasty characters (escaped for XML where needed)
        texts = list(re.finditer(r"<t[^>]*>([^<]*)</t>", text))
        if texts:
            m = rng.choice(texts)
            nasty = rng.choice(NASTY).replace("\u001b", "_x001B_").replace("\u0007", "_x0007_")
            return text[: m.end(1)] + nasty + text[m.end(1):]
    elif kind == 2:  # a cell reference moves far away or off the sheet
        refs = list(re.finditer(r' r="[A-Z]+[0-9]+"', text))
        if refs:
            m = rng.choice(refs)
            ref = rng.choice(["XFD1048576", "A0", "ZZZZ1", "A99999999", "B1"])
            return text[: m.start()] + f' r="{ref}"' + text[m.end():]
    elif kind == 3:  # a row is duplicated
        rows = list(re.finditer(r"<row[^>]*>.*?</row>", text, re.S))
        if rows:
            m = rng.choice(rows)
            return text[: m.end()] + m.group(0) + text[m.end():]
    elif kind == 4:  # a row is cut out
        rows = list(re.finditer(r"<row[^>]*>.*?</row>", text, re.S))
        if rows:
            m = rng.choice(rows)
            return text[: m.start()] + text[m.end():]
    # cut the XML short
    return text[: rng.randrange(len(text) + 1)]


def mutate(data, rng):
    if rng.random() < 0.15:  # damage the zip itself
        b = bytearray(data)
        if rng.random() < 0.5:
            return bytes(b[: rng.randrange(len(b) + 1)])
        for _ in range(rng.randint(1, 8)):
            b[rng.randrange(len(b))] = rng.randrange(256)
        return bytes(b)
    src = zipfile.ZipFile(io.BytesIO(data))
    names = [n for n in src.namelist() if n.endswith(".xml") and ("sheet" in n or "sharedStrings" in n)]
    target = rng.choice(names)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            content = src.read(name)
            if name == target:
                for _ in range(rng.randint(1, 3)):
                    content = mutate_xml(content.decode("utf-8", "replace"), rng).encode()
            dst.writestr(name, content)
    return out.getvalue()


def main():
    args = arguments()
    rng = random.Random(args.seed)
    runs = files = 0
    failures = Failures("fuzz-sheet-failure", "xlsx")
    with tempfile.TemporaryDirectory() as tmp:
        checklist = os.path.join(tmp, "checklist.xlsx")
        session = os.path.join(tmp, "session.json")
        sheet = os.path.join(tmp, "session.xlsx")
        nic = os.path.join(ROOT, "checklists/nic-reference.json")
        for cmd in (
            [args.binary, "checklist", "export", nic, "-o", checklist],
            [args.binary, "new", "--member-state", "Viet Nam", "-o", session],
            [args.binary, "sheet", "export", session, "-o", sheet],
        ):
            subprocess.run(cmd, check=True, capture_output=True)
        seeds = {"checklist": open(checklist, "rb").read(), "assessment": open(sheet, "rb").read()}
        out = os.path.join(tmp, "out.json")
        deadline = time.time() + args.seconds
        while time.time() < deadline:
            kind = rng.choice(list(seeds))
            data = mutate(seeds[kind], rng)
            path = os.path.join(tmp, f"f{files}.xlsx")
            with open(path, "wb") as f:
                f.write(data)
            files += 1
            if kind == "checklist":
                cmds = [
                    [args.binary, "validate", path],
                    [args.binary, "new", "--checklist", path, "--member-state", "Viet Nam",
                     "-o", out, "--force"],
                ]
            else:
                cmds = [[args.binary, "sheet", "import", path, "--into", session, "--output", out,
                         "--force"]]
            for cmd in cmds:
                runs += 1
                problem = check(cmd, 20)
                if problem:
                    failures.record(cmd, data, problem)
            os.remove(path)
    failures.finish(f"{files} workbooks, {runs} runs in {args.seconds:.0f} s")


if __name__ == "__main__":
    main()
