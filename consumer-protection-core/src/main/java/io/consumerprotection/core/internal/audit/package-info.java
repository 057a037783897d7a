/**
 * Implementation detail of the audit rule checks: text encoders, the repeat window and the way to the deadline
 * engine's indexed due dates, which know nothing of rules.
 */
package io.consumerprotection.core.internal.audit;
