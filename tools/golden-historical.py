#!/usr/bin/env python3
"""Writes the golden dossiers of the historical criteria versions:
ocop-rules-core/src/test/resources/golden/QD-1048-2019/, QD-781-2020/ and QD-148-2023/.

No council record of these versions with members' sheets has been published that we could find, so every case is
constructed (each file says so in "source") to cover the version's sheets, band edges and anomalies: 1048's rice,
set 7 (best 99) and set 19 (best 98), the original tourism sheet with its Part C checklist (best 99); 148's set 1
(a secondary source, with star markers) and totals-only dossiers of its other sets; 781 by members' totals (written
when its sheets were not in the data, kept) and by members' sheets: 1048's sheets with the known rows of 781's
minimum-requirements table (a food at 4★, a 3★ minimum and a 2★ minimum failing, the textile sheet where rows are
not mapped, set 7, the band edge at 70), its portal tourism sheet with two option series, and the portal sheet
edition (sets 10 and 16, settings "sheetEdition"). The expected values, and the start of each expected warning, are
computed here, independently of the Java engines, from the criteria data
(ocop-rules-core/src/main/resources/org/ocop/rules/criteria/*.json) and docs/reference/rating.md ("How a dossier is rated")
and docs/criteria-data.md. Not run by the build; run it by hand after editing a case, then check the diff:

    python3 tools/golden-historical.py
"""
import copy
import json
import os
import re
from datetime import date
from decimal import Decimal, ROUND_HALF_UP
from fractions import Fraction

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "ocop-rules-core/src/main/resources/org/ocop/rules/criteria")
GOLDEN = os.path.join(ROOT, "ocop-rules-core/src/test/resources/golden")
VERSIONS = {v: json.load(open(os.path.join(DATA, v + ".json"), encoding="utf-8"))
            for v in ("QD-1048-2019", "QD-781-2020", "QD-148-2023")}
BANDS = [(5, 90), (4, 70), (3, 50), (2, 30), (1, 0)]


def amended(version, base_sheets):
    """781 as docs/criteria-data.md describes it: the base version's sheets, its own sheets replacing the
    base's for the same set, and each known minimum requirement put on the option it is mapped to (minStars)."""
    own = {s["set"]: s for s in version["sheets"]}
    sheets = [copy.deepcopy(own.pop(s["set"], s)) for s in base_sheets] + [copy.deepcopy(s) for s in own.values()]
    by_set = {s["set"]: s for s in sheets}
    for r in version["minimumRequirements"]["requirements"]:
        for m in r["markers"]:
            if m["set"] not in by_set:
                continue  # a set the edition has no sheet for (the portal's rice)
            option = next(o for c in criteria_of(by_set[m["set"]]) for o in c["options"] if o["id"] == m["option"])
            assert not option.get("minStars"), (m, "two markers on one option")
            option["minStars"] = r["stars"]
    return dict(version, sheets=sheets)


def criteria_of(sheet_json):
    out = []

    def walk(part, items):
        for item in items:
            if "options" in item:
                item["_part"] = part
                out.append(item)
            walk(part, item.get("items", []))

    for part in sheet_json["parts"]:
        walk(part["part"], part["items"])
    return out


PORTAL_1048 = json.load(open(os.path.join(DATA, "QD-1048-2019-portal.json"), encoding="utf-8"))["sheets"]
# "QD-781-2020/portal": 781 with the portal sheet edition (RatingSettings.withSheetEdition("portal"))
VERSIONS["QD-781-2020/portal"] = amended(VERSIONS["QD-781-2020"], PORTAL_1048)
VERSIONS["QD-781-2020"] = amended(VERSIONS["QD-781-2020"], VERSIONS[VERSIONS["QD-781-2020"]["basedOn"]["version"]]
                                  ["sheets"])


def sheet_data(version, code):
    return next(s for s in VERSIONS[version]["sheets"] if s["set"] == code)


def criteria(version, code):
    """The scoreable criteria of a sheet in sheet order, each with its part."""
    return criteria_of(sheet_data(version, code))


def checklist(c):
    return c.get("select") == "ANY"


def applies(c, choices):
    only = c.get("onlyIf")
    return not only or choices.get(only["criterion"]) not in only["notChosen"]


def option_points(c, option_id):
    return next(o["points"] for o in c["options"] if o["id"] == option_id)


def criterion_points(c, answer):
    """One option's points, or a checklist's ticked lines added up to the cap."""
    if checklist(c):
        return min(c["maxPoints"], sum(option_points(c, o) for o in answer))
    return option_points(c, answer)


def points_of(version, code, choices):
    return sum(criterion_points(c, choices[c["code"]]) for c in criteria(version, code)
               if c["code"] in choices and applies(c, choices))


def best_total(version, code):
    return sum(c["maxPoints"] if checklist(c) else max(o["points"] for o in c["options"])
               for c in criteria(version, code))


def band(points):
    return next(s for s, lower in BANDS if points >= lower)


def sheet(version, code, total=None, ticks=None, fixed=None):
    """Best option everywhere (every checklist line ticked unless `ticks` says otherwise; the option `fixed` names
    where it names one), then the other choose-one criteria lowered in sheet order, each as far as the rest can
    still make up the remainder, to `total`; 5.1 never to "no story"; star markers kept up to the total's band."""
    crits = criteria(version, code)
    # the "no story" option(s) the story criteria depend on (5.1.a on 1048's sheets, 5.a.a on 148's)
    no_story = {o for c in crits if c.get("onlyIf") for o in c["onlyIf"]["notChosen"]}
    ticks = ticks or {}
    fixed = fixed or {}
    choices = {}
    for c in crits:
        if checklist(c):
            choices[c["code"]] = list(ticks.get(c["code"], [o["id"] for o in c["options"]]))
        elif c["code"] in fixed:
            assert any(o["id"] == fixed[c["code"]] for o in c["options"]), (code, fixed[c["code"]])
            choices[c["code"]] = fixed[c["code"]]
        else:
            choices[c["code"]] = max(c["options"], key=lambda o: o["points"])["id"]
    if total is not None:
        keep = band(total)
        need = points_of(version, code, choices) - total
        assert need >= 0, (code, total)
        steps = []
        for c in crits:
            if checklist(c) or c["code"] in fixed:
                steps.append((c, [0]))
                continue
            floor = max([o["points"] for o in c["options"] if o.get("minStars") and o["minStars"] <= keep] + [0])
            current = option_points(c, choices[c["code"]])
            steps.append((c, sorted({current - o["points"] for o in c["options"]
                                     if floor <= o["points"] <= current and o["id"] not in no_story})))
        reachable = [set() for _ in range(len(steps) + 1)]
        reachable[-1] = {0}
        for i in range(len(steps) - 1, -1, -1):
            reachable[i] = {r + x for r in steps[i][1] for x in reachable[i + 1]}
        assert need in reachable[0], (code, total, "unreachable")
        for i, (c, reductions) in enumerate(steps):
            r = max(r for r in reductions if need - r in reachable[i + 1])
            if r:
                current = option_points(c, choices[c["code"]])
                choices[c["code"]] = next(o["id"] for o in c["options"] if o["points"] == current - r
                                          and o["id"] not in no_story)
            need -= r
        assert need == 0
    return {c["code"]: choices[c["code"]] for c in crits if applies(c, choices)}


def procedure(version, day):
    chosen = VERSIONS[version]["procedures"][0]
    for p in VERSIONS[version]["procedures"]:
        if date.fromisoformat(p["from"]) <= day:
            chosen = p
    return chosen


def recognition(version, dossier, average, stars):
    day = date.fromisoformat(dossier.get("ratedOn") or dossier["submittedOn"])
    proc = procedure(version, day)
    level = dossier.get("level") or proc["levels"][0]["level"]
    authority = next(a for a in proc["levels"] if a["level"] == level)
    granted = [s for s in authority["recognises"] if s <= stars]
    forwarded = None
    if authority.get("forwardsTo") and authority.get("forwardsFrom"):
        if average >= authority["forwardsFrom"] and stars >= band(authority["forwardsFrom"]):
            forwarded = authority["forwardsTo"]
    return (max(granted) if granted else None), forwarded


def empty():
    return {"outcome": None, "bandStars": None, "stars": None, "average": None, "averageExact": None,
            "failedMinimums": [], "knockOuts": [], "granted": None, "forwardedTo": None, "councilBreaches": [],
            "problems": []}


def averages(expected, totals):
    n = len(totals)
    expected["averageExact"] = f"{sum(totals)}/{n}"
    expected["average"] = str((Decimal(sum(totals)) / Decimal(n)).quantize(Decimal("0.01"), ROUND_HALF_UP))
    return Fraction(sum(totals), n)


def spread_breach(totals, settings):
    return settings.get("councilRules") == "TAY_NINH" and max(totals) - min(totals) > 10


def rate(version, dossier, settings):
    """The rating steps (docs/reference/rating.md) for a valid dossier of members' sheets (default consensus and policy only)."""
    assert not settings.get("consensus") and not settings.get("minimumPolicy")
    code = dossier["productSet"]
    crits = criteria(version, code)
    picks = [s["choices"] for s in dossier["sheets"]]
    n = len(picks)
    expected = empty()
    applied = [r for r in sheet_data(version, code)["knockOuts"] if r["id"] in dossier["findings"]]
    assert all(r["trigger"] == "FINDING" for r in sheet_data(version, code)["knockOuts"])
    if applied:
        expected["knockOuts"] = [r["id"] for r in applied]
        expected["outcome"] = "DISQUALIFIED" if any(r["kind"] == "DISQUALIFY" for r in applied) else "STOPPED"
        return expected
    totals = [points_of(version, code, p) for p in picks]
    average = averages(expected, totals)
    band_stars = band(average)
    expected["bandStars"] = band_stars
    unmet = []
    for c in crits:
        for o in c["options"]:
            if o.get("minStars") and o["minStars"] <= band_stars:
                got = [option_points(c, p[c["code"]]) if c["code"] in p else 0 for p in picks]
                if sum(1 for g in got if g >= o["points"]) < n:
                    unmet.append({"criterion": c["code"], "stars": o["minStars"], "requiredOption": o["id"]})
    expected["failedMinimums"] = unmet
    stars = max(s for s in range(1, band_stars + 1) if not any(u["stars"] <= s for u in unmet))
    if spread_breach(totals, settings):
        expected["councilBreaches"] = ["SPREAD"]
        expected["outcome"] = "COUNCIL_RULE_BREACHED"
        return expected
    expected["outcome"] = "RATED"
    expected["stars"] = stars
    expected["granted"], expected["forwardedTo"] = recognition(version, dossier, average, stars)
    return expected


def rate_totals(version, dossier, settings):
    """A totals-only dossier: the band's star; star minimums, where the version sets any, not checked."""
    totals = dossier["memberTotals"]
    expected = empty()
    average = averages(expected, totals)
    expected["bandStars"] = band(average)
    if VERSIONS[version]["starMinimums"]["kind"] != "NONE":
        expected["problems"] = [f"dossier {dossier['id']}, field memberTotals: star minimums not checked: no member "
                                f"sheets were given; allowed: the members' sheets (\"sheets\"), to check the star "
                                f"minimums of {version}; the rated star is the band's"]
    breaches = []
    if settings.get("councilRules") == "TAY_NINH":
        # quorum by count only (scoring members and the secretary); names are not given, so the chair's and the
        # secretary's scoring are said to be unchecked
        council = dossier["council"]
        if (len(totals) + (1 if council.get("secretary") else 0)) * 4 < council["size"] * 3:
            breaches.append("QUORUM")
        if council.get("chair"):
            expected["problems"].append(f"dossier {dossier['id']}, field council.chair: whether the chair scored is "
                                        f"not checked: members' totals without names; allowed: the members' sheets, "
                                        f"which name each member")
        if council.get("secretary"):
            expected["problems"].append(f"dossier {dossier['id']}, field council.secretary: whether the secretary "
                                        f"scored is not checked: members' totals without names; allowed: the "
                                        f"members' sheets, which name each member")
    if spread_breach(totals, settings):
        breaches.append("SPREAD")
    if breaches:
        expected["councilBreaches"] = breaches
        expected["outcome"] = "COUNCIL_RULE_BREACHED"
        return expected
    expected["outcome"] = "RATED"
    expected["stars"] = expected["bandStars"]
    expected["granted"], expected["forwardedTo"] = recognition(version, dossier, average, expected["stars"])
    return expected


def dossier(id, name, producer, code, submitted, sheets=None, totals=None, level=None, rated=None, findings=(),
            council=None):
    d = {"id": id, "productName": name, "producer": producer, "productSet": code, "submittedOn": submitted,
         "criteriaVersion": None, "level": level, "ratedOn": rated, "council": council, "findings": list(findings)}
    if totals is not None:
        d["memberTotals"] = totals
    else:
        d["sheets"] = [{"member": member, "choices": choices} for member, choices in sheets]
    return d


QN = ["Nguyễn Văn Hùng", "Trần Thị Mai", "Lê Quang Huy", "Phạm Thị Thu", "Vũ Đức Thắng"]
CONSTRUCTED_1048 = ("Constructed (no published council record with members' sheets is known): the sheets of "
                    "1048/QĐ-TTg, Phụ lục III, as transcribed in QD-1048-2019.json from the verbatim Word copy of the "
                    "decision (shared/domain/reference/criteria-2019-decision.md)")


def case(version, file, about, source, d, settings=None, expected=None, warnings=None):
    """Writes one golden file under the folder of `version` ("QD-781-2020/portal": 781's folder, its portal sheet
    edition, which the settings must name)."""
    settings = settings or {}
    folder, _, edition = version.partition("/")
    assert settings.get("sheetEdition") == (edition or None), (file, settings)
    if expected is None:
        expected = (rate_totals if "memberTotals" in d else rate)(version, d, settings)
    if warnings is not None:
        expected["warnings"] = warnings
    body = {"about": about, "source": source, "settings": settings, "dossier": d, "expected": expected}
    with open(os.path.join(GOLDEN, folder, file), "w", encoding="utf-8") as f:
        text = json.dumps(body, ensure_ascii=False, indent=2)
        text = re.sub(r'"choices": \{\n(.*?)\n\s*\}', lambda m: '"choices": {' + " ".join(
            line.strip() for line in m.group(1).split("\n")) + "}", text, flags=re.S)
        text = re.sub(r'"memberTotals": \[\n(.*?)\n\s*\]', lambda m: '"memberTotals": [' + " ".join(
            line.strip() for line in m.group(1).split("\n")) + "]", text, flags=re.S)
        f.write(text + "\n")
    e = expected
    print(f"{folder}/{file}: {e['outcome']} band={e['bandStars']} stars={e['stars']} avg={e['average']} "
          f"({e['averageExact']}) ko={e['knockOuts']} granted={e['granted']} fwd={e['forwardedTo']} "
          f"breaches={e['councilBreaches']}")


def cannot_reach(code, version):
    return f"sheet {code} cannot reach 100 points as printed: its best total is {best_total(version, code)}"


def not_from_decision(code, version):
    """The start of the warning on a sheet not read from the decision itself (781's tourism, the portal's)."""
    status = sheet_data(version, code)["status"]
    assert status != "confirmed"
    return f"sheet {code} of {version.partition('/')[0]} is read from a {status} source, not the decision's own text ("


def minimums_781(code, version="QD-781-2020"):
    """The warning every rating under 781 carries (docs/reference/rating.md, step 6), worked out from
    minimumRequirements: the requirements mapped on this set's sheet, those not mapped (with the reason) and the
    unknown rows; an exempt set checks none."""
    data = VERSIONS[version]
    table = data["minimumRequirements"]
    source = table["source"]
    checked, unchecked = [], []
    if code in table["exempt"]:
        unchecked.append(f"the table does not apply to product set {code} ({source})")
    else:
        for r in table["requirements"]:
            what = f"{r['id']} {r['stars']}★ {r['row']}: {r['text']}"
            marker = next((m["option"] for m in r["markers"] if m["set"] == code), None)
            reason = next((m["reason"] for m in r.get("notMapped", []) if m["set"] == code), None)
            if marker:
                checked.append(f"{what} → option {marker} (mapping inferred)")
            elif reason:
                unchecked.append(f"{what} — not mapped on this sheet: {reason}")
        for u in table["unknown"]:
            unchecked.append(f"{u['row']} {', '.join(f'{s}★' for s in u['stars'])}: unknown ({u['text']})")
    return (f"star minimums of {data['decision']['number']} are known only in part ({source}); checked on sheet "
            f"{code}: {'; '.join(checked) or 'none'}; not checked: {'; '.join(unchecked)}")


def qd1048():
    v = "QD-1048-2019"
    rice = "I.2.1"
    case(v, "01-rice-district-forwards.json",
         "Gạo (set 3, I.2.1) at the district, the 1048 procedure's first level: 97 + 95 + 99 = 291/3 = 97, band 5★; a "
         "1048 district recognises no star and forwards from 50 points to the province.", CONSTRUCTED_1048,
         dossier("QN-2019-031", "Gạo hữu cơ Duy Xuyên", "HTX Duy Xuyên", rice, "2019-10-01",
                 [(QN[0], sheet(v, rice, 97)), (QN[1], sheet(v, rice, 95)), (QN[2], sheet(v, rice, 99))]))
    case(v, "02-rice-province-edge-70.json",
         "Band edge: 70 + 70 = 140/2 = exactly 70, band 4★ (the lower bound is inclusive); the province recognises "
         "4★ and does not forward (it forwards from 90).", CONSTRUCTED_1048,
         dossier("QN-2019-032", "Gạo Đại Lộc", "Tổ hợp tác Đại Lộc", rice, "2019-11-04",
                 [(QN[0], sheet(v, rice, 70)), (QN[1], sheet(v, rice, 70))], level="PROVINCE"))
    case(v, "03-rice-province-just-below-70.json",
         "Band edge: 70 + 69 = 139/2 = 69.5, band 3★ (never rounded up to 70); the province recognises 3★.",
         CONSTRUCTED_1048,
         dossier("QN-2019-033", "Gạo Điện Bàn", "HTX Điện Bàn", rice, "2019-11-04",
                 [(QN[0], sheet(v, rice, 70)), (QN[1], sheet(v, rice, 69))], level="PROVINCE"))
    case(v, "04-rice-province-edge-90-forwarded.json",
         "Band edge: 90 + 90 + 90 = 270/3 = exactly 90, band 5★; the province recognises 4★ and forwards to the "
         "ministry (from 90 points, potential 5★).", CONSTRUCTED_1048,
         dossier("QN-2019-034", "Gạo Quế Sơn", "HTX Quế Sơn", rice, "2019-12-02",
                 [(QN[i], sheet(v, rice, 90)) for i in range(3)], level="PROVINCE"))
    case(v, "05-rice-district-edge-50.json",
         "Band edges at the district: 50 + 49 + 51 = 150/3 = exactly 50, band 3★: forwarded to the province (from "
         "50 points), no star recognised by the district.", CONSTRUCTED_1048,
         dossier("QN-2019-035", "Gạo Thăng Bình", "Hộ kinh doanh Thăng Bình", rice, "2020-01-06",
                 [(QN[0], sheet(v, rice, 50)), (QN[1], sheet(v, rice, 49)), (QN[2], sheet(v, rice, 51))]))
    case(v, "06-rice-district-below-50.json",
         "Band edge: 50 + 49 = 99/2 = 49.5, band 2★: not forwarded (the district forwards from 50) and no "
         "certificate.", CONSTRUCTED_1048,
         dossier("QN-2019-036", "Gạo Núi Thành", "Hộ kinh doanh Núi Thành", rice, "2020-01-06",
                 [(QN[0], sheet(v, rice, 50)), (QN[1], sheet(v, rice, 49))]))
    set7 = "I.3.3"
    case(v, "07-set-7-best-is-99-with-warning.json",
         "Set 7 (Chế biến từ rau, củ, quả, hạt) prints 3.1 with two of the three organisation types under a cap of 3: "
         "its best total is 99. Every member ticks the best option: 99 + 99 = 198/2 = 99, band 5★, with the "
         "warning that the sheet cannot reach 100.",
         CONSTRUCTED_1048 + "; the flaw: criteria-2019-decision.md §2, set 7",
         dossier("QN-2019-070", "Mứt gừng Bảo Ninh", "HTX Bảo Ninh", set7, "2020-03-02",
                 [(QN[0], sheet(v, set7)), (QN[1], sheet(v, set7))], level="PROVINCE"),
         warnings=[cannot_reach(set7, v)])
    set19 = "III.1"
    case(v, "08-set-19-best-is-98-with-warning.json",
         "Set 19 (Thực phẩm chức năng, thuốc từ dược liệu) prints a 5-point cap on 'Kiểm tra định kỳ' whose options "
         "reach 3: its best total is 98. Every member ticks the best option: 98, band 5★, with the warning.",
         CONSTRUCTED_1048 + "; the flaw: criteria-2019-decision.md §2, set 19",
         dossier("QN-2020-019", "Trà túi lọc Sâm Ngọc Linh", "Công ty CP Sâm Ngọc Linh", set19, "2020-02-17",
                 [(QN[0], sheet(v, set19)), (QN[1], sheet(v, set19)), (QN[2], sheet(v, set19))],
                 level="PROVINCE"),
         warnings=[cannot_reach(set19, v)])
    tour = "VI.1"
    case(v, "09-tourism-checklist-lines-added.json",
         "The original tourism sheet (set 26): Part A adds to 34 of a printed 35 and Part C is a checklist whose "
         "ticked lines add their points ('Được cộng tổng điểm các nội dung ghi Có'). Hùng ticks every line (40, "
         "total 99); Mai ticks 6.a+6.c (3 of 5), 8.b (2 of 6) and nothing on 12 (0 of 8): Part C 26, total 85; Huy "
         "lowers Part A/B to 80 with every line ticked. (99 + 85 + 80)/3 = 264/3 = 88, band 4★.",
         CONSTRUCTED_1048 + "; the sheet: criteria-2019-decision.md §3",
         dossier("QN-2019-090", "Làng gốm Thanh Hà", "HTX Du lịch Thanh Hà", tour, "2019-12-01",
                 [(QN[0], sheet(v, tour)),
                  (QN[1], sheet(v, tour, ticks={"6": ["6.a", "6.c"], "8": ["8.b"], "12": []})),
                  (QN[2], sheet(v, tour, 80))], level="PROVINCE"),
         warnings=[cannot_reach(tour, v)])
    bad = sheet(v, tour)
    bad["6"] = ["6.a", "6.b"]
    bad["7"] = "7.a"
    case(v, "10-tourism-checklist-answered-with-one-id.json",
         "A checklist answered with a single option id instead of the list of lines ticked is refused, naming the "
         "criterion and its lines.", CONSTRUCTED_1048,
         dossier("QN-2019-091", "Làng rau Trà Quế", "HTX Trà Quế", tour, "2019-12-01", [(QN[0], bad)]),
         expected=dict(empty(), outcome="INVALID", problems=[
             "dossier QN-2019-091, member Nguyễn Văn Hùng, criterion 7: one option given for a checklist criterion: "
             "7.a; allowed: a list of the lines ticked, even of one, [] when none: 7.a, 7.b, 7.c, 7.d"]))
    case(v, "11-disqualified-forged-dossier.json",
         "The council finds a forged dossier (DQ-HEADER, printed above every 1048 sheet): disqualified, no totals.",
         CONSTRUCTED_1048,
         dossier("QN-2019-110", "Nước mắm Cửa Khe", "Cơ sở Cửa Khe", "I.4.1", "2019-09-30",
                 [(QN[0], sheet(v, "I.4.1", 80))], findings=["DQ-HEADER"]))
    case(v, "12-totals-only-ministry-five-stars.json",
         "Totals only (an auditor with the minutes, not the sheets): 93 + 95 + 96 + 94 = 378/4 = 94.5 at the "
         "ministry, band 5★, recognised 5★. 1048 sets no star minimums, so nothing went unchecked.",
         "Constructed; the procedure: 1048/QĐ-TTg as in QD-1048-2019.json (procedures, secondary)",
         dossier("QN-2020-120", "Lụa Mã Châu", "HTX Dệt lụa Mã Châu", "V.1", "2020-04-20",
                 totals=[93, 95, 96, 94], level="MINISTRY"))


def qd781():
    v = "QD-781-2020"
    source = ("Constructed: 781/QĐ-TTg keeps 1048's procedure (QD-781-2020.json, procedures, secondary); its sheets "
              "are not in the data, so its dossiers are rated from their members' totals; set codes as 1048's")
    case(v, "01-totals-2020-district-forwards.json",
         "Submitted 14/09/2020, under 781. Totals 72 + 73 = 145/2 = 72.5, band 4★: a 781 district recognises no "
         "star and forwards from 50 points to the province; 781's star minimums are known only in part and not "
         "checked without sheets.", source,
         dossier("QNg-2020-044", "Gạo Bình Sơn", "HTX Bình Sơn", "I.2.1", "2020-09-14", totals=[72, 73]))
    case(v, "02-totals-2021-province-four-stars.json",
         "Province, 2021: 91 + 90 + 88 = 269/3 = 89.67, band 4★ (not 5★: 89.666… < 90, never rounded before the "
         "comparison); recognised 4★, not forwarded.", source,
         dossier("QNg-2021-207", "Quế Trà Bồng", "HTX Quế Trà Bồng", "III.4", "2021-03-15",
                 totals=[91, 90, 88], level="PROVINCE"))
    case(v, "03-totals-2022-province-edge-90.json",
         "Province, 2022: 88 + 92 = 180/2 = exactly 90, band 5★: recognised 4★ and forwarded to the ministry.",
         source,
         dossier("QNg-2022-105", "Rượu Bàu Đá", "Cơ sở Bàu Đá", "II.1.1", "2022-08-03", totals=[88, 92],
                 level="PROVINCE"))
    case(v, "04-totals-spread-breached.json",
         "Tây Ninh's council rules on totals: 3 scoring members and the secretary make 4 of 4, a quorum; 85 and 70 "
         "differ by 15 > 10, the spread rule is breached; no star. The chair's and the secretary's rules need names, "
         "which totals do not give: the rating says they were not checked.", source,
         dossier("TN-2021-015", "Bánh tráng Trảng Bàng", "Cơ sở Trảng Bàng", "I.3.2", "2021-05-10",
                 totals=[85, 70, 80], council={"size": 4, "chair": "Lê Văn Chủ", "secretary": "Võ Thị Thư"}),
         settings={"councilRules": "TAY_NINH"})
    case(v, "05-totals-one-star.json",
         "Totals 20 + 31 = 51/2 = 25.5, band 1★: no recognition, not forwarded.", source,
         dossier("QNg-2021-301", "Chổi đót Sơn Hà", "Hộ kinh doanh Sơn Hà", "IV.2", "2021-06-01", totals=[20, 31]))


def qd781_sheets():
    """781 with members' sheets: 1048's sheets, 781's known minimums (mapped, inferred) and its portal tourism
    sheet; every rating says which minimums it checked and which it could not."""
    v = "QD-781-2020"
    source = ("Constructed (no published council record with members' sheets is known): 1048's sheets as 781 keeps "
              "them (QD-781-2020.json, basedOn QD-1048-2019) with the known rows of 781's minimum-requirements "
              "table (Phụ lục II mục 6, minimumRequirements, each mapped to an option by our reading, inferred)")

    def totals(version, code, picks):
        return [points_of(version, code, p) for p in picks]

    def arithmetic(ts):
        avg = Fraction(sum(ts), len(ts))
        shown = Decimal(avg.numerator) / Decimal(avg.denominator)
        shown = shown.quantize(Decimal("0.01"), ROUND_HALF_UP).normalize() if avg.denominator != 1 else avg.numerator
        return f"{' + '.join(map(str, ts))} = {sum(ts)}/{len(ts)} = {shown}"

    tea = "I.5.1"
    picks = [sheet(v, tea, 84), sheet(v, tea, 80), sheet(v, tea, 79)]
    case(v, "06-sheets-tea-four-stars-minimums-met.json",
         f"Chè (set 12, I.5.1) at the province in 2021, members' sheets under 781: {arithmetic(totals(v, tea, picks))}, "
         "band 4★. Every known minimum up to 4★ holds for every member (8.1.d the declared standard, 9.d the "
         "control plan with batch records, 7.c 'độc đáo'): rated and recognised 4★, not forwarded (from 90). The "
         "warning names the requirements checked and those that could not be (Parts A and B, the rest of 4★, 5★).",
         source,
         dossier("TQ-2021-012", "Chè Shan tuyết Na Hang", "HTX Chè Na Hang", tea, "2021-07-12",
                 [(QN[i], p) for i, p in enumerate(picks)], level="PROVINCE"),
         warnings=[minimums_781(tea)])
    rice_cake = "I.3.2"
    picks = [sheet(v, rice_cake, 62), sheet(v, rice_cake, 60, fixed={"9": "9.b"}), sheet(v, rice_cake, 58)]
    case(v, "07-sheets-band-3-demoted-quality-assurance.json",
         f"Bánh (set 6, I.3.2), province 2021: {arithmetic(totals(v, rice_cake, picks))}, band 3★; but Mai finds a "
         "control plan without batch records (9.b), below 781's 3★ requirement 'kế hoạch kiểm soát nội bộ gắn với "
         "truy xuất nguồn gốc' (mapped to 9.d, inferred), which every member must meet (ALL_MEMBERS, default). Under "
         "DEMOTE (default) the product is rated 2★: no recognition, no certificate.", source,
         dossier("QNg-2021-062", "Bánh tráng Tư Nghĩa", "Cơ sở Tư Nghĩa", rice_cake, "2021-04-19",
                 [(QN[i], p) for i, p in enumerate(picks)], level="PROVINCE"),
         warnings=[minimums_781(rice_cake)])
    craft = "IV.2"
    picks = [sheet(v, craft, 61, fixed={"7": "7.a"}), sheet(v, craft, 55, fixed={"7": "7.a"})]
    case(v, "08-sheets-craft-2-star-minimum-fails.json",
         f"Thủ công mỹ nghệ gia dụng (set 24, IV.2), province 2022, a product with no quality declaration at all "
         f"(7.a 'Không có hồ sơ công bố'): {arithmetic(totals(v, craft, picks))}, band 3★. 781's 2★ requirement "
         "for nhóm 4 and 5 ('có bản mô tả về tiêu chuẩn chất lượng', mapped to 7.b) fails, and so does the 3★ one "
         "(7.c): a 2★ minimum binds from 2★, so DEMOTE leaves 1★, not recognised.", source,
         dossier("QNg-2022-024", "Giỏ mây Sơn Tịnh", "Tổ hợp tác Sơn Tịnh", craft, "2022-03-07",
                 [(QN[i], p) for i, p in enumerate(picks)], level="PROVINCE"),
         warnings=[minimums_781(craft)])
    textile = "V.1"
    picks = [sheet(v, textile, 76), sheet(v, textile, 72), sheet(v, textile, 71)]
    case(v, "09-sheets-textile-minimums-not-mapped.json",
         f"Vải, may mặc (set 25, V.1), province 2022: {arithmetic(totals(v, textile, picks))}, band 4★, rated 4★: "
         "every member has 6.2 'thiết kế độc đáo' at 6.2.c or above (the 4★ uniqueness row, the only one mapped on "
         "this sheet). The 2★ and 3★ quality-declaration rows and the 3★ quality-assurance row "
         "have no matching criterion on sheet 25: the warning says each was not mapped, and why.", source,
         dossier("QNg-2022-025", "Thổ cẩm Ba Tơ", "HTX Dệt Ba Tơ", textile, "2022-05-16",
                 [(QN[i], p) for i, p in enumerate(picks)], level="PROVINCE"),
         warnings=[minimums_781(textile)])
    tour = "VI.1"
    # a tourist spot (Trường hợp 2) on every criterion with two option series; the points restart in each series
    spot = {"3.2": "3.2.d", "9": "9.f", "10": "10.d", "16": "16.d"}
    picks = [sheet(v, tour, 88, fixed=spot), sheet(v, tour, 84, fixed=dict(spot, **{"9": "9.e"})),
             sheet(v, tour, 80, fixed=dict(spot, **{"16": "16.c"}))]
    case(v, "10-sheets-tourism-portal-sheet-one-series.json",
         "781's tourism sheet (set 26, VI.1 'Dịch vụ du lịch cộng đồng và điểm du lịch', the national portal's): "
         "criteria 3.2, 9, 10 and 16 print two option series, Trường hợp 1 (du lịch cộng đồng) and Trường hợp 2 "
         "(điểm du lịch), whose points restart. A tourist spot: every member picks within series 2 (3.2.d, 9.d–f, "
         f"10.c–d, 16.c–d). {arithmetic(totals(v, tour, picks))}, band 4★, rated 4★: 781's minimum-requirements "
         "table does not apply to tourism. Warned: the sheet is the portal's, and no minimum was checked.",
         "Constructed: 781's tourism sheet as transcribed in QD-781-2020.json from the national portal (status "
         "portal, tools/convert-portal-1048.py); the two series: its anomalies OPTION_SERIES",
         dossier("QNg-2021-026", "Điểm du lịch Làng cổ Phước Tích", "HTX Du lịch Phước Tích", tour, "2021-10-04",
                 [(QN[i], p) for i, p in enumerate(picks)], level="PROVINCE"),
         warnings=[not_from_decision(tour, v), minimums_781(tour)])
    set7 = "I.3.3"
    picks = [sheet(v, set7), sheet(v, set7), sheet(v, set7)]
    case(v, "11-sheets-set-7-best-is-99.json",
         f"Set 7 (I.3.3) as 781 keeps it from 1048: 3.1 caps two of three organisation types at 3, so the best "
         f"total is {best_total(v, set7)}. Every member ticks the best option: {arithmetic(totals(v, set7, picks))}, "
         "band 5★ with every known minimum met (8.1.d, 9.d, 7.c); the province recognises 4★ and forwards to the "
         "ministry. Warned: the minimums checked and not, and the sheet cannot reach 100.",
         source + "; the flaw: criteria-2019-decision.md §2, set 7",
         dossier("QNg-2021-070", "Mứt gừng Đức Phổ", "HTX Đức Phổ", set7, "2021-11-08",
                 [(QN[i], p) for i, p in enumerate(picks)], level="PROVINCE"),
         warnings=[minimums_781(set7), cannot_reach(set7, v)])
    wine = "II.1.2"
    picks = [sheet(v, wine, 70), sheet(v, wine, 70)]
    case(v, "12-sheets-edge-70.json",
         f"Band edge under 781 with sheets: {arithmetic(totals(v, wine, picks))}, exactly 70, band 4★ (inclusive); "
         "the 4★ uniqueness minimum (7.c) and the 3★ ones hold: recognised 4★ by the province.", source,
         dossier("QNg-2022-160", "Rượu ngô Minh Long", "Cơ sở Minh Long", wine, "2022-09-05",
                 [(QN[0], picks[0]), (QN[1], picks[1])], level="PROVINCE"),
         warnings=[minimums_781(wine)])
    picks = [sheet(v, wine, 70), sheet(v, wine, 69)]
    case(v, "13-sheets-just-below-70.json",
         f"Band edge: {arithmetic(totals(v, wine, picks))}, band 3★ (69.5 is never rounded up to 70); the 3★ "
         "minimums hold: recognised 3★.", source,
         dossier("QNg-2022-161", "Rượu cần Sơn Tây", "Cơ sở Sơn Tây", wine, "2022-09-05",
                 [(QN[0], picks[0]), (QN[1], picks[1])], level="PROVINCE"),
         warnings=[minimums_781(wine)])
    portal = "QD-781-2020/portal"
    sauce = "I.4.1"
    picks = [sheet(portal, sauce), sheet(portal, sauce, 90)]
    decision_totals = totals(v, sauce, picks)
    case(portal, "14-sheets-portal-edition-set-10.json",
         "Set 10 (I.4.1, nước mắm) scored on the national portal in 2021 and replayed with the portal sheet edition "
         "(settings sheetEdition 'portal'): the portal prints 7 'Tính độc đáo' as 0/1/2/3 (the decision 0/1/3/5), so "
         f"its best total is {best_total(portal, sauce)}. Hùng ticks every best option, Huy lowers to 90: "
         f"{arithmetic(totals(portal, sauce, picks))}, band 5★, every known minimum met (7.c is 2 points on the "
         "portal); the province recognises 4★ and forwards to the ministry. (The same choices under the decision "
         f"edition: {arithmetic(decision_totals)}.) Warned: a portal sheet, the minimums, and 98 as the best.",
         "Constructed: the portal sheet edition of 1048/781 (QD-1048-2019-portal.json, status portal, "
         "tools/convert-portal-1048.py) with 781's minimums on the same option ids",
         dossier("KH-2021-010", "Nước mắm Vạn Ninh", "Cơ sở Vạn Ninh", sauce, "2021-08-23",
                 [(QN[0], picks[0]), (QN[2], picks[1])], level="PROVINCE"),
         settings={"sheetEdition": "portal"},
         warnings=[not_from_decision(sauce, portal), minimums_781(sauce, portal), cannot_reach(sauce, portal)])
    spirits = "II.1.2"
    picks = [sheet(portal, spirits, 90), sheet(portal, spirits, 90)]
    decision_totals = totals(v, spirits, picks)
    assert band(Fraction(sum(decision_totals), len(decision_totals))) == 4
    case(portal, "15-sheets-portal-edition-set-16-edge-90.json",
         "Set 16 (II.1.2, đồ uống có cồn khác) on the portal edition, where the same option ids are worth other "
         "points than in the decision (6.2, 6.3, 6.5, 7; best total "
         f"{best_total(portal, spirits)}): {arithmetic(totals(portal, spirits, picks))}, exactly 90, band 5★, "
         "recognised 4★ by the province and forwarded to the ministry. Under the decision edition the same choices "
         f"give {arithmetic(decision_totals)}, band 4★: the edition a council scored on must be named to replay it.",
         "Constructed: the portal sheet edition of 1048/781 (QD-1048-2019-portal.json, status portal, "
         "tools/convert-portal-1048.py) with 781's minimums on the same option ids",
         dossier("QNg-2022-016", "Rượu Bàu Đá Nhơn Lộc", "Cơ sở Nhơn Lộc", spirits, "2022-06-20",
                 [(QN[3], picks[0]), (QN[4], picks[1])], level="PROVINCE"),
         settings={"sheetEdition": "portal"},
         warnings=[not_from_decision(spirits, portal), minimums_781(spirits, portal),
                   cannot_reach(spirits, portal)])


def qd148():
    v = "QD-148-2023"
    set1 = "I.1.a"
    provenance = sheet_data(v, set1)["source"]
    def secondary_of(code):
        return f"sheet {code} of {v} is read from a secondary source, not the decision's own text ("

    secondary = secondary_of(set1)
    source1 = ("Constructed: set 1 of 148/QĐ-TTg as read from its typed copy and confirmed by the Thái Bình form "
               f"({provenance['item']}; secondary), in QD-148-2023.json")

    def source_of(code):
        return ("Constructed: the sheet of 148/QĐ-TTg read from its typed copy "
                f"({sheet_data(v, code)['source']['item']}; secondary), in QD-148-2023.json")

    source_totals = ("Constructed: 148/QĐ-TTg's procedure as in QD-148-2023.json (procedures: 148, then 148 as "
                     "amended by 1489/QĐ-TTg from 2025-07-06; secondary); rated from the members' totals, which "
                     "every set of 148 accepts")
    case(v, "01-set-1-district-three-stars-forwarded.json",
         "Set 1 (Rau, củ, quả, hạt tươi) in 2024 at the district (148 before 1489): 78 + 76 = 154/2 = 77, band 4★ "
         "with every minimum met; the district recognises 3★ and forwards from 70 points to the province. The "
         "sheet is from a secondary source, which every rating with it says.", source1,
         dossier("TB-2024-011", "Dưa lưới Kiến Xương", "HTX Kiến Xương", set1, "2024-05-06",
                 [(QN[0], sheet(v, set1, 78)), (QN[1], sheet(v, set1, 76))]),
         warnings=[secondary])
    case(v, "02-set-1-province-five-stars.json",
         "Set 1 at the province, 2024: 96 + 94 + 92 = 282/3 = 94, band 5★; a 148 province recognises 4★ and "
         "forwards from 90 to the ministry.", source1,
         dossier("TB-2024-012", "Rau má Vũ Thư", "HTX Vũ Thư", set1, "2024-06-10",
                 [(QN[0], sheet(v, set1, 96)), (QN[1], sheet(v, set1, 94)), (QN[2], sheet(v, set1, 92))],
                 level="PROVINCE"),
         warnings=[secondary])
    # Until edition 2026b only set 1 had a sheet and this case was "03-set-2-with-sheets-refused.json" (INVALID):
    # set 2 now has its sheet, so the same product's sheets rate.
    set2 = "I.1.b"
    case(v, "03-set-2-with-sheets.json",
         "Set 2 (I.1.b, Thịt, thủy sản, trứng, sữa tươi) by its members' sheets, 2024 at the district: 72 + 68 + 70 = "
         "210/3 = 70, band 4★, rated 3★: the member at 68 (band 3★) misses six 4★ minimums. Until data edition 2026b set 2 had no sheet and this dossier was refused (INVALID); "
         "the typed copy gives every 148 sheet, so its sheets now rate, with the secondary-source warning.",
         source_of(set2),
         dossier("TB-2024-021", "Trứng vịt Thái Thụy", "HTX Thái Thụy", set2, "2024-05-06",
                 [(QN[0], sheet(v, set2, 72)), (QN[1], sheet(v, set2, 68)), (QN[2], sheet(v, set2, 70))]),
         warnings=[secondary_of(set2)])
    case(v, "04-set-2-totals-district.json",
         "The same product by its members' totals: 71 + 69 + 70 = 210/3 = 70, band 4★ (exactly on the bound); the "
         "district recognises 3★ and forwards to the province; star minimums not checked.", source_totals,
         dossier("TB-2024-021", "Trứng vịt Thái Thụy", "HTX Thái Thụy", "I.1.b", "2024-05-06",
                 totals=[71, 69, 70]))
    case(v, "05-totals-after-1489-province.json",
         "Rated in 2025 after 1489/QĐ-TTg removed the district level: the province is the first level, recognises "
         "3★ and 4★ and forwards from 90: 90 + 91 = 181/2 = 90.5, band 5★, recognised 4★, forwarded.",
         source_totals,
         dossier("BTr-2025-088", "Kẹo dừa Mỏ Cày", "Cơ sở Thanh Long", "I.3.c", "2025-08-18", totals=[90, 91]))
    case(v, "06-totals-transition-20-05-2026.json",
         "Submitted on 20/05/2026, two days before 26/2026 came into force, rated on 10/06/2026: the transition "
         "rule of 26/2026 Điều 12.2 keeps it under 148 (as amended by 1489). 62 + 58 = 120/2 = 60, band 3★, the "
         "province recognises 3★.", source_totals,
         dossier("QNa-2026-051", "Mật ong bạc hà Đồng Văn", "HTX Đồng Văn", "I.2.b", "2026-05-20", totals=[62, 58],
                 rated="2026-06-10"))
    case(v, "07-totals-district-below-70.json",
         "148 district, 2023: 70 + 69 = 139/2 = 69.5, band 3★: recognised 3★, not forwarded (from 70).",
         source_totals,
         dossier("BTr-2023-140", "Bánh phồng Sơn Đốc", "Cơ sở Sơn Đốc", "I.3.a", "2023-09-12", totals=[70, 69]))
    set7, tea, coffee, craft, tourism = "I.3.c", "I.5.a", "I.6", "IV.1", "VI.1"
    case(v, "08-set-7-best-is-99.json",
         "Set 7 (Chế biến từ rau, củ, quả, hạt), 2024, district: every option at its best on both sheets gives 99, "
         "not 100: 6.d 'Mùi' is capped at 4 and its best option is 3 (anomaly CAP_UNREACHABLE); band 5★, the "
         "district recognises 3★ and forwards; the rating warns that the sheet cannot reach 100.",
         source_of(set7),
         dossier("BTr-2024-207", "Mứt dừa Giồng Trôm", "HTX Giồng Trôm", set7, "2024-09-03",
                 [(QN[0], sheet(v, set7)), (QN[1], sheet(v, set7))]),
         warnings=[secondary_of(set7), cannot_reach(set7, v)])
    case(v, "09-set-11-tea-part-c-lost-points.json",
         "Set 11 (Chè tươi, chè chế biến), 2024, province: Part C of the copy adds up to 32, not 35 (rows or points "
         "lost in the copy, anomaly CAP_MISMATCH at C), so the best total is 97: 95 + 93 = 188/2 = 94, band 5★, the "
         "province recognises 4★ and forwards; the rating warns of the real maximum.",
         source_of(tea),
         dossier("TN-2024-311", "Chè Tân Cương", "HTX Tân Cương", tea, "2024-10-15",
                 [(QN[0], sheet(v, tea, 95)), (QN[1], sheet(v, tea, 93))], level="PROVINCE"),
         warnings=[secondary_of(tea), cannot_reach(tea, v)])
    case(v, "10-set-13-coffee-three-stars.json",
         "Set 13 (Sản phẩm cà phê, ca cao), 2023, district: 60 + 55 + 58 = 173/3 = 57.67, band 3★; Part C adds up "
         "to 33 in the copy (best total 98, warned).",
         source_of(coffee),
         dossier("DL-2023-044", "Cà phê Cầu Đất", "HTX Cầu Đất", coffee, "2023-11-20",
                 [(QN[0], sheet(v, coffee, 60)), (QN[1], sheet(v, coffee, 55)), (QN[2], sheet(v, coffee, 58))]),
         warnings=[secondary_of(coffee), cannot_reach(coffee, v)])
    case(v, "11-set-21-craft-ip-infringement-disqualified.json",
         "Set 21 (Thủ công mỹ nghệ gia dụng, trang trí), 2024: the council finds an IP infringement, the note "
         "'Nếu sản phẩm vi phạm sở hữu trí tuệ, sẽ bị loại bỏ' typed into an option's cell of 6.b, read as the "
         "knock-out DQ-6.b: the dossier is disqualified.",
         source_of(craft),
         dossier("QNa-2024-115", "Đèn lồng Hội An", "Cơ sở Hội An", craft, "2024-04-22",
                 [(QN[0], sheet(v, craft, 80)), (QN[1], sheet(v, craft, 82))], findings=["DQ-6.b"]))
    case(v, "12-set-26-tourism-cases.json",
         "Set 26 (tourism), 2025 at the province after 1489: groups 8, 9 and 15 each hold 'Trường hợp 1' and "
         "'Trường hợp 2' (one case scored, anomaly OPTION_SERIES); 86 + 84 = 170/2 = 85, band 4★, the province "
         "recognises 4★ (the sheet prints only two star markers: 3.d and the IP criterion's, read on 3.e.a).",
         source_of(tourism),
         dossier("NB-2025-019", "Du lịch cộng đồng Tràng An", "HTX Tràng An", tourism, "2025-09-09",
                 [(QN[0], sheet(v, tourism, 86)), (QN[1], sheet(v, tourism, 84))]),
         warnings=[secondary_of(tourism)])


if __name__ == "__main__":
    qd1048()
    qd781()
    qd781_sheets()
    qd148()
