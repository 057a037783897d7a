/**
 * Rectification (整改) of problems found by audits, inspections, 双查, regulators and reports, tracked to
 * verified closure, with repeat links (回头看) and accountability (问责) records.
 */
package io.consumerprotection.core.rectification;
