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
 * <p>Immutable and thread-safe. Build one from {@link #of(BigDecimal, int)} or {@link #empty()} and the
 * {@code with…} methods: {@code RecordedResult.of(new BigDecimal("90.85"), 4).withLevel(Level.PROVINCE)
 * .withDecision("1234/QĐ-UBND")}.
 *
 * @param average the average total as printed, with the decimals printed (90.85 stays 90.85, not 90.850)
 * @param stars the star recognised or announced
 * @param level the level that recognised it
 * @param decision the recognition decision's number, for example {@code 1234/QĐ-UBND}
 * @param decidedOn the decision's date
 * @param criteriaVersion the criteria version the council used, when the record says
 * @param dataEdition the criteria data edition a scoring portal used, when known
 */
public record RecordedResult(Optional<BigDecimal> average, OptionalInt stars, Optional<Level> level,
        Optional<String> decision, Optional<LocalDate> decidedOn, Optional<String> criteriaVersion,
        Optional<String> dataEdition) {

    /** Validates that nothing is null. */
    public RecordedResult {
        Objects.requireNonNull(average, "average");
        Objects.requireNonNull(stars, "stars");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(criteriaVersion, "criteriaVersion");
        Objects.requireNonNull(dataEdition, "dataEdition");
    }

    /** A record of the printed average and star only; the average not null. */
    public static RecordedResult of(BigDecimal average, int stars) {
        return empty().withAverage(average).withStars(stars);
    }

    /** A record of nothing yet: add what the record says with the {@code with…} methods. */
    public static RecordedResult empty() {
        return new RecordedResult(Optional.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
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
}
