package org.ocop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ocop.rules.Problem;

/** The published dossier schema accepts every dossier we ship and names what is wrong in the others. */
class DossierSchemaCheckTest {

    private final DossierSchemaCheck check = new DossierSchemaCheck();

    @Test
    void every_bundled_example_and_golden_dossier_conforms() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Path> examples;
        List<Path> golden;
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("dossiers")), Files.list(Path.of("dossiers",
                "replay")))) {
            examples = files.filter(Files::isRegularFile).sorted().toList();
        }
        try (Stream<Path> files = Files.list(Path.of("../ocop-rules-core/src/test/resources/golden/QD-26-2026"))) {
            golden = files.sorted().toList();
        }
        assertThat(examples).hasSizeGreaterThanOrEqualTo(9);
        assertThat(golden).hasSizeGreaterThanOrEqualTo(12);
        for (Path file : examples) {
            assertThat(check.check(Files.readString(file), file.getFileName().toString())).as(file.toString())
                    .isEmpty();
        }
        for (Path file : golden) {
            String dossier = json.writeValueAsString(json.readTree(file.toFile()).get("dossier"));
            assertThat(check.check(dossier, file.getFileName().toString())).as(file.toString()).isEmpty();
        }
    }

    @Test
    void a_violation_names_the_document_the_path_the_value_and_what_is_allowed() {
        List<Problem> problems = check.check("""
                {"id": "X-1", "productSet": "I.1.a", "submittedOn": "15/06/2026", "level": "COMMUNE",
                 "sheets": [{"member": "A", "choices": {"1.1": "one"}}], "extra": true}""", "x.json");

        assertThat(problems).extracting(Problem::where).containsExactlyInAnyOrder("x.json at $", "x.json at $.level",
                "x.json at $.submittedOn", "x.json at $.sheets[0].choices.1.1");
        assertThat(problems).filteredOn(p -> p.where().endsWith("$.level")).singleElement()
                .satisfies(p -> {
                    assertThat(p.value()).isEqualTo("\"COMMUNE\"");
                    assertThat(p.allowed()).contains("DISTRICT", "PROVINCE", "MINISTRY");
                });
    }

    @Test
    void malformed_json_is_one_problem() {
        assertThat(check.check("{\"id\": ", "y.json")).singleElement().extracting(Problem::problem)
                .isEqualTo("malformed JSON");
    }
}
