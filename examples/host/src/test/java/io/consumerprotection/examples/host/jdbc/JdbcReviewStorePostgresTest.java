package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.jdbc.JdbcReviewStore;
import io.consumerprotection.spi.contract.ReviewStoreContractTest;
import io.consumerprotection.spi.review.ReviewStore;
import org.junit.jupiter.api.AfterEach;

/** The spi contract of {@link ReviewStore} for {@link JdbcReviewStore} on PostgreSQL (skipped when unreachable). */
class JdbcReviewStorePostgresTest extends ReviewStoreContractTest {

    private JdbcHost host;
    private String schema;

    @Override
    protected ReviewStore newStore() {
        schema = TestDatabases.uniqueSchema();
        host = TestDatabases.postgresHost(schema);
        return new JdbcReviewStore(host.dataSource());
    }

    @AfterEach
    void closeHost() {
        if (host != null) {
            host.close();
            TestDatabases.dropSchema(schema);
        }
    }
}
