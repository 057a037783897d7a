package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.jdbc.JdbcIncidentStore;
import io.consumerprotection.spi.contract.IncidentStoreContractTest;
import io.consumerprotection.spi.privacy.IncidentStore;
import org.junit.jupiter.api.AfterEach;

/** The spi contract of {@link IncidentStore} for {@link JdbcIncidentStore} on an in-memory H2 database. */
class JdbcIncidentStoreH2Test extends IncidentStoreContractTest {

    private JdbcHost host;

    @Override
    protected IncidentStore newStore() {
        host = JdbcHost.h2InMemory();
        return new JdbcIncidentStore(host.dataSource());
    }

    @AfterEach
    void closeHost() {
        host.close();
    }
}
