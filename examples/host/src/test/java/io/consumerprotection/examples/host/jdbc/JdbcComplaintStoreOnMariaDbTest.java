package io.consumerprotection.examples.host.jdbc;

/**
 * {@link JdbcComplaintStoreTest} on MariaDB/MySQL (skipped when no server is reachable): exact instants,
 * Chinese text and emoji in utf8mb4, the outbox transaction and cursor release under MariaDB's REPEATABLE READ
 * default.
 */
class JdbcComplaintStoreOnMariaDbTest extends JdbcComplaintStoreTest {

    private String database;

    @Override
    JdbcHost newHost() {
        database = TestDatabases.uniqueSchema();
        return TestDatabases.mariadbHost(database);
    }

    @Override
    void dropHost() {
        TestDatabases.dropMariadbDatabase(database);
    }
}
