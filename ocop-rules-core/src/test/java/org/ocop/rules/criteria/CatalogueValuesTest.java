package org.ocop.rules.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The catalogue's values that were records until issue 18 (item 3, "a small, stable surface") and are now final
 * classes without public constructors, so that the data can give them more facts without breaking callers. Every
 * such value of the bundled data, in every sheet edition, still reads, compares and prints as its record did: the
 * records are kept below ({@link Was}) with their components in their order, and each value's {@code toString} is
 * checked against the record's.
 */
class CatalogueValuesTest {

    private static final List<Criterion> CRITERIA = new ArrayList<>();
    private static final List<Option> OPTIONS = new ArrayList<>();
    private static final List<KnockOutRule> KNOCK_OUTS = new ArrayList<>();
    private static final List<Anomaly> ANOMALIES = new ArrayList<>();
    private static final List<ProductSet> SETS = new ArrayList<>();
    private static final List<Procedure> PROCEDURES = new ArrayList<>();
    private static final List<StarMinimums> MINIMUMS = new ArrayList<>();

    @BeforeAll
    static void collectEveryValueOfTheBundledData() {
        for (CriteriaVersion version : CriteriaCatalogue.bundled().versions()) {
            PROCEDURES.addAll(version.procedures());
            MINIMUMS.add(version.starMinimums());
            for (String edition : version.sheetEditions()) {
                for (ProductSet set : version.withSheetEdition(edition).productSets()) {
                    SETS.add(set);
                    set.sheet().ifPresent(sheet -> {
                        CRITERIA.addAll(sheet.criteria());
                        sheet.criteria().forEach(c -> OPTIONS.addAll(c.options()));
                        KNOCK_OUTS.addAll(sheet.knockOuts());
                        ANOMALIES.addAll(sheet.anomalies());
                    });
                }
            }
        }
    }

    @Test
    void everyKindOfPart_isPresentInTheData_soEveryBranchIsCompared() {
        assertThat(OPTIONS).anyMatch(o -> o.caseLabel().isPresent()).anyMatch(o -> o.printedPoints().isPresent())
                .anyMatch(o -> o.minStarsSource().isPresent()).anyMatch(Option::hasMinStars);
        assertThat(CRITERIA).anyMatch(c -> c.onlyIf().isPresent()).anyMatch(c -> c.doubt().isPresent())
                .anyMatch(c -> !c.cases().isEmpty()).anyMatch(c -> c.select() == Criterion.Select.ANY);
        assertThat(KNOCK_OUTS).anyMatch(k -> k.at().isEmpty()).anyMatch(k -> !k.options().isEmpty());
        assertThat(ANOMALIES).anyMatch(a -> a.at().isEmpty()).anyMatch(a -> a.at().isPresent());
        assertThat(SETS).anyMatch(ProductSet::hasSheet).anyMatch(s -> !s.hasSheet());
        assertThat(MINIMUMS).anyMatch(m -> !m.requirements().isEmpty()).anyMatch(m -> !m.unknown().isEmpty());
        assertThat(PROCEDURES).isNotEmpty();
    }

    @Test
    void toString_ofEveryValue_isTheRecordsToString() {
        for (Option o : OPTIONS) {
            assertThat(o).hasToString(new Was.Option(o.id(), o.points(), o.minStars(), o.caseLabel(), o.text(),
                    o.printedPoints(), o.doubt(), o.notes(), o.provenance(), o.minStarsSource()).toString());
        }
        for (Criterion c : CRITERIA) {
            assertThat(c).hasToString(new Was.Criterion(c.code(), c.part(), c.label(), c.maxPoints(), c.options(),
                    c.notes(), c.cases(), c.onlyIf(), c.select(), c.doubt(), c.provenance()).toString());
        }
        for (KnockOutRule k : KNOCK_OUTS) {
            assertThat(k).hasToString(new Was.KnockOutRule(k.id(), k.kind(), k.trigger(), k.at(), k.text(),
                    k.options(), k.doubt(), k.provenance()).toString());
        }
        for (Anomaly a : ANOMALIES) {
            assertThat(a).hasToString(new Was.Anomaly(a.at(), a.kind(), a.printed(), a.reading(), a.status())
                    .toString());
        }
        for (ProductSet s : SETS) {
            assertThat(s).hasToString(new Was.ProductSet(s.code(), s.name(), s.classCode(), s.className(),
                    s.groupCode(), s.groupName(), s.ministry(), s.sheet()).toString());
        }
        for (Procedure p : PROCEDURES) {
            assertThat(p).hasToString(new Was.Procedure(p.from(), p.name(), p.levels(), p.notes(), p.source(),
                    p.status()).toString());
        }
        for (StarMinimums m : MINIMUMS) {
            assertThat(m).hasToString(new Was.StarMinimums(m.kind(), m.statement(), m.requirements(), m.unknown(),
                    m.exemptSets()).toString());
            for (StarMinimums.Requirement r : m.requirements()) {
                assertThat(r).hasToString(new Was.Requirement(r.id(), r.stars(), r.row(), r.text(), r.markers(),
                        r.notMapped()).toString());
            }
        }
    }

    @Test
    void equals_ofEveryValueAndItsCopy_isTrue_withTheSameHashCode() {
        for (Option o : OPTIONS) {
            assertEqualCopy(o, new Option(o.id(), o.points(), o.minStars(), o.caseLabel(), o.text(),
                    o.printedPoints(), o.doubt(), o.notes(), o.provenance(), o.minStarsSource()));
        }
        for (Criterion c : CRITERIA) {
            assertEqualCopy(c, new Criterion(c.code(), c.part(), c.label(), c.maxPoints(), c.options(), c.notes(),
                    c.cases(), c.onlyIf(), c.select(), c.doubt(), c.provenance()));
        }
        for (KnockOutRule k : KNOCK_OUTS) {
            assertEqualCopy(k, new KnockOutRule(k.id(), k.kind(), k.trigger(), k.at(), k.text(), k.options(),
                    k.doubt(), k.provenance()));
        }
        for (Anomaly a : ANOMALIES) {
            assertEqualCopy(a, new Anomaly(a.at(), a.kind(), a.printed(), a.reading(), a.status()));
        }
        for (ProductSet s : SETS) {
            assertEqualCopy(s, new ProductSet(s.code(), s.name(), s.classCode(), s.className(), s.groupCode(),
                    s.groupName(), s.ministry(), s.sheet()));
        }
        for (Procedure p : PROCEDURES) {
            assertEqualCopy(p, new Procedure(p.from(), p.name(), p.levels(), p.notes(), p.source(), p.status()));
        }
        for (StarMinimums m : MINIMUMS) {
            assertEqualCopy(m, new StarMinimums(m.kind(), m.statement(), m.requirements(), m.unknown(),
                    m.exemptSets()));
            for (StarMinimums.Requirement r : m.requirements()) {
                assertEqualCopy(r, new StarMinimums.Requirement(r.id(), r.stars(), r.row(), r.text(), r.markers(),
                        r.notMapped()));
            }
        }
    }

    private static void assertEqualCopy(Object value, Object copy) {
        assertThat(copy).isNotSameAs(value).isEqualTo(value).hasSameHashCodeAs(value);
    }

    @Test
    void equals_ofValuesDifferingInOnePart_isFalse() {
        Option option = OPTIONS.get(0);
        assertThat(option.withMinStars(5, option.provenance())).isNotEqualTo(option);
        Criterion criterion = CRITERIA.get(0);
        assertThat(criterion.withOptions(criterion.options().subList(1, criterion.options().size())))
                .isNotEqualTo(criterion);
        KnockOutRule rule = KNOCK_OUTS.get(0);
        assertThat(new KnockOutRule(rule.id(), rule.kind(), rule.trigger(), rule.at(), rule.text() + ".",
                rule.options(), rule.doubt(), rule.provenance())).isNotEqualTo(rule);
        Anomaly anomaly = ANOMALIES.get(0);
        assertThat(new Anomaly(anomaly.at(), anomaly.kind(), anomaly.printed(), anomaly.reading() + ".",
                anomaly.status())).isNotEqualTo(anomaly);
        ProductSet set = SETS.stream().filter(ProductSet::hasSheet).findFirst().orElseThrow();
        assertThat(new ProductSet(set.code(), set.name(), set.classCode(), set.className(), set.groupCode(),
                set.groupName(), set.ministry(), Optional.empty())).isNotEqualTo(set);
        Procedure procedure = PROCEDURES.get(0);
        assertThat(new Procedure(procedure.from().plusDays(1), procedure.name(), procedure.levels(),
                procedure.notes(), procedure.source(), procedure.status())).isNotEqualTo(procedure);
        StarMinimums table = MINIMUMS.stream().filter(m -> !m.requirements().isEmpty()).findFirst().orElseThrow();
        assertThat(new StarMinimums(table.kind(), table.statement())).isNotEqualTo(table);
        StarMinimums.Requirement requirement = table.requirements().get(0);
        assertThat(new StarMinimums.Requirement(requirement.id(), requirement.stars(), requirement.row(),
                requirement.text(), Map.of(), requirement.notMapped())).isNotEqualTo(requirement);
    }

    @Test
    void copies_madeByTheLoader_keepEveryOtherPart() {
        Option option = OPTIONS.stream().filter(o -> !o.hasMinStars()).findFirst().orElseThrow();
        Provenance table = new Provenance("781/QĐ-TTg", "Phụ lục II", "mục 6", "781-C-3-1 → " + option.id(),
                SourceStatus.INFERRED);

        Option marked = option.withMinStars(3, table);

        assertThat(marked.minStars()).isEqualTo(OptionalInt.of(3));
        assertThat(marked.minStarsSource()).contains(table);
        assertThat(marked.minStarsProvenance()).isEqualTo(table);
        assertThat(new Option(marked.id(), marked.points(), option.minStars(), marked.caseLabel(), marked.text(),
                marked.printedPoints(), marked.doubt(), marked.notes(), marked.provenance(), option.minStarsSource()))
                .isEqualTo(option);
        Criterion criterion = CRITERIA.get(0);
        assertThat(criterion.withOptions(criterion.options())).isEqualTo(criterion);
        ProductSet set = SETS.stream().filter(ProductSet::hasSheet).findFirst().orElseThrow();
        assertThat(new ProductSet(set.code(), set.name(), set.classCode(), set.className(), set.groupCode(),
                set.groupName(), set.ministry(), Optional.empty()).withSheet(set.sheet().orElseThrow()))
                .isEqualTo(set);
    }

    @ParameterizedTest
    @ValueSource(classes = {Criterion.class, Option.class, KnockOutRule.class, Anomaly.class, ProductSet.class,
            Procedure.class, StarMinimums.class, StarMinimums.Requirement.class})
    void constructors_ofAValueTheLoaderBuilds_areNotPublic(Class<?> type) {
        assertThat(type.getConstructors()).as("public constructors of %s", type.getSimpleName()).isEmpty();
        assertThat(Modifier.isFinal(type.getModifiers())).as("%s is final", type.getSimpleName()).isTrue();
    }

    /**
     * The records the classes were, components in their order. Only their {@code toString} is used, which prints
     * each component's own {@code toString} whatever its declared type, so the components are declared as
     * {@code Object} (and {@code int} where the record had a primitive).
     */
    static final class Was {
        record Option(Object id, int points, Object minStars, Object caseLabel, Object text, Object printedPoints,
                Object doubt, Object notes, Object provenance, Object minStarsSource) {
        }

        record Criterion(Object code, Object part, Object label, int maxPoints, Object options, Object notes,
                Object cases, Object onlyIf, Object select, Object doubt, Object provenance) {
        }

        record KnockOutRule(Object id, Object kind, Object trigger, Object at, Object text, Object options,
                Object doubt, Object provenance) {
        }

        record Anomaly(Object at, Object kind, Object printed, Object reading, Object status) {
        }

        record ProductSet(Object code, Object name, Object classCode, Object className, Object groupCode,
                Object groupName, Object ministry, Object sheet) {
        }

        record Procedure(Object from, Object name, Object levels, Object notes, Object source, Object status) {
        }

        record StarMinimums(Object kind, Object statement, Object requirements, Object unknown, Object exemptSets) {
        }

        record Requirement(Object id, int stars, Object row, Object text, Object markers, Object notMapped) {
        }
    }
}
