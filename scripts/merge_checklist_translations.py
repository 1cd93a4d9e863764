#!/usr/bin/env python3
"""Puts translated checklist texts into the built-in checklist's "translations" (format 2).

Usage: scripts/merge_checklist_translations.py CHECKLIST.json LANG=TEXTS.json ...
TEXTS.json is a flat object from text key (e.g. "items.a.1.text") to the translated text,
as the translators delivered it. Keys the checklist lacks are refused; the file is rewritten
with the same layout as before (indent 2, non-ASCII kept)."""
import json
import sys


def text_keys(c):
    keys = ["checklist.title", "checklist.description"]
    for l in c["scale"]["levels"]:
        keys += [f"scale.{l['value']}.label", f"scale.{l['value']}.description"]
    keys += [f"bands.{b['min']}.label" for b in c.get("bands", [])]
    for a in c["focus_areas"]:
        keys += [f"focus_areas.{a['id']}.title", f"focus_areas.{a['id']}.description"]
    for n in c["norms"]:
        keys += [f"norms.{n['id']}.title", f"norms.{n['id']}.summary"]
        for i in n["items"]:
            keys += [f"items.{i['id']}.{f}" for f in ("text", "guidance", "evidence_hint")]
    return keys


def main():
    path = sys.argv[1]
    with open(path, encoding="utf-8") as f:
        checklist = json.load(f)
    known = set(text_keys(checklist))
    translations = checklist.get("translations", {})
    for arg in sys.argv[2:]:
        lang, texts_path = arg.split("=", 1)
        with open(texts_path, encoding="utf-8") as f:
            texts = json.load(f)
        unknown = sorted(set(texts) - known)
        if unknown:
            sys.exit(f"{texts_path}: keys the checklist lacks: {unknown[:5]}")
        translations[lang] = {k: v.strip() for k, v in texts.items() if v.strip()}
    checklist["format_version"] = 2
    checklist["translations"] = dict(sorted(translations.items()))
    with open(path, "w", encoding="utf-8") as f:
        json.dump(checklist, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
