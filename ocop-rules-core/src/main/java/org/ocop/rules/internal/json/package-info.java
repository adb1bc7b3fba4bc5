/**
 * Not API: may change in any release. Strict JSON reading shared by the criteria loader and the dossier reader:
 * paths and values in the words both print.
 */
package org.ocop.rules.internal.json;
