/**
 * Personal financial information: the JR/T 0171 classes and field catalogue, masking, identifier
 * validation, narrative scrubbing, sharing decisions, audited reveals and retention.
 */
package io.consumerprotection.core.privacy;
