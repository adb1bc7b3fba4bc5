package org.ocop.rules.dmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kie.dmn.validation.DMNValidator.Validation.ANALYZE_DECISION_TABLE;
import static org.kie.dmn.validation.DMNValidator.Validation.VALIDATE_COMPILATION;
import static org.kie.dmn.validation.DMNValidator.Validation.VALIDATE_MODEL;
import static org.kie.dmn.validation.DMNValidator.Validation.VALIDATE_SCHEMA;

import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kie.api.builder.Message;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.validation.DMNValidator;
import org.kie.dmn.validation.DMNValidatorFactory;

/**
 * Every shipped model passes the KIE validator: schema, model, compilation and decision-table analysis (no gaps,
 * no overlaps), with no message above INFO.
 */
class ShippedModelsValidationTest {

    private static DMNValidator validator;

    @BeforeAll
    static void startValidator() {
        validator = DMNValidatorFactory.newValidator();
    }

    @AfterAll
    static void disposeValidator() {
        validator.dispose();
    }

    static Stream<String> models() {
        return ShippedModels.paths().stream();
    }

    @Test
    void everyVersionShipsTheModelsThatRateTotals_andEverySheetEditionTheModelsOfItsSheets() {
        // every version once per sheet edition with sheets (781 and 1048 also in the portal edition); a version
        // without sheets ships only the models that rate members' totals
        var versions = org.ocop.rules.criteria.CriteriaCatalogue.bundled().versions();
        var modelled = ModelLayout.modelled(org.ocop.rules.criteria.CriteriaCatalogue.bundled());
        assertThat(modelled.stream().filter(v -> !v.setsWithSheets().isEmpty()).count()).isGreaterThanOrEqualTo(6);
        // every model of every version once, but an option points model whose home is the base version's (781's
        // sets with 1048's sheets) is 1048's file, not a copy
        long sharedWithTheBase = modelled.stream().mapToLong(v -> ModelLayout.homes(
                org.ocop.rules.criteria.CriteriaCatalogue.bundled(), v).values().stream()
                .filter(home -> !home.equals(ModelLayout.modelKey(v))).count()).sum();
        assertThat(sharedWithTheBase).isGreaterThanOrEqualTo(40);
        assertThat(ShippedModels.paths()).hasSize(modelled.stream().mapToInt(v -> ModelLayout.models(v).size())
                .sum() - (int) sharedWithTheBase)
                .allSatisfy(path -> assertThat(ShippedModels.text(path)).contains("<definitions"));
        // and exactly the files the generator writes
        assertThat(ShippedModels.paths()).containsExactlyInAnyOrderElementsOf(DmnModelGenerator.generate(
                org.ocop.rules.criteria.CriteriaCatalogue.bundled()).keySet());
        for (var version : versions) {
            assertThat(ShippedModels.paths()).as(version.id()).contains(ShippedModels.path(version.id(),
                    "star-band"), ShippedModels.path(version.id(), "recognition"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void passesSchemaModelCompilationAndDecisionTableAnalysis(String path) {
        List<DMNMessage> messages = validator.validateUsing(VALIDATE_SCHEMA, VALIDATE_MODEL, VALIDATE_COMPILATION,
                ANALYZE_DECISION_TABLE).theseModels(new StringReader(ShippedModels.text(path)));
        List<String> aboveInfo = messages.stream().filter(m -> m.getLevel() != Message.Level.INFO)
                .map(m -> m.getLevel() + " " + m.getMessageType() + ": " + m.getText()).toList();
        assertThat(aboveInfo).as("validator messages above INFO for %s", path).isEmpty();
    }
}
