package io.consumerprotection.examples.host.jdbc;

/** {@link TextLimitsTest} on a new schema of the PostgreSQL server; skipped when none is reachable. */
class TextLimitsPostgresTest extends TextLimitsTest {

    private String schema;

    @Override
    int unitsPerCodePoint() {
        return 1;
    }

    @Override
    JdbcHost open() {
        schema = TestDatabases.uniqueSchema();
        return TestDatabases.postgresHost(schema);
    }

    @Override
    void release() {
        if (schema != null) {
            TestDatabases.dropSchema(schema);
        }
    }
}
