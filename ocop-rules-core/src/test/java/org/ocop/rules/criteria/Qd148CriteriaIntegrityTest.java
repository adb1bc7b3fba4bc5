package org.ocop.rules.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the data holds for 148/QĐ-TTg: its procedure and bands as before, a classification inferred from 26/2026's,
 * and all 26 sheets read by tools/convert-148.py from a typed copy (secondary; the CSV files and their README are in
 * {@code ocop-rules-core/src/criteria-sources/QD-148-2023/typed-copy/}). Every flaw of the copy is a named anomaly,
 * and each has a test here; {@link Qd148TypedCopyTest} proves the options are the CSV records.
 */
class Qd148CriteriaIntegrityTest {
    private static final CriteriaVersion V = CriteriaCatalogue.bundled().version("QD-148-2023");

    private static ScoringSheet sheet(int number) {
        return Qd148TypedCopyTest.sheet(number);
    }

    private static Criterion criterion(int set, String code) {
        return sheet(set).criterion(code).orElseThrow();
    }

    private static List<Anomaly> anomalies(int set, String at, Anomaly.Kind kind) {
        return sheet(set).anomalies().stream().filter(a -> a.at().equals(Optional.ofNullable(at))
                && a.kind() == kind).toList();
    }

    /** 148's Phụ lục I was not read: the tree is 26/2026's, marked inferred, with 2023's ministries unknown. */
    @Test
    void classification_isInferredFrom26_2026AndEverySetHasASheet() {
        assertThat(V.productSets()).hasSize(26);
        assertThat(V.setsWithSheets()).hasSize(26);
        assertThat(V.productSets()).allMatch(s -> s.ministry().startsWith("unknown"));
        assertThat(IntStream.rangeClosed(1, 26).mapToObj(n -> sheet(n).productSet()))
                .containsExactlyElementsOf(V.productSets().stream().map(ProductSet::code).toList());
    }

    /** The option counts ids were assigned on: a changed count would shift ids that dossiers already use. */
    @Test
    void everySheet_hasItsPinnedOptionCount() {
        assertThat(IntStream.rangeClosed(1, 26).map(n -> sheet(n).criteria().stream()
                .mapToInt(c -> c.options().size()).sum()).boxed().toList())
                .containsExactly(108, 104, 108, 107, 107, 107, 105, 107, 107, 107, 107, 107, 110, 102, 102, 94, 100,
                        98, 101, 100, 94, 89, 90, 90, 87, 94);
    }

    /** Every sheet and option is secondary and names the copy; set 1 says it is confirmed by a second copy. */
    @Test
    void everySheet_isSecondaryAndNamesTheCopy_set1ConfirmedByTwoCopies() {
        for (int n = 1; n <= 26; n++) {
            ScoringSheet s = sheet(n);
            assertThat(s.status()).isEqualTo(SourceStatus.SECONDARY);
            assertThat(s.provenance().sheet()).startsWith("mục " + n + "; typed copy augustine-tran/ocop@d76e5ad5, "
                    + "db/ocop/OCOP - " + n + ".");
        }
        assertThat(sheet(1).provenance().sheet()).contains("confirmed by two independent copies");
        assertThat(V.edition()).isEqualTo("2026b");
    }

    /** Set 1's option ids are those of the Thái Bình form the data held before: dossiers keep rating. */
    @Test
    void set1_keepsItsOptionIdsAndFirstCriterion_1_3_5() {
        assertThat(criterion(1, "1.a").options().stream().map(Option::points).toList()).isEqualTo(List.of(1, 3, 5));
        assertThat(sheet(1).criteria().stream().map(Criterion::code)).contains("1.đ", "3.e", "7", "8", "9.b", "12");
    }

    /**
     * Set 7, 6.d "Mùi": printed cap 4, best option 3 (CAP_UNREACHABLE). The options are kept; the sheet's best total
     * is 99, which every rating with it states in a warning.
     */
    @Test
    void set7_muiCapFour_bestOptionThree_bestTotal99() {
        assertThat(criterion(7, "6.d").label()).isEqualTo("Mùi");
        assertThat(anomalies(7, "6.d", Anomaly.Kind.CAP_UNREACHABLE)).singleElement()
                .satisfies(a -> assertThat(a.reading()).contains("99"));
        assertThat(sheet(7).reachableMaxPoints()).isEqualTo(99);
    }

    /**
     * Sets 11, 12 and 13: Part C's groups add up to 32, 32 and 33 against the printed 35, their sensory groups
     * holding 13, 13 and 14 points against 16 on the other processed-food sheets: rows or points were lost in the
     * copy. The anomaly (CAP_MISMATCH at C) says what is missing and the real maximum; nothing is guessed.
     */
    @ParameterizedTest
    @CsvSource({"11, 32, 13, 97", "12, 32, 13, 97", "13, 33, 14, 98"})
    void sets11To13_partCLosesPointsInTheCopy(int set, int partC, int sensory, int best) {
        ScoringSheet s = sheet(set);
        assertThat(s.part(Part.C).items().stream().mapToInt(SheetNode::maxPoints).sum()).isEqualTo(partC);
        assertThat(s.part(Part.C).items().get(0).maxPoints()).isEqualTo(sensory);
        assertThat(anomalies(set, "C", Anomaly.Kind.CAP_MISMATCH)).singleElement().satisfies(a -> {
            assertThat(a.printed()).contains("add up to " + partC).contains("holds " + sensory + " points");
            assertThat(a.reading()).contains((35 - partC) + " points of Part C are missing")
                    .contains("best total is " + best);
        });
        assertThat(s.reachableMaxPoints()).isEqualTo(best);
    }

    /**
     * Sets 11 and 13 write sensory sub-items at their heading's level: read as criteria under the heading. The copy's
     * README says sets 11–13 do; set 12 (herbal tea) in fact writes its sensory criteria flat, a) to đ), so it has no
     * such anomaly.
     */
    @ParameterizedTest
    @CsvSource({"11, 6.a.1, Tạp chất, 1", "12, 6.a, Tạp chất, 0", "13, 6.a.1, Tạp chất lạ, 1", "13, 6.b.2, 'Mùi, vị', 1"})
    void sets11And13_sensorySubItemsAreCriteriaUnderTheirHeading_set12IsFlat(int set, String code, String label,
            int anomalies) {
        assertThat(criterion(set, code).label()).isEqualTo(label);
        assertThat(anomalies(set, "6", Anomaly.Kind.FORMATTING)).hasSize(anomalies);
    }

    /**
     * Coffee (set 13) prints no heading rows: "a) Ngoại hình - Tạp chất lạ" and the like. The headings' caps are not
     * printed; the data caps them at the sum of their sub-items, status inferred.
     */
    @Test
    void set13_headingCapsNotPrinted_areInferred() {
        assertThat(anomalies(13, "6.a", Anomaly.Kind.FORMATTING)).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(SourceStatus.INFERRED));
        assertThat(anomalies(13, "6.b", Anomaly.Kind.FORMATTING)).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(SourceStatus.INFERRED));
    }

    /** The letters 'l' (set 17, 1.d, second option) and 't' (set 18, 1.b, second option) stand for the score 1. */
    @ParameterizedTest
    @CsvSource({"17, 1.d, 1.d.b, l", "18, 1.b, 1.b.b, t"})
    void lettersStandingForOne_areReadAsOne(int set, String code, String option, String printed) {
        Option o = criterion(set, code).option(option).orElseThrow();
        assertThat(o.points()).isEqualTo(1);
        assertThat(o.printedPoints()).contains(printed);
        assertThat(anomalies(set, code, Anomaly.Kind.TYPO)).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(SourceStatus.CORRECTED_TYPO));
    }

    /**
     * Every sheet prints "Sở hữu trí tuệ****" on the criterion label and marks no option. Our reading, status
     * inferred: a 4★ minimum on the lowest option (a registered trademark), as the Thái Bình copy of set 1 reads it;
     * the doubt names the other reading (the criterion's cap, which the application holding the copy took).
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 11, 13, 18, 21, 26})
    void intellectualPropertyMarkerOnTheLabel_bindsTheLowestOption_inferred(int set) {
        Criterion c = criterion(set, "3.e");
        assertThat(c.label()).isEqualTo("Sở hữu trí tuệ");
        assertThat(c.options().stream().filter(Option::hasMinStars).map(Option::id)).containsExactly("3.e.a");
        assertThat(c.option("3.e.a").orElseThrow().minStars()).hasValue(4);
        assertThat(c.doubt()).isPresent();
        assertThat(anomalies(set, "3.e", Anomaly.Kind.FORMATTING)).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(SourceStatus.INFERRED);
            assertThat(a.reading()).contains("Doubt").contains("cap");
        });
    }

    /** Sets 18 and 19 print "c) Sở hữu trí tuệ" after "đ)": read as "e)", coded 3.e as on every other sheet. */
    @ParameterizedTest
    @ValueSource(ints = {18, 19})
    void sets18And19_letterCAfterDj_isReadAsE(int set) {
        assertThat(anomalies(set, "3.e", Anomaly.Kind.TYPO)).singleElement()
                .satisfies(a -> assertThat(a.printed()).startsWith("'c)' printed after 'đ)'"));
        assertThat(criterion(set, "3.c").label()).isEqualTo("Sử dụng lao động địa phương");
    }

    /** Set 26 (tourism): groups 8, 9 and 15 hold "Trường hợp 1 / Trường hợp 2": one criterion with two cases. */
    @ParameterizedTest
    @ValueSource(strings = {"8", "9", "15"})
    void set26_casesOneAndTwo(String code) {
        Criterion c = criterion(26, code);
        assertThat(c.cases()).hasSize(2).allMatch(k -> k.startsWith("Trường hợp "));
        assertThat(c.options()).allMatch(o -> o.caseLabel().isPresent());
        assertThat(anomalies(26, code, Anomaly.Kind.OPTION_SERIES)).hasSize(1);
        assertThat(sheet(26).reachableMaxPoints()).isEqualTo(100);
    }

    /**
     * The copy lacks the "Hồ sơ bị loại khi…" headers: sheets 2–26 say so (MISSING_TEXT); set 1 keeps the header
     * read from the Thái Bình form. The in-criterion notes are knock-outs as in the other versions.
     */
    @Test
    void missingHeaders_areAnomalies_andNotesAreKnockOuts() {
        assertThat(sheet(1).knockOut("DQ-HEADER")).isPresent();
        assertThat(anomalies(1, null, Anomaly.Kind.MISSING_TEXT)).isEmpty();
        for (int n = 2; n <= 26; n++) {
            assertThat(sheet(n).knockOut("DQ-HEADER")).as("set " + n).isEmpty();
            assertThat(anomalies(n, null, Anomaly.Kind.MISSING_TEXT)).as("set " + n).hasSize(1);
        }
        assertThat(sheet(5).knockOut("DQ-1.a").orElseThrow().text()).contains("Bị loại nếu sử dụng toàn bộ nguyên liệu");
        assertThat(sheet(5).knockOut("DQ-2.a").orElseThrow().kind()).isEqualTo(KnockOutRule.Kind.DISQUALIFY);
        assertThat(sheet(1).knockOut("STOP-10").orElseThrow().kind()).isEqualTo(KnockOutRule.Kind.STOP);
        assertThat(sheet(1).knockOut("STOP-2.a").orElseThrow().provenance().status()).isEqualTo(SourceStatus.INFERRED);
    }

    /** Sets 21 and 22 type an IP note into an option's cell: a note of the criterion and a knock-out. */
    @ParameterizedTest
    @ValueSource(ints = {21, 22})
    void ipNoteTypedIntoAnOption_isAKnockOut(int set) {
        assertThat(sheet(set).knockOut("DQ-6.b").orElseThrow().text()).contains("vi phạm sở hữu trí tuệ");
        assertThat(anomalies(set, "6.b", Anomaly.Kind.FORMATTING)).hasSize(1);
        assertThat(criterion(set, "6.b").options()).noneMatch(o -> o.text().contains("Ghi chú"));
    }

    /** "Chỉ áp dụng khi có câu chuyện": the story criteria apply only when 5.a is not "no story". */
    @Test
    void storyCondition_isAnOnlyIf() {
        assertThat(criterion(1, "5.b").onlyIf()).hasValueSatisfying(a -> {
            assertThat(a.criterion()).isEqualTo("5.a");
            assertThat(a.notChosen()).containsExactly("5.a.a");
        });
    }

    /**
     * Set 1 has two copies. Their points and texts agree; their star markers differ in five places (1.đ, 3.e, 6.b
     * and 8): each is a COPIES_DIFFER anomaly, status inferred, with the reading chosen (the typed copy's, which the
     * data is read from) and what the other copy prints.
     */
    @Test
    void set1_starMarkerDifferencesBetweenTheTwoCopies_areAnomalies() {
        assertThat(sheet(1).anomalies().stream().filter(a -> a.kind() == Anomaly.Kind.COPIES_DIFFER)
                .map(a -> a.at().orElseThrow())).containsExactly("1.đ", "3.e", "6.b", "8");
        assertThat(sheet(1).anomalies().stream().filter(a -> a.kind() == Anomaly.Kind.COPIES_DIFFER))
                .allMatch(a -> a.status() == SourceStatus.INFERRED && a.printed().contains("Thái Bình form"));
        assertThat(criterion(1, "8").option("8.c").orElseThrow().minStars()).hasValue(4);
        assertThat(criterion(1, "1.đ").options().stream().filter(Option::hasMinStars).map(Option::id))
                .containsExactly("1.đ.a");
    }

    /** Typing slips in labels and notes ("KHẢ NĂNC", "đối lượng") are kept as printed and recorded. */
    @Test
    void typingSlipsInLabels_areRecorded() {
        assertThat(anomalies(2, "B", Anomaly.Kind.TYPO)).singleElement()
                .satisfies(a -> assertThat(a.printed()).isEqualTo("KHẢ NĂNC"));
        assertThat(anomalies(18, "1.c", Anomaly.Kind.TYPO)).singleElement()
                .satisfies(a -> assertThat(a.printed()).isEqualTo("đối lượng"));
    }
}
