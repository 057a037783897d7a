/**
 * Rules of stored text shared by the packages that keep texts in the host's columns (the complaint lifecycle's
 * limits, the audit trail); depends on nothing in core, so any package may use it.
 */
package io.consumerprotection.core.internal.text;
