package org.ocop.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A criteria version (<i>bộ tiêu chí</i>): the criteria of one national decision, in one edition of our
 * transcription, with its validity dates, classification, scoring sheets, star-minimum rule and procedures.
 *
 * <p>Two axes are kept apart: the legal version ({@link #id()}, the decision) and the data edition
 * ({@link #edition()}, our transcription's own revision: a typo fixed, a missing sheet added). A rating records
 * both. Immutable and thread-safe.
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
    private final StarMinimums starMinimums;
    private final List<Procedure> procedures;
    private final Optional<SourcedText> transition;
    private final Map<String, ProductSet> productSets;
    private final String sheetEdition;
    private final Map<String, List<ProductSet>> sheetEditions;
    private final Optional<String> basedOn;
    /**
     * The views of this version in each sheet edition, shared by all of them, so that one version in one edition is
     * one instance (results compare versions by identity) and switching costs nothing after the first time.
     */
    private final java.util.concurrent.ConcurrentMap<String, CriteriaVersion> views;

    /** The name of the sheet edition every version has: the sheets as the decision's text prints them. */
    public static final String DECISION_EDITION = "decision";

    CriteriaVersion(String id, String edition, String editionNotes, Decision decision, LocalDate inForceFrom,
            Optional<LocalDate> supersededOn, Optional<LocalDate> lapsesAfter, Map<Part, Integer> partMaxPoints,
            SourcedText bands, StarMinimums starMinimums, List<Procedure> procedures,
            Optional<SourcedText> transition, List<ProductSet> productSets) {
        this(id, edition, editionNotes, decision, inForceFrom, supersededOn, lapsesAfter, partMaxPoints, bands,
                starMinimums, procedures, transition, Optional.empty(), DECISION_EDITION,
                Map.of(DECISION_EDITION, productSets));
    }

    /**
     * A version with its sheet editions: {@code sheetEditions} maps each edition's name to its product sets (the
     * same classification, each set with that edition's sheet or none), the decision edition first;
     * {@code sheetEdition} is the one this instance gives.
     */
    CriteriaVersion(String id, String edition, String editionNotes, Decision decision, LocalDate inForceFrom,
            Optional<LocalDate> supersededOn, Optional<LocalDate> lapsesAfter, Map<Part, Integer> partMaxPoints,
            SourcedText bands, StarMinimums starMinimums, List<Procedure> procedures,
            Optional<SourcedText> transition, Optional<String> basedOn, String sheetEdition,
            Map<String, List<ProductSet>> sheetEditions) {
        this(id, edition, editionNotes, decision, inForceFrom, supersededOn, lapsesAfter, partMaxPoints, bands,
                starMinimums, procedures, transition, basedOn, sheetEdition, sheetEditions,
                new java.util.concurrent.ConcurrentHashMap<>());
        views.put(sheetEdition, this);
    }

    private CriteriaVersion(String id, String edition, String editionNotes, Decision decision,
            LocalDate inForceFrom, Optional<LocalDate> supersededOn, Optional<LocalDate> lapsesAfter,
            Map<Part, Integer> partMaxPoints, SourcedText bands, StarMinimums starMinimums,
            List<Procedure> procedures, Optional<SourcedText> transition, Optional<String> basedOn,
            String sheetEdition, Map<String, List<ProductSet>> sheetEditions,
            java.util.concurrent.ConcurrentMap<String, CriteriaVersion> views) {
        this.views = views;
        this.basedOn = Objects.requireNonNull(basedOn);
        this.sheetEdition = Objects.requireNonNull(sheetEdition);
        Map<String, List<ProductSet>> editions = new LinkedHashMap<>();
        sheetEditions.forEach((name, sets) -> editions.put(name, List.copyOf(sets)));
        this.sheetEditions = Collections.unmodifiableMap(editions);
        List<ProductSet> productSets = Objects.requireNonNull(this.sheetEditions.get(sheetEdition), sheetEdition);
        this.id = Objects.requireNonNull(id);
        this.edition = Objects.requireNonNull(edition);
        this.editionNotes = Objects.requireNonNull(editionNotes);
        this.decision = Objects.requireNonNull(decision);
        this.inForceFrom = Objects.requireNonNull(inForceFrom);
        this.supersededOn = Objects.requireNonNull(supersededOn);
        this.lapsesAfter = Objects.requireNonNull(lapsesAfter);
        this.partMaxPoints = Collections.unmodifiableMap(new EnumMap<>(partMaxPoints));
        this.bands = Objects.requireNonNull(bands);
        this.starMinimums = Objects.requireNonNull(starMinimums);
        this.procedures = List.copyOf(procedures);
        this.transition = Objects.requireNonNull(transition);
        Map<String, ProductSet> sets = new LinkedHashMap<>();
        for (ProductSet set : productSets) {
            sets.put(set.code(), set);
        }
        this.productSets = Collections.unmodifiableMap(sets);
    }

    /** Copy with the day the next version came into force, known only once every version is loaded. */
    CriteriaVersion withSupersededOn(LocalDate day) {
        return new CriteriaVersion(id, edition, editionNotes, decision, inForceFrom, Optional.of(day), lapsesAfter,
                partMaxPoints, bands, starMinimums, procedures, transition, basedOn, sheetEdition, sheetEditions);
    }

    /**
     * This version with the sheets of another sheet edition, for example {@code portal}: the national scoring
     * portal's data, to replay dossiers scored on it. Everything but the sheets is the same.
     *
     * @throws CriteriaLookupException if the version has no sheet edition of that name
     */
    public CriteriaVersion withSheetEdition(String name) {
        Objects.requireNonNull(name, "name");
        if (name.equals(sheetEdition)) {
            return this;
        }
        if (!sheetEditions.containsKey(name)) {
            throw new CriteriaLookupException("criteria version " + id, "unknown sheet edition", name,
                    String.join(", ", sheetEditions.keySet()));
        }
        return views.computeIfAbsent(name, n -> new CriteriaVersion(id, edition, editionNotes, decision,
                inForceFrom, supersededOn, lapsesAfter, partMaxPoints, bands, starMinimums, procedures, transition,
                basedOn, n, sheetEditions, views));
    }

    /**
     * The sheet edition this instance gives: {@link #DECISION_EDITION} (the default, the decision's text) or
     * another reading of the same decision, such as {@code portal}. Not to be confused with {@link #edition()},
     * the release of our data.
     */
    public String sheetEdition() {
        return sheetEdition;
    }

    /** The names of this version's sheet editions, the default ({@link #DECISION_EDITION}) first. */
    public List<String> sheetEditions() {
        return List.copyOf(sheetEditions.keySet());
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

    /** The star bands as this version states them, with their source and doubt. */
    public SourcedText bands() {
        return bands;
    }

    /** Whether and how this version sets star minimums. */
    public StarMinimums starMinimums() {
        return starMinimums;
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

    /** Its product sets in classification order; empty when the classification is not yet in the data. */
    public List<ProductSet> productSets() {
        return List.copyOf(productSets.values());
    }

    /**
     * The product set with this code.
     *
     * @throws CriteriaLookupException if this version has no such set
     */
    public ProductSet productSet(String code) {
        ProductSet set = productSets.get(code);
        if (set == null) {
            if (productSets.isEmpty()) {
                throw new CriteriaLookupException("criteria version " + id,
                        "no product sets are in the data for this version", code,
                        "a version whose classification is transcribed");
            }
            throw new CriteriaLookupException("criteria version " + id, "unknown product set", code,
                    String.join(", ", productSets.keySet()));
        }
        return set;
    }

    /**
     * The scoring sheet of the product set with this code.
     *
     * @throws CriteriaLookupException if this version has no such set, or the data has no sheet for it
     */
    public ScoringSheet sheet(String productSetCode) {
        ProductSet set = productSet(productSetCode);
        return set.sheet().orElseThrow(() -> new CriteriaLookupException("criteria version " + id,
                "no scoring sheet is in the data for product set", productSetCode,
                String.join(", ", setsWithSheets())));
    }

    /** The codes of the sets whose sheets are in the data. */
    public List<String> setsWithSheets() {
        List<String> codes = new ArrayList<>();
        for (ProductSet set : productSets.values()) {
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
