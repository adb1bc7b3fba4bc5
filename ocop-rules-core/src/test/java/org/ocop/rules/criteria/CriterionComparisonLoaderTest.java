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
}
