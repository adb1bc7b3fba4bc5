package org.ocop.rules;

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
import org.ocop.rules.internal.Messages;

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
     * @param unchecked on a totals-only or average-only dossier, the checks it gives too little to make
     */
    record Checked(Optional<VersionResolution> resolution, List<Problem> problems, ScoringSheet sheet,
            Procedure procedure, Level level, Procedure.Authority authority, List<Problem> missing,
            List<Problem> notChecked, List<Text> warnings, Set<Unchecked> unchecked) {

        static Checked invalid(Optional<VersionResolution> resolution, List<Problem> problems) {
            return new Checked(resolution, List.copyOf(problems), null, null, null, null, List.of(), List.of(),
                    List.of(), Set.of());
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
        Text where = dossierWhere(dossier);
        List<Problem> problems = new ArrayList<>();

        VersionResolution resolution;
        try {
            resolution = dossier.criteriaVersion().isPresent()
                    ? catalogue.requested(dossier.criteriaVersion().get(), dossier.submittedOn())
                    : catalogue.resolve(dossier.submittedOn(), dossier.ratedOn().orElse(null));
        } catch (CriteriaLookupException e) {
            String field = dossier.criteriaVersion().isPresent() ? "criteriaVersion" : "submittedOn";
            Problem lookup = e.toProblem();
            problems.add(new Problem(field(where, field), lookup.problemText(), lookup.valueText(),
                    lookup.allowedText()));
            return Checked.invalid(Optional.empty(), problems);
        }
        if (settings.sheetEdition().isPresent()) {
            String name = settings.sheetEdition().get();
            try {
                resolution = new VersionResolution(resolution.version().withSheetEdition(name), resolution.rule(),
                        resolution.reasonText(), resolution.warningTexts());
            } catch (CriteriaLookupException e) {
                problems.add(new Problem(Messages.text("where.setting", where, "sheetEdition"),
                        Messages.text("validation.noSuchSheetEdition", resolution.version().id()),
                        Messages.literal(name), e.toProblem().allowedText()));
                return Checked.invalid(Optional.of(resolution), problems);
            }
        }
        CriteriaVersion version = resolution.version();
        if (!dossier.sheets().isEmpty() && !dossier.memberTotals().isEmpty()) {
            problems.add(new Problem(field(where, "memberTotals"), Messages.text("dossier.totalsWithSheets"),
                    Messages.literal(dossier.memberTotals().toString()),
                    Messages.text("dossier.totalsWithSheets.allowed")));
            return Checked.invalid(Optional.of(resolution), problems);
        }
        if (dossier.average().isPresent() && !dossier.isAverageOnly()) {
            problems.add(new Problem(field(where, "average"), Messages.text("dossier.averageWithMembers"),
                    Messages.literal(dossier.average().get().toPlainString()),
                    Messages.text("dossier.averageWithMembers.allowed")));
            return Checked.invalid(Optional.of(resolution), problems);
        }
        if (dossier.isTotalsOnly()) {
            return checkTotals(dossier, resolution);
        }
        if (dossier.isAverageOnly()) {
            return checkAverage(dossier, resolution);
        }
        if (version.setsWithSheets().isEmpty()) {
            String withSheets = catalogue.versions().stream().filter(v -> !v.setsWithSheets().isEmpty())
                    .map(CriteriaVersion::id).collect(Collectors.joining(", "));
            problems.add(new Problem(field(where, "productSet"), Messages.text("validation.noSheetsForVersion",
                    version.id()), Messages.literal(dossier.productSet()), Messages.text(
                            "validation.noSheetsForVersion.allowed", withSheets)));
            return Checked.invalid(Optional.of(resolution), problems);
        }
        ScoringSheet sheet;
        try {
            sheet = version.sheet(dossier.productSet());
        } catch (CriteriaLookupException e) {
            boolean noSheet = e.problem().startsWith("no scoring sheet");
            Problem lookup = e.toProblem();
            Text named = version.sheetEdition().equals(CriteriaVersion.DECISION_EDITION)
                    ? Messages.literal(version.id())
                    : Messages.text("versions.named", version.id(), version.sheetEdition());
            Text problem = noSheet ? Messages.text("validation.noSheet", named)
                    : Messages.text("validation.in", lookup.problemText(), version.id());
            Optional<Text> otherVersion = noSheet ? Optional.empty()
                    : catalogue.setMapping().explainForeignCode(dossier.productSet(), version, catalogue);
            if (otherVersion.isPresent()) {
                problem = otherVersion.get();
            }
            Text allowed = noSheet ? Messages.text("validation.noSheet.allowed", lookup.allowedText(), version.id())
                    : lookup.allowedText();
            problems.add(new Problem(field(where, "productSet"), problem, lookup.valueText(), allowed));
            return Checked.invalid(Optional.of(resolution), problems);
        }

        Optional<Problem> unsupported = unsupportedChecklist(where, version, sheet);
        if (unsupported.isPresent()) {
            problems.add(unsupported.get());
            return Checked.invalid(Optional.of(resolution), problems);
        }
        Evaluation evaluation = evaluation(dossier, version, where, problems);
        Procedure procedure = evaluation.procedure();
        Level level = evaluation.level();
        Optional<Procedure.Authority> authority = evaluation.authority();
        List<Problem> missing = new ArrayList<>();
        checkSheets(dossier, version, sheet, problems, missing);
        checkFindings(dossier, sheet, problems);
        checkCouncil(dossier, problems);
        if (!problems.isEmpty()) {
            problems.addAll(missing);
            return Checked.invalid(Optional.of(resolution), problems);
        }
        return new Checked(Optional.of(resolution), List.of(), sheet, procedure, level, authority.get(),
                List.copyOf(missing), List.of(), List.of(), Set.of());
    }

    /**
     * Checks a totals-only dossier: the members' totals, without their sheets. No sheet is needed, so every set of
     * every version can be rated (148's sets without a sheet, 781 before its sheets are in the data); what needs the
     * sheets or the members' names is said as not checked.
     */
    private Checked checkTotals(Dossier dossier, VersionResolution resolution) {
        Text where = dossierWhere(dossier);
        CriteriaVersion version = resolution.version();
        List<Problem> problems = new ArrayList<>();
        List<Text> warnings = new ArrayList<>();
        checkSetOnly(dossier, version, where, problems, warnings);
        int max = version.partMaxPoints().values().stream().mapToInt(Integer::intValue).sum();
        for (int i = 0; i < dossier.memberTotals().size(); i++) {
            int total = dossier.memberTotals().get(i);
            if (total < 0 || total > max) {
                problems.add(new Problem(field(where, "memberTotals[" + i + "]"), Messages.text(
                        "validation.notATotal", version.id()), Messages.literal(String.valueOf(total)),
                        Messages.text("validation.notATotal.allowed", max)));
            }
        }
        if (!dossier.findings().isEmpty()) {
            problems.add(new Problem(field(where, "findings"), Messages.text("validation.findingsOnTotals"),
                    Messages.literal(String.join(", ", dossier.findings())),
                    Messages.text("validation.findingsOnTotals.allowed")));
        }
        Evaluation evaluation = evaluation(dossier, version, where, problems);
        Procedure procedure = evaluation.procedure();
        Level level = evaluation.level();
        Optional<Procedure.Authority> authority = evaluation.authority();
        CouncilRules rules = settings.councilRules();
        if (rules.quorum() && dossier.council().isEmpty()) {
            problems.add(new Problem(field(where, "council"), Messages.text("validation.quorumWithoutCouncil"),
                    Messages.text("value.none"), Messages.text("validation.councilSize.allowed")));
        }
        if (!problems.isEmpty()) {
            return Checked.invalid(Optional.of(resolution), problems);
        }

        // Members are known by their place in the record; names are not given, so what needs a name is not checked.
        List<Problem> notChecked = new ArrayList<>();
        Set<Unchecked> unchecked = java.util.EnumSet.noneOf(Unchecked.class);
        if (version.starMinimums().kind() != StarMinimums.Kind.NONE) {
            unchecked.add(Unchecked.STAR_MINIMUMS);
            notChecked.add(new Problem(field(where, "memberTotals"), Messages.text("validation.minimumsNotChecked"),
                    Messages.text("value.noSheets"), Messages.text("validation.minimumsNotChecked.allowed",
                            version.id())));
        }
        Optional<String> secretary = dossier.council().flatMap(Council::secretary);
        if (rules.quorum() && dossier.council().flatMap(Council::chair).isPresent()) {
            unchecked.add(Unchecked.CHAIR_SCORED);
            notChecked.add(new Problem(field(where, "council.chair"), Messages.text("validation.chairNotChecked"),
                    Messages.text("value.totalsWithoutNames"), Messages.text("validation.namesNotChecked.allowed")));
        }
        if (rules.secretaryMustNotScore() && secretary.isPresent()) {
            unchecked.add(Unchecked.SECRETARY_SCORED);
            notChecked.add(new Problem(field(where, "council.secretary"),
                    Messages.text("validation.secretaryNotChecked"), Messages.text("value.totalsWithoutNames"),
                    Messages.text("validation.namesNotChecked.allowed")));
        }
        return new Checked(Optional.of(resolution), List.of(), null, procedure, level, authority.get(), List.of(),
                List.copyOf(notChecked), List.copyOf(warnings), unchecked);
    }

    /**
     * Checks an average-only dossier: the council's average alone, as a published results list prints it. Like a
     * totals-only dossier it needs no sheet; the band, star, recognition and forwarding follow from the average,
     * and every check that needs the members (star minimums, the council rules switched on) is said as not
     * checked, by a code ({@link Unchecked}) and a warning, never as a problem: the outcome stays RATED.
     */
    private Checked checkAverage(Dossier dossier, VersionResolution resolution) {
        Text where = dossierWhere(dossier);
        CriteriaVersion version = resolution.version();
        List<Problem> problems = new ArrayList<>();
        List<Text> warnings = new ArrayList<>();
        checkSetOnly(dossier, version, where, problems, warnings);
        java.math.BigDecimal average = dossier.average().orElseThrow();
        int max = version.partMaxPoints().values().stream().mapToInt(Integer::intValue).sum();
        Text allowed = Messages.text("validation.average.allowed", max, Dossier.MAX_AVERAGE_DECIMALS);
        if (average.signum() < 0 || average.compareTo(java.math.BigDecimal.valueOf(max)) > 0) {
            problems.add(new Problem(field(where, "average"), Messages.text("validation.notAnAverage", version.id()),
                    Messages.literal(average.toPlainString()), allowed));
        } else if (average.scale() > Dossier.MAX_AVERAGE_DECIMALS) {
            problems.add(new Problem(field(where, "average"), Messages.text("dossier.averageDecimals"),
                    Messages.literal(average.toPlainString()), allowed));
        }
        if (!dossier.findings().isEmpty()) {
            problems.add(new Problem(field(where, "findings"), Messages.text("validation.findingsOnAverage"),
                    Messages.literal(String.join(", ", dossier.findings())),
                    Messages.text("validation.findingsOnTotals.allowed")));
        }
        Evaluation evaluation = evaluation(dossier, version, where, problems);
        Procedure procedure = evaluation.procedure();
        Level level = evaluation.level();
        Optional<Procedure.Authority> authority = evaluation.authority();
        if (!problems.isEmpty()) {
            return Checked.invalid(Optional.of(resolution), problems);
        }
        // Without the members nothing that needs them can be checked: said by code and in words, a check at a time.
        CouncilRules rules = settings.councilRules();
        Set<Unchecked> unchecked = java.util.EnumSet.noneOf(Unchecked.class);
        if (version.starMinimums().kind() != StarMinimums.Kind.NONE) {
            unchecked.add(Unchecked.STAR_MINIMUMS);
        }
        if (rules.quorum()) {
            unchecked.add(Unchecked.COUNCIL_QUORUM);
        }
        if (rules.maxSpread().isPresent()) {
            unchecked.add(Unchecked.COUNCIL_SPREAD);
        }
        if (rules.secretaryMustNotScore()) {
            unchecked.add(Unchecked.SECRETARY_SCORED);
        }
        for (Unchecked check : unchecked) {
            warnings.add(check.warning(version.id()));
        }
        return new Checked(Optional.of(resolution), List.of(), null, procedure, level, authority.get(), List.of(),
                List.of(), List.copyOf(warnings), unchecked);
    }

    /** A dossier without sheets needs no sheet, only a product set of the version's classification. */
    private static void checkSetOnly(Dossier dossier, CriteriaVersion version, Text where, List<Problem> problems,
            List<Text> warnings) {
        if (version.productSets().isEmpty()) {
            warnings.add(Messages.text("warning.setNotChecked", dossier.productSet(), version.id()));
        } else {
            try {
                version.productSet(dossier.productSet());
            } catch (CriteriaLookupException e) {
                Problem lookup = e.toProblem();
                problems.add(new Problem(field(where, "productSet"), Messages.text("validation.in",
                        lookup.problemText(), version.id()), lookup.valueText(), lookup.allowedText()));
            }
        }
    }

    /** Checks every member's choices against the sheet; missing choices go apart (a knock-out excuses them). */
    private static void checkSheets(Dossier dossier, CriteriaVersion version, ScoringSheet sheet,
            List<Problem> problems, List<Problem> missing) {
        Text where = dossierWhere(dossier);
        if (dossier.sheets().isEmpty()) {
            problems.add(new Problem(field(where, "sheets"), Messages.text("validation.noSheets"),
                    Messages.literal("[]"), Messages.text("validation.noSheets.allowed")));
            return;
        }
        List<Criterion> criteria = sheet.criteria();
        Set<String> seen = new HashSet<>();
        for (MemberSheet member : dossier.sheets()) {
            Text at = Messages.text("where.member", where, member.member());
            if (member.member().isBlank()) {
                problems.add(new Problem(field(where, "sheets[].member"), Messages.text("validation.blankMember"),
                        Messages.literal("\"\""), Messages.text("validation.blankMember.allowed")));
            } else if (!seen.add(java.text.Normalizer.normalize(member.member(), java.text.Normalizer.Form.NFC)
                    .strip())) {
                // one person whatever the Unicode form (composed or decomposed Vietnamese) or stray spaces
                problems.add(new Problem(at, Messages.text("validation.twoSheets"), Messages.literal(member.member()),
                        Messages.text("validation.twoSheets.allowed")));
            }
            for (Map.Entry<String, String> choice : member.choices().entrySet()) {
                Criterion c = sheet.criterion(choice.getKey()).orElse(null);
                if (c == null) {
                    problems.add(unknownCriterion(at, choice.getKey(), sheet));
                    continue;
                }
                String optionId = choice.getValue();
                if (c.select() == Criterion.Select.ANY) {
                    problems.add(new Problem(criterion(at, c.code()), Messages.text("validation.oneForChecklist"),
                            Messages.literal(optionId), Messages.text("validation.oneForChecklist.allowed",
                                    String.join(", ", c.optionIds()))));
                    continue;
                }
                if (c.option(optionId).isEmpty()) {
                    problems.add(foreignOption(at, c, optionId, sheet, version));
                    continue;
                }
                Optional<Text> notApplicable = notApplicable(c, member);
                if (notApplicable.isPresent()) {
                    problems.add(new Problem(criterion(at, c.code()), Messages.text("validation.choiceNotApplicable",
                            notApplicable.get()), Messages.literal(optionId), Messages.text("validation.noChoice")));
                }
            }
            for (Map.Entry<String, List<String>> ticked : member.ticks().entrySet()) {
                Criterion c = sheet.criterion(ticked.getKey()).orElse(null);
                if (c == null) {
                    problems.add(unknownCriterion(at, ticked.getKey(), sheet));
                    continue;
                }
                if (c.select() == Criterion.Select.ONE) {
                    problems.add(new Problem(criterion(at, c.code()), Messages.text("validation.listForOne"),
                            Messages.literal(ticked.getValue().toString()),
                            Messages.text("validation.listForOne.allowed", String.join(", ", c.optionIds()))));
                    continue;
                }
                Set<String> lines = new HashSet<>();
                for (String optionId : ticked.getValue()) {
                    if (!lines.add(optionId)) {
                        problems.add(new Problem(criterion(at, c.code()), Messages.text("validation.tickedTwice"),
                                Messages.literal(optionId), Messages.text("validation.tickedTwice.allowed")));
                    } else if (c.option(optionId).isEmpty()) {
                        problems.add(foreignOption(at, c, optionId, sheet, version));
                    }
                }
                Optional<Text> notApplicable = notApplicable(c, member);
                if (notApplicable.isPresent()) {
                    problems.add(new Problem(criterion(at, c.code()), Messages.text("validation.linesNotApplicable",
                            notApplicable.get()), Messages.literal(ticked.getValue().toString()),
                            Messages.text("validation.noChoice")));
                }
            }
            for (Criterion c : criteria) {
                if (!member.answered(c.code()) && notApplicable(c, member).isEmpty()) {
                    missing.add(new Problem(criterion(at, c.code()), Messages.text(c.select() == Criterion.Select.ANY
                            ? "validation.noLines" : "validation.noOption"), Messages.text("value.none"),
                            Messages.literal(String.join(", ", c.optionIds()))));
                }
            }
        }
    }

    private static Problem unknownCriterion(Text at, String code, ScoringSheet sheet) {
        return new Problem(criterion(at, code), Messages.text("validation.unknownCriterion", sheet.productSet()),
                Messages.literal(code), Messages.literal(sheet.criteria().stream().map(Criterion::code)
                        .collect(Collectors.joining(", "))));
    }

    private static Problem foreignOption(Text at, Criterion c, String optionId, ScoringSheet sheet,
            CriteriaVersion version) {
        Criterion owner = sheet.criterionOfOption(optionId).orElse(null);
        Text problem = owner == null
                ? otherEditionHaving(version, sheet.productSet(), c.code(), optionId)
                        .map(edition -> Messages.text("validation.unknownOption.edition", edition))
                        .orElse(Messages.text("validation.unknownOption"))
                : Messages.text("validation.otherCriterionsOption", owner.code());
        return new Problem(criterion(at, c.code()), problem, Messages.literal(optionId),
                Messages.literal(String.join(", ", c.optionIds())));
    }

    /** {@code dossier <id>}: where every problem of a dossier starts. */
    private static Text dossierWhere(Dossier dossier) {
        return Messages.text("where.dossier", dossier.id());
    }

    /** {@code <where>, field <name>}. */
    private static Text field(Text where, String name) {
        return Messages.text("where.field", where, name);
    }

    /** {@code <where>, criterion <code>}. */
    private static Text criterion(Text where, String code) {
        return Messages.text("where.criterion", where, code);
    }

    /** The procedure, level and authority that evaluate a dossier, whatever its kind. */
    private record Evaluation(Procedure procedure, Level level, Optional<Procedure.Authority> authority) {
    }

    /**
     * The procedure in force on the day the dossier was rated (else submitted), the dossier's level (else the
     * procedure's first), and that level's authority; a level the procedure lacks is added to {@code problems}.
     */
    private static Evaluation evaluation(Dossier dossier, CriteriaVersion version, Text where,
            List<Problem> problems) {
        Procedure procedure = version.procedureOn(dossier.ratedOn().orElse(dossier.submittedOn()));
        Level level = dossier.level().orElse(procedure.levels().get(0).level());
        Optional<Procedure.Authority> authority = procedure.authority(level);
        if (authority.isEmpty()) {
            problems.add(levelProblem(where, procedure, level));
        }
        return new Evaluation(procedure, level, authority);
    }

    private static Problem levelProblem(Text where, Procedure procedure, Level level) {
        return new Problem(field(where, "level"), Messages.text("validation.level", procedure.name()),
                Messages.literal(level.name()), Messages.literal(procedure.levels().stream()
                        .map(a -> a.level().name()).collect(Collectors.joining(", "))));
    }

    /**
     * A checklist criterion is rated generically (its ticked lines add up to its cap), but what a star minimum, a
     * knock-out trigger or a condition would mean on one is not printed anywhere: no sheet combines them today, and
     * a sheet that ever does is refused rather than rated by a guess.
     */
    private static Optional<Problem> unsupportedChecklist(Text where, CriteriaVersion version,
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
        return Optional.of(new Problem(field(where, "productSet"), Messages.text("validation.checklistCombined",
                sheet.productSet(), version.id()), Messages.literal(String.join(", ", combined)),
                Messages.text("validation.checklistCombined.allowed")));
    }

    /** The other sheet edition that has the option on the criterion, if one has. */
    private static Optional<String> otherEditionHaving(CriteriaVersion version, String set, String criterion,
            String option) {
        for (String name : version.sheetEditions()) {
            if (name.equals(version.sheetEdition())) {
                continue;
            }
            boolean has = version.withSheetEdition(name).productSets().stream()
                    .filter(p -> p.code().equals(set)).findFirst().flatMap(ProductSet::sheet)
                    .flatMap(other -> other.criterion(criterion)).flatMap(k -> k.option(option)).isPresent();
            if (has) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** Why a conditional criterion does not apply to this member's sheet, if it does not. */
    static Optional<Text> notApplicable(Criterion criterion, MemberSheet member) {
        if (criterion.onlyIf().isEmpty()) {
            return Optional.empty();
        }
        Applicability condition = criterion.onlyIf().get();
        String chosen = member.choices().get(condition.criterion());
        if (chosen != null && condition.notChosen().contains(chosen)) {
            // the condition's text is the sheet's own words
            return Optional.of(Messages.text("validation.notApplicable", condition.criterion(), chosen,
                    condition.text()));
        }
        return Optional.empty();
    }

    private static void checkFindings(Dossier dossier, ScoringSheet sheet, List<Problem> problems) {
        Set<String> seen = new HashSet<>();
        for (String finding : dossier.findings()) {
            if (sheet.knockOut(finding).isEmpty()) {
                problems.add(new Problem(field(dossierWhere(dossier), "findings"), Messages.text(
                        "validation.unknownKnockOut", sheet.productSet()), Messages.literal(finding),
                        Messages.literal(sheet.knockOuts().stream().map(KnockOutRule::id)
                                .collect(Collectors.joining(", ")))));
            } else if (!seen.add(finding)) {
                problems.add(new Problem(field(dossierWhere(dossier), "findings"),
                        Messages.text("validation.findingTwice"), Messages.literal(finding),
                        Messages.text("validation.findingTwice.allowed")));
            }
        }
    }

    private void checkCouncil(Dossier dossier, List<Problem> problems) {
        if (!settings.councilRules().quorum()) {
            return;
        }
        Text where = dossierWhere(dossier);
        if (dossier.council().isEmpty()) {
            problems.add(new Problem(field(where, "council"), Messages.text("validation.quorumWithoutCouncil"),
                    Messages.text("value.none"), Messages.text("validation.council.allowed")));
        } else if (dossier.council().get().chair().isEmpty()) {
            problems.add(new Problem(field(where, "council.chair"), Messages.text("validation.quorumWithoutCouncil"),
                    Messages.text("value.none"), Messages.text("validation.chair.allowed")));
        }
    }

}
