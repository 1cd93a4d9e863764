#!/usr/bin/env python3
"""Fails when a domain error message names a command-line flag or an app menu: the domain says
what would help (format::remedy::Remedy), and the CLI and the app word it (cli/words.rs,
ui/words.rs). Checks the `#[error(...)]` messages of every module outside src/cli and src/ui."""
import pathlib
import re
import sys

FRONT_END = re.compile(
    r"--[a-z]|normcheck (validate|score|new|report|protect|unprotect|split|merge|compare|trend|"
    r"aggregate|sheet|checklist|upgrade|translate|guide|example)\b|File →|Edit →|View →|Help →|under Details"
)
root = pathlib.Path(__file__).resolve().parent.parent
found = []
for path in sorted((root / "src").rglob("*.rs")):
    rel = path.relative_to(root)
    if rel.parts[1] in ("cli", "ui"):
        continue
    text = path.read_text(encoding="utf-8")
    for m in re.finditer(r"#\[error\((.*?)\)\]\s*\n", text, re.S):
        if FRONT_END.search(m.group(1)):
            line = text.count("\n", 0, m.start()) + 1
            found.append(f"{rel}:{line}: an error message names a flag or a menu")
for f in found:
    print(f)
sys.exit(1 if found else 0)
