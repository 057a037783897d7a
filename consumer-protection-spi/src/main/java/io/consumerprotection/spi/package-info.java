/**
 * The service-provider interfaces a host system implements to plug its persistence, notification and
 * audit trail into consumer-protection, with the records used in their signatures.
 */
package io.consumerprotection.spi;
