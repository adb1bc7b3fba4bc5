package org.ocop.rules.criteria;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The scoring sheet (<i>phiếu đánh giá</i>) of one product set under one criteria version: parts, headings,
 * criteria and options, with the sheet's knock-out rules and printed anomalies.
 *
 * <p>Everything a portal needs to render the sheet as a form. Immutable and thread-safe.
 */
public final class ScoringSheet {
    private final String productSet;
    private final int number;
    private final String title;
    private final String header;
    private final Optional<String> footer;
    private final Provenance provenance;
    private final List<SheetPart> parts;
    private final List<Criterion> criteria;
    private final Map<String, Criterion> criteriaByCode;
    private final Map<String, Criterion> criterionByOption;
    private final List<KnockOutRule> knockOuts;
    private final List<Anomaly> anomalies;

    ScoringSheet(String productSet, int number, String title, String header, Optional<String> footer,
            Provenance provenance, List<SheetPart> parts, List<KnockOutRule> knockOuts, List<Anomaly> anomalies) {
        this.productSet = Objects.requireNonNull(productSet);
        this.number = number;
        this.title = Objects.requireNonNull(title);
        this.header = Objects.requireNonNull(header);
        this.footer = Objects.requireNonNull(footer);
        this.provenance = Objects.requireNonNull(provenance);
        this.parts = List.copyOf(parts);
        List<Criterion> flat = new ArrayList<>();
        for (SheetPart part : this.parts) {
            collect(part.items(), flat);
        }
        this.criteria = List.copyOf(flat);
        Map<String, Criterion> byCode = new LinkedHashMap<>();
        for (Criterion criterion : criteria) {
            byCode.put(criterion.code(), criterion);
        }
        this.criteriaByCode = Collections.unmodifiableMap(byCode);
        Map<String, Criterion> byOption = new LinkedHashMap<>();
        for (Criterion criterion : criteria) {
            criterion.options().forEach(option -> byOption.put(option.id(), criterion));
        }
        this.criterionByOption = Collections.unmodifiableMap(byOption);
        this.knockOuts = List.copyOf(knockOuts);
        this.anomalies = List.copyOf(anomalies);
    }

    private static void collect(List<SheetNode> nodes, List<Criterion> into) {
        for (SheetNode node : nodes) {
            if (node instanceof Criterion criterion) {
                into.add(criterion);
            } else if (node instanceof Heading heading) {
                collect(heading.children(), into);
            }
        }
    }

    /** The code of the product set this sheet scores, for example {@code I.1.a}. */
    public String productSet() {
        return productSet;
    }

    /** The sheet's number in its annex (<i>mục</i>), 1 to 26. */
    public int number() {
        return number;
    }

    /** The sheet's printed title, for example {@code Rau, củ, quả, hạt tươi}. */
    public String title() {
        return title;
    }

    /** The printed line under the title, for example {@code (Sản phẩm: Thực phẩm. Nhóm: Thực phẩm tươi sống)}. */
    public String header() {
        return header;
    }

    /** The printed footer (place, date and the evaluator's signature line), when the transcription kept it. */
    public Optional<String> footer() {
        return footer;
    }

    /** Where the sheet comes from ({@link Provenance#item()} is empty for the sheet itself) and its status. */
    public Provenance provenance() {
        return provenance;
    }

    /** How sure the reading of this sheet is as a whole. */
    public SourceStatus status() {
        return provenance.status();
    }

    /** Parts A, B and C in order, with their headings and criteria. */
    public List<SheetPart> parts() {
        return parts;
    }

    /** The part record of {@code part}. */
    public SheetPart part(Part part) {
        return parts.get(part.ordinal());
    }

    /** Every scoreable criterion in sheet order. */
    public List<Criterion> criteria() {
        return criteria;
    }

    /** The criterion with this code, if the sheet has one. */
    public Optional<Criterion> criterion(String code) {
        return Optional.ofNullable(criteriaByCode.get(code));
    }

    /** The criterion an option id belongs to, if the sheet has that option. */
    public Optional<Criterion> criterionOfOption(String optionId) {
        return Optional.ofNullable(criterionByOption.get(optionId));
    }

    /** The sheet's knock-out rules: header exclusions first, then criterion rules in sheet order. */
    public List<KnockOutRule> knockOuts() {
        return knockOuts;
    }

    /** The knock-out rule with this id, if the sheet has one. */
    public Optional<KnockOutRule> knockOut(String id) {
        return knockOuts.stream().filter(rule -> rule.id().equals(id)).findFirst();
    }

    /** Printed flaws of this sheet and how the data reads them. */
    public List<Anomaly> anomalies() {
        return anomalies;
    }

    /** The printed total of the parts' caps: 100 on every sheet. */
    public int statedMaxPoints() {
        return parts.stream().mapToInt(SheetPart::maxPoints).sum();
    }

    /**
     * The most a member can give on this sheet: the sum of every criterion's best option. Equal to
     * {@link #statedMaxPoints()} unless an anomaly makes a cap unreachable (a 1048 sheet reaches 98).
     */
    public int reachableMaxPoints() {
        return criteria.stream().mapToInt(Criterion::bestPoints).sum();
    }

    /** The number of options that are star minimums. */
    public int starMinimumCount() {
        return (int) criteria.stream().flatMap(c -> c.options().stream()).filter(Option::hasMinStars).count();
    }

    @Override
    public String toString() {
        return "ScoringSheet[" + productSet + " " + title + ", " + criteria.size() + " criteria]";
    }
}
