#!/usr/bin/env python3
"""Convert the research transcription of 26/2026/QĐ-TTg Phụ lục II into ocop-rules' criteria format.

Usage (from the repository root, with the steering repository's shared/ folder beside it):

    python3 tools/convert-2026.py ../shared/domain/reference/criteria-2023-2026.yaml \
        > ocop-rules-core/src/main/resources/org/ocop/rules/criteria/QD-26-2026.json

The output is committed; CI never runs this script. It is kept so that every value in the data file can be traced
back to the transcription and so that a corrected transcription can be converted again. Re-running it must keep
option ids stable: ids are assigned by printed position, and the script refuses to run if a sheet's shape differs
from the one the ids were first assigned on (see EXPECTED_OPTION_COUNT) — an edited sheet is then edited in the
JSON by hand, keeping its ids, and the edition is raised.

What the script decides, and why (each decision is visible in the output):
- Notes that exclude a dossier ("Bị loại ...", "... sẽ bị loại bỏ", the sheet header "Hồ sơ bị loại khi") become
  knock-out rules of kind DISQUALIFY; notes that stop scoring ("không đánh giá các bước tiếp theo") become STOP.
  A knock-out is triggered by a FINDING the council records in the dossier, except where the sheet itself ties it
  to a printed option (sheet 16: a 0 on 6.1-6.4; sheets 19-20: no product declaration), where it is a CHOICE rule.
- "Chỉ áp dụng khi có câu chuyện sản phẩm" becomes a condition on 5.2: it applies unless 5.1 is the
  "no story" option.
- The signature footer that the transcription kept as a note of the last criterion is dropped (it is not a note).
- The transcription's free-text source anomalies become structured anomalies.
"""
import json
import re
import sys

import yaml

EDITION = "2026a"
DECISION = "26/2026/QĐ-TTg"
ANNEX = "Phụ lục II"

# Total option count per sheet when ids were first assigned (edition 2026a). A transcription whose shape differs
# would shift positional ids: refuse rather than silently renumber.
PINNED_COUNTS = {
    1: 105, 2: 101, 3: 104, 4: 104, 5: 102, 6: 106, 7: 104, 8: 105, 9: 103, 10: 106, 11: 106, 12: 106, 13: 109,
    14: 98, 15: 98, 16: 93, 17: 97, 18: 100, 19: 100, 20: 99, 21: 92, 22: 92, 23: 86, 24: 87, 25: 84, 26: 92,
}

FOOTER = re.compile(r"^\|\s*\.\.\., ngày")
STORY_NOTE = "Chỉ áp dụng khi có câu chuyện sản phẩm"
CHOOSE_ONE_CASE = "Lựa chọn một trong hai trường hợp sau:"


def letters(n):
    out = []
    for i in range(n):
        out.append(chr(ord("a") + i) if i < 26 else "a" + chr(ord("a") + i - 26))
    return out


def whole(x, where):
    if x != int(x):
        raise SystemExit(f"{where}: points {x} are not whole")
    return int(x)


def knock_out_for_note(note, code):
    """Classify a criterion note; returns a knock-out dict or None for an informative note."""
    if "Bị loại nếu sử dụng toàn bộ nguyên liệu nhập khẩu" in note:
        return dict(id=f"DQ-{code}", kind="DISQUALIFY", trigger="FINDING", at=code, text=note, status="confirmed")
    if "Bị loại nếu phát hiện giống hệt sản phẩm" in note:
        return dict(id=f"DQ-{code}", kind="DISQUALIFY", trigger="FINDING", at=code, text=note, status="confirmed")
    if "Không đánh giá những sản phẩm có tính phổ biến" in note:
        return dict(id=f"STOP-{code}", kind="STOP", trigger="FINDING", at=code, text=note, status="inferred",
                    doubt="The note says such products are not evaluated; the decision does not say whether that "
                          "is an exclusion or a stop. Both leave the product unrated; modelled as STOP.")
    if "không đánh giá các bước tiếp theo" in note.lower() or "Không xem xét các chỉ tiêu khác" in note:
        return "STOP"  # resolved by the caller, which knows the sheet
    return None


def convert_sheet(s):
    set_no = s["set_no"]
    code_of_set = s["classification_code"]
    where = f"sheet {set_no}"
    knock_outs = []
    anomalies = []
    footer = None
    option_total = 0

    for text in s.get("disqualify_if", []):
        knock_outs.append(dict(id="DQ-HEADER", kind="DISQUALIFY", trigger="FINDING", at=None,
                               text="Hồ sơ bị loại khi: " + text, status="confirmed"))

    def criterion_options(n):
        nonlocal option_total
        ids = letters(len(n["options"]))
        out = []
        for i, o in zip(ids, n["options"]):
            option_total += 1
            opt = {"id": f"{n['code']}.{i}", "points": whole(o["points"], f"{where} {n['code']}")}
            if "min_star_marker" in o:
                opt["minStars"] = int(o["min_star_marker"])
            if "case" in o:
                opt["case"] = o["case"]
            opt["text"] = o["text"]
            if "printed_points" in o:
                opt["printedPoints"] = str(whole(o["printed_points"], where))
            if "status" in o:
                opt["status"] = o["status"]
            if "doubt" in o:
                opt["doubt"] = o["doubt"]
            if "note" in o:
                opt["notes"] = [o["note"]]
                if "vi phạm sở hữu trí tuệ" in o["note"]:
                    knock_outs.append(dict(id=f"DQ-{n['code']}", kind="DISQUALIFY", trigger="FINDING",
                                           at=n["code"], text=o["note"], status="confirmed"))
                else:
                    raise SystemExit(f"{where} {n['code']}: unclassified option note {o['note']!r}")
            out.append(opt)
        return out

    def node(n, part):
        nonlocal footer
        item = {"code": n["code"], "label": n["label"], "maxPoints": whole(n["max_points"], where)}
        notes = []
        for note in n.get("notes", []):
            if FOOTER.match(note):
                footer = note.lstrip("| ").strip()
                continue
            if note == STORY_NOTE:
                item["onlyIf"] = {"criterion": "5.1", "notChosen": None, "text": note}
                continue
            ko = knock_out_for_note(note, n["code"])
            if ko == "STOP":
                if set_no == 16 and n["code"] == "6.4":
                    ko = dict(id="STOP-6", kind="STOP", trigger="CHOICE", at="6", text=note, status="confirmed",
                              options=["6.1.a", "6.2.a", "6.3.a", "6.4.a"])
                elif set_no in (19, 20) and n["code"] == "6":
                    ko = dict(id="STOP-6", kind="STOP", trigger="CHOICE", at="6", text=note, status="inferred",
                              options=["6.a"],
                              doubt="The note stops scoring when there is no product declaration (Phiếu công bố); "
                                    "we read that as the option 'Không có hồ sơ công bố tiêu chuẩn sản phẩm' (0 "
                                    "points) of the same criterion.")
                else:
                    ko = dict(id=f"STOP-{n['code']}", kind="STOP", trigger="FINDING", at=n["code"], text=note,
                              status="confirmed")
            if ko:
                knock_outs.append(ko)
                continue
            if note == CHOOSE_ONE_CASE:
                notes.append(note)
                continue
            notes.append(note)
        if notes:
            item["notes"] = notes
        if "doubt" in n:
            item["doubt"] = n["doubt"]
        if "mutually_exclusive_cases" in n:
            item["cases"] = n["mutually_exclusive_cases"]
        if "items" in n:
            item["items"] = [node(c, part) for c in n["items"]]
        else:
            item["options"] = criterion_options(n)
        return item

    parts = []
    for p in s["parts"]:
        parts.append({"part": p["part"], "label": p["label"], "maxPoints": whole(p["max_points"], where),
                      "items": [node(i, p["part"]) for i in p["items"]]})

    # Resolve the story condition: 5.2 applies unless 5.1 is the "no story" option.
    story = find(parts, "5.1")
    for crit in walk_criteria(parts):
        if "onlyIf" in crit:
            no_story = [o["id"] for o in story["options"] if o["text"].startswith("Không có câu chuyện")]
            if len(no_story) != 1:
                raise SystemExit(f"{where}: cannot find the 'no story' option of 5.1")
            crit["onlyIf"]["notChosen"] = no_story

    for text in s.get("source_anomalies", []):
        anomalies.append(anomaly(text, where))

    if PINNED_COUNTS.get(set_no) != option_total:
        raise SystemExit(f"{where}: {option_total} options, ids were assigned on {PINNED_COUNTS.get(set_no)}; "
                         "edit the JSON by hand instead")

    sheet = {
        "set": code_of_set,
        "number": set_no,
        "title": s["title"],
        "header": s["header_line"],
        "source": {"annex": ANNEX, "item": f"mục {set_no}"},
        "status": s["status"],
    }
    if "star_marker_legend" in s:
        sheet["starMarkerLegend"] = s["star_marker_legend"]
    if footer:
        sheet["footer"] = footer
    sheet["knockOuts"] = knock_outs
    sheet["anomalies"] = anomalies
    sheet["parts"] = parts
    return sheet


def anomaly(text, where):
    m = re.match(r"^(\S+): no options listed \(max 1\)$", text)
    if m:
        return dict(at=m.group(1), kind="MISSING_OPTIONS", printed="no options printed (cap 1)",
                    reading="scored as yes = 1 / no = 0", status="inferred")
    if text == "star marker written with spaces '* * * *'":
        return dict(at="5.1", kind="FORMATTING", printed="* * * *", reading="****: a 4-star minimum",
                    status="confirmed")
    if text.startswith("option 'Không được cấp giấy chứng nhận chất lượng' has blank points cell"):
        return dict(at="1.2", kind="BLANK_POINTS", printed="(blank)",
                    reading="0, as the same option prints on the other sheets", status="inferred")
    m = re.match(r"^(\S+): best option (\d+) != max (\d+)$", text)
    if m:
        return dict(at=m.group(1), kind="TYPO", printed=m.group(2),
                    reading=f"an option printed {m.group(2)} under a cap of {m.group(3)}; read as the value the "
                            "sums and the neighbouring options imply", status="corrected_typo")
    if text == "option bullet 'o' instead of '□'":
        return dict(at=None, kind="FORMATTING", printed="o", reading="□ (an option bullet)", status="confirmed")
    m = re.match(r"^item (\S+) points cell '4 1' \(took first number\)$", text)
    if m:
        return dict(at=m.group(1), kind="TYPO", printed="4 1", reading="4, as the options and the part sum require",
                    status="corrected_typo")
    if text == "part A heading says 35 điểm but points cell says 40":
        return dict(at="A", kind="HEADING_MISMATCH", printed="Phần A ... (35 Điểm)",
                    reading="40, as the points cell and the groups 14 + 12 + 14 say", status="corrected_typo")
    raise SystemExit(f"{where}: unclassified anomaly {text!r}")


def walk_criteria(items):
    for i in items:
        if "items" in i:
            yield from walk_criteria(i["items"])
        if "options" in i:
            yield i


def find(parts, code):
    for p in parts:
        for c in walk_criteria(p["items"]):
            if c["code"] == code:
                return c
    raise SystemExit(f"no criterion {code}")


def classification(tree):
    """Phụ lục I: classes > groups > sub-groups; a set is a sub-group, or a group without sub-groups."""
    classes = []
    for c in tree:
        groups = []
        for g in c["groups"]:
            group = {"code": g["code"], "name": g["name"]}
            if "subgroups" in g:
                group["subgroups"] = [{"code": sg["code"], "name": sg["name"], "ministry": sg["ministry"]}
                                      for sg in g["subgroups"]]
            else:
                group["ministry"] = g["ministry"]
            groups.append(group)
        classes.append({"code": c["code"], "name": c["name"], "groups": groups})
    return classes


def main():
    d = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
    decision = next(x for x in d["decisions"] if x["id"] == "QD-26-2026")
    src = d["scoring_sheets"]["QD-26-2026"]
    out = {
        "format": "ocop-criteria/1",
        "id": "QD-26-2026",
        "edition": EDITION,
        "editionNotes": "First edition, converted by tools/convert-2026.py from the project's research transcription "
                        "of the decision text (shared/domain/reference/criteria-2023-2026.yaml).",
        "decision": {
            "number": decision["number"],
            "signed": decision["signed"],
            "title": decision["title"],
            "status": decision["status"],
            "sources": decision["sources"],
        },
        "inForce": {"from": decision["effective"], "source": "26/2026/QĐ-TTg Điều 11.1", "status": "confirmed"},
        "parts": {"A": 40, "B": 25, "C": 35},
        "bands": {
            "status": "confirmed",
            "source": "26/2026/QĐ-TTg Điều 3.3",
            "text": "1 sao: dưới 30 điểm; 2 sao: từ 30 đến dưới 50; 3 sao: từ 50 đến dưới 70; "
                    "4 sao: từ 70 đến dưới 90; 5 sao: từ 90 đến 100 điểm",
            # the lower bounds of 2★ to 5★, read from the text above; the engines rate with these numbers
            "floors": [30, 50, 70, 90],
        },
        "starMinimums": {
            "kind": "MARKERS",
            "status": "confirmed",
            "source": "26/2026/QĐ-TTg Phụ lục II, ghi chú cuối mỗi phiếu",
            "text": "Dấu sao là yêu cầu tối thiểu phải đạt theo các cấp độ sao (*** - 3 sao; **** - 4 sao; "
                    "***** - 5 sao)",
        },
        "procedures": [{
            "from": decision["effective"],
            "name": "26/2026/QĐ-TTg",
            "status": "confirmed",
            "source": "26/2026/QĐ-TTg Điều 4.1, 7.2, 7.3.e, 7.4",
            "levels": [
                {"level": "PROVINCE", "recognises": [3, 4], "forwardsTo": "MINISTRY", "forwardsFrom": 90},
                {"level": "MINISTRY", "recognises": [5]},
            ],
            "notes": ["UBND cấp xã kiểm tra hồ sơ, không chấm điểm (Điều 7.2)",
                      "Sản phẩm đạt từ 90 điểm: tiềm năng 5 sao, gửi Bộ Nông nghiệp và Môi trường (Điều 7.3.e)"],
        }],
        "transition": {
            "text": "Hồ sơ nộp trước ngày 22/05/2026 mà chưa đánh giá, phân hạng được tiếp tục thực hiện theo quy định "
                    "giai đoạn 2021-2025 (148/QĐ-TTg, sửa đổi bởi 1489/QĐ-TTg), trong 60 ngày (đánh giá lần đầu, "
                    "nâng hạng) hoặc 30 ngày (đánh giá lại)",
            "source": "26/2026/QĐ-TTg Điều 12.2",
            "status": "confirmed",
        },
        "classification": {
            "status": "confirmed",
            "source": "26/2026/QĐ-TTg Điều 2.2, Phụ lục I",
            "classes": classification(d["classification"]["QD-26-2026"]["tree"]),
        },
        "sheetsSource": {"status": src["status"], "text": src["source"]},
        "sheets": [convert_sheet(s) for s in src["sheets"]],
    }
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
