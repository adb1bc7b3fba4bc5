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
Each change is data, not prose (format ocop-criteria-comparison/2): CAP and OPTION_COUNT with before/after, TEXT with
the two options, POINTS and MARKER with the two options and before/after (a marker's stars, null for none),
NO_LABEL_MATCH. The library words them in English or Vietnamese and reverses them for 26/2026 -> 148.
"""
import copy
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
    """The differences between two criteria with the same label, as data: the kinds and values a reader words in its
    own language (the library's message bundles), in either direction. Empty lists when they are the same."""
    changes = []
    oa, ob = c["options"], m["options"]
    if c["maxPoints"] != m["maxPoints"]:
        changes.append({"kind": "CAP", "before": c["maxPoints"], "after": m["maxPoints"]})
    if len(oa) != len(ob):
        changes.append({"kind": "OPTION_COUNT", "before": len(oa), "after": len(ob)})
    for x, y in zip(oa, ob):
        if norm(x["text"]) != norm(y["text"]):
            changes.append({"kind": "TEXT", "fromOption": x["id"], "toOption": y["id"]})
        if x["points"] != y["points"]:
            changes.append({"kind": "POINTS", "fromOption": x["id"], "toOption": y["id"], "before": x["points"],
                            "after": y["points"]})
    options_same = not changes
    markers = []
    for x, y in zip(oa, ob):
        if x.get("minStars") != y.get("minStars"):
            markers.append({"kind": "MARKER", "fromOption": x["id"], "toOption": y["id"],
                            "before": x.get("minStars"), "after": y.get("minStars")})
    return options_same, changes, markers


def words(change):
    """A change in English words, for the Markdown table only (the library words the data itself, en or vi)."""
    k = change["kind"]
    if k == "CAP":
        return f"cap {change['before']} → {change['after']}"
    if k == "OPTION_COUNT":
        return f"{change['before']} options → {change['after']}"
    if k == "TEXT":
        return f"text of {change['fromOption']} ≠ {change['toOption']}"
    if k == "POINTS":
        return f"points of {change['fromOption']} {change['before']} → {change['toOption']} {change['after']}"
    if k == "MARKER":
        return (f"marker of {change['fromOption']} {stars(change['before'])} → {change['toOption']} "
                f"{stars(change['after'])}")
    if k == "NO_LABEL_MATCH":
        return "no criterion of 26/2026's sheet has this label"
    raise ValueError(k)


def stars(n):
    return f"{n}★" if n else "none"


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
                entry.update(kind="NO_MATCH", changes=[{"kind": "NO_LABEL_MATCH"}])
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
        "format": "ocop-criteria-comparison/2",
        "from": "QD-148-2023", "to": "QD-26-2026",
        "fromEdition": a["edition"], "toEdition": b["edition"],
        "status": "inferred",
        "basis": "Written by tools/compare-148-2026.py from the two versions' data: a 148 criterion matches the "
                 "criterion of the same set's 26/2026 sheet with the same label (spacing, case and a final '.', ';' "
                 "or ':' aside); SAME when every option's text, points and star marker are equal in printed order, "
                 "SAME_OPTIONS when texts and points are equal but markers differ (the choice carries, the minimums "
                 "are the target's), CHANGED when options differ (listed), NO_MATCH when no label matches. No "
                 "decision states these correspondences. Each change is data (kind, options, before and after), worded by "
                 "the reader in either direction.",
        "counts": counts,
        "sets": sets,
    }
    # one change per line: the file stays readable in a diff
    compact = []
    printed = copy.deepcopy(out)
    for entry in (e for st in printed["sets"] for e in st["criteria"]):
        if "changes" in entry:
            entry["changes"] = [f"@@{compact.append(json.dumps(x, ensure_ascii=False)) or len(compact) - 1}@@"
                                for x in entry["changes"]]
    text = json.dumps(printed, ensure_ascii=False, indent=1)
    text = re.sub(r'"@@(\d+)@@"', lambda g: compact[int(g.group(1))], text)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
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
            how = "; ".join(words(x) for x in e.get("changes", [])) or ("options " + ", ".join(f"{k}→{v}" for k, v in
                                                                         e["options"].items()))
            f.write(f"| {number} {code} | {e['from']} | {e['label'].replace('|', '/')} | {e.get('to', '—')} | "
                    f"{e['kind']} | {how.replace('|', '/')} |\n")
    print(counts)


if __name__ == "__main__":
    main()
