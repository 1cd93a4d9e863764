#!/usr/bin/env python3
"""Runs the Go `age` tool with a passphrase typed into a pseudo-terminal (age reads passphrases
only from a terminal). Used by tests/protected.rs to check normcheck against an independent age
implementation.

Usage: age_peer.py PASSPHRASE AGE-ARGUMENTS...
Exits with age's status; age's own messages go to standard error.
"""
import os, pty, sys, time


def main():
    passphrase, args = sys.argv[1], sys.argv[2:]
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp("age", ["age"] + args)
    output = b""
    answered = 0
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            chunk = os.read(fd, 1024)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
        # "Enter passphrase...:" and "Confirm passphrase:" each get the passphrase once.
        while output.count(b"passphrase") > answered and output.rstrip().endswith(b":"):
            os.write(fd, passphrase.encode() + b"\r")
            answered += 1
    _, status = os.waitpid(pid, 0)
    sys.stderr.write(output.decode("utf-8", "replace"))
    sys.exit(os.waitstatus_to_exitcode(status))


if __name__ == "__main__":
    main()
