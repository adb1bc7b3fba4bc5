#!/usr/bin/env python3
"""Write all 26 scoring sheets of 148/QĐ-TTg into QD-148-2023.json, read from the typed copy's CSV files.

Usage (from the repository root; Python 3 standard library only):

    python3 tools/convert-148.py ocop-rules-core/src/criteria-sources/QD-148-2023/typed-copy \
        ocop-rules-core/src/main/resources/org/ocop/rules/criteria/QD-148-2023.json > QD-148-2023.json.new

then move QD-148-2023.json.new over the version file and check the diff.

The version file's header (dates, bands, procedures, minimums) and its classification are kept as they are; the
sheets are replaced. CI never runs this script: Qd148TypedCopyTest re-reads the same CSV files and proves that every
option of the JSON (points, marker, text) comes from its CSV record, so the data cannot have been retyped.

Why the data says what it says (the typed copy's README, beside the CSV files, has the source and its trust):
- The 26 CSV files are a third party's transcription (augustine-tran/ocop, db/ocop/, commit d76e5ad5): every sheet
  and option is `secondary`. Set 1 also agrees, on all 108 options' points and texts, with the Thái Bình scoring form
  the data held before; the sheet's provenance says it is confirmed by two independent copies. Its five star-marker
  differences are anomalies of kind COPIES_DIFFER: the typed copy's markers are read, the Thái Bình copy's recorded.
- The copy's levels are followed, not guessed: 0 part, 1 numbered group, 2 lettered criterion, 3 option. A group whose
  options come without a lettered row is the criterion itself (code "7", options "7.a"); a lettered row with no
  label, or repeating the group's label, only wraps the group's options (FORMATTING anomaly); "- Tạp chất" rows after
  a lettered row with no options are criteria under it (tea, herbal tea and coffee: code "6.a.1"); "a. Trường hợp 1"
  rows are the cases of their group (tourism groups 8, 9 and 15, one case scored, as in 26/2026's sheet 26).
- Option ids are `<criterion>.<letter>` by printed position, as before, so set 1's ids did not change.
- Every flaw the copy's README lists, and every one these checks find, is an anomaly; the script stops when a sheet's
  sums do not match and no anomaly explains them, and when the flaws it was written for are no longer all found.
- Notes become rules as in the other versions: "Bị loại nếu…"/"sẽ bị loại bỏ" a DISQUALIFY knock-out on a council's
  finding, "không đánh giá các bước tiếp theo"/"Không xem xét các chỉ tiêu khác" a STOP; "Không đánh giá những sản
  phẩm có tính phổ biến…" a STOP with 26/2026's doubt; "Chỉ áp dụng khi có câu chuyện" a condition (onlyIf) on the
  story criterion's "no story" option. The "Hồ sơ bị loại khi…" headers are not in the copy: an anomaly says so (set
  1 keeps the header read from the Thái Bình form, quoted in this script).
"""
import csv
import json
import os
import re
import sys

DECISION = "148/QĐ-TTg"
ANNEX = "Phụ lục III"
REPO = "augustine-tran/ocop"
COMMIT = "d76e5ad5de8cf7f044e67784aea849fdd9cee799"
FOLDER = "db/ocop/"
MARKER = re.compile(r"\s*(\*{3,5})\s*\.?\s*$")
LETTER = re.compile(r"^([a-zđ])\s*\)\s*(.*)$", re.S)
CASE = re.compile(r"^([a-z])\.\s*(Trường hợp \d+:.*)$")
GROUP = re.compile(r"^(\d+)\.\s*(.*)$", re.S)
OPTION = re.compile(r"^□\s*")
# The Thái Bình scoring form's set 1 (shared/domain/reference/criteria-2023-set1.yaml, secondary), as data edition
# 2026a held it: its star markers, compared with the typed copy's, and its "Bị loại khi" header, which the typed copy
# lacks. Quoted here so that the script gives the same file however often it runs.
THAI_BINH_MARKERS = {"1.b.c": 5, "1.c.b": 4, "1.c.c": 5, "1.d.c": 4, "1.d.d": 5, "1.đ.a": 4, "1.đ.b": 4, "2.a.d": 4,
                     "2.b.d": 5, "2.c.c": 4, "3.d.b": 4, "3.e.a": 4, "3.e.b": 4, "4.a.d": 5, "5.b.c": 3, "5.b.d": 4,
                     "5.c.c": 5, "6.a.c": 4, "6.b.d": 4, "6.b.e": 4, "9.a.c": 3, "10.c": 3, "10.d": 4, "10.e": 5,
                     "11.b": 5}
THAI_BINH_HEADER = ("Bị loại khi: Giả mạo hồ sơ hoặc không tuân thủ đầy đủ các quy định về giấy chứng nhận cơ sở đủ "
                    "điều kiện ATTP (hoặc tương đương); hoặc Hồ sơ tự công bố sản phẩm, ghi nhãn sản phẩm không đúng "
                    "theo quy định; hoặc không đáp ứng quy định Hồ sơ dự thi theo quy định.")
SLIPS = {"KHẢ NĂNC": "KHẢ NĂNG", "đối lượng": "đối tượng"}


class Flaw(Exception):
    pass


def read_names(folder):
    names = {}
    with open(os.path.join(folder, "names.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                ours, theirs = line.rstrip("\n").split("\t")
                names[ours] = theirs
    return names


def read_rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for r in rows:
        if list(r.keys()) != ["title", "description", "level", "stars", "score"]:
            raise Flaw(f"{path}: unexpected columns {list(r.keys())}")
    return rows


def lines(text):
    return [x.strip() for x in text.split("\n") if x.strip()]


def strip_marker(text):
    m = MARKER.search(text)
    if not m:
        return text.strip(), None
    return text[: m.start()].strip(), len(m.group(1))


def score_of(raw, where, anomalies, code):
    """The score cell; the two typing slips where a letter stands for the score 1 are read as 1."""
    raw = raw.strip()
    if raw.isdigit():
        return int(raw), None
    if raw in ("l", "t"):
        anomalies.append(dict(at=code, kind="TYPO", printed=f"the score cell of an option reads '{raw}'",
                              reading=f"1: '{raw}' is a typing slip for the digit 1 (the criterion's other "
                                      "options are 0 and 2 points apart, and the group's cap needs it)",
                              status="corrected_typo"))
        return 1, raw
    raise Flaw(f"{where}: score {raw!r} is not a whole number")


class Sheet:
    def __init__(self, number, code, file_name, rows):
        self.number = number
        self.code = code
        self.file_name = file_name
        self.rows = rows
        self.anomalies = []
        self.knock_outs = []
        self.parts = []

    def source_item(self, record=None):
        where = f"mục {self.number}; typed copy {REPO}@{COMMIT[:8]}, {FOLDER}{self.file_name}"
        return where if record is None else f"{where}, record {record}"

    def parse(self):
        part = group = target = heading = None
        case = None
        for i, r in enumerate(self.rows, 1):
            level = r["level"].strip()
            title = r["title"]
            first, rest = (lines(title) or [""])[0], lines(title)[1:]
            desc = lines(r["description"])
            where = f"set {self.number} record {i}"
            if level == "0":
                label = ": ".join(lines(title))
                part = {"part": "ABC"[len(self.parts)], "label": label,
                        "maxPoints": score_of(r["score"], where, self.anomalies, None)[0], "items": []}
                self.parts.append(part)
                group = target = heading = None
            elif level == "1":
                m = GROUP.match(first)
                if not m:
                    raise Flaw(f"{where}: group row without a number: {first!r}")
                group = {"code": m.group(1), "label": m.group(2).strip(), "maxPoints":
                         score_of(r["score"], where, self.anomalies, None)[0], "notes": rest + desc,
                         "items": [], "options": [], "_record": i}
                part["items"].append(group)
                target, heading, case = group, None, None
            elif level == "2":
                cm = CASE.match(first)
                if first.startswith("-"):
                    # a sensory sub-item written at the level of its heading (sets 11-13)
                    if heading is None:
                        if target is group or target["options"]:
                            raise Flaw(f"{where}: a '-' row with no heading above it")
                        heading = target
                        heading["_heading"] = True
                        heading.setdefault("items", [])
                    label = first.lstrip("-").strip()
                    crit = {"code": f"{heading['code']}.{len(heading['items']) + 1}", "label": label,
                            "maxPoints": score_of(r["score"], where, self.anomalies, None)[0],
                            "notes": rest + desc, "options": [], "_record": i}
                    heading["items"].append(crit)
                    target = crit
                elif cm:
                    # "a. Trường hợp 1: …": a case of the group, which is then the criterion (tourism)
                    case = cm.group(2).strip()
                    group.setdefault("cases", []).append(case)
                    points = score_of(r["score"], where, self.anomalies, None)[0]
                    if points != group["maxPoints"]:
                        raise Flaw(f"{where}: case {case!r} is worth {points}, its group {group['maxPoints']}")
                    target = group
                else:
                    m = LETTER.match(first)
                    if not m:
                        raise Flaw(f"{where}: criterion row without a letter: {first!r}")
                    letter, label = m.group(1), m.group(2).strip()
                    label, label_marker = strip_marker(label)
                    heading = None
                    same = label.casefold() == group["label"].casefold()
                    if not label or (same and (not r["score"].strip() or int(r["score"]) == group["maxPoints"])):
                        # a wrapper row: the options belong to the group
                        self.anomalies.append(dict(at=group["code"], kind="FORMATTING",
                                                   printed=f"a lettered row '{first}' with "
                                                   + ("no label" if not label else "the group's own label")
                                                   + (f" and score {r['score']}" if r["score"].strip() else
                                                      " and no score") + " above the group's options",
                                                   reading="layout only: the options are the group's, as on "
                                                   "the other sheets (criterion " + group["code"] + ")",
                                                   status="secondary"))
                        target = group
                        continue
                    sub = re.match(r"^(.+?) - (.+)$", label) if "CẢM QUAN" in group["label"] else None
                    if sub:
                        # coffee (set 13) writes its sensory sub-items as "a) Ngoại hình - Tạp chất lạ": the part
                        # before " - " is a heading whose cap is not printed, the part after it a criterion
                        code = f"{group['code']}.{letter}"
                        last = group["items"][-1] if group["items"] else None
                        if last is None or last["code"] != code:
                            last = {"code": code, "label": sub.group(1).strip(), "maxPoints": None, "notes": [],
                                    "items": [], "options": [], "_heading": True, "_capNotPrinted": True,
                                    "_record": i}
                            group["items"].append(last)
                        elif last["label"] != sub.group(1).strip():
                            raise Flaw(f"{where}: heading {code} written with two labels")
                        heading = last
                        crit = {"code": f"{code}.{len(last['items']) + 1}", "label": sub.group(2).strip(),
                                "maxPoints": score_of(r["score"], where, self.anomalies, None)[0],
                                "notes": rest + desc, "options": [], "_record": i}
                        last["items"].append(crit)
                        target = crit
                        continue
                    used = {c["code"] for c in group["items"]}
                    code = f"{group['code']}.{letter}"
                    if code in used:
                        expected = "abcdđeghik"[len(group["items"])]
                        self.anomalies.append(dict(at=f"{group['code']}.{expected}", kind="TYPO",
                                                   printed=f"'{letter})' printed after '{group['items'][-1]['code'][-1]})'"
                                                   f" (criterion {code} exists)",
                                                   reading=f"'{expected})', the next letter: coded "
                                                   f"{group['code']}.{expected}", status="corrected_typo"))
                        code = f"{group['code']}.{expected}"
                    crit = {"code": code, "label": label,
                            "maxPoints": score_of(r["score"], where, self.anomalies, code)[0] if r["score"].strip()
                            else None, "notes": rest + desc, "options": [], "_record": i}
                    if label_marker:
                        crit["_labelMarker"] = label_marker
                    group["items"].append(crit)
                    target = crit
            elif level == "3":
                if target is None:
                    raise Flaw(f"{where}: an option before any group")
                if target is group and group["items"] and not group.get("cases"):
                    raise Flaw(f"{where}: an option directly under group {group['code']} after its criteria")
                text_lines = lines(title)
                text, marker = strip_marker(text_lines[0])
                notes = text_lines[1:]
                if not OPTION.match(text):
                    raise Flaw(f"{where}: option without its box: {text!r}")
                text = OPTION.sub("", text).strip()
                stars = int(r["stars"]) if r["stars"].strip() else None
                if stars != marker:
                    raise Flaw(f"{where}: stars column {stars} but marker {marker} in the title")
                points, printed = score_of(r["score"], where, self.anomalies, target["code"])
                opt = {"_record": i, "points": points, "text": text}
                if stars:
                    opt["minStars"] = stars
                if printed:
                    opt["printedPoints"] = printed
                    opt["doubt"] = f"the score cell reads '{printed}', read as 1"
                if case:
                    opt["case"] = case
                if notes:
                    # a note typed into the option's cell (sets 21, 22): it belongs to the criterion
                    target["notes"] = target["notes"] + notes
                    self.anomalies.append(dict(at=target["code"], kind="FORMATTING",
                                               printed="the note '" + " ".join(notes) + "' typed into the cell of "
                                               "the option '" + text + "'",
                                               reading="a note of the criterion, as 26/2026 prints it",
                                               status="secondary"))
                target["options"].append(opt)
            else:
                raise Flaw(f"{where}: level {level!r}")
        return self

    def finish(self):
        """Codes, ids, criteria vs headings, checks of every sum; returns the JSON sheet."""
        for part in self.parts:
            part["items"] = [self.node(g) for g in part["items"]]
        return self

    def node(self, n):
        items = n.get("items", [])
        if (n["code"].count(".") == 0 and len(items) == 1 and not items[0].get("_heading")
                and not n.get("cases") and items[0]["maxPoints"] in (None, n["maxPoints"])):
            # a group whose only lettered row carries the group's cap: that row is the group's note (set 1's
            # "a) Chỉ ra hàm lượng…" under 7. DINH DƯỠNG), and the group is the criterion, as the Thái Bình form
            # and the other sheets write it
            only = items[0]
            self.anomalies.append(dict(
                at=n["code"], kind="FORMATTING",
                printed=f"one lettered row '{only['code'][len(n['code']) + 1:]}) {only['label']}' under group "
                        f"{n['code']}, with the group's cap",
                reading=f"the group is the criterion (options {n['code']}.a, …); the row's text is a note of the group",
                status="secondary"))
            n["notes"] = n["notes"] + [only["label"]] + only["notes"]
            n["options"] = only["options"]
            n["items"] = []
            items = []
        if n.get("_capNotPrinted"):
            n["maxPoints"] = sum(c["maxPoints"] for c in items)
            self.anomalies.append(dict(
                at=n["code"], kind="FORMATTING",
                printed=f"no row for heading {n['code']} '{n['label']}': its sub-items are written "
                        f"'{n['code'][-1]}) {n['label']} - …', and its cap is not printed",
                reading=f"a heading {n['code']} capped at the sum of its {len(items)} sub-items, {n['maxPoints']} "
                        "points", status="inferred"))
        items = n.pop("items", [])
        options = n.pop("options", [])
        if n.pop("_heading", False) or (items and not options):
            n["items"] = [self.node(c) for c in items]
            n.pop("cases", None)
            return n
        if items and options:
            raise Flaw(f"set {self.number} {n['code']}: both criteria and options")
        if not options:
            raise Flaw(f"set {self.number} {n['code']}: no options")
        letters = "abcdefghijklmnop"
        for k, o in enumerate(options):
            o["id"] = f"{n['code']}.{letters[k]}"
        n["options"] = options
        if n.get("maxPoints") is None:
            raise Flaw(f"set {self.number} {n['code']}: criterion without a cap")
        return n

    # ---- checks (the README's sums) -----------------------------------------------------------------------
    def check(self):
        caps = [p["maxPoints"] for p in self.parts]
        if caps != [40, 25, 35]:
            raise Flaw(f"set {self.number}: parts {caps}")
        for p in self.parts:
            s = sum(g["maxPoints"] for g in p["items"])
            if s != p["maxPoints"]:
                self.expect_flaw(p["part"], "CAP_MISMATCH", f"part {p['part']} groups add up to {s}")
                p["_sum"] = s
            for g in p["items"]:
                self.check_node(g)

    def check_node(self, n):
        if "items" in n:
            s = sum(c["maxPoints"] for c in n["items"])
            if s != n["maxPoints"]:
                raise Flaw(f"set {self.number} {n['code']}: items add up to {s}, cap {n['maxPoints']}")
            for c in n["items"]:
                self.check_node(c)
            return
        groups = {}
        for o in n["options"]:
            groups.setdefault(o.get("case"), []).append(o["points"])
        for case, pts in groups.items():
            if max(pts) > n["maxPoints"]:
                raise Flaw(f"set {self.number} {n['code']}: option above the cap")
            if max(pts) < n["maxPoints"]:
                self.expect_flaw(n["code"], "CAP_UNREACHABLE", f"best option {max(pts)} < cap {n['maxPoints']}")
                n["_best"] = max(pts)
            if len(set(pts)) != len(pts):
                self.anomalies.append(dict(at=n["code"], kind="DUPLICATE_POINTS",
                                           printed=f"options worth {pts}", reading="kept as printed: each option "
                                           "is still a distinct choice", status="secondary"))
        self.pending = getattr(self, "pending", [])

    def expect_flaw(self, code, kind, what):
        self.found = getattr(self, "found", [])
        self.found.append((code, kind, what))


def criteria(node):
    if "items" in node:
        for c in node["items"]:
            yield from criteria(c)
    else:
        yield node


def all_criteria(sheet):
    for p in sheet.parts:
        for g in p["items"]:
            yield from criteria(g)


def knock_outs_and_conditions(sheet):
    """The notes that are rules: knock-outs and the story condition, as in the other versions' data."""
    for p in sheet.parts:
        for g in p["items"]:
            for n in [g] + list(walk(g)):
                for note in n.get("notes", []):
                    low = note.casefold()
                    at = n["code"]
                    if "bị loại" in low:
                        sheet.knock_outs.append(dict(id=f"DQ-{at}", kind="DISQUALIFY", trigger="FINDING", at=at,
                                                     text=note, status="secondary"))
                    elif "không đánh giá những sản phẩm có tính phổ biến" in low:
                        sheet.knock_outs.append(dict(
                            id=f"STOP-{at}", kind="STOP", trigger="FINDING", at=at, text=note, status="inferred",
                            doubt="The note says such products are not evaluated; the decision does not say whether "
                                  "that is an exclusion or a stop. Both leave the product unrated; modelled as STOP, "
                                  "as under 26/2026."))
                    elif "bước tiếp theo" in low or "không xem xét các chỉ tiêu khác" in low:
                        sheet.knock_outs.append(dict(id=f"STOP-{at}", kind="STOP", trigger="FINDING", at=at,
                                                     text=note, status="secondary"))
    story = None
    for c in all_criteria(sheet):
        if c["label"].startswith("Câu chuyện") and c["options"][0]["text"].startswith("Không có câu chuyện"):
            story = c
    for c in all_criteria(sheet):
        if any(note.startswith("Chỉ áp dụng khi có câu chuyện") for note in c.get("notes", [])):
            if story is None:
                raise Flaw(f"set {sheet.number} {c['code']}: a story condition with no 'no story' option")
            c["onlyIf"] = {"criterion": story["code"], "notChosen": [story["options"][0]["id"]],
                           "text": "Chỉ áp dụng khi có câu chuyện"}


def walk(n):
    for c in n.get("items", []):
        yield c
        yield from walk(c)


def tidy(n):
    """Key order of the other version files; no empty notes; private keys dropped."""
    out = {"code": n["code"], "label": n["label"], "maxPoints": n["maxPoints"]}
    if n.get("notes"):
        out["notes"] = n["notes"]
    if n.get("doubt"):
        out["doubt"] = n["doubt"]
    if n.get("onlyIf"):
        out["onlyIf"] = n["onlyIf"]
    if "items" in n:
        out["items"] = [tidy(c) for c in n["items"]]
        return out
    if n.get("cases"):
        out["cases"] = n["cases"]
    out["options"] = n["options"]
    return out


def option_json(sheet, o):
    out = {"id": o["id"], "points": o["points"]}
    if "minStars" in o:
        out["minStars"] = o["minStars"]
    if "case" in o:
        out["case"] = o["case"]
    out["text"] = o["text"]
    if "printedPoints" in o:
        out["printedPoints"] = o["printedPoints"]
    out["status"] = "secondary"
    if "doubt" in o:
        out["doubt"] = o["doubt"]
    out["source"] = {"annex": ANNEX, "item": sheet.source_item(o["_record"])}
    return out


def label_markers(sheet):
    """'Sở hữu trí tuệ****': a marker on the criterion label and on none of its options."""
    for c in all_criteria(sheet):
        marker = c.pop("_labelMarker", None)
        if marker is None:
            continue
        if any("minStars" in o for o in c["options"]):
            raise Flaw(f"set {sheet.number} {c['code']}: marker on the label and on an option")
        lowest = min(c["options"], key=lambda o: o["points"])
        lowest["minStars"] = marker
        lowest["doubt"] = (f"the {'*' * marker} marker is printed on the criterion's label, not on an option; "
                           "read as binding the lowest option (inferred)")
        c["doubt"] = (f"'{'*' * marker}' printed after the label '{c['label']}' and on no option: read as a "
                      f"{marker}★ minimum on its lowest option {lowest['id']} ({lowest['points']} point)")
        sheet.anomalies.append(dict(
            at=c["code"], kind="FORMATTING", printed=f"'{c['label']}{'*' * marker}': the marker on the criterion "
            "label, no option marked",
            reading=f"a {marker}★ minimum on the lowest option {lowest['id']} ({lowest['points']} point: a registered "
                    "trademark), the reading the Thái Bình copy of set 1 also gives (it marks both options, the lower "
                    "binding). Doubt: the application holding this copy takes the criterion's cap "
                    f"({c['maxPoints']} points) as the minimum, and 26/2026 puts its 4★ marker on the 2-point option "
                    "of its amended criterion", status="inferred"))


def build(folder, version):
    names = read_names(folder)
    codes = {1: "I.1.a", 2: "I.1.b", 3: "I.2.a", 4: "I.2.b", 5: "I.3.a", 6: "I.3.b", 7: "I.3.c", 8: "I.3.d",
             9: "I.4.a", 10: "I.4.b", 11: "I.5.a", 12: "I.5.b", 13: "I.6", 14: "II.1.a", 15: "II.1.b",
             16: "II.2.a", 17: "II.2.b", 18: "III.1", 19: "III.2", 20: "III.3", 21: "IV.1", 22: "IV.2",
             23: "V.1", 24: "V.2", 25: "V.3", 26: "VI.1"}
    sheets = []
    for number in range(1, 27):
        ours = f"set-{number:02d}.csv"
        file_name = names[ours]
        title = re.sub(r"^OCOP - \d+\.\s*(Bộ sản phẩm[_;]\s*)?", "", file_name)[: -len(".csv")].strip()
        sheet = Sheet(number, codes[number], file_name, read_rows(os.path.join(folder, ours))).parse().finish()
        sheet.check()
        label_markers(sheet)
        knock_outs_and_conditions(sheet)
        sheets.append((sheet, title))
    out = []
    for sheet, title in sheets:
        flaws(sheet)
        for c in all_criteria(sheet):
            c["options"] = [option_json(sheet, o) for o in c["options"]]
        parts = [{"part": p["part"], "label": p["label"], "maxPoints": p["maxPoints"],
                  "items": [tidy(g) for g in p["items"]]} for p in sheet.parts]
        if sheet.number == 1:
            knock_outs = [dict(id="DQ-HEADER", kind="DISQUALIFY", trigger="FINDING", at=None, text=THAI_BINH_HEADER,
                               status="secondary")]
            item = (sheet.source_item() + "; confirmed by two independent copies: this typed copy and a Thái Bình "
                    "scoring form of 2024 agree on all 108 options' points and texts (star markers differ in five "
                    "places, recorded as anomalies); the 'Bị loại khi' header is the Thái Bình form's")
            header = "(not printed in the typed copy; the Thái Bình form prints its 'Bị loại khi' header)"
        else:
            knock_outs = []
            item = sheet.source_item()
            header = "(not printed in the typed copy)"
        sheet.knock_outs = knock_outs + sheet.knock_outs
        out.append({"set": sheet.code, "number": sheet.number, "title": title, "header": header,
                    "source": {"annex": ANNEX, "item": item}, "status": "secondary",
                    "knockOuts": sheet.knock_outs, "anomalies": sheet.anomalies, "parts": parts})
    return out


def flaws(sheet):
    """The sums that do not add up, each explained by the README's flaw, and the header the copy lacks."""
    found = getattr(sheet, "found", [])
    for code, kind, what in found:
        if kind == "CAP_UNREACHABLE" and (sheet.number, code) == (7, "6.d"):
            sheet.anomalies.append(dict(at=code, kind=kind, printed="6.d 'Mùi' capped at 4 points, best option 3",
                                        reading="the options are kept as printed: the sheet's best total is 99",
                                        status="secondary"))
        elif kind == "CAP_MISMATCH" and code == "C" and sheet.number in (11, 12, 13):
            part = sheet.parts[2]
            sensory = part["items"][0]
            sheet.anomalies.append(dict(
                at="C", kind=kind,
                printed=f"Phần C (35 Điểm), its groups add up to {part['_sum']}: group 6 "
                        f"'{sensory['label']}' holds {sensory['maxPoints']} points, against 16 on the other "
                        "processed-food sheets of this copy",
                reading=f"{35 - part['_sum']} points of Part C are missing from the copy (rows or points lost in "
                        "group 6, most likely): the sheet rates as printed, with a warning that its best total is "
                        f"{100 - 35 + part['_sum']}; the missing rows are not guessed",
                status="secondary"))
        else:
            raise Flaw(f"set {sheet.number} {code}: {what}, a flaw this script does not know")
    if any("items" in n for n in sheet.parts[2]["items"][0].get("items", [])):
        # tea (11) and coffee (13); herbal tea (12) writes its sensory criteria flat, a) to đ), with no heading
        sheet.anomalies.append(dict(
            at="6", kind="FORMATTING",
            printed="sensory sub-items written at the level of their headings ('a) Ngoại hình' then '- Tạp chất')",
            reading="each '-' row is a criterion under the lettered heading above it (coded 6.a.1, 6.a.2, …)",
            status="secondary"))
    if sheet.number == 26:
        for g in ("8", "9", "15"):
            sheet.anomalies.append(dict(
                at=g, kind="OPTION_SERIES",
                printed="'Lựa chọn một trong hai trường hợp sau:', then 'a. Trường hợp 1' and 'b. Trường hợp 2', "
                        "each with its own options worth up to the group's cap",
                reading="one criterion with two mutually exclusive cases: a member scores the options of one case",
                status="secondary"))
    # typing slips in labels and notes: kept as printed, read as the word meant
    for part in sheet.parts:
        for n in [part] + list(walk(part)):
            code = n.get("code", n.get("part"))
            for slip, meant in SLIPS.items():
                if any(slip in t for t in [n["label"]] + n.get("notes", [])):
                    sheet.anomalies.append(dict(at=code, kind="TYPO", printed=slip,
                                                reading=f"{meant}; the text is kept as printed",
                                                status="corrected_typo"))
    if sheet.number == 1:
        sheet.anomalies.extend(copies_differ(sheet))
    else:
        sheet.anomalies.append(dict(
            at=None, kind="MISSING_TEXT",
            printed="no 'Hồ sơ bị loại khi…' header: the typed copy keeps only the notes printed in the criteria",
            reading="the header's disqualification rules are not in this sheet's data; the in-criterion 'Bị loại "
                    "nếu…' notes are knock-outs", status="secondary"))


def copies_differ(sheet):
    """Set 1's star markers against the Thái Bình form's (the sheet this data held before)."""
    old_markers = THAI_BINH_MARKERS
    found = []
    by_criterion = {}
    for c in all_criteria(sheet):
        for o in c["options"]:
            if old_markers.get(o["id"]) != o.get("minStars"):
                by_criterion.setdefault(c["code"], []).append((o, old_markers.get(o["id"])))
    for code, diffs in by_criterion.items():
        c = next(x for x in all_criteria(sheet) if x["code"] == code)
        label = "'****' on the criterion label" if c.get("doubt") else None
        def star(m):
            return "no marker" if m is None else "*" * m
        typed = "; ".join(f"{o['id']} ({o['points']} pt): {star(o.get('minStars') if not (label and 'doubt' in o) else None)}"
                          for o, _ in diffs)
        thai_binh = "; ".join(f"{o['id']}: {star(m)}" for o, m in diffs)
        found.append(dict(
            at=code, kind="COPIES_DIFFER",
            printed=f"typed copy: {typed}{' and ' + label if label else ''}; Thái Bình form: {thai_binh}",
            reading="the typed copy's markers are read (the data is read from it by program); which copy is right is "
                    "not known. " + effect(c, diffs), status="inferred"))
    return found


def effect(c, diffs):
    marked = sorted((o["points"], o["minStars"]) for o in c["options"] if "minStars" in o)
    if not marked:
        return "No minimum on this criterion in the reading chosen."
    return ("In the reading chosen the binding minimum is " + ", ".join(f"{p} point(s) for {s}★" for p, s in marked)
            + ".")


def main():
    folder, version_file = sys.argv[1], sys.argv[2]
    with open(version_file, encoding="utf-8") as f:
        version = json.load(f)
    try:
        sheets = build(folder, version)
    except Flaw as e:
        raise SystemExit(f"convert-148: {e}")
    # the flaws the copy's README lists must all be found: a changed copy or parser would otherwise pass silently
    found = {(s["number"], a["at"], a["kind"]) for s in sheets for a in s["anomalies"]}
    readme = {(7, "6.d", "CAP_UNREACHABLE"), (11, "C", "CAP_MISMATCH"), (12, "C", "CAP_MISMATCH"),
              (13, "C", "CAP_MISMATCH"), (17, "1.d", "TYPO"), (18, "1.b", "TYPO"), (26, "8", "OPTION_SERIES"),
              (26, "9", "OPTION_SERIES"), (26, "15", "OPTION_SERIES")}
    readme |= {(n, "3.e", "FORMATTING") for n in range(1, 27)} | {(n, None, "MISSING_TEXT") for n in range(2, 27)}
    if not readme <= found:
        raise SystemExit(f"convert-148: flaws of the copy's README not found: {sorted(readme - found, key=str)}")
    version["edition"] = "2026b"
    version["editionNotes"] = (
        "All 26 sheets read by tools/convert-148.py from a typed copy (augustine-tran/ocop, secondary; the CSV files "
        "are in ocop-rules-core/src/criteria-sources/QD-148-2023/typed-copy/), every flaw an anomaly; set 1 is "
        "confirmed by a second copy (the Thái Bình form of edition 2026a), their five marker differences recorded. "
        "Classification as in 2026a (inferred from 26/2026's Phụ lục I).")
    version["sheetsSource"] = {
        "status": "secondary",
        "text": f"A typed copy of all 26 sheets: GitHub {REPO}, folder {FOLDER}, files 'OCOP - <n>. <set name>.csv', "
                f"at commit {COMMIT} (2024-03-20; first added 2024-03-12), a scoring application seeded for a "
                "district and a province council of Bà Rịa–Vũng Tàu. Set 1 also from a Thái Bình scoring form "
                "(github quyenncph25762/OCOP_SCORE, commit 90889ffff5ef0416a101e4f1cb51322ee5cd2d31, 2024-06-29).",
        "doubt": "A third party's transcription, probably typed from a scanned PDF, not the decision's text. It is "
                 "148's: parts 40/25/35 on every sheet, 148's 26 set names, 148-era items 26/2026 dropped, made while "
                 "148 was in force. Known flaws are anomalies on each sheet."}
    version["sheets"] = sheets
    json.dump(version, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
