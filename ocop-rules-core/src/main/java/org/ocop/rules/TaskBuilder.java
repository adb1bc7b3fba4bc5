package org.ocop.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.KnockOutRule;
import org.ocop.rules.criteria.Option;
import org.ocop.rules.criteria.Procedure;
import org.ocop.rules.criteria.ScoringSheet;
import org.ocop.rules.dossier.Council;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.MemberSheet;
import org.ocop.rules.engine.RatingTask;

/**
 * Flattens a checked dossier, its sheet and the settings into the {@link RatingTask} an engine decides: the members'
 * choices with their points, the sheet's markers, knock-outs, triggers and checklists, the authority, the council
 * and the policies.
 *
 * <p>Thread-safe; one per {@link Rater}. What every task of a sheet shares is built once per sheet and kept (a
 * bounded set: the catalogue's sheets).
 */
final class TaskBuilder {

    private final RatingSettings settings;
    private final ConcurrentMap<ScoringSheet, SheetFacts> sheetFacts = new ConcurrentHashMap<>();

    TaskBuilder(RatingSettings settings) {
        this.settings = settings;
    }

    /** The task of a dossier the validator found valid: from the members' sheets, or from their totals. */
    RatingTask task(Dossier dossier, DossierValidator.Checked checked) {
        return switch (dossier.kind()) {
            case TOTALS -> fromTotals(dossier, checked);
            case AVERAGE -> fromAverage(dossier, checked);
            case SHEETS -> fromSheets(dossier, checked);
        };
    }

    /**
     * The task of an average-only dossier: no members, only the average as recorded, as the exact fraction over a
     * power of ten; the engine decides the band, outcome, recognition and forwarding from it. The council rules
     * need the members, so the task's policy switches them off (the rating says they were not checked).
     */
    private RatingTask fromAverage(Dossier dossier, DossierValidator.Checked checked) {
        CriteriaVersion version = checked.version();
        java.math.BigDecimal average = dossier.average().orElseThrow();
        // 7E+1 is 70: a negative scale is no decimals; the validator allowed at most Dossier.MAX_AVERAGE_DECIMALS
        java.math.BigDecimal exact = average.scale() < 0 ? average.setScale(0) : average;
        Average given = new Average(exact.unscaledValue().longValueExact(),
                java.math.BigInteger.TEN.pow(exact.scale()).intValueExact());
        RatingTask.Policy all = policy();
        RatingTask.Policy noCouncilRules = new RatingTask.Policy(all.minimumPolicy(), all.consensus(), false, -1,
                false);
        return RatingTask.builder(dossier.id(), version.id(), version.edition(), dossier.productSet())
                .authority(authority(checked.procedure(), checked.authority()))
                .council(new RatingTask.Council(0, Optional.empty(), Optional.empty())).policy(noCouncilRules)
                .givenAverage(given).sheetEdition(version.sheetEdition()).bands(version.starBands()).build();
    }

    private RatingTask fromSheets(Dossier dossier, DossierValidator.Checked checked) {
        CriteriaVersion version = checked.version();
        ScoringSheet sheet = checked.sheet();
        List<String> members = dossier.sheets().stream().map(MemberSheet::member).toList();
        List<RatingTask.Choice> choices = new ArrayList<>();
        for (MemberSheet member : dossier.sheets()) {
            for (Criterion c : sheet.criteria()) {
                // one choice per option given: the one chosen, or every line ticked on a checklist
                for (String optionId : member.options(c.code())) {
                    choices.add(new RatingTask.Choice(member.member(), c.code(), c.part(), optionId,
                            c.option(optionId).orElseThrow().points()));
                }
            }
        }
        SheetFacts facts = sheetFacts.computeIfAbsent(sheet, SheetFacts::of);
        RatingTask.Council council = dossier.council()
                .map(c -> new RatingTask.Council(c.size(), c.chair(), c.secretary()))
                .orElse(new RatingTask.Council(0, Optional.empty(), Optional.empty()));
        return RatingTask.builder(dossier.id(), version.id(), version.edition(), sheet.productSet())
                .members(members).choices(choices).markers(facts.markers()).knockOuts(facts.knockOuts())
                .triggers(facts.triggers()).findings(new HashSet<>(dossier.findings()))
                .authority(authority(checked.procedure(), checked.authority())).council(council).policy(policy())
                .checklists(facts.checklists()).sheetEdition(version.sheetEdition()).bands(version.starBands()).build();
    }

    /**
     * The task of a totals-only dossier: the engine decides the band, the council rules it can check, the outcome,
     * recognition and forwarding from the totals given.
     */
    private RatingTask fromTotals(Dossier dossier, DossierValidator.Checked checked) {
        CriteriaVersion version = checked.version();
        // Members are known by their place in the record: names are not given.
        List<String> members = new ArrayList<>();
        for (int i = 1; i <= dossier.memberTotals().size(); i++) {
            members.add("member " + i);
        }
        // the chair is not given to the engine: without names, whether the chair scored cannot be checked
        RatingTask.Council council = new RatingTask.Council(dossier.council().map(Council::size).orElse(0),
                Optional.empty(), dossier.council().flatMap(Council::secretary));
        return RatingTask.builder(dossier.id(), version.id(), version.edition(), dossier.productSet())
                .members(members).authority(authority(checked.procedure(), checked.authority())).council(council)
                .policy(policy()).givenTotals(dossier.memberTotals()).sheetEdition(version.sheetEdition()).bands(version.starBands()).build();
    }

    private static RatingTask.Authority authority(Procedure procedure, Procedure.Authority authority) {
        return new RatingTask.Authority(authority.level(), procedure.name(), authority.recognises(),
                authority.forwardsTo(), authority.forwardsFrom().orElse(0));
    }

    private RatingTask.Policy policy() {
        CouncilRules rules = settings.councilRules();
        return new RatingTask.Policy(settings.minimumPolicy(), settings.consensus(), rules.quorum(),
                rules.maxSpread().orElse(-1), rules.secretaryMustNotScore());
    }

    /** The sheet's markers, knock-out rules and trigger options as engine facts. */
    private record SheetFacts(List<RatingTask.Marker> markers, List<RatingTask.KnockOut> knockOuts,
            List<RatingTask.Trigger> triggers, List<RatingTask.Checklist> checklists) {

        static SheetFacts of(ScoringSheet sheet) {
            List<RatingTask.Marker> markers = new ArrayList<>();
            for (Criterion c : sheet.criteria()) {
                for (Option o : c.options()) {
                    if (o.minStars().isPresent()) {
                        markers.add(new RatingTask.Marker(c.code(), o.id(), o.points(), o.minStars().getAsInt(),
                                o.minStarsProvenance().toString()));
                    }
                }
            }
            List<RatingTask.KnockOut> knockOuts = new ArrayList<>();
            List<RatingTask.Trigger> triggers = new ArrayList<>();
            for (KnockOutRule rule : sheet.knockOuts()) {
                knockOuts.add(new RatingTask.KnockOut(rule.id(), rule.kind(), rule.provenance().toString()));
                if (rule.trigger() == KnockOutRule.Trigger.CHOICE) {
                    for (String optionId : rule.options()) {
                        Criterion c = sheet.criterionOfOption(optionId).orElseThrow();
                        triggers.add(new RatingTask.Trigger(rule.id(), c.code(), optionId,
                                c.option(optionId).orElseThrow().points()));
                    }
                }
            }
            List<RatingTask.Checklist> checklists = sheet.criteria().stream()
                    .filter(c -> c.select() == Criterion.Select.ANY)
                    .map(c -> new RatingTask.Checklist(c.code(), c.part(), c.maxPoints())).toList();
            return new SheetFacts(List.copyOf(markers), List.copyOf(knockOuts), List.copyOf(triggers), checklists);
        }
    }

}
