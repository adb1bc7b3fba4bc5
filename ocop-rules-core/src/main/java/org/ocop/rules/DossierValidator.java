package org.ocop.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriteriaLookupException;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.KnockOutRule;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.criteria.Procedure;
import org.ocop.rules.criteria.ProductSet;
import org.ocop.rules.criteria.ScoringSheet;
import org.ocop.rules.criteria.StarMinimums;
import org.ocop.rules.criteria.VersionResolution;
import org.ocop.rules.dossier.Council;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.MemberSheet;

/**
 * Checks a dossier against the criteria before any engine sees it: resolves its criteria version (and the sheet
 * edition of the settings), finds its sheet and procedure, and turns everything wrong into a {@link Problem} naming
 * dossier, member, criterion or field, the value and what is allowed. Nothing here throws for a property of the
 * dossier.
 *
 * <p>Immutable and thread-safe; one per {@link Rater}.
 */
final class DossierValidator {

    private final CriteriaCatalogue catalogue;
    private final RatingSettings settings;

    DossierValidator(CriteriaCatalogue catalogue, RatingSettings settings) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * What the checks found: the problems that make the dossier INVALID, or what rating it needs.
     *
     * @param resolution the criteria version as resolved, and with the settings' sheet edition once that was found;
     *     empty when no version could be resolved
     * @param problems why the dossier is INVALID; empty when it can be rated
     * @param sheet the product set's scoring sheet; {@code null} for a totals-only dossier or when invalid
     * @param procedure the procedure in force on the rating day; {@code null} when invalid
     * @param level the evaluating level; {@code null} when invalid
     * @param authority the level's powers under the procedure; {@code null} when invalid
     * @param missing criteria a member left unanswered: the dossier is INVALID for them unless a knock-out applies,
     *     which only the engine can tell
     * @param notChecked on a totals-only dossier, what cannot be checked without the members' sheets
     * @param warnings what the checks noticed beyond the resolution's own warnings
     */
    record Checked(Optional<VersionResolution> resolution, List<Problem> problems, ScoringSheet sheet,
            Procedure procedure, Level level, Procedure.Authority authority, List<Problem> missing,
            List<Problem> notChecked, List<String> warnings) {

        static Checked invalid(Optional<VersionResolution> resolution, List<Problem> problems) {
            return new Checked(resolution, List.copyOf(problems), null, null, null, null, List.of(), List.of(),
                    List.of());
        }

        /** Whether the dossier can be given to the engine. */
        boolean isValid() {
            return problems.isEmpty();
        }

        /** The resolved criteria version; only on a valid dossier. */
        CriteriaVersion version() {
            return resolution.orElseThrow().version();
        }
    }

    /** Checks a dossier: the problems that make it INVALID, or the version, sheet and procedure it is rated under. */
    Checked check(Dossier dossier) {
        String where = "dossier " + dossier.id();
        List<Problem> problems = new ArrayList<>();

        VersionResolution resolution;
        try {
            resolution = dossier.criteriaVersion().isPresent()
                    ? catalogue.requested(dossier.criteriaVersion().get(), dossier.submittedOn())
                    : catalogue.resolve(dossier.submittedOn(), dossier.ratedOn().orElse(null));
        } catch (CriteriaLookupException e) {
            String field = dossier.criteriaVersion().isPresent() ? "criteriaVersion" : "submittedOn";
            problems.add(new Problem(where + ", field " + field, e.problem(), e.value(), e.allowed()));
            return Checked.invalid(Optional.empty(), problems);
        }
        if (settings.sheetEdition().isPresent()) {
            String name = settings.sheetEdition().get();
            try {
                resolution = new VersionResolution(resolution.version().withSheetEdition(name), resolution.rule(),
                        resolution.reasonText(), resolution.warningTexts());
            } catch (CriteriaLookupException e) {
                problems.add(new Problem(where + ", setting sheetEdition", "criteria version "
                        + resolution.version().id() + " has no such sheet edition", name, e.allowed()));
                return Checked.invalid(Optional.of(resolution), problems);
            }
        }
        CriteriaVersion version = resolution.version();
        if (!dossier.sheets().isEmpty() && !dossier.memberTotals().isEmpty()) {
            problems.add(new Problem(where + ", field memberTotals", "given together with sheets",
                    dossier.memberTotals().toString(), "one or the other: the members' sheets, or only their totals "
                            + "when the sheets are not at hand"));
            return Checked.invalid(Optional.of(resolution), problems);
        }
        if (dossier.isTotalsOnly()) {
            return checkTotals(dossier, resolution);
        }
        if (version.setsWithSheets().isEmpty()) {
            String withSheets = catalogue.versions().stream().filter(v -> !v.setsWithSheets().isEmpty())
                    .map(CriteriaVersion::id).collect(Collectors.joining(", "));
            problems.add(new Problem(where + ", field productSet", "no scoring sheets are in the data for "
                    + version.id() + " yet", dossier.productSet(), "a dossier under a version with sheets: "
                    + withSheets + "; or the members' totals (\"memberTotals\") instead of their sheets, which "
                    + "every version rates"));
            return Checked.invalid(Optional.of(resolution), problems);
        }
        ScoringSheet sheet;
        try {
            sheet = version.sheet(dossier.productSet());
        } catch (CriteriaLookupException e) {
            boolean noSheet = e.problem().startsWith("no scoring sheet");
            String edition = version.sheetEdition().equals(CriteriaVersion.DECISION_EDITION) ? ""
                    : " (sheet edition " + version.sheetEdition() + ")";
            String problem = noSheet
                    ? "no scoring sheet of " + version.id() + edition + " is in the data for product set"
                    : e.problem() + " in " + version.id();
            Optional<String> otherVersion = noSheet ? Optional.empty()
                    : catalogue.setMapping().explainForeignCode(dossier.productSet(), version, catalogue)
                            .map(Text::toString);
            if (otherVersion.isPresent()) {
                problem = otherVersion.get();
            }
            String allowed = noSheet ? "a product set with a sheet: " + e.allowed() + "; or the members' totals "
                    + "(\"memberTotals\") instead of their sheets, which rate every set of " + version.id()
                    : e.allowed();
            problems.add(new Problem(where + ", field productSet", problem, e.value(), allowed));
            return Checked.invalid(Optional.of(resolution), problems);
        }

        Optional<Problem> unsupported = unsupportedChecklist(where, version, sheet);
        if (unsupported.isPresent()) {
            problems.add(unsupported.get());
            return Checked.invalid(Optional.of(resolution), problems);
        }
        LocalDate procedureDay = dossier.ratedOn().orElse(dossier.submittedOn());
        Procedure procedure = version.procedureOn(procedureDay);
        Level level = dossier.level().orElse(procedure.levels().get(0).level());
        Optional<Procedure.Authority> authority = procedure.authority(level);
        if (authority.isEmpty()) {
            problems.add(new Problem(where + ", field level", "level does not evaluate under " + procedure.name(),
                    level.name(), procedure.levels().stream().map(a -> a.level().name())
                            .collect(Collectors.joining(", "))));
        }
        List<Problem> missing = new ArrayList<>();
        checkSheets(dossier, version, sheet, problems, missing);
        checkFindings(dossier, sheet, problems);
        checkCouncil(dossier, problems);
        if (!problems.isEmpty()) {
            problems.addAll(missing);
            return Checked.invalid(Optional.of(resolution), problems);
        }
        return new Checked(Optional.of(resolution), List.of(), sheet, procedure, level, authority.get(),
                List.copyOf(missing), List.of(), List.of());
    }

    /**
     * Checks a totals-only dossier: the members' totals, without their sheets. No sheet is needed, so every set of
     * every version can be rated (148's sets without a sheet, 781 before its sheets are in the data); what needs the
     * sheets or the members' names is said as not checked.
     */
    private Checked checkTotals(Dossier dossier, VersionResolution resolution) {
        String where = "dossier " + dossier.id();
        CriteriaVersion version = resolution.version();
        List<Problem> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (version.productSets().isEmpty()) {
            warnings.add("product set " + dossier.productSet() + " not checked: the classification of "
                    + version.id() + " is not in the data yet");
        } else {
            try {
                version.productSet(dossier.productSet());
            } catch (CriteriaLookupException e) {
                problems.add(new Problem(where + ", field productSet", e.problem() + " in " + version.id(),
                        e.value(), e.allowed()));
            }
        }
        int max = version.partMaxPoints().values().stream().mapToInt(Integer::intValue).sum();
        for (int i = 0; i < dossier.memberTotals().size(); i++) {
            int total = dossier.memberTotals().get(i);
            if (total < 0 || total > max) {
                problems.add(new Problem(where + ", field memberTotals[" + i + "]", "not a member's total under "
                        + version.id(), String.valueOf(total), "whole points from 0 to " + max));
            }
        }
        if (!dossier.findings().isEmpty()) {
            problems.add(new Problem(where + ", field findings", "knock-out findings on a totals-only dossier",
                    String.join(", ", dossier.findings()), "no findings: a disqualified or stopped dossier is not "
                            + "scored, so it has no totals; give the members' sheets to rate its knock-outs"));
        }
        LocalDate procedureDay = dossier.ratedOn().orElse(dossier.submittedOn());
        Procedure procedure = version.procedureOn(procedureDay);
        Level level = dossier.level().orElse(procedure.levels().get(0).level());
        Optional<Procedure.Authority> authority = procedure.authority(level);
        if (authority.isEmpty()) {
            problems.add(new Problem(where + ", field level", "level does not evaluate under " + procedure.name(),
                    level.name(), procedure.levels().stream().map(a -> a.level().name())
                            .collect(Collectors.joining(", "))));
        }
        CouncilRules rules = settings.councilRules();
        if (rules.quorum() && dossier.council().isEmpty()) {
            problems.add(new Problem(where + ", field council", "missing, but the quorum rule is on", "(none)",
                    "{\"size\": members on the council}"));
        }
        if (!problems.isEmpty()) {
            return Checked.invalid(Optional.of(resolution), problems);
        }

        // Members are known by their place in the record; names are not given, so what needs a name is not checked.
        List<Problem> notChecked = new ArrayList<>();
        if (version.starMinimums().kind() != StarMinimums.Kind.NONE) {
            notChecked.add(new Problem(where + ", field memberTotals", "star minimums not checked",
                    "no member sheets were given", "the members' sheets (\"sheets\"), to check the star minimums of "
                            + version.id() + "; the rated star is the band's"));
        }
        Optional<String> secretary = dossier.council().flatMap(Council::secretary);
        if (rules.quorum() && dossier.council().flatMap(Council::chair).isPresent()) {
            notChecked.add(new Problem(where + ", field council.chair", "whether the chair scored is not checked",
                    "members' totals without names", "the members' sheets, which name each member"));
        }
        if (rules.secretaryMustNotScore() && secretary.isPresent()) {
            notChecked.add(new Problem(where + ", field council.secretary", "whether the secretary scored is not "
                    + "checked", "members' totals without names", "the members' sheets, which name each member"));
        }
        return new Checked(Optional.of(resolution), List.of(), null, procedure, level, authority.get(), List.of(),
                List.copyOf(notChecked), List.copyOf(warnings));
    }

    /** Checks every member's choices against the sheet; missing choices go apart (a knock-out excuses them). */
    private static void checkSheets(Dossier dossier, CriteriaVersion version, ScoringSheet sheet,
            List<Problem> problems, List<Problem> missing) {
        String where = "dossier " + dossier.id();
        if (dossier.sheets().isEmpty()) {
            problems.add(new Problem(where + ", field sheets", "no member sheets", "[]",
                    "one sheet per scoring member, at least one; or the members' totals (memberTotals)"));
            return;
        }
        List<Criterion> criteria = sheet.criteria();
        Set<String> seen = new HashSet<>();
        for (MemberSheet member : dossier.sheets()) {
            String at = where + ", member " + member.member();
            if (member.member().isBlank()) {
                problems.add(new Problem(where + ", field sheets[].member", "blank member name", "\"\"",
                        "the member's name or seat"));
            } else if (!seen.add(java.text.Normalizer.normalize(member.member(), java.text.Normalizer.Form.NFC)
                    .strip())) {
                // one person whatever the Unicode form (composed or decomposed Vietnamese) or stray spaces
                problems.add(new Problem(at, "two sheets for one member", member.member(),
                        "one sheet per member"));
            }
            for (Map.Entry<String, String> choice : member.choices().entrySet()) {
                Criterion c = sheet.criterion(choice.getKey()).orElse(null);
                if (c == null) {
                    problems.add(unknownCriterion(at, choice.getKey(), sheet));
                    continue;
                }
                String optionId = choice.getValue();
                if (c.select() == Criterion.Select.ANY) {
                    problems.add(new Problem(at + ", criterion " + c.code(), "one option given for a checklist "
                            + "criterion", optionId, "a list of the lines ticked, even of one, [] when none: "
                                    + String.join(", ", c.optionIds())));
                    continue;
                }
                if (c.option(optionId).isEmpty()) {
                    problems.add(foreignOption(at, c, optionId, sheet, version));
                    continue;
                }
                Optional<String> notApplicable = notApplicable(c, member);
                if (notApplicable.isPresent()) {
                    problems.add(new Problem(at + ", criterion " + c.code(), "choice on a criterion that does not "
                            + "apply (" + notApplicable.get() + ")", optionId, "no choice"));
                }
            }
            for (Map.Entry<String, List<String>> ticked : member.ticks().entrySet()) {
                Criterion c = sheet.criterion(ticked.getKey()).orElse(null);
                if (c == null) {
                    problems.add(unknownCriterion(at, ticked.getKey(), sheet));
                    continue;
                }
                if (c.select() == Criterion.Select.ONE) {
                    problems.add(new Problem(at + ", criterion " + c.code(), "a list of options for a criterion "
                            + "that takes one option", ticked.getValue().toString(), "one option id of "
                                    + String.join(", ", c.optionIds())));
                    continue;
                }
                Set<String> lines = new HashSet<>();
                for (String optionId : ticked.getValue()) {
                    if (!lines.add(optionId)) {
                        problems.add(new Problem(at + ", criterion " + c.code(), "option ticked twice", optionId,
                                "each ticked line once"));
                    } else if (c.option(optionId).isEmpty()) {
                        problems.add(foreignOption(at, c, optionId, sheet, version));
                    }
                }
                Optional<String> notApplicable = notApplicable(c, member);
                if (notApplicable.isPresent()) {
                    problems.add(new Problem(at + ", criterion " + c.code(), "lines ticked on a criterion that does "
                            + "not apply (" + notApplicable.get() + ")", ticked.getValue().toString(), "no choice"));
                }
            }
            for (Criterion c : criteria) {
                if (!member.answered(c.code()) && notApplicable(c, member).isEmpty()) {
                    missing.add(new Problem(at + ", criterion " + c.code(), c.select() == Criterion.Select.ANY
                            ? "no lines given (a checklist: list the lines ticked, [] when none)" : "no option chosen",
                            "(none)", String.join(", ", c.optionIds())));
                }
            }
        }
    }

    private static Problem unknownCriterion(String at, String code, ScoringSheet sheet) {
        return new Problem(at + ", criterion " + code, "unknown criterion on sheet " + sheet.productSet(), code,
                sheet.criteria().stream().map(Criterion::code).collect(Collectors.joining(", ")));
    }

    private static Problem foreignOption(String at, Criterion c, String optionId, ScoringSheet sheet,
            CriteriaVersion version) {
        Criterion owner = sheet.criterionOfOption(optionId).orElse(null);
        String problem = owner == null
                ? "unknown option" + otherEditionHaving(version, sheet.productSet(), c.code(), optionId)
                : "option of another criterion (" + owner.code() + ")";
        return new Problem(at + ", criterion " + c.code(), problem, optionId, String.join(", ", c.optionIds()));
    }

    /**
     * A checklist criterion is rated generically (its ticked lines add up to its cap), but what a star minimum, a
     * knock-out trigger or a condition would mean on one is not printed anywhere: no sheet combines them today, and
     * a sheet that ever does is refused rather than rated by a guess.
     */
    private static Optional<Problem> unsupportedChecklist(String where, CriteriaVersion version,
            ScoringSheet sheet) {
        List<String> combined = new ArrayList<>();
        Set<String> triggerOptions = new HashSet<>();
        sheet.knockOuts().forEach(k -> triggerOptions.addAll(k.options()));
        Set<String> conditions = new HashSet<>();
        sheet.criteria().forEach(c -> c.onlyIf().ifPresent(a -> conditions.add(a.criterion())));
        for (Criterion c : sheet.criteria()) {
            if (c.select() != Criterion.Select.ANY) {
                continue;
            }
            if (c.hasStarMinimums()) {
                combined.add(c.code() + " (star minimum)");
            }
            if (c.options().stream().anyMatch(o -> triggerOptions.contains(o.id()))) {
                combined.add(c.code() + " (knock-out trigger)");
            }
            if (c.onlyIf().isPresent() || conditions.contains(c.code())) {
                combined.add(c.code() + " (condition)");
            }
        }
        if (combined.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Problem(where + ", field productSet", "sheet " + sheet.productSet() + " of "
                + version.id() + " combines checklist criteria with star minimums, knock-out triggers or conditions, "
                + "whose meaning on a checklist is not printed", String.join(", ", combined),
                "a sheet whose checklist criteria only add their ticked lines"));
    }

    /** " (an option of the portal sheet edition only)" when another sheet edition has it on the criterion. */
    private static String otherEditionHaving(CriteriaVersion version, String set, String criterion, String option) {
        for (String name : version.sheetEditions()) {
            if (name.equals(version.sheetEdition())) {
                continue;
            }
            boolean has = version.withSheetEdition(name).productSets().stream()
                    .filter(p -> p.code().equals(set)).findFirst().flatMap(ProductSet::sheet)
                    .flatMap(other -> other.criterion(criterion)).flatMap(k -> k.option(option)).isPresent();
            if (has) {
                return " (an option of the " + name + " sheet edition only: rate with that edition)";
            }
        }
        return "";
    }

    /** Why a conditional criterion does not apply to this member's sheet, if it does not. */
    static Optional<String> notApplicable(Criterion criterion, MemberSheet member) {
        if (criterion.onlyIf().isEmpty()) {
            return Optional.empty();
        }
        Applicability condition = criterion.onlyIf().get();
        String chosen = member.choices().get(condition.criterion());
        if (chosen != null && condition.notChosen().contains(chosen)) {
            return Optional.of(condition.criterion() + " is " + chosen + ": " + condition.text());
        }
        return Optional.empty();
    }

    private static void checkFindings(Dossier dossier, ScoringSheet sheet, List<Problem> problems) {
        Set<String> seen = new HashSet<>();
        for (String finding : dossier.findings()) {
            if (sheet.knockOut(finding).isEmpty()) {
                problems.add(new Problem("dossier " + dossier.id() + ", field findings", "unknown knock-out rule "
                        + "on sheet " + sheet.productSet(), finding, sheet.knockOuts().stream()
                                .map(KnockOutRule::id).collect(Collectors.joining(", "))));
            } else if (!seen.add(finding)) {
                problems.add(new Problem("dossier " + dossier.id() + ", field findings", "finding listed twice",
                        finding, "each knock-out rule once"));
            }
        }
    }

    private void checkCouncil(Dossier dossier, List<Problem> problems) {
        if (!settings.councilRules().quorum()) {
            return;
        }
        String where = "dossier " + dossier.id() + ", field council";
        if (dossier.council().isEmpty()) {
            problems.add(new Problem(where, "missing, but the quorum rule is on", "(none)",
                    "{\"size\": members on the council, \"chair\": the chair's name}"));
        } else if (dossier.council().get().chair().isEmpty()) {
            problems.add(new Problem(where + ".chair", "missing, but the quorum rule is on", "(none)",
                    "the chair's name as on the sheets"));
        }
    }

}
