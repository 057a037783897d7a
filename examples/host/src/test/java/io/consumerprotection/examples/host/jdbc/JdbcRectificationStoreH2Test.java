package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.jdbc.JdbcRectificationStore;
import io.consumerprotection.spi.contract.RectificationStoreContractTest;
import io.consumerprotection.spi.rectification.RectificationStore;
import org.junit.jupiter.api.AfterEach;

/** The spi contract of {@link RectificationStore} for {@link JdbcRectificationStore} on an in-memory H2 database. */
class JdbcRectificationStoreH2Test extends RectificationStoreContractTest {

    private JdbcHost host;

    @Override
    protected RectificationStore newStore() {
        host = JdbcHost.h2InMemory();
        return new JdbcRectificationStore(host.dataSource());
    }

    @AfterEach
    void closeHost() {
        host.close();
    }
}
