/**
 * Abstract contract tests (a TCK) that a host extends to prove its SPI implementations right; shipped in
 * the {@code consumer-protection-spi} test-jar.
 */
package io.consumerprotection.spi.contract;
