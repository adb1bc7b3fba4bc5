package org.ocop.rules.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ocop.rules.Average;
import org.ocop.rules.MinimumConsensus;
import org.ocop.rules.MinimumPolicy;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.KnockOutRule;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.criteria.Part;
import org.ocop.rules.criteria.StarBands;

/**
 * A validated dossier flattened into facts an engine can reason over: the members' choices with their points,
 * the sheet's star-minimum markers and knock-out rules, the council findings, the evaluating authority and the
 * policies.
 *
 * <p>The front door builds tasks with {@link #builder(String, String, String, String)}; an engine reads them (and a
 * test may derive one with {@link #toBuilder()}). There is no public constructor, so that a later release can give
 * engines more facts without breaking the code that builds tasks. Immutable and thread-safe; equal when every
 * accessor's value is equal.
 */
public final class RatingTask {

    private final String dossierId;
    private final String versionId;
    private final String dataEdition;
    private final String productSet;
    private final List<String> members;
    private final List<Choice> choices;
    private final List<Marker> markers;
    private final List<KnockOut> knockOuts;
    private final List<Trigger> triggers;
    private final Set<String> findings;
    private final Authority authority;
    private final Council council;
    private final Policy policy;
    private final List<Checklist> checklists;
    private final List<Integer> givenTotals;
    private final Optional<Average> givenAverage;
    private final String sheetEdition;
    private final StarBands bands;

    private RatingTask(Builder b) {
        this.dossierId = b.dossierId;
        this.versionId = b.versionId;
        this.dataEdition = b.dataEdition;
        this.productSet = b.productSet;
        this.members = List.copyOf(b.members);
        this.choices = List.copyOf(b.choices);
        this.markers = List.copyOf(b.markers);
        this.knockOuts = List.copyOf(b.knockOuts);
        this.triggers = List.copyOf(b.triggers);
        this.findings = Set.copyOf(b.findings);
        this.authority = Objects.requireNonNull(b.authority, "authority");
        this.council = Objects.requireNonNull(b.council, "council");
        this.policy = Objects.requireNonNull(b.policy, "policy");
        this.checklists = List.copyOf(b.checklists);
        this.givenTotals = List.copyOf(b.givenTotals);
        this.givenAverage = Objects.requireNonNull(b.givenAverage, "givenAverage");
        this.sheetEdition = b.sheetEdition;
        this.bands = Objects.requireNonNull(b.bands, "bands");
        if (!givenTotals.isEmpty() && (givenTotals.size() != members.size() || !choices.isEmpty())) {
            throw new IllegalArgumentException("dossier " + dossierId + ": a totals-only task gives one total per "
                    + "member and no choices: " + givenTotals.size() + " totals, " + members.size() + " members, "
                    + choices.size() + " choices");
        }
        if (givenAverage.isPresent() && (!members.isEmpty() || !choices.isEmpty() || !givenTotals.isEmpty())) {
            throw new IllegalArgumentException("dossier " + dossierId + ": an average-only task has no members, "
                    + "choices or totals: " + members.size() + " members, " + choices.size() + " choices, "
                    + givenTotals.size() + " totals");
        }
    }

    /**
     * A builder of a task for one dossier under one criteria version; the lists start empty, the sheet edition is
     * {@code decision}, and the authority, council, policy and star bands must be set.
     *
     * @param dossierId the dossier, for messages
     * @param versionId the criteria version, for example {@code QD-26-2026}
     * @param dataEdition the criteria data edition the task is built from, for example {@code 2026a}
     * @param productSet the product set whose sheet the choices belong to
     * @return a new builder, not thread-safe
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(String dossierId, String versionId, String dataEdition, String productSet) {
        return new Builder(dossierId, versionId, dataEdition, productSet);
    }

    /** A builder holding every fact of this task, to build a changed copy. */
    public Builder toBuilder() {
        return builder(dossierId, versionId, dataEdition, productSet).members(members).choices(choices)
                .markers(markers).knockOuts(knockOuts).triggers(triggers).findings(findings).authority(authority)
                .council(council).policy(policy).checklists(checklists).givenTotals(givenTotals)
                .givenAverage(givenAverage.orElse(null)).sheetEdition(sheetEdition).bands(bands);
    }

    /** The dossier, for messages. */
    public String dossierId() {
        return dossierId;
    }

    /** The criteria version, for example {@code QD-26-2026}. */
    public String versionId() {
        return versionId;
    }

    /** The criteria data edition the task was built from, for example {@code 2026a}. */
    public String dataEdition() {
        return dataEdition;
    }

    /** The product set whose sheet the choices belong to. */
    public String productSet() {
        return productSet;
    }

    /** The scoring members, in sheet order. */
    public List<String> members() {
        return members;
    }

    /** Every member's choice on every applicable criterion. */
    public List<Choice> choices() {
        return choices;
    }

    /** The sheet's star-minimum markers. */
    public List<Marker> markers() {
        return markers;
    }

    /** The sheet's knock-out rules. */
    public List<KnockOut> knockOuts() {
        return knockOuts;
    }

    /** The options that trigger knock-out rules of kind {@link KnockOutRule.Trigger#CHOICE}. */
    public List<Trigger> triggers() {
        return triggers;
    }

    /** The ids of the knock-out rules the council found to apply. */
    public Set<String> findings() {
        return findings;
    }

    /** The evaluating level's powers under the procedure in force. */
    public Authority authority() {
        return authority;
    }

    /** The council's make-up as far as known. */
    public Council council() {
        return council;
    }

    /** The policies to apply. */
    public Policy policy() {
        return policy;
    }

    /**
     * The sheet's checklist criteria: on each, a member's choices are the lines ticked (one {@link Choice} per line,
     * possibly none), which add up to the criterion's cap and no further.
     */
    public List<Checklist> checklists() {
        return checklists;
    }

    /**
     * For a totals-only dossier, each member's total as the council recorded it, in member order; the task then has
     * no choices, markers, knock-outs or triggers, and the engine decides the band, council rules, outcome,
     * recognition and forwarding from these totals. Empty when the members' choices give the totals.
     */
    public List<Integer> givenTotals() {
        return givenTotals;
    }

    /**
     * For an average-only dossier, the council's average as recorded, as the exact fraction over a power of ten
     * (72.50 is {@code 7250/100}); the task then has no members, choices, markers, knock-outs or totals, and the
     * engine decides the band, outcome, recognition and forwarding from this average alone, as it would from the
     * members' totals (the quotient is what every decision compares). Empty otherwise.
     */
    public Optional<Average> givenAverage() {
        return givenAverage;
    }

    /** Whether only the council's average is given (an average-only dossier): no members at all. */
    public boolean averageOnly() {
        return givenAverage.isPresent();
    }

    /**
     * The sheet edition of the version the sheet comes from ({@code decision} unless another, such as
     * {@code portal}, was asked for): engines with generated models pick their models by version and edition.
     */
    public String sheetEdition() {
        return sheetEdition;
    }

    /**
     * The version's star bands, from its data: the engine decides the band with these floors, never with numbers of
     * its own.
     */
    public StarBands bands() {
        return bands;
    }

    /** Whether the members' totals are given rather than made by their choices (a totals-only dossier). */
    public boolean totalsOnly() {
        return !givenTotals.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof RatingTask t && dossierId.equals(t.dossierId)
                && versionId.equals(t.versionId) && dataEdition.equals(t.dataEdition)
                && productSet.equals(t.productSet) && members.equals(t.members) && choices.equals(t.choices)
                && markers.equals(t.markers) && knockOuts.equals(t.knockOuts) && triggers.equals(t.triggers)
                && findings.equals(t.findings) && authority.equals(t.authority) && council.equals(t.council)
                && policy.equals(t.policy) && checklists.equals(t.checklists) && givenTotals.equals(t.givenTotals)
                && givenAverage.equals(t.givenAverage) && sheetEdition.equals(t.sheetEdition) && bands.equals(t.bands);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dossierId, versionId, dataEdition, productSet, members, choices, markers, knockOuts,
                triggers, findings, authority, council, policy, checklists, givenTotals, givenAverage, sheetEdition,
                bands);
    }

    @Override
    public String toString() {
        return "RatingTask[dossierId=" + dossierId + ", versionId=" + versionId + ", dataEdition=" + dataEdition
                + ", productSet=" + productSet + ", members=" + members + ", choices=" + choices + ", markers="
                + markers + ", knockOuts=" + knockOuts + ", triggers=" + triggers + ", findings=" + findings
                + ", authority=" + authority + ", council=" + council + ", policy=" + policy + ", checklists="
                + checklists + ", givenTotals=" + givenTotals + ", givenAverage=" + givenAverage + ", sheetEdition="
                + sheetEdition + ", bands=" + bands + "]";
    }

    /**
     * Builds a {@link RatingTask}. Every list starts empty and the sheet edition is {@code decision}; the authority,
     * council, policy and star bands have no default. Not thread-safe.
     */
    public static final class Builder {
        private final String dossierId;
        private final String versionId;
        private final String dataEdition;
        private final String productSet;
        private List<String> members = List.of();
        private List<Choice> choices = List.of();
        private List<Marker> markers = List.of();
        private List<KnockOut> knockOuts = List.of();
        private List<Trigger> triggers = List.of();
        private Set<String> findings = Set.of();
        private Authority authority;
        private Council council;
        private Policy policy;
        private List<Checklist> checklists = List.of();
        private List<Integer> givenTotals = List.of();
        private Optional<Average> givenAverage = Optional.empty();
        private String sheetEdition = CriteriaVersion.DECISION_EDITION;
        private StarBands bands;

        private Builder(String dossierId, String versionId, String dataEdition, String productSet) {
            this.dossierId = Objects.requireNonNull(dossierId, "dossierId");
            this.versionId = Objects.requireNonNull(versionId, "versionId");
            this.dataEdition = Objects.requireNonNull(dataEdition, "dataEdition");
            this.productSet = Objects.requireNonNull(productSet, "productSet");
        }

        /** The scoring members, in sheet order; copied at {@link #build()}. */
        public Builder members(List<String> value) {
            this.members = Objects.requireNonNull(value, "members");
            return this;
        }

        /** Every member's choice on every applicable criterion. */
        public Builder choices(List<Choice> value) {
            this.choices = Objects.requireNonNull(value, "choices");
            return this;
        }

        /** The sheet's star-minimum markers. */
        public Builder markers(List<Marker> value) {
            this.markers = Objects.requireNonNull(value, "markers");
            return this;
        }

        /** The sheet's knock-out rules. */
        public Builder knockOuts(List<KnockOut> value) {
            this.knockOuts = Objects.requireNonNull(value, "knockOuts");
            return this;
        }

        /** The options that trigger knock-out rules of kind {@link KnockOutRule.Trigger#CHOICE}. */
        public Builder triggers(List<Trigger> value) {
            this.triggers = Objects.requireNonNull(value, "triggers");
            return this;
        }

        /** The ids of the knock-out rules the council found to apply. */
        public Builder findings(Set<String> value) {
            this.findings = Objects.requireNonNull(value, "findings");
            return this;
        }

        /** The evaluating level's powers under the procedure in force (required). */
        public Builder authority(Authority value) {
            this.authority = Objects.requireNonNull(value, "authority");
            return this;
        }

        /** The council's make-up as far as known (required). */
        public Builder council(Council value) {
            this.council = Objects.requireNonNull(value, "council");
            return this;
        }

        /** The policies to apply (required). */
        public Builder policy(Policy value) {
            this.policy = Objects.requireNonNull(value, "policy");
            return this;
        }

        /** The sheet's checklist criteria. */
        public Builder checklists(List<Checklist> value) {
            this.checklists = Objects.requireNonNull(value, "checklists");
            return this;
        }

        /** For a totals-only dossier, each member's total as recorded, in member order, and no choices. */
        public Builder givenTotals(List<Integer> value) {
            this.givenTotals = Objects.requireNonNull(value, "givenTotals");
            return this;
        }

        /** For an average-only dossier, the council's average as recorded, and no members; null for none. */
        public Builder givenAverage(Average value) {
            this.givenAverage = Optional.ofNullable(value);
            return this;
        }

        /** The sheet edition the sheet comes from, for example {@code portal}; {@code decision} when not set. */
        public Builder sheetEdition(String value) {
            this.sheetEdition = Objects.requireNonNull(value, "sheetEdition");
            return this;
        }

        /** The version's star bands ({@link org.ocop.rules.criteria.CriteriaVersion#starBands()}); required. */
        public Builder bands(StarBands value) {
            this.bands = Objects.requireNonNull(value, "bands");
            return this;
        }

        /**
         * The task, with immutable copies of the lists.
         *
         * @throws NullPointerException if the authority, council, policy or bands were not set, or a list holds null
         * @throws IllegalArgumentException if given totals are not one per member, or come with choices; if a given
         *     average comes with members, choices or totals
         */
        public RatingTask build() {
            return new RatingTask(this);
        }
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
