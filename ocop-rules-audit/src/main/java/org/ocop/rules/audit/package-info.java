/**
 * The auditor's desk: what auditors hold (a province's published results table, the council's scoring workbooks)
 * read as dossiers, and what they hand in (a replay report) written for people to read and file.
 *
 * <p>Everything here sits on the core's public API only ({@code org.ocop.rules} and its API packages); it never
 * reaches into {@code org.ocop.rules.internal}.
 */
package org.ocop.rules.audit;
