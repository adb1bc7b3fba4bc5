package org.ocop.rules.audit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ocop.rules.Problem;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.DossierSource;

/**
 * A scoring workbook read back ({@link ScoringWorkbook#read}): the dossier its marks give, with one member sheet
 * per named member column, or the problems that keep it from being one, each naming file, sheet and cell, the value
 * and what is allowed. What the marks give is checked against the criteria when the dossier is rated, exactly as a
 * JSON dossier is (a mark on an option that does not apply, a criterion left unmarked): the workbook reader refuses
 * only what a dossier cannot say (two options on a criterion that takes one, a mark that is not {@code x}, marks
 * without a member's name, a changed layout).
 *
 * <p>Immutable and thread-safe.
 */
public final class FilledWorkbook {

    private final String file;
    private final String criteriaVersion;
    private final String sheetEdition;
    private final String productSet;
    private final Optional<Dossier> dossier;
    private final List<Problem> problems;

    FilledWorkbook(String file, String criteriaVersion, String sheetEdition, String productSet,
            Optional<Dossier> dossier, List<Problem> problems) {
        this.file = Objects.requireNonNull(file, "file");
        this.criteriaVersion = Objects.requireNonNull(criteriaVersion, "criteriaVersion");
        this.sheetEdition = Objects.requireNonNull(sheetEdition, "sheetEdition");
        this.productSet = Objects.requireNonNull(productSet, "productSet");
        this.dossier = Objects.requireNonNull(dossier, "dossier");
        this.problems = List.copyOf(problems);
        if (dossier.isPresent() == !this.problems.isEmpty()) {
            throw new IllegalArgumentException("a workbook gives a dossier or problems: " + file);
        }
    }

    /** The workbook's file name, for example {@code phieu-cham.xlsx}. */
    public String file() {
        return file;
    }

    /** The criteria version the workbook was written for; the dossier asks for it ({@code criteriaVersion}). */
    public String criteriaVersion() {
        return criteriaVersion;
    }

    /**
     * The sheet edition the workbook was written for ({@code decision} or {@code portal}): rate the dossier with
     * the same edition ({@code RatingSettings.withSheetEdition}), or its options are not found.
     */
    public String sheetEdition() {
        return sheetEdition;
    }

    /** The product set of the workbook's sheet. */
    public String productSet() {
        return productSet;
    }

    /** The dossier the marks give; empty when the workbook has problems. */
    public Optional<Dossier> dossier() {
        return dossier;
    }

    /**
     * Why the workbook gives no dossier: a broken layout alone, or the header fields', then each member column's,
     * then the findings' problems; empty when it gives a dossier. Unmodifiable.
     */
    public List<Problem> problems() {
        return problems;
    }

    /** Whether the workbook gives a dossier. */
    public boolean isValid() {
        return dossier.isPresent();
    }

    /**
     * The workbook as a source for a batch: its dossier, or a source that gives an INVALID rating named after the
     * file with the problems.
     */
    public DossierSource toSource() {
        return dossier.map(DossierSource::of).orElseGet(() -> DossierSource.invalid(file, problems));
    }

    @Override
    public String toString() {
        return "FilledWorkbook[" + file + ", " + criteriaVersion + "/" + sheetEdition + " " + productSet + ", "
                + (dossier.isPresent() ? dossier.get().id() : problems) + "]";
    }
}
