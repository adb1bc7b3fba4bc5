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
 * <p>Made by {@link Advisor} only: the constructors are not API, so parts can be added in a later release.
 */
public final class VersionImpact {
    private final String dossierId;
    private final Rating baseline;
    private final List<Entry> entries;
    private final Optional<Text> reason;

    /** Validates and copies. */
    VersionImpact(String dossierId, Rating baseline, List<Entry> entries, Optional<Text> reason) {
        this.dossierId = Objects.requireNonNull(dossierId, "dossierId");
        this.baseline = Objects.requireNonNull(baseline, "baseline");
        this.entries = List.copyOf(entries);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The dossier's id. */
    public String dossierId() {
        return dossierId;
    }

    /** The dossier's own rating. */
    public Rating baseline() {
        return baseline;
    }

    /**
     * One entry per (version, sheet edition, matching set): versions in catalogue order, each version's sheet
     * editions in their order, matching sets in the mapping's order; a version without a matching set has one entry
     * saying so. Empty when {@link #reason()} says why.
     */
    public List<Entry> entries() {
        return entries;
    }

    /** Why nothing was compared (the dossier's version could not be resolved), in English. */
    public Optional<String> reason() {
        return reason.map(Text::toString);
    }

    /** {@link #reason()} in the language of {@code locale}; see {@link Text}. */
    public Optional<String> reason(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return reason.map(t -> t.in(locale));
    }

    /** {@link #reason()} as a text, to render later in any language. */
    public Optional<Text> reasonText() {
        return reason;
    }

    /** The comparison for people, in English: one block per entry with its changes. */
    public String explain() {
        return explain(Locale.ROOT);
    }

    /**
     * {@link #explain()} in the language of {@code locale}: Vietnamese for {@code vi}, else English; see {@link Text}.
     */
    public String explain(Locale locale) {
        return AdviceText.versionImpact(this, Objects.requireNonNull(locale, "locale"));
    }

    /** Equal when every part is equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof VersionImpact that && dossierId.equals(that.dossierId)
                && baseline.equals(that.baseline) && entries.equals(that.entries) && reason.equals(that.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dossierId, baseline, entries, reason);
    }

    /** Every part, named, for debugging; {@link #explain()} is the text for people. */
    @Override
    public String toString() {
        return "VersionImpact[dossierId=" + dossierId + ", baseline=" + baseline + ", entries=" + entries
                + ", reason=" + reason + "]";
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

    /** One difference from the dossier's own rating. Immutable and thread-safe. */
    public static final class Change {
        private final Kind kind;
        private final String subject;
        private final Text before;
        private final Text after;
        private final Text reason;

        /** Validates. */
        Change(Kind kind, String subject, Text before, Text after, Text reason) {
            this.kind = Objects.requireNonNull(kind, "kind");
            this.subject = Objects.requireNonNull(subject, "subject");
            this.before = Objects.requireNonNull(before, "before");
            this.after = Objects.requireNonNull(after, "after");
            this.reason = Objects.requireNonNull(reason, "reason");
        }

        /** What the change is about. */
        public Kind kind() {
            return kind;
        }

        /** The criterion's code for {@link Kind#POINTS}, else the kind's name in lower case. */
        public String subject() {
            return subject;
        }

        /** The dossier's own value, in words, in English. */
        public String before() {
            return before.toString();
        }

        /** {@link #before()} in the language of {@code locale}; see {@link Text}. */
        public String before(Locale locale) {
            return before.in(locale);
        }

        /** The entry's value, in words, in English. */
        public String after() {
            return after.toString();
        }

        /** {@link #after()} in the language of {@code locale}; see {@link Text}. */
        public String after(Locale locale) {
            return after.in(locale);
        }

        /** Why it differs, from the criteria data, in English. */
        public String reason() {
            return reason.toString();
        }

        /** {@link #reason()} in the language of {@code locale}; see {@link Text}. */
        public String reason(Locale locale) {
            return reason.in(locale);
        }

        /** Equal when every part is equal. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Change that && kind == that.kind && subject.equals(that.subject)
                    && before.equals(that.before) && after.equals(that.after) && reason.equals(that.reason);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, subject, before, after, reason);
        }

        /** Every part, named, for debugging. */
        @Override
        public String toString() {
            return "Change[kind=" + kind + ", subject=" + subject + ", before=" + before + ", after=" + after
                    + ", reason=" + reason + "]";
        }
    }

    /** The product under one version, sheet edition and set. Immutable and thread-safe. */
    public static final class Entry {
        private final String versionId;
        private final String sheetEdition;
        private final Optional<String> productSet;
        private final Text basis;
        private final SourceStatus status;
        private final Text source;
        private final Method method;
        private final Text note;
        private final Optional<Rating> rating;
        private final List<Change> changes;

        /** Validates and copies; an entry has a rating unless it is {@link Method#NOT_RATED}. */
        Entry(String versionId, String sheetEdition, Optional<String> productSet, Text basis, SourceStatus status,
                Text source, Method method, Text note, Optional<Rating> rating, List<Change> changes) {
            this.versionId = Objects.requireNonNull(versionId, "versionId");
            this.sheetEdition = Objects.requireNonNull(sheetEdition, "sheetEdition");
            this.productSet = Objects.requireNonNull(productSet, "productSet");
            this.basis = Objects.requireNonNull(basis, "basis");
            this.status = Objects.requireNonNull(status, "status");
            this.source = Objects.requireNonNull(source, "source");
            this.method = Objects.requireNonNull(method, "method");
            this.note = Objects.requireNonNull(note, "note");
            this.rating = Objects.requireNonNull(rating, "rating");
            this.changes = List.copyOf(changes);
            if (rating.isEmpty() != (method == Method.NOT_RATED)) {
                throw new IllegalArgumentException("an entry has a rating unless it is NOT_RATED: " + method);
            }
        }

        /** The criteria version. */
        public String versionId() {
            return versionId;
        }

        /** Its sheet edition ({@code decision}, {@code portal} …). */
        public String sheetEdition() {
            return sheetEdition;
        }

        /** The set rated under; empty when the version has no matching set. */
        public Optional<String> productSet() {
            return productSet;
        }

        /**
         * Why this set: {@code the dossier's set}, the shared classification, or the set mapping's basis (same title,
         * split, merged, dropped …), in English.
         */
        public String basis() {
            return basis.toString();
        }

        /** {@link #basis()} in the language of {@code locale}; see {@link Text}. */
        public String basis(Locale locale) {
            return basis.in(locale);
        }

        /** How sure that is (the set mapping's entries are {@code inferred}). */
        public SourceStatus status() {
            return status;
        }

        /** What the basis rests on, in English. */
        public String source() {
            return source.toString();
        }

        /** {@link #source()} in the language of {@code locale}; see {@link Text}. */
        public String source(Locale locale) {
            return source.in(locale);
        }

        /** How the entry was rated. */
        public Method method() {
            return method;
        }

        /** How it was rated, or why not, in one sentence, in English. */
        public String note() {
            return note.toString();
        }

        /** {@link #note()} in the language of {@code locale}; see {@link Text}. */
        public String note(Locale locale) {
            return note.in(locale);
        }

        /** The rating; empty when {@link Method#NOT_RATED}. */
        public Optional<Rating> rating() {
            return rating;
        }

        /** The differences from the dossier's own rating, in {@link Kind} order. */
        public List<Change> changes() {
            return changes;
        }

        /** The changes of one kind. */
        public List<Change> changes(Kind kind) {
            return changes.stream().filter(c -> c.kind() == kind).toList();
        }

        /** Equal when every part is equal. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Entry that && versionId.equals(that.versionId)
                    && sheetEdition.equals(that.sheetEdition) && productSet.equals(that.productSet)
                    && basis.equals(that.basis) && status == that.status && source.equals(that.source)
                    && method == that.method && note.equals(that.note) && rating.equals(that.rating)
                    && changes.equals(that.changes);
        }

        @Override
        public int hashCode() {
            return Objects.hash(versionId, sheetEdition, productSet, basis, status, source, method, note, rating,
                    changes);
        }

        /** Every part, named, for debugging. */
        @Override
        public String toString() {
            return "Entry[versionId=" + versionId + ", sheetEdition=" + sheetEdition + ", productSet=" + productSet
                    + ", basis=" + basis + ", status=" + status + ", source=" + source + ", method=" + method
                    + ", note=" + note + ", rating=" + rating + ", changes=" + changes + "]";
        }
    }
}
