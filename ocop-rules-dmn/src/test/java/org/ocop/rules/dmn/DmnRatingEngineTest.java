package org.ocop.rules.dmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ocop.rules.Level;
import org.ocop.rules.MinimumConsensus;
import org.ocop.rules.MinimumPolicy;
import org.ocop.rules.Part;
import org.ocop.rules.engine.RatingTask;

/** The engine fails loudly, naming dossier, model and decision, rather than rate from models it cannot trust. */
class DmnRatingEngineTest {

    private static final DmnRatingEngine ENGINE = DmnRatingEngine.shared();

    @Test
    void isSharedAndNamedDmn() {
        assertThat(DmnRatingEngine.shared()).isSameAs(ENGINE);
        assertThat(ENGINE.name()).isEqualTo("dmn");
    }

    @Test
    void compilesEveryVersionsModelsUpFrontWhenAsked() {
        // otherwise a version's models are compiled on its first dossier; preloading any of them must not fail
        assertThat(ENGINE.preloaded()).isSameAs(ENGINE);
    }

    @Test
    void aChoiceWhosePointsDifferFromTheModelIsAStaleModelErrorNamingTheOption() {
        RatingTask task = task("QD-26-2026", new RatingTask.Choice("An", "1.1", Part.A, "1.1.a", 99));
        assertThatIllegalStateException().isThrownBy(() -> ENGINE.decide(task))
                .withMessageContaining("dossier T-1").withMessageContaining("option 1.1.a of set I.1.a")
                .withMessageContaining("99 points").withMessageContaining("regenerate");
    }

    @Test
    void aVersionWithoutModelsIsAnErrorNamingTheVersion() {
        // QD-1990-1990 is no version of the data, so it has no models
        RatingTask task = task("QD-1990-1990", new RatingTask.Choice("An", "1.1", Part.A, "1.1.a", 1));
        assertThatIllegalStateException().isThrownBy(() -> ENGINE.decide(task))
                .withMessageContaining("no DMN models for criteria version QD-1990-1990")
                .withMessageContaining("dossier T-1");
    }

    @Test
    void aDmnErrorIsAnExceptionNamingDossierModelAndDecision() {
        RatingTask task = task("QD-26-2026", new RatingTask.Choice("An", "1.1", Part.A, "1.1.a", 1), "IX.9");
        assertThatIllegalStateException().isThrownBy(() -> ENGINE.decide(task))
                .withMessageContaining("dossier T-1").withMessageContaining("QD-26-2026/option-points")
                .withMessageContaining("decision 'option points IX.9'");
    }

    private static RatingTask task(String version, RatingTask.Choice choice) {
        return task(version, choice, "I.1.a");
    }

    private static RatingTask task(String version, RatingTask.Choice choice, String productSet) {
        return new RatingTask("T-1", version, "test", productSet, List.of("An"), List.of(choice), List.of(), List.of(),
                List.of(), Set.of(), new RatingTask.Authority(Level.PROVINCE, "26/2026/QĐ-TTg", Set.of(3, 4),
                        Optional.of(Level.MINISTRY), 90),
                new RatingTask.Council(0, Optional.empty(), Optional.empty()),
                new RatingTask.Policy(MinimumPolicy.DEMOTE, MinimumConsensus.ALL_MEMBERS, false, -1, false));
    }
}
