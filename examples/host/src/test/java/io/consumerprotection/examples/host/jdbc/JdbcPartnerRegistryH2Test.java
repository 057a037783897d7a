package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.jdbc.JdbcPartnerRegistry;
import io.consumerprotection.spi.contract.PartnerRegistryContractTest;
import io.consumerprotection.spi.partner.PartnerRegistry;
import org.junit.jupiter.api.AfterEach;

/** The spi contract of {@link PartnerRegistry} for {@link JdbcPartnerRegistry} on an in-memory H2 database. */
class JdbcPartnerRegistryH2Test extends PartnerRegistryContractTest {

    private JdbcHost host;

    @Override
    protected PartnerRegistry newRegistry() {
        host = JdbcHost.h2InMemory();
        return new JdbcPartnerRegistry(host.dataSource());
    }

    @AfterEach
    void closeHost() {
        host.close();
    }
}
