#!/usr/bin/env python3
"""Convert the national scoring portal's 1048/781 sheets into ocop-rules' criteria format (the "portal" sheet edition).

Usage (from the repository root; needs Python 3 and PyYAML):

    python3 tools/convert-portal-1048.py ../shared/domain/reference/criteria-2019-2020.yaml

It reads the research transcription of the portal's criteria tables (criteria-2019-2020.yaml, key
scoring_sheets.QD-1048-2019-as-amended-by-QD-781-2020; the portal "Số hóa OCOP", app.sohoaocop.com, which councils
used in 2021-2022) and the decision edition already in the repository (QD-1048-2019.json, from tools/convert-1048.py),
and writes:

- ocop-rules-core/src/main/resources/org/ocop/rules/criteria/QD-1048-2019-portal.json: the 24 product sheets the
  portal has (set 3 "Gạo, ngũ cốc" is not in its tables), format ocop-criteria-sheets/1, sheet edition "portal";
- the "sheets" key of QD-781-2020.json: the portal's tourism sheet "Dịch vụ du lịch cộng đồng và điểm du lịch",
  which 781 uses in place of 1048's (every other key of that file is kept as it is).

What the script decides, and why (each decision is visible in the output):
- Criterion codes are the decision edition's, matched by position in the sheet: they are the same everywhere except
  set 14, whose portal data numbers two sub-criteria 6.1.3 (the decision edition reads them 6.1.3, 6.1.4, 6.1.5);
  that typo is an anomaly of the portal sheet.
- Option ids are `<criterion>.<letter>` by printed position, exactly as in the decision edition, so an option at the
  same place of the same criterion has the same id in both editions and a dossier scored on the portal can be rated
  under either. Where the option counts differ (set 7 3.1: the portal prints the third organisation type the
  decision lacks; set 16 6.2, 6.3 and 6.5: the portal has one option fewer), the options are still matched from the
  first: their texts were compared by hand (criteria-2019-decision.md §2) and rise in the same order; the text
  similarity of every pair is checked, and pairs below SIMILAR get a doubt naming the decision's text.
- Knock-out rules are the decision edition's (the portal stores no sheet headers; its notes are the same rules),
  with the same ids, so findings mean the same in both editions.
- Every flaw of the portal data is listed in ANOMALIES and checked against the data: a listed flaw that is not
  there, or a sum that does not add up and is not listed, stops the script.
- Option counts are pinned (PINNED_COUNTS, counted from the YAML): a different count stops the script.
"""
import difflib
import json
import os
import sys
import unicodedata

import yaml

ROOT = "ocop-rules-core/src/main/resources/org/ocop/rules/criteria/"
DECISION_FILE = ROOT + "QD-1048-2019.json"
PORTAL_FILE = ROOT + "QD-1048-2019-portal.json"
FILE_781 = ROOT + "QD-781-2020.json"
YAML_KEY = "QD-1048-2019-as-amended-by-QD-781-2020"
SOURCE = ("https://github.com/tranquangduc24011999/ommani_ocop/blob/41b9b5404b641ad876e84e5aeccee38061bdc7f6/"
          "ocop-web-master/ocop-web-master/mysql/init.sql")
ANNEX = "Phụ lục III"
SIMILAR = 0.5

# Options per sheet in the portal data, counted from the YAML; ids would shift if a count changed.
PINNED_COUNTS = {
    1: 113, 2: 109, 4: 114, 5: 112, 6: 113, 7: 112, 8: 113, 9: 113, 10: 113, 11: 112, 12: 113, 13: 113, 14: 117,
    15: 106, 16: 104, 17: 101, 18: 104, 19: 102, 20: 106, 21: 99, 22: 100, 23: 98, 24: 103, 25: 104, 26: 94,
}

# Criteria whose option count differs from the decision edition's: (set, code) -> (portal count, decision count).
COUNT_DIFFERS = {(7, "3.1"): (3, 2), (16, "6.2"): (3, 4), (16, "6.3"): (4, 5), (16, "6.5"): (4, 5)}

# Entries the portal numbers differently from the decision edition: (set, position) -> (portal code, code used).
RENUMBERED = {(14, 30): ("6.1.3", "6.1.4"), (14, 31): ("6.1.4", "6.1.5")}

# Flaws of the portal data, by set: (at, kind, printed, reading). Each is checked below.
ANOMALIES = {
    2: [("9", "NUMBERING_GAP", "Part C groups numbered 6, 7, 9, 10, 11: 7 is followed by 9",
         "kept as printed: no entry is missing from the sums (the decision prints the same gap)")],
    6: [("6.2", "DUPLICATE_POINTS", "6.2 Ngoại hình: Tương đối đồng đều 3 điểm; Đồng đều 3 điểm",
         "kept as printed (0 / 1 / 3 / 3); the decision prints the same")],
    10: [("C", "CAP_MISMATCH", "Phần C (40 điểm): its items add up to 38; 7 TÍNH ĐỘC ĐÁO is 0 / 1 / 2 / 3",
          "kept as the portal scored it: the sheet reaches 98; the decision prints 7 as 0 / 1 / 3 / 5 (100)")],
    14: [("6.1.4", "TYPO", "two sub-criteria numbered 6.1.3 (Màu sắc, Mùi), then 6.1.4 Vị",
          "codes of the decision edition by position: 6.1.3 Màu sắc, 6.1.4 Mùi, 6.1.5 Vị")],
    15: [("6.5", "NUMBERING_GAP", "6.3 is followed by 6.5",
          "kept as printed: no entry is missing from the sums (the decision prints the same gap)")],
    16: [("C", "CAP_MISMATCH", "Phần C (40 điểm): its items add up to 38; 6.2 Màu sắc 0 / 1 / 3, 6.3 Mùi 0 / 2 / 4 / 6,"
          " 6.5 Vị 0 / 2 / 4 / 6, 7 Tính độc đáo 0 / 1 / 3 / 5",
          "kept as the portal scored it: the sheet reaches 98; the decision prints 6.2 0 / 1 / 2 / 3, 6.3 0 / 1 / 2 / 4"
          " / 6, 6.5 0 / 1 / 3 / 5 / 8, 7 0 / 2 / 3 / 5 (100)"),
         ("6.5", "NUMBERING_GAP", "6.3 is followed by 6.5",
          "kept as printed: no entry is missing from the sums (the decision prints the same gap)")],
    19: [("C", "CAP_MISMATCH", "Phần C (40 điểm): its items add up to 38; 10 KIỂM TRA ĐỊNH KỲ has cap 3 (0 / 1 / 3)",
          "kept as the portal scored it: the sheet reaches 98; the decision prints cap 5 over the same options, "
          "which reach 98 as well")],
    26: [(code, "OPTION_SERIES", f"{code}: two option series whose points restart",
          "read as two mutually exclusive cases (Trường hợp 1: du lịch cộng đồng; Trường hợp 2: điểm du lịch), "
          "by analogy with the later tourism sheets; score one series")
         for code in ("9", "10", "16")],
}
CASES_26 = ["Trường hợp 1 (du lịch cộng đồng)", "Trường hợp 2 (điểm du lịch)"]
CASES_26_DOUBT = ("the portal stores no case labels; case 1 = community tourism, case 2 = tourist spot is our "
                  "reading of the options' wording and of the later tourism sheets (inferred)")


def nfc(s):
    return unicodedata.normalize("NFC", s).strip()


def whole(x, where):
    if x != int(x):
        raise SystemExit(f"{where}: points {x} are not whole")
    return int(x)


def criteria(items):
    for it in items:
        if it.get("items") is not None:
            yield from criteria(it["items"])
        if it.get("options") is not None:
            yield it


def nodes(items):
    for it in items:
        yield it
        if it.get("items") is not None:
            yield from nodes(it["items"])


def convert(ps, dec, set_no):
    where = f"portal sheet {set_no}"
    dparts = dec["parts"] if dec else None
    dnodes = [n for p in dparts for n in nodes(p["items"])] if dec else None
    pnodes = [n for p in ps["parts"] for n in nodes(p["items"])]
    if dec and len(dnodes) != len(pnodes):
        raise SystemExit(f"{where}: {len(pnodes)} entries, the decision edition has {len(dnodes)}")
    code_of = {}
    count = 0
    listed = ANOMALIES.get(set_no, [])

    def item(n, i):
        nonlocal count
        d = dnodes[i] if dec else None
        code = d["code"] if d else n["code"]
        if code != n["code"] and RENUMBERED.get((set_no, i)) != (n["code"], code):
            raise SystemExit(f"{where}: entry {i} {n['code']} read as {code}, not listed in RENUMBERED")
        code_of[id(n)] = code
        out = {"code": code, "label": nfc(n["label"]), "maxPoints": whole(n["max_points"], where)}
        notes = [nfc(x) for x in n.get("notes", []) if not nfc(x).startswith("Lựa chọn một trong hai")
                 and not nfc(x).startswith("Chỉ áp dụng")]
        if n.get("notes") and any(nfc(x).startswith("Lựa chọn một trong hai") for x in n["notes"]):
            notes.insert(0, "Lựa chọn một trong hai trường hợp sau:")
        if notes:
            out["notes"] = notes
        if n.get("items") is not None:
            return out, True
        opts = n["options"]
        cases = None
        if any("case" in o for o in opts):
            if d and d.get("cases"):
                cases = d["cases"]
            elif set_no == 26:
                cases = CASES_26
                out["doubt"] = CASES_26_DOUBT
            else:
                raise SystemExit(f"{where}: {code} has cases the decision edition lacks")
            out["cases"] = cases
        if d and d.get("onlyIf"):
            out["onlyIf"] = d["onlyIf"]
        dopts = d["options"] if d else []
        if d and len(dopts) != len(opts):
            if COUNT_DIFFERS.get((set_no, code)) != (len(opts), len(dopts)):
                raise SystemExit(f"{where}: {code} has {len(opts)} options, the decision {len(dopts)}: not listed")
        options = []
        for k, o in enumerate(opts):
            count += 1
            text = nfc(o["text"])
            opt = {"id": f"{code}.{chr(ord('a') + k)}", "points": whole(o["points"], where)}
            if "case" in o:
                opt["case"] = cases[int(o["case"]) - 1]
                if d and dopts[k].get("case") != opt["case"]:
                    raise SystemExit(f"{where}: {opt['id']} is in another case than in the decision edition")
            opt["text"] = text
            if k < len(dopts):
                ratio = difflib.SequenceMatcher(None, text.lower(), dopts[k]["text"].lower()).ratio()
                if ratio < SIMILAR:
                    opt["doubt"] = (f"same id as the decision edition's option at this place, whose text differs: "
                                    f"'{dopts[k]['text']}' ({dopts[k]['points']} points)")
            elif d:
                opt["doubt"] = "the decision edition has no option at this place: an id of this edition only"
            options.append(opt)
        out["options"] = options
        return out, False

    counter = [0]

    def build(items):
        built = []
        for n in items:
            i = counter[0]
            counter[0] += 1
            out, heading = item(n, i)
            if heading:
                out["items"] = build(n["items"])
            built.append(out)
        return built

    parts = []
    for p in ps["parts"]:
        parts.append({"part": p["part"], "label": nfc(p["label"]), "maxPoints": whole(p["max_points"], where),
                      "items": build(p["items"])})
    if count != PINNED_COUNTS[set_no]:
        raise SystemExit(f"{where}: {count} options, ids were assigned on {PINNED_COUNTS[set_no]}")

    # The sums: every heading and part must add up, unless a CAP_MISMATCH is listed there.
    mismatches = set()

    def check(code, cap, children):
        if sum(c["maxPoints"] for c in children) != cap:
            mismatches.add(code)

    for p in parts:
        check(p["part"], p["maxPoints"], p["items"])
        for n in nodes(p["items"]):
            if "items" in n:
                check(n["code"], n["maxPoints"], n["items"])
            elif max(o["points"] for o in n["options"]) != n["maxPoints"]:
                raise SystemExit(f"{where}: {n['code']}: cap is not its best option")
    if mismatches != {a for a, k, *_ in listed if k == "CAP_MISMATCH"}:
        raise SystemExit(f"{where}: sums that do not add up {sorted(mismatches)}; listed "
                         f"{[a for a, k, *_ in listed if k == 'CAP_MISMATCH']}")
    all_codes = {n["code"] for p in parts for n in nodes(p["items"])} | {"A", "B", "C"}
    for at, kind, *_ in listed:
        if at not in all_codes:
            raise SystemExit(f"{where}: anomaly at {at}, which the sheet does not have")
        crit = next((n for p in parts for n in nodes(p["items"]) if n["code"] == at), None)
        if kind == "DUPLICATE_POINTS":
            pts = [o["points"] for o in crit["options"]]
            if len(set(pts)) == len(pts):
                raise SystemExit(f"{where}: {at} has no duplicate points")
        if kind == "OPTION_SERIES" and "cases" not in crit:
            raise SystemExit(f"{where}: {at} has one option series")
    sheet = {
        "set": dec["set"] if dec else None,
        "number": set_no,
        "title": nfc(ps["portal_title"]),
        "header": f"(Ngành: {nfc(ps['sector']).split(' (')[0]}. Nhóm: {nfc(ps['group']).split(' (')[0]})",
        "source": {"annex": ANNEX, "item": f"mục {set_no}"},
        "status": "portal",
        "knockOuts": dec["knockOuts"] if dec else [],
        "anomalies": [dict(at=a, kind=k, printed=p, reading=r, status="portal") for a, k, p, r in listed],
        "parts": parts,
    }
    return sheet


def dump(data):
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main():
    portal = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))["scoring_sheets"][YAML_KEY]["sheets"]
    decision = {s["number"]: s for s in json.load(open(DECISION_FILE, encoding="utf-8"))["sheets"]}
    sheets = []
    tourism = None
    for ps in portal:
        set_no = int(ps["set_no"])
        if "parts" not in ps:
            if set_no != 3:
                raise SystemExit(f"portal sheet {set_no} is missing; only set 3 (rice) is known to be")
            continue
        if set_no == 26:
            tourism = convert(ps, None, 26)
            tourism["set"] = decision[26]["set"]
            continue
        sheets.append(convert(ps, decision[set_no], set_no))
    if len(sheets) != 24 or tourism is None:
        raise SystemExit(f"{len(sheets)} product sheets and tourism {tourism is not None}")
    out = {
        "format": "ocop-criteria-sheets/1",
        "version": "QD-1048-2019",
        "sheetEdition": "portal",
        "about": "The portal sheet edition of 1048/QĐ-TTg's product sheets: the criteria tables of the national "
                 "scoring portal Số hóa OCOP (app.sohoaocop.com) that councils used in 2021-2022, converted by "
                 "tools/convert-portal-1048.py from the research transcription criteria-2019-2020.yaml. Select it by "
                 "name ('portal') to replay dossiers scored on the portal; the default edition follows the decision "
                 "text. 24 sheets: the portal has no sheet for set 3 (Gạo, ngũ cốc). Option ids equal the decision "
                 "edition's at the same place of the same criterion. Points differ from the decision on sets 7 "
                 "(3.1), 10 (7), 16 (6.2, 6.3, 6.5, 7); sets 10, 16 and 19 reach 98. Knock-out rules are the "
                 "decision's.",
        "sheetsSource": {"status": "portal", "source": SOURCE,
                         "text": "Số hóa OCOP criteria tables (product_types, sections, questions, answers; rows of "
                                 "2022-05-26), verified option for option against saved portal pages for four sets "
                                 "(criteria-2019-2020.md §0)"},
        "sheets": sheets,
    }
    with open(PORTAL_FILE, "w", encoding="utf-8") as f:
        f.write(dump(out))
    v781 = json.load(open(FILE_781, encoding="utf-8"))
    v781["sheets"] = [tourism]
    with open(FILE_781, "w", encoding="utf-8") as f:
        f.write(dump(v781))
    print(f"wrote {os.path.basename(PORTAL_FILE)} ({len(sheets)} sheets) and the tourism sheet of "
          f"{os.path.basename(FILE_781)}", file=sys.stderr)


if __name__ == "__main__":
    main()
