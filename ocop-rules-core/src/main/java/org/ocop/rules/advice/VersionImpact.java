package org.ocop.rules.advice;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.ocop.rules.Rating;
import org.ocop.rules.Text;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.SourceStatus;

/**
 * The same product rated under every criteria version (and sheet edition) that has its set, and what changes
 * against the dossier's own rating, each change with its reason: points, star minimums, band, star, recognition,
 * outcome.
 *
 * <p>Sets are followed between versions by the set mapping ({@link CriteriaCatalogue#setMapping()}, inferred from
 * the set titles); a split gives one entry per matching set, a dropped set an entry saying so. Options are never
 * mapped: a version whose sheets are not the dossier's (no option mapping is in the data) rates the members' totals
 * carried over, and the entry says so. Immutable and thread-safe; {@link #explain()} renders it for people,
 * {@link org.ocop.rules.json.AdviceJson#writeVersionImpact(List)} for programs.
 *
 * @param dossierId the dossier's id
 * @param baseline the dossier's own rating
 * @param entries one per (version, sheet edition, matching set): versions in catalogue order, each version's sheet
 *     editions in their order, matching sets in the mapping's order; a version without a matching set has one
 *     entry saying so. Empty when {@code reason} says why
 * @param reasonText why nothing was compared (the dossier's version could not be resolved)
 */
public record VersionImpact(String dossierId, Rating baseline, List<Entry> entries, Optional<Text> reasonText) {

    /** Validates and copies. */
    public VersionImpact {
        Objects.requireNonNull(dossierId, "dossierId");
        Objects.requireNonNull(baseline, "baseline");
        entries = List.copyOf(entries);
        Objects.requireNonNull(reasonText, "reasonText");
    }

    /** Why nothing was compared, in English. */
    public Optional<String> reason() {
        return reasonText.map(Text::toString);
    }

    /** {@link #reason()} in the language of {@code locale}; see {@link Text}. */
    public Optional<String> reason(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return reasonText.map(t -> t.in(locale));
    }

    /** The comparison for people, in English: one block per entry with its changes. */
    public String explain() {
        return explain(Locale.ROOT);
    }

    /** {@link #explain()} in the language of {@code locale} (Vietnamese for {@code vi}, else English; see {@link Text}). */
    public String explain(Locale locale) {
        return AdviceText.versionImpact(this, Objects.requireNonNull(locale, "locale"));
    }

    /** How an entry was rated. */
    public enum Method {
        /** The dossier itself: its own version, sheet edition and set. */
        OWN,
        /** The members' sheets rated under the entry's sheet, which has every criterion and option they use. */
        SHEETS,
        /** The members' totals rated under the entry's version: the sheets differ and no option mapping is in the
         * data, so points and star minimums are not re-read (band, recognition and forwarding are). */
        TOTALS_CARRIED,
        /** Not rated; the entry's note says why (no matching set, no sheet in that edition, no totals). */
        NOT_RATED
    }

    /** What a change is about. */
    public enum Kind {
        /** A criterion scores differently: the same options are worth other points on the entry's sheet. */
        POINTS,
        /** Which star minimums exist, were checked, or failed. */
        MINIMUMS,
        /** The band's star of the average. */
        BAND,
        /** The rated star. */
        STARS,
        /** What the evaluating level recognises, the certificate, and where the product is forwarded. */
        RECOGNITION,
        /** How the rating ended (RATED, REFUSED, INVALID …). */
        OUTCOME
    }

    /**
     * One difference from the dossier's own rating.
     *
     * @param kind what it is about
     * @param subject the criterion's code for {@link Kind#POINTS}, else the kind's name in lower case
     * @param beforeText the dossier's own value, in words
     * @param afterText the entry's value, in words
     * @param reasonText why it differs, from the criteria data
     */
    public record Change(Kind kind, String subject, Text beforeText, Text afterText, Text reasonText) {
        /** Validates. */
        public Change {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(beforeText, "beforeText");
            Objects.requireNonNull(afterText, "afterText");
            Objects.requireNonNull(reasonText, "reasonText");
        }

        /** The dossier's own value in words, in English. */
        public String before() {
            return beforeText.toString();
        }

        /** {@link #before()} in the language of {@code locale}; see {@link Text}. */
        public String before(Locale locale) {
            return beforeText.in(locale);
        }

        /** The entry's value in words, in English. */
        public String after() {
            return afterText.toString();
        }

        /** {@link #after()} in the language of {@code locale}; see {@link Text}. */
        public String after(Locale locale) {
            return afterText.in(locale);
        }

        /** Why it differs, in English. */
        public String reason() {
            return reasonText.toString();
        }

        /** {@link #reason()} in the language of {@code locale}; see {@link Text}. */
        public String reason(Locale locale) {
            return reasonText.in(locale);
        }
    }

    /**
     * The product under one version, sheet edition and set.
     *
     * @param versionId the criteria version
     * @param sheetEdition its sheet edition ({@code decision}, {@code portal} …)
     * @param productSet the set rated under; empty when the version has no matching set
     * @param basisText why this set: {@code the dossier's set}, the shared classification, or the set mapping's
     *     basis (same title, split, merged, dropped …)
     * @param status how sure that is (the set mapping's entries are {@code inferred})
     * @param sourceText what the basis rests on
     * @param method how the entry was rated
     * @param noteText how it was rated, or why not, in one sentence
     * @param rating the rating; empty when {@link Method#NOT_RATED}
     * @param changes the differences from the dossier's own rating, in {@link Kind} order
     */
    public record Entry(String versionId, String sheetEdition, Optional<String> productSet, Text basisText,
            SourceStatus status, Text sourceText, Method method, Text noteText, Optional<Rating> rating,
            List<Change> changes) {
        /** Validates and copies. */
        public Entry {
            Objects.requireNonNull(versionId, "versionId");
            Objects.requireNonNull(sheetEdition, "sheetEdition");
            Objects.requireNonNull(productSet, "productSet");
            Objects.requireNonNull(basisText, "basisText");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(sourceText, "sourceText");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(noteText, "noteText");
            Objects.requireNonNull(rating, "rating");
            changes = List.copyOf(changes);
            if (rating.isEmpty() != (method == Method.NOT_RATED)) {
                throw new IllegalArgumentException("an entry has a rating unless it is NOT_RATED: " + method);
            }
        }

        /** Why this set, in English. */
        public String basis() {
            return basisText.toString();
        }

        /** {@link #basis()} in the language of {@code locale}; see {@link Text}. */
        public String basis(Locale locale) {
            return basisText.in(locale);
        }

        /** What the basis rests on, in English. */
        public String source() {
            return sourceText.toString();
        }

        /** {@link #source()} in the language of {@code locale}; see {@link Text}. */
        public String source(Locale locale) {
            return sourceText.in(locale);
        }

        /** How the entry was rated, or why not, in English. */
        public String note() {
            return noteText.toString();
        }

        /** {@link #note()} in the language of {@code locale}; see {@link Text}. */
        public String note(Locale locale) {
            return noteText.in(locale);
        }

        /** The changes of one kind. */
        public List<Change> changes(Kind kind) {
            return changes.stream().filter(c -> c.kind() == kind).toList();
        }
    }
}
