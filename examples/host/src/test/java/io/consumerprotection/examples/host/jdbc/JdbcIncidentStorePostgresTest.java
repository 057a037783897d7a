package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.jdbc.JdbcIncidentStore;
import io.consumerprotection.spi.contract.IncidentStoreContractTest;
import io.consumerprotection.spi.privacy.IncidentStore;
import org.junit.jupiter.api.AfterEach;

/** The spi contract of {@link IncidentStore} for {@link JdbcIncidentStore} on PostgreSQL (skipped when no server is reachable). */
class JdbcIncidentStorePostgresTest extends IncidentStoreContractTest {

    private JdbcHost host;
    private String schema;

    @Override
    protected IncidentStore newStore() {
        schema = TestDatabases.uniqueSchema();
        host = TestDatabases.postgresHost(schema);
        return new JdbcIncidentStore(host.dataSource());
    }

    @AfterEach
    void closeHost() {
        if (host != null) {
            host.close();
            TestDatabases.dropSchema(schema);
        }
    }
}
