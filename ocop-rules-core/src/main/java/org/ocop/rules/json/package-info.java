/**
 * The JSON contracts: {@link org.ocop.rules.json.RatingJson} writes ratings and replays as the CLI's
 * {@code rate --format json} and {@code replay --format json} print them, {@link org.ocop.rules.json.AdviceJson}
 * writes plans, robustness analyses and version comparisons, and {@link org.ocop.rules.json.CriteriaJson} the
 * criteria versions and the criteria document a scoring form is built from ({@code versions} and
 * {@code criteria --format json}), whose JSON Schema is {@code org/ocop/rules/criteria.schema.json} in this jar. Field names and enum values are a public contract: they
 * do not change between releases. Text for people comes from the results' own {@code explain()}.
 *
 * <p>May use: every API package; nothing in the library depends on this one. It is the only API package that uses
 * Jackson, and no Jackson type appears in its signatures.
 */
package org.ocop.rules.json;

