#!/usr/bin/env python3
"""Writes the golden dossiers of ocop-rules-core/src/test/resources/golden/QD-26-2026/.

The expected values are computed here, independently of the Java engines, from the criteria data
(ocop-rules-core/src/main/resources/org/ocop/rules/criteria/QD-26-2026.json) and docs/reference/rating.md
("How a dossier is rated"). Not run by the build; run it by hand after editing a case, then check the diff:

    python3 tools/golden-qd26.py
"""
import json
import re
import os
from fractions import Fraction
from decimal import Decimal, ROUND_HALF_UP

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "ocop-rules-core/src/main/resources/org/ocop/rules/criteria/QD-26-2026.json")
OUT = os.path.join(ROOT, "ocop-rules-core/src/test/resources/golden/QD-26-2026")

VERSION = json.load(open(DATA, encoding="utf-8"))
SHEETS = {s["set"]: s for s in VERSION["sheets"]}
BANDS = [(5, 90), (4, 70), (3, 50), (2, 30), (1, 0)]


def criteria(code):
    out = []

    def walk(items):
        for item in items:
            if "options" in item:
                out.append(item)
            walk(item.get("items", []))

    for part in SHEETS[code]["parts"]:
        walk(part["items"])
    return out


def applies(criterion, choices):
    only = criterion.get("onlyIf")
    return not only or choices.get(only["criterion"]) not in only["notChosen"]


def band(points):
    """points: a Fraction or int."""
    return next(s for s, lower in BANDS if points >= lower)


def sheet(code, total=None, keep=None, choose=(), without=()):
    """Best option everywhere, then `choose`, then lowered in sheet order to `total` keeping the minimums up to
    `keep` stars (default: those of the total's band); 5.1 is never lowered to "no story"."""
    crits = criteria(code)
    choices = {c["code"]: max(c["options"], key=lambda o: o["points"])["id"] for c in crits}
    fixed = set()
    for option in choose:
        owner = next(c["code"] for c in crits if any(o["id"] == option for o in c["options"]))
        choices[owner] = option
        fixed.add(owner)
    fixed |= set(without)
    if total is not None:
        keep = band(total) if keep is None else keep
        need = points_of(code, choices) - total
        assert need >= 0, (code, total)
        steps = []  # per lowerable criterion: the reductions it allows
        for c in crits:
            if c["code"] in fixed or not applies(c, choices):
                steps.append((c, [0]))
                continue
            floor = max([o["points"] for o in c["options"] if o.get("minStars") and o["minStars"] <= keep] + [0])
            current = option_points(c, choices[c["code"]])
            steps.append((c, sorted({current - o["points"] for o in c["options"]
                                     if o["points"] >= floor and o["points"] <= current and o["id"] != "5.1.a"})))
        # reachable[i]: the reductions the criteria from i on can make together
        reachable = [set() for _ in range(len(steps) + 1)]
        reachable[-1] = {0}
        for i in range(len(steps) - 1, -1, -1):
            reachable[i] = {r + x for r in steps[i][1] for x in reachable[i + 1]}
        assert need in reachable[0], (code, total, "unreachable")
        # in sheet order, lower each criterion as far as the rest can still make up the remainder
        for i, (c, reductions) in enumerate(steps):
            r = max(r for r in reductions if need - r in reachable[i + 1])
            if r:
                current = option_points(c, choices[c["code"]])
                choices[c["code"]] = next(o["id"] for o in c["options"] if o["points"] == current - r
                                          and o["id"] != "5.1.a")
            need -= r
        assert need == 0, (code, total, need)
    return {c["code"]: choices[c["code"]] for c in crits
            if c["code"] not in without and (applies(c, choices) or c["code"] in fixed)}


def option_points(criterion, option_id):
    return next(o["points"] for o in criterion["options"] if o["id"] == option_id)


def points_of(code, choices):
    total = 0
    for c in criteria(code):
        if c["code"] in choices and applies(c, choices):
            total += option_points(c, choices[c["code"]])
    return total


def rate(dossier, settings):
    """The rating steps (docs/reference/rating.md) for a valid 26/2026 dossier at province (or the dossier's) level."""
    code = dossier["productSet"]
    crits = criteria(code)
    members = [s["member"] for s in dossier["sheets"]]
    picks = [s["choices"] for s in dossier["sheets"]]
    n = len(members)
    consensus = settings.get("consensus", "ALL_MEMBERS")
    policy = settings.get("minimumPolicy", "DEMOTE")
    council_rules = settings.get("councilRules", "NONE")
    expected = {"outcome": None, "bandStars": None, "stars": None, "average": None, "averageExact": None,
                "failedMinimums": [], "knockOuts": [], "granted": None, "forwardedTo": None,
                "councilBreaches": [], "problems": []}

    # 3. Knock-outs
    applied = []
    for rule in SHEETS[code]["knockOuts"]:
        hit = rule["id"] in dossier["findings"]
        if rule["trigger"] == "CHOICE":
            for option in rule["options"]:
                c = next(c for c in crits if any(o["id"] == option for o in c["options"]))
                chose = sum(1 for p in picks if p.get(c["code"]) == option)
                if consensus == "ALL_MEMBERS":
                    hit |= chose > 0
                elif consensus == "MAJORITY":
                    hit |= chose > n // 2
                else:
                    total = sum(option_points(c, p[c["code"]]) for p in picks if c["code"] in p)
                    hit |= total <= option_points(c, option) * n
        if hit:
            applied.append(rule)
    if applied:
        expected["knockOuts"] = [r["id"] for r in applied]
        expected["outcome"] = "DISQUALIFIED" if any(r["kind"] == "DISQUALIFY" for r in applied) else "STOPPED"
        return expected

    # 4. Totals, 5. band
    totals = [points_of(code, p) for p in picks]
    average = Fraction(sum(totals), n)
    expected["averageExact"] = f"{sum(totals)}/{n}"
    expected["average"] = str((Decimal(sum(totals)) / Decimal(n)).quantize(Decimal("0.01"), ROUND_HALF_UP))
    band_stars = band(average)
    expected["bandStars"] = band_stars

    # 6. Star minimums
    unmet = []
    for c in crits:
        for o in c["options"]:
            if not o.get("minStars") or o["minStars"] > band_stars:
                continue
            got = [option_points(c, p[c["code"]]) if c["code"] in p else 0 for p in picks]
            meeting = sum(1 for g in got if g >= o["points"])
            if consensus == "ALL_MEMBERS":
                met = meeting == n
            elif consensus == "MAJORITY":
                met = meeting > n // 2
            else:
                met = sum(got) >= o["points"] * n
            if not met:
                unmet.append({"criterion": c["code"], "stars": o["minStars"], "requiredOption": o["id"]})
    expected["failedMinimums"] = unmet
    eligible = [s for s in range(1, band_stars + 1) if not any(u["stars"] <= s for u in unmet)]
    stars = max(eligible)
    refused = policy == "REFUSE" and unmet

    # 7. Council rules
    breaches = []
    if council_rules == "TAY_NINH":
        council = dossier["council"]
        took_part = n + (1 if council.get("secretary") and council["secretary"] not in members else 0)
        if took_part * 4 < council["size"] * 3:
            breaches.append("QUORUM")
        if council["chair"] not in members:
            breaches.append("QUORUM")
        if max(totals) - min(totals) > 10:
            breaches.append("SPREAD")
        if council.get("secretary") in members:
            breaches.append("SECRETARY_SCORED")
    expected["councilBreaches"] = breaches
    if breaches:
        expected["outcome"] = "COUNCIL_RULE_BREACHED"
        return expected
    if refused:
        expected["outcome"] = "REFUSED"
        return expected

    # 8. Recognition under 26/2026
    expected["outcome"] = "RATED"
    expected["stars"] = stars
    level = dossier.get("level") or "PROVINCE"
    recognises = {"PROVINCE": [3, 4], "MINISTRY": [5]}[level]
    granted = [s for s in recognises if s <= stars]
    expected["granted"] = max(granted) if granted else None
    if level == "PROVINCE" and average >= 90 and stars >= 5:
        expected["forwardedTo"] = "MINISTRY"
    return expected


def wrong_sheet_problems(d, version):
    """The problems of members' sheets checked against another version's sheet of the same set (docs/BAD-INPUTS.md):
    each member's choices in their order (a criterion the sheet does not have, or an option its criterion does not
    have), then each of the sheet's criteria the member left unanswered, in sheet order."""
    other = json.load(open(os.path.join(os.path.dirname(DATA), version + ".json"), encoding="utf-8"))
    sheet_json = next(x for x in other["sheets"] if x["set"] == d["productSet"])
    crits = []

    def walk(items):
        for item in items:
            if "options" in item:
                crits.append(item)
            walk(item.get("items", []))
    for part in sheet_json["parts"]:
        walk(part["items"])
    by_code = {c["code"]: c for c in crits}
    allowed = ", ".join(c["code"] for c in crits)
    problems = []
    for member in d["sheets"]:
        where = f"dossier {d['id']}, member {member['member']}"
        for code, option in member["choices"].items():
            if code not in by_code:
                problems.append(f"{where}, criterion {code}: unknown criterion on sheet {d['productSet']}: {code}; "
                                f"allowed: {allowed}")
            elif option not in [o["id"] for o in by_code[code]["options"]]:
                problems.append(f"{where}, criterion {code}: unknown option: {option}; allowed: "
                                + ", ".join(o["id"] for o in by_code[code]["options"]))
        for c in crits:
            if c["code"] not in member["choices"]:
                problems.append(f"{where}, criterion {c['code']}: no option chosen: (none); allowed: "
                                + ", ".join(o["id"] for o in c["options"]))
    return problems


def dossier(id, name, producer, code, sheets, submitted="2026-06-15", level=None, rated=None, council=None,
            findings=()):
    return {"id": id, "productName": name, "producer": producer, "productSet": code, "submittedOn": submitted,
            "criteriaVersion": None, "level": level, "ratedOn": rated, "council": council,
            "findings": list(findings),
            "sheets": [{"member": member, "choices": choices} for member, choices in sheets]}


def members(*names):
    return list(names)


HN = members("Nguyễn Văn Hùng", "Trần Thị Mai", "Lê Quang Huy", "Phạm Thị Thu", "Vũ Đức Thắng",
             "Đặng Thị Hạnh", "Bùi Minh Tuấn")


def case(file, about, d, settings=None, expected=None):
    settings = settings or {}
    body = {"about": about, "settings": settings, "dossier": d,
            "expected": expected if expected is not None else rate(d, settings)}
    with open(os.path.join(OUT, file), "w", encoding="utf-8") as f:
        text = json.dumps(body, ensure_ascii=False, indent=2)
        # one line per member sheet's choices, so a file reads member by member
        text = re.sub(r'"choices": \{\n(.*?)\n\s*\}', lambda m: '"choices": {' + ", ".join(
            line.strip().rstrip(",") for line in m.group(1).split("\n")) + "}", text, flags=re.S)
        f.write(text + "\n")
    e = body["expected"]
    print(f"{file}: {e['outcome']} band={e['bandStars']} stars={e['stars']} avg={e['average']} "
          f"({e['averageExact']}) failed={[(u['criterion'], u['stars']) for u in e['failedMinimums']]} "
          f"ko={e['knockOuts']} granted={e['granted']} fwd={e['forwardedTo']} breaches={e['councilBreaches']}")


def main():
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        if old.endswith(".json"):
            os.remove(os.path.join(OUT, old))

    totals = [94, 92, 91, 91, 90, 90, 90]
    case("01-five-stars-forwarded-to-ministry.json",
         "Seven members, 638/7 = 91.142857…, shown 91.14: the 5★ band with every minimum met. Under 26/2026 the "
         "province recognises at most 4★ and forwards products of 90 points and more to the ministry.",
         dossier("BTR-2026-031", "Bưởi da xanh Mỏ Cày", "HTX Nông nghiệp Mỏ Cày Nam", "I.1.a",
                 [(m, sheet("I.1.a", t, keep=5)) for m, t in zip(HN, totals)], rated="2026-07-10"))

    case("02-four-stars-rice.json",
         "Five members between 72 and 81: 383/5 = 76.60, the 4★ band, every 3★ and 4★ minimum met; the province "
         "grants 4★ and does not forward (below 90).",
         dossier("STG-2026-008", "Gạo ST25 Ruộng tôm", "HTX Nông nghiệp Hòa Lợi", "I.2.a",
                 [(m, sheet("I.2.a", t)) for m, t in zip(HN, [81, 78, 76, 76, 72])]))

    case("03-three-stars-rice-paper.json",
         "Three members: 62 + 59 + 57 = 178/3 = 59.333…, shown 59.33: the 3★ band, 3★ minimums met.",
         dossier("TNI-2026-102", "Bánh tráng phơi sương Trảng Bàng", "Cơ sở Bánh tráng Út Hiền", "I.3.b",
                 [(m, sheet("I.3.b", t)) for m, t in zip(HN, [62, 59, 57])]))

    case("04-two-stars-orchids.json",
         "Four members: 47 + 45 + 44 + 41 = 177/4 = 44.25: the 2★ band. 2★ has no star minimums and gets no "
         "recognition decision or certificate.",
         dossier("LDG-2026-044", "Lan hồ điệp Đà Lạt", "Công ty TNHH Hoa Lan Việt", "V.1",
                 [(m, sheet("V.1", t)) for m, t in zip(HN, [47, 45, 44, 41])]))

    case("05-one-star-brocade.json",
         "Three members: 26 + 25 + 23 = 74/3 = 24.666…, shown 24.67: the 1★ band (below 30), no certificate.",
         dossier("HGG-2026-017", "Thổ cẩm Lũng Tám", "HTX Dệt lanh Lũng Tám", "IV.2",
                 [(m, sheet("IV.2", t)) for m, t in zip(HN, [26, 25, 23])]))

    fish = [sheet("I.4.a", 96), sheet("I.4.a", 93, choose=["1.4.c"]), sheet("I.4.a", 95)]
    case("06-demoted-fish-sauce.json",
         "The 5★ band (284/3 = 94.67) but one member chose 1.4.c (2 points) where 1.4.d (3 points) is the 5★ minimum: under "
         "DEMOTE and every-member consensus the product is rated 4★, and a demoted product is not forwarded.",
         dossier("KGG-2026-055", "Nước mắm nhĩ Phú Quốc", "Công ty CP Nước mắm Khải Hoàn", "I.4.a",
                 [(m, s) for m, s in zip(HN, fish)]))

    wine = [sheet("II.1.a", 82), sheet("II.1.a", 80, choose=["2.3.b"]), sheet("II.1.a", 76)]
    case("07-refused-rice-wine.json",
         "The 4★ band (238/3 = 79.33) but one member chose 2.3.b below the 4★ minimum 2.3.c: under REFUSE the "
         "band's star is refused, no star at all.",
         dossier("BDH-2026-009", "Rượu Bàu Đá", "Cơ sở Rượu Bàu Đá Cường Chu", "II.1.a",
                 [(m, s) for m, s in zip(HN, wine)]),
         settings={"minimumPolicy": "REFUSE"})

    case("08-disqualified-coffee.json",
         "The council found DQ-2.1 on the coffee sheet: the dossier is excluded, no totals, band or star, "
         "even though the sheets would have scored 5★.",
         dossier("DLK-2026-071", "Cà phê Robusta Buôn Ma Thuột", "HTX Cà phê Ea Tu", "I.6",
                 [(m, sheet("I.6", t)) for m, t in zip(HN, [93, 91, 90])], findings=["DQ-2.1"]))

    water = [sheet("II.2.a", choose=["6.2.a"]), sheet("II.2.a", choose=["6.2.a"]), sheet("II.2.a")]
    case("09-stopped-mineral-water.json",
         "Sheet 16: two of three members chose 6.2.a (0 points): under MAJORITY a strict majority chose the "
         "trigger option of STOP-6, so scoring stops.",
         dossier("HBH-2026-013", "Nước khoáng thiên nhiên Kim Bôi", "Công ty CP Nước khoáng Kim Bôi", "II.2.a",
                 [(m, s) for m, s in zip(HN, water)]),
         settings={"consensus": "MAJORITY"})

    case("10-council-breach-artichoke.json",
         "Tây Ninh council practice: 5 of 7 members scored (quorum 6 needed: 21/4 = 5.25 rounds up), the chair "
         "scored, and totals spread 88 − 75 = 13 > 10: two breaches, the council must re-score.",
         dossier("LDG-2026-120", "Cao Atiso Đà Lạt", "Công ty TNHH Ladophar", "III.1",
                 [(m, sheet("III.1", t)) for m, t in zip(HN, [88, 84, 80, 79, 75])],
                 council={"size": 7, "chair": HN[0], "secretary": None}),
         settings={"councilRules": "TAY_NINH"})

    bad = [("Nguyễn Văn Hùng", dict(sheet("I.5.a"), **{"1.3": "1.3.e"})),
           ("Trần Thị Mai", sheet("I.5.a")), ("Trần Thị Mai", sheet("I.5.a"))]
    case("11-invalid-tea.json",
         "Two problems, both listed: an option the sheet does not have (1.3.e: 1.3 has a–d) and a second sheet for "
         "the same member.",
         dossier("TNG-2026-066", "Chè Shan tuyết Suối Giàng", "HTX Chè Suối Giàng", "I.5.a", bad),
         expected={"outcome": "INVALID", "bandStars": None, "stars": None, "average": None, "averageExact": None,
                   "failedMinimums": [], "knockOuts": [], "granted": None, "forwardedTo": None,
                   "councilBreaches": [],
                   "problems": [
                       "dossier TNG-2026-066, member Nguyễn Văn Hùng, criterion 1.3: unknown option: 1.3.e; "
                       "allowed: 1.3.a, 1.3.b, 1.3.c, 1.3.d",
                       "dossier TNG-2026-066, member Trần Thị Mai: two sheets for one member: Trần Thị Mai; "
                       "allowed: one sheet per member"]})

    case("12-ministry-five-stars-pottery.json",
         "The ministry's council rates a product the province forwarded: 95 + 97 + 92 + 96 = 380/4 = 95.00, every "
         "minimum met; the ministry recognises 5★ and forwards nowhere.",
         dossier("BTG-2026-201", "Gốm men lam Bát Tràng", "Công ty TNHH Gốm sứ Quang Vinh", "IV.1",
                 [(m, sheet("IV.1", t)) for m, t in zip(HN, [95, 97, 92, 96])], level="MINISTRY",
                 rated="2026-09-15"))

    oil = [sheet("III.3", 97, choose=["12.c"]), sheet("III.3", 97, choose=["12.c"]),
           sheet("III.3", 94, choose=["12.a"]), sheet("III.3", 94, choose=["12.a"])]
    case("13-average-points-essential-oil.json",
         "Four members split 12.c (5) / 12.a (1) on the 4★ minimum 12.b (3 points): two of four is no strict "
         "majority and all members did not meet it, but the criterion's average is (5+5+1+1)/4 = 3: under "
         "AVERAGE_POINTS the minimum is met; 382/4 = 95.50 and the product is 5★, forwarded to the ministry.",
         dossier("TTH-2026-038", "Tinh dầu tràm Huế", "HTX Tinh dầu tràm Phong Điền", "III.3",
                 [(m, s) for m, s in zip(HN, oil)]),
         settings={"consensus": "AVERAGE_POINTS"})

    case("14-stopped-finding-buffalo.json",
         "The council found impurities (STOP-6.1 on sheet 2): scoring stops; one member had left 11 unscored, "
         "which the stop excuses.",
         dossier("DBN-2026-004", "Thịt trâu tươi Mường Thanh", "HTX Chăn nuôi Mường Phăng", "I.1.b",
                 [(HN[0], sheet("I.1.b", 85)), (HN[1], sheet("I.1.b", 84, without=["11"])),
                  (HN[2], sheet("I.1.b", 83))], findings=["STOP-6.1"]))

    # Until data edition 2026b of QD-148-2023 only 148's set 1 had a sheet and this dossier was refused for its
    # product set; 148 now has every sheet, so it is refused because its choices are 26/2026's, not 148's.
    mi_quang = dossier("QNM-2025-310", "Mì Quảng Phú Chiêm", "Cơ sở Mì Quảng Bà Mua", "I.3.b",
                       [(HN[0], sheet("I.3.b", 80))], submitted="2025-11-03")
    case("15-invalid-under-148.json",
         "Submitted on 2025-11-03, so QD-148-2023 applies: a member's sheet filled on 26/2026's sheet I.3.b names "
         "criteria and options 148's sheet I.3.b does not have, and leaves 148's own criteria unanswered, so the "
         "dossier is refused, every mismatch named (its members' totals would rate: golden/QD-148-2023). Until "
         "148's data edition 2026b the refusal was for the product set, whose 148 sheet was not in the data.",
         mi_quang,
         expected={"outcome": "INVALID", "bandStars": None, "stars": None, "average": None, "averageExact": None,
                   "failedMinimums": [], "knockOuts": [], "granted": None, "forwardedTo": None,
                   "councilBreaches": [], "problems": wrong_sheet_problems(mi_quang, "QD-148-2023")})

    tour = [sheet("VI.1", 74), sheet("VI.1", 71, choose=["3.4.a"]), sheet("VI.1", 70)]
    case("16-community-tourism-demoted.json",
         "Sheet 26 has only two markers; one member chose 3.4.a below the 4★ minimum 3.4.b: 215/3 = 71.67 is the "
         "4★ band but the product is rated 3★.",
         dossier("LCI-2026-021", "Du lịch cộng đồng bản Cát Cát", "HTX Du lịch Cát Cát", "VI.1",
                 [(m, s) for m, s in zip(HN, tour)]))


if __name__ == "__main__":
    main()
