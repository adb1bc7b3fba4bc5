#!/usr/bin/env python3
"""Convert the verbatim Word copy of 1048/QĐ-TTg (Phụ lục I and III) into ocop-rules' criteria format.

Usage (from the repository root; needs Python 3 and olefile; PyYAML for the optional cross-checks):

    git -C <mirror of congnn1107/ocop_project> cat-file -p 18e6921d40925172d091d3d7c237b7473e451973 > /tmp/1048.doc
    python3 tools/convert-1048.py /tmp/1048.doc \
        > ocop-rules-core/src/main/resources/org/ocop/rules/criteria/QD-1048-2019.json

Cross-checks (optional; they report to stderr and never change the output):

    python3 tools/convert-1048.py /tmp/1048.doc --rice ../shared/domain/reference/criteria-2019-rice.yaml \
        --portal ../shared/domain/reference/criteria-2019-2020.yaml --dump OCOP_DB.sql > /dev/null

where OCOP_DB.sql is `setup-data/database/OCOP_DB.sql` of the same repository (commit 4d6ea0c5), a third party's
typing of the same text: points are compared criterion by criterion, texts option by option.

The source is the Word 97 file thuvienphapluat.vn publishes for the decision (document id 422157), found in the
history of GitHub congnn1107/ocop_project (commit 051d2fec, later deleted; see
shared/domain/reference/criteria-2019-decision.md §1). The script checks its sha256 and refuses any other file.

Nothing is typed by hand: every option text and every point value comes out of the document's piece table by
program. What the script decides, and why (each decision is visible in the output):
- Text is Unicode-normalised to NFC (the file mixes composed and decomposed Vietnamese); nothing else is changed.
  Words the publisher's copy garbled (legacy-font residue such as "MyÞ, Nhâòt") are kept as printed, and every
  option text with such characters carries a doubt saying so.
- Points are matched to criteria and options in document order. The decision has two layouts — one option per row
  with its points beside it, and a criterion's options in one cell with its cap and the options' points in the next
  (sets 4-11, where one merged cell can hold the points of several criteria) — and in both the cap comes before the
  options' points. A group heading takes a printed cap only when a points cell follows it while no earlier option
  waits for its points.
- A group heading with no printed cap gets the sum of its criteria (the decision prints none on most sheets).
- Every printed flaw found by the sums must be listed in ANOMALIES below, with what is printed and our reading;
  an unlisted flaw, or a listed one that is not there, stops the script. The flaws are never "fixed" silently.
- "Bị loại khi ..." (sheet header) and "Bị loại nếu ..." become DISQUALIFY knock-outs, "Không đánh giá các bước
  tiếp theo ..." a STOP knock-out, all triggered by a council FINDING. "Chỉ áp dụng khi có câu chuyện" becomes a
  condition on 5.2 and 5.3: they apply unless 5.1 is the "no story" option.
- Option ids are `<criterion>.<letter>` by printed position (cases of 3.2 share one run of letters). The script
  refuses to run when a sheet's option count differs from PINNED_COUNTS, since ids would shift.
- The tourism sheet's Part C is a checklist ("Được cộng tổng điểm các nội dung ghi Có"): its items get
  "select": "ANY".
"""
import hashlib
import json
import re
import struct
import sys
import unicodedata

import olefile

EDITION = "2026a"
DECISION = "1048/QĐ-TTg"
ANNEX = "Phụ lục III"
SHA256 = "6f2cd09271ab1e55b2b0c8592850b800ee6eeb28bcca5de5b3e48a9529325898"
SOURCE_URL = ("https://github.com/congnn1107/ocop_project/blob/051d2fec48fe2afa376f366c6ace823430f2a65a/"
              "1048_QD-TTg_m_422157.doc")

# Option count per sheet when ids were first assigned (edition 2026a). A different count would shift ids.
PINNED_COUNTS = {
    1: 113, 2: 109, 3: 115, 4: 114, 5: 112, 6: 113, 7: 111, 8: 113, 9: 113, 10: 113, 11: 112, 12: 113, 13: 113,
    14: 117, 15: 106, 16: 107, 17: 101, 18: 104, 19: 102, 20: 106, 21: 99, 22: 100, 23: 98, 24: 103, 25: 104,
    26: 80,
}

# Every printed flaw the sums reveal, by sheet. (code, kind, printed, reading, status). The script checks each one
# against the document: a listed flaw that is not there, or a flaw found and not listed, stops it.
ANOMALIES = {}

ALLOWED = set("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXYfjwzFJWZ"
              "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
              "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ"
              "0123456789 .,;:!?()[]/\\-–—+%<>=≥≤…'\"“”‘’&*_#~|°")


def doc_text(path):
    """The main text of a Word 97 document, from its piece table (FIB fcClx/lcbClx at 0x01A2)."""
    data = open(path, "rb").read()
    digest = hashlib.sha256(data).hexdigest()
    if digest != SHA256:
        raise SystemExit(f"{path}: sha256 {digest}, expected {SHA256} (the copy named in criteria-2019-decision.md)")
    ole = olefile.OleFileIO(path)
    wd = ole.openstream("WordDocument").read()
    flags = struct.unpack_from("<H", wd, 0x0A)[0]
    table = ole.openstream("1Table" if flags & 0x0200 else "0Table").read()
    fc, lcb = struct.unpack_from("<II", wd, 0x01A2)
    clx = table[fc:fc + lcb]
    i = 0
    while clx[i] == 1:  # skip Prc entries
        i += 3 + struct.unpack_from("<H", clx, i + 1)[0]
    if clx[i] != 2:
        raise SystemExit("no piece table")
    size = struct.unpack_from("<I", clx, i + 1)[0]
    plc = clx[i + 5:i + 5 + size]
    n = (size - 4) // 12
    cps = struct.unpack_from("<%dI" % (n + 1), plc, 0)
    out = []
    for k in range(n):
        fcv = struct.unpack_from("<I", plc, 4 * (n + 1) + 8 * k + 2)[0]
        length = cps[k + 1] - cps[k]
        if fcv & 0x40000000:  # compressed piece: 8-bit cp1252
            off = (fcv & 0x3FFFFFFF) // 2
            out.append(wd[off:off + length].decode("cp1252", errors="replace"))
        else:
            out.append(wd[fcv:fcv + 2 * length].decode("utf-16-le"))
    return unicodedata.normalize("NFC", "".join(out))


def tokens(s):
    """Table cells end with U+0007 and paragraphs with CR: one token per non-empty paragraph, in order."""
    out = []
    for cell in s.split("\x07"):
        for line in re.split(r"[\r\x0b]", cell):
            line = re.sub(r"\s+", " ", line).strip()
            if line:
                out.append(line)
    return out


POINTS = re.compile(r"^(\d+) ?[ĐđD]\w*m\.?$")
CRITERION = re.compile(r"^(\d+(?:\.\d+)+)\.? ?(.+)$")
HEADING = re.compile(r"^(\d+)\. ?(\S.*)$")
PART = re.compile(r"^Phần ([ABC]):? ?(.*)$")
PART_CAP = re.compile(r"\((\d+) Điểm\)")
CASE = re.compile(r"^([ab])\.? ?Trường hợp (\d)")
STORY = "Chỉ áp dụng khi có câu chuyện"


# Garbled words that use only Vietnamese letters, found by comparing the texts with the typed SQL dump (see
# --dump): the character check cannot see them.
GARBLED = {"Hõi": "Hơi", "THEO trường": "thị trường", "Nhâòt": "Nhật", "MyÞ": "Mỹ"}


def odd(text):
    found = sorted({ch for ch in text if ch not in ALLOWED})
    found += [f"{w} (for {r})" for w, r in GARBLED.items() if w in text]
    return found


class Node:
    def __init__(self, code, label, part, token):
        self.code, self.label, self.part, self.token = code, label, part, token
        self.cap = None
        self.cap_printed = False
        self.children = []
        self.options = []
        self.notes = []
        self.cases = []


# Group headings whose printed cap sits inside a merged points cell (after the first criterion's options), so the
# layout alone does not show it: on sets 6 and 9 the cell beside 6.1 reads "20 Điểm / 3 Điểm / 0 / 1 / 3 ...".
HEADING_CAP_IN_MERGED_CELL = {6: {"6"}, 9: {"6"}}



def parse_sheet(toks, where, set_no=0):
    """Parts, nodes and options of one sheet, with points assigned in document order."""
    parts = []
    nodes = {}
    current = None  # node receiving options and notes
    case = None
    pending = []  # slots waiting for a value: (object, attribute)
    structural = [i for i, t in enumerate(toks) if t.startswith("□") or CRITERION.match(t) or HEADING.match(t)]

    def next_structural(i):
        for j in structural:
            if j > i:
                return toks[j]
        return ""

    i = 0
    while i < len(toks):
        t = toks[i]
        m = PART.match(t)
        if m:
            label = m.group(2) or toks[i + 1]
            if not m.group(2):
                i += 1
            cap = PART_CAP.search(label)
            parts.append({"part": m.group(1), "label": f"Phần {m.group(1)}: {label}", "maxPoints": int(cap.group(1)),
                          "items": [], "notes": []})
            current, case = None, None
            i += 1
            continue
        if t.startswith("Tổng Điểm phần"):
            current = None
            if t.startswith("Tổng Điểm phần C"):
                break
            i += 1
            continue
        p = POINTS.match(t)
        if p:
            if not pending:
                raise SystemExit(f"{where}: points {t!r} (token {i}) with nothing to assign them to")
            obj, attr = pending.pop(0)
            if attr == "cap":
                obj.cap, obj.cap_printed = int(p.group(1)), True
            else:
                obj["points"] = int(p.group(1))
            i += 1
            continue
        m = CRITERION.match(t) or HEADING.match(t)
        if m and not t.startswith("□"):
            code, label = m.group(1), m.group(2).strip()
            node = Node(code, label, parts[-1]["part"], i)
            if code in nodes:
                raise SystemExit(f"{where}: code {code} twice")
            nodes[code] = node
            parent = code.rsplit(".", 1)[0] if "." in code else None
            if parent:
                nodes[parent].children.append(node)
            else:
                parts[-1]["items"].append(node)
            after = next_structural(i)
            is_criterion = after.startswith("□") or "." in code
            if (is_criterion or code in HEADING_CAP_IN_MERGED_CELL.get(set_no, ())
                  or (not pending and i + 1 < len(toks) and POINTS.match(toks[i + 1]))):
                pending.append((node, "cap"))
            current, case = node, None
            i += 1
            continue
        if t.startswith("□"):
            option = {"text": t[1:].strip()}
            if case:
                option["case"] = case
            current.options.append(option)
            pending.append((option, "points"))
            i += 1
            continue
        m = CASE.match(t)
        if m and current is not None:
            current.cases.append(t)
            case = t
            i += 1
            continue
        # Any other paragraph is a note of the entry being read (or of the part, before its first entry).
        if current is not None:
            current.notes.append(t)
        elif parts:
            parts[-1]["notes"].append(t)
        i += 1
    if pending:
        raise SystemExit(f"{where}: {len(pending)} slots got no points, first at {pending[0]}")
    return parts, nodes


# Codes printed twice: renumbered by position (the option ids follow the new code).
RENUMBER = {(14, "6.1.3. Mùi"): "6.1.4", (14, "6.1.4. Vị"): "6.1.5"}

T_ = "corrected_typo"
# Every printed flaw, by sheet: (at, kind, printed, reading, status, fix). `fix` sets a criterion's cap to the value
# the sums imply (the printed one stays in the anomaly). The script re-derives each flaw from the document.
ANOMALIES = {
    4: [("9.1", "TYPO", "9.1 Hồ sơ công bố chất lượng sản phẩm: 3 Điểm (options 0 / 1 / 2)",
         "cap 2, its best option: with 3 Part C would add to 41; the portal edition and the rice sheet also have 2",
         T_, 2)],
    6: [("6.2", "DUPLICATE_POINTS", "Tương đối đồng đều 3 Điểm; Đồng đều 3 Điểm",
         "kept as printed (0 / 1 / 3 / 3): both options are worth 3; the portal edition has the same", "confirmed",
         None)],
    7: [("3.1", "CAP_UNREACHABLE",
         "3.1 Loại hình tổ chức sản xuất - kinh doanh: 3 Điểm, with two options (1, 2); the third organisation type "
         "(HTX, or a company with ≥ 51 % community capital, 3 points on every other sheet) is not printed",
         "kept as printed: best 2, so the sheet reaches 99; the portal edition has the third option", "confirmed",
         None)],
    13: [("6.3", "TYPO", "6.3 Màu nước: 2 Điểm (options 0 / 1 / 2 / 3)",
          "cap 3, its best option: with 2 Part C would add to 39", T_, 3)],
    14: [("6.1.4", "TYPO", "two sub-criteria numbered 6.1.3 (Màu sắc, Mùi), then 6.1.4 Vị",
          "renumbered by position: 6.1.3 Màu sắc, 6.1.4 Mùi, 6.1.5 Vị (as the portal research reads it); the "
          "portal's own data keeps the printed codes, so a portal edition must renumber the same way for the ids "
          "of Mùi and Vị to stay stable",
          "inferred", None)],
    15: [(None, "TYPO", "sheet title 'Rýợu trắng' (a legacy-font residue in the publisher's copy)",
          "Rượu trắng, as Phụ lục I and the table of contents print it", T_, None)],
    17: [("6.1", "TYPO", "6.1 Tạp chất lạ: 5 Điểm (options 0 / 3)",
          "cap 3, its best option: with 5 Part C would add to 42", T_, 3)],
    19: [("10", "CAP_UNREACHABLE", "10. KIỂM TRA ĐỊNH KỲ: 5 Điểm, options 0 / 1 / 3",
          "kept as printed: the printed caps add to 40 but the best options to 38, so the sheet reaches 98; what "
          "the drafters meant is unknown (the portal edition copied the options)", "confirmed", None)],
    25: [("6.5", "TYPO", "6.5 Chất lượng của nguyên liệu/thành phần: 3 Điểm (options 0 / 1 / 3 / 5)",
          "cap 5, its best option: with 3 Part C would add to 38", T_, 5)],
    26: [("A", "CAP_MISMATCH", "Phần A: SẢN PHẨM VÀ SỨC MẠNH CỘNG ĐỒNG (35 Điểm)",
          "its criteria add up to 34 (1.1 6, 1.2 10, 1.3 3, 2.1 3, 2.2 3, 3.1 3, 3.2 2, 3.3 1, 3.4 1, 3.5 2): no "
          "criterion is missing its points, so the sheet reaches 99", "confirmed", None)],
}
# Flaws the sums cannot see, checked against the printed text.
# (at, kind, printed, reading, status, evidence): `evidence` must occur in the entry's label or an option text.
TEXT_ANOMALIES = {
    3: [("3.2", "TYPO", "option 3.2.b reads '…(Ban giám đốc, HĐQT, 2 Điểm HĐTV)…': points inside the text",
         "a stray '2 Điểm' in the text; the option is worth 2 as its points cell says; text kept as printed",
         "corrected_typo", "HĐQT, 2 Điểm HĐTV"),
        ("8", "TYPO", "8. CÔNG BỐ CHẤT LƯỢNG SẢN PHẨM (the heading of the uniqueness item)",
         "TÍNH ĐỘC ĐÁO: its note and options are those of uniqueness on every other sheet; the label is kept as "
         "printed", "inferred", "CÔNG BỐ CHẤT LƯỢNG SẢN PHẨM")],
}


def numbering_gaps(nodes, parts):
    gaps = []
    for siblings in [p["items"] for p in parts] + [n.children for n in nodes.values()]:
        nums = [int(n.code.rsplit(".", 1)[-1]) for n in siblings]
        for a, b in zip(nums, nums[1:]):
            if b != a + 1:
                prefix = siblings[0].code.rsplit(".", 1)[0] + "." if "." in siblings[0].code else ""
                gaps.append((prefix + str(a), prefix + str(b)))
    return gaps


def find_flaws(set_no, parts, nodes, checklist):
    flaws = set()
    for n in nodes.values():
        if n.options:
            pts = [o["points"] for o in n.options]
            reach = sum(pts) if checklist(n) else max(pts)
            if reach != n.cap:
                flaws.add((n.code, "cap"))
            if not checklist(n) and not n.cases and len(set(pts)) != len(pts):
                flaws.add((n.code, "DUPLICATE_POINTS"))
    def cap(n):
        if n.options:
            return n.cap
        total = sum(cap(c) for c in n.children)
        if n.cap is None:
            n.cap = total
        elif n.cap != total:
            flaws.add((n.code, "CAP_MISMATCH"))
        return n.cap
    for p in parts:
        if sum(cap(n) for n in p["items"]) != p["maxPoints"]:
            flaws.add((p["part"], "CAP_MISMATCH"))
    return flaws


def classify_note(note, code):
    if note.startswith("Ghi chú: Bị loại nếu") or note.startswith("Bị loại nếu"):
        return dict(id=f"DQ-{code}", kind="DISQUALIFY", trigger="FINDING", at=code, text=note, status="confirmed")
    low = note.lower()
    if "không đánh giá các bước tiếp theo" in low or "không xem xét các chỉ tiêu khác" in low \
            or "sẽ không đánh giá" in low:
        return dict(id=f"STOP-{code}", kind="STOP", trigger="FINDING", at=code, text=note, status="confirmed")
    return None


def convert_sheet(set_no, set_code, title, header, disqualify, toks):
    where = f"sheet {set_no}"
    for (s, printed), new in RENUMBER.items():
        if s == set_no:
            idx = toks.index(printed)
            toks[idx] = new + ". " + printed.split(". ", 1)[1]
    parts, nodes = parse_sheet(toks, where, set_no)
    tourism = set_no == 26
    checklist = lambda n: tourism and n.part == "C" and bool(n.options)  # noqa: E731

    listed = ANOMALIES.get(set_no, [])
    # Criterion-level flaws first (a cap its options do not reach, duplicate points), then the listed cap fixes,
    # then the sums of headings and parts, which must hold except where a CAP_MISMATCH is listed.
    flaws = find_flaws(set_no, parts, nodes, checklist)
    criterion_flaws = {f for f in flaws if f[0] in nodes and nodes[f[0]].options}
    expected = set()
    for at, kind, *_ in listed:
        if kind in ("CAP_UNREACHABLE", "DUPLICATE_POINTS") or (kind == "TYPO" and _[-1] is not None):
            expected.add((at, "DUPLICATE_POINTS" if kind == "DUPLICATE_POINTS" else "cap"))
    if criterion_flaws != expected:
        raise SystemExit(f"{where}: flaws found {sorted(criterion_flaws)}, listed {sorted(expected)}")
    for at, kind, printed, reading, status, fix in listed:
        if fix is not None:
            node = nodes[at]
            if max(o["points"] for o in node.options) != fix:
                raise SystemExit(f"{where}: {at}: fix {fix} is not its best option")
            node.cap = fix
    for n in nodes.values():
        if not n.options and not n.cap_printed:
            n.cap = None  # recomputed from the fixed caps
    sums = {f for f in find_flaws(set_no, parts, nodes, checklist) if f[1] == "CAP_MISMATCH"}
    if sums != {(a, k) for a, k, *_ in listed if k == "CAP_MISMATCH"}:
        raise SystemExit(f"{where}: sums that do not add up after the listed fixes: {sorted(sums)}")
    gaps = numbering_gaps(nodes, parts)

    knock_outs = []
    if disqualify:
        knock_outs.append(dict(id="DQ-HEADER", kind="DISQUALIFY", trigger="FINDING", at=None, text=disqualify,
                               status="confirmed"))
    anomalies = [dict(at=a, kind=k, printed=p, reading=r, status=s) for a, k, p, r, s, _ in listed]
    for a, k, p, r, s, evidence in TEXT_ANOMALIES.get(set_no, []):
        if not any(evidence in t for t in [nodes[a].label] + [o["text"] for o in nodes[a].options]):
            raise SystemExit(f"{where}: {a} no longer prints {evidence!r}")
        anomalies.append(dict(at=a, kind=k, printed=p, reading=r, status=s))
    for a, b in gaps:
        anomalies.append(dict(at=b, kind="NUMBERING_GAP", printed=f"{a} is followed by {b}",
                              reading="kept as printed: no entry is missing from the sums", status="confirmed"))

    source = {"annex": ANNEX, "item": f"mục {set_no}"}
    option_count = 0

    def item(n):
        nonlocal option_count
        out = {"code": n.code, "label": n.label, "maxPoints": n.cap}
        notes = []
        only_if = None
        for note in n.notes:
            ko = classify_note(note, n.code)
            if ko:
                if any(k["id"] == ko["id"] for k in knock_outs):
                    ko["id"] += "-" + str(sum(k["id"].startswith(ko["id"]) for k in knock_outs) + 1)
                knock_outs.append(ko)
            elif note.startswith(STORY):
                only_if = note
            elif CASE.match(note):
                raise SystemExit(f"{where}: case label as note")
            else:
                notes.append(note)
        if notes:
            out["notes"] = notes
        if n.cases:
            out["cases"] = n.cases
        if only_if:
            out["onlyIf"] = {"criterion": "5.1", "notChosen": None, "text": only_if}
        if checklist(n):
            out["select"] = "ANY"
        if n.children:
            out["items"] = [item(c) for c in n.children]
            return out
        options = []
        for k, o in enumerate(n.options):
            option_count += 1
            opt = {"id": f"{n.code}.{chr(ord('a') + k)}", "points": o["points"]}
            if "case" in o:
                opt["case"] = o["case"]
            opt["text"] = o["text"]
            strange = odd(o["text"])
            if strange:
                opt["doubt"] = ("the publisher's copy prints characters that look like a legacy-font residue ("
                                + " ".join(strange) + "); kept as printed")
            opt["source"] = {"annex": ANNEX, "item": f"mục {set_no}, {n.code}"}
            options.append(opt)
        out["options"] = options
        return out

    json_parts = []
    for p in parts:
        label = p["label"]
        for note in p["notes"]:
            ko = classify_note(note, p["part"])
            if ko:
                knock_outs.append(ko)
            else:
                label += " " + note
        json_parts.append({"part": p["part"], "label": label, "maxPoints": p["maxPoints"],
                           "items": [item(n) for n in p["items"]]})
    for crit in walk(json_parts):
        if "onlyIf" in crit:
            story = next(c for c in walk(json_parts) if c["code"] == "5.1")
            none = [o["id"] for o in story["options"] if o["text"].startswith("Không có câu chuyện")]
            if len(none) != 1:
                raise SystemExit(f"{where}: no single 'no story' option on 5.1")
            crit["onlyIf"]["notChosen"] = none
    if PINNED_COUNTS[set_no] != option_count:
        raise SystemExit(f"{where}: {option_count} options, ids were assigned on {PINNED_COUNTS[set_no]}")
    return {
        "set": set_code, "number": set_no, "title": title, "header": header, "source": {"annex": ANNEX,
                                                                                      "item": f"mục {set_no}"},
        "status": "confirmed", "knockOuts": knock_outs, "anomalies": anomalies, "parts": json_parts,
    }


def walk(items):
    for i in items:
        if "items" in i:
            yield from walk(i["items"])
        if "options" in i:
            yield i


def classification(text):
    """Phụ lục I: sectors (I-VI) > groups (1, 2, ...) > sub-groups (1.1, ...); a set is a sub-group, or a group
    without sub-groups. Rows are (STT, name, ministry) table cells."""
    start = text.index("PHỤ LỤC I\r")
    end = text.index("PHỤ LỤC II\r")
    cells = [re.sub(r"\s+", " ", c).strip() for c in text[start:end].split("\x07")]
    head = cells.index("Bộ chủ trì quản lý1")
    rows = []
    k = head + 2  # a row ends with an empty cell
    while k + 2 < len(cells) and cells[k]:
        rows.append(cells[k:k + 3])
        k += 4
    classes = []
    for stt, name, ministry in rows:
        name = re.sub(r"^(NGÀNH |Nhóm ?: |Phân nhóm ?: )", "", name)
        if re.fullmatch(r"[IVX]+", stt):
            classes.append({"code": stt, "name": name, "groups": [], "ministry": ministry})
        elif re.fullmatch(r"\d+", stt):
            c = classes[-1]
            c["groups"].append({"code": f"{c['code']}.{stt}", "name": name, "ministry": ministry})
        elif re.fullmatch(r"\d+\.\d+", stt):
            c = classes[-1]
            g = c["groups"][-1]
            g.setdefault("subgroups", []).append({"code": f"{c['code']}.{stt}", "name": name, "ministry": ministry})
        else:
            raise SystemExit(f"Phụ lục I: unexpected row {stt!r}")
    for c in classes:
        if not c["groups"]:
            # Sector V (Vải, may mặc) prints no group row; its sheet's header names the group "Vải, may mặc".
            c["groups"].append({"code": f"{c['code']}.1", "name": "Vải, may mặc", "ministry": c["ministry"]})
        del c["ministry"]
        for g in c["groups"]:
            if "subgroups" in g:
                del g["ministry"]
    return classes


def set_codes(classes):
    out = []
    for c in classes:
        for g in c["groups"]:
            out.extend(sg["code"] for sg in g["subgroups"]) if "subgroups" in g else out.append(g["code"])
    return out


# Dates, bands and procedure: unchanged from the first edition of QD-1048-2019.json (secondary sources).
UNCHANGED = {
 "inForce": {
  "from": "2019-08-21",
  "source": "1048/QĐ-TTg (ngày ký)",
  "status": "secondary"
 },
 "parts": {
  "A": 35,
  "B": 25,
  "C": 40
 },
 "bands": {
  "status": "secondary",
  "source": "https://ciptek.vn/bo-tieu-chi-ocop/ ; https://proatc.vn/phan-hang-nhom-san-pham-ocop/",
  "text": "1 sao: dưới 30; 2 sao: 30-49; 3 sao: 50-69; 4 sao: 70-89; 5 sao: 90-100 điểm",
  "floors": [30, 50, 70, 90],
  "doubt": "Quoted as integer ranges, which leave 89 < x < 90 undefined; the national portal used half-open bands for 1048 dossiers, and so does ocop-rules."
 },
 "starMinimums": {
  "kind": "NONE",
  "status": "secondary",
  "source": "781/QĐ-TTg added minimum requirements per star level; 1048 had none",
  "text": "Không có yêu cầu tối thiểu theo hạng sao"
 },
 "procedures": [
  {
   "from": "2019-08-21",
   "name": "1048/QĐ-TTg",
   "status": "secondary",
   "source": "https://vneconomy.vn/de-nghi-thu-tuong-cong-nhan-20-san-pham-ocop-hang-5-sao.htm",
   "levels": [
    {
     "level": "DISTRICT",
     "recognises": [],
     "forwardsTo": "PROVINCE",
     "forwardsFrom": 50
    },
    {
     "level": "PROVINCE",
     "recognises": [
      3,
      4
     ],
     "forwardsTo": "MINISTRY",
     "forwardsFrom": 90
    },
    {
     "level": "MINISTRY",
     "recognises": [
      5
     ]
    }
   ],
   "notes": [
    "Cấp huyện chấm điểm và chuyển sản phẩm đạt 50-100 điểm lên cấp tỉnh; cấp tỉnh công nhận 3-4 sao; trung ương công nhận 5 sao"
   ]
  }
 ]
}


def cross_check_dump(sheets, path):
    """Compare points (per criterion) and option texts with the typed SQL dump; report every difference."""
    row = re.compile(r"\((\d+), \d+, '(?:[^'\\]|\\.)*', \d+, '((?:[^'\\]|\\.)*)', \d+, '((?:[^'\\]|\\.)*)', \d+, "
                     r"'((?:[^'\\]|\\.)*)', (\d+), ")
    dump = {}
    for m in row.finditer(open(path, encoding="utf-8").read()):
        code = re.match(r"^(\d+(?:\.\d+)*)", m.group(3).strip())
        key = (int(m.group(1)), code.group(1) if code else m.group(3))
        dump.setdefault(key, []).append((unicodedata.normalize("NFC", m.group(4)).strip(), int(m.group(5))))
    for s in sheets:
        same_points = same_text = 0
        for crit in walk([i for p in s["parts"] for i in p["items"]]):
            # The dump stores a criterion printed at heading level (7. DINH DƯỠNG) as "7.1", and has no third level.
            theirs = dump.get((s["number"], crit["code"])) or (
                None if "." in crit["code"] else dump.get((s["number"], crit["code"] + ".1")))
            ours = [(o["text"], o["points"]) for o in crit["options"]]
            if theirs is None:
                print(f"dump: set {s['number']} {crit['code']}: not in the dump", file=sys.stderr)
                continue
            if [p for _, p in theirs] != [p for _, p in ours]:
                print(f"dump: set {s['number']} {crit['code']}: points dump {[p for _, p in theirs]} "
                      f"decision {[p for _, p in ours]}", file=sys.stderr)
            else:
                same_points += 1
            for (a, _), (b, _) in zip(theirs, ours):
                if re.sub(r"\W", "", a.lower()) == re.sub(r"\W", "", b.lower()):
                    same_text += 1
                else:
                    print(f"dump: set {s['number']} {crit['code']}: text dump {a!r} decision {b!r}", file=sys.stderr)
        print(f"dump: set {s['number']}: {same_points} criteria with the same points, {same_text} options with the "
              "same text (letters and digits compared)", file=sys.stderr)


def cross_check_rice(sheets, path):
    import yaml
    d = yaml.safe_load(open(path, encoding="utf-8"))
    rice = next(x for x in d["scoring_sheets"]["QD-1048-2019"]["sheets"] if x["set_no"] == 3)
    theirs = {}

    def collect(items):
        for i in items:
            if "items" in i:
                collect(i["items"])
            if "options" in i:
                theirs[i["code"]] = [(o["text"], int(o["points"])) for o in i["options"]]
    for p in rice["parts"]:
        collect(p["items"])
    ours = {c["code"]: [(o["text"], o["points"]) for o in c["options"]]
            for c in walk([i for p in sheets[2]["parts"] for i in p["items"]])}
    if set(ours) != set(theirs):
        print(f"rice: criteria differ: {sorted(set(ours) ^ set(theirs))}", file=sys.stderr)
    diffs = [(c, theirs.get(c), ours[c]) for c in ours if theirs.get(c) != ours[c]]
    for c, a, b in diffs:
        print(f"rice: {c}: yaml {a} decision {b}", file=sys.stderr)
    print(f"rice: {len(ours) - len(diffs)} of {len(ours)} criteria identical in texts and points", file=sys.stderr)


def cross_check_portal(sheets, path):
    """Compare points criterion by criterion with the national portal's data (criteria-2019-2020.yaml), an
    independent transcription; criteria-2019-decision.md §2 expects differences on sets 7, 10, 16 and 26 only."""
    import yaml
    d = yaml.safe_load(open(path, encoding="utf-8"))
    portal = {s["set_no"]: s for s in d["scoring_sheets"]["QD-1048-2019-as-amended-by-QD-781-2020"]["sheets"]}

    def collect(items, into):
        for i in items:
            if "items" in i:
                collect(i["items"], into)
            if "options" in i:
                into.append((str(i["code"]), [int(o["points"]) for o in i["options"]]))
        return into
    for s in sheets:
        p = portal.get(s["number"])
        if p is None or "parts" not in p:
            print(f"portal: set {s['number']}: no portal sheet", file=sys.stderr)
            continue
        ours = collect([i for q in s["parts"] for i in q["items"]], [])
        theirs = collect([i for q in p["parts"] for i in q["items"]], [])
        diffs = [(a, b) for a, b in zip(ours, theirs) if a[1] != b[1]]
        if len(ours) != len(theirs):
            diffs.append((f"{len(ours)} criteria", f"{len(theirs)} criteria"))
        verdict = "same points on every criterion" if not diffs else f"{len(diffs)} differences"
        print(f"portal: set {s['number']}: {verdict}", file=sys.stderr)
        for a, b in diffs:
            print(f"portal:   decision {a}  portal {b}", file=sys.stderr)


def main():
    text = doc_text(sys.argv[1])
    classes = classification(text)
    codes = set_codes(classes)
    groups = sum(len(c["groups"]) for c in classes)
    if (len(classes), groups, len(codes)) != (6, 16, 26):
        raise SystemExit(f"classification: {len(classes)} sectors, {groups} groups, {len(codes)} sets")
    starts = [m.start() for m in re.finditer("Phần A:\r", text)]
    ends = [m.start() for m in re.finditer(r"Tổng [ĐđD]iểm \(Phần A \+ B \+ C\)", text)]
    if len(starts) != 26 or len(ends) != 26:
        raise SystemExit(f"{len(starts)} sheet starts, {len(ends)} ends")
    sheets = []
    for k in range(26):
        pre = text[max(0, starts[k] - 2500):starts[k]]
        m = list(re.finditer(r"\r(\d+)\. ?Bộ sản phẩm: ?([^\r]*)\r([^\r]*)\r", pre))[-1]
        if int(m.group(1)) != k + 1:
            raise SystemExit(f"sheet {k + 1} titled {m.group(1)}")
        title = m.group(2).strip()
        if k + 1 == 15:
            if title != "Rýợu trắng":
                raise SystemExit(f"sheet 15 is titled {title!r}, not the residue its anomaly records")
            title = "Rượu trắng"  # the anomaly of sheet 15 keeps the printed form
        dq = re.search(r"\r(Bị loại khi ?: ?[^\r]*)\r", pre[m.start():])
        sheets.append(convert_sheet(k + 1, codes[k], title, m.group(3).strip(), dq and dq.group(1).strip(),
                                    tokens(text[starts[k]:ends[k]])))
    out = {
        "format": "ocop-criteria/1",
        "id": "QD-1048-2019",
        "edition": EDITION,
        "editionNotes": "Classification and all 26 sheets converted by tools/convert-1048.py from the verbatim Word "
                        "copy of the decision (thuvienphapluat.vn document 422157, sha256 " + SHA256[:8] + "…"
                        + SHA256[-8:] + "); dates, bands and procedure as before. Printed flaws are anomalies. "
                        "Cross-checked by program (convert-1048.py --rice --portal --dump): the rice sheet equals "
                        "criteria-2019-rice.yaml in texts and points; points equal the portal edition on every "
                        "criterion of the 24 product sheets it has except sets 7, 10 and 16, as "
                        "criteria-2019-decision.md §2 says; they equal the typed SQL dump except its known typing "
                        "errors (sets 4, 6, 17).",
        "decision": {
            "number": DECISION,
            "signed": "2019-08-21",
            "title": "Ban hành Bộ tiêu chí đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm",
            "status": "confirmed",
            "sources": [SOURCE_URL,
                        "http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/46523/thay-doi-tieu-chi-danh-gia-san-pham-ocop"],
        },
        **UNCHANGED,
        "classification": {
            "status": "confirmed",
            "source": DECISION + " Phụ lục I (verbatim Word copy). Codes are the printed STT joined to the sector "
                      "(I.1.1 = sector I, group 1, sub-group 1.1). Sector V prints no group row; its group V.1 "
                      "'Vải, may mặc' is named from sheet 25's header and numbered by us. Ministries as printed "
                      "(column 'Bộ chủ trì quản lý'), including the copy's 'Vãn hóa' for Văn hóa.",
            "classes": classes,
        },
        "sheetsSource": {"status": "confirmed", "text": DECISION + " Phụ lục III, read by tools/convert-1048.py "
                                                                   "from " + SOURCE_URL},
        "sheets": sheets,
        # the portal's reading of the same sheets, written by tools/convert-portal-1048.py
        "sheetEditions": ["QD-1048-2019-portal.json"],
    }
    args = sys.argv[2:]
    if "--rice" in args:
        cross_check_rice(sheets, args[args.index("--rice") + 1])
    if "--portal" in args:
        cross_check_portal(sheets, args[args.index("--portal") + 1])
    if "--dump" in args:
        cross_check_dump(sheets, args[args.index("--dump") + 1])
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
