/**
 * The service-provider interfaces a host system implements to plug its persistence, notification and
 * audit trail into consumer-protection, with the records used in their signatures. The records'
 * {@code toString()} never prints a personal field or free text raw: ids and codes print as they are, free text
 * by its length ({@code text(42 chars)}), names and references to people as {@code ***} (see
 * {@link io.consumerprotection.spi.internal.Redaction}).
 */
package io.consumerprotection.spi;
