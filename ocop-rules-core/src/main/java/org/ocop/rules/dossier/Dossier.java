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

    /** A dossier of members' sheets. */
    public Dossier(String id, String productName, String producer, String productSet, LocalDate submittedOn,
            Optional<String> criteriaVersion, Optional<Level> level, Optional<LocalDate> ratedOn,
            Optional<Council> council, List<String> findings, List<MemberSheet> sheets,
            Optional<RecordedResult> recorded) {
        this(id, productName, producer, productSet, submittedOn, criteriaVersion, level, ratedOn, council, findings,
                sheets, recorded, List.of());
    }

    /** A dossier without a recorded result. */
    public Dossier(String id, String productName, String producer, String productSet, LocalDate submittedOn,
            Optional<String> criteriaVersion, Optional<Level> level, Optional<LocalDate> ratedOn,
            Optional<Council> council, List<String> findings, List<MemberSheet> sheets) {
        this(id, productName, producer, productSet, submittedOn, criteriaVersion, level, ratedOn, council, findings,
                sheets, Optional.empty());
    }

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
        return new Dossier(id, "", "", productSet, submittedOn, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), sheets);
    }

    /**
     * A totals-only dossier: the members' totals as the council recorded them, without their sheets. It is rated
     * to its average, band star, recognition and forwarding; star minimums cannot be checked without sheets.
     */
    public static Dossier ofTotals(String id, String productSet, LocalDate submittedOn, List<Integer> totals) {
        return new Dossier(id, "", "", productSet, submittedOn, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), List.of(), Optional.empty(), totals);
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

    /** This dossier with these knock-out findings. */
    public Dossier withFindings(List<String> newFindings) {
        return new Dossier(id, productName, producer, productSet, submittedOn, criteriaVersion, level, ratedOn,
                council, newFindings, sheets, recorded, memberTotals);
    }
}
