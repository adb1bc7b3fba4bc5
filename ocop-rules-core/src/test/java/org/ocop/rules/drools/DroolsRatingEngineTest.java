package org.ocop.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ocop.rules.MinimumConsensus;
import org.ocop.rules.MinimumPolicy;
import org.ocop.rules.RuleFiring;
import org.ocop.rules.Text;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.criteria.StarBands;
import org.ocop.rules.engine.RatingTask;
import org.ocop.rules.engine.Verdict;
import org.ocop.rules.internal.Messages;

/** The Drools engine takes the numbers of the law from the task, which takes them from the criteria data. */
class DroolsRatingEngineTest {

    private static final DroolsRatingEngine ENGINE = DroolsRatingEngine.shared();
    private static final Locale VI = Locale.forLanguageTag("vi");

    /** One member's total of {@code total} points under 26/2026's province procedure, with these band floors. */
    private static RatingTask totalOf(int total, StarBands bands) {
        return RatingTask.builder("T-1", "QD-26-2026", "2026a", "I.1.a").members(List.of("member 1"))
                .authority(new RatingTask.Authority(Level.PROVINCE, "26/2026/QĐ-TTg", Set.of(3, 4),
                        Optional.of(Level.MINISTRY), 90))
                .council(new RatingTask.Council(0, Optional.empty(), Optional.empty()))
                .policy(new RatingTask.Policy(MinimumPolicy.DEMOTE, MinimumConsensus.ALL_MEMBERS, false, -1, false))
                .givenTotals(List.of(total)).bands(bands).build();
    }

    @Test
    void band_isDecidedWithTheTasksFloors() {
        StarBands bundled = CriteriaCatalogue.bundled().version("QD-26-2026").starBands();
        assertThat(ENGINE.decide(totalOf(74, bundled)).bandStars()).hasValue(4);
        // a corrected edition whose 4★ band started at 75 puts 74 points in 3★, with no change to the rules
        assertThat(ENGINE.decide(totalOf(74, StarBands.of(30, 50, 75, 90))).bandStars()).hasValue(3);
        assertThat(ENGINE.decide(totalOf(75, StarBands.of(30, 50, 75, 90))).bandStars()).hasValue(4);
    }

    @Test
    void forwarding_measuresTheThresholdsBandWithTheTasksFloors() {
        // 26/2026: a province forwards from 90 points a product whose rated star reaches the band 90 is in. With a
        // 5★ floor of 95, 90 is in the 4★ band: 92 points is rated 4★ and forwarded
        Verdict verdict = ENGINE.decide(totalOf(92, StarBands.of(30, 50, 70, 95)));
        assertThat(verdict.stars()).hasValue(4);
        assertThat(verdict.forwardedTo()).hasValue(Level.MINISTRY);
        assertThat(ENGINE.decide(totalOf(89, StarBands.of(30, 50, 70, 95))).forwardedTo()).isEmpty();
    }

    /**
     * The bands rule's name is printed in every explanation and in the JSON contract, so it is kept although the
     * numbers it uses come from the data. It must not state other floors than the data: a corrected edition with
     * other floors fails here, and the name (a contract change) is then decided on purpose.
     */
    @Test
    void starBandsRuleName_statesTheFloorsOfEveryBundledVersion() throws IOException {
        String drl;
        try (InputStream in = DroolsRatingEngineTest.class.getClassLoader()
                .getResourceAsStream("org/ocop/rules/internal/drools/rating.drl")) {
            drl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (CriteriaVersion version : CriteriaCatalogue.bundled().versions()) {
            List<Integer> f = version.starBands().floors();
            String name = "Star bands: <" + f.get(0) + " 1★, " + f.get(0) + "-<" + f.get(1) + " 2★, " + f.get(1) + "-<"
                    + f.get(2) + " 3★, " + f.get(2) + "-<" + f.get(3) + " 4★, >=" + f.get(3) + " 5★";
            assertThat(drl).as(version.id()).contains("rule \"" + name + "\"");
        }
        RuleFiring first = ENGINE.decide(totalOf(74, StarBands.of(30, 50, 70, 90))).firings().get(0);
        assertThat(first).isEqualTo(new RuleFiring("Star bands: <30 1★, 30-<50 2★, 50-<70 3★, 70-<90 4★, >=90 5★",
                List.of(), Messages.text("firing.bands")));
        // the words state the same floors, in both languages
        assertThat(first.text()).isEqualTo(first.rule());
        assertThat(first.text(VI)).isEqualTo("Khoảng điểm của hạng sao: dưới 30 là 1★, từ 30 đến dưới 50 là 2★, "
                + "từ 50 đến dưới 70 là 3★, từ 70 đến dưới 90 là 4★, từ 90 trở lên là 5★");
    }

    /**
     * Every rule of {@code rating.drl} names its words with {@code @text("key")}, one message per rule: in English
     * the rule's own name (so the English words of an explanation read as its rule names always did), in
     * Vietnamese a translation. The engine refuses to build without them, so this is what a new rule must add.
     */
    @Test
    void ruleTexts_everyRuleHasWords_englishItsNameAndVietnameseItsTranslation() {
        Map<String, Text> texts = ENGINE.texts();
        List<String> rules = ENGINE.ruleNames();

        assertThat(texts.keySet()).containsExactlyInAnyOrderElementsOf(rules).hasSizeGreaterThan(30);
        assertThat(new HashSet<>(texts.values())).as("one message per rule").hasSameSizeAs(rules);
        texts.forEach((rule, text) -> {
            assertThat(text.toString()).as(rule).isEqualTo(rule);
            assertThat(text.in(VI)).as(rule).isNotEqualTo(rule);
        });
    }

    @Test
    void firings_ofARating_carryTheirRulesWords() {
        Verdict verdict = ENGINE.decide(totalOf(74, StarBands.of(30, 50, 70, 90)));

        assertThat(verdict.firings()).isNotEmpty().allSatisfy(f -> assertThat(f.ruleText())
                .isEqualTo(ENGINE.texts().get(f.rule())));
        assertThat(verdict.firings()).extracting(f -> f.text(VI)).contains("Kết quả được phân hạng");
    }
}
