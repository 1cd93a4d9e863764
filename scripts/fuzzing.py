"""What the fuzz harnesses (fuzz_files.py, fuzz_sheets.py) share: their options, the check of
one normcheck run, and keeping and reporting the inputs that failed."""
import argparse, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW_CONTROLS = "\u001b\r\u0000\u0007\u009b"


def arguments():
    """--seconds, --binary and --seed, as every harness takes them."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--binary", default=os.path.join(ROOT, "target/release/normcheck"))
    ap.add_argument("--seed", type=int, default=1)
    return ap.parse_args()


def check(cmd, timeout, named=None):
    """Runs `cmd`; says what is wrong (a panic, a hang, a raw control character, or — when
    `named` is given — an error line that does not start with that file's name), or None."""
    try:
        out = subprocess.run(cmd, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "timeout"
    err = out.stderr.decode("utf-8", "replace")
    if out.returncode not in (0, 1) or "panicked" in err:
        return f"exit {out.returncode}: {err[:300]!r}"
    if any(c in err for c in RAW_CONTROLS):
        return f"raw control character in: {err[:200]!r}"
    if named is not None:
        for line in err.splitlines():
            if not (line.startswith(named) or line.startswith("normcheck: ")):
                return f"line without the file name: {line[:200]!r}"
    return None


class Failures:
    """The failed runs, each input kept under target/ as `<prefix>-N.<extension>`."""

    def __init__(self, prefix, extension):
        self.prefix, self.extension, self.found = prefix, extension, []

    def record(self, cmd, data, problem):
        keep = os.path.join(ROOT, "target", f"{self.prefix}-{len(self.found)}.{self.extension}")
        with open(keep, "wb") as f:
            f.write(data)
        self.found.append((cmd[1], keep, problem))

    def finish(self, summary):
        """Prints the first failures and the summary line, then exits 1 if anything failed."""
        for cmd, keep, problem in self.found[:20]:
            print(f"FAIL {cmd} {keep}: {problem}")
        print(f"{summary}, {len(self.found)} failures")
        sys.exit(1 if self.found else 0)
