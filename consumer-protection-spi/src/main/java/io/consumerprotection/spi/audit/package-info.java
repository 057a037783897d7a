/**
 * The append-only audit trail of decisions and of every access to personal data (the
 * {@link io.consumerprotection.spi.audit.AuditSink} a host implements), and the fact sources the audit
 * rule checks read: {@link io.consumerprotection.spi.audit.GovernanceFactsSource},
 * {@link io.consumerprotection.spi.audit.SalesFactsSource} and {@link io.consumerprotection.spi.audit.SharingFactsSource}.
 */
package io.consumerprotection.spi.audit;
