package org.ocop.rules.advice;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ocop.rules.Rating;
import org.ocop.rules.Text;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriterionComparison;
import org.ocop.rules.criteria.Part;
import org.ocop.rules.criteria.SourceStatus;
import org.ocop.rules.internal.Messages;

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
        /** The members' choices carried criterion by criterion to the entry's sheet through the criterion comparison
         * ({@link CriteriaCatalogue#criterionComparisons()}, inferred), every criterion carried and every criterion of
         * the entry's sheet reached, then rated under that sheet; {@link Entry#carriage()} lists what was carried. */
        CRITERIA_CARRIED,
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

    /** One criterion of a member's sheet carried to the entry's sheet. Immutable and thread-safe. */
    public static final class Carried {
        private final String from;
        private final List<String> options;
        private final String to;
        private final List<String> toOptions;
        private final CriterionComparison.Kind kind;
        private final Part part;
        private final int points;

        /** Validates and copies. */
        Carried(String from, List<String> options, String to, List<String> toOptions, CriterionComparison.Kind kind,
                Part part, int points) {
            this.from = Objects.requireNonNull(from, "from");
            this.options = List.copyOf(options);
            this.to = Objects.requireNonNull(to, "to");
            this.toOptions = List.copyOf(toOptions);
            this.kind = Objects.requireNonNull(kind, "kind");
            this.part = Objects.requireNonNull(part, "part");
            this.points = points;
        }

        /** The criterion on the dossier's sheet. */
        public String from() {
            return from;
        }

        /** The options chosen there (one, or a checklist's ticks). */
        public List<String> options() {
            return options;
        }

        /** The criterion with the same label on the entry's sheet. */
        public String to() {
            return to;
        }

        /** The options they map to, in the same order. */
        public List<String> toOptions() {
            return toOptions;
        }

        /**
         * {@link CriterionComparison.Kind#SAME} or {@link CriterionComparison.Kind#SAME_OPTIONS} (markers differ: the
         * star minimums are the entry's).
         */
        public CriterionComparison.Kind kind() {
            return kind;
        }

        /** The part of the entry's sheet the criterion counts in. */
        public Part part() {
            return part;
        }

        /** What the carried options score on the entry's sheet. */
        public int points() {
            return points;
        }

        /** Equal when every part is equal. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Carried that && from.equals(that.from) && options.equals(that.options)
                    && to.equals(that.to) && toOptions.equals(that.toOptions) && kind == that.kind
                    && part == that.part && points == that.points;
        }

        @Override
        public int hashCode() {
            return Objects.hash(from, options, to, toOptions, kind, part, points);
        }

        /** Every part, named, for debugging. */
        @Override
        public String toString() {
            return "Carried[from=" + from + ", options=" + options + ", to=" + to + ", toOptions=" + toOptions
                    + ", kind=" + kind + ", part=" + part + ", points=" + points + "]";
        }
    }

    /**
     * One criterion of a member's sheet that could not be carried, and why, in the comparison's words.
     *
     * @param criterion the criterion on the dossier's sheet
     * @param to the criterion with the same label on the entry's sheet, if there is one
     * @param kind {@link CriterionComparison.Kind#CHANGED} or {@link CriterionComparison.Kind#NO_MATCH}
     * @param changes how it differs, read from the dossier's sheet to the entry's: from the dossier's criterion and
     *     options ({@link CriterionComparison.Change#fromOption()}) to the entry's ({@code toOption}), as the
     *     comparison states it for a dossier of its older version and {@linkplain CriterionComparison.Change#reversed()
     *     reversed} for one of its newer; {@link CriterionComparison.ChangeKind#NO_LABEL_MATCH} when no criterion of
     *     the entry's sheet has the label
     */
    public record NotCarried(String criterion, Optional<String> to, CriterionComparison.Kind kind,
            List<CriterionComparison.Change> changes) {
        /** Copies. */
        public NotCarried {
            Objects.requireNonNull(to, "to");
            changes = List.copyOf(changes);
        }

        /**
         * Each change in words, in the language of {@code locale} (English for {@link Locale#ROOT}), in the order of
         * {@link #changes()}: {@code cap 5 → 3}, {@code text of 1.a.a ≠ 1.1.a}, {@code points of 1.a.b 3 → 1.1.b 2}…
         */
        public List<String> describe(Locale locale) {
            Messages.Bundle m = Messages.in(locale);
            return changes.stream().map(c -> describe(c, m)).toList();
        }

        private static String describe(CriterionComparison.Change c, Messages.Bundle m) {
            String from = c.fromOption().orElse("");
            String to = c.toOption().orElse("");
            return switch (c.kind()) {
                case CAP -> m.get("versions.carriage.change.CAP", number(c.before()), number(c.after()));
                case OPTION_COUNT -> m.get("versions.carriage.change.OPTION_COUNT", number(c.before()),
                        number(c.after()));
                case TEXT -> m.get("versions.carriage.change.TEXT", from, to);
                case POINTS -> m.get("versions.carriage.change.POINTS", from, number(c.before()), to,
                        number(c.after()));
                case MARKER -> m.get("versions.carriage.change.MARKER", from, stars(c.before(), m), to,
                        stars(c.after(), m));
                case NO_LABEL_MATCH -> m.get("versions.carriage.change.NO_LABEL_MATCH");
            };
        }

        private static String number(java.util.OptionalInt v) {
            return v.isPresent() ? String.valueOf(v.getAsInt()) : "";
        }

        private static String stars(java.util.OptionalInt v, Messages.Bundle m) {
            return v.isPresent() ? v.getAsInt() + "★" : m.get("versions.carriage.change.noMarker");
        }
    }

    /**
     * One member's sheet carried criterion by criterion.
     *
     * @param member the member
     * @param carried the criteria carried, in the dossier sheet's order
     * @param notCarried the criteria answered but not carried
     * @param points the carried points per part of the entry's sheet (every part, 0 when nothing carried to it): a
     *     partial sum whenever anything is not carried, never a total
     */
    public record MemberCarriage(String member, List<Carried> carried, List<NotCarried> notCarried,
            Map<Part, Integer> points) {
        /** Copies. */
        public MemberCarriage {
            carried = List.copyOf(carried);
            notCarried = List.copyOf(notCarried);
            points = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(points));
        }
    }

    /**
     * The members' sheets carried to the entry's sheet through the criterion comparison (inferred, from the two
     * versions' data): a choice carries only on a criterion with an option mapping; nothing else is guessed.
     *
     * @param source the comparison's data file
     * @param status how sure the comparison is ({@code inferred})
     * @param members each member's carriage, in the dossier's order
     * @param unreached the criteria of the entry's sheet that no criterion of the dossier's sheet carries to
     * @param complete whether every answered criterion carried and every criterion of the entry's sheet is reached:
     *     only then is the entry rated on the carried sheets ({@link Method#CRITERIA_CARRIED})
     */
    public record Carriage(String source, SourceStatus status, List<MemberCarriage> members, List<String> unreached,
            boolean complete) {
        /** Copies. */
        public Carriage {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(status, "status");
            members = List.copyOf(members);
            unreached = List.copyOf(unreached);
        }
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
        private final Optional<Carriage> carriage;

        /** Validates and copies; an entry has a rating unless it is {@link Method#NOT_RATED}. */
        Entry(String versionId, String sheetEdition, Optional<String> productSet, Text basis, SourceStatus status,
                Text source, Method method, Text note, Optional<Rating> rating, List<Change> changes) {
            this(versionId, sheetEdition, productSet, basis, status, source, method, note, rating, changes,
                    Optional.empty());
        }

        /** Validates and copies; a {@link Method#CRITERIA_CARRIED} entry has a complete carriage. */
        Entry(String versionId, String sheetEdition, Optional<String> productSet, Text basis, SourceStatus status,
                Text source, Method method, Text note, Optional<Rating> rating, List<Change> changes,
                Optional<Carriage> carriage) {
            this.carriage = Objects.requireNonNull(carriage, "carriage");
            if ((method == Method.CRITERIA_CARRIED) != carriage.map(Carriage::complete).orElse(false)) {
                throw new IllegalArgumentException("a CRITERIA_CARRIED entry, and only it, has a complete carriage");
            }
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

        /**
         * The members' sheets carried criterion by criterion to this entry's sheet, when a criterion comparison links
         * the dossier's version and this one (148 and 26/2026): what carried, with its points per part, and what
         * could not, with the comparison's reason. Empty for every other entry.
         */
        public Optional<Carriage> carriage() {
            return carriage;
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
                    && changes.equals(that.changes) && carriage.equals(that.carriage);
        }

        @Override
        public int hashCode() {
            return Objects.hash(versionId, sheetEdition, productSet, basis, status, source, method, note, rating,
                    changes, carriage);
        }

        /** Every part, named, for debugging. */
        @Override
        public String toString() {
            return "Entry[versionId=" + versionId + ", sheetEdition=" + sheetEdition + ", productSet=" + productSet
                    + ", basis=" + basis + ", status=" + status + ", source=" + source + ", method=" + method
                    + ", note=" + note + ", rating=" + rating + ", changes=" + changes
                    + carriage.map(c -> ", carriage=" + c).orElse("") + "]";
        }
    }
}
