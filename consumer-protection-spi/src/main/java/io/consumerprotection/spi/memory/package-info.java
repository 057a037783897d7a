/**
 * Thread-safe in-memory implementations of the SPI for tests, demos and quick starts; they keep nothing
 * when the JVM stops and are not for production.
 */
package io.consumerprotection.spi.memory;
