package org.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ocop.rules.internal.Messages;

/** A rule that fired: its name, the facts it matched, and its words in each language. */
class RuleFiringTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void text_ofTheLibrarysWords_isEnglishByDefaultAndVietnameseForVi() {
        RuleFiring firing = new RuleFiring("outcome", List.of("RATED"), Messages.text("firing.outcome.RATED"));

        assertThat(firing.text()).isEqualTo("Outcome RATED");
        assertThat(firing.text(Locale.FRENCH)).isEqualTo("Outcome RATED");
        assertThat(firing.text(VI)).isEqualTo("Kết quả được phân hạng");
        assertThat(firing.rule()).as("the name is the engine's, in every language").isEqualTo("outcome");
    }

    @Test
    void twoArgumentConstructor_ofAnEngineOfACallersOwn_givesTheRuleNameAsItsWordsInEveryLanguage() {
        RuleFiring firing = new RuleFiring("band 4", List.of("74"));

        assertThat(firing.text()).isEqualTo("band 4");
        assertThat(firing.text(VI)).isEqualTo("band 4");
        assertThat(firing.ruleText()).isEqualTo(Messages.literal("band 4"));
    }

    @Test
    void facts_areCopied_andToStringIsTheNameWithItsFacts() {
        List<String> facts = new ArrayList<>(List.of("marker 1.4.c ****", "an"));
        RuleFiring firing = new RuleFiring("Star minimum not met", facts, Messages.text("firing.minimum.ALL_MEMBERS"));
        facts.clear();

        assertThat(firing.facts()).containsExactly("marker 1.4.c ****", "an");
        assertThat(firing).hasToString("Star minimum not met — marker 1.4.c ****; an");
        assertThat(new RuleFiring("Outcome RATED", List.of())).hasToString("Outcome RATED");
    }

    @Test
    void constructor_nullParts_areRefusedByName() {
        assertThatThrownBy(() -> new RuleFiring(null, List.of(), Messages.literal("x")))
                .isInstanceOf(NullPointerException.class).hasMessage("rule");
        assertThatThrownBy(() -> new RuleFiring("r", List.of(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("ruleText");
    }
}
