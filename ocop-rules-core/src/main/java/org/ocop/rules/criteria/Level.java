package org.ocop.rules.criteria;

/**
 * The administrative level whose council evaluates a dossier (<i>cấp đánh giá</i>).
 */
public enum Level {
    /** District (<i>cấp huyện</i>): scored under 1048/781 and recognised 3★ under 148, until 1489/2025. */
    DISTRICT,
    /** Province (<i>cấp tỉnh</i>). */
    PROVINCE,
    /** The ministry's central council (<i>cấp trung ương</i>), which recognises 5★. */
    MINISTRY
}
