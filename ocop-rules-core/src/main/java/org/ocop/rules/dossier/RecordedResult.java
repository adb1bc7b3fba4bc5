package org.ocop.rules.dossier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.ocop.rules.criteria.Level;

/**
 * What a council or authority recorded for a dossier, as printed, for an auditor's replay: every part is optional,
 * since records rarely hold all of it.
 *
 * <p>Immutable and thread-safe; equal when every accessor's value is equal. Build one from
 * {@link #of(BigDecimal, int)} or {@link #empty()} and the {@code with…} methods:
 * {@code RecordedResult.of(new BigDecimal("90.85"), 4).withLevel(Level.PROVINCE).withDecision("1234/QĐ-UBND")}.
 * There is no public constructor: a part added in a later release is one more {@code with…} method, and code that
 * builds records keeps compiling.
 */
public final class RecordedResult {

    private static final RecordedResult EMPTY = new RecordedResult(Optional.empty(), OptionalInt.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    private final Optional<BigDecimal> average;
    private final OptionalInt stars;
    private final Optional<Level> level;
    private final Optional<String> decision;
    private final Optional<LocalDate> decidedOn;
    private final Optional<String> criteriaVersion;
    private final Optional<String> dataEdition;

    /** Validates that nothing is null; the {@code with…} methods' and the dossier reader's way to make one. */
    RecordedResult(Optional<BigDecimal> average, OptionalInt stars, Optional<Level> level, Optional<String> decision,
            Optional<LocalDate> decidedOn, Optional<String> criteriaVersion, Optional<String> dataEdition) {
        this.average = Objects.requireNonNull(average, "average");
        this.stars = Objects.requireNonNull(stars, "stars");
        this.level = Objects.requireNonNull(level, "level");
        this.decision = Objects.requireNonNull(decision, "decision");
        this.decidedOn = Objects.requireNonNull(decidedOn, "decidedOn");
        this.criteriaVersion = Objects.requireNonNull(criteriaVersion, "criteriaVersion");
        this.dataEdition = Objects.requireNonNull(dataEdition, "dataEdition");
    }

    /** The average total as printed, with the decimals printed (90.85 stays 90.85, not 90.850); empty if not. */
    public Optional<BigDecimal> average() {
        return average;
    }

    /** The star recognised or announced; empty if not recorded. */
    public OptionalInt stars() {
        return stars;
    }

    /** The level that recognised it; empty if not recorded. */
    public Optional<Level> level() {
        return level;
    }

    /** The recognition decision's number, for example {@code 1234/QĐ-UBND}; empty if not recorded. */
    public Optional<String> decision() {
        return decision;
    }

    /** The decision's date; empty if not recorded. */
    public Optional<LocalDate> decidedOn() {
        return decidedOn;
    }

    /** The criteria version the council used, when the record says; empty otherwise. */
    public Optional<String> criteriaVersion() {
        return criteriaVersion;
    }

    /** The criteria data edition a scoring portal used, when known; empty otherwise. */
    public Optional<String> dataEdition() {
        return dataEdition;
    }

    /** A record of the printed average and star only; the average not null. */
    public static RecordedResult of(BigDecimal average, int stars) {
        return empty().withAverage(average).withStars(stars);
    }

    /** A record of nothing yet: add what the record says with the {@code with…} methods. */
    public static RecordedResult empty() {
        return EMPTY;
    }

    /** This record with the average as printed, keeping its decimals; not null. */
    public RecordedResult withAverage(BigDecimal printed) {
        return new RecordedResult(Optional.of(printed), stars, level, decision, decidedOn, criteriaVersion,
                dataEdition);
    }

    /** This record with the star recognised or announced. */
    public RecordedResult withStars(int recognised) {
        return new RecordedResult(average, OptionalInt.of(recognised), level, decision, decidedOn, criteriaVersion,
                dataEdition);
    }

    /** This record with the level that recognised the product; not null. */
    public RecordedResult withLevel(Level recognising) {
        return new RecordedResult(average, stars, Optional.of(recognising), decision, decidedOn, criteriaVersion,
                dataEdition);
    }

    /** This record with the recognition decision's number, for example {@code 1234/QĐ-UBND}; not null. */
    public RecordedResult withDecision(String number) {
        return new RecordedResult(average, stars, level, Optional.of(number), decidedOn, criteriaVersion,
                dataEdition);
    }

    /** This record with the decision's date; not null. */
    public RecordedResult withDecidedOn(LocalDate day) {
        return new RecordedResult(average, stars, level, decision, Optional.of(day), criteriaVersion, dataEdition);
    }

    /** This record with the criteria version the council used; not null. */
    public RecordedResult withCriteriaVersion(String versionId) {
        return new RecordedResult(average, stars, level, decision, decidedOn, Optional.of(versionId), dataEdition);
    }

    /** This record with the criteria data edition a scoring portal used; not null. */
    public RecordedResult withDataEdition(String edition) {
        return new RecordedResult(average, stars, level, decision, decidedOn, criteriaVersion, Optional.of(edition));
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof RecordedResult other && average.equals(other.average)
                && stars.equals(other.stars) && level.equals(other.level) && decision.equals(other.decision)
                && decidedOn.equals(other.decidedOn) && criteriaVersion.equals(other.criteriaVersion)
                && dataEdition.equals(other.dataEdition);
    }

    @Override
    public int hashCode() {
        return Objects.hash(average, stars, level, decision, decidedOn, criteriaVersion, dataEdition);
    }

    /** Its name and every part, in the form a record prints them: {@code RecordedResult[average=…, stars=…, …]}. */
    @Override
    public String toString() {
        return "RecordedResult[average=" + average + ", stars=" + stars + ", level=" + level + ", decision="
                + decision + ", decidedOn=" + decidedOn + ", criteriaVersion=" + criteriaVersion + ", dataEdition="
                + dataEdition + "]";
    }
}
