/**
 * Dossiers (<i>hồ sơ</i>): what a council member's scoring sheets and a council say about one product, and the
 * strict reader of their JSON format.
 *
 * <p>{@link org.ocop.rules.dossier.Dossier} holds the product, its set, the submission date, the council and one
 * {@link org.ocop.rules.dossier.MemberSheet} per member (or members' totals only), and for replay a
 * {@link org.ocop.rules.dossier.RecordedResult}. {@link org.ocop.rules.dossier.DossierReader} reads one document
 * (UTF-8 JSON, unknown keys refused, every problem a {@link org.ocop.rules.dossier.DossierFormatException} naming the
 * source, the JSON path, the value and what is allowed); {@link org.ocop.rules.dossier.DossierSource} names what a
 * batch reads from (files, directories, JSON lines) so that one bad document never stops the others.
 *
 * <p>Whether a dossier's choices fit its sheet is checked when it is rated, not here: this package checks the format.
 *
 * <p>May use: {@code org.ocop.rules} (the shared exception base, {@code Problem} and {@code Text}),
 * {@code criteria} (recognition levels), {@code internal} (the message bundles its problems are written from) and
 * {@code internal.json}.
 */
package org.ocop.rules.dossier;

