/**
 * ocop-rules: rates Vietnamese OCOP products (<i>Chương trình mỗi xã một sản phẩm</i>) exactly as the official
 * criteria do. This package is the front door and what it gives back.
 *
 * <p>{@link org.ocop.rules.Rater} rates a {@linkplain org.ocop.rules.dossier.Dossier dossier} (<i>hồ sơ</i>) into a
 * {@link org.ocop.rules.Rating}: outcome, council average, band, stars (<i>hạng sao</i>), failed star minimums,
 * knock-outs, recognition, the rules that fired and an explanation for people. {@link org.ocop.rules.RatingSettings}
 * names the policies for what the law leaves open; {@link org.ocop.rules.Replay} compares a rating with a recorded
 * result for an auditor. Every value here is immutable and thread-safe; a rater is built once and shared.
 *
 * <p>{@code Rater} is only the front door. Behind it, package-private: {@code DossierValidator} checks a dossier
 * against its criteria version and sheet (every problem a {@link org.ocop.rules.Problem}), {@code TaskBuilder}
 * flattens it into the engine's {@link org.ocop.rules.engine.RatingTask}, and {@code RatingAssembler} makes the
 * {@link org.ocop.rules.Rating} from the engine's {@link org.ocop.rules.engine.Verdict}. The results the library
 * builds ({@code Rating}, {@code CriterionScore}, {@code FailedMinimum}, {@code Recognition}) have no public
 * constructor, so that a release can add to them without breaking callers. {@link org.ocop.rules.OcopException}
 * is the base of the error family: where, what, value and allowed, in one message format.
 *
 * <p>The other API packages, by what a reader looks for:
 * <ul>
 * <li>{@link org.ocop.rules.criteria} — the criteria catalogue: versions (<i>bộ tiêu chí</i>) and their product sets
 *     (<i>bộ sản phẩm</i>), scoring sheets (<i>phiếu</i>), criteria and options, read and checked from the data;</li>
 * <li>{@link org.ocop.rules.dossier} — the dossier model and its strict JSON reader;</li>
 * <li>{@link org.ocop.rules.engine} — the engine SPI; {@link org.ocop.rules.drools} and the DMN module's
 *     {@code org.ocop.rules.dmn} are the two engines that decide the stars;</li>
 * <li>{@link org.ocop.rules.advice} — decision support: the path to the next star, robustness, version impact;</li>
 * <li>{@link org.ocop.rules.json} — the JSON contracts the CLI prints.</li>
 * </ul>
 * Packages named {@code …internal…} are not API: they may change in any release.
 *
 * <p>May use: {@code criteria}, {@code dossier}, {@code engine}, {@code drools} (the default engine) and
 * {@code internal}. {@code criteria} and {@code dossier} use this package only for {@link org.ocop.rules.OcopException}
 * and {@link org.ocop.rules.Problem}, the error family every package shares, and {@link org.ocop.rules.Text}, the
 * texts for people every package writes (English by default, Vietnamese on request: every {@code explain} and
 * text accessor has a variant that takes a {@link java.util.Locale}).
 *
 * <p>Names used throughout, once in Vietnamese: criteria version (<i>bộ tiêu chí</i>), product set
 * (<i>bộ sản phẩm</i>), scoring sheet (<i>phiếu</i>), criterion (<i>tiêu chí</i>), option, star (<i>hạng sao</i>),
 * dossier (<i>hồ sơ</i>), council (<i>hội đồng</i>).
 */
package org.ocop.rules;

