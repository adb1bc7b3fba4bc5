package org.ocop.rules.audit;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two ways a date may be written in a table or a workbook cell, and nothing else: ISO {@code yyyy-mm-dd}, and
 * the {@code dd/mm/yyyy} of Vietnamese documents. A date written any other way ({@code 07/15/2026}, {@code
 * 15.07.2026}, a month's name) is refused by the caller, never guessed.
 */
final class WrittenDates {

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DMY_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private WrittenDates() {
    }

    /**
     * The date {@code text} writes in one of the two forms; empty when it is in neither.
     *
     * @throws DateTimeException when it has a form's shape but names no such day (31/02/2026)
     */
    static Optional<LocalDate> parse(String text) {
        Matcher iso = ISO_DATE.matcher(text);
        if (iso.matches()) {
            return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3))));
        }
        Matcher dmy = DMY_DATE.matcher(text);
        if (dmy.matches()) {
            return Optional.of(LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)),
                    Integer.parseInt(dmy.group(1))));
        }
        return Optional.empty();
    }
}
