package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.jdbc.JdbcComplaintStore;
import io.consumerprotection.spi.complaint.ComplaintStore;
import io.consumerprotection.spi.contract.ComplaintStoreContractTest;
import org.junit.jupiter.api.AfterEach;

/** The spi contract of {@link ComplaintStore} for {@link JdbcComplaintStore} on PostgreSQL (skipped when no server is reachable). */
class JdbcComplaintStorePostgresTest extends ComplaintStoreContractTest {

    private JdbcHost host;
    private String schema;

    @Override
    protected ComplaintStore newStore() {
        schema = TestDatabases.uniqueSchema();
        host = TestDatabases.postgresHost(schema);
        return host.complaintStore();
    }

    @AfterEach
    void closeHost() {
        if (host != null) {
            host.close();
            TestDatabases.dropSchema(schema);
        }
    }
}
