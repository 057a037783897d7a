package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.jdbc.JdbcComplaintStore;
import io.consumerprotection.spi.complaint.ComplaintStore;
import io.consumerprotection.spi.contract.ComplaintStoreContractTest;
import org.junit.jupiter.api.AfterEach;

/** The spi contract of {@link ComplaintStore} for {@link JdbcComplaintStore} on MariaDB/MySQL (skipped when no server is reachable). */
class JdbcComplaintStoreMariaDbTest extends ComplaintStoreContractTest {

    private JdbcHost host;
    private String schema;

    @Override
    protected ComplaintStore newStore() {
        schema = TestDatabases.uniqueSchema();
        host = TestDatabases.mariadbHost(schema);
        return host.complaintStore();
    }

    @AfterEach
    void closeHost() {
        if (host != null) {
            host.close();
            TestDatabases.dropMariadbDatabase(schema);
        }
    }
}
