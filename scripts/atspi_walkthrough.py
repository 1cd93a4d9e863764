#!/usr/bin/env python3
"""Reads normcheck's window the way a screen reader does, over AT-SPI (pyatspi), in steps that
scripts/atspi-test.sh runs around keys pressed on the keyboard:

    atspi_walkthrough.py before   # the walk-through is there, every control named, a.1 unanswered
    atspi_walkthrough.py after    # a.1's "2 In progress" is now the selected level, and saved
    atspi_walkthrough.py focus NAME [dialog]   # NAME has the keyboard focus (inside a dialog)

The app rebuilds its accessibility tree every frame, so a node read a moment ago may be gone:
each walk reads what it can (a vanished node is skipped) and each check looks again until it
holds or its time is up.

Exits non-zero with a line saying what is wrong."""

import sys
import time
from collections import namedtuple

import pyatspi
from gi.repository import GLib

INTERACTIVE = {"push button", "toggle button", "check box", "radio button", "entry", "text",
               "combo box", "menu item", "slider", "spin button"}

# One node as read during a walk.
Seen = namedtuple("Seen", "role name selected focused in_dialog")


def app():
    for _ in range(120):
        try:
            desktop = pyatspi.Registry.getDesktop(0)
            for i in range(desktop.childCount):
                child = desktop.getChildAtIndex(i)
                if child is not None and child.name == "normcheck":
                    return child
        except GLib.GError:
            pass
        time.sleep(0.5)
    sys.exit("atspi: no application named normcheck on the accessibility bus")


def read(node, in_dialog):
    states = node.getState()
    return Seen(node.getRoleName(), node.name or "",
                states.contains(pyatspi.STATE_CHECKED) or states.contains(pyatspi.STATE_PRESSED),
                states.contains(pyatspi.STATE_FOCUSED), in_dialog)


def nodes(root):
    """Every node under root that could be read, in tree order, as Seen."""
    seen = []
    stack = [(root, False)]
    while stack:
        node, in_dialog = stack.pop()
        try:
            here = read(node, in_dialog)
            children = [node.getChildAtIndex(i) for i in range(node.childCount)]
        except GLib.GError:
            continue  # gone since its parent was read
        seen.append(here)
        below = in_dialog or here.role == "dialog"
        stack.extend((c, below) for c in reversed(children) if c is not None)
    return seen


def wait_for(root, holds, tries=40):
    """Reads the tree until holds(nodes) is true; the last reading either way."""
    found = []
    for _ in range(tries):
        found = nodes(root)
        if holds(found):
            return True, found
        time.sleep(0.25)
    return False, found


def named(found, role, name):
    return [n for n in found if n.role == role and n.name == name]


def fail(message):
    print(f"FAIL - {message}")
    sys.exit(1)


def before(root):
    def titled(found):
        frames = [n for n in found if n.role == "frame"]
        return frames and "vn.json" in frames[0].name
    ok, found = wait_for(root, titled, tries=80)
    frames = [n.name for n in found if n.role == "frame"]
    if not ok:
        fail(f"the window is not named by its title: {frames}")
    print(f"ok   - the window is announced by its title ({frames[0]!r})")
    levels = [f"a.1, {name}" for name in
              ("0 Not started", "1 Planned", "2 In progress", "3 Implemented",
               "4 Institutionalised", "Not applicable")]
    ok, found = wait_for(root, lambda f: all(named(f, "toggle button", n) for n in levels))
    if not ok:
        missing = [n for n in levels if not named(found, "toggle button", n)]
        fail(f"no toggle button {missing} (the level buttons name their item and level)")
    print("ok   - each level button of a.1 is a toggle button named by item and level")
    unnamed = [n.role for n in found if n.role in INTERACTIVE and not n.name.strip()]
    if unnamed:
        fail(f"{len(unnamed)} controls without a name: {unnamed[:10]}")
    print("ok   - every control on the walk-through has a name")
    if any(n.selected for n in named(found, "toggle button", "a.1, 2 In progress")):
        fail("a.1 already shows a level before any key was pressed")
    if not named(found, "label", "a.1"):
        fail("the item's id a.1 is not readable as text")
    print("ok   - a.1 is unanswered and its id and text are readable")


def after(root):
    def chosen(found):
        return any(n.selected for n in named(found, "toggle button", "a.1, 2 In progress"))
    ok, found = wait_for(root, chosen)
    if not ok:
        fail("after the key 2, a.1's '2 In progress' is not the selected level")
    others = [n.name for n in found
              if n.role == "toggle button" and n.name.startswith("a.1, ")
              and n.name != "a.1, 2 In progress" and n.selected]
    if others:
        fail(f"other levels of a.1 are selected too: {others}")
    print("ok   - the key 2 chose level 2 for a.1, and only that one is selected")
    ok, _ = wait_for(root, lambda f: any(n.role == "label" and n.name.startswith("Saved ")
                                         for n in f))
    if not ok:
        fail("no 'Saved …' in the status bar after Ctrl+S")
    print("ok   - Ctrl+S saved, and the status bar says so")


def focus(root, name, dialog):
    where = "in a dialog" if dialog else "outside any dialog"

    def right(found):
        focused = [n for n in found if n.focused]
        return [n.name for n in focused] == [name] and focused[0].in_dialog == dialog
    ok, found = wait_for(root, right)
    if not ok:
        fail(f"expected {name!r} focused {where}, found "
             f"{[(n.role, n.name, n.in_dialog) for n in found if n.focused]}")
    print(f"ok   - {name!r} has the keyboard focus, {where}")


if __name__ == "__main__":
    step = sys.argv[1] if len(sys.argv) > 1 else ""
    if step == "focus" and len(sys.argv) > 2:
        focus(app(), sys.argv[2], sys.argv[3:] == ["dialog"])
    elif step in ("before", "after"):
        {"before": before, "after": after}[step](app())
    else:
        sys.exit("usage: before|after|focus NAME [dialog]")
