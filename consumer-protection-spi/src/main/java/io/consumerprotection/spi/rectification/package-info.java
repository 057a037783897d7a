/**
 * What a host implements to keep rectification (整改) items and accountability (问责) records: the
 * {@link io.consumerprotection.spi.rectification.RectificationStore} and the records in its signatures.
 */
package io.consumerprotection.spi.rectification;
