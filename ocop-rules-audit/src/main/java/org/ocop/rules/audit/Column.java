package org.ocop.rules.audit;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A column of a results table, found by its header in English or Vietnamese. Headers are compared after
 * {@link #normalise}: case, accents (đ is d), spaces and punctuation do not matter, so {@code Điểm trung bình},
 * {@code ĐIỂM TRUNG BÌNH} and {@code diem trung binh} are one header (and so are {@code productSet},
 * {@code product set} and {@code PRODUCTSET}). That is safe because no two aliases of
 * different columns normalise alike (checked when the class loads).
 *
 * <p>{@code STT} (<i>số thứ tự</i>, and {@code No.}) is a row number, not a dossier id: it is recognised and ignored.
 * A dossier's id comes from {@link #ID} ({@code Mã}, {@code Mã hồ sơ} …) or, when the table has none, from the file
 * and row.
 */
enum Column {
    ID("id", "dossier id", "dossier", "ma", "ma ho so", "so ho so", "ma san pham"),
    PRODUCT_NAME("productName", "product name", "product", "ten san pham", "san pham"),
    PRODUCER("producer", "chu the", "ten chu the", "chu the san xuat"),
    PROVINCE("province", "tinh", "tinh thanh pho", "tinh tp"),
    PRODUCT_SET("productSet", "product set", "set", "bo san pham", "nhom san pham", "ma bo san pham"),
    SUBMITTED_ON("submittedOn", "submitted on", "submitted", "ngay nop", "ngay nop ho so"),
    RATED_ON("ratedOn", "rated on", "ngay danh gia", "ngay cham diem"),
    LEVEL("level", "cap", "cap danh gia"),
    MEMBER_TOTALS("memberTotals", "member totals", "diem thanh vien", "tong diem thanh vien"),
    AVERAGE("average", "score", "diem", "diem trung binh", "so diem", "tong diem", "diem danh gia"),
    STARS("stars", "star", "hang sao", "so sao", "xep hang sao"),
    DECISION("decision", "decision number", "quyet dinh", "so quyet dinh"),
    DECIDED_ON("decidedOn", "decided on", "ngay quyet dinh", "ngay ban hanh"),
    CRITERIA_VERSION("criteriaVersion", "criteria version", "bo tieu chi"),
    /**
     * Where the row's facts come from (a decision's number and page, an article's address): an auditor's citation,
     * carried to the replay's output and report as written, never read for a value.
     */
    SOURCE("source", "citation", "nguon", "nguon tin", "trich dan"),
    /** A row number ({@code STT}, {@code No.}): recognised so that it is not an unknown header, and ignored. */
    ROW_NUMBER("stt", "no", "so thu tu", "row");

    private static final Map<String, Column> BY_ALIAS = new HashMap<>();
    // compiled once: String.replaceAll compiles its pattern on every call, and a set's name is normalised per row
    private static final Pattern CAMEL = Pattern.compile("(\\p{Ll})(\\p{Lu})");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    static {
        for (Column c : values()) {
            for (String alias : c.aliases) {
                // "product set" and "PRODUCTSET" (camel case lost to upper case) both name the column
                for (String form : List.of(normalise(alias), normalise(alias).replace(" ", ""))) {
                    Column before = BY_ALIAS.put(form, c);
                    if (before != null && before != c) {
                        throw new IllegalStateException("header alias " + alias + " of " + c + " is also " + before);
                    }
                }
            }
        }
    }

    private final List<String> aliases;

    Column(String... aliases) {
        this.aliases = List.of(aliases);
    }

    /** The English name, as in the dossier format ({@code productSet}); the first alias. */
    String key() {
        return aliases.get(0);
    }

    /** Every alias, the English name first. */
    List<String> aliases() {
        return aliases;
    }

    /** The column a header names, if any. */
    static Optional<Column> of(String header) {
        return Optional.ofNullable(BY_ALIAS.get(normalise(header)));
    }

    /**
     * A header or name as compared: Unicode NFD without combining marks, đ as d, lower case, every run of
     * characters that are not letters or digits as one space, trimmed; camel case split ({@code productSet} is
     * {@code product set}).
     */
    static String normalise(String text) {
        String split = CAMEL.matcher(text).replaceAll("$1 $2");
        String stripped = MARKS.matcher(Normalizer.normalize(split, Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SEPARATORS.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
