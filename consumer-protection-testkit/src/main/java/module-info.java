/**
 * Thread-safe in-memory implementations of every SPI of the consumer-protection SDK, for tests, demos and hosts
 * that opt in ({@code io.consumerprotection.testkit}): they keep nothing when the JVM stops and are not for
 * production persistence. A host depends on this module in test scope, or for a demo; the spi and core never do.
 */
module io.consumerprotection.testkit {
    requires transitive io.consumerprotection.spi;

    exports io.consumerprotection.testkit;
}
