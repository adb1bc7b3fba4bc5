package org.ocop.rules.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.Heading;
import org.ocop.rules.criteria.KnockOutRule;
import org.ocop.rules.criteria.Option;
import org.ocop.rules.criteria.ScoringSheet;
import org.ocop.rules.criteria.SheetNode;
import org.ocop.rules.criteria.SheetPart;

/**
 * One row of a scoring workbook's form that carries an identity: the key written in the form's hidden column A, what
 * the row stands for, and the criterion or rule it belongs to. The writer lays the rows out from this list and the
 * reader checks a filled workbook against the same list, so the two can never disagree on what a row is.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key the row's key, for example {@code option:1.1.a}
 * @param kind what the row is
 * @param criterion the criterion of a criterion, option or "none" row; {@code null} otherwise
 * @param option the option of an option row; {@code null} otherwise
 * @param node the part's items, or the heading, of a part or heading row; {@code null} otherwise
 * @param rule the knock-out rule of a finding row; {@code null} otherwise
 */
record FormRow(String key, Kind kind, Criterion criterion, Option option, Object node, KnockOutRule rule) {

    /** What a keyed row is. */
    enum Kind { FIELD, NAMES, PART, HEADING, CRITERION, OPTION, NONE, TOTAL, FINDING }

    /** The fields of the header block, in the order they are printed; the keys are {@code field:<name>}. */
    static final List<String> FIELDS = List.of("id", "productName", "producer", "submittedOn", "ratedOn", "level",
            "councilSize", "chair", "secretary");

    /** The key of the rows that carry no identity (titles, notes, conditions, cases): they must stay unmarked. */
    static final String INFO = "info";

    /** The key of the column headings' row, whose member cells hold "Member 1" …, not marks. */
    static final String HEAD = "head";

    /** The key in cell A1 that tells the form sheet from the others. */
    static final String FORM_MARKER = "ocop-keys";

    /** The keyed rows of a sheet's form, in printed order: fields, names, parts and their items, total, findings. */
    static List<FormRow> of(ScoringSheet sheet) {
        List<FormRow> rows = new ArrayList<>();
        for (String field : FIELDS) {
            rows.add(new FormRow("field:" + field, Kind.FIELD, null, null, null, null));
        }
        rows.add(new FormRow("names", Kind.NAMES, null, null, null, null));
        for (SheetPart part : sheet.parts()) {
            rows.add(new FormRow("part:" + part.part(), Kind.PART, null, null, part, null));
            part.items().forEach(item -> add(rows, item));
        }
        rows.add(new FormRow("total", Kind.TOTAL, null, null, null, null));
        for (KnockOutRule rule : findings(sheet)) {
            rows.add(new FormRow("finding:" + rule.id(), Kind.FINDING, null, null, null, rule));
        }
        return List.copyOf(rows);
    }

    /** The knock-out rules a council records as findings (those tied to options follow from the marks). */
    static List<KnockOutRule> findings(ScoringSheet sheet) {
        return sheet.knockOuts().stream().filter(k -> k.trigger() == KnockOutRule.Trigger.FINDING).toList();
    }

    private static void add(List<FormRow> rows, SheetNode node) {
        if (node instanceof Heading heading) {
            rows.add(new FormRow("heading:" + heading.code(), Kind.HEADING, null, null, heading, null));
            heading.children().forEach(child -> add(rows, child));
        } else {
            Criterion c = (Criterion) node;
            rows.add(new FormRow("criterion:" + c.code(), Kind.CRITERION, c, null, null, null));
            for (Option o : c.options()) {
                rows.add(new FormRow("option:" + o.id(), Kind.OPTION, c, o, null, null));
            }
            if (c.select() == Criterion.Select.ANY) {
                rows.add(new FormRow("none:" + c.code(), Kind.NONE, c, null, null, null));
            }
        }
    }

    /** The field name of a field row. */
    Optional<String> field() {
        return kind == Kind.FIELD ? Optional.of(key.substring("field:".length())) : Optional.empty();
    }
}
