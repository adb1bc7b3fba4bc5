/**
 * The criteria catalogue: every national criteria version (<i>bộ tiêu chí</i>) as versioned data, like time-zone
 * data — read from JSON files, checked strictly, and given as immutable values.
 *
 * <p>Start at {@link org.ocop.rules.criteria.CriteriaCatalogue}: {@code bundled()} for the data in this jar, or
 * {@code load(Path)} for a directory of a corrected data edition, checked in full as the build checks the bundled
 * data. A {@link org.ocop.rules.criteria.CriteriaVersion} is resolved from a dossier's
 * submission date ({@link org.ocop.rules.criteria.VersionResolution}) and holds the classification into product
 * sets (<i>bộ sản phẩm</i>), one {@link org.ocop.rules.criteria.ScoringSheet} (<i>phiếu</i>) per set — parts,
 * headings, {@linkplain org.ocop.rules.criteria.Criterion criteria} and {@linkplain org.ocop.rules.criteria.Option
 * options} —, its star bands as numbers ({@link org.ocop.rules.criteria.StarBands}), star minimums, knock-out
 * rules, recognition procedures and anomalies of the printed text. Every item carries its
 * {@link org.ocop.rules.criteria.Provenance} and {@link org.ocop.rules.criteria.SourceStatus}.
 *
 * <p>Bad data is a {@link org.ocop.rules.criteria.CriteriaDataException} naming file, JSON path, line and column; an
 * unknown id asked of the catalogue is a {@link org.ocop.rules.criteria.CriteriaLookupException}. The loader,
 * package-private here and split by data-format section (the index and lazy loading, version compilation, sheet
 * compilation, the minimum-requirements table, the set mapping, and what a corrected edition must keep), is the only
 * code that reads the data files; it reads them with the strict JSON reading of {@code internal.json}, which the
 * dossier reader shares.
 *
 * <p>May use: {@code org.ocop.rules} (the shared exception base and {@code Text}), {@code internal} (the
 * message bundles the version resolution's reasons and warnings are written from) and {@code internal.json}. Depends on no other
 * package of the library: the catalogue is the bottom layer.
 */
package org.ocop.rules.criteria;

