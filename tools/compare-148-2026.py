#!/usr/bin/env python3
"""Compare 148/QĐ-TTg's 26 sheets with 26/2026's, criterion by criterion, and write the result as data and as a table.

Usage (from the repository root; Python 3 standard library only):

    python3 tools/compare-148-2026.py

Reads QD-148-2023.json and QD-26-2026.json (ocop-rules-core/src/main/resources/org/ocop/rules/criteria/) and writes
criteria-comparison-148-26.json beside them and docs/reference/148-vs-26-2026.md. CI runs no Python:
Qd148To26ComparisonTest re-checks every entry against the two versions' data.

Why: 26/2026 amended 148's sheets, so many criteria are the same. A criterion of a 148 sheet is matched with the
criterion of the same set's 26/2026 sheet whose label is the same (spacing, case and a final '.', ';' or ':' aside).
Its options are then compared one by one in printed order, on text (same normalisation) and points:
- SAME: label, every option's text and points, and every star marker equal;
- SAME_OPTIONS: the options' texts and points equal, the markers differ (the choice carries; the minimums are the
  target version's);
- CHANGED: a matching label whose options differ (count, text or points): how is listed, no option mapping;
- NO_MATCH: no criterion of the other sheet has that label.
Only SAME and SAME_OPTIONS carry an option mapping (148 option id -> 26/2026 option id, in printed order). Every entry
is `inferred`: no decision states that a criterion of 148 is one of 26/2026; the basis says what was compared.
"""
import json
import os
import re
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "ocop-rules-core/src/main/resources/org/ocop/rules/criteria")
OUT = os.path.join(DATA, "criteria-comparison-148-26.json")
DOC = os.path.join(ROOT, "docs/reference/148-vs-26-2026.md")


def norm(text):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip().casefold().rstrip(".;:").strip()


def criteria(sheet):
    out = []

    def walk(items):
        for item in items:
            if "options" in item:
                out.append(item)
            walk(item.get("items", []))
    for part in sheet["parts"]:
        walk(part["items"])
    return out


def compare(c, m):
    """The differences between two criteria with the same label; empty when they are the same."""
    changes = []
    oa, ob = c["options"], m["options"]
    if c["maxPoints"] != m["maxPoints"]:
        changes.append(f"cap {c['maxPoints']} → {m['maxPoints']}")
    if len(oa) != len(ob):
        changes.append(f"{len(oa)} options → {len(ob)}")
    for x, y in zip(oa, ob):
        if norm(x["text"]) != norm(y["text"]):
            changes.append(f"text of {x['id']} ≠ {y['id']}")
        if x["points"] != y["points"]:
            changes.append(f"points of {x['id']} {x['points']} → {y['id']} {y['points']}")
    options_same = not changes
    markers = []
    for x, y in zip(oa, ob):
        if x.get("minStars") != y.get("minStars"):
            markers.append(f"marker of {x['id']} {stars(x)} → {y['id']} {stars(y)}")
    return options_same, changes, markers


def stars(o):
    return f"{o['minStars']}★" if o.get("minStars") else "none"


def main():
    a = json.load(open(os.path.join(DATA, "QD-148-2023.json"), encoding="utf-8"))
    b = json.load(open(os.path.join(DATA, "QD-26-2026.json"), encoding="utf-8"))
    sets = []
    rows = []
    counts = {"SAME": 0, "SAME_OPTIONS": 0, "CHANGED": 0, "NO_MATCH": 0}
    for sa in a["sheets"]:
        sb = next(s for s in b["sheets"] if s["set"] == sa["set"])
        by_label = {}
        for m in criteria(sb):
            by_label.setdefault(norm(m["label"]), m)
        entries = []
        for c in criteria(sa):
            m = by_label.get(norm(c["label"]))
            entry = {"from": c["code"], "label": c["label"]}
            if m is None:
                entry.update(kind="NO_MATCH", changes=["no criterion of 26/2026's sheet has this label"])
            else:
                options_same, changes, markers = compare(c, m)
                entry["to"] = m["code"]
                if options_same:
                    entry["kind"] = "SAME" if not markers else "SAME_OPTIONS"
                    entry["options"] = {x["id"]: y["id"] for x, y in zip(c["options"], m["options"])}
                    if markers:
                        entry["changes"] = markers
                else:
                    entry.update(kind="CHANGED", changes=changes + markers)
            counts[entry["kind"]] += 1
            entries.append(entry)
            rows.append((sa["number"], sa["set"], entry))
        sets.append({"set": sa["set"], "number": sa["number"], "criteria": entries})
    out = {
        "format": "ocop-criteria-comparison/1",
        "from": "QD-148-2023", "to": "QD-26-2026",
        "fromEdition": a["edition"], "toEdition": b["edition"],
        "status": "inferred",
        "basis": "Written by tools/compare-148-2026.py from the two versions' data: a 148 criterion matches the "
                 "criterion of the same set's 26/2026 sheet with the same label (spacing, case and a final '.', ';' "
                 "or ':' aside); SAME when every option's text, points and star marker are equal in printed order, "
                 "SAME_OPTIONS when texts and points are equal but markers differ (the choice carries, the minimums "
                 "are the target's), CHANGED when options differ (listed), NO_MATCH when no label matches. No "
                 "decision states these correspondences.",
        "counts": counts,
        "sets": sets,
    }
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(DOC, "w", encoding="utf-8") as f:
        f.write("# 148/QĐ-TTg and 26/2026/QĐ-TTg, criterion by criterion\n\n")
        f.write("Generated by `tools/compare-148-2026.py` from `QD-148-2023.json` (edition " + a["edition"]
                + ") and `QD-26-2026.json` (edition " + b["edition"] + "); the data is "
                "`ocop-rules-core/src/main/resources/org/ocop/rules/criteria/criteria-comparison-148-26.json`, "
                "checked by `Qd148To26ComparisonTest`. Every row is *inferred*: " + out["basis"] + "\n\n")
        f.write(f"Totals over the 26 sets: {counts['SAME']} same, {counts['SAME_OPTIONS']} same options with other "
                f"star markers, {counts['CHANGED']} changed, {counts['NO_MATCH']} without a match.\n\n")
        f.write("| set | 148 criterion | label | 26/2026 | kind | how |\n|---|---|---|---|---|---|\n")
        for number, code, e in rows:
            how = "; ".join(e.get("changes", [])) or ("options " + ", ".join(f"{k}→{v}" for k, v in
                                                                         e["options"].items()))
            f.write(f"| {number} {code} | {e['from']} | {e['label'].replace('|', '/')} | {e.get('to', '—')} | "
                    f"{e['kind']} | {how.replace('|', '/')} |\n")
    print(counts)


if __name__ == "__main__":
    main()
