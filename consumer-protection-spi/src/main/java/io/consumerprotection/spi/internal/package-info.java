/**
 * Implementation detail shared by the spi, core, jdbc and testkit modules, not part of the API: it may change in
 * any release. {@link io.consumerprotection.spi.internal.Redaction} is the one convention they all follow when a
 * {@code toString()} or an exception message shows a value: ids and codes as they are, free text by its length,
 * personal fields never.
 */
package io.consumerprotection.spi.internal;
