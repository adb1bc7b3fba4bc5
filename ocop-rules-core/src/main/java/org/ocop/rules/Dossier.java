package org.ocop.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One product's evaluation file as the council hands it in: who made the product, which product set it was scored
 * under, when it was submitted, and each scoring member's filled sheet.
 *
 * <p>The members' sheets are the input, never a pre-averaged number. Immutable and thread-safe. Read one from JSON
 * with {@link DossierReader}; its shape is documented in the README ("Dossier format").
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
 */
public record Dossier(String id, String productName, String producer, String productSet, LocalDate submittedOn,
        Optional<String> criteriaVersion, Optional<Level> level, Optional<LocalDate> ratedOn,
        Optional<Council> council, List<String> findings, List<MemberSheet> sheets,
        Optional<RecordedResult> recorded) {

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
    }

    /**
     * A dossier with only what every rating needs, for building dossiers in code; add the optional parts with the
     * {@code with…} methods.
     */
    public static Dossier of(String id, String productSet, LocalDate submittedOn, List<MemberSheet> sheets) {
        return new Dossier(id, "", "", productSet, submittedOn, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), sheets);
    }

    /** This dossier rated under an explicitly requested criteria version. */
    public Dossier withCriteriaVersion(String versionId) {
        return new Dossier(id, productName, producer, productSet, submittedOn, Optional.of(versionId), level,
                ratedOn, council, findings, sheets, recorded);
    }

    /** This dossier scored by a council of the given level. */
    public Dossier withLevel(Level newLevel) {
        return new Dossier(id, productName, producer, productSet, submittedOn, criteriaVersion,
                Optional.of(newLevel), ratedOn, council, findings, sheets, recorded);
    }

    /** This dossier rated on the given day. */
    public Dossier withRatedOn(LocalDate day) {
        return new Dossier(id, productName, producer, productSet, submittedOn, criteriaVersion, level,
                Optional.of(day), council, findings, sheets, recorded);
    }

    /** This dossier with the council's make-up. */
    public Dossier withCouncil(Council newCouncil) {
        return new Dossier(id, productName, producer, productSet, submittedOn, criteriaVersion, level, ratedOn,
                Optional.of(newCouncil), findings, sheets, recorded);
    }

    /** This dossier with a recorded result to replay against. */
    public Dossier withRecorded(RecordedResult result) {
        return new Dossier(id, productName, producer, productSet, submittedOn, criteriaVersion, level, ratedOn,
                council, findings, sheets, Optional.of(result));
    }

    /** This dossier with these knock-out findings. */
    public Dossier withFindings(List<String> newFindings) {
        return new Dossier(id, productName, producer, productSet, submittedOn, criteriaVersion, level, ratedOn,
                council, newFindings, sheets, recorded);
    }
}
