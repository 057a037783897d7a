/**
 * Service inspections (mystery shopper, on-site spot check, self-check): plans with sampling, checklists scored
 * per aspect as versioned data, problems tracked as rectification items, the three-level cadence of checks, and
 * the inspection facts the appraisal reads.
 */
package io.consumerprotection.core.inspection;
