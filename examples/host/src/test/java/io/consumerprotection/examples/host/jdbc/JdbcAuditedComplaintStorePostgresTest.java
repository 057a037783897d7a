package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.jdbc.JdbcComplaintStore;
import io.consumerprotection.spi.complaint.AuditedComplaintStore;
import io.consumerprotection.spi.contract.AuditedComplaintStoreContractTest;
import org.junit.jupiter.api.AfterEach;

/**
 * The spi contract of {@link AuditedComplaintStore} for {@link JdbcComplaintStore} on PostgreSQL (skipped when no
 * server is reachable).
 */
class JdbcAuditedComplaintStorePostgresTest extends AuditedComplaintStoreContractTest {

    private JdbcHost host;
    private String schema;

    @Override
    protected AuditedComplaintStore newStore() {
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
