package org.ocop.rules.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.ocop.rules.Average;
import org.ocop.rules.Outcome;
import org.ocop.rules.Rater;
import org.ocop.rules.RatingSettings;
import org.ocop.rules.advice.VersionImpact.Entry;
import org.ocop.rules.advice.VersionImpact.Kind;
import org.ocop.rules.advice.VersionImpact.Method;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.Option;
import org.ocop.rules.criteria.ProductSet;
import org.ocop.rules.criteria.ScoringSheet;
import org.ocop.rules.criteria.SourceStatus;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.MemberSheet;
import org.ocop.rules.json.AdviceJson;

/**
 * Version impact ({@link Advisor#compareVersions(Dossier)}): the same product rated under every criteria version and
 * sheet edition that has its set, sets followed by the set mapping, options never mapped, and every change against
 * the dossier's own rating named with its reason.
 */
class VersionImpactTest {

    private static final CriteriaCatalogue CATALOGUE = CriteriaCatalogue.bundled();
    private static final Advisor ADVISOR = Advisor.of(Rater.standard());
    private static final CriteriaVersion V1048 = CATALOGUE.version("QD-1048-2019");
    private static final CriteriaVersion V26 = CATALOGUE.version("QD-26-2026");
    private static final LocalDate IN_2019 = LocalDate.of(2019, 11, 5);
    private static final String[] NAMES = {"An", "Bình", "Chi"};

    /** A member's sheet choosing, on every criterion that applies, the option {@code pick} gives (checklists: all). */
    private static MemberSheet member(ScoringSheet sheet, String name, BiFunction<Integer, Criterion, Option> pick) {
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
                ticks.put(c.code(), c.options().stream().map(Option::id).toList());
            } else {
                choices.put(c.code(), pick.apply(i, c).id());
            }
        }
        return MemberSheet.of(name, choices, ticks);
    }

    private static Option best(Criterion c) {
        return c.options().stream().max(Comparator.comparingInt(Option::points)).orElseThrow();
    }

    /** Three members; member m takes option (i + m) of criterion i, which gives low to middling totals. */
    private static Dossier mixed(String id, CriteriaVersion version, String set, LocalDate submitted) {
        List<MemberSheet> sheets = new ArrayList<>();
        for (int m = 0; m < NAMES.length; m++) {
            int shift = m;
            sheets.add(member(version.sheet(set), NAMES[m], (i, c) -> c.options().get((i + shift) % c.options()
                    .size())));
        }
        return Dossier.of(id, set, submitted, sheets);
    }

    /** Three members choosing the best option everywhere, except {@code overrides} (criterion → option id). */
    private static Dossier excellent(String id, CriteriaVersion version, String set, LocalDate submitted,
            Map<String, String> overrides) {
        List<MemberSheet> sheets = new ArrayList<>();
        for (String name : NAMES) {
            sheets.add(member(version.sheet(set), name, (i, c) -> overrides.containsKey(c.code())
                    ? c.option(overrides.get(c.code())).orElseThrow() : best(c)));
        }
        return Dossier.of(id, set, submitted, sheets);
    }

    private static Entry entry(VersionImpact impact, String version, String edition, String set) {
        return impact.entries().stream().filter(e -> e.versionId().equals(version)
                && e.sheetEdition().equals(edition) && e.productSet().orElse("").equals(set)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + version + "/" + edition + "/" + set + " in "
                        + impact.explain()));
    }

    @Test
    void a2019RiceDossier_isRatedOnItsSheetsUnder781_hasNoPortalSheet_andCarriesItsTotalsTo148And2026() {
        Dossier rice = excellent("HN-2019-031", V1048, "I.2.1", IN_2019, Map.of());
        VersionImpact impact = ADVISOR.compareVersions(rice);

        assertThat(impact.baseline().criteriaVersion()).hasValue("QD-1048-2019");
        assertThat(impact.baseline().stars()).hasValue(5);
        assertThat(impact.entries()).extracting(e -> e.versionId() + "/" + e.sheetEdition() + "/"
                + e.productSet().orElse("-") + " " + e.method()).containsExactly(
                "QD-1048-2019/decision/I.2.1 OWN", "QD-1048-2019/portal/I.2.1 NOT_RATED",
                "QD-781-2020/decision/I.2.1 SHEETS", "QD-781-2020/portal/I.2.1 NOT_RATED",
                "QD-148-2023/decision/I.2.a TOTALS_CARRIED", "QD-26-2026/decision/I.2.a TOTALS_CARRIED");

        // 781 takes 1048's sheets: the members' sheets are rated again, and 781's minimums are checked in part
        Entry v781 = entry(impact, "QD-781-2020", "decision", "I.2.1");
        assertThat(v781.basis()).isEqualTo("same code: QD-781-2020 takes its classification and sheets from "
                + "QD-1048-2019 (basedOn)");
        assertThat(v781.rating().orElseThrow().average()).isEqualTo(impact.baseline().average());
        assertThat(v781.changes(Kind.POINTS)).isEmpty();
        assertThat(v781.changes(Kind.MINIMUMS)).singleElement().satisfies(c -> {
            assertThat(c.before()).isEqualTo("none: QD-1048-2019 sets no star minimums");
            assertThat(c.after()).isEqualTo("a table known in part: 3 checked, 4 not checked; none failed");
            assertThat(c.reason()).startsWith("QD-781-2020: Yêu cầu tối thiểu cần đạt theo hạng sao");
        });

        // the portal never had a rice sheet: said so, not guessed
        Entry portal = entry(impact, "QD-1048-2019", "portal", "I.2.1");
        assertThat(portal.rating()).isEmpty();
        assertThat(portal.note()).isEqualTo("no sheet of QD-1048-2019 (sheet edition portal) for set I.2.1 is in the "
                + "data; the totals rate as under the decision edition");

        // 148 and 26/2026: another sheet, no option mapping: the totals are carried to the mapped set
        Entry v26 = entry(impact, "QD-26-2026", "decision", "I.2.a");
        assertThat(v26.basis()).isEqualTo("widened: 148 and 26/2026 add 'hạt sơ chế khác'");
        assertThat(v26.status()).isEqualTo(SourceStatus.INFERRED);
        assertThat(v26.note()).startsWith("points carried: the sheets differ and no option mapping is in the data");
        assertThat(v26.rating().orElseThrow().average()).isEqualTo(impact.baseline().average());
        assertThat(v26.rating().orElseThrow().criteria()).isEmpty();
        assertThat(v26.changes(Kind.MINIMUMS)).singleElement().extracting(VersionImpact.Change::after)
                .isEqualTo("not checked: no member sheets");
        // 1048's first level, the district, recognises no star and forwards; 26/2026's, the province, recognises 4★
        assertThat(v26.changes(Kind.RECOGNITION)).singleElement().satisfies(c -> {
            assertThat(c.before()).startsWith("at DISTRICT under 1048/QĐ-TTg").contains("recognises nothing; "
                    + "forwarded to PROVINCE");
            assertThat(c.after()).startsWith("at PROVINCE under 26/2026/QĐ-TTg").contains("recognises 4★ with a "
                    + "certificate; forwarded to MINISTRY");
        });
        assertThat(v26.changes(Kind.BAND)).isEmpty();
        assertThat(v26.changes(Kind.STARS)).isEmpty();
        assertThat(impact.explain()).contains("Versions for dossier HN-2019-031 — product set I.2.1",
                "  QD-26-2026, set I.2.a [widened: 148 and 26/2026 add 'hạt sơ chế khác', inferred]: RATED 5★",
                "    TOTALS_CARRIED: points carried: the sheets differ");
    }

    @Test
    void theDecisionAndPortalEditionsOf1048_scoreTheSameOptionsDifferently_criterionByCriterion() {
        // set 10 (I.4.1): the portal reads 7.d as 3 points where the decision prints 5
        Dossier tea = excellent("TN-2020-010", V1048, "I.4.1", IN_2019, Map.of("7", "7.d"));
        VersionImpact impact = ADVISOR.compareVersions(tea);

        Entry portal = entry(impact, "QD-1048-2019", "portal", "I.4.1");
        assertThat(portal.method()).isEqualTo(Method.SHEETS);
        assertThat(portal.changes(Kind.POINTS)).singleElement().satisfies(c -> {
            assertThat(c.subject()).isEqualTo("7");
            assertThat(c.before()).isEqualTo("7.d = 5 (An), 7.d = 5 (Bình), 7.d = 5 (Chi); average 5.00");
            assertThat(c.after()).isEqualTo("7.d = 3 (An), 7.d = 3 (Bình), 7.d = 3 (Chi); average 3.00");
            assertThat(c.reason()).isEqualTo("the same options are worth other points on the sheet of QD-1048-2019 "
                    + "(sheet edition portal)");
        });
        assertThat(portal.rating().orElseThrow().average()).hasValueSatisfying(a -> assertThat(a)
                .isEqualTo(new Average(impact.baseline().average().get().sum() - 6, 3)));
    }

    @Test
    void aPortalDossierUsingAnOptionTheDecisionLacks_isCarriedAsTotalsToTheDecisionEdition() {
        // set 7 (I.3.3): the portal adds 3.1.c, which the decision's sheet does not print
        Rater portalRater = Rater.standard().withSettings(RatingSettings.DEFAULTS.withSheetEdition("portal"));
        Dossier dossier = excellent("QN-2021-007", V1048.withSheetEdition("portal"), "I.3.3", IN_2019,
                Map.of("3.1", "3.1.c"));
        VersionImpact impact = Advisor.of(portalRater).compareVersions(dossier);

        assertThat(entry(impact, "QD-1048-2019", "portal", "I.3.3").method()).isEqualTo(Method.OWN);
        Entry decision = entry(impact, "QD-1048-2019", "decision", "I.3.3");
        assertThat(decision.method()).isEqualTo(Method.TOTALS_CARRIED);
        assertThat(decision.note()).startsWith("points carried: the sheet of QD-1048-2019 for set I.3.3 has no option "
                + "3.1.c (used by An)");
        assertThat(decision.rating().orElseThrow().average()).isEqualTo(impact.baseline().average());
    }

    @Test
    void a2026DossierComparedBack_followsTheMappingToEverySetItCameFrom_andLosesItsDemotion() {
        Dossier meat = mixed("DL-2026-044", V26, "I.3.d", LocalDate.of(2026, 6, 5));
        VersionImpact impact = ADVISOR.compareVersions(meat);

        assertThat(impact.baseline().stars()).hasValue(2);
        assertThat(impact.baseline().bandStars()).hasValue(3);
        assertThat(impact.entries().stream().filter(e -> e.sheetEdition().equals("decision")))
                .extracting(e -> e.versionId() + "/" + e.productSet().orElse("-") + " " + e.method())
                .containsExactly("QD-1048-2019/I.2.2 TOTALS_CARRIED", "QD-1048-2019/I.3.4 TOTALS_CARRIED",
                        "QD-1048-2019/I.3.5 TOTALS_CARRIED", "QD-781-2020/I.2.2 TOTALS_CARRIED",
                        "QD-781-2020/I.3.4 TOTALS_CARRIED", "QD-781-2020/I.3.5 TOTALS_CARRIED",
                        "QD-148-2023/I.3.d TOTALS_CARRIED", "QD-26-2026/I.3.d OWN");
        Entry honey = entry(impact, "QD-1048-2019", "decision", "I.2.2");
        assertThat(honey.basis()).startsWith("split: honey and other honeys stay raw (I.2.b)");
        assertThat(honey.source()).startsWith("the set titles of 1048/QĐ-TTg Phụ lục I");
        // the portal editions rate totals as the decision editions do: said once, not rated twice
        assertThat(entry(impact, "QD-1048-2019", "portal", "I.2.2").method()).isEqualTo(Method.NOT_RATED);
        // carried totals cannot check 1048's minimums (it has none) nor 26/2026's markers: the band's star stands
        assertThat(honey.changes(Kind.STARS)).singleElement().satisfies(c -> {
            assertThat(c.before()).isEqualTo("2★");
            assertThat(c.after()).isEqualTo("3★");
            assertThat(c.reason()).isEqualTo("the star minimums that demoted it (" + impact.baseline().failedMinimums()
                    .stream().map(f -> f.criterion() + " for " + f.stars() + "★ (requires " + f.requiredOption() + ")")
                    .collect(java.util.stream.Collectors.joining(", ")) + ") cannot be checked on carried totals: "
                    + "the band's star stands");
        });
        Entry v148 = entry(impact, "QD-148-2023", "decision", "I.3.d");
        assertThat(v148.basis()).isEqualTo("same code: set-mapping.json groups QD-26-2026 and QD-148-2023 as one "
                + "classification");
        assertThat(v148.changes(Kind.RECOGNITION)).singleElement().satisfies(c -> assertThat(c.after())
                .contains("recognises 3★ with a certificate"));
    }

    @Test
    void aDroppedSet_getsAnEntrySayingSo_withTheMappingsBasis() {
        Dossier devices = mixed("HN-2019-077", V1048, "III.3", IN_2019);
        VersionImpact impact = ADVISOR.compareVersions(devices);

        Entry v26 = impact.entries().stream().filter(e -> e.versionId().equals("QD-26-2026")).findFirst()
                .orElseThrow();
        assertThat(v26.productSet()).isEmpty();
        assertThat(v26.method()).isEqualTo(Method.NOT_RATED);
        assertThat(v26.note()).startsWith("QD-26-2026 has no set matching III.3: ");
        assertThat(v26.status()).isEqualTo(SourceStatus.INFERRED);
    }

    @Test
    void aTotalsOnlyDossier_isCarriedAsTotalsEverywhere() {
        Dossier minutes = Dossier.ofTotals("BT-2023-118", "I.4.a", LocalDate.of(2023, 9, 12), List.of(92, 90, 89));
        VersionImpact impact = ADVISOR.compareVersions(minutes);

        assertThat(impact.entries()).allMatch(e -> e.method() != Method.SHEETS);
        Entry v1048 = entry(impact, "QD-1048-2019", "decision", "I.4.1");
        assertThat(v1048.method()).isEqualTo(Method.TOTALS_CARRIED);
        assertThat(v1048.note()).startsWith("the members' totals as given (a totals-only dossier)");
        assertThat(v1048.changes()).extracting(VersionImpact.Change::kind).containsExactly(Kind.RECOGNITION);
        assertThat(entry(impact, "QD-1048-2019", "portal", "I.4.1").note()).isEqualTo("a totals-only dossier rates "
                + "the same under every sheet edition of QD-1048-2019: sheet editions differ only in their sheets");
        assertThat(entry(impact, "QD-26-2026", "decision", "I.4.a").changes(Kind.RECOGNITION)).singleElement()
                .satisfies(c -> assertThat(c.after()).contains("recognises 4★ with a certificate; forwarded to "
                        + "MINISTRY"));
    }

    @Test
    void theJsonNamesEveryEntrysMappingMethodChangesAndRating() throws Exception {
        VersionImpact impact = ADVISOR.compareVersions(excellent("HN-2019-031", V1048, "I.2.1", IN_2019, Map.of()));
        JsonNode json = new ObjectMapper().readTree(AdviceJson.writeVersionImpact(List.of(impact))).get(0);

        assertThat(json.get("dossierId").asText()).isEqualTo("HN-2019-031");
        assertThat(json.get("reason").isNull()).isTrue();
        assertThat(json.get("rating").get("stars").asInt()).isEqualTo(5);
        JsonNode v26 = json.get("entries").get(5);
        assertThat(v26.get("criteriaVersion").asText()).isEqualTo("QD-26-2026");
        assertThat(v26.get("sheetEdition").asText()).isEqualTo("decision");
        assertThat(v26.get("productSet").asText()).isEqualTo("I.2.a");
        assertThat(v26.get("mapping").get("status").asText()).isEqualTo("inferred");
        assertThat(v26.get("method").asText()).isEqualTo("TOTALS_CARRIED");
        assertThat(v26.get("changes").findValuesAsText("kind")).containsExactly("MINIMUMS", "RECOGNITION");
        assertThat(v26.get("rating").get("criteriaVersion").asText()).isEqualTo("QD-26-2026");
        JsonNode portal = json.get("entries").get(1);
        assertThat(portal.get("rating").isNull()).isTrue();
        assertThat(portal.get("method").asText()).isEqualTo("NOT_RATED");
    }

    @Test
    void everySetOfEveryVersionWithASheet_isComparedUnderEveryVersion_eachEntryRatedOrSayingWhyNot() {
        int dossiers = 0;
        for (CriteriaVersion version : CATALOGUE.versions()) {
            for (String edition : version.sheetEditions()) {
                CriteriaVersion under = version.withSheetEdition(edition);
                Advisor advisor = Advisor.of(Rater.standard().withSettings(RatingSettings.DEFAULTS.withSheetEdition(
                        edition.equals(CriteriaVersion.DECISION_EDITION) ? null : edition)));
                for (String set : under.setsWithSheets()) {
                    Dossier dossier = mixed("GEN-" + version.id() + "-" + edition + "-" + set, under, set,
                            version.inForceFrom().plusDays(19));
                    VersionImpact impact = advisor.compareVersions(dossier);
                    dossiers++;
                    assertThat(impact.reason()).as(dossier.id()).isEmpty();
                    assertThat(impact.entries()).as(dossier.id()).filteredOn(e -> e.method() == Method.OWN)
                            .singleElement().satisfies(e -> assertThat(e.rating()).hasValue(impact.baseline()));
                    assertThat(impact.entries().stream().map(Entry::versionId).distinct())
                            .as(dossier.id() + ": every version has an entry")
                            .containsExactlyElementsOf(CATALOGUE.versions().stream().map(CriteriaVersion::id).toList());
                    for (Entry e : impact.entries()) {
                        assertThat(e.note()).as(dossier.id()).isNotBlank();
                        assertThat(e.rating().isPresent() || e.method() == Method.NOT_RATED).isTrue();
                        e.rating().ifPresent(r -> assertThat(r.criteriaVersion()).hasValue(e.versionId()));
                    }
                    assertThat(impact.explain()).startsWith("Versions for dossier " + dossier.id());
                }
            }
        }
        // 1048 decision and portal, 781 decision and portal, 148 (all 26 sheets since data edition 2026b), 26/2026
        assertThat(dossiers).isEqualTo(26 + 24 + 26 + 25 + 26 + 26);
    }

    @Test
    void everySetOfEveryVersion_givenAsTotals_isComparedUnderEveryVersion() {
        for (CriteriaVersion version : CATALOGUE.versions()) {
            for (ProductSet set : version.productSets()) {
                Dossier dossier = Dossier.ofTotals("TOT-" + version.id() + "-" + set.code(), set.code(),
                        version.inForceFrom().plusDays(19), List.of(71, 76, 80));
                VersionImpact impact = ADVISOR.compareVersions(dossier);
                assertThat(impact.baseline().outcome()).as(dossier.id()).isEqualTo(Outcome.RATED);
                assertThat(impact.entries()).as(dossier.id()).allMatch(e -> e.method() != Method.SHEETS)
                        .allMatch(e -> e.rating().map(r -> r.average().equals(impact.baseline().average()))
                                .orElse(e.method() == Method.NOT_RATED));
            }
        }
    }
}
