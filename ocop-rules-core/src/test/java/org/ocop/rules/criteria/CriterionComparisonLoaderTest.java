package org.ocop.rules.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The catalogue reads the 148 vs 26/2026 criterion comparison and refuses one that names what the versions lack. */
class CriterionComparisonLoaderTest {
    private static final CriteriaCatalogue CATALOGUE = CriteriaCatalogue.bundled();
    private static final String NAME = CriteriaCatalogue.COMPARISON_148_26;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static CriterionComparison load(Consumer<ObjectNode> edit) throws IOException {
        ObjectNode root;
        try (InputStream in = CriteriaCatalogue.class.getResourceAsStream(NAME)) {
            root = (ObjectNode) JSON.readTree(in);
        }
        edit.accept(root);
        byte[] bytes = JSON.writeValueAsBytes(root);
        DataFiles files = name -> name.equals(NAME) ? new ByteArrayInputStream(bytes) : null;
        return CriterionComparisonLoader.load(files, NAME, CATALOGUE.versions());
    }

    private static ObjectNode criterion(ObjectNode root, int set, int criterion) {
        return (ObjectNode) root.get("sets").get(set).get("criteria").get(criterion);
    }

    @Test
    void theBundledComparison_isLoadedWithEveryEntry() {
        List<CriterionComparison> all = CATALOGUE.criterionComparisons();
        assertThat(all).singleElement().satisfies(c -> {
            assertThat(c.fromVersion()).isEqualTo("QD-148-2023");
            assertThat(c.toVersion()).isEqualTo("QD-26-2026");
            assertThat(c.status()).isEqualTo(SourceStatus.INFERRED);
            assertThat(c.matches()).filteredOn(m -> m.kind() == CriterionComparison.Kind.SAME).hasSize(163);
            assertThat(c.matches()).filteredOn(m -> m.kind() == CriterionComparison.Kind.SAME_OPTIONS).hasSize(40);
            assertThat(c.matches()).filteredOn(m -> m.kind() == CriterionComparison.Kind.CHANGED).hasSize(344);
            assertThat(c.matches()).filteredOn(m -> m.kind() == CriterionComparison.Kind.NO_MATCH).hasSize(248);
            assertThat(c.fromCriterion("I.1.a", "1.đ").orElseThrow().options()).containsEntry("1.đ.a", "1.6.a");
            assertThat(c.toCriterion("I.1.a", "1.6").orElseThrow().from()).isEqualTo("1.đ");
        });
    }

    @Test
    void anUnchangedCopy_loads() throws IOException {
        assertThat(load(root -> { }).matches()).hasSize(795);
    }

    @Test
    void anOptionTheTargetCriterionLacks_isRefused() {
        assertThatThrownBy(() -> load(root -> ((ObjectNode) criterion(root, 0, 4).get("options"))
                .put("1.đ.a", "1.6.z")))
                .isInstanceOf(CriteriaDataException.class).hasMessageContaining("$.sets[0].criteria[4].options")
                .hasMessageContaining("1.6.z");
    }

    @Test
    void aCriterionTheSheetLacks_isRefused() {
        assertThatThrownBy(() -> load(root -> criterion(root, 0, 0).put("to", "9.9")))
                .isInstanceOf(CriteriaDataException.class).hasMessageContaining("$.sets[0].criteria[0].to")
                .hasMessageContaining("9.9");
    }

    @Test
    void aCriterionWithoutEntry_isRefused() {
        assertThatThrownBy(() -> load(root -> ((ArrayNode) root.get("sets").get(0).get("criteria")).remove(2)))
                .isInstanceOf(CriteriaDataException.class).hasMessageContaining("without an entry")
                .hasMessageContaining("1.c");
    }

    @Test
    void anotherEditionOfAVersion_isRefused() {
        assertThatThrownBy(() -> load(root -> root.put("toEdition", "2020z")))
                .isInstanceOf(CriteriaDataException.class).hasMessageContaining("$.toEdition");
    }

    @Test
    void theChanges_areDataTheLoaderChecksAgainstBothSheets() {
        CriterionComparison.Match m = CATALOGUE.criterionComparisons().get(0).fromCriterion("I.1.a", "1.a")
                .orElseThrow();
        assertThat(m.changes()).containsExactly(
                new CriterionComparison.Change(CriterionComparison.ChangeKind.CAP, Optional.empty(), Optional.empty(),
                        OptionalInt.of(5), OptionalInt.of(3)),
                new CriterionComparison.Change(CriterionComparison.ChangeKind.TEXT, Optional.of("1.a.a"),
                        Optional.of("1.1.a"), OptionalInt.empty(), OptionalInt.empty()),
                new CriterionComparison.Change(CriterionComparison.ChangeKind.POINTS, Optional.of("1.a.b"),
                        Optional.of("1.1.b"), OptionalInt.of(3), OptionalInt.of(2)),
                new CriterionComparison.Change(CriterionComparison.ChangeKind.POINTS, Optional.of("1.a.c"),
                        Optional.of("1.1.c"), OptionalInt.of(5), OptionalInt.of(3)));
        assertThat(m.changes().get(2).reversed()).isEqualTo(new CriterionComparison.Change(
                CriterionComparison.ChangeKind.POINTS, Optional.of("1.1.b"), Optional.of("1.a.b"), OptionalInt.of(2),
                OptionalInt.of(3)));
    }

    @Test
    void aChangeWhoseValuesAreNotTheData_isRefused() {
        assertThatThrownBy(() -> load(root -> ((ObjectNode) criterion(root, 0, 0).get("changes").get(0))
                .put("after", 4)))
                .isInstanceOf(CriteriaDataException.class).hasMessageContaining("$.sets[0].criteria[0].changes[0]")
                .hasMessageContaining("a CAP change that is not the data's").hasMessageContaining("5 → 3");
    }

    @Test
    void aChangeNamingAnOptionPrintedElsewhere_isRefused() {
        assertThatThrownBy(() -> load(root -> ((ObjectNode) criterion(root, 0, 0).get("changes").get(1))
                .put("toOption", "1.1.b")))
                .isInstanceOf(CriteriaDataException.class)
                .hasMessageContaining("$.sets[0].criteria[0].changes[1].toOption")
                .hasMessageContaining("not printed at the place of 1.a.a");
    }

    @Test
    void aChangeOfPointsOnASameOptionsEntry_isRefused() {
        // 2.b (SAME_OPTIONS: markers differ) given a points change: its choice would carry with other points
        assertThatThrownBy(() -> load(root -> {
            ObjectNode entry = criterion(root, 0, 7);
            ((ArrayNode) entry.get("changes")).addObject().put("kind", "TEXT").put("fromOption", "2.b.a")
                    .put("toOption", "2.2.a");
        })).isInstanceOf(CriteriaDataException.class).hasMessageContaining("$.sets[0].criteria[7].changes")
                .hasMessageContaining("changes that do not fit a SAME_OPTIONS entry")
                .hasMessageContaining("MARKER changes only");
    }

    @Test
    void anUnknownChangeKind_isRefused() {
        assertThatThrownBy(() -> load(root -> ((ObjectNode) criterion(root, 0, 2).get("changes").get(0))
                .put("kind", "RENAMED")))
                .isInstanceOf(CriteriaDataException.class)
                .hasMessageContaining("$.sets[0].criteria[2].changes[0].kind").hasMessageContaining("RENAMED");
    }
}
