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

    /** A record of the printed average and star only. */
    public static RecordedResult of(BigDecimal average, int stars) {
        return new RecordedResult(Optional.of(average), OptionalInt.of(stars), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}
