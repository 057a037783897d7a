package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.jdbc.JdbcPartnerRegistry;
import io.consumerprotection.spi.contract.PartnerRegistryContractTest;
import io.consumerprotection.spi.partner.PartnerRegistry;
import org.junit.jupiter.api.AfterEach;

/** The spi contract of {@link PartnerRegistry} for {@link JdbcPartnerRegistry} on PostgreSQL (skipped when no server is reachable). */
class JdbcPartnerRegistryPostgresTest extends PartnerRegistryContractTest {

    private JdbcHost host;
    private String schema;

    @Override
    protected PartnerRegistry newRegistry() {
        schema = TestDatabases.uniqueSchema();
        host = TestDatabases.postgresHost(schema);
        return new JdbcPartnerRegistry(host.dataSource());
    }

    @AfterEach
    void closeHost() {
        if (host != null) {
            host.close();
            TestDatabases.dropSchema(schema);
        }
    }
}
