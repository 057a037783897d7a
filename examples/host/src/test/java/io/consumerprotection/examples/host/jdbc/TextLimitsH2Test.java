package io.consumerprotection.examples.host.jdbc;

/** {@link TextLimitsTest} on a private in-memory H2 database. */
class TextLimitsH2Test extends TextLimitsTest {

    @Override
    int unitsPerCodePoint() {
        return 2;
    }

    @Override
    JdbcHost open() {
        return JdbcHost.h2InMemory();
    }
}
