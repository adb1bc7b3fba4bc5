package org.ocop.rules.criteria;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The shapes of the criteria data files, exactly as written (format {@code ocop-criteria/1}); the loader turns them
 * into the public model after checking them. Every field here is a key the files may use: any other key is an error.
 * The format is documented in docs/criteria-data.md.
 */
final class CriteriaFileFormat {
    private CriteriaFileFormat() {
    }

    record Index(String format, String about, List<String> versions) {
    }

    record Version(String format, String id, String edition, String editionNotes, DecisionJson decision,
            InForce inForce, Map<String, Integer> parts, Bands bands, StarMinimumsJson starMinimums,
            List<ProcedureJson> procedures, Text transition, Classification classification, Text sheetsSource,
            List<Sheet> sheets, BasedOn basedOn, List<ClassificationChange> classificationChanges,
            MinimumRequirements minimumRequirements, List<String> sheetEditions) {
    }

    /** A version that amends an earlier one: it takes that version's classification and sheets. */
    record BasedOn(String version, String text, String source, String status, String doubt) {
    }

    /** A product set or group renamed by an amending decision. */
    record ClassificationChange(String code, String name, String source, String status) {
    }

    /** A file of another sheet edition of a version (format {@code ocop-criteria-sheets/1}). */
    record SheetsFile(String format, String version, String sheetEdition, String about, SheetsSourceJson sheetsSource,
            List<Sheet> sheets) {
    }

    record SheetsSourceJson(String status, String source, String text) {
    }

    /** A minimum-requirements table known in part (781's Phụ lục II mục 6). */
    record MinimumRequirements(String status, String source, String text, Text groups, Text mapping,
            List<String> exempt, List<RequirementJson> requirements, List<UnknownJson> unknown) {
    }

    record RequirementJson(String id, Integer stars, String row, String text, List<MarkerJson> markers,
            List<NotMappedJson> notMapped) {
    }

    record MarkerJson(String set, String option, String doubt) {
    }

    record NotMappedJson(String set, String reason) {
    }

    record UnknownJson(String row, List<Integer> stars, String text) {
    }

    record DecisionJson(String number, String signed, String title, String status, List<String> sources) {
    }

    record InForce(String from, String source, String status, String lapses, String lapsesSource,
            String lapsesStatus) {
    }

    record Text(String text, String source, String status, String doubt) {
    }

    /**
     * The star bands: the text as its source states it, and {@code floors}, the lower bounds of 2★ to 5★ read from
     * that text (same source and status).
     */
    record Bands(String text, String source, String status, String doubt, List<Integer> floors) {
        /** The text, its source, status and doubt. */
        Text statement() {
            return new Text(text, source, status, doubt);
        }
    }

    record StarMinimumsJson(String kind, String text, String source, String status) {
    }

    record ProcedureJson(String from, String name, String status, String source, List<LevelJson> levels,
            List<String> notes) {
    }

    record LevelJson(String level, List<Integer> recognises, String forwardsTo, Integer forwardsFrom) {
    }

    record Classification(String status, String source, List<ClassJson> classes) {
    }

    record ClassJson(String code, String name, List<Group> groups) {
    }

    record Group(String code, String name, String ministry, List<Subgroup> subgroups) {
    }

    record Subgroup(String code, String name, String ministry) {
    }

    record Sheet(String set, Integer number, String title, String header, Source source, String status,
            String starMarkerLegend, String footer, List<KnockOut> knockOuts, List<AnomalyJson> anomalies,
            List<PartJson> parts) {
    }

    record Source(String annex, String item) {
    }

    record KnockOut(String id, String kind, String trigger, String at, String text, String status, String doubt,
            List<String> options) {
    }

    record AnomalyJson(String at, String kind, String printed, String reading, String status) {
    }

    record PartJson(String part, String label, Integer maxPoints, List<Item> items) {
    }

    /** {@code select}: {@code "ONE"} (the default when absent) or {@code "ANY"} for a checklist criterion. */
    record Item(String code, String label, Integer maxPoints, List<String> notes, String doubt, List<String> cases,
            OnlyIf onlyIf, String select, List<Item> items, List<OptionJson> options) {
    }

    record OnlyIf(String criterion, List<String> notChosen, String text) {
    }

    record OptionJson(String id, Integer points, Integer minStars, @JsonProperty("case") String caseLabel,
            String text, String printedPoints, String status, String doubt, List<String> notes, Source source) {
    }

    record SetMappingFile(String format, String about, List<MappingJson> mappings) {
    }

    record MappingJson(List<String> from, List<String> to, String source, List<MappingEntryJson> sets) {
    }

    record MappingEntryJson(String from, List<String> to, String basis, String status) {
    }

    record ComparisonFile(String format, String from, String to, String fromEdition, String toEdition, String status,
            String basis, Map<String, Integer> counts, List<ComparisonSetJson> sets) {
    }

    record ComparisonSetJson(String set, Integer number, List<ComparisonEntryJson> criteria) {
    }

    record ComparisonEntryJson(String from, String label, String to, String kind, Map<String, String> options,
            List<String> changes) {
    }
}
