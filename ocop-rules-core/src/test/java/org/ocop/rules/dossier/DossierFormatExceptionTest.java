package org.ocop.rules.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ocop.rules.Problem;

/**
 * A dossier format error as a problem in both languages: the exception's message stays English, the problem's texts
 * follow the locale, and the value is the dossier's own in both.
 */
class DossierFormatExceptionTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private static Problem problemOf(String json) {
        return catchThrowableOfType(() -> DossierReader.read(json, "d.json"), DossierFormatException.class)
                .toProblem();
    }

    @Test
    void toProblem_aDateThatIsNotIso_saysSoInEnglishAndVietnamese() {
        Problem p = problemOf("{\"id\": \"X\", \"productSet\": \"I.1.a\", \"submittedOn\": \"15/06/2026\", "
                + "\"sheets\": []}");

        assertThat(p.message()).isEqualTo("d.json at $.submittedOn: not an ISO date: 15/06/2026; allowed: "
                + "YYYY-MM-DD, for example 2026-06-15");
        assertThat(p.message(VI)).isEqualTo("d.json tại $.submittedOn: không phải ngày theo ISO: 15/06/2026; "
                + "cho phép: YYYY-MM-DD, ví dụ 2026-06-15");
        assertThat(p.value()).isEqualTo("15/06/2026");
    }

    @Test
    void toProblem_twoChoicesForOneCriterion_namesTheCriterionInBothLanguages() {
        DossierFormatException e = catchThrowableOfType(() -> DossierReader.read("{\"id\": \"X\", \"productSet\": "
                + "\"I.1.a\", \"submittedOn\": \"2026-06-15\", \"sheets\": [{\"member\": \"An\", \"choices\": "
                + "{\"1.3\": \"1.3.a\", \"1.3\": \"1.3.b\"}}]}", "d.json"), DossierFormatException.class);

        assertThat(e.getMessage()).isEqualTo("d.json at $.sheets[0].choices: two choices for criterion: 1.3; allowed: "
                + "one option id per criterion");
        assertThat(e.toProblem().where(VI)).isEqualTo("d.json tại $.sheets[0].choices");
        assertThat(e.toProblem().problem(VI)).isEqualTo("hai lựa chọn cho một tiêu chí");
        assertThat(e.toProblem().allowed(VI)).isEqualTo("mỗi tiêu chí một mã mức chấm");
    }

    @Test
    void toProblem_aBlankMember_saysWhatMayNotBeBlank() {
        Problem p = problemOf("{\"id\": \"X\", \"productSet\": \"I.1.a\", \"submittedOn\": \"2026-06-15\", "
                + "\"sheets\": [{\"member\": \" \", \"choices\": {}}]}");

        assertThat(p.allowed()).isEqualTo("a non-blank member name");
        assertThat(p.allowed(VI)).isEqualTo("tên thành viên hội đồng không để trống");
    }
}
