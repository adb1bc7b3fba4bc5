/**
 * Not API: may change in any release. Internals shared by the API packages and the DMN module: the star arithmetic
 * ({@link org.ocop.rules.internal.StarModel}), the council's shares — the strict majority and the quorum — that
 * every engine and the DMN models' generator use ({@link org.ocop.rules.internal.Share}), and the ordered parallel
 * batch runner ({@link org.ocop.rules.internal.Batch}), and the message bundles every text for people comes from
 * ({@link org.ocop.rules.internal.Messages}: {@code org/ocop/rules/messages.properties}, English, and
 * {@code messages_vi.properties}, Vietnamese). Public only because Java has no access between sibling packages.
 */
package org.ocop.rules.internal;

