package org.ocop.rules.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ocop.rules.Rater;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.criteria.ScoringSheet;

/**
 * One product's evaluation file as the council hands it in: who made the product, which product set it was scored
 * under, when it was submitted, and each scoring member's filled sheet.
 *
 * <p>The members' sheets are the input, never a pre-averaged number. When only the members' totals are known (an
 * auditor with the council's minutes but not its sheets), a dossier gives {@code memberTotals} instead of sheets:
 * one or the other, never both, never neither (checked when rated). Immutable and thread-safe. Read one from JSON
 * with {@link DossierReader}; its shape is documented in docs/reference/dossier-format.md.
 *
 * <p>In code, build one with {@link #builder()} (or {@link #of} and {@link #ofTotals} for the parts every rating
 * needs) and change parts of a copy with the {@code with…} methods or {@link #toBuilder()}:
 * <pre>{@code
 * Dossier dossier = Dossier.builder().id("HS-2026-001").productSet("I.1.a").submittedOn(LocalDate.of(2026, 6, 15))
 *         .productName("Bưởi da xanh").producer("HTX Thạnh Phú").sheets(sheets).build();
 * }</pre>
 * The canonical constructor stays public, as every record's does, but a component added in a later release changes
 * it; the builder and the factories stay.
 *
 * @param id the dossier's id, used in every message about it
 * @param productName the product's name
 * @param producer the producer (<i>chủ thể</i>)
 * @param productSet the code of the product set the sheets belong to, for example {@code I.1.a}
 * @param submittedOn the day the dossier was submitted (<i>ngày nộp hồ sơ</i>): it chooses the criteria version
 * @param criteriaVersion a version the caller asks for explicitly (an auditor's replay), instead of the date's
 * @param level the level whose council scored it; when absent, the first scoring level of the procedure
 * @param ratedOn the day the council rated it, when known: it decides the transition rule and the procedure
 * @param council the council's make-up, needed only by the optional council rules
 * @param findings ids of the knock-out rules (disqualification or stop) the council found to apply, for example
 *     {@code DQ-1.1}; see {@link ScoringSheet#knockOuts()}
 * @param sheets the members' filled sheets, in the order they were handed in
 * @param recorded the result the council or authority recorded, for a replay ({@link Rater#replay})
 * @param memberTotals each scoring member's total points, in the order recorded, when the sheets are not given
 *     (a totals-only dossier); empty when the sheets are given
 */
public record Dossier(String id, String productName, String producer, String productSet, LocalDate submittedOn,
        Optional<String> criteriaVersion, Optional<Level> level, Optional<LocalDate> ratedOn,
        Optional<Council> council, List<String> findings, List<MemberSheet> sheets,
        Optional<RecordedResult> recorded, List<Integer> memberTotals) {

    /** Validates that nothing is null and copies the lists. */
    public Dossier {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(producer, "producer");
        Objects.requireNonNull(productSet, "productSet");
        Objects.requireNonNull(submittedOn, "submittedOn");
        Objects.requireNonNull(criteriaVersion, "criteriaVersion");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(ratedOn, "ratedOn");
        Objects.requireNonNull(council, "council");
        findings = List.copyOf(findings);
        sheets = List.copyOf(sheets);
        Objects.requireNonNull(recorded, "recorded");
        memberTotals = List.copyOf(memberTotals);
    }

    /** Whether this dossier gives the members' totals instead of their sheets. */
    public boolean isTotalsOnly() {
        return sheets.isEmpty() && !memberTotals.isEmpty();
    }

    /**
     * A dossier with only what every rating needs, for building dossiers in code; add the optional parts with the
     * {@code with…} methods.
     */
    public static Dossier of(String id, String productSet, LocalDate submittedOn, List<MemberSheet> sheets) {
        return builder().id(id).productSet(productSet).submittedOn(submittedOn).sheets(sheets).build();
    }

    /**
     * A totals-only dossier: the members' totals as the council recorded them, without their sheets. It is rated
     * to its average, band star, recognition and forwarding; star minimums cannot be checked without sheets.
     */
    public static Dossier ofTotals(String id, String productSet, LocalDate submittedOn, List<Integer> totals) {
        return builder().id(id).productSet(productSet).submittedOn(submittedOn).memberTotals(totals).build();
    }

    /**
     * A builder of a dossier with nothing set: set at least {@link Builder#id}, {@link Builder#productSet} and
     * {@link Builder#submittedOn}, and the members' sheets or their totals.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every part of this dossier, to build a copy with some parts changed. */
    public Builder toBuilder() {
        return new Builder().id(id).productName(productName).producer(producer).productSet(productSet)
                .submittedOn(submittedOn).criteriaVersion(criteriaVersion.orElse(null)).level(level.orElse(null))
                .ratedOn(ratedOn.orElse(null)).council(council.orElse(null)).findings(findings).sheets(sheets)
                .recorded(recorded.orElse(null)).memberTotals(memberTotals);
    }

    /** This dossier rated under an explicitly requested criteria version. */
    public Dossier withCriteriaVersion(String versionId) {
        return new Dossier(id, productName, producer, productSet, submittedOn, Optional.of(versionId), level,
                ratedOn, council, findings, sheets, recorded, memberTotals);
    }

    /** This dossier scored by a council of the given level. */
    public Dossier withLevel(Level newLevel) {
        return new Dossier(id, productName, producer, productSet, submittedOn, criteriaVersion,
                Optional.of(newLevel), ratedOn, council, findings, sheets, recorded, memberTotals);
    }

    /** This dossier rated on the given day. */
    public Dossier withRatedOn(LocalDate day) {
        return new Dossier(id, productName, producer, productSet, submittedOn, criteriaVersion, level,
                Optional.of(day), council, findings, sheets, recorded, memberTotals);
    }

    /** This dossier with the council's make-up. */
    public Dossier withCouncil(Council newCouncil) {
        return new Dossier(id, productName, producer, productSet, submittedOn, criteriaVersion, level, ratedOn,
                Optional.of(newCouncil), findings, sheets, recorded, memberTotals);
    }

    /** This dossier with a recorded result to replay against. */
    public Dossier withRecorded(RecordedResult result) {
        return new Dossier(id, productName, producer, productSet, submittedOn, criteriaVersion, level, ratedOn,
                council, findings, sheets, Optional.of(result), memberTotals);
    }

    /**
     * This dossier with these members' sheets instead of its own. A dossier gives sheets or totals, so the members'
     * totals of a totals-only dossier are dropped.
     */
    public Dossier withSheets(List<MemberSheet> newSheets) {
        return toBuilder().sheets(newSheets).memberTotals(List.of()).build();
    }

    /** This dossier with these knock-out findings. */
    public Dossier withFindings(List<String> newFindings) {
        return new Dossier(id, productName, producer, productSet, submittedOn, criteriaVersion, level, ratedOn,
                council, newFindings, sheets, recorded, memberTotals);
    }

    /**
     * Builds a {@link Dossier} part by part. Required: {@link #id}, {@link #productSet} and {@link #submittedOn}; the
     * product's name and producer default to empty, the lists to empty and the optional parts to absent. The
     * members' sheets or their totals are checked when the dossier is rated, as for a dossier read from JSON.
     *
     * <p>Not thread-safe: build on one thread. {@link #build()} may be called again after changing a part.
     */
    public static final class Builder {
        private String id;
        private String productName = "";
        private String producer = "";
        private String productSet;
        private LocalDate submittedOn;
        private Optional<String> criteriaVersion = Optional.empty();
        private Optional<Level> level = Optional.empty();
        private Optional<LocalDate> ratedOn = Optional.empty();
        private Optional<Council> council = Optional.empty();
        private List<String> findings = List.of();
        private List<MemberSheet> sheets = List.of();
        private Optional<RecordedResult> recorded = Optional.empty();
        private List<Integer> memberTotals = List.of();

        private Builder() {
        }

        /** The dossier's id, used in every message about it; required, not null. */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /** The product's name; not null, empty unless set. */
        public Builder productName(String productName) {
            this.productName = Objects.requireNonNull(productName, "productName");
            return this;
        }

        /** The producer (<i>chủ thể</i>); not null, empty unless set. */
        public Builder producer(String producer) {
            this.producer = Objects.requireNonNull(producer, "producer");
            return this;
        }

        /** The code of the product set the sheets belong to, for example {@code I.1.a}; required, not null. */
        public Builder productSet(String productSet) {
            this.productSet = Objects.requireNonNull(productSet, "productSet");
            return this;
        }

        /** The day the dossier was submitted, which chooses the criteria version; required, not null. */
        public Builder submittedOn(LocalDate submittedOn) {
            this.submittedOn = Objects.requireNonNull(submittedOn, "submittedOn");
            return this;
        }

        /** A criteria version asked for explicitly instead of the submission date's; null for none. */
        public Builder criteriaVersion(String versionId) {
            this.criteriaVersion = Optional.ofNullable(versionId);
            return this;
        }

        /** The level whose council scored the dossier; null for the first scoring level of the procedure. */
        public Builder level(Level level) {
            this.level = Optional.ofNullable(level);
            return this;
        }

        /** The day the council rated the dossier, which decides the transition rule; null when not known. */
        public Builder ratedOn(LocalDate ratedOn) {
            this.ratedOn = Optional.ofNullable(ratedOn);
            return this;
        }

        /** The council's make-up, needed only by the optional council rules; null when not given. */
        public Builder council(Council council) {
            this.council = Optional.ofNullable(council);
            return this;
        }

        /** Ids of the knock-out rules the council found to apply, for example {@code DQ-1.1}; not null. */
        public Builder findings(List<String> findings) {
            this.findings = List.copyOf(findings);
            return this;
        }

        /** The members' filled sheets, in the order they were handed in; not null. */
        public Builder sheets(List<MemberSheet> sheets) {
            this.sheets = List.copyOf(sheets);
            return this;
        }

        /** The result the council or authority recorded, for a replay; null for none. */
        public Builder recorded(RecordedResult recorded) {
            this.recorded = Optional.ofNullable(recorded);
            return this;
        }

        /** Each scoring member's total points, when the sheets are not given (a totals-only dossier); not null. */
        public Builder memberTotals(List<Integer> memberTotals) {
            this.memberTotals = List.copyOf(memberTotals);
            return this;
        }

        /**
         * The dossier.
         *
         * @throws NullPointerException naming the first required part not set: {@code id}, {@code productSet} or
         *     {@code submittedOn}
         */
        public Dossier build() {
            return new Dossier(id, productName, producer, productSet, submittedOn, criteriaVersion, level, ratedOn,
                    council, findings, sheets, recorded, memberTotals);
        }
    }
}
