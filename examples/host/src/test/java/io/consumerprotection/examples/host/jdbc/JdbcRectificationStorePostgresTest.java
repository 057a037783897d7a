package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.jdbc.JdbcRectificationStore;
import io.consumerprotection.spi.contract.RectificationStoreContractTest;
import io.consumerprotection.spi.rectification.RectificationStore;
import org.junit.jupiter.api.AfterEach;

/** The spi contract of {@link RectificationStore} for {@link JdbcRectificationStore} on PostgreSQL (skipped when no server is reachable). */
class JdbcRectificationStorePostgresTest extends RectificationStoreContractTest {

    private JdbcHost host;
    private String schema;

    @Override
    protected RectificationStore newStore() {
        schema = TestDatabases.uniqueSchema();
        host = TestDatabases.postgresHost(schema);
        return new JdbcRectificationStore(host.dataSource());
    }

    @AfterEach
    void closeHost() {
        if (host != null) {
            host.close();
            TestDatabases.dropSchema(schema);
        }
    }
}
