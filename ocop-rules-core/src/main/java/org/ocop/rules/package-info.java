/**
 * ocop-rules: rates Vietnamese OCOP products (<i>Chương trình mỗi xã một sản phẩm</i>) exactly as the official
 * criteria do.
 *
 * <p>The criteria side starts at {@link org.ocop.rules.CriteriaCatalogue}: criteria versions
 * (<i>bộ tiêu chí</i>) resolved from a dossier's submission date, their product sets (<i>bộ sản phẩm</i>) and
 * scoring sheets (<i>phiếu đánh giá</i>) made of parts, headings, criteria and options. Every value is immutable
 * and thread-safe; every criterion and option carries its {@link org.ocop.rules.Provenance}.
 *
 * <p>Names used throughout, once in Vietnamese: criteria version (<i>bộ tiêu chí</i>), product set
 * (<i>bộ sản phẩm</i>), scoring sheet (<i>phiếu</i>), criterion (<i>tiêu chí</i>), option, star (<i>hạng sao</i>),
 * dossier (<i>hồ sơ</i>), council (<i>hội đồng</i>).
 */
package org.ocop.rules;
