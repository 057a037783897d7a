/**
 * Implementation detail of {@code io.consumerprotection.core.appraisal}: the line tokenizer of the
 * scorecard text format and competition ranking; it depends on nothing else in core.
 */
package io.consumerprotection.core.internal.appraisal;
