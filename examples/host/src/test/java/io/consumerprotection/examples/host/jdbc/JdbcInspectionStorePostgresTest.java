package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.jdbc.JdbcInspectionStore;
import io.consumerprotection.spi.contract.InspectionStoreContractTest;
import io.consumerprotection.spi.inspection.InspectionStore;
import org.junit.jupiter.api.AfterEach;

/** The spi contract of {@link InspectionStore} for {@link JdbcInspectionStore} on PostgreSQL (skipped when no server is reachable). */
class JdbcInspectionStorePostgresTest extends InspectionStoreContractTest {

    private JdbcHost host;
    private String schema;

    @Override
    protected InspectionStore newStore() {
        schema = TestDatabases.uniqueSchema();
        host = TestDatabases.postgresHost(schema);
        return new JdbcInspectionStore(host.dataSource());
    }

    @AfterEach
    void closeHost() {
        if (host != null) {
            host.close();
            TestDatabases.dropSchema(schema);
        }
    }
}
