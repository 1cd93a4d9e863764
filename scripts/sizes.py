#!/usr/bin/env python3
"""Size limits of the source (STYLE.md: "split a file before it passes ~400 lines, a function
before ~60"): fails when a function in src/ runs over 60 lines or a file in src/ over 400.

Lines are counted as written, from a function's `fn` line to its closing brace (its doc
comment not included). Test code is exempt: `#[cfg(test)]` modules are left out of both counts,
and nothing under tests/ or benches/ is checked.

    scripts/sizes.py            # the limits; exit 1 when one is passed
    scripts/sizes.py --report   # also the counts, for closing notes
"""
import pathlib
import re
import sys

FUNCTION_LIMIT = 60
FILE_LIMIT = 400


def blank_out(source: str) -> str:
    """The source with comments, strings and character literals replaced by spaces (newlines
    kept), so braces inside them do not count."""
    out = []
    i, n = 0, len(source)
    while i < n:
        c = source[i]
        nxt = source[i + 1] if i + 1 < n else ""
        if c == "/" and nxt == "/":
            j = source.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif c == "/" and nxt == "*":
            depth, j = 1, i + 2
            while j < n and depth:
                if source.startswith("/*", j):
                    depth, j = depth + 1, j + 2
                elif source.startswith("*/", j):
                    depth, j = depth - 1, j + 2
                else:
                    j += 1
            out.append(re.sub(r"[^\n]", " ", source[i:j]))
            i = j
        elif (m := re.match(r'b?r(#*)"', source[i:i + 260])) and (i == 0 or not (source[i - 1].isalnum() or source[i - 1] == "_")):
            end = '"' + m.group(1)
            j = source.find(end, i + m.end())
            j = n if j < 0 else j + len(end)
            out.append(re.sub(r"[^\n]", " ", source[i:j]))
            i = j
        elif c == '"' or (c == "b" and nxt == '"' and (i == 0 or not source[i - 1].isalnum())):
            j = i + (2 if c == "b" else 1)
            while j < n and source[j] != '"':
                j += 2 if source[j] == "\\" else 1
            j += 1
            out.append(re.sub(r"[^\n]", " ", source[i:j]))
            i = j
        elif c == "'":
            m = re.match(r"'(\\(x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]+\}|.)|[^\\'])'", source[i:i + 16])
            if m:
                out.append(" " * m.end())
                i += m.end()
            else:  # a lifetime
                out.append(c)
                i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def matching_brace(text: str, open_at: int) -> int:
    depth = 0
    for j in range(open_at, len(text)):
        if text[j] == "{":
            depth += 1
        elif text[j] == "}":
            depth -= 1
            if depth == 0:
                return j
    return len(text) - 1


def test_regions(text: str):
    """(start, end) offsets of `#[cfg(test)]` modules."""
    for m in re.finditer(r"#\[cfg\(test\)\]\s*(pub(\([a-z]+\))?\s+)?mod\s+\w+\s*\{", text):
        yield m.start(), matching_brace(text, m.end() - 1)


def functions(text: str):
    """(name, first line, line count) of every function with a body."""
    tests = list(test_regions(text))
    for m in re.finditer(r"\bfn\s+(\w+)", text):
        if any(a <= m.start() <= b for a, b in tests):
            continue
        depth, j = 0, m.end()
        while j < len(text):
            ch = text[j]
            if ch in "([<":
                depth += 1
            elif ch in ")]>" and not (ch == ">" and text[j - 1] == "-"):
                depth -= 1
            elif ch == ";" and depth <= 0:
                j = -1
                break
            elif ch == "{" and depth <= 0:
                break
            j += 1
        if j < 0 or j >= len(text):
            continue
        end = matching_brace(text, j)
        first = text.count("\n", 0, m.start()) + 1
        last = text.count("\n", 0, end) + 1
        yield m.group(1), first, last - first + 1


def file_lines(text: str) -> int:
    tests = list(test_regions(text))
    lines = text.count("\n") + (0 if text.endswith("\n") else 1)
    for a, b in tests:
        lines -= text.count("\n", a, b + 1) + 1
    return lines


def main() -> int:
    report = "--report" in sys.argv
    root = pathlib.Path(__file__).resolve().parent.parent
    long_functions, long_files, count_functions, count_files = [], [], 0, 0
    for path in sorted((root / "src").rglob("*.rs")):
        text = blank_out(path.read_text(encoding="utf-8"))
        rel = path.relative_to(root)
        count_files += 1
        if (n := file_lines(text)) > FILE_LIMIT:
            long_files.append(f"{rel}: {n} lines (limit {FILE_LIMIT}, tests left out)")
        for name, line, n in functions(text):
            count_functions += 1
            if n > FUNCTION_LIMIT:
                long_functions.append(f"{rel}:{line}: fn {name} has {n} lines (limit {FUNCTION_LIMIT})")
    for problem in long_files + long_functions:
        print(problem)
    if report:
        print(f"{count_files} files, {count_functions} functions; "
              f"{len(long_files)} files over {FILE_LIMIT} lines, "
              f"{len(long_functions)} functions over {FUNCTION_LIMIT}")
    return 1 if long_files or long_functions else 0


if __name__ == "__main__":
    sys.exit(main())
