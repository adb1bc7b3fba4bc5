package org.ocop.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.MemberSheet;

/**
 * Dossiers for tests: a product, its set, a submission date under 26/2026 and the members' sheets.
 *
 * <pre>{@code
 * Dossier d = Dossiers.of("I.1.a", SheetBuilder.council("I.1.a", 90, 90, 89));      // three members, 269/3
 * Dossier e = Dossiers.of("I.1.a", best("I.1.a").choose("1.3.b").by(Dossiers.member(0)));
 * }</pre>
 */
public final class Dossiers {

    /** A submission date under 26/2026. */
    public static final LocalDate SUBMITTED = LocalDate.of(2026, 6, 15);

    /** The dossier id every helper-built dossier carries, so messages can be asserted verbatim. */
    public static final String ID = "HS-2026-001";

    private static final List<String> MEMBERS = List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường",
            "Phạm Thị Dung", "Hoàng Văn Giang", "Võ Thị Hoa", "Đặng Văn Khánh", "Bùi Thị Lan", "Đỗ Văn Minh");

    private Dossiers() {
    }

    /** The i-th member's name: nine Vietnamese names, then {@code Thành viên 10}, {@code Thành viên 11}, … */
    public static String member(int i) {
        return i < MEMBERS.size() ? MEMBERS.get(i) : "Thành viên " + (i + 1);
    }

    /** A dossier {@link #ID} of the product set, submitted on {@link #SUBMITTED}, with these sheets. */
    public static Dossier of(String productSet, List<MemberSheet> sheets) {
        return Dossier.builder().id(ID).productName("Bưởi da xanh Bến Tre").producer("HTX Nông nghiệp Thạnh Phú")
                .productSet(productSet).submittedOn(SUBMITTED).sheets(sheets).build();
    }

    /** A dossier {@link #ID} of the product set with these sheets. */
    public static Dossier of(String productSet, MemberSheet... sheets) {
        return of(productSet, Arrays.asList(sheets));
    }

    /** The members' sheets built from one builder each, members named in order. */
    public static List<MemberSheet> sheets(SheetBuilder... builders) {
        List<MemberSheet> sheets = new ArrayList<>();
        for (int i = 0; i < builders.length; i++) {
            sheets.add(builders[i].by(member(i)));
        }
        return sheets;
    }

    /**
     * {@code count} members on the product set: all at {@code total} but the last, at {@code lastTotal}: an average
     * of {@code (total × (count − 1) + lastTotal) / count}, for fractions such as 8999/100.
     */
    public static List<MemberSheet> manyMembers(String productSet, int count, int total, int lastTotal) {
        List<MemberSheet> sheets = new ArrayList<>();
        MemberSheet usual = SheetBuilder.best(productSet).totalling(total).by("-");
        for (int i = 0; i < count - 1; i++) {
            sheets.add(MemberSheet.of(member(i), usual.choices()));
        }
        sheets.add(SheetBuilder.best(productSet).totalling(lastTotal).by(member(count - 1)));
        return sheets;
    }
}
