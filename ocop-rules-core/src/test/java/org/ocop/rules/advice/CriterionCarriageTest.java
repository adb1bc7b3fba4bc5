package org.ocop.rules.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.ocop.rules.Rater;
import org.ocop.rules.advice.VersionImpact.Carriage;
import org.ocop.rules.advice.VersionImpact.Carried;
import org.ocop.rules.advice.VersionImpact.Entry;
import org.ocop.rules.advice.VersionImpact.MemberCarriage;
import org.ocop.rules.advice.VersionImpact.Method;
import org.ocop.rules.advice.VersionImpact.NotCarried;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.CriterionComparison;
import org.ocop.rules.criteria.Part;
import org.ocop.rules.criteria.ScoringSheet;
import org.ocop.rules.criteria.SourceStatus;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.MemberSheet;
import org.ocop.rules.json.AdviceJson;

/**
 * compare-versions between 148 and 26/2026 carries each member's choice criterion by criterion through the criterion
 * comparison; the expected carriage is computed here from the comparison's JSON file directly, not through the
 * library's reading of it.
 */
class CriterionCarriageTest {
    private static final CriteriaCatalogue CATALOGUE = CriteriaCatalogue.bundled();
    private static final Advisor ADVISOR = Advisor.of(Rater.standard());
    private static final CriteriaVersion V148 = CATALOGUE.version("QD-148-2023");
    private static final CriteriaVersion V26 = CATALOGUE.version("QD-26-2026");
    private static final String SET = "I.1.a";
    private static final String[] NAMES = {"An", "Bình", "Chi"};

    private static JsonNode setData(String set) throws IOException {
        try (InputStream in = CriteriaCatalogue.class.getResourceAsStream("criteria-comparison-148-26.json")) {
            for (JsonNode s : new ObjectMapper().readTree(in).get("sets")) {
                if (s.get("set").asText().equals(set)) {
                    return s;
                }
            }
        }
        throw new AssertionError("no set " + set);
    }

    /** Member m takes option (i + m) of the i-th criterion (checklists: every option), skipping what does not apply. */
    private static Dossier dossier(String id, CriteriaVersion version, LocalDate submitted) {
        ScoringSheet sheet = version.sheet(SET);
        List<MemberSheet> sheets = new ArrayList<>();
        for (int m = 0; m < NAMES.length; m++) {
            Map<String, String> choices = new LinkedHashMap<>();
            Map<String, List<String>> ticks = new LinkedHashMap<>();
            int i = 0;
            for (Criterion c : sheet.criteria()) {
                i++;
                if (c.onlyIf().isPresent() && c.onlyIf().get().notChosen()
                        .contains(choices.get(c.onlyIf().get().criterion()))) {
                    continue;
                }
                if (c.select() == Criterion.Select.ANY) {
                    ticks.put(c.code(), c.optionIds());
                } else {
                    choices.put(c.code(), c.options().get((i + m) % c.options().size()).id());
                }
            }
            sheets.add(MemberSheet.of(NAMES[m], choices, ticks));
        }
        return Dossier.of(id, SET, submitted, sheets);
    }

    /** The carriage the comparison file implies, forward (148 → 26/2026) or back. */
    private static List<MemberCarriage> expected(Dossier dossier, ScoringSheet own, ScoringSheet target,
            boolean forward) throws IOException {
        Map<String, JsonNode> byOwn = new LinkedHashMap<>();
        for (JsonNode e : setData(SET).get("criteria")) {
            if (forward) {
                byOwn.put(e.get("from").asText(), e);
            } else if (e.hasNonNull("to")) {
                byOwn.put(e.get("to").asText(), e);
            }
        }
        List<MemberCarriage> members = new ArrayList<>();
        for (MemberSheet member : dossier.sheets()) {
            List<Carried> carried = new ArrayList<>();
            List<NotCarried> notCarried = new ArrayList<>();
            Map<Part, Integer> points = new EnumMap<>(Part.class);
            for (Part p : Part.values()) {
                points.put(p, 0);
            }
            for (Criterion c : own.criteria()) {
                if (!member.answered(c.code())) {
                    continue;
                }
                JsonNode e = byOwn.get(c.code());
                if (e == null) {
                    notCarried.add(new NotCarried(c.code(), Optional.empty(), CriterionComparison.Kind.NO_MATCH,
                            List.of(new CriterionComparison.Change(CriterionComparison.ChangeKind.NO_LABEL_MATCH,
                                    Optional.empty(), Optional.empty(), OptionalInt.empty(), OptionalInt.empty()))));
                    continue;
                }
                CriterionComparison.Kind kind = CriterionComparison.Kind.valueOf(e.get("kind").asText());
                String other = forward ? (e.hasNonNull("to") ? e.get("to").asText() : null) : e.get("from").asText();
                List<CriterionComparison.Change> changes = new ArrayList<>();
                if (e.has("changes")) {
                    // the file reads from 148 to 26/2026; a 26/2026 dossier reads each change the other way
                    e.get("changes").forEach(x -> changes.add(change(x, forward)));
                }
                if (kind != CriterionComparison.Kind.SAME && kind != CriterionComparison.Kind.SAME_OPTIONS) {
                    notCarried.add(new NotCarried(c.code(), Optional.ofNullable(other), kind, changes));
                    continue;
                }
                Map<String, String> map = new LinkedHashMap<>();
                e.get("options").fields().forEachRemaining(f -> map.put(forward ? f.getKey() : f.getValue().asText(),
                        forward ? f.getValue().asText() : f.getKey()));
                List<String> chosen = member.options(c.code());
                List<String> mapped = chosen.stream().map(map::get).toList();
                Criterion to = target.criterion(other).orElseThrow();
                int sum = mapped.stream().mapToInt(o -> to.option(o).orElseThrow().points()).sum();
                int score = to.select() == Criterion.Select.ANY ? Math.min(sum, to.maxPoints()) : sum;
                carried.add(new Carried(c.code(), chosen, other, mapped, kind, to.part(), score));
                points.merge(to.part(), score, Integer::sum);
            }
            members.add(new MemberCarriage(member.member(), carried, notCarried, points));
        }
        return members;
    }

    private static CriterionComparison.Change change(JsonNode x, boolean forward) {
        Optional<String> a = Optional.ofNullable(x.hasNonNull("fromOption") ? x.get("fromOption").asText() : null);
        Optional<String> b = Optional.ofNullable(x.hasNonNull("toOption") ? x.get("toOption").asText() : null);
        OptionalInt before = x.hasNonNull("before") ? OptionalInt.of(x.get("before").asInt()) : OptionalInt.empty();
        OptionalInt after = x.hasNonNull("after") ? OptionalInt.of(x.get("after").asInt()) : OptionalInt.empty();
        CriterionComparison.ChangeKind kind = CriterionComparison.ChangeKind.valueOf(x.get("kind").asText());
        return forward ? new CriterionComparison.Change(kind, a, b, before, after)
                : new CriterionComparison.Change(kind, b, a, after, before);
    }

    private static Entry entry(VersionImpact impact, String version) {
        return impact.entries().stream().filter(e -> e.versionId().equals(version)
                && e.productSet().orElse("").equals(SET)).findFirst().orElseThrow();
    }

    @Test
    void a148Set1Dossier_carriesItsChoicesTo2026OnTheCriteriaThatMatch_andNamesTheRest() throws IOException {
        Dossier d = dossier("QN-2024-001", V148, LocalDate.of(2024, 6, 1));
        VersionImpact impact = ADVISOR.compareVersions(d);
        assertThat(impact.baseline().criteriaVersion()).hasValue("QD-148-2023");
        Entry e = entry(impact, "QD-26-2026");

        Carriage c = e.carriage().orElseThrow(() -> new AssertionError(impact.explain()));
        List<MemberCarriage> expected = expected(d, V148.sheet(SET), V26.sheet(SET), true);
        assertThat(c.members()).isEqualTo(expected);
        assertThat(c.source()).isEqualTo("criteria-comparison-148-26.json");
        assertThat(c.status()).isEqualTo(SourceStatus.INFERRED);
        assertThat(expected.get(0).carried()).isNotEmpty();
        assertThat(expected.get(0).notCarried()).isNotEmpty();
        // not every criterion carries: no rating on the partial sheets; the totals are carried as before
        assertThat(c.complete()).isFalse();
        assertThat(e.method()).isEqualTo(Method.TOTALS_CARRIED);
        assertThat(c.unreached()).isNotEmpty().allSatisfy(code -> assertThat(V26.sheet(SET).criterion(code))
                .isPresent());

        // 1.c has no criterion with its label on 26/2026's sheet: named in the text and the JSON
        assertThat(expected.get(0).notCarried()).extracting(NotCarried::criterion).contains("1.c");
        String text = impact.explain();
        assertThat(text).contains("1.c (NO_MATCH: no criterion of the target sheet has this label)",
                "1.a (CHANGED: cap 5 → 3, text of 1.a.a ≠ 1.1.a, points of 1.a.b 3 → 1.1.b 2, points of 1.a.c 5 → 1.1.c 3)",
                "no rating on the carried sheets: a partial sheet cannot be rated",
                "criteria carried through criteria-comparison-148-26.json (inferred)");
        // the changes are data, worded by the library's bundles: Vietnamese on request, no English or code left over
        assertThat(impact.explain(Locale.forLanguageTag("vi"))).contains("không chuyển được: ",
                "1.a (đã thay đổi: điểm tối đa 5 → 3, nội dung của 1.a.a khác 1.1.a, điểm của 1.a.b là 3, của 1.1.b "
                        + "là 2, điểm của 1.a.c là 5, của 1.1.c là 3)",
                "1.c (không có tiêu chí tương ứng: không tiêu chí nào của phiếu đích có cùng tên)")
                .doesNotContain("cap 5", "text of", "no criterion of", "CHANGED", "NO_MATCH");
        JsonNode json = new ObjectMapper().readTree(AdviceJson.writeVersionImpact(List.of(impact)));
        JsonNode entry = null;
        for (JsonNode x : json.get(0).get("entries")) {
            if (x.get("criteriaVersion").asText().equals("QD-26-2026")) {
                entry = x;
            }
        }
        JsonNode carriage = entry.get("carriage");
        assertThat(carriage.get("complete").asBoolean()).isFalse();
        assertThat(carriage.get("members")).hasSize(3);
        List<String> notCarried = new ArrayList<>();
        carriage.get("members").get(0).get("notCarried").forEach(n -> notCarried.add(n.get("criterion").asText()));
        assertThat(notCarried).isEqualTo(expected.get(0).notCarried().stream().map(NotCarried::criterion).toList());
        assertThat(carriage.get("members").get(0).get("points").get("A").asInt())
                .isEqualTo(expected.get(0).points().get(Part.A));
        JsonNode first = carriage.get("members").get(0).get("notCarried").get(0);
        assertThat(first.get("criterion").asText()).isEqualTo("1.a");
        assertThat(first.get("changes").get(0).asText()).isEqualTo("cap 5 → 3");
        assertThat(first.get("changeDetails").get(0).toString())
                .isEqualTo("{\"kind\":\"CAP\",\"fromOption\":null,\"toOption\":null,\"before\":5,\"after\":3}");
        assertThat(first.get("changeDetails").get(2).toString()).isEqualTo(
                "{\"kind\":\"POINTS\",\"fromOption\":\"1.a.b\",\"toOption\":\"1.1.b\",\"before\":3,\"after\":2}");
    }

    @Test
    void a2026Set1Dossier_carriesBackTo148_theSameWay() throws IOException {
        Dossier d = dossier("QN-2026-002", V26, LocalDate.of(2026, 6, 5));
        VersionImpact impact = ADVISOR.compareVersions(d);
        assertThat(impact.baseline().criteriaVersion()).hasValue("QD-26-2026");
        Entry e = entry(impact, "QD-148-2023");

        Carriage c = e.carriage().orElseThrow(() -> new AssertionError(impact.explain()));
        List<MemberCarriage> expected = expected(d, V26.sheet(SET), V148.sheet(SET), false);
        assertThat(c.members()).isEqualTo(expected);
        assertThat(expected.get(1).carried()).isNotEmpty();
        assertThat(c.complete()).isFalse();
        // read from the dossier's 26/2026 sheet back to 148's: 1.1's cap 3 was 148's 5
        assertThat(impact.explain()).contains("1.1 (CHANGED: cap 3 → 5, text of 1.1.a ≠ 1.a.a, points of 1.1.b 2 → "
                + "1.a.b 3, points of 1.1.c 3 → 1.a.c 5)");
        assertThat(e.method()).isEqualTo(Method.TOTALS_CARRIED);
        // the criteria 148's sheet has and nothing carries to: exactly the entries that do not carry
        List<String> unreached = new ArrayList<>();
        for (JsonNode x : setData(SET).get("criteria")) {
            String kind = x.get("kind").asText();
            if (!kind.equals("SAME") && !kind.equals("SAME_OPTIONS")) {
                unreached.add(x.get("from").asText());
            }
        }
        assertThat(c.unreached()).isEqualTo(unreached);
    }

    @Test
    void aSheetUsingAnOptionItsOwnSheetLacks_isNotCarried() {
        Dossier d = dossier("QN-2024-004", V148, LocalDate.of(2024, 6, 1));
        MemberSheet first = d.sheets().get(0);
        Map<String, String> choices = new LinkedHashMap<>(first.choices());
        choices.put("1.đ", "1.đ.z");
        List<MemberSheet> sheets = new ArrayList<>(d.sheets());
        sheets.set(0, MemberSheet.of(first.member(), choices, first.ticks()));
        VersionImpact impact = ADVISOR.compareVersions(d.toBuilder().sheets(sheets).build());
        assertThat(entry(impact, "QD-26-2026").carriage()).isEmpty();
    }

    @Test
    void otherVersionPairs_haveNoCarriage() {
        Dossier d = dossier("QN-2026-003", V26, LocalDate.of(2026, 6, 5));
        VersionImpact impact = ADVISOR.compareVersions(d);
        assertThat(impact.entries()).filteredOn(x -> !x.versionId().equals("QD-148-2023"))
                .allSatisfy(x -> assertThat(x.carriage()).isEmpty());
        assertThat(AdviceJson.writeVersionImpact(List.of(impact))).containsOnlyOnce("\"carriage\"");
    }
}
