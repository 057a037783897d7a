/**
 * Personal financial information: the JR/T 0171 classes and field catalogue, masking, identifier
 * validation, narrative scrubbing, sharing decisions, audited reveals, retention, and personal-data incidents
 * with their 72-hour clock.
 */
package io.consumerprotection.core.privacy;
