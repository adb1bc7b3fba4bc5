package org.ocop.rules.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ocop.rules.MinimumConsensus;
import org.ocop.rules.MinimumPolicy;
import org.ocop.rules.criteria.KnockOutRule;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.criteria.Part;
import org.ocop.rules.criteria.StarBands;
import org.ocop.rules.dossier.Council;

/**
 * A validated dossier flattened into facts an engine can reason over: the members' choices with their points,
 * the sheet's star-minimum markers and knock-out rules, the council findings, the evaluating authority and the
 * policies. Immutable.
 *
 * @param dossierId the dossier, for messages
 * @param versionId the criteria version, for example {@code QD-26-2026}
 * @param dataEdition the criteria data edition the task was built from, for example {@code 2026a}
 * @param productSet the product set whose sheet the choices belong to
 * @param members the scoring members, in sheet order
 * @param choices every member's choice on every applicable criterion
 * @param markers the sheet's star-minimum markers
 * @param knockOuts the sheet's knock-out rules
 * @param triggers the options that trigger knock-out rules of kind {@link KnockOutRule.Trigger#CHOICE}
 * @param findings ids of the knock-out rules the council found to apply
 * @param authority the evaluating level's powers under the procedure in force
 * @param council the council's make-up as far as known
 * @param policy the policies to apply
 * @param checklists the sheet's checklist criteria: on each, a member's choices are the lines ticked (one
 *     {@link Choice} per line, possibly none), which add up to the criterion's cap and no further
 * @param givenTotals for a totals-only dossier, each member's total as the council recorded it, in member order;
 *     the task then has no choices, markers, knock-outs or triggers, and the engine decides the band, council rules,
 *     outcome, recognition and forwarding from these totals. Empty when the members' choices give the totals.
 * @param sheetEdition the sheet edition of the version the sheet comes from ({@code decision} unless another, such
 *     as {@code portal}, was asked for): engines with generated models pick their models by version and edition
 * @param bands the version's star bands, from its data: the engine decides the band with these floors, never with
 *     numbers of its own
 */
public record RatingTask(String dossierId, String versionId, String dataEdition, String productSet,
        List<String> members, List<Choice> choices, List<Marker> markers,
        List<KnockOut> knockOuts, List<Trigger> triggers, Set<String> findings, Authority authority,
        Council council, Policy policy, List<Checklist> checklists, List<Integer> givenTotals,
        String sheetEdition, StarBands bands) {

    /** Validates and copies. */
    public RatingTask {
        Objects.requireNonNull(dossierId, "dossierId");
        Objects.requireNonNull(versionId, "versionId");
        Objects.requireNonNull(dataEdition, "dataEdition");
        Objects.requireNonNull(productSet, "productSet");
        members = List.copyOf(members);
        choices = List.copyOf(choices);
        markers = List.copyOf(markers);
        knockOuts = List.copyOf(knockOuts);
        triggers = List.copyOf(triggers);
        findings = Set.copyOf(findings);
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(sheetEdition, "sheetEdition");
        Objects.requireNonNull(bands, "bands");
        checklists = List.copyOf(checklists);
        givenTotals = List.copyOf(givenTotals);
        if (!givenTotals.isEmpty() && (givenTotals.size() != members.size() || !choices.isEmpty())) {
            throw new IllegalArgumentException("dossier " + dossierId + ": a totals-only task gives one total per "
                    + "member and no choices: " + givenTotals.size() + " totals, " + members.size() + " members, "
                    + choices.size() + " choices");
        }
    }

    /** Whether the members' totals are given rather than made by their choices (a totals-only dossier). */
    public boolean totalsOnly() {
        return !givenTotals.isEmpty();
    }

    /**
     * A checklist criterion ("Được cộng tổng điểm các nội dung ghi Có"): the points of the lines a member ticked add
     * up, never beyond {@code cap}.
     *
     * @param criterion the criterion's code
     * @param part its part
     * @param cap its printed cap
     */
    public record Checklist(String criterion, Part part, int cap) {
    }

    /**
     * One member's choice on one criterion.
     *
     * @param member the member
     * @param criterion the criterion's code
     * @param part its part
     * @param option the chosen option's id
     * @param points the option's points
     */
    public record Choice(String member, String criterion, Part part, String option, int points) {
    }

    /**
     * A star-minimum marker: {@code criterion} must reach {@code option} ({@code points}) for {@code stars}★.
     *
     * @param criterion the criterion's code
     * @param option the marked option
     * @param points its points
     * @param stars 3, 4 or 5
     * @param source where it is printed
     */
    public record Marker(String criterion, String option, int points, int stars, String source) {
    }

    /**
     * A knock-out rule of the sheet.
     *
     * @param id its id, for example {@code DQ-1.1}
     * @param kind disqualify or stop
     * @param source where it is printed
     */
    public record KnockOut(String id, KnockOutRule.Kind kind, String source) {
    }

    /**
     * An option whose choice triggers a knock-out rule.
     *
     * @param knockOut the rule's id
     * @param criterion the option's criterion
     * @param option the option's id
     * @param points the option's points
     */
    public record Trigger(String knockOut, String criterion, String option, int points) {
    }

    /**
     * What the evaluating level may do.
     *
     * @param level the level
     * @param procedure the procedure's name
     * @param recognises the stars it recognises (may be empty: a 1048 district only forwards)
     * @param forwardsTo where it forwards, if anywhere
     * @param forwardsFrom the points from which it forwards (0 when it does not)
     */
    public record Authority(Level level, String procedure, Set<Integer> recognises, Optional<Level> forwardsTo,
            int forwardsFrom) {
        /** Copies. */
        public Authority {
            recognises = Set.copyOf(recognises);
        }
    }

    /**
     * The council's make-up as the dossier gives it.
     *
     * @param size members on the council, 0 when not given
     * @param chair the chair, empty when not given
     * @param secretary the secretary, empty when not given
     */
    public record Council(int size, Optional<String> chair, Optional<String> secretary) {
    }

    /**
     * The policies.
     *
     * @param minimumPolicy what a failed minimum does
     * @param consensus how members combine
     * @param quorum whether to check the quorum
     * @param maxSpread the largest allowed spread of member totals, negative when not checked
     * @param secretaryMustNotScore whether the secretary must not score
     */
    public record Policy(MinimumPolicy minimumPolicy, MinimumConsensus consensus, boolean quorum, int maxSpread,
            boolean secretaryMustNotScore) {
    }
}
