#!/usr/bin/env python3
"""Reads normcheck's window the way a screen reader does, over AT-SPI (pyatspi), in two steps
that scripts/atspi-test.sh runs around keys pressed on the keyboard:

    atspi_walkthrough.py before   # the walk-through is there, every control named, a.1 unanswered
    atspi_walkthrough.py after    # a.1's "2 In progress" is now the selected level, and saved
    atspi_walkthrough.py focus NAME [dialog]   # NAME has the keyboard focus (inside a dialog)

Exits non-zero with a line saying what is wrong."""

import sys
import time

import pyatspi

INTERACTIVE = {"push button", "toggle button", "check box", "radio button", "entry", "text",
               "combo box", "menu item", "slider", "spin button"}


def app():
    for _ in range(120):
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            child = desktop.getChildAtIndex(i)
            if child is not None and child.name == "normcheck":
                return child
        time.sleep(0.5)
    sys.exit("atspi: no application named normcheck on the accessibility bus")


def nodes(root):
    stack = [root]
    while stack:
        node = stack.pop()
        yield node
        for i in range(node.childCount - 1, -1, -1):
            child = node.getChildAtIndex(i)
            if child is not None:
                stack.append(child)


def find(root, role, name, tries=40):
    for _ in range(tries):
        for node in nodes(root):
            if node.getRoleName() == role and node.name == name:
                return node
        time.sleep(0.25)
    return None


def selected(node):
    states = node.getState()
    return states.contains(pyatspi.STATE_CHECKED) or states.contains(pyatspi.STATE_PRESSED)


def fail(message):
    print(f"FAIL - {message}")
    sys.exit(1)


def before(root):
    frames = []
    for _ in range(80):
        frames = [n for n in nodes(root) if n.getRoleName() == "frame"]
        if frames and "vn.json" in frames[0].name:
            break
        time.sleep(0.25)
    else:
        fail(f"the window is not named by its title: {[f.name for f in frames]}")
    print(f"ok   - the window is announced by its title ({frames[0].name!r})")
    levels = [f"a.1, {name}" for name in
              ("0 Not started", "1 Planned", "2 In progress", "3 Implemented",
               "4 Institutionalised", "Not applicable")]
    for name in levels:
        if find(root, "toggle button", name) is None:
            fail(f"no toggle button {name!r} (the level buttons name their item and level)")
    print("ok   - each level button of a.1 is a toggle button named by item and level")
    unnamed = [n.getRoleName() for n in nodes(root)
               if n.getRoleName() in INTERACTIVE and not n.name.strip()]
    if unnamed:
        fail(f"{len(unnamed)} controls without a name: {unnamed[:10]}")
    print("ok   - every control on the walk-through has a name")
    if selected(find(root, "toggle button", "a.1, 2 In progress")):
        fail("a.1 already shows a level before any key was pressed")
    if find(root, "label", "a.1") is None:
        fail("the item's id a.1 is not readable as text")
    print("ok   - a.1 is unanswered and its id and text are readable")


def after(root):
    chosen = find(root, "toggle button", "a.1, 2 In progress")
    for _ in range(40):
        if chosen is not None and selected(chosen):
            break
        time.sleep(0.25)
    else:
        fail("after the key 2, a.1's '2 In progress' is not the selected level")
    others = [n.name for n in nodes(root)
              if n.getRoleName() == "toggle button" and n.name.startswith("a.1, ")
              and n.name != "a.1, 2 In progress" and selected(n)]
    if others:
        fail(f"other levels of a.1 are selected too: {others}")
    print("ok   - the key 2 chose level 2 for a.1, and only that one is selected")
    for _ in range(40):
        if any(n.getRoleName() == "label" and n.name.startswith("Saved ") for n in nodes(root)):
            print("ok   - Ctrl+S saved, and the status bar says so")
            return
        time.sleep(0.25)
    fail("no 'Saved …' in the status bar after Ctrl+S")


def in_dialog(node):
    parent = node.parent
    while parent is not None:
        if parent.getRoleName() == "dialog":
            return True
        parent = parent.parent
    return False


def focus(root, name, dialog):
    where = "in a dialog" if dialog else "outside any dialog"
    focused = []
    for _ in range(40):
        try:
            focused = [n for n in nodes(root) if n.getState().contains(pyatspi.STATE_FOCUSED)]
        except Exception as e:  # the tree changed under the walk (a dialog closing): look again
            print(f"note - the tree changed while it was read ({e}); reading again")
            time.sleep(0.25)
            continue
        if [n.name for n in focused] == [name] and in_dialog(focused[0]) == dialog:
            print(f"ok   - {name!r} has the keyboard focus, {where}")
            return
        time.sleep(0.25)
    fail(f"expected {name!r} focused {where}, found {[(n.getRoleName(), n.name) for n in focused]}")


if __name__ == "__main__":
    step = sys.argv[1] if len(sys.argv) > 1 else ""
    if step == "focus" and len(sys.argv) > 2:
        focus(app(), sys.argv[2], sys.argv[3:] == ["dialog"])
    else:
        {"before": before, "after": after}.get(step, lambda _: sys.exit("usage: before|after|focus"))(app())
