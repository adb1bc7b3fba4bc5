package org.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.Part;
import org.ocop.rules.criteria.Provenance;
import org.ocop.rules.criteria.SourceStatus;

/** The per-member maps of a rating behave exactly as the ordered, unmodifiable maps they replace. */
class MemberMapTest {

    private static final String[] MEMBERS = {"An", "Bình", "Chi"};

    private static LinkedHashMap<String, String> linked() {
        LinkedHashMap<String, String> linked = new LinkedHashMap<>();
        linked.put("An", "1.1.a");
        linked.put("Bình", null);
        linked.put("Chi", "1.1.c");
        return linked;
    }

    @Test
    void equalsAndPrintsAsTheLinkedHashMapWithTheSameEntriesInTheCouncilsOrder() {
        Map<String, String> map = MemberMap.of(MEMBERS, new Object[] {"1.1.a", null, "1.1.c"});

        assertThat(map).isEqualTo(linked());
        assertThat(linked()).isEqualTo(map);
        assertThat(map).hasSameHashCodeAs(linked());
        assertThat(map).hasToString(linked().toString());
        assertThat(map.keySet()).containsExactly("An", "Bình", "Chi");
        assertThat(map.values()).containsExactly("1.1.a", null, "1.1.c");
    }

    @Test
    void aMemberWhoChoseNothingIsAKeyWithANullValueAndAStrangerIsNoKey() {
        Map<String, String> map = MemberMap.of(MEMBERS, new Object[] {"1.1.a", null, "1.1.c"});

        assertThat(map.containsKey("Bình")).isTrue();
        assertThat(map.get("Bình")).isNull();
        assertThat(map.containsKey("Dung")).isFalse();
        assertThat(map.get("Dung")).isNull();
        assertThat(map.get(null)).isNull();
    }

    @Test
    void cannotBeChanged() {
        Map<String, String> map = MemberMap.of(MEMBERS, new Object[] {"1.1.a", null, "1.1.c"});

        assertThatThrownBy(() -> map.put("Dung", "1.1.b")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.remove("An")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(map::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.entrySet().iterator().next().setValue("x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(map).isEqualTo(linked());
    }

    @Test
    void copyOfKeepsAMemberMapAndCopiesAnyOtherMapSoThatLaterChangesDoNotShow() {
        Map<String, String> map = MemberMap.of(MEMBERS, new Object[] {"1.1.a", null, "1.1.c"});
        assertThat(MemberMap.copyOf(map)).isSameAs(map);

        LinkedHashMap<String, String> source = linked();
        Map<String, String> copy = MemberMap.copyOf(source);
        source.put("An", "1.1.b");
        source.put("Dung", "1.1.a");
        assertThat(copy).isEqualTo(linked());
    }

    @Test
    void membersAndValuesMustPair() {
        assertThatThrownBy(() -> MemberMap.of(MEMBERS, new Object[2]))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("3 members but 2 values");
    }

    @Test
    void aCriterionScoreBuiltFromAnyMapHoldsAnImmutableCopy() {
        LinkedHashMap<String, String> chosen = linked();
        LinkedHashMap<String, Integer> points = new LinkedHashMap<>();
        points.put("An", 3);
        points.put("Bình", 0);
        points.put("Chi", 5);
        CriterionScore score = new CriterionScore("1.1", Part.A, "label", 5, chosen, points, new Average(8, 3),
                new Provenance("QĐ", "Phụ lục", "1", "1.1", SourceStatus.CONFIRMED), Criterion.Select.ONE, Map.of());
        chosen.put("An", "changed");

        assertThat(score.choices()).isEqualTo(linked());
        assertThat(score.points()).containsExactly(Map.entry("An", 3), Map.entry("Bình", 0), Map.entry("Chi", 5));
        assertThat(score.ticked()).isEmpty();
        assertThatThrownBy(() -> score.points().put("An", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(List.copyOf(score.choices().keySet())).containsExactly("An", "Bình", "Chi");
    }
}
