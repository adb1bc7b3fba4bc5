package org.ocop.rules.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The criterion-by-criterion comparison of 148's sheets with 26/2026's ({@code criteria-comparison-148-26.json},
 * written by tools/compare-148-2026.py, shown as {@code docs/reference/148-vs-26-2026.md}), re-checked against the two
 * versions' data: every 148 criterion has one entry; SAME and SAME_OPTIONS entries map each option to the option at
 * the same place of the 26/2026 criterion with the same label, text and points (SAME also the same marker); CHANGED
 * entries differ in cap, option count, a text or points; NO_MATCH entries have no criterion with their label.
 */
class Qd148To26ComparisonTest {
    private static final CriteriaVersion V148 = CriteriaCatalogue.bundled().version("QD-148-2023");
    private static final CriteriaVersion V26 = CriteriaCatalogue.bundled().version("QD-26-2026");

    private static JsonNode comparison() throws IOException {
        try (InputStream in = Qd148To26ComparisonTest.class.getResourceAsStream("criteria-comparison-148-26.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    /** The script's normalisation: NFC, spacing, case, and a final '.', ';' or ':'. */
    static String norm(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip()
                .toLowerCase(Locale.ROOT);
        return t.replaceAll("[.;:]+$", "").strip();
    }

    private static Optional<Criterion> byLabel(ScoringSheet sheet, String label) {
        return sheet.criteria().stream().filter(c -> norm(c.label()).equals(norm(label))).findFirst();
    }

    @Test
    void everyEntry_isWhatTheTwoVersionsDataSay() throws IOException {
        JsonNode data = comparison();
        assertThat(data.get("fromEdition").asText()).isEqualTo(V148.edition());
        assertThat(data.get("toEdition").asText()).isEqualTo(V26.edition());
        assertThat(data.get("status").asText()).isEqualTo("inferred");
        assertThat(data.get("sets")).hasSize(26);
        int same = 0;
        for (JsonNode set : data.get("sets")) {
            ScoringSheet from = V148.sheet(set.get("set").asText());
            ScoringSheet to = V26.sheet(set.get("set").asText());
            List<String> codes = new ArrayList<>();
            Set<String> carriedTargets = new HashSet<>();
            for (JsonNode e : set.get("criteria")) {
                Criterion c = from.criterion(e.get("from").asText()).orElseThrow();
                codes.add(c.code());
                String kind = e.get("kind").asText();
                Optional<Criterion> match = byLabel(to, c.label());
                if (kind.equals("NO_MATCH")) {
                    assertThat(match).as(c.code()).isEmpty();
                    continue;
                }
                Criterion m = to.criterion(e.get("to").asText()).orElseThrow();
                assertThat(match).as(c.code()).contains(m);
                boolean optionsSame = c.maxPoints() == m.maxPoints() && c.options().size() == m.options().size();
                boolean markersSame = true;
                for (int i = 0; optionsSame && i < c.options().size(); i++) {
                    Option x = c.options().get(i);
                    Option y = m.options().get(i);
                    optionsSame = norm(x.text()).equals(norm(y.text())) && x.points() == y.points();
                    markersSame &= x.minStars().equals(y.minStars());
                }
                switch (kind) {
                    case "SAME", "SAME_OPTIONS" -> {
                        assertThat(optionsSame).as(c.code()).isTrue();
                        assertThat(markersSame).as(c.code()).isEqualTo(kind.equals("SAME"));
                        for (int i = 0; i < c.options().size(); i++) {
                            assertThat(e.get("options").get(c.options().get(i).id()).asText()).as(c.code())
                                    .isEqualTo(m.options().get(i).id());
                        }
                        assertThat(carriedTargets.add(m.code())).as("one 148 criterion per 26/2026 criterion")
                                .isTrue();
                        same++;
                    }
                    case "CHANGED" -> {
                        assertThat(optionsSame).as(c.code()).isFalse();
                        assertThat(e.get("options")).isNull();
                    }
                    default -> throw new AssertionError("kind " + kind);
                }
            }
            assertThat(codes).as(from.productSet()).containsExactlyElementsOf(from.criteria().stream()
                    .map(Criterion::code).toList());
        }
        assertThat(same).isEqualTo(data.get("counts").get("SAME").asInt() + data.get("counts").get("SAME_OPTIONS")
                .asInt());
    }

    /** Set 1's story criterion is the same in both versions; its origin criterion changed (cap 5 → 3). */
    @Test
    void set1_examplesOfEachKind() throws IOException {
        JsonNode set1 = comparison().get("sets").get(0);
        List<String> kinds = new ArrayList<>();
        set1.get("criteria").forEach(e -> kinds.add(e.get("from").asText() + " " + e.get("kind").asText()));
        assertThat(kinds).contains("1.a CHANGED", "1.c NO_MATCH");
        assertThat(kinds).anyMatch(k -> k.endsWith(" SAME"));
    }
}
