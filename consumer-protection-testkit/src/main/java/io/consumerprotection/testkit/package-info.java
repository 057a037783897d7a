/**
 * Thread-safe in-memory implementations of the SPI, for tests, demos and hosts that opt in: each passes the
 * spi's contract tests, keeps nothing when the JVM stops and is not for production persistence.
 */
package io.consumerprotection.testkit;
