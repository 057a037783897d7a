package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.jdbc.JdbcReviewStore;
import io.consumerprotection.spi.contract.ReviewStoreContractTest;
import io.consumerprotection.spi.review.ReviewStore;
import org.junit.jupiter.api.AfterEach;

/** The spi contract of {@link ReviewStore} for {@link JdbcReviewStore} on an in-memory H2 database. */
class JdbcReviewStoreH2Test extends ReviewStoreContractTest {

    private JdbcHost host;

    @Override
    protected ReviewStore newStore() {
        host = JdbcHost.h2InMemory();
        return new JdbcReviewStore(host.dataSource());
    }

    @AfterEach
    void closeHost() {
        host.close();
    }
}
