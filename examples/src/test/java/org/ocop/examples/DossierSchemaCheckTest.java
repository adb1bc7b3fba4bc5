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
        // the golden dossiers of every criteria version
        try (Stream<Path> files = Files.walk(Path.of("../ocop-rules-core/src/test/resources/golden"))) {
            golden = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(examples).hasSizeGreaterThanOrEqualTo(9);
        assertThat(golden).hasSizeGreaterThanOrEqualTo(30);
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
    void a_checklist_takes_a_list_of_distinct_option_ids_and_a_dossier_gives_sheets_or_member_totals() {
        String head = "{\"id\": \"X-2\", \"productSet\": \"VI.1\", \"submittedOn\": \"2019-12-01\", ";
        assertThat(check.check(head + "\"sheets\": [{\"member\": \"A\", \"choices\": {\"1.1\": \"1.1.a\", "
                + "\"6\": [\"6.a\", \"6.c\"], \"12\": []}}]}", "x.json")).isEmpty();
        assertThat(check.check(head + "\"memberTotals\": [72, 73]}", "x.json")).isEmpty();

        assertThat(check.check(head + "\"sheets\": [{\"member\": \"A\", \"choices\": {\"6\": [\"6.a\", "
                + "\"6.a\"]}}]}", "x.json")).singleElement().satisfies(p -> {
                    assertThat(p.where()).startsWith("x.json at $.sheets[0].choices");
                    assertThat(p.problem()).isEqualTo("schema: uniqueItems");
                });
        assertThat(check.check(head + "\"memberTotals\": [72.5]}", "x.json")).extracting(Problem::where)
                .contains("x.json at $.memberTotals[0]");
        assertThat(check.check(head + "\"memberTotals\": [101]}", "x.json")).extracting(Problem::where)
                .contains("x.json at $.memberTotals[0]");
        assertThat(check.check(head + "\"memberTotals\": [72], \"sheets\": [{\"member\": \"A\", "
                + "\"choices\": {}}]}", "x.json")).isNotEmpty();
        assertThat(check.check(head + "\"findings\": []}", "x.json")).isNotEmpty();
    }

    @Test
    void malformed_json_is_one_problem() {
        assertThat(check.check("{\"id\": ", "y.json")).singleElement().extracting(Problem::problem)
                .isEqualTo("malformed JSON");
    }
}
