package org.ocop.rules.criteria;

/**
 * The three parts of every scoring sheet (<i>phiếu đánh giá</i>).
 *
 * <p>Under 148/2023 and 26/2026 they weigh 40/25/35 points; under 1048/2019 and 781/2020 35/25/40.
 */
public enum Part {
    /** Phần A: product and community strength (<i>sản phẩm và sức mạnh cộng đồng</i>). */
    A,
    /** Phần B: marketing and the product story (<i>khả năng tiếp thị</i>). */
    B,
    /** Phần C: product quality (<i>chất lượng sản phẩm</i>). */
    C
}
