package org.ocop.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ocop.rules.MinimumConsensus;
import org.ocop.rules.MinimumPolicy;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.criteria.Part;
import org.ocop.rules.criteria.StarBands;

/** A task is built, never constructed: defaults, required facts, copies and the totals-only rule. */
class RatingTaskTest {

    private static final StarBands BANDS = StarBands.of(30, 50, 70, 90);
    private static final RatingTask.Authority PROVINCE = new RatingTask.Authority(Level.PROVINCE, "26/2026/QĐ-TTg",
            Set.of(3, 4), Optional.of(Level.MINISTRY), 90);
    private static final RatingTask.Council NO_COUNCIL = new RatingTask.Council(0, Optional.empty(),
            Optional.empty());
    private static final RatingTask.Policy DEFAULT_POLICY = new RatingTask.Policy(MinimumPolicy.DEMOTE,
            MinimumConsensus.ALL_MEMBERS, false, -1, false);

    private static RatingTask.Builder builder() {
        return RatingTask.builder("T-1", "QD-26-2026", "2026a", "I.1.a").authority(PROVINCE).council(NO_COUNCIL)
                .policy(DEFAULT_POLICY).bands(BANDS);
    }

    @Test
    void builder_withOnlyTheRequiredFacts_hasEmptyListsAndTheDecisionEdition() {
        RatingTask task = builder().build();

        assertThat(task.dossierId()).isEqualTo("T-1");
        assertThat(task.versionId()).isEqualTo("QD-26-2026");
        assertThat(task.dataEdition()).isEqualTo("2026a");
        assertThat(task.productSet()).isEqualTo("I.1.a");
        assertThat(task.members()).isEmpty();
        assertThat(task.choices()).isEmpty();
        assertThat(task.markers()).isEmpty();
        assertThat(task.knockOuts()).isEmpty();
        assertThat(task.triggers()).isEmpty();
        assertThat(task.findings()).isEmpty();
        assertThat(task.checklists()).isEmpty();
        assertThat(task.givenTotals()).isEmpty();
        assertThat(task.totalsOnly()).isFalse();
        assertThat(task.sheetEdition()).isEqualTo("decision");
    }

    @Test
    void build_withoutAuthority_namesTheMissingFact() {
        RatingTask.Builder noAuthority = RatingTask.builder("T-1", "QD-26-2026", "2026a", "I.1.a")
                .council(NO_COUNCIL).policy(DEFAULT_POLICY).bands(BANDS);

        assertThatNullPointerException().isThrownBy(noAuthority::build).withMessage("authority");
    }

    @Test
    void build_withoutBands_namesTheMissingFact() {
        RatingTask.Builder noBands = RatingTask.builder("T-1", "QD-26-2026", "2026a", "I.1.a")
                .authority(PROVINCE).council(NO_COUNCIL).policy(DEFAULT_POLICY);

        assertThatNullPointerException().isThrownBy(noBands::build).withMessage("bands");
    }

    @Test
    void build_copiesTheListsItWasGiven() {
        List<String> members = new ArrayList<>(List.of("An"));
        RatingTask task = builder().members(members).build();
        members.add("Bình");

        assertThat(task.members()).containsExactly("An");
    }

    @Test
    void build_ofTotalsWithChoices_isRefusedWithTheCounts() {
        RatingTask.Builder both = builder().members(List.of("member 1")).givenTotals(List.of(80))
                .choices(List.of(new RatingTask.Choice("member 1", "1.1", Part.A, "1.1.a", 1)));

        assertThatIllegalArgumentException().isThrownBy(both::build).withMessage("dossier T-1: a totals-only task "
                + "gives one total per member and no choices: 1 totals, 1 members, 1 choices");
    }

    @Test
    void toBuilder_ofATask_buildsAnEqualTaskAndChangesOnlyWhatIsSet() {
        RatingTask task = builder().members(List.of("member 1", "member 2")).givenTotals(List.of(80, 90))
                .findings(Set.of()).sheetEdition("portal").build();

        assertThat(task.toBuilder().build()).isEqualTo(task).hasSameHashCodeAs(task);
        RatingTask other = task.toBuilder().givenTotals(List.of(80, 91)).build();
        assertThat(other).isNotEqualTo(task);
        assertThat(other.givenTotals()).containsExactly(80, 91);
        assertThat(other.sheetEdition()).isEqualTo("portal");
        assertThat(other.totalsOnly()).isTrue();
    }
}
