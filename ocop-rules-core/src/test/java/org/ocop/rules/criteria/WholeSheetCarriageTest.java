package org.ocop.rules.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocop.rules.MemberScore;
import org.ocop.rules.Rater;
import org.ocop.rules.Rating;
import org.ocop.rules.advice.Advisor;
import org.ocop.rules.advice.VersionImpact;
import org.ocop.rules.advice.VersionImpact.Carriage;
import org.ocop.rules.advice.VersionImpact.Entry;
import org.ocop.rules.advice.VersionImpact.MemberCarriage;
import org.ocop.rules.advice.VersionImpact.Method;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.MemberSheet;
import org.ocop.rules.json.AdviceJson;

/**
 * compare-versions rates carried sheets only when every criterion carries — a branch no bundled pair reaches, since
 * 148 and 26/2026 share no whole sheet (CriterionCarriageTest covers the partial carriage on the bundled data). Here
 * a catalogue of test data gives 26/2026 148's sheet for set 1 under its own option ids, and a comparison that maps
 * each criterion and option to itself; the carried sheets must then rate exactly as the same sheets submitted under the
 * other version, in both directions.
 *
 * <p>In this package because the catalogue is read without the corrections rule ({@link CriteriaCatalogue#load(DataFiles)}):
 * a correction of a bundled version may not drop the bundled option ids, and this test data replaces a whole sheet.
 */
class WholeSheetCarriageTest {
    private static final String SET = "I.1.a";
    private static final String[] NAMES = {"An", "Bình", "Chi"};
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void whenEveryCriterionCarries_theCarriedSheetsAreRatedUnderTheOtherVersion_bothWays(@TempDir Path dir)
            throws IOException {
        CriteriaCatalogue catalogue = sameSheetCatalogue(dir);
        Rater rater = Rater.standard().withCatalogue(catalogue);
        Advisor advisor = Advisor.of(rater);

        for (Dossier d : List.of(dossier("QN-2024-010", catalogue.version("QD-148-2023"), LocalDate.of(2024, 6, 1)),
                dossier("QN-2026-011", catalogue.version("QD-26-2026"), LocalDate.of(2026, 6, 5)))) {
            VersionImpact impact = advisor.compareVersions(d);
            String own = impact.baseline().criteriaVersion().orElseThrow();
            String other = own.equals("QD-148-2023") ? "QD-26-2026" : "QD-148-2023";
            Entry e = impact.entries().stream().filter(x -> x.versionId().equals(other)).findFirst().orElseThrow();
            assertThat(e.method()).as(impact.explain()).isEqualTo(Method.CRITERIA_CARRIED);
            Carriage c = e.carriage().orElseThrow();
            assertThat(c.complete()).isTrue();
            assertThat(c.unreached()).isEmpty();
            assertThat(c.members()).allSatisfy(m -> assertThat(m.notCarried()).isEmpty());

            // each option maps to itself, so the carried sheets are the members' own: the rating is that of the same
            // sheets submitted under the other version, member by member and part by part
            Rating direct = rater.rate(d.withCriteriaVersion(other));
            Rating carried = e.rating().orElseThrow();
            assertThat(direct.criteriaVersion()).hasValue(other);
            assertThat(carried.criteriaVersion()).hasValue(other);
            assertThat(carried.outcome()).isEqualTo(direct.outcome());
            assertThat(carried.members()).isEqualTo(direct.members()).isNotEmpty();
            assertThat(carried.average()).isEqualTo(direct.average());
            assertThat(carried.stars()).isEqualTo(direct.stars());
            assertThat(carried.failedMinimums()).isEqualTo(direct.failedMinimums());
            assertThat(c.members()).extracting(MemberCarriage::points)
                    .isEqualTo(direct.members().stream().map(MemberScore::parts).toList());
            assertThat(impact.explain()).contains("every criterion carried");
            JsonNode json = JSON.readTree(AdviceJson.writeVersionImpact(List.of(impact)));
            JsonNode entry = null;
            for (JsonNode x : json.get(0).get("entries")) {
                if (x.get("criteriaVersion").asText().equals(other)) {
                    entry = x;
                }
            }
            assertThat(entry.get("method").asText()).isEqualTo("CRITERIA_CARRIED");
            assertThat(entry.get("carriage").get("complete").asBoolean()).isTrue();
            assertThat(entry.get("rating").get("outcome").asText()).isEqualTo(direct.outcome().name());
            assertThat(entry.get("rating").get("averageExact").asText())
                    .isEqualTo(JSON.readTree(org.ocop.rules.json.RatingJson.write(List.of(direct))).get(0)
                            .get("averageExact").asText());
        }
    }

    /** Member m takes option (i + m) of the i-th criterion (checklists: every option), skipping what does not apply. */
    private static Dossier dossier(String id, CriteriaVersion version, LocalDate submitted) {
        ScoringSheet sheet = version.sheet(SET);
        List<MemberSheet> sheets = new ArrayList<>();
        for (int m = 0; m < NAMES.length; m++) {
            Map<String, String> choices = new LinkedHashMap<>();
            Map<String, List<String>> ticks = new LinkedHashMap<>();
            int i = 0;
            for (Criterion c : sheet.criteria()) {
                i++;
                if (c.onlyIf().isPresent() && c.onlyIf().get().notChosen()
                        .contains(choices.get(c.onlyIf().get().criterion()))) {
                    continue;
                }
                if (c.select() == Criterion.Select.ANY) {
                    ticks.put(c.code(), c.optionIds());
                } else {
                    choices.put(c.code(), c.options().get((i + m) % c.options().size()).id());
                }
            }
            sheets.add(MemberSheet.of(NAMES[m], choices, ticks));
        }
        return Dossier.of(id, SET, submitted, sheets);
    }

    /** The bundled data, with 148's set-1 sheet as 26/2026's (edition 2026t) and a comparison mapping it to itself. */
    private static CriteriaCatalogue sameSheetCatalogue(Path dir) throws IOException {
        for (String name : List.of("index.json", "QD-1048-2019.json", "QD-1048-2019-portal.json", "QD-781-2020.json",
                "QD-148-2023.json", "set-mapping.json")) {
            try (InputStream in = CriteriaCatalogue.class.getResourceAsStream(name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
        ObjectNode v148;
        ObjectNode v26;
        try (InputStream a = CriteriaCatalogue.class.getResourceAsStream("QD-148-2023.json");
                InputStream b = CriteriaCatalogue.class.getResourceAsStream("QD-26-2026.json")) {
            v148 = (ObjectNode) JSON.readTree(a);
            v26 = (ObjectNode) JSON.readTree(b);
        }
        JsonNode sheet148 = null;
        for (JsonNode sheet : v148.get("sheets")) {
            if (sheet.get("set").asText().equals(SET)) {
                sheet148 = sheet;
            }
        }
        ArrayNode sheets26 = (ArrayNode) v26.get("sheets");
        for (int i = 0; i < sheets26.size(); i++) {
            if (sheets26.get(i).get("set").asText().equals(SET)) {
                sheets26.set(i, sheet148.deepCopy());
            }
        }
        v26.put("edition", "2026t");
        JSON.writeValue(dir.resolve("QD-26-2026.json").toFile(), v26);

        ScoringSheet own = CriteriaCatalogue.bundled().version("QD-148-2023").sheet(SET);
        ObjectNode cmp = JSON.createObjectNode().put("format", CriterionComparisonLoader.FORMAT)
                .put("from", "QD-148-2023").put("to", "QD-26-2026").put("fromEdition", v148.get("edition").asText())
                .put("toEdition", "2026t").put("status", "inferred").put("basis", "a test: 26/2026's set-1 sheet is 148's");
        ArrayNode criteria = cmp.putArray("sets").addObject().put("set", SET).put("number", 1).putArray("criteria");
        for (Criterion c : own.criteria()) {
            ObjectNode e = criteria.addObject().put("from", c.code()).put("label", c.label()).put("to", c.code())
                    .put("kind", "SAME");
            ObjectNode options = e.putObject("options");
            c.optionIds().forEach(o -> options.put(o, o));
        }
        cmp.putObject("counts").put("SAME", criteria.size());
        JSON.writeValue(dir.resolve(CriteriaCatalogue.COMPARISON_148_26).toFile(), cmp);
        return CriteriaCatalogue.load(DataFiles.directory(dir));
    }
}
