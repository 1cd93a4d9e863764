#!/usr/bin/env python3
"""Turns normcheck's Markdown report (`normcheck report --format md`) into Typst source with the
same content and a similar look (A4, the bundled Noto fonts, running header and footer, bars,
tables), so Typst can be timed on the same report: `md_to_typst.py REPORT.md > REPORT.typ`.

Only the Markdown that normcheck writes is understood: headings, `- **Field:** value` lines,
bullet lines, pipe tables, bold lines and the chart lines (`- label: `████` 62.5`)."""

import re
import sys

FONTS = '("Noto Sans", "Noto Sans Thai", "Noto Sans Khmer", "Noto Sans Lao", "Noto Sans Myanmar")'
CHART = re.compile(r"^- (.*): `([█ ]*)` (.*)$")
FIELD = re.compile(r"^- \*\*(.+?):\*\* (.*)$")


def unescape(md: str) -> str:
    """Markdown text as written by normcheck's `esc` → plain text."""
    return re.sub(r"\\(.)", r"\1", md)


def s(text: str) -> str:
    """Plain text as a Typst string literal (no markup is interpreted inside)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def table(rows: list[list[str]]) -> str:
    header, body = rows[0], rows[1:]
    cells = [f"table.header({', '.join(f'strong({s(c)})' for c in header)})"]
    for row in body:
        cells.extend(s(c) for c in row)
    return (f"#table(columns: {len(header)}, stroke: 0.5pt + rgb(\"#444444\"), inset: 3pt, "
            f"fill: (_, y) => if y == 0 {{ rgb(\"#e6e6e6\") }}, {', '.join(cells)})\n")


def split_row(line: str) -> list[str]:
    cells = re.split(r"(?<!\\)\|", line.strip()[1:-1])
    return [unescape(c.strip().replace("\\|", "|")) for c in cells]


def convert(md: str) -> str:
    lines = md.splitlines()
    marking = ""
    if lines and lines[0].startswith("**") and lines[0].endswith("**"):
        marking = unescape(lines[0][2:-2])
    out = [
        f"#set text(font: {FONTS}, size: 10pt)",
        "#set par(leading: 0.45em, spacing: 0.6em)",
        "#set page(paper: \"a4\", margin: (x: 18mm, y: 20mm),",
        f"  header: align(center, text(size: 8pt, {s(marking)})),",
        f"  footer: context [#text(size: 8pt)[{s(marking)} #h(1fr) Page #counter(page).display() of #counter(page).final().first()]])",
        "#show heading.where(level: 2): it => block(below: 6pt, above: 14pt, width: 100%, stroke: (bottom: 0.5pt), text(size: 15pt, it.body))",
        "#show heading.where(level: 3): set text(size: 11pt)",
    ]
    rows: list[list[str]] = []
    first_h2 = True
    for line in lines[1 if marking else 0:]:
        if line.startswith("|"):
            if not re.match(r"^\|(---\|)+$", line):
                rows.append(split_row(line))
            continue
        if rows:
            out.append(table(rows))
            rows = []
        if not line.strip():
            continue
        if line.startswith("# "):
            if marking:
                out.append(f"#box(stroke: 0.5pt, inset: 4pt, strong({s(marking)}))\n#v(20pt)")
            out.append(f"#text(size: 22pt, weight: \"bold\", {s(unescape(line[2:]))})\n")
        elif line.startswith("## "):
            if first_h2:
                out.append("#pagebreak()")
                first_h2 = False
            out.append(f"#heading(level: 2, {s(unescape(line[3:]))})")
        elif line.startswith("### "):
            out.append(f"#heading(level: 3, {s(unescape(line[4:]))})")
        elif m := CHART.match(line):
            label, blocks, value = unescape(m.group(1)), m.group(2), m.group(3)
            width = len(blocks.rstrip()) * 14
            out.append(
                f"#grid(columns: (190pt, 280pt, 50pt), {s(label)}, "
                f"box(width: 280pt, height: 9pt, fill: rgb(\"#f2f2f2\"), stroke: 0.5pt + rgb(\"#999999\"), "
                f"box(width: {width}pt, height: 9pt, fill: rgb(\"#555555\"))), strong({s(value)}))"
            )
        elif m := FIELD.match(line):
            out.append(f"#strong({s(unescape(m.group(1)) + ':')}) #{s(unescape(m.group(2)))} \\")
        elif line.startswith("- "):
            out.append(f"#list.item({s(unescape(line[2:]))})")
        elif line.startswith("**") and line.endswith("**"):
            out.append(f"#strong({s(unescape(line[2:-2]))})\n")
        else:
            out.append(f"#{s(unescape(line))}\n")
    if rows:
        out.append(table(rows))
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        sys.stdout.write(convert(f.read()))
