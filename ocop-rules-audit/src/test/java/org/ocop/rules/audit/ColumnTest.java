package org.ocop.rules.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Headers in English or Vietnamese, as auditors type them, each finding its column. */
class ColumnTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Mã                 | ID
            Mã hồ sơ           | ID
            id                 | ID
            STT                | ROW_NUMBER
            No.                | ROW_NUMBER
            Tên sản phẩm       | PRODUCT_NAME
            productName        | PRODUCT_NAME
            Chủ thể            | PRODUCER
            Tỉnh               | PROVINCE
            Tỉnh/Thành phố     | PROVINCE
            Bộ sản phẩm        | PRODUCT_SET
            Nhóm sản phẩm      | PRODUCT_SET
            product set        | PRODUCT_SET
            Ngày nộp           | SUBMITTED_ON
            Ngày nộp hồ sơ     | SUBMITTED_ON
            Ngày đánh giá      | RATED_ON
            Cấp                | LEVEL
            Cấp đánh giá       | LEVEL
            Điểm thành viên    | MEMBER_TOTALS
            memberTotals       | MEMBER_TOTALS
            Điểm               | AVERAGE
            Điểm trung bình    | AVERAGE
            ĐIỂM TRUNG BÌNH    | AVERAGE
            diem trung binh    | AVERAGE
            Tổng điểm          | AVERAGE
            Hạng sao           | STARS
            Số sao             | STARS
            Quyết định         | DECISION
            Số quyết định      | DECISION
            Ngày quyết định    | DECIDED_ON
            Bộ tiêu chí        | CRITERIA_VERSION
            criteriaVersion    | CRITERIA_VERSION
            """)
    void of_headerInEnglishOrVietnamese_findsItsColumn(String header, Column column) {
        assertThat(Column.of(header)).hasValue(column);
    }

    @ParameterizedTest
    @EnumSource(Column.class)
    void of_everyAlias_findsItsOwnColumn(Column column) {
        for (String alias : column.aliases()) {
            assertThat(Column.of(alias)).as(alias).hasValue(column);
            assertThat(Column.of(alias.toUpperCase(java.util.Locale.ROOT))).as(alias).hasValue(column);
        }
    }

    @ParameterizedTest
    @CsvSource({"Ghi chú", "Điểm A", "Mã số thuế", "''"})
    void of_otherHeader_findsNothing(String header) {
        assertThat(Column.of(header)).isEmpty();
    }
}
