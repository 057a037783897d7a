package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.jdbc.JdbcComplaintStore;
import io.consumerprotection.spi.complaint.ComplaintStore;
import io.consumerprotection.spi.contract.ComplaintStoreContractTest;
import org.junit.jupiter.api.AfterEach;

/** The spi contract of {@link ComplaintStore} for {@link JdbcComplaintStore} on an in-memory H2 database. */
class JdbcComplaintStoreH2Test extends ComplaintStoreContractTest {

    private JdbcHost host;

    @Override
    protected ComplaintStore newStore() {
        host = JdbcHost.h2InMemory();
        return host.complaintStore();
    }

    @AfterEach
    void closeHost() {
        host.close();
    }
}
