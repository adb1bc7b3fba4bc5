package org.ocop.rules.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.ocop.rules.Outcome;
import org.ocop.rules.Problem;
import org.ocop.rules.Rater;
import org.ocop.rules.Rating;
import org.ocop.rules.RatingSettings;
import org.ocop.rules.SheetBuilder;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.MemberSheet;

/**
 * Every load-error kind, each proven on a broken copy of the shipped 26/2026 data, with its message verbatim.
 * In the copies, sheet 0 is I.1.a; its part A item 0 is heading 1, whose item 2 is criterion 1.3 with options
 * 1.3.a (1), 1.3.b (2) and 1.3.c (3, a 5★ minimum).
 */
class CriteriaLoaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QD26 = "QD-26-2026.json";
    private static final String ONE_VERSION_INDEX =
            "{\"format\": \"ocop-criteria-index/1\", \"versions\": [\"QD-26-2026.json\"]}";

    private static ObjectNode shipped(String name) {
        try (InputStream in = CriteriaLoaderTest.class.getClassLoader()
                .getResourceAsStream(CriteriaCatalogue.ROOT + name)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CriteriaCatalogue loadLocated(Map<String, String> files) {
        return CriteriaCatalogue.load(name -> {
            String text = files.get(name);
            return text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        });
    }

    /**
     * Loads the files; a load error is rethrown without its line and column, once they are checked to be there. The
     * broken copies here are one-line JSON, where the column is a character offset that moves with every edit of
     * the shipped data: these tests specify the rest of each message, {@code CriteriaDataCheckTest} specifies
     * lines and columns on pretty-printed files.
     */
    private static CriteriaCatalogue load(Map<String, String> files) {
        try {
            return loadLocated(files);
        } catch (CriteriaDataException e) {
            assertThat(e.line()).as("line of %s", e.getMessage()).isPresent();
            assertThat(e.column()).as("column of %s", e.getMessage()).isPresent();
            throw new CriteriaDataException(e.resource(), e.path(), e.problem(), e.value(), e.allowed(), e);
        }
    }

    /** Loads a copy of the 26/2026 data after {@code breakIt} changed it. */
    private static CriteriaCatalogue loadBroken(Consumer<ObjectNode> breakIt) {
        ObjectNode copy = shipped(QD26);
        breakIt.accept(copy);
        return load(Map.of(CriteriaCatalogue.INDEX, ONE_VERSION_INDEX, QD26, copy.toString()));
    }

    private static ObjectNode sheet0(ObjectNode version) {
        return (ObjectNode) version.get("sheets").get(0);
    }

    private static ObjectNode criterion1_3(ObjectNode version) {
        return (ObjectNode) sheet0(version).get("parts").get(0).get("items").get(0).get("items").get(2);
    }

    private static final String C13 = "$.sheets[0].parts[0].items[0].items[2]";

    @Test
    void productSet_ofAVersionWithoutClassificationData_isAClearError() {
        CriteriaCatalogue catalogue = loadBroken(v -> {
            v.remove("classification");
            v.putArray("sheets");
        });
        assertThatThrownBy(() -> catalogue.version("QD-26-2026").sheet("I.1.a"))
                .isInstanceOf(CriteriaLookupException.class)
                .hasMessage("criteria version QD-26-2026: no product sets are in the data for this version: I.1.a;"
                        + " allowed: a version whose classification is transcribed");
    }

    /** The 1048 and 781 files with their portal edition, as shipped, under a two-version index. */
    private static Map<String, String> historical(Consumer<ObjectNode> change781) {
        ObjectNode v781 = shipped("QD-781-2020.json");
        change781.accept(v781);
        return Map.of(CriteriaCatalogue.INDEX, "{\"format\": \"ocop-criteria-index/1\", \"versions\": "
                        + "[\"QD-1048-2019.json\", \"QD-781-2020.json\"]}",
                "QD-1048-2019.json", shipped("QD-1048-2019.json").toString(),
                "QD-1048-2019-portal.json", shipped("QD-1048-2019-portal.json").toString(),
                "QD-781-2020.json", v781.toString());
    }

    @Test
    void basedOn_mustNameAVersionRegisteredBefore() {
        assertThatThrownBy(() -> load(historical(v -> ((ObjectNode) v.get("basedOn")).put("version",
                "QD-26-2026")))).isInstanceOf(CriteriaDataException.class)
                .hasMessage("QD-781-2020.json at $.basedOn.version: based on a version not registered before this "
                        + "one: QD-26-2026; allowed: QD-1048-2019");
    }

    @Test
    void aMinimumRequirementMappedToAnOptionTheSheetLacks_isRefused() {
        assertThatThrownBy(() -> load(historical(v -> ((ObjectNode) v.get("minimumRequirements")
                .get("requirements").get(0).get("markers").get(0)).put("option", "7.z"))))
                .isInstanceOf(CriteriaDataException.class)
                .hasMessage("QD-781-2020.json at $.minimumRequirements: requirement 781-C-2-1 is mapped to an option "
                        + "sheet IV.1 (sheet edition decision) does not have: 7.z; allowed: an option id of that sheet");
    }

    @Test
    void aRenamingOfACodeTheBaseLacks_isRefused() {
        assertThatThrownBy(() -> load(historical(v -> ((ObjectNode) v.get("classificationChanges").get(0))
                .put("code", "VI.9")))).isInstanceOf(CriteriaDataException.class)
                .hasMessage("QD-781-2020.json at $.classificationChanges[0].code: renaming of a code the "
                        + "classification of QD-1048-2019 does not have: VI.9; allowed: a group or product set code "
                        + "of that version");
    }

    @Test
    void aMinimumTableOnAVersionWithoutPartialMinimums_isRefused() {
        assertThatThrownBy(() -> load(historical(v -> ((ObjectNode) v.get("starMinimums")).put("kind", "NONE"))))
                .isInstanceOf(CriteriaDataException.class)
                .hasMessageStartingWith("QD-781-2020.json at $.minimumRequirements: a minimum-requirements table on a "
                        + "version whose star-minimum kind is NONE");
    }

    @Test
    void aSheetEditionFileOfAnotherVersion_isRefused() {
        Map<String, String> files = new java.util.HashMap<>(historical(v -> { }));
        ObjectNode portal = shipped("QD-1048-2019-portal.json");
        portal.put("version", "QD-26-2026");
        files.put("QD-1048-2019-portal.json", portal.toString());
        assertThatThrownBy(() -> load(files)).isInstanceOf(CriteriaDataException.class)
                .hasMessage("QD-1048-2019-portal.json at $.version: sheets of another version: QD-26-2026; allowed: "
                        + "QD-1048-2019");
    }

    @Test
    void aPortalSheetWhoseSumsDoNotHold_namesTheEditionFile() {
        Map<String, String> files = new java.util.HashMap<>(historical(v -> { }));
        ObjectNode portal = shipped("QD-1048-2019-portal.json");
        ((ObjectNode) portal.get("sheets").get(8)).putArray("anomalies");
        files.put("QD-1048-2019-portal.json", portal.toString());
        assertThatThrownBy(() -> load(files)).isInstanceOf(CriteriaDataException.class)
                .hasMessageStartingWith("QD-1048-2019-portal.json at $.sheets[8].parts[2].maxPoints: the items of part "
                        + "C of set I.4.1 add up to 38 points, not the stated cap: 40");
    }

    @Test
    void shippedCopy_loadsCleanly() {
        assertThat(loadBroken(v -> { }).version("QD-26-2026").sheet("I.1.a").criteria()).hasSize(32);
    }

    @Test
    void unknownKey_namesTheKeyAndTheAllowedOnes() {
        assertThatThrownBy(() -> loadBroken(v -> criterion1_3(v).put("weight", 2)))
                .isInstanceOf(CriteriaDataException.class)
                .hasMessage("QD-26-2026.json at " + C13 + ".weight: unknown key: weight; allowed: cases, code, "
                        + "doubt, items, label, maxPoints, notes, onlyIf, options, select");
    }

    @Test
    void duplicateKey_isRefused() {
        String broken = shipped(QD26).toString().replaceFirst("\"edition\":\"2026a\"",
                "\"edition\":\"2026a\",\"edition\":\"2026b\"");
        assertThatThrownBy(() -> load(Map.of(CriteriaCatalogue.INDEX, ONE_VERSION_INDEX, QD26, broken)))
                .isInstanceOf(CriteriaDataException.class)
                .hasMessage("QD-26-2026.json at $.edition: duplicate key: edition; allowed: each key once per object");
    }

    /**
     * A catalogue reads a version's header without reading on past its first body key (issue 8, cold start): a
     * header key written after the sheets would be missed until the sheets are read, so it is refused.
     */
    @Test
    void aHeaderKeyAfterTheBody_isRefused() {
        assertThatThrownBy(() -> loadBroken(v -> v.set("transition", v.remove("transition"))))
                .isInstanceOf(CriteriaDataException.class)
                .hasMessage("QD-26-2026.json at $.transition: a header key after the body: transition; allowed: the "
                        + "header keys (format, id, edition, editionNotes, decision, inForce, parts, bands, "
                        + "starMinimums, procedures, transition, basedOn) before the first body key (classification, "
                        + "classificationChanges, minimumRequirements, sheetEditions, sheets, sheetsSource)");
    }

    @Test
    void duplicateOptionId_namesTheSet() {
        assertThatThrownBy(() -> loadBroken(v ->
                ((ObjectNode) criterion1_3(v).get("options").get(1)).put("id", "1.3.a")))
                .isInstanceOf(CriteriaDataException.class)
                .hasMessage("QD-26-2026.json at " + C13 + ".options[1].id: duplicate option id in set I.1.a: "
                        + "1.3.a; allowed: each option id once per sheet");
    }

    @Test
    void duplicateCriterionCode_isRefused() {
        assertThatThrownBy(() -> loadBroken(v -> {
            ObjectNode c = criterion1_3(v);
            c.put("code", "1.2");
            for (JsonNode o : c.get("options")) {
                ((ObjectNode) o).put("id", o.get("id").asText().replace("1.3.", "1.2.x"));
            }
        }))
                .isInstanceOf(CriteriaDataException.class)
                .hasMessage("QD-26-2026.json at " + C13 + ".code: duplicate criterion code in set I.1.a: 1.2; "
                        + "allowed: each code once per sheet");
    }

    @Test
    void secondRegistrationOfOneVersionId_isRefused() {
        ObjectNode copy = shipped(QD26);
        copy.with("inForce").put("from", "2027-01-01");
        String index = "{\"format\": \"ocop-criteria-index/1\", \"versions\": [\"QD-26-2026.json\", "
                + "\"QD-26-2026-copy.json\"]}";
        assertThatThrownBy(() -> load(Map.of(CriteriaCatalogue.INDEX, index, QD26, shipped(QD26).toString(),
                "QD-26-2026-copy.json", copy.toString())))
                .isInstanceOf(CriteriaDataException.class)
                .hasMessage("QD-26-2026-copy.json at $.id: a second registration of criteria version: QD-26-2026; "
                        + "allowed: one registration per id (first registered by QD-26-2026.json)");
    }

    @Test
    void versionsOutOfOrder_areRefused() {
        String index = "{\"format\": \"ocop-criteria-index/1\", \"versions\": [\"QD-26-2026.json\", "
                + "\"QD-148-2023.json\"]}";
        assertThatThrownBy(() -> load(Map.of(CriteriaCatalogue.INDEX, index, QD26, shipped(QD26).toString(),
                "QD-148-2023.json", shipped("QD-148-2023.json").toString())))
                .isInstanceOf(CriteriaDataException.class)
                .hasMessage("QD-148-2023.json at $.inForce.from: versions must be registered oldest first, but this "
                        + "one starts no later than QD-26-2026: 2023-02-24; allowed: a date after 2026-05-22");
    }

    @Test
    void optionWithoutProvenance_isRefused() {
        assertThatThrownBy(() -> loadBroken(v -> sheet0(v).remove("source")))
                .isInstanceOf(CriteriaDataException.class)
                .hasMessage("QD-26-2026.json at $.sheets[0].parts[0].items[0].items[0].options[0].source: option "
                        + "1.1.a of set I.1.a has no provenance: null; allowed: a source {annex, item} on the sheet or "
                        + "on the option");
    }

    @Test
    void optionsWithTheirOwnSource_needNoSheetSource() {
        CriteriaCatalogue catalogue = loadBroken(v -> {
            sheet0(v).remove("source");
            sheet0(v).putArray("knockOuts"); // knock-outs are cited from the sheet's source only
            for (JsonNode part : sheet0(v).get("parts")) {
                giveEveryOptionASource(part);
            }
        });
        assertThat(catalogue.version("QD-26-2026").sheet("I.1.a").criterion("1.3").orElseThrow().provenance())
                .hasToString("26/2026/QĐ-TTg, Phụ lục II, mục 1 (bis), 1.3");
    }

    private static void giveEveryOptionASource(JsonNode node) {
        for (JsonNode item : node.path("items")) {
            giveEveryOptionASource(item);
        }
        for (JsonNode option : node.path("options")) {
            ((ObjectNode) option).putObject("source").put("annex", "Phụ lục II").put("item", "mục 1 (bis)");
        }
    }

    @Test
    void partWhoseItemsDoNotAddUpToItsCap_isRefused() {
        assertThatThrownBy(() -> loadBroken(v ->
                ((ObjectNode) sheet0(v).get("parts").get(0).get("items").get(0)).put("maxPoints", 17)))
                .isInstanceOf(CriteriaDataException.class)
                .hasMessage("QD-26-2026.json at $.sheets[0].parts[0].maxPoints: the items of part A of set I.1.a "
                        + "add up to 39 points, not the stated cap: 40; allowed: 39, or an anomaly of kind "
                        + "CAP_MISMATCH at A");
    }

    @Test
    void headingWhoseCriteriaDoNotAddUpToItsCap_isRefused() {
        assertThatThrownBy(() -> loadBroken(v -> {
            ObjectNode c = criterion1_3(v);
            c.put("maxPoints", 2);
            ((ArrayNode) c.get("options")).remove(2);
        }))
                .isInstanceOf(CriteriaDataException.class)
                .hasMessage("QD-26-2026.json at $.sheets[0].parts[0].items[0].maxPoints: the items of heading 1 of "
                        + "set I.1.a add up to 17 points, not the stated cap: 18; allowed: 17, or an anomaly of kind "
                        + "CAP_MISMATCH at 1");
    }

    @Test
    void sheetNotTotallingOneHundred_isRefused() {
        assertThatThrownBy(() -> loadBroken(v -> ((ObjectNode) sheet0(v).get("parts").get(2)).put("maxPoints", 34)))
                .isInstanceOf(CriteriaDataException.class)
                .hasMessage("QD-26-2026.json at $.sheets[0].parts: the sheet of set I.1.a does not total 100 "
                        + "points: 99; allowed: 100");
    }

    @Test
    void partCapDifferentFromTheVersions_isRefused() {
        assertThatThrownBy(() -> loadBroken(v -> {
            ((ObjectNode) sheet0(v).get("parts").get(0)).put("maxPoints", 35);
            ((ObjectNode) sheet0(v).get("parts").get(2)).put("maxPoints", 40);
        }))
                .isInstanceOf(CriteriaDataException.class)
                .hasMessage("QD-26-2026.json at $.sheets[0].parts[0].maxPoints: part A of set I.1.a differs from the"
                        + " version's cap: 35; allowed: 40");
    }

    @Test
    void starMarkerOnALevelWithoutMinimums_isRefused() {
        assertThatThrownBy(() -> loadBroken(v -> ((ObjectNode) criterion1_3(v).get("options").get(2))
                .put("minStars", 6)))
                .isInstanceOf(CriteriaDataException.class)
                .hasMessage("QD-26-2026.json at " + C13 + ".options[2].minStars: star marker on a level without "
                        + "minimums: 6; allowed: 3, 4 or 5");
    }

    @Test
    void criterionCapNotReachedByItsBestOption_isRefusedUnlessDeclared() {
        assertThatThrownBy(() -> loadBroken(v -> ((ObjectNode) criterion1_3(v).get("options").get(2))
                .put("points", 2)))
                .isInstanceOf(CriteriaDataException.class)
                .hasMessage("QD-26-2026.json at " + C13 + ".maxPoints: criterion 1.3 of set I.1.a has a cap its best "
                        + "option does not equal (best option: 2): 3; allowed: 2, or an anomaly of kind "
                        + "CAP_UNREACHABLE at 1.3");
    }

    @Test
    void criterionCapNotReached_isAcceptedWhenTheSheetDeclaresTheAnomaly() {
        CriteriaCatalogue catalogue = loadBroken(v -> {
            ((ObjectNode) criterion1_3(v).get("options").get(2)).put("points", 2);
            ((ArrayNode) sheet0(v).get("anomalies")).addObject().put("at", "1.3").put("kind", "CAP_UNREACHABLE")
                    .put("printed", "cap 3").put("reading", "best option 2").put("status", "confirmed");
        });
        ScoringSheet sheet = catalogue.version("QD-26-2026").sheet("I.1.a");
        assertThat(sheet.statedMaxPoints()).isEqualTo(100);
        assertThat(sheet.reachableMaxPoints()).isEqualTo(99);
    }

    /** A checklist criterion (select ANY, as 1048's tourism Part C) reaches the sum of its lines, capped. */
    @Test
    void checklistCriterion_reachesTheSumOfItsLinesUpToTheCap() {
        CriteriaCatalogue catalogue = loadBroken(v -> criterion1_3(v).put("select", "ANY"));
        Criterion c13 = catalogue.version("QD-26-2026").sheet("I.1.a").criterion("1.3").orElseThrow();
        assertThat(c13.select()).isEqualTo(Criterion.Select.ANY);
        assertThat(c13.bestPoints()).isEqualTo(3);
        assertThat(catalogue.version("QD-26-2026").sheet("I.1.a").criterion("1.1").orElseThrow().select())
                .as("ONE when absent").isEqualTo(Criterion.Select.ONE);
    }

    /**
     * A checklist whose ticked lines exceed its cap gives the cap, no more: 1.3 of I.1.a made a checklist (lines 1,
     * 2, 3 under a cap of 3, its 5★ marker taken off) with 1.3.b and 1.3.c ticked counts 3, not 5 — in the Drools
     * engine and in the reference reading alike.
     */
    @Test
    void aChecklistsTickedLinesAddUpToItsCapAndNoFurther() {
        CriteriaCatalogue catalogue = loadBroken(v -> {
            criterion1_3(v).put("select", "ANY");
            ((ObjectNode) criterion1_3(v).get("options").get(2)).remove("minStars");
        });
        Map<String, String> choices = new java.util.LinkedHashMap<>(SheetBuilder.best("I.1.a").choices());
        choices.remove("1.3");
        Dossier dossier = Dossier.of("CAP-1", "I.1.a", java.time.LocalDate.of(2026, 6, 15), List.of(
                MemberSheet.of("An", choices, Map.of("1.3", List.of("1.3.b", "1.3.c")))));

        Rating rating = Rater.standard().withCatalogue(catalogue).rate(dossier);

        assertThat(rating.problems()).isEmpty();
        assertThat(rating.members().get(0).total()).isEqualTo(100);
        assertThat(rating.criteria().stream().filter(c -> c.code().equals("1.3")).findFirst().orElseThrow()
                .points()).containsEntry("An", 3);
        assertThat(org.ocop.rules.reference.Expected.of(rating)).isEqualTo(org.ocop.rules.reference.ReferenceScorer
                .expected(dossier, catalogue, RatingSettings.DEFAULTS));
    }

    /**
     * What a star minimum (or a knock-out trigger, or a condition) means on a checklist is printed nowhere; no sheet
     * combines them today, and one that does is refused when rated rather than rated by a guess.
     */
    @Test
    void aSheetCombiningAChecklistWithAStarMinimum_isRefusedWhenRated() {
        CriteriaCatalogue catalogue = loadBroken(v -> criterion1_3(v).put("select", "ANY"));
        Dossier dossier = Dossier.of("CAP-2", "I.1.a", java.time.LocalDate.of(2026, 6, 15), List.of(
                MemberSheet.of("An", Map.of(), Map.of("1.3", List.of("1.3.c")))));

        Rating rating = Rater.standard().withCatalogue(catalogue).rate(dossier);

        assertThat(rating.outcome()).isEqualTo(Outcome.INVALID);
        assertThat(rating.problems()).extracting(Problem::message).containsExactly("dossier CAP-2, field productSet: "
                + "sheet I.1.a of QD-26-2026 combines checklist criteria with star minimums, knock-out triggers or "
                + "conditions, whose meaning on a checklist is not printed: 1.3 (star minimum); allowed: a sheet "
                + "whose checklist criteria only add their ticked lines");
    }

    @Test
    void checklistWhoseLinesCannotReachItsCap_isRefusedUnlessDeclared() {
        assertThatThrownBy(() -> loadBroken(v -> {
            criterion1_3(v).put("select", "ANY");
            for (JsonNode option : criterion1_3(v).get("options")) {
                ((ObjectNode) option).put("points", 0);
            }
            ((ObjectNode) criterion1_3(v).get("options").get(0)).put("points", 1);
        }))
                .isInstanceOf(CriteriaDataException.class)
                .hasMessageContaining("criterion 1.3 of set I.1.a has a cap its ticked lines do not reach (all "
                        + "lines: 1): 3; allowed: 1, or an anomaly of kind CAP_UNREACHABLE at 1.3");
    }

    @Test
    void unknownSelect_namesTheAllowedOnes() {
        assertThatThrownBy(() -> loadBroken(v -> criterion1_3(v).put("select", "SOME")))
                .isInstanceOf(CriteriaDataException.class)
                .hasMessage("QD-26-2026.json at " + C13 + ".select: unknown select: SOME; allowed: ONE, ANY");
    }

    @Test
    void optionWorthMoreThanItsCap_isRefused() {
        assertThatThrownBy(() -> loadBroken(v -> ((ObjectNode) criterion1_3(v).get("options").get(2))
                .put("points", 13)))
                .isInstanceOf(CriteriaDataException.class)
                .hasMessage("QD-26-2026.json at " + C13 + ".options[2].points: option 1.3.c of set I.1.a is worth "
                        + "more than its criterion's cap: 13; allowed: 0 to 3");
    }

    @Test
    void fractionalPoints_areRefused() {
        assertThatThrownBy(() -> loadBroken(v -> ((ObjectNode) criterion1_3(v).get("options").get(0))
                .put("points", 1.5)))
                .isInstanceOf(CriteriaDataException.class)
                .hasMessage("QD-26-2026.json at " + C13 + ".options[0].points: wrong type of value: 1.5; allowed: a "
                        + "whole number");
    }

    @Test
    void missingKey_isNamed() {
        assertThatThrownBy(() -> loadBroken(v -> ((ObjectNode) criterion1_3(v).get("options").get(0))
                .remove("points")))
                .isInstanceOf(CriteriaDataException.class)
                .hasMessage("QD-26-2026.json at " + C13 + ".options[0].points: missing key: null; allowed: a value");
    }

    @Test
    void unknownStatus_namesTheAllowedTags() {
        assertThatThrownBy(() -> loadBroken(v -> sheet0(v).put("status", "probable")))
                .isInstanceOf(CriteriaDataException.class)
                .hasMessage("QD-26-2026.json at $.sheets[0].status: unknown status: probable; allowed: confirmed, "
                        + "portal, secondary, inferred, corrected_typo, unknown");
    }

    @Test
    void knockOutOnAnOptionTheSheetDoesNotHave_isRefused() {
        assertThatThrownBy(() -> loadBroken(v -> {
            ObjectNode rule = ((ArrayNode) sheet0(v).get("knockOuts")).addObject();
            rule.put("id", "STOP-X").put("kind", "STOP").put("trigger", "CHOICE").put("text", "x")
                    .putArray("options").add("9.9.z");
        }))
                .isInstanceOf(CriteriaDataException.class)
                .hasMessage("QD-26-2026.json at $.sheets[0].knockOuts[3].options: knock-out names an option the "
                        + "sheet does not have: 9.9.z; allowed: an option id of set I.1.a");
    }

    @Test
    void conditionOnAnOptionItsCriterionDoesNotHave_isRefused() {
        assertThatThrownBy(() -> loadBroken(v -> {
            ObjectNode story = (ObjectNode) sheet0(v).get("parts").get(1).get("items").get(1).get("items").get(1);
            ((ArrayNode) story.get("onlyIf").get("notChosen")).set(0, "5.1.z");
        }))
                .isInstanceOf(CriteriaDataException.class)
                .hasMessage("QD-26-2026.json at $.sheets[0].parts[1].items[1].items[1].onlyIf.notChosen: condition "
                        + "names an option criterion 5.1 does not have: 5.1.z; allowed: 5.1.a, 5.1.b, 5.1.c, 5.1.d, "
                        + "5.1.e");
    }

    @Test
    void malformedJson_givesLineAndColumn() {
        assertThatThrownBy(() -> loadLocated(Map.of(CriteriaCatalogue.INDEX, ONE_VERSION_INDEX, QD26,
                "{\n \"format\": \"ocop-criteria/1\",\n \"id\": }")))
                .isInstanceOf(CriteriaDataException.class)
                .hasMessage("QD-26-2026.json at $.id (line 3, column 8): malformed JSON: Unexpected character ('}' "
                        + "(code 125)): expected a value; allowed: well-formed JSON (RFC 8259)");
    }

    @Test
    void unregisteredFile_isNamed() {
        Map<String, String> files = new HashMap<>();
        files.put(CriteriaCatalogue.INDEX, ONE_VERSION_INDEX);
        // a file that is not there has no line to point at
        assertThatThrownBy(() -> loadLocated(files))
                .isInstanceOf(CriteriaDataException.class)
                .hasMessage("QD-26-2026.json at $: resource not found: QD-26-2026.json; allowed: a file next to the "
                        + "criteria index");
    }

    private static void setFloors(ObjectNode version, Object... floors) {
        ArrayNode list = ((ObjectNode) version.get("bands")).putArray("floors");
        for (Object floor : floors) {
            if (floor instanceof Integer i) {
                list.add(i);
            } else if (floor instanceof Double d) {
                list.add(d);
            } else {
                list.addNull();
            }
        }
    }

    @Test
    void bandFloors_missing_areNamed() {
        assertThatThrownBy(() -> loadBroken(v -> ((ObjectNode) v.get("bands")).remove("floors")))
                .hasMessage("QD-26-2026.json at $.bands.floors: missing key: null; allowed: a value");
    }

    @Test
    void bandFloors_notOnePerBandAboveOneStar_areRefused() {
        assertThatThrownBy(() -> loadBroken(v -> setFloors(v, 30, 50, 70)))
                .hasMessage("QD-26-2026.json at $.bands.floors: not one floor for each band from 2★ to 5★: "
                        + "[30, 50, 70]; allowed: 4 whole numbers, the lower bounds of the 2★, 3★, 4★ and 5★ bands");
    }

    @Test
    void bandFloors_notAscending_nameTheFirstFloorOutOfOrder() {
        assertThatThrownBy(() -> loadBroken(v -> setFloors(v, 30, 70, 50, 90)))
                .hasMessage("QD-26-2026.json at $.bands.floors[2]: band floor not above the floor of the band below: "
                        + "50; allowed: 71 to 100");
    }

    @Test
    void bandFloor_outOfRange_isRefused() {
        assertThatThrownBy(() -> loadBroken(v -> setFloors(v, 0, 50, 70, 90)))
                .hasMessage("QD-26-2026.json at $.bands.floors[0]: band floor out of range: 0; allowed: 1 to 100");
    }

    @Test
    void bandFloor_null_isRefused() {
        assertThatThrownBy(() -> loadBroken(v -> setFloors(v, 30, 50, null, 90)))
                .hasMessage("QD-26-2026.json at $.bands.floors[2]: missing band floor: null; allowed: 51 to 100");
    }

    @Test
    void bandFloor_fractional_isRefused() {
        assertThatThrownBy(() -> loadBroken(v -> setFloors(v, 30, 50, 69.5, 90)))
                .hasMessage("QD-26-2026.json at $.bands.floors[2]: wrong type of value: 69.5; allowed: a whole "
                        + "number");
    }

    /**
     * The floors are our reading of the bands' text: a floor the text does not state is a typo in one of the two,
     * refused rather than rated with.
     */
    @Test
    void bandFloor_thatTheTextDoesNotState_isRefused() {
        assertThatThrownBy(() -> loadBroken(v -> setFloors(v, 30, 50, 75, 90)))
                .hasMessage("QD-26-2026.json at $.bands.floors[2]: band floor that the bands' text does not state: "
                        + "75; allowed: a number the text states: 1, 30, 2, 50, 3, 70, 4, 90, 5, 100");
    }

    @Test
    void bandFloors_otherThanTheBundled_areTheVersionsBands() {
        // a corrected edition's floors, stated by its text, are what its version rates with
        CriteriaCatalogue catalogue = loadBroken(v -> {
            ((ObjectNode) v.get("bands")).put("text", "1 sao: dưới 35 điểm; 2 sao: từ 35 đến dưới 50; 3 sao: từ 50 "
                    + "đến dưới 70; 4 sao: từ 70 đến dưới 90; 5 sao: từ 90 đến 100 điểm");
            setFloors(v, 35, 50, 70, 90);
        });
        assertThat(catalogue.version("QD-26-2026").starBands()).isEqualTo(StarBands.of(35, 50, 70, 90));
    }

    @Test
    void exception_exposesItsFactsAsAccessors() {
        assertThatThrownBy(() -> loadBroken(v -> ((ObjectNode) criterion1_3(v).get("options").get(2))
                .put("minStars", 2)))
                .isInstanceOfSatisfying(CriteriaDataException.class, e -> {
                    assertThat(e.resource()).isEqualTo("QD-26-2026.json");
                    assertThat(e.path()).isEqualTo(C13 + ".options[2].minStars");
                    assertThat(e.problem()).isEqualTo("star marker on a level without minimums");
                    assertThat(e.value()).isEqualTo("2");
                    assertThat(e.allowed()).isEqualTo("3, 4 or 5");
                });
    }
}
