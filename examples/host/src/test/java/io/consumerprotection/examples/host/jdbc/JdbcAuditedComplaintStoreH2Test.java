package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.jdbc.JdbcComplaintStore;
import io.consumerprotection.spi.complaint.AuditedComplaintStore;
import io.consumerprotection.spi.contract.AuditedComplaintStoreContractTest;
import org.junit.jupiter.api.AfterEach;

/** The spi contract of {@link AuditedComplaintStore} for {@link JdbcComplaintStore} on an in-memory H2 database. */
class JdbcAuditedComplaintStoreH2Test extends AuditedComplaintStoreContractTest {

    private JdbcHost host;

    @Override
    protected AuditedComplaintStore newStore() {
        host = JdbcHost.h2InMemory();
        return host.complaintStore();
    }

    @AfterEach
    void closeHost() {
        host.close();
    }
}
