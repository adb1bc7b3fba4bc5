package org.ocop.rules.dossier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ocop.rules.Rater;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.criteria.ScoringSheet;

/**
 * One product's evaluation file (<i>hồ sơ</i>) as the council hands it in: who made the product, which product set it
 * was scored under, when it was submitted, and each scoring member's filled sheet.
 *
 * <p>The members' sheets are the input, never a pre-averaged number. When only the members' totals are known (an
 * auditor with the council's minutes but not its sheets), a dossier gives {@code memberTotals} instead of sheets:
 * one or the other, never both, never neither (checked when rated). When only the council's average is known (what
 * most published results lists print), a dossier gives its {@link #average()} alone: an average-only dossier. The
 * three kinds are told apart by {@link #kind()}. Immutable and thread-safe; equal when every
 * accessor's value is equal. Read one from JSON with {@link DossierReader}; its shape is documented in
 * docs/reference/dossier-format.md.
 *
 * <p>In code, build one with {@link #builder()} (or {@link #of}, {@link #ofTotals} and {@link #ofAverage} for the
 * parts every rating needs) and change parts of a copy with the {@code with…} methods or {@link #toBuilder()}:
 * <pre>{@code
 * Dossier dossier = Dossier.builder().id("HS-2026-001").productSet("I.1.a").submittedOn(LocalDate.of(2026, 6, 15))
 *         .productName("Bưởi da xanh").producer("HTX Thạnh Phú").sheets(sheets).build();
 * }</pre>
 * There is no public constructor: a part added in a later release is one more builder method, and code that builds
 * dossiers keeps compiling.
 */
public final class Dossier {

    /**
     * The most decimals an average-only dossier's {@link #average()} may have: published lists print two; six keeps
     * the exact fraction (the average over a power of ten) well inside the engines' integer arithmetic.
     */
    public static final int MAX_AVERAGE_DECIMALS = 6;

    private final String id;
    private final String productName;
    private final String producer;
    private final String productSet;
    private final LocalDate submittedOn;
    private final Optional<String> criteriaVersion;
    private final Optional<Level> level;
    private final Optional<LocalDate> ratedOn;
    private final Optional<Council> council;
    private final List<String> findings;
    private final List<MemberSheet> sheets;
    private final Optional<RecordedResult> recorded;
    private final List<Integer> memberTotals;
    private final Optional<BigDecimal> average;

    /**
     * Validates that nothing is null and copies the lists; the builder's parts are checked in the order the
     * dossier's parts are declared, so the first required part not set is the one named.
     */
    private Dossier(Builder parts) {
        this.id = Objects.requireNonNull(parts.id, "id");
        this.productName = Objects.requireNonNull(parts.productName, "productName");
        this.producer = Objects.requireNonNull(parts.producer, "producer");
        this.productSet = Objects.requireNonNull(parts.productSet, "productSet");
        this.submittedOn = Objects.requireNonNull(parts.submittedOn, "submittedOn");
        this.criteriaVersion = Objects.requireNonNull(parts.criteriaVersion, "criteriaVersion");
        this.level = Objects.requireNonNull(parts.level, "level");
        this.ratedOn = Objects.requireNonNull(parts.ratedOn, "ratedOn");
        this.council = Objects.requireNonNull(parts.council, "council");
        this.findings = List.copyOf(parts.findings);
        this.sheets = List.copyOf(parts.sheets);
        this.recorded = Objects.requireNonNull(parts.recorded, "recorded");
        this.memberTotals = List.copyOf(parts.memberTotals);
        this.average = Objects.requireNonNull(parts.average, "average");
    }

    /** The dossier's id, used in every message about it. */
    public String id() {
        return id;
    }

    /** The product's name; empty when not given. */
    public String productName() {
        return productName;
    }

    /** The producer (<i>chủ thể</i>); empty when not given. */
    public String producer() {
        return producer;
    }

    /** The code of the product set the sheets belong to, for example {@code I.1.a}. */
    public String productSet() {
        return productSet;
    }

    /** The day the dossier was submitted (<i>ngày nộp hồ sơ</i>): it chooses the criteria version. */
    public LocalDate submittedOn() {
        return submittedOn;
    }

    /** A version the caller asks for explicitly (an auditor's replay), instead of the date's; empty otherwise. */
    public Optional<String> criteriaVersion() {
        return criteriaVersion;
    }

    /** The level whose council scored it; when empty, the first scoring level of the procedure. */
    public Optional<Level> level() {
        return level;
    }

    /** The day the council rated it, when known: it decides the transition rule and the procedure. */
    public Optional<LocalDate> ratedOn() {
        return ratedOn;
    }

    /** The council's make-up, needed only by the optional council rules; empty when not given. */
    public Optional<Council> council() {
        return council;
    }

    /**
     * Ids of the knock-out rules (disqualification or stop) the council found to apply, for example {@code DQ-1.1};
     * see {@link ScoringSheet#knockOuts()}. Unmodifiable.
     */
    public List<String> findings() {
        return findings;
    }

    /** The members' filled sheets, in the order they were handed in; empty for a totals-only dossier. Unmodifiable. */
    public List<MemberSheet> sheets() {
        return sheets;
    }

    /** The result the council or authority recorded, for a replay ({@link Rater#replay}); empty when not given. */
    public Optional<RecordedResult> recorded() {
        return recorded;
    }

    /**
     * Each scoring member's total points, in the order recorded, when the sheets are not given (a totals-only
     * dossier); empty when the sheets are given. Unmodifiable.
     */
    public List<Integer> memberTotals() {
        return memberTotals;
    }

    /**
     * The council's average as recorded (<i>điểm trung bình</i>), exactly as printed (72.50 keeps its two decimals),
     * for an average-only dossier that gives neither sheets nor totals; empty otherwise.
     */
    public Optional<BigDecimal> average() {
        return average;
    }

    /** Whether this dossier gives the members' totals instead of their sheets. */
    public boolean isTotalsOnly() {
        return sheets.isEmpty() && !memberTotals.isEmpty();
    }

    /**
     * Whether this dossier gives only the council's average: no sheets and no members' totals. Band, star,
     * recognition and forwarding are rated from it; what needs the members (star minimums, council rules) is
     * reported as not checked.
     */
    public boolean isAverageOnly() {
        return average.isPresent() && sheets.isEmpty() && memberTotals.isEmpty();
    }

    /**
     * What the dossier gives to rate from: the members' sheets, their totals, or the council's average alone. A
     * dossier that gives more than one of them (or none) is {@link Kind#SHEETS}, and INVALID when rated, naming what
     * it gave.
     */
    public Kind kind() {
        if (isAverageOnly()) {
            return Kind.AVERAGE;
        }
        return isTotalsOnly() ? Kind.TOTALS : Kind.SHEETS;
    }

    /** What a dossier gives to rate from; see {@link #kind()}. */
    public enum Kind {
        /** Each scoring member's filled sheet: everything is checked. */
        SHEETS,
        /** Each scoring member's total (<i>tổng điểm</i>), without the sheets. */
        TOTALS,
        /** Only the council's average (<i>điểm trung bình</i>), as a published results list prints it. */
        AVERAGE
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
     * An average-only dossier: the council's average as recorded, without members' sheets or totals (what a
     * province's published list of results prints). It is rated to its band star, recognition and forwarding; what
     * needs the members is reported as not checked ({@code Rating.unchecked()}).
     *
     * @param average the average exactly as recorded, for example {@code new BigDecimal("72.50")}; checked when rated
     *     (0 to the version's maximum, at most six decimals)
     * @throws NullPointerException if an argument is null
     */
    public static Dossier ofAverage(String id, String productSet, LocalDate submittedOn, BigDecimal average) {
        return builder().id(id).productSet(productSet).submittedOn(submittedOn)
                .average(Objects.requireNonNull(average, "average")).build();
    }

    /**
     * A builder of a dossier with nothing set: set at least {@link Builder#id}, {@link Builder#productSet} and
     * {@link Builder#submittedOn}, and the members' sheets, their totals or the council's average.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every part of this dossier, to build a copy with some parts changed. */
    public Builder toBuilder() {
        return new Builder().id(id).productName(productName).producer(producer).productSet(productSet)
                .submittedOn(submittedOn).criteriaVersion(criteriaVersion.orElse(null)).level(level.orElse(null))
                .ratedOn(ratedOn.orElse(null)).council(council.orElse(null)).findings(findings).sheets(sheets)
                .recorded(recorded.orElse(null)).memberTotals(memberTotals).average(average.orElse(null));
    }

    /** This dossier rated under an explicitly requested criteria version; the version's id not null. */
    public Dossier withCriteriaVersion(String versionId) {
        return toBuilder().criteriaVersion(Objects.requireNonNull(versionId, "versionId")).build();
    }

    /** This dossier scored by a council of the given level; not null. */
    public Dossier withLevel(Level newLevel) {
        return toBuilder().level(Objects.requireNonNull(newLevel, "newLevel")).build();
    }

    /** This dossier rated on the given day; not null. */
    public Dossier withRatedOn(LocalDate day) {
        return toBuilder().ratedOn(Objects.requireNonNull(day, "day")).build();
    }

    /** This dossier with the council's make-up; not null. */
    public Dossier withCouncil(Council newCouncil) {
        return toBuilder().council(Objects.requireNonNull(newCouncil, "newCouncil")).build();
    }

    /** This dossier with a recorded result to replay against; not null. */
    public Dossier withRecorded(RecordedResult result) {
        return toBuilder().recorded(Objects.requireNonNull(result, "result")).build();
    }

    /**
     * This dossier with these members' sheets instead of its own. A dossier gives sheets, totals or an average, so
     * the members' totals of a totals-only dossier and the average of an average-only one are dropped.
     */
    public Dossier withSheets(List<MemberSheet> newSheets) {
        return toBuilder().sheets(newSheets).memberTotals(List.of()).average(null).build();
    }

    /** This dossier with these knock-out findings; not null. */
    public Dossier withFindings(List<String> newFindings) {
        return toBuilder().findings(newFindings).build();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Dossier other && id.equals(other.id) && productName.equals(other.productName)
                && producer.equals(other.producer) && productSet.equals(other.productSet)
                && submittedOn.equals(other.submittedOn) && criteriaVersion.equals(other.criteriaVersion)
                && level.equals(other.level) && ratedOn.equals(other.ratedOn) && council.equals(other.council)
                && findings.equals(other.findings) && sheets.equals(other.sheets) && recorded.equals(other.recorded)
                && memberTotals.equals(other.memberTotals) && average.equals(other.average);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, productName, producer, productSet, submittedOn, criteriaVersion, level, ratedOn,
                council, findings, sheets, recorded, memberTotals, average);
    }

    /** Its name and every part, in the form a record prints them: {@code Dossier[id=HS-2026-001, …]}. */
    @Override
    public String toString() {
        return "Dossier[id=" + id + ", productName=" + productName + ", producer=" + producer + ", productSet="
                + productSet + ", submittedOn=" + submittedOn + ", criteriaVersion=" + criteriaVersion + ", level="
                + level + ", ratedOn=" + ratedOn + ", council=" + council + ", findings=" + findings + ", sheets="
                + sheets + ", recorded=" + recorded + ", memberTotals=" + memberTotals + ", average=" + average + "]";
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
        private Optional<BigDecimal> average = Optional.empty();

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
         * The council's average as recorded, exactly as printed, when neither the members' sheets nor their totals
         * are given (an average-only dossier); null for none.
         */
        public Builder average(BigDecimal average) {
            this.average = Optional.ofNullable(average);
            return this;
        }

        /**
         * The dossier.
         *
         * @throws NullPointerException naming the first required part not set: {@code id}, {@code productSet} or
         *     {@code submittedOn}
         */
        public Dossier build() {
            return new Dossier(this);
        }
    }
}
