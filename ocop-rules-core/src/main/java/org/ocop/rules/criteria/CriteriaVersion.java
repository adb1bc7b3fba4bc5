package org.ocop.rules.criteria;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ocop.rules.internal.Messages;

/**
 * A criteria version (<i>bộ tiêu chí</i>): the criteria of one national decision, in one edition of our
 * transcription, with its validity dates, classification, scoring sheets, star-minimum rule and procedures.
 *
 * <p>Two axes are kept apart: the legal version ({@link #id()}, the decision) and the data edition
 * ({@link #edition()}, our transcription's own revision: a typo fixed, a missing sheet added). A rating records
 * both. Immutable and thread-safe.
 *
 * <p>A catalogue reads each version's header (id, decision, dates, transition, procedures, caps, bands) when it is
 * created, and its classification, sheets, sheet editions and star minimums on the first call that needs them
 * ({@link #starMinimums()}, {@link #productSets()}, {@link #productSet}, {@link #sheet}, {@link #setsWithSheets()},
 * {@link #sheetEditions()}, {@link #withSheetEdition}), once, whatever the number of threads. Those calls throw
 * {@link CriteriaDataException} if the version's data is broken, on every call, as the catalogue's load does for
 * a broken header; the build checks every bundled file in full, so the bundled data never is.
 */
public final class CriteriaVersion {
    private final String id;
    private final String edition;
    private final String editionNotes;
    private final Decision decision;
    private final LocalDate inForceFrom;
    private final Optional<LocalDate> supersededOn;
    private final Optional<LocalDate> lapsesAfter;
    private final Map<Part, Integer> partMaxPoints;
    private final SourcedText bands;
    private final StarBands starBands;
    private final List<Procedure> procedures;
    private final Optional<SourcedText> transition;
    private final Optional<String> basedOn;
    private final String sheetEdition;
    /** What every sheet edition of this version shares: the body, loaded once, and the views. */
    private final Shared shared;

    /** The name of the sheet edition every version has: the sheets as the decision's text prints them. */
    public static final String DECISION_EDITION = "decision";

    /**
     * The heavy part of a version, loaded on first use: its star minimums (781's table is checked against its
     * classification) and, per sheet edition (the decision edition first), its product sets by code, each with
     * that edition's sheet or none.
     */
    record Body(StarMinimums starMinimums, Map<String, Map<String, ProductSet>> setsByEdition) {
        Body {
            Objects.requireNonNull(starMinimums);
            Map<String, Map<String, ProductSet>> editions = new LinkedHashMap<>();
            setsByEdition.forEach((name, sets) -> editions.put(name, Collections.unmodifiableMap(
                    new LinkedHashMap<>(sets))));
            setsByEdition = Collections.unmodifiableMap(editions);
        }

        /** A body from each edition's product sets in classification order. */
        static Body of(StarMinimums starMinimums, Map<String, List<ProductSet>> setsByEdition) {
            Map<String, Map<String, ProductSet>> byCode = new LinkedHashMap<>();
            setsByEdition.forEach((name, sets) -> {
                Map<String, ProductSet> codes = new LinkedHashMap<>();
                sets.forEach(set -> codes.put(set.code(), set));
                byCode.put(name, codes);
            });
            return new Body(starMinimums, byCode);
        }
    }

    /**
     * The body's loader and the views of the version in each sheet edition, shared by all of them, so that one
     * version in one edition is one instance (results compare versions by identity) and the body is loaded once
     * for all editions.
     */
    private static final class Shared {
        final Lazy<Body> body;
        final java.util.concurrent.ConcurrentMap<String, CriteriaVersion> views =
                new java.util.concurrent.ConcurrentHashMap<>();

        Shared(java.util.function.Supplier<Body> load) {
            this.body = new Lazy<>(load);
        }
    }

    /**
     * A version in its decision edition, its header given (all that version resolution and listing read) and its
     * body loaded by {@code body} on first use, once, whatever the number of threads asking; a load that fails is
     * not kept, so every use reports the same error.
     */
    CriteriaVersion(String id, String edition, String editionNotes, Decision decision, LocalDate inForceFrom,
            Optional<LocalDate> supersededOn, Optional<LocalDate> lapsesAfter, Map<Part, Integer> partMaxPoints,
            SourcedText bands, StarBands starBands, List<Procedure> procedures, Optional<SourcedText> transition,
            Optional<String> basedOn, java.util.function.Supplier<Body> body) {
        this(id, edition, editionNotes, decision, inForceFrom, supersededOn, lapsesAfter, partMaxPoints, bands,
                starBands, procedures, transition, basedOn, DECISION_EDITION, new Shared(body));
        shared.views.put(DECISION_EDITION, this);
    }

    private CriteriaVersion(String id, String edition, String editionNotes, Decision decision,
            LocalDate inForceFrom, Optional<LocalDate> supersededOn, Optional<LocalDate> lapsesAfter,
            Map<Part, Integer> partMaxPoints, SourcedText bands, StarBands starBands, List<Procedure> procedures,
            Optional<SourcedText> transition, Optional<String> basedOn, String sheetEdition, Shared shared) {
        this.id = Objects.requireNonNull(id);
        this.edition = Objects.requireNonNull(edition);
        this.editionNotes = Objects.requireNonNull(editionNotes);
        this.decision = Objects.requireNonNull(decision);
        this.inForceFrom = Objects.requireNonNull(inForceFrom);
        this.supersededOn = Objects.requireNonNull(supersededOn);
        this.lapsesAfter = Objects.requireNonNull(lapsesAfter);
        this.partMaxPoints = Collections.unmodifiableMap(new EnumMap<>(partMaxPoints));
        this.bands = Objects.requireNonNull(bands);
        this.starBands = Objects.requireNonNull(starBands);
        this.procedures = List.copyOf(procedures);
        this.transition = Objects.requireNonNull(transition);
        this.basedOn = Objects.requireNonNull(basedOn);
        this.sheetEdition = Objects.requireNonNull(sheetEdition);
        this.shared = shared;
    }

    /**
     * The body, loaded and checked on first use.
     *
     * @throws CriteriaDataException if this version's data (or the data of the version it is based on) is broken
     */
    Body body() {
        return shared.body.get();
    }

    /** This edition's product sets by code. */
    private Map<String, ProductSet> sets() {
        return body().setsByEdition().get(sheetEdition);
    }

    /**
     * This version with the sheets of another sheet edition, for example {@code portal}: the national scoring
     * portal's data, to replay dossiers scored on it. Everything but the sheets is the same.
     *
     * @throws CriteriaLookupException if the version has no sheet edition of that name
     * @throws CriteriaDataException if the version's data is broken (see the class comment)
     */
    public CriteriaVersion withSheetEdition(String name) {
        Objects.requireNonNull(name, "name");
        if (name.equals(sheetEdition)) {
            return this;
        }
        if (!body().setsByEdition().containsKey(name)) {
            throw new CriteriaLookupException("criteria version " + id, Messages.text("lookup.unknownSheetEdition"),
                    name, Messages.literal(String.join(", ", body().setsByEdition().keySet())));
        }
        return shared.views.computeIfAbsent(name, n -> new CriteriaVersion(id, edition, editionNotes, decision,
                inForceFrom, supersededOn, lapsesAfter, partMaxPoints, bands, starBands, procedures, transition,
                basedOn, n, shared));
    }

    /**
     * The sheet edition this instance gives: {@link #DECISION_EDITION} (the default, the decision's text) or
     * another reading of the same decision, such as {@code portal}. Not to be confused with {@link #edition()},
     * the release of our data.
     */
    public String sheetEdition() {
        return sheetEdition;
    }

    /**
     * The names of this version's sheet editions, the default ({@link #DECISION_EDITION}) first.
     *
     * @throws CriteriaDataException if the version's data is broken (see the class comment)
     */
    public List<String> sheetEditions() {
        return List.copyOf(body().setsByEdition().keySet());
    }

    /** The version this one amends and takes its classification and sheets from, if any (781 → 1048). */
    public Optional<String> basedOn() {
        return basedOn;
    }

    /** The stable id, for example {@code QD-26-2026}. */
    public String id() {
        return id;
    }

    /** The edition of our transcription, for example {@code 2026a}; raised whenever the data changes. */
    public String edition() {
        return edition;
    }

    /** What this edition contains or changed. */
    public String editionNotes() {
        return editionNotes;
    }

    /** The decision behind this version. */
    public Decision decision() {
        return decision;
    }

    /** The first day dossiers are submitted under this version. */
    public LocalDate inForceFrom() {
        return inForceFrom;
    }

    /** The day the next version came into force, for every version but the newest. */
    public Optional<LocalDate> supersededOn() {
        return supersededOn;
    }

    /**
     * The last day this version may still be used for dossiers submitted under it, when a later decision sets one
     * (148/2023 lapses 60 days after 26/2026 took effect).
     */
    public Optional<LocalDate> lapsesAfter() {
        return lapsesAfter;
    }

    /** Whether a dossier submitted on {@code day} falls under this version by date. */
    public boolean isInForceOn(LocalDate day) {
        return !day.isBefore(inForceFrom) && supersededOn.map(day::isBefore).orElse(true);
    }

    /** The printed cap of each part: A/B/C = 40/25/35 (148, 26/2026) or 35/25/40 (1048, 781). */
    public Map<Part, Integer> partMaxPoints() {
        return partMaxPoints;
    }

    /** The star bands as this version states them, with their source and doubt; {@link #starBands()} as numbers. */
    public SourcedText bands() {
        return bands;
    }

    /**
     * The star bands as numbers: the floors of 2★ to 5★ read from {@link #bands()}'s text, which every engine and
     * the advisor rate with.
     */
    public StarBands starBands() {
        return starBands;
    }

    /**
     * Whether and how this version sets star minimums.
     *
     * @throws CriteriaDataException if the version's data is broken (see the class comment)
     */
    public StarMinimums starMinimums() {
        return body().starMinimums();
    }

    /** Its recognition procedures, oldest first. */
    public List<Procedure> procedures() {
        return procedures;
    }

    /** The procedure that applies on {@code day}: the newest one starting on or before it (the first if none). */
    public Procedure procedureOn(LocalDate day) {
        Procedure chosen = procedures.get(0);
        for (Procedure procedure : procedures) {
            if (!procedure.from().isAfter(day)) {
                chosen = procedure;
            }
        }
        return chosen;
    }

    /** The transitional provision this version sets for dossiers submitted under the previous one, if any. */
    public Optional<SourcedText> transition() {
        return transition;
    }

    /**
     * Its product sets in classification order; empty when the classification is not yet in the data.
     *
     * @throws CriteriaDataException if the version's data is broken (see the class comment)
     */
    public List<ProductSet> productSets() {
        return List.copyOf(sets().values());
    }

    /**
     * The product set with this code.
     *
     * @throws CriteriaLookupException if this version has no such set
     * @throws CriteriaDataException if the version's data is broken (see the class comment)
     */
    public ProductSet productSet(String code) {
        Map<String, ProductSet> productSets = sets();
        ProductSet set = productSets.get(code);
        if (set == null) {
            if (productSets.isEmpty()) {
                throw new CriteriaLookupException("criteria version " + id, Messages.text("lookup.noProductSets"),
                        code, Messages.text("lookup.noProductSets.allowed"));
            }
            throw new CriteriaLookupException("criteria version " + id, Messages.text("lookup.unknownProductSet"),
                    code, Messages.literal(String.join(", ", productSets.keySet())));
        }
        return set;
    }

    /**
     * The scoring sheet of the product set with this code.
     *
     * @throws CriteriaLookupException if this version has no such set, or the data has no sheet for it
     * @throws CriteriaDataException if the version's data is broken (see the class comment)
     */
    public ScoringSheet sheet(String productSetCode) {
        ProductSet set = productSet(productSetCode);
        return set.sheet().orElseThrow(() -> new CriteriaLookupException("criteria version " + id,
                Messages.text("lookup.noSheet"), productSetCode, Messages.literal(String.join(", ",
                        setsWithSheets()))));
    }

    /**
     * The codes of the sets whose sheets are in the data.
     *
     * @throws CriteriaDataException if the version's data is broken (see the class comment)
     */
    public List<String> setsWithSheets() {
        List<String> codes = new ArrayList<>();
        for (ProductSet set : sets().values()) {
            if (set.hasSheet()) {
                codes.add(set.code());
            }
        }
        return codes;
    }

    @Override
    public String toString() {
        return id + " (" + decision.number() + ", edition " + edition
                + (sheetEdition.equals(DECISION_EDITION) ? "" : ", sheet edition " + sheetEdition) + ")";
    }
}
