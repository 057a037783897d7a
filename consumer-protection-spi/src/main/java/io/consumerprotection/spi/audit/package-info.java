/**
 * The append-only audit trail of decisions and of every access to personal data: the
 * {@link io.consumerprotection.spi.audit.AuditSink} a host implements.
 */
package io.consumerprotection.spi.audit;
