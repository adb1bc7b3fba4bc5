package org.ocop.rules.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A member's sheet built with its factories keeps the order given and refuses a criterion answered twice. */
class MemberSheetTest {

    @Test
    void of_choices_keepsTheirOrderAndHasNoTicks() {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("2.1", "2.1.b");
        choices.put("1.1", "1.1.a");

        MemberSheet sheet = MemberSheet.of("An", choices);

        assertThat(sheet.choices()).containsExactly(Map.entry("2.1", "2.1.b"), Map.entry("1.1", "1.1.a"));
        assertThat(sheet.ticks()).isEmpty();
        assertThat(sheet).isEqualTo(new MemberSheet("An", choices, Map.of()));
    }

    @Test
    void of_choicesAndTicks_answersEachCriterionOneWay() {
        MemberSheet sheet = MemberSheet.of("An", Map.of("1.1", "1.1.a"), Map.of("6", List.of("6.a", "6.c")));

        assertThat(sheet.options("6")).containsExactly("6.a", "6.c");
        assertThat(sheet.choice("1.1")).contains("1.1.a");
        assertThat(sheet.answered("6")).isTrue();
    }

    @Test
    void of_aCriterionBothChosenAndTicked_isRefusedNamingMemberAndCriterion() {
        assertThatThrownBy(() -> MemberSheet.of("An", Map.of("6", "6.a"), Map.of("6", List.of("6.a"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("member An, criterion 6: both an option chosen and lines ticked; a criterion is answered "
                        + "one way");
    }
}
