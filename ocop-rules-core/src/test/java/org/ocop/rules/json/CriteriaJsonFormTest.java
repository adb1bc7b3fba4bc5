package org.ocop.rules.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ocop.rules.FailedMinimum;
import org.ocop.rules.Outcome;
import org.ocop.rules.Rater;
import org.ocop.rules.Rating;
import org.ocop.rules.RatingSettings;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.ScoringSheet;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.DossierReader;
import org.ocop.rules.dossier.MemberSheet;

/**
 * A scoring form built from the published criteria JSON alone rates as the library does.
 *
 * <p>For every version and sheet edition, a "form" reads {@link CriteriaJson}'s text with Jackson, as a portal would,
 * and fills random valid member sheets with what the JSON says — one option on a {@code ONE} criterion, any lines on
 * a checklist ({@code ANY}), a criterion left out when its {@code onlyIf} says it does not apply, one case per member
 * on criteria with cases, trigger options and council findings from {@code knockOuts} — without consulting the Java
 * model. It predicts each member's total (checklists capped at {@code maxPoints}), the band from {@code bands.floors}
 * and whether a knock-out ends the rating, and writes each dossier as dossier JSON. The dossier is read with
 * {@link DossierReader} and rated; the same choices are also built into a {@link Dossier} in code from the Java
 * model's criteria and options, and rated. Both ratings must agree with each other (outcome, stars, exact average,
 * failed minimums, knock-outs) and with the form's predictions. Seeded, so a failure is reproduced by its version,
 * edition and dossier number.
 */
class CriteriaJsonFormTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CriteriaCatalogue CATALOGUE = CriteriaCatalogue.bundled();
    private static final long SEED = 19L;
    /** Dossiers per product set and sheet edition: about 900 in all, each rated twice. */
    private static final int DOSSIERS_PER_SET = 6;
    private static final List<String> MEMBERS = List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường",
            "Phạm Thị Dung", "Hoàng Văn Em", "Vũ Thị Giang", "Đặng Văn Hùng");

    static Stream<Arguments> editions() {
        return CATALOGUE.versions().stream().flatMap(v -> v.sheetEditions().stream()
                .map(e -> Arguments.of(v.id(), e)));
    }

    /** What the form filled in for one dossier and what it expects from it. */
    record Filled(String id, String dossierJson, String set, LocalDate submittedOn, String version,
            List<String> findings, Map<String, Map<String, String>> choices,
            Map<String, Map<String, List<String>>> ticks, Map<String, Integer> totals, boolean knockedOut, Integer bandStars) {
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("editions")
    void random_sheets_built_from_the_published_json_alone_rate_as_sheets_built_from_the_model(String id,
            String edition) throws IOException {
        CriteriaVersion version = CATALOGUE.version(id).withSheetEdition(edition);
        // What the portal fetches: the document, and nothing else from the library while it fills the sheets.
        JsonNode document = JSON.readTree(CriteriaJson.write(version));
        SplittableRandom random = new SplittableRandom(SEED ^ id.hashCode() ^ edition.hashCode());
        List<Filled> filled = new ArrayList<>();
        for (JsonNode set : document.get("productSets")) {
            for (int i = 0; i < DOSSIERS_PER_SET; i++) {
                filled.add(fill(document, set, i, random));
            }
        }
        assertThat(filled).hasSizeGreaterThanOrEqualTo(24 * DOSSIERS_PER_SET);

        Rater rater = Rater.standard().withClock(Clock.fixed(LocalDate.of(2027, 1, 1).atStartOfDay()
                .toInstant(ZoneOffset.UTC), ZoneOffset.UTC)).withSettings(RatingSettings.DEFAULTS
                .withSheetEdition(edition));
        int rated = 0;
        int knockedOut = 0;
        Set<Integer> stars = new LinkedHashSet<>();
        for (Filled f : filled) {
            Dossier read = DossierReader.read(f.dossierJson(), f.set());
            Dossier built = fromModel(version, f);
            Rating fromJson = rater.rate(read);
            Rating fromModel = rater.rate(built);
            String what = id + " " + edition + " " + f.set() + ": " + f.dossierJson();

            assertThat(read).as(what).isEqualTo(built);
            assertThat(fromJson.problems()).as(what).isEmpty();
            assertThat(fromJson.outcome()).as(what).isEqualTo(fromModel.outcome());
            assertThat(fromJson.stars()).as(what).isEqualTo(fromModel.stars());
            assertThat(fromJson.bandStars()).as(what).isEqualTo(fromModel.bandStars());
            assertThat(fromJson.average()).as(what).isEqualTo(fromModel.average());
            assertThat(fromJson.failedMinimums()).as(what).isEqualTo(fromModel.failedMinimums());
            assertThat(fromJson.knockOuts().stream().map(k -> k.rule().id()).toList()).as(what)
                    .isEqualTo(fromModel.knockOuts().stream().map(k -> k.rule().id()).toList());
            // what the form worked out from the JSON alone
            if (f.knockedOut()) {
                knockedOut++;
                assertThat(fromJson.outcome()).as(what).isIn(Outcome.DISQUALIFIED, Outcome.STOPPED);
            } else {
                rated++;
                assertThat(fromJson.outcome()).as(what).isEqualTo(Outcome.RATED);
                Map<String, Integer> totals = new LinkedHashMap<>();
                fromJson.members().forEach(m -> totals.put(m.member(), m.total()));
                assertThat(totals).as(what).isEqualTo(f.totals());
                assertThat(fromJson.bandStars().getAsInt()).as(what).isEqualTo(f.bandStars());
                stars.add(fromJson.stars().getAsInt());
                assertThat(fromJson.failedMinimums().stream().map(FailedMinimum::stars))
                        .allMatch(s -> s <= f.bandStars());
            }
        }
        // the mix reaches both ends: rated dossiers of several stars, and knock-outs
        assertThat(rated).isGreaterThan(filled.size() / 2);
        assertThat(knockedOut).isPositive();
        assertThat(stars).hasSizeGreaterThanOrEqualTo(3);
    }

    /**
     * One dossier filled from the document alone. Members lean to good or poor options by a per-member quality, so
     * totals spread over the bands; one dossier in eight may tick knock-out trigger options and one in sixteen
     * carries a council finding.
     */
    private static Filled fill(JsonNode document, JsonNode set, int index, SplittableRandom random) {
        String code = set.get("code").asText();
        Map<String, JsonNode> criteria = new LinkedHashMap<>();
        set.get("criteria").forEach(c -> criteria.put(c.get("code").asText(), c));
        Set<String> triggers = new LinkedHashSet<>();
        List<String> findable = new ArrayList<>();
        for (JsonNode rule : set.get("knockOuts")) {
            if (rule.get("trigger").asText().equals("CHOICE")) {
                rule.get("options").forEach(o -> triggers.add(o.asText()));
            } else {
                findable.add(rule.get("id").asText());
            }
        }
        boolean mayTrigger = random.nextInt(8) == 0;
        List<String> findings = new ArrayList<>();
        if (!findable.isEmpty() && random.nextInt(16) == 0) {
            findings.add(findable.get(random.nextInt(findable.size())));
        }
        int members = 3 + random.nextInt(MEMBERS.size() - 2);
        double councilQuality = random.nextDouble();
        Map<String, Map<String, String>> choices = new LinkedHashMap<>();
        Map<String, Map<String, List<String>>> ticks = new LinkedHashMap<>();
        Map<String, Integer> totals = new LinkedHashMap<>();
        boolean triggered = false;
        for (int m = 0; m < members; m++) {
            String member = MEMBERS.get(m);
            double quality = Math.min(1, Math.max(0, councilQuality + (random.nextDouble() - 0.5) / 3));
            int caseIndex = random.nextInt(2); // the member's case on every criterion with cases (legal form, tourism)
            Map<String, String> one = new LinkedHashMap<>();
            Map<String, List<String>> lines = new LinkedHashMap<>();
            int total = 0;
            for (JsonNode c : criteria.values()) {
                JsonNode onlyIf = c.get("onlyIf");
                if (!onlyIf.isNull()) {
                    String on = one.get(onlyIf.get("criterion").asText());
                    boolean applies = on == null || !texts(onlyIf.get("notChosen")).contains(on);
                    if (!applies) {
                        continue; // left out, as the form hides it
                    }
                }
                List<JsonNode> options = new ArrayList<>();
                c.get("options").forEach(options::add);
                if (!mayTrigger) {
                    options.removeIf(o -> triggers.contains(o.get("id").asText()));
                }
                if (c.get("select").asText().equals("ANY")) {
                    List<String> ticked = new ArrayList<>();
                    int sum = 0;
                    for (JsonNode o : options) {
                        if (random.nextDouble() < quality) {
                            ticked.add(o.get("id").asText());
                            sum += o.get("points").asInt();
                        }
                    }
                    lines.put(c.get("code").asText(), ticked);
                    total += Math.min(sum, c.get("maxPoints").asInt());
                    continue;
                }
                JsonNode cases = c.get("cases");
                if (!cases.isEmpty()) {
                    List<String> ofCase = texts(cases.get(Math.min(caseIndex, cases.size() - 1)).get("options"));
                    List<JsonNode> inCase = options.stream().filter(o -> ofCase.contains(o.get("id").asText()))
                            .toList();
                    if (!inCase.isEmpty()) {
                        options = new ArrayList<>(inCase);
                    }
                }
                JsonNode chosen = random.nextDouble() < quality ? best(options)
                        : options.get(random.nextInt(options.size()));
                String optionId = chosen.get("id").asText();
                one.put(c.get("code").asText(), optionId);
                total += chosen.get("points").asInt();
                triggered |= triggers.contains(optionId);
            }
            choices.put(member, one);
            ticks.put(member, lines);
            totals.put(member, total);
        }
        LocalDate submittedOn = LocalDate.parse(document.get("inForceFrom").asText());
        String version = document.get("version").asText();
        ObjectNode dossier = JSON.createObjectNode();
        String dossierId = version + "-" + code + "-" + index;
        dossier.put("id", dossierId);
        dossier.put("productSet", code);
        dossier.put("submittedOn", submittedOn.toString());
        dossier.put("criteriaVersion", version);
        ArrayNode found = dossier.putArray("findings");
        findings.forEach(found::add);
        ArrayNode sheets = dossier.putArray("sheets");
        for (String member : choices.keySet()) {
            ObjectNode sheet = sheets.addObject();
            sheet.put("member", member);
            ObjectNode given = sheet.putObject("choices");
            choices.get(member).forEach(given::put);
            ticks.get(member).forEach((criterion, ids) -> {
                ArrayNode list = given.putArray(criterion);
                ids.forEach(list::add);
            });
        }
        boolean knockedOut = triggered || !findings.isEmpty();
        Integer band = knockedOut ? null : band(document.get("bands").get("floors"), totals.values());
        return new Filled(dossierId, dossier.toString(), code, submittedOn, version, findings, choices, ticks, totals,
                knockedOut, band);
    }

    /** The band star of the exact average: {@code sum >= floor * members}, never a rounded average. */
    private static int band(JsonNode floors, java.util.Collection<Integer> totals) {
        long sum = totals.stream().mapToLong(Integer::longValue).sum();
        int star = 1;
        for (int i = 0; i < floors.size(); i++) {
            if (sum >= (long) floors.get(i).asInt() * totals.size()) {
                star = i + 2;
            }
        }
        return star;
    }

    private static JsonNode best(List<JsonNode> options) {
        JsonNode best = options.get(0);
        for (JsonNode o : options) {
            if (o.get("points").asInt() > best.get("points").asInt()) {
                best = o;
            }
        }
        return best;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }

    /** The same choices, built in code from the Java model's criteria and options (each must exist there). */
    private static Dossier fromModel(CriteriaVersion version, Filled f) {
        ScoringSheet sheet = version.sheet(f.set());
        List<MemberSheet> sheets = new ArrayList<>();
        for (String member : f.choices().keySet()) {
            Map<String, String> one = new HashMap<>();
            f.choices().get(member).forEach((code, id) -> {
                Criterion c = sheet.criterion(code).orElseThrow();
                one.put(c.code(), c.option(id).orElseThrow().id());
            });
            Map<String, List<String>> lines = new HashMap<>();
            f.ticks().get(member).forEach((code, ids) -> {
                Criterion c = sheet.criterion(code).orElseThrow();
                lines.put(c.code(), ids.stream().map(i -> c.option(i).orElseThrow().id()).toList());
            });
            sheets.add(MemberSheet.of(member, one, lines));
        }
        return Dossier.of(f.id(), f.set(), f.submittedOn(), sheets).withCriteriaVersion(f.version())
                .withFindings(f.findings());
    }
}
