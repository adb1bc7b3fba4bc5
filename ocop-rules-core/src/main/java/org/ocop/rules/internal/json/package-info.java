/**
 * Not API: may change in any release. Strict JSON reading shared by the criteria loader and the dossier reader, so
 * that both refuse the same things in the same words: UTF-8 decoding and Unicode text ({@link
 * org.ocop.rules.internal.json.Utf8}), binding with no silent conversion, duplicate or unknown keys refused ({@link
 * org.ocop.rules.internal.json.StrictJson}), every problem a neutral {@link org.ocop.rules.internal.json.JsonProblem}
 * with its JSON path, line and column, which each reader words as its own exception; paths and values in plain words
 * ({@link org.ocop.rules.internal.json.JsonPaths}); and positions found again in a text ({@link
 * org.ocop.rules.internal.json.JsonLocations}). Public only because Java has no access between sibling packages.
 *
 * <p>May use: Jackson, and of the library only {@code org.ocop.rules.Text} and the message bundles of
 * {@code internal} (a problem's words are texts, English for the criteria loader, every language for the dossier
 * reader).
 */
package org.ocop.rules.internal.json;

