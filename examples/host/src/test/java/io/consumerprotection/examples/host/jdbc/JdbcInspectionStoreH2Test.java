package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.jdbc.JdbcInspectionStore;
import io.consumerprotection.spi.contract.InspectionStoreContractTest;
import io.consumerprotection.spi.inspection.InspectionStore;
import org.junit.jupiter.api.AfterEach;

/** The spi contract of {@link InspectionStore} for {@link JdbcInspectionStore} on an in-memory H2 database. */
class JdbcInspectionStoreH2Test extends InspectionStoreContractTest {

    private JdbcHost host;

    @Override
    protected InspectionStore newStore() {
        host = JdbcHost.h2InMemory();
        return new JdbcInspectionStore(host.dataSource());
    }

    @AfterEach
    void closeHost() {
        host.close();
    }
}
