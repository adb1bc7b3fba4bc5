/**
 * Not API: may change in any release. The fact classes of {@code rating.drl} (in the same resource folder), which
 * Drools' executable model needs public, and nothing else.
 */
package org.ocop.rules.internal.drools;

