/**
 * Audit rule checks: rules with ids, versions and legal citations, findings with evidence, versioned
 * built-in rule sets, streaming runs over the host's store and fact sources, and JSON Lines, CSV and
 * SARIF 2.1.0 output.
 */
package io.consumerprotection.core.audit;
