package org.ocop.rules.internal.drools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.model.codegen.ExecutableModelProject;
import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/**
 * The rules compare enums and constants, never free strings: a policy, consensus, knock-out kind, outcome, council
 * rule or level misspelt in {@code rating.drl} fails the build, because {@code kie-maven-plugin} compiles the rules to
 * Java (the executable model), where a misspelt constant does not compile. A misspelt string would compile and
 * match nothing.
 */
class RatingDrlConstantsTest {

    private static final String DRL = "org/ocop/rules/internal/drools/rating.drl";

    private static String shippedRules() throws IOException {
        try (InputStream in = RatingDrlConstantsTest.class.getClassLoader().getResourceAsStream(DRL)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The error messages of compiling {@code drl} to the executable model, as the build does. */
    private static List<String> compileErrors(String drl) {
        KieServices kie = KieServices.Factory.get();
        KieFileSystem files = kie.newKieFileSystem();
        files.write("src/main/resources/" + DRL, drl);
        KieBuilder builder = kie.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        return builder.getResults().getMessages(Message.Level.ERROR).stream().map(Message::getText).toList();
    }

    private static String rule(String constraint) {
        return "package org.ocop.rules.internal.drools;\n"
                + "import org.ocop.rules.MinimumConsensus;\n"
                + "rule \"a rule that compares the consensus\"\n"
                + "when\n"
                + "    SetupFact(" + constraint + ")\n"
                + "then\n"
                + "end\n";
    }

    @Test
    void ratingDrl_comparesNoFactFieldWithAStringLiteral() throws IOException {
        // a constraint such as kind == "DISQUALIFY": the string would be matched, not checked, so a typo matches
        // nothing; the rules' only string literals are the messages they build
        Matcher compared = Pattern.compile("(==|!=)\\s*\"").matcher(shippedRules());
        assertThat(compared.find()).as("a field compared with a string literal in %s", DRL).isFalse();
    }

    @Test
    void aConstraintOnAnEnumConstant_compilesWhenSpelledRight() {
        assertThat(compileErrors(rule("consensus == MinimumConsensus.MAJORITY"))).isEmpty();
    }

    @Test
    void aConstraintOnAMisspeltEnumConstant_failsToCompile() {
        assertThat(compileErrors(rule("consensus == MinimumConsensus.MAJORTY")))
                .isNotEmpty().anyMatch(error -> error.contains("MAJORTY"));
    }
}
