package org.ocop.rules.audit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.ocop.rules.Discrepancy;
import org.ocop.rules.Outcome;
import org.ocop.rules.criteria.Part;

/**
 * The report's running counts: what the summary shows, kept while the products stream past. Its size depends on
 * the number of criteria versions, causes and levels, never on the number of products, which is what lets HTML
 * and XLSX reports of any size be written in constant memory. Not thread-safe: one writer adds to it.
 */
final class Summary {

    /** Stars 1 to 5 and "none" (index 0) on both axes of the star chart. */
    static final int STAR_SLOTS = 6;

    long products;
    final Map<ProductView.Agreement, Long> byAgreement = new EnumMap<>(ProductView.Agreement.class);
    final Map<Outcome, Long> byOutcome = new EnumMap<>(Outcome.class);
    final Map<Discrepancy.Cause, Long> byCause = new EnumMap<>(Discrepancy.Cause.class);
    /** Keyed by the stamp's label of a version (id, data edition, sheet edition), sorted. */
    final Map<String, Long> byVersion = new TreeMap<>();
    /** Keyed by the level's label, or "level not known", sorted. */
    final Map<String, Long> byLevel = new TreeMap<>();
    /** [recorded][recomputed], index = stars, 0 = none. */
    final long[][] stars = new long[STAR_SLOTS][STAR_SLOTS];
    final Map<Part, BigDecimal> partPoints = new EnumMap<>(Part.class);
    final Map<Part, Long> partCaps = new EnumMap<>(Part.class);
    long productsWithParts;

    /** Counts one product. */
    void add(ProductView p, ReportText text) {
        products++;
        byAgreement.merge(p.agreement, 1L, Long::sum);
        byOutcome.merge(p.rating.outcome(), 1L, Long::sum);
        p.differences.forEach(d -> byCause.merge(d.cause(), 1L, Long::sum));
        byVersion.merge(p.versionLabel(text), 1L, Long::sum);
        // the level the product was evaluated at: the replay's, else the record's
        byLevel.merge(p.level.or(() -> p.recordedLevel).map(l -> text.name("level", l))
                .orElse(text.get("level.unknown")), 1L, Long::sum);
        stars[slot(p.recordedStars)][slot(p.rating.stars())]++;
        if (!p.partAverages.isEmpty() && !p.caps().isEmpty()) {
            productsWithParts++;
            p.partAverages.forEach((part, avg) -> partPoints.merge(part, avg, BigDecimal::add));
            p.caps().forEach((part, cap) -> partCaps.merge(part, (long) cap, Long::sum));
        }
    }

    long count(ProductView.Agreement agreement) {
        return byAgreement.getOrDefault(agreement, 0L);
    }

    /** The mean part average of the products with parts, to two decimals. */
    BigDecimal meanPoints(Part part) {
        return partPoints.getOrDefault(part, BigDecimal.ZERO)
                .divide(BigDecimal.valueOf(Math.max(1, productsWithParts)), MathContext.DECIMAL64)
                .setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** The mean cap of the products with parts (versions differ in their caps), to two decimals. */
    BigDecimal meanCap(Part part) {
        return BigDecimal.valueOf(partCaps.getOrDefault(part, 0L))
                .divide(BigDecimal.valueOf(Math.max(1, productsWithParts)), MathContext.DECIMAL64)
                .setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static int slot(java.util.OptionalInt stars) {
        return stars.isPresent() && stars.getAsInt() >= 1 && stars.getAsInt() <= 5 ? stars.getAsInt() : 0;
    }
}
